from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint import Checkpoint
from ..models.checkpoint_config import CheckpointConfig

T = TypeVar("T", bound="ThreadStateUpdateResponse")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "checkpoint",
        "checkpoint_id",
        "configurable",
    }
)


@_attrs_define
class ThreadStateUpdateResponse:
    checkpoint: Checkpoint
    """ A checkpoint as the server reports it. `checkpoint_ns` is absent on a state fetched by checkpoint id. """
    checkpoint_id: str
    configurable: CheckpointConfig
    """ A checkpoint as a request names it; every field is optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        checkpoint_id = self.checkpoint_id

        configurable = self.configurable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
                "checkpoint_id": checkpoint_id,
                "configurable": configurable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        checkpoint = Checkpoint.from_dict(src_dict["checkpoint"])

        checkpoint_id = src_dict["checkpoint_id"]

        configurable = CheckpointConfig.from_dict(src_dict["configurable"])

        thread_state_update_response = cls.__new__(cls)
        thread_state_update_response.checkpoint = checkpoint
        thread_state_update_response.checkpoint_id = checkpoint_id
        thread_state_update_response.configurable = configurable
        thread_state_update_response.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_state_update_response

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
