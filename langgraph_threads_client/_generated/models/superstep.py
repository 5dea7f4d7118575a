from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.superstep_update import SuperstepUpdate

T = TypeVar("T", bound="Superstep")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "updates",
    }
)


@_attrs_define
class Superstep:
    updates: list[SuperstepUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updates = []
        for updates_item_data in self.updates:
            updates_item = updates_item_data.to_dict()
            updates.append(updates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _updates = src_dict["updates"]
        updates: list[SuperstepUpdate]
        if not isinstance(_updates, list):
            raise TypeError()
        if _updates:
            updates = []
            for updates_item_data in _updates:
                updates_item = SuperstepUpdate.from_dict(updates_item_data)

                updates.append(updates_item)
        else:
            updates = _updates

        superstep = cls.__new__(cls)
        superstep.updates = updates
        superstep.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return superstep

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
