from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadTtlInfo")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "expires_at",
        "strategy",
        "ttl_minutes",
    }
)


@_attrs_define
class ThreadTtlInfo:
    """TTL of a thread; only with `include=ttl`, and never on the in-memory runtime."""

    expires_at: datetime.datetime | None | Unset = UNSET
    strategy: None | str | Unset = UNSET
    ttl_minutes: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        strategy: None | str | Unset
        if isinstance(self.strategy, Unset):
            strategy = UNSET
        else:
            strategy = self.strategy

        ttl_minutes: float | None | Unset
        if isinstance(self.ttl_minutes, Unset):
            ttl_minutes = UNSET
        else:
            ttl_minutes = self.ttl_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if ttl_minutes is not UNSET:
            field_dict["ttl_minutes"] = ttl_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _expires_at = src_dict.get("expires_at", UNSET)
        expires_at: datetime.datetime | None | Unset
        if _expires_at is None or isinstance(_expires_at, Unset):
            expires_at = _expires_at
        else:
            if not isinstance(_expires_at, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at)

            expires_at = expires_at_type_0

        _strategy = src_dict.get("strategy", UNSET)
        strategy: None | str | Unset
        if _strategy is None or isinstance(_strategy, Unset):
            strategy = _strategy
        else:
            if not isinstance(_strategy, str):
                raise TypeError()
            strategy = _strategy

        _ttl_minutes = src_dict.get("ttl_minutes", UNSET)
        ttl_minutes: float | None | Unset
        if _ttl_minutes is None or isinstance(_ttl_minutes, Unset):
            ttl_minutes = _ttl_minutes
        else:
            if not isinstance(_ttl_minutes, float | int):
                raise TypeError()
            ttl_minutes = _ttl_minutes

        thread_ttl_info = cls.__new__(cls)
        thread_ttl_info.expires_at = expires_at
        thread_ttl_info.strategy = strategy
        thread_ttl_info.ttl_minutes = ttl_minutes
        thread_ttl_info.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_ttl_info

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
