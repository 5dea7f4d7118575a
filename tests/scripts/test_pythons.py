"""scripts/pythons.py: which interpreters run, when an environment is stale, and the verdict."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from tests.scripts import load_script

pythons = load_script("pythons")
Outcome = pythons.Outcome


def _executable(path: Path, body: str) -> str:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_the_version_of_an_interpreter_that_runs() -> None:
    assert pythons.version_of(sys.executable) == tuple(sys.version_info[:3])


def test_an_interpreter_that_does_not_run_has_no_version(tmp_path: Path) -> None:
    assert pythons.version_of(str(tmp_path / "python3.99")) is None
    # A version manager's shim for a version that is not switched on: it exists, and fails.
    shim = _executable(
        tmp_path / "python3.12", 'echo "python3.12: command not found" >&2; exit 127'
    )
    assert pythons.version_of(shim) is None
    assert pythons.version_of(_executable(tmp_path / "odd", "echo not-a-version")) is None


def test_each_minor_version_has_its_own_environment() -> None:
    assert pythons.venv_dir((3, 13, 0)).name == "py3.13"
    assert pythons.venv_dir((3, 13, 1)) == pythons.venv_dir((3, 13, 0))
    assert pythons.venv_dir((3, 12, 1)) != pythons.venv_dir((3, 13, 0))


def test_the_oldest_supported_python_is_not_run_again(tmp_path: Path) -> None:
    # (A stand-in interpreter: checking a newer one would build its environment.)
    python = _executable(tmp_path / "python3.11", "echo 3.11.9")
    outcome = pythons.check(python, required=True)
    assert outcome == Outcome(python, "3.11.9", "not newer than 3.11")


def test_an_interpreter_is_not_found_only_when_it_was_named(tmp_path: Path) -> None:
    missing = str(tmp_path / "python3.13")
    assert pythons.check(missing, required=True).result == "not found"
    assert pythons.check(missing, required=False).result == "not here"


@pytest.mark.parametrize(
    ("results", "status"),
    [
        (["passed"], 0),
        (["passed", "not here"], 0),
        (["passed", "not newer than 3.11"], 0),
        (["passed", "failed"], 1),
        (["passed", "install failed"], 1),
        (["passed", "not found"], 1),
        (["not here", "not here"], 1),  # nothing ran: not a pass
        (["not newer than 3.11"], 1),
        ([], 1),
    ],
)
def test_the_verdict(results: list[str], status: int) -> None:
    outcomes = [Outcome(f"python{n}", "3.x", result) for n, result in enumerate(results)]
    assert pythons.exit_status(outcomes) == status


def test_a_named_interpreter_that_does_not_run_fails_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "python3.13")
    assert pythons.main([missing]) == 1
    assert f"{missing:<24} -        not found" in capsys.readouterr().out


def test_no_default_interpreter_here_says_how_to_name_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pythons, "DEFAULT_PYTHONS", ("no-such-python-3.12",))
    assert pythons.main([]) == 1
    assert "PYTHONS=/path/to/python3.13" in capsys.readouterr().out
