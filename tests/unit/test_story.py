"""The whole story in one first message: read_story (bot/answers.py, no Rasa)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import read_story

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "hi so 10 days ago i bent over to pick up the washing basket and my back went. now its shooting down "
            "the back of my right leg to my ankle with pins and needles in my toes, legs strong enough tho",
            {"onset": "sudden_movement", "duration_days": 10, "leg_pain": "below_knee", "leg_numbness": True,
             "leg_weakness": "none"},
        ),
        (
            "Sinds 3 weken rugpijn na het tillen van een kast, straalt uit tot in mijn knie, geen tintelingen, "
            "ik ben 52",
            {"onset": "sudden_movement", "duration_days": 21, "leg_pain": "above_knee", "leg_numbness": False,
             "age_band": "45_69"},
        ),
        ("pain doesnt go into my legs", {"leg_pain": "none"}),
        ("hello", {}),
        ("", {}),
    ],
)  # fmt: skip
def test_read_story_examples(text, expected):
    assert read_story(text, TODAY) == expected


@pytest.mark.parametrize("text", [None, 42, b"\xff", "🙂" * 100, "no " * 3000])
def test_read_story_odd_input(text):
    assert isinstance(read_story(text, TODAY), dict)
