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


class ChannelStorage(JSONModel):
    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "versions",
            "bytes",
        }
    )
    _required = required_getter(
        "versions",
        "bytes",
    )
    _required_keys = (
        "versions",
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
            versions: int,
            bytes: int,
        ) -> None:
            """A ChannelStorage built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            versions: int | Unset = UNSET,
            bytes: int | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ChannelStorage built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(versions, Unset):
                json_["versions"] = versions
            if not isinstance(bytes, Unset):
                json_["bytes"] = bytes
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def versions(self) -> int:
        try:
            _sent = self["versions"]
        except KeyError:
            raise MissingFieldError("versions") from None
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
