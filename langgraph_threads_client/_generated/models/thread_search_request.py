from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..types import (
    UNSET,
    JSONModel,
    ShapeError,
    Unset,
    WholeNumber,
    as_integer,
    required_getter,
    segment,
    to_json,
    unexpected,
)


class ThreadSearchRequest(JSONModel):
    """No defaults, so that only the caller's filters are sent (server defaults limit 10, offset 0)."""

    __slots__ = (
        "_t_status",
        "_t_sort_by",
        "_t_sort_order",
        "_t_select",
        "_t_extract",
    )
    _t_status: ThreadStatus | Unset
    _t_sort_by: ThreadSortBy | Unset
    _t_sort_order: SortOrder | Unset
    _t_select: list[ThreadSelectField] | Unset
    _t_extract: dict[str, str] | Unset

    # What from_dict checks: each field's JSON types (see types.JSONModel._check).
    _shapes = {}
    _field_names = frozenset(
        {
            "limit",
            "offset",
            "metadata",
            "values",
            "ids",
            "status",
            "sort_by",
            "sort_order",
            "select",
            "extract",
        }
    )
    _required = required_getter()
    _required_keys = ()
    _required_types = ()
    _optional_keys = (
        "limit",
        "offset",
        "metadata",
        "ids",
        "status",
        "sort_by",
        "sort_order",
        "select",
        "extract",
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
    )
    _optional_types = (
        (int, WholeNumber, Unset),
        (int, WholeNumber, Unset),
        (dict, Unset),
        (list, Unset),
        (str, Unset),
        (str, Unset),
        (str, Unset),
        (list, Unset),
        (dict, Unset),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            /,
            *,
            limit: int | Unset = UNSET,
            offset: int | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            values: Any | Unset = UNSET,
            ids: list[str] | Unset = UNSET,
            status: ThreadStatus | Unset = UNSET,
            sort_by: ThreadSortBy | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            select: list[ThreadSelectField] | Unset = UNSET,
            extract: dict[str, str] | Unset = UNSET,
        ) -> None:
            """A ThreadSearchRequest built by the caller (extra JSON fields go in by ``**``)."""

    else:

        def __init__(
            self,
            /,
            *,
            limit: int | Unset = UNSET,
            offset: int | Unset = UNSET,
            metadata: dict[str, Any] | Unset = UNSET,
            values: Any | Unset = UNSET,
            ids: list[str] | Unset = UNSET,
            status: ThreadStatus | Unset = UNSET,
            sort_by: ThreadSortBy | Unset = UNSET,
            sort_order: SortOrder | Unset = UNSET,
            select: list[ThreadSelectField] | Unset = UNSET,
            extract: dict[str, str] | Unset = UNSET,
            **additional_properties: Any,
        ) -> None:
            """A ThreadSearchRequest built by the caller (extra JSON fields go in by ``**``)."""

            json_: dict[str, Any] = {}
            if not isinstance(limit, Unset):
                json_["limit"] = limit
            if not isinstance(offset, Unset):
                json_["offset"] = offset
            if not isinstance(metadata, Unset):
                json_["metadata"] = metadata
            if not isinstance(values, Unset):
                json_["values"] = values
            if not isinstance(ids, Unset):
                json_["ids"] = ids
            if not isinstance(status, Unset):
                json_["status"] = to_json(status)
            if not isinstance(sort_by, Unset):
                json_["sort_by"] = to_json(sort_by)
            if not isinstance(sort_order, Unset):
                json_["sort_order"] = to_json(sort_order)
            if not isinstance(select, Unset):
                json_["select"] = to_json(select)
            if not isinstance(extract, Unset):
                json_["extract"] = to_json(extract)
            json_.update(additional_properties)
            dict.update(self, json_)

    _model_fields = (
        "status",
        "sort_by",
        "sort_order",
    )
    _container_fields = ("select",)

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
        value = data.get("sort_by")
        if value is not None:
            try:
                if value not in ThreadSortBy.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, ThreadSortBy.by_value)),
                        repr(value),
                    )
            except ShapeError as exc:
                raise exc.within(segment("sort_by"))
        value = data.get("sort_order")
        if value is not None:
            try:
                if value not in SortOrder.by_value:
                    raise ShapeError(
                        "one of " + ", ".join(map(str, SortOrder.by_value)), repr(value)
                    )
            except ShapeError as exc:
                raise exc.within(segment("sort_order"))
        value = data.get("select")
        if value:  # (an empty array or map has nothing to check)
            try:
                if type(value) is not list:
                    raise unexpected("array", value)
                for index_0, item_0 in enumerate(value):
                    try:
                        if not isinstance(item_0, str):
                            raise unexpected("string", item_0)
                        if item_0 not in ThreadSelectField.by_value:
                            raise ShapeError(
                                "one of "
                                + ", ".join(map(str, ThreadSelectField.by_value)),
                                repr(item_0),
                            )
                    except ShapeError as exc:
                        raise exc.within(f"[{index_0}]")
            except ShapeError as exc:
                raise exc.within(segment("select"))

    @property
    def limit(self) -> int | Unset:
        value: int | Unset = dict.get(self, "limit", UNSET)
        return as_integer(value)

    @property
    def offset(self) -> int | Unset:
        value: int | Unset = dict.get(self, "offset", UNSET)
        return as_integer(value)

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
    def ids(self) -> list[str] | Unset:
        value: list[str] | Unset = dict.get(self, "ids", UNSET)
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

    @property
    def sort_by(self) -> ThreadSortBy | Unset:
        try:
            return self._t_sort_by
        except AttributeError:
            pass
        _typed = dict.get(self, "sort_by", UNSET)
        typed: ThreadSortBy | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = ThreadSortBy.by_value[_typed]

        self._t_sort_by = typed
        return typed

    @property
    def sort_order(self) -> SortOrder | Unset:
        try:
            return self._t_sort_order
        except AttributeError:
            pass
        _typed = dict.get(self, "sort_order", UNSET)
        typed: SortOrder | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            typed = SortOrder.by_value[_typed]

        self._t_sort_order = typed
        return typed

    @property
    def select(self) -> list[ThreadSelectField] | Unset:
        try:
            return self._t_select
        except AttributeError:
            pass
        _typed = dict.get(self, "select", UNSET)
        typed: list[ThreadSelectField] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, list):
                raise unexpected("array", _typed)
            if _typed:
                typed = []
                for select_item_data in _typed:
                    select_item = ThreadSelectField.by_value[select_item_data]

                    typed.append(select_item)
            else:
                typed = []

        self._t_select = typed
        return typed

    @property
    def extract(self) -> dict[str, str] | Unset:
        """Alias to a path starting with values, metadata, config or interrupts; at most 10."""
        try:
            return self._t_extract
        except AttributeError:
            pass
        _typed = dict.get(self, "extract", UNSET)
        typed: dict[str, str] | Unset
        if isinstance(_typed, Unset):
            typed = UNSET
        else:
            if not isinstance(_typed, dict):
                raise unexpected("object", _typed)
            typed = _typed

        self._t_extract = typed
        return typed


# Below the class: models may hold each other (a state its tasks, a task a state), and each
# module's class is defined before it imports the others.
from ..models.sort_order import SortOrder  # noqa: E402
from ..models.thread_select_field import ThreadSelectField  # noqa: E402
from ..models.thread_sort_by import ThreadSortBy  # noqa: E402
from ..models.thread_status import ThreadStatus  # noqa: E402

ThreadSearchRequest._set_below(
    (
        ("status", "", ThreadStatus),
        ("sort_by", "", ThreadSortBy),
        ("sort_order", "", SortOrder),
        ("select", "l", ThreadSelectField),
    )
)
