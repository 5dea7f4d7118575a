from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    Unset,
    required_getter,
)


class ReportedCheckpointConfig(JSONModel):
    """A checkpoint as a server names it in an answer (every field optional, and null where not known)."""

    __slots__ = ()

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "checkpoint_id",
            "thread_id",
            "checkpoint_ns",
            "checkpoint_map",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "checkpoint_id",
        "thread_id",
        "checkpoint_ns",
        "checkpoint_map",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, NoneType, Unset),
        (str, NoneType, Unset),
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            checkpoint_id: None | str | Unset = UNSET,
            thread_id: None | str | Unset = UNSET,
            checkpoint_ns: None | str | Unset = UNSET,
            checkpoint_map: dict[str, Any] | None | Unset = UNSET,
        ) -> None:
            """A ReportedCheckpointConfig built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            checkpoint_id: None | str | Unset = UNSET,
            thread_id: None | str | Unset = UNSET,
            checkpoint_ns: None | str | Unset = UNSET,
            checkpoint_map: dict[str, Any] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ReportedCheckpointConfig built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(checkpoint_id, Unset):
                json_["checkpoint_id"] = checkpoint_id
            if not isinstance(thread_id, Unset):
                json_["thread_id"] = thread_id
            if not isinstance(checkpoint_ns, Unset):
                json_["checkpoint_ns"] = checkpoint_ns
            if not isinstance(checkpoint_map, Unset):
                json_["checkpoint_map"] = checkpoint_map
            json_.update(additional_properties)
            dict.update(self, json_)

    @property
    def checkpoint_id(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "checkpoint_id", UNSET)
        return value

    @property
    def thread_id(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "thread_id", UNSET)
        return value

    @property
    def checkpoint_ns(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "checkpoint_ns", UNSET)
        return value

    @property
    def checkpoint_map(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "checkpoint_map", UNSET)
        return value
