from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint import Checkpoint
from ..models.interrupt import Interrupt
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadTask")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "name",
        "checkpoint",
        "error",
        "interrupts",
        "path",
        "result",
        "state",
    }
)


@_attrs_define
class ThreadTask:
    id: str
    name: str
    checkpoint: Checkpoint | None | Unset = UNSET
    error: None | str | Unset = UNSET
    interrupts: list[Interrupt] | None | Unset = UNSET
    path: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    result: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    state: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        checkpoint: dict[str, Any] | None | Unset
        if isinstance(self.checkpoint, Unset):
            checkpoint = UNSET
        elif isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        interrupts: list[dict[str, Any]] | None | Unset
        if isinstance(self.interrupts, Unset):
            interrupts = UNSET
        elif isinstance(self.interrupts, list):
            interrupts = []
            for interrupts_type_0_item_data in self.interrupts:
                interrupts_type_0_item = interrupts_type_0_item_data.to_dict()
                interrupts.append(interrupts_type_0_item)

        else:
            interrupts = self.interrupts

        path = self.path

        result = self.result

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if error is not UNSET:
            field_dict["error"] = error
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if path is not UNSET:
            field_dict["path"] = path
        if result is not UNSET:
            field_dict["result"] = result
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        _checkpoint = src_dict.get("checkpoint", UNSET)
        checkpoint: Checkpoint | None | Unset
        if _checkpoint is None or isinstance(_checkpoint, Unset):
            checkpoint = _checkpoint
        else:
            if not isinstance(_checkpoint, dict):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(_checkpoint)

            checkpoint = checkpoint_type_0

        _error = src_dict.get("error", UNSET)
        error: None | str | Unset
        if _error is None or isinstance(_error, Unset):
            error = _error
        else:
            if not isinstance(_error, str):
                raise TypeError()
            error = _error

        _interrupts = src_dict.get("interrupts", UNSET)
        interrupts: list[Interrupt] | None | Unset
        if _interrupts is None or isinstance(_interrupts, Unset):
            interrupts = _interrupts
        else:
            _interrupts_type_0 = _interrupts
            interrupts_type_0: list[Interrupt]
            if not isinstance(_interrupts_type_0, list):
                raise TypeError()
            if _interrupts_type_0:
                interrupts_type_0 = []
                for interrupts_type_0_item_data in _interrupts_type_0:
                    interrupts_type_0_item = Interrupt.from_dict(
                        interrupts_type_0_item_data
                    )

                    interrupts_type_0.append(interrupts_type_0_item)
            else:
                interrupts_type_0 = _interrupts_type_0

            interrupts = interrupts_type_0

        path = src_dict.get("path", UNSET)

        result = src_dict.get("result", UNSET)

        state = src_dict.get("state", UNSET)

        thread_task = cls.__new__(cls)
        thread_task.id = id
        thread_task.name = name
        thread_task.checkpoint = checkpoint
        thread_task.error = error
        thread_task.interrupts = interrupts
        thread_task.path = path
        thread_task.result = result
        thread_task.state = state
        thread_task.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_task

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
