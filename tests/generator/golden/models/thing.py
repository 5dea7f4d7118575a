from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ..types import (
    UNSET,
    JSONModel,
    MissingFieldError,
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
        "_t_aware_datetime",
        "_t_exc",
        "_t_unexpected",
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
    _t_aware_datetime: datetime.datetime | Unset
    _t_exc: datetime.datetime | None | Unset
    _t_unexpected: list[datetime.datetime] | Unset
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
            "aware_datetime",
            "exc",
            "unexpected",
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
        "aware_datetime",
        "exc",
        "unexpected",
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
        (str, Unset),
        (str, NoneType, Unset),
        (list, Unset),
        (dict, Unset),
    )

    if TYPE_CHECKING:

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
            aware_datetime: datetime.datetime | Unset = UNSET,
            exc: datetime.datetime | None | Unset = UNSET,
            unexpected: list[datetime.datetime] | Unset = UNSET,
            either: Node | Part | Unset = UNSET,
        ) -> None:
            """A Thing built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            thing_id: str | Unset = UNSET,
            created_at: datetime.datetime | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            kind: Kind | str | Unset = UNSET,
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
            aware_datetime: datetime.datetime | Unset = UNSET,
            exc: datetime.datetime | None | Unset = UNSET,
            unexpected: list[datetime.datetime] | Unset = UNSET,
            either: Node | Part | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A Thing built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(thing_id, Unset):
                json_["thing_id"] = thing_id
            if not isinstance(created_at, Unset):
                json_["created_at"] = to_json(created_at)
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(kind, Unset):
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
            if not isinstance(aware_datetime, Unset):
                json_["aware_datetime"] = to_json(aware_datetime)
            if not isinstance(exc, Unset):
                json_["exc"] = to_json(exc)
            if not isinstance(unexpected, Unset):
                json_["unexpected"] = to_json(unexpected)
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
        try:
            _sent = self["thing_id"]
        except KeyError:
            raise MissingFieldError("thing_id") from None
        value: str = _sent
        return value

    @property
    def created_at(self) -> datetime.datetime:
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
    def metadata(self) -> dict[str, Any]:
        """Free-form (a plain dict[str, Any], no model class)."""
        try:
            _sent = self["metadata"]
        except KeyError:
            raise MissingFieldError("metadata") from None
        value: dict[str, Any] = _sent
        return value

    @property
    def kind(self) -> Kind:
        try:
            return self._t_kind
        except AttributeError:
            pass
        try:
            _sent = self["kind"]
        except KeyError:
            raise MissingFieldError("kind") from None
        typed = Kind.of(_sent)

        self._t_kind = typed
        return typed

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
        _typed = dict.get(self, "parts", UNSET)
        typed: dict[str, Part] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, dict):
                raise unexpected("object", _typed)
            if _typed:
                typed = {}
                for (
                    typed_key,
                    componentsschemas_parts_by_name_value_data,
                ) in _typed.items():
                    componentsschemas_parts_by_name_value = Part.from_dict(
                        componentsschemas_parts_by_name_value_data
                    )

                    typed[typed_key] = componentsschemas_parts_by_name_value
            else:
                typed = {}

        self._t_parts = typed
        return typed

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
        _typed = dict.get(self, "history", UNSET)
        typed: list[Part] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for history_item_data in _typed:
                    history_item = Part.from_dict(history_item_data)

                    typed.append(history_item)
            else:
                typed = []

        self._t_history = typed
        return typed

    @property
    def size(self) -> Kind | Unset:
        try:
            return self._t_size
        except AttributeError:
            pass
        _typed = dict.get(self, "size", UNSET)
        typed: Kind | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = Kind.by_value[_typed]

        self._t_size = typed
        return typed

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
        _typed = dict.get(self, "main_part", UNSET)
        typed: None | Part | str | Unset
        if _typed is None or isinstance(_typed, Unset):
            typed = _typed
        else:
            try:
                if not isinstance(_typed, dict):
                    raise unexpected("Part", _typed)
                main_part_type_0 = Part.from_dict(_typed)

                typed = main_part_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_typed, str):
                    raise unexpected("str", _typed)
                typed = _typed

        self._t_main_part = typed
        return typed

    @property
    def sizes(self) -> list[Kind] | Unset:
        """No nulls."""
        try:
            return self._t_sizes
        except AttributeError:
            pass
        _typed = dict.get(self, "sizes", UNSET)
        typed: list[Kind] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for sizes_item_data in _typed:
                    sizes_item = Kind.by_value[sizes_item_data]

                    typed.append(sizes_item)
            else:
                typed = []

        self._t_sizes = typed
        return typed

    @property
    def level(self) -> Level | Unset:
        try:
            return self._t_level
        except AttributeError:
            pass
        _typed = dict.get(self, "level", UNSET)
        typed: Level | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = Level(_typed)

        self._t_level = typed
        return typed

    @property
    def its(self) -> Part | Unset:
        try:
            return self._t_its
        except AttributeError:
            pass
        _typed = dict.get(self, "it's", UNSET)
        typed: Part | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = Part.from_dict(_typed)

        self._t_its = typed
        return typed

    @property
    def owner_id(self) -> UUID | Unset:
        try:
            return self._t_owner_id
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "owner_id", UNSET)
            typed: UUID | Unset
            if isinstance(_typed, Unset):
                typed = UNSET
            else:
                typed = UUID(_typed)

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"owner_id: {exc}") from exc
        self._t_owner_id = typed
        return typed

    @property
    def root(self) -> Node | Unset:
        """Models that hold each other (a node its children and a thing, a thing a node)."""
        try:
            return self._t_root
        except AttributeError:
            pass
        _typed = dict.get(self, "root", UNSET)
        typed: Node | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = Node.from_dict(_typed)

        self._t_root = typed
        return typed

    @property
    def aware_datetime(self) -> datetime.datetime | Unset:
        """Named as what builds a typed date-time."""
        try:
            return self._t_aware_datetime
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "aware_datetime", UNSET)
            typed: datetime.datetime | Unset
            if isinstance(_typed, Unset):
                typed = UNSET
            else:
                typed = aware_datetime(_typed)

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"aware_datetime: {exc}") from exc
        self._t_aware_datetime = typed
        return typed

    @property
    def exc(self) -> datetime.datetime | None | Unset:
        """Named as the error a date-time's reading catches."""
        try:
            return self._t_exc
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "exc", UNSET)
            typed: datetime.datetime | None | Unset
            if _typed is None or isinstance(_typed, Unset):
                typed = _typed
            else:
                if not isinstance(_typed, str):
                    raise unexpected("datetime.datetime", _typed)
                exc_type_0 = aware_datetime(_typed)

                typed = exc_type_0

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"exc: {exc}") from exc
        self._t_exc = typed
        return typed

    @property
    def unexpected(self) -> list[datetime.datetime] | Unset:
        """Named as what a check raises."""
        try:
            return self._t_unexpected
        except AttributeError:
            pass
        try:
            _typed = dict.get(self, "unexpected", UNSET)
            typed: list[datetime.datetime] | Unset
            if isinstance(_typed, Unset):
                typed = UNSET
            else:
                if not isinstance(_typed, list):
                    raise unexpected("array", _typed)
                if _typed:
                    typed = []
                    for unexpected_item_data in _typed:
                        unexpected_item = aware_datetime(unexpected_item_data)

                        typed.append(unexpected_item)
                else:
                    typed = []

        except (ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"unexpected: {exc}") from exc
        self._t_unexpected = typed
        return typed

    @property
    def either(self) -> Node | Part | Unset:
        """One of two models (objects both), tried in turn."""
        try:
            return self._t_either
        except AttributeError:
            pass
        _typed = dict.get(self, "either", UNSET)
        typed: Node | Part | Unset
        if isinstance(_typed, Unset):
            typed = _typed
        else:
            try:
                if not isinstance(_typed, dict):
                    raise unexpected("Part", _typed)
                either_type_0 = Part.from_dict(_typed)

                typed = either_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_typed, dict):
                    raise unexpected("Node", _typed)
                either_type_1 = Node.from_dict(_typed)

                typed = either_type_1

        self._t_either = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.kind import Kind  # noqa: E402
from ..models.level import Level  # noqa: E402
from ..models.node import Node  # noqa: E402
from ..models.part import Part  # noqa: E402

Thing._set_below(
    (
        ("parts", "d", Part),
        ("history", "l", Part),
        ("size", "", Kind),
        ("main_part", "", Part),
        ("sizes", "l", Kind),
        ("level", "", Level),
        ("it's", "", Part),
        ("root", "", Node),
    ),
    by_columns=False,
)
