from __future__ import annotations

from http.cookiejar import CookieJar
from typing import Any

import pytest

from tests.waits import SleepRecorder, record_waits


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> SleepRecorder:
    """No unit test waits between attempts: the waits are recorded."""
    return record_waits(monkeypatch)


@pytest.fixture
def jar_reads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The responses ``http.cookiejar`` is handed from now on (its ``extract_cookies``)."""
    reads: list[Any] = []
    original = CookieJar.extract_cookies

    def counting(self: CookieJar, response: Any, request: Any) -> None:
        reads.append(response)
        original(self, response, request)

    monkeypatch.setattr(CookieJar, "extract_cookies", counting)
    return reads
