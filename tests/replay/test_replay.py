"""Offline: the walk through every thread operation, replayed from cassettes of real servers.

One cassette per server and form: langgraph-api 0.2.125, 0.6.39 and the current release (in
memory), and Aegra on PostgreSQL (``tests/server/fleet.py``). ``make cassettes`` (``pytest
tests/replay --record-cassettes``) starts each server itself and records afresh. Without that
flag nothing is recorded and no server is needed: a request that is not in the cassette fails.

On every server each step must work, typed, or, where the server does not offer the operation,
fail with ``OperationNotOfferedError`` saying so. join_stream never ends on a server that
offers it, so it is recorded only where it is not offered (``make compat`` runs it live).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import vcr
from vcr.record_mode import RecordMode
from vcr.request import Request as VcrRequest

from langgraph_threads_client import SyncThreadsClient
from tests.forms import Form, is_sync, stack_of, threads_client
from tests.server import fleet
from tests.walkthrough import NOT_OFFERED, OPERATION, STEPS, WORKS, Walk, walk

CASSETTES = Path(__file__).parent / "cassettes"
API_KEY = "lgtc-test-key-that-must-never-be-recorded"
SECRET_HEADERS = ["x-api-key", "authorization", "cookie", "set-cookie", "x-auth-token"]


def json_body(recorded: VcrRequest, sent: VcrRequest) -> None:
    """vcrpy matcher: the JSON bodies are equal (key order and spacing aside)."""

    def decoded(request: VcrRequest) -> Any:
        body = request.body  # (the bytes of the request, as this suite's requests have)
        if not body:
            return None
        return json.loads(cast(bytes, body))

    assert decoded(recorded) == decoded(sent)


@pytest.fixture(scope="session", params=fleet.SERVERS, ids=[s.key for s in fleet.SERVERS])
def server(request: pytest.FixtureRequest) -> fleet.Server:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def server_url(server: fleet.Server, request: pytest.FixtureRequest) -> Iterator[str]:
    """The server's URL: a fresh instance when recording; never contacted when replaying."""
    if not request.config.getoption("--record-cassettes"):
        yield "http://127.0.0.1:9"
        return
    with fleet.running(server) as url:
        yield url


def cassette_path(server: fleet.Server, form: Form) -> Path:
    # One cassette per form, replayed on both stacks (vcrpy patches httpx and httpx2 alike).
    return CASSETTES / f"{server.key}-{'sync' if is_sync(form) else 'async'}.yaml"


def is_recording(form: Form, request: pytest.FixtureRequest) -> bool:
    # A form's cassette is recorded on httpx, then replayed on httpx2 as it is: recording it
    # again would meet, on the same server, the threads the httpx walk left (its copy).
    return bool(request.config.getoption("--record-cassettes")) and stack_of(form) == "httpx"


@pytest.fixture
def cassette_threads(
    server: fleet.Server, server_url: str, form: Form, request: pytest.FixtureRequest
) -> Iterator[SyncThreadsClient]:
    recording = is_recording(form, request)
    recorder = vcr.VCR(
        record_mode=RecordMode.ALL if recording else RecordMode.NONE,
        match_on=["method", "path", "query", "json_body"],
        filter_headers=SECRET_HEADERS,
        decode_compressed_response=True,
    )
    recorder.register_matcher("json_body", json_body)
    cassette = cassette_path(server, form)
    if recording:
        cassette.unlink(missing_ok=True)  # record afresh: "all" would append to the old one
    with (
        recorder.use_cassette(str(cassette)),
        threads_client(form, url=server_url, api_key=API_KEY, max_retries=0) as threads,
    ):
        yield threads


def expected_outcomes(server: fleet.Server, skip: frozenset[str]) -> dict[str, str]:
    expected = {
        name: NOT_OFFERED if OPERATION[name] in server.not_offered else WORKS
        for name in STEPS
        if name not in skip
    }
    expected.update(server.refuses)
    return expected


def test_walkthrough_of_every_operation(
    server: fleet.Server,
    server_url: str,
    form: Form,
    cassette_threads: SyncThreadsClient,
    request: pytest.FixtureRequest,
) -> None:
    skip = frozenset() if "join_stream" in server.not_offered else frozenset({"join_stream"})
    # The mark is in the recorded request bodies: the one of the form, on either stack.
    mark = f"replay-{'sync' if is_sync(form) else 'async'}"
    # Recording, the walk starts the runs some steps need (a failed one); replaying, their
    # outcome is in the cassette.
    live = is_recording(form, request)
    run = Walk(cassette_threads, typed=True, url=server_url, mark=mark, live=live)
    outcomes = {name: result for name, result, _ in walk(run, skip=skip)}
    assert outcomes == expected_outcomes(server, skip)


def test_a_cassette_per_server_and_form() -> None:
    expected = {cassette_path(s, f).name for s in fleet.SERVERS for f in ("sync", "async")}
    assert {path.name for path in CASSETTES.glob("*.yaml")} == expected


# What must never reach a cassette: the API key, and paths of the machine that recorded it.
MACHINE_PATH = re.compile(r"(/home/|/root/|/Users/|/tmp/|/work/|\\.venv|site-packages)")


@pytest.mark.parametrize("cassette", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_cassettes_hold_no_secret_and_no_machine_path(cassette: Path) -> None:
    text = cassette.read_text()
    assert "interactions:" in text
    assert API_KEY not in text
    assert "x-api-key" not in text.lower()
    assert MACHINE_PATH.search(text) is None, MACHINE_PATH.search(text)
