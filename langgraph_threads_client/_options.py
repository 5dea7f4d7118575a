"""``RequestOptions``: what one call adds to the client's own (headers, query, timeout, retries).

Every method takes these as keyword arguments, as the official SDK's do. They are declared
once, here: a method takes them as ``**options: Unpack[OptionArguments]`` (type checkers read
each keyword's type from ``OptionArguments``), ``@option_keywords`` shows them in its
signature (``help()``, ``inspect.signature``) as the keywords they are, and they travel from
the method to ``HTTP.send()`` / ``HTTP.open_stream()`` as one value, built by
``request_options()``.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import sys
import threading
from collections.abc import Callable, Mapping, Sequence, Sized
from types import CodeType, FrameType, ModuleType
from typing import Any, Final, TypedDict, TypeVar, cast

import httpx

from ._arguments import check_max_retries
from ._encoding import encode_json
from ._request_templates import request_for
from ._types import NOT_GIVEN, HeaderTypes, NotGiven, QueryParams, TimeoutTypes

__all__ = [
    "JSON_CONTENT",
    "NO_OPTIONS",
    "OptionArguments",
    "RequestOptions",
    "build_request",
    "checked_timeout",
    "headers_over",
    "merge_request",
    "normalized_headers",
    "option_keywords",
    "request_options",
]

_Method = TypeVar("_Method", bound=Callable[..., Any])
_Timeout = TypeVar("_Timeout")


def checked_timeout(timeout: _Timeout) -> _Timeout:
    """``timeout`` where httpx and the sockets below it take it: seconds (an int or a float,
    more than 0), ``None``, a tuple of those (connect, read, and write and pool), or an httpx
    or httpx2 ``Timeout`` of those. Else a ``TypeError`` or ``ValueError`` that names it,
    before anything is sent: httpx takes any value there, and the socket refuses it at the
    first connection ("'str' object cannot be interpreted as an integer", "Timeout value out
    of range"), or takes 0 as "do not wait", where no connection, read or write could end
    (a connection refused, retried, where the server took it; a request sent, its answer
    not read). The pool's wait alone may be 0: a call that finds no connection free fails at
    once. Seconds past ``threading.TIMEOUT_MAX`` (``float("inf")``, or about 292 years on
    Linux, which a socket refuses) are no limit: ``None`` there."""
    if _not_given(timeout):  # (None or NOT_GIVEN: as they are)
        return timeout
    as_dict = getattr(timeout, "as_dict", None)
    if type(timeout).__name__ == "Timeout" and as_dict is not None:
        given: dict[str, object] = as_dict()
        parts = {
            part: _checked_seconds(seconds, f"timeout.{part}", zero=part == "pool")
            for part, seconds in given.items()
        }
        return timeout if parts == given else type(timeout)(**parts)
    if isinstance(timeout, tuple):
        if len(timeout) < 2:  # (httpx reads a tuple's connect and read)
            raise TypeError(
                f"timeout as a tuple must be (connect, read[, write[, pool]]); got {timeout!r}"
            )
        checked = tuple(
            _checked_seconds(seconds, f"timeout[{index}]", zero=index == _POOL_INDEX)
            for index, seconds in enumerate(timeout[:4])
        )
        return timeout if checked == timeout[:4] else cast(_Timeout, checked + timeout[4:])
    if not _is_seconds(timeout):
        raise TypeError(
            "timeout must be seconds (an int or a float), None, a tuple of them or an "
            f"httpx.Timeout; got {type(timeout).__name__}"
        )
    return cast(_Timeout, _checked_seconds(timeout, "timeout", zero=False))


# Where a tuple holds the pool's wait: (connect, read, write, pool), as httpx reads it.
_POOL_INDEX: Final = 3


def _not_given(timeout: object) -> bool:
    # (By identity: ``==`` would ask the value, which a numpy array answers with an error.)
    return timeout is None or timeout is NOT_GIVEN


def _is_seconds(value: object) -> bool:
    # What a socket's timeout takes: a float, or an integer (anything with __index__); not a
    # bool, which a socket reads as 1 second or 0 (as max_retries and limit refuse one).
    return isinstance(value, float) or (
        hasattr(type(value), "__index__") and not isinstance(value, bool)
    )


def _checked_seconds(seconds: object, name: str, *, zero: bool) -> object:
    """``seconds`` as a socket or a wait takes them (see ``checked_timeout``); ``zero``:
    whether 0 is allowed (the pool's wait)."""
    if seconds is None:
        return None
    if not _is_seconds(seconds):
        raise TypeError(
            f"{name} must be seconds (an int or a float) or None; got {type(seconds).__name__}"
        )
    if zero:
        if not cast(float, seconds) >= 0:  # (NaN too)
            raise ValueError(f"{name} must be seconds, 0 or more; got {seconds!r}")
    elif not cast(float, seconds) > 0:
        refused = f"{name} must be seconds, more than 0; got {seconds!r}"
        if seconds == 0:
            refused += " (with 0 a socket does not wait at all: no call could succeed)"
        raise ValueError(refused)
    # (threading's longest wait; a socket's too, on Linux: 2**63 nanoseconds.)
    return None if cast(float, seconds) > threading.TIMEOUT_MAX else seconds


@dataclasses.dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options; each field left at its default keeps the client's setting.

    ``headers`` and ``params`` are added to (and override) the client's and the operation's;
    ``timeout`` (seconds, an ``httpx.Timeout``, ``None`` for none) and ``max_retries``
    replace the client's.
    """

    headers: Mapping[str, str | bytes] | None = None
    params: QueryParams | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN

    def __post_init__(self) -> None:
        # Each checked as the options are given (a walk's at its call, not at its first page).
        object.__setattr__(self, "timeout", checked_timeout(self.timeout))
        if self.max_retries is not NOT_GIVEN:
            object.__setattr__(self, "max_retries", check_max_retries(self.max_retries))


class OptionArguments(TypedDict, total=False):
    """The options as keyword arguments: what a method's ``**options`` takes."""

    headers: HeaderTypes | None
    params: QueryParams | None
    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven


# The header of a request with a JSON body.
JSON_CONTENT: Final = {"Content-Type": "application/json"}

# Most calls pass no option: they share this one value rather than allocate their own.
NO_OPTIONS: Final = RequestOptions()

_OPTION_NAMES: Final = frozenset(field.name for field in dataclasses.fields(RequestOptions))

# The options as a signature shows them: keyword-only, with their types and defaults.
_OPTION_PARAMETERS: Final = tuple(
    inspect.Parameter(
        field.name,
        inspect.Parameter.KEYWORD_ONLY,
        default=field.default,
        # What a caller passes (a TypedDict keeps its annotations as forward references).
        annotation=getattr(annotation, "__forward_arg__", annotation),
    )
    for field in dataclasses.fields(RequestOptions)
    for annotation in (OptionArguments.__annotations__[field.name],)
)


def request_options(options: OptionArguments) -> RequestOptions:
    """The options of one call, from the method's ``**options``.

    A keyword that is not an option is one the method does not take: ``TypeError``, as
    Python raises for a misspelt argument.
    """
    if not options:
        return NO_OPTIONS
    if not options.keys() <= _OPTION_NAMES:
        unknown = min(options.keys() - _OPTION_NAMES)
        raise TypeError(f"{_method_called()}got an unexpected keyword argument {unknown!r}")
    return RequestOptions(
        normalized_headers(options.get("headers")),
        options.get("params"),
        options.get("timeout", NOT_GIVEN),
        options.get("max_retries", NOT_GIVEN),
    )


def _method_called() -> str:
    """``"SyncThreadsClient.get_history() "``: the method whose ``**options`` were given, as
    Python names a function in its own error. Found on the stack by its code, which
    ``option_keywords`` registered: private helpers and wrappers between it and
    ``request_options`` (a mutation tester's trampolines) are passed."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        name = _METHODS.get(frame.f_code)
        if name is not None:
            return f"{name}() "
        frame = frame.f_back
    return ""


# The code of each method that takes ``**options`` (see ``option_keywords``) -> its name.
_METHODS: dict[CodeType, str] = {}


# A header's name (RFC 9110's token) and value as h11 sends them: a value has no blanks
# around it, no NUL, and no line break or other blank but spaces and tabs within. Anything
# else h11 refuses as the request is written, a connection error to the caller.
_HEADER_NAME: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE: Final = re.compile(r"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?", re.ASCII)
# What httpx sets from the body: one given would contradict it (h11 then refuses the request
# with an error of its own, of no class this package or httpx raises).
_FRAMING_HEADERS: Final = frozenset({"content-length", "transfer-encoding"})


def normalized_headers(headers: HeaderTypes | None) -> Mapping[str, str | bytes] | None:
    """Headers in any form httpx takes, which the official SDK hands on to httpx as given,
    as the mapping this package merges: names as text, values as given (bytes are sent as
    they are). A mapping of ASCII text, the common case, is taken as it is. What no request
    can carry is a ValueError naming the header, before anything is sent, where httpx's (or
    h11's) error would hold the value: text that is not ASCII (httpx encodes a header's text
    as ASCII), a name that is no token, a value with blanks around it or a line break or NUL
    within, a Content-Length or Transfer-Encoding."""
    if headers is None:
        return None
    if isinstance(headers, Mapping) and all(
        type(name) is str and type(value) is str and name.isascii() and value.isascii()
        for name, value in headers.items()
    ):
        text = cast("Mapping[str, str]", headers)
        for name, value in text.items():
            _check_header(name, value)
        return text
    given: Any = headers.items() if isinstance(headers, Mapping) else headers
    try:
        pairs = [(name, value) for name, value in given]
    except (TypeError, ValueError):  # not iterable, or not of pairs
        raise TypeError(
            f"headers must be a mapping, or pairs, of str or bytes; got {type(headers).__name__}"
        ) from None
    result: dict[str, str | bytes] = {}
    for name, value in pairs:
        if isinstance(name, bytes):
            name = name.decode("latin-1")  # (a name is ASCII: a byte for a character)
        if not isinstance(name, str) or not isinstance(value, str | bytes):
            raise TypeError(f"headers[{name!r}] must be str or bytes, got {type(value).__name__}")
        if not name.isascii():
            raise ValueError(f"header name {name!r} is not ASCII, which no header name may be")
        if isinstance(value, str) and not value.isascii():
            raise ValueError(
                f"headers[{name!r}] holds a character that is not ASCII, which httpx cannot"
                " send as text (value not shown; bytes are sent as they are)"
            )
        _check_header(name, value)
        result[name] = value
    return result


def _check_header(name: str, value: str | bytes) -> None:
    if not _HEADER_NAME.fullmatch(name):
        raise ValueError(
            f"header name {name!r} is not one HTTP allows (letters, digits and !#$%&'*+-.^_`|~)"
        )
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if not _HEADER_VALUE.fullmatch(text):
        raise ValueError(
            f"headers[{name!r}] has blanks around it, or a line break or NUL within, which no"
            " HTTP header may hold (value not shown)"
        )
    if name.lower() in _FRAMING_HEADERS:
        raise ValueError(f"headers[{name!r}]: httpx sets it from the body; leave it out")


def headers_over(
    defaults: Mapping[str, str | bytes], given: Mapping[str, str | bytes]
) -> dict[str, str | bytes]:
    """``defaults`` with ``given`` over them: a name given replaces a default, whatever the case
    of either (rather than going with it as a second value)."""
    replaced = {name.lower() for name in given}
    merged = {name: value for name, value in defaults.items() if name.lower() not in replaced}
    merged.update(given)
    return merged


def option_keywords(method: _Method) -> _Method:
    """Show a method's ``**options`` in its signature as the keywords it takes.

    ``help()``, ``inspect.signature`` and the tools built on them then list ``headers``,
    ``params``, ``timeout`` and ``max_retries`` with their defaults, as for the official
    SDK's methods, which spell them out. The method is registered, by its code, as one a
    misspelt keyword's error names (``_method_called``).
    """
    signature = inspect.signature(method)
    *named, options = signature.parameters.values()
    if options.kind is not inspect.Parameter.VAR_KEYWORD:
        raise TypeError(f"{method.__qualname__} takes no **options")
    parameters = [*named, *_OPTION_PARAMETERS]
    cast(Any, method).__signature__ = signature.replace(parameters=parameters)
    _METHODS[cast(Any, method).__code__] = method.__qualname__
    return method


def merge_request(
    request: dict[str, Any],
    *,
    base_url: str,
    base_query: tuple[tuple[str, str], ...] = (),
    headers: Mapping[str, str | bytes],
    call_headers: Mapping[str, str | bytes] | None,
    call_params: QueryParams | None,
    timeout: TimeoutTypes | NotGiven,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for one call.

    ``request`` comes from a generated ``build_request``; per-call headers and query
    parameters override the client's and the operation's, and both override the query of the
    client's URL (``base_query``). Its JSON body is encoded here (``_encoding``): a
    ``TypeError`` names what cannot be, before anything is sent.
    """
    # Only what is there: httpx spends microseconds on every headers or params argument,
    # even an empty one (an empty params dict alone costs ~15% of a small call).
    merged = {key: value for key, value in request.items() if value and key != "json"}
    merged["url"] = base_url + request["url"]
    operation_headers = request.get("headers")
    content_headers = None
    if request.get("json") is not None:
        # Encoded here, as the official SDK encodes it, so that a value that cannot be
        # encoded fails before anything is sent, naming where it is.
        merged["content"] = encode_json(request["json"])
        content_headers = JSON_CONTENT
    if call_headers or operation_headers or content_headers:
        # The call's headers over the content type, and the operation's own header parameters
        # (``Prefer`` for ``return_minimal``, an argument of the call) over both, as the
        # official SDK orders them.
        merged["headers"] = {
            **headers,
            **(content_headers or {}),
            **(call_headers or {}),
            **(operation_headers or {}),
        }
    elif headers:
        merged["headers"] = headers
    if call_params:  # (an empty or false value sends nothing, as with the official SDK)
        merged["params"] = _merge_params(merged.get("params"), call_params)
    if base_query:
        merged["params"] = _under_base_query(base_query, merged.get("params"))
    if timeout is not NOT_GIVEN:
        merged["timeout"] = timeout
    return merged


def build_request(
    client: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any], library: ModuleType
) -> httpx.Request:
    """The request of ``client`` (an httpx or httpx2 client) for ``merge_request``'s arguments.

    This call's headers are set on the built request rather than given to ``build_request``,
    which would merge them into a copy of the client's by way of a third ``Headers`` (about
    10 µs a call, where setting one header costs 3). The result is the same: the client's
    headers, each one named here replaced (names compare without case, the last one wins).
    Its query parameters, where they are plain (``?subgraphs=false``, sent with every state
    read) and the client has none of its own, are part of the parsed URL kept for the next
    call: given to ``build_request``, httpx merges them into the URL anew (about a third of a
    small call on a slow machine). The URL is the one httpx would build. A request of a kind
    built before is made from that one where building would give the same
    (``_request_templates``).
    """
    params = kwargs.get("params")
    query = _plain_query(params) if params and not client.params else None
    kwargs = dict(kwargs)
    if query is not None:
        del kwargs["params"]  # (in the parsed URL)
    kwargs["url"] = _parsed_url(client, kwargs["url"], query, params)
    return request_for(client, kwargs, library, _built)


def _built(client: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any]) -> httpx.Request:
    """The client's request for ``kwargs`` (the URL parsed): its headers set as
    ``build_request`` describes."""
    headers: Mapping[str, str | bytes] | None = kwargs.get("headers")
    if not headers:
        return client.build_request(**kwargs)
    request = client.build_request(
        **{key: value for key, value in kwargs.items() if key != "headers"}
    )
    for name, value in headers.items():
        if type(value) is not str:
            # Bytes (sent as they are), where a caller gave some: httpx's own merge builds
            # the request, as it decodes a request's headers together (set one by one, a
            # header of non-ASCII bytes would break the reading of the others). It keeps
            # every name of the mapping given, so one given twice in different cases (the
            # client's and the call's) goes once, its last value, as set one by one.
            return client.build_request(**{**kwargs, "headers": _last_of_each_name(headers)})
        if not (name.isascii() and value.isascii()):
            # httpx sets any text, as UTF-8; given to build_request, a header must be ASCII,
            # and the same error as there is raised here, before anything is sent.
            name.encode("ascii")
            value.encode("ascii")
        request.headers[name] = value
    return request


def _last_of_each_name(headers: Mapping[str, str | bytes]) -> dict[str, str | bytes]:
    """``headers`` with each name once, whatever its case: its last value, under the name
    given with it."""
    last = {name.lower(): (name, value) for name, value in headers.items()}
    return dict(last.values())


# URLs parsed, by the client's URL class, the text and the query parameters (see ``_plain_query``):
# httpx parses a URL in Python (about 7 µs, a tenth of a small call's own time), and merges
# query parameters into it anew for each request, and a client's calls go to few URLs (search,
# count, the same thread polled, its state read with ``?subgraphs=false``). A parsed URL is
# immutable: one serves every request to it. Emptied when full (a process that calls many
# threads' URLs parses them again), which is thread-safe.
_PARSED_URLS: dict[tuple[type, str, tuple[object, ...] | None], Any] = {}
_MAX_PARSED_URLS: Final = 256

# The values of a plain query: each is written as its type says (True as "true", 1 as "1"), so
# the type is part of the key (True == 1, yet they are sent apart). Not floats: -0.0 == 0.0.
_PLAIN_VALUES: Final = frozenset({str, bool, int})


def _parsed_url(
    client: httpx.Client | httpx.AsyncClient,
    url: str,
    query: tuple[object, ...] | None = None,
    params: Any = None,
) -> Any:
    """``url`` (from ``merge_request``) as a parsed URL of the client's library (httpx's or
    httpx2's ``URL``), with ``params`` merged into it where ``query`` is their key."""
    key = (type(client.base_url), url, query)
    parsed = _PARSED_URLS.get(key)
    if parsed is None:
        # (An invalid URL raises here what build_request would raise.) With the parameters,
        # the URL the client's own Request makes (the client having none of its own): a
        # query already in the URL is replaced by them since httpx 0.28, merged before.
        parsed = (
            key[0](url) if query is None else client.build_request("GET", url, params=params).url
        )
        if len(_PARSED_URLS) >= _MAX_PARSED_URLS:
            _PARSED_URLS.clear()
        _PARSED_URLS[key] = parsed
    return parsed


def _plain_query(params: object) -> tuple[object, ...] | None:
    """A key for query parameters given as a dict or as pairs of names and plain values (text,
    booleans, integers, lists of text): the names, the values and their types, in their order.
    ``None`` for any other form (a query string, ``QueryParams``, other values), which httpx
    merges as it does."""
    pairs = params.items() if type(params) is dict else params if type(params) is list else None
    if pairs is None:
        return None
    key: list[object] = []
    for pair in pairs:
        if type(pair) is not tuple or len(pair) != 2 or type(pair[0]) is not str:
            return None
        name, value = pair
        kind = type(value)
        if kind is list:
            if not all(type(item) is str for item in value):
                return None
            value = tuple(value)
        elif kind not in _PLAIN_VALUES:
            return None
        key.append((name, kind, value))
    return tuple(key)


def _under_base_query(
    base_query: tuple[tuple[str, str], ...], params: _HttpxQueryParams | None
) -> list[tuple[str, str]]:
    """The URL's own query parameters, but those named again in ``params``, then ``params``
    (as pairs, as httpx writes their values)."""
    if not params:
        return list(base_query)
    given = httpx.QueryParams(params)
    return [pair for pair in base_query if pair[0] not in given] + given.multi_items()


def _merge_params(
    operation: Mapping[str, Any] | None, call: QueryParams
) -> _HttpxQueryParams | dict[str, Any]:
    """The call's query parameters over the operation's, merged as the official SDK merges them
    (a dict's update: a name given again keeps its place, and its last value wins). Without
    parameters of the operation's own, the call's as given, in any form httpx takes (a name
    repeated in pairs is sent repeated, as the SDK sends it).

    Parameters in a form that neither takes are a ``TypeError`` that names them, before
    anything is sent (where httpx or a dict's update would say ``'int' object has no
    attribute 'items'`` or ``dictionary update sequence element #0 has length 1``).
    """
    if isinstance(call, bytes) and not call.isascii():
        # (Where, not what: a query string may carry a token.)
        where = next(index for index, byte in enumerate(call) if byte > 0x7F)
        raise ValueError(
            f"params given as bytes must be an ASCII query string; byte {where} is not ASCII"
        )
    if not operation:
        return _as_httpx_takes(call)
    merged = dict(operation)
    if isinstance(call, str | bytes):
        # (A query string, which the SDK's update refuses, is read as its pairs.)
        merged.update(httpx.QueryParams(call).multi_items())
    elif hasattr(call, "keys"):
        merged.update(call)  # (a mapping, as a dict's update takes one)
    else:
        for index, pair in enumerate(_iterated(call)):
            try:
                name, value = pair
            except (TypeError, ValueError):
                raise _not_a_pair(index, pair) from None
            try:
                merged[name] = value
            except TypeError:  # (unhashable, as a list is)
                raise _not_a_name(index, name) from None
    return merged


# What httpx's own annotations take as params (pairs in a list or a tuple only).
_HttpxQueryParams = (
    Mapping[str, Any] | list[tuple[str, Any]] | tuple[tuple[str, Any], ...] | str | bytes
)


def _as_httpx_takes(params: QueryParams) -> _HttpxQueryParams:
    """``params``, where httpx takes their form as it is: a mapping (anything with
    ``items()``), a list or tuple of pairs (httpx reads each one's ``[0]`` and ``[1]``; any
    other sequence of pairs becomes a list), a query string."""
    if isinstance(params, str | bytes) or hasattr(params, "items"):
        return cast(_HttpxQueryParams, params)
    pairs: list[Any] | tuple[Any, ...]
    if isinstance(params, list | tuple):
        pairs = params
    elif isinstance(params, Sequence):
        pairs = list(params)
    else:
        raise _not_params(params)
    for index, pair in enumerate(pairs):
        try:
            name, _ = pair[0], pair[1]
        except (TypeError, LookupError):
            raise _not_a_pair(index, pair) from None
        try:
            hash(name)  # (httpx groups the values by name)
        except TypeError:
            raise _not_a_name(index, name) from None
    return pairs


def _iterated(params: Any) -> list[Any]:
    try:
        return list(params)
    except TypeError:
        raise _not_params(params) from None


def _not_params(params: object) -> TypeError:
    return TypeError(
        f"params must be a mapping, (name, value) pairs or a query string; got "
        f"{type(params).__name__}"
    )


def _not_a_name(index: int, name: object) -> TypeError:
    return TypeError(f"params[{index}] is named by a {type(name).__name__}, not text")


def _not_a_pair(index: int, pair: object) -> TypeError:
    kind = type(pair).__name__
    shown = f"{kind} of {len(pair)}" if isinstance(pair, Sized) else kind
    return TypeError(f"params[{index}] must be a (name, value) pair; got {shown}")
