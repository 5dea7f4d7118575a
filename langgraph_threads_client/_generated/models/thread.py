from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interrupt import Interrupt
from ..models.thread_error import ThreadError
from ..models.thread_status import ThreadStatus
from ..models.thread_ttl_info import ThreadTtlInfo
from ..types import UNSET, Unset

T = TypeVar("T", bound="Thread")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "created_at",
        "metadata",
        "status",
        "thread_id",
        "updated_at",
        "config",
        "error",
        "extracted",
        "interrupts",
        "state_updated_at",
        "ttl",
        "values",
    }
)


@_attrs_define
class Thread:
    """A thread. Departures from upstream: `values` is null for a thread that never had
    state and absent on a copy; `interrupts` is absent on never-run and copied threads;
    `error` appears after the first state write; `status` is open. `state_updated_at`
    first appears in langgraph-api 0.8.7; Aegra sends neither it, `config` nor `values`
    (and adds `user_id`, kept as an extra field).

    """

    created_at: datetime.datetime
    metadata: dict[str, Any]
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    status: str | ThreadStatus
    """ A thread status; unknown statuses are kept as plain strings. """
    thread_id: str
    updated_at: datetime.datetime
    config: dict[str, Any] | None | Unset = UNSET
    error: None | ThreadError | Unset = UNSET
    extracted: dict[str, Any] | None | Unset = UNSET
    """ Values extracted by a search's `extract` paths, by alias. """
    interrupts: dict[str, list[Interrupt]] | None | Unset = UNSET
    state_updated_at: datetime.datetime | None | Unset = UNSET
    ttl: None | ThreadTtlInfo | Unset = UNSET
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        metadata: dict[str, Any]
        metadata = self.metadata

        status: str
        if isinstance(self.status, ThreadStatus):
            status = self.status.value
        else:
            status = self.status

        thread_id = self.thread_id

        updated_at = self.updated_at.isoformat()

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, dict):
            config = self.config

        else:
            config = self.config

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

        state_updated_at: None | str | Unset
        if isinstance(self.state_updated_at, Unset):
            state_updated_at = UNSET
        elif isinstance(self.state_updated_at, datetime.datetime):
            state_updated_at = self.state_updated_at.isoformat()
        else:
            state_updated_at = self.state_updated_at

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
                "created_at": created_at,
                "metadata": metadata,
                "status": status,
                "thread_id": thread_id,
                "updated_at": updated_at,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if error is not UNSET:
            field_dict["error"] = error
        if extracted is not UNSET:
            field_dict["extracted"] = extracted
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if state_updated_at is not UNSET:
            field_dict["state_updated_at"] = state_updated_at
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        _metadata = src_dict["metadata"]
        metadata: dict[str, Any]
        if not isinstance(_metadata, dict):
            raise TypeError()
        metadata = _metadata

        _status = src_dict["status"]
        status: str | ThreadStatus
        try:
            if not isinstance(_status, str):
                raise TypeError()
            componentsschemas_open_thread_status_type_0 = ThreadStatus.by_value[_status]

            status = componentsschemas_open_thread_status_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_status, str):
                raise TypeError()
            status = _status

        thread_id = src_dict["thread_id"]

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

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

        _error = src_dict.get("error", UNSET)
        error: None | ThreadError | Unset
        if _error is None or isinstance(_error, Unset):
            error = _error
        else:
            if not isinstance(_error, dict):
                raise TypeError()
            error_type_0 = ThreadError.from_dict(_error)

            error = error_type_0

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

        _state_updated_at = src_dict.get("state_updated_at", UNSET)
        state_updated_at: datetime.datetime | None | Unset
        if _state_updated_at is None or isinstance(_state_updated_at, Unset):
            state_updated_at = _state_updated_at
        else:
            if not isinstance(_state_updated_at, str):
                raise TypeError()
            state_updated_at_type_0 = datetime.datetime.fromisoformat(_state_updated_at)

            state_updated_at = state_updated_at_type_0

        _ttl = src_dict.get("ttl", UNSET)
        ttl: None | ThreadTtlInfo | Unset
        if _ttl is None or isinstance(_ttl, Unset):
            ttl = _ttl
        else:
            if not isinstance(_ttl, dict):
                raise TypeError()
            ttl_type_0 = ThreadTtlInfo.from_dict(_ttl)

            ttl = ttl_type_0

        values = src_dict.get("values", UNSET)

        thread = cls.__new__(cls)
        thread.created_at = created_at
        thread.metadata = metadata
        thread.status = status
        thread.thread_id = thread_id
        thread.updated_at = updated_at
        thread.config = config
        thread.error = error
        thread.extracted = extracted
        thread.interrupts = interrupts
        thread.state_updated_at = state_updated_at
        thread.ttl = ttl
        thread.values = values
        thread.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
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
