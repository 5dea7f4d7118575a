from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint_config import CheckpointConfig
from ..models.history_before import HistoryBefore
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadHistoryRequest")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "before",
        "checkpoint",
        "limit",
        "metadata",
        "select",
    }
)


@_attrs_define
class ThreadHistoryRequest:
    """No defaults, so that only what the caller set is sent (server default limit 1)."""

    before: HistoryBefore | Unset = UNSET
    """ The form of `before` the server accepts on history, `{"configurable": {...}}`. """
    checkpoint: CheckpointConfig | Unset = UNSET
    """ A checkpoint as a request names it; every field is optional. """
    limit: int | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    select: list[str] | Unset = UNSET
    """ Fields of the state to return; accepted and ignored by langgraph-api 0.16.7 (in memory). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        before: dict[str, Any] | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.to_dict()

        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = self.checkpoint.to_dict()

        limit = self.limit

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = self.select

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if before is not UNSET:
            field_dict["before"] = before
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if limit is not UNSET:
            field_dict["limit"] = limit
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if select is not UNSET:
            field_dict["select"] = select

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _before = src_dict.get("before", UNSET)
        before: HistoryBefore | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = HistoryBefore.from_dict(_before)

        _checkpoint = src_dict.get("checkpoint", UNSET)
        checkpoint: CheckpointConfig | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = CheckpointConfig.from_dict(_checkpoint)

        limit = src_dict.get("limit", UNSET)

        _metadata = src_dict.get("metadata", UNSET)
        metadata: dict[str, Any] | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata = _metadata

        _select = src_dict.get("select", UNSET)
        select: list[str] | Unset
        if isinstance(_select, Unset):
            select = UNSET
        else:
            if not isinstance(_select, list):
                raise TypeError()
            select = _select

        thread_history_request = cls.__new__(cls)
        thread_history_request.before = before
        thread_history_request.checkpoint = checkpoint
        thread_history_request.limit = limit
        thread_history_request.metadata = metadata
        thread_history_request.select = select
        thread_history_request.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_history_request

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
