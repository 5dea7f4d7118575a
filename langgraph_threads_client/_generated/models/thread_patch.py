from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ttl_request import TtlRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadPatch")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "metadata",
        "ttl",
    }
)


@_attrs_define
class ThreadPatch:
    metadata: dict[str, Any] | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    ttl: TtlRequest | Unset = UNSET
    """ A time-to-live for a thread. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

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

        _ttl = src_dict.get("ttl", UNSET)
        ttl: TtlRequest | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = TtlRequest.from_dict(_ttl)

        thread_patch = cls.__new__(cls)
        thread_patch.metadata = metadata
        thread_patch.ttl = ttl
        thread_patch.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_patch

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
