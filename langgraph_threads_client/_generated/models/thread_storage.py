from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_values_storage import ChannelValuesStorage
from ..models.storage_section import StorageSection
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadStorage")


@_attrs_define
class ThreadStorage:
    thread_id: str
    total_bytes: int
    channel_values: ChannelValuesStorage | None | Unset = UNSET
    checkpoints: None | StorageSection | Unset = UNSET
    pending_writes: None | StorageSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        total_bytes = self.total_bytes

        channel_values: dict[str, Any] | None | Unset
        if isinstance(self.channel_values, Unset):
            channel_values = UNSET
        elif isinstance(self.channel_values, ChannelValuesStorage):
            channel_values = self.channel_values.to_dict()
        else:
            channel_values = self.channel_values

        checkpoints: dict[str, Any] | None | Unset
        if isinstance(self.checkpoints, Unset):
            checkpoints = UNSET
        elif isinstance(self.checkpoints, StorageSection):
            checkpoints = self.checkpoints.to_dict()
        else:
            checkpoints = self.checkpoints

        pending_writes: dict[str, Any] | None | Unset
        if isinstance(self.pending_writes, Unset):
            pending_writes = UNSET
        elif isinstance(self.pending_writes, StorageSection):
            pending_writes = self.pending_writes.to_dict()
        else:
            pending_writes = self.pending_writes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread_id": thread_id,
                "total_bytes": total_bytes,
            }
        )
        if channel_values is not UNSET:
            field_dict["channel_values"] = channel_values
        if checkpoints is not UNSET:
            field_dict["checkpoints"] = checkpoints
        if pending_writes is not UNSET:
            field_dict["pending_writes"] = pending_writes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_id = d.pop("thread_id")

        total_bytes = d.pop("total_bytes")

        def _parse_channel_values(data: object) -> ChannelValuesStorage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            channel_values_type_0 = ChannelValuesStorage.from_dict(data)

            return channel_values_type_0

        channel_values = _parse_channel_values(d.pop("channel_values", UNSET))

        def _parse_checkpoints(data: object) -> None | StorageSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            checkpoints_type_0 = StorageSection.from_dict(data)

            return checkpoints_type_0

        checkpoints = _parse_checkpoints(d.pop("checkpoints", UNSET))

        def _parse_pending_writes(data: object) -> None | StorageSection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            pending_writes_type_0 = StorageSection.from_dict(data)

            return pending_writes_type_0

        pending_writes = _parse_pending_writes(d.pop("pending_writes", UNSET))

        thread_storage = cls(
            thread_id=thread_id,
            total_bytes=total_bytes,
            channel_values=channel_values,
            checkpoints=checkpoints,
            pending_writes=pending_writes,
        )

        thread_storage.additional_properties = d
        return thread_storage

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
