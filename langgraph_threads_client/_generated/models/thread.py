from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.config import Config
from ..models.json_object import JsonObject
from ..models.metadata import Metadata
from ..models.thread_error import ThreadError
from ..models.thread_interrupts import ThreadInterrupts
from ..models.thread_status import ThreadStatus
from ..models.thread_ttl_info import ThreadTtlInfo
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """A thread. Departures from upstream: `values` is null for a thread that never had
    state and absent on a copy; `interrupts` is absent on never-run and copied threads;
    `error` appears after the first state write; `status` is open.

    """

    config: Config
    """ Free-form run configuration (usually holds `configurable`). """
    created_at: datetime.datetime
    metadata: Metadata
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    state_updated_at: datetime.datetime
    status: str | ThreadStatus
    """ A thread status; unknown statuses are kept as plain strings. """
    thread_id: str
    updated_at: datetime.datetime
    error: None | ThreadError | Unset = UNSET
    extracted: JsonObject | None | Unset = UNSET
    """ Values extracted by a search's `extract` paths, by alias. """
    interrupts: None | ThreadInterrupts | Unset = UNSET
    ttl: None | ThreadTtlInfo | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        metadata = self.metadata.to_dict()

        state_updated_at = self.state_updated_at.isoformat()

        status: str
        if isinstance(self.status, ThreadStatus):
            status = self.status.value
        else:
            status = self.status

        thread_id = self.thread_id

        updated_at = self.updated_at.isoformat()

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ThreadError):
            error = self.error.to_dict()
        else:
            error = self.error

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

        ttl: dict[str, Any] | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, ThreadTtlInfo):
            ttl = self.ttl.to_dict()
        else:
            ttl = self.ttl

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "created_at": created_at,
                "metadata": metadata,
                "state_updated_at": state_updated_at,
                "status": status,
                "thread_id": thread_id,
                "updated_at": updated_at,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if extracted is not UNSET:
            field_dict["extracted"] = extracted
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = Config.from_dict(d.pop("config"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        state_updated_at = datetime.datetime.fromisoformat(d.pop("state_updated_at"))

        def _parse_status(data: object) -> str | ThreadStatus:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_thread_status_type_0 = ThreadStatus(data)

                return componentsschemas_open_thread_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ThreadStatus, data)

        status = _parse_status(d.pop("status"))

        thread_id = d.pop("thread_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_error(data: object) -> None | ThreadError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            error_type_0 = ThreadError.from_dict(data)

            return error_type_0

        error = _parse_error(d.pop("error", UNSET))

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

        def _parse_ttl(data: object) -> None | ThreadTtlInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ttl_type_0 = ThreadTtlInfo.from_dict(data)

            return ttl_type_0

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        values = d.pop("values", UNSET)

        thread = cls(
            config=config,
            created_at=created_at,
            metadata=metadata,
            state_updated_at=state_updated_at,
            status=status,
            thread_id=thread_id,
            updated_at=updated_at,
            error=error,
            extracted=extracted,
            interrupts=interrupts,
            ttl=ttl,
            values=values,
        )

        thread.additional_properties = d
        return thread

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
