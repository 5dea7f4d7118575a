from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    Unset,
    required_getter,
)


class Checkpoint(JSONModel):
    """A checkpoint as the server reports it. `checkpoint_ns` is absent on a state fetched by
    checkpoint id. Aegra reports the state of a thread that never ran with a checkpoint
    whose `checkpoint_id` is null.

    """

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
    _required = required_getter(
        "checkpoint_id",
        "thread_id",
    )
    _required_keys = (
        "checkpoint_id",
        "thread_id",
    )
    _required_types = (
        (str, NoneType),
        str,
    )
    _optional_keys = (
        "checkpoint_ns",
        "checkpoint_map",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            checkpoint_id: None | str,
            thread_id: str,
            checkpoint_ns: None | str | Unset = UNSET,
            checkpoint_map: dict[str, Any] | None | Unset = UNSET,
        ) -> None:
            """A Checkpoint built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            checkpoint_id: None | str | Unset = UNSET,
            thread_id: str | Unset = UNSET,
            checkpoint_ns: None | str | Unset = UNSET,
            checkpoint_map: dict[str, Any] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Checkpoint built by the caller (extra JSON fields go in by ``**``)."""

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
    def checkpoint_id(self) -> None | str:
        """The checkpoint's id."""
        try:
            _sent = self["checkpoint_id"]
        except KeyError:
            raise MissingFieldError("checkpoint_id") from None
        value: None | str = _sent
        return value

    @property
    def thread_id(self) -> str:
        """The thread it belongs to."""
        try:
            _sent = self["thread_id"]
        except KeyError:
            raise MissingFieldError("thread_id") from None
        value: str = _sent
        return value

    @property
    def checkpoint_ns(self) -> None | str | Unset:
        """The namespace of its graph ('' for the thread's own graph; a subgraph's path otherwise)."""
        value: None | str | Unset = dict.get(self, "checkpoint_ns", UNSET)
        return value

    @property
    def checkpoint_map(self) -> dict[str, Any] | None | Unset:
        """The checkpoint ids of the parent graphs, by namespace (for a subgraph's checkpoint)."""
        value: dict[str, Any] | None | Unset = dict.get(self, "checkpoint_map", UNSET)
        return value
