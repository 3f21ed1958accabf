"""An object no reader knows, for the odd-input tests."""


class Opaque:
    """Like `object()`, but its repr (a parametrized test's id) is the same in every process:
    pytest-xdist stops when its workers collect different test ids."""

    def __repr__(self) -> str:
        return "<an opaque object>"
