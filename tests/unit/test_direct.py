"""Requests handed to the HTTP client's transport itself (``_direct``): only where the client's
``send`` would add nothing, its answer finished as ``send`` finishes one; wherever the client
has something of its own to run (auth, hooks, a subclass, a wrapper, httpx's log), ``send``."""

from __future__ import annotations

import asyncio
import datetime
import functools
import logging
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpx
import httpx2
import pytest

from langgraph_threads_client import (
    APIConnectionError,
    NotFoundError,
    _direct,
    _request_templates,
    _written,
    get_client,
    get_sync_client,
)
from tests.forms import (
    Form,
    bridge_async,
    bridge_sync,
    is_sync,
    library_of,
    stack_of,
    threads_client,
)
from tests.unit.test_client import THREAD, THREAD_ID


@pytest.fixture(autouse=True)
def nothing_remembered() -> None:
    """Each test finds the client classes and loggers as if for the first time (the module
    remembers what it found: a test would otherwise see only what an earlier one left)."""
    _written._found.clear()
    _request_templates._templates.clear()
    _direct._loggers.clear()


def through_send() -> bool:
    """Whether the request being answered went through the client's ``send`` (its innermost
    step is on the stack), seen from within the transport."""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "_send_single_request" and frame.f_globals["__name__"] in (
            "httpx._client",
            "httpx2._client",
        ):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


class Server:
    """Answers a thread (a 404 for any other path), noting how each request came."""

    def __init__(self, *, set_cookie: bool = False) -> None:
        self.seen: list[httpx.Request] = []
        self.through_send: list[bool] = []
        self.set_cookie = set_cookie

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        self.through_send.append(through_send())
        headers = {"Set-Cookie": "lb=node-7; Path=/"} if self.set_cookie else {}
        if request.url.path != f"/threads/{THREAD_ID}":
            # (Streamed, as a network transport's answers are: read only by the client.)
            body = Chunks([b'{"detail": ', b'"Not Found"}'])
            return httpx.Response(404, stream=body, headers=headers)
        return httpx.Response(200, json=THREAD, headers=headers)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.answer)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in pieces, for either form."""

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece


def test_a_plain_client_sends_to_its_transport_and_its_answer_is_finished_as_send_does(
    form: Form,
) -> None:
    server = Server()
    options = {"default_encoding": "latin-1"}
    with threads_client(form, transport=server.transport, http_options=options) as threads:
        assert threads.get(THREAD_ID) == THREAD
        with pytest.raises(NotFoundError) as caught:
            threads.get("00000000-0000-0000-0000-000000000000")
    assert server.through_send == [False, False]
    response = caught.value.response
    assert isinstance(response, library_of(form).Response)
    assert response.request is caught.value.request
    assert str(response.request.url) == str(server.seen[1].url)
    assert isinstance(response.elapsed, datetime.timedelta)
    assert datetime.timedelta(0) <= response.elapsed < datetime.timedelta(seconds=60)
    assert response.is_closed
    assert response.default_encoding == "latin-1"  # (the client's, as send sets it)
    assert response.history == []
    assert response.json() == {"detail": "Not Found"}
    # (The transport's stream, which holds on to the pool, is let go once read.)
    assert type(response.stream) is library_of(form).ByteStream
    emptied: Any = response.stream
    assert b"".join(emptied) == b""


def test_a_client_that_follows_no_redirect_at_all_sends_to_its_transport(form: Form) -> None:
    """(``max_redirects=0``: its ``send`` sends, then refuses to follow.)"""
    server = Server()
    options = {"max_redirects": 0}
    with threads_client(form, transport=server.transport, http_options=options) as threads:
        assert threads.get(THREAD_ID) == THREAD
    assert server.through_send == [False]


def test_the_transport_mounted_for_the_url_is_the_one_used(form: Form) -> None:
    """(A proxy's, or one the caller mounted for the server: picked as the client picks it.)"""

    def elsewhere(request: httpx.Request) -> httpx.Response:
        raise AssertionError("the client's default transport was used")

    server = Server()
    if stack_of(form) == "httpx":
        mounted: Any = httpx.MockTransport(server.answer)
    else:
        bridge = bridge_sync if is_sync(form) else bridge_async
        mounted = httpx2.MockTransport(bridge(server.answer))
    options = {"mounts": {"http://": mounted}}
    with threads_client(
        form, transport=httpx.MockTransport(elsewhere), http_options=options
    ) as threads:
        assert threads.get(THREAD_ID) == THREAD
    assert server.through_send == [False]


def test_cookies_an_answer_sets_are_kept_and_sent_back(form: Form) -> None:
    server = Server(set_cookie=True)
    with threads_client(form, transport=server.transport) as threads:
        for _ in range(3):
            threads.get(THREAD_ID)
    assert server.through_send == [False, False, False]
    assert [request.headers.get("cookie") for request in server.seen] == [
        None,
        "lb=node-7",
        "lb=node-7",
    ]


def test_an_answer_that_sets_no_cookie_is_not_handed_to_the_jar_of_a_callers_client(
    jar_reads: list[Any],
) -> None:
    """What the way to the transport saves most: httpx's jar reads every answer given to it
    (``http.cookiejar`` is handed urllib stand-ins first); the caller's jar is not changed."""
    reads = jar_reads
    server = Server()
    with httpx.Client(transport=server.transport) as http:
        jar = http.cookies
        with get_sync_client(url="http://server", api_key=None, http_client=http) as client:
            for _ in range(3):
                client.threads.get(THREAD_ID)
        assert reads == []
        assert http.cookies is jar
        assert type(jar) is httpx.Cookies
        server.set_cookie = True
        with get_sync_client(url="http://server", api_key=None, http_client=http) as client:
            client.threads.get(THREAD_ID)
        assert len(reads) == 1
        assert dict(http.cookies) == {"lb": "node-7"}


def test_a_cookie_set_by_set_cookie2_goes_to_a_jar_that_reads_it(form: Form) -> None:
    """(http.cookiejar reads ``Set-Cookie2`` under RFC 2965 only, a policy the caller sets.)"""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=THREAD, headers={"Set-Cookie2": 'lb="node-7"; Version=1'})

    jar = CookieJar(DefaultCookiePolicy(rfc2965=True))
    options = {"cookies": jar}
    with threads_client(
        form, transport=httpx.MockTransport(answer), http_options=options
    ) as threads:
        threads.get(THREAD_ID)
    assert [cookie.name for cookie in jar] == ["lb"]  # (kept, as by send: httpx then merges
    # the jar's cookies into a jar of the default policy to send them, which drops these)


def test_a_redirect_to_a_url_with_a_user_and_password_sends_them(form: Form) -> None:
    """A client that follows redirects has each hop sent here; one to a URL that holds
    credentials goes through ``send``, which sends them as Basic auth."""
    seen: list[tuple[str, str | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.query.decode(), request.headers.get("authorization")))
        if not request.url.query:
            moved = f"http://u:p@server/threads/{THREAD_ID}?hop=1"
            return httpx.Response(307, headers={"Location": moved})
        return httpx.Response(200, json=THREAD)

    options = {"follow_redirects": True}
    with threads_client(
        form, transport=httpx.MockTransport(answer), http_options=options
    ) as threads:
        assert threads.get(THREAD_ID) == THREAD
    assert seen == [("", None), ("hop=1", "Basic dTpw")]


@pytest.mark.parametrize("stack", [httpx, httpx2], ids=["httpx", "httpx2"])
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_client_that_refuses_every_request_refuses_them_here_too(stack: Any, sync: bool) -> None:
    """(``max_redirects`` below 0: its ``send`` raises TooManyRedirects before sending.)"""
    seen: list[Any] = []

    def answer(request: Any) -> Any:
        seen.append(request)
        return stack.Response(200, json=THREAD)

    kind = stack.Client if sync else stack.AsyncClient
    http = kind(transport=stack.MockTransport(answer), max_redirects=-1)

    async def call_async() -> None:
        async with get_client(url="http://server", api_key=None, http_client=http) as client:
            await client.threads.get(THREAD_ID)

    def call() -> None:
        if not sync:
            asyncio.run(call_async())
            return
        with get_sync_client(url="http://server", api_key=None, http_client=http) as client:
            client.threads.get(THREAD_ID)

    with pytest.raises(APIConnectionError) as caught:
        call()
    assert isinstance(caught.value.__cause__, stack.TooManyRedirects)
    assert seen == []


@pytest.mark.parametrize("stack", [httpx, httpx2], ids=["httpx", "httpx2"])
def test_a_closed_client_is_refused_as_its_send_refuses_it(stack: Any) -> None:
    """(Calls check first; this is for a client closed between that check and the sending.)"""
    http = stack.Client()
    http.close()
    with pytest.raises(RuntimeError) as by_send:
        http.send(http.build_request("GET", "http://server/threads"))
    with pytest.raises(RuntimeError) as here:
        _direct.opened(http)
    assert str(here.value) == str(by_send.value)


def hooked(seen: list[str]) -> dict[str, Any]:
    def hook(request: Any) -> None:
        seen.append("hook")

    async def async_hook(request: Any) -> None:
        seen.append("hook")

    return {"event_hooks": {"request": [hook]}, "async_event_hooks": {"request": [async_hook]}}


def with_auth(seen: list[str]) -> dict[str, Any]:
    return {"auth": ("user", "secret")}


# What a caller's client may have that its send runs: each is given the list its effect goes
# to, and returns the HTTP client's options.
OWN_STEPS: dict[str, Callable[[list[str]], dict[str, Any]]] = {
    "an event hook": hooked,
    "auth": with_auth,
}


@pytest.mark.parametrize("step", list(OWN_STEPS))
def test_a_client_with_steps_of_its_own_sends_through_send(form: Form, step: str) -> None:
    effects: list[str] = []
    options = OWN_STEPS[step](effects)
    hooks = options.pop("async_event_hooks", None)
    if hooks is not None and not is_sync(form):
        options["event_hooks"] = hooks
    server = Server()
    with threads_client(form, transport=server.transport, http_options=options) as threads:
        threads.get(THREAD_ID)
    assert server.through_send == [True]
    if step == "auth":
        assert server.seen[0].headers["authorization"].startswith("Basic ")
    else:
        assert effects == ["hook"]


def test_a_logger_of_the_stack_that_tells_of_requests_gets_them_through_send(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=stack_of(form))
    server = Server()
    with threads_client(form, transport=server.transport) as threads:
        threads.get(THREAD_ID)
    assert server.through_send == [True]
    (told,) = [record.getMessage() for record in caplog.records if record.name == stack_of(form)]
    assert told.startswith("HTTP Request: GET http://")
    assert told.endswith('"HTTP/1.1 200 OK"')


@pytest.mark.parametrize("stack", [httpx, httpx2], ids=["httpx", "httpx2"])
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize(
    "where",
    [
        "subclass",
        "subclass of a helper",
        "send wrapped",
        "its last step wrapped",
        "instance wrapper",
    ],
)
def test_a_client_whose_sending_is_overridden_or_wrapped_sends_through_it(
    stack: Any, sync: bool, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subclass's ``send``, or a wrapper around the stack's own (a tracer's, made with
    ``functools.wraps``, which keeps the wrapped function's name: Sentry wraps ``send``, older
    vcrpy ``_send_single_request``), sees every request."""
    seen: list[str] = []
    kind = stack.Client if sync else stack.AsyncClient
    if where == "subclass of a helper":

        class Helped(kind):  # type: ignore[misc,valid-type]
            # (a helper every version's send calls: httpx 0.27 has no _set_timeout)
            def _build_request_auth(self, *args: Any, **kwargs: Any) -> Any:
                seen.append("send")
                return super()._build_request_auth(*args, **kwargs)

        kind = Helped
    if where == "subclass":

        class Subclass(kind):  # type: ignore[misc,valid-type]
            def send(self, *args: Any, **kwargs: Any) -> Any:
                seen.append("send")
                return super().send(*args, **kwargs)

        kind = Subclass
    name = "send" if where == "send wrapped" else "_send_single_request"
    original = getattr(kind, name)

    @functools.wraps(original)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append("send")
        return original(self, *args, **kwargs)

    if where.endswith("wrapped"):
        monkeypatch.setattr(kind, name, wrapper)

    def answer(request: Any) -> Any:
        return stack.Response(200, json=THREAD)

    http = kind(transport=stack.MockTransport(answer))
    if where == "instance wrapper":
        http._send_single_request = functools.partial(wrapper, http)
    if sync:
        with get_sync_client(url="http://server", api_key=None, http_client=http) as client:
            assert client.threads.get(THREAD_ID) == THREAD
        http.close()
    else:

        async def run() -> None:
            async with get_client(url="http://server", api_key=None, http_client=http) as client:
                assert await client.threads.get(THREAD_ID) == THREAD
            await http.aclose()

        asyncio.run(run())
    assert seen == ["send"]


@pytest.mark.parametrize("stack", [httpx, httpx2], ids=["httpx", "httpx2"])
def test_a_client_class_whose_constructor_is_wrapped_sends_through_send(
    stack: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the class's own code cannot be told (its ``__init__`` wrapped by an object that is
    no function), nothing is taken for the library's own: ``send`` is used."""
    via_send: list[bool] = []

    def answer(request: Any) -> Any:
        via_send.append(through_send())
        return stack.Response(200, json=THREAD)

    http = stack.Client(transport=stack.MockTransport(answer))

    class Proxy:  # (as wrapt's wrappers are: a callable object, not a function)
        def __init__(self, wrapped: Any) -> None:
            self.wrapped = wrapped

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            return self.wrapped(*args, **kwargs)

    monkeypatch.setattr(stack.Client, "__init__", Proxy(stack.Client.__init__))
    with get_sync_client(url="http://server", api_key=None, http_client=http) as client:
        assert client.threads.get(THREAD_ID) == THREAD
    http.close()
    assert via_send == [True]


@pytest.mark.parametrize("stack", [httpx, httpx2], ids=["httpx", "httpx2"])
def test_a_client_used_can_no_longer_be_opened_as_after_send(stack: Any) -> None:
    thread = stack.MockTransport(lambda request: stack.Response(200, json=THREAD))
    http = stack.Client(transport=thread)
    with get_sync_client(url="http://server", api_key=None, http_client=http) as client:
        client.threads.get(THREAD_ID)
    with pytest.raises(RuntimeError, match="more than once"):
        http.__enter__()
    http.close()


def test_a_refused_connection_names_its_request(form: Form) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused")

    with (
        threads_client(form, transport=httpx.MockTransport(refuse), max_retries=0) as threads,
        pytest.raises(APIConnectionError) as caught,
    ):
        threads.get(THREAD_ID)
    assert isinstance(caught.value, library_of(form).ConnectError)
    assert caught.value.request.url.path == f"/threads/{THREAD_ID}"
    cause: Any = caught.value.__cause__
    assert isinstance(cause, library_of(form).ConnectError)
    assert cause.request.url.path == f"/threads/{THREAD_ID}"


class CutBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half a body, then a dropped connection; notes that it was closed."""

    def __init__(self, closed: list[bool]) -> None:
        self.closed = closed

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"thread_id": '
        raise httpx.ReadError("Connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"thread_id": '
        raise httpx.ReadError("Connection reset by peer")

    def close(self) -> None:
        self.closed.append(True)

    async def aclose(self) -> None:
        self.closed.append(True)


def test_an_answer_cut_while_it_is_read_is_closed(form: Form) -> None:
    closed: list[bool] = []

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=CutBody(closed))

    with (
        threads_client(form, transport=httpx.MockTransport(answer), max_retries=0) as threads,
        pytest.raises(APIConnectionError) as caught,
    ):
        threads.get(THREAD_ID)
    assert isinstance(caught.value, library_of(form).ReadError)
    if stack_of(form) == "httpx":  # (the bridge to httpx2 reads the body before it answers)
        assert closed == [True]
