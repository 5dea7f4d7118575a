"""The command line, run as a subprocess against the real server (and in a real terminal)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.live

UNKNOWN = "00000000-0000-4000-8000-000000000000"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "langgraph_threads_client", *args]


def environment(live_url: str) -> dict[str, str]:
    """This process's environment with the server's URL and no API key."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    return {**env, "LANGGRAPH_URL": live_url}


def cli(live_url: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command(*args),
        env=environment(live_url),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def cli_json(live_url: str, *args: str) -> Any:
    return json.loads(cli(live_url, *args).stdout)


def test_every_command(live_url: str) -> None:
    tag = uuid.uuid4().hex
    thread = cli_json(
        live_url, "create", "--metadata", json.dumps({"tag": tag}), "--graph-id", "counter"
    )
    tid = thread["thread_id"]
    assert thread["metadata"] == {"tag": tag, "graph_id": "counter"}
    assert cli_json(live_url, "get", tid)["thread_id"] == tid
    assert cli_json(live_url, "update", tid, "--metadata", '{"step": 1}')["metadata"]["step"] == 1

    httpx.post(
        f"{live_url}/threads/{tid}/runs/wait",
        json={"assistant_id": "counter", "input": {"count": 0}, "stream_resumable": True},
        timeout=30,
    ).raise_for_status()
    assert cli_json(live_url, "state", tid)["values"] == {"messages": ["step 1"], "count": 1}
    assert len(cli_json(live_url, "history", tid, "--limit", "1")) == 1
    assert len(cli_json(live_url, "history", tid, "--all", "--limit", "1")) >= 2

    for _ in range(11):
        cli(live_url, "create", "--metadata", json.dumps({"tag": tag, "bulk": True}))
    every = cli_json(
        live_url, "search", "--all", "--page-size", "4", "--metadata", json.dumps({"tag": tag})
    )
    assert len(every) == 12
    assert len({t["thread_id"] for t in every}) == 12
    assert (
        len(cli_json(live_url, "search", "--limit", "5", "--metadata", json.dumps({"tag": tag})))
        == 5
    )
    assert cli(live_url, "count", "--metadata", json.dumps({"tag": tag})).stdout.strip() == "12"

    copied = cli_json(live_url, "copy", tid)["thread_id"]
    assert copied != tid
    bulk = [t["thread_id"] for t in every if t["metadata"].get("bulk")]
    assert cli_json(live_url, "prune", *bulk, "--batch-size", "5") == {"pruned_count": 11}
    assert cli_json(live_url, "delete", copied) == {"deleted": [copied]}

    events = cli(live_url, "join", tid, "--last-event-id", "-", "--until-run-done").stdout
    parsed = [json.loads(line) for line in events.splitlines()]
    assert parsed[0]["event"] == "metadata"
    assert parsed[-1]["data"]["status"] == "run_done"


def test_table_output(live_url: str) -> None:
    tid = cli_json(live_url, "create", "--metadata", '{"who": "table"}')["thread_id"]
    lines = cli(live_url, "--format", "table", "get", tid).stdout.splitlines()
    assert lines[0].split() == ["THREAD_ID", "STATUS", "CREATED_AT", "UPDATED_AT", "METADATA"]
    assert lines[1].startswith(tid)
    assert '{"who":"table"}' in lines[1]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["get", UNKNOWN], 3, "error: NotFoundError: 404: Thread with ID"),
        (["copy", UNKNOWN], 4, "error: ConflictError: 409"),
        (["get", "not-a-uuid"], 5, "error: UnprocessableEntityError: 422"),
        (["get", ".."], 2, "error: ValueError: thread_id must not be a dot segment"),
        (["create", "--metadata", "{not json"], 2, "not valid JSON"),
        (["--url", "http://127.0.0.1:9", "count"], 9, "error: APIConnectionError"),
    ],
)
def test_errors_are_one_line_with_an_exit_code_by_class(
    live_url: str, args: list[str], code: int, message: str
) -> None:
    result = cli(live_url, *args, check=False)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert result.stdout == ""
    if code != 2:
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_progress_bar_and_table_in_a_real_terminal(live_url: str, tmp_path: Any) -> None:
    tag = uuid.uuid4().hex
    for _ in range(6):
        cli(live_url, "create", "--metadata", json.dumps({"tag": tag}))
    session = f"lgtc-{tag[:8]}"
    done = tmp_path / "done"
    metadata = json.dumps({"tag": tag})
    command = (
        f"LANGGRAPH_URL={live_url} {sys.executable} -m langgraph_threads_client --format table "
        f"search --all --page-size 2 --metadata '{metadata}'; touch {done}; sleep 30"
    )
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "220", "-y", "40", command], check=True
    )
    try:
        deadline = time.monotonic() + 60
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        screen = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", session],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    assert done.exists(), screen
    assert "Fetching threads" in screen  # the bar is drawn on a terminal...
    assert "100%" in screen
    assert "THREAD_ID" in screen  # ...and the table follows
    assert screen.count("idle") == 6


def test_no_progress_bar_in_a_pipe(live_url: str) -> None:
    result = cli(live_url, "search", "--all", "--page-size", "2")
    assert "Fetching" not in result.stderr
    json.loads(result.stdout)


def run_into(live_url: str, stdout: Any, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(*args),
        env=environment(live_url),
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_reader_gone_ends_a_command_quietly(live_url: str) -> None:
    # (As `| head -n 1` does once it has its line: here before the first.)
    process = run_into(live_url, subprocess.PIPE, "search", "--limit", "1")
    assert process.stdout is not None
    process.stdout.close()
    _, stderr = process.communicate(timeout=120)
    assert (process.returncode, stderr) == (1, "")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_output_that_cannot_be_written_is_an_error_line(live_url: str) -> None:
    with open("/dev/full", "w") as full:
        process = run_into(live_url, full, "search", "--limit", "1")
        _, stderr = process.communicate(timeout=120)
    assert process.returncode == 1
    assert stderr == "error: OSError: [Errno 28] No space left on device\n"
