"""bot/patches/log_privacy.py: no message text in the REST channel's log entries."""
from __future__ import annotations

import json

from bot.patches.log_privacy import _NoTextLogger


def test_rest_log_entries_drop_the_text():
    calls = []

    class Recorder:
        def exception(self, *args, **kwargs):
            calls.append((args, kwargs))

    logger = _NoTextLogger(Recorder())
    logger.exception("rest.message.received.failure", text="my secret", other=1)
    assert calls == [(("rest.message.received.failure",), {"other": 1})]
    assert "my secret" not in json.dumps(calls)
