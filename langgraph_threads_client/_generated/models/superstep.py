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


class Superstep(JSONModel):
    __slots__ = ("_t_updates",)
    _t_updates: list[SuperstepUpdate]

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "updates",
        }
    )
    _required = required_getter(
        "updates",
    )
    _required_keys = ("updates",)
    _required_types = (list,)
    _optional_keys = ()
    _optional_absent = ()
    _optional_types = ()

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            updates: list[SuperstepUpdate],
        ) -> None:
            """A Superstep built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            updates: list[SuperstepUpdate] | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Superstep built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(updates, Unset):
                json_["updates"] = to_json(updates)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ()
    _container_fields = ("updates",)

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("updates")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        SuperstepUpdate._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("updates"))

    @property
    def updates(self) -> list[SuperstepUpdate]:
        try:
            return self._t_updates
        except AttributeError:
            pass
        try:
            _sent = self["updates"]
        except KeyError:
            raise MissingFieldError("updates") from None
        _typed = _sent
        typed: list[SuperstepUpdate]
        if not isinstance(_typed, list):
            raise unexpected("array", _typed)
        if _typed:
            typed = []
            for updates_item_data in _typed:
                updates_item = SuperstepUpdate.from_dict(updates_item_data)

                typed.append(updates_item)
        else:
            typed = []

        self._t_updates = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.superstep_update import SuperstepUpdate  # noqa: E402

Superstep._set_below((("updates", "l", SuperstepUpdate),))
