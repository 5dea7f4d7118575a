"""What importing the package loads: names on first use, and nothing async for a sync script."""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import textwrap
import typing
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

import langgraph_threads_client
from langgraph_threads_client import _generated
from langgraph_threads_client._generated import models
from langgraph_threads_client._generated.types import JSONModel


def run_fresh(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; the lines it prints."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_every_public_name_resolves_and_is_listed_once() -> None:
    names = langgraph_threads_client.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(langgraph_threads_client, name) is not None
    assert set(names) <= set(dir(langgraph_threads_client))


def _models_within(annotation: object, found: set[type]) -> None:
    """The generated models ``annotation`` names, and those their typed attributes hold."""
    if isinstance(annotation, type) and issubclass(annotation, JSONModel):
        if annotation not in found:
            found.add(annotation)
            for member in vars(annotation).values():
                if isinstance(member, property) and member.fget is not None:
                    _models_within(typing.get_type_hints(member.fget).get("return"), found)
        return
    for argument in typing.get_args(annotation):
        _models_within(argument, found)


@pytest.mark.parametrize("client_class", ["SyncThreadsClient", "ThreadsClient"])
def test_every_model_a_result_holds_is_importable_from_the_package(client_class: str) -> None:
    # `from langgraph_threads_client import ThreadTask` for an annotation, not `._generated`.
    found: set[type] = set()
    for name, method in inspect.getmembers(
        getattr(langgraph_threads_client, client_class), inspect.isfunction
    ):
        if not name.startswith("_"):
            for signature in (method, *typing.get_overloads(method)):
                _models_within(typing.get_type_hints(signature).get("return"), found)
    assert {"Thread", "ThreadStateSelection", "ThreadTask", "Interrupt"} <= {
        model.__name__ for model in found
    }
    for model in found:
        assert model.__name__ in langgraph_threads_client.__all__, (
            f"{model.__name__} is not exported by langgraph_threads_client/__init__.py"
        )
        assert getattr(langgraph_threads_client, model.__name__) is model


def test_an_unknown_name_is_an_attribute_error() -> None:
    for module in (langgraph_threads_client, models):
        with pytest.raises(AttributeError, match="NoSuchName"):
            module.NoSuchName  # noqa: B018


def test_lazy_names_are_the_defining_modules_objects() -> None:
    from langgraph_threads_client._generated.models.thread import Thread
    from langgraph_threads_client._sync._client import get_sync_client

    assert langgraph_threads_client.Thread is Thread
    assert langgraph_threads_client.get_sync_client is get_sync_client
    assert set(models.__all__) <= set(dir(models))
    assert all(getattr(models, name) is not None for name in models.__all__)
    assert _generated.__name__ == "langgraph_threads_client._generated"


def test_public_submodules_are_attributes_of_the_package_as_the_sdks_are() -> None:
    # `import langgraph_sdk; except langgraph_sdk.errors.NotFoundError`: no import of the
    # submodule by name first (a fresh interpreter: nothing else has imported them).
    found = run_fresh(
        """
        import langgraph_threads_client as package
        print(package.errors.NotFoundError.__name__, package.client.get_sync_client.__name__)
        print(package.models.Thread.__name__, "errors" in dir(package))
        print(package.schema.ThreadState.__name__)
        """
    )
    assert found == ["NotFoundError", "get_sync_client", "Thread", "True", "ThreadState"]


def test_importing_the_package_loads_no_client_and_no_model() -> None:
    loaded = run_fresh(
        """
        import sys
        import langgraph_threads_client
        print("\\n".join(sys.modules))
        """
    )
    ours = [name for name in loaded if name.startswith("langgraph_threads_client.")]
    assert "httpx" not in loaded
    assert not [name for name in ours if "_generated" in name or "_sync" in name]


def test_a_sync_script_imports_nothing_of_the_async_side() -> None:
    # anyio cannot be imported here: the script fails if anything it uses needs it.
    loaded = run_fresh(
        """
        import sys
        sys.modules["anyio"] = None
        import httpx
        from langgraph_threads_client import get_sync_client, NotFoundError

        THREAD = {
            "thread_id": "01a20f6f-7ed2-7453-b595-f65dd9614208",
            "created_at": "2026-11-24T21:21:34.931247+00:00",
            "updated_at": "2026-11-24T21:21:34.931247+00:00",
            "state_updated_at": "2026-11-24T21:21:34.931247+00:00",
            "metadata": {}, "status": "idle", "config": {},
        }

        def answer(request):
            if request.url.path.endswith("/search"):
                return httpx.Response(200, json=[THREAD])
            if request.method == "DELETE":
                return httpx.Response(404, json={"detail": "Thread not found"})
            return httpx.Response(200, json=THREAD)

        http = httpx.Client(transport=httpx.MockTransport(answer))
        with get_sync_client(url="http://test", api_key=None, http_client=http) as client:
            thread = client.threads.create(metadata={"user": "u1"})
            assert client.threads.get(thread.thread_id).thread_id == thread.thread_id
            assert len(client.threads.search(limit=1)) == 1
            try:
                client.threads.delete(thread.thread_id)
            except NotFoundError:
                pass
        print("\\n".join(name for name, module in sys.modules.items() if module is not None))
        """
    )
    async_side = [
        name
        for name in loaded
        if name.startswith(("langgraph_threads_client._async", "anyio")) or name == "asyncio"
    ]
    assert async_side == []
    assert "langgraph_threads_client._sync._client" in loaded
    assert "msgspec" not in loaded  # (imported on the first body over 4 MiB only)


def test_the_clients_import_from_the_module_sdk_code_names() -> None:
    # `from langgraph_sdk.client import get_client` is common in code written for the SDK.
    from langgraph_threads_client import client

    for name in client.__all__:
        assert getattr(client, name) is getattr(langgraph_threads_client, name)
    assert set(client.__all__) <= set(dir(client))
    with pytest.raises(AttributeError, match="has no attribute 'HttpClient'"):
        client.HttpClient  # type: ignore[attr-defined]  # noqa: B018 - the SDK's raw HTTP client has none
    loaded = run_fresh(
        """
        import sys
        sys.modules["anyio"] = None
        from langgraph_threads_client.client import get_sync_client
        get_sync_client(url="http://test", api_key=None).close()
        print("\\n".join(name for name, module in sys.modules.items() if module is not None))
        """
    )
    assert not [name for name in loaded if name.startswith("langgraph_threads_client._async")]


def test_the_types_import_from_the_module_sdk_code_names() -> None:
    # `from langgraph_sdk.schema import Thread, ThreadState`, in code written for the SDK.
    import langgraph_sdk._async.threads
    import langgraph_sdk._sync.threads
    import langgraph_sdk.schema

    from langgraph_threads_client import schema

    # Every name the SDK's threads clients import from its schema, and the results' parts.
    for module in (langgraph_sdk._async.threads, langgraph_sdk._sync.threads):
        assert set(_names_imported_from("langgraph_sdk.schema", module)) <= set(schema.__all__)
    assert {"ThreadTask", "Interrupt"} <= set(schema.__all__)
    assert set(schema.__all__) <= set(dir(schema))
    # The results are the package's models; a thread's `status` the strings the SDK's has.
    assert schema.Thread is langgraph_threads_client.Thread
    assert schema.ThreadUpdateStateResponse is langgraph_threads_client.ThreadStateUpdateResponse
    assert schema.StreamPart is langgraph_threads_client.StreamPart
    # A checkpoint to pass, as SDK code writes it: the SDK's TypedDict (a dict at run time).
    assert typing.get_type_hints(schema.Checkpoint) == typing.get_type_hints(
        langgraph_sdk.schema.Checkpoint
    )
    assert schema.Checkpoint.__required_keys__ == langgraph_sdk.schema.Checkpoint.__required_keys__
    assert type(schema.Checkpoint(thread_id="t", checkpoint_ns="")) is dict  # type: ignore[typeddict-item]
    for ours, sdks in [
        (schema.ThreadStatus, langgraph_sdk.schema.ThreadStatus),
        (schema.ThreadSortBy, langgraph_sdk.schema.ThreadSortBy),
        (schema.SortOrder, langgraph_sdk.schema.SortOrder),
        (schema.OnConflictBehavior, langgraph_sdk.schema.OnConflictBehavior),
        (schema.PruneStrategy, langgraph_sdk.schema.PruneStrategy),
        (schema.ThreadStreamMode, langgraph_sdk.schema.ThreadStreamMode),
    ]:
        assert set(typing.get_args(ours)) == set(typing.get_args(sdks))
    # ("context", which the SDK's lists, servers refuse; "state_updated_at" they take.)
    fields = set(typing.get_args(langgraph_sdk.schema.ThreadSelectField)) - {"context"}
    assert set(typing.get_args(schema.ThreadSelectField)) == fields | {"state_updated_at"}
    with pytest.raises(AttributeError, match="has no attribute 'Assistant'"):
        schema.Assistant  # type: ignore[attr-defined]  # noqa: B018 - not the threads API's


def _names_imported_from(source: str, module: ModuleType) -> list[str]:
    tree = ast.parse(inspect.getsource(module))
    return [
        alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == source
        for alias in node.names
    ]


PACKAGE = Path(langgraph_threads_client.__file__).parent


def _layout_rows() -> list[set[str]]:
    """The README's layout table: each row's modules (paths in the package), top to bottom; a
    name after one under ``_async/`` is in ``_async/`` too."""
    readme = (PACKAGE.parent / "README.md").read_text()
    section = readme.split("### Layout", 1)[1].split("\n## ", 1)[0]
    rows: list[set[str]] = []
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        folder = ""
        row: set[str] = set()
        for name in re.findall(r"`([^`]+\.py)`", line.split(" | ", 1)[0]):
            if "/" in name:
                folder = name.rsplit("/", 1)[0] + "/"
                row.add(name)
            else:
                row.add(folder + name)
        rows.append(row)
    return rows


def _imported(module: str, tree: ast.Module) -> set[str]:
    """The package's modules (paths) that ``module``'s code imports, at its top or within a
    function: relative imports, and the package by its name."""
    found: set[str] = set()
    here = PurePosixPath(module).parent
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            if any(alias.name.split(".")[0] == PACKAGE.name for alias in node.names):
                found.add("__init__.py")
            continue
        if not isinstance(node, ast.ImportFrom) or not node.level:
            continue
        base = here
        for _ in range(node.level - 1):
            base = base.parent
        if node.module:
            targets = [base / node.module.replace(".", "/")]
        else:  # (from . import a, b: modules, or names of the package's __init__)
            targets = [base / alias.name for alias in node.names]
        for target in targets:
            path = target.as_posix()
            if (PACKAGE / path).is_dir():
                path += "/__init__.py"
            elif (PACKAGE / f"{path}.py").is_file():
                path += ".py"
            else:
                path = (base / "__init__.py").as_posix()
            found.add(path)
    return found


def test_each_module_imports_only_those_above_it_in_the_readme_layout() -> None:
    """The README's layout lists every hand-written module, each below what it imports (or in
    the same row): the architecture as the table shows it. ``_sync/`` is ``_async/`` derived."""
    rows = _layout_rows()
    rank = {module: index for index, row in enumerate(rows) for module in row}
    written = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("_generated", "_sync")
    }
    written.discard("_async/__init__.py")  # (a docstring only)
    assert written == rank.keys()
    upward = []
    for module in sorted(written):
        tree = ast.parse((PACKAGE / module).read_text())
        for target in _imported(module, tree):
            target = target.replace("_sync/", "_async/")
            if target.startswith("_generated/") or target == "_async/__init__.py":
                continue
            if rank[target] > rank[module]:
                upward.append(f"{module} imports {target}, below it")
    assert upward == []
