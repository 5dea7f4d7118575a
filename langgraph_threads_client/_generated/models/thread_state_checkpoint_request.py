from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    ShapeError,
    Unset,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadStateCheckpointRequest(JSONModel):
    __slots__ = ("_t_checkpoint",)
    _t_checkpoint: CheckpointConfig

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "checkpoint",
            "subgraphs",
            "select",
        }
    )
    _required = required_getter(
        "checkpoint",
    )
    _required_keys = ("checkpoint",)
    _required_types = (dict,)
    _optional_keys = (
        "subgraphs",
        "select",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (bool, Unset),
        (list, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            checkpoint: CheckpointConfig,
            subgraphs: bool | Unset = UNSET,
            select: list[str] | Unset = UNSET,
        ) -> None:
            """A ThreadStateCheckpointRequest built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            checkpoint: CheckpointConfig | Unset = UNSET,
            subgraphs: bool | Unset = UNSET,
            select: list[str] | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadStateCheckpointRequest built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(checkpoint, Unset):
                json_["checkpoint"] = to_json(checkpoint)
            if not isinstance(subgraphs, Unset):
                json_["subgraphs"] = subgraphs
            if not isinstance(select, Unset):
                json_["select"] = select
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("checkpoint",)
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("checkpoint")
        if value is not None:
            try:
                CheckpointConfig._check(value)
            except ShapeError as exc:
                raise exc.within(segment("checkpoint"))

    @property
    def checkpoint(self) -> CheckpointConfig:
        """A checkpoint as a request names it; every field is optional."""
        try:
            return self._t_checkpoint
        except AttributeError:
            pass
        try:
            _sent = self["checkpoint"]
        except KeyError:
            raise MissingFieldError("checkpoint") from None
        typed = CheckpointConfig.from_dict(_sent)

        self._t_checkpoint = typed
        return typed

    @property
    def subgraphs(self) -> bool | Unset:
        value: bool | Unset = dict.get(self, "subgraphs", UNSET)
        return value

    @property
    def select(self) -> list[str] | Unset:
        """Fields of the state to return; accepted and ignored by langgraph-api 0.16.7 (in memory)."""
        value: list[str] | Unset = dict.get(self, "select", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint_config import CheckpointConfig  # noqa: E402

ThreadStateCheckpointRequest._set_below((("checkpoint", "", CheckpointConfig),))
