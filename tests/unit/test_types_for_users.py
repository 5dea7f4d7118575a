"""What type checkers tell a user of this package: code that is right passes mypy --strict and
pyright (standard mode, as editors run it), and each line marked ``# wrong`` is the one error.

Run on a file of user code, outside the project's own settings.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """
import datetime
from typing import assert_type

from langgraph_threads_client import UNSET, ThreadStatus, get_sync_client
from langgraph_threads_client.models import ThreadState, ThreadStateSelection, ThreadTtlInfo

client = get_sync_client(url="http://localhost:8123")
thread = client.threads.get("t")

# An open enum: a ThreadStatus, whatever the server sent; taken back as an argument.
assert_type(thread.status, ThreadStatus)
print(thread.status.value)
client.threads.search(status=thread.status)
client.threads.count(status=thread.status)

# UNSET narrows with `is`, as with isinstance.
if thread.ttl is not UNSET:
    assert_type(thread.ttl, ThreadTtlInfo | None)
if thread.state_updated_at is not UNSET and thread.state_updated_at is not None:
    print(thread.state_updated_at - datetime.timedelta(seconds=1))

# A write to a result is refused at run time; the code after it is still checked.
try:
    thread.setdefault("nickname", "x")
    thread.update({"a": 1})
except TypeError:
    pass
count: int = "many"  # wrong
mutable = thread.to_dict()
mutable["status"] = "archived"
after: int = "also checked"  # wrong

# Headers as pairs, everywhere; limit=None leaves the server's default.
for part in client.threads.join_stream("t", headers=[("x-trace", "1")]):
    print(part.event, part.data)
    break
client.threads.search(limit=None)

# With select, states are selections (fields may be absent); without, whole states.
assert_type(client.threads.get_state("t"), ThreadState)
assert_type(client.threads.get_state("t", select=["values"]), ThreadStateSelection)
assert_type(client.threads.get_history("t", select=["next"]), list[ThreadStateSelection])

# State updates are objects (or a list of them), not text.
client.threads.update_state("t", {"messages": []})
client.threads.update_state("t", "hello")  # wrong
client.threads.search(status="idel")  # wrong
"""


def _wrong_lines(code: str) -> set[int]:
    return {n for n, line in enumerate(code.splitlines(), 1) if line.endswith("# wrong")}


def _error_lines(output: str, path: Path) -> set[int]:
    # mypy: "path:29: error: ...", pyright: "path:29:10 - error: ..."
    pattern = re.compile(rf"{re.escape(path.name)}:(\d+):(?:\d+ -)? error")
    return {int(match.group(1)) for match in pattern.finditer(output)}


@pytest.fixture(scope="module")
def user_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("user") / "user_code.py"
    path.write_text(USER_CODE)
    return path


def test_mypy_strict_reports_the_wrong_lines_only(user_code: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--warn-unreachable",
            "--config-file",
            "/dev/null",  # (the user's settings, not this project's)
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "user-code"),
            str(user_code),
        ],
        capture_output=True,
        text=True,
        cwd=user_code.parent,
    )
    assert _error_lines(result.stdout, user_code) == _wrong_lines(USER_CODE), result.stdout


def test_pyright_reports_the_wrong_lines_only(user_code: Path) -> None:
    (user_code.parent / "pyrightconfig.json").write_text('{"typeCheckingMode": "standard"}')
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, str(user_code)],
        capture_output=True,
        text=True,
        cwd=user_code.parent,
    )
    assert _error_lines(result.stdout, user_code) == _wrong_lines(USER_CODE), result.stdout
