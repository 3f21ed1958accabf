"""Helpers for nested YAML sections in tests."""

from typing import Any, Iterator


def leaf_values(value: Any) -> Iterator[Any]:
    """Every leaf of a nested dict (a catalogue section), depth first."""
    if isinstance(value, dict):
        for item in value.values():
            yield from leaf_values(item)
    else:
        yield value
