from __future__ import annotations

from typing import Any

from ..types import (
    JSONModel,
    required_getter,
)


class ChannelStorage(JSONModel):
    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "bytes",
            "versions",
        }
    )
    _required = required_getter(
        "bytes",
        "versions",
    )
    _required_keys = (
        "bytes",
        "versions",
    )
    _required_types = (
        int,
        int,
    )
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    def __init__(
        self,
        /,
        *,
        bytes: int,
        versions: int,
        **additional_properties: Any,
    ) -> None:
        """A ChannelStorage built by the caller (unknown keyword arguments are extra JSON fields)."""
        json_: dict[str, Any] = {
            "bytes": bytes,
            "versions": versions,
        }
        json_.update(additional_properties)
        dict.update(self, json_)

    @property
    def bytes(self) -> int:
        value: int = self["bytes"]
        return value

    @property
    def versions(self) -> int:
        value: int = self["versions"]
        return value
