"""Answers of other servers (older langgraph-api, Aegra), as they really sent them, both forms.

Every body below was captured from the server named in its test (langgraph-api 0.2.125 and
0.6.39 in memory, Aegra 0.11.0 on PostgreSQL); the cassettes in tests/replay hold whole
walkthroughs. What the official SDK completes must complete here, typed; what a server does not
offer must fail with an error that says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from langgraph_threads_client import (
    UNSET,
    APIResponseValidationError,
    APIStatusError,
    ConflictError,
    NotFoundError,
    OperationDisabledError,
    OperationNotFoundError,
    OperationNotOfferedError,
    SyncThreadsClient,
    Thread,
    ThreadState,
    UnprocessableEntityError,
)
from langgraph_threads_client._error_map import status_error
from tests.forms import Form, threads_client

TID = "c4248d03-6b41-4ec1-80a9-b0afe2dccbd5"
AEGRA_THREAD = {
    "thread_id": TID,
    "status": "idle",
    "metadata": {"o": "p", "owner": "anonymous", "graph_id": "counter", "assistant_id": None},
    "user_id": "anonymous",
    "created_at": "2026-11-30T02:54:31.031946Z",
    "updated_at": "2026-11-30T02:54:31.031946Z",
}
OLD_THREAD = {  # langgraph-api before 0.8.7: no state_updated_at
    "thread_id": TID,
    "created_at": "2026-11-30T02:53:17.182012+00:00",
    "updated_at": "2026-11-30T02:53:17.182013+00:00",
    "metadata": {"graph_id": "counter"},
    "status": "idle",
    "config": {},
    "values": None,
}
AEGRA_EMPTY_STATE: dict[str, Any] = {
    "values": {},
    "next": [],
    "tasks": [],
    "interrupts": [],
    "metadata": {},
    "created_at": None,
    "checkpoint": {"checkpoint_id": None, "thread_id": TID, "checkpoint_ns": ""},
    "parent_checkpoint": None,
    "checkpoint_id": None,
    "parent_checkpoint_id": None,
}
JSON_NOT_FOUND = {"json": {"detail": "Not Found"}}  # FastAPI / Starlette routing, JSON
TEXT_NOT_FOUND = {"text": "Not Found"}  # langgraph-api 0.2 routing, text/plain
METHOD_NOT_ALLOWED = {"text": "Method Not Allowed"}

Call = Callable[[SyncThreadsClient], object]
CALLS: dict[str, Call] = {
    "get": lambda t: t.get(TID),
    "create": lambda t: t.create(metadata={"o": "p"}),
    "update": lambda t: t.update(TID, metadata={"s": 1}),
    "search": lambda t: t.search(),
    "copy": lambda t: t.copy(TID),
    "delete": lambda t: t.delete(TID),
    "count": lambda t: t.count(),
    "prune": lambda t: t.prune([TID]),
    "get_storage": lambda t: t.get_storage(TID),
    "get_state": lambda t: t.get_state(TID),
    "update_state": lambda t: t.update_state(TID, {"count": 1}, as_node="step"),
    "get_state(checkpoint_id)": lambda t: t.get_state(TID, checkpoint_id="c1"),
    "get_state(checkpoint)": lambda t: t.get_state(TID, {"checkpoint_id": "c1"}),
    "get_history": lambda t: t.get_history(TID),
}
# The operations every server offers (see openapi.yaml): a bare 404 there is the thread's.
EVERY_SERVER_OFFERS = [
    "get",
    "create",
    "update",
    "search",
    "delete",
    "get_state",
    "get_state(checkpoint_id)",
    "get_state(checkpoint)",
    "update_state",
    "get_history",
]


def answering(status: int, **kwargs: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, **kwargs))


def call(form: Form, name: str, status: int, **kwargs: Any) -> Any:
    with threads_client(form, transport=answering(status, **kwargs), max_retries=0) as threads:
        return CALLS[name](threads)


@pytest.mark.parametrize("body", [AEGRA_THREAD, OLD_THREAD], ids=["aegra", "langgraph-0.2"])
@pytest.mark.parametrize("name", ["get", "create", "update", "copy"])
def test_threads_without_config_or_state_updated_at_parse(
    form: Form, name: str, body: dict[str, Any]
) -> None:
    thread = call(form, name, 200, json=body)
    assert isinstance(thread, Thread)
    assert thread.thread_id == TID
    assert thread.state_updated_at is UNSET
    assert thread.created_at.tzinfo is not None  # "Z" and "+00:00" alike
    assert thread.metadata["o" if body is AEGRA_THREAD else "graph_id"]
    if body is AEGRA_THREAD:
        assert thread.config is UNSET
        assert thread["user_id"] == "anonymous"  # a server's own field is kept


def test_search_of_aegra_threads(form: Form) -> None:
    found = call(form, "search", 200, json=[AEGRA_THREAD, AEGRA_THREAD])
    assert [thread.thread_id for thread in found] == [TID, TID]


def test_aegra_state_of_a_thread_that_never_ran(form: Form) -> None:
    state = call(form, "get_state", 200, json=AEGRA_EMPTY_STATE)
    assert isinstance(state, ThreadState)
    assert state.checkpoint is not None
    assert state.checkpoint.checkpoint_id is None
    assert state.values == {}


def test_aegra_update_state_answer_has_only_the_checkpoint(form: Form) -> None:
    checkpoint = {"checkpoint_id": "1f1ec695", "thread_id": TID, "checkpoint_ns": ""}
    written = call(form, "update_state", 200, json={"checkpoint": checkpoint})
    assert written.checkpoint.checkpoint_id == "1f1ec695"
    assert written.checkpoint_id is UNSET
    assert written.configurable is UNSET


@pytest.mark.parametrize(
    ("status", "kwargs"),
    [
        (204, {}),  # langgraph-api
        (200, {"json": {"status": "deleted"}}),  # Aegra
        (200, {}),
        (202, {"text": "accepted"}),
    ],
    ids=["204-empty", "200-aegra", "200-empty", "202-text"],
)
def test_delete_takes_any_success(form: Form, status: int, kwargs: dict[str, Any]) -> None:
    assert call(form, "delete", status, **kwargs) is None


def test_prune_keeps_what_aegra_sent(form: Form) -> None:
    result = call(form, "prune", 200, json={"deleted": 2, "pruned": 2})
    assert result.pruned_count is UNSET
    assert result["deleted"] == 2
    assert result["pruned"] == 2
    assert call(form, "prune", 200, json={"pruned_count": 1}).pruned_count == 1


@pytest.mark.parametrize("name", ["create", "get", "copy"])
def test_a_thread_under_201_is_a_thread(form: Form, name: str) -> None:
    assert call(form, name, 201, json=OLD_THREAD).thread_id == TID


def test_a_failure_under_a_success_status_says_what_the_server_said(form: Form) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        call(form, "create", 201, json={"detail": "superstep write failed"})
    assert "answered 201 with a body that does not match the API spec" in caught.value.message
    assert caught.value.message.endswith("the server said: superstep write failed")


@pytest.mark.parametrize(
    ("kwargs", "where"),
    [
        ({"json": {key: v for key, v in AEGRA_THREAD.items() if key != "thread_id"}}, "thread_id"),
        ({"json": [AEGRA_THREAD]}, "$: expected object, found array"),
        ({"text": "<html>ok</html>"}, "JSON"),
    ],
    ids=["no-id", "list-for-object", "html-200"],
)
def test_a_body_that_cannot_be_used_is_still_refused(
    form: Form, kwargs: dict[str, Any], where: str
) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        call(form, "get", 200, **kwargs)
    assert f"GET /threads/{TID} answered 200" in caught.value.message
    assert where.lower() in caught.value.message.lower()


# Operations a server does not offer, with the answers the servers really gave.
NOT_OFFERED = [
    ("count", 405, METHOD_NOT_ALLOWED, "POST /threads/count", OperationNotOfferedError),
    ("count", 405, {"json": {"detail": "Method Not Allowed"}}, "POST /threads/count", None),
    ("prune", 405, METHOD_NOT_ALLOWED, "POST /threads/prune", OperationNotOfferedError),
    (
        "prune",
        422,
        {"json": {"detail": "Thread prune requires FF_USE_CORE_API=true"}},
        "POST /threads/prune",
        OperationDisabledError,
    ),
    ("copy", 404, JSON_NOT_FOUND, "POST /threads/{thread_id}/copy", OperationNotFoundError),
    ("get_storage", 404, TEXT_NOT_FOUND, "GET /threads/{thread_id}/storage", None),
    ("get_storage", 404, JSON_NOT_FOUND, "GET /threads/{thread_id}/storage", None),
    # An empty 404 from a route the server lacks: its status phrase says Not Found.
    ("copy", 404, {"content": b""}, "POST /threads/{thread_id}/copy", OperationNotFoundError),
]


@pytest.mark.parametrize(("name", "status", "kwargs", "route", "error_class"), NOT_OFFERED)
def test_an_operation_the_server_does_not_offer_says_so(
    form: Form,
    name: str,
    status: int,
    kwargs: dict[str, Any],
    route: str,
    error_class: type[APIStatusError] | None,
) -> None:
    with pytest.raises(OperationNotOfferedError) as caught:
        call(form, name, status, **kwargs)
    error = caught.value
    if error_class is not None:
        assert isinstance(error, error_class)
        assert type(error).__name__ == error_class.__name__
    assert error.message.startswith(f"The server does not offer {route} (it answered {status} ")
    assert error.status_code == status
    assert TID not in error.message  # not about the thread
    if status == 422:
        # httpx names 422 "Unprocessable Entity", httpx2 (RFC 9110) "Unprocessable Content".
        assert error.message.endswith(": Thread prune requires FF_USE_CORE_API=true)")
    else:
        assert error.message.endswith(f"{status} {error.response.reason_phrase})")
    # Code written for the official SDK catches it as before.
    expected = {404: NotFoundError, 422: UnprocessableEntityError}.get(status, APIStatusError)
    assert isinstance(error, expected)


THREAD_MISSING = [
    # (operation, status, body): the thread is missing, the operation is there.
    ("get", 404, {"json": {"detail": f"Thread with ID {TID} not found"}}),
    ("get", 404, {"text": f"Thread with ID {TID} not found"}),  # 0.2.125, text/plain
    ("get", 404, {"json": {"error": "not_found", "message": f"Thread '{TID}' not found"}}),
    ("update", 404, TEXT_NOT_FOUND),  # 0.2.125 answers an unknown thread so on PATCH
    ("get", 404, JSON_NOT_FOUND),  # every server offers get: a bare Not Found is the thread
    ("get_storage", 404, {"json": {"detail": f"Thread with ID {TID} not found"}}),
    ("prune", 422, {"json": {"detail": "1 validation error: thread_ids"}}),
]


@pytest.mark.parametrize(("name", "status", "kwargs"), THREAD_MISSING)
def test_a_missing_thread_is_not_a_missing_operation(
    form: Form, name: str, status: int, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(APIStatusError) as caught:
        call(form, name, status, **kwargs)
    assert not isinstance(caught.value, OperationNotOfferedError)
    assert "does not offer" not in caught.value.message


@pytest.mark.parametrize("name", EVERY_SERVER_OFFERS)
def test_a_bare_not_found_on_an_operation_every_server_offers_is_the_threads(
    form: Form, name: str
) -> None:
    with pytest.raises(NotFoundError) as caught:
        call(form, name, 404, **JSON_NOT_FOUND)
    assert not isinstance(caught.value, OperationNotOfferedError)


@pytest.mark.parametrize("name", sorted(set(CALLS) - set(EVERY_SERVER_OFFERS)))
def test_a_bare_not_found_on_any_other_operation_is_the_operations(form: Form, name: str) -> None:
    with pytest.raises(OperationNotFoundError):
        call(form, name, 404, **JSON_NOT_FOUND)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_operation_added_to_the_spec_since_is_one_a_server_may_lack(method: str) -> None:
    """An operation the list of those every server offers does not name (one added to
    openapi.yaml and generated since, which older servers lack) is not offered where a
    server answers its route's bare 404, with no list to keep."""
    path = f"/threads/{TID}/summary"
    request = httpx.Request(method, f"http://server{path}")
    error = status_error(httpx.Response(404, request=request, json={"detail": "Not Found"}), path)
    assert isinstance(error, OperationNotFoundError)
    assert error.message.startswith(f"The server does not offer {method} /threads/{{thread_id}}")
    disabled = httpx.Response(422, request=request, json={"detail": "It requires FF_SUMMARY"})
    assert isinstance(status_error(disabled, path), OperationDisabledError)


def test_an_id_routed_as_more_than_one_segment_is_a_missing_thread(form: Form) -> None:
    """An id holding a "/" is sent percent-encoded, and the server routes it decoded, as
    more segments than the operation's route has: a bare 404 is then about the id."""
    with threads_client(form, transport=answering(404, **JSON_NOT_FOUND)) as threads:
        for operation in (lambda: threads.copy("a/b"), lambda: threads.get_storage("a/b")):
            with pytest.raises(NotFoundError) as caught:
                operation()
            assert not isinstance(caught.value, OperationNotOfferedError)


def test_the_route_is_the_operations_whatever_its_id_or_base_path(form: Form) -> None:
    """Aegra takes any string as an id ("threads" too) and lacks storage and the stream: a
    path that ends as another operation's (``/threads/threads/storage`` as get's
    ``/threads/storage``) is still read as the operation sent; a base path that does (one
    ending in ``/threads``), or that holds an encoded "/", changes nothing either."""
    transport = answering(404, **JSON_NOT_FOUND)
    with threads_client(form, transport=transport) as threads:
        for lacking, route in (
            (lambda: threads.get_storage("threads"), "GET /threads/{thread_id}/storage"),
            (
                lambda: next(iter(threads.join_stream("threads", max_reconnects=0))),
                "GET /threads/{thread_id}/stream",
            ),
        ):
            with pytest.raises(OperationNotFoundError) as lacks:
                lacking()
            assert f"does not offer {route} (it answered 404" in lacks.value.message
    with threads_client(form, transport=transport, url="http://proxy/threads") as threads:
        with pytest.raises(NotFoundError) as caught:
            threads.get("storage")
        assert not isinstance(caught.value, OperationNotOfferedError)
        with pytest.raises(OperationNotFoundError) as lacks:
            threads.get_storage("state")
        assert "does not offer GET /threads/threads/{thread_id}/storage (" in lacks.value.message
    with threads_client(form, transport=transport, url="http://proxy/api%2Fv1") as threads:
        with pytest.raises(OperationNotFoundError):
            threads.count()
        with pytest.raises(NotFoundError) as caught:
            threads.get(TID)
        assert not isinstance(caught.value, OperationNotOfferedError)


def test_an_id_no_route_matches_is_a_missing_thread(form: Form) -> None:
    """langgraph-api answers a bare Not Found to an id with a line break (two ids pasted
    together, say) on every operation, get as copy: it is then about the id, not the
    operation (seen live on 0.16.7)."""
    pasted = f"{TID}\n{TID}"
    with threads_client(form, transport=answering(404, **JSON_NOT_FOUND)) as threads:
        for operation in (
            lambda: threads.copy(pasted),
            lambda: threads.get_storage(pasted),
            lambda: next(iter(threads.join_stream(pasted, max_reconnects=0))),
        ):
            with pytest.raises(NotFoundError) as caught:
                operation()
            assert not isinstance(caught.value, OperationNotOfferedError)
            assert caught.value.message == "Not Found"


def test_an_id_with_another_control_character_is_routed_as_one(form: Form) -> None:
    """Only a line break gets a bare 404 from every route (langgraph-api answers any other
    control character with a 422; Aegra routes them all): with another, a bare 404 from a
    route the server lacks is the operation's."""
    with threads_client(form, transport=answering(404, **JSON_NOT_FOUND)) as threads:
        for operation in (lambda: threads.copy("a\x01b"), lambda: threads.get_storage("a\tb")):
            with pytest.raises(OperationNotFoundError):
                operation()


def test_a_conflict_from_aegra_reads_as_a_sentence(form: Form) -> None:
    body = {"error": "conflict", "message": f"Thread '{TID}' already exists", "details": None}
    with pytest.raises(ConflictError) as caught:
        call(form, "create", 409, json=body)
    assert caught.value.message == f"Thread '{TID}' already exists"
    assert caught.value.body == body


def test_not_offered_behind_a_path_prefix(form: Form) -> None:
    transport = answering(404, **JSON_NOT_FOUND)
    with (
        threads_client(form, transport=transport, url="http://proxy/api/v1") as threads,
        pytest.raises(OperationNotFoundError) as caught,
    ):
        threads.copy(TID)
    assert "POST /api/v1/threads/{thread_id}/copy" in caught.value.message


def test_join_stream_on_a_server_without_it(form: Form) -> None:
    """langgraph-api 0.2 and Aegra: the thread is there, the stream route is not."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(404, json={"detail": "Not Found"})
        return httpx.Response(200, json=AEGRA_THREAD)

    with (
        threads_client(form, transport=httpx.MockTransport(handler)) as threads,
        pytest.raises(OperationNotFoundError) as caught,
    ):
        next(iter(threads.join_stream(TID)))
    assert "does not offer GET /threads/{thread_id}/stream (it answered 404" in str(caught.value)
