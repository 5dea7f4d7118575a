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


class ThreadPatch(JSONModel):
    """Departure from upstream: `metadata` is required (`{}` changes none): langgraph-api 0.2.125 answers 500 to a body
    without it.

    """

    __slots__ = ("_t_ttl",)
    _t_ttl: TtlRequest | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "metadata",
            "ttl",
        }
    )
    _required = required_getter(
        "metadata",
    )
    _required_keys = ("metadata",)
    _required_types = (dict,)
    _optional_keys = ("ttl",)
    _optional_absent = (UNSET,)
    _optional_types = ((dict, Unset),)

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            metadata: dict[str, Any],
            ttl: TtlRequest | Unset = UNSET,
        ) -> None:
            """A ThreadPatch built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            metadata: dict[str, Any] | Unset = UNSET,
            ttl: TtlRequest | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadPatch built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(ttl, Unset):
                json_["ttl"] = to_json(ttl)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("ttl",)
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("ttl")
        if value is not None:
            try:
                TtlRequest._check(value)
            except ShapeError as exc:
                raise exc.within(segment("ttl"))

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
from ..models.ttl_request import TtlRequest  # noqa: E402

ThreadPatch._set_below((("ttl", "", TtlRequest),))
