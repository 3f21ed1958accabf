"""A drop-in for the ``re`` module that keeps compiled patterns on disk.

The readers compile ~3000 regular expressions at import; parsing and
compiling them (``sre_parse`` / ``sre_compile``) costs ~20 s of CPU in every
process (each pytest-xdist worker, action server and Rasa server). This module
keeps, per (pattern, flags), the *compiled program* that ``sre_compile.compile``
hands to ``_sre.compile`` (code list, combined flags, group count, group names)
and builds the Pattern from it exactly as ``sre_compile.compile`` does, so a
cached Pattern is ``==`` to ``re.compile(pattern, flags)``.

Safety:
- only on CPython 3.10 (the ``sre_compile`` internals differ elsewhere); str
  patterns only; never with ``re.DEBUG``; anything else is ``re.compile``;
- the file is ``marshal`` data (loading runs no code) behind a SHA-256 of its
  payload, named after the Python version and ``_sre.MAGIC``; a file that does
  not check out, or any error reading or using it, falls back to ``re.compile``;
- written once at exit, only when this process compiled new entries (worth at
  least ``_WRITE_AFTER`` seconds), atomically
  (temp file in the same folder + ``os.replace``; concurrent writers: last one
  wins); an unwritable folder is skipped silently;
- no unbounded growth: the file holds the entries this process used plus those
  it loaded, but only the used ones when that would be more than twice as many.

Where: env ``BOT_REGEX_CACHE`` (a folder; empty string turns the cache off),
else ``<repo root>/.cache/regex/``.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re as _re
import sys
import tempfile
import threading
import time
from array import array
from re import *  # noqa: F403 -- the drop-in: Pattern, Match, flags, search, sub, ...

__all__ = list(_re.__all__)

_SUPPORTED = sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 10)
if _SUPPORTED:
    import _sre
    import sre_compile
    import sre_parse

    # the code is kept as the bytes of an array of SRE_CODE words: 4x smaller in memory than ints
    _TYPECODE = next((code for code in "IL" if array(code).itemsize == _sre.CODESIZE), None)
    _SUPPORTED = _TYPECODE is not None

_HEADER = f"bot-regex-cache-2 {sys.byteorder}\n".encode()
_BOUND = 2  # the file keeps unused entries only while it has at most _BOUND x the used ones

_lock = threading.Lock()
_state: dict = {"ready": False, "path": None}
_loaded: dict = {}  # (pattern, flags) -> (code bytes, flags, groups, groupindex) from the file; once built, the Pattern
_new: dict = {}  # the same, compiled by this process
_used: set = set()  # keys this process compiled (from the file or new)
_stats = {"hits": 0, "new_seconds": 0.0}  # patterns built from the file; time spent compiling new ones
# Rewriting the file (~35 MB for the readers) costs ~0.5 s: not done to save less than this many
# seconds of compiling, e.g. a pattern joined from a set, whose order changes with the hash seed.
_WRITE_AFTER = 0.1


def _cache_path() -> str | None:
    folder = os.environ.get("BOT_REGEX_CACHE")
    if folder is None:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        folder = os.path.join(root, ".cache", "regex")
    elif not folder:
        return None
    version = ".".join(str(part) for part in sys.version_info[:3])
    return os.path.join(folder, f"patterns-py{version}-sre{_sre.MAGIC}.marshal")


def _read(path: str) -> dict:
    """The entries of the file at ``path``; {} when missing, corrupt or of another shape."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        if not data.startswith(_HEADER):
            return {}
        digest, payload = data[len(_HEADER) : len(_HEADER) + 32], data[len(_HEADER) + 32 :]
        if hashlib.sha256(payload).digest() != digest:
            return {}
        entries = marshal.loads(payload)
        return entries if isinstance(entries, dict) else {}
    except Exception:
        return {}


def _ready() -> None:
    """Load the file once (lazily, on the first compile) and register the exit write."""
    with _lock:
        if _state["ready"]:
            return
        _state["ready"] = True
        try:
            path = _cache_path()
        except Exception:
            path = None
        _state["path"] = path
        if path is None:
            return
        _loaded.update(_read(path))
        atexit.register(_write)


def _write() -> None:
    """At exit: store the entries atomically when this process compiled new ones.

    The entries used from the file were dropped from memory once built: the file is read again
    (it may have been rewritten by another process meanwhile; last writer wins)."""
    path = _state["path"]
    if not path or not _new or _stats["new_seconds"] < _WRITE_AFTER:
        return
    tmp = None
    try:
        entries = {**_read(path), **_new}
        used = {key: entries[key] for key in _used if key in entries}
        if len(entries) > _BOUND * len(used):
            entries = used
        payload = marshal.dumps(entries)
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".patterns-", suffix=".tmp")
        os.chmod(tmp, 0o644)  # readable by the other users of a shared checkout, like the file it replaces
        with os.fdopen(fd, "wb") as handle:
            handle.write(_HEADER + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
        tmp = None
    except Exception:
        pass  # read-only deploys, full disks: the cache is only an optimisation
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _program(pattern: str, flags: int) -> tuple:
    """What ``sre_compile.compile`` computes before calling ``_sre.compile``."""
    p = sre_parse.parse(pattern, flags)
    code = sre_compile._code(p, flags)
    return (code, int(flags | p.state.flags), p.state.groups, dict(p.state.groupdict))


def _build(pattern: str, entry: tuple) -> Pattern:  # noqa: F405
    """The Pattern, exactly as ``sre_compile.compile`` builds it."""
    code, final_flags, groups, groupindex = entry
    if type(code) is bytes:
        words = array(_TYPECODE)
        words.frombytes(code)
        code = words.tolist()
    indexgroup = [None] * groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(pattern, final_flags, code, groups - 1, groupindex, tuple(indexgroup))


def compile(pattern, flags=0):  # noqa: A001 -- the drop-in for re.compile
    """``re.compile``, served from the disk cache of compiled programs where it can be."""
    if not _SUPPORTED or type(pattern) is not str:
        return _re.compile(pattern, flags)
    try:
        flags = int(flags)
    except Exception:
        return _re.compile(pattern, flags)
    if flags & _re.DEBUG:
        return _re.compile(pattern, flags)
    if not _state["ready"]:
        _ready()
    if _state["path"] is None:
        return _re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _loaded.get(key)
    if type(entry) is _re.Pattern:  # built before in this process (re.compile would also return it)
        _used.add(key)
        return entry
    if entry is not None:
        try:
            compiled = _build(pattern, entry)
            _loaded[key] = compiled  # the program is dropped: the Pattern holds its own copy of it
            _used.add(key)
            _stats["hits"] += 1
            return compiled
        except Exception:
            _loaded.pop(key, None)  # an entry of another shape: compile it afresh below
    entry = _new.get(key)
    if entry is None:
        try:
            started = time.perf_counter()
            program = _program(pattern, flags)
            _stats["new_seconds"] += time.perf_counter() - started
            compiled = _build(pattern, program)
            code = array(_TYPECODE, program[0]).tobytes()  # plain words: marshal has no named constants
        except Exception:
            return _re.compile(pattern, flags)  # raises re.error as re would
        _new[key] = (code,) + program[1:]
        _used.add(key)
        return compiled
    _used.add(key)
    return _build(pattern, entry)
