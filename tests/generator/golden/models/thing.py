from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..types import (
    UNSET,
    JSONModel,
    NoneType,
    ShapeError,
    Unset,
    WholeNumber,
    as_integer,
    aware_datetime,
    fits_none,
    no_mismatches,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class Thing(JSONModel):
    __slots__ = (
        "_t_created_at",
        "_t_kind",
        "_t_parts",
        "_t_history",
        "_t_size",
        "_t_main_part",
        "_t_sizes",
        "_t_level",
        "_t_its",
        "_t_owner_id",
        "_t_root",
        "_t_either",
    )
    _t_created_at: datetime.datetime
    _t_kind: Kind
    _t_parts: dict[str, Part] | Unset
    _t_history: list[Part] | Unset
    _t_size: Kind | Unset
    _t_main_part: None | Part | str | Unset
    _t_sizes: list[Kind] | Unset
    _t_level: Level | Unset
    _t_its: Part | Unset
    _t_owner_id: UUID | Unset
    _t_root: Node | Unset
    _t_either: Node | Part | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "thing_id",
            "created_at",
            "metadata",
            "kind",
            "parent",
            "note",
            "parts",
            "next",
            "values",
            "history",
            "size",
            "count",
            "main_part",
            "sizes",
            "level",
            "it's",
            "owner_id",
            "root",
            "either",
        }
    )
    _required = required_getter(
        "thing_id",
        "created_at",
        "metadata",
        "kind",
    )
    _required_keys = (
        "thing_id",
        "created_at",
        "metadata",
        "kind",
    )
    _required_types = (
        str,
        str,
        dict,
        str,
    )
    _optional_keys = (
        "parent",
        "note",
        "parts",
        "next",
        "history",
        "size",
        "count",
        "main_part",
        "sizes",
        "level",
        "it's",
        "owner_id",
        "root",
        "either",
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
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (dict, NoneType, Unset),
        (str, NoneType, Unset),
        (dict, Unset),
        (list, Unset),
        (list, Unset),
        (str, Unset),
        (int, WholeNumber, NoneType, Unset),
        (dict, str, NoneType, Unset),
        (list, Unset),
        (int, Unset),
        (dict, Unset),
        (str, Unset),
        (dict, Unset),
        (dict, Unset),
    )

    def __init__(
        self,
        /,
        *,
        thing_id: str,
        created_at: datetime.datetime,
        metadata: dict[str, Any],
        kind: Kind | str,
        parent: dict[str, Any] | None | Unset = UNSET,
        note: None | str | Unset = UNSET,
        parts: dict[str, Part] | Unset = UNSET,
        next: list[str] | Unset = UNSET,
        values: Any | Unset = UNSET,
        history: list[Part] | Unset = UNSET,
        size: Kind | Unset = UNSET,
        count: int | None | Unset = UNSET,
        main_part: None | Part | str | Unset = UNSET,
        sizes: list[Kind] | Unset = UNSET,
        level: Level | Unset = UNSET,
        its: Part | Unset = UNSET,
        owner_id: UUID | Unset = UNSET,
        root: Node | Unset = UNSET,
        either: Node | Part | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Thing built by the caller (unknown keyword arguments are extra JSON fields)."""
        json_: dict[str, Any] = {}
        json_["thing_id"] = thing_id
        json_["created_at"] = to_json(created_at)
        json_["metadata"] = metadata
        json_["kind"] = to_json(kind)
        if not isinstance(parent, Unset):
            json_["parent"] = parent
        if not isinstance(note, Unset):
            json_["note"] = note
        if not isinstance(parts, Unset):
            json_["parts"] = to_json(parts)
        if not isinstance(next, Unset):
            json_["next"] = next
        if not isinstance(values, Unset):
            json_["values"] = values
        if not isinstance(history, Unset):
            json_["history"] = to_json(history)
        if not isinstance(size, Unset):
            json_["size"] = to_json(size)
        if not isinstance(count, Unset):
            json_["count"] = count
        if not isinstance(main_part, Unset):
            json_["main_part"] = to_json(main_part)
        if not isinstance(sizes, Unset):
            json_["sizes"] = to_json(sizes)
        if not isinstance(level, Unset):
            json_["level"] = to_json(level)
        if not isinstance(its, Unset):
            json_["it's"] = to_json(its)
        if not isinstance(owner_id, Unset):
            json_["owner_id"] = to_json(owner_id)
        if not isinstance(root, Unset):
            json_["root"] = to_json(root)
        if not isinstance(either, Unset):
            json_["either"] = to_json(either)
        json_.update(additional_properties)
        dict.update(self, json_)

    _model_fields = (
        "size",
        "main_part",
        "level",
        "it's",
        "root",
        "either",
    )
    _container_fields = (
        "parts",
        "history",
        "sizes",
    )

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
        value = data.get("parts")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not dict:
                    raise unexpected("object", value)
                for key_0, item_0 in value.items():
                    try:
                        Part._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(segment(key_0))
            except ShapeError as exc:
                raise exc.within(segment("parts"))
        value = data.get("history")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        Part._check(item_0)
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("history"))
        value = data.get("size")
        if value is not None:
            try:
                if value not in Kind.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, Kind.by_value)), repr(value)
                    )
            except ShapeError as exc:
                raise exc.within(segment("size"))
        value = data.get("main_part")
        if value is not None:
            try:
                if isinstance(value, dict):
                    Part._check(value)

            except ShapeError as exc:
                raise exc.within(segment("main_part"))
        value = data.get("sizes")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        if not isinstance(item_0, str):
                            raise unexpected("string", item_0)
                        if item_0 not in Kind.by_value:
                            raise ShapeError(
                                "one of " + ", ".join(map(str, Kind.by_value)),
                                repr(item_0),
                            )
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("sizes"))
        value = data.get("level")
        if value is not None:
            try:
                if value not in Level.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, Level.by_value)), repr(value)
                    )
            except ShapeError as exc:
                raise exc.within(segment("level"))
        value = data.get("it's")
        if value is not None:
            try:
                Part._check(value)
            except ShapeError as exc:
                raise exc.within(segment("it's"))
        value = data.get("root")
        if value is not None:
            try:
                Node._check(value)
            except ShapeError as exc:
                raise exc.within(segment("root"))
        value = data.get("either")
        if value is not None:
            try:
                if isinstance(value, dict):
                    mismatches_0 = no_mismatches()
                    try:
                        Part._check(value)
                    except ShapeError as mismatch:
                        mismatches_0.append(("Part", mismatch))
                    if len(mismatches_0) == 1:
                        try:
                            Node._check(value)
                        except ShapeError as mismatch:
                            mismatches_0.append(("Node", mismatch))
                    if len(mismatches_0) == 2:
                        raise fits_none(mismatches_0)

            except ShapeError as exc:
                raise exc.within(segment("either"))

    @property
    def thing_id(self) -> str:
        value: str = self["thing_id"]
        return value

    @property
    def created_at(self) -> datetime.datetime:
        try:
            return self._t_created_at
        except AttributeError:
            pass
        try:
            created_at = aware_datetime(self["created_at"])

        except ValueError as exc:
            raise ValueError(f"created_at: {exc}") from exc
        self._t_created_at = created_at
        return created_at

    @property
    def metadata(self) -> dict[str, Any]:
        """Free-form (a plain dict[str, Any], no model class)."""
        value: dict[str, Any] = self["metadata"]
        return value

    @property
    def kind(self) -> Kind:
        try:
            return self._t_kind
        except AttributeError:
            pass
        kind = Kind.of(self["kind"])

        self._t_kind = kind
        return kind

    @property
    def parent(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "parent", UNSET)
        return value

    @property
    def note(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "note", UNSET)
        return value

    @property
    def parts(self) -> dict[str, Part] | Unset:
        """A typed map (dict[str, Part])."""
        try:
            return self._t_parts
        except AttributeError:
            pass
        _parts = dict.get(self, "parts", UNSET)
        parts: dict[str, Part] | Unset
        if isinstance(_parts, Unset):
            parts = UNSET
        else:
            if not isinstance(_parts, dict):
                raise unexpected("object", _parts)
            if _parts:
                parts = {}
                for (
                    parts_key,
                    componentsschemas_parts_by_name_value_data,
                ) in _parts.items():
                    componentsschemas_parts_by_name_value = Part.from_dict(
                        componentsschemas_parts_by_name_value_data
                    )

                    parts[parts_key] = componentsschemas_parts_by_name_value
            else:
                parts = _parts

        self._t_parts = parts
        return parts

    @property
    def next(self) -> list[str] | Unset:
        """A builtin's name"""
        value: list[str] | Unset = dict.get(self, "next", UNSET)
        return value

    @property
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Clashes with Mapping.values (the field wins)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value

    @property
    def history(self) -> list[Part] | Unset:
        try:
            return self._t_history
        except AttributeError:
            pass
        _history = dict.get(self, "history", UNSET)
        history: list[Part] | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            if not isinstance(_history, list):
                raise unexpected("array", _history)
            if _history:
                history = []
                for history_item_data in _history:
                    history_item = Part.from_dict(history_item_data)

                    history.append(history_item)
            else:
                history = _history

        self._t_history = history
        return history

    @property
    def size(self) -> Kind | Unset:
        try:
            return self._t_size
        except AttributeError:
            pass
        _size = dict.get(self, "size", UNSET)
        size: Kind | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = Kind.by_value[_size]

        self._t_size = size
        return size

    @property
    def count(self) -> int | None | Unset:
        """An integer (1.0 is one too)."""
        value: int | None | Unset = dict.get(self, "count", UNSET)
        return as_integer(value)

    @property
    def main_part(self) -> None | Part | str | Unset:
        """A model or a string (checked column by column where all are models)."""
        try:
            return self._t_main_part
        except AttributeError:
            pass
        _main_part = dict.get(self, "main_part", UNSET)
        main_part: None | Part | str | Unset
        if _main_part is None or isinstance(_main_part, Unset):
            main_part = _main_part
        else:
            try:
                if not isinstance(_main_part, dict):
                    raise unexpected("Part", _main_part)
                main_part_type_0 = Part.from_dict(_main_part)

                main_part = main_part_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_main_part, str):
                    raise unexpected("str", _main_part)
                main_part = _main_part

        self._t_main_part = main_part
        return main_part

    @property
    def sizes(self) -> list[Kind] | Unset:
        """No nulls."""
        try:
            return self._t_sizes
        except AttributeError:
            pass
        _sizes = dict.get(self, "sizes", UNSET)
        sizes: list[Kind] | Unset
        if isinstance(_sizes, Unset):
            sizes = UNSET
        else:
            if not isinstance(_sizes, list):
                raise unexpected("array", _sizes)
            if _sizes:
                sizes = []
                for sizes_item_data in _sizes:
                    sizes_item = Kind.by_value[sizes_item_data]

                    sizes.append(sizes_item)
            else:
                sizes = _sizes

        self._t_sizes = sizes
        return sizes

    @property
    def level(self) -> Level | Unset:
        try:
            return self._t_level
        except AttributeError:
            pass
        _level = dict.get(self, "level", UNSET)
        level: Level | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = Level(_level)

        self._t_level = level
        return level

    @property
    def its(self) -> Part | Unset:
        try:
            return self._t_its
        except AttributeError:
            pass
        _its = dict.get(self, "it's", UNSET)
        its: Part | Unset
        if isinstance(_its, Unset):
            its = UNSET
        else:
            its = Part.from_dict(_its)

        self._t_its = its
        return its

    @property
    def owner_id(self) -> UUID | Unset:
        try:
            return self._t_owner_id
        except AttributeError:
            pass
        _owner_id = dict.get(self, "owner_id", UNSET)
        owner_id: UUID | Unset
        if isinstance(_owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = UUID(_owner_id)

        self._t_owner_id = owner_id
        return owner_id

    @property
    def root(self) -> Node | Unset:
        """Models that hold each other (a node its children and a thing, a thing a node)."""
        try:
            return self._t_root
        except AttributeError:
            pass
        _root = dict.get(self, "root", UNSET)
        root: Node | Unset
        if isinstance(_root, Unset):
            root = UNSET
        else:
            root = Node.from_dict(_root)

        self._t_root = root
        return root

    @property
    def either(self) -> Node | Part | Unset:
        """One of two models (objects both), tried in turn."""
        try:
            return self._t_either
        except AttributeError:
            pass
        _either = dict.get(self, "either", UNSET)
        either: Node | Part | Unset
        if isinstance(_either, Unset):
            either = _either
        else:
            try:
                if not isinstance(_either, dict):
                    raise unexpected("Part", _either)
                either_type_0 = Part.from_dict(_either)

                either = either_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_either, dict):
                    raise unexpected("Node", _either)
                either_type_1 = Node.from_dict(_either)

                either = either_type_1

        self._t_either = either
        return either


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.kind import Kind  # noqa: E402
from ..models.level import Level  # noqa: E402
from ..models.node import Node  # noqa: E402
from ..models.part import Part  # noqa: E402

Thing._set_below(None)
