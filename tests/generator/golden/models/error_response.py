from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    Unset,
    required_getter,
)


class ErrorResponse(JSONModel):
    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "detail",
        }
    )
    _required = required_getter(
        "detail",
    )
    _required_keys = ("detail",)
    _required_types = (str,)
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            detail: str,
        ) -> None:
            """A ErrorResponse built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            detail: str | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ErrorResponse built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(detail, Unset):
                json_["detail"] = detail
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def detail(self) -> str:
        try:
            _sent = self["detail"]
        except KeyError:
            raise MissingFieldError("detail") from None
        value: str = _sent
        return value
