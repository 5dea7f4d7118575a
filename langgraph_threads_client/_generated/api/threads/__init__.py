"""Contains endpoint functions for accessing the API.

Each endpoint module is imported when first used (``threads.get_thread``), not with this
package.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        copy_thread,
        count_threads,
        create_thread,
        delete_thread,
        get_thread,
        get_thread_history,
        get_thread_state,
        get_thread_state_at_checkpoint,
        get_thread_state_at_checkpoint_config,
        get_thread_storage,
        prune_threads,
        search_thread_history,
        search_threads,
        update_thread,
        update_thread_state,
    )

_MODULES = frozenset(
    {
        "copy_thread",
        "count_threads",
        "create_thread",
        "delete_thread",
        "get_thread",
        "get_thread_history",
        "get_thread_state",
        "get_thread_state_at_checkpoint",
        "get_thread_state_at_checkpoint_config",
        "get_thread_storage",
        "prune_threads",
        "search_thread_history",
        "search_threads",
        "update_thread",
        "update_thread_state",
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
    "copy_thread",
    "count_threads",
    "create_thread",
    "delete_thread",
    "get_thread",
    "get_thread_history",
    "get_thread_state",
    "get_thread_state_at_checkpoint",
    "get_thread_state_at_checkpoint_config",
    "get_thread_storage",
    "prune_threads",
    "search_thread_history",
    "search_threads",
    "update_thread",
    "update_thread_state",
)
