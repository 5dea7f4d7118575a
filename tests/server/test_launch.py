"""The launcher of `make demo` (``python -m tests.server.launch -- command``) and of the fleet."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import pytest


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
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/ok", timeout=2)
        except httpx.TransportError:
            return  # (nothing listens there any more)
        time.sleep(0.2)
    pytest.fail(f"the server at {url} still answers after its launcher ended")
