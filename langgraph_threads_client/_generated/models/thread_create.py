from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.if_exists import IfExists
from ..models.superstep import Superstep
from ..models.ttl_request import TtlRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadCreate")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "if_exists",
        "metadata",
        "supersteps",
        "thread_id",
        "ttl",
    }
)


@_attrs_define
class ThreadCreate:
    """Departure from upstream: no `format: uuid` on `thread_id` (the server validates it) and
    no defaults, so that a client sends only what its caller set (server default of
    `if_exists` is `raise`).

    """

    if_exists: IfExists | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    supersteps: list[Superstep] | Unset = UNSET
    thread_id: str | Unset = UNSET
    ttl: TtlRequest | Unset = UNSET
    """ A time-to-live for a thread. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = self.if_exists.value

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        supersteps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supersteps, Unset):
            supersteps = []
            for supersteps_item_data in self.supersteps:
                supersteps_item = supersteps_item_data.to_dict()
                supersteps.append(supersteps_item)

        thread_id = self.thread_id

        ttl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if if_exists is not UNSET:
            field_dict["if_exists"] = if_exists
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if supersteps is not UNSET:
            field_dict["supersteps"] = supersteps
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _if_exists = src_dict.get("if_exists", UNSET)
        if_exists: IfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = IfExists.by_value[_if_exists]

        _metadata = src_dict.get("metadata", UNSET)
        metadata: dict[str, Any] | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata = _metadata

        _supersteps = src_dict.get("supersteps", UNSET)
        supersteps: list[Superstep] | Unset
        if isinstance(_supersteps, Unset):
            supersteps = UNSET
        else:
            if not isinstance(_supersteps, list):
                raise TypeError()
            if _supersteps:
                supersteps = []
                for supersteps_item_data in _supersteps:
                    supersteps_item = Superstep.from_dict(supersteps_item_data)

                    supersteps.append(supersteps_item)
            else:
                supersteps = _supersteps

        thread_id = src_dict.get("thread_id", UNSET)

        _ttl = src_dict.get("ttl", UNSET)
        ttl: TtlRequest | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = TtlRequest.from_dict(_ttl)

        thread_create = cls.__new__(cls)
        thread_create.if_exists = if_exists
        thread_create.metadata = metadata
        thread_create.supersteps = supersteps
        thread_create.thread_id = thread_id
        thread_create.ttl = ttl
        thread_create.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_create

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
