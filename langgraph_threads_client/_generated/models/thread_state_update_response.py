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


class ThreadStateUpdateResponse(JSONModel):
    """langgraph-api answers `{checkpoint, configurable, checkpoint_id}`; Aegra only
    `{checkpoint}`.

    """

    __slots__ = (
        "_t_checkpoint",
        "_t_configurable",
    )
    _t_checkpoint: Checkpoint
    _t_configurable: None | ReportedCheckpointConfig | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "checkpoint",
            "configurable",
            "checkpoint_id",
        }
    )
    _required = required_getter(
        "checkpoint",
    )
    _required_keys = ("checkpoint",)
    _required_types = (dict,)
    _optional_keys = (
        "configurable",
        "checkpoint_id",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (dict, NoneType, Unset),
        (str, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            checkpoint: Checkpoint,
            configurable: None | ReportedCheckpointConfig | Unset = UNSET,
            checkpoint_id: None | str | Unset = UNSET,
        ) -> None:
            """A ThreadStateUpdateResponse built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            checkpoint: Checkpoint | Unset = UNSET,
            configurable: None | ReportedCheckpointConfig | Unset = UNSET,
            checkpoint_id: None | str | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadStateUpdateResponse built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(checkpoint, Unset):
                json_["checkpoint"] = to_json(checkpoint)
            if not isinstance(configurable, Unset):
                json_["configurable"] = to_json(configurable)
            if not isinstance(checkpoint_id, Unset):
                json_["checkpoint_id"] = checkpoint_id
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "checkpoint",
        "configurable",
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
        value = data.get("checkpoint")
        if value is not None:
            try:
                Checkpoint._check(value)
            except ShapeError as exc:
                raise exc.within(segment("checkpoint"))
        value = data.get("configurable")
        if value is not None:
            try:
                if isinstance(value, dict):
                    ReportedCheckpointConfig._check(value)

            except ShapeError as exc:
                raise exc.within(segment("configurable"))

    @property
    def checkpoint(self) -> Checkpoint:
        """A checkpoint as the server reports it. `checkpoint_ns` is absent on a state fetched by
        checkpoint id. Aegra reports the state of a thread that never ran with a checkpoint
        whose `checkpoint_id` is null.
        """
        try:
            return self._t_checkpoint
        except AttributeError:
            pass
        try:
            _sent = self["checkpoint"]
        except KeyError:
            raise MissingFieldError("checkpoint") from None
        typed = Checkpoint.from_dict(_sent)

        self._t_checkpoint = typed
        return typed

    @property
    def configurable(self) -> None | ReportedCheckpointConfig | Unset:
        try:
            return self._t_configurable
        except AttributeError:
            pass
        _typed = dict.get(self, "configurable", UNSET)
        typed: None | ReportedCheckpointConfig | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("ReportedCheckpointConfig", _typed)
            configurable_type_0 = ReportedCheckpointConfig.from_dict(_typed)

            typed = configurable_type_0

        self._t_configurable = typed
        return typed

    @property
    def checkpoint_id(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "checkpoint_id", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint import Checkpoint  # noqa: E402
from ..models.reported_checkpoint_config import ReportedCheckpointConfig  # noqa: E402

ThreadStateUpdateResponse._set_below(
    (
        ("checkpoint", "", Checkpoint),
        ("configurable", "", ReportedCheckpointConfig),
    )
)
