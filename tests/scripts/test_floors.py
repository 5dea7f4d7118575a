"""scripts/floors.py: the floors read from pyproject.toml, and the pins they replace."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.utils import canonicalize_name

from tests.scripts import load_script

floors = load_script("floors")
ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_the_floors_are_the_lower_bounds_of_each_requirement() -> None:
    pyproject = {
        "project": {
            "dependencies": ["httpx>=0.27,<0.30", "anyio>=4", "orjson", "Typing_Extensions>=4.5"],
            "optional-dependencies": {"httpx2": ["httpx2<3,>=2.16"]},
        }
    }
    # (A requirement without a lower bound has no floor to run on.)
    assert floors.floors(pyproject) == {"httpx": "0.27", "anyio": "4", "typing-extensions": "4.5"}
    assert floors.floors(pyproject, "httpx2") == {"httpx2": "2.16"}


def test_a_floor_is_that_of_the_python_its_marker_names() -> None:
    pyproject = {
        "project": {
            "dependencies": [
                "orjson>=3.9; python_version < '3.12'",
                "orjson>=3.9.3; python_version == '3.12'",
                "orjson>=3.10.7; python_version >= '3.13'",
            ]
        }
    }
    assert floors.floors(pyproject, python="3.11") == {"orjson": "3.9"}
    assert floors.floors(pyproject, python="3.12") == {"orjson": "3.9.3"}
    assert floors.floors(pyproject, python="3.13") == {"orjson": "3.10.7"}
    # Each Python supported has a floor of each runtime dependency, orjson's own.
    assert [floors.floors(PYPROJECT, python=p)["orjson"] for p in ("3.12", "3.13", "3.14")] == [
        "3.9.3",
        "3.10.7",
        "3.11.4",
    ]
    for python in ("3.11", "3.12", "3.13", "3.14"):
        assert set(floors.floors(PYPROJECT, python=python)) == set(floors.floors(PYPROJECT))


def test_the_python_version_is_the_interpreters() -> None:
    major, minor = sys.version_info[:2]
    assert floors.python_version(sys.executable) == f"{major}.{minor}"


def test_the_suite_runs_on_the_floors_of_httpx_and_httpx2_that_pyproject_declares() -> None:
    declared = floors.floors(PYPROJECT)
    assert set(declared) >= {"httpx", "anyio", "orjson"}
    assert floors.suite_floors(PYPROJECT) == {
        "httpx": declared["httpx"],
        "httpx2": floors.floors(PYPROJECT, "httpx2")["httpx2"],
    }


def test_floored_pins_replace_their_pins_and_leave_out_their_companions() -> None:
    pins = [
        "# a comment",
        "anyio==4.16.0",
        "httpcore2==2.17.0",
        "httpx==0.29.0",
        "httpx2==2.17.0",
        "httpx-sse==0.4.3",
        "typing_extensions==4.15.0",
    ]
    chosen = {"httpx": "0.27", "httpx2": "2.16", "typing-extensions": "4.5"}
    assert floors.floored_pins(pins, chosen) == [
        "# a comment",
        "anyio==4.16.0",
        "httpx==0.27",
        "httpx2==2.16",
        "httpx-sse==0.4.3",
        "typing-extensions==4.5",
    ]


def test_the_pins_hold_each_dependency_the_suite_floors() -> None:
    # (A floor replaces a pin: a dependency missing from the pins would go unfloored.)
    pinned = {
        canonicalize_name(line.partition("==")[0])
        for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines()
    }
    assert set(floors.suite_floors(PYPROJECT)) <= pinned
    assert {c for cs in floors.COMPANIONS.values() for c in cs} <= pinned


def test_the_tests_left_out_on_the_floors_exist() -> None:
    for test in floors.ABOUT_THE_PINS:
        path, _, name = test.partition("::")
        assert f"def {name}(" in (ROOT / path).read_text(), test
