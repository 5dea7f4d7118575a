"""The request bodies the facade sends, built from a method's arguments (checked on the way).

Each body holds what the official SDK's would for the same arguments: an optional argument
that is empty (``""``, ``{}``, ``[]``) is left out, as the SDK leaves out every falsy one
(``_arguments.given``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from ._arguments import (
    CheckpointLike,
    checkpoint_config,
    enum_member,
    enum_members,
    extract_paths,
    given,
    history_before,
    id_strings,
    json_object,
    mapping,
    optional_int,
    optional_str,
    path_id,
    strings,
    supersteps,
    ttl,
)
from ._encoding import encode_json
from ._generated import models
from ._generated.types import UNSET, JSONModel, Unset, holding, loads
from ._types import IdLike, ObjectLike

__all__ = [
    "as_read_now",
    "count_body",
    "create_body",
    "history_body",
    "later_history_page",
    "later_search_page",
    "patch_body",
    "prune_body",
    "search_body",
    "state_update_body",
]

TTL = int | float | Mapping[str, Any] | None


def create_body(
    metadata: ObjectLike | None,
    thread_id: IdLike | None,
    if_exists: str | models.IfExists | None,
    steps: Iterable[Mapping[str, Any]] | None,
    graph_id: str | None,
    minutes: TTL,
    /,
) -> models.ThreadCreate:
    """POST /threads; ``graph_id`` goes into the metadata, where the server reads it."""
    thread_id, if_exists = given(thread_id), given(if_exists)
    meta = mapping(given(metadata), "metadata")
    if graph_id:
        # (As the official SDK puts it there, where truthy: any value a metadata value may
        # be, which every server stores, a number too.)
        meta = {**(meta or {}), "graph_id": graph_id}
    return models.ThreadCreate(
        thread_id=UNSET if thread_id is None else path_id(thread_id),
        metadata=json_object(meta, "metadata"),
        if_exists=enum_member(models.IfExists, if_exists, "if_exists"),
        supersteps=supersteps(given(steps)),
        ttl=ttl(minutes),
    )


def patch_body(metadata: ObjectLike, minutes: TTL, /) -> models.ThreadPatch:
    """PATCH /threads/{thread_id}; ``metadata=None`` is sent as ``{}`` (a server may require
    the field: see the spec's ThreadPatch)."""
    return models.ThreadPatch(metadata=json_object(metadata, "metadata") or {}, ttl=ttl(minutes))


def count_body(
    metadata: ObjectLike | None,
    values: ObjectLike | None,
    status: str | models.ThreadStatus | None,
    /,
) -> models.ThreadCountRequest:
    """POST /threads/count."""
    return models.ThreadCountRequest(
        metadata=json_object(given(metadata), "metadata"),
        values=json_object(given(values), "values"),
        status=enum_member(models.ThreadStatus, given(status), "status"),
    )


def prune_body(
    thread_ids: Iterable[IdLike], strategy: str | models.TtlStrategy, /
) -> models.ThreadPruneRequest:
    """POST /threads/prune; the server's default strategy (``delete``) is left out, as the
    official SDK leaves it out."""
    if isinstance(thread_ids, str):
        # (Elsewhere one string is a list of one; a deletion takes only what is plainly a
        # list, as the server does: the official SDK's prune("id") gets a 422.)
        raise TypeError(
            f"thread_ids must be a list of thread ids, got one string: prune([{thread_ids!r}])"
        )
    ids = id_strings(thread_ids, "thread_ids")
    if isinstance(ids, Unset):
        # (Not a prune of nothing: the official SDK sends null, which langgraph-api refuses.)
        raise TypeError("thread_ids must be a list of thread ids, got None")
    member = enum_member(models.TtlStrategy, strategy, "strategy")
    return models.ThreadPruneRequest(
        thread_ids=ids,
        strategy=UNSET if member == models.TtlStrategy.DELETE else member,
    )


def state_update_body(
    values: ObjectLike | Iterable[Any] | None,
    as_node: str | None,
    checkpoint: CheckpointLike | None,
    checkpoint_id: IdLike | None,
    /,
) -> models.ThreadStateUpdate:
    """POST /threads/{thread_id}/state."""
    return models.ThreadStateUpdate(
        values=values,
        as_node=optional_str(given(as_node), "as_node"),
        checkpoint=checkpoint_config(given(checkpoint)),
        checkpoint_id=optional_str(given(checkpoint_id), "checkpoint_id"),
    )


def search_body(
    metadata: ObjectLike | None,
    values: ObjectLike | None,
    ids: Iterable[IdLike] | None,
    status: str | None,
    limit: int | None,
    offset: int | None,
    sort_by: str | None,
    sort_order: str | None,
    select: Iterable[str] | None,
    extract: Mapping[str, str] | None,
    /,
) -> models.ThreadSearchRequest:
    """The body of POST /threads/search (search, search_page and iter_search's pages)."""
    return models.ThreadSearchRequest(
        metadata=json_object(given(metadata), "metadata"),
        values=json_object(given(values), "values"),
        ids=id_strings(given(ids), "ids"),
        status=enum_member(models.ThreadStatus, given(status), "status"),
        limit=optional_int(limit, "limit"),  # its bounds (1..1000) are the server's to judge
        offset=optional_int(offset, "offset"),
        sort_by=enum_member(models.ThreadSortBy, given(sort_by), "sort_by"),
        sort_order=enum_member(models.SortOrder, given(sort_order), "sort_order"),
        select=enum_members(models.ThreadSelectField, given(select), "select"),
        extract=extract_paths(given(extract)),
    )


B = TypeVar("B", bound=JSONModel)


def as_read_now(body: B) -> B:
    """``body`` holding a copy of its JSON as it is now, nested values too: a walk's first
    page's body, from which the others are made, so that every page sends what the call was
    given, whatever the caller changes meanwhile (a filter reused for the next walk)."""
    return holding(type(body), loads(encode_json(body)))


def later_search_page(first: models.ThreadSearchRequest, offset: int) -> models.ThreadSearchRequest:
    """An ``iter_search`` page's body after the first (``as_read_now``), at ``offset``."""
    # (The first has an offset: its place is kept.)
    return holding(models.ThreadSearchRequest, {**first, "offset": offset})


def later_history_page(
    first: models.ThreadHistoryRequest, before: CheckpointLike
) -> models.ThreadHistoryRequest:
    """An ``iter_history`` page's body after the first (``as_read_now``), before ``before``:
    its fields in their order, as ``history_body`` writes them."""
    return models.ThreadHistoryRequest(
        limit=first.limit,
        before=history_before(before),
        metadata=first.metadata,
        checkpoint=first.checkpoint,
    )


def history_body(
    limit: int | None,
    before: IdLike | CheckpointLike | None,
    metadata: ObjectLike | None,
    checkpoint: CheckpointLike | None,
    select: Iterable[str] | None,
    /,
) -> models.ThreadHistoryRequest:
    """The body of POST /threads/{thread_id}/history (get_history and iter_history's pages)."""
    return models.ThreadHistoryRequest(
        limit=optional_int(limit, "limit"),
        before=history_before(given(before)),
        metadata=json_object(given(metadata), "metadata"),
        checkpoint=checkpoint_config(given(checkpoint)),
        select=strings(given(select), "select"),
    )
