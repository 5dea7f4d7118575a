from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.forms import FORMS, Form
from tests.server.guard import on_termination
from tests.server.launch import running_server


def pytest_configure(config: pytest.Config) -> None:
    # A SIGTERM or SIGHUP ends the run as Ctrl-C does: session fixtures are torn down, the
    # live server with them.
    on_termination(_interrupt)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record-cassettes",
        action="store_true",
        help="re-record the vcrpy cassettes from a real in-memory server (make cassettes)",
    )


@pytest.fixture(params=FORMS)
def form(request: pytest.FixtureRequest) -> Form:
    """Each test that takes ``form`` runs once with the sync and once with the async client."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def live_url() -> Iterator[str]:
    """A real LangGraph API server (in memory, the test graph), shared by the session."""
    with running_server() as url:
        yield url


@pytest.fixture(autouse=True)
def _no_api_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests decide which key is sent; a developer's own key must never leak into them.
    for name in ("LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"):
        monkeypatch.delenv(name, raising=False)
