from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadError")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "error",
        "message",
    }
)


@_attrs_define
class ThreadError:
    """Why the thread's last run failed."""

    error: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _error = src_dict.get("error", UNSET)
        error: None | str | Unset
        if _error is None or isinstance(_error, Unset):
            error = _error
        else:
            if not isinstance(_error, str):
                raise TypeError()
            error = _error

        _message = src_dict.get("message", UNSET)
        message: None | str | Unset
        if _message is None or isinstance(_message, Unset):
            message = _message
        else:
            if not isinstance(_message, str):
                raise TypeError()
            message = _message

        thread_error = cls.__new__(cls)
        thread_error.error = error
        thread_error.message = message
        thread_error.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_error

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
