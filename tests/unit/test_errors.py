"""Every failure ends in one typed exception, for any status and any body, in both forms."""

from __future__ import annotations

import copy
import json
import pickle
import tracemalloc
from typing import Any

import httpcore
import httpx
import httpx2
import orjson
import pytest
from anyio import ClosedResourceError
from langgraph_sdk import errors as sdk_errors
from langgraph_sdk.client import SyncLangGraphClient

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
    StreamDisconnectedError,
    UnprocessableEntityError,
    _error_map,
    errors,
    get_sync_client,
)
from langgraph_threads_client.errors import stream_disconnected, with_cause_class
from tests.forms import Form, is_sync, library_of, stack_of, threads_client
from tests.unit.test_parsing import DEEPER
from tests.waits import SleepRecorder

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
    assert isinstance(error, error_class)
    assert type(error).__name__ == error_class.__name__
    assert error.status_code == status
    assert error.message == f"failed with {status}"
    assert error.body == body
    assert error.request_id == "req-123"
    assert error.response.status_code == status
    assert error.request is not None
    assert error.request.url.path == f"/threads/{THREAD_ID}"
    assert str(error) == f"failed with {status}"  # the server's sentence, as the SDK's
    # ... and the httpx (or httpx2) error the official SDK's errors are.
    library = library_of(form)
    assert isinstance(error, library.HTTPStatusError)
    assert isinstance(error, library.HTTPError)
    assert not isinstance(error, library.RequestError)


@pytest.mark.parametrize(
    ("kwargs", "message", "body"),
    [
        ({"text": HTML}, "503 Service Unavailable: Bad gateway", HTML),
        (
            {
                "text": "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
            },
            "503 Service Unavailable: 502 Bad Gateway",
            None,
        ),
        ({"content": b""}, "503 Service Unavailable", None),
        (
            {"text": "Internal Server Error"},
            "503 Service Unavailable: Internal Server Error",
            "Internal Server Error",
        ),
        ({"json": {"detail": "Thread busy"}}, "Thread busy", {"detail": "Thread busy"}),
        ({"json": {"error": "x"}}, "x", {"error": "x"}),
        (
            {"json": {"error": "not_found", "message": "Thread 'a' not found", "details": None}},
            "Thread 'a' not found",
            None,
        ),
        ({"json": {"error": {"message": "quota exceeded", "code": 7}}}, "quota exceeded", None),
        ({"json": {"detail": ["a", "b"]}}, "503 Service Unavailable: a; b", {"detail": ["a", "b"]}),
        (
            {
                "json": {
                    "detail": [{"loc": ["body", "select"], "msg": "not supported", "type": "v"}]
                }
            },
            "503 Service Unavailable: body.select: not supported",
            None,
        ),
        ({"json": {"unrelated": 1}}, "503 Service Unavailable", {"unrelated": 1}),
        ({"json": ["bad", "worse"]}, "503 Service Unavailable: bad; worse", ["bad", "worse"]),
        ({"content": b"\xff\xfe not utf-8"}, None, None),
    ],
    ids=[
        "html",
        "html-title",
        "empty",
        "plain-text",
        "detail",
        "error-string",
        "aegra-error-message",
        "nested-error-message",
        "detail-list",
        "fastapi-validation",
        "json-without-message",
        "json-list",
        "bad-bytes",
    ],
)
def test_error_bodies_of_any_kind_give_a_sentence(
    form: Form, kwargs: dict[str, object], message: str | None, body: object
) -> None:
    with (
        threads_client(form, transport=answer(503, **kwargs)) as threads,
        pytest.raises(InternalServerError) as caught,
    ):
        threads.count()
    assert caught.value.status_code == 503
    assert caught.value.message  # some text, never a decoding exception
    assert "{" not in caught.value.message  # a sentence, never a JSON dump
    if message is not None:
        assert caught.value.message == message
    if body is not None:
        assert caught.value.body == body


@pytest.mark.parametrize(
    ("status", "kwargs"),
    [
        (404, {"json": {"detail": "Thread with ID x not found"}}),
        (409, {"json": {"error": "conflict", "message": "Thread 'x' exists", "detail": "d"}}),
        (429, {"json": {"error": {"message": "quota exceeded"}}}),
        (500, {"text": "Internal Server Error"}),
        (502, {"text": HTML}),
        (503, {"content": b""}),
        (422, {"json": {"detail": [{"loc": ["body", "limit"], "msg": "too big", "type": "v"}]}}),
        (500, {"json": {"unrelated": 1}}),
        (599, {"json": {"error": 7}}),
        (500, {"json": {"error": {"error": "inner"}}}),
    ],
    ids=[
        "detail",
        "aegra",
        "nested",
        "text",
        "html",
        "empty",
        "validation",
        "other",
        "599",
        "nested-error-in-error",
    ],
)
def test_str_of_an_error_is_the_sdks_or_begins_with_it(
    status: int, kwargs: dict[str, object]
) -> None:
    # Code checks ``"500" in str(e)`` or shows ``str(e)``: it reads what it read with the SDK,
    # and where the SDK's says only the status line, what the body said follows it.
    from langgraph_sdk.client import SyncLangGraphClient

    with (
        SyncLangGraphClient(
            httpx.Client(base_url="http://sdk.test", transport=answer(status, **kwargs))
        ) as sdk,
        pytest.raises(httpx.HTTPStatusError) as theirs,
    ):
        sdk.threads.get(THREAD_ID)
    with (
        threads_client("sync", transport=answer(status, **kwargs)) as threads,
        pytest.raises(httpx.HTTPStatusError) as ours,
    ):
        threads.get(THREAD_ID)
    expected = str(theirs.value)
    assert str(ours.value) == expected or str(ours.value).startswith(f"{expected}: ")
    if status == 500 and kwargs.get("text") == "Internal Server Error":
        assert str(ours.value) == expected  # the body only repeats the phrase


def test_a_body_that_repeats_the_status_phrase_in_other_case_adds_nothing() -> None:
    assert status_error_for(text="service UNAVAILABLE").message == "503 Service Unavailable"


@pytest.mark.parametrize(
    ("status", "kwargs", "call"),
    [
        (200, {"text": "not json"}, "get"),
        (200, {"json": []}, "get"),
        (200, {"json": {"thread_id": THREAD_ID}}, "get"),
        (201, {"json": {"detail": "superstep write failed"}}, "create"),
        (200, {"json": {"n": 1}}, "count"),
        (200, {"json": {"threads": []}}, "search"),
        (200, {"json": [{"thread_id": THREAD_ID}]}, "search"),
        (200, {"json": {"values": {}}}, "get_state"),
        (200, {"json": []}, "prune"),
        (200, {"json": "oops"}, "get_history"),
    ],
    ids=[
        "not-json",
        "list-for-object",
        "missing-fields",
        "create-201-detail",
        "count-object",
        "search-object",
        "search-partial-item",
        "state-missing-fields",
        "prune-list",
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
    # JSON of another shape is said to be; a body that is no JSON, what it is.
    said = "a body that does not match the API spec" if "json" in kwargs else "a text/plain body"
    assert f" answered {status} with {said}" in caught.value.message
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
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else "",
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
    assert isinstance(caught.value, error_class)
    # The cause is the same failure of the form's stack (httpx2's class of the same name).
    cause = caught.value.__cause__
    assert type(cause).__name__ == type(exception).__name__
    assert type(cause).__module__ == stack_of(form)
    # On either stack, httpx's exception too: except clauses written for the SDK catch it.
    assert isinstance(caught.value, getattr(httpx, type(exception).__name__))
    assert isinstance(caught.value, type(cause))
    assert caught.value.request is not None
    assert caught.value.request.method == "DELETE"
    assert caught.value.last_event_id is None
    name = type(exception).__name__
    if name == "PoolTimeout":  # (this client's queue says why no connection was free)
        assert str(caught.value) == f"Request timed out ({name}: {exception})."
    elif error_class is APITimeoutError:
        assert str(caught.value) == f"Request timed out ({name})."
    else:
        assert str(caught.value) == f"Connection error ({name}: {exception})."
    assert caught.value.message == str(caught.value)


@pytest.mark.parametrize("library", [httpx, httpx2], ids=lambda module: module.__name__)
def test_a_call_never_sent_as_its_client_closed_is_httpxs_request_error_on_either_stack(
    library: Any,
) -> None:
    from langgraph_threads_client._error_map import closed_while_waiting

    error = closed_while_waiting(library.RequestError, httpx.Request("GET", "http://t/threads"))
    assert isinstance(error, APIConnectionError)
    assert isinstance(error, library.RequestError)
    assert isinstance(error, httpx.RequestError)  # (shutdown code's except httpx.HTTPError)
    assert isinstance(error, RuntimeError)


def test_a_body_that_cannot_be_decompressed_is_not_called_a_connection_error(form: Form) -> None:
    def corrupt(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-type": "application/json"}
        return httpx.Response(200, content=b"not gzip", headers=headers)

    with (
        threads_client(form, transport=httpx.MockTransport(corrupt)) as threads,
        pytest.raises(APIConnectionError) as caught,
    ):
        threads.get(THREAD_ID)
    # Still the stack's own error, as the official SDK raises it.
    assert type(caught.value.__cause__).__name__ == "DecodingError"
    assert caught.value.args[0].startswith("Undecodable response (DecodingError: ")
    assert caught.value.request is not None


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
        "gone",
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

    own = {
        "OperationNotOfferedError",
        "OperationNotFoundError",
        "OperationDisabledError",
        "StreamDisconnectedError",  # a subclass of the SDK's APIConnectionError
    }
    for name in set(errors.__all__) - own:
        assert hasattr(sdk_errors, name), name
    assert own <= set(errors.__all__)
    # ... and every exception class the SDK has, this client has (its base LangGraphError too).
    sdk_classes = {
        name
        for name, value in vars(sdk_errors).items()
        if isinstance(value, type)
        and issubclass(value, Exception)
        and value.__module__ == sdk_errors.__name__
    }
    assert sdk_classes <= set(errors.__all__)
    assert issubclass(errors.APIError, errors.LangGraphError)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (
            {"detail": "x", "code": "E42", "param": "limit", "type": "invalid"},
            ("E42", "limit", "invalid"),
        ),
        ({"detail": "x", "code": 42}, (None, None, None)),
        ("plain text", (None, None, None)),
    ],
)
def test_code_param_and_type_are_read_from_the_body_as_by_the_sdk(
    body: object, fields: tuple[object, ...]
) -> None:
    kwargs = {"json": body} if isinstance(body, dict) else {"text": body}
    error = status_error_for(**kwargs)
    assert (error.code, error.param, error.type) == fields


TRANSPORT_FAILURES: list[tuple[type[httpx.TransportError], type[APIConnectionError]]] = [
    (httpx.ConnectError, APIConnectionError),
    (httpx.ReadError, APIConnectionError),
    (httpx.WriteError, APIConnectionError),
    (httpx.CloseError, APIConnectionError),
    (httpx.RemoteProtocolError, APIConnectionError),
    (httpx.LocalProtocolError, APIConnectionError),
    (httpx.ProxyError, APIConnectionError),
    (httpx.UnsupportedProtocol, APIConnectionError),
    (httpx.ConnectTimeout, APITimeoutError),
    (httpx.ReadTimeout, APITimeoutError),
    (httpx.WriteTimeout, APITimeoutError),
    (httpx.PoolTimeout, APITimeoutError),
]


@pytest.mark.parametrize(("httpx_class", "error_class"), TRANSPORT_FAILURES)
def test_connection_errors_are_the_httpx_errors_that_caused_them(
    form: Form, httpx_class: type[httpx.TransportError], error_class: type[APIConnectionError]
) -> None:
    """``except httpx.X`` written for the official SDK (which lets httpx's errors through)
    catches this client's error for the same failure, at every level of httpx's hierarchy."""

    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx_class("it failed", request=request)

    with (
        threads_client(form, transport=httpx.MockTransport(fail), max_retries=0) as threads,
        pytest.raises(getattr(library_of(form), httpx_class.__name__)) as caught,
    ):
        threads.get(THREAD_ID)
    error = caught.value
    library = library_of(form)  # on httpx2, its classes of the same names
    assert isinstance(error, error_class)
    assert isinstance(error, library.TransportError)
    assert isinstance(error, library.RequestError)
    assert isinstance(error, library.HTTPError)
    assert isinstance(error, library.TimeoutException) is (error_class is APITimeoutError)
    assert not isinstance(error, library.HTTPStatusError)
    assert type(error).__name__ == error_class.__name__  # as tracebacks show it
    assert error.request is not None
    assert error.request.url.path == f"/threads/{THREAD_ID}"
    assert isinstance(error.__cause__, getattr(library, httpx_class.__name__))
    assert httpx_class.__name__ in str(error)
    assert error.last_event_id is None


def test_one_class_per_pair_and_no_new_class_per_error() -> None:
    first = _error_map.connection_error(httpx.ConnectError("a"))
    second = _error_map.connection_error(httpx.ConnectError("b"))
    assert type(first) is type(second)
    assert type(first) is with_cause_class(APIConnectionError, httpx.ConnectError)
    assert with_cause_class(APIConnectionError, APIError) is APIConnectionError  # already one


def test_the_mechanism_is_generic_over_the_cause_class() -> None:
    """httpx2 (httpx's continuation, same names) or a transport's own exception: no list."""
    httpx2 = pytest.importorskip("httpx2")
    error = _error_map.connection_error(httpx2.ConnectError("refused"))
    assert isinstance(error, httpx2.ConnectError)
    assert isinstance(error, httpx2.TransportError)
    assert isinstance(error, APIConnectionError)
    assert not isinstance(error, APITimeoutError)
    timeout = _error_map.connection_error(httpx2.ReadTimeout("slow"))
    assert isinstance(timeout, httpx2.TimeoutException)
    assert isinstance(timeout, APITimeoutError)

    response = httpx2.Response(
        404, json={"detail": "gone"}, request=httpx2.Request("GET", "http://t/")
    )
    status = _error_map.status_error(response, "/")
    assert isinstance(status, httpx2.HTTPStatusError)
    assert isinstance(status, httpx.HTTPStatusError)
    assert isinstance(status, NotFoundError)
    assert status.response is response
    assert str(status) == "gone"

    class TransportGone(httpx.TransportError):
        def __init__(self, message: str, *, host: str) -> None:
            super().__init__(message)
            self.host = host

    custom = _error_map.connection_error(TransportGone("gone", host="db"))
    assert isinstance(custom, TransportGone)
    assert custom.host == "db"  # what the cause's class promises is there


def test_a_cause_class_that_cannot_be_combined_gives_the_plain_error() -> None:
    class Unsubclassable(httpx.TransportError):
        def __init_subclass__(cls) -> None:
            raise TypeError("final")

    error = _error_map.connection_error(Unsubclassable("z"))
    assert type(error) is APIConnectionError
    assert str(error) == "Connection error (Unsubclassable: z)."


def test_status_errors_survive_pickle_copy_and_repr() -> None:
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}")
    response = httpx.Response(
        404, json={"detail": "Thread not found"}, request=request, headers={"x-request-id": "r1"}
    )
    error = _error_map.status_error(response, f"/threads/{THREAD_ID}")
    assert repr(error) == "NotFoundError('Thread not found')"
    for twin in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(twin) is NotFoundError
        assert str(twin) == "Thread not found"
        assert twin.message == "Thread not found"
        assert twin.body == {"detail": "Thread not found"}
        assert twin.status_code == 404
        assert twin.request_id == "r1"
        assert twin.response.status_code == 404
        assert twin.request.url == request.url
        assert isinstance(twin, httpx.HTTPStatusError)


def test_connection_errors_survive_pickle_and_copy_with_their_httpx_class() -> None:
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}/stream")
    error = _error_map.connection_error(httpx.ReadTimeout("timed out", request=request))
    error.last_event_id = "1732480000000-0"
    for twin in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(twin) is type(error)
        assert isinstance(twin, httpx.ReadTimeout)
        assert isinstance(twin, APITimeoutError)
        assert twin.last_event_id == "1732480000000-0"
        assert twin.request is not None
        assert twin.request.url == request.url
        assert str(twin) == str(error) == "Request timed out (ReadTimeout)."
    assert repr(error) == "APITimeoutError('Request timed out (ReadTimeout).')"


def test_errors_built_by_hand_keep_working() -> None:
    """Code (and tests) that raise these errors themselves, as the constructors document."""
    plain = APIConnectionError(request=None)
    with pytest.raises(RuntimeError, match=r"^The \.request property has not been set\.$"):
        _ = plain.request  # (as httpx's errors without one)
    assert str(plain) == "Connection error."
    assert pickle.loads(pickle.dumps(plain)).message == "Connection error."
    response = httpx.Response(500, request=httpx.Request("GET", "http://test/"))
    status = InternalServerError("boom", response=response, body=None)
    assert isinstance(status, httpx.HTTPStatusError)
    assert status.request is response.request
    assert str(status) == "boom"


def test_errors_built_by_hand_as_code_written_for_the_sdk_builds_them() -> None:
    """Each of the SDK's forms (its tests' fakes of a failure) builds the same error here."""
    request = httpx.Request("GET", "http://test/threads")
    response = httpx.Response(200, request=request)
    forms: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("APIError", ("odd", request), {"body": {"a": 1}}),
        ("APIError", ("odd", response), {"body": None}),
        ("NotFoundError", ("gone",), {"response": response, "body": {"detail": "gone"}}),
        ("APIConnectionError", (), {"request": request}),
        ("APIConnectionError", (), {"message": "refused", "request": request}),
        ("APITimeoutError", (request,), {}),
        ("APIResponseValidationError", (response, {"a": 1}), {}),
        ("APIResponseValidationError", (response, None), {"message": "not a thread"}),
        ("APIResponseValidationError", (), {"response": response, "body": [1]}),
    ]
    for name, args, kwargs in forms:
        theirs = getattr(sdk_errors, name)(*args, **kwargs)
        ours = getattr(errors, name)(*args, **kwargs)
        assert (str(ours), ours.request, ours.body) == (
            str(theirs),
            theirs.request,
            theirs.body,
        ), name
        assert pickle.loads(pickle.dumps(ours)).message == ours.message
    with pytest.raises(TypeError, match="takes a request once"):
        errors.APITimeoutError(request, request=request)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="needs the response"):
        errors.APIResponseValidationError("no response")  # type: ignore[call-overload]


def test_connection_errors_rebuild_from_their_args_as_result_backends_rebuild_them() -> None:
    """Celery's JSON result backend, say, sends a failed task's error as its class's name and
    ``args`` and rebuilds it as ``cls(*args)``: as httpx's errors (the SDK's), these rebuild."""
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}/stream")
    raised = [
        _error_map.connection_error(httpx.ConnectError("refused", request=request)),
        _error_map.connection_error(httpx.ReadTimeout("timed out", request=request)),
        stream_disconnected(
            _error_map.connection_error(httpx.ReadError("reset", request=request)),
            last_event_id="5-0",
        ),
    ]
    for error in raised:
        named = getattr(errors, type(error).__name__)
        rebuilt = named(*error.args)
        assert isinstance(rebuilt, named)
        assert isinstance(rebuilt, APIConnectionError)
        assert (str(rebuilt), rebuilt.message) == (str(error), error.message)
        with pytest.raises(RuntimeError, match=r"^The \.request property has not been set\.$"):
            _ = rebuilt.request
    assert str(APITimeoutError()) == "Request timed out."  # (as httpx's, none is needed)


def test_a_stream_that_gives_up_is_of_the_classes_of_its_last_failure() -> None:
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}/stream")
    timeout = _error_map.connection_error(httpx.ReadTimeout("timed out", request=request))
    error = stream_disconnected(timeout, last_event_id="1732480000000-0")
    assert type(error) is type(stream_disconnected(timeout, last_event_id=None))  # one class
    for twin in (error, pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(twin) is type(error)
        assert type(twin).__name__ == "StreamDisconnectedError"
        assert isinstance(twin, StreamDisconnectedError)
        assert isinstance(twin, APITimeoutError)
        assert isinstance(twin, httpx.ReadTimeout)
        assert twin.last_event_id == "1732480000000-0"
        assert twin.request is not None
        assert twin.request.url == request.url
        assert str(twin) == "Request timed out (ReadTimeout)."

    closed = stream_disconnected(
        APIConnectionError("The server closed the stream.", request=request), last_event_id=None
    )
    assert type(closed) is StreamDisconnectedError
    assert not isinstance(closed, APITimeoutError)
    assert str(closed) == "The server closed the stream."


def test_stream_disconnected_errors_built_by_hand() -> None:
    error = StreamDisconnectedError(request=None, last_event_id="5-0")
    assert isinstance(error, APIConnectionError)
    assert str(error) == "The stream was disconnected."
    assert error.last_event_id == "5-0"
    assert pickle.loads(pickle.dumps(error)).last_event_id == "5-0"


def status_error_for(**kwargs: object) -> APIStatusError:
    request = httpx.Request("POST", "http://test/threads/count")
    response = httpx.Response(503, request=request, **kwargs)  # type: ignore[arg-type]
    return _error_map.status_error(response, "/threads/count")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"json": {"detail": [{"loc": [], "msg": "an empty location"}]}}, "an empty location"),
        ({"json": {"detail": [{"msg": "no location"}]}}, "no location"),
        ({"json": {"detail": [{"loc": "body", "msg": "a text location"}]}}, "a text location"),
        ({"text": "a &amp; b  <c>"}, "a &amp; b  <c>"),  # plain text is kept as sent
        ({"text": "\n  <!DOCTYPE html><title>Down</title>"}, "Down"),
        ({"text": "<head><title>Head first</title></head>"}, "Head first"),
        ({"text": "<body>A body</body>"}, "A body"),
        ({"text": "<h1>Teapot</h1>"}, "Teapot"),
        ({"text": "<title>Only a title</title>"}, "Only a title"),
        ({"text": "<HTML><TITLE>\nShouting\n</TITLE><BODY>More</BODY></HTML>"}, "Shouting"),
        (
            {
                "text": "<html><body><SCRIPT>\nvar x = 1;\n</SCRIPT><style>\np {}\n</style>"
                "Real text</body></html>"
            },
            "Real text",
        ),
        ({"text": "<body>a<script>b</script>c<script>never closed"}, "a c"),
        ({"text": "<html><title>Cut off"}, "Cut off"),
        ({"text": "<html><body>stray </title> <title>Real</title>"}, "Real"),
        ({"text": "<body><SCRIPT>x</script>After</body>"}, "After"),
        # A truncated page full of unclosed "<": before, each one was searched to the end of
        # the page (about 20 s of CPU for this one).
        (
            {"text": "<html><body>" + "a < b " * 20_000 + "z" * 280_000},
            " ".join(("a < b " * 200).split())[:999] + "\u2026",
        ),
        ({"text": "<html><body>" + "<script>x" * 20_000}, None),
        ({"json": {"detail": "x" * 1000}}, "x" * 1000),
        # The text the SDK's error says, whole (the body said no more than that).
        ({"json": {"detail": "x" * 100_000 + " END"}}, "x" * 100_000 + " END"),
    ],
    ids=[
        "validation-empty-loc",
        "validation-no-loc",
        "validation-text-loc",
        "plain-text-with-markup",
        "html-after-blank-lines",
        "html-head",
        "html-body",
        "html-h1",
        "html-title",
        "html-upper-case-title",
        "html-scripts-and-styles",
        "html-unclosed-script",
        "html-unclosed-title",
        "html-stray-title-end",
        "html-script-closed-in-another-case",
        "html-unclosed-angle-brackets",
        "html-unclosed-scripts",
        "long-message",
        "longer-message-whole",
    ],
)
def test_the_sentence_of_every_error_body(kwargs: dict[str, object], message: str | None) -> None:
    # After the status line, as the body names no error the SDK reads (a JSON "detail" string
    # is the whole message, as the SDK's).
    said = status_error_for(**kwargs).message
    if message is None:  # nothing readable: the status line alone
        assert said == "503 Service Unavailable"
    else:
        assert said.removeprefix("503 Service Unavailable: ") == message


def test_a_failure_reported_with_a_success_status_says_what_the_server_said(form: Form) -> None:
    said = {"error": "write_failed", "message": "superstep write failed"}
    with (
        threads_client(form, transport=answer(201, json=said)) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.create()
    assert caught.value.message.endswith("; the server said: superstep write failed")


def test_a_page_where_json_belongs_says_what_it_is(form: Form) -> None:
    """A login or proxy page answered with 200: its type and title, not a decoder's error."""
    page = "<!DOCTYPE html><html><head><title>Sign in</title></head><body>...</body></html>"
    with (
        threads_client(form, transport=answer(200, html=page)) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.get(THREAD_ID)
    assert caught.value.message == (
        f"GET /threads/{THREAD_ID} answered 200 with a text/html body, where JSON was "
        "expected; the server said: Sign in"
    )
    assert caught.value.body == page
    # Plain text where JSON belongs: its type, and no dump of it.
    for content_type in ("text/plain", "text/plain; charset=utf-8; format=flowed"):
        transport = answer(200, content=b"not json", headers={"content-type": content_type})
        with (
            threads_client(form, transport=transport) as threads,
            pytest.raises(APIResponseValidationError) as caught,
        ):
            threads.get(THREAD_ID)
        assert caught.value.message == (
            f"GET /threads/{THREAD_ID} answered 200 with a text/plain body, where JSON was expected"
        )
    # JSON that is not valid: the decoder's reason, and where.
    transport = answer(200, content=b"{not json", headers={"content-type": "application/json"})
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.get(THREAD_ID)
    assert caught.value.message == (
        f"GET /threads/{THREAD_ID} answered 200 with a body that is not JSON (unexpected "
        "character, expected a string key: line 1 column 2 (char 1))"
    )
    assert caught.value.body == "{not json"


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"<html><head><title>Sign in</title></head></html>", "text/html"),
        (b"{not json", "application/json"),
        (b"\xff\xfe not json", None),
    ],
)
def test_a_body_that_is_not_json_is_caught_as_the_sdks_decoder_error(
    form: Form, content: bytes, content_type: str | None
) -> None:
    """The official SDK raises orjson's decoder error there (a json.JSONDecodeError): code
    written for it catches this client's error as either, with the decoder's msg, doc, pos."""
    headers = {"content-type": content_type} if content_type else {}
    transport = answer(200, content=content, headers=headers)
    sdk_http = httpx.Client(base_url="http://sdk.test", transport=transport)
    with SyncLangGraphClient(sdk_http) as sdk, pytest.raises(json.JSONDecodeError) as sdk_caught:
        sdk.threads.get(THREAD_ID)
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.get(THREAD_ID)
    error = caught.value
    assert isinstance(sdk_caught.value, orjson.JSONDecodeError)
    assert isinstance(error, orjson.JSONDecodeError)  # (and so a json.JSONDecodeError)
    assert error.doc == sdk_caught.value.doc
    assert (error.msg, error.pos) == (sdk_caught.value.msg, sdk_caught.value.pos)
    assert (error.lineno, error.colno) >= (1, 1)
    assert error.pos >= 0
    assert error.response.status_code == 200
    copied = pickle.loads(pickle.dumps(error))
    assert isinstance(copied, APIResponseValidationError)
    assert isinstance(copied, orjson.JSONDecodeError)
    assert (copied.message, copied.pos, copied.doc) == (error.message, error.pos, error.doc)


def test_json_of_another_shape_is_no_decoder_error(form: Form) -> None:
    with (
        threads_client(form, transport=answer(200, json=[])) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.get(THREAD_ID)
    assert not isinstance(caught.value, json.JSONDecodeError)


def test_an_empty_body_where_json_belongs_says_so(form: Form) -> None:
    with (
        threads_client(form, transport=answer(200, content=b"")) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.get(THREAD_ID)
    assert caught.value.message == (
        f"GET /threads/{THREAD_ID} answered 200 with an empty body, where JSON was expected"
    )


def test_an_update_answered_without_its_thread_says_so(form: Form) -> None:
    with (
        threads_client(form, transport=answer(204)) as threads,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        threads.update(THREAD_ID, metadata={"a": 1})
    assert caught.value.message == (
        f"PATCH /threads/{THREAD_ID} answered 204 with no content, where the updated thread "
        "was expected"
    )


@pytest.mark.parametrize(
    ("method", "sent", "path", "route"),
    [
        ("POST", "/threads/search", "/threads/search", "/threads/search"),
        ("POST", "/threads/count", "/threads/count", "/threads/count"),
        (
            "POST",
            f"/threads/{THREAD_ID}/copy",
            f"/threads/{THREAD_ID}/copy",
            "/threads/{thread_id}/copy",
        ),
        (
            "GET",
            "/threads/threads/storage",
            "/threads/threads/storage",
            "/threads/{thread_id}/storage",
        ),
        # A client URL with "/threads" in its own path, and an id with "/threads/" in it.
        (
            "POST",
            "/proxy/threads/threads/a%2Fthreads%2Fb/copy",
            "/threads/a%2Fthreads%2Fb/copy",
            "/proxy/threads/threads/{thread_id}/copy",
        ),
        # An id named as a route of its own: the thread's segment all the same.
        ("POST", "/threads/search/copy", "/threads/search/copy", "/threads/{thread_id}/copy"),
        # A redirect followed to the path with a "/" added: the base path still shown.
        (
            "GET",
            "/base/threads/t1/storage/",
            "/threads/t1/storage",
            "/base/threads/{thread_id}/storage",
        ),
    ],
)
def test_an_operation_the_server_lacks_is_named_by_its_route(
    method: str, sent: str, path: str, route: str
) -> None:
    # (``sent``: the path the request went to; ``path``: the operation's own, as built)
    request = httpx.Request(method, f"http://test{sent}?probe=1")
    error = _error_map.status_error(httpx.Response(405, request=request), path)
    assert (
        str(error)
        == f"The server does not offer {method} {route} (it answered 405 Method Not Allowed)"
    )


class OwnResponse(httpx.Response):
    """A response class of another module than httpx's (a custom transport may return one)."""


def test_a_response_of_another_class_still_gives_an_httpx_status_error() -> None:
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}")
    response = OwnResponse(404, request=request, json={"detail": "gone"})
    error = _error_map.status_error(response, f"/threads/{THREAD_ID}")
    assert isinstance(error, NotFoundError)
    assert isinstance(error, httpx.HTTPStatusError)
    assert str(error) == "gone"


class ResetByPeer(httpx.ReadError):
    """An httpx error no other test combines: its combined class is made in the test below."""


def test_a_combined_class_reads_as_its_error_class_and_survives_pickle() -> None:
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}")
    error = _error_map.connection_error(ResetByPeer("reset", request=request))
    combined = type(error)
    assert (combined.__name__, combined.__qualname__, combined.__module__, combined.__doc__) == (
        "APIConnectionError",
        "APIConnectionError",
        "langgraph_threads_client.errors",
        APIConnectionError.__doc__,
    )
    twin = pickle.loads(pickle.dumps(error))
    assert type(twin) is combined
    assert isinstance(twin, ResetByPeer)


def test_a_stream_that_gives_up_keeps_what_its_last_failure_was_and_carried() -> None:
    # A timeout error of this package alone (no httpx class to combine with).
    error = stream_disconnected(APITimeoutError(request=None), last_event_id="5-0")
    assert isinstance(error, APITimeoutError)
    assert isinstance(error, StreamDisconnectedError)
    # A failure that carries a response (an httpx.HTTPStatusError raised by a transport).
    request = httpx.Request("GET", f"http://test/threads/{THREAD_ID}/stream")
    response = httpx.Response(502, request=request)
    failure = _error_map.connection_error(
        httpx.HTTPStatusError("bad gateway", request=request, response=response)
    )
    error = stream_disconnected(failure, last_event_id="5-0")
    assert isinstance(error, httpx.HTTPStatusError)
    assert error.response is response
    assert error.last_event_id == "5-0"


def test_an_error_body_nested_too_deep_to_decode_is_kept_as_its_text(form: Form) -> None:
    # Beyond both JSON decoders' depth: the standard library's RecursionError stays inside.
    deep = '{"detail": ' + "[" * DEEPER + "]" * DEEPER + "}"
    with (
        threads_client(form, transport=answer(404, text=deep)) as threads,
        pytest.raises(NotFoundError) as caught,
    ):
        threads.get(THREAD_ID)
    assert caught.value.status_code == 404
    assert caught.value.body == deep


@pytest.mark.parametrize("status", [404, 200])
def test_an_error_body_nested_deep_but_decodable_gives_the_status_line(
    form: Form, status: int
) -> None:
    """Nested deeper than Python recurses but within orjson's depth: decoded (the body is the
    JSON), and its message looked for only near the top, so no RecursionError escapes and no
    JSON is dumped into the message."""
    lists = '{"detail": ' + "[" * 600 + "]" * 600 + "}"
    details = '{"detail": ' * 990 + '"deep"' + "}" * 990
    for text in (lists, details):
        body = orjson.loads(text)
        transport = answer(status, content=text.encode())
        with threads_client(form, transport=transport) as threads:
            if status == 404:
                with pytest.raises(NotFoundError) as not_found:
                    threads.get(THREAD_ID)
                assert str(not_found.value) == "404 Not Found"
                # (the decoded JSON, too deep for Python to compare in one go)
                assert type(not_found.value.body) is dict
                assert list(not_found.value.body) == list(body) == ["detail"]
            else:
                with pytest.raises(APIResponseValidationError) as invalid:
                    threads.get(THREAD_ID)
                assert "detail" not in invalid.value.message
    # Near the top, a nested message is still read.
    near = {"detail": [[[{"msg": "a list in a list"}]]]}
    assert str(status_error_for(json=near)) == "503 Service Unavailable: a list in a list"


def test_a_message_is_looked_for_sixteen_levels_down() -> None:
    """Through objects and through lists alike: found at 16 levels, not at 17."""

    def in_objects(levels: int) -> object:
        body: object = "found"
        for _ in range(levels):
            body = {"detail": body}
        return body

    def in_lists(levels: int) -> object:
        body: object = "found"
        for _ in range(levels - 1):
            body = [body]
        return {"detail": body}

    for nest in (in_objects, in_lists):
        assert str(status_error_for(json=nest(16))) == "503 Service Unavailable: found"
        assert str(status_error_for(json=nest(17))) == "503 Service Unavailable"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body>" + "<p>Bad gateway</p>" * 600_000,  # (10 MB of text)
        "<html><body>" + "<div " * 2_000_000,  # (10 MB of unclosed tags)
        "Bad gateway " * 900_000,  # (plain text)
    ],
    ids=["text", "unclosed-tags", "plain"],
)
def test_a_huge_error_page_is_read_from_its_start_only(page: str) -> None:
    # Its message is its start: a proxy's page of 50 MB took 1.4 GB and 3 s (each attempt's).
    tracemalloc.start()
    try:
        said = _error_map.error_message(page)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000  # (before: more than the page, 27 times it at worst)
    assert said is not None
    assert len(said) <= 1000
    assert said.startswith(("Bad gateway", "<div <div"))


def test_a_redirect_says_where_to(form: Form) -> None:
    # Not followed, as httpx and the official SDK do not: the message names the target.
    target = "https://api.example.com/threads/" + THREAD_ID
    transport = answer(301, headers={"location": target}, json=THREAD_JSON)
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.get(THREAD_ID)
    assert caught.value.status_code == 301
    assert caught.value.message == (
        f"301 Moved Permanently (redirected to {target}: use that URL, or pass an http_client "
        "with follow_redirects=True)"
    )


@pytest.mark.parametrize(
    ("status", "named"), [(300, True), (399, True), (400, False), (404, False)]
)
def test_only_a_redirect_status_names_its_location(status: int, named: bool) -> None:
    # Some servers send a Location with other errors too: only a 3xx is a redirect.
    request = httpx.Request("GET", "http://test/threads/x")
    response = httpx.Response(status, request=request, headers={"location": "http://elsewhere/"})
    message = _error_map.status_error(response, "/threads/x").message
    assert ("redirected to http://elsewhere/" in message) is named


def test_a_relative_redirect_is_named_whole(form: Form) -> None:
    transport = answer(307, headers={"location": "/v2/threads/" + THREAD_ID})
    with (
        threads_client(form, transport=transport) as threads,
        pytest.raises(APIStatusError) as caught,
    ):
        threads.get(THREAD_ID)
    assert f"redirected to http://localhost:8123/v2/threads/{THREAD_ID}:" in caught.value.message


def test_a_connection_error_says_what_the_first_cause_with_words_says() -> None:
    # httpx's async ReadError for a reset connection is empty; the reset is two causes down.
    reset = ConnectionResetError(104, "Connection reset by peer")
    broken = Exception("")
    broken.__cause__ = reset
    read_error = httpx.ReadError("")
    read_error.__context__ = broken
    error = _error_map.connection_error(read_error)
    assert str(error) == "Connection error (ReadError: [Errno 104] Connection reset by peer)."
    # A cause that is itself (a cycle) or says nothing at all: nothing said, no loop.
    silent = httpx.ReadError("")
    silent.__context__ = silent
    assert str(_error_map.connection_error(silent)) == "Connection error (ReadError)."


def test_a_connection_error_names_a_silent_cause_not_what_its_raiser_hid() -> None:
    # A connection closed under an async call: httpx's and httpcore's ReadError say nothing,
    # nor does anyio's ClosedResourceError, raised "from None" over an IndexError of its own
    # ("pop from an empty deque"), which is not the caller's to read.
    internal = IndexError("pop from an empty deque")
    closed = ClosedResourceError()
    closed.__context__ = internal
    closed.__suppress_context__ = True
    below = httpcore.ReadError("")
    # (httpcore's pool re-raises it "from None": its context is still read.)
    below.__context__ = closed
    below.__suppress_context__ = True
    read_error = httpx.ReadError("")
    read_error.__cause__ = below
    message = "Connection error (ReadError: ClosedResourceError)."
    assert str(_error_map.connection_error(read_error)) == message
    # The context of an exception raised within an except block, not hidden: read, as before.
    closed.__suppress_context__ = False
    assert str(_error_map.connection_error(read_error)) == (
        "Connection error (ReadError: pop from an empty deque)."
    )


@pytest.mark.parametrize("library", [httpx, httpx2])
def test_an_api_error_takes_the_official_sdks_arguments(library: Any) -> None:
    request = library.Request("GET", "http://x/threads")
    response = library.Response(500, request=request)
    for given in (request, response):
        error = APIError("failed", given, body={"detail": "x"})
        assert (error.message, error.request, error.body) == ("failed", request, {"detail": "x"})
    assert APIError("failed", request=request).request is request
    with pytest.raises(TypeError, match="takes a request once"):
        APIError("failed", request, request=request)


def test_a_status_line_the_page_repeats_is_said_once(form: Form) -> None:
    nginx = (
        "<html><head><title>502 Bad Gateway</title></head>"
        "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
    )

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=nginx, headers={"content-type": "text/html"})

    with (
        threads_client(form, transport=httpx.MockTransport(handle), max_retries=0) as threads,
        pytest.raises(InternalServerError) as caught,
    ):
        threads.get(THREAD_ID)
    assert str(caught.value) == "502 Bad Gateway"


def raising_for_status(form: Form) -> dict[str, Any]:
    """Client options with a response hook that raises for an error status (httpx's docs)."""

    def hook(response: Any) -> None:
        response.raise_for_status()

    async def async_hook(response: Any) -> None:
        response.raise_for_status()

    return {"event_hooks": {"response": [hook if is_sync(form) else async_hook]}}


def test_a_response_hook_raising_for_status_gives_this_clients_error(
    form: Form, sleeps: SleepRecorder
) -> None:
    answers = iter([(503, {"detail": "busy"}), (200, THREAD_JSON), (404, {"detail": "gone"})])

    def answer(request: httpx.Request) -> httpx.Response:
        status, body = next(answers)
        return httpx.Response(status, json=body)

    with threads_client(
        form, transport=httpx.MockTransport(answer), http_options=raising_for_status(form)
    ) as threads:
        assert threads.get(THREAD_ID)["thread_id"] == THREAD_ID  # (the 503 retried)
        assert len(sleeps.delays) == 1
        with pytest.raises(NotFoundError) as caught:
            threads.get(THREAD_ID)
    assert caught.value.status_code == 404
    assert caught.value.message == "gone"
    assert isinstance(caught.value, library_of(form).HTTPStatusError)


def test_an_error_whose_body_was_never_read_says_its_status() -> None:
    # A hook that raised for the status before httpx read the body (it then closes it unread).
    request = httpx.Request("GET", "http://test/threads/x")
    response = httpx.Response(404, request=request, stream=httpx.ByteStream(b'{"detail": "x"}'))
    response.close()
    error = _error_map.status_error(response, "/threads/x")
    assert isinstance(error, NotFoundError)
    assert error.message == "404 Not Found"
    assert error.body is None


def test_only_httpx2s_request_errors_get_httpxs_twin() -> None:
    from langgraph_threads_client._error_map import _with_httpx_twin

    def made_in(module: str, name: str) -> type[Exception]:
        return type(name, (Exception,), {"__module__": module})

    read_timeout = made_in("httpx2._exceptions", "ReadTimeout")
    assert _with_httpx_twin(read_timeout) == (read_timeout, httpx.ReadTimeout)
    for alone in (
        made_in("httpx2._exceptions", "NotInHttpx"),  # (no class of that name in httpx)
        made_in("httpx2._exceptions", "Client"),  # (httpx's of that name is no error)
        made_in("httpx2_extras", "ReadTimeout"),  # (another package)
        made_in("custom_transport", "ReadTimeout"),
        httpx.ReadTimeout,
    ):
        assert _with_httpx_twin(alone) == (alone,)


def test_a_transports_own_subclasses_of_httpx2s_classes_are_httpx2s() -> None:
    """A transport's error or response of a class of its own, made from httpx2's: the error
    is httpx's of that name too, the status error httpx2's ``HTTPStatusError``."""

    class GatewayTimeout(httpx2.ReadTimeout):
        pass

    class TracedResponse(httpx2.Response):
        pass

    def timing_out(request: httpx2.Request) -> httpx2.Response:
        raise GatewayTimeout("the gateway gave up", request=request)

    def not_found(request: httpx2.Request) -> TracedResponse:
        return TracedResponse(404, json={"detail": "gone"})

    for handler, expected in [
        (timing_out, (GatewayTimeout, httpx2.ReadTimeout, httpx.ReadTimeout, APITimeoutError)),
        (not_found, (NotFoundError, httpx2.HTTPStatusError, httpx.HTTPStatusError)),
    ]:
        transport = httpx2.MockTransport(handler)
        with (
            httpx2.Client(transport=transport, base_url="http://test") as http,
            get_sync_client(http_client=http, api_key=None, max_retries=0) as client,
            pytest.raises(APIError) as caught,
        ):
            client.threads.get(THREAD_ID)
        for expected_class in expected:
            assert isinstance(caught.value, expected_class), expected_class
