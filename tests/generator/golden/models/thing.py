from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kind import Kind
from ..models.metadata import Metadata
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thing")


@_attrs_define
class Thing:
    created_at: datetime.datetime
    kind: Kind | str
    metadata: Metadata
    """ Free-form (gets the mapping methods). """
    thing_id: str
    note: None | str | Unset = UNSET
    parent: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        kind: str
        if isinstance(self.kind, Kind):
            kind = self.kind.value
        else:
            kind = self.kind

        metadata = self.metadata.to_dict()

        thing_id = self.thing_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Metadata):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_kind(data: object) -> Kind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_kind_type_0 = Kind(data)

                return componentsschemas_open_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Kind | str, data)

        kind = _parse_kind(d.pop("kind"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        thing_id = d.pop("thing_id")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_parent(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            parent_type_0 = Metadata.from_dict(data)

            return parent_type_0

        parent = _parse_parent(d.pop("parent", UNSET))

        thing = cls(
            created_at=created_at,
            kind=kind,
            metadata=metadata,
            thing_id=thing_id,
            note=note,
            parent=parent,
        )

        thing.additional_properties = d
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
