from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_storage import ChannelStorage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelValuesStorage")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "bytes",
        "count",
        "by_channel",
    }
)


@_attrs_define
class ChannelValuesStorage:
    bytes_: int
    count: int
    by_channel: dict[str, ChannelStorage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        count = self.count

        by_channel: dict[str, Any] | None | Unset
        if isinstance(self.by_channel, Unset):
            by_channel = UNSET
        elif isinstance(self.by_channel, dict):
            by_channel = {}
            for (
                by_channel_key,
                by_channel_type_0_value_value,
            ) in self.by_channel.items():
                by_channel_type_0_value_json = by_channel_type_0_value_value.to_dict()
                by_channel[by_channel_key] = by_channel_type_0_value_json

        else:
            by_channel = self.by_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "count": count,
            }
        )
        if by_channel is not UNSET:
            field_dict["by_channel"] = by_channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        bytes_ = src_dict["bytes"]

        count = src_dict["count"]

        _by_channel = src_dict.get("by_channel", UNSET)
        by_channel: dict[str, ChannelStorage] | None | Unset
        if _by_channel is None or isinstance(_by_channel, Unset):
            by_channel = _by_channel
        else:
            _by_channel_type_0 = _by_channel
            by_channel_type_0: dict[str, ChannelStorage]
            if not isinstance(_by_channel_type_0, dict):
                raise TypeError()
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
                by_channel_type_0 = _by_channel_type_0

            by_channel = by_channel_type_0

        channel_values_storage = cls.__new__(cls)
        channel_values_storage.bytes_ = bytes_
        channel_values_storage.count = count
        channel_values_storage.by_channel = by_channel
        channel_values_storage.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return channel_values_storage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
