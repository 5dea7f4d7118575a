from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    ShapeError,
    Unset,
    WholeNumber,
    as_integer,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadHistoryRequest(JSONModel):
    """No defaults, so that only what the caller set is sent (server default limit 1)."""

    __slots__ = (
        "_t_before",
        "_t_checkpoint",
    )
    _t_before: HistoryBefore | Unset
    _t_checkpoint: CheckpointConfig | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "limit",
            "before",
            "metadata",
            "checkpoint",
            "select",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "limit",
        "before",
        "metadata",
        "checkpoint",
        "select",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (int, WholeNumber, Unset),
        (dict, Unset),
        (dict, Unset),
        (dict, Unset),
        (list, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            limit: int | Unset = UNSET,
            before: HistoryBefore | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            checkpoint: CheckpointConfig | Unset = UNSET,
            select: list[str] | Unset = UNSET,
        ) -> None:
            """A ThreadHistoryRequest built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            limit: int | Unset = UNSET,
            before: HistoryBefore | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            checkpoint: CheckpointConfig | Unset = UNSET,
            select: list[str] | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadHistoryRequest built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(limit, Unset):
                json_["limit"] = limit
            if not isinstance(before, Unset):
                json_["before"] = to_json(before)
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(checkpoint, Unset):
                json_["checkpoint"] = to_json(checkpoint)
            if not isinstance(select, Unset):
                json_["select"] = select
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "before",
        "checkpoint",
    )
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("before")
        if value is not None:
            try:
                HistoryBefore._check(value)
            except ShapeError as exc:
                raise exc.within(segment("before"))
        value = data.get("checkpoint")
        if value is not None:
            try:
                CheckpointConfig._check(value)
            except ShapeError as exc:
                raise exc.within(segment("checkpoint"))

    @property
    def limit(self) -> int | Unset:
        value: int | Unset = dict.get(self, "limit", UNSET)
        return as_integer(value)

    @property
    def before(self) -> HistoryBefore | Unset:
        """The form of `before` the server accepts on history, `{"configurable": {...}}`."""
        try:
            return self._t_before
        except AttributeError:
            pass
        _typed = dict.get(self, "before", UNSET)
        typed: HistoryBefore | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = HistoryBefore.from_dict(_typed)

        self._t_before = typed
        return typed

    @property
    def metadata(self) -> dict[str, Any] | Unset:
        """Free-form metadata. On threads the key `graph_id` names the thread's graph."""
        value: dict[str, Any] | Unset = dict.get(self, "metadata", UNSET)
        return value

    @property
    def checkpoint(self) -> CheckpointConfig | Unset:
        """A checkpoint as a request names it; every field is optional."""
        try:
            return self._t_checkpoint
        except AttributeError:
            pass
        _typed = dict.get(self, "checkpoint", UNSET)
        typed: CheckpointConfig | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = CheckpointConfig.from_dict(_typed)

        self._t_checkpoint = typed
        return typed

    @property
    def select(self) -> list[str] | Unset:
        """Fields of the state to return; accepted and ignored by langgraph-api 0.16.7 (in memory)."""
        value: list[str] | Unset = dict.get(self, "select", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint_config import CheckpointConfig  # noqa: E402
from ..models.history_before import HistoryBefore  # noqa: E402

ThreadHistoryRequest._set_below(
    (
        ("before", "", HistoryBefore),
        ("checkpoint", "", CheckpointConfig),
    )
)
