"""The request bodies the facade sends, built from a method's arguments (checked on the way)."""

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
    mapping,
    optional_int,
    optional_str,
    path_id,
    strings,
    supersteps,
    ttl,
)
from ._generated import models
from ._generated.types import UNSET, Unset

__all__ = [
    "count_body",
    "create_body",
    "history_body",
    "patch_body",
    "prune_body",
    "search_body",
    "state_update_body",
]

TTL = int | float | Mapping[str, Any] | None


def create_body(
    metadata: Mapping[str, Any] | None,
    thread_id: str | None,
    if_exists: str | models.IfExists | None,
    steps: Iterable[Mapping[str, Any]] | None,
    graph_id: str | None,
    minutes: TTL,
    /,
) -> models.ThreadCreate:
    """POST /threads; ``graph_id`` goes into the metadata, where the server reads it."""
    meta = mapping(metadata, "metadata", str_keys=False)
    if graph_id is not None:
        meta = {**(meta or {}), "graph_id": optional_str(graph_id, "graph_id")}
    return models.ThreadCreate(
        thread_id=UNSET if thread_id is None else path_id(thread_id),
        metadata=json_object(meta, "metadata"),
        if_exists=enum_member(models.IfExists, if_exists, "if_exists"),
        supersteps=supersteps(steps),
        ttl=ttl(minutes),
    )


def patch_body(metadata: Mapping[str, Any], minutes: TTL, /) -> models.ThreadPatch:
    """PATCH /threads/{thread_id}."""
    return models.ThreadPatch(metadata=json_object(metadata, "metadata"), ttl=ttl(minutes))


def count_body(
    metadata: Mapping[str, Any] | None,
    values: Mapping[str, Any] | None,
    status: str | models.ThreadStatus | None,
    /,
) -> models.ThreadCountRequest:
    """POST /threads/count."""
    return models.ThreadCountRequest(
        metadata=json_object(metadata, "metadata"),
        values=json_object(values, "values"),
        status=enum_member(models.ThreadStatus, status, "status"),
    )


def prune_body(
    thread_ids: Iterable[str], strategy: str | models.TtlStrategy, /
) -> models.ThreadPruneRequest:
    """POST /threads/prune."""
    ids = strings(thread_ids, "thread_ids")
    return models.ThreadPruneRequest(
        thread_ids=[] if isinstance(ids, Unset) else ids,
        strategy=enum_member(models.TtlStrategy, strategy, "strategy"),
    )


def state_update_body(
    values: Mapping[str, Any] | Iterable[Any] | None,
    as_node: str | None,
    checkpoint: CheckpointLike | None,
    checkpoint_id: str | None,
    /,
) -> models.ThreadStateUpdate:
    """POST /threads/{thread_id}/state."""
    return models.ThreadStateUpdate(
        values=values,
        as_node=optional_str(as_node, "as_node"),
        checkpoint=checkpoint_config(checkpoint),
        checkpoint_id=optional_str(checkpoint_id, "checkpoint_id"),
    )


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
