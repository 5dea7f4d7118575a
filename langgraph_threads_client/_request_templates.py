"""Requests made from one built before for the same client, where building would give the
same.

``Client.build_request`` merges the client's headers, cookies and timeout into every request
anew, and its ``Request`` adds the ``Host`` and ``Content-Length`` headers and reads them back
(about 20 µs a call on one machine, where the rest of a small call's own work is about 30),
though none of it changes from call to call. The second request built (``build``: the
client's ``build_request``, this call's headers set as ``_options`` sets them) of a kind (a
client, a method, an origin, this call's text headers and timeout, and whether it has
content) is kept as a template: the next ones of that kind are the library's ``Request`` given
the template's headers, in their order, with the ``Content-Length`` of their own content, the
template's timeout, and their content as the stream a request's content becomes. Only while
nothing building reads has changed: a client of the library's own class, its
``build_request`` and helpers as written (``_written``), its headers and timeout those the
template was made with (the same before and after it was built, and the same in the request
built: another thread may change them meanwhile), no cookie in its jar (the ``Cookie`` header
depends on the URL and the time) and no query parameters of its own; the content bytes, or
none. A template is kept only once the request it makes was seen to be the very request
built (method, URL, headers in their order, content, extensions, stream); a kind of request
where it is not (a client with a ``Content-Length`` or ``Transfer-Encoding`` header of its
own) is always built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from ._written import Methods, as_written

if TYPE_CHECKING:
    import httpx

__all__ = ["request_for"]

# What build_request calls, besides the Request class it returns.
_BUILDING: Final = Methods(
    "build_request",
    "_merge_url",
    "_merge_headers",
    "_merge_cookies",
    "_merge_queryparams",
)
# The arguments a request made from a template may have (``url`` parsed, no ``params``).
_TAKEN: Final = frozenset({"method", "url", "content", "headers", "timeout"})
_ABSENT: Final = object()  # (no timeout given for the call)


class _Template(NamedTuple):
    # The client's headers and timeout (``_timeout_key``) as the template was made.
    client_headers: list[tuple[bytes, bytes]]
    client_timeout: object
    # None: this kind of request is not made from a template (see ``_template_of``).
    headers: Any
    timeout: dict[str, Any]


# The kinds of request seen once: a kind's template is made the second time it is seen (a
# header of its own for every call, a request id, makes every call a kind of its own, seen
# once: those neither build twice nor push the templates out).
_seen: dict[tuple[object, ...], None] = {}

# (client id and class, method, Host, the call's headers, its timeout, its content: none,
# empty or some) -> its template. A client made after another was freed may have its id: its
# template is used only where its headers and timeout are the same, and so is the request.
_templates: dict[tuple[object, ...], _Template] = {}
_MAX_TEMPLATES: Final = 256


def request_for(
    client: Any,
    kwargs: Mapping[str, Any],
    library: ModuleType,
    build: Callable[[Any, Mapping[str, Any]], httpx.Request],
) -> httpx.Request:
    """The request ``build(client, kwargs)`` builds (``kwargs`` for the client's
    ``build_request``, the URL parsed), made from a template where one fits."""
    key = _key(client, kwargs, library)
    if key is None:
        return build(client, kwargs)
    try:
        template = _templates.get(key)
    except TypeError:  # (a Timeout of values no key can hold: built, as httpx takes them)
        return build(client, kwargs)
    client_headers = client.headers.raw
    client_timeout = _timeout_key(client.timeout, library)
    if client_timeout is None:  # (a timeout of the client's that no template stands for)
        return build(client, kwargs)
    if (
        template is not None
        and template.client_headers == client_headers
        and template.client_timeout == client_timeout
    ):
        if template.headers is None:
            return build(client, kwargs)
        return _made(template, kwargs, library)
    built = build(client, kwargs)
    if template is None and key not in _seen:
        _remember(_seen, key, None)
    elif (
        # (Nothing building reads changed while it built, and the request is of the client
        # as it was before: another thread's new token, or a cookie an answer set and a
        # later one may clear, would stay in the template.)
        client.headers.raw == client_headers
        and _timeout_key(client.timeout, library) == client_timeout
        and not client.params  # (else a template of a URL not the client's: never made)
        and _of_the_client(built, client_headers, client_timeout, kwargs, library)
    ):
        _seen.pop(key, None)
        _remember(
            _templates, key, _template_of(client_headers, client_timeout, kwargs, built, library)
        )
    return built


def _remember(kept: dict[tuple[object, ...], Any], key: tuple[object, ...], value: Any) -> None:
    if len(kept) >= _MAX_TEMPLATES:
        kept.clear()
    kept[key] = value


def _of_the_client(
    built: httpx.Request,
    client_headers: list[tuple[bytes, bytes]],
    client_timeout: object,
    kwargs: Mapping[str, Any],
    library: ModuleType,
) -> bool:
    """Whether ``built`` holds the client's headers and timeout as they were before it was
    built, and no other (a ``Cookie``): a change another thread made and undid while it was
    built is not seen by the client's state after. (Names and values; the call's own
    headers, ``Host`` and ``Content-Length`` left out.)"""
    own = {name.lower().encode("latin-1") for name in kwargs.get("headers") or ()}
    own |= _OWN_HEADERS
    sent = {(name.lower(), value) for name, value in built.headers.raw}
    given = {(name.lower(), value) for name, value in client_headers}
    if {pair for pair in sent if pair[0] not in own} != {
        pair for pair in given if pair[0] not in own
    }:
        return False
    call_timeout = kwargs.get("timeout", _ABSENT)
    expected = client_timeout if call_timeout is _ABSENT else _timeout_key(call_timeout, library)
    timeout = built.extensions.get("timeout", {})
    seconds = tuple(timeout.get(field) for field in _FIELDS)
    return (seconds, tuple(map(type, seconds))) == _seconds(expected)


_FIELDS: Final = ("connect", "read", "write", "pool")


def _seconds(timeout_key: Any) -> tuple[tuple[Any, ...], tuple[type, ...]]:
    """The four seconds of a ``_timeout_key``, and their types."""
    if type(timeout_key[0]) is tuple:  # (a Timeout's)
        return timeout_key  # type: ignore[no-any-return]
    kind, value = timeout_key
    return (value,) * 4, (kind,) * 4


def _key(client: Any, kwargs: Mapping[str, Any], library: ModuleType) -> tuple[object, ...] | None:
    """The kind of request ``kwargs`` make on ``client``; None where none is made from a
    template."""
    content = kwargs.get("content")
    headers = kwargs.get("headers")
    timeout = _timeout_key(kwargs.get("timeout", _ABSENT), library)
    if (
        not _TAKEN.issuperset(kwargs)
        or (content is not None and type(content) is not bytes)
        # (Text headers only: ``_options`` sets others otherwise, a str subclass's value too,
        # which would make the same key.)
        or (
            headers
            and (type(headers) is not dict or not _TEXT.issuperset(map(type, headers.values())))
        )
        or timeout is None
        or client.params
        or client.cookies
        or not as_written(client, library, _BUILDING)
    ):
        return None
    call_headers = tuple(headers.items()) if headers else ()
    body = None if content is None else bool(content)  # (httpx sets no Content-Length for b"")
    return (
        id(client),
        type(client),
        kwargs["method"],
        kwargs["url"].netloc,
        call_headers,
        timeout,
        body,
    )


def _timeout_key(timeout: Any, library: ModuleType) -> Any:
    """What a timeout is, seconds and their types (3 and 3.0 are equal, and written apart in
    the request's extensions); None for one of another kind (a tuple: rare), or with a zero
    of a float (0.0 and -0.0 are equal, and apart)."""
    kind = type(timeout)
    if kind in _PLAIN_TIMEOUTS:
        return None if kind is float and timeout == 0 else (kind, timeout)
    if kind is library.Timeout:
        seconds = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        types = tuple(map(type, seconds))
        if float in types and 0 in seconds:
            return None
        return (seconds, types)
    return _ABSENT if timeout is _ABSENT else None


_PLAIN_TIMEOUTS: Final = frozenset({type(None), int, float})
_OWN_HEADERS: Final = frozenset({b"host", b"content-length"})
_TEXT: Final = frozenset({str})
_CONTENT_HEADERS: Final = frozenset({b"content-length", b"transfer-encoding"})


def _made(template: _Template, kwargs: Mapping[str, Any], library: ModuleType) -> httpx.Request:
    """A request of the template's kind: its body given as the stream a request's content
    becomes, so that the headers stay the template's, in their order (a ``Request`` given
    content would add them anew, at about four times the cost)."""
    content = kwargs.get("content")
    request: httpx.Request = library.Request(
        kwargs["method"],
        kwargs["url"],
        headers=template.headers,
        stream=library.ByteStream(b"" if content is None else content),
        extensions={"timeout": dict(template.timeout)},
    )
    if content is not None:
        # (The template's Content-Length, in its place, is the earlier content's.)
        request.headers["Content-Length"] = str(len(content))
    request.read()  # (as a Request given content reads it)
    return request


def _template_of(
    client_headers: list[tuple[bytes, bytes]],
    client_timeout: object,
    kwargs: Mapping[str, Any],
    built: httpx.Request,
    library: ModuleType,
) -> _Template:
    """The template of ``built``, or one that says requests of its kind are not made from a
    template: where the request it makes is not ``built``."""
    template = _Template(
        client_headers=client_headers,
        client_timeout=client_timeout,
        headers=library.Headers(built.headers.raw),
        timeout=dict(built.extensions.get("timeout", {})),
    )
    if _content_headers_given(client_headers):
        # (httpx keeps them, whatever the content: the first content's would pass for them)
        return template._replace(headers=None)
    made = _made(template, kwargs, library)
    if (
        type(made) is type(built)
        and made.method == built.method
        and made.url == built.url
        and made.headers.raw == built.headers.raw
        and made.content == built.content
        and made.extensions == built.extensions
        and type(made.stream) is type(built.stream)
        and getattr(made, "__dict__", {}).keys() == getattr(built, "__dict__", {}).keys()
    ):
        return template
    return template._replace(headers=None)


def _content_headers_given(client_headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether the client's headers name a Content-Length or a Transfer-Encoding (a call's
    cannot: ``_options.normalized_headers`` refuses them)."""
    return not _CONTENT_HEADERS.isdisjoint(name.lower() for name, _ in client_headers)
