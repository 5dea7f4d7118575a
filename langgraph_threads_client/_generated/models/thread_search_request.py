from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_order import SortOrder
from ..models.thread_select_field import ThreadSelectField
from ..models.thread_sort_by import ThreadSortBy
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadSearchRequest")

# The declared fields: every other key of a response is kept in additional_properties.
_FIELDS = frozenset(
    {
        "extract",
        "ids",
        "limit",
        "metadata",
        "offset",
        "select",
        "sort_by",
        "sort_order",
        "status",
        "values",
    }
)


@_attrs_define
class ThreadSearchRequest:
    """No defaults, so that only the caller's filters are sent (server defaults limit 10, offset 0)."""

    extract: dict[str, str] | Unset = UNSET
    """ Alias to a path starting with values, metadata, config or interrupts; at most 10. """
    ids: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    """ Free-form metadata. On threads the key `graph_id` names the thread's graph. """
    offset: int | Unset = UNSET
    select: list[ThreadSelectField] | Unset = UNSET
    sort_by: ThreadSortBy | Unset = UNSET
    sort_order: SortOrder | Unset = UNSET
    status: ThreadStatus | Unset = UNSET
    """ The known thread statuses. Fields typed with it also accept any string, because servers add statuses. """
    values: Any | Unset = UNSET
    """ Any JSON value (graph state, interrupt values, task results). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extract: dict[str, Any] | Unset
        if isinstance(self.extract, Unset):
            extract = UNSET
        else:
            extract = self.extract

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        offset = self.offset

        select: list[str] | Unset = UNSET
        if not isinstance(self.select, Unset):
            select = []
            for select_item_data in self.select:
                select_item = select_item_data.value
                select.append(select_item)

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.value

        sort_order: str | Unset = UNSET
        if not isinstance(self.sort_order, Unset):
            sort_order = self.sort_order.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extract is not UNSET:
            field_dict["extract"] = extract
        if ids is not UNSET:
            field_dict["ids"] = ids
        if limit is not UNSET:
            field_dict["limit"] = limit
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if offset is not UNSET:
            field_dict["offset"] = offset
        if select is not UNSET:
            field_dict["select"] = select
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if status is not UNSET:
            field_dict["status"] = status
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _extract = src_dict.get("extract", UNSET)
        extract: dict[str, str] | Unset
        if isinstance(_extract, Unset):
            extract = UNSET
        else:
            if not isinstance(_extract, dict):
                raise TypeError()
            extract = _extract

        _ids = src_dict.get("ids", UNSET)
        ids: list[str] | Unset
        if isinstance(_ids, Unset):
            ids = UNSET
        else:
            if not isinstance(_ids, list):
                raise TypeError()
            ids = _ids

        limit = src_dict.get("limit", UNSET)

        _metadata = src_dict.get("metadata", UNSET)
        metadata: dict[str, Any] | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            if not isinstance(_metadata, dict):
                raise TypeError()
            metadata = _metadata

        offset = src_dict.get("offset", UNSET)

        _select = src_dict.get("select", UNSET)
        select: list[ThreadSelectField] | Unset
        if isinstance(_select, Unset):
            select = UNSET
        else:
            if not isinstance(_select, list):
                raise TypeError()
            if _select:
                select = []
                for select_item_data in _select:
                    select_item = ThreadSelectField.by_value[select_item_data]

                    select.append(select_item)
            else:
                select = _select

        _sort_by = src_dict.get("sort_by", UNSET)
        sort_by: ThreadSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = ThreadSortBy.by_value[_sort_by]

        _sort_order = src_dict.get("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = SortOrder.by_value[_sort_order]

        _status = src_dict.get("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus.by_value[_status]

        values = src_dict.get("values", UNSET)

        thread_search_request = cls.__new__(cls)
        thread_search_request.extract = extract
        thread_search_request.ids = ids
        thread_search_request.limit = limit
        thread_search_request.metadata = metadata
        thread_search_request.offset = offset
        thread_search_request.select = select
        thread_search_request.sort_by = sort_by
        thread_search_request.sort_order = sort_order
        thread_search_request.status = status
        thread_search_request.values = values
        thread_search_request.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return thread_search_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
