// Entry point. The practice embeds the widget with one tag:
//   <script src="https://assistant.example.be/widget.js"
//           data-rasa-url="https://assistant.example.be" defer></script>
// Attributes: data-rasa-url (default: the script's origin), data-language
// ("en" | "nl" | "fr"; default: the page's <html lang>), data-languages (the
// toggle's languages, e.g. "nl,en,fr" as `languages` in config/practice.yml;
// default: every language of i18n.js), data-title,
// data-session-minutes (default 60, as Rasa's session_expiration_time).

import { normaliseLanguage, normaliseLanguages } from "./i18n.js";
import { ChatWidget } from "./widget.js";

function findScript() {
  if (document.currentScript) return document.currentScript;
  return (
    document.querySelector("script[data-rasa-url]") ||
    Array.from(document.scripts).find((s) => /\/widget(\.min)?\.js(\?|#|$)/.test(s.src)) ||
    null
  );
}

function cleanUrl(value) {
  try {
    const url = new URL(value, window.location.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.href.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

export function readConfig(script) {
  const data = (script && script.dataset) || {};
  let origin = window.location.origin;
  if (script && script.src) {
    try {
      origin = new URL(script.src, window.location.href).origin;
    } catch {
      /* keep the page's origin */
    }
  }
  const minutes = Number.parseInt(data.sessionMinutes || "", 10);
  return {
    rasaUrl: cleanUrl(data.rasaUrl || "") || cleanUrl(origin) || window.location.origin,
    language: normaliseLanguage(data.language) || normaliseLanguage(document.documentElement.lang) || "en",
    languages: normaliseLanguages(data.languages),
    title: (data.title || "").trim() || null,
    sessionMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : 60,
  };
}

function start(script) {
  if (window.lbpChat) return; // embedded twice: keep the first one
  const widget = new ChatWidget(readConfig(script));
  widget.mount(document.body);
  window.lbpChat = {
    open: () => widget.open(),
    close: () => widget.close({ returnFocus: false }),
    setLanguage: (language) => widget.setLanguage(language, { fromUser: true }),
    reset: () => widget.reset(),
  };
}

const script = findScript(); // only valid while this file first runs
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start(script), { once: true });
} else {
  start(script);
}
