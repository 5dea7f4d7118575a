"""Every server of the threads API this client is checked against, started on demand.

* ``langgraph-api`` releases (``langgraph dev``, in memory), each in its own virtual
  environment under ``.compat/venvs/`` (git-ignored), built with pip the first time;
* Aegra (PostgreSQL-backed), with a private PostgreSQL cluster on a free loopback port.

``make cassettes`` records the replay cassettes from each of them and ``make compat`` runs the
walkthrough against each live (``scripts/compat.py``). As a command::

    python -m tests.server.fleet build          # build every server's venv
    python -m tests.server.fleet run aegra-0.11.0 -- python my_script.py   # LANGGRAPH_URL set
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from tests.server.launch import (
    HERE,
    answers,
    exit_on_termination,
    free_port,
    guarded,
    run_against,
    running_server,
    server_env,
)

ROOT = HERE.parents[1]
VENVS = ROOT / ".compat" / "venvs"
STARTUP_TIMEOUT_S = 180.0


@dataclass(frozen=True)
class Server:
    """One server version: how to install it and what it offers."""

    key: str  # file names: cassettes, venvs
    title: str  # tables
    kind: str  # "langgraph" or "aegra"
    packages: tuple[str, ...] = ()
    # Operations this server does not offer (the walkthrough expects a typed error there).
    not_offered: frozenset[str] = frozenset()
    # Walkthrough steps the server refuses, with the outcome (tests/walkthrough.py).
    refuses: Mapping[str, str] = field(default_factory=dict)
    # Older Aegra (0.8.6 here) migrates its database as it starts; its command line has no `db`.
    migrates_at_startup: bool = False

    @property
    def venv(self) -> Path | None:
        """None for the current release: it is the one installed in the project's venv."""
        return None if not self.packages else VENVS / self.key


SERVERS: tuple[Server, ...] = (
    Server(
        "langgraph-api-0.2.125",
        "langgraph-api 0.2.125",
        "langgraph",
        # pip picks langgraph-runtime-inmem 0.6.13, which imports a name 0.2.125 lacks.
        ("langgraph-cli[inmem]", "langgraph-api==0.2.125", "langgraph-runtime-inmem==0.6.12"),
        frozenset({"count", "prune", "get_storage", "join_stream"}),
    ),
    Server(
        "langgraph-api-0.6.39",
        "langgraph-api 0.6.39",
        "langgraph",
        ("langgraph-cli[inmem]", "langgraph-api==0.6.39"),
        frozenset({"prune", "get_storage"}),
    ),
    # The release pinned for the test suite, run from the project's own venv.
    Server(
        "langgraph-api-current", f"langgraph-api {metadata.version('langgraph-api')}", "langgraph"
    ),
    Server(
        "aegra-0.8.6",
        "Aegra 0.8.6",
        "aegra",
        # An older Aegra: no prune (405), and a search's select ignored (whole threads).
        ("aegra-api==0.8.6", "aegra-cli==0.8.6"),
        frozenset({"count", "copy", "get_storage", "join_stream", "prune"}),
        migrates_at_startup=True,
    ),
    Server(
        "aegra-0.11.0",
        "Aegra 0.11.0",
        "aegra",
        ("aegra-api==0.11.0", "aegra-cli==0.11.0"),
        frozenset({"count", "copy", "get_storage", "join_stream"}),
        # 422 "select projection is not supported" (the official SDK fails the same way).
        {"search (select)": "fails: UnprocessableEntityError 422"},
    ),
)
BY_KEY = {server.key: server for server in SERVERS}


def _run(command: list[str], **kwargs: object) -> None:
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def aegra_python() -> str:
    """A Python 3.12+ interpreter (Aegra needs one): $AEGRA_PYTHON, PATH, or pyenv."""
    check = "import sys; sys.exit(sys.version_info < (3, 12))"
    candidates = [os.environ.get("AEGRA_PYTHON"), "python3.13", "python3.12"]
    for candidate in candidates:
        found = candidate and shutil.which(candidate)
        if found and subprocess.run([found, "-c", check], capture_output=True).returncode == 0:
            return found
    if shutil.which("pyenv"):
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
        versions = subprocess.run(
            ["pyenv", "versions", "--bare"], capture_output=True, text=True
        ).stdout.split()
        for version in sorted(versions, reverse=True):
            parts = version.split(".")
            if len(parts) >= 2 and parts[0] == "3" and parts[1].isdigit() and int(parts[1]) >= 12:
                return str(Path(root) / "versions" / version / "bin" / "python3")
    raise RuntimeError("Aegra needs Python >= 3.12: set AEGRA_PYTHON to one")


def ensure_venv(server: Server) -> Path:
    """The server's virtual environment, built (once) with pip; returns its bin folder."""
    venv = server.venv
    if venv is None:
        return Path(sys.executable).parent
    marker = venv / ".installed"
    wanted = "\n".join(server.packages)
    if marker.exists() and marker.read_text() == wanted:
        return venv / "bin"
    python = aegra_python() if server.kind == "aegra" else sys.executable
    print(f"building {venv} ({' '.join(server.packages)}) ...", file=sys.stderr, flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    _run([python, "-m", "venv", str(venv)])
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *server.packages])
    marker.write_text(wanted)
    return venv / "bin"


def _guarded(
    command: list[str], *, cwd: str, env: Mapping[str, str], ready: Callable[[], bool]
) -> contextlib.AbstractContextManager[None]:
    """``command`` run behind a guard until the block ends, its output to ``server.log`` in
    ``cwd``."""
    log = Path(cwd) / "server.log"
    return guarded(command, cwd=cwd, env=env, ready=ready, log=log, timeout=STARTUP_TIMEOUT_S)


@contextlib.contextmanager
def _langgraph(bin_dir: Path) -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="threads-server-") as scratch:
        for name in ("graph.py", "langgraph.json"):
            shutil.copy(HERE / name, scratch)
        port = free_port()
        command = [str(bin_dir / "python"), str(bin_dir / "langgraph"), "dev", "--no-browser"]
        command += ["--no-reload"]
        command += ["--host", "127.0.0.1", "--port", str(port), "--config", "langgraph.json"]
        url = f"http://127.0.0.1:{port}"
        ready = answers(f"{url}/ok")
        with _guarded(command, cwd=scratch, env=server_env(), ready=ready):
            yield url


def _as_postgres(command: list[str]) -> list[str]:
    """initdb refuses to run as root: run the cluster as the ``postgres`` user then."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def postgres() -> Iterator[str]:
    """A private PostgreSQL cluster on a free loopback port; yields its database URL.

    Its server runs in the foreground, behind a guard like the API servers' (``pg_ctl
    start`` would detach it, and a run that is killed would leave it running)."""
    initdb = shutil.which("initdb")
    if initdb is None or not Path(initdb).resolve().with_name("postgres").exists():
        raise RuntimeError("PostgreSQL server binaries (initdb, postgres) are not on PATH")
    binaries = Path(initdb).resolve().parent
    with tempfile.TemporaryDirectory(prefix="threads-pg-") as scratch:
        data, sock = Path(scratch) / "data", Path(scratch) / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(scratch, "postgres", "postgres")
            shutil.chown(sock, "postgres", "postgres")
        _run(
            _as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        port = free_port()
        server = [str(binaries / "postgres"), "-D", str(data), "-p", str(port), "-k", str(sock)]
        server += ["-c", "listen_addresses=127.0.0.1"]
        with _guarded(
            _as_postgres(server), cwd=scratch, env=os.environ, ready=_accepts(binaries, port)
        ):
            yield f"postgresql://postgres:postgres@127.0.0.1:{port}/postgres"


def _accepts(binaries: Path, port: int) -> Callable[[], bool]:
    """Whether the cluster on ``port`` accepts connections (not only that it listens: it
    refuses them while it starts up)."""
    pg_isready = binaries / "pg_isready"
    command = [str(pg_isready if pg_isready.exists() else "pg_isready")]
    command += ["-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres"]
    return lambda: subprocess.run(command, check=False).returncode == 0


@contextlib.contextmanager
def _aegra(bin_dir: Path, *, migrates_at_startup: bool) -> Iterator[str]:
    with postgres() as database_url, tempfile.TemporaryDirectory(prefix="aegra-") as scratch:
        shutil.copy(HERE / "graph.py", scratch)
        config = Path(scratch) / "aegra.json"
        graphs = {"counter": "./graph.py:graph", "failing": "./graph.py:failing_graph"}
        config.write_text(json.dumps({"graphs": graphs}))
        env = {
            **server_env(),
            "DATABASE_URL": database_url,
            "AEGRA_CONFIG": str(config),
            "AUTH_TYPE": "noop",
        }
        if not migrates_at_startup:
            _run(
                [str(bin_dir / "python"), str(bin_dir / "aegra"), "db", "upgrade"],
                cwd=scratch,
                env=env,
                capture_output=True,
            )
        port = free_port()
        command = [str(bin_dir / "python"), "-m", "uvicorn", "aegra_api.main:app"]
        command += ["--host", "127.0.0.1", "--port", str(port)]
        url = f"http://127.0.0.1:{port}"
        with _guarded(command, cwd=scratch, env=env, ready=answers(f"{url}/health")):
            yield url


@contextlib.contextmanager
def running(server: Server) -> Iterator[str]:
    """Yield the base URL of a fresh instance of ``server``; stop it (and its database) after."""
    if server.venv is None:
        with running_server() as url:
            yield url
        return
    bin_dir = ensure_venv(server)
    if server.kind == "aegra":
        with _aegra(bin_dir, migrates_at_startup=server.migrates_at_startup) as url:
            yield url
    else:
        with _langgraph(bin_dir) as url:
            yield url


def main(argv: list[str]) -> int:
    exit_on_termination()
    if argv[:1] == ["build"]:
        for server in SERVERS:
            ensure_venv(server)
        return 0
    if len(argv) >= 3 and argv[0] == "run" and "--" in argv:
        command = argv[argv.index("--") + 1 :]
        with running(BY_KEY[argv[1]]) as url:
            return run_against(argv[1], url, command)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
