"""Requests made from templates (``_request_templates``): the very request the client's
``build_request`` builds, made without it only where nothing it reads has changed."""

from __future__ import annotations

import asyncio
import enum
import math
from collections.abc import Iterator
from typing import Any

import httpx
import httpx2
import pytest

from langgraph_threads_client import _options, _request_templates, _written
from tests.forms import FORMS, Form, threads_client
from tests.unit.test_client import EMPTY_STATE, THREAD, THREAD_ID

LIBRARIES = [httpx, httpx2]
CLASSES = ["Client", "AsyncClient"]


@pytest.fixture(autouse=True)
def nothing_remembered() -> Iterator[None]:
    """Each test starts with no template and no client class found as written."""
    _request_templates._templates.clear()
    _written._found.clear()
    yield
    _request_templates._templates.clear()


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The arguments of each request built by ``build_request`` (the rest: made from a
    template)."""
    built = _options._built
    seen: list[dict[str, Any]] = []

    def counted(client: Any, kwargs: Any) -> Any:
        seen.append(dict(kwargs))
        return built(client, kwargs)

    monkeypatch.setattr(_options, "_built", counted)
    return seen


def new_client(library: Any, kind: str, **options: Any) -> Any:
    return getattr(library, kind)(**options)


def close(client: Any) -> None:
    if isinstance(client, httpx.AsyncClient | httpx2.AsyncClient):
        asyncio.run(client.aclose())
    else:
        client.close()


REFERENCE = _options._built  # (taken before ``builds`` counts it)


def reference(client: Any, kwargs: dict[str, Any]) -> Any:
    return REFERENCE(client, {**kwargs, "url": type(client.base_url)(kwargs["url"])})


def assert_same(made: Any, built: Any) -> None:
    assert type(made) is type(built)
    assert made.method == built.method
    assert made.url == built.url
    assert made.headers.raw == built.headers.raw  # (names, values and order)
    assert made.content == built.content
    assert made.extensions == built.extensions
    assert type(made.stream) is type(built.stream)
    assert vars(made).keys() == vars(built).keys()


JSON = {"Content-Type": "application/json"}
# The request most tests make: a thread read.
GET_A: dict[str, Any] = {"method": "GET", "url": "http://server/threads/a"}


class Mode(enum.StrEnum):  # (a str subclass)
    FAST = "fast"


NEW, KNOWN, NEVER = 2, 0, 3  # (requests built of three: a kind's first two, none, all)
SEQUENCE: list[tuple[dict[str, Any], int]] = [
    ({"method": "GET", "url": "http://server/threads/a"}, NEW),
    ({"method": "GET", "url": "http://server/threads/b"}, KNOWN),  # another path, same Host
    ({"method": "GET", "url": "http://server/threads/c?subgraphs=false"}, KNOWN),
    ({"method": "POST", "url": "http://server/threads", "content": b"{}", "headers": JSON}, NEW),
    (
        {
            "method": "POST",
            "url": "http://server/threads",
            "content": b"[1, 2, 3]" * 50,  # (its own Content-Length)
            "headers": JSON,
        },
        KNOWN,
    ),
    ({"method": "POST", "url": "http://server/threads", "content": b"{}"}, NEW),
    ({"method": "POST", "url": "http://server/threads", "content": b""}, NEW),
    ({"method": "POST", "url": "http://server/threads/a/copy"}, NEW),  # (Content-Length: 0)
    ({"method": "POST", "url": "http://server/threads/b/copy"}, KNOWN),
    ({"method": "PATCH", "url": "http://server/threads/a", "content": b"{}", "headers": JSON}, NEW),
    ({"method": "DELETE", "url": "http://server/threads/a"}, NEW),
    ({"method": "DELETE", "url": "http://server/threads/b"}, KNOWN),
    ({"method": "GET", "url": "http://server:8123/threads/a"}, NEW),  # another Host
    ({"method": "GET", "url": "http://other/threads/a"}, NEW),
    ({"method": "GET", "url": "http://server/threads/a", "headers": {"X-Call": "1"}}, NEW),
    ({"method": "GET", "url": "http://server/threads/a", "headers": {"x-call": "1"}}, NEW),
    ({"method": "GET", "url": "http://server/threads/a", "headers": {"X-Call": Mode.FAST}}, NEVER),
    ({"method": "GET", "url": "http://server/threads/a", "headers": {"X-Call": b"1"}}, NEVER),
    ({"method": "GET", "url": "http://server/threads/a", "timeout": 3.0}, NEW),
    ({"method": "GET", "url": "http://server/threads/b", "timeout": 3.0}, KNOWN),
    ({"method": "GET", "url": "http://server/threads/b", "timeout": 3}, NEW),  # (an int)
    ({"method": "GET", "url": "http://server/threads/b", "timeout": None}, NEW),
    ({"method": "GET", "url": "http://server/threads/b", "timeout": (4, 5.0)}, NEVER),
    ({"method": "GET", "url": "http://server/threads/b", "timeout": 0.0}, NEVER),  # (-0.0 too)
]


@pytest.mark.parametrize("kind", CLASSES)
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_request_made_from_a_template_is_the_one_build_request_builds(
    library: Any, kind: str, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, kind, headers={"X-Client": "c"}, timeout=7.0)
    sequence = [
        *SEQUENCE,
        ({"method": "GET", "url": "http://server/a", "timeout": library.Timeout(5)}, NEW),
        ({"method": "GET", "url": "http://server/b", "timeout": library.Timeout(5)}, KNOWN),
        ({"method": "GET", "url": "http://server/b", "timeout": library.Timeout(5.0)}, NEW),
    ]
    for kwargs, built in sequence:
        before = len(builds)
        for _ in range(3):
            made = _options.build_request(client, dict(kwargs), library)
            assert_same(made, reference(client, kwargs))
        assert len(builds) - before == built, kwargs
    made_again = _options.build_request(client, dict(SEQUENCE[3][0]), library)
    assert made_again.headers["Content-Length"] == "2"
    assert made_again.content == b"{}"
    close(client)


def change_headers(client: Any) -> None:
    client.headers["X-Client"] = "changed"


def add_header(client: Any) -> None:
    client.headers["X-New"] = "1"


def replace_headers(client: Any) -> None:
    client.headers = {"X-Client": "c"}  # (the same, in a Headers of its own: built again)


def set_timeout(client: Any) -> None:
    client.timeout = 3.0


def change_timeout_in_place(client: Any) -> None:
    client.timeout.read = 1.0


CHANGES = [change_headers, add_header, set_timeout, change_timeout_in_place]


def made_from_a_template(client: Any, kwargs: dict[str, Any], library: Any) -> Any:
    """The third request of a kind (the first two build its template)."""
    _options.build_request(client, dict(kwargs), library)
    _options.build_request(client, dict(kwargs), library)
    return _options.build_request(client, dict(kwargs), library)


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_change_to_what_build_request_reads_is_in_the_next_request(
    library: Any, change: Any, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client", headers={"X-Client": "c"}, timeout=7)
    kwargs = dict(GET_A)
    made_from_a_template(client, kwargs, library)
    assert len(builds) == 2
    change(client)
    made = _options.build_request(client, dict(kwargs), library)
    assert_same(made, reference(client, kwargs))
    assert len(builds) == 3
    assert_same(_options.build_request(client, dict(kwargs), library), reference(client, kwargs))
    assert len(builds) == 3  # (a template again, of the client as it is now)
    client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_headers_the_same_in_a_new_mapping_still_make_the_same_request(
    library: Any, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client", headers={"X-Client": "c"})
    kwargs = dict(GET_A)
    made_from_a_template(client, kwargs, library)
    replace_headers(client)
    assert_same(_options.build_request(client, dict(kwargs), library), reference(client, kwargs))
    assert len(builds) == 2  # (what the headers are, not which object holds them)
    client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_call_timeout_changed_in_place_is_in_the_next_request(
    library: Any, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client")
    timeout = library.Timeout(5.0)
    kwargs = {"method": "GET", "url": "http://server/threads/a", "timeout": timeout}
    made_from_a_template(client, kwargs, library)
    assert len(builds) == 2
    timeout.read = 1.0
    made = _options.build_request(client, dict(kwargs), library)
    assert made.extensions["timeout"]["read"] == 1.0
    assert_same(made, reference(client, kwargs))
    assert len(builds) == 3
    client.close()


def racing(monkeypatch: pytest.MonkeyPatch, before: Any = None, after: Any = None) -> None:
    """Builds that another thread's change meets: ``before`` (given the client) runs as the
    second build starts, ``after`` as it ends (the second makes a kind's template)."""
    built = _options._built
    calls = 0

    def build(client: Any, kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2 and before is not None:
            before(client)
        request = built(client, kwargs)
        if calls == 2 and after is not None:
            after(client)
        return request

    monkeypatch.setattr(_options, "_built", build)


def new_token(client: Any) -> None:
    client.headers["Authorization"] = "Bearer new"


def old_token(client: Any) -> None:
    client.headers["Authorization"] = "Bearer old"


@pytest.mark.parametrize(
    ("before", "after"),
    [(new_token, None), (None, new_token), (new_token, old_token)],
    ids=["as it builds", "once built", "and back"],
)
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_headers_another_thread_changes_while_a_template_is_built_are_in_later_requests(
    library: Any, before: Any, after: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Another thread's new token, set while this call builds the request a template is made
    # of, and set back before the next call, or before the build ends: each request carries
    # what the client has.)
    client = new_client(library, "Client", headers={"Authorization": "Bearer old"})
    racing(monkeypatch, before, after)
    kwargs = dict(GET_A)
    sent = []
    for call in range(5):
        sent.append(_options.build_request(client, dict(kwargs), library).headers["Authorization"])
        if call == 1:
            old_token(client)
    assert sent[2:] == ["Bearer old"] * 3
    client.close()


@pytest.mark.parametrize("set_back", ["before the next call", "as the build ends"])
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_timeout_changed_while_a_template_is_built_is_not_in_later_requests(
    library: Any, set_back: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = new_client(library, "Client", timeout=5.0)

    def shorter(client: Any) -> None:
        client.timeout = 1.0

    def back(client: Any) -> None:
        client.timeout = 5.0

    racing(monkeypatch, shorter, back if set_back == "as the build ends" else None)
    kwargs = dict(GET_A)
    sent = []
    for call in range(5):
        sent.append(_options.build_request(client, dict(kwargs), library).extensions["timeout"])
        if call == 1:
            back(client)
    assert [timeout["read"] for timeout in sent] == [5.0, 1.0, 5.0, 5.0, 5.0]
    client.close()


def test_a_freed_clients_template_is_not_used_by_a_client_of_another_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (A client made after another was freed may have its id: here every client has one.)
    monkeypatch.setattr(_request_templates, "id", lambda client: 1, raising=False)
    kwargs = {"method": "GET", "url": "http://server/threads/a", "headers": {"X-Api-Key": "k"}}
    same = {
        "Accept": "*/*",
        "Accept-Encoding": "gzip",
        "Connection": "keep-alive",
        "User-Agent": "u",
    }
    first = httpx.Client(headers=same)
    made_from_a_template(first, kwargs, httpx)
    second: Any = httpx2.Client(headers=same)
    assert second.headers.raw == first.headers.raw
    for _ in range(3):
        assert_same(_options.build_request(second, dict(kwargs), httpx2), reference(second, kwargs))
    first.close()
    second.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_requests_take_headers_of_any_text_afterwards_as_built_ones_do(library: Any) -> None:
    # (An event hook's header of non-ASCII text: a request's headers are encoded as UTF-8
    # until something reads them as text.)
    client = new_client(library, "Client")
    kwargs = dict(GET_A)
    for _ in range(3):
        request = _options.build_request(client, dict(kwargs), library)
        request.headers["X-Name"] = "é"
        assert request.headers.raw[-1] == (b"X-Name", "é".encode())
    client.close()


@pytest.mark.parametrize("form", ["seconds", "Timeout"])
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_timeout_of_minus_zero_is_not_taken_for_zero(library: Any, form: str) -> None:
    client = new_client(library, "Client")

    def timeout(zero: float) -> Any:
        return zero if form == "seconds" else library.Timeout(5.0, pool=zero)

    kwargs = dict(GET_A)
    for _ in range(3):
        _options.build_request(client, {**kwargs, "timeout": timeout(0.0)}, library)
    made = _options.build_request(client, {**kwargs, "timeout": timeout(-0.0)}, library)
    assert math.copysign(1.0, made.extensions["timeout"]["pool"]) == -1.0
    client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_client_whose_timeout_no_template_stands_for_has_every_request_built(
    library: Any, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client", timeout=library.Timeout(5.0, pool=0.0))
    kwargs = dict(GET_A)
    for _ in range(3):
        assert_same(
            _options.build_request(client, dict(kwargs), library), reference(client, kwargs)
        )
    assert len(builds) == 3
    client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_timeout_of_values_no_key_can_hold_is_built(
    library: Any, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client")
    odd = library.Timeout(None, connect=[2.0])  # (httpx takes it, and sends it on as it is)
    kwargs = {"method": "GET", "url": "http://server/threads/a", "timeout": odd}
    for _ in range(3):
        made = _options.build_request(client, dict(kwargs), library)
        assert made.extensions["timeout"]["connect"] == [2.0]
    assert len(builds) == 3
    client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_query_parameters_set_for_a_moment_while_a_template_is_built_leave_templates_on(
    library: Any, monkeypatch: pytest.MonkeyPatch, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client")

    def with_params(client: Any) -> None:
        client.params = {"key": "k"}

    racing(monkeypatch, with_params)
    kwargs = dict(GET_A)
    for _ in range(3):
        _options.build_request(client, dict(kwargs), library)
    client.params = {}
    for _ in range(4):
        made = _options.build_request(client, dict(kwargs), library)
        assert "key" not in made.url.params
    assert len(builds) <= 5  # (a template again: not a kind known as never made)
    client.close()


@pytest.mark.parametrize("cleared", [False, True], ids=["later", "at once"])
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_cookie_set_while_a_template_is_built_is_not_sent_once_cleared(
    library: Any, cleared: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (Set by another thread's answer as this call built its request: cleared later, or as
    # soon as the build ended.)
    client = new_client(library, "Client")

    def cookie(client: Any) -> None:
        client.cookies.set("session", "s")

    def clear(client: Any) -> None:
        client.cookies.clear()

    racing(monkeypatch, cookie, clear if cleared else None)
    kwargs = dict(GET_A)
    assert cookies_sent(client, kwargs, library, times=2) == [None, "session=s"]
    client.cookies.clear()
    assert cookies_sent(client, kwargs, library, times=3) == [None] * 3
    client.close()


def cookies_sent(client: Any, kwargs: dict[str, Any], library: Any, *, times: int) -> list[Any]:
    """The Cookie header of each of ``times`` requests of ``kwargs`` (None: none)."""
    return [
        _options.build_request(client, dict(kwargs), library).headers.get("Cookie")
        for _ in range(times)
    ]


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_cookies_params_and_other_timeouts_are_always_built(
    library: Any, builds: list[dict[str, Any]]
) -> None:
    # What a template cannot stand for: the jar's cookies (which depend on the URL and the
    # time), the client's query parameters, a timeout of a class that may compare otherwise.
    with_cookies = new_client(library, "Client")
    with_cookies.cookies.set("session", "s")
    with_params = new_client(library, "Client", params={"key": "k"})
    without = new_client(library, "Client")

    class TimeoutOfMine(library.Timeout):  # type: ignore[misc]
        pass

    cases: list[tuple[Any, dict[str, Any]]] = [
        (with_cookies, {"method": "GET", "url": "http://server/threads/a"}),
        (with_params, {"method": "GET", "url": "http://server/threads/a"}),
        (without, {"method": "GET", "url": "http://server/threads/a", "timeout": TimeoutOfMine(2)}),
    ]
    for client, kwargs in cases:
        for _ in range(3):
            assert_same(
                _options.build_request(client, dict(kwargs), library), reference(client, kwargs)
            )
    assert len(builds) == 9
    assert cookies_sent(with_cookies, cases[0][1], library, times=1) == ["session=s"]
    with_cookies.cookies.clear()
    assert cookies_sent(with_cookies, cases[0][1], library, times=3) == [None] * 3
    assert len(builds) == 12  # (the jar empty again: built twice, then a template)
    for client in (with_cookies, with_params, without):
        client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_query_parameters_given_to_the_client_later_are_in_every_request(
    library: Any, builds: list[dict[str, Any]]
) -> None:
    client = new_client(library, "Client")
    kwargs = dict(GET_A)
    made_from_a_template(client, kwargs, library)
    client.params = {"key": "k"}
    for _ in range(2):
        made = _options.build_request(client, dict(kwargs), library)
        assert made.url.params["key"] == "k"
        assert_same(made, reference(client, kwargs))
    assert len(builds) == 4
    client.close()


@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_request_a_template_would_make_otherwise_keeps_no_template(library: Any) -> None:
    # (What ``build`` built, seen otherwise: a Content-Length named in small letters, which
    # the template's request would name as httpx names it.)
    client = new_client(library, "Client")
    kwargs = {"method": "POST", "url": library.URL("http://server/threads"), "content": b"{}"}
    built = library.Request(
        "POST",
        kwargs["url"],
        headers=[(b"Host", b"server"), (b"content-length", b"2")],
        stream=library.ByteStream(b"{}"),
        extensions={"timeout": client.timeout.as_dict()},
    )
    built.read()
    client_timeout = _request_templates._timeout_key(client.timeout, library)
    template = _request_templates._template_of(
        client.headers.raw, client_timeout, kwargs, built, library
    )
    assert template.headers is None
    client.close()


@pytest.mark.parametrize("length", ["999", "2"])
@pytest.mark.parametrize("library", LIBRARIES, ids=["httpx", "httpx2"])
def test_a_client_with_a_content_length_of_its_own_has_every_request_built(
    library: Any, length: str, builds: list[dict[str, Any]]
) -> None:
    # httpx keeps it, whatever the content, where a template would write the content's: even
    # where it is the first content's length ("2"), a template is not kept.
    client = new_client(library, "Client", headers={"Content-Length": length})
    for content in (b"{}", b"{}", b"[1, 2, 3]"):
        kwargs = {"method": "POST", "url": "http://server/threads", "content": content}
        made = _options.build_request(client, dict(kwargs), library)
        assert made.headers["Content-Length"] == length
    assert len(builds) == 3
    client.close()


class AddsAHeader(httpx.Client):
    count = 0

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        AddsAHeader.count += 1
        request = super().build_request(*args, **kwargs)
        request.headers["X-Count"] = str(AddsAHeader.count)
        return request


def test_a_client_whose_build_request_is_not_the_librarys_builds_every_request(
    monkeypatch: pytest.MonkeyPatch, builds: list[dict[str, Any]]
) -> None:
    kwargs = dict(GET_A)
    monkeypatch.setattr(AddsAHeader, "count", 0)  # (whatever ran before, in this process)
    subclass = AddsAHeader()
    counts = [
        _options.build_request(subclass, dict(kwargs), httpx).headers["X-Count"] for _ in range(3)
    ]
    assert counts == ["1", "2", "3"]
    overridden = httpx.Client()
    calls: list[str] = []
    own = overridden.build_request

    def on_the_instance(*args: Any, **kwargs: Any) -> httpx.Request:
        calls.append("instance")
        return own(*args, **kwargs)

    overridden.build_request = on_the_instance  # type: ignore[method-assign]
    wrapped = httpx.Client()
    original = httpx.Client._merge_headers

    def wrapper(self: Any, headers: Any = None) -> Any:
        calls.append("class")
        return original(self, headers)

    for _ in range(3):
        _options.build_request(overridden, dict(kwargs), httpx)
    with monkeypatch.context() as patch:
        patch.setattr(httpx.Client, "_merge_headers", wrapper)
        for _ in range(3):
            _options.build_request(wrapped, dict(kwargs), httpx)
    assert calls == ["instance"] * 3 + ["class"] * 3
    for client in (subclass, overridden, wrapped):
        client.close()


def test_a_made_request_is_its_own(builds: list[dict[str, Any]]) -> None:
    client = httpx.Client()
    kwargs = {"method": "POST", "url": "http://server/threads", "content": b"{}", "headers": JSON}
    first = _options.build_request(client, dict(kwargs), httpx)
    made = made_from_a_template(client, kwargs, httpx)
    made.headers["X-Changed"] = "1"
    made.extensions["timeout"]["read"] = 0.5
    again = _options.build_request(client, dict(kwargs), httpx)
    assert "X-Changed" not in again.headers
    assert again.extensions == first.extensions
    assert len(builds) == 2
    client.close()


def test_the_templates_kept_are_bounded() -> None:
    client = httpx.Client()
    for number in range(_request_templates._MAX_TEMPLATES * 2):
        kwargs = {"method": "GET", "url": f"http://server-{number}/threads"}
        for _ in range(2):  # (seen once, then a template)
            request = _options.build_request(client, dict(kwargs), httpx)
            assert request.headers["Host"] == f"server-{number}"
        assert len(_request_templates._templates) <= _request_templates._MAX_TEMPLATES
        assert len(_request_templates._seen) <= _request_templates._MAX_TEMPLATES
    assert len(_request_templates._templates) == _request_templates._MAX_TEMPLATES
    client.close()


@pytest.mark.parametrize("form", FORMS)
def test_calls_send_what_they_sent_without_templates(
    form: Form, monkeypatch: pytest.MonkeyPatch
) -> None:
    def calls(threads: Any) -> None:
        threads.get(THREAD_ID)
        threads.get(THREAD_ID, headers={"X-Call": "1"})
        threads.search(metadata={"k": "v"}, limit=3)
        threads.search(limit=5, timeout=2.0)
        threads.create(metadata={"a": 1})
        threads.update(THREAD_ID, metadata={"b": 2})
        threads.copy(THREAD_ID)
        threads.delete(THREAD_ID)
        threads.get_state(THREAD_ID)
        threads.get(THREAD_ID)

    def sent_by(with_templates: bool) -> list[tuple[Any, ...]]:
        sent: list[tuple[Any, ...]] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append((request.method, str(request.url), request.headers.raw, request.content))
            if request.method == "DELETE":
                return httpx.Response(204)
            if request.url.path.endswith("/state"):
                return httpx.Response(200, json=EMPTY_STATE)
            if request.url.path == "/threads/search":
                return httpx.Response(200, json=[THREAD])
            return httpx.Response(200, json=THREAD)

        with monkeypatch.context() as patch:
            if not with_templates:
                patch.setattr(_request_templates, "_key", lambda *args: None)
            with threads_client(
                form, transport=httpx.MockTransport(answer), url="http://server", api_key="k"
            ) as threads:
                for _ in range(3):  # (a kind's first two build its template)
                    calls(threads)
        return sent

    with_templates = sent_by(True)
    made = [t for t in _request_templates._templates.values() if t.headers is not None]
    assert len(made) >= 5
    assert with_templates == sent_by(False)
