from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    ShapeError,
    Unset,
    aware_datetime,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadState(JSONModel):
    """The state of a thread at a checkpoint. Departure from upstream: a thread (or checkpoint
    id) with no checkpoint has values `{}` and nulls for metadata, created_at, checkpoint,
    parent_checkpoint and both ids (Aegra: metadata `{}` and a checkpoint whose id is null).
    Every server checked sends every field listed as required here.

    """

    __slots__ = (
        "_t_tasks",
        "_t_created_at",
        "_t_checkpoint",
        "_t_parent_checkpoint",
        "_t_interrupts",
    )
    _t_tasks: list[ThreadTask]
    _t_created_at: datetime.datetime | None
    _t_checkpoint: Checkpoint | None
    _t_parent_checkpoint: Checkpoint | None
    _t_interrupts: list[Interrupt]

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
    _required = required_getter(
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
    )
    _required_keys = (
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
    )
    _required_types = (
        object,
        list,
        list,
        (dict, NoneType),
        (str, NoneType),
        (dict, NoneType),
        (dict, NoneType),
        list,
        (str, NoneType),
        (str, NoneType),
    )
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            values: Any,
            next: list[str],
            tasks: list[ThreadTask],
            metadata: dict[str, Any] | None,
            created_at: datetime.datetime | None,
            checkpoint: Checkpoint | None,
            parent_checkpoint: Checkpoint | None,
            interrupts: list[Interrupt],
            checkpoint_id: None | str,
            parent_checkpoint_id: None | str,
        ) -> None:
            """A ThreadState built by the caller (extra JSON fields go in by ``**``)."""

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
            """A ThreadState built by the caller (extra JSON fields go in by ``**``)."""

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
    def values(self) -> Any:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        try:
            _sent = self["values"]
        except KeyError:
            raise MissingFieldError("values") from None
        value: Any = _sent
        return value

    @property
    def next(self) -> list[str]:
        """The nodes that run next (empty when the graph has finished)."""
        try:
            _sent = self["next"]
        except KeyError:
            raise MissingFieldError("next") from None
        value: list[str] = _sent
        return value

    @property
    def tasks(self) -> list[ThreadTask]:
        """The tasks of the next step, with their errors and interrupts."""
        try:
            return self._t_tasks
        except AttributeError:
            pass
        try:
            _sent = self["tasks"]
        except KeyError:
            raise MissingFieldError("tasks") from None
        _typed = _sent
        typed: list[ThreadTask]
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
    def metadata(self) -> dict[str, Any] | None:
        """The checkpoint's metadata (its step, source, writes)."""
        try:
            _sent = self["metadata"]
        except KeyError:
            raise MissingFieldError("metadata") from None
        value: dict[str, Any] | None = _sent
        return value

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the checkpoint was written."""
        try:
            return self._t_created_at
        except AttributeError:
            pass
        try:
            _sent = self["created_at"]
        except KeyError:
            raise MissingFieldError("created_at") from None
        try:
            _typed = _sent
            typed: datetime.datetime | None
            if _typed is None:
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
    def checkpoint(self) -> Checkpoint | None:
        """The checkpoint this state is at."""
        try:
            return self._t_checkpoint
        except AttributeError:
            pass
        try:
            _sent = self["checkpoint"]
        except KeyError:
            raise MissingFieldError("checkpoint") from None
        _typed = _sent
        typed: Checkpoint | None
        if _typed is None:
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("Checkpoint", _typed)
            checkpoint_type_0 = Checkpoint.from_dict(_typed)

            typed = checkpoint_type_0

        self._t_checkpoint = typed
        return typed

    @property
    def parent_checkpoint(self) -> Checkpoint | None:
        """The checkpoint before it (null for the first)."""
        try:
            return self._t_parent_checkpoint
        except AttributeError:
            pass
        try:
            _sent = self["parent_checkpoint"]
        except KeyError:
            raise MissingFieldError("parent_checkpoint") from None
        _typed = _sent
        typed: Checkpoint | None
        if _typed is None:
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("Checkpoint", _typed)
            parent_checkpoint_type_0 = Checkpoint.from_dict(_typed)

            typed = parent_checkpoint_type_0

        self._t_parent_checkpoint = typed
        return typed

    @property
    def interrupts(self) -> list[Interrupt]:
        """The interrupts pending at this checkpoint, of every task."""
        try:
            return self._t_interrupts
        except AttributeError:
            pass
        try:
            _sent = self["interrupts"]
        except KeyError:
            raise MissingFieldError("interrupts") from None
        _typed = _sent
        typed: list[Interrupt]
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
    def checkpoint_id(self) -> None | str:
        """The checkpoint's id."""
        try:
            _sent = self["checkpoint_id"]
        except KeyError:
            raise MissingFieldError("checkpoint_id") from None
        value: None | str = _sent
        return value

    @property
    def parent_checkpoint_id(self) -> None | str:
        """The parent checkpoint's id."""
        try:
            _sent = self["parent_checkpoint_id"]
        except KeyError:
            raise MissingFieldError("parent_checkpoint_id") from None
        value: None | str = _sent
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.thread_task import ThreadTask  # noqa: E402

ThreadState._set_below(
    (
        ("tasks", "l", ThreadTask),
        ("checkpoint", "", Checkpoint),
        ("parent_checkpoint", "", Checkpoint),
        ("interrupts", "l", Interrupt),
    )
)
