"""The command line's commands (``_cli``): what each sends, what it prints, and its exit
status for every kind of failure (as the README's table says), on a mock server.

The same commands run against the real server, as a subprocess and in a terminal, in
``tests/live/test_cli_live.py``.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn, cast

import click
import httpx
import pytest
from click.testing import CliRunner, Result
from packaging.version import Version

from langgraph_threads_client import NOT_GIVEN, APIError, __version__, _cli
from langgraph_threads_client._exit_codes import exit_code
from langgraph_threads_client._sync._client import SyncLangGraphClient, get_sync_client
from langgraph_threads_client._sync._threads import SyncThreadsClient

T = "3f0b8a52-7d1e-4a8b-9c3e-2f6d5e4c1b0a"
COPY = "5e0c2b1a-0d4e-4b3a-8c2f-1a9b8c7d6e5f"
C = "1f0e8d4c-75e8-6cef-8001-000000000001"
WHEN = "2026-11-24T21:21:34.931247+00:00"
README = Path(__file__).resolve().parents[2] / "README.md"


def thread(thread_id: str = T, **fields: Any) -> dict[str, Any]:
    return {
        "thread_id": thread_id,
        "created_at": WHEN,
        "updated_at": WHEN,
        "metadata": {"user": "Zoë"},
        "status": "idle",
        **fields,
    }


STATE: dict[str, Any] = {
    "values": {"count": 1},
    "next": [],
    "tasks": [],
    "interrupts": [],
    "metadata": {},
    "created_at": WHEN,
    "checkpoint": {"checkpoint_id": C, "thread_id": T, "checkpoint_ns": ""},
    "parent_checkpoint": None,
    "checkpoint_id": C,
    "parent_checkpoint_id": None,
}


class Server:
    """A mock threads API: answers each route with ``answers`` (or a default), and records
    every request."""

    def __init__(self, **answers: Any) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []
        self.made_with: tuple[str | None, Any] | None = None  # the CLI's url and api_key
        self.options: dict[str, Any] = {}  # the client's other settings (timeout, ...)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        route = request.url.path.rsplit("/", 1)[-1]
        if route in self.answers:
            answer = self.answers[route]
            if callable(answer):  # (a function of the request)
                return cast(httpx.Response, answer(request))
            return httpx.Response(200, json=answer)
        if request.method == "DELETE":
            return httpx.Response(204)
        if route == "stream":
            return httpx.Response(200, headers={"content-type": "text/event-stream"})
        return httpx.Response(200, json=thread())

    def bodies(self) -> list[Any]:
        return [json.loads(request.content) for request in self.requests]

    def sent(self) -> list[str]:
        return [f"{request.method} {request.url.path}" for request in self.requests]


Invoke = Callable[..., Result]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Iterator[Invoke]:
    """Runs the command line with its arguments, its client on ``server``."""
    real = get_sync_client
    clients: list[httpx.Client] = []

    def invoke(
        server: Server, *args: str, env: dict[str, str] | None = None, charset: str = "utf-8"
    ) -> Result:
        def on_the_mock(*, url: str | None, api_key: Any, **options: Any) -> SyncLangGraphClient:
            server.made_with = (url, api_key)
            server.options = options
            clients.append(httpx.Client(transport=httpx.MockTransport(server.handle)))
            return real(
                url=url or "http://cli.test", api_key=None, max_retries=0, http_client=clients[-1]
            )

        monkeypatch.setattr(_cli, "get_sync_client", on_the_mock)
        # (stdout in ``charset``, strict as a PYTHONIOENCODING without an error handler)
        return CliRunner(charset=charset).invoke(_cli.cli, list(args), env=env)

    yield invoke
    for client in clients:
        client.close()


def output(result: Result) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_get_prints_the_thread_as_sent_as_indented_json(cli: Invoke) -> None:
    result = cli(Server(), "get", T)
    assert output(result) == thread()
    assert result.stdout.startswith('{\n  "thread_id": ')
    assert '"user": "Zoë"' in result.stdout  # (as it is, not escaped)


def test_the_url_and_the_api_key_are_the_clients(cli: Invoke) -> None:
    given, from_env = Server(), Server()
    cli(given, "--url", "http://server.test", "--api-key", "k", "get", T)
    assert given.made_with == ("http://server.test", "k")
    cli(from_env, "get", T, env={"LANGGRAPH_URL": "http://from-env.test"})
    assert from_env.made_with == ("http://from-env.test", NOT_GIVEN)  # (the variables' key)


def test_create_sends_each_option(cli: Invoke) -> None:
    server = Server()
    result = cli(
        server, "create", "--metadata", '{"a": 1}', "--thread-id", T,
        "--if-exists", "do_nothing", "--graph-id", "g",
    )  # fmt: skip
    assert output(result) == thread()
    assert server.sent() == ["POST /threads"]
    assert server.bodies() == [
        {"thread_id": T, "metadata": {"a": 1, "graph_id": "g"}, "if_exists": "do_nothing"}
    ]
    cli(server, "create")
    assert server.bodies()[1] == {}


@pytest.mark.parametrize(
    "args",
    [
        ["create", "--metadata", "{not json"],
        ["update", T, "--metadata", "{not json"],
        ["search", "--metadata", "{not json"],
        ["count", "--values", "{not json"],
    ],
)
def test_json_that_is_not_valid_is_refused_before_any_request(cli: Invoke, args: list[str]) -> None:
    server = Server()
    result = cli(server, *args)
    assert result.exit_code == 2
    option = args[-2]
    assert f"Error: Invalid value for {option}: not valid JSON: '{{not json'" in result.stderr
    assert server.requests == []


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_numbers_json_has_not_are_refused_before_any_request(cli: Invoke, constant: str) -> None:
    # (Python's json reads them; sent, they would have been null.)
    server = Server()
    result = cli(server, "create", "--metadata", f'{{"x": {constant}}}')
    assert result.exit_code == 2
    assert f"--metadata: not valid JSON: {constant} is not a JSON number" in result.stderr
    assert server.requests == []


@pytest.mark.parametrize(
    ("metadata", "refusal"),
    [
        # (Read as infinity, they would have been sent as null: a count of other threads.)
        ('{"a": [1.5, 1e400]}', "1e400 is past a float's range"),
        ('{"a": [1.5, -1e309]}', "-1e309 is past a float's range"),
        ('{"a": [18446744073709551616]}', "18446744073709551616 is past 64 bits"),  # (2**64)
        ('{"a": [-9223372036854775809]}', "-9223372036854775809 is past 64 bits"),  # (-(2**63)-1)
        # (past Python's 4,300 digits)
        (f'{{"a": [{"1" * 5000}]}}', "11111111111111111111... (5000 characters) is past 64 bits"),
    ],
)
def test_numbers_no_request_can_hold_are_refused_before_any_request(
    cli: Invoke, metadata: str, refusal: str
) -> None:
    server = Server()
    result = cli(server, "count", "--metadata", metadata)
    assert result.exit_code == 2
    assert f"--metadata: not usable JSON: {refusal}" in result.stderr
    assert server.requests == []


def test_integers_of_64_bits_are_sent_as_read(cli: Invoke) -> None:
    server = Server(count=0)
    limits = {"a": 2**64 - 1, "b": -(2**63), "c": -0, "d": 7}
    result = cli(server, "count", "--metadata", json.dumps(limits))
    assert result.exit_code == 0, result.stderr
    assert server.bodies() == [{"metadata": limits}]


def test_floats_within_range_are_sent_as_read(cli: Invoke) -> None:
    server = Server(count=0)
    result = cli(server, "count", "--metadata", '{"a": 1.5e300, "b": 2.5}')
    assert result.exit_code == 0, result.stderr
    assert server.bodies() == [{"metadata": {"a": 1.5e300, "b": 2.5}}]


def test_json_nested_too_deep_is_refused_before_any_request(cli: Invoke) -> None:
    server = Server()
    deep = '{"a":' * 20_000 + "1" + "}" * 20_000  # (deeper than Python's json reads)
    result = cli(server, "create", "--metadata", deep)
    assert result.exit_code == 2
    assert "Error: Invalid value for --metadata: JSON nested too deep" in result.stderr
    assert server.requests == []


@pytest.mark.parametrize(
    "args",
    [
        ["prune", T, "--batch-size", "0"],  # (a traceback, from range())
        ["prune", T, "--batch-size", "-1"],  # (nothing pruned, said to have succeeded)
        ["join", T, "--max-events", "0"],  # (one event printed all the same)
    ],
)
def test_counts_below_one_are_refused_before_any_request(cli: Invoke, args: list[str]) -> None:
    server = Server()
    result = cli(server, *args)
    assert result.exit_code == 2
    assert "is not in the range x>=1" in result.stderr
    assert server.requests == []


@pytest.mark.parametrize("command", ["search", "count"])
def test_the_search_filters_are_said_in_the_help(cli: Invoke, command: str) -> None:
    shown = " ".join(cli(Server(), command, "--help").stdout.split())
    assert "--metadata TEXT Filter: metadata (a JSON object)." in shown
    assert "--values TEXT Filter: state values (JSON)." in shown
    assert "--status [idle|busy|interrupted|error]" in shown


def test_update_merges_metadata(cli: Invoke) -> None:
    server = Server()
    assert output(cli(server, "update", T, "--metadata", '{"topic": "billing"}')) == thread()
    assert server.sent() == [f"PATCH /threads/{T}"]
    assert server.bodies() == [{"metadata": {"topic": "billing"}}]


def test_delete_that_fails_says_which_were_deleted_before(cli: Invoke) -> None:
    def missing_second(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404 if request.url.path.endswith(COPY) else 204)

    server = Server()
    server.handle = missing_second  # type: ignore[method-assign]
    result = cli(server, "delete", T, COPY, T)
    assert result.exit_code == 3
    assert json.loads(result.stdout) == {"deleted": [T]}
    assert result.stderr.startswith("error: NotFoundError: 404")


def test_delete_deletes_each_and_says_which(cli: Invoke) -> None:
    server = Server()
    assert output(cli(server, "delete", T, COPY)) == {"deleted": [T, COPY]}
    assert server.sent() == [f"DELETE /threads/{T}", f"DELETE /threads/{COPY}"]


def test_search_sends_its_filters_and_page(cli: Invoke) -> None:
    server = Server(search=[thread(), thread(COPY)])
    result = cli(
        server, "search", "--metadata", '{"a": 1}', "--values", '{"b": 2}',
        "--status", "idle", "--limit", "5", "--offset", "2",
    )  # fmt: skip
    assert output(result) == [thread(), thread(COPY)]
    assert server.bodies() == [
        {"limit": 5, "offset": 2, "metadata": {"a": 1}, "values": {"b": 2}, "status": "idle"}
    ]
    cli(server, "search")
    assert server.bodies()[1] == {"limit": 10, "offset": 0}


def pages_of(threads: list[dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    def page(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)
        start = asked.get("offset", 0)
        return httpx.Response(200, json=threads[start : start + asked["limit"]])

    return page


def test_search_all_reads_every_page_with_no_count_in_a_pipe(cli: Invoke) -> None:
    threads = [thread(f"{n:08d}-0000-4000-8000-000000000000") for n in range(5)]
    server = Server(search=pages_of(threads))
    assert output(cli(server, "search", "--all", "--page-size", "2", "--status", "idle")) == threads
    assert server.sent() == ["POST /threads/search"] * 3
    assert [(body["limit"], body.get("offset", 0)) for body in server.bodies()] == [
        (2, 0),
        (2, 2),
        (2, 4),
    ]
    assert all(body["status"] == "idle" for body in server.bodies())


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--limit", "3"], "--limit"),
        (["--offset", "0"], "--offset"),  # (given, even as the default)
        (["--limit", "3", "--offset", "6"], "--limit and --offset"),
    ],
)
def test_search_all_refuses_a_page_of_its_own(cli: Invoke, args: list[str], named: str) -> None:
    # (--all read every thread whatever these said.)
    server = Server()
    result = cli(server, "search", "--all", *args)
    assert result.exit_code == 2
    assert f"--all reads every matching thread: leave out {named} (" in result.stderr
    assert server.requests == []


def test_the_progress_bar_of_a_search_does_without_a_count_the_server_cannot_make() -> None:
    # (On a terminal search --all counts first, for the bar's end: Aegra has no count.)
    for answer, total in [(httpx.Response(405), None), (httpx.Response(200, json=4), 4)]:
        http = httpx.Client(transport=httpx.MockTransport(lambda request, a=answer: a))
        with http, get_sync_client(url="http://cli.test", http_client=http) as client:
            assert _cli.progress_total(client, {"status": "idle"}) == total


def test_count_prints_a_number_or_a_table_of_one(cli: Invoke) -> None:
    server = Server(count=3)
    result = cli(server, "count", "--status", "idle", "--metadata", '{"a": 1}')
    assert result.stdout == "3\n"
    assert server.bodies() == [{"metadata": {"a": 1}, "status": "idle"}]
    assert cli(server, "--format", "table", "count").stdout == "COUNT\n3\n"


def test_copy_prints_the_new_thread(cli: Invoke) -> None:
    server = Server(copy=thread(COPY))
    assert output(cli(server, "copy", T))["thread_id"] == COPY
    assert server.sent() == [f"POST /threads/{T}/copy"]


def test_prune_sends_batches_and_adds_up_what_each_pruned(cli: Invoke) -> None:
    # The server's count, or Aegra's "pruned" where it answers {"deleted": n, "pruned": n}, or
    # none at all (nothing said: counted as none).
    answers = iter([{"pruned_count": 2}, {"deleted": 2, "pruned": 2}, {"deleted": 0}])
    server = Server(prune=lambda request: httpx.Response(200, json=next(answers)))
    ids = [f"t{n}" for n in range(5)]
    result = cli(server, "prune", *ids, "--batch-size", "2", "--strategy", "keep_latest")
    assert output(result) == {"pruned_count": 4}
    assert server.bodies() == [
        {"thread_ids": ["t0", "t1"], "strategy": "keep_latest"},
        {"thread_ids": ["t2", "t3"], "strategy": "keep_latest"},
        {"thread_ids": ["t4"], "strategy": "keep_latest"},
    ]
    server = Server(prune={"pruned_count": 1})
    assert output(cli(server, "prune", "t0")) == {"pruned_count": 1}
    assert server.bodies() == [{"thread_ids": ["t0"]}]  # (the default strategy, delete)


def test_prune_that_fails_says_what_earlier_batches_pruned(cli: Invoke) -> None:
    answers = iter([httpx.Response(200, json={"pruned_count": 2}), httpx.Response(422, json={})])
    server = Server(prune=lambda request: next(answers))
    result = cli(server, "prune", "t0", "t1", "t2", "--batch-size", "2")
    assert result.exit_code == 5
    assert json.loads(result.stdout) == {"pruned_count": 2}


def test_a_prune_answer_whose_count_is_no_number_is_an_unusable_answer(cli: Invoke) -> None:
    result = cli(Server(prune={"pruned": "x"}), "prune", "t0")
    assert result.exit_code == 10
    assert result.stderr == 'error: a prune answer without a count: {"pruned": "x"}\n'


def test_state_of_the_latest_or_of_a_checkpoint(cli: Invoke) -> None:
    server = Server(state=STATE, **{C: STATE})
    assert output(cli(server, "state", T)) == STATE
    assert output(cli(server, "state", T, "--checkpoint-id", C)) == STATE
    assert server.sent() == [f"GET /threads/{T}/state", f"GET /threads/{T}/state/{C}"]


def test_history_of_one_page_or_of_all(cli: Invoke) -> None:
    server = Server(history=[STATE, STATE])
    assert output(cli(server, "history", T, "--limit", "3", "--before", C)) == [STATE] * 2
    assert server.bodies() == [{"limit": 3, "before": {"configurable": {"checkpoint_id": C}}}]
    assert output(cli(server, "history", T)) == [STATE] * 2
    assert server.bodies()[1] == {"limit": 10}

    # --all: page after page of --limit states, each before the last one read.
    states = [
        {
            **STATE,
            "checkpoint": {**STATE["checkpoint"], "checkpoint_id": f"c{n}"},
            "checkpoint_id": f"c{n}",
        }
        for n in range(3)
    ]
    answers = iter([states[:2], states[2:]])
    server = Server(history=lambda request: httpx.Response(200, json=next(answers)))
    assert output(cli(server, "history", T, "--all", "--limit", "2")) == states
    assert server.bodies() == [
        {"limit": 2},
        {"limit": 2, "before": {"configurable": {**STATE["checkpoint"], "checkpoint_id": "c1"}}},
    ]


def test_history_all_names_the_limit_it_reads_a_page_of(cli: Invoke) -> None:
    server = Server()
    result = cli(server, "history", T, "--all", "--limit", "5000")
    assert result.exit_code == 2
    assert "--limit" in result.stderr
    assert "1 to 1000, got 5000" in result.stderr
    assert server.requests == []


def events(*frames: str) -> Callable[[httpx.Request], httpx.Response]:
    body = "".join(frames).encode()
    return lambda request: httpx.Response(
        200, headers={"content-type": "text/event-stream"}, content=body
    )


RUN = (
    'event: metadata\r\ndata: {"run_id": "r1"}\r\nid: 1-0\r\n\r\n'
    'event: values\r\ndata: {"count": 1}\r\nid: 2-0\r\n\r\n'
    'event: control\r\ndata: {"status": "run_done"}\r\nid: 3-0\r\n\r\n'
    'event: values\r\ndata: {"count": 2}\r\nid: 4-0\r\n\r\n'
)


def test_join_prints_a_json_object_an_event_and_stops_as_asked(cli: Invoke) -> None:
    server = Server(stream=events(RUN))
    result = cli(
        server, "join", T, "--stream-mode", "lifecycle", "--stream-mode", "state_update",
        "--last-event-id", "-", "--max-events", "2",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        '{"event": "metadata", "data": {"run_id": "r1"}, "id": "1-0"}',
        '{"event": "values", "data": {"count": 1}, "id": "2-0"}',
    ]
    request = server.requests[0]
    assert request.url.params["stream_modes"] == "lifecycle,state_update"
    assert request.headers["last-event-id"] == "-"
    result = cli(Server(stream=events(RUN)), "join", T, "--until-run-done")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["1-0", "2-0", "3-0"]


def test_join_of_a_stream_the_server_ends_with_an_error_exits_as_a_server_error(
    cli: Invoke,
) -> None:
    failed = 'event: error\r\ndata: {"error": "boom", "message": "m"}\r\n\r\n'
    result = cli(Server(stream=events(RUN.split("event: control")[0], failed)), "join", T)
    assert result.exit_code == 8
    assert [json.loads(line)["event"] for line in result.stdout.splitlines()] == [
        "metadata",
        "values",
        "error",
    ]
    assert result.stderr == 'error: the stream failed: {"error": "boom", "message": "m"}\n'
    # (Its last event the one --max-events stops at: it failed all the same.)
    result = cli(Server(stream=events(failed)), "join", T, "--max-events", "1")
    assert (result.exit_code, len(result.stdout.splitlines())) == (8, 1)


def test_join_asks_for_run_modes_by_default(cli: Invoke) -> None:
    server = Server(stream=events(RUN))
    cli(server, "join", T, "--max-events", "1")
    assert dict(server.requests[0].url.params) == {"stream_mode": "run_modes"}  # (the SDK's)
    assert "last-event-id" not in server.requests[0].headers


# Text no encoding but UTF-8 holds all of (cp1252 and latin-1 have no snowman nor emoji), and a
# lone surrogate (JSON's "\ud83d" read by itself), which no encoding holds.
WIDE = {"name": "Zoë ☃", "smile": "😀", "alone": "\ud83d"}


def answering_json(value: Any) -> Callable[[httpx.Request], httpx.Response]:
    # (As JSON escapes: httpx's json= cannot encode a lone surrogate.)
    content = json.dumps(value).encode()
    return lambda request: httpx.Response(
        200, headers={"content-type": "application/json"}, content=content
    )


@pytest.mark.parametrize(
    ("charset", "snowman", "smile"),
    [
        ("cp1252", "\\u2603", "\\ud83d\\ude00"),
        ("latin-1", "\\u2603", "\\ud83d\\ude00"),
        ("utf-8", "☃", "😀"),
    ],
)
def test_json_escapes_what_the_outputs_encoding_cannot_hold(
    cli: Invoke, charset: str, snowman: str, smile: str
) -> None:
    threads = [thread(metadata=WIDE)]
    result = cli(Server(search=answering_json(threads)), "search", charset=charset)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == threads  # (the same JSON)
    assert f'"name": "Zoë {snowman}"' in result.stdout  # (what it holds, as it is)
    assert f'"smile": "{smile}"' in result.stdout
    assert '"alone": "\\ud83d"' in result.stdout

    frame = f"event: values\r\ndata: {json.dumps(WIDE)}\r\nid: 1-0\r\n\r\n"
    server = Server(stream=events(frame))
    result = cli(server, "join", T, "--max-events", "1", charset=charset)
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line) == {"event": "values", "data": WIDE, "id": "1-0"}
    assert f'"smile": "{smile}"' in line


def test_a_real_stdout_in_cp1252_gets_the_same_json(tmp_path: Path) -> None:
    # (PYTHONIOENCODING=cp1252 langgraph-threads search > out.json, on a mock server.)
    threads = [thread(metadata=WIDE)]
    script = (
        "import httpx\n"
        "from langgraph_threads_client import _cli, get_sync_client\n"
        f"answer = {json.dumps(threads)!r}.encode()\n"
        "reply = lambda request: httpx.Response(200, content=answer)\n"
        "mock = httpx.Client(transport=httpx.MockTransport(reply))\n"
        "_cli.get_sync_client = lambda url, api_key: get_sync_client(http_client=mock)\n"
        "_cli.main(['search'])\n"
    )
    written = tmp_path / "out.json"
    with written.open("wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-c", script], stdout=stdout, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONIOENCODING": "cp1252"}, timeout=60,
        )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(written.read_text("cp1252")) == threads


def test_a_table_escapes_what_the_outputs_encoding_cannot_hold(cli: Invoke) -> None:
    wide = thread(status="☃", metadata={"smile": "😀"})
    server = Server(search=answering_json([wide]))
    result = cli(server, "--format", "table", "search", charset="latin-1")
    assert result.exit_code == 0, result.stderr
    heading, row = result.stdout.splitlines()
    assert row.split() == [T, "\\u2603", WHEN, WHEN, '{"smile":"\\U0001f600"}']
    assert heading.index("CREATED_AT") == row.index(WHEN)  # (measured as escaped)
    assert _cli.render({"☃": "Zoë ☃"}, "table", "cp1252") == "\\u2603\nZoë \\u2603"  # (headings)


def test_a_thread_as_a_table(cli: Invoke) -> None:
    long = {"note": "x" * 80}
    server = Server(**{T: thread(metadata=long)})
    lines = cli(server, "--format", "table", "get", T).stdout.splitlines()
    cell = json.dumps(long, separators=(",", ":"))[:57] + "..."  # cut at 60 characters
    assert lines == [
        # (each column as wide as its widest cell: an id, a date-time)
        f"{'THREAD_ID':{len(T)}}  STATUS  {'CREATED_AT':{len(WHEN)}}  "
        f"{'UPDATED_AT':{len(WHEN)}}  METADATA",
        f"{T}  idle    {WHEN}  {WHEN}  {cell}",
    ]


def test_a_cell_is_compact_json_as_it_is_cut_at_60_characters(cli: Invoke) -> None:
    assert _cli.table([{"ids": [T, COPY]}]).splitlines() == [
        "IDS",
        f'["{T}","{COPY}"]'[:57] + "...",
    ]
    assert _cli.table([{"m": {"user": "Zoë", "n": [1, 2]}}]).splitlines() == [
        "M",
        '{"user":"Zoë","n":[1,2]}',
    ]
    assert _cli.table([{"s": "x" * 60}, {"s": "y" * 61}]).splitlines() == [
        "S",
        "x" * 60,
        "y" * 57 + "...",
    ]


def test_a_state_as_a_table_has_a_column_a_key(cli: Invoke) -> None:
    # (Not the thread columns it shares, created_at and metadata: its values would not show.)
    result = cli(Server(state=STATE), "--format", "table", "state", T)
    assert result.stdout.split()[:4] == ["VALUES", "NEXT", "TASKS", "INTERRUPTS"]
    assert '{"count":1}' in result.stdout


def test_other_tables_have_a_column_a_key_or_say_none(cli: Invoke) -> None:
    # An id a row: in one cell, a list of ids was cut at 60 characters.
    assert cli(Server(), "--format", "table", "delete", T, COPY).stdout.splitlines() == [
        "DELETED",
        T,
        COPY,
    ]
    assert cli(Server(search=[]), "--format", "table", "search").stdout == "(none)\n"
    assert _cli.table([1, "two"]).splitlines() == ["VALUE", "1", "two"]
    # A boolean as in the JSON output (a count some servers send as true).
    assert _cli.table([{"count": True}, {"count": False}]).splitlines() == [
        "COUNT",
        "true",
        "false",
    ]
    # Every key of the first row; nothing for a null (and no spaces after the last cell).
    assert _cli.table([{"a": None, "b": "x"}, {"a": 12345, "b": None}]).splitlines() == [
        "A      B",
        "       x",
        "12345",
    ]


# status -> (exit status, error class named on stderr)
EXITS_BY_STATUS = {
    400: (5, "BadRequestError"),
    401: (6, "AuthenticationError"),
    403: (6, "PermissionDeniedError"),
    404: (3, "NotFoundError"),
    405: (5, "OperationNotOfferedError"),  # an APIStatusError
    409: (4, "ConflictError"),
    413: (5, "APIStatusError"),
    418: (5, "APIStatusError"),
    422: (5, "UnprocessableEntityError"),
    429: (7, "RateLimitError"),
    499: (5, "APIStatusError"),
    500: (8, "InternalServerError"),
    503: (8, "InternalServerError"),
    599: (8, "InternalServerError"),
    304: (1, "APIStatusError"),
}
# What stderr says after the class and status, when it is not the server's sentence alone.
MESSAGES = {
    405: "The server does not offer GET /threads/{thread_id} "
    "(it answered 405 Method Not Allowed: no such luck)",
}


def answering(answer: httpx.Response) -> Server:
    """A server that answers ``get T`` and ``count`` with ``answer``."""
    return Server(**{T: lambda request: answer, "count": lambda request: answer})


@pytest.mark.parametrize("status", list(EXITS_BY_STATUS))
def test_exit_status_by_error_status(cli: Invoke, status: int) -> None:
    code, kind = EXITS_BY_STATUS[status]
    result = cli(answering(httpx.Response(status, json={"detail": "no such luck"})), "get", T)
    assert (result.exit_code, result.stdout) == (code, "")
    assert result.stderr == f"error: {kind}: {status}: {MESSAGES.get(status, 'no such luck')}\n"


@pytest.mark.parametrize(
    ("failure", "code", "kind"),
    [
        (httpx.ConnectError("refused"), 9, "APIConnectionError"),
        (httpx.ReadTimeout("slow"), 9, "APITimeoutError"),
    ],
)
def test_exit_status_without_an_answer(
    cli: Invoke, failure: Exception, code: int, kind: str
) -> None:
    def fails(request: httpx.Request) -> httpx.Response:
        raise failure

    result = cli(Server(**{T: fails}), "get", T)
    assert (result.exit_code, result.stdout) == (code, "")
    assert result.stderr.startswith(f"error: {kind}: ")


def test_exit_status_for_an_answer_that_breaks_the_spec(cli: Invoke) -> None:
    result = cli(answering(httpx.Response(200, json={"detail": "not a thread"})), "get", T)
    assert (result.exit_code, result.stdout) == (10, "")
    assert result.stderr.startswith("error: APIResponseValidationError: ")


def test_exit_status_for_a_bad_argument(cli: Invoke) -> None:
    # (JSON that is not valid exits 2 too: test_json_that_is_not_valid_is_refused_...)
    server = Server()
    result = cli(server, "get", "..")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ValueError: ")
    assert server.requests == []  # (nothing is sent)


@pytest.mark.parametrize("url", ["http://host:abc", "http://[::1"])
def test_a_url_httpx_cannot_read_exits_two_in_one_line(cli: Invoke, url: str) -> None:
    result = cli(Server(), "--url", url, "count")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ValueError: url must be an absolute http(s) URL")


def test_certificates_that_cannot_be_loaded_are_one_line_exiting_one(tmp_path: Path) -> None:
    # (Loaded as the client is made, for an http:// URL too: the real client, no request.)
    not_certificates = tmp_path / "passwd"
    not_certificates.write_text("root:x:0:0:root:/root:/bin/sh\n")
    errors = {str(not_certificates): "SSLError:"}
    if Version(httpx.__version__) >= Version("0.28"):  # (0.27 passed over a missing file)
        errors[str(tmp_path / "missing.pem")] = "FileNotFoundError: [Errno 2]"
    for path, error in errors.items():
        result = CliRunner().invoke(
            _cli.cli, ["--url", "http://plain.test", "count"], env={"SSL_CERT_FILE": path}
        )
        assert (result.exit_code, result.stdout) == (1, "")
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"error: {error} SSL_CERT_FILE={path!r} could not be loaded: ")


def test_a_key_pasted_with_curly_quotes_is_one_line_naming_its_variable_not_it() -> None:
    # (Refused as the client is made: the real client, no request.)
    env = {"LANGGRAPH_API_KEY": "“lsv2_pasted”"}
    result = CliRunner().invoke(_cli.cli, ["--url", "http://plain.test", "count"], env=env)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "error: ValueError: LANGGRAPH_API_KEY holds a character that is not ASCII (curly quotes"
        " pasted along?), which httpx cannot send in a header (key not shown)\n"
    )


def test_success_exits_zero(cli: Invoke) -> None:
    result = cli(answering(httpx.Response(200, json=4)), "count")
    assert (result.exit_code, result.stdout) == (0, "4\n")


def test_readme_table_is_the_one_the_command_line_uses() -> None:
    section = README.read_text().split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M)
    documented = {int(code): text for code, text in rows}
    assert sorted(documented) == [*range(11), _cli.INTERRUPTED]
    for status, (code, _) in EXITS_BY_STATUS.items():
        assert str(status) in documented[code] or (f"{status // 100}xx" in documented[code]), (
            f"{status} exits {code}, which the README does not say"
        )


def interrupted(*args: Any, **kwargs: Any) -> NoReturn:
    """What Ctrl-C makes of a call."""
    raise KeyboardInterrupt


def test_ctrl_c_exits_130_but_ends_join_as_a_watch_ends(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SyncThreadsClient, "get", interrupted)
    monkeypatch.setattr(SyncThreadsClient, "join_stream", interrupted)
    result = cli(Server(), "get", T)
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "Interrupted.\n")
    result = cli(Server(), "join", T)
    assert (result.exit_code, result.stderr) == (0, "")


def test_ctrl_c_as_the_output_is_written_exits_130(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large result written to a slow reader (``| less``): click's "Aborted!" exited 1."""
    monkeypatch.setattr(_cli, "render", interrupted)
    result = cli(Server(), "get", T)
    assert (result.exit_code, result.stderr) == (130, "Interrupted.\n")


def test_timeout_and_max_retries_are_the_clients(cli: Invoke) -> None:
    server = Server()
    assert output(cli(server, "--timeout", "2.5", "--max-retries", "0", "get", T)) == thread()
    assert server.options == {"timeout": 2.5, "max_retries": 0}
    cli(server, "get", T)
    assert server.options == {}  # (the library's defaults)
    for bad in (["--timeout", "0"], ["--timeout", "-1"], ["--max-retries", "-1"]):
        result = cli(Server(), *bad, "get", T)
        assert result.exit_code == 2, bad


class Unwritable(io.StringIO):
    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, text: str) -> int:
        raise self.error


def test_output_that_cannot_be_written(monkeypatch: pytest.MonkeyPatch) -> None:
    stderr = io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    monkeypatch.setattr("sys.stdout", Unwritable(BrokenPipeError(32, "Broken pipe")))
    with pytest.raises(SystemExit) as caught, _cli.writing():
        click.echo("a thread")
    assert (caught.value.code, stderr.getvalue()) == (1, "")  # (a reader gone: quietly)
    monkeypatch.setattr("sys.stdout", Unwritable(OSError(28, "No space left on device")))
    with pytest.raises(SystemExit) as caught, _cli.writing():
        click.echo("a thread")
    assert caught.value.code == 1
    assert stderr.getvalue() == "error: OSError: [Errno 28] No space left on device\n"


# Each command's arguments, and the answers that bring it to its output (every command: a
# command added without its row fails the test below).
EVERY_COMMAND: dict[str, tuple[list[str], dict[str, Any]]] = {
    "get": ([T], {}),
    "create": ([], {}),
    "update": ([T, "--metadata", "{}"], {}),
    "delete": ([T], {}),
    "search": ([], {"search": [thread()]}),
    "count": ([], {"count": 3}),
    "copy": ([T], {}),
    "prune": ([T], {"prune": {"pruned_count": 1}}),
    "state": ([T], {"state": STATE}),
    "history": ([T], {"history": [STATE]}),
    "join": ([T, "--max-events", "1"], {"stream": events(RUN)}),
}


@pytest.mark.parametrize("command", sorted(_cli.cli.commands))
def test_every_commands_output_that_cannot_be_written_is_an_error_line(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    args, answers = EVERY_COMMAND[command]
    server = Server(**answers)
    assert cli(server, command, *args).exit_code == 0
    # (The command line's client stays on ``server``: the same command, on a full disk.)
    stderr = io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    monkeypatch.setattr("sys.stdout", Unwritable(OSError(28, "No space left on device")))
    with pytest.raises(SystemExit) as caught:
        _cli.main([command, *args])
    assert caught.value.code == 1
    assert stderr.getvalue() == "error: OSError: [Errno 28] No space left on device\n"


def test_errors_that_are_no_status_exit_one() -> None:
    assert exit_code(APIError("odd", request=None, body=None)) == 1
    assert exit_code(RuntimeError("closed")) == 1
    assert exit_code(ValueError("bad id")) == 2


def test_an_error_is_one_line_naming_its_class() -> None:
    stderr = io.StringIO()
    for error, shown in [
        (ValueError("first line\nsecond line"), "error: ValueError: first line second line"),
        (ValueError(), "error: ValueError: ValueError"),
        (ValueError("\n \nafter blank lines\r\nmore"), "error: ValueError: after blank lines more"),
        (ValueError("\n  \n"), "error: ValueError: ValueError"),
        (ValueError("\n\t\n   indented\r"), "error: ValueError: indented"),
        (
            ValueError("1 validation error for X\nlimit\n  Input should be a valid integer"),
            "error: ValueError: 1 validation error for X limit Input should be a valid integer",
        ),
        # (Only line breaks end a line: other controls are shown escaped, at its ends too.)
        (ValueError("\x1cThread x\x85\n"), "error: ValueError: \\u001cThread x\\u0085"),
        (
            ValueError("Thread 'a\x1cb' not found"),
            "error: ValueError: Thread 'a\\u001cb' not found",
        ),
        # A message longer than a line shows: its start (the error holds it whole).
        (ValueError("x" * 1000), "error: ValueError: " + "x" * 1000),
        (ValueError("x" * 5000 + " END"), "error: ValueError: " + "x" * 999 + "\u2026"),
    ]:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stderr", stderr)
            with pytest.raises(SystemExit) as caught:
                _cli.fail(error)
        assert caught.value.code == 2
        assert stderr.getvalue().splitlines()[-1] == shown


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_nothing_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    assert list(_cli.progress(iter("abc"), "Counting", 3)) == ["a", "b", "c"]
    assert pipe.getvalue() == ""
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    letters = (letter for letter in "abc")  # (no length of its own: the one given is shown)
    assert list(_cli.progress(letters, "Counting", 3)) == ["a", "b", "c"]
    assert "Counting" in terminal.getvalue()
    assert "100%" in terminal.getvalue()


def test_main_is_the_langgraph_threads_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as caught:
        _cli.main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"langgraph-threads, version {__version__}\n"
    monkeypatch.setattr("sys.argv", ["langgraph-threads", "--version"])  # (as installed)
    with pytest.raises(SystemExit) as caught:
        _cli.main()
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"langgraph-threads, version {__version__}\n"
    with pytest.raises(SystemExit):
        _cli.main(["--help"])
    assert capsys.readouterr().out.startswith("Usage: langgraph-threads [OPTIONS] COMMAND")


def test_the_help_says_what_each_command_does_under_python_oo() -> None:
    # (python -OO drops docstrings: help that came from them would be empty.)
    helps = (
        "from langgraph_threads_client import _cli\n"
        "print(repr([_cli.cli.help, *(c.help for c in _cli.cli.commands.values())]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-OO", "-c", helps], capture_output=True, text=True, timeout=60
    )
    assert done.stderr == ""
    expected = [_cli.cli.help, *(command.help for command in _cli.cli.commands.values())]
    assert all(expected)
    assert done.stdout == f"{expected!r}\n"
    usage = subprocess.run(
        [sys.executable, "-OO", "-m", "langgraph_threads_client", "--help"],
        capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "COLUMNS": "80"},  # (a narrower terminal wraps the usage line)
    ).stdout  # fmt: skip
    assert usage.splitlines()[2:4] == ["  Manage LangGraph threads from the command line.", ""]
    assert "  get      Show a thread.\n" in usage


def test_the_version_is_the_packages_own_without_install_metadata() -> None:
    # (A checkout on PYTHONPATH, never installed: no distribution to read a version from.)
    # (Only this package's metadata missing: what else is installed keeps its own.)
    uninstalled = (
        "import importlib.metadata as metadata, runpy\n"
        "installed = metadata.version\n"
        "def version(name):\n"
        "    if name.replace('_', '-').lower() == 'langgraph-threads-client':\n"
        "        raise metadata.PackageNotFoundError(name)\n"
        "    return installed(name)\n"
        "metadata.version = version\n"
        "runpy.run_module('langgraph_threads_client', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", uninstalled, "--version"], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"langgraph-threads, version {__version__}\n"


def test_without_click_the_command_line_says_what_to_install() -> None:
    # (click is the cli extra's: an install without it gets one line, not a traceback.)
    blocked = (
        "import runpy, sys; sys.modules['click'] = None; "
        "runpy.run_module('langgraph_threads_client', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", blocked, "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == 'The command line needs click: pip install "click>=8.1"\n'


# What a server could write to a terminal: the clipboard (OSC 52), the window's title, a line
# cleared and rewritten in green, an 8-bit CSI, text reordered by a bidirectional override.
HOSTILE = "\x1b]52;c;ZWNobw==\x07\x1b]0;title\x07\x1b[2K\x1b[32mdeleted\x1b[0m \x9b31m \u202egnp"
ESCAPED = (
    "\\u001b]52;c;ZWNobw==\\u0007\\u001b]0;title\\u0007\\u001b[2K\\u001b[32mdeleted\\u001b[0m"
    " \\u009b31m \\u202egnp"
)


def test_a_servers_text_cannot_drive_the_terminal(cli: Invoke) -> None:
    def hostile_error(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"detail": HOSTILE})

    failed = cli(Server(**{T: hostile_error}), "get", T)
    assert failed.stderr == f"error: NotFoundError: 404: {ESCAPED}\n"

    server = Server(**{T: thread(status=HOSTILE, metadata={"note": HOSTILE})})
    table = cli(server, "--format", "table", "get", T).stdout
    assert not {"\x1b", "\x9b", "\u202e"} & set(table)
    assert ESCAPED[:57] in table  # (the status, escaped and clipped)

    as_json = cli(server, "get", T).stdout
    assert not {"\x1b", "\x9b", "\u202e"} & set(as_json)
    assert json.loads(as_json)["metadata"]["note"] == HOSTILE  # (the same JSON)

    # A state's columns are its keys, the server's text too (upper-cased, then escaped).
    keyed = cli(Server(state={**STATE, HOSTILE: 1}), "--format", "table", "state", T).stdout
    assert not {"\x1b", "\x9b", "\u202e"} & set(keyed)
    assert shown_upper(HOSTILE) in keyed.splitlines()[0]


def shown_upper(text: str) -> str:
    """A heading as a table shows it: upper-cased, then its controls escaped."""
    return re.sub(r"\\u[0-9a-f]{4}", lambda u: u[0].lower(), _cli.shown(text.upper()))


def test_answers_nested_as_deep_as_answers_are_read_are_printed(cli: Invoke) -> None:
    # (1,000 levels, where answers are read to, and json's indented output needs a frame a
    # level or more: past Python's default recursion limit.)
    deep = "[" * 1000 + "]" * 1000
    body = json.dumps(thread(metadata={"n": "deep"})).replace('"deep"', deep)

    def answer(request: httpx.Request) -> httpx.Response:  # (written out: json's own too deep)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    server = Server(**{T: answer})
    for output in ("json", "table"):
        result = cli(server, "--format", output, "get", T)
        assert (result.exit_code, result.stderr) == (0, ""), output
    printed = re.sub(r"\s", "", cli(server, "get", T).stdout)
    assert f'"metadata":{{"n":{deep}}}' in printed
    limit = sys.getrecursionlimit()
    assert cli(server, "get", T).exit_code == 0
    assert sys.getrecursionlimit() == limit  # (restored)


def test_an_answer_too_deep_to_print_is_an_error_line(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli, "SHOWN_DEPTH", 100)
    deep: Any = []
    # (Past every limit json's encoder meets: Python's recursion limit, and from 3.13 on the
    # C stack's own, which it checks instead, about ten thousand.)
    for _ in range(100_000):
        deep = [deep]
    server = Server(**{T: thread()})
    monkeypatch.setattr(_cli, "to_json", lambda value: {"n": deep})  # (past any answer read)
    result = cli(server, "get", T)
    assert (result.exit_code, result.stderr) == (
        10,
        "error: the answer is nested too deep to print\n",
    )
    assert result.stdout == ""
