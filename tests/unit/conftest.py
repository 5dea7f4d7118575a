from __future__ import annotations

import pytest

from tests.waits import SleepRecorder, record_waits


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> SleepRecorder:
    """No unit test waits between attempts: the waits are recorded."""
    return record_waits(monkeypatch)
