from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    Unset,
    required_getter,
)


class ThreadError(JSONModel):
    """Why the thread's last run failed."""

    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "error",
            "message",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "error",
        "message",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, dict, NoneType, Unset),
        (str, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            error: dict[str, Any] | None | str | Unset = UNSET,
            message: None | str | Unset = UNSET,
        ) -> None:
            """A ThreadError built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            error: dict[str, Any] | None | str | Unset = UNSET,
            message: None | str | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadError built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(error, Unset):
                json_["error"] = error
            if not isinstance(message, Unset):
                json_["message"] = message
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def error(self) -> dict[str, Any] | None | str | Unset:
        """The error's type, as text; an object is taken too."""
        value: dict[str, Any] | None | str | Unset = dict.get(self, "error", UNSET)
        return value

    @property
    def message(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "message", UNSET)
        return value
