"""The README's Python examples that say they run in the test suite, run against the server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.live

README = Path(__file__).resolve().parents[2] / "README.md"


def examples(section: str) -> list[str]:
    text = README.read_text()
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, re.S)


def run_example(block: str, url: str, script: Path) -> subprocess.CompletedProcess[str]:
    """Run a README example as a script against the server (an unclosed socket fails it)."""
    script.write_text(block)
    return subprocess.run(
        [sys.executable, "-W", "error::ResourceWarning", str(script)],
        env={**os.environ, "LANGGRAPH_URL": url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_paging_options_and_raw_response_examples(live_url: str, tmp_path: Path) -> None:
    blocks = examples("Paging, per-call options, raw responses")
    assert blocks, "the section lost its examples"
    for n, block in enumerate(blocks):
        result = run_example(block, live_url, tmp_path / f"example_{n}.py")
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert "[4, 3, 2, 1, 0]" in lines  # the history walk, newest first
        assert any(line.startswith("200 ") for line in lines)  # the captured raw response


def test_http_stacks_example(live_url: str, tmp_path: Path) -> None:
    [block] = examples("HTTP stacks: httpx and httpx2")
    result = run_example(block, live_url, tmp_path / "example.py")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["{'stack': 'httpx2'}"]


def test_command_line_examples(live_url: str) -> None:
    import httpx

    from langgraph_threads_client import get_sync_client

    section = README.read_text().split("## The command line", 1)[1]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    commands = [line for line in blocks[0].splitlines() if line.startswith("langgraph-threads ")]
    assert len(commands) >= 12
    with get_sync_client(url=live_url) as client:
        thread = client.threads.create(graph_id="counter")
        others = [client.threads.create().thread_id for _ in range(2)]
    httpx.post(
        f"{live_url}/threads/{thread.thread_id}/runs/wait",
        json={"assistant_id": "counter", "input": {"count": 0}, "stream_resumable": True},
        timeout=30,
    ).raise_for_status()
    cli = f"{sys.executable} -m langgraph_threads_client"
    has_jq = subprocess.run(["sh", "-c", "command -v jq"], capture_output=True).returncode == 0
    for command in commands:
        line = command.split("   #", 1)[0]
        line = line.replace("THREAD_ID", thread.thread_id)
        line = line.replace("ANOTHER_ID", others[1]).replace("OTHER_ID", others[0])
        if not has_jq:
            line = line.split(" | jq", 1)[0]
        result = subprocess.run(
            ["sh", "-c", line.replace("langgraph-threads", cli, 1)],
            env={**os.environ, "LANGGRAPH_URL": live_url},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        assert result.stdout.strip(), command


def test_migration_examples(live_url: str, tmp_path: Path) -> None:
    blocks = examples("Migrating from `langgraph_sdk`")
    assert blocks, "the section lost its examples"
    for n, block in enumerate(blocks):
        script = tmp_path / f"migration_{n}.py"
        script.write_text(block)
        result = subprocess.run(
            [sys.executable, str(script)],
            env={**os.environ, "LANGGRAPH_URL": live_url},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == ["{", "1 True"]  # the JSON; the count after one run
