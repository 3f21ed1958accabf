"""The two tests of a reading round (tests/unit/test_*_refresh*.py): CHANGED cases, read differently since the round
(each failed on the code before it), and KEPT cases, read the same before and after."""
from typing import Any, Callable, Sequence, Tuple

import pytest

Case = Tuple[str, Any]


def reading_round(read: Callable[[str], Any], changed: Sequence[Case], kept: Sequence[Case]) -> Tuple[Callable, Callable]:
    """``test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)``: each asserts ``read(text) == expected``."""

    @pytest.mark.parametrize("text,expected", changed)
    def test_changed(text: str, expected: Any) -> None:
        assert read(text) == expected

    @pytest.mark.parametrize("text,expected", kept)
    def test_kept(text: str, expected: Any) -> None:
        assert read(text) == expected

    return test_changed, test_kept
