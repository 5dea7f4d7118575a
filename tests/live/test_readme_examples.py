"""Every Python example of the README, every command of its command-line section and every
script of examples/ (make demo's, and the others) runs against the real server: an example
that breaks, or a tool it needs that is missing, fails. (make floors runs examples/ again on the
oldest dependencies pyproject.toml allows.)"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from langgraph_threads_client import get_sync_client

pytestmark = pytest.mark.live

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLES = sorted((README.parent / "examples").glob("*.py"))
# The address the README's examples use; the test server's replaces it.
README_URL = "http://localhost:2024"


# Fragments that need names from around them (a client, a thread id): each runs in the test
# named here, with those names given.
FRAGMENTS = {"Errors": "tests/migration/test_errors_and_requests.py"}


def sections() -> dict[str, str]:
    """The README's sections and subsections by title (a section's text stops at its first
    subsection)."""
    parts = re.split(r"^#{2,3} ", README.read_text(), flags=re.M)
    return {part.split("\n", 1)[0]: part for part in parts[1:]}


def all_python_examples() -> list[tuple[str, str]]:
    return [
        (f"{title}-{n}", block)
        for title, body in sections().items()
        for n, block in enumerate(re.findall(r"```python\n(.*?)```", body, re.S))
    ]


def python_examples() -> list[tuple[str, str]]:
    """Every Python example that is a whole script."""
    return [
        (name, block)
        for name, block in all_python_examples()
        if name.rsplit("-", 1)[0] not in FRAGMENTS
    ]


def run_python(block: str, live_url: str, tmp_path: Path, *args: str) -> list[str]:
    script = tmp_path / "example.py"
    script.write_text(block.replace(README_URL, live_url))
    return run_script(script, live_url, *args)


def run_script(script: Path, live_url: str, *args: str) -> list[str]:
    """The lines ``script`` prints, run against the server; it must end well."""
    result = subprocess.run(
        # An unclosed socket fails the example.
        [sys.executable, "-W", "error::ResourceWarning", str(script), *args],
        env={**os.environ, "LANGGRAPH_URL": live_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def finished_run(live_url: str) -> str:
    """A thread of the counter graph with one finished, resumable run."""
    with get_sync_client(url=live_url) as client:
        thread_id = client.threads.create(graph_id="counter").thread_id
    httpx.post(
        f"{live_url}/threads/{thread_id}/runs/wait",
        json={"assistant_id": "counter", "input": {"count": 0}, "stream_resumable": True},
        timeout=30,
    ).raise_for_status()
    return thread_id


def test_the_readme_has_python_examples_in_every_usage_section() -> None:
    titles = {name.rsplit("-", 1)[0] for name, _ in python_examples()}
    assert {
        "Use it from a script (sync)",
        "Use it from async code",
        "Paging, per-call options, raw responses",
        "Watching a thread live: `join_stream`",
        "Migrating from `langgraph_sdk`",
        "HTTP stacks: httpx and httpx2",
    } <= titles
    # Every fragment is one block, and its section names the test that runs it.
    for title, test_file in FRAGMENTS.items():
        assert [name for name, _ in all_python_examples() if name.rsplit("-", 1)[0] == title] == [
            f"{title}-0"
        ]
        assert test_file in sections()[title]
        test_source = (README.parent / test_file).read_text()
        assert f'split("### {title}", 1)' in test_source


@pytest.mark.parametrize(("name", "block"), python_examples(), ids=lambda v: str(v)[:40])
def test_python_example_runs(name: str, block: str, live_url: str, tmp_path: Path) -> None:
    lines = run_python(block, live_url, tmp_path, finished_run(live_url))
    if name.startswith("Use it from a script"):
        assert lines[-1].startswith("404 ")  # the NotFoundError the example catches
        assert lines[1] == "1 " + lines[1].split()[1]  # state.values["count"], checkpoint id
    elif name.startswith("Paging"):
        assert "[4, 3, 2, 1, 0]" in lines  # the history walk, newest first
        assert any(line.startswith("200 ") for line in lines)  # the captured raw response
    elif name.startswith("Watching"):
        assert lines[0].startswith("metadata {")
        assert lines[-1].startswith("metadata {")
        assert "'run_done'" in lines[-1]
    elif name.startswith("HTTP stacks"):
        assert lines == ["{'stack': 'httpx2'}"]
    elif name.startswith("Inside a LangGraph server"):
        # A graph module: as a script it only builds its graph. It runs in the test server,
        # as graph "readme" (tests/migration/test_in_server.py).
        assert lines == []
    elif name.startswith("Migrating"):
        assert lines == ["{", "1 True"]  # the JSON's first character; the count after one run
    else:
        assert name.startswith("Use it from async code")
        assert lines == []  # it prints nothing; returning 0 is the check


def test_command_line_examples(live_url: str) -> None:
    blocks = re.findall(r"```sh\n(.*?)```", sections()["The command line"], re.S)
    lines = [line for line in blocks[0].splitlines() if line.strip()]
    assert lines[0] == f"export LANGGRAPH_URL={README_URL}"
    commands = lines[1:]
    assert all(line.startswith("langgraph-threads ") for line in commands), commands
    assert len(commands) >= 12
    thread_id = finished_run(live_url)
    with get_sync_client(url=live_url) as client:
        others = [client.threads.create().thread_id for _ in range(2)]
    # The virtual environment first: its `langgraph-threads` and `python3`, nothing else.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    for command in commands:
        line = command.split("   #", 1)[0]
        line = line.replace("THREAD_ID", thread_id)
        line = line.replace("ANOTHER_ID", others[1]).replace("OTHER_ID", others[0])
        result = subprocess.run(
            ["sh", "-c", line],
            env={**os.environ, "LANGGRAPH_URL": live_url, "PATH": path},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"{command}\n{result.stderr}"
        assert result.stdout.strip(), command
        if "| python3" in line:
            ids = result.stdout.split()
            assert ids
            assert all(re.fullmatch(r"[0-9a-f-]{36}", i) for i in ids), result.stdout


def test_there_are_example_scripts() -> None:
    assert {path.name for path in EXAMPLES} >= {"threads_demo.py", "async_threads.py"}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_an_example_script_runs_to_its_end(live_url: str, example: Path) -> None:
    lines = run_script(example, live_url)
    # Each step printed its answer; the last one reads the deleted thread, refused.
    assert len(lines) >= 7, lines
    assert "NotFoundError 404" in lines[-1], lines
