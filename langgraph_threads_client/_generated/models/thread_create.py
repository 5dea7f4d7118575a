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


class ThreadCreate(JSONModel):
    """Departure from upstream: no `format: uuid` on `thread_id` (the server validates it) and
    no defaults, so that a client sends only what its caller set (server default of
    `if_exists` is `raise`).

    """

    __slots__ = (
        "_t_if_exists",
        "_t_supersteps",
        "_t_ttl",
    )
    _t_if_exists: IfExists | Unset
    _t_supersteps: list[Superstep] | Unset
    _t_ttl: TtlRequest | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "thread_id",
            "metadata",
            "if_exists",
            "supersteps",
            "ttl",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "thread_id",
        "metadata",
        "if_exists",
        "supersteps",
        "ttl",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (str, Unset),
        (dict, Unset),
        (str, Unset),
        (list, Unset),
        (dict, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            thread_id: str | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            if_exists: IfExists | Unset = UNSET,
            supersteps: list[Superstep] | Unset = UNSET,
            ttl: TtlRequest | Unset = UNSET,
        ) -> None:
            """A ThreadCreate built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            thread_id: str | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            if_exists: IfExists | Unset = UNSET,
            supersteps: list[Superstep] | Unset = UNSET,
            ttl: TtlRequest | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadCreate built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(thread_id, Unset):
                json_["thread_id"] = thread_id
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(if_exists, Unset):
                json_["if_exists"] = to_json(if_exists)
            if not isinstance(supersteps, Unset):
                json_["supersteps"] = to_json(supersteps)
            if not isinstance(ttl, Unset):
                json_["ttl"] = to_json(ttl)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "if_exists",
        "ttl",
    )
    _container_fields = ("supersteps",)

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("if_exists")
        if value is not None:
            try:
                if value not in IfExists.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, IfExists.by_value)), repr(value)
                    )
            except ShapeError as exc:
                raise exc.within(segment("if_exists"))
        value = data.get("supersteps")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        Superstep._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("supersteps"))
        value = data.get("ttl")
        if value is not None:
            try:
                TtlRequest._check(value)
            except ShapeError as exc:
                raise exc.within(segment("ttl"))

    @property
    def thread_id(self) -> str | Unset:
        value: str | Unset = dict.get(self, "thread_id", UNSET)
        return value

    @property
    def metadata(self) -> dict[str, Any] | Unset:
        """Free-form metadata. On threads the key `graph_id` names the thread's graph."""
        value: dict[str, Any] | Unset = dict.get(self, "metadata", UNSET)
        return value

    @property
    def if_exists(self) -> IfExists | Unset:
        try:
            return self._t_if_exists
        except AttributeError:
            pass
        _typed = dict.get(self, "if_exists", UNSET)
        typed: IfExists | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = IfExists.by_value[_typed]

        self._t_if_exists = typed
        return typed

    @property
    def supersteps(self) -> list[Superstep] | Unset:
        try:
            return self._t_supersteps
        except AttributeError:
            pass
        _typed = dict.get(self, "supersteps", UNSET)
        typed: list[Superstep] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for supersteps_item_data in _typed:
                    supersteps_item = Superstep.from_dict(supersteps_item_data)

                    typed.append(supersteps_item)
            else:
                typed = []

        self._t_supersteps = typed
        return typed

    @property
    def ttl(self) -> TtlRequest | Unset:
        """A time-to-live for a thread, as the caller gives it (the official SDK sends a mapping
        as given): langgraph-api reads `ttl` (or `default_ttl`) and `strategy`, each optional,
        and answers 200 to a mapping of either alone.
        """
        try:
            return self._t_ttl
        except AttributeError:
            pass
        _typed = dict.get(self, "ttl", UNSET)
        typed: TtlRequest | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = TtlRequest.from_dict(_typed)

        self._t_ttl = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.if_exists import IfExists  # noqa: E402
from ..models.superstep import Superstep  # noqa: E402
from ..models.ttl_request import TtlRequest  # noqa: E402

ThreadCreate._set_below(
    (
        ("if_exists", "", IfExists),
        ("supersteps", "l", Superstep),
        ("ttl", "", TtlRequest),
    )
)
