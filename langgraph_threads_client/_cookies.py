"""The cookie jar of the HTTP clients this package makes: it reads a response's cookies only
when the response sets some.

httpx hands every response to ``http.cookiejar`` (``Cookies.extract_cookies``), which builds
urllib request and response stand-ins and an email message of the headers before it finds no
``Set-Cookie`` among them: 9 µs a call on one machine, 40 µs alone and 70-100 µs within a
call on a slower one, a tenth to a third of a small call. The LangGraph servers set no
cookies; a proxy or load balancer in front of one may (a sticky session), and those are read
as before. httpx2 does the same (pydantic/httpx2#1107). A client the caller passed in
(``http_client=``) is never changed.
"""

from __future__ import annotations

from typing import Final, TypeVar

import httpx

__all__ = ["sets_cookies", "sparing_cookies"]

# What http.cookiejar reads cookies from (Set-Cookie2 only under RFC 2965, off by default).
_SETTING: Final = ("set-cookie", "set-cookie2")


def sets_cookies(response: httpx.Response) -> bool:
    """Whether ``response`` has a header ``http.cookiejar`` reads cookies from."""
    headers = response.headers
    return _SETTING[0] in headers or _SETTING[1] in headers


class _SparingCookies(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        if sets_cookies(response):
            super().extract_cookies(response)


C = TypeVar("C")


def sparing_cookies(client: C) -> C:
    """``client`` (an httpx client made here), its cookie jar reading only responses that set
    cookies. The jar httpx made is kept (same cookies, same state), only its class changes;
    a client of another library, or one whose jar is not httpx's own, is left as it is."""
    cookies = getattr(client, "_cookies", None)
    if type(cookies) is httpx.Cookies:
        cookies.__class__ = _SparingCookies
    return client
