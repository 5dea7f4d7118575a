"""What type checkers tell a user of this package: code that is right passes mypy --strict and
pyright (standard mode, as editors run it), and each line marked ``# wrong`` is the one error.

Run on a file of user code, outside the project's own settings.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import httpx
import langgraph_sdk._async.threads
import langgraph_sdk._sync.threads
import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """
import asyncio
import contextlib
import datetime
import uuid
from collections.abc import AsyncGenerator, Generator
from typing import assert_type

import httpx
import httpx2

from langgraph_threads_client import (
    UNSET,
    LangGraphClient,
    StreamPart,
    SyncLangGraphClient,
    Thread,
    ThreadStatus,
    get_client,
    get_sync_client,
)
from langgraph_threads_client.models import ThreadState, ThreadStateSelection, ThreadTtlInfo

client = get_sync_client(url="http://localhost:8123")
thread = client.threads.get("t")

# The HTTP client is the caller's own class; httpx's where the client made its own.
assert_type(client.http_client, httpx.Client)
assert_type(get_client().http_client, httpx.AsyncClient)
assert_type(get_sync_client(http_client=httpx2.Client()).http_client, httpx2.Client)
assert_type(LangGraphClient(httpx2.AsyncClient()).http_client, httpx2.AsyncClient)
# A bare annotation takes a client on either stack; with the class, http_client is that class.
either: list[SyncLangGraphClient] = [client, get_sync_client(http_client=httpx2.Client())]
on_httpx: SyncLangGraphClient[httpx.Client] = client
assert_type(on_httpx.http_client, httpx.Client)
on_httpx = get_sync_client(http_client=httpx2.Client())  # wrong
get_sync_client(http_client=httpx.AsyncClient())  # wrong

# An open enum: a ThreadStatus, whatever the server sent; taken back as an argument.
assert_type(thread.status, ThreadStatus)
print(thread.status.value)
client.threads.search(status=thread.status)
client.threads.count(status=thread.status)

# UNSET narrows with `is`, as with isinstance.
if thread.ttl is not UNSET:
    assert_type(thread.ttl, ThreadTtlInfo | None)
if thread.state_updated_at is not UNSET and thread.state_updated_at is not None:
    print(thread.state_updated_at - datetime.timedelta(seconds=1))

# A write to a result is refused at run time; the code after it is still checked.
try:
    thread.setdefault("nickname", "x")
    thread.update({"a": 1})
except TypeError:
    pass
count: int = "many"  # wrong
mutable = thread.to_dict()
mutable["status"] = "archived"
after: int = "also checked"  # wrong

# Models built by hand: a misspelt field is an error, as in a TypedDict's literal; extra JSON
# fields go in by **, as a result's do (Model(**thread)).
t0 = datetime.datetime.now(datetime.UTC)
Thread(thread_id="t", created_at=t0, updated_at=t0, metadata={}, status="idle", tll=None)  # wrong
Thread(**thread)
Thread(**{**thread, "user_id": "u1"})
ThreadTtlInfo(strategy="delete", ttl_minute=5)  # wrong

# Headers as pairs, everywhere; limit=None and offset=None leave the server's defaults.
for part in client.threads.join_stream("t", headers=[("x-trace", "1")]):
    print(part.event, part.data)
    break
client.threads.search(limit=None, offset=None)

# With select, states are selections (fields may be absent); without, whole states.
assert_type(client.threads.get_state("t"), ThreadState)
assert_type(client.threads.get_state("t", select=["values"]), ThreadStateSelection)
assert_type(client.threads.get_history("t", select=["next"]), list[ThreadStateSelection])

# Ids are strings or UUIDs (as a database returns them).
client.threads.get(uuid.uuid4())
client.threads.search(ids=[uuid.uuid4(), "t"])
client.threads.get_state(uuid.uuid4(), checkpoint_id=uuid.uuid4())
client.threads.get_history("t", before=uuid.uuid4())
client.threads.get(42)  # wrong
# Another library's UUID class too (uuid_utils', which LangSmith's ids come from).
import uuid_utils
client.threads.get(uuid_utils.uuid7())
client.threads.update_state("t", {"a": 1}, checkpoint_id=uuid_utils.uuid7())
client.threads.get(b"t")  # wrong

# The URL as text or an httpx.URL; query parameters as pairs built in a list.
get_sync_client(url=httpx.URL("http://localhost:8123"))
get_client(url=httpx.URL("http://localhost:8123"))
get_sync_client(url=httpx2.URL("http://localhost:8123"))  # (httpx2's too)
get_sync_client(url=b"http://localhost:8123")  # wrong
pairs = [("tag", tag) for tag in ["a", "b"]]
client.threads.get("t", params=pairs)

# Paging iterators are generators: closing() and close() take them, as aclosing() the async.
with contextlib.closing(client.threads.iter_search(page_size=10)) as found:
    assert_type(next(found), Thread)
client.threads.iter_history("t").close()


async def first_match() -> Thread | None:
    async with contextlib.aclosing(get_client().threads.iter_search()) as matches:
        async for match in matches:
            return match
    return None

# State updates are objects (or a list of them), not text.
client.threads.update_state("t", {"messages": []})
client.threads.update_state("t", "hello")  # wrong
client.threads.search(status="idel")  # wrong

# A stream is a generator (async: also the coroutine the SDK's join_stream returns), as typed.
def read_stream() -> Generator[StreamPart, None, None]:
    return client.threads.join_stream("t")


async def join_async() -> AsyncGenerator[StreamPart, None]:
    threads = get_client().threads
    joined = await asyncio.create_task(threads.join_stream("t"))  # (as awaiting it gives)
    assert_type(joined, AsyncGenerator[StreamPart, None])
    return threads.join_stream("t")

# The package imports its names lazily; a misspelt one is still a type error.
from langgraph_threads_client import ThreadTask, Thred  # wrong
from langgraph_threads_client.client import get_clent  # wrong
import langgraph_threads_client
print(ThreadTask, langgraph_threads_client.get_sync_clent)  # wrong

# The public submodules are attributes of the package, as langgraph_sdk's are.
assert_type(langgraph_threads_client.schema.Thread, type[Thread])
assert_type(langgraph_threads_client.models.ThreadState, type[ThreadState])
langgraph_threads_client.client.get_sync_client(url="http://localhost:8123")
print(langgraph_threads_client.errors.NotFoundError)
"""


def _wrong_lines(code: str) -> set[int]:
    return {n for n, line in enumerate(code.splitlines(), 1) if line.endswith("# wrong")}


def _error_lines(output: str, path: Path) -> set[int]:
    # mypy: "path:29: error: ...", pyright: "path:29:10 - error: ..."
    pattern = re.compile(rf"{re.escape(path.name)}:(\d+):(?:\d+ -)? error")
    return {int(match.group(1)) for match in pattern.finditer(output)}


def _mypy_strict(path: Path) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--warn-unreachable",
            "--config-file",
            "/dev/null",  # (the user's settings, not this project's)
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "user-code"),
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=path.parent,
    )
    return result.stdout


def _pyright(path: Path) -> str:
    (path.parent / "pyrightconfig.json").write_text('{"typeCheckingMode": "standard"}')
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, str(path)],
        capture_output=True,
        text=True,
        cwd=path.parent,
    )
    return result.stdout


@pytest.fixture(scope="module")
def user_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("user") / "user_code.py"
    path.write_text(USER_CODE)
    return path


def test_mypy_strict_reports_the_wrong_lines_only(user_code: Path) -> None:
    output = _mypy_strict(user_code)
    assert _error_lines(output, user_code) == _wrong_lines(USER_CODE), output


def test_pyright_reports_the_wrong_lines_only(user_code: Path) -> None:
    output = _pyright(user_code)
    assert _error_lines(output, user_code) == _wrong_lines(USER_CODE), output


def _imports_of(module: ModuleType) -> list[str]:
    tree = ast.parse(inspect.getsource(module))
    imports = (node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom))
    return [ast.unparse(node) for node in imports if "__future__" not in ast.unparse(node)]


def _sdk_annotated_calls(
    module: ModuleType, threads_class: type, form: str, *, sdk_types: bool = True
) -> list[str]:
    """A function a method of the SDK's ``threads_class``, taking its arguments annotated as
    the SDK annotates them and passing each, by keyword, to this client's method of the same
    name. Left out: ``stream``, the SDK's session that starts runs, which this client has not
    (the README says so). With ``sdk_types`` False, the types are imported as code that no
    longer imports the SDK imports them: from ``langgraph_threads_client.schema``."""
    client = "LangGraphClient" if form == "async" else "SyncLangGraphClient"
    imports = _imports_of(module)
    if not sdk_types:
        imports = [
            line.replace("from langgraph_sdk.schema ", "from langgraph_threads_client.schema ")
            for line in imports
            if "langgraph_sdk" not in line or "langgraph_sdk.schema " in line
        ]
    lines = [
        # (the SDK annotates update_state's values with a bare ``dict``, which --strict flags
        # wherever it is written, with either client)
        '# mypy: disable-error-code="type-arg"',
        *imports,
        f"from langgraph_threads_client import {client}",
        "",
    ]
    for name, method in inspect.getmembers(threads_class, inspect.isfunction):
        if name.startswith("_") or name == "stream":
            continue
        parameters = list(inspect.signature(method).parameters.values())[1:]
        typed = ", ".join(f"{each.name}: {each.annotation}" for each in parameters)
        call = f"client.threads.{name}({', '.join(f'{p.name}={p.name}' for p in parameters)})"
        if name == "join_stream":
            call = f"{'async ' if form == 'async' else ''}for _ in {call}: pass"
        elif form == "async":
            call = f"await {call}"
        # The SDK's ThreadSelectField lists "context", which the server refuses (422).
        wrong = "  # wrong" if sdk_types and "ThreadSelectField" in typed else ""
        lines += [
            f"{'async ' if form == 'async' else ''}def {name}(client: {client}, {typed}) -> None:",
            f"    {call}{wrong}",
            "",
        ]
    return lines


# Each form's threads module of the SDK, and its client class there.
_SDK_THREADS: dict[str, tuple[ModuleType, type]] = {
    "async": (langgraph_sdk._async.threads, langgraph_sdk._async.threads.ThreadsClient),
    "sync": (langgraph_sdk._sync.threads, langgraph_sdk._sync.threads.SyncThreadsClient),
}


def _annotated_calls(*, sdk_types: bool) -> dict[str, str]:
    """Each form's code of ``_sdk_annotated_calls``."""
    return {
        form: "\n".join(_sdk_annotated_calls(module, cls, form, sdk_types=sdk_types))
        for form, (module, cls) in _SDK_THREADS.items()
    }


SDK_ANNOTATED_CALLS = _annotated_calls(sdk_types=True)
SCHEMA_ANNOTATED_CALLS = _annotated_calls(sdk_types=False)

# Results annotated with the SDK's names, imported from this package's schema module.
SCHEMA_ANNOTATED_RESULTS = """
from langgraph_threads_client import get_sync_client
from langgraph_threads_client.schema import (
    Checkpoint,
    Interrupt,
    Json,
    StreamPart,
    Thread,
    ThreadState,
    ThreadStatus,
    ThreadTask,
    ThreadUpdateStateResponse,
)

client = get_sync_client(url="http://localhost:8123")
thread: Thread = client.threads.get("t")
created: Thread = client.threads.create(metadata={"user": "u1"}, if_exists="do_nothing")
found: list[Thread] = client.threads.search(status="idle", sort_order="desc")
state: ThreadState = client.threads.get_state("t")
history: list[ThreadState] = client.threads.get_history("t", limit=5)
updated: ThreadUpdateStateResponse = client.threads.update_state("t", {"count": 1})
status: ThreadStatus = thread["status"]
misspelt: ThreadStatus = "idel"  # wrong
metadata: Json = thread["metadata"]
checkpoint: Checkpoint = state["checkpoint"]
written: Checkpoint = {
    "thread_id": "t", "checkpoint_ns": "", "checkpoint_id": "c", "checkpoint_map": None
}
at_checkpoint: ThreadState = client.threads.get_state("t", checkpoint=written)
client.threads.update_state("t", {"count": 2}, checkpoint=written)
past: list[ThreadState] = client.threads.get_history("t", before=written)
incomplete: Checkpoint = {"checkpoint_id": "c"}  # wrong
# Built by hand: every required key asked for, as for the SDK's TypedDict (not at run time).
built = Thread(thread_id="t", metadata={}, status="idle")  # wrong
tasks: list[ThreadTask] = state["tasks"]
interrupts: list[Interrupt] = tasks[0]["interrupts"] if tasks else []
parts: list[StreamPart] = list(client.threads.join_stream("t"))
from langgraph_threads_client.schema import Assistant  # wrong
"""


@pytest.mark.parametrize("form", ["async", "sync"])
@pytest.mark.parametrize("checker", [_mypy_strict, _pyright], ids=["mypy-strict", "pyright"])
def test_the_sdks_types_from_this_packages_schema_are_taken(
    tmp_path: Path, form: str, checker: Callable[[Path], str]
) -> None:
    """Code that imported the SDK's types from ``langgraph_sdk.schema`` type-checks with them
    imported from ``langgraph_threads_client.schema`` instead, arguments (each method's, as
    the SDK annotates them) and results alike."""
    code = SCHEMA_ANNOTATED_CALLS[form]
    assert "langgraph_sdk" not in code
    path = tmp_path / "sdk_code.py"
    path.write_text(code)
    assert _error_lines(checker(path), path) == set(), checker(path)
    results = tmp_path / "results.py"
    results.write_text(SCHEMA_ANNOTATED_RESULTS)
    output = checker(results)
    assert _error_lines(output, results) == _wrong_lines(SCHEMA_ANNOTATED_RESULTS), output


@pytest.mark.parametrize("form", ["async", "sync"])
@pytest.mark.parametrize("checker", [_mypy_strict, _pyright], ids=["mypy-strict", "pyright"])
def test_arguments_annotated_as_the_sdk_annotates_them_are_taken(
    tmp_path: Path, form: str, checker: Callable[[Path], str]
) -> None:
    """SDK code keeps type-checking with only the import changed, arguments included: each
    method's, as the SDK annotates them (read from the SDK installed), passed by keyword."""
    code = SDK_ANNOTATED_CALLS[form]
    path = tmp_path / "sdk_code.py"
    path.write_text(code)
    output = checker(path)
    assert len(_wrong_lines(code)) == 1  # (search's select)
    assert _error_lines(output, path) == _wrong_lines(code), output


# Where httpx2 is not installed (it is an optional extra), no type of this package's may be
# partially unknown to pyright's strict mode (an httpx2 class in a union, say).
NO_HTTPX2_CODE = """
import httpx

from langgraph_threads_client import APIStatusError, get_client, get_sync_client

client = get_sync_client(url="http://localhost:8123")
print(client.http_client.headers, get_client(http_client=httpx.AsyncClient()).http_client.timeout)
with client.threads.capture_response() as captured:
    thread = client.threads.get("t")
print(captured.response.status_code, captured.response.headers.get("x-request-id"))
print(captured.responses[0].json(), thread.status.value, thread["metadata"])
try:
    client.threads.get("t")
except APIStatusError as exc:
    print(exc.response.status_code, exc.request.url)
"""


def test_pyright_strict_without_httpx2_finds_nothing_unknown(tmp_path: Path) -> None:
    # An interpreter whose packages are this one's, but for httpx2's.
    site = tmp_path / "site"
    site.mkdir()
    packages = Path(httpx.__file__).resolve().parent.parent
    for entry in packages.iterdir():
        if not entry.name.startswith("httpx2"):
            (site / entry.name).symlink_to(entry)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", tmp_path / "venv"], check=True)
    python = tmp_path / "venv" / "bin" / "python"
    pth = next((tmp_path / "venv" / "lib").glob("python*/site-packages")) / "packages.pth"
    pth.write_text(f"{ROOT}\n{site}\n")
    probe = subprocess.run(
        [python, "-c", "import importlib.util as u; print(bool(u.find_spec('httpx2')))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "False"
    code = tmp_path / "user_code.py"
    code.write_text(NO_HTTPX2_CODE)
    (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}')
    result = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", str(python), str(code)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout
    assert "0 errors" in result.stdout, result.stdout


def test_mypy_reports_a_change_to_a_result_with_the_way_out(tmp_path: Path) -> None:
    # (With --enable-error-code deprecated, as the README says; the message is the decorator's.)
    path = tmp_path / "writes.py"
    path.write_text(
        "from langgraph_threads_client import get_sync_client\n"
        'thread = get_sync_client(url="http://localhost:8123").threads.get("t")\n'
        'thread.update({"a": 1})\n'
        'thread.pop("a")\n'
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--enable-error-code",
            "deprecated",
            "--config-file",
            "/dev/null",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "user-code"),
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert _error_lines(result.stdout, path) == {3, 4}, result.stdout
    assert result.stdout.count("use .to_dict() for a mutable copy of its JSON") == 2, result.stdout
