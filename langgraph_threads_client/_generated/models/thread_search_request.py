from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata import Metadata
from ..models.sort_order import SortOrder
from ..models.thread_search_request_extract import ThreadSearchRequestExtract
from ..models.thread_select_field import ThreadSelectField
from ..models.thread_sort_by import ThreadSortBy
from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadSearchRequest")


@_attrs_define
class ThreadSearchRequest:
    """No defaults, so that only the caller's filters are sent (server defaults limit 10, offset 0)."""

    extract: ThreadSearchRequestExtract | Unset = UNSET
    """ Alias to a path starting with values, metadata, config or interrupts; at most 10. """
    ids: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    metadata: Metadata | Unset = UNSET
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
        extract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extract, Unset):
            extract = self.extract.to_dict()

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        limit = self.limit

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        d = dict(src_dict)
        _extract = d.pop("extract", UNSET)
        extract: ThreadSearchRequestExtract | Unset
        if isinstance(_extract, Unset):
            extract = UNSET
        else:
            extract = ThreadSearchRequestExtract.from_dict(_extract)

        ids = cast(list[str], d.pop("ids", UNSET))

        limit = d.pop("limit", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        offset = d.pop("offset", UNSET)

        _select = d.pop("select", UNSET)
        select: list[ThreadSelectField] | Unset = UNSET
        if _select is not UNSET:
            select = []
            for select_item_data in _select:
                select_item = ThreadSelectField(select_item_data)

                select.append(select_item)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: ThreadSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = ThreadSortBy(_sort_by)

        _sort_order = d.pop("sort_order", UNSET)
        sort_order: SortOrder | Unset
        if isinstance(_sort_order, Unset):
            sort_order = UNSET
        else:
            sort_order = SortOrder(_sort_order)

        _status = d.pop("status", UNSET)
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadStatus(_status)

        values = d.pop("values", UNSET)

        thread_search_request = cls(
            extract=extract,
            ids=ids,
            limit=limit,
            metadata=metadata,
            offset=offset,
            select=select,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
            values=values,
        )

        thread_search_request.additional_properties = d
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
