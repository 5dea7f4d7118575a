from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    ShapeError,
    Unset,
    aware_datetime,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadStateSelection(JSONModel):
    """A state read with `select` (get_state, get_history): only the selected fields, on a
    server that honours it (langgraph-api 0.16.7 sends them all). `values.<key>` selects
    one key of the values.

    """

    __slots__ = (
        "_t_tasks",
        "_t_created_at",
        "_t_checkpoint",
        "_t_parent_checkpoint",
        "_t_interrupts",
    )
    _t_tasks: list[ThreadTask] | Unset
    _t_created_at: datetime.datetime | None | Unset
    _t_checkpoint: Checkpoint | None | Unset
    _t_parent_checkpoint: Checkpoint | None | Unset
    _t_interrupts: list[Interrupt] | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "values",
            "next",
            "tasks",
            "metadata",
            "created_at",
            "checkpoint",
            "parent_checkpoint",
            "interrupts",
            "checkpoint_id",
            "parent_checkpoint_id",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "next",
        "tasks",
        "metadata",
        "created_at",
        "checkpoint",
        "parent_checkpoint",
        "interrupts",
        "checkpoint_id",
        "parent_checkpoint_id",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (list, Unset),
        (list, Unset),
        (dict, NoneType, Unset),
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
        (list, Unset),
        (str, NoneType, Unset),
        (str, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            values: Any | Unset = UNSET,
            next: list[str] | Unset = UNSET,
            tasks: list[ThreadTask] | Unset = UNSET,
            metadata: dict[str, Any] | None | Unset = UNSET,
            created_at: datetime.datetime | None | Unset = UNSET,
            checkpoint: Checkpoint | None | Unset = UNSET,
            parent_checkpoint: Checkpoint | None | Unset = UNSET,
            interrupts: list[Interrupt] | Unset = UNSET,
            checkpoint_id: None | str | Unset = UNSET,
            parent_checkpoint_id: None | str | Unset = UNSET,
        ) -> None:
            """A ThreadStateSelection built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            values: Any | Unset = UNSET,
            next: list[str] | Unset = UNSET,
            tasks: list[ThreadTask] | Unset = UNSET,
            metadata: dict[str, Any] | None | Unset = UNSET,
            created_at: datetime.datetime | None | Unset = UNSET,
            checkpoint: Checkpoint | None | Unset = UNSET,
            parent_checkpoint: Checkpoint | None | Unset = UNSET,
            interrupts: list[Interrupt] | Unset = UNSET,
            checkpoint_id: None | str | Unset = UNSET,
            parent_checkpoint_id: None | str | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadStateSelection built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(values, Unset):
                json_["values"] = values
            if not isinstance(next, Unset):
                json_["next"] = next
            if not isinstance(tasks, Unset):
                json_["tasks"] = to_json(tasks)
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(created_at, Unset):
                json_["created_at"] = to_json(created_at)
            if not isinstance(checkpoint, Unset):
                json_["checkpoint"] = to_json(checkpoint)
            if not isinstance(parent_checkpoint, Unset):
                json_["parent_checkpoint"] = to_json(parent_checkpoint)
            if not isinstance(interrupts, Unset):
                json_["interrupts"] = to_json(interrupts)
            if not isinstance(checkpoint_id, Unset):
                json_["checkpoint_id"] = checkpoint_id
            if not isinstance(parent_checkpoint_id, Unset):
                json_["parent_checkpoint_id"] = parent_checkpoint_id
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "checkpoint",
        "parent_checkpoint",
    )
    _container_fields = (
        "tasks",
        "interrupts",
    )

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("tasks")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        ThreadTask._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("tasks"))
        value = data.get("checkpoint")
        if value is not None:
            try:
                if isinstance(value, dict):
                    Checkpoint._check(value)

            except ShapeError as exc:
                raise exc.within(segment("checkpoint"))
        value = data.get("parent_checkpoint")
        if value is not None:
            try:
                if isinstance(value, dict):
                    Checkpoint._check(value)

            except ShapeError as exc:
                raise exc.within(segment("parent_checkpoint"))
        value = data.get("interrupts")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        Interrupt._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("interrupts"))

    @property
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def next(self) -> list[str] | Unset:
        """The nodes that run next (empty when the graph has finished)."""
        value: list[str] | Unset = dict.get(self, "next", UNSET)
        return value

    @property
    def tasks(self) -> list[ThreadTask] | Unset:
        """The tasks of the next step, with their errors and interrupts."""
        try:
            return self._t_tasks
        except AttributeError:
            pass
        _typed = dict.get(self, "tasks", UNSET)
        typed: list[ThreadTask] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for tasks_item_data in _typed:
                    tasks_item = ThreadTask.from_dict(tasks_item_data)

                    typed.append(tasks_item)
            else:
                typed = []

        self._t_tasks = typed
        return typed

    @property
    def metadata(self) -> dict[str, Any] | None | Unset:
        """The checkpoint's metadata (its step, source, writes)."""
        value: dict[str, Any] | None | Unset = dict.get(self, "metadata", UNSET)
        return value

    @property
    def created_at(self) -> datetime.datetime | None | Unset:
        """When the checkpoint was written."""
        try:
            return self._t_created_at
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "created_at", UNSET)
            typed: datetime.datetime | None | Unset
            if _typed is None or isinstance(_typed, Unset):
                typed = _typed
            else:
                if not isinstance(_typed, str):
                    raise unexpected("datetime.datetime", _typed)
                created_at_type_0 = aware_datetime(_typed)

                typed = created_at_type_0

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"created_at: {exc}") from exc
        self._t_created_at = typed
        return typed

    @property
    def checkpoint(self) -> Checkpoint | None | Unset:
        """The checkpoint this state is at."""
        try:
            return self._t_checkpoint
        except AttributeError:
            pass
        _typed = dict.get(self, "checkpoint", UNSET)
        typed: Checkpoint | None | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("Checkpoint", _typed)
            checkpoint_type_0 = Checkpoint.from_dict(_typed)

            typed = checkpoint_type_0

        self._t_checkpoint = typed
        return typed

    @property
    def parent_checkpoint(self) -> Checkpoint | None | Unset:
        """The checkpoint before it (null for the first)."""
        try:
            return self._t_parent_checkpoint
        except AttributeError:
            pass
        _typed = dict.get(self, "parent_checkpoint", UNSET)
        typed: Checkpoint | None | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("Checkpoint", _typed)
            parent_checkpoint_type_0 = Checkpoint.from_dict(_typed)

            typed = parent_checkpoint_type_0

        self._t_parent_checkpoint = typed
        return typed

    @property
    def interrupts(self) -> list[Interrupt] | Unset:
        """The interrupts pending at this checkpoint, of every task."""
        try:
            return self._t_interrupts
        except AttributeError:
            pass
        _typed = dict.get(self, "interrupts", UNSET)
        typed: list[Interrupt] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for interrupts_item_data in _typed:
                    interrupts_item = Interrupt.from_dict(interrupts_item_data)

                    typed.append(interrupts_item)
            else:
                typed = []

        self._t_interrupts = typed
        return typed

    @property
    def checkpoint_id(self) -> None | str | Unset:
        """The checkpoint's id."""
        value: None | str | Unset = dict.get(self, "checkpoint_id", UNSET)
        return value

    @property
    def parent_checkpoint_id(self) -> None | str | Unset:
        """The parent checkpoint's id."""
        value: None | str | Unset = dict.get(self, "parent_checkpoint_id", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.thread_task import ThreadTask  # noqa: E402

ThreadStateSelection._set_below(
    (
        ("tasks", "l", ThreadTask),
        ("checkpoint", "", Checkpoint),
        ("parent_checkpoint", "", Checkpoint),
        ("interrupts", "l", Interrupt),
    )
)
