"""make pythons: the whole suite on the newer Pythons this package supports, one after another.

    python scripts/pythons.py                                  # python3.12, python3.13, python3.14
    python scripts/pythons.py python3.13 /opt/py3.14/bin/python  # these interpreters

``make test`` runs on Python 3.11, the oldest supported. This runs the same suite (unit tests,
cassettes, and the live tests, whose ``langgraph dev`` server then runs on that Python too) on
each interpreter given, or on those of the default names that run here. Each gets a virtual
environment of its own under ``.pythons/``, built by ``make install`` as for ``make test``
(rebuilt when ``pyproject.toml`` or the pins change). Prints one line per interpreter; exit
status 1 when a suite fails, an install fails, an interpreter named on the command line does
not run, or none of the default ones does.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / ".pythons"
DEFAULT_PYTHONS = ("python3.12", "python3.13", "python3.14")
OLDEST = (3, 11)  # make test's own: not repeated here
FAILURES = frozenset({"failed", "install failed", "not found"})


class Outcome(NamedTuple):
    python: str
    version: str  # "3.13.0", or "" when the interpreter does not run
    # "passed", or one of FAILURES; "not here" (a default name that does not run here) and
    # "not newer than 3.11" (make test's own) are neither.
    result: str

    @property
    def ok(self) -> bool:
        return self.result == "passed"


def version_of(python: str) -> tuple[int, ...] | None:
    """The interpreter's version, or None when it does not run (absent, or a shim of a
    version manager that is not switched on)."""
    try:
        done = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:3], sep='.')"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return None
    if done.returncode != 0:
        return None
    try:
        return tuple(int(part) for part in done.stdout.strip().split("."))
    except ValueError:
        return None


def venv_dir(version: tuple[int, ...]) -> Path:
    return VENVS / f"py{version[0]}.{version[1]}"


def ensure_venv(python: str, venv: Path) -> bool:
    """The package and its test extras installed as make test installs them (its own
    ``install`` target, which rebuilds when pyproject.toml or the pins change); False when
    installing failed (pip's output is shown)."""
    command = ["make", "--no-print-directory", "install", f"VENV={venv}", f"PYTHON={python}"]
    return subprocess.run(command, cwd=ROOT).returncode == 0


def run_suite(venv: Path, pytest_args: Sequence[str] = ()) -> bool:
    # The same options as make test's pytest ([tool.pytest.ini_options], and ``pytest_args``:
    # make passes its processes); no cache, so that runs on several Pythons do not share one.
    command = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    return subprocess.run([*command, *pytest_args], cwd=ROOT).returncode == 0


def check(python: str, *, required: bool, pytest_args: Sequence[str] = ()) -> Outcome:
    version = version_of(python)
    if version is None:
        return Outcome(python, "", "not found" if required else "not here")
    shown = ".".join(map(str, version))
    if version[:2] <= OLDEST:
        return Outcome(python, shown, "not newer than 3.11")
    venv = venv_dir(version)
    if not ensure_venv(python, venv):
        return Outcome(python, shown, "install failed")
    return Outcome(python, shown, "passed" if run_suite(venv, pytest_args) else "failed")


def exit_status(outcomes: list[Outcome]) -> int:
    """0 when at least one suite ran and passed and nothing failed: a suite, an install, or an
    interpreter named on the command line that does not run."""
    failed = any(outcome.result in FAILURES for outcome in outcomes)
    return 0 if any(outcome.ok for outcome in outcomes) and not failed else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument(
        "pythons", nargs="*", help=f"interpreters (default: {', '.join(DEFAULT_PYTHONS)})"
    )
    parser.add_argument(
        "--pytest-args", default="", help="more options for pytest (make test's processes)"
    )
    args = parser.parse_args(argv)
    required = bool(args.pythons)
    pythons = args.pythons or list(DEFAULT_PYTHONS)
    outcomes = []
    for python in pythons:
        print(f"== {python}", flush=True)
        outcomes.append(check(python, required=required, pytest_args=shlex.split(args.pytest_args)))
    print()
    for outcome in outcomes:
        print(f"{outcome.python:<24} {outcome.version or '-':<8} {outcome.result}")
    if all(outcome.result == "not here" for outcome in outcomes):
        print(
            f"None of {', '.join(pythons)} runs here: name the interpreters, e.g. "
            "`make pythons PYTHONS=/path/to/python3.13`."
        )
    return exit_status(outcomes)


if __name__ == "__main__":
    sys.exit(main())
