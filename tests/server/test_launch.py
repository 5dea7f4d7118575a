"""The launcher of `make demo` (``python -m tests.server.launch -- command``) and of the fleet,
and the guard that keeps a server from outliving what started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.server.guard import start_guarded, stop_guarded

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_launcher_ended_by_a_signal_stops_its_server(signum: signal.Signals) -> None:
    # The server runs in a session of its own: left to the signal's default action, which
    # runs no cleanup, the launcher would leave it running (a CI job cancelled, `timeout`).
    command = [sys.executable, "-c", "import time; time.sleep(120)"]
    with subprocess.Popen(
        [sys.executable, "-m", "tests.server.launch", "--", *command],
        stdout=subprocess.PIPE,
        text=True,
    ) as launcher:
        try:
            assert launcher.stdout is not None
            url = launcher.stdout.readline().rsplit(" at ", 1)[1].strip()
            assert httpx.get(f"{url}/ok", timeout=10).status_code == 200
            launcher.send_signal(signum)
            assert launcher.wait(timeout=60) == 128 + signum
        finally:
            if launcher.poll() is None:
                launcher.kill()
    _assert_stopped(url)


HOLDS_A_SERVER = """
import time
from tests.server.launch import running_server

with running_server() as url:
    print(url, flush=True)
    time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_server_stops_when_what_started_it_is_killed() -> None:
    # SIGKILL runs no cleanup (nor does the end of a pytest-xdist worker, which its
    # controller ends when interrupted): the server's guard stops it when its input closes.
    with subprocess.Popen(
        [sys.executable, "-c", HOLDS_A_SERVER], cwd=ROOT, stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout is not None
            url = holder.stdout.readline().strip()
            assert httpx.get(f"{url}/ok", timeout=10).status_code == 200
        finally:
            holder.kill()
    _assert_stopped(url)


def _assert_stopped(url: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/ok", timeout=2)
        except httpx.TransportError:
            return  # (nothing listens there any more)
        time.sleep(0.2)
    pytest.fail(f"the server at {url} still answers after what started it ended")


SLEEPING_TEST = """
import time
from pathlib import Path

def test_sleeps(live_url):
    Path(__file__).with_name("url").write_text(live_url)
    time.sleep(120)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_test_run_ended_by_a_signal_stops_its_live_server(tmp_path: Path) -> None:
    # The suite's live server (tests/conftest.py), as the launcher's: a cancelled CI job
    # must not leave it running.
    (tmp_path / "test_sleeping.py").write_text(SLEEPING_TEST)
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.conftest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "-q",
            "-n",
            "0",
            str(tmp_path / "test_sleeping.py"),
        ],
        cwd=ROOT,
        env={name: value for name, value in os.environ.items() if name != "PYTEST_ADDOPTS"},
        stdout=subprocess.DEVNULL,
    ) as run:
        try:
            deadline = time.monotonic() + 120
            while not (tmp_path / "url").exists():
                assert run.poll() is None
                assert time.monotonic() < deadline
                time.sleep(0.2)
            url = (tmp_path / "url").read_text()
            run.send_signal(signal.SIGTERM)
            run.wait(timeout=60)
        finally:
            if run.poll() is None:
                run.kill()
    _assert_stopped(url)


def _guarded(code: str, output: Path) -> subprocess.Popen[bytes]:
    with open(output, "wb") as out:
        return start_guarded(
            [sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ), output=out
        )


def test_a_guard_ends_as_its_server_does(tmp_path: Path) -> None:
    guard = _guarded("import sys; print('up', flush=True); sys.exit(3)", tmp_path / "log")
    try:
        assert guard.wait(timeout=30) == 3
    finally:
        stop_guarded(guard)
    # The server's output where it was sent, and nothing of the guard's.
    assert (tmp_path / "log").read_text() == "up\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("ending", ["input closed", "SIGTERM"])
def test_a_guard_stops_its_server(tmp_path: Path, ending: str) -> None:
    pid_file = tmp_path / "pid"
    code = f"import os, time; open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)"
    guard = _guarded(code, tmp_path / "log")
    try:
        deadline = time.monotonic() + 30
        while not pid_file.exists() or not pid_file.read_text():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        server = int(pid_file.read_text())
        if ending == "SIGTERM":
            guard.send_signal(signal.SIGTERM)
            assert guard.wait(timeout=30) == 128 + signal.SIGTERM
        else:
            stop_guarded(guard)
            assert guard.returncode == 128 + signal.SIGTERM
    finally:
        stop_guarded(guard)
    with pytest.raises(ProcessLookupError):
        os.kill(server, 0)
