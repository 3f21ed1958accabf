// Builds the widget into dist/: widget.js (one file, CSS included) and the demo pages.
// Usage: npm run build   (or: node build.mjs --watch)
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const watch = process.argv.includes("--watch");

const options = {
  entryPoints: [join(here, "src", "index.js")],
  outfile: join(dist, "widget.js"),
  bundle: true,
  format: "iife",
  minify: true,
  sourcemap: "linked",
  sourcesContent: true,
  legalComments: "none",
  charset: "utf8",
  // Phones of the last years: Safari 15+ (iOS 15), Chrome/Edge/Samsung 90+, Firefox 90+.
  target: ["es2020", "safari15", "chrome90", "firefox90", "edge90"],
  loader: { ".css": "text" },
  logLevel: "info",
};

// Every demo page (index.html English, nl.html Dutch, fr.html French, ...) and their one stylesheet.
async function demoPages() {
  return (await readdir(join(here, "demo"))).filter((name) => name.endsWith(".html") || name.endsWith(".css")).sort();
}

async function copyDemo() {
  for (const name of await demoPages()) await copyFile(join(here, "demo", name), join(dist, name));
}

await mkdir(dist, { recursive: true });
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  await copyDemo();
  console.log("watching src/ (demo pages are copied once)");
} else {
  await esbuild.build(options);
  await copyDemo();
  console.log(`built dist/widget.js, ${(await demoPages()).map((name) => `dist/${name}`).join(", ")}`);
}
