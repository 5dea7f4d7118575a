"""A test that leaks a socket or a file fails the suite: the project's pytest settings, run on
small sessions of deliberately leaky tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LEAKS = {
    "socket dropped": """
import socket

def test_leak():
    socket.socket()
""",
    "socket in a reference cycle": """
import gc, socket

def test_leak():
    holder = {"socket": socket.socket()}
    holder["self"] = holder
    del holder
    gc.collect()
""",
    "socket collected by a later test": """
import socket

class Cycle:
    def __init__(self):
        self.me = self
        self.socket = socket.socket()

def test_leak():
    Cycle()

def test_later():
    pass
""",
    "file left open": """
def test_leak(tmp_path):
    (tmp_path / "f").write_text("x")
    open(tmp_path / "f")
""",
    "connected socket pair": """
import socket

def test_leak():
    a, b = socket.socketpair()
    a.close()
""",
}

TIDY = """
import socket

def test_tidy(tmp_path):
    with socket.socket():
        pass
    (tmp_path / "f").write_text("x")
    with open(tmp_path / "f") as f:
        f.read()
"""


def session(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """pytest, with this project's settings (pyproject.toml), on one file of tests."""
    test_file = tmp_path / "test_sample.py"
    test_file.write_text(source)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "-q",
            str(test_file),
        ],
        cwd=tmp_path,
        # Only these options: not those of a run that set PYTEST_ADDOPTS (its processes).
        env={name: value for name, value in os.environ.items() if name != "PYTEST_ADDOPTS"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("leak", list(LEAKS))
def test_a_leak_fails_the_session(tmp_path: Path, leak: str) -> None:
    result = session(tmp_path, LEAKS[leak])
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    # Freed at once, the leak fails its own test; left in a reference cycle that no test
    # collects, it fails the session when pytest collects garbage at the end.
    assert "ResourceWarning: unclosed" in output


def test_the_same_tests_without_the_leak_pass(tmp_path: Path) -> None:
    result = session(tmp_path, TIDY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
