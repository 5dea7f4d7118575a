from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    JSONModel,
    required_getter,
)


class Labels(JSONModel):
    """A model of no fields."""

    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset({})
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            **additional_properties: Any,
        ) -> None:
            """A Labels built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            **additional_properties: Any,
        ) -> None:
            """A Labels built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            json_.update(additional_properties)
            dict.update(self, json_)
