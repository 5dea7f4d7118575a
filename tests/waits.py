"""The waits between attempts, recorded instead of waited: tests stop the clock there."""

from __future__ import annotations

import pytest

from langgraph_threads_client._async._http import HTTP
from langgraph_threads_client._sync._http import SyncHTTP


class SleepRecorder:
    """Stands in for the wait between attempts: records it and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []


def record_waits(monkeypatch: pytest.MonkeyPatch) -> SleepRecorder:
    recorder = SleepRecorder()

    def sync_sleep(self: SyncHTTP, seconds: float) -> None:
        recorder.delays.append(seconds)

    async def async_sleep(self: HTTP, seconds: float) -> None:
        recorder.delays.append(seconds)

    monkeypatch.setattr(SyncHTTP, "sleep", sync_sleep)
    monkeypatch.setattr(HTTP, "sleep", async_sleep)
    return recorder
