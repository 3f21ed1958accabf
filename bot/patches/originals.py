"""Rasa's functions as they were before a patch replaced them, by "Class.method".

For the tests that compare a patch with Rasa's own behaviour (and for anyone who wants
to call Rasa's version): each patch records what it replaces with ``setdefault``, so a
second ``apply_all()`` never records a patched function as the original.
"""
from __future__ import annotations

from typing import Any, Dict

originals: Dict[str, Any] = {}
