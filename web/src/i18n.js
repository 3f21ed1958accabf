// Everything the widget itself says, in every language of the assistant.
// (What the bot says comes from Rasa.) The texts are each language's catalogue
// (the `widget:` section of bot/catalogue/<code>.yml), written to strings.generated.js
// by scripts/widget_strings.py (make web): adding a language needs no edit here.
import { NAMES, STRINGS as TEXTS } from "./strings.generated.js";

/** Each language's texts, with every language's name in that language (the toggle). */
const STRINGS = Object.fromEntries(
  Object.entries(TEXTS).map(([code, texts]) => [code, { ...texts, languageNames: NAMES }]),
);

/** The languages the widget can speak, in the order of their toggle buttons. */
export const LANGUAGES = Object.keys(STRINGS);

/** "nl-BE", "NL", " fr " -> "nl", "nl", "fr"; a language the widget does not speak -> null. */
export function normaliseLanguage(value) {
  const code = String(value || "").trim().toLowerCase().slice(0, 2);
  return LANGUAGES.includes(code) ? code : null;
}

export function strings(language) {
  return STRINGS[normaliseLanguage(language) || "en"];
}

/** The languages a practice offers (data-languages="nl,en,fr", the `languages` of its
 * config/practice.yml): the ones the widget speaks, in the given order, without repeats;
 * all of LANGUAGES when none is given or none is known. */
export function normaliseLanguages(value) {
  const codes = String(value || "")
    .split(/[\s,;]+/)
    .map(normaliseLanguage)
    .filter(Boolean);
  const unique = [...new Set(codes)];
  return unique.length ? unique : [...LANGUAGES];
}
