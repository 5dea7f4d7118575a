"""Paging, per-call option views and raw responses, both forms, on the wire."""

from __future__ import annotations

import asyncio
import json
from typing import Any, Unpack, assert_type, cast

import httpx
import httpx2
import pytest
from langgraph_sdk.client import SyncLangGraphClient
from langgraph_sdk.client import SyncThreadsClient as SDKThreadsClient

from langgraph_threads_client import (
    APIStatusError,
    SelectName,
    ThreadPage,
    _options,
    get_client,
    get_sync_client,
)
from langgraph_threads_client._pages import thread_page
from langgraph_threads_client.models import Thread, ThreadSelection
from tests.forms import Form, threads_client
from tests.unit.test_client import EMPTY_STATE, THREAD, THREAD_ID

TOTAL = 23


class PagedServer:
    """Serves TOTAL threads by offset/limit, with or without the pagination headers."""

    def __init__(self, *, headers: bool) -> None:
        self.headers = headers
        self.requests: list[dict[str, Any]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.requests.append(body)
        offset, limit = body.get("offset", 0), body.get("limit", 10)
        items = [
            {**THREAD, "thread_id": f"{n:08d}-0000-4000-8000-000000000000"}
            for n in range(offset, min(offset + limit, TOTAL))
        ]
        headers = {}
        if self.headers:
            headers["X-Pagination-Total"] = str(TOTAL)
            if offset + limit < TOTAL:
                headers["X-Pagination-Next"] = str(offset + limit)
        return httpx.Response(200, json=items, headers=headers)


@pytest.mark.parametrize("with_headers", [True, False])
def test_iter_search_walks_every_page(form: Form, with_headers: bool) -> None:
    server = PagedServer(headers=with_headers)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        ids = [t.thread_id for t in threads.iter_search(metadata={"a": 1}, page_size=10)]
    assert len(ids) == TOTAL
    assert len(set(ids)) == TOTAL
    assert [r["offset"] for r in server.requests] == [0, 10, 20]
    assert all(r["limit"] == 10 and r["metadata"] == {"a": 1} for r in server.requests)


@pytest.mark.parametrize("ignores_offset", [False, True])
def test_iter_search_ends_where_a_server_does_not_page(form: Form, ignores_offset: bool) -> None:
    """An empty page that names a next one, or the same first page again and again (a server
    that does not read ``offset``): the walk ends instead of reading forever."""
    requests: list[dict[str, Any]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(json.loads(request.content))
        if ignores_offset:
            items = [
                {**THREAD, "thread_id": f"{n:08d}-0000-4000-8000-000000000000"} for n in range(10)
            ]
            return httpx.Response(200, json=items)
        return httpx.Response(200, json=[], headers={"X-Pagination-Next": str(len(requests) * 10)})

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        ids = [t.thread_id for t in threads.iter_search(page_size=10)]
    # (The same first page a second time may be page_size threads made ahead of the walk: a
    # third tells.)
    assert (len(ids), len(requests)) == ((10, 3) if ignores_offset else (0, 1))


def test_iter_search_goes_on_past_a_page_that_threads_made_ahead_of_it_pushed_back(
    form: Form,
) -> None:
    """Newest first, page_size threads created between two requests make the second page the
    first again: the walk skips what it has seen and reads on, missing none of the rest."""
    server = PagedServer(headers=False)
    created = 0

    def handle(request: httpx.Request) -> httpx.Response:
        nonlocal created
        offset = json.loads(request.content)["offset"]
        if offset == 5 and not created:
            created = 5  # (five made ahead of the walk, as its first page was read)
        pushed = httpx.Request("POST", request.url, json={"offset": offset - created, "limit": 5})
        return server.handle(pushed)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        ids = [t.thread_id for t in threads.iter_search(page_size=5)]
    assert sorted(set(ids)) == sorted(ids)  # (each once)
    assert len(ids) == TOTAL


def test_search_page_exposes_total_and_next(form: Form) -> None:
    server = PagedServer(headers=True)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        first = threads.search_page(limit=10)
        last = threads.search_page(limit=10, offset=20)
    assert isinstance(first, ThreadPage)
    assert (len(first.items), first.total, first.next_offset) == (10, TOTAL, 10)
    assert (len(last.items), last.total, last.next_offset) == (3, TOTAL, None)


@pytest.mark.parametrize(
    ("headers", "offset", "count", "total", "next_offset"),
    [
        # Both headers: the server's next, if it moves forward.
        ({"X-Pagination-Total": "23", "X-Pagination-Next": "10"}, 0, 10, 23, 10),
        ({"X-Pagination-Total": "23", "X-Pagination-Next": "10"}, 10, 10, 23, None),  # stuck
        ({"X-Pagination-Total": "23", "X-Pagination-Next": "5"}, 10, 10, 23, None),  # back
        ({"X-Pagination-Next": "11"}, 10, 1, None, 11),
        ({"X-Pagination-Next": "20"}, 10, 0, None, None),  # an empty page is the last
        # Only the total: more pages while the page ends before it.
        ({"X-Pagination-Total": "23"}, 0, 10, 23, 10),
        ({"X-Pagination-Total": "23"}, 10, 10, 23, 20),
        ({"X-Pagination-Total": "20"}, 10, 10, 20, None),
        ({"X-Pagination-Total": "23"}, 20, 3, 23, None),
        # Neither: a full page may have a next one.
        ({}, 0, 10, None, 10),
        ({}, 30, 10, None, 40),
        ({}, 30, 9, None, None),
        # Headers that are not numbers count as absent (not as "no more": the rules above).
        ({"X-Pagination-Total": "many", "X-Pagination-Next": "later"}, 0, 10, None, 10),
        ({"X-Pagination-Total": "many", "X-Pagination-Next": ""}, 0, 9, None, None),
        ({"X-Pagination-Total": "23", "X-Pagination-Next": "later"}, 0, 10, 23, 10),
        # Nor are a sign, an underscore, or an offset past 64 bits.
        ({"X-Pagination-Next": "+3"}, 0, 9, None, None),
        ({"X-Pagination-Next": "1_0"}, 0, 9, None, None),
        ({"X-Pagination-Next": "9" * 30}, 0, 10, None, 10),
        ({"X-Pagination-Next": "9" * 18}, 0, 10, None, int("9" * 18)),  # (the longest read)
        ({"X-Pagination-Total": "9" * 19, "X-Pagination-Next": "10"}, 0, 10, None, 10),
    ],
)
def test_a_page_reads_the_pagination_headers(
    headers: dict[str, str], offset: int, count: int, total: int | None, next_offset: int | None
) -> None:
    items = [Thread.from_dict(THREAD)] * count
    response = httpx.Response(200, headers=headers)
    page = thread_page(response, items, offset=offset, limit=10)
    assert page == ThreadPage(items=items, offset=offset, total=total, next_offset=next_offset)


def test_a_server_that_does_not_move_forward_stops_the_walk(form: Form) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[THREAD], headers={"X-Pagination-Next": "0"})

    with threads_client(form, transport=httpx.MockTransport(stuck)) as threads:
        assert len(list(threads.iter_search(page_size=1))) == 1


def test_iter_history_follows_before(form: Form) -> None:
    sent: list[Any] = []

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body.get("before"))
        start = 0 if "before" not in body else int(body["before"]["configurable"]["checkpoint_id"])
        states = [
            {**EMPTY_STATE, "checkpoint": {"checkpoint_id": str(n), "thread_id": THREAD_ID}}
            for n in range(start + 1, min(start + 1 + body["limit"], 8))
        ]
        return httpx.Response(200, json=states)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        states = list(threads.iter_history(THREAD_ID, page_size=3))
    assert [s.checkpoint.checkpoint_id for s in states if s.checkpoint] == list("1234567")
    assert sent[0] is None
    assert sent[1] == {"configurable": {"checkpoint_id": "3", "thread_id": THREAD_ID}}


def test_a_walk_reads_its_arguments_once_at_the_call_for_every_page(form: Form) -> None:
    # (A filter changed between the call and the first page, or between pages, is not read
    # again; a generator of ids is read once, and every page has them.)
    server = PagedServer(headers=True)
    metadata: dict[str, Any] = {"group": "a", "tags": {"team": "x"}}
    ids = (f"{n:08d}-0000-4000-8000-000000000000" for n in range(TOTAL))
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        walk = iter(threads.iter_search(metadata=metadata, ids=ids, page_size=10))  # type: ignore[arg-type]
        metadata["group"] = "b"
        found = [next(walk)]
        metadata["tags"]["team"] = "y"  # (a nested value too)
        found.extend(walk)
    assert len(found) == TOTAL
    sent = {"group": "a", "tags": {"team": "x"}}
    assert [(r["metadata"], len(r["ids"])) for r in server.requests] == [(sent, TOTAL)] * 3
    assert [list(r) for r in server.requests[1:]] == [list(server.requests[0])] * 2  # (key order)


def test_a_history_walk_reads_its_arguments_once_at_the_call_for_every_page(form: Form) -> None:
    sent: list[Any] = []

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        start = 0 if "before" not in body else int(body["before"]["configurable"]["checkpoint_id"])
        states = [
            {**EMPTY_STATE, "checkpoint": {"checkpoint_id": str(n), "thread_id": THREAD_ID}}
            for n in range(start + 1, min(start + 1 + body["limit"], 6))
        ]
        return httpx.Response(200, json=states)

    metadata: dict[str, Any] = {"source": "loop", "writes": {"step": 1}}
    checkpoint = {"checkpoint_ns": ""}  # (the root graph's states only)
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        walk = iter(
            threads.iter_history(THREAD_ID, page_size=2, metadata=metadata, checkpoint=checkpoint)
        )
        metadata["source"] = "update"
        states = [next(walk)]
        metadata["writes"]["step"] = 2  # (a nested value too)
        states.extend(walk)
        assert len(states) == 5
        threads.get_history(
            THREAD_ID, limit=2, metadata=metadata, checkpoint=checkpoint, before="2"
        )
    assert [body["metadata"] for body in sent[:3]] == [
        {"source": "loop", "writes": {"step": 1}}
    ] * 3
    assert [body["checkpoint"] for body in sent[:3]] == [checkpoint] * 3
    # Each later page's fields in the order get_history sends them (before after limit).
    assert [list(body) for body in sent[1:3]] == [list(sent[3])] * 2
    assert [body.get("before") for body in sent[:3]] == [
        None,
        {"configurable": {"checkpoint_id": "2", "thread_id": THREAD_ID}},
        {"configurable": {"checkpoint_id": "4", "thread_id": THREAD_ID}},
    ]


def test_iter_history_ends_where_no_older_state_can_be_named(form: Form) -> None:
    # Aegra's state before a first run has a checkpoint without an id: nothing before it.
    # A null namespace (the spec allows one) is the root's: left out of the next ``before``.
    pages = [
        [
            {
                **EMPTY_STATE,
                "checkpoint": {"checkpoint_id": "2", "thread_id": THREAD_ID, "checkpoint_ns": None},
            }
        ],
        [{**EMPTY_STATE, "checkpoint": {"checkpoint_id": None, "thread_id": THREAD_ID}}],
    ]
    sent: list[Any] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content).get("before"))
        return httpx.Response(200, json=pages[len(sent) - 1])

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        states = list(threads.iter_history(THREAD_ID, page_size=1))
    assert [state["checkpoint"]["checkpoint_id"] for state in states] == ["2", None]
    assert sent == [None, {"configurable": {"checkpoint_id": "2", "thread_id": THREAD_ID}}]


def test_iter_history_on_a_server_that_does_not_read_before_stops(form: Form) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        checkpoint = {"checkpoint_id": "1", "thread_id": THREAD_ID}
        return httpx.Response(200, json=[{**EMPTY_STATE, "checkpoint": checkpoint}] * 2)

    with threads_client(form, transport=httpx.MockTransport(stuck)) as threads:
        assert len(list(threads.iter_history(THREAD_ID, page_size=2))) == 2


def test_the_largest_page_size_is_a_requests_limit(form: Form) -> None:
    server = PagedServer(headers=True)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        assert len(list(threads.iter_search(page_size=1000))) == TOTAL
    assert [request["limit"] for request in server.requests] == [1000]


@pytest.mark.parametrize("bad", [0, -1, "10"])
def test_bad_page_size(form: Form, bad: Any) -> None:
    with (
        threads_client(form, transport=httpx.MockTransport(PagedServer(headers=True).handle)) as t,
        pytest.raises((TypeError, ValueError)),
    ):
        list(t.iter_search(page_size=bad))


def test_with_options_overrides_and_shares_the_pool(form: Form) -> None:
    requests: list[httpx.Request] = []
    attempts = {"n": 0}

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        attempts["n"] += 1
        return httpx.Response(503, json={"detail": "busy"})

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        view = threads.with_options(timeout=3.0, max_retries=0, headers={"x-tenant": "t1"})
        with pytest.raises(APIStatusError):
            view.count()
        assert attempts["n"] == 1  # max_retries=0 in the view
        assert requests[-1].headers["x-tenant"] == "t1"
        assert requests[-1].extensions["timeout"] == httpx.Timeout(3.0).as_dict()
        assert view._http.client is threads._http.client  # one connection pool
        with pytest.raises(APIStatusError):
            threads.count()
        assert attempts["n"] == 1 + 3  # the original keeps its defaults (2 retries)
        assert "x-tenant" not in requests[-1].headers


def test_with_options_keeps_the_defaults_it_is_not_given(form: Form) -> None:
    requests: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(503, json={"detail": "busy"})

    with threads_client(
        form, transport=httpx.MockTransport(handle), timeout=7.0, max_retries=1
    ) as threads:
        view = threads.with_options(headers={"x-tenant": "t1"})
        with pytest.raises(APIStatusError):
            view.count()
    assert len(requests) == 2  # the client's one retry
    assert [r.extensions["timeout"] for r in requests] == [httpx.Timeout(7.0).as_dict()] * 2
    assert [r.headers["x-tenant"] for r in requests] == ["t1", "t1"]


def test_capture_response_gives_the_raw_response(form: Form) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD, headers={"x-request-id": "r-1"})

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        with threads.capture_response() as captured:
            thread = threads.get(THREAD_ID)
            threads.get(THREAD_ID)
        assert thread.thread_id == THREAD_ID
        assert captured.response.status_code == 200
        assert captured.response.headers["x-request-id"] == "r-1"
        assert len(captured.responses) == 2
        threads.get(THREAD_ID)  # outside the block: not captured
        assert len(captured.responses) == 2
    with pytest.raises(LookupError), threads.capture_response() as empty:
        empty.response  # noqa: B018


def test_capture_response_takes_its_clients_calls_and_its_views_not_anothers(
    form: Form,
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD, headers={"x-from": request.url.host})

    transport = httpx.MockTransport(handle)
    with (
        threads_client(form, transport=transport, url="http://a.test") as a,
        threads_client(form, transport=transport, url="http://b.test") as b,
    ):
        with a.capture_response() as of_a, b.capture_response() as of_b:
            a.get(THREAD_ID)
            b.get(THREAD_ID)
            a.with_options(timeout=5).get(THREAD_ID)  # (a view of a: a's HTTP client)
        with a.capture_response() as outer:
            a.get(THREAD_ID)
            with a.capture_response() as inner:
                a.get(THREAD_ID)
    assert [r.headers["x-from"] for r in of_a.responses] == ["a.test", "a.test"]
    assert [r.headers["x-from"] for r in of_b.responses] == ["b.test"]
    # (An outer block's calls are also those of the blocks within it.)
    assert (len(outer.responses), len(inner.responses)) == (2, 1)


def test_a_task_started_in_a_capture_stops_adding_to_it_when_the_block_ends() -> None:
    """A task keeps the context it was started in, this capture with it: once the block has
    ended, its calls (a poller's, for the life of the program) must not pile up there."""

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD)

    async def main() -> None:
        transport = httpx.MockTransport(handle)
        async with (
            httpx.AsyncClient(transport=transport) as http,
            get_client(url="http://server", http_client=http) as client,
        ):
            go_on = asyncio.Event()

            async def poller() -> None:
                await client.threads.get(THREAD_ID)
                await go_on.wait()
                for _ in range(3):
                    await client.threads.get(THREAD_ID)

            with client.threads.capture_response() as captured:
                task = asyncio.create_task(poller())
                await asyncio.sleep(0.01)  # (its first call, inside the block)
                assert len(captured.responses) == 1
            go_on.set()
            await task
            assert len(captured.responses) == 1

    asyncio.run(main())


# Every method that takes the request options, with the arguments it needs.
CALLS_WITH_OPTIONS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "get": ((THREAD_ID,), {}),
    "create": ((), {}),
    "update": ((THREAD_ID,), {"metadata": {"a": 1}}),
    "delete": ((THREAD_ID,), {}),
    "search": ((), {}),
    "search_page": ((), {}),
    "iter_search": ((), {}),
    "count": ((), {}),
    "copy": ((THREAD_ID,), {}),
    "prune": (([THREAD_ID],), {}),
    "get_state": ((THREAD_ID,), {}),
    "update_state": ((THREAD_ID, {"a": 1}), {}),
    "get_history": ((THREAD_ID,), {}),
    "iter_history": ((THREAD_ID,), {}),
    "get_storage": ((THREAD_ID,), {}),
}


def call_to_the_end(threads: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(threads, name)(*args, **kwargs)
    return list(result) if name.startswith("iter_") else result


def answering(status: int) -> tuple[list[httpx.Request], httpx.MockTransport]:
    """A transport that answers every request with ``status``, and the requests it got."""
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status)

    return sent, httpx.MockTransport(handle)


@pytest.mark.parametrize("name", CALLS_WITH_OPTIONS)
def test_a_misspelt_keyword_fails_before_anything_is_sent(form: Form, name: str) -> None:
    sent, transport = answering(500)
    args, kwargs = CALLS_WITH_OPTIONS[name]
    with threads_client(form, transport=transport) as threads:
        with pytest.raises(TypeError) as misspelt:
            call_to_the_end(threads, name, *args, **kwargs, timout=5)
        with pytest.raises(TypeError) as two:
            call_to_the_end(threads, name, *args, **kwargs, zz=1, headerz={}, timeout=1)
    # As Python says it, naming the method (the official SDK's methods are Python's own).
    method = f"{'' if form.startswith('async') else 'Sync'}ThreadsClient.{name}()"
    assert str(misspelt.value) == f"{method} got an unexpected keyword argument 'timout'"
    # (the first by name)
    assert str(two.value) == f"{method} got an unexpected keyword argument 'headerz'"
    assert sent == []


@pytest.mark.parametrize(("name", "args"), [("iter_search", ()), ("iter_history", (THREAD_ID,))])
def test_a_walk_refuses_a_misspelt_keyword_at_the_call(
    form: Form, name: str, args: tuple[str, ...]
) -> None:
    # (Not at its first page, whenever that is asked for, as a generator's body would.)
    sent, transport = answering(500)
    with threads_client(form, transport=transport) as threads, pytest.raises(TypeError) as misspelt:
        getattr(threads, name)(*args, metdata={})
    method = f"{'' if form.startswith('async') else 'Sync'}ThreadsClient.{name}()"
    assert str(misspelt.value) == f"{method} got an unexpected keyword argument 'metdata'"
    assert sent == []


def test_a_misspelt_keyword_given_outside_a_method_names_none() -> None:
    from langgraph_threads_client._options import request_options

    with pytest.raises(TypeError) as misspelt:
        request_options(cast(Any, {"timout": 5}))
    assert str(misspelt.value) == "got an unexpected keyword argument 'timout'"


def test_a_misspelt_keyword_names_the_method_through_a_wrapper_of_request_options(
    form: Form, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wrapper of ``request_options`` from outside the package (as a mutation tester puts in
    front of each function) is not taken for the method."""
    from langgraph_threads_client._async import _threads as async_threads
    from langgraph_threads_client._options import request_options as unwrapped
    from langgraph_threads_client._sync import _threads as sync_threads

    def trampoline(options: Any) -> Any:
        return unwrapped(options)

    is_async = form.startswith("async")
    monkeypatch.setattr(async_threads if is_async else sync_threads, "request_options", trampoline)
    _, transport = answering(500)
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(TypeError) as misspelt,
    ):
        call_to_the_end(threads, "get", THREAD_ID, timout=5)
    method = f"{'' if is_async else 'Sync'}ThreadsClient.get()"
    assert str(misspelt.value) == f"{method} got an unexpected keyword argument 'timout'"


@pytest.mark.parametrize(
    "name", [name for name in CALLS_WITH_OPTIONS if hasattr(SDKThreadsClient, name)]
)
def test_a_misspelt_keyword_is_said_as_the_sdk_says_it(name: str) -> None:
    args, kwargs = CALLS_WITH_OPTIONS[name]
    sent, transport = answering(500)
    http = httpx.Client(base_url="http://sdk.test", transport=transport)
    with SyncLangGraphClient(http) as sdk, pytest.raises(TypeError) as sdk_said:
        getattr(sdk.threads, name)(*args, **kwargs, timout=5)
    with threads_client("sync", transport=transport) as threads, pytest.raises(TypeError) as said:
        call_to_the_end(threads, name, *args, **kwargs, timout=5)
    assert str(said.value) == str(sdk_said.value)
    assert sent == []


@pytest.mark.parametrize("name", CALLS_WITH_OPTIONS)
def test_every_option_reaches_the_request(form: Form, name: str) -> None:
    sent, transport = answering(503)
    args, kwargs = CALLS_WITH_OPTIONS[name]
    options = {"headers": {"x-call": "1"}, "params": {"p": "2"}, "timeout": 4.0, "max_retries": 0}
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIStatusError),
    ):
        call_to_the_end(threads, name, *args, **kwargs, **options)
    assert len(sent) == 1  # max_retries=0: one attempt
    assert sent[0].headers["x-call"] == "1"
    assert sent[0].url.params["p"] == "2"
    assert sent[0].extensions["timeout"] == httpx.Timeout(4.0).as_dict()


def test_type_checkers_read_each_option_and_refuse_a_misspelt_one(form: Form) -> None:
    # Also checked by mypy --strict (make lint): the ignore below is an error there unless mypy
    # refuses the call (warn_unused_ignores), and assert_type holds.
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD)

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        thread = threads.get(THREAD_ID, headers={"x": "1"}, timeout=1.0, max_retries=0)
        assert_type(thread, Thread)
        assert thread.thread_id == THREAD_ID
        with pytest.raises(TypeError, match="'timout'"):
            threads.get(THREAD_ID, timout=1.0)  # type: ignore[call-arg]


def _as_given(value: bool) -> bool:
    return value


def test_arguments_typed_as_the_sdk_types_them_pick_an_overload(form: Form) -> None:
    # A bool for return_minimal, an optional list for select, a tuple timeout: the official
    # SDK's hints take them, and so do these (mypy --strict checks the assert_types).
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/search"):
            return httpx.Response(200, json=[{"thread_id": THREAD_ID}])
        return httpx.Response(200, json=THREAD)

    fields: list[SelectName] | None = ["thread_id"] if _as_given(True) else None
    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        updated = threads.update(THREAD_ID, metadata={}, return_minimal=_as_given(False))
        assert_type(updated, Thread | None)
        assert updated is not None
        assert updated.thread_id == THREAD_ID
        found = threads.search(select=fields)
        assert_type(found, list[Thread] | list[ThreadSelection])
        assert [dict(item) for item in found] == [{"thread_id": THREAD_ID}]
        threads.get(THREAD_ID, timeout=(1.0, 2.0, 3.0, None))
    expected = httpx.Timeout(connect=1.0, read=2.0, write=3.0, pool=None)
    assert sent[-1].extensions["timeout"] == expected.as_dict()
    with get_sync_client(timeout=(1.0, 2.0, 3.0, None)) as client:
        assert client.http_client.timeout == expected
    # The official SDK's two (connect, read), typed too: no limit on the others, as httpx says.
    with get_sync_client(timeout=(1.0, 2.0)) as client:
        assert client.http_client.timeout == httpx.Timeout(
            connect=1.0, read=2.0, write=None, pool=None
        )


def test_option_keywords_shows_the_options_as_the_keywords_they_are() -> None:
    import inspect

    from langgraph_threads_client._options import OptionArguments, option_keywords

    def method(
        self: object, thread_id: str, *, include: str = "", **options: Unpack[OptionArguments]
    ) -> None: ...

    assert option_keywords(method) is method
    assert str(inspect.signature(method)) == (
        "(self: 'object', thread_id: 'str', *, include: 'str' = '',"
        " headers: 'HeaderTypes | None' = None, params: 'QueryParams | None' = None,"
        " timeout: 'TimeoutTypes | NotGiven' = NOT_GIVEN,"
        " max_retries: 'int | NotGiven' = NOT_GIVEN) -> 'None'"
    )

    def no_options(thread_id: str) -> None: ...

    with pytest.raises(TypeError, match=r"no_options takes no \*\*options"):
        option_keywords(no_options)


def test_the_url_of_a_call_is_parsed_once_for_every_call_to_it(form: Form) -> None:
    # httpx parses a URL in Python: calls to a URL already called use its parsed form again,
    # each request still getting its own query (the parsed URL is immutable).
    seen: list[httpx.URL] = []
    _options._PARSED_URLS.clear()  # (other tests' URLs could fill it up meanwhile)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json=[])

    transport = httpx.MockTransport(handler)
    with threads_client(form, transport=transport, url="http://server", api_key=None) as threads:
        threads.search(limit=1)
        threads.search(limit=2)
        threads.get_history(THREAD_ID, limit=1, params={"first": "1"})
        threads.get_history(THREAD_ID, limit=1, params={"second": "2"})
        threads.get_history("another-thread", limit=1)
    assert [str(url) for url in seen] == [
        "http://server/threads/search",
        "http://server/threads/search",
        f"http://server/threads/{THREAD_ID}/history?first=1",
        f"http://server/threads/{THREAD_ID}/history?second=2",
        "http://server/threads/another-thread/history",
    ]
    parsed = _options._PARSED_URLS
    url_class = httpx2.URL if form.endswith("httpx2") else httpx.URL
    key = (url_class, "http://server/threads/search", None)
    search_url = parsed[key]
    assert type(search_url) is url_class
    with threads_client(form, transport=transport, url="http://server", api_key=None) as threads:
        threads.search(limit=3)
    assert parsed[key] is search_url  # used again, not parsed again


QUERIES: list[object] = [
    {"subgraphs": False},
    {"subgraphs": True, "select": ["values", "next"]},
    {"limit": 1},
    {"limit": True},  # (equal to 1, but sent as "true")
    {"a b": "c&d=é", "empty": ""},
    [("a", "1"), ("a", "2"), ("b", "x")],
    [("a", "1")],
    # Not plain: merged by httpx as given.
    "a=1&b=2",
    {"f": 1.0, "n": None},
    (("a", "1"),),
    {"list": ["1", 2]},
    {1: "x"},
]


@pytest.mark.parametrize("stack", [httpx, httpx2], ids=["httpx", "httpx2"])
@pytest.mark.parametrize("client_params", [None, {"key": "k", "a": "0"}])
def test_query_parameters_make_the_url_httpx_makes(stack: Any, client_params: Any) -> None:
    # Plain parameters are kept in the parsed URL (no merge per call); the request's URL is
    # the one httpx builds from them, whatever the form, and with the client's own parameters.
    _options._PARSED_URLS.clear()
    with stack.Client(
        transport=stack.MockTransport(lambda request: stack.Response(200)), params=client_params
    ) as http:
        for params in QUERIES:
            kwargs = {"method": "GET", "url": "http://server/path?x=0", "params": params}
            expected = http.build_request(**kwargs).url
            for _ in range(2):  # parsed, then kept
                assert _options.build_request(http, kwargs, stack).url == expected
                assert str(_options.build_request(http, kwargs, stack).url) == str(expected)
    kept = {query for _, _, query in _options._PARSED_URLS}
    if client_params is None:
        assert len(kept) == 8  # the seven plain ones, and the URL alone (for all others)
    else:
        assert kept == {None}  # the client's own parameters: httpx merges them every time


def test_the_parsed_urls_kept_are_bounded() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    for number in range(_options._MAX_PARSED_URLS * 3):
        request = _options.build_request(
            http, {"method": "GET", "url": f"http://server/{number}"}, httpx
        )
        assert request.url.path == f"/{number}"
        assert len(_options._PARSED_URLS) <= _options._MAX_PARSED_URLS
    http.close()


def test_an_invalid_url_raises_what_httpx_raises_for_it() -> None:
    with httpx.Client() as http, pytest.raises(httpx.InvalidURL, match="non-printable"):
        _options.build_request(http, {"method": "GET", "url": "http://server/\x00"}, httpx)
