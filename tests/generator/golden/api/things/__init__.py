"""Contains endpoint functions for accessing the API.

Each endpoint module is imported when first used (``threads.get_thread``), not with this
package.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_thing,
        get_thing,
        label_thing,
        search_things,
        update_thing,
    )

_MODULES = frozenset(
    {
        "create_thing",
        "get_thing",
        "label_thing",
        "search_things",
        "update_thing",
    }
)


# (At run time only: type checkers see the imports above, and so report a name that is none.)
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name not in _MODULES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return import_module(f".{name}", __name__)  # which also sets it on this package

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


__all__ = (
    "create_thing",
    "get_thing",
    "label_thing",
    "search_things",
    "update_thing",
)
