from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadCountRequest")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "metadata",
        "status",
        "values",
    }
)


@_attrs_define
class ThreadCountRequest:
    metadata: dict[str, Any] | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    status: ThreadStatus | Unset = UNSET
    """ The known thread statuses. Fields typed with it also accept any string, because servers add statuses. """
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

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
        _metadata = src_dict.get("metadata", UNSET)
        metadata: dict[str, Any] | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata = _metadata

        _status = src_dict.get("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus.by_value[_status]

        values = src_dict.get("values", UNSET)

        thread_count_request = cls.__new__(cls)
        thread_count_request.metadata = metadata
        thread_count_request.status = status
        thread_count_request.values = values
        thread_count_request.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
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
