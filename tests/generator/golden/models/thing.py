from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kind import Kind
from ..models.part import Part
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thing")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "created_at",
        "kind",
        "metadata",
        "thing_id",
        "note",
        "parent",
        "parts",
    }
)


@_attrs_define
class Thing:
    created_at: datetime.datetime
    kind: Kind | str
    metadata: dict[str, Any]
    """ Free-form (a plain dict[str, Any], no model class). """
    thing_id: str
    note: None | str | Unset = UNSET
    parent: dict[str, Any] | None | Unset = UNSET
    parts: dict[str, Part] | Unset = UNSET
    """ A typed map (dict[str, Part]). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        kind: str
        if isinstance(self.kind, Kind):
            kind = self.kind.value
        else:
            kind = self.kind

        metadata: dict[str, Any]
        metadata = self.metadata

        thing_id = self.thing_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, dict):
            parent = self.parent

        else:
            parent = self.parent

        parts: dict[str, Any] | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        else:
            parts = {}
            for (
                parts_key,
                componentsschemas_parts_by_name_value_value,
            ) in self.parts.items():
                componentsschemas_parts_by_name_value_json = (
                    componentsschemas_parts_by_name_value_value.to_dict()
                )
                parts[parts_key] = componentsschemas_parts_by_name_value_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "kind": kind,
                "metadata": metadata,
                "thing_id": thing_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if parent is not UNSET:
            field_dict["parent"] = parent
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        _kind = src_dict["kind"]
        kind: Kind | str
        try:
            if not isinstance(_kind, str):
                raise TypeError()
            componentsschemas_open_kind_type_0 = Kind.by_value[_kind]

            kind = componentsschemas_open_kind_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_kind, str):
                raise TypeError()
            kind = _kind

        _metadata = src_dict["metadata"]
        metadata: dict[str, Any]
        if not isinstance(_metadata, dict):
            raise TypeError()
        metadata = _metadata

        thing_id = src_dict["thing_id"]

        _note = src_dict.get("note", UNSET)
        note: None | str | Unset
        if _note is None or isinstance(_note, Unset):
            note = _note
        else:
            if not isinstance(_note, str):
                raise TypeError()
            note = _note

        _parent = src_dict.get("parent", UNSET)
        parent: dict[str, Any] | None | Unset
        if _parent is None or isinstance(_parent, Unset):
            parent = _parent
        else:
            _parent_type_0 = _parent
            parent_type_0: dict[str, Any]
            if not isinstance(_parent_type_0, dict):
                raise TypeError()
            parent_type_0 = _parent_type_0

            parent = parent_type_0

        _parts = src_dict.get("parts", UNSET)
        parts: dict[str, Part] | Unset
        if isinstance(_parts, Unset):
            parts = UNSET
        else:
            if not isinstance(_parts, dict):
                raise TypeError()
            if _parts:
                parts = {}
                for (
                    parts_key,
                    componentsschemas_parts_by_name_value_data,
                ) in _parts.items():
                    componentsschemas_parts_by_name_value = Part.from_dict(
                        componentsschemas_parts_by_name_value_data
                    )

                    parts[parts_key] = componentsschemas_parts_by_name_value
            else:
                parts = _parts

        thing = cls.__new__(cls)
        thing.created_at = created_at
        thing.kind = kind
        thing.metadata = metadata
        thing.thing_id = thing_id
        thing.note = note
        thing.parent = parent
        thing.parts = parts
        thing.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thing

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
