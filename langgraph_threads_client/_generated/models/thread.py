from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    ShapeError,
    Unset,
    aware_datetime,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class Thread(JSONModel):
    """A thread. Departures from upstream: `values` is null for a thread that never had
    state and absent on a copy; `interrupts` is absent on never-run and copied threads;
    `error` appears after the first state write; `status` is open. `state_updated_at`
    first appears in langgraph-api 0.8.7; Aegra sends neither it, `config` nor `values`
    (and adds `user_id`, kept as an extra field).

    """

    __slots__ = (
        "_t_created_at",
        "_t_updated_at",
        "_t_status",
        "_t_state_updated_at",
        "_t_interrupts",
        "_t_error",
        "_t_ttl",
    )
    _t_created_at: datetime.datetime
    _t_updated_at: datetime.datetime
    _t_status: ThreadStatus
    _t_state_updated_at: datetime.datetime | None | Unset
    _t_interrupts: dict[str, list[Interrupt]] | None | Unset
    _t_error: None | str | ThreadError | Unset
    _t_ttl: None | ThreadTtlInfo | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "thread_id",
            "created_at",
            "updated_at",
            "metadata",
            "status",
            "state_updated_at",
            "config",
            "values",
            "interrupts",
            "error",
            "ttl",
            "extracted",
        }
    )
    _required = required_getter(
        "thread_id",
        "created_at",
        "updated_at",
        "metadata",
        "status",
    )
    _required_keys = (
        "thread_id",
        "created_at",
        "updated_at",
        "metadata",
        "status",
    )
    _required_types = (
        str,
        str,
        str,
        dict,
        str,
    )
    _optional_keys = (
        "state_updated_at",
        "config",
        "interrupts",
        "error",
        "ttl",
        "extracted",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, str, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            thread_id: str,
            created_at: datetime.datetime,
            updated_at: datetime.datetime,
            metadata: dict[str, Any],
            status: ThreadStatus | str,
            state_updated_at: datetime.datetime | None | Unset = UNSET,
            config: dict[str, Any] | None | Unset = UNSET,
            values: Any | Unset = UNSET,
            interrupts: dict[str, list[Interrupt]] | None | Unset = UNSET,
            error: None | str | ThreadError | Unset = UNSET,
            ttl: None | ThreadTtlInfo | Unset = UNSET,
            extracted: dict[str, Any] | None | Unset = UNSET,
        ) -> None:
            """A Thread built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            thread_id: str | Unset = UNSET,
            created_at: datetime.datetime | Unset = UNSET,
            updated_at: datetime.datetime | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            status: ThreadStatus | str | Unset = UNSET,
            state_updated_at: datetime.datetime | None | Unset = UNSET,
            config: dict[str, Any] | None | Unset = UNSET,
            values: Any | Unset = UNSET,
            interrupts: dict[str, list[Interrupt]] | None | Unset = UNSET,
            error: None | str | ThreadError | Unset = UNSET,
            ttl: None | ThreadTtlInfo | Unset = UNSET,
            extracted: dict[str, Any] | None | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Thread built by the caller (extra JSON fields go in by ``**``)."""

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
            if not isinstance(error, Unset):
                json_["error"] = to_json(error)
            if not isinstance(ttl, Unset):
                json_["ttl"] = to_json(ttl)
            if not isinstance(extracted, Unset):
                json_["extracted"] = extracted
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "error",
        "ttl",
    )
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
        value = data.get("error")
        if value is not None:
            try:
                if isinstance(value, dict):
                    ThreadError._check(value)

            except ShapeError as exc:
                raise exc.within(segment("error"))
        value = data.get("ttl")
        if value is not None:
            try:
                if isinstance(value, dict):
                    ThreadTtlInfo._check(value)

            except ShapeError as exc:
                raise exc.within(segment("ttl"))

    @property
    def thread_id(self) -> str:
        """The thread's id (a UUID)."""
        try:
            _sent = self["thread_id"]
        except KeyError:
            raise MissingFieldError("thread_id") from None
        value: str = _sent
        return value

    @property
    def created_at(self) -> datetime.datetime:
        """When the thread was created."""
        try:
            return self._t_created_at
        except AttributeError:
            pass
        try:
            _sent = self["created_at"]
        except KeyError:
            raise MissingFieldError("created_at") from None
        try:
            typed = aware_datetime(_sent)

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"created_at: {exc}") from exc
        self._t_created_at = typed
        return typed

    @property
    def updated_at(self) -> datetime.datetime:
        """When the thread last changed (its metadata, status or state)."""
        try:
            return self._t_updated_at
        except AttributeError:
            pass
        try:
            _sent = self["updated_at"]
        except KeyError:
            raise MissingFieldError("updated_at") from None
        try:
            typed = aware_datetime(_sent)

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"updated_at: {exc}") from exc
        self._t_updated_at = typed
        return typed

    @property
    def metadata(self) -> dict[str, Any]:
        """Free-form metadata. On threads the key `graph_id` names the thread's graph."""
        try:
            _sent = self["metadata"]
        except KeyError:
            raise MissingFieldError("metadata") from None
        value: dict[str, Any] = _sent
        return value

    @property
    def status(self) -> ThreadStatus:
        """A thread status. One the spec does not list (a server may add statuses) is a ThreadStatus too, outside its
        listed members, whose value is the string sent."""
        try:
            return self._t_status
        except AttributeError:
            pass
        try:
            _sent = self["status"]
        except KeyError:
            raise MissingFieldError("status") from None
        typed = ThreadStatus.of(_sent)

        self._t_status = typed
        return typed

    @property
    def state_updated_at(self) -> datetime.datetime | None | Unset:
        """When the thread's state last changed."""
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
    def config(self) -> dict[str, Any] | None | Unset:
        """The config of the thread's last run."""
        value: dict[str, Any] | None | Unset = dict.get(self, "config", UNSET)
        return value

    @property
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def interrupts(self) -> dict[str, list[Interrupt]] | None | Unset:
        """The interrupts the thread waits on, by task id."""
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
    def error(self) -> None | str | ThreadError | Unset:
        """Why the last run failed: an object on the current server; a string on
        langgraph-api 0.2 to 0.6 (base64 of the same JSON object on 0.2.125 and 0.6.39);
        Aegra 0.11 sends none.
        """
        try:
            return self._t_error
        except AttributeError:
            pass
        _typed = dict.get(self, "error", UNSET)
        typed: None | str | ThreadError | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            try:
                if not isinstance(_typed, dict):
                    raise unexpected("ThreadError", _typed)
                error_type_0 = ThreadError.from_dict(_typed)

                typed = error_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_typed, str):
                    raise unexpected("str", _typed)
                typed = _typed

        self._t_error = typed
        return typed

    @property
    def ttl(self) -> None | ThreadTtlInfo | Unset:
        """The thread's time to live, with `include=ttl` on servers that keep one."""
        try:
            return self._t_ttl
        except AttributeError:
            pass
        _typed = dict.get(self, "ttl", UNSET)
        typed: None | ThreadTtlInfo | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("ThreadTtlInfo", _typed)
            ttl_type_0 = ThreadTtlInfo.from_dict(_typed)

            typed = ttl_type_0

        self._t_ttl = typed
        return typed

    @property
    def extracted(self) -> dict[str, Any] | None | Unset:
        """Values extracted by a search's `extract` paths, by alias."""
        value: dict[str, Any] | None | Unset = dict.get(self, "extracted", UNSET)
        return value


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.interrupt import Interrupt  # noqa: E402
from ..models.thread_error import ThreadError  # noqa: E402
from ..models.thread_status import ThreadStatus  # noqa: E402
from ..models.thread_ttl_info import ThreadTtlInfo  # noqa: E402

Thread._set_below(
    (
        ("interrupts", "dl", Interrupt),
        ("error", "", ThreadError),
        ("ttl", "", ThreadTtlInfo),
    )
)
