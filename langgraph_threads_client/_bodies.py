"""The request bodies that more than one method sends, built from the methods' arguments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._arguments import (
    CheckpointLike,
    checkpoint_config,
    enum_member,
    enum_members,
    extract_paths,
    history_before,
    json_object,
    optional_int,
    strings,
)
from ._generated import models

__all__ = ["history_body", "search_body"]


def search_body(
    metadata: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
    ids: Iterable[str] | None,
    status: str | None,
    limit: int,
    offset: int,
    sort_by: str | None,
    sort_order: str | None,
    select: Iterable[str] | None,
    extract: Mapping[str, str] | None,
    /,
) -> models.ThreadSearchRequest:
    """The body of POST /threads/search (search, search_page and iter_search's pages)."""
    return models.ThreadSearchRequest(
        metadata=json_object(metadata, "metadata"),
        values=json_object(values, "values"),
        ids=strings(ids, "ids"),
        status=enum_member(models.ThreadStatus, status, "status"),
        limit=optional_int(limit, "limit"),  # its bounds (1..1000) are the server's to judge
        offset=optional_int(offset, "offset"),
        sort_by=enum_member(models.ThreadSortBy, sort_by, "sort_by"),
        sort_order=enum_member(models.SortOrder, sort_order, "sort_order"),
        select=enum_members(models.ThreadSelectField, select, "select"),
        extract=extract_paths(extract),
    )


def history_body(
    limit: int | None,
    before: str | CheckpointLike | None,
    metadata: Mapping[str, Any] | None,
    checkpoint: CheckpointLike | None,
    select: Iterable[str] | None,
    /,
) -> models.ThreadHistoryRequest:
    """The body of POST /threads/{thread_id}/history (get_history and iter_history's pages)."""
    return models.ThreadHistoryRequest(
        limit=optional_int(limit, "limit"),
        before=history_before(before),
        metadata=json_object(metadata, "metadata"),
        checkpoint=checkpoint_config(checkpoint),
        select=strings(select, "select"),
    )
