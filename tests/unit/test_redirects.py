"""A caller's HTTP client that follows redirects: followed as httpx follows them, but the API key
never goes to another origin and a call that sends a body never turns into a GET."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator

import httpx
import httpx2
import pytest

from langgraph_threads_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    StreamDisconnectedError,
    StreamPart,
    SyncThreadsClient,
    get_sync_client,
)
from tests.forms import Form, stack_of, threads_client
from tests.unit.test_client import THREAD, THREAD_ID

KEY = "lgtc-redirect-key-0123456789"
HOME = "http://localhost:8123"
FOLLOWING = {"follow_redirects": True}


class Servers:
    """Two origins: ``HOME`` answers each URL of ``moves`` (query left out) with a redirect
    of the given status to the given URL; every other request is answered with the thread."""

    def __init__(self, moves: dict[str, tuple[int, str]]) -> None:
        self.moves = moves
        self.seen: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        moved = self.moves.get(str(request.url).partition("?")[0])
        if moved is not None:
            status, location = moved
            return httpx.Response(status, headers={"location": location})
        return httpx.Response(200, json=THREAD)

    def keys_sent(self) -> list[tuple[str, str | None]]:
        return [(str(r.url).partition("?")[0], r.headers.get("x-api-key")) for r in self.seen]


GET_PATH = f"{HOME}/threads/{THREAD_ID}"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_on_the_same_origin_is_followed_with_the_key(form: Form, status: int) -> None:
    servers = Servers({GET_PATH: (status, f"/v2/threads/{THREAD_ID}")})
    with threads_client(
        form, transport=servers.transport, http_options=FOLLOWING, api_key=KEY
    ) as threads:
        assert threads.get(THREAD_ID)["thread_id"] == THREAD_ID
    assert servers.keys_sent() == [(GET_PATH, KEY), (f"{HOME}/v2/threads/{THREAD_ID}", KEY)]


def test_an_upgrade_to_https_on_the_same_host_is_followed_with_the_key(form: Form) -> None:
    upgraded = f"https://localhost/threads/{THREAD_ID}"
    servers = Servers({f"http://localhost/threads/{THREAD_ID}": (301, upgraded)})
    with threads_client(
        form,
        transport=servers.transport,
        http_options=FOLLOWING,
        api_key=KEY,
        url="http://localhost",
    ) as threads:
        threads.get(THREAD_ID)
    assert servers.keys_sent()[-1] == (upgraded, KEY)


@pytest.mark.parametrize(
    "elsewhere",
    [
        f"https://other.example/threads/{THREAD_ID}",  # another host
        f"http://localhost:9000/threads/{THREAD_ID}",  # another port
    ],
)
def test_a_redirect_to_another_origin_is_not_followed_with_the_key(
    form: Form, elsewhere: str
) -> None:
    servers = Servers({GET_PATH: (307, elsewhere)})
    with (
        threads_client(
            form, transport=servers.transport, http_options=FOLLOWING, api_key=KEY
        ) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.get(THREAD_ID)
    assert servers.keys_sent() == [(GET_PATH, KEY)]  # (nothing reached the other origin)
    assert caught.value.status_code == 307
    assert caught.value.message == (
        f"307 Temporary Redirect (redirected to {elsewhere}, another origin, where the "
        "request's x-api-key header would go: use that URL)"
    )


def test_a_downgrade_to_http_is_not_followed_with_the_key(form: Form) -> None:
    servers = Servers(
        {f"https://api.example/threads/{THREAD_ID}": (308, f"http://api.example/t/{THREAD_ID}")}
    )
    with (
        threads_client(
            form,
            transport=servers.transport,
            http_options=FOLLOWING,
            api_key=KEY,
            url="https://api.example",
        ) as threads,
        pytest.raises(APIStatusError, match="another origin"),
    ):
        threads.get(THREAD_ID)
    assert len(servers.seen) == 1


def test_a_redirect_to_another_origin_is_followed_where_no_credential_goes(form: Form) -> None:
    # Cookies go where the caller's cookie jar sends them (httpx's rules for the new URL).
    elsewhere = f"https://other.example/threads/{THREAD_ID}"
    servers = Servers({GET_PATH: (307, elsewhere)})
    with threads_client(
        form,
        transport=servers.transport,
        http_options={"follow_redirects": True, "cookies": {"session": "s"}},
        api_key=None,
    ) as threads:
        assert threads.get(THREAD_ID)["thread_id"] == THREAD_ID
    assert servers.keys_sent() == [(GET_PATH, None), (elsewhere, None)]
    assert servers.seen[1].headers["cookie"] == "session=s"


@pytest.mark.parametrize("status", [301, 302, 303])
def test_a_redirect_that_would_make_a_post_a_get_is_not_followed(form: Form, status: int) -> None:
    # httpx (and a browser) would send a GET of the target, which a server answers with
    # something else than a created thread (the official SDK returns that).
    servers = Servers({f"{HOME}/threads": (status, "/v2/threads")})
    with (
        threads_client(
            form, transport=servers.transport, http_options=FOLLOWING, api_key=KEY
        ) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.create(metadata={"a": 1})
    assert [r.method for r in servers.seen] == ["POST"]
    assert f"(redirected to {HOME}/v2/threads, which would make this POST a GET: use that URL)" in (
        caught.value.message
    )


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_that_keeps_the_method_sends_the_body_again(form: Form, status: int) -> None:
    servers = Servers({f"{HOME}/threads": (status, "/v2/threads")})
    with threads_client(
        form, transport=servers.transport, http_options=FOLLOWING, api_key=KEY
    ) as threads:
        threads.create(metadata={"a": 1})
    assert [(r.method, r.content) for r in servers.seen] == [
        ("POST", servers.seen[0].content),
        ("POST", servers.seen[0].content),
    ]
    assert b'"metadata":{"a":1}' in servers.seen[1].content.replace(b" ", b"")


def test_redirects_stop_at_the_clients_maximum(form: Form) -> None:
    servers = Servers(
        {
            f"{HOME}/threads/{THREAD_ID}": (307, "/a"),
            f"{HOME}/a": (307, "/b"),
            f"{HOME}/b": (307, "/a"),
        }
    )
    with (
        threads_client(
            form,
            transport=servers.transport,
            http_options={"follow_redirects": True, "max_redirects": 3},
        ) as threads,
        pytest.raises(APIConnectionError, match="TooManyRedirects") as caught,
    ):
        threads.get(THREAD_ID)
    assert len(servers.seen) == 4  # (the request and its three redirects: not retried)
    assert (
        str(caught.value)
        == "Connection error (TooManyRedirects: Exceeded maximum allowed redirects.)."
    )
    assert caught.value.request is not None
    assert str(caught.value.request.url) == f"{HOME}/b"  # (the one not sent)


def test_a_followed_answer_keeps_the_redirects_it_followed(form: Form) -> None:
    servers = Servers({GET_PATH: (308, "/a"), f"{HOME}/a": (307, "/b")})
    with (
        threads_client(form, transport=servers.transport, http_options=FOLLOWING) as threads,
        threads.capture_response() as captured,
    ):
        thread = threads.get(THREAD_ID)
    assert thread["thread_id"] == THREAD_ID
    response = captured.response
    assert str(response.url) == f"{HOME}/b"
    assert [r.status_code for r in response.history] == [308, 307]


def test_a_streams_redirect_to_another_origin_is_not_followed_with_the_key(form: Form) -> None:
    elsewhere = f"https://other.example/threads/{THREAD_ID}/stream"
    servers = Servers({f"{HOME}/threads/{THREAD_ID}/stream": (307, elsewhere)})
    with (
        threads_client(
            form, transport=servers.transport, http_options=FOLLOWING, api_key=KEY
        ) as threads,
        pytest.raises(APIStatusError, match="another origin"),
        threads.join_stream(THREAD_ID, max_reconnects=0) as stream,
    ):
        list(stream)
    assert servers.keys_sent() == [(f"{HOME}/threads/{THREAD_ID}/stream", KEY)]


@pytest.mark.parametrize(("status", "followed"), [(301, True), (302, False), (303, False)])
def test_a_delete_is_followed_only_where_it_stays_a_delete(
    form: Form, status: int, followed: bool
) -> None:
    # httpx keeps the method of a 301 but for a POST; a 302 or 303 makes anything a GET.
    servers = Servers({GET_PATH: (status, f"/v2/threads/{THREAD_ID}")})
    with threads_client(
        form, transport=servers.transport, http_options=FOLLOWING, api_key=KEY
    ) as threads:
        if followed:
            threads.delete(THREAD_ID)
        else:
            with pytest.raises(APIStatusError, match="which would make this DELETE a GET"):
                threads.delete(THREAD_ID)
    assert [r.method for r in servers.seen] == ["DELETE", "DELETE"][: 2 if followed else 1]


def test_the_clients_auth_goes_on_to_the_same_origin_only(form: Form) -> None:
    # As httpx follows: its auth runs for the first request; the Authorization it set goes on
    # to the same origin and is taken off for another (with no API key, followed there).
    elsewhere = f"https://other.example/threads/{THREAD_ID}"
    servers = Servers({GET_PATH: (307, "/a"), f"{HOME}/a": (307, elsewhere)})
    with threads_client(
        form,
        transport=servers.transport,
        http_options={"follow_redirects": True, "auth": ("alice", "s3cret")},
        api_key=None,
    ) as threads:
        threads.get(THREAD_ID)
    sent = [(str(r.url), r.headers.get("authorization")) for r in servers.seen]
    basic = "Basic YWxpY2U6czNjcmV0"
    assert sent == [(GET_PATH, basic), (f"{HOME}/a", basic), (elsewhere, None)]


class _OneEvent(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An event stream of one event, which notes when it is read past that event."""

    def __init__(self, read_past: list[bool]) -> None:
        self.read_past = read_past

    def __iter__(self) -> Iterator[bytes]:
        yield b"event: values\r\ndata: {}\r\nid: 1-0\r\n\r\n"
        self.read_past.append(True)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


@pytest.mark.parametrize("moved", [False, True])
def test_a_stream_is_read_as_it_comes_on_a_client_that_follows_redirects(
    form: Form, moved: bool
) -> None:
    # Its response is a stream, the redirect's too: an event comes as soon as it is sent,
    # not once the server ends the stream.
    read_past: list[bool] = []
    path = f"{HOME}/threads/{THREAD_ID}/stream"
    moves = {path: f"/v2/threads/{THREAD_ID}/stream"} if moved else {}

    def answer(request: httpx.Request) -> httpx.Response:
        location = moves.get(str(request.url).partition("?")[0])
        if location is not None:
            return httpx.Response(307, headers={"location": location})
        events = _OneEvent(read_past)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=events)

    transport = httpx.MockTransport(answer)
    with (
        threads_client(form, transport=transport, http_options=FOLLOWING, api_key=KEY) as threads,
        threads.join_stream(THREAD_ID, max_reconnects=0) as stream,
    ):
        assert next(stream).event == "values"
        assert read_past == []  # (the rest of the body not read yet)


STREAM_PATH = f"{HOME}/threads/{THREAD_ID}/stream"


def read(threads: SyncThreadsClient, what: str) -> object:
    if what == "call":
        return threads.get(THREAD_ID)
    with threads.join_stream(THREAD_ID, reconnect_delay=0) as stream:
        return next(stream)


REASONS = {
    "http:elsewhere/x": "(For absolute URLs, path must be empty or begin with '/')",
    "http://elsewhere:port/": "(Invalid URL in location header: Invalid port: 'port'.)",
}


@pytest.mark.parametrize("location", list(REASONS))
@pytest.mark.parametrize("follows", [False, True], ids=["not following", "following"])
@pytest.mark.parametrize("what", ["call", "stream"])
def test_a_redirect_to_a_location_that_is_no_url_is_this_clients_error_sent_once(
    form: Form, location: str, follows: bool, what: str, caplog: pytest.LogCaptureFixture
) -> None:
    """httpx reads the Location of every redirect, followed or not, and raises where it is no
    URL, the answer lost: an ``InvalidURL`` (no ``httpx.HTTPError``), or a
    ``RemoteProtocolError`` that read as a dropped connection, sent three times (a stream's
    six). The server would answer the same again: sent once, and logged as a failure."""
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")
    path = GET_PATH if what == "call" else STREAM_PATH
    servers = Servers({path: (302, location)})
    options = {"follow_redirects": follows}
    with (
        threads_client(form, transport=servers.transport, http_options=options) as threads,
        pytest.raises(APIError) as caught,
    ):
        read(threads, what)
    assert len(servers.seen) == 1
    error = caught.value
    if isinstance(error, APIStatusError):  # (httpx2 2.17 reads it only to follow it: refused)
        assert stack_of(form) == "httpx2"
        assert error.status_code == 302
        return
    if what == "call":
        assert type(error).__name__ == "APIConnectionError"
    else:  # (given up at once, resumable as from any other end)
        assert isinstance(error, StreamDisconnectedError)
    stack = httpx2 if stack_of(form) == "httpx2" else httpx  # (httpx2 2.16 reads it too)
    assert isinstance(error, stack.InvalidURL | stack.RemoteProtocolError)  # (as the SDK's)
    assert str(error).startswith("The server answered with a redirect to a Location that is not")
    assert str(error).endswith(REASONS[location])  # (httpx's)
    assert str(error.request.url).partition("?")[0] == path
    (logged,) = [record.getMessage() for record in caplog.records]
    assert logged.startswith(f"GET {path}")
    cause = "InvalidURL" if location.startswith("http:e") else "RemoteProtocolError"
    assert f" failed (attempt 1): {cause}: " in logged


def test_a_stream_given_up_on_a_location_that_is_no_url_resumes_from_its_last_event(
    form: Form,
) -> None:
    part = StreamPart("values", {"n": 1}, "1732480000000-0")
    body = f"id: {part.id}\nevent: values\ndata: {json.dumps(part.data)}\n\n".encode()
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:  # (the connection then ends: the stream reconnects)
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)
        return httpx.Response(302, headers={"location": "http://elsewhere:port/"})

    with (
        threads_client(form, transport=httpx.MockTransport(answer)) as threads,
        threads.join_stream(THREAD_ID, reconnect_delay=0) as stream,
    ):
        assert next(stream) == part
        with pytest.raises(APIError) as caught:
            next(stream)
    assert len(seen) == 2
    if isinstance(caught.value, APIStatusError):  # (the redirect's status error: see above)
        assert stack_of(form) == "httpx2"
        assert caught.value.status_code == 302
        return
    assert isinstance(caught.value, StreamDisconnectedError)
    assert caught.value.last_event_id == part.id


class PolicyClient(httpx.Client):
    """A caller's client that refuses redirects elsewhere with an error of its own."""

    refusal: type[Exception] = PermissionError

    def _redirect_url(self, request: httpx.Request, response: httpx.Response) -> httpx.URL:
        raise self.refusal("redirect refused by policy")


@pytest.mark.parametrize("refusal", [PermissionError, httpx.InvalidURL])
def test_an_error_a_callers_client_raises_reading_a_redirect_is_its_own(
    refusal: type[Exception],
) -> None:
    servers = Servers({GET_PATH: (302, "http://elsewhere/x")})
    http_client = PolicyClient(transport=servers.transport)
    http_client.refusal = refusal
    with (
        get_sync_client(url=HOME, http_client=http_client) as client,
        pytest.raises(refusal, match=r"^redirect refused by policy$") as caught,
    ):
        client.threads.get(THREAD_ID)
    assert type(caught.value) is refusal


def test_a_location_that_is_no_url_after_a_redirect_followed_names_the_hop(form: Form) -> None:
    hop = f"{HOME}/v2/threads/{THREAD_ID}"
    servers = Servers({GET_PATH: (307, hop), hop: (307, "http://elsewhere:port/")})
    with (
        threads_client(form, transport=servers.transport, http_options=FOLLOWING) as threads,
        pytest.raises(APIError) as caught,
    ):
        threads.get(THREAD_ID)
    assert [str(request.url) for request in servers.seen] == [GET_PATH, hop]
    assert str(caught.value.request.url) == hop
