from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadTtlInfo")


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
        d = dict(src_dict)

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            expires_at_type_0 = datetime.datetime.fromisoformat(data)

            return expires_at_type_0

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strategy = _parse_strategy(d.pop("strategy", UNSET))

        def _parse_ttl_minutes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ttl_minutes = _parse_ttl_minutes(d.pop("ttl_minutes", UNSET))

        thread_ttl_info = cls(
            expires_at=expires_at,
            strategy=strategy,
            ttl_minutes=ttl_minutes,
        )

        thread_ttl_info.additional_properties = d
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
