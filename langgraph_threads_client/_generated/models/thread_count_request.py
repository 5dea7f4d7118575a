from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata import Metadata
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadCountRequest")


@_attrs_define
class ThreadCountRequest:
    metadata: Metadata | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    status: ThreadStatus | Unset = UNSET
    """ The known thread statuses. Fields typed with it also accept any string, because servers add statuses. """
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus(_status)

        values = d.pop("values", UNSET)

        thread_count_request = cls(
            metadata=metadata,
            status=status,
            values=values,
        )

        thread_count_request.additional_properties = d
        return thread_count_request

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
