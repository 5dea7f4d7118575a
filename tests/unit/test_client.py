"""Client options, request building and lifecycle, checked on the wire with MockTransport."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import json
import pkgutil
import re
import ssl
import typing
from collections import deque
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from packaging.version import Version

from langgraph_threads_client import (
    NOT_GIVEN,
    APIResponseValidationError,
    Checkpoint,
    InternalServerError,
    LangGraphClient,
    SyncLangGraphClient,
    SyncThreadsClient,
    ThreadsClient,
    _settings,
    get_client,
    get_sync_client,
)
from tests.forms import Form, threads_client
from tests.scripts import load_script

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
CHECKPOINT_ID = "1f1e84d0-75e8-6cef-8001-89c60e45838f"
THREAD: dict[str, Any] = {
    "thread_id": THREAD_ID,
    "created_at": "2026-11-24T21:21:34.931247+00:00",
    "updated_at": "2026-11-24T21:21:35.897101+00:00",
    "state_updated_at": "2026-11-24T21:21:35.897101+00:00",
    "metadata": {"user_id": "u1", "graph_id": "counter"},
    "status": "idle",
    "config": {"configurable": {}},
    "values": {"messages": ["step 1"], "count": 1},
    "error": None,
    "interrupts": {},
}
EMPTY_STATE: dict[str, Any] = {
    "values": {},
    "next": [],
    "tasks": [],
    "metadata": None,
    "created_at": None,
    "checkpoint": None,
    "parent_checkpoint": None,
    "interrupts": [],
    "checkpoint_id": None,
    "parent_checkpoint_id": None,
}


class Recorder:
    """A MockTransport that answers from a route table and keeps every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if request.method == "DELETE" or request.headers.get("prefer") == "return=minimal":
            return httpx.Response(204)
        if path.endswith("/threads/count"):
            return httpx.Response(200, json=3)
        if path == "/threads/search" or path.endswith("/history"):
            return httpx.Response(200, json=[])
        if path.endswith("/storage"):
            return httpx.Response(200, json={"thread_id": THREAD_ID, "total_bytes": 10})
        if path == "/threads/prune":
            return httpx.Response(200, json={"pruned_count": 1})
        if "/state" in path and request.method == "POST" and path.endswith("/state"):
            checkpoint = {
                "checkpoint_id": CHECKPOINT_ID,
                "thread_id": THREAD_ID,
                "checkpoint_ns": "",
            }
            body = {"checkpoint": checkpoint, "configurable": checkpoint}
            return httpx.Response(200, json={**body, "checkpoint_id": CHECKPOINT_ID})
        if "/state" in path:
            return httpx.Response(200, json=EMPTY_STATE)
        return httpx.Response(200, json=THREAD)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def threads(form: Form, recorder: Recorder) -> Iterator[SyncThreadsClient]:
    with threads_client(form, transport=recorder.transport, api_key=None) as client:
        yield client


# --- what each method sends ------------------------------------------------------------------


def test_empty_optional_arguments_are_not_sent(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    threads.create()
    assert recorder.last_json() == {}
    threads.count()
    assert recorder.last_json() == {}
    threads.get_state(THREAD_ID)
    assert recorder.last.url.query == b"subgraphs=false"  # (a default the SDK sends too)
    threads.get(THREAD_ID)
    assert recorder.last.url.query == b""
    threads.update_state(THREAD_ID, {"count": 1})
    assert recorder.last_json() == {"values": {"count": 1}}
    threads.get_history(THREAD_ID)
    assert recorder.last_json() == {"limit": 10}


def test_create_sends_what_the_server_reads(threads: SyncThreadsClient, recorder: Recorder) -> None:
    thread = threads.create(
        metadata={"user_id": "u1"},
        thread_id=THREAD_ID,
        if_exists="do_nothing",
        graph_id="counter",
        ttl=30,
        supersteps=[{"updates": [{"values": {"count": 1}, "as_node": "step"}]}],
    )
    assert recorder.last.method == "POST"
    assert recorder.last.url.path == "/threads"
    assert recorder.last_json() == {
        "metadata": {"user_id": "u1", "graph_id": "counter"},
        "thread_id": THREAD_ID,
        "if_exists": "do_nothing",
        "ttl": {"ttl": 30, "strategy": "delete"},
        # Each update as the official SDK sends it: values, command (null) and as_node.
        "supersteps": [{"updates": [{"values": {"count": 1}, "command": None, "as_node": "step"}]}],
    }
    assert thread.thread_id == THREAD_ID


def test_update_search_count_prune_bodies(threads: SyncThreadsClient, recorder: Recorder) -> None:
    threads.update(THREAD_ID, metadata={"a": 1}, ttl={"ttl": 5, "strategy": "keep_latest"})
    assert recorder.last.method == "PATCH"
    assert recorder.last_json() == {
        "metadata": {"a": 1},
        "ttl": {"ttl": 5, "strategy": "keep_latest"},
    }

    threads.search(
        metadata={"user_id": "u1"},
        values={"count": 1},
        ids=[THREAD_ID],
        status="idle",
        limit=5,
        offset=10,
        sort_by="created_at",
        sort_order="asc",
        extract={"c": "values.count"},
    )
    assert recorder.last_json() == {
        "metadata": {"user_id": "u1"},
        "values": {"count": 1},
        "ids": [THREAD_ID],
        "status": "idle",
        "limit": 5,
        "offset": 10,
        "sort_by": "created_at",
        "sort_order": "asc",
        "extract": {"c": "values.count"},
    }
    threads.search(select=["thread_id", "values", "interrupts"])
    assert recorder.last_json()["select"] == ["thread_id", "values", "interrupts"]

    assert threads.count(status="busy", metadata={"k": "v"}) == 3
    assert recorder.last_json() == {"status": "busy", "metadata": {"k": "v"}}

    pruned = threads.prune([THREAD_ID], strategy="keep_latest")
    assert pruned.pruned_count == 1
    assert recorder.last_json() == {"thread_ids": [THREAD_ID], "strategy": "keep_latest"}


def test_update_return_minimal(threads: SyncThreadsClient, recorder: Recorder) -> None:
    assert threads.update(THREAD_ID, metadata={"a": 1}, return_minimal=True) is None
    assert recorder.last.headers["prefer"] == "return=minimal"
    assert threads.update(THREAD_ID, metadata={"a": 1}).thread_id == THREAD_ID
    assert "prefer" not in recorder.last.headers


@pytest.mark.parametrize("body", [b"null", b" null\n", b"", b"\n", b"{}", b" { \n} "])
def test_update_return_minimal_answered_with_null_or_nothing_is_none(
    form: Form, body: bytes
) -> None:
    # The official SDK returns the null it reads as None, as it returns no body; an empty
    # object (no thread in it) it returns as it is, falsy as None is.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with threads_client(form, transport=transport) as threads:
        assert threads.update(THREAD_ID, metadata={"a": 1}, return_minimal=True) is None


@pytest.mark.parametrize("body", [b"{x}", b"{ x }", b"{]"])
def test_update_return_minimal_answered_with_braces_around_something_else_is_an_error(
    form: Form, body: bytes
) -> None:
    # Only an object with nothing in it is the empty answer: anything else between the braces
    # is read, and a body that is not JSON is a validation error, as elsewhere.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIResponseValidationError, match="with a body that is not JSON"),
    ):
        threads.update(THREAD_ID, metadata={"a": 1}, return_minimal=True)


@pytest.mark.parametrize("prefer", ["return=minimal", "wait=5, Return=Minimal"])
@pytest.mark.parametrize("on_the_client", [False, True])
def test_a_prefer_header_of_the_callers_asks_for_a_minimal_update_too(
    form: Form, prefer: str, on_the_client: bool
) -> None:
    # Code written for the SDK, whose update takes no return_minimal, gives the header: the
    # server's 204 is None, as the SDK returns it (per call, or among the client's headers).
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    client_headers = {"Prefer": prefer} if on_the_client else None
    call_headers = None if on_the_client else {"prefer": prefer}
    with threads_client(form, transport=transport, headers=client_headers) as threads:
        assert threads.update(THREAD_ID, metadata={"a": 1}, headers=call_headers) is None
        # Another preference, or none: the thread is expected, and a 204 is unusable.
        with pytest.raises(APIResponseValidationError, match="where the updated thread"):
            threads.update(THREAD_ID, metadata={"a": 1}, headers={"Prefer": "return=full"})


def test_update_return_minimal_on_a_server_that_sends_the_thread_anyway(form: Form) -> None:
    # langgraph-api 0.2.125 and 0.6.39 and Aegra do not read Prefer: the SDK returns the thread.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=THREAD))
    with threads_client(form, transport=transport) as threads:
        thread = threads.update(THREAD_ID, metadata={"a": 1}, return_minimal=True)
    assert thread is not None
    assert thread["thread_id"] == THREAD_ID


def test_state_select_is_passed_on(threads: SyncThreadsClient, recorder: Recorder) -> None:
    threads.get_state(THREAD_ID, select=["values", "next"])
    assert recorder.last.url.params.get_list("select") == ["values", "next"]
    threads.get_history(THREAD_ID, select=["values.messages"])
    assert recorder.last_json()["select"] == ["values.messages"]


def test_get_include_and_delete(threads: SyncThreadsClient, recorder: Recorder) -> None:
    threads.get(THREAD_ID, include=["ttl"])
    assert recorder.last.url.params["include"] == "ttl"
    threads.delete(THREAD_ID)
    assert recorder.last.method == "DELETE"
    assert recorder.last.url.path == f"/threads/{THREAD_ID}"


def test_get_state_picks_the_endpoint(threads: SyncThreadsClient, recorder: Recorder) -> None:
    threads.get_state(THREAD_ID, subgraphs=True)
    assert (recorder.last.method, recorder.last.url.path) == ("GET", f"/threads/{THREAD_ID}/state")
    assert recorder.last.url.params["subgraphs"] == "true"

    threads.get_state(THREAD_ID, checkpoint_id=CHECKPOINT_ID)
    assert recorder.last.url.path == f"/threads/{THREAD_ID}/state/{CHECKPOINT_ID}"

    threads.get_state(THREAD_ID, {"checkpoint_id": CHECKPOINT_ID, "checkpoint_ns": ""})
    assert (recorder.last.method, recorder.last.url.path) == (
        "POST",
        f"/threads/{THREAD_ID}/state/checkpoint",
    )
    assert recorder.last_json() == {
        "checkpoint": {"checkpoint_id": CHECKPOINT_ID, "checkpoint_ns": ""},
        "subgraphs": False,
    }

    # Both, naming one checkpoint (a past state's two fields): read at the checkpoint, as the
    # SDK reads; naming two, refused.
    threads.get_state(THREAD_ID, {"checkpoint_id": CHECKPOINT_ID}, CHECKPOINT_ID)
    assert recorder.last.url.path == f"/threads/{THREAD_ID}/state/checkpoint"
    expected = {"checkpoint": {"checkpoint_id": CHECKPOINT_ID}, "subgraphs": False}
    assert recorder.last_json() == expected
    with pytest.raises(ValueError, match="name different checkpoints"):
        threads.get_state(THREAD_ID, {"checkpoint_id": "a"}, "b")


def test_get_state_reads_a_namespace_at_the_id_given_beside_it(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    # A checkpoint that names no id (a subgraph's namespace alone) and checkpoint_id: that id
    # in the namespace, where the SDK would read the namespace's latest state (dropping the id).
    threads.get_state(THREAD_ID, {"checkpoint_ns": "sub:1"}, CHECKPOINT_ID)
    assert recorder.last.url.path == f"/threads/{THREAD_ID}/state/checkpoint"
    checkpoint = {"checkpoint_ns": "sub:1", "checkpoint_id": CHECKPOINT_ID}
    assert recorder.last_json() == {"checkpoint": checkpoint, "subgraphs": False}


def test_a_checkpoint_in_a_configs_form_is_the_checkpoint_it_holds(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    # Sent as it is, the server reads no checkpoint in it (the latest state; tests/live).
    held = {"checkpoint_id": CHECKPOINT_ID, "checkpoint_ns": ""}
    config = {"configurable": held}
    threads.get_state(THREAD_ID, config)
    assert recorder.last_json()["checkpoint"] == held
    threads.get_state(THREAD_ID, config, CHECKPOINT_ID)  # (the same checkpoint: no conflict)
    assert recorder.last_json()["checkpoint"] == held
    with pytest.raises(ValueError, match="name different checkpoints"):
        threads.get_state(THREAD_ID, config, "another")
    threads.update_state(THREAD_ID, {"a": 1}, checkpoint=config)
    assert recorder.last_json()["checkpoint"] == held
    threads.get_history(THREAD_ID, checkpoint=config)
    assert recorder.last_json()["checkpoint"] == held
    with pytest.raises(TypeError, match=r"checkpoint\['configurable'\] must be a mapping"):
        threads.get_state(THREAD_ID, {"configurable": 1})


@pytest.mark.parametrize(
    "before",
    [
        CHECKPOINT_ID,
        {"checkpoint_id": CHECKPOINT_ID},
        {"configurable": {"checkpoint_id": CHECKPOINT_ID}},
        Checkpoint(checkpoint_id=CHECKPOINT_ID, thread_id=THREAD_ID),
    ],
    ids=["id", "checkpoint-dict", "configurable", "checkpoint-model"],
)
def test_history_before_in_every_form_is_sent_as_the_server_reads_it(
    threads: SyncThreadsClient, recorder: Recorder, before: Any
) -> None:
    threads.get_history(THREAD_ID, limit=3, before=before, metadata={"source": "loop"})
    body = recorder.last_json()
    assert body["limit"] == 3
    assert body["metadata"] == {"source": "loop"}
    assert body["before"]["configurable"]["checkpoint_id"] == CHECKPOINT_ID
    assert set(body["before"]) == {"configurable"}


def test_update_state_body(threads: SyncThreadsClient, recorder: Recorder) -> None:
    result = threads.update_state(
        THREAD_ID, {"count": 2}, as_node="step", checkpoint_id=CHECKPOINT_ID
    )
    assert recorder.last_json() == {
        "values": {"count": 2},
        "as_node": "step",
        "checkpoint_id": CHECKPOINT_ID,
    }
    assert result.checkpoint.checkpoint_id == CHECKPOINT_ID
    threads.update_state(THREAD_ID, None, checkpoint={"checkpoint_id": CHECKPOINT_ID})
    assert recorder.last_json() == {"values": None, "checkpoint": {"checkpoint_id": CHECKPOINT_ID}}


# --- bad input: a typed error before anything is sent ----------------------------------------


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda t: t.search(status="paused"), ValueError),
        (lambda t: t.search(select=["nope"]), ValueError),
        (lambda t: t.search(sort_by="name"), ValueError),
        (lambda t: t.search(limit="10"), TypeError),
        (lambda t: t.search(metadata=["a"]), TypeError),
        (lambda t: t.search(extract={"a": 1}), TypeError),
        (lambda t: t.create(if_exists="ignore"), ValueError),
        (lambda t: t.create(ttl=True), TypeError),
        (lambda t: t.create(ttl={"strategy": "forever"}), ValueError),
        (lambda t: t.create(supersteps=[{"values": {}}]), ValueError),
        (lambda t: t.create(metadata={(1, 2): "a"}), TypeError),
        (lambda t: t.update_state(THREAD_ID, {"when": object()}), TypeError),
        (lambda t: t.prune([THREAD_ID], strategy="all"), ValueError),
        (lambda t: t.get_history(THREAD_ID, before=42), TypeError),
        (lambda t: t.update_state(THREAD_ID, {}, as_node=3), TypeError),
    ],
)
def test_bad_arguments_raise_before_any_request(
    threads: SyncThreadsClient, recorder: Recorder, call: Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        call(threads)
    assert recorder.requests == []


@pytest.mark.parametrize("bad_id", ["", ".", "..", None, 42, b"abc"])
def test_unsafe_ids_never_reach_the_server(
    threads: SyncThreadsClient, recorder: Recorder, bad_id: Any
) -> None:
    calls: list[Callable[[], object]] = [
        lambda: threads.get(bad_id),
        lambda: threads.delete(bad_id),
        lambda: threads.copy(bad_id),
        lambda: threads.get_state(bad_id),
        lambda: threads.get_history(bad_id),
    ]
    if bad_id not in (None, ""):  # "the latest state" here, a valid call (as with the SDK)
        calls.append(lambda: threads.get_state(THREAD_ID, checkpoint_id=bad_id))
    for call in calls:
        with pytest.raises((ValueError, TypeError)):
            call()
    assert recorder.requests == []


@pytest.mark.parametrize(
    "odd_id", ["a/b", "?x", "#y", "%2e%2e", "../threads", "a b", " ", " abc", "abc\n"]
)
def test_odd_ids_stay_inside_their_path_segment(
    threads: SyncThreadsClient, recorder: Recorder, odd_id: str
) -> None:
    threads.get(odd_id)
    raw_path = recorder.last.url.raw_path.decode()
    assert raw_path.startswith("/threads/")
    segment = raw_path.removeprefix("/threads/")
    assert "/" not in segment
    assert "?" not in segment
    assert "#" not in segment
    assert recorder.last.url.query == b""


def sent_path(request: httpx.Request) -> str:
    """The path as it went on the wire (percent-encoded), without the query."""
    return request.url.raw_path.decode().split("?", 1)[0]


ENCODED = {
    "a/b": "a%2Fb",
    "a%2Fb": "a%252Fb",
    "%2e%2e": "%252e%252e",
    "?x": "%3Fx",
    "#y": "%23y",
    "a b": "a%20b",
    "../threads": "..%2Fthreads",
    "é": "%C3%A9",
    # Aegra takes any string as an id, whitespace around it too (its search returns such ids).
    " order-1\n": "%20order-1%0A",
}


@pytest.mark.parametrize(("odd_id", "encoded"), list(ENCODED.items()))
def test_every_path_sends_the_id_percent_encoded(
    threads: SyncThreadsClient, recorder: Recorder, odd_id: str, encoded: str
) -> None:
    """Exactly the encoded id, a `%` included (so the server never decodes it into another
    path), in every method that puts an id in the path, join_stream's own URL included."""
    calls: dict[str, Callable[[], object]] = {
        "": lambda: threads.get(odd_id),
        "/copy": lambda: threads.copy(odd_id),
        "/state": lambda: threads.get_state(odd_id),
        "/history": lambda: threads.get_history(odd_id),
        "/storage": lambda: threads.get_storage(odd_id),
    }
    for suffix, call in calls.items():
        call()
        assert sent_path(recorder.last) == f"/threads/{encoded}{suffix}"
    threads.delete(odd_id)
    assert sent_path(recorder.last) == f"/threads/{encoded}"
    threads.update_state(odd_id, {"count": 1})
    assert sent_path(recorder.last) == f"/threads/{encoded}/state"
    threads.get_state(THREAD_ID, checkpoint_id=odd_id)
    assert sent_path(recorder.last) == f"/threads/{THREAD_ID}/state/{encoded}"
    with (
        threads.join_stream(odd_id, max_reconnects=0) as stream,
        pytest.raises(APIResponseValidationError, match="not an event stream") as caught,
    ):
        next(iter(stream))  # the test server's answer is JSON
    # (A ValueError too: the official SDK's JSON decoder's error for a body that is not JSON.)
    assert isinstance(caught.value, ValueError)
    assert sent_path(recorder.last) == f"/threads/{encoded}/stream"


# --- client options --------------------------------------------------------------------------


def test_api_key_from_argument_environment_or_none(
    form: Form, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sent_key(**options: Any) -> str | None:
        with threads_client(form, transport=recorder.transport, **options) as threads:
            threads.count()
        key: str | None = recorder.last.headers.get("x-api-key")
        return key

    assert sent_key() is None
    monkeypatch.setenv("LANGCHAIN_API_KEY", "from-langchain")
    assert sent_key() == "from-langchain"
    monkeypatch.setenv("LANGSMITH_API_KEY", "from-langsmith")
    assert sent_key() == "from-langsmith"
    monkeypatch.setenv("LANGGRAPH_API_KEY", "from-langgraph")
    assert sent_key() == "from-langgraph"
    assert sent_key(api_key="explicit") == "explicit"
    assert sent_key(api_key=None) is None
    # Quoted, as a .env file read by a tool that keeps quotes gives it (the SDK strips them).
    for quoted in ('"X-from-env-X"', "'X-from-env-X'", ' "X-from-env-X" \n'):
        monkeypatch.setenv("LANGGRAPH_API_KEY", quoted)
        assert sent_key() == "X-from-env-X"  # only quotes and spaces go, not other letters
    assert sent_key(api_key='"explicit"') == '"explicit"'  # an argument is sent as given


def test_headers_params_and_timeout_per_call(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    threads.get(THREAD_ID, headers={"x-trace": "1"}, params={"include": "ttl"}, timeout=1.5)
    request = recorder.last
    assert request.headers["x-trace"] == "1"
    assert request.url.params["include"] == "ttl"
    assert request.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert request.headers["user-agent"].startswith("langgraph-threads-client/")


def test_query_pairs_in_any_sequence_are_sent_as_pairs(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    # As typed (a sequence of pairs): a list, a tuple, or another sequence, such as a deque.
    for pairs in (
        [("a", "1"), ("a", "2")],
        (("a", "1"), ("a", "2")),
        deque([("a", "1"), ("a", "2")]),
    ):
        threads.count(params=pairs)
        assert recorder.last.url.params.get_list("a") == ["1", "2"]
    with pytest.raises(TypeError, match=r"^params\[0\] must be a \(name, value\) pair; got int$"):
        threads.count(params=deque([1]))  # type: ignore[list-item]


def test_paging_iterators_are_generators() -> None:
    # (What closing() and a generator's close() take, as typed; aclosing() the async ones.)
    sync_threads = get_sync_client(url="http://server").threads
    assert inspect.isgenerator(sync_threads.iter_search())
    assert inspect.isgenerator(sync_threads.iter_history(THREAD_ID))
    async_threads = get_client(url="http://server").threads
    assert inspect.isasyncgen(async_threads.iter_search())
    assert inspect.isasyncgen(async_threads.iter_history(THREAD_ID))


@pytest.mark.parametrize("make", [get_sync_client, get_client])
def test_certificates_that_cannot_be_loaded_are_named_by_their_variable(
    make: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx loads them as the client is made, for an http:// URL too; ssl's error names
    # neither the variable nor the file. Same class as ssl's, for handlers written for it.
    not_certificates = tmp_path / "passwd"
    not_certificates.write_text("root:x:0:0:root:/root:/bin/sh\n")
    monkeypatch.setenv("SSL_CERT_FILE", str(not_certificates))
    with pytest.raises(ssl.SSLError) as refused:
        make(url="http://plain.test")
    assert str(refused.value).startswith(
        f"SSL_CERT_FILE={str(not_certificates)!r} could not be loaded: [X509"
    )
    assert refused.value.reason == "NO_CERTIFICATE_OR_CRL_FOUND"  # (ssl's, kept)
    assert isinstance(refused.value.__cause__, ssl.SSLError)

    missing = tmp_path / "missing.pem"
    monkeypatch.setenv("SSL_CERT_FILE", str(missing))
    if Version(httpx.__version__) < Version("0.28"):  # (which passed over a missing file)
        make(url="http://plain.test")
        return
    with pytest.raises(FileNotFoundError) as missed:
        make(url="http://plain.test")
    assert type(missed.value) is FileNotFoundError
    assert missed.value.errno == 2
    assert str(missed.value) == (
        f"[Errno 2] SSL_CERT_FILE={str(missing)!r} could not be loaded: No such file or directory"
    )


def test_an_os_error_making_a_transport_is_left_as_it_is_without_certificate_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", "")  # (unset, as httpx reads it)
    error = PermissionError(13, "Permission denied")

    def fails() -> None:
        raise error

    with pytest.raises(PermissionError) as caught:
        _settings.naming_certificates(fails)
    assert caught.value is error


def test_default_timeout_is_finite() -> None:
    expected = httpx.Timeout(connect=5.0, read=300.0, write=300.0, pool=60.0)
    # timeout=None is the default too, as the official SDK's: code that passes an optional
    # setting through never waits forever by accident. httpx.Timeout(None) is no timeout.
    for timeout in (NOT_GIVEN, None):
        with get_sync_client(timeout=timeout) as client:
            assert client.http_client.timeout == expected
    with get_sync_client(timeout=httpx.Timeout(None)) as client:
        assert client.http_client.timeout == httpx.Timeout(None)
    with get_sync_client(http_client=httpx.Client(timeout=7), timeout=None) as client:
        assert client.http_client.timeout == httpx.Timeout(7)  # a client passed in keeps its own

    async def scenario() -> None:
        async with get_client(timeout=None) as client:
            assert client.http_client.timeout == expected

    asyncio.run(scenario())


def test_a_client_made_from_an_httpx_client_as_sdk_code_makes_it() -> None:
    # SDK code makes LangGraphClient(httpx.AsyncClient(base_url=..., transport=...)): calls go
    # to its base_url with its headers, and closing the client closes the httpx client.
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=0)

    transport = httpx.MockTransport(answer)
    sync_http = httpx.Client(
        base_url="http://app.test/api", headers={"x-k": "1"}, transport=transport
    )
    with SyncLangGraphClient(sync_http) as sync:
        assert sync.threads.count() == 0
    assert sync_http.is_closed
    assert (str(seen[-1].url), seen[-1].headers["x-k"]) == (
        "http://app.test/api/threads/count",
        "1",
    )
    with SyncLangGraphClient(client=httpx.Client(transport=transport)) as sync:  # (SDK's keyword)
        assert sync.threads.count() == 0

    async def scenario() -> None:
        http = httpx.AsyncClient(base_url="http://app.test", transport=transport)
        async with LangGraphClient(client=http) as client:  # (the SDK's keyword)
            assert await client.threads.count() == 0
        assert http.is_closed

    asyncio.run(scenario())
    assert str(seen[-1].url) == "http://app.test/threads/count"
    with pytest.raises(TypeError):
        SyncLangGraphClient(object())  # type: ignore[arg-type]


@pytest.mark.parametrize("make", [get_client, get_sync_client])
def test_what_the_sdks_client_has_and_this_one_has_not_says_where_to_turn(
    make: Callable[..., Any],
) -> None:
    # SDK code with its import changed reaches for `client.runs` or `client.http`: the
    # AttributeError says what to use instead, and stays one (hasattr, getattr's default).
    client = make(url="http://app.test", api_key=None)
    for api in ("assistants", "runs", "crons", "store"):
        with pytest.raises(AttributeError, match=rf"'{api}': .*the official SDK's client") as e:
            getattr(client, api)
        assert (e.value.name, e.value.obj) == (api, client)
        assert not hasattr(client, api)
    with pytest.raises(AttributeError, match=r"'http': .*`http_client`"):
        client.http  # noqa: B018
    with pytest.raises(AttributeError, match=r"'http': .*`http_client`"):
        client.threads.http  # noqa: B018
    with pytest.raises(AttributeError, match=r"'stream': .*`join_stream`"):
        client.threads.stream  # noqa: B018
    assert getattr(client.threads, "stream", None) is None
    # Other names as Python has them (and its suggestion for a misspelt one, by name and obj).
    with pytest.raises(AttributeError) as e:
        client.thraeds  # noqa: B018
    assert str(e.value) == f"'{type(client).__name__}' object has no attribute 'thraeds'"
    assert (e.value.name, e.value.obj) == ("thraeds", client)
    with pytest.raises(AttributeError, match=r"^'\w+' object has no attribute 'gett'$"):
        client.threads.gett  # noqa: B018


def test_a_client_this_package_makes_connects_directly_as_the_sdks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The SDK's client has a transport of its own, so httpx reads no proxy from the
    # environment: a proxy meant for other traffic must not take these calls.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    with get_sync_client(url="http://server.test") as client:
        assert client.http_client._mounts == {}
    with get_sync_client(http_client=httpx.Client(), url="http://server.test") as client:
        assert client.http_client._mounts  # a client passed in is used as it is


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_the_client_made_here_takes_each_setting(sync: bool) -> None:
    attempts: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        return httpx.Response(503, json={"detail": "busy"})

    settings: Any = {"url": "http://own.test/lg", "headers": {"x-team": "a"}, "timeout": 7.0}
    if sync:
        with get_sync_client(**settings, max_retries=4) as client:
            client.http_client._transport = httpx.MockTransport(busy)  # (its pool, replaced)
            with pytest.raises(InternalServerError):
                client.threads.count()
    else:

        async def scenario() -> None:
            async with get_client(**settings, max_retries=4) as client:
                client.http_client._transport = httpx.MockTransport(busy)
                with pytest.raises(InternalServerError):
                    await client.threads.count()

        asyncio.run(scenario())
    assert len(attempts) == 5  # the first and 4 retries
    for request in attempts:
        assert str(request.url) == "http://own.test/lg/threads/count"
        assert request.headers["x-team"] == "a"
        assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()


def test_client_headers_and_url(form: Form, recorder: Recorder) -> None:
    with threads_client(
        form,
        transport=recorder.transport,
        url="http://example.test:9000/prefix/",
        headers={"x-tenant": "t1"},
        timeout=7.0,
    ) as threads:
        threads.count(headers={"x-tenant": "override"})
    request = recorder.last
    assert str(request.url) == "http://example.test:9000/prefix/threads/count"
    assert request.headers["x-tenant"] == "override"
    assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()


@pytest.mark.parametrize("name", ["x-api-key", "X-Api-Key", "X-API-KEY"])
def test_a_client_header_replaces_the_key_whatever_its_case(
    form: Form, recorder: Recorder, name: str
) -> None:
    with threads_client(
        form,
        transport=recorder.transport,
        api_key="from-argument",
        headers={name: "from-header", "USER-AGENT": "mine/1"},
    ) as threads:
        threads.count()
    sent = recorder.last.headers
    assert sent.get_list("x-api-key") == ["from-header"]
    assert sent.get_list("user-agent") == ["mine/1"]
    # The same on the httpx client this package makes, which carries them as its own.
    own = get_sync_client(url="http://own.test", api_key="from-argument", headers={name: "h"})
    with own:
        assert own.http_client.headers.get_list("x-api-key") == ["h"]


@pytest.mark.parametrize(
    "url", ["localhost:8123", "ftp://host", "/threads", "", "http://host:abc", "http://[::1"]
)
def test_bad_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="absolute http"):
        get_sync_client(url=url)
    with pytest.raises(ValueError, match="absolute http"):
        get_client(url=url)


def test_a_url_httpx_cannot_read_is_refused_with_httpxs_reason() -> None:
    refused = "url must be an absolute http(s) URL, got 'http://host:abc' (Invalid port: 'abc')"
    with pytest.raises(ValueError, match=f"^{re.escape(refused)}$"):
        get_sync_client(url="http://host:abc")


def test_injected_sync_client_is_used_and_left_open(recorder: Recorder) -> None:
    http_client = httpx.Client(transport=recorder.transport, base_url="http://injected.test:1")
    timeout_before = http_client.timeout
    with get_sync_client(http_client=http_client, api_key="k") as client:
        assert client.http_client is http_client
        client.threads.count()
    assert str(recorder.last.url) == "http://injected.test:1/threads/count"
    assert not http_client.is_closed
    assert http_client.timeout == timeout_before
    http_client.close()


def test_requests_on_an_injected_client_carry_every_header_once(recorder: Recorder) -> None:
    http_client = httpx.Client(
        transport=recorder.transport, base_url="http://injected.test", headers={"x-own": "o"}
    )
    with get_sync_client(http_client=http_client, api_key="k", headers={"x-tenant": "t"}) as client:
        client.threads.count()  # a body: the JSON content type joins the client's headers
        client.threads.get(THREAD_ID)  # none
        client.threads.count(headers={"X-Tenant": "call", "content-type": "application/json"})
        client.threads.update(THREAD_ID, metadata={}, return_minimal=True)  # an operation's own
    http_client.close()
    bodies, no_body, per_call, operation = recorder.requests[-4:]
    for request in (bodies, no_body, per_call, operation):
        names = [name for name, _ in request.headers.multi_items()]
        assert len(names) == len(set(names)), names
        assert (request.headers["x-own"], request.headers["x-api-key"]) == ("o", "k")
        assert request.headers["user-agent"].startswith("langgraph-threads-client/")
    assert bodies.headers["content-type"] == "application/json"
    assert bodies.headers["x-tenant"] == "t"
    assert "content-type" not in no_body.headers
    assert per_call.headers["x-tenant"] == "call"
    assert operation.headers["prefer"] == "return=minimal"
    assert operation.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("headers", "said"),
    [
        ({"x-note": "“café”"}, "headers['x-note'] holds a character that is not ASCII"),
        ([("x-note", "“café”")], "headers['x-note'] holds a character that is not ASCII"),
        ({"x-café": "1"}, "header name 'x-café' is not ASCII"),
        # What h11 refuses as it writes the request (an APIConnectionError, its error chained
        # to it holding the value), or refuses with an error of its own class (a length).
        ({"bad name": "1"}, "header name 'bad name' is not one HTTP allows"),
        ({"x:y": "1"}, "header name 'x:y' is not one HTTP allows"),
        ({"": "1"}, "header name '' is not one HTTP allows"),
        ({"x-note": " cafe "}, "headers['x-note'] has blanks around it"),
        (
            {"x-note": "a\nb"},
            "headers['x-note'] has blanks around it, or a line break or NUL within, which no"
            " HTTP header may hold (value not shown)",
        ),
        ({"x-note": "a\x00b"}, "headers['x-note'] has blanks around it, or a line break"),
        ({"x-note": "a\x0bb"}, "headers['x-note'] has blanks around it, or a line break"),
        ([("x-note", b"caf\xe9\n")], "headers['x-note'] has blanks around it, or a line break"),
        ({"Content-Length": "3"}, "headers['Content-Length']: httpx sets it from the body"),
        ({"transfer-encoding": "chunked"}, "headers['transfer-encoding']: httpx sets it"),
    ],
)
def test_a_header_no_request_can_carry_is_refused_before_anything_is_sent(
    form: Form, recorder: Recorder, headers: Any, said: str
) -> None:
    # As httpx refuses it when given to build_request (and so the official SDK): not sent as
    # UTF-8, which httpx does for a header set on a request. Its error holds the value (a
    # credential, often): this one names the header alone.
    with threads_client(form, transport=recorder.transport, api_key="k") as threads:
        for call in (partial(threads.get, THREAD_ID), threads.count):
            with pytest.raises(ValueError, match=re.escape(said)) as refused:
                call(headers=headers)
            assert type(refused.value) is ValueError
            assert "café”" not in str(refused.value).replace("x-café", "")
    assert recorder.requests == []
    for make in (get_sync_client, get_client):
        with pytest.raises(ValueError, match=re.escape(said)):
            make(headers=headers)


def test_a_header_h11_sends_is_sent(form: Form, recorder: Recorder) -> None:
    # (Control characters but line breaks and NUL, tabs and spaces within, bytes beyond ASCII.)
    sent: dict[str, Any] = {
        "x-a": "a\x01\x7f\x1b[0m",
        "x-b": "a \t b",
        "x-c": "",
        "x-d": b"\xa0caf\xe9\xa0",
    }
    with threads_client(form, transport=recorder.transport) as threads:
        threads.count(headers=sent)
    for name, value in sent.items():
        assert recorder.last.headers.get_list(name) == [
            value.decode("latin-1") if isinstance(value, bytes) else value
        ]


def test_a_header_of_bytes_is_sent_as_it_is(form: Form, recorder: Recorder) -> None:
    with threads_client(form, transport=recorder.transport) as threads:
        threads.count(headers={b"x-note": "café".encode()})
    assert (b"x-note", "café".encode()) in recorder.last.headers.raw


@pytest.mark.parametrize("kind", [str, bytes])
@pytest.mark.parametrize("client_name", ["X-Team", "x-team", "X-API-KEY"])
def test_a_call_header_replaces_the_clients_and_its_views_whatever_its_case(
    form: Form, recorder: Recorder, client_name: str, kind: type[str] | type[bytes]
) -> None:
    # (Bytes take httpx's own merge, which keeps every name of a mapping given it. The
    # client takes a str name with a bytes value, as the SDK does, beyond httpx's types.)
    def value(text: str) -> Any:
        return text if kind is str else text.encode()

    with threads_client(
        form, transport=recorder.transport, api_key="k", headers={client_name: "a"}
    ) as threads:
        threads.count(headers={client_name.swapcase(): value("b"), "X-Other": "o"})
        view = threads.with_options(headers={client_name.upper(): "c"})
        view.count(headers={client_name.lower(): value("d")})
        view.count()
    sent = [request.headers for request in recorder.requests[-3:]]
    for headers, expected in zip(sent, "bdc", strict=True):
        assert headers.get_list(client_name) == [expected]
        key = expected if client_name.lower() == "x-api-key" else "k"
        assert headers.get_list("x-api-key") == [key]
    assert sent[0].get_list("x-other") == ["o"]


def test_injected_async_client_is_used_and_left_open(recorder: Recorder) -> None:
    async def scenario() -> None:
        http_client = httpx.AsyncClient(transport=recorder.transport)
        async with get_client(http_client=http_client, url="http://a.test") as client:
            await client.threads.count()
        assert not http_client.is_closed
        await http_client.aclose()

    asyncio.run(scenario())
    assert str(recorder.last.url) == "http://a.test/threads/count"


def test_owned_clients_close_and_closing_twice_is_harmless() -> None:
    sync_client = get_sync_client()
    sync_client.close()
    sync_client.close()
    assert sync_client.http_client.is_closed

    async def scenario() -> None:
        async_client = get_client()
        await async_client.aclose()
        await async_client.aclose()
        assert async_client.http_client.is_closed

    asyncio.run(scenario())


def test_repr_never_shows_the_api_key() -> None:
    with get_sync_client(api_key="sk-secret-123") as client:
        assert "sk-secret-123" not in repr(client)
        assert "sk-secret-123" not in repr(client.threads)


# --- both forms, one source ------------------------------------------------------------------


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    # (ASCII names: mutation testing adds copies of each method, named with a "ǁ")
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and name.isascii()
    }


def test_sync_and_async_expose_the_same_methods_and_signatures() -> None:
    unasync = load_script("unasync")
    async_methods = public_methods(ThreadsClient)
    sync_methods = public_methods(SyncThreadsClient)
    assert async_methods.keys() == sync_methods.keys()
    expected = {
        "get", "create", "update", "delete", "search", "count", "copy", "prune",
        "get_state", "update_state", "get_history", "get_storage", "join_stream",
        "search_page", "iter_search", "iter_history", "with_options", "capture_response",
    }  # fmt: skip
    assert expected <= async_methods.keys()
    for name, signature in async_methods.items():
        # These return at once: a stream or an async iterator (for `async for`), a view, or
        # a context manager; every other method is a coroutine function.
        is_async = name not in {
            "join_stream", "iter_search", "iter_history", "with_options", "capture_response"
        }  # fmt: skip
        assert inspect.iscoroutinefunction(getattr(ThreadsClient, name)) is is_async, name
        assert not inspect.iscoroutinefunction(getattr(SyncThreadsClient, name)), name
        # Same parameters; annotations differ only by the sync twins' names (AsyncX -> X).
        assert unasync.substitute_words(str(signature)) == str(sync_methods[name]), name


def documented_arguments(doc: str) -> list[str]:
    """The names an ``Args:`` section of ``doc`` documents, in order (``a, b: ...`` is two)."""
    lines = inspect.cleandoc(doc).splitlines()
    start = lines.index("Args:") + 1
    names: list[str] = []
    for line in lines[start:]:
        if not line.startswith("    "):
            break
        if not line.startswith("     ") and ":" in line:
            names += [name.strip() for name in line.split(":")[0].split(",")]
    return names


@pytest.mark.parametrize("client_class", [ThreadsClient, SyncThreadsClient])
def test_every_method_documents_every_argument(client_class: type) -> None:
    # help() and editors show each argument's meaning, as the official SDK's docstrings do.
    for name, signature in public_methods(client_class).items():
        arguments = [parameter for parameter in signature.parameters if parameter != "self"]
        if arguments:
            doc = getattr(client_class, name).__doc__
            assert sorted(documented_arguments(doc)) == sorted(arguments), name


NOT_THREADS_API = {
    # The run-streaming protocol (POST /threads/{id}/stream/events and /commands) starts and
    # drives runs: runs are outside this client's scope.
    "stream",
    # Hand-written streaming, built separately from the generated operations.
    "join_stream",
}


def test_signatures_accept_every_official_sdk_argument() -> None:
    from langgraph_sdk.client import SyncThreadsClient as SdkSyncThreads

    ours = public_methods(SyncThreadsClient)
    for name, sdk_signature in public_methods(SdkSyncThreads).items():
        if name in NOT_THREADS_API:
            continue
        assert name in ours, name
        for parameter in sdk_signature.parameters.values():
            assert parameter.name in ours[name].parameters, f"{name}({parameter.name})"
            ours_parameter = ours[name].parameters[parameter.name]
            assert ours_parameter.kind == parameter.kind, f"{name}({parameter.name})"
            if parameter.default is not inspect.Parameter.empty:
                assert ours_parameter.default == parameter.default, f"{name}({parameter.name})"


API_PACKAGE = "langgraph_threads_client._generated.api.threads"

# Generated operations and arguments the facade does not offer by their own name, and why.
NOT_OFFERED_OPERATIONS = {
    # get_history sends the POST form, which takes every filter the GET form does.
    "get_thread_history": "POST /threads/{thread_id}/history serves get_history",
}
NOT_OFFERED_ARGUMENTS = {
    ("update_thread", "prefer"): "update(..., return_minimal=True) sends Prefer: return=minimal",
}


def operations_reached(cls: type) -> dict[str, set[str]]:
    """Each generated operation (``api.<name>``) a public method of ``cls`` uses, itself or
    through the private methods it calls, with those public methods."""
    tree = ast.parse(inspect.getsource(cls))
    (class_def,) = tree.body
    assert isinstance(class_def, ast.ClassDef)
    built: dict[str, set[str]] = {}
    called: dict[str, set[str]] = {}
    for method in class_def.body:
        if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(method):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "api":  # (api.<operation>, however it is then called)
                    built.setdefault(method.name, set()).add(node.attr)
                elif node.value.id == "self":
                    called.setdefault(method.name, set()).add(node.attr)

    def reached(name: str, seen: frozenset[str]) -> set[str]:
        found = set(built.get(name, ()))
        for other in called.get(name, set()) - seen:
            found |= reached(other, seen | {name})
        return found

    by_operation: dict[str, set[str]] = {}
    for name in public_methods(cls):
        for operation in reached(name, frozenset()):
            by_operation.setdefault(operation, set()).add(name)
    return by_operation


def operation_arguments(operation: str) -> set[str]:
    """The JSON fields of an operation's body and its query and header parameters."""
    module = importlib.import_module(f"{API_PACKAGE}.{operation}")
    arguments: set[str] = set()
    for parameter in inspect.signature(module.build_request).parameters.values():
        if parameter.name == "body":
            body_model = typing.get_type_hints(module.build_request)["body"]
            arguments |= body_model._field_names
        elif parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            arguments.add(parameter.name)
    return arguments


def test_every_generated_operation_and_argument_is_offered() -> None:
    # A regenerated spec with a new operation or a new request field (a search filter) needs
    # a hand edit of the facade (see the README's "When the API changes"): named here.
    operations = {
        module.name
        for module in pkgutil.iter_modules(importlib.import_module(API_PACKAGE).__path__)
    }
    reached = operations_reached(ThreadsClient)
    assert operations - reached.keys() == NOT_OFFERED_OPERATIONS.keys()
    methods = public_methods(ThreadsClient)
    missing = [
        f"{operation}: {argument} (none of {sorted(names)} takes it)"
        for operation, names in sorted(reached.items())
        for argument in sorted(operation_arguments(operation))
        if (operation, argument) not in NOT_OFFERED_ARGUMENTS
        and not any(argument in methods[name].parameters for name in names)
    ]
    assert missing == []


def test_every_generated_operation_is_one_the_facade_reads() -> None:
    # The facade's methods use the threads tag's operations (API_PACKAGE); one of another
    # tag, or of none (upstream's "default"), is generated beside it and would be missed
    # above: tag it threads in openapi.yaml.
    tags = {
        module.name
        for module in pkgutil.iter_modules(
            importlib.import_module(API_PACKAGE.rpartition(".")[0]).__path__
        )
    }
    assert tags == {"threads"}


def test_a_client_this_package_creates_carries_the_key_and_user_agent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGGRAPH_API_KEY", "k-env")
    with get_sync_client(headers={"x-tenant": "t"}) as client:
        headers = client.http_client.headers
        assert headers["x-api-key"] == "k-env"
        assert headers["x-tenant"] == "t"
        assert headers["user-agent"].startswith("langgraph-threads-client/")
    with get_sync_client(api_key=None) as client:
        assert "x-api-key" not in client.http_client.headers


def test_ttl_in_minutes_or_as_a_mapping(threads: SyncThreadsClient, recorder: Recorder) -> None:
    threads.create(ttl={"ttl": 5})  # as given: the server's default strategy is delete
    assert recorder.last_json() == {"ttl": {"ttl": 5}}
    threads.create(ttl=2.5)
    assert recorder.last_json() == {"ttl": {"ttl": 2.5, "strategy": "delete"}}
    count = len(recorder.requests)
    with pytest.raises(TypeError) as not_minutes:
        threads.create(ttl="5")  # type: ignore[arg-type]
    assert str(not_minutes.value) == "ttl must be a number of minutes or a mapping, got str"
    with pytest.raises(TypeError, match="got bool"):
        threads.create(ttl=True)
    assert len(recorder.requests) == count  # nothing sent


def test_a_single_string_for_a_list_of_strings_is_that_one_string(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    # Code written for the official SDK passes one (``include="ttl"``, which the server reads
    # as one field); it is never taken apart into characters.
    threads.get(THREAD_ID, include="ttl")
    assert recorder.last.url.params.get_list("include") == ["ttl"]
    threads.get_state(THREAD_ID, select="values")
    assert recorder.last.url.params.get_list("select") == ["values"]
    threads.get_history(THREAD_ID, select="values")
    assert recorder.last_json()["select"] == ["values"]
    threads.search(select="thread_id", ids=THREAD_ID)  # type: ignore[arg-type]
    assert recorder.last_json()["select"] == ["thread_id"]
    assert recorder.last_json()["ids"] == [THREAD_ID]
    # But not for a deletion: the official SDK's prune("id") gets a 422 and deletes nothing.
    count = len(recorder.requests)
    with pytest.raises(TypeError, match="must be a list of thread ids"):
        threads.prune(THREAD_ID)
    assert len(recorder.requests) == count  # nothing sent
    with pytest.raises(ValueError, match="select must be one of"):
        threads.search(select="nope")  # type: ignore[arg-type]


def test_not_given_reads_as_such_in_signatures() -> None:
    # help(client.threads.get) shows it as the default of timeout=.
    from langgraph_threads_client._types import NOT_GIVEN

    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert "= NOT_GIVEN" in str(inspect.signature(SyncThreadsClient.get))


def test_ids_as_uuids_and_the_errors_that_name_them(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    import uuid

    threads.get(uuid.UUID(THREAD_ID))
    assert sent_path(recorder.last) == f"/threads/{THREAD_ID}"
    with pytest.raises(TypeError) as wrong_type:
        threads.get(42)  # type: ignore[arg-type]
    assert str(wrong_type.value) == "thread_id must be a str, got int"
    with pytest.raises(ValueError, match="dot segment") as dots:
        threads.get("..")
    assert str(dots.value) == "thread_id must not be a dot segment, got '..'"
    with pytest.raises(ValueError, match="non-empty") as empty:
        threads.get("")
    assert str(empty.value) == "thread_id must be a non-empty id"


def test_call_params_join_the_operation_query(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    threads.get(THREAD_ID, include=["ttl"], params={"probe": "1"})
    assert recorder.last.url.params.multi_items() == [("include", "ttl"), ("probe", "1")]


def test_https_urls_are_accepted(form: Form, recorder: Recorder) -> None:
    with threads_client(form, transport=recorder.transport, url="https://host.test/") as threads:
        threads.count()
    assert str(recorder.last.url) == "https://host.test/threads/count"


def test_bodies_send_every_argument_given(threads: SyncThreadsClient, recorder: Recorder) -> None:
    # An int key is sent as its string, as the official SDK sends it.
    threads.create(metadata={1: "an int key"})  # type: ignore[dict-item]
    assert recorder.last_json() == {"metadata": {"1": "an int key"}}
    threads.count(values={"count": 1})
    assert recorder.last_json() == {"values": {"count": 1}}
    # limit=None leaves the limit to the server.
    threads.get_history(THREAD_ID, limit=None, checkpoint={"checkpoint_ns": "c"})
    assert recorder.last_json() == {"checkpoint": {"checkpoint_ns": "c"}}
    # The server's default strategy is left out, as the official SDK leaves it out.
    threads.prune([])
    assert recorder.last_json() == {"thread_ids": []}
    threads.prune([], strategy="keep_latest")
    assert recorder.last_json() == {"thread_ids": [], "strategy": "keep_latest"}


def test_a_client_passed_in_sends_the_key_and_user_agent_on_every_call(
    form: Form, recorder: Recorder
) -> None:
    with threads_client(form, transport=recorder.transport, api_key="k") as threads:
        threads.get(THREAD_ID)  # no body and no header of its own
        threads.count()
    for request in recorder.requests:
        assert request.headers["x-api-key"] == "k"
        assert request.headers["user-agent"].startswith("langgraph-threads-client/")


def test_a_client_passed_in_keeps_its_own_key_and_user_agent(
    form: Form, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A deployment's key on the caller's client is not replaced by a LangSmith key set in the
    # environment for tracing (the SDK, given that client, sends the client's); api_key= is.
    monkeypatch.setenv("LANGSMITH_API_KEY", "lsv2-tracing-key")
    own = {"x-api-key": "deployment-key", "User-Agent": "billing-svc/2.3"}
    with threads_client(
        form, transport=recorder.transport, http_options={"headers": own}
    ) as threads:
        threads.get(THREAD_ID)
    assert recorder.last.headers["x-api-key"] == "deployment-key"
    assert recorder.last.headers["user-agent"] == "billing-svc/2.3"
    with threads_client(
        form, transport=recorder.transport, http_options={"headers": own}, api_key="given"
    ) as threads:
        threads.get(THREAD_ID)
    assert recorder.last.headers["x-api-key"] == "given"
    with threads_client(form, transport=recorder.transport) as threads:  # (no key of its own)
        threads.get(THREAD_ID)
    assert recorder.last.headers["x-api-key"] == "lsv2-tracing-key"
    assert recorder.last.headers["user-agent"].startswith("langgraph-threads-client/")


def test_a_timeout_given_alone_reaches_the_wire(
    threads: SyncThreadsClient, recorder: Recorder
) -> None:
    threads.get(THREAD_ID, timeout=2.5)
    assert recorder.last.extensions["timeout"] == httpx.Timeout(2.5).as_dict()


def test_either_librarys_timeout_is_taken_on_either_stack(form: Form, recorder: Recorder) -> None:
    """An httpx2 ``Timeout`` on an httpx client (and httpx's on httpx2), on the client and per
    call: the same timeout (httpx would read another library's as seconds)."""
    given = {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}
    for library in (httpx, httpx2):
        timeout = library.Timeout(**given)
        with threads_client(form, transport=recorder.transport, timeout=timeout) as threads:
            threads.get(THREAD_ID)
            assert recorder.last.extensions["timeout"] == given
            threads.get(THREAD_ID, timeout=library.Timeout(5.0))
            assert recorder.last.extensions["timeout"] == dict.fromkeys(given, 5.0)
    with get_sync_client(timeout=httpx2.Timeout(**given)) as client:  # (its own http client)
        assert client.http_client.timeout == httpx.Timeout(**given)


def test_a_client_timeout_in_seconds_is_the_one_its_own_http_client_uses() -> None:
    with get_sync_client(timeout=5) as client:
        assert client.http_client.timeout == httpx.Timeout(5)

    async def scenario() -> None:
        async with get_client(timeout=5) as client:
            assert client.http_client.timeout == httpx.Timeout(5)

    asyncio.run(scenario())


def test_only_the_trailing_slash_of_the_url_is_dropped(form: Form, recorder: Recorder) -> None:
    with threads_client(form, transport=recorder.transport, url="http://host.test/X/") as threads:
        threads.count()
    assert str(recorder.last.url) == "http://host.test/X/threads/count"


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        # A query goes with every request (the official SDK sends it where the operation's
        # path belongs: a request to /X), under the operation's and the call's parameters
        # of the same names.
        (
            "http://host.test/X?code=k&a=1&a=2&subgraphs=yes",
            [
                "http://host.test/X/threads/count?code=k&a=1&a=2&subgraphs=yes",
                "http://host.test/X/threads/count?code=k&subgraphs=yes&a=3",
                f"http://host.test/X/threads/{THREAD_ID}/state?code=k&a=1&a=2&subgraphs=false",
            ],
        ),
        (
            "http://host.test/X/?code=k&next=/",
            [
                "http://host.test/X/threads/count?code=k&next=%2F",
                "http://host.test/X/threads/count?code=k&next=%2F&a=3",
                f"http://host.test/X/threads/{THREAD_ID}/state?code=k&next=%2F&subgraphs=false",
            ],
        ),
        # A fragment, which no request sends, is dropped (the SDK's: after the path).
        (
            "http://host.test/X#top",
            [
                "http://host.test/X/threads/count",
                "http://host.test/X/threads/count?a=3",
                f"http://host.test/X/threads/{THREAD_ID}/state?subgraphs=false",
            ],
        ),
        (
            "http://host.test?#",
            [
                "http://host.test/threads/count",
                "http://host.test/threads/count?a=3",
                f"http://host.test/threads/{THREAD_ID}/state?subgraphs=false",
            ],
        ),
    ],
)
def test_a_query_or_fragment_of_the_url_does_not_take_the_place_of_the_path(
    form: Form, recorder: Recorder, url: str, sent: list[str]
) -> None:
    with threads_client(form, transport=recorder.transport, url=url) as threads:
        threads.count()
        threads.count(params={"a": 3})
        threads.get_state(THREAD_ID)
        threads.with_options(headers={"x-other": "1"}).count()  # (a view: the same)
    assert [str(request.url) for request in recorder.requests] == [*sent, sent[0]]


@pytest.mark.parametrize(
    ("base_url", "sent"),
    [
        # The HTTP client appends "/" to its base URL's raw path, query and all: a gateway's
        # key (Azure Functions' code) went as "k/".
        ("http://host.test/X?code=k", "http://host.test/X/threads/count?code=k"),
        ("http://host.test/X/?code=k&a=1", "http://host.test/X/threads/count?code=k&a=1"),
        # (A fragment after it, dropped: it appends the "/" before that.)
        ("http://host.test/X?code=k#frag", "http://host.test/X/threads/count?code=k"),
        ("http://host.test/X#frag", "http://host.test/X/threads/count"),
        ("http://host.test/X", "http://host.test/X/threads/count"),
        ("http://host.test/", "http://host.test/threads/count"),
    ],
)
def test_the_query_of_an_http_clients_base_url_is_sent_as_given(
    form: Form, recorder: Recorder, base_url: str, sent: str
) -> None:
    http_options = {"base_url": base_url}
    with threads_client(form, transport=recorder.transport, http_options=http_options) as threads:
        threads.count()
    assert str(recorder.last.url) == sent


@pytest.mark.parametrize("url_class", [httpx.URL, httpx2.URL])
def test_the_url_may_be_an_httpx_url_as_with_the_sdk(
    form: Form, recorder: Recorder, url_class: Any
) -> None:
    url = url_class("http://host.test/X/")
    with threads_client(form, transport=recorder.transport, url=url) as threads:
        threads.count()
    assert str(recorder.last.url) == "http://host.test/X/threads/count"
    with get_sync_client(url=url, api_key=None) as client:
        assert repr(client) == "SyncLangGraphClient(url='http://host.test/X')"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"url": 5}, "url must be a str or an httpx.URL, got int"),
        ({"url": b"http://host.test"}, "url must be a str or an httpx.URL, got bytes"),
        # (Another of httpx's classes, or another library's URL.)
        ({"url": httpx.QueryParams("a=1")}, "url must be a str or an httpx.URL, got QueryParams"),
        (
            {"url": type("URL", (), {"__str__": lambda _: "http://host.test"})()},
            "url must be a str or an httpx.URL, got URL",
        ),
        ({"api_key": 5}, "api_key must be a str, bytes or None, got int"),
        (
            {"http_client": object()},
            "http_client must be an httpx or httpx2 client (Client for the sync client, "
            "AsyncClient for the async one), got object",
        ),
    ],
)
def test_settings_of_the_wrong_type_are_refused_as_the_client_is_made(
    arguments: dict[str, Any], message: str
) -> None:
    for make in (get_sync_client, get_client):
        with pytest.raises(TypeError) as caught:
            make(**arguments)
        assert str(caught.value) == message


@pytest.mark.parametrize("library", [httpx, httpx2])
def test_a_client_of_the_other_form_is_refused_as_the_client_is_made(library: Any) -> None:
    """Its calls would be sent, then hand back a coroutine where a response belongs (or block
    the event loop): the mistake is said before any."""
    name = library.__name__
    sync_http, async_http = library.Client(), library.AsyncClient()
    sync_wanted = f"takes an {name}.Client, not an {name}.AsyncClient"
    async_wanted = f"takes an {name}.AsyncClient, not an {name}.Client"
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: get_sync_client(http_client=async_http), f"get_sync_client() {sync_wanted}"),
        (lambda: SyncLangGraphClient(async_http), f"SyncLangGraphClient() {sync_wanted}"),
        (lambda: get_client(http_client=sync_http), f"get_client() {async_wanted}"),
        (lambda: LangGraphClient(sync_http), f"LangGraphClient() {async_wanted}"),
    ]
    try:
        for make, message in cases:
            with pytest.raises(TypeError) as caught:
                make()
            assert str(caught.value) == message
    finally:
        sync_http.close()
        asyncio.run(async_http.aclose())


def test_a_subclass_of_the_other_form_is_named_by_its_own_module() -> None:
    class AsyncWrapped(httpx.AsyncClient):
        """A caller's client, defined in a module of its own."""

    class SyncWrapped(httpx.Client):
        """The same, sync."""

    AsyncWrapped.__module__ = SyncWrapped.__module__ = "app.clients"
    async_client: Any = AsyncWrapped()
    sync_client: Any = SyncWrapped()
    try:
        with pytest.raises(TypeError) as caught:
            get_sync_client(http_client=async_client)
        expected = "get_sync_client() takes an httpx.Client, not an app.clients."
        assert str(caught.value) == expected + AsyncWrapped.__qualname__
        with pytest.raises(TypeError) as caught:
            get_client(http_client=sync_client)
        expected = "get_client() takes an httpx.AsyncClient, not an app.clients."
        assert str(caught.value) == expected + SyncWrapped.__qualname__
    finally:
        sync_client.close()
        asyncio.run(async_client.aclose())
