from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    ShapeError,
    Unset,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadStateUpdate(JSONModel):
    __slots__ = ("_t_checkpoint",)
    _t_checkpoint: CheckpointConfig | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "values",
            "checkpoint_id",
            "checkpoint",
            "as_node",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "checkpoint_id",
        "checkpoint",
        "as_node",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, Unset),
        (dict, Unset),
        (str, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            values: Any | Unset = UNSET,
            checkpoint_id: str | Unset = UNSET,
            checkpoint: CheckpointConfig | Unset = UNSET,
            as_node: str | Unset = UNSET,
        ) -> None:
            """A ThreadStateUpdate built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            values: Any | Unset = UNSET,
            checkpoint_id: str | Unset = UNSET,
            checkpoint: CheckpointConfig | Unset = UNSET,
            as_node: str | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadStateUpdate built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(values, Unset):
                json_["values"] = values
            if not isinstance(checkpoint_id, Unset):
                json_["checkpoint_id"] = checkpoint_id
            if not isinstance(checkpoint, Unset):
                json_["checkpoint"] = to_json(checkpoint)
            if not isinstance(as_node, Unset):
                json_["as_node"] = as_node
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
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def checkpoint_id(self) -> str | Unset:
        value: str | Unset = dict.get(self, "checkpoint_id", UNSET)
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
    def as_node(self) -> str | Unset:
        value: str | Unset = dict.get(self, "as_node", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint_config import CheckpointConfig  # noqa: E402

ThreadStateUpdate._set_below((("checkpoint", "", CheckpointConfig),))
