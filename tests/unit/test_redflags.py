"""Tests for bot/reading/redflags.py: red flags in free text, English and Dutch (no Rasa)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reading.redflags import find_red_flags, normalise
from tests.support.opaque import Opaque

DATA = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "tests" / "data" / "red_flag_messages.yml").read_text(encoding="utf-8")
)
POSITIVE = DATA["positive"]
HARMLESS = DATA["harmless"]

# slot -> allowed values find_red_flags may return (clinical-rules.md)
ALLOWED = {
    "saddle_numbness": {True},
    "bladder_bowel": {True},
    "fever": {True},
    "onset": {"trauma"},
    "leg_weakness": {"worsening", "stable"},
    "both_legs": {True},
    "leg_numbness": {True},
    "cancer_history": {True},
    "weight_loss": {True},
    "night_pain": {True},
}


def _check_shape(result):
    assert isinstance(result, dict)
    for slot, value in result.items():
        assert slot in ALLOWED, slot
        assert value in ALLOWED[slot] and type(value) in (bool, str), (slot, value)
    if "leg_weakness" in result and result["leg_weakness"] == "stable":
        assert result.get("both_legs") is True  # stable weakness is only a red flag in both legs


# ---------------------------------------------------------------- the message table


def test_table_sizes():
    for lang in ("en", "nl"):
        assert sum(1 for row in POSITIVE if row["lang"] == lang) >= 40
        assert sum(1 for row in HARMLESS if row["lang"] == lang) >= 20
    assert len(POSITIVE) >= 80
    assert len(HARMLESS) >= 40
    assert all(row["expect"] for row in POSITIVE)
    assert all(row["expect"] == {} for row in HARMLESS)
    for row in POSITIVE:
        _check_shape(row["expect"])


def test_every_flag_slot_has_positive_examples_in_both_languages():
    for lang in ("en", "nl"):
        covered = {slot for row in POSITIVE if row["lang"] == lang for slot in row["expect"]}
        assert set(ALLOWED) <= covered, (lang, set(ALLOWED) - covered)


@pytest.mark.parametrize("row", POSITIVE, ids=lambda row: f"{row['lang']}:{row['text'][:40]}")
def test_positive_messages(row):
    assert find_red_flags(row["text"]) == row["expect"]


@pytest.mark.parametrize("row", HARMLESS, ids=lambda row: f"{row['lang']}:{row['text'][:40]}")
def test_negated_and_harmless_messages(row):
    assert find_red_flags(row["text"]) == {}


# ---------------------------------------------------------------- negation scope


@pytest.mark.parametrize(
    "text,expected",
    [
        ("no fever but I can't feel my bum", {"saddle_numbness": True}),
        ("geen koorts maar ik voel mijn zitvlak niet", {"saddle_numbness": True}),
        ("no fever and can't feel my bum", {"saddle_numbness": True}),
        ("no fever, numb bum", {"saddle_numbness": True}),
        ("no fever, I've got chills though", {"fever": True}),
        ("geen koorts, wel rillingen", {"fever": True}),
        ("I didn't fall, but now I can't pee", {"bladder_bowel": True}),
        ("ik ben niet gevallen maar ik kan niet meer plassen", {"bladder_bowel": True}),
        ("nee, maar ik ben gevallen", {"onset": "trauma"}),
        ("No. I fell last week.", {"onset": "trauma"}),
        ("I didn't think much of it until I noticed I can't feel my bum", {"saddle_numbness": True}),
        ("I haven't been able to work since I fell", {"onset": "trauma"}),
        ("ik kan niet slapen van de koorts", {"fever": True}),
        ("I can't sleep because of the fever", {"fever": True}),
        ("my legs are fine but my bum is numb", {"saddle_numbness": True}),
        ("my legs are fine, my bum is numb", {"saddle_numbness": True}),
        ("numbness in my bum, not in my legs", {"saddle_numbness": True}),
        ("koorts: nee, gevallen: ja", {"onset": "trauma"}),
        ("I'm not sure, maybe a bit of fever", {"fever": True}),
        ("ik weet niet of ik koorts heb", {"fever": True}),
        # negated
        ("ik heb geen koorts of rillingen", {}),
        ("no fever and chills", {}),
        ("no fever, chills or sweats", {}),
        ("geen koorts, rillingen of nachtzweten", {}),
        ("I don't have a fever or chills", {}),
        ("koorts heb ik niet", {}),
        ("kanker heb ik nooit gehad", {}),
        ("Fever? No.", {}),
        ("fever, no", {}),
        ("Incontinent? No", {}),
        ("my bum is not numb", {}),
        ("mijn billen zijn niet gevoelloos", {}),
        ("the pain doesn't keep me awake", {}),
        ("'s nachts geen pijn", {}),
        ("I have not had any fever", {}),
        ("ik heb de laatste weken helemaal geen koorts gehad", {}),
        ("I don't think I have a fever", {}),
        ("ik denk niet dat ik koorts heb", {}),
        ("no accident, it just came", {}),
        ("geen ongeval, het kwam zomaar", {}),
    ],
)
def test_negation_is_scoped_to_the_clause(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm afraid it will fall apart",
        "I fell asleep on the sofa",
        "I fell in love with running",
        "ik ben in slaap gevallen",
        "in de meeste gevallen gaat het vanzelf over",
        "het viel me op dat zitten pijn doet",
        "het viel tegen",
        "ik ben flauwgevallen",  # fainting is not a blow to the back
        "I slipped a disc years ago",
        "it happened by accident",
        "I was hit by a sudden wave of pain",
        "I hit the gym yesterday",
        "I'm afraid of falling",
        "ik ben bang om te vallen",
        "I need to lose weight",
        "ik wil afvallen",
        "ik ben 5 kilo afgevallen door te sporten",
        "I lost weight on purpose",
        "I'm losing my mind",
        "I lost my job",
        "my mother had cancer",
        "breast cancer runs in my family",
        "my mother died of cancer and I'm worried",
        "I'm worried it might be cancer",
        "could it be a tumour?",
        "they ruled out cancer",
        "I had a benign tumour removed",
        "it wakes me up when I turn over",
        "ik word 's nachts wakker als ik me omdraai",
        "I only have pain at night when I lie on my left side",
        "I'm sick of this pain",
        "I feel sick after the painkillers",
        "38 degrees outside today",
        "my temperature is normal",
        "tingling in my left foot",
        "numbness in my right leg",
        "mijn linkervoet slaapt soms",
        "my leg is weak but not getting worse",
        "pain in both legs",
        "my legs hurt",
        "pain around my anus",
        "pijn in mijn kruis",
        "I need to pee a lot",
        "peeing is painful",
        "I'm constipated from the codeine",
        "I've got IBS and bowel problems for years",
        "ik moet vaak plassen",
        "kankerpijn",
    ],
)
def test_look_alikes_are_not_red_flags(text):
    assert find_red_flags(text) == {}


# ---------------------------------------------------------------- more positives


@pytest.mark.parametrize(
    "text,expected",
    [
        ("I CAN'T FEEL MY BUM", {"saddle_numbness": True}),
        ("i cant feel my bum", {"saddle_numbness": True}),
        ("I can not feel my bum", {"saddle_numbness": True}),
        ("I cannot feel my genitals", {"saddle_numbness": True}),
        ("ik voel mijn benen en mijn zitvlak niet", {"saddle_numbness": True, "both_legs": True, "leg_numbness": True}),
        ("GEVOELLOOS ROND MIJN ANUS", {"saddle_numbness": True}),
        ("gevoelloos rond mijn geslachtsdelen", {"saddle_numbness": True}),
        ("gevoelloos rond mijn genitaliën", {"saddle_numbness": True}),
        ("ik heb kóórts", {"fever": True}),
        ("tintelingen in mijn bílnaad", {"saddle_numbness": True}),
        ("ik voel men poep nie", {"saddle_numbness": True}),
        ("numb bum 🙁🙁", {"saddle_numbness": True}),
        ("<b>I can't hold my pee</b>", {"bladder_bowel": True}),
        ("I can't feel my bum\nand I fell", {"saddle_numbness": True, "onset": "trauma"}),
        ("both my legs give way and it's getting worse", {"both_legs": True, "leg_weakness": "worsening"}),
        ("both legs feel a bit weak, not worse", {"both_legs": True, "leg_weakness": "stable"}),
        ("my feet are numb", {"both_legs": True, "leg_numbness": True}),
        ("I had an accident at work", {"onset": "trauma"}),
        ("my dad and I both had cancer", {"cancer_history": True}),
        ("I had cancer, like my mother", {"cancer_history": True}),
        ("cancer free for 5 years", {"cancer_history": True}),
        ("I'm scared because I had cancer", {"cancer_history": True}),
        ("I lost 5 kg and I'm not on a diet", {"weight_loss": True}),
        ("my clothes are loose, I've lost weight", {"weight_loss": True}),
        ("ik verlies gewicht", {"weight_loss": True}),
        ("pain is worse at night", {"night_pain": True}),
        ("ik lig de hele nacht wakker van de pijn", {"night_pain": True}),
        ("I've been having accidents", {"bladder_bowel": True}),
        ("ik moet persen om te plassen", {"bladder_bowel": True}),
        ("I feel very unwell and I have chills", {"fever": True}),
        ("temperature 38.9", {"fever": True}),
        ("I have a temperature", {"fever": True}),
        ("ik voel mijn plas niet meer komen", {"bladder_bowel": True}),
        ("tripped over the cat and fell", {"onset": "trauma"}),
        ("toen viel ik van de trap", {"onset": "trauma"}),
    ],
)
def test_more_positive_messages(text, expected):
    assert find_red_flags(text) == expected


def test_several_flags_in_one_message():
    text = "I fell off my bike last week, now I have a fever and I can't pee and my bum is numb"
    assert find_red_flags(text) == {
        "onset": "trauma",
        "fever": True,
        "bladder_bowel": True,
        "saddle_numbness": True,
    }


def test_red_flag_at_the_end_of_a_long_message():
    text = "my back hurts when I sit. " * 300 + "Oh and I can't feel my bum."
    assert find_red_flags(text) == {"saddle_numbness": True}


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        " ",
        "\n\n",
        "😀" * 500,
        "🙈🙉🙊",
        "\x00\x01\x02\xff\ufffd",
        "\ud800 lone surrogate",
        b"\xff\xfe binary \x00",
        b"I can't feel my bum",
        bytearray(b"koorts"),
        42,
        3.14,
        ["I can't feel my bum"],
        {"text": "fever"},
        Opaque(),
        "a" * 10_000,
        "no " * 5_000,
        "numb , " * 2_000,
        ("kan niet niet plassen voel mijn zitvlak " * 300)[:10_000],
        "<script>alert('fever')</script>" * 100,
        "?" * 10_000,
        "x" * 200_000,
    ],
    ids=lambda value: repr(value)[:30],
)
def test_never_raises_on_huge_or_odd_input(value):
    # speed on such input is a benchmark figure (make bench), not a timed test
    _check_shape(find_red_flags(value))


def test_bytes_are_read_as_utf8():
    assert find_red_flags(b"I can't feel my bum") == {"saddle_numbness": True}


def test_ten_thousand_characters_of_real_words():
    words = " ".join(row["text"] for row in POSITIVE + HARMLESS).split()
    text = " ".join(words[i % len(words)] for i in range(2_000))[:10_000]
    _check_shape(find_red_flags(text))


def test_normalise_folds_accents_case_and_contractions():
    assert normalise("Ik heb KÓÓRTS") == "ik heb koorts"
    assert normalise("I can’t, I CANNOT") == "i cant , i cant"
    assert normalise("'s nachts") == "s nachts"
    assert normalise(None) == ""


# words the detector reacts to, plus noise, to build messages that exercise it
TOKENS = [
    "no", "not", "niet", "geen", "nee", "never", "nooit", "zonder", "without", "but", "maar", "and", "en", "or",
    "of", ",", ".", "?", "!", ":", "'", "’", "I", "ik", "my", "mijn", "can't", "kan", "voel", "feel", "numb",
    "gevoelloos", "bum", "poep", "zitvlak", "kruis", "between", "tussen", "legs", "benen", "both", "beide", "pee",
    "plas", "plassen", "ophouden", "hold", "fever", "koorts", "rillingen", "chills", "fell", "gevallen", "val",
    "viel", "accident", "ongeval", "foot", "drags", "voet", "optillen", "weak", "zwak", "worse", "erger", "steeds",
    "cancer", "kanker", "chemo", "lost", "weight", "afgevallen", "kilo", "night", "nachts", "'s", "awake", "wakker",
    "position", "houding", "geen enkele", "not sure", "weet niet", "mum", "moeder", "afraid", "bang", "38.5",
    "graden", "😀", "\u0301", "\n", "İ", "ß", "\x00",
]  # fmt: skip
token_text = st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join)
glued_text = st.lists(st.sampled_from(TOKENS), max_size=12).map("".join)
any_text = st.one_of(st.text(), token_text, glued_text, st.binary().map(lambda b: b.decode("latin-1")))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_find_red_flags_never_raises(text):
    _check_shape(find_red_flags(text))


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.none(), st.integers(), st.binary(), st.lists(st.text(max_size=5))))
def test_find_red_flags_accepts_anything(value):
    _check_shape(find_red_flags(value))


@pytest.mark.parametrize("text, expected", [
    # "now", "since" right after the verb are adverbs of the same clause, not a clause break
    ("my bum is now numb", {"saddle_numbness": True}),
    ("both legs have since gone numb", {"both_legs": True, "leg_numbness": True}),
    ("my legs are now weak", {"both_legs": True, "leg_weakness": "worsening"}),
    ("mijn kont is nu doof", {"saddle_numbness": True}),
    ("mijn benen zijn sinds gisteren slap", {"both_legs": True, "leg_weakness": "worsening"}),
    # ... and they still mean nothing when nothing is wrong
    ("my bum is now fine", {}),
    ("my legs are now ok again", {}),
    ("mijn benen zijn nu weer goed", {}),
])
def test_an_adverb_after_the_verb_keeps_the_sign_in_its_clause(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a thing that struck the patient's back is a blow, whoever was named before it
    ("the fork slammed into my lower back", {"onset": "trauma"}),
    ("my colleague reversed the forklift and the fork slammed into my lower back", {"onset": "trauma"}),
    ("the ladder swung round and hit me in the lower back", {"onset": "trauma"}),
    ("een tak knalde tegen mijn onderrug", {"onset": "trauma"}),
    ("mijn collega reed achteruit en de vork knalde tegen mijn onderrug", {"onset": "trauma"}),
    # pain that "hits" is no blow; a relative's fall stays theirs
    ("the pain slammed into my back this morning", {}),
    ("a spasm hit me in the back when i bent over", {}),
    ("my son fell off his bike and my back hurts from carrying him", {}),
    ("mijn zoon is gevallen en mijn rug doet pijn van het dragen", {}),
])
def test_a_blow_to_the_patients_own_back_is_trauma_whoever_is_named_first(text, expected):
    assert find_red_flags(text) == expected
