from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuperstepUpdate")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "as_node",
        "command",
        "values",
    }
)


@_attrs_define
class SuperstepUpdate:
    as_node: str
    command: dict[str, Any] | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_node = self.as_node

        command: dict[str, Any] | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_node": as_node,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        as_node = src_dict["as_node"]

        _command = src_dict.get("command", UNSET)
        command: dict[str, Any] | Unset
        if isinstance(_command, Unset):
            command = UNSET
        else:
            if not isinstance(_command, dict):
                raise TypeError()
            command = _command

        values = src_dict.get("values", UNSET)

        superstep_update = cls.__new__(cls)
        superstep_update.as_node = as_node
        superstep_update.command = command
        superstep_update.values = values
        superstep_update.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return superstep_update

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
