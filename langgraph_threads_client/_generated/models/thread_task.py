from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    ShapeError,
    Unset,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadTask(JSONModel):
    __slots__ = (
        "_t_interrupts",
        "_t_checkpoint",
    )
    _t_interrupts: list[Interrupt] | None | Unset
    _t_checkpoint: None | TaskCheckpoint | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "id",
            "name",
            "path",
            "error",
            "interrupts",
            "checkpoint",
            "state",
            "result",
        }
    )
    _required = required_getter(
        "id",
        "name",
    )
    _required_keys = (
        "id",
        "name",
    )
    _required_types = (
        str,
        str,
    )
    _optional_keys = (
        "error",
        "interrupts",
        "checkpoint",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, dict, NoneType, Unset),
        (list, NoneType, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            id: str,
            name: str,
            path: Any | Unset = UNSET,
            error: dict[str, Any] | None | str | Unset = UNSET,
            interrupts: list[Interrupt] | None | Unset = UNSET,
            checkpoint: None | TaskCheckpoint | Unset = UNSET,
            state: Any | Unset = UNSET,
            result: Any | Unset = UNSET,
        ) -> None:
            """A ThreadTask built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            id: str | Unset = UNSET,
            name: str | Unset = UNSET,
            path: Any | Unset = UNSET,
            error: dict[str, Any] | None | str | Unset = UNSET,
            interrupts: list[Interrupt] | None | Unset = UNSET,
            checkpoint: None | TaskCheckpoint | Unset = UNSET,
            state: Any | Unset = UNSET,
            result: Any | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadTask built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(id, Unset):
                json_["id"] = id
            if not isinstance(name, Unset):
                json_["name"] = name
            if not isinstance(path, Unset):
                json_["path"] = path
            if not isinstance(error, Unset):
                json_["error"] = error
            if not isinstance(interrupts, Unset):
                json_["interrupts"] = to_json(interrupts)
            if not isinstance(checkpoint, Unset):
                json_["checkpoint"] = to_json(checkpoint)
            if not isinstance(state, Unset):
                json_["state"] = state
            if not isinstance(result, Unset):
                json_["result"] = result
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("checkpoint",)
    _container_fields = ("interrupts",)

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("interrupts")
        if value:  # (an empty array or map has nothing to check)
            try:
                if isinstance(value, list):
                    if type(value) is not list:
                        raise unexpected("array", value)
                    for index_0, item_0 in enumerate(value):
                        try:
                            Interrupt._check(item_0)
                        except ShapeError as exc:
                            raise exc.within(f"[{index_0}]")

            except ShapeError as exc:
                raise exc.within(segment("interrupts"))
        value = data.get("checkpoint")
        if value is not None:
            try:
                if isinstance(value, dict):
                    TaskCheckpoint._check(value)

            except ShapeError as exc:
                raise exc.within(segment("checkpoint"))

    @property
    def id(self) -> str:
        """The task's id (the key of its interrupts in a thread's interrupts)."""
        try:
            _sent = self["id"]
        except KeyError:
            raise MissingFieldError("id") from None
        value: str = _sent
        return value

    @property
    def name(self) -> str:
        """The node the task runs."""
        try:
            _sent = self["name"]
        except KeyError:
            raise MissingFieldError("name") from None
        value: str = _sent
        return value

    @property
    def path(self) -> Any | Unset:
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "path", UNSET)
        return value

    @property
    def error(self) -> dict[str, Any] | None | str | Unset:
        """Why the task failed, as text on the servers seen; an object is taken too, as a thread's error became one."""
        value: dict[str, Any] | None | str | Unset = dict.get(self, "error", UNSET)
        return value

    @property
    def interrupts(self) -> list[Interrupt] | None | Unset:
        """The interrupts the task raised."""
        try:
            return self._t_interrupts
        except AttributeError:
            pass
        _typed = dict.get(self, "interrupts", UNSET)
        typed: list[Interrupt] | None | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            _interrupts_type_0 = _typed
            interrupts_type_0: list[Interrupt]
            if not isinstance(_interrupts_type_0, list):
                raise unexpected("array", _interrupts_type_0)
            if _interrupts_type_0:
                interrupts_type_0 = []
                for interrupts_type_0_item_data in _interrupts_type_0:
                    interrupts_type_0_item = Interrupt.from_dict(
                        interrupts_type_0_item_data
                    )

                    interrupts_type_0.append(interrupts_type_0_item)
            else:
                interrupts_type_0 = []

            typed = interrupts_type_0

        self._t_interrupts = typed
        return typed

    @property
    def checkpoint(self) -> None | TaskCheckpoint | Unset:
        try:
            return self._t_checkpoint
        except AttributeError:
            pass
        _typed = dict.get(self, "checkpoint", UNSET)
        typed: None | TaskCheckpoint | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("TaskCheckpoint", _typed)
            checkpoint_type_0 = TaskCheckpoint.from_dict(_typed)

            typed = checkpoint_type_0

        self._t_checkpoint = typed
        return typed

    @property
    def state(self) -> Any | Unset:
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "state", UNSET)
        return value

    @property
    def result(self) -> Any | Unset:
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "result", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.task_checkpoint import TaskCheckpoint  # noqa: E402

ThreadTask._set_below(
    (
        ("interrupts", "l", Interrupt),
        ("checkpoint", "", TaskCheckpoint),
    )
)
