"""Calls to the action server, faster; what they do is unchanged
(docs/performance.md has the measurements).

1. **Responses are checked** against Rasa's schema with a validator built once
   (``RemoteAction._validate_action_result``). ``jsonschema.validate`` re-checks the
   (large) schema itself on every call: about 20 ms of CPU per custom action call.
2. **Connections are kept alive** (one client session per event loop;
   ``EndpointConfig.session`` and ``request``): Rasa opens and closes a connection for
   every action call. A kept-alive connection the server closed meanwhile is retried once.
3. **What a call sends** (``RemoteAction._action_call_format``): the tracker's events of
   the current turn only (from the ``action_listen`` before the latest user message),
   not the whole conversation. Our actions read slots, ``latest_message`` and the events
   since the user's message (``actions.common.answers_latest_message``, rasa-sdk's
   ``slots_to_validate``); encoding every stored event for every call was about a tenth
   of Rasa's CPU time per turn, and as much again to decode in the action server.

Each can be skipped for benchmarks (bot/patches/__init__.py ``SKIPPABLE``:
"validator", "keepalive", "payload").
"""
from __future__ import annotations

from typing import Any, Dict, List

from bot.patches.originals import originals


def patch_action_validation() -> None:
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


def fast_json_dumps(data: Any) -> str:
    """`json.dumps` through ujson (a Rasa dependency, several times faster); the standard
    library for anything ujson refuses."""
    import json

    import ujson

    try:
        return ujson.dumps(data)
    except (TypeError, ValueError, OverflowError, UnicodeError):
        return json.dumps(data)


def patch_action_keepalive() -> None:
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


def patch_action_payload() -> None:
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
