"""bot/patches/rest_input.py: the REST channel's body checked and its text cleaned.
(Through the real servers: tests/e2e/test_bad_input.py.)"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.patches.rest_input import BadRequest, check_rest_body, clean_text


@pytest.mark.parametrize("body", [
    None, [], "hi", 5, {}, {"message": "hi"}, {"sender": None, "message": "hi"}, {"sender": 5, "message": "hi"},
    {"sender": "", "message": "hi"}, {"sender": "   ", "message": "hi"}, {"sender": "s" * 256, "message": "hi"},
    {"sender": "a\x00b", "message": "hi"}, {"sender": "a", "message": None}, {"sender": "a", "message": ["a"]},
    {"sender": "a", "message": 1}, {"sender": "a"}, {"sender": "a", "message": "hi", "metadata": "nl"},
    {"sender": "a", "message": "hi", "metadata": []},
])
def test_malformed_bodies_are_refused_with_a_short_reason(body):
    with pytest.raises(BadRequest) as error:
        check_rest_body(body)
    assert 0 < len(str(error.value)) < 120


def test_good_bodies():
    assert check_rest_body({"sender": "a", "message": "hi"}) == {"sender": "a", "message": "hi", "metadata": None}
    body = {"sender": "s" * 255, "message": "", "metadata": {"language": "nl", "x": [1]}, "extra": 1}
    assert check_rest_body(body) == {"sender": "s" * 255, "message": "", "metadata": {"language": "nl", "x": [1]}}
    assert check_rest_body({"sender": "a", "message": "\udcff\x00ok\n"})["message"] == "\ufffd ok\n"


@settings(max_examples=300)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=10))
def test_any_json_is_either_a_body_or_a_bad_request(body):
    candidates = [body, {**body, "sender": "x", "message": "y"}] if isinstance(body, dict) else [body]
    for candidate in candidates:
        try:
            checked = check_rest_body(candidate)
        except BadRequest:
            continue
        assert set(checked) == {"sender", "message", "metadata"} and isinstance(checked["message"], str)


def test_clean_text():
    assert clean_text("tab\tnew\nline") == "tab\tnew\nline"
    assert clean_text("\udcff\ud800x\x07\x7f") == "\ufffd\ufffdx  "
    assert clean_text("😀 ok") == "😀 ok"
