from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    ShapeError,
    Unset,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadPruneRequest(JSONModel):
    __slots__ = ("_t_strategy",)
    _t_strategy: TtlStrategy | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "thread_ids",
            "strategy",
        }
    )
    _required = required_getter(
        "thread_ids",
    )
    _required_keys = ("thread_ids",)
    _required_types = (list,)
    _optional_keys = ("strategy",)
    _optional_absent = (UNSET,)
    _optional_types = ((str, Unset),)

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            thread_ids: list[str],
            strategy: TtlStrategy | Unset = UNSET,
        ) -> None:
            """A ThreadPruneRequest built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            thread_ids: list[str] | Unset = UNSET,
            strategy: TtlStrategy | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadPruneRequest built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(thread_ids, Unset):
                json_["thread_ids"] = thread_ids
            if not isinstance(strategy, Unset):
                json_["strategy"] = to_json(strategy)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("strategy",)
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("strategy")
        if value is not None:
            try:
                if value not in TtlStrategy.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, TtlStrategy.by_value)),
                        repr(value),
                    )
            except ShapeError as exc:
                raise exc.within(segment("strategy"))

    @property
    def thread_ids(self) -> list[str]:
        try:
            _sent = self["thread_ids"]
        except KeyError:
            raise MissingFieldError("thread_ids") from None
        value: list[str] = _sent
        return value

    @property
    def strategy(self) -> TtlStrategy | Unset:
        try:
            return self._t_strategy
        except AttributeError:
            pass
        _typed = dict.get(self, "strategy", UNSET)
        typed: TtlStrategy | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = TtlStrategy.by_value[_typed]

        self._t_strategy = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.ttl_strategy import TtlStrategy  # noqa: E402

ThreadPruneRequest._set_below((("strategy", "", TtlStrategy),))
