from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    Unset,
    WholeNumber,
    as_integer,
    required_getter,
)


class StorageSection(JSONModel):
    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "count",
            "bytes",
        }
    )
    _required = required_getter(
        "count",
        "bytes",
    )
    _required_keys = (
        "count",
        "bytes",
    )
    _required_types = (
        (int, WholeNumber),
        (int, WholeNumber),
    )
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            count: int,
            bytes: int,
        ) -> None:
            """A StorageSection built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            count: int | Unset = UNSET,
            bytes: int | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A StorageSection built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(count, Unset):
                json_["count"] = count
            if not isinstance(bytes, Unset):
                json_["bytes"] = bytes
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def count(self) -> int:
        try:
            _sent = self["count"]
        except KeyError:
            raise MissingFieldError("count") from None
        value: int = _sent
        return as_integer(value)

    @property
    def bytes(self) -> int:
        try:
            _sent = self["bytes"]
        except KeyError:
            raise MissingFieldError("bytes") from None
        value: int = _sent
        return as_integer(value)
