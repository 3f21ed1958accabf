"""No message text in Rasa's logs.

- The REST channel logs the message text with its errors: its structlog logger is
  wrapped so that every entry drops ``text``.
- Rasa's JSON logs render each stack frame's local variables with an exception,
  message text included: keep the frames, drop the locals.
"""
from __future__ import annotations

from typing import Any


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


def patch_rest_log() -> None:
    from rasa.core.channels import rest

    if not isinstance(rest.structlogger, _NoTextLogger):
        rest.structlogger = _NoTextLogger(rest.structlogger)


def patch_traceback_locals() -> None:
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
