from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
    NoneType,
    ShapeError,
    Unset,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class Node(JSONModel):
    """Models that hold each other (a node its children and a thing, a thing a node)."""

    __slots__ = (
        "_t_children",
        "_t_owner",
    )
    _t_children: list[Node] | Unset
    _t_owner: None | Thing | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "label",
            "children",
            "owner",
        }
    )
    _required = required_getter(
        "label",
    )
    _required_keys = ("label",)
    _required_types = (str,)
    _optional_keys = (
        "children",
        "owner",
    )
    _optional_absent = (
        UNSET,
        UNSET,
    )
    _optional_types = (
        (list, Unset),
        (dict, NoneType, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            label: str,
            children: list[Node] | Unset = UNSET,
            owner: None | Thing | Unset = UNSET,
        ) -> None:
            """A Node built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            label: str | Unset = UNSET,
            children: list[Node] | Unset = UNSET,
            owner: None | Thing | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Node built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(label, Unset):
                json_["label"] = label
            if not isinstance(children, Unset):
                json_["children"] = to_json(children)
            if not isinstance(owner, Unset):
                json_["owner"] = to_json(owner)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = ("owner",)
    _container_fields = ("children",)

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("children")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        Node._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("children"))
        value = data.get("owner")
        if value is not None:
            try:
                if isinstance(value, dict):
                    Thing._check(value)

            except ShapeError as exc:
                raise exc.within(segment("owner"))

    @property
    def label(self) -> str:
        try:
            _sent = self["label"]
        except KeyError:
            raise MissingFieldError("label") from None
        value: str = _sent
        return value

    @property
    def children(self) -> list[Node] | Unset:
        try:
            return self._t_children
        except AttributeError:
            pass
        _typed = dict.get(self, "children", UNSET)
        typed: list[Node] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for children_item_data in _typed:
                    children_item = Node.from_dict(children_item_data)

                    typed.append(children_item)
            else:
                typed = []

        self._t_children = typed
        return typed

    @property
    def owner(self) -> None | Thing | Unset:
        try:
            return self._t_owner
        except AttributeError:
            pass
        _typed = dict.get(self, "owner", UNSET)
        typed: None | Thing | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            if not isinstance(_typed, dict):
                raise unexpected("Thing", _typed)
            owner_type_0 = Thing.from_dict(_typed)

            typed = owner_type_0

        self._t_owner = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.thing import Thing  # noqa: E402

Node._set_below(
    (
        ("children", "l", Node),
        ("owner", "", Thing),
    )
)
