"""Every failure ends in one typed exception, for any status and any body, in both forms."""

from __future__ import annotations

import httpx
import pytest

from langgraph_threads_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.forms import Form, threads_client

THREAD_ID = "01a20f6f-7ed2-7453-b595-f65dd9614208"
HTML = "<html><body>Bad gateway</body></html>"
THREAD_JSON = {
    "thread_id": THREAD_ID,
    "created_at": "2026-11-24T21:21:34.931247+00:00",
    "updated_at": "2026-11-24T21:21:34.931247+00:00",
    "state_updated_at": "2026-11-24T21:21:34.931247+00:00",
    "metadata": {"user_id": "u1"},
    "status": "idle",
    "config": {},
    "values": None,
}


def answer(status: int, **kwargs: object) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (405, APIStatusError),
        (413, APIStatusError),
        (418, APIStatusError),
        (499, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_its_error_class(
    form: Form, status: int, error_class: type[APIStatusError]
) -> None:
    body = {"detail": f"failed with {status}"}
    headers = {"x-request-id": "req-123"}
    with (
        threads_client(form, transport=answer(status, json=body, headers=headers)) as threads,
        pytest.raises(error_class) as caught,
    ):
        threads.get(THREAD_ID)
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.message == f"failed with {status}"
    assert error.body == body
    assert error.request_id == "req-123"
    assert error.response.status_code == status
    assert error.request is not None
    assert error.request.url.path == f"/threads/{THREAD_ID}"
    assert str(error) == f"{status}: failed with {status}"


@pytest.mark.parametrize(
    ("kwargs", "message", "body"),
    [
        (
            {"text": "<html><body>Bad gateway</body></html>"},
            "<html><body>Bad gateway</body></html>",
            "<html><body>Bad gateway</body></html>",
        ),
        ({"content": b""}, "Service Unavailable", None),
        ({"text": "Internal Server Error"}, "Internal Server Error", "Internal Server Error"),
        ({"json": {"error": "x"}}, '{"error": "x"}', {"error": "x"}),
        ({"json": {"detail": ["a", "b"]}}, '{"detail": ["a", "b"]}', {"detail": ["a", "b"]}),
        ({"content": b"\xff\xfe not utf-8"}, None, None),
    ],
    ids=["html", "empty", "plain-text", "json-without-detail", "detail-not-a-string", "bad-bytes"],
)
def test_error_bodies_of_any_kind_keep_status_and_text(
    form: Form, kwargs: dict[str, object], message: str | None, body: object
) -> None:
    with (
        threads_client(form, transport=answer(503, **kwargs)) as threads,
        pytest.raises(InternalServerError) as caught,
    ):
        threads.count()
    assert caught.value.status_code == 503
    if message is not None:
        assert caught.value.message == message
        assert caught.value.body == body
    else:
        assert caught.value.message  # some text, never a decoding exception


@pytest.mark.parametrize(
    ("status", "kwargs", "call"),
    [
        (200, {"text": "not json"}, "get"),
        (200, {"json": []}, "get"),
        (200, {"json": {"thread_id": THREAD_ID}}, "get"),
        (200, {"json": {**THREAD_JSON, "created_at": "yesterday"}}, "get"),
        (201, {"json": {"detail": "superstep write failed"}}, "create"),
        (200, {"json": {"n": 1}}, "count"),
        (200, {"json": True}, "count"),
        (200, {"json": {"threads": []}}, "search"),
        (200, {"json": [{"thread_id": THREAD_ID}]}, "search"),
        (200, {"json": {"values": {}}}, "get_state"),
        (200, {"json": {}}, "prune"),
        (200, {"json": "oops"}, "get_history"),
    ],
    ids=[
        "not-json",
        "list-for-object",
        "missing-fields",
        "bad-timestamp",
        "create-201-detail",
        "count-object",
        "count-bool",
        "search-object",
        "search-partial-item",
        "state-missing-fields",
        "prune-missing-count",
        "history-string",
    ],
)
def test_success_status_with_wrong_body_is_a_validation_error(
    form: Form, status: int, kwargs: dict[str, object], call: str
) -> None:
    calls = {
        "get": lambda t: t.get(THREAD_ID),
        "create": lambda t: t.create(),
        "count": lambda t: t.count(),
        "search": lambda t: t.search(),
        "get_state": lambda t: t.get_state(THREAD_ID),
        "prune": lambda t: t.prune([THREAD_ID]),
        "get_history": lambda t: t.get_history(THREAD_ID),
    }
    with (
        threads_client(form, transport=answer(status, **kwargs)) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        calls[call](threads)
    assert caught.value.status_code == status
    assert caught.value.response.status_code == status
    assert "does not match the API spec" in caught.value.message
    expected_body = kwargs.get("json", kwargs.get("text"))
    assert caught.value.body == expected_body


@pytest.mark.parametrize(
    ("exception", "error_class"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadError("reset by peer"), APIConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), APIConnectionError),
        (httpx.WriteError("broken pipe"), APIConnectionError),
        (httpx.ConnectTimeout("connect"), APITimeoutError),
        (httpx.ReadTimeout("read"), APITimeoutError),
        (httpx.PoolTimeout("pool"), APITimeoutError),
    ],
)
def test_transport_failures_become_connection_errors(
    form: Form, exception: httpx.TransportError, error_class: type[APIConnectionError]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        exception.request = request
        raise exception

    with (
        threads_client(form, transport=httpx.MockTransport(fail)) as threads,
        pytest.raises(error_class) as caught,
    ):
        threads.delete(THREAD_ID)
    assert type(caught.value) is error_class
    assert isinstance(caught.value.__cause__, type(exception))
    assert caught.value.request is not None
    assert caught.value.request.method == "DELETE"
    assert caught.value.last_event_id is None
    name = type(exception).__name__
    if error_class is APITimeoutError:
        assert str(caught.value) == f"Request timed out ({name})."
    else:
        assert str(caught.value) == f"Connection error ({name}: {exception})."
    assert caught.value.message == str(caught.value)


def test_errors_built_by_hand_have_their_documented_defaults() -> None:
    request = httpx.Request("GET", "http://x.test/threads")
    connection = APIConnectionError(request=request)
    assert (str(connection), connection.message) == ("Connection error.",) * 2
    assert (connection.request, connection.body, connection.last_event_id) == (request, None, None)
    timeout = APITimeoutError(request=None)
    assert (str(timeout), timeout.message) == ("Request timed out.",) * 2
    response = httpx.Response(200, json={"detail": "x"}, request=request)
    invalid = APIResponseValidationError("bad body", response=response, body={"detail": "x"})
    assert (str(invalid), invalid.request, invalid.status_code) == ("bad body", request, 200)
    status = APIStatusError(
        "gone",
        response=httpx.Response(410, headers={"x-request-id": "r1"}, request=request),
        body=None,
    )
    assert (str(status), status.message, status.request_id, status.request) == (
        "410: gone",
        "gone",
        "r1",
        request,
    )


def test_every_error_is_an_api_error() -> None:
    for error_class in (
        APIStatusError,
        APIConnectionError,
        APITimeoutError,
        APIResponseValidationError,
        NotFoundError,
    ):
        assert issubclass(error_class, APIError)
    assert issubclass(APITimeoutError, APIConnectionError)


def test_error_names_match_the_official_sdk() -> None:
    from langgraph_sdk import errors as sdk_errors

    from langgraph_threads_client import errors

    for name in errors.__all__:
        assert hasattr(sdk_errors, name), name
