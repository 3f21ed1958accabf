"""The red-flag engine keeps its last readings (one turn reads the same message 8 to 12 times): what a caller gets
is a copy, and each rule table keeps its own reading of a text."""
import re

from bot.reading.redflags import Rule, evaluate, find_red_flags


def test_a_changed_answer_does_not_change_the_next_reading():
    first = find_red_flags("i cant feel my bum when i wipe")
    assert first == {"saddle_numbness": True}
    first["saddle_numbness"] = False
    first["fever"] = True
    assert find_red_flags("i cant feel my bum when i wipe") == {"saddle_numbness": True}


def test_a_changed_evaluation_does_not_change_the_next_one():
    first = evaluate("i have a fever of 39")
    assert first.positive == {"fever": True}
    first.positive.clear()
    first.positive_topics.clear()
    again = evaluate("i have a fever of 39")
    assert again.positive == {"fever": True} and again.positive_topics


def test_each_rule_table_reads_a_text_its_own_way():
    one = [Rule(topic="t", finding={"x": 1}, regex=re.compile(r"\bfoo\b"))]
    two = [Rule(topic="t", finding={"x": 2}, regex=re.compile(r"\bfoo\b"))]
    assert evaluate("foo bar", one).positive == {"x": 1}
    assert evaluate("foo bar", two).positive == {"x": 2}
    assert evaluate("foo bar", one).positive == {"x": 1}


def test_odd_input_still_reads_as_nothing():
    assert find_red_flags(None) == {} and find_red_flags(b"\xff\xfe") == {} and find_red_flags("") == {}
