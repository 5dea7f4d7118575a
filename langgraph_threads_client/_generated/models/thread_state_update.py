from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_config import CheckpointConfig
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadStateUpdate")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "as_node",
        "checkpoint",
        "checkpoint_id",
        "values",
    }
)


@_attrs_define
class ThreadStateUpdate:
    as_node: str | Unset = UNSET
    checkpoint: CheckpointConfig | Unset = UNSET
    """ A checkpoint as a request names it; every field is optional. """
    checkpoint_id: str | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_node = self.as_node

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        checkpoint_id = self.checkpoint_id

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if as_node is not UNSET:
            field_dict["as_node"] = as_node
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        as_node = src_dict.get("as_node", UNSET)

        _checkpoint = src_dict.get("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        checkpoint_id = src_dict.get("checkpoint_id", UNSET)

        values = src_dict.get("values", UNSET)

        thread_state_update = cls.__new__(cls)
        thread_state_update.as_node = as_node
        thread_state_update.checkpoint = checkpoint
        thread_state_update.checkpoint_id = checkpoint_id
        thread_state_update.values = values
        thread_state_update.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_state_update

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
