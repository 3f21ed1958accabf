"""One reply in the check: what it changes and what comes next (pure Python, no Rasa).

The form's validation action (actions/check.py) hands each message here with the state
of the check and applies the `Reply`: slots to set, responses to say, the next question.

Besides the clinical questions of bot.clinical.questions the check has three steps of its own,
asked by custom `action_ask_*` actions:
- `clarifying`: one short follow-up when an answer is hedged or mixed ("my dad had
  cancer": "Have you yourself ever had cancer?"), instead of a guess;
- `answers_confirmed`: check your answers before a doctor or physio result;
- `answer_to_change`: which answer to change, then only that question is asked again.
Before consent nothing is kept but the answers a first message told (`story`), used
only once the person says yes and dropped when they say no. Red flags act at once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, List, Mapping, Optional

from bot.clinical.questions import CHECK_ANSWERS, MAX_DURATION_ATTEMPTS, next_question
from bot.clinical.safety import merge_answers
from bot.clinical.summary import LANGUAGES, catalogue, item_to_change, known_items, slots_of
from bot.reading.answers import (
    CLARIFICATION_SLOTS,
    HEDGED_PREFIX,
    UNSURE,
    clarification_for,
    correction_cue,
    extract_answers,
    hedged_no,
    parse_clarification,
    parse_yes_no,
    read_story,
)
from bot.reading.faq import is_question_shaped
from bot.reading.redflags import find_red_flags, hinted_red_flags
from bot.reading.text import strip_accents

CLARIFYING = "clarifying"
ANSWER_TO_CHANGE = "answer_to_change"
CONSENT = "consent"
ASK_FIRST = "ask_first"  # the red-flag questions a message hinted at, asked before the others
NO_ANSWERS = (False, "none")  # "no" to a yes/no question, and to the leg weakness one

# What each follow-up clarifies (bot.reading.answers.clarification_for keys).
CLARIFIED_SLOT = CLARIFICATION_SLOTS

# A bare "yes" to these questions needs one more detail, asked kindly.
ASK_HOW_FAR = {"leg_pain": "utter_leg_pain_how_far"}

# The words of every language count: people mix them ("ok, klopt").
CONFIRM_WORDS = tuple(strip_accents(word) for lang in LANGUAGES for word in catalogue(lang)["confirm_words"])
AGREE_WORDS = frozenset(strip_accents(word) for lang in LANGUAGES for word in catalogue(lang)["agree_words"])
CHANGE_WORDS = tuple(strip_accents(word) for lang in LANGUAGES for word in catalogue(lang)["change_replies"])
CHANGE_REQUEST = re.compile(
    "|".join(pattern for lang in LANGUAGES for pattern in catalogue(lang)["change_request"]), re.IGNORECASE
)


@dataclass
class CheckState:
    answers: Dict[str, Any]  # clinical slots + consent + answers_confirmed
    requested: Optional[str]
    attempts: int = 0
    triaged_level: Optional[str] = None
    clarifying: Optional[str] = None  # a key of CLARIFIED_SLOT
    story: Dict[str, Any] = field(default_factory=dict)  # told before consent
    language: Optional[str] = None
    ask_first: List[str] = field(default_factory=list)


@dataclass
class Reply:
    changes: Dict[str, Any] = field(default_factory=dict)  # slot -> value (None clears)
    say: List[Dict[str, Any]] = field(default_factory=list)  # {"response": name, **template values}
    next_slot: Optional[str] = None
    not_an_answer: bool = False  # an interruption (FAQ, small talk): let the rules reply
    understood: bool = True


def clarifying_responses(key: Optional[str]) -> List[str]:
    """What the clarifying step says: the follow-up of its key; after a hedged "no" to a
    red-flag question, a request for a clear answer to the question just above it."""
    if key not in CLARIFIED_SLOT:
        return ["utter_not_understood"]
    return ["utter_clarify_hedged"] if key.startswith(HEDGED_PREFIX) else [f"utter_clarify_{key}"]


def _has(text: str, words) -> bool:
    """One of ``words`` (folded as the message is) stands as whole words in the message."""
    low = f" {_whole_message(text)} "
    return any(f" {w} " in low for w in words)


def _whole_message(text: str) -> str:
    """The message lower case without accents, its signs and emoji dropped ("Oké!! 👍" -> "oke"), apostrophes kept."""
    return " ".join(re.sub(r"[^\w\s'\-]", " ", strip_accents(text.lower()).replace("’", "'")).split())


def before_the_check(state: CheckState) -> bool:
    """No consent asked for or given and no result yet: what a message tells now is kept for the check to come."""
    return state.answers.get(CONSENT) is None and state.requested is None and state.triaged_level is None


def told_at_start(text: str, today: Optional[date], state: Optional[CheckState] = None) -> Dict[str, Any]:
    """The slots a message before the check sets: the answers it tells (kept until consent) and the red-flag
    questions it hints at (asked first), added to what an earlier message told (``state``): a story told with a
    question ("my waist has been paining me 5 months ... I'm 27. Is it normal?") is answered first, and the check
    that starts at the next message must not ask again what the story said (session 39, a blind street patient)."""
    story = dict(state.story) if state else {}
    for slot, value in read_story(text, today).items():
        story.setdefault(slot, value)
    ask_first = list(state.ask_first) if state else []
    ask_first += [slot for slot in hinted_red_flags(text) if slot not in ask_first]
    return {slot: value for slot, value in (("story", story), (ASK_FIRST, ask_first)) if value}


def _told_before_consent(state: CheckState, text: str, today: Optional[date]) -> Dict[str, Any]:
    """The answers a message before consent tells, kept until the person says yes or no."""
    story = dict(state.story)
    for slot, value in read_story(text, today).items():
        story.setdefault(slot, value)
    return story


def _consent(state: CheckState, text: str, today: Optional[date], reply: Reply) -> Dict[str, Any]:
    found: Dict[str, Any] = dict(find_red_flags(text))
    corrected = read_story(text, today) if correction_cue(text) else {}
    if corrected:
        # "no wait, it's been 3 weeks" typed at the consent question corrects the story: its "no" is
        # no refusal (that would drop the story and end the check). Said back; consent is asked again.
        reply.changes["story"] = {**state.story, **corrected}
        if known_items(corrected):  # told back from the story: no answer is kept before consent
            reply.say.append({"response": "utter_answer_changed", "items": known_items(corrected), "values": corrected})
        reply.next_slot = CONSENT
        return found
    # "ok", "is goed", "pas de souci": agreeing in a word or two, the whole message (session 39: "ok" was not
    # understood; "no problem", "geen probleem", "pas de souci" hold a no word)
    consent = True if _whole_message(text) in AGREE_WORDS else parse_yes_no(text)
    if consent is True:
        found[CONSENT] = True
        told = _told_before_consent(state, text, today)
        gaps = {slot: value for slot, value in told.items() if state.answers.get(slot) is None}
        found.update(gaps)
        reply.changes["story"] = None
        if known_items(gaps):
            reply.say.append({"response": "utter_story_understood", "items": known_items(gaps)})
    elif consent is False:
        found[CONSENT] = False
        reply.changes["story"] = None  # declined: what the first message told is dropped
        reply.changes[ASK_FIRST] = None
    else:
        story = _told_before_consent(state, text, today)
        if story != state.story:
            reply.changes["story"] = story
    return found


def _check_answers(state: CheckState, text: str, today: Optional[date], reply: Reply) -> Dict[str, Any]:
    """At the check-your-answers step: correct in free words, ask to change, or confirm."""
    corrections = read_story(text, today)
    differs = {slot: v for slot, v in corrections.items() if state.answers.get(slot) != v}
    if differs:
        return differs  # "no, it goes below the knee": a correction, the summary is shown again
    named = item_to_change(text, state.language, state.answers)
    wants_change = _has(text, CHANGE_WORDS) or parse_yes_no(text) is False
    confirms = not wants_change and (_has(text, CONFIRM_WORDS) or parse_yes_no(text) is True)
    if named and not confirms:  # "how long", "change my age": straight to that question
        return _answer_to_change(state, text, today, reply)
    if wants_change:
        reply.next_slot = ANSWER_TO_CHANGE
        return {}
    return {CHECK_ANSWERS: True} if confirms else {}


def _answer_to_change(state: CheckState, text: str, today: Optional[date], reply: Reply) -> Dict[str, Any]:
    item = item_to_change(text, state.language, state.answers)
    if item is None:
        corrections = read_story(text, today)  # the new answer typed straight away
        changed = {slot: v for slot, v in corrections.items() if state.answers.get(slot) != v}
        if not changed and state.requested == ANSWER_TO_CHANGE and (
            _has(text, CONFIRM_WORDS) or parse_yes_no(text) in (True, False)
        ):
            # "no" / "nothing" / "it's right after all" to "which answer do you want to change?": the answers stand
            # (it was "sorry, I didn't understand" with the list again, for ever)
            return {CHECK_ANSWERS: True}
        return changed
    for slot in slots_of(item):
        reply.changes[slot] = None
    if item == "duration_days":
        reply.changes["duration_attempts"] = 0
    return {}


def _clarified(state: CheckState, text: str, reply: Reply) -> Dict[str, Any]:
    key = state.clarifying
    slot = CLARIFIED_SLOT.get(key or "")
    value = parse_clarification(key, text) if slot else None
    if slot == "duration_days" and value is None and _says_unknown(text):
        # "roughly: which is closest?" answered "honestly, I can't say": a try towards R12, not "sorry" for ever
        reply.changes[CLARIFYING] = None
        reply.changes["duration_attempts"] = state.attempts + 1
        return {}
    if slot is None or value is None:
        return {}
    reply.changes[CLARIFYING] = None
    return {slot: value}


def _with_correction(
    known: Mapping[str, Any], requested: str, found: Dict[str, Any], story: Mapping[str, Any]
) -> Dict[str, Any]:
    """"nee, het is al 3 weken" asked about leg pain corrects the duration; its "nee" is
    not an answer to the leg question (asked again), unless the story answers it too."""
    corrected = {s: v for s, v in story.items() if s != requested and known.get(s) not in (None, v)}
    found = dict(found)
    if corrected and requested not in story:
        found.pop(requested, None)
    for slot, value in story.items():
        found.setdefault(slot, value)
    found.update(corrected)
    return found


def _ask_first(state: CheckState, text: str, answers: Dict[str, Any], reply: Reply) -> List[str]:
    """The hinted red-flag questions still unanswered, this message's added; a new hint
    is a change of the reply (the hinted question comes next, no "sorry"). A hint at a
    question answered "no" in an earlier message asks it again ("no" to the saddle
    question, then "when I wipe it feels odd")."""
    if reply.changes.get(ASK_FIRST, "") is None:
        return []  # consent declined: nothing is kept
    hints = hinted_red_flags(text)
    for slot in hints:
        if state.answers.get(slot) in NO_ANSWERS and answers.get(slot) in NO_ANSWERS and slot != state.requested:
            answers[slot] = reply.changes[slot] = None
    pending = [slot for slot in dict.fromkeys([*state.ask_first, *hints]) if answers.get(slot) is None]
    if pending != state.ask_first:
        reply.changes[ASK_FIRST] = pending or None
    return pending


def _says_unknown(text: str) -> bool:
    """ "No idea, it comes and goes" told to the duration question: a try that counts towards R12 (duration unknown),
    even when the classifier also heard a FAQ topic in it ("comes and goes": recurrence); a question stays a question."""
    if "?" in text or parse_yes_no(text) != UNSURE:
        return False
    head, *rest = _FIRST_CLAUSE_END.split(text, maxsplit=1)
    if parse_yes_no(head) == UNSURE:  # "weet ik niet, ...": its verb first is no question
        return not (rest and is_question_shaped(rest[0]))
    return not is_question_shaped(text)


_FIRST_CLAUSE_END = re.compile(r"[,.;:!]")


def read_reply(
    state: CheckState,
    text: str,
    today: Optional[date] = None,
    interruption: bool = False,
    language_switch: bool = False,
) -> Reply:
    """What one message in the check changes, and which question comes next.

    `interruption`: the intent classifier read a question or small talk (a FAQ, "who
    are you"); when the message answers nothing, the rules reply and the form asks again.
    `language_switch`: the message changed the language; when it answers nothing, the
    same question comes again in the new language (no "sorry", no failed attempt).
    """
    reply = Reply()
    requested = state.requested
    found: Dict[str, Any] = {}
    correction = False
    if requested == CONSENT:
        found = _consent(state, text, today, reply)
    elif requested == CLARIFYING:
        found = {**_clarified(state, text, reply), **find_red_flags(text)}
    elif requested == CHECK_ANSWERS:
        found, correction = {**_check_answers(state, text, today, reply), **find_red_flags(text)}, True
    elif requested == ANSWER_TO_CHANGE:
        found, correction = {**_answer_to_change(state, text, today, reply), **find_red_flags(text)}, True
    elif requested not in (None, CONSENT) and state.triaged_level is None and CHANGE_REQUEST.search(text):
        found = dict(find_red_flags(text))
        reply.next_slot = ANSWER_TO_CHANGE  # "I want to change an answer": the list of answers
    elif requested is not None and interruption and ("?" in text or is_question_shaped(text)):
        # "can I still play tennis this week?" is a question, not a duration; so is one typed without its "?"
        # ("is taking the dog out for a walk ok or should i be resting it": its "ok" was read as "no numbness")
        found = dict(find_red_flags(text))
    elif requested is not None:
        found = extract_answers(text, requested, today)
        correction = correction_cue(text)
        if correction:
            found = _with_correction(state.answers, requested, found, read_story(text, today))
        # an answer read, but told as a hedged "no" to a red-flag question ("I don't think so");
        # with no answer read, clarification_for looks for the hedge itself
        hedged = found.get(requested) is not None and hedged_no(requested, text)
        key = clarification_for(requested, text) if found.get(requested) is None or hedged else None
        if CLARIFIED_SLOT.get(key or "") == requested:
            found.pop(requested, None)  # neither yes nor no yet: the follow-up settles it
            reply.changes[CLARIFYING] = key
            reply.next_slot = CLARIFYING
            if requested == "duration_days" and _says_unknown(text):
                # "no idea, a good while": asked "which is closest?", and the "no idea" counts as a try towards R12
                reply.changes["duration_attempts"] = state.attempts + 1

    answers = dict(state.answers)
    answers.update({slot: None for slot, value in reply.changes.items() if value is None and slot in answers})
    changes = merge_answers(answers, found, requested, correction=correction)
    reply.changes.update(changes)
    answers.update(changes)
    if correction and requested not in (CHECK_ANSWERS, ANSWER_TO_CHANGE):
        # "oh wait, it's 3 weeks, not 2" asked about the leg: say what changed, no silent edit
        corrected = {slot: v for slot, v in changes.items() if slot != requested and state.answers.get(slot) is not None}
        if known_items(corrected):
            reply.say.append({"response": "utter_answer_changed", "items": known_items(corrected)})
    attempts = reply.changes.get("duration_attempts", state.attempts)
    ask_first = _ask_first(state, text, answers, reply)

    if not reply.changes and reply.next_slot is None and (interruption or language_switch):
        if not (requested == "duration_days" and _says_unknown(text)):
            return Reply(not_an_answer=interruption, next_slot=requested)
    unanswered = requested is not None and reply.next_slot is None and answers.get(requested) is None
    if unanswered and requested == "duration_days":
        attempts += 1  # after two tries R12 applies (duration unknown)
        reply.changes["duration_attempts"] = attempts
    elif unanswered and not reply.changes:
        reply.understood = False
        reply.next_slot = requested  # the same step again
    if not reply.understood:
        how_far = requested in ASK_HOW_FAR and parse_yes_no(text) is True
        reply.say.append({"response": ASK_HOW_FAR[requested] if how_far else "utter_not_understood"})

    following = next_question(answers, min(attempts, MAX_DURATION_ATTEMPTS), state.triaged_level, ask_first)
    if following is None or reply.next_slot is None:
        reply.next_slot = following  # a red flag or a finished check ends the follow-ups too
    return reply
