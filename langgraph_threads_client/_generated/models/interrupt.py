from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Interrupt")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "value",
        "id",
        "response_schema",
    }
)


@_attrs_define
class Interrupt:
    value: Any
    """ Any JSON value (graph state, interrupt values, task results). """
    id: None | str | Unset = UNSET
    response_schema: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        response_schema: dict[str, Any] | None | Unset
        if isinstance(self.response_schema, Unset):
            response_schema = UNSET
        elif isinstance(self.response_schema, dict):
            response_schema = self.response_schema

        else:
            response_schema = self.response_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if response_schema is not UNSET:
            field_dict["response_schema"] = response_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]

        _id = src_dict.get("id", UNSET)
        id: None | str | Unset
        if _id is None or isinstance(_id, Unset):
            id = _id
        else:
            if not isinstance(_id, str):
                raise TypeError()
            id = _id

        _response_schema = src_dict.get("response_schema", UNSET)
        response_schema: dict[str, Any] | None | Unset
        if _response_schema is None or isinstance(_response_schema, Unset):
            response_schema = _response_schema
        else:
            _response_schema_type_0 = _response_schema
            response_schema_type_0: dict[str, Any]
            if not isinstance(_response_schema_type_0, dict):
                raise TypeError()
            response_schema_type_0 = _response_schema_type_0

            response_schema = response_schema_type_0

        interrupt = cls.__new__(cls)
        interrupt.value = value
        interrupt.id = id
        interrupt.response_schema = response_schema
        interrupt.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return interrupt

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
