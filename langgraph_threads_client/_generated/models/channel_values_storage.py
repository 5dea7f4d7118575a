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


class ChannelValuesStorage(JSONModel):
    __slots__ = ("_t_by_channel",)
    _t_by_channel: dict[str, ChannelStorage] | None | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "count",
            "bytes",
            "by_channel",
        }
    )
    _required = required_getter(
        "count",
        "bytes",
    )
    _required_keys = (
        "count",
        "bytes",
    )
    _required_types = (
        (int, WholeNumber),
        (int, WholeNumber),
    )
    _optional_keys = ("by_channel",)
    _optional_absent = (UNSET,)
    _optional_types = ((dict, NoneType, Unset),)

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            count: int,
            bytes: int,
            by_channel: dict[str, ChannelStorage] | None | Unset = UNSET,
        ) -> None:
            """A ChannelValuesStorage built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            count: int | Unset = UNSET,
            bytes: int | Unset = UNSET,
            by_channel: dict[str, ChannelStorage] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ChannelValuesStorage built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(count, Unset):
                json_["count"] = count
            if not isinstance(bytes, Unset):
                json_["bytes"] = bytes
            if not isinstance(by_channel, Unset):
                json_["by_channel"] = to_json(by_channel)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ()
    _container_fields = ("by_channel",)

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("by_channel")
        if value:  # (an empty array or map has nothing to check)
            try:
                if isinstance(value, dict):
                    if type(value) is not dict:
                        raise unexpected("object", value)
                    for key_0, item_0 in value.items():
                        try:
                            ChannelStorage._check(item_0)
                        except ShapeError as exc:
                            raise exc.within(segment(key_0))

            except ShapeError as exc:
                raise exc.within(segment("by_channel"))

    @property
    def count(self) -> int:
        try:
            _sent = self["count"]
        except KeyError:
            raise MissingFieldError("count") from None
        value: int = _sent
        return as_integer(value)

    @property
    def bytes(self) -> int:
        try:
            _sent = self["bytes"]
        except KeyError:
            raise MissingFieldError("bytes") from None
        value: int = _sent
        return as_integer(value)

    @property
    def by_channel(self) -> dict[str, ChannelStorage] | None | Unset:
        try:
            return self._t_by_channel
        except AttributeError:
            pass
        _typed = dict.get(self, "by_channel", UNSET)
        typed: dict[str, ChannelStorage] | None | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            _by_channel_type_0 = _typed
            by_channel_type_0: dict[str, ChannelStorage]
            if not isinstance(_by_channel_type_0, dict):
                raise unexpected("object", _by_channel_type_0)
            if _by_channel_type_0:
                by_channel_type_0 = {}
                for (
                    by_channel_type_0_key,
                    by_channel_type_0_value_data,
                ) in _by_channel_type_0.items():
                    by_channel_type_0_value = ChannelStorage.from_dict(
                        by_channel_type_0_value_data
                    )

                    by_channel_type_0[by_channel_type_0_key] = by_channel_type_0_value
            else:
                by_channel_type_0 = {}

            typed = by_channel_type_0

        self._t_by_channel = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.channel_storage import ChannelStorage  # noqa: E402

ChannelValuesStorage._set_below((("by_channel", "d", ChannelStorage),))
