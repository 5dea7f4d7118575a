from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_config_checkpoint_map import CheckpointConfigCheckpointMap
from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckpointConfig")


@_attrs_define
class CheckpointConfig:
    """A checkpoint as a request names it; every field is optional."""

    checkpoint_id: str | Unset = UNSET
    checkpoint_map: CheckpointConfigCheckpointMap | Unset = UNSET
    checkpoint_ns: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_id = self.checkpoint_id

        checkpoint_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_map, Unset):
            checkpoint_map = self.checkpoint_map.to_dict()

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
        d = dict(src_dict)
        checkpoint_id = d.pop("checkpoint_id", UNSET)

        _checkpoint_map = d.pop("checkpoint_map", UNSET)
        checkpoint_map: CheckpointConfigCheckpointMap | Unset
        if isinstance(_checkpoint_map, Unset):
            checkpoint_map = UNSET
        else:
            checkpoint_map = CheckpointConfigCheckpointMap.from_dict(_checkpoint_map)

        checkpoint_ns = d.pop("checkpoint_ns", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        checkpoint_config = cls(
            checkpoint_id=checkpoint_id,
            checkpoint_map=checkpoint_map,
            checkpoint_ns=checkpoint_ns,
            thread_id=thread_id,
        )

        checkpoint_config.additional_properties = d
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
