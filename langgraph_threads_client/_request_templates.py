"""Requests made from one built before for the same client, where building would give the
same.

``Client.build_request`` merges the client's headers, cookies and timeout into every request
anew, and its ``Request`` adds the ``Host`` and ``Content-Length`` headers and reads them back
(about 20 µs a call on one machine, where the rest of a small call's own work is about 30),
though none of it changes from call to call. The request built (``build``: the client's
``build_request``, this call's headers set as ``_options`` sets them) for a method, an origin
(the ``Host`` header) and this call's headers is kept as a template: the next request of that
kind is the library's ``Request`` given the template's headers, in their order, with the
``Content-Length`` of its own content, the template's timeout, and its content as the stream
a request's content becomes. Only while nothing building reads has changed: a client of the
library's own class, its ``build_request`` and helpers as written (``_written``), its headers
and timeout those the template was made with, no cookie in its jar (the ``Cookie`` header
depends on the URL and the time) and no query parameters of its own; the call's timeout the
same (a value, or a ``Timeout``, of which the template keeps a copy); the content bytes, or
none. A template is used only once the request it makes was seen to be the very request
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
    client_headers: list[tuple[bytes, bytes]]  # (the client's, as the template was made)
    client_timeout: Any
    call_timeout: Any
    # None: this kind of request is not made from a template (see ``_template_of``).
    headers: Any
    timeout: dict[str, Any]


# (client id, method, Host, the call's headers, whether there is content) -> its template.
# A client made after another was freed may have its id: its template is used only where
# its headers and timeout are the same, and so is the request.
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
    call_timeout = kwargs.get("timeout", _ABSENT)
    try:
        template = _templates.get(key)
    except TypeError:  # (a header value no dict can hold as a key: built, and refused there)
        return build(client, kwargs)
    if (
        template is not None
        and template.client_headers == client.headers.raw
        and template.client_timeout == client.timeout
        and _same_timeout(template.call_timeout, call_timeout)
    ):
        if template.headers is None:
            return build(client, kwargs)
        return _made(template, kwargs, library)
    built = build(client, kwargs)
    if len(_templates) >= _MAX_TEMPLATES:
        _templates.clear()
    _templates[key] = _template_of(client, kwargs, built, call_timeout, library)
    return built


def _key(client: Any, kwargs: Mapping[str, Any], library: ModuleType) -> tuple[object, ...] | None:
    """The kind of request ``kwargs`` make on ``client``; None where none is made from a
    template."""
    content = kwargs.get("content")
    headers = kwargs.get("headers")
    timeout_type = type(kwargs.get("timeout"))
    if (
        not _TAKEN.issuperset(kwargs)
        or (content is not None and type(content) is not bytes)
        or (headers and type(headers) is not dict)
        # (a timeout told the same as another's by ==: a value that cannot change, or the
        # library's Timeout, of which the template keeps a copy)
        or (timeout_type not in _PLAIN_TIMEOUTS and timeout_type is not library.Timeout)
        or client.params
        or client.cookies
        or not as_written(client, library, _BUILDING)
    ):
        return None
    call_headers = tuple(headers.items()) if headers else ()
    return (id(client), kwargs["method"], kwargs["url"].netloc, call_headers, content is None)


# (a tuple of the seconds of each, as ``checked_timeout`` lets through)
_PLAIN_TIMEOUTS: Final = frozenset({type(None), int, float, tuple})
_CONTENT_HEADERS: Final = frozenset({b"content-length", b"transfer-encoding"})


def _same_timeout(kept: object, given: object) -> bool:
    return kept is given or (type(kept) is type(given) and kept == given)


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
    client: Any,
    kwargs: Mapping[str, Any],
    built: httpx.Request,
    call_timeout: Any,
    library: ModuleType,
) -> _Template:
    """The template of ``built`` (``build_request``'s), or one that says requests of its kind
    are not made from a template: where the request it makes is not ``built``."""
    timeout_class: Any = library.Timeout
    template = _Template(
        client_headers=client.headers.raw,
        client_timeout=timeout_class(client.timeout),
        # (a copy of a Timeout, which can be changed in place)
        call_timeout=(
            timeout_class(call_timeout) if type(call_timeout) is timeout_class else call_timeout
        ),
        headers=library.Headers(built.headers.raw, encoding=built.headers.encoding),
        timeout=dict(built.extensions.get("timeout", {})),
    )
    if _content_headers_given(client, kwargs):
        # (httpx keeps them, whatever the content: the first content's would pass for them)
        return template._replace(headers=None)
    made = _made(template, kwargs, library)
    if (
        type(made) is type(built)
        and made.method == built.method
        and made.url == built.url
        and made.headers.raw == built.headers.raw
        and made.headers.encoding == built.headers.encoding
        and made.content == built.content
        and made.extensions == built.extensions
        and type(made.stream) is type(built.stream)
        and getattr(made, "__dict__", {}).keys() == getattr(built, "__dict__", {}).keys()
    ):
        return template
    return template._replace(headers=None)


def _content_headers_given(client: Any, kwargs: Mapping[str, Any]) -> bool:
    """Whether the client's headers or the call's name a Content-Length or a
    Transfer-Encoding."""
    names = [name.lower() for name, _ in client.headers.raw]
    names += [name.lower().encode("latin-1") for name in kwargs.get("headers") or ()]
    return not _CONTENT_HEADERS.isdisjoint(names)
