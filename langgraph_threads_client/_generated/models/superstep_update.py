from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    Unset,
    required_getter,
)


class SuperstepUpdate(JSONModel):
    """The official SDK sends every update as `values`, `command` (null when not given) and `as_node`."""

    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "as_node",
            "values",
            "command",
        }
    )
    _required = required_getter(
        "as_node",
    )
    _required_keys = ("as_node",)
    _required_types = (str,)
    _optional_keys = ("command",)
    _optional_absent = (UNSET,)
    _optional_types = ((dict, NoneType, Unset),)

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            as_node: str,
            values: Any | Unset = UNSET,
            command: dict[str, Any] | None | Unset = UNSET,
        ) -> None:
            """A SuperstepUpdate built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            as_node: str | Unset = UNSET,
            values: Any | Unset = UNSET,
            command: dict[str, Any] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A SuperstepUpdate built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(values, Unset):
                json_["values"] = values
            if not isinstance(command, Unset):
                json_["command"] = command
            if not isinstance(as_node, Unset):
                json_["as_node"] = as_node
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def as_node(self) -> str:
        try:
            _sent = self["as_node"]
        except KeyError:
            raise MissingFieldError("as_node") from None
        value: str = _sent
        return value

    @property
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def command(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "command", UNSET)
        return value
