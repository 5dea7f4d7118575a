"""Generated from ``_async/_http.py`` by ``scripts/unasync.py``: edit that file, not this one."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from time import monotonic, perf_counter
from typing import Any, TypeVar, cast

import httpx

from .. import (
    _capture,
    _direct,
    _error_map,
    _fork,
    _logging,
    _parsing,
    _pool_wait,
    _redirects,
    _retry,
    _settings,
    _stack,
)
from .._admission import Admission, Place, SyncWaiter, admission_for
from .._arguments import check_max_retries
from .._defaults import DEFAULT_MAX_RETRIES
from .._options import NO_OPTIONS, RequestOptions, build_request, headers_over, merge_request
from .._types import NOT_GIVEN, NotGiven, TimeoutTypes
from ..errors import APIConnectionError, APIError, APIStatusError

T = TypeVar("T")

log = logging.getLogger("langgraph_threads_client")


__all__ = ["SyncHTTP"]


class SyncHTTP:
    """The connection side of a client: one ``httpx``/``httpx2`` ``Client``, the client's
    options, and the admission queue in front of its connection pool (see ``_admission``)."""

    def __init__(
        self,
        client: _stack.ClientLike,
        *,
        base_url: str,
        headers: Mapping[str, str | bytes],
        owns_client: bool,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        self.stack: _stack.Stack = _stack.of_client(client)
        # Both stacks have the same API: typed as httpx's, which is the default.
        self.client: httpx.Client = cast(httpx.Client, _fork.in_this_process(client))
        self.admission: Admission[SyncWaiter] = admission_for(
            self.client, _stack.in_flight(self.client)
        )
        self.streams_take_places: bool = _stack.streams_take_places(self.client)
        self._generation = _fork.generation
        self.max_retries: int = check_max_retries(max_retries)
        self.base_url: str = base_url
        # What each request takes from the URL: a query and a user and password go apart
        # from the path (see ``_settings.request_base``).
        self._url_prefix, self._url_query, credentials = _settings.request_base(base_url)
        self._url_auth: httpx.Auth | None = (
            None if credentials is None else self.stack.module.BasicAuth(*credentials)
        )
        self.headers: dict[str, str | bytes] = dict(headers)
        self.owns_client: bool = owns_client
        # (Whose the HTTP client is, for the error a call on it closed raises: a view made by
        # ``with_options`` owns none, whoever made the client.)
        self.callers_client: bool = not owns_client
        # Sent with each request rather than set on the client: a client passed in by the
        # caller must not be changed behind their back.
        if timeout is not NOT_GIVEN and timeout is not None:
            timeout = self.stack.request_timeout(timeout)
        self.timeout: TimeoutTypes | NotGiven = timeout

    def send(
        self,
        request: dict[str, Any],
        parser: Callable[[httpx.Response], T],
        options: RequestOptions = NO_OPTIONS,
        *,
        replayable: bool,
        writes: bool = False,
    ) -> T:
        """Send, retrying transient failures (see ``_retry``), and parse the answer.

        ``replayable`` says whether sending the request twice does no more than once;
        ``writes``, whether it changes the server's data (a create, an update, a delete): an
        error answer to a repeat then notes that an earlier attempt may have reached the server
        (a read's answer cannot follow from an earlier read).
        """
        # (checked as the options were made: see RequestOptions)
        retries = self.max_retries if options.max_retries is NOT_GIVEN else options.max_retries
        kwargs = self._merge(request, options)
        attempt = 0
        # The last attempt's error: a client closed before the next attempt (a shutdown while
        # calls are in flight) ends the call with it, as the SDK's call ends, not as a call
        # made on a closed client.
        failure: APIError | None = None
        # What says an earlier attempt may have reached the server, if one may have.
        reached: str | None = None
        waited = 0.0  # (seconds, between attempts)
        while True:
            attempt += 1
            if failure is not None and self.client.is_closed:
                raise failure from failure.__cause__
            self._check_open()
            # (Nor is it kept while the next attempt reads: it may hold a large body.)
            failure = None
            started = sent = monotonic()
            place = Place()
            try:
                try:
                    admitted = self._enter(kwargs, place)
                    sent = monotonic()
                    built = build_request(self.client, admitted, self.stack.module)
                    response = self._send(built)
                    _stack.settle(response)
                finally:
                    try:
                        self.admission.leave(place)
                    except BaseException:  # (an interrupt as it began: see Place)
                        self.admission.leave(place)
                        raise
            except APIConnectionError as exc:
                # (Closed while waiting its turn: no attempt was made. Or a redirect to a
                # Location that is no URL: the server would answer the same again.)
                if _error_map.is_unread_location(exc):
                    _logging.failure(log, kwargs, cast(Exception, exc.__cause__), attempt)
                raise
            except self.stack.HTTPError as exc:
                _logging.failure(log, kwargs, exc, attempt)
                delay = _retry.error_retry_delay(
                    exc,
                    attempt=attempt,
                    max_retries=retries,
                    replayable=replayable,
                    stack=self.stack,
                    elapsed=monotonic() - sent,
                    waited=waited,
                )
                failure = _error_map.connection_error(exc)
                if self.client.is_closed:
                    _error_map.note_closed_under(failure)
                if delay is None:
                    raise failure from exc
                failure.__cause__ = exc
                reached = reached or _retry.reached_by_error(exc, self.stack)
            else:
                _logging.response(log, response, monotonic() - started, attempt)
                delay = _retry.status_retry_delay(
                    response.status_code,
                    response.headers,
                    attempt=attempt,
                    max_retries=retries,
                    replayable=replayable,
                )
                if delay is None:
                    _capture.record(response, self.client)
                    try:
                        return _parsing.parse(response, parser, request["url"])
                    except APIStatusError as error:
                        if writes and reached is not None:
                            _retry.note_earlier_attempt(error, reached)
                        raise
                _logging.retrying(log, response, attempt, delay)
                failure = _error_map.status_error(response, request["url"])
                reached = reached or _retry.reached_by_status(response.status_code)
                response.close()
                del response
            waited += delay
            self.sleep(delay)

    def with_options(self, options: RequestOptions) -> SyncHTTP:
        """A view whose defaults are ``options`` over this one's, sharing its connection pool."""
        view = SyncHTTP(
            self.client,
            base_url=self.base_url,
            headers=headers_over(self.headers, options.headers or {}),
            owns_client=False,
            timeout=self.timeout if options.timeout is NOT_GIVEN else options.timeout,
            max_retries=(
                self.max_retries if options.max_retries is NOT_GIVEN else options.max_retries
            ),
        )
        view.callers_client = self.callers_client
        return view

    def _enter(self, kwargs: dict[str, Any], place: Place) -> dict[str, Any]:
        """Wait for a place in front of the pool (``place`` says when it is taken: the
        caller gives it back, even where this raises); the request's arguments for what is
        left.

        ``timeout.pool`` bounds the wait here and the pool's together: a call that waited
        here goes on with what is left of it. A call that waited too long raises the stack's
        ``PoolTimeout``, as the pool would: not retried, it would only wait in line again.
        (Called right after ``_check_open``: the queue is this process's.)
        """
        waiter = self.admission.enter_or_queue(SyncWaiter, place)
        if waiter is None:
            return kwargs
        timeout = kwargs.get("timeout", self.client.timeout)
        limit = _pool_wait.pool_timeout(timeout)
        started = monotonic()
        try:
            admitted = self._wait_in_line(waiter, place.loop, limit)
        except BaseException:  # cancelled: a place handed over meanwhile goes to the next
            if self.admission.give_up(waiter):
                place.taken = True
            raise
        if self.client.is_closed:  # closed while this call waited its turn: never sent
            if self.admission.give_up(waiter):  # (handed a place, not woken by the close)
                place.taken = True
            raise _error_map.closed_while_waiting(
                self.stack.RequestError, build_request(self.client, kwargs, self.stack.module)
            )
        if not admitted and not self.admission.give_up(waiter):
            raise _pool_wait.admission_timeout(
                limit,
                self.admission,
                self.stack,
                build_request(self.client, kwargs, self.stack.module),
            )
        place.taken = True
        return _pool_wait.after_admission(kwargs, timeout, monotonic() - started, self.stack)

    def _wait_in_line(self, waiter: SyncWaiter, running: Any, limit: float | None) -> bool:
        """Wait at most ``limit`` seconds for a place; whether one was handed over. While
        calls on other event loops hold places, look for those of calls left on a loop
        closed since every ``retake_every`` seconds (see ``Admission.held_elsewhere``)."""
        admission = self.admission
        if limit is not None and not limit > 0:  # (NaN too, which anyio and a lock refuse:
            limit = 0.0  # a caller's HTTP client's own pool timeout comes unchecked)
        deadline = None if limit is None else monotonic() + limit
        while True:
            left = None if deadline is None else max(deadline - monotonic(), 0.0)
            if not admission.held_elsewhere(running):
                return waiter.wait(left)
            step = admission.retake_every
            if waiter.wait(step if left is None else min(left, step)):
                return True
            admission.take_back(running)  # (a place handed to this waiter wakes it)
            if left is not None and left <= step:
                return waiter.wait(0.0)

    def sleep(self, seconds: float) -> None:
        """Wait between attempts, or before a stream reconnects (one place, so that tests can
        stop the clock); over at once when the client is closed (``close``): the call or
        stream then ends with its last error rather than seconds later."""
        pause = SyncWaiter()
        self.admission.start_pause(pause)
        try:
            if not self.client.is_closed:
                pause.wait(seconds)
        finally:
            self.admission.end_pause(pause)

    def in_this_process(self) -> httpx.Client:
        """The HTTP client, the one made in its place if this process was forked since (see
        ``_fork``): connections of this process's own."""
        generation = _fork.generation
        if self._generation != generation:
            client = _fork.in_this_process(self.client)
            if client is not self.client:
                # (made with the settings of the one it replaces: its queue has the same size)
                self.admission = admission_for(client, self.admission.capacity)
                self.client = client
            # Last: other threads take the client as current only once it is.
            self._generation = generation
        return self.client

    def _send(self, request: httpx.Request, *, stream: bool = False) -> httpx.Response:
        """The client's response to ``request``; on a client that follows redirects, one hop
        at a time, each decided by ``_redirects`` (which keeps the API key from another
        origin and a POST from turning into a GET). A response hook's ``raise_for_status()``
        (httpx's documented use of hooks) gives the response it raised for, body unread: its
        status is this client's error, a 404 a ``NotFoundError``, as for any other answer."""
        # The URL's user and password, where the client has no auth of its own (which httpx
        # sends instead of the URL's).
        auth = (
            self._url_auth
            if self._url_auth is not None and self.client.auth is None
            else self.stack.module.USE_CLIENT_DEFAULT
        )
        try:
            response = self._send_one(request, stream=stream, auth=auth)
            if not self.client.follow_redirects:
                return response
            history: list[httpx.Response] = []
            while True:
                try:
                    following = _redirects.next_hop(
                        response,
                        len(history),
                        self.client.max_redirects,
                        self.stack.module.TooManyRedirects,
                    )
                except BaseException:
                    response.close()
                    raise
                if following is None:
                    return response
                response.read()  # (kept in the history, as httpx keeps it)
                history.append(response)
                # Without the client's auth, as httpx follows (its auth flow ran for the first
                # request only): the Authorization it set goes on to the same origin, and
                # httpx took it off for another.
                response = self._send_one(following, stream=stream, auth=None)
                response.history = list(history)
        except self.stack.module.HTTPStatusError as exc:
            return cast(httpx.Response, exc.response)
        except Exception as exc:
            if _redirects.location_unread(exc):
                raise _error_map.unread_location(exc, request) from exc
            raise

    def _send_one(self, request: httpx.Request, *, stream: bool, auth: Any) -> httpx.Response:
        """The client's response to ``request``, a redirect not followed: from the client's
        transport itself where the client's ``send`` would add nothing (see ``_direct``)."""
        client = self.client
        if stream or not _direct.sends_directly(client, request, auth, self.stack):
            return client.send(
                request,
                stream=stream,
                auth=auth,
                follow_redirects=False,
            )
        _direct.opened(client)
        transport = client._transport_for_url(request.url)
        started = perf_counter()
        try:
            response = transport.handle_request(request)
        except self.stack.RequestError as exc:
            _direct.sent_as(exc, request)
            raise
        try:
            _direct.finish(client, request, response, self.stack)
            response.read()
        except BaseException:
            response.close()
            raise
        _direct.read_out(response, started, self.stack)
        return response

    def _check_open(self) -> None:
        if self.in_this_process().is_closed:
            if self.callers_client:
                raise RuntimeError(
                    "The http_client this client was given is closed: give a new client an"
                    " open one (or none, and let it make its own)."
                )
            raise RuntimeError(
                "This client is closed: create a new one (get_client() / get_sync_client())."
            )

    def open_stream(
        self,
        request: dict[str, Any],
        place: Place,
        options: RequestOptions = NO_OPTIONS,
        *,
        lasting: bool = False,
    ) -> httpx.Response:
        """A streaming response, its body unread; an error status is raised (typed) instead.

        The stream holds its connection, and its place in front of the pool (``place``,
        which the caller makes: see ``Place``), until ``close_stream``. A ``lasting`` one
        (``join_stream``'s, open for as long as its reader wants) takes no place where
        ``streams_take_places`` says so. (Not a generator-based context manager: asyncio closes each
        generator of a stream dropped unclosed on its own, and at the end of the event loop
        it would close such a context manager while the reading generator is still closing
        it.)
        """
        self._check_open()
        kwargs = self._merge(request, options)
        try:
            takes_place = self.streams_take_places or not lasting
            admitted = self._enter(kwargs, place) if takes_place else kwargs
            started = monotonic()
            built = build_request(self.client, admitted, self.stack.module)
            response = self._send(built, stream=True)
        except BaseException as exc:
            self.admission.leave(place)  # (where this one is cut short: the caller's)
            if _error_map.is_unread_location(exc):
                _logging.failure(log, kwargs, cast(Exception, exc.__cause__), 1)
            elif isinstance(exc, self.stack.HTTPError):
                _logging.failure(log, kwargs, exc, 1)
            raise
        try:
            _logging.response(log, response, monotonic() - started, 1)
            if not response.is_success:
                if not response.is_closed:  # (closed by a hook that raised for its status)
                    response.read()
                raise _error_map.status_error(response, request["url"])
        except BaseException:
            self.close_stream(response, place)
            raise
        return response

    def close_stream(self, response: httpx.Response, place: Place) -> None:
        """Close a response of ``open_stream`` and give back its place (the caller calls
        ``admission.leave(place)`` again where this raises: see ``Place``)."""
        try:
            response.close()
            _stack.settle(response)
        finally:
            self.admission.leave(place)

    def _merge(self, request: dict[str, Any], options: RequestOptions) -> dict[str, Any]:
        timeout = options.timeout
        if timeout is NOT_GIVEN:
            timeout = self.timeout
        elif timeout is not None:
            timeout = self.stack.request_timeout(timeout)
        return merge_request(
            request,
            base_url=self._url_prefix,
            base_query=self._url_query,
            headers=self.headers,
            call_headers=options.headers,
            call_params=options.params,
            timeout=timeout,
        )

    def close(self) -> None:
        if self.owns_client:
            self.in_this_process().close()
            self.admission.end_waits()
