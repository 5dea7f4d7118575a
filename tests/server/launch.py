"""Start ``langgraph dev`` (in-memory runtime) with the test graph on a free port.

As a library: ``with running_server() as url: ...``. As a command, it runs another command
with ``LANGGRAPH_URL`` set to the server and stops the server afterwards::

    python -m tests.server.launch -- python examples/threads_demo.py
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import httpx

from tests.server.guard import on_termination, start_guarded, stop_guarded

HERE = Path(__file__).resolve().parent
STARTUP_TIMEOUT_S = 120.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _langgraph_executable() -> str:
    # Prefer the one installed next to this interpreter (the project's virtual environment).
    beside = Path(sys.executable).parent / "langgraph"
    found = str(beside) if beside.exists() else shutil.which("langgraph")
    if found is None:
        raise RuntimeError(
            "`langgraph` not found: install the test extra (pip install -e '.[test]')"
        )
    return found


def _write_graphs(scratch: Path) -> None:
    """The test graph, and graph code that calls this client in-process, which only a server
    in this client's environment can load (the other servers get langgraph.json): the
    loopback graph and the README's example of it."""
    for name in ("graph.py", "loopback_graph.py"):
        shutil.copy(HERE / name, scratch)
    (scratch / "readme_graph.py").write_text(readme_in_server_example())
    config = json.loads((HERE / "langgraph.json").read_text())
    config["graphs"]["loopback"] = "./loopback_graph.py:graph"
    config["graphs"]["loopback_join"] = "./loopback_graph.py:join_graph"
    config["graphs"]["readme"] = "./readme_graph.py:graph"
    (scratch / "langgraph.json").write_text(json.dumps(config))


def readme_in_server_example() -> str:
    """The graph module of the README's "Inside a LangGraph server"."""
    section = (HERE.parents[1] / "README.md").read_text().split("### Inside a LangGraph server")[1]
    example = re.search(r"```python\n(.*?)```", section.split("\n### ", 1)[0], re.S)
    if example is None:
        raise RuntimeError("README: no example under 'Inside a LangGraph server'")
    return example[1]


@contextlib.contextmanager
def running_server(*, log_path: Path | None = None) -> Iterator[str]:
    """Yield the base URL of a fresh in-memory server; stop it on exit."""
    with tempfile.TemporaryDirectory(prefix="langgraph-test-server-") as scratch:
        # `langgraph dev` resolves graph paths and writes `.langgraph_api/` relative to its
        # working directory, so it runs in a scratch copy of the graph folder.
        _write_graphs(Path(scratch))
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        command = [
            _langgraph_executable(),
            "dev",
            "--no-browser",
            "--no-reload",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--config",
            "langgraph.json",
        ]
        log = log_path or Path(scratch) / "server.log"
        with guarded(command, cwd=scratch, env=server_env(), ready=answers(f"{url}/ok"), log=log):
            yield url


def server_env() -> dict[str, str]:
    """This process's environment, for a test server: no tracing nor analytics (no network
    beyond the machine), no API key (a server that reads one would require it), and no
    ``VIRTUAL_ENV`` (each server runs from its own environment's executables, which a
    variable naming another would contradict)."""
    env = {
        **os.environ,
        "LANGSMITH_TRACING": "false",
        "LANGCHAIN_TRACING_V2": "false",
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


@contextlib.contextmanager
def guarded(
    command: list[str],
    *,
    cwd: str,
    env: Mapping[str, str],
    ready: Callable[[], bool],
    log: Path,
    timeout: float = STARTUP_TIMEOUT_S,
) -> Iterator[None]:
    """Run ``command`` behind a guard (see guard.py), its output to ``log``, until the block
    ends, which starts once ``ready()`` says the server is up."""
    with open(log, "wb") as out:
        process = start_guarded(command, cwd=cwd, env=env, output=out)
        try:
            _wait_until_ready(ready, process, log, timeout)
            yield
        finally:
            stop_guarded(process)


def answers(url: str) -> Callable[[], bool]:
    """Whether ``url`` answers 200, asked each time the returned function is called."""

    def answered() -> bool:
        try:
            return httpx.get(url, timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    return answered


def _wait_until_ready(
    ready: Callable[[], bool], process: subprocess.Popen[bytes], log: Path, timeout: float
) -> None:
    """Wait until ``ready()``; raise with the end of the log if ``process`` exits first or
    ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text()[-4000:]
            raise RuntimeError(f"the server exited with {process.returncode}:\n{tail}")
        if ready():
            return
        time.sleep(0.25)
    raise RuntimeError(f"not ready within {timeout:.0f} s:\n{log.read_text()[-4000:]}")


def exit_on_termination() -> None:
    """A SIGTERM or SIGHUP ends this process as an exit does, its servers stopped."""
    on_termination(_exit_on_signal)


def _exit_on_signal(signum: int, frame: object) -> None:
    sys.exit(128 + signum)


def main(argv: list[str]) -> int:
    exit_on_termination()
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    with running_server() as url:
        return run_against("LangGraph API server (in memory)", url, argv)


def run_against(name: str, url: str, command: list[str]) -> int:
    """Run ``command`` with ``LANGGRAPH_URL`` set to the server ``name`` at ``url``; its
    exit code."""
    print(f"{name} at {url}", flush=True)
    return subprocess.call(command, env={**os.environ, "LANGGRAPH_URL": url})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
