"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used: importing one model, or this
package, does not import them all.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .kind import Kind
    from .labels import Labels
    from .level import Level
    from .node import Node
    from .part import Part
    from .thing import Thing
    from .thing_create import ThingCreate

# Each model's name, and the module that defines it.
_MODULES: dict[str, str] = {
    "ErrorResponse": ".error_response",
    "Kind": ".kind",
    "Labels": ".labels",
    "Level": ".level",
    "Node": ".node",
    "Part": ".part",
    "Thing": ".thing",
    "ThingCreate": ".thing_create",
}


# (At run time only: type checkers see the imports above, and so report a name that is none.)
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


__all__ = (
    "ErrorResponse",
    "Kind",
    "Labels",
    "Level",
    "Node",
    "Part",
    "Thing",
    "ThingCreate",
)
