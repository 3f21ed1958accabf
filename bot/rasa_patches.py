"""Rasa 3.6 behaviour we change in the server process, in one place.

`apply()` is idempotent and runs when this module is imported by
``bot/nlu/__init__.py``: Rasa imports that package with the model in every
server process (``rasa run``, each Sanic worker, ``rasa train``/``test``), so
the patches are in place before the first message is handled. The action
server does not import it (it does not need it).

What changes, and why (docs/performance.md has the measurements):

1. **Action server responses** are checked against Rasa's schema with a
   validator built once. ``jsonschema.validate`` re-checks the (large) schema
   itself on every call: about 20 ms of CPU per custom action call.
2. **Event classes** are looked up by type name in a dictionary.
   ``Event.resolve_by_type`` walks every Event subclass for every stored event
   each time a conversation is read.
3. **Action server down or failing**: Rasa logs the error and goes on without
   the action's events (a silent or half reply, a form step lost). Instead the
   user gets ``utter_try_again_later`` in the conversation's language, the turn
   is forgotten as if the message had not been sent (nothing of it is stored, so
   no answer or slot is lost and the user can simply send it again), and no
   further action runs that turn. Also when ``action_understand`` fails inside
   ``action_extract_slots`` (Rasa catches that one itself).
   Rasa's ``UserUtteranceReverted`` is *not* used for this: after a form
   (loop) action, Rasa's ``applied_events`` already drops the user message of
   the form's turn, so the revert rewinds to the previous user message and
   loses that turn's answers (tests/unit/test_rasa_patches.py shows it).
4. **Messages that are no turn at all** get a kind reply, the pending question
   again, and change nothing (not stored): empty or whitespace-only messages
   (``utter_empty_message``), messages clearly in French or German
   (``utter_other_language``, the assistant speaks English and Dutch), and
   messages over ``MAX_MESSAGE_CHARS`` characters (``utter_message_too_long``).
   A message that names a red flag is never held back.
5. **The model graph** runs in plain topological order, its plan cached per target
   list; Rasa builds a dask graph and recomputes the minimal schema (recursively) for
   every message and every prediction.
6. **Action server connections** are kept alive (one client session per event loop);
   Rasa opens and closes a connection for every action call. A kept-alive connection
   the server closed meanwhile is retried once.
7. **REST channel input**: a body that is not a JSON object, a ``sender`` that
   is not a non-empty id of at most 255 characters ``A-Za-z0-9._:@+-``
   (bot/guard.py), a ``message`` that is
   not a string, or ``metadata`` that is not an object gets ``400`` with a
   short JSON error (Rasa answered ``200 []`` after a crash logged with the
   text, or joined the shared "default" conversation). Lone surrogates (binary
   input) and control characters are replaced. The channel never logs the
   message text.
8. **What an action call sends**: the tracker's events of the current turn only (from
   the ``action_listen`` before the latest user message), not the whole conversation.
   Our actions read slots, ``latest_message`` and the events since the user's message
   (``actions.common.answers_latest_message``, rasa-sdk's ``slots_to_validate``);
   encoding every stored event for every call was about a tenth of Rasa's CPU time
   per turn, and as much again to decode in the action server.
9. **Typed intent syntax is text**: Rasa reads a message starting with ``/`` as an
   intent with entities and skips NLU (``/report_red_flag``,
   ``/inform{"triage_level": "physio"}``). Our buttons send plain words, so on every
   channel such a message goes through NLU as ordinary text: it can neither force
   an intent nor carry entities. A message that is nothing but that syntax
   (``/affirm``, ``/inform{...}``) is no turn at all (point 4): "please tell me in
   your own words", the pending question again, nothing stored.
"""
from __future__ import annotations

import contextvars
import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from bot.guard import MAX_SENDER_CHARS, sender_problem  # noqa: F401 (MAX_SENDER_CHARS: for callers)

logger = logging.getLogger(__name__)

TRY_AGAIN_RESPONSE = "utter_try_again_later"
EMPTY_RESPONSE = "utter_empty_message"
OTHER_LANGUAGE_RESPONSE = "utter_other_language"
TOO_LONG_RESPONSE = "utter_message_too_long"
COMMAND_RESPONSE = "utter_command_syntax"
# Rasa's intent syntax as a whole message: "/report_red_flag", '/inform{"onset": "trauma"}'.
# No patient writes it; its words (even "fever") are machine syntax, not symptoms.
_COMMAND = re.compile(r"^\s*/[\w.:-]+\s*(?:@[0-9.]+)?\s*(?:\{.*\})?\s*$", re.DOTALL)

MAX_MESSAGE_CHARS = 4096  # WhatsApp's limit; the web widget allows 4,000

_applied = False
#: Rasa's functions as they were before apply() (for tests and for comparing).
originals: Dict[str, Any] = {}


# ---------------------------------------------------------------------------
# Pure helpers (no Rasa import): tested on their own
# ---------------------------------------------------------------------------

_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Lone surrogates (undecodable bytes) -> U+FFFD, control characters -> space."""
    return _CONTROLS.sub(" ", _SURROGATES.sub("\ufffd", text))


class BadRequest(ValueError):
    """A REST body that does not follow the contract; the message is for the client."""


def check_rest_body(body: Any) -> Dict[str, Any]:
    """The REST channel's body checked: {"sender", "message", "metadata"} or BadRequest.

    Contract (docs/product.md): ``sender`` and ``message`` strings,
    ``metadata`` optional object. Unknown keys are ignored.
    """
    if not isinstance(body, dict):
        raise BadRequest('the body must be a JSON object like {"sender": "...", "message": "..."}')
    sender = body.get("sender")
    problem = sender_problem(sender)  # an opaque id of bounded length and characters
    if problem:
        raise BadRequest(problem)
    message = body.get("message")
    if not isinstance(message, str):
        raise BadRequest('"message" must be a string')
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest('"metadata" must be a JSON object when given')
    return {"sender": sender, "message": clean_text(message), "metadata": metadata}


# Words that are French or German and neither English nor Dutch (nor Flemish:
# "merci", "allee", "amai" are Flemish; "mal", "les", "pas", "au", "die", "der",
# "ja", "bin", "knie" are Dutch or English words as well, so none of them count).
_FRENCH = frozenset(
    """
    j ai suis est sommes êtes sont qu que qui quoi avec depuis dans pour
    votre vos vous tu nous ils elles une aux très tres parlez parle parles
    parler français francais bonjour bonsoir salut oui douleur douleurs dos
    jambe jambes semaine semaines jours mois ans beaucoup aussi peux pouvez
    voudrais anglais néerlandais neerlandais aidez aider plaît plait ça fait
    matin soir genou pied mais pourquoi
    """.split()
)
_GERMAN = frozenset(
    """
    ich habe hab hast nicht und mein meine meinen meinem meiner mir mich tut
    weh seit rücken ruecken rückenschmerzen rueckenschmerzen schmerzen schmerz
    woche wochen tage tagen monate monaten jahr jahre jahren sprechen sprichst
    deutsch bitte auch ist sehr können koennen kann nach einem einer eine
    einen bei mit vom beim zum zur über ueber unten bein beine kein keine
    gefühl gefuehl taub kribbeln guten geht es das ein aber oder schon noch
    wenn dass auf aus sich sie wir haben seitdem gestern heute englisch
    niederländisch niederlaendisch hilfe helfen warum
    """.split()
)
_OTHER_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def other_language(text: Any) -> Optional[str]:
    """"fr" or "de" when the message is clearly French or German, else None.

    Clearly: at least two distinct words of that language that are neither
    English nor Dutch, more of them than English or Dutch words, no explicit
    language choice and no red flag (a red flag is never held back). Short or
    mixed messages ("merci", "bonjour, my back hurts") are left to the NLU.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    from bot import language  # pure; lingua is not loaded by what is used here

    clean = unicodedata.normalize("NFKC", text[:MAX_MESSAGE_CHARS]).casefold().replace("’", "'")
    words = _OTHER_WORD.findall(clean.replace("'", " "))
    if len(words) < 2:
        return None
    distinct = set(words)
    ours = len(distinct & (language.EN_LEXICON | language.NL_LEXICON))
    scores = {"fr": len(distinct & _FRENCH), "de": len(distinct & _GERMAN)}
    best = max(scores, key=scores.get)
    hits = scores[best]
    if hits < 2 or hits <= ours or hits <= scores["de" if best == "fr" else "fr"]:
        return None
    if language.explicit_choice(text):
        return None
    from bot.redflags import find_red_flags

    try:
        if find_red_flags(text):
            return None
    except Exception:  # noqa: BLE001 - on any doubt, let the normal turn handle it
        return None
    return best


def no_turn_reason(text: Any) -> Optional[str]:
    """The response for a message that is no turn at all, or None for a normal turn."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return EMPTY_RESPONSE
    if not isinstance(text, str):
        return None
    if _COMMAND.match(text):
        return COMMAND_RESPONSE
    if len(text) > MAX_MESSAGE_CHARS:
        from bot.redflags import find_red_flags

        try:
            flagged = bool(find_red_flags(text))
        except Exception:  # noqa: BLE001
            flagged = True  # on doubt, let the normal turn (and its red-flag detector) see it
        return None if flagged else TOO_LONG_RESPONSE
    if other_language(text):
        return OTHER_LANGUAGE_RESPONSE
    return None


def metadata_language(metadata: Any) -> Optional[str]:
    """"en"/"nl" from channel metadata ({"language": "nl-BE"}), else None."""
    from bot.language import language_from_metadata

    return language_from_metadata(metadata)


# ---------------------------------------------------------------------------
# Per-turn state (one message handled by MessageProcessor.handle_message)
# ---------------------------------------------------------------------------


@dataclass
class _Turn:
    metadata: Any = None
    start: Optional[int] = None  # events in the tracker before this turn added any
    failed: Optional[str] = None  # name of the custom action that failed
    answered: bool = False


_TURN: contextvars.ContextVar[Optional[_Turn]] = contextvars.ContextVar("lowback_turn", default=None)


def _mark_failed(action_name: str) -> None:
    turn = _TURN.get()
    if turn is not None and turn.failed is None:
        turn.failed = action_name


# ---------------------------------------------------------------------------
# The patches
# ---------------------------------------------------------------------------


def _patch_action_validation() -> None:
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL
    from rasa.shared.utils.schemas.events import EVENT_SCHEMA

    originals.setdefault("RemoteAction._validate_action_result", RemoteAction._validate_action_result)
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, instead of on every call
    validator = cls(schema)
    # Each event schema of Rasa's `oneOf` fixes `event` to its own constant, so an event
    # is valid exactly when it is valid under the one schema named by its `event`: check
    # only that one (the full `oneOf` tries all 23). Anything else takes the full check.
    base = {key: value for key, value in EVENT_SCHEMA.items() if key != "oneOf"}
    by_event = {one["properties"]["event"]["const"]: cls({"allOf": [base, one]}) for one in EVENT_SCHEMA["oneOf"]}

    def quick_ok(result: Any) -> bool:
        if not isinstance(result, dict):
            return False
        events = result.get("events", [])
        responses = result.get("responses", [])
        if not isinstance(events, list) or not isinstance(responses, list):
            return False
        for event in events:
            check = by_event.get(event.get("event")) if isinstance(event, dict) else None
            if check is None or not check.is_valid(event):
                return False
        return all(isinstance(response, dict) for response in responses)

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        if quick_ok(result):
            return True
        error = best_match(validator.iter_errors(result))
        if error is not None:  # same error and message as jsonschema.validate
            error.message += (
                ". Failed to validate Action server response from API, "
                "make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise error
        return True

    RemoteAction._validate_action_result = _validate_action_result


def _patch_event_lookup() -> None:
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


def _patch_remote_action_failures() -> None:
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    original_run = RemoteAction.run

    async def run(self: RemoteAction, output_channel, nlg, tracker, domain) -> List[Any]:
        try:
            return await original_run(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except Exception:
            _mark_failed(self.name())
            raise

    RemoteAction.run = run


async def _render(processor: Any, response: str, tracker: Any, output_channel: Any, language: Optional[str]) -> bool:
    """Sends one domain response, rendered for this tracker (or a bare one in `language`)."""
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    if response not in processor.domain.responses:
        logger.warning("response %s is missing from the domain", response)
        return False
    if tracker is None or tracker.get_slot("language") is None:
        language = language or _default_language()
        events = [SlotSet("language", language)] if language else []
        base = tracker.current_slot_values() if tracker is not None else {}
        events = [SlotSet(k, v) for k, v in base.items() if v is not None and k != "language"] + events
        tracker = DialogueStateTracker.from_events(
            tracker.sender_id if tracker is not None else "rendering", events, slots=processor.domain.slots
        )
    message = await processor.nlg.generate(response, tracker, output_channel.name())
    if not message:
        return False
    await output_channel.send_response(tracker.sender_id, message)
    return True


def _default_language() -> Optional[str]:
    try:
        from bot.practice import current_practice

        return current_practice().default_language
    except Exception:  # noqa: BLE001 - rendering falls back to the default variant
        return None


def _pending_question(processor: Any, tracker: Any) -> Optional[str]:
    """The response that asks the active form's pending question, if any."""
    if tracker is None:
        return None
    form = tracker.active_loop_name
    slot = tracker.get_slot("requested_slot")
    if not form or not slot:
        return None
    for name in (f"utter_ask_{form}_{slot}", f"utter_ask_{slot}"):
        if name in processor.domain.responses:
            return name
    return None


def _forget_turn(tracker: Any, start: Optional[int]) -> None:
    """Drops every event this turn added, so nothing of it is stored."""
    from rasa.shared.core.events import UserUttered

    events = list(tracker.events)
    if start is None:  # fall back: up to the latest user message
        start = next((i for i in range(len(events) - 1, -1, -1) if isinstance(events[i], UserUttered)), len(events))
    del events[start:]
    tracker.events.clear()
    tracker.events.extend(events)
    tracker._reset()
    tracker.replay_events()


def _patch_processor() -> None:
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.constants import ACTION_SESSION_START_NAME

    original_handle = MessageProcessor.handle_message
    original_run_action = MessageProcessor._run_action
    original_update_session = MessageProcessor._update_tracker_session

    async def handle_message(self: MessageProcessor, message: Any) -> Optional[List[Dict[str, Any]]]:
        reason = no_turn_reason(message.text)
        if reason is not None:
            return await _answer_without_turn(self, message, reason)
        token = _TURN.set(_Turn(metadata=message.metadata))
        try:
            result = await original_handle(self, message)
            turn = _TURN.get()
            if turn is not None and turn.failed and not turn.answered:
                # the failure came after the last action (nothing was predicted): still say so
                await _render(self, TRY_AGAIN_RESPONSE, None, message.output_channel,
                              metadata_language(message.metadata))
                if isinstance(message.output_channel, CollectingOutputChannel):
                    result = message.output_channel.messages
            return result
        finally:
            _TURN.reset(token)

    async def _answer_without_turn(self: MessageProcessor, message: Any, reason: str) -> Optional[List[Dict[str, Any]]]:
        tracker = await self.tracker_store.retrieve(message.sender_id)
        language = metadata_language(message.metadata)
        logger.info("message answered without a turn: %s", reason)
        await _render(self, reason, tracker, message.output_channel, language)
        question = _pending_question(self, tracker)
        if question:
            await _render(self, question, tracker, message.output_channel, language)
        if isinstance(message.output_channel, CollectingOutputChannel):
            return message.output_channel.messages
        return None

    async def _update_tracker_session(self: MessageProcessor, tracker, output_channel, metadata=None) -> None:
        turn = _TURN.get()
        if turn is not None and turn.start is None:
            turn.start = len(tracker.events)
        return await original_update_session(self, tracker, output_channel, metadata)

    async def _run_action(self: MessageProcessor, action, tracker, output_channel, nlg, prediction) -> bool:
        turn = _TURN.get()
        if turn is None:
            return await original_run_action(self, action, tracker, output_channel, nlg, prediction)
        if turn.failed is None:
            keep_going = await original_run_action(self, action, tracker, output_channel, nlg, prediction)
            if turn.failed is None or action.name() == ACTION_SESSION_START_NAME:
                return keep_going  # a failed session start is answered by the first action of the turn
        if not turn.answered:
            turn.answered = True
            logger.warning("custom action %s failed: the user is asked to try again; this turn is not stored",
                           turn.failed)
            await _render(self, TRY_AGAIN_RESPONSE, tracker, output_channel, metadata_language(turn.metadata))
            _forget_turn(tracker, turn.start)
        return False

    MessageProcessor.handle_message = handle_message
    MessageProcessor._run_action = _run_action
    MessageProcessor._update_tracker_session = _update_tracker_session


class _NoTextLogger:
    """Wraps the REST channel's structlog logger: drops the message text from every entry."""

    def __init__(self, wrapped: Any) -> None:
        self._wrapped = wrapped

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._wrapped, name)
        if not callable(method):
            return method

        def call(*args: Any, **kwargs: Any) -> Any:
            kwargs.pop("text", None)
            return method(*args, **kwargs)

        return call


def _patch_rest_channel() -> None:
    from rasa.core.channels import rest
    from sanic.exceptions import InvalidUsage

    def body_of(request: Any) -> Dict[str, Any]:
        checked = getattr(request.ctx, "lowback_body", None)
        if checked is None:
            try:
                checked = check_rest_body(request.json)
            except BadRequest as error:
                raise InvalidUsage(str(error)) from None
            request.ctx.lowback_body = checked
        return checked

    async def _extract_sender(self: Any, request: Any) -> str:
        return body_of(request)["sender"]

    def _extract_message(self: Any, request: Any) -> str:
        return body_of(request)["message"]

    def get_metadata(self: Any, request: Any) -> Optional[Dict[str, Any]]:
        return body_of(request)["metadata"]

    rest.RestInput._extract_sender = _extract_sender
    rest.RestInput._extract_message = _extract_message
    rest.RestInput.get_metadata = get_metadata
    if not isinstance(rest.structlogger, _NoTextLogger):
        rest.structlogger = _NoTextLogger(rest.structlogger)


# --- speed: the model graph and the action server connection ----------------------

def _patch_graph_runner() -> None:
    """Runs the model graph in plain topological order, its minimal schema cached per
    target list, instead of building a dask graph and schema on every call."""
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    def plan(self: Any, targets: tuple) -> List[tuple]:
        cache = self.__dict__.setdefault("_lowback_plans", {})
        order = cache.get(targets)
        if order is None:
            schema = self._graph_schema.minimal_graph_schema(list(targets))
            done: set = set()
            order = []

            def visit(name: str) -> None:
                if name in done or name not in schema.nodes:
                    return
                done.add(name)
                for need in schema.nodes[name].needs.values():
                    visit(need)
                order.append((name, tuple(schema.nodes[name].needs.values())))

            for target in targets:
                visit(target)
            cache[targets] = order
        return order

    def run(self: Any, inputs: Optional[Dict[str, Any]] = None, targets: Optional[List[str]] = None) -> Dict[str, Any]:
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        values: Dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and value in self._graph_schema.nodes:
                raise GraphRunError(f"Input value '{value}' clashes with a node name.")
            values[name] = (name, value)
        try:
            for name, needs in plan(self, run_targets):
                if name not in values:
                    values[name] = self._instantiated_nodes[name](*(values.get(n, n) for n in needs))
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error
        return dict(values[t] if isinstance(values.get(t), tuple) else (t, values.get(t)) for t in run_targets)

    originals.setdefault("DaskGraphRunner.run", DaskGraphRunner.run)
    DaskGraphRunner.run = run


def turn_events_start(events: List[Any]) -> int:
    """Index of the first event an action call needs: the ``action_listen`` (or other
    action) just before the latest user message; 0 when there is no user message yet."""
    for index in range(len(events) - 1, -1, -1):
        if type(events[index]).__name__ == "UserUttered":
            for before in range(index - 1, -1, -1):
                if type(events[before]).__name__ == "ActionExecuted":
                    return before
            return 0
    return 0


def _patch_action_payload() -> None:
    import rasa
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.trackers import EventVerbosity

    original = RemoteAction._action_call_format

    def _action_call_format(self: Any, tracker: Any, domain: Any) -> Dict[str, Any]:
        state = tracker.current_state(EventVerbosity.NONE)
        events = list(tracker.events)
        state["events"] = [event.as_dict() for event in events[turn_events_start(events):]]
        result = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
                  "version": rasa.__version__}
        if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
            result["domain"] = domain.as_dict()
        return result

    originals.setdefault("RemoteAction._action_call_format", original)
    RemoteAction._action_call_format = _action_call_format


def _patch_intent_features() -> None:
    """The intent classifier, same numbers in a fraction of the time: its input row
    without stacking an empty dense block onto it (Rasa builds two sparse matrices and
    stacks them for every message), and its weights stored column-major once at load, so
    scikit-learn's `X @ coef_.T` does not copy the whole weight matrix (31 x 9,666)
    into row-major order for every message."""
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.constants import TEXT
    from scipy.sparse import csr_matrix, vstack

    original = LogisticRegressionClassifier._create_X

    def _create_X(self: Any, messages: List[Any]) -> Any:
        rows = []
        for message in messages:
            sparse = message.get_sparse_features(attribute=TEXT)[1]
            if sparse is None or message.get_dense_features(attribute=TEXT)[1] is not None:
                return original(self, messages)  # dense features too: Rasa's way
            rows.append(csr_matrix(sparse.features))
        if not rows:
            return original(self, messages)
        return rows[0] if len(rows) == 1 else vstack(rows, format="csr")

    original_load = LogisticRegressionClassifier.load.__func__

    def load(cls: Any, *args: Any, **kwargs: Any) -> Any:
        import numpy

        component = original_load(cls, *args, **kwargs)
        if getattr(component.clf, "coef_", None) is not None:
            component.clf.coef_ = numpy.asfortranarray(component.clf.coef_)
        return component

    originals.setdefault("LogisticRegressionClassifier._create_X", original)
    originals.setdefault("LogisticRegressionClassifier.load", original_load)
    LogisticRegressionClassifier._create_X = _create_X
    LogisticRegressionClassifier.load = classmethod(load)


def fast_json_dumps(data: Any) -> str:
    """`json.dumps` through ujson (a Rasa dependency, several times faster); the standard
    library for anything ujson refuses."""
    import json

    import ujson

    try:
        return ujson.dumps(data)
    except (TypeError, ValueError, OverflowError, UnicodeError):
        return json.dumps(data)


def _patch_action_keepalive() -> None:
    """One HTTP client session per event loop for the action server, so connections are
    kept alive between action calls (Rasa opens and closes one per call), with a faster
    JSON encoder for the requests. A kept-alive connection the server has closed
    meanwhile (it restarted) is retried once."""
    import asyncio

    import aiohttp
    from rasa.utils import endpoints

    sessions: Dict[int, Any] = {}
    original_session = endpoints.EndpointConfig.session
    original_request = endpoints.EndpointConfig.request

    class _Borrowed:
        """`async with` that lends the shared session without closing it."""

        def __init__(self, session: Any) -> None:
            self.session = session

        async def __aenter__(self) -> Any:
            return self.session

        async def __aexit__(self, *exc: Any) -> None:
            return None

    def session(self: Any) -> Any:
        if self.basic_auth or self.headers:
            return original_session(self)  # per-endpoint settings: Rasa's own session
        loop = asyncio.get_event_loop()
        shared = sessions.get(id(loop))
        if shared is None or shared.closed:
            # below Sanic's 5 s keep-alive, so the client drops idle connections first
            connector = aiohttp.TCPConnector(keepalive_timeout=4)
            shared = aiohttp.ClientSession(
                connector=connector, timeout=aiohttp.ClientTimeout(total=endpoints.DEFAULT_REQUEST_TIMEOUT),
                json_serialize=fast_json_dumps,
            )
            sessions[id(loop)] = shared
        return _Borrowed(shared)

    async def request(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await original_request(self, *args, **kwargs)
        except aiohttp.ServerDisconnectedError:
            return await original_request(self, *args, **kwargs)

    originals.setdefault("EndpointConfig.session", original_session)
    originals.setdefault("EndpointConfig.request", original_request)
    endpoints.EndpointConfig.session = session
    endpoints.EndpointConfig.request = request


#: For `make bench` and `make bench-ablation` only: RASA_PATCHES_SKIP=validator,graph,...
#: (any of these) measures Rasa without those speed patches. The behaviour patches
#: cannot be skipped.
SKIPPABLE = ("validator", "events", "graph", "keepalive", "payload", "features")


def skipped() -> set:
    names = {name.strip() for name in os.environ.get("RASA_PATCHES_SKIP", "").split(",") if name.strip()}
    return names & set(SKIPPABLE)


def _patch_traceback_locals() -> None:
    """Rasa's JSON logs render each stack frame's local variables with an exception,
    message text included: keep the frames, drop the locals."""
    import structlog
    from structlog.processors import ExceptionRenderer
    from structlog.tracebacks import ExceptionDictTransformer

    processors = structlog.get_config()["processors"]
    if structlog.processors.dict_tracebacks in processors:
        without_locals = ExceptionRenderer(ExceptionDictTransformer(show_locals=False))
        structlog.configure(processors=[without_locals if p is structlog.processors.dict_tracebacks else p
                                        for p in processors])


def _patch_slash_syntax() -> None:
    import typing

    from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler

    original = originals.setdefault("RegexMessageHandler.process", RegexMessageHandler.process)

    def process(self, messages, domain=None):  # type: ignore[no-untyped-def]
        return messages  # "/intent{...}" stays text: the NLU pipeline has read it already

    # Rasa checks this method's type hints when it builds the graph: give it the original's.
    process.__annotations__ = typing.get_type_hints(original)

    RegexMessageHandler.process = process


PINNED_RASA = "3.6.21"  # requirements.txt: the patches replace this release's internals


def check_rasa_version(found: str) -> None:
    """Refuse to patch any Rasa but the pinned one: its internals may differ silently."""
    if found != PINNED_RASA:
        raise RuntimeError(
            f"bot.rasa_patches replaces internals of Rasa {PINNED_RASA}, but Rasa {found} is installed: "
            f"install the pinned versions (make install, from requirements.txt)")


def apply() -> None:
    """Applies every patch once (later calls do nothing)."""
    global _applied
    if _applied:
        return
    from rasa.version import __version__ as rasa_version

    check_rasa_version(rasa_version)
    _applied = True
    skip = skipped()
    if "validator" not in skip:
        _patch_action_validation()
    if "events" not in skip:
        _patch_event_lookup()
    if skip:
        logger.warning("bot.rasa_patches: skipping %s (benchmark only)", ", ".join(sorted(skip)))
    if "graph" not in skip:
        _patch_graph_runner()
    if "keepalive" not in skip:
        _patch_action_keepalive()
    if "payload" not in skip:
        _patch_action_payload()
    if "features" not in skip:
        _patch_intent_features()
    _patch_remote_action_failures()
    _patch_slash_syntax()
    _patch_processor()
    _patch_rest_channel()
    _patch_traceback_locals()
    __import__("bot.store_faults").store_faults.apply()  # tracker/lock store faults: a kind answer
    logger.debug("bot.rasa_patches applied")


apply()
