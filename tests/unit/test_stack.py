"""The HTTP stack a client runs on (httpx or httpx2): its timeouts, its pool's size, and the
responses it leaves behind."""

from __future__ import annotations

import gc
import json
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import httpx
import httpx2
import pytest

from langgraph_threads_client._defaults import DEFAULT_POOL_CONNECTIONS, UNLIMITED_POOL_IN_FLIGHT
from langgraph_threads_client._stack import HTTPX, _keep_alive, of_client, pool_limit, settle
from tests.forms import FORMS, Form, threads_client

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
THREAD = {
    "thread_id": THREAD_ID,
    "created_at": "2026-11-24T21:21:34.931247+00:00",
    "updated_at": "2026-11-24T21:21:34.931247+00:00",
    "metadata": {},
    "status": "idle",
}
EVENTS = b'event: values\r\ndata: {"n":0}\r\nid: 1-0\r\n\r\n' * 3


def pool(**attributes: object) -> object:
    """A client whose transport's pool holds ``attributes``."""
    return SimpleNamespace(_transport=SimpleNamespace(_pool=SimpleNamespace(**attributes)))


@pytest.mark.parametrize(
    "value",
    [
        2.5,
        None,
        httpx.Timeout(3.0, connect=1.0),
        httpx2.Timeout(3.0, connect=1.0),
        httpx2.Timeout(None, read=7.0),
    ],
)
def test_a_timeout_of_either_library_becomes_the_stacks_own(value: Any) -> None:
    with httpx2.Client() as client2:
        for stack, library in ((HTTPX, httpx), (of_client(client2), httpx2)):
            timeout = stack.timeout(value)
            assert type(timeout) is library.Timeout
            expected = value.as_dict() if hasattr(value, "as_dict") else {"connect": value}
            assert {key: timeout.as_dict()[key] for key in expected} == expected


@pytest.mark.parametrize("max_connections", [None, "10", 0, -1, 10.0])
def test_a_pool_of_unknown_size_is_taken_as_httpxs_default(max_connections: object) -> None:
    """A transport that is not the library's own (a wrapper, a mock) may hold anything there."""
    attributes = {} if max_connections is None else {"_max_connections": max_connections}
    assert pool_limit(pool(**attributes)) == DEFAULT_POOL_CONNECTIONS
    assert pool_limit(SimpleNamespace(_transport=None)) == DEFAULT_POOL_CONNECTIONS
    assert pool_limit(pool(_max_connections=1)) == 1


def test_a_large_pool_is_its_size_and_only_an_unlimited_one_is_capped() -> None:
    large = UNLIMITED_POOL_IN_FLIGHT + 1
    assert pool_limit(pool(_max_connections=large)) == large
    assert pool_limit(pool(_max_connections=sys.maxsize)) == UNLIMITED_POOL_IN_FLIGHT


def test_a_keep_alive_limit_that_is_no_integer_is_unknown() -> None:
    assert _keep_alive(pool(_max_keepalive_connections=5)) == 5
    assert _keep_alive(pool(_max_keepalive_connections="5")) is None
    assert _keep_alive(pool()) is None


@contextmanager
def collector_off() -> Iterator[None]:
    """No garbage collector pass: what is freed is freed by its last reference going."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("form", FORMS)
def test_a_calls_response_is_freed_by_its_last_reference(form: Form) -> None:
    """httpx binds each response's stream to the response (a reference cycle), so that every
    call's response, request and headers waited for a pass of the garbage collector."""
    # (A body as a transport gives it, read by httpx: a body given as content= is read and
    # closed in the mock, before httpx's client binds it, and httpx sets no elapsed then.)
    body = httpx.ByteStream(json.dumps(THREAD).encode())
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with threads_client(form, transport=transport) as threads, collector_off():
        with threads.capture_response() as capture:
            thread = threads.get(THREAD_ID)
        response = capture.responses.pop()
        assert thread.thread_id == THREAD_ID
        assert response.json() == THREAD  # (read before, kept)
        assert response.elapsed > timedelta(0)  # (set when httpx closed it, as before)
        assert response.is_closed
        assert response.is_stream_consumed
        freed = weakref.ref(response)
        del response
        assert freed() is None


@pytest.mark.parametrize("form", ["sync", "async"])
def test_a_join_streams_response_is_freed_by_its_last_reference_once_closed(form: Form) -> None:
    """(httpx only: there the mock's response is the client's; httpx2's holds no cycle.)"""
    answered: list[weakref.ref[httpx.Response]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=EVENTS
        )
        answered.append(weakref.ref(response))
        return response

    with threads_client(form, transport=httpx.MockTransport(answer)) as threads, collector_off():
        stream = threads.join_stream(THREAD_ID)
        assert next(iter(stream)).data == {"n": 0}
        stream.close()
        del stream
        assert [freed() for freed in answered] == [None]


def test_settle_leaves_an_open_response_and_httpx2s_as_they_are() -> None:
    body = httpx.MockTransport(lambda request: httpx.Response(200, stream=httpx.ByteStream(b"{}")))
    with httpx.Client(transport=body) as client:
        request = client.build_request("GET", "http://server.test/")
        response = client.send(request, stream=True)
        bound = response.stream
        settle(response)  # (open: its stream is still to be read)
        assert response.stream is bound
        assert response.read() == b"{}"
        settle(response)
        assert response.stream is not bound
        assert response.read() == b"{}"
        assert response.json() == {}
        assert list(response.iter_bytes()) == [b"{}"]
        with pytest.raises(httpx.StreamConsumed):
            list(response.iter_raw())
    body2 = httpx2.MockTransport(lambda request: httpx2.Response(200, content=b"{}"))
    with httpx2.Client(transport=body2) as client2:
        response2 = client2.get("http://server.test/")
        stream2, elapsed2 = response2.stream, elapsed_of(response2)
        settle(response2)
        assert response2.stream is stream2  # (its elapsed is read from its stream)
        assert elapsed_of(response2) == elapsed2


def elapsed_of(response: httpx2.Response) -> timedelta | None:
    """A response's elapsed time, where its httpx2 version gives one (2.16 gives none for a
    mock's response made of content, 2.17 does)."""
    try:
        return response.elapsed
    except RuntimeError:
        return None
