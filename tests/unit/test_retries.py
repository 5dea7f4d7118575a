"""Retries: what is retried, how often, how long it waits, and that no work is duplicated."""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import errno
import os
import ssl
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from langgraph_threads_client import (
    NOT_GIVEN,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    SyncThreadsClient,
    _retry,
    get_client,
    get_sync_client,
)
from langgraph_threads_client._defaults import MAX_DELAY
from langgraph_threads_client._retry import (
    is_transient_status,
    retry_after,
    retry_delay,
    retryable_status,
    timed_out_early,
)
from tests.forms import Form, library_of, threads_client
from tests.unit.test_client import CHECKPOINT_ID, THREAD, THREAD_ID, Recorder
from tests.waits import SleepRecorder

# --- the failures ------------------------------------------------------------------------------

# Never sent: retried for every operation.
NEVER_SENT: dict[str, type[httpx.TransportError]] = {
    "connect-error": httpx.ConnectError,
    "connect-timeout": httpx.ConnectTimeout,
}
# Waited the whole timeout.pool for a connection: never retried, for any operation (another
# attempt would only wait in the same line again).
NOT_RETRIED: dict[str, type[httpx.TransportError]] = {"pool-timeout": httpx.PoolTimeout}
# Maybe delivered: retried only for operations that are safe to repeat.
MAYBE_DELIVERED: dict[str, type[httpx.TransportError]] = {
    "read-error": httpx.ReadError,
    "read-timeout": httpx.ReadTimeout,
    "remote-protocol-error": httpx.RemoteProtocolError,
    "write-error": httpx.WriteError,
}
RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504]
# A status that says the request was refused undone (and when to come back): retried for
# every operation.
REFUSED_UNDONE = {"429"}
FAILURES = [
    *NEVER_SENT,
    *NOT_RETRIED,
    *MAYBE_DELIVERED,
    *(str(status) for status in RETRYABLE_STATUSES),
]

Call = Callable[[SyncThreadsClient], object]
OPERATIONS: dict[str, tuple[Call, bool]] = {
    # name: (call, safe to repeat)
    "get": (lambda t: t.get(THREAD_ID), True),
    "search": (lambda t: t.search(metadata={"a": 1}), True),
    "search_page": (lambda t: t.search_page(metadata={"a": 1}), True),
    "count": (lambda t: t.count(), True),
    "get_history": (lambda t: t.get_history(THREAD_ID), True),
    "get_state": (lambda t: t.get_state(THREAD_ID), True),
    "get_state(checkpoint)": (lambda t: t.get_state(THREAD_ID, {"checkpoint_id": "c"}), True),
    "get_storage": (lambda t: t.get_storage(THREAD_ID), True),
    "delete": (lambda t: t.delete(THREAD_ID), True),
    "create(thread_id, do_nothing)": (
        lambda t: t.create(thread_id=THREAD_ID, if_exists="do_nothing"),
        True,
    ),
    # langgraph-api applies supersteps to a thread that exists: a repeat writes them twice.
    "create(thread_id, do_nothing, supersteps)": (
        lambda t: t.create(
            thread_id=THREAD_ID,
            if_exists="do_nothing",
            supersteps=[{"updates": [{"values": {"a": 1}, "as_node": "n"}]}],
        ),
        False,
    ),
    "create(thread_id, do_nothing, no supersteps)": (
        lambda t: t.create(thread_id=THREAD_ID, if_exists="do_nothing", supersteps=[]),
        True,
    ),
    "create": (lambda t: t.create(metadata={"a": 1}), False),
    "create(thread_id)": (lambda t: t.create(thread_id=THREAD_ID), False),
    # An empty id is left out of the body: each attempt would make a thread of its own.
    "create(empty thread_id, do_nothing)": (
        lambda t: t.create(thread_id="", if_exists="do_nothing"),
        False,
    ),
    "update": (lambda t: t.update(THREAD_ID, metadata={"a": 1}), False),
    "copy": (lambda t: t.copy(THREAD_ID), False),
    "update_state": (lambda t: t.update_state(THREAD_ID, {"count": 1}), False),
    "prune": (lambda t: t.prune([THREAD_ID]), False),
}


class FlakyServer:
    """Fails the first ``failures`` attempts with ``failure``, then answers like the server."""

    def __init__(self, failure: str, failures: int, headers: dict[str, str] | None = None) -> None:
        self.failure = failure
        self.failures = failures
        self.headers = headers or {}
        self.attempts: list[httpx.Request] = []
        self.ok = Recorder()

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.attempts.append(request)
        if len(self.attempts) > self.failures:
            return self.ok.handle(request)
        if self.failure.isdigit():
            return httpx.Response(
                int(self.failure), json={"detail": "try again"}, headers=self.headers
            )
        error_class = {**NEVER_SENT, **NOT_RETRIED, **MAYBE_DELIVERED}[self.failure]
        if issubclass(error_class, httpx.TimeoutException):
            ran_out(request)
        raise error_class(f"simulated {self.failure}", request=request)


def ran_out(request: httpx.Request) -> None:
    """Make a simulated timeout one whose limit had passed, as a socket's does: raised at
    once with the client's limits, it would be the program's own deadline, not retried
    (see test_a_timeout_before_its_time_is_the_programs_deadline_and_not_retried)."""
    request.extensions["timeout"] = dict.fromkeys(("connect", "read", "write", "pool"), 0.0)


def run(form: Form, call: Call, server: FlakyServer) -> Exception | None:
    """Calls the operation against ``server``; the error it raised, or ``None``."""
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        try:
            call(threads)
        except Exception as exc:
            return exc
    # Every attempt is the same request.
    assert len({(r.method, str(r.url), r.content) for r in server.attempts}) == 1
    return None


def test_the_wait_between_attempts_is_waited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # (the unit tests' recorded waits: this one waits)
    with get_sync_client(url="http://127.0.0.1:9") as client:
        started = time.monotonic()
        client.threads._http.sleep(0.05)
        assert time.monotonic() - started >= 0.05
        # A wait over is forgotten (the close wakes only those waiting): else each retry
        # of a long-lived client would keep one more for good.
        assert not client.threads._http.admission._pauses

    async def wait() -> None:
        async with get_client(url="http://127.0.0.1:9") as client:
            await client.threads._http.sleep(0.05)
            assert not client.threads._http.admission._pauses

    started = time.monotonic()
    asyncio.run(wait())
    assert time.monotonic() - started >= 0.05


def test_closing_the_client_ends_a_wait_to_try_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # A shutdown (close, then wait for the workers) is not held up by a retry's or a stream
    # reconnect's backoff, up to 8 s: the call or stream ends at once with its last error.
    monkeypatch.undo()
    client = get_sync_client(url="http://127.0.0.1:9")
    waiting = threading.Thread(target=client.threads._http.sleep, args=(30,))
    started = time.monotonic()
    waiting.start()
    time.sleep(0.1)
    client.close()
    waiting.join(timeout=10)
    assert not waiting.is_alive()
    assert time.monotonic() - started < 5

    async def close_while_waiting() -> float:
        aclient = get_client(url="http://127.0.0.1:9")
        task = asyncio.create_task(aclient.threads._http.sleep(30))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        await aclient.aclose()
        await asyncio.wait_for(task, timeout=10)
        return time.monotonic() - started

    assert asyncio.run(close_while_waiting()) < 5
    # A wait begun on a closed client does not wait.
    started = time.monotonic()
    client.threads._http.sleep(30)
    assert time.monotonic() - started < 5


# Each failure kind, on one operation that is safe to repeat and one that is not: how many
# attempts, how many waits, and which error once the retries (2 by default) run out.
@pytest.mark.parametrize("failures", [1, 2, 3])
@pytest.mark.parametrize("failure", FAILURES)
def test_every_failure_kind_on_a_read(
    form: Form, failure: str, failures: int, sleeps: SleepRecorder
) -> None:
    server = FlakyServer(failure, failures)
    error = run(form, OPERATIONS["get"][0], server)
    if failure in NOT_RETRIED:
        expected_attempts = 1
    elif failure in NEVER_SENT:  # at least 4 retries (see the next test)
        expected_attempts = failures + 1
    else:
        expected_attempts = min(failures + 1, 3)
    assert len(server.attempts) == expected_attempts
    assert len(sleeps.delays) == expected_attempts - 1
    # Exponential backoff from 0.5 s, with up to 25% jitter off.
    for n, delay in enumerate(sleeps.delays):
        assert 0.75 * 0.5 * 2**n <= delay <= 0.5 * 2**n
    if failures < expected_attempts:
        assert error is None
    else:
        assert api_class(error) is expected_error_class(failure)


@pytest.mark.parametrize("failure", FAILURES)
def test_every_failure_kind_on_a_write(form: Form, failure: str, sleeps: SleepRecorder) -> None:
    server = FlakyServer(failure, failures=1)
    error = run(form, OPERATIONS["create"][0], server)
    if failure in NEVER_SENT or failure in REFUSED_UNDONE:
        assert error is None  # never sent, or refused undone: no duplicate work
        assert len(server.attempts) == 2
    else:
        # It may have reached the server: never sent twice.
        assert api_class(error) is expected_error_class(failure)
        assert len(server.attempts) == 1
        assert sleeps.delays == []


def test_an_answer_retried_is_let_go_before_the_next_attempt(
    form: Form, sleeps: SleepRecorder
) -> None:
    """Neither a retried error answer nor the error made of it is kept while the next attempt
    reads (a large body would be held twice)."""
    answers: list[weakref.ref[httpx.Response]] = []
    held_at_the_next: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if answers:
            held_at_the_next.append(answers[-1]() is not None)
        status = 503 if len(answers) < 2 else 200
        answer = httpx.Response(status, json=THREAD if status == 200 else {"n": "x" * 99})
        answers.append(weakref.ref(answer))
        return answer

    with threads_client(form, transport=httpx.MockTransport(handle)) as threads:
        assert threads.get(THREAD_ID)["thread_id"] == THREAD_ID
    assert held_at_the_next == [False, False]


# Each operation, with a failure that may have reached the server (retried only when safe to
# repeat), one that never left the client or was refused undone (always retried), and a pool
# timeout (never retried).
@pytest.mark.parametrize("failure", ["read-error", "503", "429", "connect-error", "pool-timeout"])
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_every_operation_is_retried_only_when_safe(
    form: Form, operation: str, failure: str
) -> None:
    call, safe_to_repeat = OPERATIONS[operation]
    server = FlakyServer(failure, failures=1)
    error = run(form, call, server)
    if failure not in NOT_RETRIED and (
        safe_to_repeat or failure in NEVER_SENT or failure in REFUSED_UNDONE
    ):
        assert error is None
        assert len(server.attempts) == 2
    else:
        assert api_class(error) is expected_error_class(failure)
        assert len(server.attempts) == 1


def api_class(error: object) -> type:
    """The package's error class of ``error``, without the httpx class it is combined with
    (a connection error is also the httpx exception behind it)."""
    kind = type(error)
    combined_from: tuple[type, ...] = getattr(kind, "_combined_from", (kind,))
    return combined_from[0]


def expected_error_class(failure: str) -> type[Exception]:
    if failure.isdigit():
        status = int(failure)
        if status == 429:
            return RateLimitError
        return InternalServerError if status >= 500 else APIStatusError
    if "timeout" in failure:
        return APITimeoutError
    return APIConnectionError


@pytest.mark.parametrize("failure", ["connect-error", "503"])
def test_max_retries_on_the_client_and_per_call(
    form: Form, failure: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (No jitter: a connect failure's waits then reach the SDK's 7.5 s in 4 retries.)
    monkeypatch.setattr(_retry._RNG, "random", lambda: 0.0)
    server = FlakyServer(failure, failures=10)
    transport = httpx.MockTransport(server.handle)
    with threads_client(form, transport=transport, max_retries=4) as threads:
        with pytest.raises((APIConnectionError, APIStatusError)):
            threads.get(THREAD_ID)
        assert len(server.attempts) == 5
        server.attempts.clear()
        with pytest.raises((APIConnectionError, APIStatusError)):
            threads.get(THREAD_ID, max_retries=0)
        assert len(server.attempts) == 1
    with threads_client(form, transport=transport, max_retries=0) as threads:
        server.attempts.clear()
        with pytest.raises((APIConnectionError, APIStatusError)):
            threads.count()
        assert len(server.attempts) == 1


@pytest.mark.parametrize("failure", list(NEVER_SENT))
@pytest.mark.parametrize("max_retries", [1, 2, 3, 4, 6])
@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999], ids=["none", "half", "most"])
def test_a_connection_is_tried_for_as_long_as_the_sdks_transport_tries(
    form: Form,
    failure: str,
    max_retries: int,
    jitter: float,
    sleeps: SleepRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server restarting refuses connections for seconds: the official SDK's transport
    retries a connection 5 times over 7.5 s (0 + 0.5 + 1 + 2 + 4). While retries are on, a
    connection gets at least 4 retries (0.5 + 1 + 2 + 4 s of backoff), and one more where the
    jitter cut those waits short of 7.5 s, when they reach it."""
    monkeypatch.setattr(_retry._RNG, "random", lambda: jitter)
    server = FlakyServer(failure, failures=10)
    with threads_client(
        form, transport=httpx.MockTransport(server.handle), max_retries=max_retries
    ) as threads:
        with pytest.raises(APIConnectionError):
            threads.create(metadata={"a": 1})  # never sent: safe even for a create
        retries = max(max_retries, 4)
        backoff = [ceiling(n) * (1 - 0.25 * jitter) for n in range(retries)]
        if sum(backoff) < 7.5:  # (cut short by the jitter: one more, at 7.5 s)
            backoff.append(7.5 - sum(backoff))
        assert sleeps.delays == pytest.approx(backoff)
        assert sum(sleeps.delays) >= 7.5 - 1e-9
        assert len(server.attempts) == len(backoff) + 1
        # A server that answers is a different matter: its errors get max_retries retries.
        server.attempts.clear()
        server.failure = "503"
        with pytest.raises(InternalServerError):
            threads.get(THREAD_ID)
        assert len(server.attempts) == max_retries + 1
        # And max_retries=0 turns every retry off.
        server.attempts.clear()
        server.failure = failure
        with pytest.raises(APIConnectionError):
            threads.get(THREAD_ID, max_retries=0)
        assert len(server.attempts) == 1


@pytest.mark.parametrize("wrapped", [False, True], ids=["as-raised", "wrapped-again"])
def test_a_certificate_refused_is_not_retried(
    form: Form, wrapped: bool, sleeps: SleepRecorder
) -> None:
    """Expired, for another host, of an authority not trusted: another attempt meets the
    same certificate. The error comes at once (it came after 7.5 s of retries on a caller's
    client, where the SDK's form raises it at once); a connection refused still gets them."""
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        refused = ssl.SSLCertVerificationError(
            1, "certificate verify failed: certificate has expired"
        )
        try:
            try:
                raise refused
            except ssl.SSLError as exc:
                if wrapped:  # (as httpcore raises its own, then httpx its own, each from the last)
                    raise OSError("connect failed") from exc
                raise
        except OSError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc

    with (
        threads_client(form, transport=httpx.MockTransport(refuse)) as threads,
        pytest.raises(APIConnectionError) as raised,
    ):
        threads.get(THREAD_ID)
    assert ("connect failed" if wrapped else "certificate has expired") in str(raised.value)
    assert len(attempts) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize(
    ("error_class", "limits"),
    [
        (httpx.ReadTimeout, None),  # the client's: read 300 s
        (httpx.ConnectTimeout, None),  # connect 5 s
        (httpx.WriteTimeout, None),
        (httpx.ReadTimeout, httpx.Timeout(None)),  # no limit at all: it cannot run out
    ],
    ids=["read", "connect", "write", "no-limit"],
)
def test_a_timeout_before_its_time_is_the_programs_deadline_and_not_retried(
    form: Form, error_class: type[httpx.TimeoutException], limits: httpx.Timeout | None
) -> None:
    # httpx reports a TimeoutError raised during a socket call as its own timeout, whoever
    # raised it: a signal.alarm handler's deadline (or timeout-decorator's) comes as a
    # ReadTimeout long before timeout.read. Retried, the deadline would never fire.
    attempts: list[httpx.Request] = []

    def deadline(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise error_class("timed out", request=request)

    with (
        threads_client(form, transport=httpx.MockTransport(deadline)) as threads,
        pytest.raises(APITimeoutError) as caught,
    ):
        threads.get(THREAD_ID, timeout=NOT_GIVEN if limits is None else limits)
    assert len(attempts) == 1
    # Also the stack's own exception (httpx's, or httpx2's of the same name), as the SDK raises.
    assert error_class.__name__ in {kind.__name__ for kind in type(caught.value).__mro__[1:]}


@pytest.mark.parametrize(
    ("elapsed", "limits", "early"),
    [
        (0.1, {"read": 5.0}, True),
        (4.4, {"read": 5.0}, True),
        (4.5, {"read": 5.0}, False),  # (a socket's wait is never shorter than its limit)
        (4.6, {"read": 5.0}, False),
        (5.2, {"read": 5.0}, False),
        (0.0, {"read": None}, True),
        (0.0, {}, False),  # limits unknown: taken as the socket's
    ],
)
def test_which_timeouts_came_early(
    elapsed: float, limits: dict[str, float | None], early: bool
) -> None:
    request = httpx.Request("GET", "http://server/threads", extensions={"timeout": limits})
    exc = httpx.ReadTimeout("timed out", request=request)
    assert timed_out_early(exc, elapsed) is early
    assert timed_out_early(httpx.ReadError("reset", request=request), elapsed) is False
    assert timed_out_early(httpx.PoolTimeout("full", request=request), elapsed) is False
    # An exception made without its request (by a test, a transport): nothing to go by.
    assert timed_out_early(httpx.ReadTimeout("timed out"), elapsed) is False
    # The kernel's ETIMEDOUT (the network gave up, maybe before a long limit): the network's.
    kernel = httpx.ReadTimeout("timed out", request=request)
    kernel.__cause__ = TimeoutError(errno.ETIMEDOUT, "Connection timed out")
    assert timed_out_early(kernel, elapsed) is False
    # A deadline's TimeoutError (a signal handler's) has no error number: judged by the time.
    alarm = httpx.ReadTimeout("timed out", request=request)
    alarm.__cause__ = TimeoutError("deadline")
    assert timed_out_early(alarm, elapsed) is early


def ceiling(n: int) -> float:
    """The longest wait before retry number n + 1."""
    return min(MAX_DELAY, 0.5 * 2.0**n)


TRANSIENT = [408, 429, 500, 502, 503, 504, 507, 520, 524, 599]
# 501 Not Implemented and 505 HTTP Version Not Supported will never work, however often tried.
PERMANENT = [400, 401, 403, 404, 409, 422, 501, 505]


@pytest.mark.parametrize("status", TRANSIENT + PERMANENT)
def test_one_rule_says_which_statuses_are_transient(status: int) -> None:
    transient = status in TRANSIENT
    assert is_transient_status(status) is transient
    assert retryable_status(status, replayable=True) is transient
    # (A rate limit refused the request undone: every operation may send it again.)
    assert retryable_status(status, replayable=False) is (status == 429)


@pytest.mark.parametrize("status", [501, 505, 507])
def test_a_replayable_call_is_retried_by_that_rule(form: Form, status: int) -> None:
    server = FlakyServer(str(status), failures=1)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        if is_transient_status(status):
            threads.get(THREAD_ID)
        else:
            with pytest.raises(InternalServerError):
                threads.get(THREAD_ID)
    assert len(server.attempts) == (2 if status == 507 else 1)


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_bad_max_retries_is_refused(form: Form, bad: Any) -> None:
    with (
        threads_client(form, transport=httpx.MockTransport(Recorder().handle)) as threads,
        pytest.raises((TypeError, ValueError)),
    ):
        threads.get(THREAD_ID, max_retries=bad)


# --- how long it waits -------------------------------------------------------------------------

FROZEN_NOW = datetime.datetime(2026, 11, 24, 12, 0, 0, tzinfo=datetime.UTC)


def frozen() -> float:
    return FROZEN_NOW.timestamp()


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "nope", "retry-after": "9"}, 9.0),
        (
            {
                "retry-after": email.utils.format_datetime(
                    FROZEN_NOW + datetime.timedelta(seconds=7)
                )
            },
            7.0,
        ),
        (
            {"retry-after": email.utils.format_datetime(FROZEN_NOW - datetime.timedelta(hours=1))},
            0.0,
        ),
        # A date of no zone ("-0000", or none at all) is GMT, as HTTP dates are: not the
        # machine's local time.
        ({"retry-after": "Tue, 24 Nov 2026 12:00:07 -0000"}, 7.0),
        ({"retry-after": "Tue, 24 Nov 2026 12:00:07"}, 7.0),
        ({"retry-after": "-5"}, None),
        # A year past what datetime holds (OverflowError inside the date parser).
        ({"retry-after": "Mon, 01 Jan 99999999999 00:00:00 GMT"}, None),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_parsing_with_time_frozen(
    headers: dict[str, str], expected: float | None
) -> None:
    assert retry_after(httpx.Headers(headers), now=frozen) == expected


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (9, MAX_DELAY)]:
        for _ in range(50):
            delay = retry_delay(attempt, httpx.Headers())
            assert delay is not None
            assert 0.75 * ceiling <= delay <= ceiling


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="tzset is POSIX's")
def test_a_date_of_no_zone_is_gmt_wherever_the_machine_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        for date in ("Tue, 24 Nov 2026 12:00:07 -0000", "Tue, 24 Nov 2026 12:00:07"):
            assert retry_after(httpx.Headers({"retry-after": date}), now=frozen) == 7.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_backoff_stays_at_the_cap_however_many_retries() -> None:
    # (2.0 ** 1024 overflows: max_retries=10**20 is "retry for ever", not an OverflowError)
    for attempt in (64, 1025, 5000, 10**20):
        delay = retry_delay(attempt, httpx.Headers())
        assert delay is not None
        assert 0.75 * MAX_DELAY <= delay <= MAX_DELAY


# Forks in a process of its own: a fork of the test process, which runs threads (pytest-xdist's),
# is deprecated from Python 3.12 (the child may inherit a lock some thread held).
FORKED_WORKERS = """
import os, sys
from pathlib import Path
from langgraph_threads_client._retry import retry_delay

children = []
for index in range(2):
    pid = os.fork()
    if pid == 0:  # (the child: writes its waits)
        try:
            waits = [retry_delay(attempt) for attempt in range(1, 6)]
            Path(sys.argv[1], str(index)).write_text(repr(waits))
        finally:
            os._exit(0)
    children.append(pid)
sys.exit(any(os.waitpid(pid, 0)[1] for pid in children))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX's")
def test_forked_workers_wait_apart(tmp_path: Path) -> None:
    # Workers forked from one parent, failed together by an outage, must not retry together.
    subprocess.run([sys.executable, "-c", FORKED_WORKERS, str(tmp_path)], check=True)
    first, second = ((tmp_path / str(index)).read_text() for index in range(2))
    assert first != second


def test_a_server_asking_for_too_long_a_wait_is_not_retried() -> None:
    assert retry_delay(1, httpx.Headers({"retry-after": "120"})) is None


@pytest.mark.parametrize(
    ("headers", "expected_delays"),
    [
        ({"retry-after": "3"}, [3.0, 3.0]),
        ({"retry-after-ms": "20"}, [0.02, 0.02]),
    ],
)
def test_retry_after_is_honoured(
    form: Form, sleeps: SleepRecorder, headers: dict[str, str], expected_delays: list[float]
) -> None:
    server = FlakyServer("429", failures=2, headers=headers)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        threads.get(THREAD_ID)
    assert sleeps.delays == expected_delays


def test_too_long_retry_after_raises_at_once(form: Form, sleeps: SleepRecorder) -> None:
    server = FlakyServer("429", failures=1, headers={"retry-after": "3600"})
    with (
        threads_client(form, transport=httpx.MockTransport(server.handle)) as threads,
        pytest.raises(RateLimitError),
    ):
        threads.get(THREAD_ID)
    assert len(server.attempts) == 1
    assert sleeps.delays == []


def test_get_state_by_checkpoint_id_is_safe_to_repeat(form: Form) -> None:
    server = FlakyServer("read-error", failures=1)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        threads.get_state(THREAD_ID, checkpoint_id=CHECKPOINT_ID)
    assert len(server.attempts) == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "0"},
        {"retry-after": "0.0"},
        {"retry-after-ms": "0"},
        {"retry-after-ms": "0", "retry-after": "9"},  # (the milliseconds win, as elsewhere)
        {"retry-after": email.utils.format_datetime(FROZEN_NOW - datetime.timedelta(hours=1))},
        {"retry-after": email.utils.format_datetime(FROZEN_NOW)},
    ],
)
def test_a_retry_after_of_no_wait_gets_the_backoff(
    form: Form, sleeps: SleepRecorder, headers: dict[str, str]
) -> None:
    # As in openai-python: else a server answering 429 with it gets every retry at once.
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0)]:
        delay = retry_delay(attempt, httpx.Headers(headers), now=frozen)
        assert delay is not None
        assert 0.75 * ceiling <= delay <= ceiling
    server = FlakyServer("429", failures=2, headers=headers)
    with threads_client(form, transport=httpx.MockTransport(server.handle)) as threads:
        threads.get(THREAD_ID)
    assert len(server.attempts) == 3
    assert len(sleeps.delays) == 2
    assert 0.375 <= sleeps.delays[0] <= 0.5
    assert 0.75 <= sleeps.delays[1] <= 1.0


def test_retry_after_of_exactly_the_limit_is_honoured() -> None:
    assert retry_delay(1, httpx.Headers({"retry-after": "60"})) == 60.0
    assert retry_delay(1, httpx.Headers({"retry-after-ms": "1", "retry-after": "9"})) == 0.001
    date = email.utils.format_datetime(FROZEN_NOW + datetime.timedelta(seconds=30))
    assert retry_delay(1, httpx.Headers({"retry-after": date}), now=frozen) == 30.0


# A shutdown while calls are in flight: the client closed during an attempt that failed (its
# connection cut by the close) or that is to be tried again. The call ends with that failure,
# catchable as the SDK's is (httpx.HTTPError), not with "This client is closed" from a retry.
@pytest.mark.parametrize("failure", ["read-error", "503"])
def test_a_call_whose_client_closes_under_it_ends_with_its_failure(
    form: Form, failure: str, sleeps: SleepRecorder
) -> None:
    attempts: list[httpx.Request] = []
    http: list[Any] = []

    def fail(request: httpx.Request) -> httpx.Response:
        if failure == "503":
            return httpx.Response(503, json={"detail": "shutting down"})
        raise httpx.ReadError("closed under the call", request=request)

    def close_then_fail(request: httpx.Request) -> Any:
        attempts.append(request)
        client = http[0]
        if hasattr(client, "aclose"):

            async def closing() -> httpx.Response:
                await client.aclose()
                return fail(request)

            return closing()
        client.close()
        return fail(request)

    with threads_client(form, transport=httpx.MockTransport(close_then_fail)) as threads:
        http.append(threads._http.client)
        with pytest.raises(library_of(form).HTTPError) as caught:
            threads.get(THREAD_ID)
    assert len(attempts) == 1
    if failure == "503":
        assert api_class(caught.value) is InternalServerError
        assert caught.value.response.status_code == 503
    else:
        assert api_class(caught.value) is APIConnectionError
        assert isinstance(caught.value, library_of(form).ReadError)
        # (Caused by the stack's error, as a call that fails at once is.)
        assert type(caught.value.__cause__) is library_of(form).ReadError


def lost_then_not_found(
    error_class: type[httpx.TransportError], attempts: list[httpx.Request]
) -> Callable[[httpx.Request], httpx.Response]:
    """A server whose first attempt fails with ``error_class`` and whose next answer 404s."""

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise error_class("the answer was lost", request=request)
        return httpx.Response(404, json={"detail": "Thread not found"})

    return handle


# A delete whose answer was lost, tried again: the thread is gone, deleted by the first
# attempt, and the retry's 404 says the thread was not found. The error says what may have
# happened (PEP 678 note); its type and text stay the server's answer.
@pytest.mark.parametrize("earlier", ["read-error", "connect-error"])
def test_an_answer_after_an_attempt_that_may_have_arrived_says_so(
    form: Form, earlier: str, sleeps: SleepRecorder
) -> None:
    attempts: list[httpx.Request] = []
    handle = lost_then_not_found({**NEVER_SENT, **MAYBE_DELIVERED}[earlier], attempts)
    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.delete(THREAD_ID)
    assert len(attempts) == 2
    assert caught.value.status_code == 404
    notes = getattr(caught.value, "__notes__", [])
    if earlier == "read-error":
        assert notes == [
            "An earlier attempt of this call failed after it may have reached the server "
            "(ReadError): this answer may follow from that attempt (a 404 from a delete that "
            "had already deleted, say)."
        ]
    else:  # never sent: the answer is the whole story
        assert notes == []


# The same for a create made safe to repeat (a named thread, if_exists="do_nothing"), which
# is retried: a 409 after an attempt that may have created the thread may follow from it.
def test_a_creates_answer_after_an_attempt_that_may_have_arrived_says_so(
    form: Form, sleeps: SleepRecorder
) -> None:
    attempts: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ReadError("connection reset by peer", request=request)
        return httpx.Response(409, json={"detail": "Thread already exists"})

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.create(thread_id=THREAD_ID, if_exists="do_nothing")
    assert len(attempts) == 2
    assert caught.value.status_code == 409
    assert getattr(caught.value, "__notes__", []) == [
        "An earlier attempt of this call failed after it may have reached the server "
        "(ReadError): this answer may follow from that attempt (a 404 from a delete that "
        "had already deleted, say)."
    ]


# A read's error answer cannot follow from an earlier read: no note (a 404 after a server
# restarted between two attempts means the thread is gone, not that an attempt removed it).
@pytest.mark.parametrize("call", ["get", "get_state", "get_history", "count"])
def test_a_reads_answer_after_an_attempt_that_may_have_arrived_has_no_note(
    form: Form, call: str, sleeps: SleepRecorder
) -> None:
    attempts: list[httpx.Request] = []
    handle = lost_then_not_found(httpx.ReadError, attempts)

    arguments = () if call == "count" else (THREAD_ID,)
    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        getattr(threads, call)(*arguments)
    assert len(attempts) == 2
    assert caught.value.status_code == 404
    assert getattr(caught.value, "__notes__", []) == []


# The same after an answer that says the server failed (a gateway's 504 while the server
# went on, say, or a proxy's 503 after an upstream reset), but not after one that says the
# request was not taken on (408, 429).
@pytest.mark.parametrize(
    ("earlier", "noted"),
    [
        ([500], "a 500 answer"),
        ([502], "a 502 answer"),
        ([504], "a 504 answer"),
        ([503], "a 503 answer"),
        ([429], None),
        ([408], None),
        ([503, 504], "a 503 answer"),  # (the first that may have reached it)
        ([429, 504], "a 504 answer"),
        ([504, "connect-error"], "a 504 answer"),  # (the last failure never left: the 504 did)
        ([], None),  # (no earlier attempt)
    ],
)
def test_an_answer_after_a_server_error_says_the_earlier_attempt_may_have_done_it(
    form: Form, earlier: list[int | str], noted: str | None, sleeps: SleepRecorder
) -> None:
    attempts: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) <= len(earlier):
            failure = earlier[len(attempts) - 1]
            if isinstance(failure, str):
                raise NEVER_SENT[failure]("refused", request=request)
            return httpx.Response(failure, json={"detail": "try again"})
        return httpx.Response(404, json={"detail": "Thread not found"})

    with (
        threads_client(form, transport=httpx.MockTransport(handle)) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.delete(THREAD_ID)
    assert len(attempts) == len(earlier) + 1
    assert caught.value.status_code == 404
    notes = getattr(caught.value, "__notes__", [])
    if noted is None:
        assert notes == []
    else:
        assert notes == [
            f"An earlier attempt of this call failed after it may have reached the server "
            f"({noted}): this answer may follow from that attempt (a 404 from a delete that "
            f"had already deleted, say)."
        ]
