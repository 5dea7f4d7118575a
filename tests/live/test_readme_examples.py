"""The README's Python examples that say they run in the test suite, run against the server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.live

README = Path(__file__).resolve().parents[2] / "README.md"


def examples(section: str) -> list[str]:
    text = README.read_text()
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, re.S)


def test_paging_options_and_raw_response_examples(live_url: str, tmp_path: Path) -> None:
    blocks = examples("Paging, per-call options, raw responses")
    assert blocks, "the section lost its examples"
    for n, block in enumerate(blocks):
        script = tmp_path / f"example_{n}.py"
        script.write_text(block)
        result = subprocess.run(
            [sys.executable, str(script)],
            env={**os.environ, "LANGGRAPH_URL": live_url},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert "[4, 3, 2, 1, 0]" in lines  # the history walk, newest first
        assert any(line.startswith("200 ") for line in lines)  # the captured raw response
