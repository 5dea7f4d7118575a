"""make floors: this package on the oldest versions of its dependencies that it declares.

    python scripts/floors.py [--pytest-args="-n 2 --dist loadfile"]

``make test`` runs on the pinned versions (``requirements/constraints.txt``: the newest when
they were locked). Users may hold older ones, down to the floors of ``pyproject.toml``
(``httpx>=0.27``): a floor nothing runs on is a guess. Two environments under ``.floors/``,
each rebuilt when ``pyproject.toml`` or the pins change:

* ``suite``: the whole suite, as ``make test`` runs it, with the floors of ``SUITE_FLOORS``
  (httpx, and the httpx2 extra) in place of their pins. The test tools (the server, the SDK)
  need newer anyio and orjson than this package does: those floors are the next one's.
* ``runtime``: this package alone with every runtime dependency at its floor, running each
  script of ``examples/`` against the live server (started from ``make test``'s environment).

Prints one line per environment; exit status 1 when either fails.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / ".floors"
PINS = ROOT / "requirements" / "constraints.txt"

# The dependencies whose floors the whole suite runs on (see the docstring), with the extra
# that brings each one.
SUITE_FLOORS = {"httpx": None, "httpx2": "httpx2"}
# Pins dropped with a floor: the floored release requires its own version of these exactly.
COMPANIONS = {"httpx2": ("httpcore2",)}
# Tests of the pinned environment itself (the README's figures of its installed closure),
# which an environment of other versions does not describe.
ABOUT_THE_PINS = ("tests/test_readme_claims.py::test_dependency_closure_count_is_the_real_one",)


def floors(
    pyproject: dict[str, Any], extra: str | None = None, python: str | None = None
) -> dict[str, str]:
    """Each dependency's floor (its ``>=`` bound) by name: the runtime dependencies', or those
    of ``extra``, on Python ``python`` ("3.12"; by default this one): a requirement whose
    marker names other Pythons is not theirs (orjson's first release for each)."""
    project = pyproject["project"]
    listed = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    environment = None if python is None else {"python_version": python}
    found: dict[str, str] = {}
    for line in listed:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        bounds = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if bounds:
            found[canonicalize_name(requirement.name)] = bounds[0]
    return found


def suite_floors(pyproject: dict[str, Any]) -> dict[str, str]:
    return {name: floors(pyproject, extra)[name] for name, extra in SUITE_FLOORS.items()}


def floored_pins(pins: Iterable[str], chosen: dict[str, str]) -> list[str]:
    """The lines of the pins, with ``chosen`` versions in place of theirs and the companions
    of those left out (names compared as pip compares them: ``pydantic_core`` is
    ``pydantic-core``)."""
    dropped = {companion for name in chosen for companion in COMPANIONS.get(name, ())}
    lines = []
    for line in pins:
        name = canonicalize_name(line.partition("==")[0].strip())
        if name in dropped:
            continue
        lines.append(f"{name}=={chosen[name]}" if name in chosen and "==" in line else line)
    return lines


def build_suite_venv(python: str, pyproject: dict[str, Any]) -> bool:
    """The suite's environment, installed as make test's (its own ``install`` target, which
    rebuilds when pyproject.toml or the pins change) from the floored pins."""
    FLOORS.mkdir(exist_ok=True)
    pins = FLOORS / "suite-constraints.txt"
    text = "\n".join(floored_pins(PINS.read_text().splitlines(), suite_floors(pyproject)))
    if not pins.exists() or pins.read_text() != text + "\n":
        pins.write_text(text + "\n")
    command = [
        "make",
        "--no-print-directory",
        "install",
        f"VENV={FLOORS / 'suite'}",
        f"PYTHON={python}",
        f"CONSTRAINTS={pins}",
    ]
    return subprocess.run(command, cwd=ROOT).returncode == 0


def run_suite(pytest_args: Sequence[str]) -> bool:
    python = FLOORS / "suite" / "bin" / "python"
    deselect = [f"--deselect={test}" for test in ABOUT_THE_PINS]
    command = [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *deselect]
    return subprocess.run([*command, *pytest_args], cwd=ROOT).returncode == 0


def python_version(python: str) -> str:
    """The ``major.minor`` version of the interpreter ``python``, as markers name it."""
    code = "import sys; print('%d.%d' % sys.version_info[:2])"
    return subprocess.run(
        [python, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def build_runtime_venv(python: str, pyproject: dict[str, Any]) -> bool:
    """The package alone (editable: the examples run the code as it is), every runtime
    dependency at its floor for that interpreter, the others as pip picks them."""
    venv = FLOORS / "runtime"
    chosen = floors(pyproject, python=python_version(python))
    stamp = venv / ".installed"
    wanted = " ".join(f"{name}=={version}" for name, version in sorted(chosen.items()))
    if stamp.exists() and stamp.read_text() == wanted:
        return True
    steps = [
        [python, "-m", "venv", "--clear", str(venv)],
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "-e",
            ".",
            *wanted.split(),
        ],
    ]
    for step in steps:
        if subprocess.run(step, cwd=ROOT).returncode != 0:
            return False
    stamp.write_text(wanted)
    return True


def run_examples() -> bool:
    """Each example on the floors, against the server of make test's environment."""
    server = [sys.executable, "-m", "tests.server.launch", "--"]
    runtime = str(FLOORS / "runtime" / "bin" / "python")
    ok = True
    for example in sorted((ROOT / "examples").glob("*.py")):
        print(f"-- {example.relative_to(ROOT)}", flush=True)
        done = subprocess.run([*server, runtime, str(example)], cwd=ROOT)
        ok = ok and done.returncode == 0
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter of both")
    parser.add_argument(
        "--pytest-args", default="", help="more options for pytest (make test's processes)"
    )
    args = parser.parse_args(argv)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    shown = ", ".join(f"{k} {v}" for k, v in suite_floors(pyproject).items())
    print(f"== the whole suite on {shown}", flush=True)
    suite = build_suite_venv(args.python, pyproject) and run_suite(shlex.split(args.pytest_args))
    shown = ", ".join(
        f"{k} {v}" for k, v in floors(pyproject, python=python_version(args.python)).items()
    )
    print(f"== the examples on {shown}", flush=True)
    runtime = build_runtime_venv(args.python, pyproject) and run_examples()
    print()
    print(f"{'suite':<10} {'passed' if suite else 'failed'}")
    print(f"{'runtime':<10} {'passed' if runtime else 'failed'}")
    return 0 if suite and runtime else 1


if __name__ == "__main__":
    sys.exit(main())
