"""Shaping texts and choices to the WhatsApp Cloud API's limits: long texts cut at a
paragraph, line, sentence or word; button titles shortened without ambiguity; links as
text. Pure Python."""
from __future__ import annotations

from typing import Dict, List, Optional

# Cloud API limits.
MAX_TEXT_BODY = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_REPLY_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_BUTTON_ID = 256
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_ID = 200
MAX_ROW_DESCRIPTION = 72


def split_text(text: str, limit: int) -> List[str]:
    """Cuts a text into parts of at most ``limit`` characters, at paragraph, line,
    sentence or word boundaries when possible."""
    rest = (text or "").strip()
    parts: List[str] = []
    while len(rest) > limit:
        cut = _cut_position(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut_position(text: str, limit: int) -> int:
    floor = limit // 3
    for separator in ("\n\n", "\n"):
        position = text.rfind(separator, 0, limit + 1)
        if position > floor:
            return position
    for end in (". ", "! ", "? "):
        position = text.rfind(end, 0, limit)
        if position > floor:
            return position + 1
    position = text.rfind(" ", 0, limit + 1)
    if position > floor:
        return position
    return limit


def shorten(title: str, limit: int) -> str:
    """``title`` itself when it fits, else cut at a word boundary with an ellipsis."""
    title = " ".join(str(title).split())
    if len(title) <= limit:
        return title
    budget = limit - 1  # room for the ellipsis
    cut = title[:budget]
    space = cut.rfind(" ")
    if title[budget] != " " and space >= budget - 4:
        cut = cut[:space]  # drop a cut-off word when little is lost
    return cut.rstrip(" ,;:-–") + "…"


def unique_titles(titles: List[str], limit: int) -> List[str]:
    seen: Dict[str, int] = {}
    result = []
    for title in titles:
        candidate = title
        number = 1
        while candidate in seen:
            number += 1
            suffix = f" {number}"
            candidate = title[: limit - len(suffix)].rstrip() + suffix
        seen[candidate] = 1
        result.append(candidate)
    return result


def _compact(text: str) -> str:
    return "".join(str(text).split()).lower()


def link_line(title: str, url: str, body: str) -> Optional[str]:
    """The plain-text line for a link button, or None when the body already has it."""
    target = url
    for scheme in ("tel:", "mailto:"):
        if url.lower().startswith(scheme):
            target = url[len(scheme):]
    if _compact(target) in _compact(body):
        return None
    title = " ".join(str(title or "").split())
    if not title or _compact(target) in _compact(title):
        return title or target
    return f"{title}: {target}"
