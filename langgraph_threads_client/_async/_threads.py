"""``ThreadsClient``: every thread operation, async.

This file is the one source of truth for the thread methods: ``_sync/_threads.py`` is derived
from it by ``scripts/unasync.py`` (``make unasync``), and ``make test`` fails when the two
differ. Edit this file, never the sync one.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from functools import partial
from typing import Any, Literal, overload

from .. import _core, _requests
from .._core import NOT_GIVEN, NotGiven, QueryParams, TimeoutTypes
from .._generated import models
from .._generated.api import threads as api
from .._generated.types import UNSET, Unset
from .._pages import ResponseCapture, ThreadPage, capture_response
from .._stream_core import (
    DEFAULT_MAX_RECONNECTS,
    DEFAULT_RECONNECT_DELAY,
    check_last_event_id,
    stream_modes_param,
)
from .._types import (
    IfExistsName,
    SelectName,
    SortByName,
    SortOrderName,
    StreamModeName,
    ThreadStatusName,
    TtlStrategyName,
)
from ._http import HTTP
from ._stream import ThreadStream

__all__ = ["ThreadsClient"]


class ThreadsClient:
    """Create, read, search and manage threads and their state.

    Every method also takes keyword-only ``headers`` and ``params`` (added to this request
    only) and ``timeout`` (seconds or an ``httpx.Timeout``; ``None`` waits forever), and
    raises a subclass of ``langgraph_threads_client.APIError`` on failure.
    """

    def __init__(self, http: HTTP) -> None:
        self._http = http

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> ThreadsClient:
        """The same operations with other defaults, sharing this client's connections::

        patient = client.threads.with_options(timeout=600, max_retries=5)
        """
        return ThreadsClient(
            self._http.with_options(timeout=timeout, max_retries=max_retries, headers=headers)
        )

    @staticmethod
    def capture_response() -> contextlib.AbstractContextManager[ResponseCapture]:
        """Capture the raw ``httpx.Response`` of the calls made in a ``with`` block::

        with client.threads.capture_response() as captured:
            thread = client.threads.get(thread_id)
        captured.response.status_code, captured.response.headers
        """
        return capture_response()

    async def get(
        self,
        thread_id: str,
        *,
        include: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.Thread:
        """Get a thread by id; ``include=["ttl"]`` adds its TTL where the server keeps one."""
        fields = _requests.strings(include, "include")
        request = api.get_thread.build_request(
            _core.path_id(thread_id), include=",".join(fields) if fields else UNSET
        )
        return await self._http.send(
            request,
            api.get_thread.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        thread_id: str | None = None,
        if_exists: IfExistsName | models.IfExists | None = None,
        supersteps: Sequence[Mapping[str, Any]] | None = None,
        graph_id: str | None = None,
        ttl: int | float | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.Thread:
        """Create a thread.

        ``graph_id`` is stored as ``metadata["graph_id"]`` (where the server reads it).
        ``if_exists="do_nothing"`` returns an existing thread with the same id unchanged;
        the default (``"raise"``) raises ``ConflictError``. ``ttl`` is minutes (strategy
        ``delete``) or ``{"ttl": minutes, "strategy": ...}``.
        """
        meta = _requests.mapping(metadata, "metadata", str_keys=False)
        if graph_id is not None:
            meta = {**(meta or {}), "graph_id": _requests.optional_str(graph_id, "graph_id")}
        body = models.ThreadCreate(
            thread_id=UNSET if thread_id is None else _core.path_id(thread_id),
            metadata=_requests.json_object(meta, "metadata"),
            if_exists=_requests.enum_member(models.IfExists, if_exists, "if_exists"),
            supersteps=_requests.supersteps(supersteps),
            ttl=_requests.ttl(ttl),
        )
        # Naming the thread with if_exists="do_nothing" makes a repeat harmless: it returns
        # the thread the first attempt created.
        replayable = thread_id is not None and if_exists == "do_nothing"
        return await self._http.send(
            api.create_thread.build_request(body=body),
            api.create_thread.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=replayable,
            max_retries=max_retries,
        )

    @overload
    async def update(
        self,
        thread_id: str,
        *,
        metadata: Mapping[str, Any],
        ttl: int | float | Mapping[str, Any] | None = None,
        return_minimal: Literal[False] = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.Thread: ...

    @overload
    async def update(
        self,
        thread_id: str,
        *,
        metadata: Mapping[str, Any],
        ttl: int | float | Mapping[str, Any] | None = None,
        return_minimal: Literal[True],
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None: ...

    async def update(
        self,
        thread_id: str,
        *,
        metadata: Mapping[str, Any],
        ttl: int | float | Mapping[str, Any] | None = None,
        return_minimal: bool = False,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.Thread | None:
        """Merge ``metadata`` into the thread's metadata (and set its TTL); returns the thread.

        With ``return_minimal=True`` the server answers without the thread (204) and this
        returns ``None``.
        """
        body = models.ThreadPatch(
            metadata=_requests.json_object(metadata, "metadata"), ttl=_requests.ttl(ttl)
        )
        request = api.update_thread.build_request(
            _core.path_id(thread_id),
            body=body,
            prefer="return=minimal" if return_minimal else UNSET,
        )
        return await self._http.send(
            request,
            _core.parse_nothing if return_minimal else _core.parse_updated_thread,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=False,
            max_retries=max_retries,
        )

    async def delete(
        self,
        thread_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a thread; ``NotFoundError`` if there is none.

        Any success status means deleted, whatever the body (langgraph-api answers 204 with
        none, Aegra 200 with a small JSON object).
        """
        await self._http.send(
            api.delete_thread.build_request(_core.path_id(thread_id)),
            _core.parse_nothing,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    @overload
    async def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        select: None = None,
        extract: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[models.Thread]: ...

    @overload
    async def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        select: Sequence[SelectName | models.ThreadSelectField],
        extract: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[models.ThreadSelection]: ...

    async def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        limit: int = 10,
        offset: int = 0,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        select: Sequence[SelectName | models.ThreadSelectField] | None = None,
        extract: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[models.Thread] | list[models.ThreadSelection]:
        """Threads matching all filters, newest ``updated_at`` first unless ``sort_by`` says.

        With ``select``, items are ``ThreadSelection`` objects holding only those fields.
        """
        body = _requests.search_body(
            metadata=metadata,
            values=values,
            ids=ids,
            status=status,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=select,
            extract=extract,
        )
        request = api.search_threads.build_request(body=body)
        if select is None:
            return await self._http.send(
                request,
                _core.parse_full_threads,
                headers=headers,
                params=params,
                timeout=timeout,
                replayable=True,
                max_retries=max_retries,
            )
        return await self._http.send(
            request,
            _core.parse_thread_selections,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    async def search_page(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        limit: int = 100,
        offset: int = 0,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        extract: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ThreadPage:
        """One page of ``search``, with ``total`` and ``next_offset`` (``None`` on the last)."""
        body = _requests.search_body(
            metadata=metadata,
            values=values,
            ids=ids,
            status=status,
            limit=limit,
            offset=offset,
            sort_by=sort_by,
            sort_order=sort_order,
            select=None,
            extract=extract,
        )
        return await self._http.send(
            api.search_threads.build_request(body=body),
            partial(_core.parse_thread_page, offset=offset, limit=limit),
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    async def iter_search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        ids: Sequence[str] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        page_size: int = 100,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        extract: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[models.Thread]:
        """Every matching thread, page after page (``page_size`` a request), without a loop.

        Pages are read by offset: threads created, deleted or updated while iterating can
        shift the pages, so a thread may be seen twice or missed. For a stable walk, sort by
        a field that does not change (``sort_by="created_at"``) and filter out what you add.
        """
        _requests.positive_int(page_size, "page_size")
        offset: int | None = 0
        while offset is not None:
            page = await self.search_page(
                metadata=metadata,
                values=values,
                ids=ids,
                status=status,
                limit=page_size,
                offset=offset,
                sort_by=sort_by,
                sort_order=sort_order,
                extract=extract,
                headers=headers,
                params=params,
                timeout=timeout,
                max_retries=max_retries,
            )
            for thread in page.items:
                yield thread
            offset = page.next_offset

    async def count(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """How many threads match all filters."""
        body = models.ThreadCountRequest(
            metadata=_requests.json_object(metadata, "metadata"),
            values=_requests.json_object(values, "values"),
            status=_requests.enum_member(models.ThreadStatus, status, "status"),
        )
        return await self._http.send(
            api.count_threads.build_request(body=body),
            _core.parse_count,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    async def copy(
        self,
        thread_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.Thread:
        """Copy a thread with its checkpoints; returns the new thread.

        The server answers an unknown id with 409, raised as ``ConflictError``.
        """
        return await self._http.send(
            api.copy_thread.build_request(_core.path_id(thread_id)),
            api.copy_thread.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=False,
            max_retries=max_retries,
        )

    async def prune(
        self,
        thread_ids: Sequence[str],
        *,
        strategy: TtlStrategyName | models.TtlStrategy = "delete",
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.ThreadPruneResponse:
        """Delete threads (``strategy="delete"``) or their old checkpoints (``"keep_latest"``).

        Unknown ids are skipped; ``pruned_count`` says how many were pruned. Other servers'
        answers are kept as they came (Aegra: ``result["deleted"]``, ``result["pruned"]``;
        ``pruned_count`` is then ``UNSET``). Servers that do not offer it raise
        ``OperationNotOfferedError``.
        """
        ids = _requests.strings(thread_ids, "thread_ids")
        body = models.ThreadPruneRequest(
            thread_ids=[] if isinstance(ids, Unset) else ids,
            strategy=_requests.enum_member(models.TtlStrategy, strategy, "strategy"),
        )
        return await self._http.send(
            api.prune_threads.build_request(body=body),
            api.prune_threads.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=False,
            max_retries=max_retries,
        )

    async def get_state(
        self,
        thread_id: str,
        checkpoint: _requests.CheckpointLike | None = None,
        checkpoint_id: str | None = None,
        *,
        subgraphs: bool = False,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.ThreadState:
        """The latest state of a thread, or its state at ``checkpoint`` / ``checkpoint_id``.

        An unknown checkpoint id gives an empty state (the server's answer), not an error.
        ``select`` is sent as the official SDK sends it; langgraph-api 0.16.7 ignores it.
        """
        tid = _core.path_id(thread_id)
        fields = _requests.strings(select, "select")
        if checkpoint is not None and checkpoint_id is not None:
            raise ValueError("pass checkpoint or checkpoint_id, not both")
        if checkpoint is not None:
            body = models.ThreadStateCheckpointRequest(
                checkpoint=_requests.as_checkpoint_config(checkpoint, "checkpoint"),
                subgraphs=True if subgraphs else UNSET,
                select=fields,
            )
            request = api.get_thread_state_at_checkpoint_config.build_request(tid, body=body)
        elif checkpoint_id is not None:
            request = api.get_thread_state_at_checkpoint.build_request(
                tid,
                _core.path_id(checkpoint_id, "checkpoint_id"),
                subgraphs=True if subgraphs else UNSET,
                select=fields,
            )
        else:
            request = api.get_thread_state.build_request(
                tid, subgraphs=True if subgraphs else UNSET, select=fields
            )
        # The three state endpoints document the same ThreadState answer.
        return await self._http.send(
            request,
            api.get_thread_state.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    async def update_state(
        self,
        thread_id: str,
        values: Mapping[str, Any] | Sequence[Any] | None,
        *,
        as_node: str | None = None,
        checkpoint: _requests.CheckpointLike | None = None,
        checkpoint_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.ThreadStateUpdateResponse:
        """Write ``values`` into the thread's state as if ``as_node`` had run.

        The thread needs a graph: one that never ran needs ``metadata["graph_id"]``
        (``create(graph_id=...)``), else the server answers 400 (``BadRequestError``).
        """
        body = models.ThreadStateUpdate(
            values=values,
            as_node=_requests.optional_str(as_node, "as_node"),
            checkpoint=_requests.checkpoint_config(checkpoint),
            checkpoint_id=_requests.optional_str(checkpoint_id, "checkpoint_id"),
        )
        return await self._http.send(
            api.update_thread_state.build_request(_core.path_id(thread_id), body=body),
            api.update_thread_state.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=False,
            max_retries=max_retries,
        )

    async def get_history(
        self,
        thread_id: str,
        *,
        limit: int = 10,
        before: str | _requests.CheckpointLike | None = None,
        metadata: Mapping[str, Any] | None = None,
        checkpoint: _requests.CheckpointLike | None = None,
        select: Sequence[str] | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[models.ThreadState]:
        """Past states of a thread, newest first.

        ``before`` is a checkpoint id, a checkpoint object (e.g. ``state.checkpoint``) or
        ``{"configurable": {...}}``; all three work (the official SDK's forms do not).
        """
        body = models.ThreadHistoryRequest(
            limit=_requests.optional_int(limit, "limit"),
            before=_requests.history_before(before),
            metadata=_requests.json_object(metadata, "metadata"),
            checkpoint=_requests.checkpoint_config(checkpoint),
            select=_requests.strings(select, "select"),
        )
        return await self._http.send(
            api.search_thread_history.build_request(_core.path_id(thread_id), body=body),
            api.search_thread_history.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    async def iter_history(
        self,
        thread_id: str,
        *,
        page_size: int = 100,
        before: str | _requests.CheckpointLike | None = None,
        metadata: Mapping[str, Any] | None = None,
        checkpoint: _requests.CheckpointLike | None = None,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[models.ThreadState]:
        """Every past state of a thread, newest first, ``page_size`` a request.

        Pages follow ``before`` (the last state's checkpoint), so states written while
        iterating (newer ones) are not seen, and none is seen twice.
        """
        _requests.positive_int(page_size, "page_size")
        cursor = before
        while True:
            page = await self.get_history(
                thread_id,
                limit=page_size,
                before=cursor,
                metadata=metadata,
                checkpoint=checkpoint,
                headers=headers,
                params=params,
                timeout=timeout,
                max_retries=max_retries,
            )
            for state in page:
                yield state
            if len(page) < page_size or page[-1].checkpoint is None:
                return
            cursor = page[-1].checkpoint

    async def get_storage(
        self,
        thread_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> models.ThreadStorage:
        """How much storage a thread uses (checkpoints, channel values, pending writes)."""
        return await self._http.send(
            api.get_thread_storage.build_request(_core.path_id(thread_id)),
            api.get_thread_storage.parse_response,
            headers=headers,
            params=params,
            timeout=timeout,
            replayable=True,
            max_retries=max_retries,
        )

    def join_stream(
        self,
        thread_id: str,
        *,
        last_event_id: str | None = None,
        stream_mode: StreamModeName | Sequence[StreamModeName] = "run_modes",
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY,
        headers: Mapping[str, str] | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ThreadStream:
        """The live events of every run on a thread, as ``StreamPart(event, data, id)``.

        ``stream_mode`` is ``"run_modes"`` (all run events), ``"lifecycle"`` (run start and
        end) or ``"state_update"``, or a list of them. ``last_event_id`` resumes after that
        event (``"-"`` replays every stored event); only runs created with
        ``stream_resumable: true`` are stored for replay, and state_update events never are.

        A dropped connection is resumed by itself: up to ``max_reconnects`` attempts in a row
        (0 turns reconnecting off), with exponential backoff from ``reconnect_delay`` seconds.
        An unknown thread raises ``NotFoundError``; a malformed ``last_event_id`` or mode a
        ``ValueError`` (or ``UnprocessableEntityError`` from the server) before any event.
        """
        if not _requests.is_int(max_reconnects):
            raise TypeError("max_reconnects must be an int")
        if max_reconnects < 0 or reconnect_delay < 0:
            raise ValueError("max_reconnects and reconnect_delay must not be negative")
        return ThreadStream(
            self._http,
            _core.path_id(thread_id),
            stream_modes=stream_modes_param(stream_mode),
            last_event_id=check_last_event_id(last_event_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
            headers=headers,
            params=params,
            timeout=timeout,
        )
