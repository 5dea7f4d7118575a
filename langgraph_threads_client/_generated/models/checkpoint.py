from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Checkpoint")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "checkpoint_id",
        "thread_id",
        "checkpoint_map",
        "checkpoint_ns",
    }
)


@_attrs_define
class Checkpoint:
    """A checkpoint as the server reports it. `checkpoint_ns` is absent on a state fetched by
    checkpoint id. Aegra reports the state of a thread that never ran with a checkpoint
    whose `checkpoint_id` is null.

    """

    checkpoint_id: None | str
    thread_id: str
    checkpoint_map: dict[str, Any] | None | Unset = UNSET
    checkpoint_ns: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_id: None | str
        checkpoint_id = self.checkpoint_id

        thread_id = self.thread_id

        checkpoint_map: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint_map, Unset):
            checkpoint_map = UNSET
        elif isinstance(self.checkpoint_map, dict):
            checkpoint_map = self.checkpoint_map

        else:
            checkpoint_map = self.checkpoint_map

        checkpoint_ns: None | str | Unset
        if isinstance(self.checkpoint_ns, Unset):
            checkpoint_ns = UNSET
        else:
            checkpoint_ns = self.checkpoint_ns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint_id": checkpoint_id,
                "thread_id": thread_id,
            }
        )
        if checkpoint_map is not UNSET:
            field_dict["checkpoint_map"] = checkpoint_map
        if checkpoint_ns is not UNSET:
            field_dict["checkpoint_ns"] = checkpoint_ns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _checkpoint_id = src_dict["checkpoint_id"]
        checkpoint_id: None | str
        if _checkpoint_id is None:
            checkpoint_id = _checkpoint_id
        else:
            if not isinstance(_checkpoint_id, str):
                raise TypeError()
            checkpoint_id = _checkpoint_id

        thread_id = src_dict["thread_id"]

        _checkpoint_map = src_dict.get("checkpoint_map", UNSET)
        checkpoint_map: dict[str, Any] | None | Unset
        if _checkpoint_map is None or isinstance(_checkpoint_map, Unset):
            checkpoint_map = _checkpoint_map
        else:
            _checkpoint_map_type_0 = _checkpoint_map
            checkpoint_map_type_0: dict[str, Any]
            if not isinstance(_checkpoint_map_type_0, dict):
                raise TypeError()
            checkpoint_map_type_0 = _checkpoint_map_type_0

            checkpoint_map = checkpoint_map_type_0

        _checkpoint_ns = src_dict.get("checkpoint_ns", UNSET)
        checkpoint_ns: None | str | Unset
        if _checkpoint_ns is None or isinstance(_checkpoint_ns, Unset):
            checkpoint_ns = _checkpoint_ns
        else:
            if not isinstance(_checkpoint_ns, str):
                raise TypeError()
            checkpoint_ns = _checkpoint_ns

        checkpoint = cls.__new__(cls)
        checkpoint.checkpoint_id = checkpoint_id
        checkpoint.thread_id = thread_id
        checkpoint.checkpoint_map = checkpoint_map
        checkpoint.checkpoint_ns = checkpoint_ns
        checkpoint.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return checkpoint

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
