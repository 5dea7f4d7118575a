from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "detail",
        "details",
        "error",
        "message",
    }
)


@_attrs_define
class ErrorResponse:
    """The body of a handled error. langgraph-api sends `{"detail": "<message>"}` (validation
    messages span several lines; older versions send the message as text/plain); FastAPI
    validation errors carry a list in `detail`; Aegra sends `{"error": "<code>", "message":
    "<message>", "details": ...}`.

    """

    detail: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    details: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    error: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        details = self.details

        error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if details is not UNSET:
            field_dict["details"] = details
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        detail = src_dict.get("detail", UNSET)

        details = src_dict.get("details", UNSET)

        error = src_dict.get("error", UNSET)

        _message = src_dict.get("message", UNSET)
        message: None | str | Unset
        if _message is None or isinstance(_message, Unset):
            message = _message
        else:
            if not isinstance(_message, str):
                raise TypeError()
            message = _message

        error_response = cls.__new__(cls)
        error_response.detail = detail
        error_response.details = details
        error_response.error = error
        error_response.message = message
        error_response.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return error_response

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
