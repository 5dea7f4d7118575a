from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    Unset,
    required_getter,
)


class ErrorResponse(JSONModel):
    """The body of a handled error. langgraph-api sends `{"detail": "<message>"}` (validation
    messages span several lines; older versions send the message as text/plain); FastAPI
    validation errors carry a list in `detail`; Aegra sends `{"error": "<code>", "message":
    "<message>", "details": ...}`.

    """

    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "detail",
            "error",
            "message",
            "details",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = ("message",)
    _optional_absent = (UNSET,)
    _optional_types = ((str, NoneType, Unset),)

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            detail: Any | Unset = UNSET,
            error: Any | Unset = UNSET,
            message: None | str | Unset = UNSET,
            details: Any | Unset = UNSET,
        ) -> None:
            """A ErrorResponse built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            detail: Any | Unset = UNSET,
            error: Any | Unset = UNSET,
            message: None | str | Unset = UNSET,
            details: Any | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ErrorResponse built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(detail, Unset):
                json_["detail"] = detail
            if not isinstance(error, Unset):
                json_["error"] = error
            if not isinstance(message, Unset):
                json_["message"] = message
            if not isinstance(details, Unset):
                json_["details"] = details
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def detail(self) -> Any | Unset:
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "detail", UNSET)
        return value

    @property
    def error(self) -> Any | Unset:
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "error", UNSET)
        return value

    @property
    def message(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "message", UNSET)
        return value

    @property
    def details(self) -> Any | Unset:
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "details", UNSET)
        return value
