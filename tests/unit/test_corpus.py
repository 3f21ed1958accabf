"""The patients' corpus (tests/data/corpus): the data is sound and the scorer runs.

Nothing here asserts how well the readers do: `make nlu-report` prints the tune
figures for whoever fixes the readers, and the blind figures are never asserted
(nor their misses printed). The scorer runs here on a slice of every file (PER_READER
messages per reader): the whole corpus is scored by `make nlu-report`.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bot.operations.reports import corpus

FILES = [(language, split) for language in corpus.LANGUAGES for split in corpus.SPLITS]


@pytest.fixture(scope="module")
def loaded():
    return {(language, split): corpus.load_file(language, split) for language, split in FILES}


@pytest.mark.parametrize("language,split", FILES)
def test_file_header(loaded, language, split):
    data = loaded[(language, split)]
    assert data["language"] == language
    assert data["split"] == split
    assert str(data["today"]) == "2026-12-01"
    assert corpus.today_of(language, split).isoformat() == "2026-12-01"


@pytest.mark.parametrize("language,split", FILES)
def test_every_message_is_well_formed(loaded, language, split):
    messages = loaded[(language, split)]["messages"]
    assert messages
    assert corpus.validate(messages, language) == []


@pytest.mark.parametrize("language", corpus.LANGUAGES)
def test_sizes_and_blind_share(loaded, language):
    tune = len(loaded[(language, "tune")]["messages"])
    blind = len(loaded[(language, "blind")]["messages"])
    assert tune + blind >= 500
    assert blind >= 170
    assert 3 * blind >= tune + blind, f"blind split {blind} is under a third of {tune + blind}"


@pytest.mark.parametrize("language", corpus.LANGUAGES)
def test_no_text_twice(loaded, language):
    tune = [m["text"].strip().lower() for m in loaded[(language, "tune")]["messages"]]
    blind = [m["text"].strip().lower() for m in loaded[(language, "blind")]["messages"]]
    assert not set(tune) & set(blind), "a text is in both splits"
    assert [text for text, n in Counter(tune + blind).items() if n > 1] == []


@pytest.mark.parametrize("language", corpus.LANGUAGES)
def test_mix_of_readers(loaded, language):
    """Every reader is measured, and red flags have both positives and hard negatives.

    The blind refreshes are mostly red flags (safety first: 22 of each 28), so the share of
    durations, answers and language shrinks with each refresh; 15% (7% for the
    first-message language) of a thousand messages still measures each of those readers on
    dozens to hundreds; a hundred first messages measure the language reader however large the
    corpus grows (refresh 28 took English and Dutch under 7%: 102 of 1464 and 1460), and 150
    durations or answers measure theirs (refresh 22 took French durations under 15%: 168 of 1133)."""
    messages = loaded[(language, "tune")]["messages"] + loaded[(language, "blind")]["messages"]
    kinds = Counter(key for m in messages for key in m["expect"])
    total = len(messages)
    assert kinds["red_flags"] >= 0.3 * total
    assert kinds["duration_days"] >= min(0.15 * total, 150)
    assert kinds["answer"] >= min(0.15 * total, 150)
    assert kinds["language"] >= min(0.07 * total, 100)
    positive = sum(1 for m in messages if m["expect"].get("red_flags"))
    negative = sum(1 for m in messages if m["expect"].get("red_flags") == {})
    assert positive >= 0.3 * kinds["red_flags"] and negative >= 0.3 * kinds["red_flags"]
    slots = {m["expect"]["answer"]["slot"] for m in messages if "answer" in m["expect"]}
    assert {"onset", "leg_pain", "leg_weakness", "leg_numbness"} <= slots


def test_dutch_has_both_variants(loaded):
    for split in corpus.SPLITS:
        variants = Counter(m.get("variant") for m in loaded[("nl", split)]["messages"])
        assert variants["flemish"] >= 50 and variants["netherlands"] >= 50, (split, variants)


def test_validate_catches_bad_values():
    bad = [
        {"text": "x", "source": "somewhere, https://example.org", "expect": {"answer": {"slot": "age_band", "value": 2044}}},
        {"text": "y", "source": "somewhere, https://example.org", "expect": {"red_flags": {"onset": "gradual"}}},
        {"text": "z", "source": "", "expect": {}},
        {"text": "w", "source": "somewhere, https://example.org", "expect": {"answer": {"slot": "fever", "value": "yes"}}},
    ]
    assert len(corpus.validate(bad, "en")) >= 5


#: messages per reader and file the scorer reads here. Scoring all of them took 8 minutes of `make test` (session 35's
#: clean clone: 534 s, a sixth of all the tests' time; long stories cost 0.1-0.3 s each) and asserted nothing a slice
#: does not; `make nlu-report` scores every message
PER_READER = 12


def _slice(messages):
    """The first PER_READER messages of each reader, in file order."""
    picked = []
    for key in ("red_flags", "duration_days", "answer", "language"):
        picked += [m for m in messages if key in (m.get("expect") or {})][:PER_READER]
    return list({id(m): m for m in picked}.values())


def test_scorer_runs_on_all_four_files(monkeypatch):
    load = corpus.load
    monkeypatch.setattr(corpus, "load", lambda language, split: _slice(load(language, split)))
    figures = corpus.corpus_figures()
    for language, split in FILES:
        scored = figures[language][split]
        for reader in corpus.READERS:
            right, total = scored[reader]["right"], scored[reader]["total"]
            assert 0 <= right <= total and total > 0, (language, split, reader)
        flags = scored["red_flags"]
        assert flags["positive"] + flags["negative"] == flags["total"]
        if split == "blind":  # counts only: the blind misses are not for reading
            assert all(isinstance(flags[key], int) for key in ("missed", "false_alarms", "misses"))
    assert "en blind" in corpus.format_table(figures)


def test_score_counts_missed_and_false_alarms(monkeypatch):
    readers = {
        "red_flags": lambda text: {"fever": True} if "hot" in text else {},
        "duration": lambda text, today: 14,
        "answers": lambda slot, text, today: "trauma",
        "language": lambda text: "en",
    }
    monkeypatch.setattr(corpus, "_readers", lambda: readers)
    messages = [
        {"text": "hot", "expect": {"red_flags": {}}},
        {"text": "numb", "expect": {"red_flags": {"saddle_numbness": True}, "duration_days": 14}},
        {"text": "hot and numb", "expect": {"red_flags": {"fever": True}, "answer": {"slot": "onset", "value": "gradual"}}},
        {"text": "boom", "expect": {"language": "nl"}},
    ]
    scored = corpus.score(messages, "2026-12-01")
    assert (scored["red_flags"]["right"], scored["red_flags"]["total"]) == (1, 3)
    assert [m["slot"] for m in scored["red_flags"]["missed"]] == ["saddle_numbness"]
    assert [m["text"] for m in scored["red_flags"]["false_alarms"]] == ["hot"]
    assert (scored["duration"]["right"], scored["answers"]["right"], scored["language"]["right"]) == (1, 0, 0)
    assert scored["answers"]["misses"][0]["got"] == "trauma"


def test_an_unquoted_age_band_is_read_as_its_label(tmp_path, monkeypatch):
    # YAML 1.1 reads 45_69 as the integer 4569; a writer who leaves the label unquoted means the label
    (tmp_path / "en_blind.yml").write_text(
        "today: 2026-12-01\nmessages:\n  - text: im 46\n    source: a patient forum, https://example.org\n"
        "    expect:\n      answer: {slot: age_band, value: 45_69}\n      duration_days: 14\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "CORPUS_DIR", tmp_path)
    loaded = corpus.load_file("en", "blind")
    assert loaded["messages"][0]["expect"] == {"answer": {"slot": "age_band", "value": "45_69"}, "duration_days": 14}
    assert corpus.today_of("en", "blind").isoformat() == "2026-12-01"
