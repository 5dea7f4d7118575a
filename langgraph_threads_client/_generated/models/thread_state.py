from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint import Checkpoint
from ..models.interrupt import Interrupt
from ..models.metadata import Metadata
from ..models.thread_task import ThreadTask

T = TypeVar("T", bound="ThreadState")


@_attrs_define
class ThreadState:
    """The state of a thread at a checkpoint. Departure from upstream: a thread (or checkpoint
    id) with no checkpoint has values `{}` and nulls for metadata, created_at, checkpoint,
    parent_checkpoint and both ids.

    """

    checkpoint: Checkpoint | None
    checkpoint_id: None | str
    created_at: datetime.datetime | None
    interrupts: list[Interrupt]
    metadata: Metadata | None
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
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
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
        d = dict(src_dict)

        def _parse_checkpoint(data: object) -> Checkpoint | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(data)

            return checkpoint_type_0

        checkpoint = _parse_checkpoint(d.pop("checkpoint"))

        def _parse_checkpoint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        checkpoint_id = _parse_checkpoint_id(d.pop("checkpoint_id"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(data)

            return created_at_type_0

        created_at = _parse_created_at(d.pop("created_at"))

        interrupts = []
        _interrupts = d.pop("interrupts")
        for interrupts_item_data in _interrupts:
            interrupts_item = Interrupt.from_dict(interrupts_item_data)

            interrupts.append(interrupts_item)

        def _parse_metadata(data: object) -> Metadata | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_0 = Metadata.from_dict(data)

            return metadata_type_0

        metadata = _parse_metadata(d.pop("metadata"))

        next_ = cast(list[str], d.pop("next"))

        def _parse_parent_checkpoint(data: object) -> Checkpoint | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            parent_checkpoint_type_0 = Checkpoint.from_dict(data)

            return parent_checkpoint_type_0

        parent_checkpoint = _parse_parent_checkpoint(d.pop("parent_checkpoint"))

        def _parse_parent_checkpoint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_checkpoint_id = _parse_parent_checkpoint_id(
            d.pop("parent_checkpoint_id")
        )

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = ThreadTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        values = d.pop("values")

        thread_state = cls(
            checkpoint=checkpoint,
            checkpoint_id=checkpoint_id,
            created_at=created_at,
            interrupts=interrupts,
            metadata=metadata,
            next_=next_,
            parent_checkpoint=parent_checkpoint,
            parent_checkpoint_id=parent_checkpoint_id,
            tasks=tasks,
            values=values,
        )

        thread_state.additional_properties = d
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
