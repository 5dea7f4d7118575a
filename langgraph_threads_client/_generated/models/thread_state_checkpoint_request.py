from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_config import CheckpointConfig
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadStateCheckpointRequest")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "checkpoint",
        "select",
        "subgraphs",
    }
)


@_attrs_define
class ThreadStateCheckpointRequest:
    checkpoint: CheckpointConfig
    """ A checkpoint as a request names it; every field is optional. """
    select: list[str] | Unset = UNSET
    """ Fields of the state to return; accepted and ignored by langgraph-api 0.16.7 (in memory). """
    subgraphs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = self.select

        subgraphs = self.subgraphs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
            }
        )
        if select is not UNSET:
            field_dict["select"] = select
        if subgraphs is not UNSET:
            field_dict["subgraphs"] = subgraphs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        checkpoint = CheckpointConfig.from_dict(src_dict["checkpoint"])

        _select = src_dict.get("select", UNSET)
        select: list[str] | Unset
        if isinstance(_select, Unset):
            select = UNSET
        else:
            if not isinstance(_select, list):
                raise TypeError()
            select = _select

        subgraphs = src_dict.get("subgraphs", UNSET)

        thread_state_checkpoint_request = cls.__new__(cls)
        thread_state_checkpoint_request.checkpoint = checkpoint
        thread_state_checkpoint_request.select = select
        thread_state_checkpoint_request.subgraphs = subgraphs
        thread_state_checkpoint_request.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_state_checkpoint_request

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
