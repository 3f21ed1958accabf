// Small DOM helpers. Text from the bot is only ever set with textContent /
// text nodes; links are built as elements, never from HTML strings.

export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of [].concat(children)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** A decorative icon (aria-hidden) from a list of SVG path data strings. */
export function icon(paths, className = "icon") {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", className);
  for (const d of paths) {
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

export const ICONS = {
  chat: ["M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"],
  close: ["M6 6l12 12M18 6L6 18"],
  send: ["M3 11.5L21 3l-8.5 18-2-7.5z", "M10.5 13.5L21 3"],
  alert: ["M12 3L2 21h20z", "M12 10v5", "M12 18v.01"],
  clock: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M12 7v5l3 3"],
  calendar: ["M4 6h16v14H4z", "M4 10h16", "M8 3v5M16 3v5"],
  check: ["M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z", "M8 12.5l3 3 5-6"],
  phone: [
    "M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z",
  ],
  external: ["M14 4h6v6", "M20 4l-9 9", "M18 14v6H4V6h6"],
};

/** Only links a person can safely follow: http(s), tel: and mailto:. */
export function safeHref(raw) {
  const value = String(raw || "").trim();
  if (/^tel:[+\d\s().-]+$/i.test(value)) return value.replace(/\s+/g, "");
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(value)) return value;
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    /* not a URL */
  }
  return null;
}

/** True for links that open outside the page (http(s)), false for tel:/mailto:. */
export function opensNewTab(href) {
  return /^https?:/i.test(href);
}

const LINK_RE = /(https?:\/\/[^\s<>"'()]+(?:\([^\s<>"'()]*\)[^\s<>"'()]*)*|www\.[^\s<>"'()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})/gi;

/** Text -> nodes, with URLs and e-mail addresses as links. Line breaks are kept
 * by CSS (white-space: pre-wrap). */
export function linkify(text, newTabLabel) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(LINK_RE)) {
    let found = match[0];
    // Sentence punctuation after a URL is not part of it.
    const trail = found.match(/[.,;:!?]+$/);
    if (trail) found = found.slice(0, -trail[0].length);
    const start = match.index;
    let href;
    if (found.includes("@") && !/^https?:/i.test(found) && !found.startsWith("www.")) href = `mailto:${found}`;
    else href = /^www\./i.test(found) ? `https://${found}` : found;
    href = safeHref(href);
    if (!href) continue;
    if (start > last) nodes.push(document.createTextNode(text.slice(last, start)));
    const external = opensNewTab(href);
    nodes.push(
      el("a", { href, target: external ? "_blank" : undefined, rel: external ? "noopener noreferrer" : undefined }, [
        found,
        external ? el("span", { class: "sr-only", text: ` ${newTabLabel}` }) : null,
      ]),
    );
    last = start + found.length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
