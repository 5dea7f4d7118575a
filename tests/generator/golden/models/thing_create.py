from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kind import Kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThingCreate")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "kind",
        "metadata",
    }
)


@_attrs_define
class ThingCreate:
    kind: Kind | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    """ Free-form (a plain dict[str, Any], no model class). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _kind = src_dict.get("kind", UNSET)
        kind: Kind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = Kind.by_value[_kind]

        _metadata = src_dict.get("metadata", UNSET)
        metadata: dict[str, Any] | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata = _metadata

        thing_create = cls.__new__(cls)
        thing_create.kind = kind
        thing_create.metadata = metadata
        thing_create.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thing_create

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
