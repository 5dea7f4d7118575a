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


class Interrupt(JSONModel):
    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "value",
            "id",
            "response_schema",
        }
    )
    _required = required_getter(
        "value",
    )
    _required_keys = ("value",)
    _required_types = (object,)
    _optional_keys = (
        "id",
        "response_schema",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, NoneType, Unset),
        (dict, bool, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            value: Any,
            id: None | str | Unset = UNSET,
            response_schema: bool | dict[str, Any] | None | Unset = UNSET,
        ) -> None:
            """A Interrupt built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            value: Any | Unset = UNSET,
            id: None | str | Unset = UNSET,
            response_schema: bool | dict[str, Any] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Interrupt built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(id, Unset):
                json_["id"] = id
            if not isinstance(value, Unset):
                json_["value"] = value
            if not isinstance(response_schema, Unset):
                json_["response_schema"] = response_schema
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def value(self) -> Any:
        """Any JSON value (graph state, interrupt values, task results)."""
        try:
            _sent = self["value"]
        except KeyError:
            raise MissingFieldError("value") from None
        value: Any = _sent
        return value

    @property
    def id(self) -> None | str | Unset:
        """The interrupt's id, to resume it with (null on servers that give none)."""
        value: None | str | Unset = dict.get(self, "id", UNSET)
        return value

    @property
    def response_schema(self) -> bool | dict[str, Any] | None | Unset:
        """A JSON Schema of the answer the interrupt asks for (`true` and `false` are schemas too)."""
        value: bool | dict[str, Any] | None | Unset = dict.get(
            self, "response_schema", UNSET
        )
        return value
