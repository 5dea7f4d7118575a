from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadPruneResponse")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "pruned_count",
    }
)


@_attrs_define
class ThreadPruneResponse:
    """langgraph-api answers `{"pruned_count": n}`; Aegra `{"deleted": n, "pruned": n}` (kept as
    extra fields), so `pruned_count` is optional.

    """

    pruned_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pruned_count = self.pruned_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pruned_count is not UNSET:
            field_dict["pruned_count"] = pruned_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        pruned_count = src_dict.get("pruned_count", UNSET)

        thread_prune_response = cls.__new__(cls)
        thread_prune_response.pruned_count = pruned_count
        thread_prune_response.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_prune_response

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
