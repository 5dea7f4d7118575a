from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ttl_strategy import TtlStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="TtlRequest")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "ttl",
        "strategy",
    }
)


@_attrs_define
class TtlRequest:
    """A time-to-live for a thread."""

    ttl: float
    """ Minutes from now until the thread is swept. """
    strategy: TtlStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl = self.ttl

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ttl": ttl,
            }
        )
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ttl = src_dict["ttl"]

        _strategy = src_dict.get("strategy", UNSET)
        strategy: TtlStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = TtlStrategy.by_value[_strategy]

        ttl_request = cls.__new__(cls)
        ttl_request.ttl = ttl
        ttl_request.strategy = strategy
        ttl_request.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return ttl_request

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
