from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    ShapeError,
    Unset,
    WholeNumber,
    as_integer,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadStorage(JSONModel):
    __slots__ = (
        "_t_checkpoints",
        "_t_channel_values",
        "_t_pending_writes",
    )
    _t_checkpoints: None | StorageSection | Unset
    _t_channel_values: ChannelValuesStorage | None | Unset
    _t_pending_writes: None | StorageSection | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "thread_id",
            "total_bytes",
            "checkpoints",
            "channel_values",
            "pending_writes",
        }
    )
    _required = required_getter(
        "thread_id",
        "total_bytes",
    )
    _required_keys = (
        "thread_id",
        "total_bytes",
    )
    _required_types = (
        str,
        (int, WholeNumber),
    )
    _optional_keys = (
        "checkpoints",
        "channel_values",
        "pending_writes",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            thread_id: str,
            total_bytes: int,
            checkpoints: None | StorageSection | Unset = UNSET,
            channel_values: ChannelValuesStorage | None | Unset = UNSET,
            pending_writes: None | StorageSection | Unset = UNSET,
        ) -> None:
            """A ThreadStorage built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            thread_id: str | Unset = UNSET,
            total_bytes: int | Unset = UNSET,
            checkpoints: None | StorageSection | Unset = UNSET,
            channel_values: ChannelValuesStorage | None | Unset = UNSET,
            pending_writes: None | StorageSection | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadStorage built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(thread_id, Unset):
                json_["thread_id"] = thread_id
            if not isinstance(total_bytes, Unset):
                json_["total_bytes"] = total_bytes
            if not isinstance(checkpoints, Unset):
                json_["checkpoints"] = to_json(checkpoints)
            if not isinstance(channel_values, Unset):
                json_["channel_values"] = to_json(channel_values)
            if not isinstance(pending_writes, Unset):
                json_["pending_writes"] = to_json(pending_writes)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "checkpoints",
        "channel_values",
        "pending_writes",
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
        value = data.get("checkpoints")
        if value is not None:
            try:
                if isinstance(value, dict):
                    StorageSection._check(value)

            except ShapeError as exc:
                raise exc.within(segment("checkpoints"))
        value = data.get("channel_values")
        if value is not None:
            try:
                if isinstance(value, dict):
                    ChannelValuesStorage._check(value)

            except ShapeError as exc:
                raise exc.within(segment("channel_values"))
        value = data.get("pending_writes")
        if value is not None:
            try:
                if isinstance(value, dict):
                    StorageSection._check(value)

            except ShapeError as exc:
                raise exc.within(segment("pending_writes"))

    @property
    def thread_id(self) -> str:
        try:
            _sent = self["thread_id"]
        except KeyError:
            raise MissingFieldError("thread_id") from None
        value: str = _sent
        return value

    @property
    def total_bytes(self) -> int:
        try:
            _sent = self["total_bytes"]
        except KeyError:
            raise MissingFieldError("total_bytes") from None
        value: int = _sent
        return as_integer(value)

    @property
    def checkpoints(self) -> None | StorageSection | Unset:
        try:
            return self._t_checkpoints
        except AttributeError:
            pass
        _typed = dict.get(self, "checkpoints", UNSET)
        typed: None | StorageSection | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("StorageSection", _typed)
            checkpoints_type_0 = StorageSection.from_dict(_typed)

            typed = checkpoints_type_0

        self._t_checkpoints = typed
        return typed

    @property
    def channel_values(self) -> ChannelValuesStorage | None | Unset:
        try:
            return self._t_channel_values
        except AttributeError:
            pass
        _typed = dict.get(self, "channel_values", UNSET)
        typed: ChannelValuesStorage | None | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("ChannelValuesStorage", _typed)
            channel_values_type_0 = ChannelValuesStorage.from_dict(_typed)

            typed = channel_values_type_0

        self._t_channel_values = typed
        return typed

    @property
    def pending_writes(self) -> None | StorageSection | Unset:
        try:
            return self._t_pending_writes
        except AttributeError:
            pass
        _typed = dict.get(self, "pending_writes", UNSET)
        typed: None | StorageSection | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("StorageSection", _typed)
            pending_writes_type_0 = StorageSection.from_dict(_typed)

            typed = pending_writes_type_0

        self._t_pending_writes = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.channel_values_storage import ChannelValuesStorage  # noqa: E402
from ..models.storage_section import StorageSection  # noqa: E402

ThreadStorage._set_below(
    (
        ("checkpoints", "", StorageSection),
        ("channel_values", "", ChannelValuesStorage),
        ("pending_writes", "", StorageSection),
    )
)
