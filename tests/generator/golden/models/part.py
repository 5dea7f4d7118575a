from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    Unset,
    required_getter,
)


class Part(JSONModel):
    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "name",
        }
    )
    _required = required_getter(
        "name",
    )
    _required_keys = ("name",)
    _required_types = (str,)
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            name: str,
        ) -> None:
            """A Part built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            name: str | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Part built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(name, Unset):
                json_["name"] = name
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def name(self) -> str:
        try:
            _sent = self["name"]
        except KeyError:
            raise MissingFieldError("name") from None
        value: str = _sent
        return value
