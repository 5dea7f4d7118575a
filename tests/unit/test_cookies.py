"""The cookie jar of the clients made here: cookies set by a response are kept and sent back,
as by httpx's own jar; a response that sets none is not handed to ``http.cookiejar``."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import httpx2

from langgraph_threads_client import _fork, get_client, get_sync_client
from langgraph_threads_client._cookies import sparing_cookies


def sticky_server(sent_cookies: list[str | None]) -> httpx.MockTransport:
    """Sets a cookie on its first answer (a load balancer's sticky session), then none."""

    def handle(request: httpx.Request) -> httpx.Response:
        sent_cookies.append(request.headers.get("cookie"))
        headers = {"Set-Cookie": "lb=node-7; Path=/"} if len(sent_cookies) == 1 else {}
        return httpx.Response(200, json={}, headers=headers)

    return httpx.MockTransport(handle)


def test_cookies_a_response_sets_are_kept_and_sent_back() -> None:
    sent: list[str | None] = []
    with sparing_cookies(httpx.Client(transport=sticky_server(sent))) as client:
        for _ in range(3):
            client.get("http://server/threads")
        assert dict(client.cookies) == {"lb": "node-7"}
    assert sent == [None, "lb=node-7", "lb=node-7"]


def test_a_response_that_sets_no_cookie_is_not_read_for_cookies(jar_reads: list[Any]) -> None:
    reads = jar_reads
    sent: list[str | None] = []
    with sparing_cookies(httpx.Client(transport=sticky_server(sent))) as client:
        for _ in range(3):
            client.get("http://server/threads")
    assert len(reads) == 1  # the first answer's, which set one
    with httpx.Client(transport=sticky_server([])) as plain:
        for _ in range(3):
            plain.get("http://server/threads")
    assert len(reads) == 4  # (httpx's own jar reads every answer)


def test_the_own_clients_have_the_sparing_jar_and_keep_it_in_a_forked_child() -> None:
    sync_client = get_sync_client(url="http://server", api_key=None)
    async_client = get_client(url="http://server", api_key=None)
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    for http in (sync_client.threads._http.client, async_client.threads._http.client):
        assert type(http.cookies).__name__ == "_SparingCookies"
        remade = _fork.like(http, make_transport=lambda: transport)
        assert type(remade.cookies).__name__ == "_SparingCookies"
    sync_client.close()
    asyncio.run(async_client.aclose())


def test_a_client_of_another_library_or_jar_is_left_as_it_is() -> None:
    something_else = object()  # (no cookie jar at all)
    assert sparing_cookies(something_else) is something_else
    with httpx2.Client() as other:
        jar = other.cookies
        assert sparing_cookies(other) is other
        assert type(other.cookies) is type(jar)
    caller = httpx.Client()
    with get_sync_client(url="http://server", http_client=caller):
        assert type(caller.cookies) is httpx.Cookies  # a caller's client is never changed
    caller.close()
