"""The command line's exit status for every kind of failure, as the README's table says."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from langgraph_threads_client import APIError, _cli, get_sync_client
from langgraph_threads_client._exit_codes import exit_code
from langgraph_threads_client._sync._client import SyncLangGraphClient

README = Path(__file__).resolve().parents[2] / "README.md"
THREAD_ID = "3f0b8a52-7d1e-4a8b-9c3e-2f6d5e4c1b0a"

# status -> (exit status, error class named on stderr)
BY_STATUS = {
    400: (5, "BadRequestError"),
    401: (6, "AuthenticationError"),
    403: (6, "PermissionDeniedError"),
    404: (3, "NotFoundError"),
    405: (5, "OperationNotOfferedError"),  # an APIStatusError
    409: (4, "ConflictError"),
    413: (5, "APIStatusError"),
    418: (5, "APIStatusError"),
    422: (5, "UnprocessableEntityError"),
    429: (7, "RateLimitError"),
    499: (5, "APIStatusError"),
    500: (8, "InternalServerError"),
    503: (8, "InternalServerError"),
    599: (8, "InternalServerError"),
    304: (1, "APIStatusError"),
}
# What stderr says after the class and status, when it is not the server's sentence alone.
MESSAGES = {
    405: "The server does not offer GET /threads/{thread_id} "
    "(it answered 405 Method Not Allowed: no such luck)",
}


def run(monkeypatch: pytest.MonkeyPatch, handler: object, *args: str) -> tuple[int, str, str]:
    http_client = httpx.Client(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]

    def client(self: _cli.Context) -> SyncLangGraphClient:
        return get_sync_client(
            url="http://cli.test", api_key=None, max_retries=0, http_client=http_client
        )

    monkeypatch.setattr(_cli.Context, "client", client)
    with http_client:
        result = CliRunner().invoke(_cli.cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("status", list(BY_STATUS))
def test_exit_status_by_error_status(monkeypatch: pytest.MonkeyPatch, status: int) -> None:
    code, kind = BY_STATUS[status]
    answer = httpx.Response(status, json={"detail": "no such luck"})
    exit_code, stdout, stderr = run(monkeypatch, lambda request: answer, "get", THREAD_ID)
    assert (exit_code, stdout) == (code, "")
    assert stderr == f"error: {kind}: {status}: {MESSAGES.get(status, 'no such luck')}\n"


@pytest.mark.parametrize(
    ("failure", "code", "kind"),
    [
        (httpx.ConnectError("refused"), 9, "APIConnectionError"),
        (httpx.ReadTimeout("slow"), 9, "APITimeoutError"),
    ],
)
def test_exit_status_without_an_answer(
    monkeypatch: pytest.MonkeyPatch, failure: Exception, code: int, kind: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise failure

    exit_code, stdout, stderr = run(monkeypatch, handler, "get", THREAD_ID)
    assert (exit_code, stdout) == (code, "")
    assert stderr.startswith(f"error: {kind}: ")


def test_exit_status_for_an_answer_that_breaks_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = httpx.Response(200, json={"detail": "not a thread"})
    exit_code, stdout, stderr = run(monkeypatch, lambda request: answer, "get", THREAD_ID)
    assert (exit_code, stdout) == (10, "")
    assert stderr.startswith("error: APIResponseValidationError: ")


def test_exit_status_for_a_bad_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing is sent")

    exit_code, _, stderr = run(monkeypatch, never, "get", "..")
    assert exit_code == 2
    assert stderr.startswith("error: ValueError: ")
    exit_code, _, stderr = run(monkeypatch, never, "create", "--metadata", "{not json")
    assert exit_code == 2
    assert "not valid JSON" in stderr


def test_success_exits_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    answer = httpx.Response(200, json=4)
    assert run(monkeypatch, lambda request: answer, "count")[:2] == (0, "4\n")


def test_readme_table_is_the_one_the_command_line_uses() -> None:
    section = README.read_text().split("## The command line", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M)
    documented = {int(code): text for code, text in rows}
    assert sorted(documented) == list(range(11))
    for status, (code, _) in BY_STATUS.items():
        assert str(status) in documented[code] or (f"{status // 100}xx" in documented[code]), (
            f"{status} exits {code}, which the README does not say"
        )


def test_errors_that_are_no_status_exit_one() -> None:
    assert exit_code(APIError("odd", request=None, body=None)) == 1
    assert exit_code(RuntimeError("closed")) == 1
    assert exit_code(ValueError("bad id")) == 2
