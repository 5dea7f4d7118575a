from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    ShapeError,
    Unset,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadCountRequest(JSONModel):
    __slots__ = ("_t_status",)
    _t_status: ThreadStatus | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "metadata",
            "values",
            "status",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "metadata",
        "status",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (dict, Unset),
        (str, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            metadata: dict[str, Any] | Unset = UNSET,
            values: Any | Unset = UNSET,
            status: ThreadStatus | Unset = UNSET,
        ) -> None:
            """A ThreadCountRequest built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            metadata: dict[str, Any] | Unset = UNSET,
            values: Any | Unset = UNSET,
            status: ThreadStatus | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadCountRequest built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(values, Unset):
                json_["values"] = values
            if not isinstance(status, Unset):
                json_["status"] = to_json(status)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("status",)
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("status")
        if value is not None:
            try:
                if value not in ThreadStatus.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, ThreadStatus.by_value)),
                        repr(value),
                    )
            except ShapeError as exc:
                raise exc.within(segment("status"))

    @property
    def metadata(self) -> dict[str, Any] | Unset:
        """Free-form metadata. On threads the key `graph_id` names the thread's graph."""
        value: dict[str, Any] | Unset = dict.get(self, "metadata", UNSET)
        return value

    @property
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Any JSON value (graph state, interrupt values, task results)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def status(self) -> ThreadStatus | Unset:
        """The known thread statuses. Fields typed with it also accept any string, because servers add statuses."""
        try:
            return self._t_status
        except AttributeError:
            pass
        _typed = dict.get(self, "status", UNSET)
        typed: ThreadStatus | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = ThreadStatus.by_value[_typed]

        self._t_status = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.thread_status import ThreadStatus  # noqa: E402

ThreadCountRequest._set_below((("status", "", ThreadStatus),))
