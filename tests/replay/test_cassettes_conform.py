"""Offline: every answer recorded from every server conforms to openapi.yaml.

The conformance walk (tests/conformance) checks the current server live; this checks what the
cassettes hold from langgraph-api 0.2.125, 0.6.39, the current release and Aegra with the same
independent checker (PyYAML + jsonschema), so the spec cannot promise a field or a null that
one of the servers does not keep to. Answers of an operation the server does not offer (405, a
routing 404, a feature-flag 422) are outside every operation's contract and are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import yaml

from langgraph_threads_client import OperationNotOfferedError
from langgraph_threads_client._error_map import status_error
from tests.conformance.spec_check import SPEC_PATH, SpecChecker

CASSETTES = sorted((Path(__file__).parent / "cassettes").glob("*.yaml"))


def recorded_responses(cassette: Path) -> list[httpx.Response]:
    """The recorded answers of the threads API (not those of the runs the walk starts, with
    plain httpx, to leave a thread failed: the runs API is not this client's)."""
    responses = []
    for interaction in yaml.safe_load(cassette.read_text())["interactions"]:
        sent, answer = interaction["request"], interaction["response"]
        if "/runs" in httpx.URL(sent["uri"]).path:
            continue
        headers = {name: values[0] for name, values in answer["headers"].items()}
        headers.pop("content-encoding", None)  # recorded decoded
        responses.append(
            httpx.Response(
                answer["status"]["code"],
                headers=headers,
                content=answer["body"]["string"].encode(),
                request=httpx.Request(sent["method"], sent["uri"]),
            )
        )
    return responses


def not_offered(response: httpx.Response) -> bool:
    # (the recorded servers have no base path: the URL's path is the operation's own)
    path = response.request.url.raw_path.decode("ascii").partition("?")[0]
    return not response.is_success and isinstance(
        status_error(response, path), OperationNotOfferedError
    )


@pytest.fixture(scope="module")
def checker() -> SpecChecker:
    return SpecChecker.from_file()


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda path: path.stem)
def test_every_recorded_answer_conforms(cassette: Path, checker: SpecChecker) -> None:
    responses = recorded_responses(cassette)
    checked = [response for response in responses if not not_offered(response)]
    assert len(checked) >= 17  # the walk, less what the server does not offer
    violations = [problem for response in checked for problem in checker.violations(response)]
    assert violations == []


def test_the_check_bites_on_a_field_a_server_omits(checker: SpecChecker) -> None:
    """Requiring state_updated_at again (as the spec once did) fails on the older servers."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    spec["components"]["schemas"]["Thread"]["required"].append("state_updated_at")
    strict = SpecChecker(spec)
    old = next(path for path in CASSETTES if "0.2.125" in path.name)
    problems = [p for r in recorded_responses(old) for p in strict.violations(r)]
    assert any("'state_updated_at' is a required property" in problem for problem in problems)


def test_the_cassettes_hold_a_failed_thread_as_each_server_sends_it() -> None:
    """The walk reads a thread whose run failed (tests/walkthrough.py); the recordings hold its
    error in every form the servers send: an object, a string, or no field at all."""
    forms: dict[str, set[str]] = {}
    for cassette in CASSETTES:
        server = cassette.stem.rsplit("-", 1)[0]
        for response in recorded_responses(cassette):
            if response.request.method == "GET" and b'"failed_walk"' in response.content:
                thread = json.loads(response.content)
                assert thread["status"] == "error"
                form = type(thread["error"]).__name__ if "error" in thread else "absent"
                forms.setdefault(server, set()).add(form)
    assert forms == {
        "langgraph-api-0.2.125": {"str"},
        "langgraph-api-0.6.39": {"str"},
        "langgraph-api-current": {"dict"},
        "aegra-0.8.6": {"absent"},
        "aegra-0.11.0": {"absent"},
    }
