from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    Unset,
    WholeNumber,
    as_integer,
    required_getter,
)


class ThreadPruneResponse(JSONModel):
    """langgraph-api answers `{"pruned_count": n}`; Aegra `{"deleted": n, "pruned": n}` (kept as
    extra fields), so `pruned_count` is optional.

    """

    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "pruned_count",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = ("pruned_count",)
    _optional_absent = (UNSET,)
    _optional_types = ((int, WholeNumber, NoneType, Unset),)

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            pruned_count: int | None | Unset = UNSET,
        ) -> None:
            """A ThreadPruneResponse built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            pruned_count: int | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadPruneResponse built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(pruned_count, Unset):
                json_["pruned_count"] = pruned_count
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def pruned_count(self) -> int | None | Unset:
        value: int | None | Unset = dict.get(self, "pruned_count", UNSET)
        return as_integer(value)
