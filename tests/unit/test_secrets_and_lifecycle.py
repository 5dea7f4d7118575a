"""The API key never leaks; clients close cleanly, refuse use after close, and share safely."""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import httpx
import pytest

from langgraph_threads_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    InternalServerError,
    SyncLangGraphClient,
    _logging,
    get_client,
    get_sync_client,
)
from langgraph_threads_client._defaults import API_KEY_ENV_VARS
from langgraph_threads_client._logging import redact_headers
from tests.forms import Form, threads_client
from tests.sockets import serving
from tests.unit.test_client import THREAD, THREAD_ID, Recorder

SECRET = "lgtc-secret-key-0123456789"


def test_repr_str_and_errors_never_show_the_key(form: Form) -> None:
    with get_sync_client(api_key=SECRET) as client:
        assert SECRET not in repr(client) + str(client) + repr(client.threads)
    for status in (401, 404, 500):
        transport = httpx.MockTransport(
            lambda request, status=status: httpx.Response(status, json={"detail": "no"})
        )
        with (
            threads_client(form, transport=transport, api_key=SECRET) as threads,
            pytest.raises(APIStatusError) as caught,
        ):
            threads.get(THREAD_ID)
        assert SECRET not in str(caught.value) + repr(caught.value) + caught.value.message

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        threads_client(form, transport=httpx.MockTransport(refuse), api_key=SECRET) as threads,
        pytest.raises(APIConnectionError) as failed,
    ):
        threads.get(THREAD_ID, max_retries=0)
    assert SECRET not in str(failed.value) + repr(failed.value)


def test_debug_logs_redact_secrets(form: Form, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="langgraph_threads_client")
    recorder = Recorder()
    with threads_client(
        form,
        transport=recorder.transport,
        api_key=SECRET,
        headers={"Authorization": f"Bearer {SECRET}", "Cookie": f"session={SECRET}"},
    ) as threads:
        threads.get(THREAD_ID)
        threads.count()
    assert recorder.last.headers["x-api-key"] == SECRET  # it is sent...
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert f"/threads/{THREAD_ID}" in text  # ...the requests are logged...
    assert SECRET not in text  # ...but never the secrets
    assert "[redacted]" in text


def test_a_password_in_the_url_is_sent_and_never_shown(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # (httpx's own log too)
    caplog.set_level(logging.DEBUG, logger="langgraph_threads_client")
    url = f"http://user:{SECRET}@host.test/lg"
    shown = "url='http://user:[redacted]@host.test/lg'"
    with get_sync_client(url=url) as client:
        assert repr(client) == f"SyncLangGraphClient({shown})"
    assert repr(get_client(url=url)) == f"LangGraphClient({shown})"
    refused = "url must be an absolute http(s) URL, got 'ftp://user:[redacted]@host.test'"
    with pytest.raises(ValueError, match=re.escape(refused)):
        get_sync_client(url=f"ftp://user:{SECRET}@host.test")
    # httpx reads a password's unencoded "#" as the end of the port: its reason is not said.
    with pytest.raises(ValueError, match="absolute") as unreadable:
        get_sync_client(url=f"http://user:{SECRET[:4]}#{SECRET[4:]}@host.test:9/")
    assert SECRET[:4] not in str(unreadable.value)
    assert str(unreadable.value) == (
        "url must be an absolute http(s) URL, got 'http://user:[redacted]@host.test:9/'"
    )

    answers = iter([503, 200])
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        status = next(answers, None)
        if status is None:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(status, json=1)

    with threads_client(form, transport=httpx.MockTransport(answer), url=url) as threads:
        # A 503 (DEBUG, then its retry at INFO), the answer (DEBUG), a failure (INFO).
        assert threads.count() == 1
        with pytest.raises(APIConnectionError):
            threads.count(max_retries=0)
    # It is sent, as httpx sends a URL's password (basic auth), but not in the request's URL,
    # which httpx's own log shows at INFO and errors carry...
    assert all(request.headers["authorization"] == basic("user", SECRET) for request in sent)
    assert {str(request.url) for request in sent} == {"http://host.test/lg/threads/count"}
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert SECRET not in text
    ours = [r.getMessage() for r in caplog.records if r.name == "langgraph_threads_client"]
    assert "\n".join(ours).count("http://host.test/lg/threads/count") == 4  # ...and logged
    httpx_own = [r.getMessage() for r in caplog.records if r.name.startswith("httpx")]
    assert any(message.startswith("HTTP Request: POST http://host.test/") for message in httpx_own)


def basic(user: str, password: str) -> str:
    """The Authorization header of Basic auth (RFC 7617)."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize(
    ("url", "sent_url", "authorization"),
    [
        (
            "http://user:pass@host.test/lg",
            "http://host.test/lg/threads/count",
            basic("user", "pass"),
        ),
        # Percent-encoded, as httpx reads them; "@" and ":" in the user name and password.
        (
            "http://a%40b:c%3Ad@host.test:8/",
            "http://host.test:8/threads/count",
            basic("a@b", "c:d"),
        ),
        ("http://a@b:c@host.test", "http://host.test/threads/count", basic("a@b", "c")),
        ("https://TOKEN@host.test", "https://host.test/threads/count", basic("TOKEN", "")),
        ("http://user:pass@[::1]:9", "http://[::1]:9/threads/count", basic("user", "pass")),
        ("http://:@host.test", "http://host.test/threads/count", None),  # (httpx sends none)
        # An "@" after the authority is no user's.
        ("http://host.test/a@b", "http://host.test/a@b/threads/count", None),
        ("http://host.test?to=a@b", "http://host.test/threads/count?to=a%40b", None),
        ("http://u:p@host.test#a@b", "http://host.test/threads/count", basic("u", "p")),
        (
            "http://Xavier:pw@host.test/a@b/c",
            "http://host.test/a@b/c/threads/count",
            basic("Xavier", "pw"),
        ),
        # (A "://" past the scheme's is the query's.)
        (
            "http://host.test?next=http://x",
            "http://host.test/threads/count?next=http%3A%2F%2Fx",
            None,
        ),
    ],
)
def test_a_urls_user_and_password_are_sent_as_httpx_sends_them_without_the_url(
    form: Form, url: str, sent_url: str, authorization: str | None
) -> None:
    recorder = Recorder()
    with threads_client(form, transport=recorder.transport, url=url) as threads:
        threads.count()
        threads.with_options(headers={"x-other": "1"}).count()  # (a view, the same)
    sent = recorder.requests
    assert [str(request.url) for request in sent] == [sent_url] * 2
    assert [request.headers.get("authorization") for request in sent] == [authorization] * 2


@pytest.mark.parametrize("follows_redirects", [False, True])
def test_a_password_in_the_url_of_a_client_passed_in_is_sent_apart_too(
    form: Form, follows_redirects: bool
) -> None:
    recorder = Recorder()
    base = f"http://user:{SECRET}@host.test/lg"
    options = {"base_url": base, "follow_redirects": follows_redirects}
    with threads_client(form, transport=recorder.transport, http_options=options) as threads:
        threads.count()
    sent = recorder.requests
    assert str(sent[0].url) == "http://host.test/lg/threads/count"
    assert sent[0].headers["authorization"] == basic("user", SECRET)


def test_a_clients_own_auth_wins_over_the_urls_as_with_httpx(form: Form) -> None:
    recorder = Recorder()
    url = f"http://user:{SECRET}@host.test"
    options = {"auth": ("other", "pw")}
    with threads_client(
        form, transport=recorder.transport, url=url, http_options=options
    ) as threads:
        threads.count()
    sent = recorder.requests
    assert str(sent[0].url) == "http://host.test/threads/count"
    assert sent[0].headers["authorization"] == basic("other", "pw")


def test_a_password_in_the_url_stays_out_of_httpx_own_log_on_the_clients_own_client(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    recorder = Recorder()
    with get_sync_client(url=f"http://user:{SECRET}@host.test", api_key=None) as client:
        client.http_client._transport = recorder.transport  # (its own client, on the mock)
        assert client.threads.count() == 3  # (the recorder's count)
    sent = recorder.requests
    assert sent[0].headers["authorization"] == basic("user", SECRET)
    logged = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert logged == ['HTTP Request: POST http://host.test/threads/count "HTTP/1.1 200 OK"']


def test_failures_are_logged_at_info(form: Form, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    transport = httpx.MockTransport(refuse)
    with (
        threads_client(form, transport=transport, api_key=SECRET) as threads,
        pytest.raises(APIConnectionError),
    ):
        threads.count(max_retries=1)
    messages = [record.getMessage() for record in caplog.records]
    # Every attempt: a connection that cannot be opened gets at least 4 retries (and a fifth
    # where the jitter cut their waits short of 7.5 s).
    assert len(messages) in (5, 6)
    for number, message in enumerate(messages, start=1):
        assert f"failed (attempt {number}): ConnectError: refused" in message


def answers_logged(caplog: pytest.LogCaptureFixture) -> list[tuple[int, int]]:
    """The status and attempt of each answer logged (DEBUG), each answered in under a minute
    (a test's mock answers at once)."""
    found = []
    for record in caplog.records:
        answer = re.search(r" -> (\d+) in ([\d.]+) ms \(attempt (\d+)\);", record.getMessage())
        if record.levelno == logging.DEBUG and answer:
            assert 0 <= float(answer[2]) < 60_000, record.getMessage()
            found.append((int(answer[1]), int(answer[3])))
    return found


def test_a_stream_logs_its_requests_as_calls_do(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="langgraph_threads_client")
    frame = b'event: values\r\ndata: {"n": 1}\r\nid: 1-0\r\n\r\n'

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=frame)
        return httpx.Response(200, json=THREAD)

    transport = httpx.MockTransport(handle)
    with (
        threads_client(form, transport=transport, api_key=SECRET) as threads,
        threads.join_stream(THREAD_ID) as stream,
    ):
        assert next(iter(stream)).data == {"n": 1}
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert [message.split(" -> ")[0] for message in debug] == [
        f"GET http://localhost:8123/threads/{THREAD_ID}/stream?stream_mode=run_modes",
    ]
    assert answers_logged(caplog) == [(200, 1)]
    assert SECRET not in caplog.text


def test_each_answer_is_logged_with_its_time_and_attempt(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="langgraph_threads_client")
    answers = iter([httpx.Response(503, json={"detail": "busy"}), httpx.Response(200, json=7)])
    transport = httpx.MockTransport(lambda request: next(answers))
    with threads_client(form, transport=transport) as threads:
        assert threads.count() == 7
    assert answers_logged(caplog) == [(503, 1), (200, 2)]


def test_a_stream_that_cannot_connect_is_logged_at_info(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        threads_client(form, transport=httpx.MockTransport(refuse)) as threads,
        pytest.raises(APIConnectionError),
    ):
        next(iter(threads.join_stream(THREAD_ID, max_reconnects=0)))
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        f"GET http://localhost:8123/threads/{THREAD_ID}/stream failed (attempt 1): "
        "ConnectError: refused"
    ]


@pytest.mark.parametrize("status", [429, 500, 503])
def test_retries_after_an_error_status_are_logged_at_info(
    form: Form, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")
    answers = iter([httpx.Response(status, json={"detail": "busy"}), httpx.Response(200, json=7)])
    transport = httpx.MockTransport(lambda request: next(answers))
    with threads_client(form, transport=transport, api_key=SECRET) as threads:
        assert threads.count() == 7
    infos = [r for r in caplog.records if r.levelno == logging.INFO]
    assert [r.getMessage().split(": retrying in ")[0] for r in infos] == [
        f"POST http://localhost:8123/threads/count -> {status} (attempt 1)"
    ]
    assert SECRET not in caplog.text


def test_an_error_status_that_is_not_retried_logs_nothing_at_info(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")
    transport = httpx.MockTransport(lambda request: httpx.Response(503, json={"detail": "x"}))
    with threads_client(form, transport=transport) as threads, pytest.raises(APIStatusError):
        threads.count(max_retries=0)
    assert [r for r in caplog.records if r.levelno >= logging.INFO] == []


def test_redaction_is_case_insensitive() -> None:
    headers = httpx.Headers(
        {"X-API-Key": "a", "authorization": "b", "Set-Cookie": "c", "Content-Type": "d"}
    )
    assert redact_headers(headers) == {
        "x-api-key": "[redacted]",
        "authorization": "[redacted]",
        "set-cookie": "[redacted]",
        "content-type": "d",
    }
    assert redact_headers({"X-Api-Key": "a", "Accept": "b"}) == {
        "X-Api-Key": "[redacted]",
        "Accept": "b",
    }


def test_only_standard_headers_show_their_values() -> None:
    # A credential goes under many names (a custom auth's, a proxy's, a cloud's identity-aware
    # front end's): a value is shown only for a standard header that carries none.
    secret = [
        "Proxy-Authorization",
        "X-Auth-Token",
        "X-Tenant-Token",
        "X-Supabase-Key",
        "X-Client-Secret",
        "X-Password",
        "X-Session-Id",
        "X-Amz-Security-Token",
        "X-Goog-Credential",
        "X-Request-Signature",
        "Cookie",
        "CF-Access-Jwt-Assertion",
        "X-Goog-IAP-JWT-Assertion",
        "X-Amzn-Oidc-Data",
        "X-Pwd",
        "X-Api-Pass",
        "X-MS-CLIENT-PRINCIPAL",
        "X-Forwarded-Client-Cert",
        "X-Tenant-Id",
    ]
    plain = ["Accept", "Content-Type", "User-Agent", "X-Request-Id", "Connection", "Keep-Alive"]
    shown = redact_headers(httpx.Headers({name: "v" for name in secret + plain}))
    assert shown == {
        **{name.lower(): "[redacted]" for name in secret},
        **{name.lower(): "v" for name in plain},
    }
    assert redact_headers({"location": f"https://u:{SECRET}@elsewhere/?token={SECRET}"}) == {
        "location": "https://u:[redacted]@elsewhere/?token=[redacted]"
    }
    # (a proxy's token in the URL an answer names as its content's)
    assert redact_headers({"content-location": f"/runs/1?access_token={SECRET}&n=2"}) == {
        "content-location": "/runs/1?access_token=[redacted]&n=2"
    }


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"http://user:{SECRET}@host/lg", "http://user:[redacted]@host/lg"),
        (f"https://{SECRET}@host/", "https://[redacted]@host/"),  # (a token as the user name)
        (f" http://user:{SECRET}@host/", " http://user:[redacted]@host/"),  # (pasted)
        (f"http://user:{SECRET}#x@host:9/", "http://user:[redacted]@host:9/"),  # (unencoded)
        (f"http://user:{SECRET}/x@host:9/", "http://user:[redacted]@host:9/"),
        (f"user:{SECRET}@host:9", "user:[redacted]@host:9"),  # (the scheme forgotten)
        (f"host:9@user:{SECRET}", "[redacted]"),  # (no telling which part is which)
        (f"user:{SECRET}@host@x", "[redacted]"),
        ("http://user:p@ss:w0rd@host/", "http://user:[redacted]@host/"),  # (unencoded @ and :)
        ("https://host/t?access_token=abc123", "https://host/t?access_token=[redacted]"),
        ("https://host/t?note=my-token", "https://host/t?note=my-token"),  # (by name only)
        (
            f"https://host/t?access_token={SECRET}&limit=2",
            "https://host/t?access_token=[redacted]&limit=2",
        ),
        (f"https://host/t?limit=2&api_key={SECRET}", "https://host/t?limit=2&api_key=[redacted]"),
        # Azure Functions' key; OAuth's authorization code. Not a code of another name.
        (f"https://fn/api?code={SECRET}", "https://fn/api?code=[redacted]"),
        ("https://host/t?error_code=404", "https://host/t?error_code=404"),
        # Passwords, pass phrases and signatures of other names; not words that hold them.
        (
            f"https://p/api?user=bob&pass={SECRET}&pw={SECRET}&passphrase={SECRET}",
            "https://p/api?user=bob&pass=[redacted]&pw=[redacted]&passphrase=[redacted]",
        ),
        (
            f"https://p/api?sign={SECRET}&hmac={SECRET}&ticket={SECRET}",
            "https://p/api?sign=[redacted]&hmac=[redacted]&ticket=[redacted]",
        ),
        (
            "https://p/api?passthrough=1&signal=2&ticket_id=3&hmac_algorithm=sha256",
            "https://p/api?passthrough=1&signal=2&ticket_id=3&hmac_algorithm=sha256",
        ),
        (
            f"https://p/api?qlikTicket={SECRET}&X-Hmac-SHA256={SECRET}",
            "https://p/api?qlikTicket=[redacted]&X-Hmac-SHA256=[redacted]",
        ),
        # A route in the fragment, and its query (a single-page app's OAuth callback).
        (f"https://app/#/callback?code={SECRET}", "https://app/#/callback?code=[redacted]"),
        (f"https://app/#!/login?ticket={SECRET}", "https://app/#!/login?ticket=[redacted]"),
        # The token of an OAuth answer to a single-page app's hash router.
        (
            f"https://app/#/access_token={SECRET}&state=s",
            "https://app/#/access_token=[redacted]&state=s",
        ),
        (f"https://app/#!/id_token={SECRET}", "https://app/#!/id_token=[redacted]"),
        # (A query after a fragment's first parameter is read as a query.)
        (f"https://app/#=x?token={SECRET}", "https://app/#=x?token=[redacted]"),
        (f"https://app/#state=x?code={SECRET}", "https://app/#state=x?code=[redacted]"),
        # (A fragment's "?" may be a token's, unencoded: the value runs on past it.)
        (f"https://app/cb#access_token=AB?{SECRET}", "https://app/cb#access_token=[redacted]"),
        (
            f"https://app/cb#access_token=AB?code={SECRET}&state=s",
            "https://app/cb#access_token=[redacted]&state=s",
        ),
        # Servers split a query at "&" only: a ";" may be a secret's (read as a separator
        # elsewhere, as older servers read it).
        (f"https://h/t?token=AB;{SECRET}&n=1", "https://h/t?token=[redacted]&n=1"),
        (f"https://h/t?a=1;token={SECRET};x=2", "https://h/t?a=1;token=[redacted]"),
        (f"https://h/t?a=1;b;api_key={SECRET}", "https://h/t?a=1;b;api_key=[redacted]"),
        # (A name ends at its first "=": this value is p's, by a name that is no credential.)
        ("https://h/t?a=1;p=token=x", "https://h/t?a=1;p=token=x"),
        (
            f"https://app/cb#access_token=AB;{SECRET}&s=1",
            "https://app/cb#access_token=[redacted]&s=1",
        ),
        # Names as servers read them: percent-decoded, an array's brackets dropped.
        (f"https://fn/api?%63ode={SECRET}", "https://fn/api?%63ode=[redacted]"),
        (
            f"https://fn/api?code[]={SECRET}&sig%6Eature={SECRET}",
            "https://fn/api?code[]=[redacted]&sig%6Eature=[redacted]",
        ),
        # OAuth's implicit flow answers with the token in the fragment.
        (
            f"https://app/cb#access_token={SECRET}&token_type=bearer",
            "https://app/cb#access_token=[redacted]&token_type=[redacted]",  # (by name)
        ),
        (
            "http://host:8123/threads/x?subgraphs=false",
            "http://host:8123/threads/x?subgraphs=false",
        ),
    ],
)
def test_urls_are_shown_without_credentials(url: str, shown: str) -> None:
    assert _logging.redact_url(url) == shown


def test_a_url_of_thousands_of_parameters_is_shown_as_any_other() -> None:
    # (A server's Location may hold as many: read in a loop, not a call for each; and a run
    # of "?" without "=" is read once, not from each "?" to its end: 15 s for 60,000.)
    queried = f"https://h/x{'?' * 60_000}&token={SECRET}"
    assert _logging.redact_url(queried) == f"https://h/x{'?' * 60_000}&token=[redacted]"
    parameters = ";".join(f"p{index}=v" for index in range(5000))
    for url in (
        f"https://h/t?{parameters};token={SECRET}",
        f"https://h/t#{parameters};code={SECRET}",
    ):
        assert _logging.redact_url(url).endswith(
            f"p4999=v;{url.rsplit(';', 1)[1].split('=')[0]}=[redacted]"
        )


@pytest.mark.parametrize("pasted", [f"{SECRET}\n", f" {SECRET} ", f"\t{SECRET}\r\n"])
def test_blanks_around_a_key_are_dropped(form: Form, pasted: str) -> None:
    recorder = Recorder()
    with threads_client(form, transport=recorder.transport, api_key=pasted) as threads:
        threads.get(THREAD_ID)
    assert recorder.last.headers["x-api-key"] == SECRET


@pytest.mark.parametrize("bad", [f"{SECRET}\r\nX-Injected: 1", f"{SECRET}\0", f"a\n{SECRET}"])
def test_a_key_no_header_can_hold_is_refused_without_showing_it(bad: str) -> None:
    with pytest.raises(ValueError, match="line break or NUL") as refused:
        get_sync_client(api_key=bad)
    assert SECRET not in str(refused.value)


@pytest.mark.parametrize("bad", [f"“{SECRET}”", f"{SECRET}é"])  # (curly quotes pasted along)
def test_a_key_httpx_cannot_send_as_text_is_refused_naming_its_source_not_it(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx's UnicodeEncodeError would hold the whole key (its .object), in every traceback.
    for name in API_KEY_ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGSMITH_API_KEY", bad)
    makers: list[tuple[Callable[[], object], str]] = [
        (partial(get_sync_client, api_key=bad), "api_key"),
        (get_sync_client, "LANGSMITH_API_KEY"),
        (get_client, "LANGSMITH_API_KEY"),
    ]
    for make, source in makers:
        said = f"^{source} holds a character that is not ASCII"
        with pytest.raises(ValueError, match=said) as refused:
            make()
        assert type(refused.value) is ValueError
        assert refused.value.__context__ is None
        assert SECRET not in str(refused.value)


def test_a_header_value_http_refuses_is_not_shown(
    form: Form, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="langgraph_threads_client")

    # h11 names the value it refuses (an Authorization pasted with a blank): not in our message.
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'Bearer {SECRET} '")

    with (
        threads_client(form, transport=httpx.MockTransport(refuse)) as threads,
        pytest.raises(APIConnectionError) as caught,
    ):
        threads.get(THREAD_ID, max_retries=0)
    assert SECRET not in str(caught.value)
    assert "Illegal header value (blanks around it, a line break or NUL; not shown)" in str(
        caught.value
    )
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "failed (attempt 1): LocalProtocolError: Illegal header value (" in logged
    assert SECRET not in logged


def test_every_value_of_a_repeated_header_is_shown() -> None:
    headers = httpx.Headers([("Vary", "Accept"), ("vary", "Origin"), ("Set-Cookie", "a=1")])
    assert redact_headers(headers) == {"vary": "Accept, Origin", "set-cookie": "[redacted]"}


def test_environment_variable_turns_debug_logging_on() -> None:
    script = (
        "import httpx, langgraph_threads_client as l\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json=3))\n"
        f"c = l.get_sync_client(api_key='{SECRET}', http_client=httpx.Client(transport=t))\n"
        "print(c.threads.count())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"LANGGRAPH_THREADS_CLIENT_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "3"
    assert "POST http://localhost:8123/threads/count -> 200" in result.stderr
    assert SECRET not in result.stderr


@pytest.fixture
def bare_logger(monkeypatch: pytest.MonkeyPatch) -> logging.Logger:
    """The package's logger with no handler and no level of its own, as before any setup
    (restored after the test)."""
    logger = logging.getLogger("langgraph_threads_client")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    return logger


@pytest.mark.parametrize(("value", "level"), [(" debug ", logging.DEBUG), ("INFO", logging.INFO)])
def test_the_environment_variable_adds_a_stderr_handler_at_its_level(
    value: str,
    level: int,
    bare_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    logger = bare_logger
    monkeypatch.setenv(_logging.ENV_VAR, value)
    _logging.setup_from_environment()
    assert logger.level == level
    assert len(logger.handlers) == 1
    logger.info("a line")
    assert re.fullmatch(r"\S+ \S+ langgraph_threads_client INFO a line\n", capsys.readouterr().err)


@pytest.mark.parametrize("value", [None, "", "warning", "verbose"])
def test_other_values_of_the_environment_variable_add_no_handler(
    value: str | None, bare_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    logger = bare_logger
    if value is None:
        monkeypatch.delenv(_logging.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(_logging.ENV_VAR, value)
    _logging.setup_from_environment()
    assert (logger.handlers, logger.level) == ([], logging.NOTSET)


def test_a_debug_line_says_the_call_its_answer_time_and_headers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("langgraph_threads_client")
    caplog.set_level(logging.DEBUG, logger="langgraph_threads_client")
    request = httpx.Request("GET", "http://user:pw@host/threads/t", headers={"x-api-key": "k"})
    response = httpx.Response(201, headers={"x-request-id": "r1"}, request=request)
    _logging.response(logger, response, 0.125, 2)
    [record] = caplog.records
    assert record.getMessage() == (
        "GET http://user:[redacted]@host/threads/t -> 201 in 125.0 ms (attempt 2); "
        "request headers {'host': 'host', 'x-api-key': '[redacted]'}; "
        "response headers {'x-request-id': 'r1'}"
    )


CLOSED = r"^This client is closed: create a new one \(get_client\(\) / get_sync_client\(\)\)\.$"


def test_using_a_closed_client_is_a_clear_error() -> None:
    client = get_sync_client()
    patient = client.threads.with_options(timeout=600)  # (a view of the client's own)
    client.close()
    with pytest.raises(RuntimeError, match=CLOSED):
        client.threads.count()
    with pytest.raises(RuntimeError, match=CLOSED):
        patient.count()

    async def scenario() -> None:
        async_client = get_client()
        await async_client.aclose()
        await async_client.aclose()  # twice is harmless
        with pytest.raises(RuntimeError, match=CLOSED):
            await async_client.threads.count()

    asyncio.run(scenario())


CALLERS_CLOSED = r"^The http_client this client was given is closed: give a new client an open one"


def test_a_call_on_a_closed_http_client_of_the_callers_says_whose_it_was() -> None:
    # (A new client on the same http_client would fail alike: "create a new one" misleads.)
    http = httpx.Client()
    client = get_sync_client(http_client=http)
    http.close()
    calls: list[Callable[[], object]] = [
        client.threads.count,
        lambda: client.threads.count(headers={"x-a": "1"}),
        client.threads.with_options(timeout=600).count,
    ]
    for call in calls:
        with pytest.raises(RuntimeError, match=CALLERS_CLOSED):
            call()

    async def scenario() -> None:
        async_http = httpx.AsyncClient()
        async_client = get_client(http_client=async_http)
        await async_http.aclose()
        with pytest.raises(RuntimeError, match=CALLERS_CLOSED):
            await async_client.threads.count(timeout=5)

    asyncio.run(scenario())


def test_a_call_whose_connection_the_close_cut_says_so_not_what_anyio_hid() -> None:
    # A server that reads the request and never answers; the async client, closed under the
    # call, cuts its connection: the call's error names what the close raised below httpx
    # (anyio's ClosedResourceError), not the internal error anyio raised it over.
    async def scenario() -> APIConnectionError:
        with socket.create_server(("127.0.0.1", 0)) as server:
            received = threading.Event()

            def silent() -> None:
                conn, _ = server.accept()
                with conn:
                    conn.recv(65536)
                    received.set()
                    conn.recv(65536)  # (until the client closes)

            thread = threading.Thread(target=silent, daemon=True)
            thread.start()
            client = get_client(url=f"http://127.0.0.1:{server.getsockname()[1]}", api_key=None)
            call = asyncio.create_task(client.threads.get(THREAD_ID))
            await asyncio.to_thread(received.wait, 10)
            await client.aclose()
            with pytest.raises(APIConnectionError) as caught:
                await call
            thread.join(10)
            return caught.value

    error = asyncio.run(scenario())
    assert isinstance(error, httpx.ReadError)
    assert str(error) == "Connection error (ReadError: ClosedResourceError)."
    assert error.__notes__ == [CLOSED_UNDER]


# What a call's error adds where the close of its client cut its connection.
CLOSED_UNDER = (
    "This client was closed during the call (close() or aclose()): the close ended it, "
    "not the server."
)


def test_a_sync_client_closed_under_its_calls_ends_them_at_once() -> None:
    # A server that takes every request and never answers. A thread reading from a socket
    # that another closes is not woken (it read on until its read timeout, 300 s by
    # default): the close ends each call in flight, stream too, at once, and none is tried
    # again on the closed client.
    def silent(connection: socket.socket, _: int) -> None:
        while connection.recv(65536):  # (until the client closes or shuts it down)
            pass

    with serving(silent) as server:
        client = get_sync_client(url=server.url, api_key=None, timeout=httpx.Timeout(5, read=60))
        calls: list[Callable[[], object]] = [
            lambda: client.threads.get(THREAD_ID),
            lambda: client.threads.create(),
            lambda: client.threads.update_state(THREAD_ID, {"n": 1}),
            lambda: list(client.threads.join_stream(THREAD_ID)),
        ]
        ended: list[tuple[float, BaseException | None]] = []

        def run(call: Callable[[], object]) -> None:
            try:
                call()
            except BaseException as exc:
                ended.append((time.monotonic(), exc))
            else:
                ended.append((time.monotonic(), None))

        threads = [threading.Thread(target=run, args=(call,)) for call in calls]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 10
        while server.connections < len(calls) and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)  # (each request sent, its thread reading)
        closed_at = time.monotonic()
        client.close()
        for thread in threads:
            thread.join(30)
    assert len(ended) == len(calls)
    for at, error in ended:
        assert at - closed_at < 5
        assert isinstance(error, APIConnectionError)
        assert isinstance(error, httpx.TransportError)
        assert error.__notes__ == [CLOSED_UNDER]
    assert server.connections == len(calls)  # (none tried again)


def test_calls_waiting_their_turn_when_the_client_closes_get_a_clear_connection_error() -> None:
    # Never sent: an APIConnectionError, caught by shutdown code's ``except httpx.HTTPError``
    # as the calls in flight are, and still the RuntimeError of a call on a closed client.
    async def scenario() -> list[BaseException | str]:
        release = asyncio.Event()

        async def slow(request: httpx.Request) -> httpx.Response:
            await release.wait()
            return httpx.Response(200, json=THREAD)

        http = httpx.AsyncClient(transport=httpx.MockTransport(slow))
        client = get_client(url="http://server", api_key=None, http_client=http)
        places = client.threads._http.admission.capacity

        async def call() -> BaseException | str:
            try:
                await client.threads.get(THREAD_ID)
            except httpx.HTTPError as exc:
                return exc
            return "answered"

        calls = [asyncio.create_task(call()) for _ in range(places + 5)]
        await asyncio.sleep(0.05)  # every place taken, five calls in line
        await http.aclose()
        release.set()
        return await asyncio.gather(*calls)

    outcomes = asyncio.run(scenario())
    closed = [outcome for outcome in outcomes if outcome != "answered"]
    assert len(closed) == 5
    for error in closed:
        assert isinstance(error, APIConnectionError)
        assert isinstance(error, httpx.RequestError)
        assert isinstance(error, RuntimeError)
        assert str(error).startswith("This client is closed: it was closed while this call")
        assert str(error).endswith(" (the request was not sent).")
        assert error.request is not None
        assert error.request.url.path.endswith(THREAD_ID)


def calls_with_three_in_line(
    client: SyncLangGraphClient,
) -> tuple[list[tuple[float, BaseException | str]], list[threading.Thread]]:
    """Threads each getting the thread, as many as the client's places and three more, once
    the three wait in line; and the list each adds to as it ends: when, and its error (or
    "answered")."""
    admission = client.threads._http.admission
    ended: list[tuple[float, BaseException | str]] = []

    def call() -> None:
        try:
            client.threads.get(THREAD_ID)
        except httpx.HTTPError as exc:
            ended.append((time.monotonic(), exc))
        else:
            ended.append((time.monotonic(), "answered"))

    threads = [threading.Thread(target=call) for _ in range(admission.capacity + 3)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while admission.waiting < 3 and time.monotonic() < deadline:
        time.sleep(0.01)  # every place taken, three calls in line
    return ended, threads


def hung_client() -> tuple[threading.Event, httpx.Client, SyncLangGraphClient]:
    """A client on an HTTP client whose every answer waits for the event (10 s at most)."""
    release = threading.Event()

    def hang(request: httpx.Request) -> httpx.Response:
        release.wait(10)
        return httpx.Response(200, json=THREAD)

    http = httpx.Client(transport=httpx.MockTransport(hang))
    return release, http, get_sync_client(url="http://server", api_key=None, http_client=http)


def test_sync_calls_waiting_their_turn_when_the_client_closes_get_the_same_error() -> None:
    release, http, client = hung_client()
    places = client.threads._http.admission.capacity
    ended, threads = calls_with_three_in_line(client)
    http.close()
    release.set()
    for thread in threads:
        thread.join(10)
    outcomes = [outcome for _, outcome in ended]
    closed = [outcome for outcome in outcomes if outcome != "answered"]
    assert len(outcomes) == places + 3
    assert len(closed) == 3
    assert all(isinstance(error, APIConnectionError) for error in closed)
    assert all(isinstance(error, RuntimeError) for error in closed)
    assert all(str(error).startswith("This client is closed") for error in closed)


def test_closing_a_client_ends_the_calls_waiting_their_turn_at_once() -> None:
    # Not when the calls in flight end (a hung server's: minutes later): closing the client
    # this package made wakes them.
    release, _, client = hung_client()
    client.threads._http.owns_client = True  # (as one this package made: closing closes it)
    admission = client.threads._http.admission
    ended, threads = calls_with_three_in_line(client)
    closed_at = time.monotonic()
    deadline = closed_at + 10
    client.close()
    while len(ended) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    first_three = list(ended)
    release.set()
    for thread in threads:
        thread.join(10)
    assert len(first_three) == 3
    for at, error in first_three:
        assert at - closed_at < 2  # (before any call in flight was answered)
        assert isinstance(error, APIConnectionError)
        assert str(error).startswith("This client is closed: it was closed while this call")
    assert admission.waiting == 0
    assert admission.in_use == 0


def test_a_sync_client_is_safe_to_share_across_threads() -> None:
    # Eight calls must be in flight at once to get past the barrier (a client that serialised
    # them would time out there), and each answer must be the one for its own request.
    workers = 8
    barrier = threading.Barrier(workers, timeout=10)

    def handle(request: httpx.Request) -> httpx.Response:
        n = int(request.headers["x-n"])
        if n < workers:
            barrier.wait()
        return httpx.Response(200, json={**THREAD, "metadata": {"n": n}})

    with (
        httpx.Client(transport=httpx.MockTransport(handle)) as http_client,
        get_sync_client(http_client=http_client) as client,
    ):

        def work(n: int) -> object:
            return client.threads.get(THREAD_ID, headers={"x-n": str(n)}).metadata

        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(work, range(400)))
    assert results == [{"n": n} for n in range(400)]


def test_errors_are_api_errors_with_their_request(form: Form) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(599, text=""))
    with (
        threads_client(form, transport=transport, api_key=SECRET) as threads,
        pytest.raises(APIError) as caught,
    ):
        threads.count(max_retries=0, headers={"x-trace": "t1"})
    error = caught.value
    # On httpx2 the class is also httpx2.HTTPStatusError: InternalServerError combined with it.
    assert isinstance(error, InternalServerError)
    assert getattr(type(error), "_combined_from", (type(error),))[0] is InternalServerError
    assert str(error) == "599 HTTP Error"  # the SDK's words for a status with no phrase
    assert SECRET not in str(error) + repr(error)
    assert error.request is not None
    assert error.request.headers["x-api-key"] == SECRET  # sent, yet never shown
    assert (error.request.method, str(error.request.url)) == (
        "POST",
        "http://localhost:8123/threads/count",
    )
    assert error.request.headers["x-trace"] == "t1"
    assert error.response.request is error.request
