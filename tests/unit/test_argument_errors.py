"""Every invalid argument raises a typed error that names it, before anything is sent."""

from __future__ import annotations

import asyncio
import socket
from typing import Any, cast

import httpx
import pytest

from langgraph_threads_client import (
    NOT_GIVEN,
    APIConnectionError,
    SyncThreadsClient,
    get_client,
    get_sync_client,
)
from tests.forms import Form, threads_client

T = "01a20f6f-7ed2-7453-b595-f65dd9614208"


class AsDict:
    """Has a Timeout's ``as_dict`` without being one."""

    def as_dict(self) -> dict[str, float]:
        return dict.fromkeys(("connect", "read", "write", "pool"), 1.0)


CASES: list[tuple[Any, type[Exception], str]] = [
    (
        lambda t: t.search(status="paused"),
        ValueError,
        "status must be one of 'busy', 'error', 'idle', 'interrupted'; got 'paused'",
    ),
    (
        lambda t: t.search(select=["nope"]),
        ValueError,
        "select must be one of 'config', 'created_at', 'interrupts', 'metadata', "
        "'state_updated_at', 'status', 'thread_id', 'updated_at', 'values'; got 'nope'",
    ),
    (
        lambda t: t.search(sort_by="name"),
        ValueError,
        "sort_by must be one of 'created_at', 'state_updated_at', 'status', 'thread_id', "
        "'updated_at'; got 'name'",
    ),
    (
        lambda t: t.search(sort_order="up"),
        ValueError,
        "sort_order must be one of 'asc', 'desc'; got 'up'",
    ),
    (lambda t: t.search(limit="10"), TypeError, "limit must be an int, got str"),
    (lambda t: t.search(offset=1.5), TypeError, "offset must be an int, got float"),
    (lambda t: t.search(metadata=["a"]), TypeError, "metadata must be a mapping, got list"),
    (lambda t: t.search(values=3), TypeError, "values must be a mapping, got int"),
    (lambda t: t.search(extract=[1]), TypeError, "extract must be a mapping, got list"),
    (
        lambda t: t.search(extract={"a": 1}),
        TypeError,
        "extract['a'] must be a path string, got int",
    ),
    (
        lambda t: t.create(if_exists="ignore"),
        ValueError,
        "if_exists must be one of 'do_nothing', 'raise'; got 'ignore'",
    ),
    (
        lambda t: t.create(ttl=True),
        TypeError,
        "ttl must be a number of minutes or a mapping, got bool",
    ),
    (
        lambda t: t.create(ttl="x"),
        TypeError,
        "ttl must be a number of minutes or a mapping, got str",
    ),
    (
        lambda t: t.create(ttl={"ttl": 5, "strategy": "keep"}),
        ValueError,
        "ttl strategy must be one of 'delete', 'keep_latest'; got 'keep'",
    ),
    (
        lambda t: t.create(supersteps=[{"values": {}}]),
        ValueError,
        "supersteps[0] needs an 'updates' list",
    ),
    (lambda t: t.create(supersteps=[3]), TypeError, "supersteps[0] must be a mapping, got int"),
    (
        lambda t: t.create(supersteps={"updates": []}),
        TypeError,
        "supersteps must be a list of supersteps, got dict",
    ),
    (
        lambda t: list(t.join_stream(T, reconnect_delay=-(10**400))),
        ValueError,
        "max_reconnects and reconnect_delay must not be negative",
    ),
    (
        lambda t: t.create(supersteps=[{"updates": "abc"}]),
        TypeError,
        'supersteps[0]["updates"] must be a list, got str',
    ),
    (
        lambda t: t.create(supersteps=[{"updates": {"values": 1, "as_node": "n"}}]),
        TypeError,
        'supersteps[0]["updates"] must be a list, got dict',
    ),
    (
        lambda t: t.create(supersteps=[{"updates": 5}]),
        TypeError,
        'supersteps[0]["updates"] must be a list, got int',
    ),
    (
        lambda t: t.create(supersteps=[{"updates": [7]}]),
        TypeError,
        'supersteps[0]["updates"][0] must be a mapping, got int',
    ),
    (
        lambda t: t.create(supersteps=[{"updates": [{"as_node": "n"}]}]),
        ValueError,
        "supersteps[0][\"updates\"][0] needs 'values' and 'as_node'",
    ),
    (
        lambda t: t.create(supersteps=[{"updates": [{"values": 1}]}]),
        ValueError,
        "supersteps[0][\"updates\"][0] needs 'values' and 'as_node'",
    ),
    (
        lambda t: t.create(supersteps=[{"updates": [{"values": 1, "as_node": 2}]}]),
        TypeError,
        'supersteps[0]["updates"][0]["as_node"] must be a str, got int',
    ),
    (
        lambda t: t.create(supersteps=[{"updates": [{"values": 1, "as_node": "n", "command": 3}]}]),
        TypeError,
        'supersteps[0]["updates"][0]["command"] must be a mapping, got int',
    ),
    (
        lambda t: t.create(
            supersteps=[
                {"updates": [{"values": 1, "as_node": "a"}]},
                {"updates": [{"values": 1, "as_node": "b"}, {"values": 2, "as_node": None}]},
            ]
        ),
        TypeError,
        'supersteps[1]["updates"][1]["as_node"] must be a str, got NoneType',
    ),
    (
        lambda t: t.prune([T], strategy="all"),
        ValueError,
        "strategy must be one of 'delete', 'keep_latest'; got 'all'",
    ),
    (
        lambda t: t.get_history(T, before=42),
        TypeError,
        "before must be a mapping or a Checkpoint, got int",
    ),
    (
        lambda t: t.get_history(T, before={"configurable": 3}),
        TypeError,
        "before['configurable'] must be a mapping or a Checkpoint, got int",
    ),
    (lambda t: t.get_history(T, limit=True), TypeError, "limit must be an int, got bool"),
    (
        lambda t: t.get_state(T, checkpoint=5),
        TypeError,
        "checkpoint must be a mapping or a Checkpoint, got int",
    ),
    (
        lambda t: t.update_state(T, {}, checkpoint={"checkpoint_ns": None}),
        TypeError,
        "checkpoint.checkpoint_ns: expected string, found null",
    ),
    (
        lambda t: t.get_history(T, before={"checkpoint_id": 3}),
        TypeError,
        "before.checkpoint_id: expected string, found integer",
    ),
    (
        # Before no checkpoint: langgraph-api's 500 (retried), where checkpoint= reads it as
        # none given.
        lambda t: t.get_history(T, before={"checkpoint_ns": "", "checkpoint_id": None}),
        TypeError,
        "before.checkpoint_id: expected string, found null",
    ),
    (
        lambda t: t.get_history(T, before={"configurable": {"thread_id": 5}}),
        TypeError,
        "before['configurable'].thread_id: expected string, found integer",
    ),
    (lambda t: t.update_state(T, {}, as_node=3), TypeError, "as_node must be a str, got int"),
    (lambda t: t.iter_search(page_size=0), ValueError, "page_size must be at least 1, got 0"),
    # (The walks too refuse at the call, before their first page is asked for.)
    (lambda t: t.iter_search(metadata=["a"]), TypeError, "metadata must be a mapping, got list"),
    (lambda t: t.iter_history(""), ValueError, "thread_id must be a non-empty id"),
    (
        lambda t: t.iter_search(max_retries=-1),
        ValueError,
        "max_retries must not be negative, got -1",
    ),
    (
        lambda t: list(t.join_stream(T, stream_mode={"run_modes": 1})),
        TypeError,
        "stream_mode must be a mode name or a list of them, got dict",
    ),
    (  # (true, but no mode: a false one is the default, below)
        lambda t: list(t.join_stream(T, stream_mode=cast(Any, 1))),
        TypeError,
        "stream_mode must be a mode name or a list of them, got int",
    ),
    (
        lambda t: t.iter_history(T, metadata=3),
        TypeError,
        "metadata must be a mapping, got int",
    ),
    (
        lambda t: t.get(T, timeout=AsDict()),
        TypeError,
        "timeout must be seconds (an int or a float), None, a tuple of them or an "
        "httpx.Timeout; got AsDict",
    ),
    (
        lambda t: t.iter_search(page_size=1001),
        ValueError,
        "page_size must be at most 1000 (a request's limit), got 1001",
    ),
    (
        lambda t: t.iter_history(T, page_size=5000),
        ValueError,
        "page_size must be at most 1000 (a request's limit), got 5000",
    ),
    (
        lambda t: list(t.join_stream(T, stream_mode=["a,b"])),
        ValueError,
        "stream_mode must be mode names like 'run_modes', got 'a,b'",
    ),
    (
        lambda t: list(t.join_stream(T, stream_mode=[""])),
        ValueError,
        "stream_mode must be mode names like 'run_modes', got ''",
    ),
    (
        lambda t: list(t.join_stream(T, last_event_id="abc")),
        ValueError,
        "last_event_id must be '-', empty, or an event id like '1732480000000-0'; got 'abc'",
    ),
    (
        lambda t: list(t.join_stream(T, last_event_id=5)),
        ValueError,
        "last_event_id must be '-', empty, or an event id like '1732480000000-0'; got 5",
    ),
    (
        lambda t: t.update_state("a\ud800", {}),
        ValueError,
        "thread_id must be text that UTF-8 encodes (no lone surrogate), got 'a\\ud800'",
    ),
    (  # (true, but no event id)
        lambda t: list(t.join_stream(T, last_event_id=cast(Any, 7))),
        ValueError,
        "last_event_id must be '-', empty, or an event id like '1732480000000-0'; got 7",
    ),
    (
        lambda t: list(t.iter_search(page_size=True)),
        TypeError,
        "page_size must be an int, got bool",
    ),
    (lambda t: t.create(metadata=3), TypeError, "metadata must be a mapping, got int"),
    (lambda t: t.update(T, metadata=3), TypeError, "metadata must be a mapping, got int"),
    (lambda t: t.count(metadata=3), TypeError, "metadata must be a mapping, got int"),
    (lambda t: t.count(values=[1]), TypeError, "values must be a mapping, got list"),
    (
        lambda t: t.count(status="paused"),
        ValueError,
        "status must be one of 'busy', 'error', 'idle', 'interrupted'; got 'paused'",
    ),
    (lambda t: t.search(ids=[T, 7]), TypeError, "ids must contain strings, got int"),
    (
        lambda t: t.update_state(T, {}, checkpoint=5),
        TypeError,
        "checkpoint must be a mapping or a Checkpoint, got int",
    ),
    (
        lambda t: t.update_state(T, {}, checkpoint_id=3),
        TypeError,
        "checkpoint_id must be a str, got int",
    ),
    (lambda t: t.get_history(T, metadata=3), TypeError, "metadata must be a mapping, got int"),
    (lambda t: t.get_history(T, select=3), TypeError, "select must be a list of strings, got int"),
    (
        lambda t: t.get_history(T, select=[3]),
        TypeError,
        "select must contain strings, got int",
    ),
    (lambda t: t.prune([3]), TypeError, "thread_ids must contain strings, got int"),
    # (A deletion takes no single string for a list of one, as the server takes none.)
    (
        lambda t: t.prune(T),
        TypeError,
        f"thread_ids must be a list of thread ids, got one string: prune(['{T}'])",
    ),
    (lambda t: t.search(ids=5), TypeError, "ids must be a list of strings, got int"),
    (lambda t: t.search(select=5), TypeError, "select must be a list of strings, got int"),
    (
        lambda t: list(t.join_stream(T, max_reconnects=-1)),
        ValueError,
        "max_reconnects and reconnect_delay must not be negative",
    ),
    (
        lambda t: list(t.join_stream(T, reconnect_delay=-0.5)),
        ValueError,
        "max_reconnects and reconnect_delay must not be negative",
    ),
    (
        lambda t: list(t.join_stream(T, reconnect_delay=float("nan"))),
        ValueError,
        "reconnect_delay must be seconds, 0 or more; got nan",
    ),
    (
        lambda t: t.prune(None),
        TypeError,
        "thread_ids must be a list of thread ids, got None",
    ),
    (lambda t: t.search(ids={T: 1}), TypeError, "ids must be a list of strings, got dict"),
    (
        lambda t: t.get_history(T, select={"values": 1}),
        TypeError,
        "select must be a list of strings, got dict",
    ),
    (
        lambda t: list(t.join_stream(T, reconnect_delay="1")),
        TypeError,
        "reconnect_delay must be seconds (an int, a float or another real number), got str",
    ),
    (
        lambda t: list(t.join_stream(T, reconnect_delay=True)),
        TypeError,
        "reconnect_delay must be seconds (an int, a float or another real number), got bool",
    ),
    (
        lambda t: list(t.join_stream(T, stream_mode=1)),
        TypeError,
        "stream_mode must be a mode name or a list of them, got int",
    ),
    (
        lambda t: list(t.join_stream(T, stream_mode=b"values")),
        TypeError,
        "stream_mode must be a mode name or a list of them, got bytes",
    ),
    (lambda t: t.get(T, max_retries=-1), ValueError, "max_retries must not be negative, got -1"),
    # Query parameters in a form httpx takes for none of the methods (where the official SDK
    # raises httpx's AttributeError, or a dict's ValueError for those with a query of their
    # own), with and without a query of the method's own (get_state's subgraphs).
    *(
        case
        for call in (
            lambda t, params: t.count(params=params),
            lambda t, params: t.get_state(T, params=params),
            lambda t, params: list(t.join_stream(T, params=params)),
        )
        for case in (
            (
                lambda t, call=call: call(t, 5),
                TypeError,
                "params must be a mapping, (name, value) pairs or a query string; got int",
            ),
            (
                lambda t, call=call: call(t, [("a", "1"), ("b",)]),
                TypeError,
                "params[1] must be a (name, value) pair; got tuple of 1",
            ),
            (
                lambda t, call=call: call(t, [(["a"], "1")]),
                TypeError,
                "params[0] is named by a list, not text",
            ),
            (
                lambda t, call=call: call(t, "a=caf\xe9".encode("latin-1")),
                ValueError,
                "params given as bytes must be an ASCII query string; byte 5 is not ASCII",
            ),
        )
    ),
    (
        # A list of three is taken by httpx (its first two), not by a dict's update.
        lambda t: t.get(T, include=["ttl"], params=[("a", "1", "2")]),
        TypeError,
        "params[0] must be a (name, value) pair; got tuple of 3",
    ),
    # Timeouts that httpx takes and the socket below it refuses at the first connection.
    (
        lambda t: t.get(T, timeout="5"),
        TypeError,
        "timeout must be seconds (an int or a float), None, a tuple of them or an "
        "httpx.Timeout; got str",
    ),
    (lambda t: t.get(T, timeout=-1), ValueError, "timeout must be seconds, more than 0; got -1"),
    # A bool has __index__: a socket would wait 1 second for True (0 for False).
    (
        lambda t: t.get(T, timeout=True),
        TypeError,
        "timeout must be seconds (an int or a float), None, a tuple of them or an "
        "httpx.Timeout; got bool",
    ),
    (
        lambda t: t.count(timeout=httpx.Timeout(5, read=False)),
        TypeError,
        "timeout.read must be seconds (an int or a float) or None; got bool",
    ),
    (
        lambda t: t.count(timeout=float("nan")),
        ValueError,
        "timeout must be seconds, more than 0; got nan",
    ),
    # 0 a socket takes, as "do not wait": no connection, read or write could end.
    (
        lambda t: t.get(T, timeout=0),
        ValueError,
        "timeout must be seconds, more than 0; got 0"
        " (with 0 a socket does not wait at all: no call could succeed)",
    ),
    (
        lambda t: t.with_options(timeout=(0.0, 5)),
        ValueError,
        "timeout[0] must be seconds, more than 0; got 0.0"
        " (with 0 a socket does not wait at all: no call could succeed)",
    ),
    (
        lambda t: t.count(timeout=httpx.Timeout(5, write=0)),
        ValueError,
        "timeout.write must be seconds, more than 0; got 0"
        " (with 0 a socket does not wait at all: no call could succeed)",
    ),
    # The pool's wait, which is no socket's: 0 or more.
    (
        lambda t: t.count(timeout=httpx.Timeout(5, pool=-1)),
        ValueError,
        "timeout.pool must be seconds, 0 or more; got -1",
    ),
    (
        lambda t: t.count(timeout=(5, 5, 5, -1)),
        ValueError,
        "timeout[3] must be seconds, 0 or more; got -1",
    ),
    (
        lambda t: t.get(T, timeout=(5,)),
        TypeError,
        "timeout as a tuple must be (connect, read[, write[, pool]]); got (5,)",
    ),
    (
        lambda t: t.get(T, timeout=(5, "30")),
        TypeError,
        "timeout[1] must be seconds (an int or a float) or None; got str",
    ),
    (
        lambda t: t.get(T, timeout=httpx.Timeout(5, read=-2)),
        ValueError,
        "timeout.read must be seconds, more than 0; got -2",
    ),
    (
        lambda t: t.with_options(timeout=[1, 2]),
        TypeError,
        "timeout must be seconds (an int or a float), None, a tuple of them or an "
        "httpx.Timeout; got list",
    ),
    (
        lambda t: list(t.join_stream(T, timeout=-0.5)),
        ValueError,
        "timeout must be seconds, more than 0; got -0.5",
    ),
    (
        lambda t: t.get(T, params=(p for p in [("a", "1")])),
        TypeError,
        "params must be a mapping, (name, value) pairs or a query string; got generator",
    ),
]


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing is sent, yet {request.method} {request.url} was")


@pytest.mark.parametrize(("call", "error", "message"), CASES)
def test_invalid_argument_is_named_in_a_typed_error(
    form: Form, call: Any, error: type[Exception], message: str
) -> None:
    threads: SyncThreadsClient
    with (
        threads_client(form, transport=httpx.MockTransport(never)) as threads,
        pytest.raises(error) as caught,
    ):
        call(threads)
    assert type(caught.value) is error
    assert str(caught.value) == message


@pytest.mark.parametrize("own_client", [True, False], ids=["own client", "a caller's client"])
@pytest.mark.parametrize(
    ("timeout", "error"), [("30", TypeError), (-1, ValueError), (0, ValueError), ((5,), TypeError)]
)
def test_a_client_timeout_that_a_socket_refuses_is_refused_as_the_client_is_made(
    own_client: bool, timeout: Any, error: type[Exception]
) -> None:
    with httpx.Client() as sync_http, pytest.raises(error, match=r"^timeout"):
        get_sync_client(timeout=timeout, http_client=None if own_client else sync_http)

    async def scenario() -> None:
        async with httpx.AsyncClient() as async_http:
            with pytest.raises(error, match=r"^timeout"):
                get_client(timeout=timeout, http_client=None if own_client else async_http)

    asyncio.run(scenario())


INFINITY = float("inf")


@pytest.mark.parametrize(
    ("timeout", "sent_as"),
    [
        *[(t, t) for t in (2.5, 3, None, (1, None), (1, 2, 3, 4))],
        # The pool's wait may be 0: a call that finds no connection free fails at once.
        ((1, 2, 3, 0), (1, 2, 3, 0)),
        (httpx.Timeout(5, pool=0), httpx.Timeout(5, pool=0)),
        # (httpx reads a tuple's first four: what follows is not checked either)
        ((1, 2, 3, 4, "unread"), (1, 2, 3, 4)),
        (httpx.Timeout(None, connect=1), httpx.Timeout(None, connect=1)),
        # Longer than a socket waits (which the sync stack's socket refuses): no limit.
        (INFINITY, None),
        (1e10, None),
        ((1, INFINITY), (1, None)),
        (httpx.Timeout(5, read=INFINITY), httpx.Timeout(5, read=None)),
    ],
)
def test_every_timeout_a_socket_takes_is_sent(form: Form, timeout: Any, sent_as: Any) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=1)

    threads: SyncThreadsClient
    with threads_client(form, transport=httpx.MockTransport(record)) as threads:
        assert threads.count(timeout=timeout) == 1
        assert threads.with_options(timeout=timeout).count() == 1
    assert sent[0].extensions["timeout"] == httpx.Timeout(sent_as).as_dict()
    assert sent[1].extensions["timeout"] == httpx.Timeout(sent_as).as_dict()


@pytest.mark.parametrize("per_call", [True, False], ids=["per call", "client"])
def test_an_endless_timeout_reaches_a_socket_as_none(per_call: bool) -> None:
    # (socket.settimeout(inf) raises OverflowError: it was a bare one out of a sync call)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{unused.getsockname()[1]}"
    client_timeout = None if per_call else INFINITY
    call_timeout = INFINITY if per_call else NOT_GIVEN
    with (
        get_sync_client(url=url, timeout=client_timeout, max_retries=0) as client,
        pytest.raises(APIConnectionError),
    ):
        client.threads.get(T, timeout=call_timeout)
