from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_values_storage_by_channel_type_0 import (
    ChannelValuesStorageByChannelType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChannelValuesStorage")


@_attrs_define
class ChannelValuesStorage:
    bytes_: int
    count: int
    by_channel: ChannelValuesStorageByChannelType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        count = self.count

        by_channel: dict[str, Any] | None | Unset
        if isinstance(self.by_channel, Unset):
            by_channel = UNSET
        elif isinstance(self.by_channel, ChannelValuesStorageByChannelType0):
            by_channel = self.by_channel.to_dict()
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
        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        count = d.pop("count")

        def _parse_by_channel(
            data: object,
        ) -> ChannelValuesStorageByChannelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            by_channel_type_0 = ChannelValuesStorageByChannelType0.from_dict(data)

            return by_channel_type_0

        by_channel = _parse_by_channel(d.pop("by_channel", UNSET))

        channel_values_storage = cls(
            bytes_=bytes_,
            count=count,
            by_channel=by_channel,
        )

        channel_values_storage.additional_properties = d
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
