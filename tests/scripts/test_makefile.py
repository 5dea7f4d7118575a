"""The Makefile: every target that runs the whole suite sets up what the suite needs itself.

``make -B -n TARGET`` prints every command the target would run on a fresh clone (``-B``: as
if nothing were built yet) without running one.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The targets that run tests/generator, which calls the generator's own environment.
WHOLE_SUITE_TARGETS = ("test", "test-only", "floors", "pythons")


def commands_of(target: str) -> str:
    make = shutil.which("make")
    assert make is not None, "make is not on PATH"
    done = subprocess.run(
        [make, "-B", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize("target", WHOLE_SUITE_TARGETS)
def test_a_target_running_the_whole_suite_builds_the_generator_environment(target: str) -> None:
    commands = commands_of(target)
    assert "-m venv generator/.venv" in commands
    assert "-r generator/requirements.txt" in commands
