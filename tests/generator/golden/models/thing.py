from __future__ import annotations

import datetime
from typing import Any

from ..models.kind import Kind
from ..models.part import Part
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


class Thing(JSONModel):
    __slots__ = (
        "_t_created_at",
        "_t_kind",
        "_t_history",
        "_t_main_part",
        "_t_parts",
        "_t_size",
    )
    _t_created_at: datetime.datetime
    _t_kind: Kind | str
    _t_history: list[Part] | Unset
    _t_main_part: None | Part | str | Unset
    _t_parts: dict[str, Part] | Unset
    _t_size: Kind | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "created_at",
            "kind",
            "metadata",
            "thing_id",
            "history",
            "main_part",
            "next",
            "note",
            "parent",
            "parts",
            "size",
            "values",
        }
    )
    _required = required_getter(
        "created_at",
        "kind",
        "metadata",
        "thing_id",
    )
    _required_keys = (
        "created_at",
        "kind",
        "metadata",
        "thing_id",
    )
    _required_types = (
        str,
        str,
        dict,
        str,
    )
    _optional_keys = (
        "history",
        "main_part",
        "next",
        "note",
        "parent",
        "parts",
        "size",
    )
    _optional_absent = (
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
        UNSET,
    )
    _optional_types = (
        (list, Unset),
        (dict, str, NoneType, Unset),
        (list, Unset),
        (str, NoneType, Unset),
        (dict, NoneType, Unset),
        (dict, Unset),
        (str, Unset),
    )

    def __init__(
        self,
        /,
        *,
        created_at: datetime.datetime,
        kind: Kind | str,
        metadata: dict[str, Any],
        thing_id: str,
        history: list[Part] | Unset = UNSET,
        main_part: None | Part | str | Unset = UNSET,
        next: list[str] | Unset = UNSET,
        note: None | str | Unset = UNSET,
        parent: dict[str, Any] | None | Unset = UNSET,
        parts: dict[str, Part] | Unset = UNSET,
        size: Kind | Unset = UNSET,
        values: Any | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """A Thing built by the caller (unknown keyword arguments are extra JSON fields)."""
        json_: dict[str, Any] = {
            "created_at": to_json(created_at),
            "kind": to_json(kind),
            "metadata": metadata,
            "thing_id": thing_id,
        }
        if not isinstance(history, Unset):
            json_["history"] = to_json(history)
        if not isinstance(main_part, Unset):
            json_["main_part"] = to_json(main_part)
        if not isinstance(next, Unset):
            json_["next"] = next
        if not isinstance(note, Unset):
            json_["note"] = note
        if not isinstance(parent, Unset):
            json_["parent"] = parent
        if not isinstance(parts, Unset):
            json_["parts"] = to_json(parts)
        if not isinstance(size, Unset):
            json_["size"] = to_json(size)
        if not isinstance(values, Unset):
            json_["values"] = values
        json_.update(additional_properties)
        dict.update(self, json_)

    _model_fields = (
        "main_part",
        "size",
    )
    _container_fields = (
        "history",
        "parts",
    )
    _below = (
        ("history", "l", Part),
        ("main_part", "", Part),
        ("parts", "d", Part),
        ("size", "", Kind),
    )

    @classmethod
    def _check(cls, data: Any) -> None:
        """JSONModel._check, then the fields that hold models, in line (no call per model)."""
        if type(data) is not dict:
            raise unexpected("object", data)
        shape = tuple(map(type, data.values()))
        if cls._shapes.get(shape) != tuple(data):
            cls._check_fields(data, shape)
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
                raise exc.within(".history")
        value = data.get("main_part")
        if value is not None:
            try:
                if isinstance(value, dict):
                    Part._check(value)

            except ShapeError as exc:
                raise exc.within(".main_part")
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
                raise exc.within(".parts")
        value = data.get("size")
        if value is not None:
            try:
                if value not in Kind.by_value:
                    raise ShapeError("one of " + ", ".join(Kind.by_value), repr(value))
            except ShapeError as exc:
                raise exc.within(".size")

    @property
    def created_at(self) -> datetime.datetime:
        try:
            return self._t_created_at
        except AttributeError:
            pass
        created_at = aware_datetime(self["created_at"])

        self._t_created_at = created_at
        return created_at

    @property
    def kind(self) -> Kind | str:
        try:
            return self._t_kind
        except AttributeError:
            pass
        _kind = self["kind"]
        kind: Kind | str
        try:
            if not isinstance(_kind, str):
                raise unexpected("Kind", _kind)
            componentsschemas_open_kind_type_0 = Kind.by_value[_kind]

            kind = componentsschemas_open_kind_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_kind, str):
                raise unexpected("str", _kind)
            kind = _kind

        self._t_kind = kind
        return kind

    @property
    def metadata(self) -> dict[str, Any]:
        """Free-form (a plain dict[str, Any], no model class)."""
        value: dict[str, Any] = self["metadata"]
        return value

    @property
    def thing_id(self) -> str:
        value: str = self["thing_id"]
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
    def next(self) -> list[str] | Unset:
        """A builtin's name"""
        value: list[str] | Unset = dict.get(self, "next", UNSET)
        return value

    @property
    def note(self) -> None | str | Unset:
        value: None | str | Unset = dict.get(self, "note", UNSET)
        return value

    @property
    def parent(self) -> dict[str, Any] | None | Unset:
        value: dict[str, Any] | None | Unset = dict.get(self, "parent", UNSET)
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
    def values(self) -> Any | Unset:  # type: ignore[override, unused-ignore]
        """Clashes with Mapping.values (the field wins)."""
        value: Any | Unset = dict.get(self, "values", UNSET)
        return value
