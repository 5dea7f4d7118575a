"""Debug logging of requests and responses, with secrets redacted.

Logs go to the standard ``logging`` logger ``langgraph_threads_client``. To see them without
configuring logging, set ``LANGGRAPH_THREADS_CLIENT_LOG=debug`` (or ``info``: failures and
retries only) in the environment: a stderr handler is then added when the package is imported.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote

if TYPE_CHECKING:  # imported by the package at once: httpx only when a client is made
    import httpx

__all__ = [
    "names_a_credential",
    "redact_headers",
    "redact_url",
    "setup_from_environment",
    "without_header_value",
]

ENV_VAR: Final = "LANGGRAPH_THREADS_CLIENT_LOG"
REDACTED: Final = "[redacted]"
# Headers whose values debug logs show: standard ones that carry no credential. Every other
# value is redacted, whatever its name (x-api-key, authorization, cookies, and the headers of
# a custom auth, a proxy or a cloud's identity-aware front end, named in as many ways).
_SHOWN_HEADERS: Final = frozenset(
    {
        "accept",
        "accept-encoding",
        "accept-language",
        "access-control-allow-origin",
        "age",
        "cache-control",
        "connection",
        "content-encoding",
        "content-language",
        "content-length",
        "content-location",
        "content-type",
        "date",
        "etag",
        "expires",
        "host",
        "keep-alive",
        "last-event-id",
        "last-modified",
        "location",
        "pragma",
        "retry-after",
        "server",
        "traceparent",
        "transfer-encoding",
        "user-agent",
        "vary",
        "via",
        "x-request-id",
    }
)
# Names that say a credential (of query parameters, whose values URLs shown redact:
# ``?access_token=...``; of headers a redirect to another origin must not take along).
# ``code`` alone: Azure Functions' key, OAuth's authorization code (not ``error_code``).
_SECRET_NAME: Final = re.compile(
    r"auth|key|token|secret|passw|passphrase|^pass$|pwd|^pw$|cookie|session|credential"
    r"|signature|sig$|^sign$|hmac(?![-_]?alg)|ticket$|jwt|bearer|^code$",
    re.IGNORECASE,
)


# Shown headers that hold a URL, which may carry credentials (a proxy's token in a query).
_URL_HEADERS: Final = frozenset({"location", "content-location"})


def names_a_credential(name: str) -> bool:
    """Whether a header's or query parameter's name says it carries a credential."""
    return _SECRET_NAME.search(name) is not None


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """``headers`` as text to show, each value redacted but those of ``_SHOWN_HEADERS``
    (a location as ``redact_url`` shows it). (``httpx.Headers.items()`` joins a repeated
    name's values: none is lost.)"""
    shown: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if lowered not in _SHOWN_HEADERS:
            value = REDACTED
        elif lowered in _URL_HEADERS:
            value = redact_url(value)
        shown[name] = value
    return shown


# Where a URL's authority starts (``scheme://``, or ``//``), blanks copied along before it.
_AUTHORITY: Final = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]*:)?//")
# A scheme-less ``user:password@host`` (the scheme forgotten): the user, up to the first ``@``.
_BARE_USER_INFO: Final = re.compile(r"^(\s*[^/?#@\s:]*):[^@\s]*@")
# In what follows a scheme-less URL's "@": another "@", or a ":" not before a port number.
_NOT_A_HOST: Final = re.compile(r"@|:(?!\d+(?:[/?#]|$))")
# A query parameter's value (``?token=...``, ``&api_key=...``), up to the next "&" (or the
# fragment): servers split a query at "&" only, so a ";" may be a value's (``token=AB;CD``);
# where the name is no credential's, what follows a ";" is read as parameters too (older
# servers split there as well: see ``_redacted_query_value``). A name with no "=" after it
# is taken whole all the same, possessively and with no value: each "?" in it would start a
# name ending where it ends, read to there and failing too (60,000 "?" took 15 s).
_QUERY_VALUE: Final = re.compile(r"([?&;])([^=&;#]*+)(?:=([^&#]*))?")
# The first of a fragment's parameters (OAuth's ``#access_token=...&token_type=...``: the
# others are read as a query's; after a hash router's "/" or "!/" too): not a route's
# (``#/callback?code=...``, whose query is read). Its value runs on past a "?", which a
# fragment may hold unencoded (a query after it was read by the pass before).
_FRAGMENT_VALUE: Final = re.compile(r"(#!?/?)([^=&;#?/]+)=([^&#]*)")
# An array parameter's brackets (``code[]=``, ``token[0]=``), which servers read the name
# without.
_BRACKETS: Final = re.compile(r"\[[^\[\]]*\]$")


def redact_url(url: object) -> str:
    """``url`` as text to show (a client's repr, an error, a log line), its user information
    redacted (``http://user:[redacted]@host``; a lone user name, often a token, as
    ``http://[redacted]@host``) and the values of query parameters named after a credential:
    a password in the URL (basic auth at a proxy) is as secret as the API key.

    Malformed URLs too (a password holding an unencoded ``/`` or ``#``: the user information
    is then taken up to the last ``@``, which may redact more than it, never less)."""
    text = str(url)
    start = _AUTHORITY.match(text)
    if start is not None:
        at = text.rfind("@", start.end())
        if at != -1:
            text = text[: start.end()] + _redacted_user_info(text[start.end() : at]) + text[at:]
    elif (bare := _BARE_USER_INFO.match(text)) is not None:
        rest = text[bare.end() :]
        if _NOT_A_HOST.search(rest):  # (which part is the user information cannot be told)
            return REDACTED
        text = f"{bare[1]}:{REDACTED}@{rest}"
    text = _QUERY_VALUE.sub(_redacted_query_value, text)
    return _FRAGMENT_VALUE.sub(_redacted_query_value, text)


def _redacted_user_info(user_info: str) -> str:
    user, colon, _password = user_info.partition(":")
    return f"{user}:{REDACTED}" if colon else REDACTED


def _redacted_query_value(found: re.Match[str]) -> str:
    """A parameter as shown: its whole value redacted where its name is a credential's (as
    given, or as servers read it: percent-decoded, without an array's brackets); else as it
    is, but for the parameters after a ";" in its value, read in turn."""
    mark, name, value = found[1], found[2], found[3]
    if value is None:  # (no parameter: see _QUERY_VALUE)
        return found[0]
    if _names_a_credential_as_servers_read(name):
        return f"{mark}{name}={REDACTED}"
    if ";" not in value:
        return found[0]
    head, *parameters = value.split(";")
    shown = [f"{mark}{name}={head}"]
    for parameter in parameters:  # (in a loop: a URL may hold thousands)
        key, equals, _ = parameter.partition("=")
        if equals and _names_a_credential_as_servers_read(key):
            # (Its value is the rest, up to the "&" the match ends at.)
            shown.append(f";{key}={REDACTED}")
            break
        shown.append(f";{parameter}")
    return "".join(shown)


def _names_a_credential_as_servers_read(name: str) -> bool:
    return names_a_credential(name) or names_a_credential(_BRACKETS.sub("", unquote(name)))


def without_header_value(said: str) -> str:
    """What an exception says, h11's refusal of a header value without the value, which is
    often a credential (a key pasted with a blank or a line break): said in an error's
    message and in the log of a failure."""
    if said.startswith("Illegal header value"):
        return "Illegal header value (blanks around it, a line break or NUL; not shown)"
    return said


def response(log: logging.Logger, response: httpx.Response, elapsed: float, attempt: int) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    request = response.request
    log.debug(
        "%s %s -> %s in %.1f ms (attempt %d); request headers %s; response headers %s",
        request.method,
        redact_url(request.url),
        response.status_code,
        elapsed * 1000,
        attempt,
        redact_headers(request.headers),
        redact_headers(response.headers),
    )


def failure(log: logging.Logger, request: Mapping[str, Any], exc: Exception, attempt: int) -> None:
    if log.isEnabledFor(logging.INFO):
        log.info(
            "%s %s failed (attempt %d): %s: %s",
            request.get("method"),
            redact_url(request.get("url")),
            attempt,
            type(exc).__name__,
            without_header_value(str(exc)),
        )


def retrying(log: logging.Logger, response: httpx.Response, attempt: int, delay: float) -> None:
    """An error status that will be retried: at INFO, like a failure without an answer."""
    if log.isEnabledFor(logging.INFO):
        request = response.request
        log.info(
            "%s %s -> %s (attempt %d): retrying in %.2f s",
            request.method,
            redact_url(request.url),
            response.status_code,
            attempt,
            delay,
        )


def setup_from_environment() -> None:
    level = os.environ.get(ENV_VAR, "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger = logging.getLogger("langgraph_threads_client")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
