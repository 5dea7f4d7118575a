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


class ThingCreate(JSONModel):
    __slots__ = ("_t_kind",)
    _t_kind: Kind | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "metadata",
            "kind",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "metadata",
        "kind",
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
            kind: Kind | Unset = UNSET,
        ) -> None:
            """A ThingCreate built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            metadata: dict[str, Any] | Unset = UNSET,
            kind: Kind | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThingCreate built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(kind, Unset):
                json_["kind"] = to_json(kind)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("kind",)
    _container_fields = ()

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("kind")
        if value is not None:
            try:
                if value not in Kind.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, Kind.by_value)), repr(value)
                    )
            except ShapeError as exc:
                raise exc.within(segment("kind"))

    @property
    def metadata(self) -> dict[str, Any] | Unset:
        """Free-form (a plain dict[str, Any], no model class)."""
        value: dict[str, Any] | Unset = dict.get(self, "metadata", UNSET)
        return value

    @property
    def kind(self) -> Kind | Unset:
        try:
            return self._t_kind
        except AttributeError:
            pass
        _typed = dict.get(self, "kind", UNSET)
        typed: Kind | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = Kind.by_value[_typed]

        self._t_kind = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.kind import Kind  # noqa: E402

ThingCreate._set_below((("kind", "", Kind),))
