"""Keep a test server from outliving what started it.

A server runs in a session of its own (a Ctrl-C meant for the tests must not stop it before
they are done with it), and what started it stops it in a ``finally``. A process killed
outright runs no ``finally``: SIGKILL, or pytest-xdist's workers, ended by their controller
when it is interrupted. So a server is started through this guard, a small process between
the two, which stops the server (its whole process group) when its standard input, a pipe
from the starter, closes: when the starter closes it, and when the starter's process ends,
however it ends (the system closes the pipe then)::

    python tests/server/guard.py -- command ...

Only the standard library: it runs by its path, in whatever directory the server needs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO

# How long a server has to stop after SIGTERM before it is killed.
STOP_TIMEOUT_S = 15.0


def start_guarded(
    command: list[str], *, cwd: str | Path, env: Mapping[str, str], output: IO[bytes]
) -> subprocess.Popen[bytes]:
    """Start ``command`` through the guard, its output and errors to ``output``; stop it
    with ``stop_guarded``. The returned process ends when the server does, with its code."""
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--", *command],
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop_guarded(process: subprocess.Popen[bytes]) -> None:
    """Stop a server started by ``start_guarded``, and wait for it."""
    if process.stdin is not None:
        process.stdin.close()  # (the guard stops the server)
    try:
        process.wait(timeout=2 * STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:  # pragma: no cover (a guard that hangs)
        process.kill()
        process.wait(timeout=STOP_TIMEOUT_S)


def on_termination(handler: Callable[[int, object], None]) -> None:
    """``handler`` for a SIGTERM or SIGHUP (a CI job cancelled, ``timeout``, a terminal
    closed), whose default action ends the process without running any cleanup."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # (Windows has no SIGHUP)
            signal.signal(getattr(signal, name), handler)


def _signal_group(pid: int, signum: int) -> None:
    # The server may start children: its whole process group.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signum)


def _stop(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's group, SIGKILL if it is still there after STOP_TIMEOUT_S.
    (The guard's main thread ends the guard, this thread with it, once the server exits.)"""
    _signal_group(server.pid, signal.SIGTERM)
    time.sleep(STOP_TIMEOUT_S)
    _signal_group(server.pid, signal.SIGKILL)


def _stop_in_background(server: subprocess.Popen[bytes]) -> None:
    threading.Thread(target=_stop, args=(server,), daemon=True).start()


def _stop_when_input_ends(server: subprocess.Popen[bytes]) -> None:
    # (The starter writes nothing: this returns at end of input. On the file descriptor, not
    # sys.stdin, whose lock this thread would hold when the guard exits: a fatal error then.)
    while os.read(sys.stdin.fileno(), 4096):
        pass
    _stop(server)


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1 :]
    server = subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)
    threading.Thread(target=_stop_when_input_ends, args=(server,), daemon=True).start()
    # Ended by a signal, the guard stops the server first.
    on_termination(lambda signum, frame: _stop_in_background(server))
    code = server.wait()
    return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
