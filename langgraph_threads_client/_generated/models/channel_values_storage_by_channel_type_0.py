from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_storage import ChannelStorage

T = TypeVar("T", bound="ChannelValuesStorageByChannelType0")


@_attrs_define
class ChannelValuesStorageByChannelType0:
    additional_properties: dict[str, ChannelStorage] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_values_storage_by_channel_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ChannelStorage.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        channel_values_storage_by_channel_type_0.additional_properties = (
            additional_properties
        )
        return channel_values_storage_by_channel_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ChannelStorage:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ChannelStorage) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def get(self, key: str, default: Any = None) -> Any:
        return self.additional_properties.get(key, default)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[ChannelStorage]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, ChannelStorage]:
        return self.additional_properties.items()

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)
