from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config import Config
from ..models.json_object import JsonObject
from ..models.metadata import Metadata
from ..models.thread_interrupts import ThreadInterrupts
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadSelection")


@_attrs_define
class ThreadSelection:
    """A search result with `select`: only the selected fields are present."""

    config: Config | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    extracted: JsonObject | None | Unset = UNSET
    interrupts: None | ThreadInterrupts | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    state_updated_at: datetime.datetime | None | Unset = UNSET
    status: None | str | ThreadStatus | Unset = UNSET
    thread_id: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, Config):
            config = self.config.to_dict()
        else:
            config = self.config

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        extracted: dict[str, Any] | None | Unset
        if isinstance(self.extracted, Unset):
            extracted = UNSET
        elif isinstance(self.extracted, JsonObject):
            extracted = self.extracted.to_dict()
        else:
            extracted = self.extracted

        interrupts: dict[str, Any] | None | Unset
        if isinstance(self.interrupts, Unset):
            interrupts = UNSET
        elif isinstance(self.interrupts, ThreadInterrupts):
            interrupts = self.interrupts.to_dict()
        else:
            interrupts = self.interrupts

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        state_updated_at: None | str | Unset
        if isinstance(self.state_updated_at, Unset):
            state_updated_at = UNSET
        elif isinstance(self.state_updated_at, datetime.datetime):
            state_updated_at = self.state_updated_at.isoformat()
        else:
            state_updated_at = self.state_updated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ThreadStatus):
            status = self.status.value
        else:
            status = self.status

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if extracted is not UNSET:
            field_dict["extracted"] = extracted
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if state_updated_at is not UNSET:
            field_dict["state_updated_at"] = state_updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_config(data: object) -> Config | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_type_0 = Config.from_dict(data)

            return config_type_0

        config = _parse_config(d.pop("config", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_extracted(data: object) -> JsonObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            extracted_type_0 = JsonObject.from_dict(data)

            return extracted_type_0

        extracted = _parse_extracted(d.pop("extracted", UNSET))

        def _parse_interrupts(data: object) -> None | ThreadInterrupts | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            interrupts_type_0 = ThreadInterrupts.from_dict(data)

            return interrupts_type_0

        interrupts = _parse_interrupts(d.pop("interrupts", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_0 = Metadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_state_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            state_updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return state_updated_at_type_0

        state_updated_at = _parse_state_updated_at(d.pop("state_updated_at", UNSET))

        def _parse_status(data: object) -> None | str | ThreadStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_thread_status_type_0 = ThreadStatus(data)

                return componentsschemas_open_thread_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | ThreadStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_thread_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thread_id = _parse_thread_id(d.pop("thread_id", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(data)

            return updated_at_type_0

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        values = d.pop("values", UNSET)

        thread_selection = cls(
            config=config,
            created_at=created_at,
            extracted=extracted,
            interrupts=interrupts,
            metadata=metadata,
            state_updated_at=state_updated_at,
            status=status,
            thread_id=thread_id,
            updated_at=updated_at,
            values=values,
        )

        thread_selection.additional_properties = d
        return thread_selection

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
