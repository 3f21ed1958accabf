"""Event classes looked up by type name in a dictionary, faster; the classes are the same.

``Event.resolve_by_type`` walks every Event subclass for every stored event each time a
conversation is read. Can be skipped for benchmarks (bot/patches/__init__.py
``SKIPPABLE``: "events").
"""
from __future__ import annotations

from typing import Dict, Optional

from bot.patches.originals import originals


def patch_event_lookup() -> None:
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    originals.setdefault("Event.resolve_by_type", original)
    cache: Dict[str, type] = {}

    def resolve_by_type(type_name: str, default: Optional[type] = None) -> Optional[type]:
        cls = cache.get(type_name)
        if cls is None:
            cls = original(type_name, default)
            if cls is not None and cls is not default and getattr(cls, "type_name", None) == type_name:
                cache[type_name] = cls
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)
