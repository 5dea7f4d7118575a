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


class HistoryBefore(JSONModel):
    """The form of `before` the server accepts on history, `{"configurable": {...}}`."""

    __slots__ = ("_t_configurable",)
    _t_configurable: CheckpointConfig

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "configurable",
        }
    )
    _required = required_getter(
        "configurable",
    )
    _required_keys = ("configurable",)
    _required_types = (dict,)
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            configurable: CheckpointConfig,
        ) -> None:
            """A HistoryBefore built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            configurable: CheckpointConfig | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A HistoryBefore built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(configurable, Unset):
                json_["configurable"] = to_json(configurable)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("configurable",)
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("configurable")
        if value is not None:
            try:
                CheckpointConfig._check(value)
            except ShapeError as exc:
                raise exc.within(segment("configurable"))

    @property
    def configurable(self) -> CheckpointConfig:
        """A checkpoint as a request names it; every field is optional."""
        try:
            return self._t_configurable
        except AttributeError:
            pass
        try:
            _sent = self["configurable"]
        except KeyError:
            raise MissingFieldError("configurable") from None
        typed = CheckpointConfig.from_dict(_sent)

        self._t_configurable = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.checkpoint_config import CheckpointConfig  # noqa: E402

HistoryBefore._set_below((("configurable", "", CheckpointConfig),))
