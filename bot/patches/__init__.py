"""Rasa 3.6 behaviour we change in the server process: every patch, applied in one place.

``apply_all()`` applies them, once (later calls do nothing), after refusing any Rasa
but the pinned release. It is called from one place only, ``bot/nlu/__init__.py``:
Rasa imports that package with the model in every server process (``rasa run``, each
Sanic worker, ``rasa train``/``test``), so the patches are in place before the first
message is handled. Importing ``bot.patches`` or one of its modules patches nothing.
The action server does not apply them (it does not need them).

What changes, a module each (each module's docstring says why; docs/performance.md
has the measurements of the speed ones):

- ``turn_handling``: what ``MessageProcessor`` does with a message. A custom action
  that fails gives "try again in a moment" and the turn is forgotten, nothing stored;
  a message that is no turn at all gets a kind reply and the pending question again.
- ``no_turn_messages``: which messages are no turn at all (empty, clearly French or
  German, too long, only typed intent syntax); a red flag is never held back. Pure.
- ``typed_intents``: a message starting with ``/`` is text for the NLU, on every
  channel; it can neither force an intent nor carry entities.
- ``rest_input``: the REST channel's body checked (``400`` with a short reason) and
  its text cleaned of lone surrogates and control characters.
- ``log_privacy``: no message text in the REST channel's log entries, nor in the
  local variables of logged tracebacks.
- ``speed_action_calls``, ``speed_model``, ``speed_event_lookup``: the same results,
  faster (action server calls; the model graph and the intent classifier; event
  classes by name). Only these can be skipped, for benchmarks (``SKIPPABLE``).
- ``bot/stores/store_faults.py`` (outside this package): the tracker or lock store failing
  mid-turn gives the same kind answer, nothing half-written.
- ``originals``: Rasa's functions as they were, for the tests that compare.
"""
from __future__ import annotations

import logging
import os

from bot.patches import (
    log_privacy,
    rest_input,
    speed_action_calls,
    speed_event_lookup,
    speed_model,
    turn_handling,
    typed_intents,
)

logger = logging.getLogger(__name__)

PINNED_RASA = "3.6.21"  # requirements.txt: the patches replace this release's internals

#: The speed patches, in the order they are applied, by the names RASA_PATCHES_SKIP
#: knows them by.
SPEED_PATCHES = {
    "validator": speed_action_calls.patch_action_validation,
    "events": speed_event_lookup.patch_event_lookup,
    "graph": speed_model.patch_graph_runner,
    "keepalive": speed_action_calls.patch_action_keepalive,
    "payload": speed_action_calls.patch_action_payload,
    "features": speed_model.patch_intent_features,
}
#: For `make bench` and `make bench-ablation` only: RASA_PATCHES_SKIP=validator,graph,...
#: (any of these) measures Rasa without those speed patches. The behaviour patches
#: cannot be skipped.
SKIPPABLE = tuple(SPEED_PATCHES)

_applied = False


def skipped() -> set:
    names = {name.strip() for name in os.environ.get("RASA_PATCHES_SKIP", "").split(",") if name.strip()}
    return names & set(SKIPPABLE)


def check_rasa_version(found: str) -> None:
    """Refuse to patch any Rasa but the pinned one: its internals may differ silently."""
    if found != PINNED_RASA:
        raise RuntimeError(
            f"bot.patches replaces internals of Rasa {PINNED_RASA}, but Rasa {found} is installed: "
            f"install the pinned versions (make install, from requirements.txt)")


def apply_all() -> None:
    """Applies every patch once (later calls do nothing), in this order."""
    global _applied
    if _applied:
        return
    from rasa.version import __version__ as rasa_version

    check_rasa_version(rasa_version)
    _applied = True
    skip = skipped()
    if skip:
        logger.warning("bot.patches: skipping %s (benchmark only)", ", ".join(sorted(skip)))
    for name, patch in SPEED_PATCHES.items():
        if name not in skip:
            patch()
    turn_handling.patch_remote_action_failures()
    typed_intents.patch_slash_syntax()
    turn_handling.patch_message_processor()
    rest_input.patch_rest_body()
    log_privacy.patch_rest_log()
    log_privacy.patch_traceback_locals()
    from bot.stores import store_faults

    store_faults.apply()  # tracker/lock store faults: a kind answer
    logger.debug("bot.patches applied")
