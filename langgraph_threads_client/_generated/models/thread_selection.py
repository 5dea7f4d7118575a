from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config import Config
    from ..models.metadata import Metadata
    from ..models.thread_interrupts import ThreadInterrupts
    from ..models.thread_selection_extracted import ThreadSelectionExtracted


T = TypeVar("T", bound="ThreadSelection")


@_attrs_define
class ThreadSelection:
    """A search result with `select`: only the selected fields are present."""

    config: Config | Unset = UNSET
    """ Free-form run configuration (usually holds `configurable`). """
    created_at: datetime.datetime | Unset = UNSET
    extracted: ThreadSelectionExtracted | Unset = UNSET
    interrupts: ThreadInterrupts | Unset = UNSET
    """ Pending interrupts by task id. """
    metadata: Metadata | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    state_updated_at: datetime.datetime | Unset = UNSET
    status: str | ThreadStatus | Unset = UNSET
    """ A thread status; unknown statuses are kept as plain strings. """
    thread_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        extracted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extracted, Unset):
            extracted = self.extracted.to_dict()

        interrupts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = self.interrupts.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        state_updated_at: str | Unset = UNSET
        if not isinstance(self.state_updated_at, Unset):
            state_updated_at = self.state_updated_at.isoformat()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ThreadStatus):
            status = self.status.value
        else:
            status = self.status

        thread_id = self.thread_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        from ..models.config import Config  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.thread_interrupts import ThreadInterrupts  # noqa: PLC0415
        from ..models.thread_selection_extracted import ThreadSelectionExtracted  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: Config | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = Config.from_dict(_config)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _extracted = d.pop("extracted", UNSET)
        extracted: ThreadSelectionExtracted | Unset
        if isinstance(_extracted, Unset):
            extracted = UNSET
        else:
            extracted = ThreadSelectionExtracted.from_dict(_extracted)

        _interrupts = d.pop("interrupts", UNSET)
        interrupts: ThreadInterrupts | Unset
        if isinstance(_interrupts, Unset):
            interrupts = UNSET
        else:
            interrupts = ThreadInterrupts.from_dict(_interrupts)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _state_updated_at = d.pop("state_updated_at", UNSET)
        state_updated_at: datetime.datetime | Unset
        if isinstance(_state_updated_at, Unset):
            state_updated_at = UNSET
        else:
            state_updated_at = datetime.datetime.fromisoformat(_state_updated_at)

        def _parse_status(data: object) -> str | ThreadStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_thread_status_type_0 = ThreadStatus(data)

                return componentsschemas_open_thread_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ThreadStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        thread_id = d.pop("thread_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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
