from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.checkpoint import Checkpoint
from ..models.interrupt import Interrupt
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadTask")


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
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_checkpoint(data: object) -> Checkpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            checkpoint_type_0 = Checkpoint.from_dict(data)

            return checkpoint_type_0

        checkpoint = _parse_checkpoint(d.pop("checkpoint", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_interrupts(data: object) -> list[Interrupt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            interrupts_type_0 = []
            _interrupts_type_0 = data
            for interrupts_type_0_item_data in _interrupts_type_0:
                interrupts_type_0_item = Interrupt.from_dict(
                    interrupts_type_0_item_data
                )

                interrupts_type_0.append(interrupts_type_0_item)

            return interrupts_type_0

        interrupts = _parse_interrupts(d.pop("interrupts", UNSET))

        path = d.pop("path", UNSET)

        result = d.pop("result", UNSET)

        state = d.pop("state", UNSET)

        thread_task = cls(
            id=id,
            name=name,
            checkpoint=checkpoint,
            error=error,
            interrupts=interrupts,
            path=path,
            result=result,
            state=state,
        )

        thread_task.additional_properties = d
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
