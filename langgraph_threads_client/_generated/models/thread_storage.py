from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel_values_storage import ChannelValuesStorage
    from ..models.storage_section import StorageSection


T = TypeVar("T", bound="ThreadStorage")


@_attrs_define
class ThreadStorage:
    thread_id: str
    total_bytes: int
    channel_values: ChannelValuesStorage | Unset = UNSET
    checkpoints: StorageSection | Unset = UNSET
    pending_writes: StorageSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        total_bytes = self.total_bytes

        channel_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel_values, Unset):
            channel_values = self.channel_values.to_dict()

        checkpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoints, Unset):
            checkpoints = self.checkpoints.to_dict()

        pending_writes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_writes, Unset):
            pending_writes = self.pending_writes.to_dict()

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
        from ..models.channel_values_storage import ChannelValuesStorage  # noqa: PLC0415
        from ..models.storage_section import StorageSection  # noqa: PLC0415

        d = dict(src_dict)
        thread_id = d.pop("thread_id")

        total_bytes = d.pop("total_bytes")

        _channel_values = d.pop("channel_values", UNSET)
        channel_values: ChannelValuesStorage | Unset
        if isinstance(_channel_values, Unset):
            channel_values = UNSET
        else:
            channel_values = ChannelValuesStorage.from_dict(_channel_values)

        _checkpoints = d.pop("checkpoints", UNSET)
        checkpoints: StorageSection | Unset
        if isinstance(_checkpoints, Unset):
            checkpoints = UNSET
        else:
            checkpoints = StorageSection.from_dict(_checkpoints)

        _pending_writes = d.pop("pending_writes", UNSET)
        pending_writes: StorageSection | Unset
        if isinstance(_pending_writes, Unset):
            pending_writes = UNSET
        else:
            pending_writes = StorageSection.from_dict(_pending_writes)

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
