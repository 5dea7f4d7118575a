from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.superstep_update_command import SuperstepUpdateCommand
from ..types import UNSET, Unset

T = TypeVar("T", bound="SuperstepUpdate")


@_attrs_define
class SuperstepUpdate:
    as_node: str
    command: SuperstepUpdateCommand | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_node = self.as_node

        command: dict[str, Any] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command.to_dict()

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
        d = dict(src_dict)
        as_node = d.pop("as_node")

        _command = d.pop("command", UNSET)
        command: SuperstepUpdateCommand | Unset
        if isinstance(_command, Unset):
            command = UNSET
        else:
            command = SuperstepUpdateCommand.from_dict(_command)

        values = d.pop("values", UNSET)

        superstep_update = cls(
            as_node=as_node,
            command=command,
            values=values,
        )

        superstep_update.additional_properties = d
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
