"""The practice inbox's texts per language, from the catalogues (pure Python).

Each language's texts are in its catalogue, bot/catalogue/<code>.yml, read with
bot.clinical.summary.catalogue: ``practice_note`` (the Chatwoot note of a shared check),
``handoff_note`` (the note when the patient asks for a person) and ``handoff_when``
("today at 14:00"). A new language adds its catalogue; nothing here changes.
"""
from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from bot import lang
from bot.clinical.summary import catalogue

#: The language of a text a language's catalogue lacks (the catalogue loader's fallback too).
DEFAULT = "en"


def per_language(section: str) -> Dict[str, Any]:
    """{code: the section} for every registered language whose own catalogue has it."""
    out: Dict[str, Any] = {}
    for code in lang.CODES:
        texts = catalogue(code)
        if texts.get("language") == code and texts.get(section):
            out[code] = texts[section]
    return out


def words_in(table: Mapping[str, Any], language: Optional[str]) -> Any:
    """The entry of ``language`` (a table of :func:`per_language`), or English's."""
    return table.get(language or DEFAULT, table[DEFAULT])
