from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    ShapeError,
    Unset,
    aware_datetime,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadSelection(JSONModel):
    """A search result with `select`: only the selected fields are present."""

    __slots__ = (
        "_t_created_at",
        "_t_updated_at",
        "_t_state_updated_at",
        "_t_status",
        "_t_interrupts",
    )
    _t_created_at: datetime.datetime | None | Unset
    _t_updated_at: datetime.datetime | None | Unset
    _t_state_updated_at: datetime.datetime | None | Unset
    _t_status: None | ThreadStatus | Unset
    _t_interrupts: dict[str, list[Interrupt]] | None | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "thread_id",
            "created_at",
            "updated_at",
            "state_updated_at",
            "metadata",
            "config",
            "status",
            "values",
            "interrupts",
            "extracted",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "thread_id",
        "created_at",
        "updated_at",
        "state_updated_at",
        "metadata",
        "config",
        "status",
        "interrupts",
        "extracted",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, NoneType, Unset),
        (str, NoneType, Unset),
        (str, NoneType, Unset),
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            thread_id: None | str | Unset = UNSET,
            created_at: datetime.datetime | None | Unset = UNSET,
            updated_at: datetime.datetime | None | Unset = UNSET,
            state_updated_at: datetime.datetime | None | Unset = UNSET,
            metadata: dict[str, Any] | None | Unset = UNSET,
            config: dict[str, Any] | None | Unset = UNSET,
            status: None | ThreadStatus | Unset | str = UNSET,
            values: Any | Unset = UNSET,
            interrupts: dict[str, list[Interrupt]] | None | Unset = UNSET,
            extracted: dict[str, Any] | None | Unset = UNSET,
        ) -> None:
            """A ThreadSelection built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            thread_id: None | str | Unset = UNSET,
            created_at: datetime.datetime | None | Unset = UNSET,
            updated_at: datetime.datetime | None | Unset = UNSET,
            state_updated_at: datetime.datetime | None | Unset = UNSET,
            metadata: dict[str, Any] | None | Unset = UNSET,
            config: dict[str, Any] | None | Unset = UNSET,
            status: None | ThreadStatus | Unset | str = UNSET,
            values: Any | Unset = UNSET,
            interrupts: dict[str, list[Interrupt]] | None | Unset = UNSET,
            extracted: dict[str, Any] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadSelection built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(thread_id, Unset):
                json_["thread_id"] = thread_id
            if not isinstance(created_at, Unset):
                json_["created_at"] = to_json(created_at)
            if not isinstance(updated_at, Unset):
                json_["updated_at"] = to_json(updated_at)
            if not isinstance(state_updated_at, Unset):
                json_["state_updated_at"] = to_json(state_updated_at)
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(config, Unset):
                json_["config"] = config
            if not isinstance(status, Unset):
                json_["status"] = to_json(status)
            if not isinstance(values, Unset):
                json_["values"] = values
            if not isinstance(interrupts, Unset):
                json_["interrupts"] = to_json(interrupts)
            if not isinstance(extracted, Unset):
                json_["extracted"] = extracted
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ()
    _container_fields = ("interrupts",)

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("interrupts")
        if value:  # (an empty array or map has nothing to check)
            try:
                if isinstance(value, dict):
                    if type(value) is not dict:
                        raise unexpected("object", value)
                    for key_0, item_0 in value.items():
                        try:
                            if type(item_0) is not list:
                                raise unexpected("array", item_0)
                            for index_1, item_1 in enumerate(item_0):
                                try:
                                    Interrupt._check(item_1)
                                except ShapeError as exc:
                                    raise exc.within(f"[{index_1}]")
                        except ShapeError as exc:
                            raise exc.within(segment(key_0))

            except ShapeError as exc:
                raise exc.within(segment("interrupts"))

    @property
    def thread_id(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "thread_id", UNSET)
        return value

    @property
    def created_at(self) -> datetime.datetime | None | Unset:
        try:
            return self._t_created_at
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "created_at", UNSET)
            typed: datetime.datetime | None | Unset
            if _typed is None or isinstance(_typed, Unset):
                typed = _typed
            else:
                if not isinstance(_typed, str):
                    raise unexpected("datetime.datetime", _typed)
                created_at_type_0 = aware_datetime(_typed)

                typed = created_at_type_0

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"created_at: {exc}") from exc
        self._t_created_at = typed
        return typed

    @property
    def updated_at(self) -> datetime.datetime | None | Unset:
        try:
            return self._t_updated_at
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "updated_at", UNSET)
            typed: datetime.datetime | None | Unset
            if _typed is None or isinstance(_typed, Unset):
                typed = _typed
            else:
                if not isinstance(_typed, str):
                    raise unexpected("datetime.datetime", _typed)
                updated_at_type_0 = aware_datetime(_typed)

                typed = updated_at_type_0

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"updated_at: {exc}") from exc
        self._t_updated_at = typed
        return typed

    @property
    def state_updated_at(self) -> datetime.datetime | None | Unset:
        try:
            return self._t_state_updated_at
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "state_updated_at", UNSET)
            typed: datetime.datetime | None | Unset
            if _typed is None or isinstance(_typed, Unset):
                typed = _typed
            else:
                if not isinstance(_typed, str):
                    raise unexpected("datetime.datetime", _typed)
                state_updated_at_type_0 = aware_datetime(_typed)

                typed = state_updated_at_type_0

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"state_updated_at: {exc}") from exc
        self._t_state_updated_at = typed
        return typed

    @property
    def metadata(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "metadata", UNSET)
        return value

    @property
    def config(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "config", UNSET)
        return value

    @property
    def status(self) -> None | ThreadStatus | Unset:
        try:
            return self._t_status
        except AttributeError:
            pass
        _typed = dict.get(self, "status", UNSET)
        typed: None | ThreadStatus | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, str):
                raise unexpected("ThreadStatus", _typed)
            status_type_0 = ThreadStatus.of(_typed)

            typed = status_type_0

        self._t_status = typed
        return typed

    @property
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def interrupts(self) -> dict[str, list[Interrupt]] | None | Unset:
        try:
            return self._t_interrupts
        except AttributeError:
            pass
        _typed = dict.get(self, "interrupts", UNSET)
        typed: dict[str, list[Interrupt]] | None | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            _interrupts_type_0 = _typed
            interrupts_type_0: dict[str, list[Interrupt]]
            if not isinstance(_interrupts_type_0, dict):
                raise unexpected("object", _interrupts_type_0)
            if _interrupts_type_0:
                interrupts_type_0 = {}
                for (
                    interrupts_type_0_key,
                    componentsschemas_thread_interrupts_value_data,
                ) in _interrupts_type_0.items():
                    _componentsschemas_thread_interrupts_value = (
                        componentsschemas_thread_interrupts_value_data
                    )
                    componentsschemas_thread_interrupts_value: list[Interrupt]
                    if not isinstance(_componentsschemas_thread_interrupts_value, list):
                        raise unexpected(
                            "array", _componentsschemas_thread_interrupts_value
                        )
                    if _componentsschemas_thread_interrupts_value:
                        componentsschemas_thread_interrupts_value = []
                        for (
                            componentsschemas_thread_interrupts_value_item_data
                        ) in _componentsschemas_thread_interrupts_value:
                            componentsschemas_thread_interrupts_value_item = (
                                Interrupt.from_dict(
                                    componentsschemas_thread_interrupts_value_item_data
                                )
                            )

                            componentsschemas_thread_interrupts_value.append(
                                componentsschemas_thread_interrupts_value_item
                            )
                    else:
                        componentsschemas_thread_interrupts_value = []

                    interrupts_type_0[interrupts_type_0_key] = (
                        componentsschemas_thread_interrupts_value
                    )
            else:
                interrupts_type_0 = {}

            typed = interrupts_type_0

        self._t_interrupts = typed
        return typed

    @property
    def extracted(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "extracted", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.thread_status import ThreadStatus  # noqa: E402

ThreadSelection._set_below((("interrupts", "dl", Interrupt),))
