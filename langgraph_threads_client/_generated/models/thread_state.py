from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint import Checkpoint
from ..models.interrupt import Interrupt
from ..models.thread_task import ThreadTask

T = TypeVar("T", bound="ThreadState")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "checkpoint",
        "checkpoint_id",
        "created_at",
        "interrupts",
        "metadata",
        "next",
        "parent_checkpoint",
        "parent_checkpoint_id",
        "tasks",
        "values",
    }
)


@_attrs_define
class ThreadState:
    """The state of a thread at a checkpoint. Departure from upstream: a thread (or checkpoint
    id) with no checkpoint has values `{}` and nulls for metadata, created_at, checkpoint,
    parent_checkpoint and both ids (Aegra: metadata `{}` and a checkpoint whose id is null).
    Every server checked sends every field listed as required here.

    """

    checkpoint: Checkpoint | None
    checkpoint_id: None | str
    created_at: datetime.datetime | None
    interrupts: list[Interrupt]
    metadata: dict[str, Any] | None
    next_: list[str]
    parent_checkpoint: Checkpoint | None
    parent_checkpoint_id: None | str
    tasks: list[ThreadTask]
    values: Any
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | None
        if isinstance(self.checkpoint, Checkpoint):
            checkpoint = self.checkpoint.to_dict()
        else:
            checkpoint = self.checkpoint

        checkpoint_id: None | str
        checkpoint_id = self.checkpoint_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        interrupts = []
        for interrupts_item_data in self.interrupts:
            interrupts_item = interrupts_item_data.to_dict()
            interrupts.append(interrupts_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, dict):
            metadata = self.metadata

        else:
            metadata = self.metadata

        next_ = self.next_

        parent_checkpoint: dict[str, Any] | None
        if isinstance(self.parent_checkpoint, Checkpoint):
            parent_checkpoint = self.parent_checkpoint.to_dict()
        else:
            parent_checkpoint = self.parent_checkpoint

        parent_checkpoint_id: None | str
        parent_checkpoint_id = self.parent_checkpoint_id

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checkpoint": checkpoint,
                "checkpoint_id": checkpoint_id,
                "created_at": created_at,
                "interrupts": interrupts,
                "metadata": metadata,
                "next": next_,
                "parent_checkpoint": parent_checkpoint,
                "parent_checkpoint_id": parent_checkpoint_id,
                "tasks": tasks,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _checkpoint = src_dict["checkpoint"]
        checkpoint: Checkpoint | None
        if _checkpoint is None:
            checkpoint = _checkpoint
        else:
            if not isinstance(_checkpoint, dict):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(_checkpoint)

            checkpoint = checkpoint_type_0

        _checkpoint_id = src_dict["checkpoint_id"]
        checkpoint_id: None | str
        if _checkpoint_id is None:
            checkpoint_id = _checkpoint_id
        else:
            if not isinstance(_checkpoint_id, str):
                raise TypeError()
            checkpoint_id = _checkpoint_id

        _created_at = src_dict["created_at"]
        created_at: datetime.datetime | None
        if _created_at is None:
            created_at = _created_at
        else:
            if not isinstance(_created_at, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

            created_at = created_at_type_0

        _interrupts = src_dict["interrupts"]
        interrupts: list[Interrupt]
        if not isinstance(_interrupts, list):
            raise TypeError()
        if _interrupts:
            interrupts = []
            for interrupts_item_data in _interrupts:
                interrupts_item = Interrupt.from_dict(interrupts_item_data)

                interrupts.append(interrupts_item)
        else:
            interrupts = _interrupts

        _metadata = src_dict["metadata"]
        metadata: dict[str, Any] | None
        if _metadata is None:
            metadata = _metadata
        else:
            _metadata_type_0 = _metadata
            metadata_type_0: dict[str, Any]
            if not isinstance(_metadata_type_0, dict):
                raise TypeError()
            metadata_type_0 = _metadata_type_0

            metadata = metadata_type_0

        _next_ = src_dict["next"]
        next_: list[str]
        if not isinstance(_next_, list):
            raise TypeError()
        next_ = _next_

        _parent_checkpoint = src_dict["parent_checkpoint"]
        parent_checkpoint: Checkpoint | None
        if _parent_checkpoint is None:
            parent_checkpoint = _parent_checkpoint
        else:
            if not isinstance(_parent_checkpoint, dict):
                raise TypeError()
            parent_checkpoint_type_0 = Checkpoint.from_dict(_parent_checkpoint)

            parent_checkpoint = parent_checkpoint_type_0

        _parent_checkpoint_id = src_dict["parent_checkpoint_id"]
        parent_checkpoint_id: None | str
        if _parent_checkpoint_id is None:
            parent_checkpoint_id = _parent_checkpoint_id
        else:
            if not isinstance(_parent_checkpoint_id, str):
                raise TypeError()
            parent_checkpoint_id = _parent_checkpoint_id

        _tasks = src_dict["tasks"]
        tasks: list[ThreadTask]
        if not isinstance(_tasks, list):
            raise TypeError()
        if _tasks:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ThreadTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)
        else:
            tasks = _tasks

        values = src_dict["values"]

        thread_state = cls.__new__(cls)
        thread_state.checkpoint = checkpoint
        thread_state.checkpoint_id = checkpoint_id
        thread_state.created_at = created_at
        thread_state.interrupts = interrupts
        thread_state.metadata = metadata
        thread_state.next_ = next_
        thread_state.parent_checkpoint = parent_checkpoint
        thread_state.parent_checkpoint_id = parent_checkpoint_id
        thread_state.tasks = tasks
        thread_state.values = values
        thread_state.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_state

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
