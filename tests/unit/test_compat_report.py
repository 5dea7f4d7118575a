"""make compat's verdicts: what counts as a problem, and the table it prints (no server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from langgraph_threads_client import OperationNotFoundError, UnprocessableEntityError
from tests.scripts import load_script
from tests.server import fleet
from tests.walkthrough import NOT_OFFERED, STEPS, WORKS, outcome

ROOT = Path(__file__).resolve().parents[2]


compat = load_script("compat")
AEGRA = fleet.BY_KEY["aegra-0.11.0"]


def as_expected(server: fleet.Server) -> dict[str, dict[str, str]]:
    """Every client ends every step as the server's profile says (the SDK fails what we refuse)."""
    ours = {step: compat.expected(server, step) for step in STEPS}
    sdk = {
        step: WORKS if result == WORKS else "fails: NotFoundError 404"
        for step, result in ours.items()
    }
    return {"sync": dict(ours), "async": dict(ours), "sdk": sdk, "sdk-async": dict(sdk)}


def test_a_server_that_behaves_as_profiled_has_no_problem() -> None:
    results = {AEGRA.key: as_expected(AEGRA)}
    assert compat.problems([AEGRA], results) == []
    assert "Calls the SDK completes that this client fails in the same form: 0." in (
        compat.summary([AEGRA], results)
    )


def test_a_call_the_sdk_completes_and_this_client_fails_is_a_problem() -> None:
    results = {AEGRA.key: as_expected(AEGRA)}
    results[AEGRA.key]["async"]["get"] = "fails: APIResponseValidationError"
    assert compat.problems([AEGRA], results) == [
        "Aegra 0.11.0: get (async): SDK works, this client fails: APIResponseValidationError"
    ]
    assert "in the same form: 1." in compat.summary([AEGRA], results)


def test_a_not_offered_operation_must_say_so() -> None:
    results = {AEGRA.key: as_expected(AEGRA)}
    results[AEGRA.key]["sync"]["count"] = "fails: APIStatusError 405"
    assert compat.problems([AEGRA], results) == [
        "Aegra 0.11.0: count (sync): fails: APIStatusError 405, expected not offered"
    ]


def test_the_table_has_a_row_per_step_and_a_column_per_server() -> None:
    results = {AEGRA.key: as_expected(AEGRA)}
    results[AEGRA.key]["async"]["get"] = "fails: X"
    lines = compat.table([AEGRA], results).splitlines()
    assert lines[0] == "| operation | Aegra 0.11.0 |"
    assert len(lines) == 2 + len(STEPS)
    assert "| count | not offered · SDK: fails: NotFoundError 404 |" in lines
    assert "| get | sync: works / async: fails: X · SDK: works |" in lines
    results[AEGRA.key]["sdk-async"]["copy"] = "works"
    lines = compat.table([AEGRA], results).splitlines()
    assert "| copy | not offered · SDK: sync: fails: NotFoundError 404 / async: works |" in lines


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (None, WORKS),
        (NotImplementedError(), "n/a"),
        (AssertionError("wrong"), "fails: AssertionError"),
    ],
)
def test_outcome_names(error: BaseException | None, expected: str) -> None:
    assert outcome(error) == expected


def test_typed_errors_name_their_class_and_status() -> None:
    import httpx

    request = httpx.Request("POST", "http://x/threads/t/copy")
    response = httpx.Response(404, request=request)
    assert outcome(OperationNotFoundError("m", response=response, body=None)) == NOT_OFFERED
    response = httpx.Response(422, request=request)
    error = UnprocessableEntityError("m", response=response, body=None)
    assert outcome(error) == "fails: UnprocessableEntityError 422"
