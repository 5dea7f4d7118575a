from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_object import JsonObject
from ..types import UNSET, Unset

T = TypeVar("T", bound="Checkpoint")


@_attrs_define
class Checkpoint:
    """A checkpoint as the server reports it. `checkpoint_ns` is absent on a state fetched by checkpoint id."""

    checkpoint_id: str
    thread_id: str
    checkpoint_map: JsonObject | None | Unset = UNSET
    checkpoint_ns: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_id = self.checkpoint_id

        thread_id = self.thread_id

        checkpoint_map: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint_map, Unset):
            checkpoint_map = UNSET
        elif isinstance(self.checkpoint_map, JsonObject):
            checkpoint_map = self.checkpoint_map.to_dict()
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
        d = dict(src_dict)
        checkpoint_id = d.pop("checkpoint_id")

        thread_id = d.pop("thread_id")

        def _parse_checkpoint_map(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            checkpoint_map_type_0 = JsonObject.from_dict(data)

            return checkpoint_map_type_0

        checkpoint_map = _parse_checkpoint_map(d.pop("checkpoint_map", UNSET))

        def _parse_checkpoint_ns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checkpoint_ns = _parse_checkpoint_ns(d.pop("checkpoint_ns", UNSET))

        checkpoint = cls(
            checkpoint_id=checkpoint_id,
            thread_id=thread_id,
            checkpoint_map=checkpoint_map,
            checkpoint_ns=checkpoint_ns,
        )

        checkpoint.additional_properties = d
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
