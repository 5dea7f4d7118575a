from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_values_storage import ChannelValuesStorage
from ..models.storage_section import StorageSection
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadStorage")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "thread_id",
        "total_bytes",
        "channel_values",
        "checkpoints",
        "pending_writes",
    }
)


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
        thread_id = src_dict["thread_id"]

        total_bytes = src_dict["total_bytes"]

        _channel_values = src_dict.get("channel_values", UNSET)
        channel_values: ChannelValuesStorage | None | Unset
        if _channel_values is None or isinstance(_channel_values, Unset):
            channel_values = _channel_values
        else:
            if not isinstance(_channel_values, dict):
                raise TypeError()
            channel_values_type_0 = ChannelValuesStorage.from_dict(_channel_values)

            channel_values = channel_values_type_0

        _checkpoints = src_dict.get("checkpoints", UNSET)
        checkpoints: None | StorageSection | Unset
        if _checkpoints is None or isinstance(_checkpoints, Unset):
            checkpoints = _checkpoints
        else:
            if not isinstance(_checkpoints, dict):
                raise TypeError()
            checkpoints_type_0 = StorageSection.from_dict(_checkpoints)

            checkpoints = checkpoints_type_0

        _pending_writes = src_dict.get("pending_writes", UNSET)
        pending_writes: None | StorageSection | Unset
        if _pending_writes is None or isinstance(_pending_writes, Unset):
            pending_writes = _pending_writes
        else:
            if not isinstance(_pending_writes, dict):
                raise TypeError()
            pending_writes_type_0 = StorageSection.from_dict(_pending_writes)

            pending_writes = pending_writes_type_0

        thread_storage = cls.__new__(cls)
        thread_storage.thread_id = thread_id
        thread_storage.total_bytes = total_bytes
        thread_storage.channel_values = channel_values
        thread_storage.checkpoints = checkpoints
        thread_storage.pending_writes = pending_writes
        thread_storage.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
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
