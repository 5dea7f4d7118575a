from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interrupt import Interrupt
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadSelection")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "config",
        "created_at",
        "extracted",
        "interrupts",
        "metadata",
        "state_updated_at",
        "status",
        "thread_id",
        "updated_at",
        "values",
    }
)


@_attrs_define
class ThreadSelection:
    """A search result with `select`: only the selected fields are present."""

    config: dict[str, Any] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    extracted: dict[str, Any] | None | Unset = UNSET
    interrupts: dict[str, list[Interrupt]] | None | Unset = UNSET
    metadata: dict[str, Any] | None | Unset = UNSET
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
        elif isinstance(self.config, dict):
            config = self.config

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
        elif isinstance(self.extracted, dict):
            extracted = self.extracted

        else:
            extracted = self.extracted

        interrupts: dict[str, Any] | None | Unset
        if isinstance(self.interrupts, Unset):
            interrupts = UNSET
        elif isinstance(self.interrupts, dict):
            interrupts = {}
            for (
                interrupts_key,
                componentsschemas_thread_interrupts_value_value,
            ) in self.interrupts.items():
                componentsschemas_thread_interrupts_value_json = []
                for (
                    componentsschemas_thread_interrupts_value_item_data
                ) in componentsschemas_thread_interrupts_value_value:
                    componentsschemas_thread_interrupts_value_item = (
                        componentsschemas_thread_interrupts_value_item_data.to_dict()
                    )
                    componentsschemas_thread_interrupts_value_json.append(
                        componentsschemas_thread_interrupts_value_item
                    )

                interrupts[interrupts_key] = (
                    componentsschemas_thread_interrupts_value_json
                )

        else:
            interrupts = self.interrupts

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, dict):
            metadata = self.metadata

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
        _config = src_dict.get("config", UNSET)
        config: dict[str, Any] | None | Unset
        if _config is None or isinstance(_config, Unset):
            config = _config
        else:
            _config_type_0 = _config
            config_type_0: dict[str, Any]
            if not isinstance(_config_type_0, dict):
                raise TypeError()
            config_type_0 = _config_type_0

            config = config_type_0

        _created_at = src_dict.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at is None or isinstance(_created_at, Unset):
            created_at = _created_at
        else:
            if not isinstance(_created_at, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

            created_at = created_at_type_0

        _extracted = src_dict.get("extracted", UNSET)
        extracted: dict[str, Any] | None | Unset
        if _extracted is None or isinstance(_extracted, Unset):
            extracted = _extracted
        else:
            _extracted_type_0 = _extracted
            extracted_type_0: dict[str, Any]
            if not isinstance(_extracted_type_0, dict):
                raise TypeError()
            extracted_type_0 = _extracted_type_0

            extracted = extracted_type_0

        _interrupts = src_dict.get("interrupts", UNSET)
        interrupts: dict[str, list[Interrupt]] | None | Unset
        if _interrupts is None or isinstance(_interrupts, Unset):
            interrupts = _interrupts
        else:
            _interrupts_type_0 = _interrupts
            interrupts_type_0: dict[str, list[Interrupt]]
            if not isinstance(_interrupts_type_0, dict):
                raise TypeError()
            if _interrupts_type_0:
                interrupts_type_0 = {}
                for (
                    interrupts_type_0_key,
                    componentsschemas_thread_interrupts_value_data,
                ) in _interrupts_type_0.items():
                    _componentsschemas_thread_interrupts_value = (
                        componentsschemas_thread_interrupts_value_data
                    )
                    componentsschemas_thread_interrupts_value: list[Interrupt]
                    if not isinstance(_componentsschemas_thread_interrupts_value, list):
                        raise TypeError()
                    if _componentsschemas_thread_interrupts_value:
                        componentsschemas_thread_interrupts_value = []
                        for (
                            componentsschemas_thread_interrupts_value_item_data
                        ) in _componentsschemas_thread_interrupts_value:
                            componentsschemas_thread_interrupts_value_item = (
                                Interrupt.from_dict(
                                    componentsschemas_thread_interrupts_value_item_data
                                )
                            )

                            componentsschemas_thread_interrupts_value.append(
                                componentsschemas_thread_interrupts_value_item
                            )
                    else:
                        componentsschemas_thread_interrupts_value = (
                            _componentsschemas_thread_interrupts_value
                        )

                    interrupts_type_0[interrupts_type_0_key] = (
                        componentsschemas_thread_interrupts_value
                    )
            else:
                interrupts_type_0 = _interrupts_type_0

            interrupts = interrupts_type_0

        _metadata = src_dict.get("metadata", UNSET)
        metadata: dict[str, Any] | None | Unset
        if _metadata is None or isinstance(_metadata, Unset):
            metadata = _metadata
        else:
            _metadata_type_0 = _metadata
            metadata_type_0: dict[str, Any]
            if not isinstance(_metadata_type_0, dict):
                raise TypeError()
            metadata_type_0 = _metadata_type_0

            metadata = metadata_type_0

        _state_updated_at = src_dict.get("state_updated_at", UNSET)
        state_updated_at: datetime.datetime | None | Unset
        if _state_updated_at is None or isinstance(_state_updated_at, Unset):
            state_updated_at = _state_updated_at
        else:
            if not isinstance(_state_updated_at, str):
                raise TypeError()
            state_updated_at_type_0 = datetime.datetime.fromisoformat(_state_updated_at)

            state_updated_at = state_updated_at_type_0

        _status = src_dict.get("status", UNSET)
        status: None | str | ThreadStatus | Unset
        if _status is None or isinstance(_status, Unset):
            status = _status
        else:
            try:
                if not isinstance(_status, str):
                    raise TypeError()
                componentsschemas_open_thread_status_type_0 = ThreadStatus.by_value[
                    _status
                ]

                status = componentsschemas_open_thread_status_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_status, str):
                    raise TypeError()
                status = _status

        _thread_id = src_dict.get("thread_id", UNSET)
        thread_id: None | str | Unset
        if _thread_id is None or isinstance(_thread_id, Unset):
            thread_id = _thread_id
        else:
            if not isinstance(_thread_id, str):
                raise TypeError()
            thread_id = _thread_id

        _updated_at = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at is None or isinstance(_updated_at, Unset):
            updated_at = _updated_at
        else:
            if not isinstance(_updated_at, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

            updated_at = updated_at_type_0

        values = src_dict.get("values", UNSET)

        thread_selection = cls.__new__(cls)
        thread_selection.config = config
        thread_selection.created_at = created_at
        thread_selection.extracted = extracted
        thread_selection.interrupts = interrupts
        thread_selection.metadata = metadata
        thread_selection.state_updated_at = state_updated_at
        thread_selection.status = status
        thread_selection.thread_id = thread_id
        thread_selection.updated_at = updated_at
        thread_selection.values = values
        thread_selection.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
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
