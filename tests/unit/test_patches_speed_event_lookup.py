"""bot/patches/speed_event_lookup.py: the same event classes by name as Rasa's lookup."""
from __future__ import annotations

import pytest

from bot import patches

patches.apply_all()  # the lookup under test is the patched one


def test_event_lookup_gives_the_same_classes():
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    for cls in all_subclasses(Event):
        expected = next(c for c in all_subclasses(Event) if c.type_name == cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is expected
        assert Event.resolve_by_type(cls.type_name) is expected  # from the cache
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
