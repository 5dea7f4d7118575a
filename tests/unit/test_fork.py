"""``_fork``: after a fork, the clients this package made are made again in the child.

A real fork, against a real server, is in ``tests/live/test_fork_live.py``; here the child is
played by moving the process's fork generation on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import threading
import time
from pathlib import Path
from typing import Any

import certifi
import httpx
import pytest

from langgraph_threads_client import _fork, get_client, get_sync_client


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process, as a child forked from the one that made the clients so far."""
    monkeypatch.setattr(_fork, "generation", _fork.generation + 1)
    monkeypatch.setattr(_fork, "_SUCCESSORS", {})
    monkeypatch.setattr(_fork, "_INHERITED", [])


def log(request: httpx.Request) -> None:
    pass


def test_a_client_made_again_keeps_its_settings_as_they_are_now() -> None:
    client = httpx.Client(
        base_url="http://server/api",
        headers={"x-api-key": "k"},
        cookies={"c": "1"},
        auth=("user", "pass"),
        params={"p": "1"},
        timeout=httpx.Timeout(3, read=7),
        follow_redirects=True,
        max_redirects=3,
        event_hooks={"request": [log]},
    )
    client.headers["x-later"] = "changed after it was made"
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    again: Any = _fork.like(client, lambda: transport)
    assert type(again) is httpx.Client
    assert again is not client
    assert again.base_url == client.base_url
    assert again.headers == client.headers
    assert dict(again.cookies) == {"c": "1"}
    assert again.auth is client.auth
    assert again.params == client.params
    assert again.timeout == client.timeout
    assert (again.follow_redirects, again.max_redirects) == (True, 3)
    assert again.event_hooks["request"] == [log]
    assert again._transport is transport  # its own connections
    client.close()
    again.close()


def test_in_the_process_that_made_it_a_client_is_itself() -> None:
    with get_sync_client(url="http://server") as client:
        assert _fork.in_this_process(client.http_client) is client.http_client


@pytest.mark.usefixtures("forked")
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_in_a_child_each_client_made_here_is_made_again_once(sync: bool) -> None:
    make: Any = get_sync_client if sync else get_client
    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(_fork, "generation", _fork.generation - 1)  # made in the parent
        parent = make(url="http://server", headers={"x-team": "a"})
        view = parent.threads.with_options(timeout=30)
        inherited = parent._http.client
        inherited_queue = parent._http.admission
    child_client = parent.http_client
    assert child_client is not inherited
    assert child_client.headers["x-team"] == "a"
    assert view._http.in_this_process() is child_client  # one for the client and its views
    assert _fork.in_this_process(inherited) is child_client
    assert not inherited.is_closed  # left as it is: its sockets are the parent's
    # The new client's own queue in front of its pool, of the same size, one for them all.
    queue = parent._http.admission
    assert queue is not inherited_queue
    assert queue.capacity == inherited_queue.capacity
    assert view._http.admission is queue
    assert view._http.client is parent._http.client is child_client
    if sync:
        parent.close()
    else:
        asyncio.run(parent.aclose())
    assert child_client.is_closed


@pytest.mark.usefixtures("forked")
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_in_a_child_a_client_trusts_the_certificates_its_parent_read(
    sync: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the official SDK's child does: the CA file its parent was told of may be gone (a
    temporary file, removed once the client was made), or the variable unset (it was a
    FileNotFoundError at the child's first call, or a certificate refused)."""
    authority = tmp_path / "ca.pem"
    authority.write_text(Path(certifi.where()).read_text())
    monkeypatch.setenv("SSL_CERT_FILE", str(authority))
    make: Any = get_sync_client if sync else get_client
    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(_fork, "generation", _fork.generation - 1)  # made in the parent
        parent = make(url="https://server")
        trusted = parent._http.client._transport._pool._ssl_context
    authority.unlink()
    monkeypatch.delenv("SSL_CERT_FILE")
    child_client = parent.http_client  # (made again here)
    assert child_client._transport._pool._ssl_context is trusted
    if sync:
        parent.close()
    else:
        asyncio.run(parent.aclose())


@pytest.mark.usefixtures("forked")
def test_in_a_child_a_client_the_caller_passed_in_is_the_callers() -> None:
    http = httpx.AsyncClient()
    client = get_client(url="http://server", http_client=http)
    assert client.http_client is http
    assert _fork.in_this_process(http) is http


@pytest.mark.usefixtures("forked")
def test_in_a_child_a_client_closed_before_the_fork_stays_closed() -> None:
    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(_fork, "generation", _fork.generation - 1)
        parent = get_sync_client(url="http://server")
        parent.close()
    assert parent.http_client.is_closed
    with pytest.raises(RuntimeError, match="client is closed"):
        parent.threads.get("t")


@pytest.mark.usefixtures("forked")
def test_in_a_child_no_thread_takes_the_inherited_client_while_the_new_one_is_made() -> None:
    # Making a client takes milliseconds (an SSL context): threads of the child that call
    # meanwhile must wait for it, not go out on the parent's connections.
    def slowly(remake: Any, client: Any) -> Any:
        time.sleep(0.05)
        return remake(client)

    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(_fork, "generation", _fork.generation - 1)
        parent = get_sync_client(url="http://server")
        inherited = parent._http.client
        remake, made_in = _fork._MADE[inherited]
        _fork._MADE[inherited] = (functools.partial(slowly, remake), made_in)
    start = threading.Barrier(8)

    def current() -> object:
        start.wait()
        return parent._http.in_this_process()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(lambda _: current(), range(8)))
    assert inherited not in seen
    assert len({id(client) for client in seen}) == 1
    parent.close()


@pytest.mark.usefixtures("forked")
def test_in_a_child_capture_response_takes_the_calls_of_the_client_made_again() -> None:
    with pytest.MonkeyPatch.context() as undo:
        undo.setattr(_fork, "generation", _fork.generation - 1)  # made in the parent
        parent = get_sync_client(url="http://server", api_key=None)
        inherited = parent._http.client
    # The child's client, made again, answered here (nothing of the parent's swapped yet).
    child_client: Any = _fork.in_this_process(inherited)
    child_client._transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json=None, request=request)
    )
    with parent.threads.capture_response() as captured:
        parent.threads.delete("t")  # (its first call in the child: the client swapped)
    assert [response.request.url.path for response in captured.responses] == ["/threads/t"]
    parent.close()


def test_each_fork_marks_one_generation_more_and_makes_clients_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the at-fork hook does, run here as a child's would (twice: a child that forks
    again), on this module's state only."""
    start = _fork.generation
    monkeypatch.setattr(_fork, "generation", start)
    monkeypatch.setattr(_fork, "_SUCCESSORS", {})
    monkeypatch.setattr(_fork, "_INHERITED", [])
    monkeypatch.setattr(_fork, "_lock", _fork._lock)
    made: list[httpx.Client] = []

    def remake(client: httpx.Client) -> httpx.Client:
        made.append(httpx.Client())
        return made[-1]

    parent = _fork.made_here(httpx.Client(), remake)
    lock = _fork._lock
    _fork._after_fork_in_child()
    assert _fork.generation == start + 1
    assert _fork._lock is not lock  # a new lock: a thread of the parent may hold the old one
    assert not _fork._lock.locked()
    child = _fork.in_this_process(parent)
    assert child is made[0]
    assert _fork.in_this_process(parent) is child  # one for every caller
    assert [parent] == _fork._INHERITED  # kept, so that no other object takes its id
    _fork._after_fork_in_child()  # the child forks in turn
    assert _fork.generation == start + 2
    grandchild = _fork.in_this_process(child)
    assert grandchild is made[1]  # the child's client, made again in the same way
    for client in (parent, *made):
        client.close()
