"""``ThreadsClient``: every thread operation, async.

This file is the one source of truth for the thread methods: ``_sync/_threads.py`` is derived
from it by ``scripts/unasync.py`` (``make unasync``), and ``make test`` fails when the two
differ. Edit this file, never the sync one.

Each method declares the arguments of its operation one by one rather than as ``**kwargs``:
``help()``, editors and type checkers show them in the method, as the official SDK's methods
do, and a misspelt one fails at the call. So methods that take the same arguments list them
alike. The request options, the same in every method, are declared once
(``**options: Unpack[OptionArguments]``, shown in signatures by ``@option_keywords``) and
become one value in ``request_options()``. What is done with the arguments is said once:
``_bodies`` builds the request bodies, ``_call()`` sends a generated operation's request,
``_page()`` and ``_history()`` send the pages that ``search_page``, ``iter_search`` and
``iter_history`` read.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Literal, Required, TypeVar, Unpack, overload

import httpx

from .. import _arguments, _bodies, _parsing, _sdk_names
from .._arguments import path_id
from .._capture import ResponseCapture, capture_response
from .._defaults import DEFAULT_MAX_RECONNECTS, DEFAULT_RECONNECT_DELAY
from .._generated import models
from .._generated.api import threads as api
from .._generated.types import UNSET
from .._options import (
    OptionArguments,
    RequestOptions,
    normalized_headers,
    option_keywords,
    request_options,
)
from .._pages import ThreadPage
from .._stream_core import (
    check_last_event_id,
    check_reconnects,
    stream_headers,
    stream_modes_param,
)
from .._types import (
    NOT_GIVEN,
    HeaderTypes,
    IdLike,
    IfExistsName,
    NotGiven,
    ObjectLike,
    Operation,
    QueryParams,
    SelectName,
    SortByName,
    SortOrderName,
    StreamModeName,
    ThreadStatusName,
    TimeoutTypes,
    TtlStrategyName,
)
from ._http import HTTP
from ._stream import ThreadStream

__all__ = ["ThreadsClient"]

T = TypeVar("T")

# A history without select: every state whole (the generated parser checks each one).
_whole_states = api.search_thread_history.parse_response
_THREAD_ID = itemgetter("thread_id")


# The arguments that the overloads of update, search, get_state and get_history share (for
# type checkers only: the implementations declare each one of their own, as the official
# SDK's methods do).
class _UpdateArguments(OptionArguments, total=False):
    metadata: Required[ObjectLike]
    ttl: int | float | Mapping[str, Any] | None


class _SearchArguments(OptionArguments, total=False):
    metadata: ObjectLike | None
    values: ObjectLike | None
    ids: Sequence[IdLike] | None
    status: ThreadStatusName | models.ThreadStatus | None
    limit: int | None
    offset: int | None
    sort_by: SortByName | models.ThreadSortBy | None
    sort_order: SortOrderName | models.SortOrder | None
    extract: Mapping[str, str] | None


class _StateArguments(OptionArguments, total=False):
    subgraphs: bool


class _HistoryArguments(OptionArguments, total=False):
    limit: int | None
    before: IdLike | _arguments.CheckpointLike | None
    metadata: ObjectLike | None
    checkpoint: _arguments.CheckpointLike | None


class ThreadsClient:
    """Create, read, search and manage threads and their state.

    Every call to the server also takes keyword-only ``headers`` and ``params`` (added to
    this request only), ``timeout`` (seconds or an ``httpx.Timeout``; ``None`` waits forever)
    and, but ``join_stream`` (which reconnects: ``max_reconnects``), ``max_retries`` (of this
    call's transient failures: a connection that cannot be opened and a 429; once the request
    may have reached the server, timeouts, resets, 408 and server errors but 501 and 505 only
    where a repeat is harmless, as the README's table says), and raises a subclass of
    ``langgraph_threads_client.APIError`` on failure. Ids (``thread_id``,
    ``ids``, ``checkpoint_id``) are strings or ``uuid.UUID`` objects.
    """

    def __init__(self, http: HTTP) -> None:
        self._http = http

    if not TYPE_CHECKING:  # (where type checkers would take any attribute as one)

        def __getattr__(self, name: str) -> Any:
            raise _sdk_names.no_attribute(self, name, _sdk_names.ON_THREADS)

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: HeaderTypes | None = None,
    ) -> ThreadsClient:
        """The same operations with other defaults, sharing this client's connections::

        patient = client.threads.with_options(timeout=600, max_retries=5)

        Args:
            timeout: Seconds or an ``httpx.Timeout`` for each request; ``None`` waits forever.
            max_retries: How many times a call's transient failures are retried (see the class).
            headers: Added to every request's headers (replacing those of the same name).
        """
        return ThreadsClient(
            self._http.with_options(
                RequestOptions(normalized_headers(headers), None, timeout, max_retries)
            )
        )

    def capture_response(self) -> contextlib.AbstractContextManager[ResponseCapture]:
        """Capture the raw ``httpx.Response`` of this client's calls made in a ``with`` block::

        with client.threads.capture_response() as captured:
            thread = client.threads.get(thread_id)
        captured.response.status_code, captured.response.headers

        The calls of this client's HTTP client: its views' too (``with_options``), and those
        of another client given the same ``http_client``; not another client's. Each response
        is read and closed: its body is ``.content`` (on httpx its ``.stream`` is an empty
        one, which lets it be freed without the garbage collector).
        """
        # (In a forked process, the client made there in the parent's place.)
        return capture_response(self._http.in_this_process())

    async def _call(
        self,
        operation: Operation[T],
        request: dict[str, Any],
        options: OptionArguments,
        *,
        replayable: bool,
        writes: bool = False,
    ) -> T:
        """Send a request of a generated operation; its answer is parsed as the operation says.
        (``replayable``, ``writes``: see ``HTTP.send``.)"""
        sent = request_options(options)
        return await self._http.send(
            request, operation.parse_response, sent, replayable=replayable, writes=writes
        )

    @option_keywords
    async def get(
        self,
        thread_id: IdLike,
        *,
        include: Sequence[str] | None = None,
        **options: Unpack[OptionArguments],
    ) -> models.Thread:
        """Get a thread by id; ``NotFoundError`` if there is none.

        Args:
            thread_id: The thread's id.
            include: Extra fields: ``["ttl"]`` adds the thread's TTL (``thread.ttl``) where
                the server keeps one.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        fields = _arguments.strings(_arguments.given(include), "include")
        request = api.get_thread.build_request(
            path_id(thread_id), include=",".join(fields) if fields else UNSET
        )
        return await self._call(api.get_thread, request, options, replayable=True)

    @option_keywords
    async def create(
        self,
        *,
        metadata: ObjectLike | None = None,
        thread_id: IdLike | None = None,
        if_exists: IfExistsName | models.IfExists | None = None,
        supersteps: Sequence[Mapping[str, Any]] | None = None,
        graph_id: str | None = None,
        ttl: int | float | Mapping[str, Any] | None = None,
        **options: Unpack[OptionArguments],
    ) -> models.Thread:
        """Create a thread; returns it.

        Args:
            metadata: The thread's metadata (a JSON object).
            thread_id: Its id (a UUID); the server makes one if not given.
            if_exists: For a ``thread_id`` already taken: ``"raise"`` (the default) raises
                ``ConflictError``, ``"do_nothing"`` returns the existing thread (langgraph-api
                still applies ``supersteps`` to it).
            supersteps: State updates to apply in order, each ``{"updates": [{"values":
                ..., "as_node": ...}]}`` (a thread's history copied from elsewhere, say).
            graph_id: Stored as ``metadata["graph_id"]`` (where the server reads it).
            ttl: Minutes until the thread is deleted, or ``{"ttl": minutes, "strategy":
                "delete" | "keep_latest"}``.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.create_body(metadata, thread_id, if_exists, supersteps, graph_id, ttl)
        # Naming the thread with if_exists="do_nothing" makes a repeat harmless: it returns
        # the thread the first attempt created. Not with supersteps: langgraph-api applies
        # them to a thread that exists, so a repeat would write them twice. (Read from the
        # body: an empty id is left out, and then each attempt would make a thread of its own.)
        replayable = (
            body.thread_id is not UNSET
            and body.if_exists == models.IfExists.DO_NOTHING
            and not body.supersteps
        )
        operation = api.create_thread
        request = operation.build_request(body=body)
        return await self._call(operation, request, options, replayable=replayable, writes=True)

    @overload
    async def update(
        self,
        thread_id: IdLike,
        *,
        return_minimal: Literal[False] = False,
        **arguments: Unpack[_UpdateArguments],
    ) -> models.Thread: ...

    @overload
    async def update(
        self,
        thread_id: IdLike,
        *,
        return_minimal: Literal[True],
        **arguments: Unpack[_UpdateArguments],
    ) -> models.Thread | None: ...

    @overload
    async def update(
        self,
        thread_id: IdLike,
        *,
        return_minimal: bool,
        **arguments: Unpack[_UpdateArguments],
    ) -> models.Thread | None: ...

    @option_keywords
    async def update(
        self,
        thread_id: IdLike,
        *,
        metadata: ObjectLike,
        ttl: int | float | Mapping[str, Any] | None = None,
        return_minimal: bool = False,
        **options: Unpack[OptionArguments],
    ) -> models.Thread | None:
        """Merge ``metadata`` into the thread's metadata (and set its TTL); returns the thread.

        Args:
            thread_id: The thread's id.
            metadata: Keys to set in its metadata (the others are kept).
            ttl: A new TTL, as ``create`` takes it.
            return_minimal: The server answers without the thread (204) and this returns
                ``None``; servers that ignore it (langgraph-api 0.6.39 and older, Aegra) send
                the thread, which is returned, as the official SDK returns it. A ``Prefer:
                return=minimal`` header of the caller's (per call or on the client) does
                the same.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.patch_body(metadata, ttl)
        request = api.update_thread.build_request(
            path_id(thread_id),
            body=body,
            prefer="return=minimal" if return_minimal else UNSET,
        )
        parse = _parsing.parse_update
        return await self._http.send(
            request, parse, request_options(options), replayable=False, writes=True
        )

    @option_keywords
    async def delete(
        self,
        thread_id: IdLike,
        **options: Unpack[OptionArguments],
    ) -> None:
        """Delete a thread; ``NotFoundError`` if there is none.

        Any success status means deleted, whatever the body (langgraph-api answers 204 with
        none, Aegra 200 with a small JSON object).

        Args:
            thread_id: The thread's id.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        request = api.delete_thread.build_request(path_id(thread_id))
        parse = _parsing.parse_nothing
        sent = request_options(options)
        await self._http.send(request, parse, sent, replayable=True, writes=True)

    @overload
    async def search(
        self, *, select: None = None, **arguments: Unpack[_SearchArguments]
    ) -> list[models.Thread]: ...

    @overload
    async def search(
        self,
        *,
        select: Sequence[SelectName | models.ThreadSelectField],
        **arguments: Unpack[_SearchArguments],
    ) -> list[models.ThreadSelection]: ...

    @overload
    async def search(
        self,
        *,
        select: Sequence[SelectName | models.ThreadSelectField] | None,
        **arguments: Unpack[_SearchArguments],
    ) -> list[models.Thread] | list[models.ThreadSelection]: ...

    @option_keywords
    async def search(
        self,
        *,
        metadata: ObjectLike | None = None,
        values: ObjectLike | None = None,
        ids: Sequence[IdLike] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        limit: int | None = 10,
        offset: int | None = 0,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        select: Sequence[SelectName | models.ThreadSelectField] | None = None,
        extract: Mapping[str, str] | None = None,
        **options: Unpack[OptionArguments],
    ) -> list[models.Thread] | list[models.ThreadSelection]:
        """Threads matching all filters, newest ``updated_at`` first unless ``sort_by`` says.

        Args:
            metadata: Threads whose metadata holds these keys and values.
            values: Threads whose state values hold these keys and values.
            ids: Threads with one of these ids.
            status: ``"idle"``, ``"busy"``, ``"interrupted"`` or ``"error"``.
            limit: At most this many threads (the server allows 1 to 1,000; ``None``: its
                default).
            offset: Skip this many matching threads first.
            sort_by: ``"thread_id"``, ``"status"``, ``"created_at"``, ``"updated_at"`` or
                ``"state_updated_at"``.
            sort_order: ``"asc"`` or ``"desc"``.
            select: Only these fields of each thread: the items are then
                ``ThreadSelection`` objects.
            extract: Values to pick out of each thread, by alias: ``{"last":
                "values.messages[-1]"}`` adds ``thread["extracted"]["last"]`` (at most 10).
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.search_body(
            metadata, values, ids, status, limit, offset, sort_by, sort_order, select, extract
        )
        request = api.search_threads.build_request(body=body)
        sent = request_options(options)
        if select is None:
            return await self._http.send(request, _parsing.parse_threads, sent, replayable=True)
        return await self._http.send(request, _parsing.parse_selections, sent, replayable=True)

    @option_keywords
    async def search_page(
        self,
        *,
        metadata: ObjectLike | None = None,
        values: ObjectLike | None = None,
        ids: Sequence[IdLike] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        limit: int = 100,
        offset: int = 0,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        extract: Mapping[str, str] | None = None,
        **options: Unpack[OptionArguments],
    ) -> ThreadPage:
        """One page of ``search``, with ``total`` and ``next_offset`` (``None`` on the last).

        Args:
            metadata, values, ids, status, sort_by, sort_order, extract: As ``search``.
            limit: The page's size.
            offset: Where the page starts (the ``next_offset`` of the page before).
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        limit = _arguments.int_argument(limit, "limit")
        offset = _arguments.int_argument(offset, "offset")
        body = _bodies.search_body(
            metadata, values, ids, status, limit, offset, sort_by, sort_order, None, extract
        )
        return await self._page(body, request_options(options), offset=offset, limit=limit)

    async def _page(
        self, body: models.ThreadSearchRequest, options: RequestOptions, *, offset: int, limit: int
    ) -> ThreadPage:
        return await self._http.send(
            api.search_threads.build_request(body=body),
            partial(_parsing.parse_thread_page, offset=offset, limit=limit),
            options,
            replayable=True,
        )

    @option_keywords
    def iter_search(
        self,
        *,
        metadata: ObjectLike | None = None,
        values: ObjectLike | None = None,
        ids: Sequence[IdLike] | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        page_size: int = 100,
        sort_by: SortByName | models.ThreadSortBy | None = None,
        sort_order: SortOrderName | models.SortOrder | None = None,
        extract: Mapping[str, str] | None = None,
        **options: Unpack[OptionArguments],
    ) -> AsyncGenerator[models.Thread, None]:
        """Every matching thread, page after page (``page_size`` a request), without a loop.

        Pages are read by offset: threads created, deleted or updated while iterating can
        shift the pages, so a thread may be seen twice or missed. For a stable walk, sort by
        a field that does not change (``sort_by="created_at"``) and filter out what you add.
        It ends at an empty page, and where two pages in a row start with the thread the page
        before started with (a server that does not read ``offset`` would otherwise be read
        forever; one such page is also what ``page_size`` threads created ahead of the walk
        between two requests make: its threads seen already are skipped, and the walk goes on).

        Args:
            metadata, values, ids, status, sort_by, sort_order, extract: As ``search``.
            page_size: How many threads each request asks for (1 to 1000, a request's limit).
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        page_size = _arguments.page_size(page_size)
        sent = request_options(options)
        # Read at the call, as every other method's arguments: checked before the first page,
        # and the same for every page (a filter the caller changes meanwhile is not read again).
        first = _bodies.search_body(
            metadata, values, ids, status, page_size, 0, sort_by, sort_order, None, extract
        )
        return self._walk_search(_bodies.as_read_now(first), sent, page_size)

    async def _walk_search(
        self, first: models.ThreadSearchRequest, sent: RequestOptions, page_size: int
    ) -> AsyncGenerator[models.Thread, None]:
        offset: int | None = 0
        previous: list[object] = []  # the ids of the page before
        repeated = False
        while offset is not None:
            body = _bodies.later_search_page(first, offset) if offset else first
            page = await self._page(body, sent, offset=offset, limit=page_size)
            found = list(map(_THREAD_ID, page.items))
            again = bool(found and previous and found[0] == previous[0])
            if again and repeated:
                return  # (three pages alike: a server that does not read offset)
            threads = page.items
            if again:
                seen = set(previous)
                threads = [thread for thread in threads if thread["thread_id"] not in seen]
            for thread in threads:
                yield thread
            previous, repeated = found, again
            offset = page.next_offset

    @option_keywords
    async def count(
        self,
        *,
        metadata: ObjectLike | None = None,
        values: ObjectLike | None = None,
        status: ThreadStatusName | models.ThreadStatus | None = None,
        **options: Unpack[OptionArguments],
    ) -> int:
        """How many threads match all filters.

        Args:
            metadata, values, status: As ``search``.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.count_body(metadata, values, status)
        request = api.count_threads.build_request(body=body)
        parse = _parsing.parse_count
        return await self._http.send(request, parse, request_options(options), replayable=True)

    @option_keywords
    async def copy(
        self,
        thread_id: IdLike,
        **options: Unpack[OptionArguments],
    ) -> models.Thread:
        """Copy a thread with its checkpoints; returns the new thread.

        The server answers an unknown id with 409, raised as ``ConflictError``.

        Args:
            thread_id: The id of the thread to copy.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        request = api.copy_thread.build_request(path_id(thread_id))
        return await self._call(api.copy_thread, request, options, replayable=False, writes=True)

    @option_keywords
    async def prune(
        self,
        thread_ids: Sequence[IdLike],
        *,
        strategy: TtlStrategyName | models.TtlStrategy = "delete",
        **options: Unpack[OptionArguments],
    ) -> models.ThreadPruneResponse:
        """Delete threads (``strategy="delete"``) or their old checkpoints (``"keep_latest"``).

        Unknown ids are skipped; ``pruned_count`` says how many were pruned. Other servers'
        answers are kept as they came (Aegra: ``result["deleted"]``, ``result["pruned"]``;
        ``pruned_count`` is then ``UNSET``). Servers that do not offer it raise
        ``OperationNotOfferedError``.

        Args:
            thread_ids: The threads' ids (a list: one id alone is a ``TypeError``).
            strategy: ``"delete"`` deletes the threads, ``"keep_latest"`` keeps only the
                latest checkpoint of each.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.prune_body(thread_ids, strategy)
        request = api.prune_threads.build_request(body=body)
        return await self._call(api.prune_threads, request, options, replayable=False, writes=True)

    @overload
    async def get_state(
        self,
        thread_id: IdLike,
        checkpoint: _arguments.CheckpointLike | None = None,
        checkpoint_id: IdLike | None = None,
        *,
        select: None = None,
        **arguments: Unpack[_StateArguments],
    ) -> models.ThreadState: ...

    @overload
    async def get_state(
        self,
        thread_id: IdLike,
        checkpoint: _arguments.CheckpointLike | None = None,
        checkpoint_id: IdLike | None = None,
        *,
        select: Sequence[str],
        **arguments: Unpack[_StateArguments],
    ) -> models.ThreadStateSelection: ...

    @overload
    async def get_state(
        self,
        thread_id: IdLike,
        checkpoint: _arguments.CheckpointLike | None = None,
        checkpoint_id: IdLike | None = None,
        *,
        select: Sequence[str] | None,
        **arguments: Unpack[_StateArguments],
    ) -> models.ThreadState | models.ThreadStateSelection: ...

    @option_keywords
    async def get_state(
        self,
        thread_id: IdLike,
        checkpoint: _arguments.CheckpointLike | None = None,
        checkpoint_id: IdLike | None = None,
        *,
        subgraphs: bool = False,
        select: Sequence[str] | None = None,
        **options: Unpack[OptionArguments],
    ) -> models.ThreadState | models.ThreadStateSelection:
        """The latest state of a thread, or its state at ``checkpoint`` / ``checkpoint_id``.

        An unknown checkpoint id gives an empty state (the server's answer), not an error.
        ``select`` is sent as the official SDK sends it (``"values.messages"`` for one key of
        the values); the answer is then a ``ThreadStateSelection``, whose fields may be absent:
        a server that honours ``select`` sends only those (langgraph-api 0.16.7 sends all).
        Empty arguments (``checkpoint_id=""``) count as not given, as with the SDK.

        Args:
            thread_id: The thread's id.
            checkpoint: The state at this checkpoint: a ``Checkpoint`` (``state.checkpoint``),
                ``{"checkpoint_id": ..., "checkpoint_ns": ...}`` or ``{"configurable": ...}``.
            checkpoint_id: The state at the checkpoint of this id (with a ``checkpoint`` that
                names none, a subgraph's namespace alone: that id in the namespace).
            subgraphs: Also the states of the subgraphs its pending tasks run
                (``state.tasks[i].state``).
            select: Only these fields (``"values"``, ``"next"``, ``"values.messages"``...).
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        tid = path_id(thread_id)
        fields = _arguments.strings(_arguments.given(select), "select")
        nested = _arguments.flag(subgraphs)  # (sent as the SDK sends it: false too)
        at = _arguments.state_at(checkpoint, checkpoint_id)
        if isinstance(at, models.CheckpointConfig):
            body = models.ThreadStateCheckpointRequest(
                checkpoint=at, subgraphs=nested, select=fields
            )
            request = api.get_thread_state_at_checkpoint_config.build_request(tid, body=body)
        elif at is not None:
            request = api.get_thread_state_at_checkpoint.build_request(
                tid, at, subgraphs=nested, select=fields
            )
        else:
            request = api.get_thread_state.build_request(tid, subgraphs=nested, select=fields)
        # The three state endpoints document the same ThreadState answer.
        if select is None:
            return await self._call(api.get_thread_state, request, options, replayable=True)
        parse = _parsing.parse_state_selection
        return await self._http.send(request, parse, request_options(options), replayable=True)

    @option_keywords
    async def update_state(
        self,
        thread_id: IdLike,
        values: ObjectLike | Sequence[ObjectLike] | None,
        *,
        as_node: str | None = None,
        checkpoint: _arguments.CheckpointLike | None = None,
        checkpoint_id: IdLike | None = None,
        **options: Unpack[OptionArguments],
    ) -> models.ThreadStateUpdateResponse:
        """Write ``values`` into the thread's state as if ``as_node`` had run.

        The thread needs a graph: one that never ran needs ``metadata["graph_id"]``
        (``create(graph_id=...)``), else the server answers 400 (``BadRequestError``).

        Args:
            thread_id: The thread's id.
            values: The update, as the node would return it (LangChain messages, pydantic
                models, dataclasses and the like are encoded as the official SDK encodes
                them); a list of them, or ``None`` for an update that writes nothing.
            as_node: The node the update comes from (which decides what runs next).
            checkpoint: Update the state at this checkpoint (forking from it), as
                ``get_state`` takes it.
            checkpoint_id: The same, by id.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.state_update_body(values, as_node, checkpoint, checkpoint_id)
        operation = api.update_thread_state
        request = operation.build_request(path_id(thread_id), body=body)
        return await self._call(operation, request, options, replayable=False, writes=True)

    @overload
    async def get_history(
        self, thread_id: IdLike, *, select: None = None, **arguments: Unpack[_HistoryArguments]
    ) -> list[models.ThreadState]: ...

    @overload
    async def get_history(
        self, thread_id: IdLike, *, select: Sequence[str], **arguments: Unpack[_HistoryArguments]
    ) -> list[models.ThreadStateSelection]: ...

    @overload
    async def get_history(
        self,
        thread_id: IdLike,
        *,
        select: Sequence[str] | None,
        **arguments: Unpack[_HistoryArguments],
    ) -> list[models.ThreadState] | list[models.ThreadStateSelection]: ...

    @option_keywords
    async def get_history(
        self,
        thread_id: IdLike,
        *,
        limit: int | None = 10,
        before: IdLike | _arguments.CheckpointLike | None = None,
        metadata: ObjectLike | None = None,
        checkpoint: _arguments.CheckpointLike | None = None,
        select: Sequence[str] | None = None,
        **options: Unpack[OptionArguments],
    ) -> list[models.ThreadState] | list[models.ThreadStateSelection]:
        """Past states of a thread, newest first; with ``select``, ``ThreadStateSelection``
        objects (see ``get_state``).

        Args:
            thread_id: The thread's id.
            limit: At most this many states.
            before: States older than this checkpoint: its id, a checkpoint object (e.g.
                ``state.checkpoint``) or ``{"configurable": {...}}`` (all three work, where
                the official SDK's forms do not).
            metadata: States whose checkpoint metadata holds these keys and values.
            checkpoint: The states of this checkpoint namespace (a subgraph's), as
                ``get_state`` takes it.
            select: Only these fields of each state, as ``get_state``.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        body = _bodies.history_body(limit, before, metadata, checkpoint, select)
        sent = request_options(options)
        if select is None:
            return await self._history(thread_id, body, sent, _whole_states)
        return await self._history(thread_id, body, sent, _parsing.parse_state_selections)

    async def _history(
        self,
        thread_id: IdLike,
        body: models.ThreadHistoryRequest,
        options: RequestOptions,
        parse: Callable[[httpx.Response], T],
    ) -> T:
        return await self._http.send(
            api.search_thread_history.build_request(path_id(thread_id), body=body),
            parse,
            options,
            replayable=True,
        )

    @option_keywords
    def iter_history(
        self,
        thread_id: IdLike,
        *,
        page_size: int = 100,
        before: IdLike | _arguments.CheckpointLike | None = None,
        metadata: ObjectLike | None = None,
        checkpoint: _arguments.CheckpointLike | None = None,
        **options: Unpack[OptionArguments],
    ) -> AsyncGenerator[models.ThreadState, None]:
        """Every past state of a thread, newest first, ``page_size`` a request.

        Pages follow ``before`` (the last state's checkpoint), so states written while
        iterating (newer ones) are not seen, and none is seen twice. It ends at a short page,
        at a checkpoint without an id, and where a page starts with the state the page before
        started with (a server that does not read ``before``).

        Args:
            thread_id, before, metadata, checkpoint: As ``get_history``.
            page_size: How many states each request asks for (1 to 1000, a request's limit).
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        page_size = _arguments.page_size(page_size)
        sent = request_options(options)
        # Read at the call, as every other method's arguments (see iter_search).
        first = _bodies.history_body(page_size, before, metadata, checkpoint, None)
        return self._walk_history(path_id(thread_id), _bodies.as_read_now(first), sent, page_size)

    async def _walk_history(
        self,
        thread_id: str,
        first: models.ThreadHistoryRequest,
        sent: RequestOptions,
        page_size: int,
    ) -> AsyncGenerator[models.ThreadState, None]:
        body = first
        first_checkpoint: models.Checkpoint | None = None
        while True:
            page = await self._history(thread_id, body, sent, _whole_states)
            if first_checkpoint is not None and page and page[0].checkpoint == first_checkpoint:
                return  # (a server that does not read ``before`` would be read forever)
            for state in page:
                yield state
            last = page[-1].checkpoint if page else None
            if len(page) < page_size or last is None or not last.checkpoint_id:
                return  # (a checkpoint without an id, as Aegra's before a first run: no older)
            first_checkpoint = page[0].checkpoint
            # Its fields that are there (a null namespace is the root's, as none); read as a
            # dict, whatever fields the model may have (one named `items` hides the method).
            cursor = {key: value for key, value in dict.items(last) if value is not None}
            body = _bodies.later_history_page(first, cursor)

    @option_keywords
    async def get_storage(
        self,
        thread_id: IdLike,
        **options: Unpack[OptionArguments],
    ) -> models.ThreadStorage:
        """How much storage a thread uses (checkpoints, channel values, pending writes).

        Args:
            thread_id: The thread's id.
            headers, params, timeout, max_retries: This request's options (see the class).
        """
        request = api.get_thread_storage.build_request(path_id(thread_id))
        return await self._call(api.get_thread_storage, request, options, replayable=True)

    def join_stream(
        self,
        thread_id: IdLike,
        *,
        last_event_id: str | None = None,
        stream_mode: StreamModeName | Sequence[StreamModeName] | None = "run_modes",
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
        reconnect_delay: float = DEFAULT_RECONNECT_DELAY,
        headers: HeaderTypes | None = None,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ThreadStream:
        """The live events of every run on a thread, as ``StreamPart(event, data, id)``.

        ``stream_mode`` is ``"run_modes"`` (all run events), ``"lifecycle"`` (run start and
        end) or ``"state_update"``, or a list of them; ``None`` and a run stream's mode
        (``"values"``, ...) are ``"run_modes"``, which is what the official SDK delivers for
        them. ``last_event_id`` resumes after that event (``"-"`` replays every stored
        event); only runs created with ``stream_resumable: true`` are stored for replay, and
        state_update events never are.

        A dropped connection is resumed by itself: up to ``max_reconnects`` attempts in a row
        (0 turns reconnecting off), with exponential backoff from ``reconnect_delay`` seconds.
        A thread that does not exist yet is waited for, as with the official SDK: the events
        of its runs come once it is created (to refuse an unknown id instead, ``get`` it
        first). A malformed ``last_event_id`` or mode raises ``ValueError`` (or
        ``UnprocessableEntityError`` from the server) before any event.

        Args:
            thread_id: The thread's id.
            last_event_id: Resume after this event (``stream.last_event_id``).
            stream_mode: Which events, as above.
            max_reconnects: Reconnect attempts in a row before ``StreamDisconnectedError``.
            reconnect_delay: Seconds before the first reconnect (then more each time).
            headers, params, timeout: Options of the stream's requests (see the class);
                the read timeout bounds the silence between two bytes (heartbeats included).
                The headers win over the stream's own (``Accept``, ``Cache-Control``), as
                with the SDK; a ``Last-Event-ID`` among them is where the stream starts.
        """
        reconnect_delay = check_reconnects(max_reconnects, reconnect_delay)
        sent, last_event_id = stream_headers(normalized_headers(headers), last_event_id)
        return ThreadStream(
            self._http,
            path_id(thread_id),
            stream_modes=stream_modes_param(stream_mode),
            last_event_id=check_last_event_id(last_event_id),
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
            options=RequestOptions(sent, params, timeout),
        )
