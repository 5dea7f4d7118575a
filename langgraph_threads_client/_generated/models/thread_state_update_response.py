from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint import Checkpoint
from ..models.checkpoint_config import CheckpointConfig
from ..types import UNSET, Unset

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
    """langgraph-api answers `{checkpoint, configurable, checkpoint_id}`; Aegra only
    `{checkpoint}`.

    """

    checkpoint: Checkpoint
    """ A checkpoint as the server reports it. `checkpoint_ns` is absent on a state fetched by
    checkpoint id. Aegra reports the state of a thread that never ran with a checkpoint
    whose `checkpoint_id` is null.
     """
    checkpoint_id: None | str | Unset = UNSET
    configurable: CheckpointConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint = self.checkpoint.to_dict()

        checkpoint_id: None | str | Unset
        if isinstance(self.checkpoint_id, Unset):
            checkpoint_id = UNSET
        else:
            checkpoint_id = self.checkpoint_id

        configurable: dict[str, Any] | None | Unset
        if isinstance(self.configurable, Unset):
            configurable = UNSET
        elif isinstance(self.configurable, CheckpointConfig):
            configurable = self.configurable.to_dict()
        else:
            configurable = self.configurable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
            }
        )
        if checkpoint_id is not UNSET:
            field_dict["checkpoint_id"] = checkpoint_id
        if configurable is not UNSET:
            field_dict["configurable"] = configurable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        checkpoint = Checkpoint.from_dict(src_dict["checkpoint"])

        _checkpoint_id = src_dict.get("checkpoint_id", UNSET)
        checkpoint_id: None | str | Unset
        if _checkpoint_id is None or isinstance(_checkpoint_id, Unset):
            checkpoint_id = _checkpoint_id
        else:
            if not isinstance(_checkpoint_id, str):
                raise TypeError()
            checkpoint_id = _checkpoint_id

        _configurable = src_dict.get("configurable", UNSET)
        configurable: CheckpointConfig | None | Unset
        if _configurable is None or isinstance(_configurable, Unset):
            configurable = _configurable
        else:
            if not isinstance(_configurable, dict):
                raise TypeError()
            configurable_type_0 = CheckpointConfig.from_dict(_configurable)

            configurable = configurable_type_0

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
