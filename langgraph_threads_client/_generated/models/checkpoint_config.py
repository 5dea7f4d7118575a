from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckpointConfig")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "checkpoint_id",
        "checkpoint_map",
        "checkpoint_ns",
        "thread_id",
    }
)


@_attrs_define
class CheckpointConfig:
    """A checkpoint as a request names it; every field is optional."""

    checkpoint_id: str | Unset = UNSET
    checkpoint_map: dict[str, Any] | Unset = UNSET
    checkpoint_ns: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_id = self.checkpoint_id

        checkpoint_map: dict[str, Any] | Unset
        if isinstance(self.checkpoint_map, Unset):
            checkpoint_map = UNSET
        else:
            checkpoint_map = self.checkpoint_map

        checkpoint_ns = self.checkpoint_ns

        thread_id = self.thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if checkpoint_map is not UNSET:
            field_dict["checkpoint_map"] = checkpoint_map
        if checkpoint_ns is not UNSET:
            field_dict["checkpoint_ns"] = checkpoint_ns
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        checkpoint_id = src_dict.get("checkpoint_id", UNSET)

        _checkpoint_map = src_dict.get("checkpoint_map", UNSET)
        checkpoint_map: dict[str, Any] | Unset
        if isinstance(_checkpoint_map, Unset):
            checkpoint_map = UNSET
        else:
            if not isinstance(_checkpoint_map, dict):
                raise TypeError()
            checkpoint_map = _checkpoint_map

        checkpoint_ns = src_dict.get("checkpoint_ns", UNSET)

        thread_id = src_dict.get("thread_id", UNSET)

        checkpoint_config = cls.__new__(cls)
        checkpoint_config.checkpoint_id = checkpoint_id
        checkpoint_config.checkpoint_map = checkpoint_map
        checkpoint_config.checkpoint_ns = checkpoint_ns
        checkpoint_config.thread_id = thread_id
        checkpoint_config.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return checkpoint_config

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
