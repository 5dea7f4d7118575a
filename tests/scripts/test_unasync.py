"""scripts/unasync.py: the sync twins are the async code with names, not text, substituted."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.scripts import load_script

unasync = load_script("unasync")


def test_code_is_substituted() -> None:
    source = (
        "async def close(client: AsyncClient) -> None:\n"
        "    async with client:\n"
        "        await client.aclose()\n"
        "    async for part in stream:\n"
        "        yield await(part)\n"
    )
    assert unasync.substitute(source) == (
        "def close(client: Client) -> None:\n"
        "    with client:\n"
        "        client.close()\n"
        "    for part in stream:\n"
        "        yield (part)\n"
    )


def test_string_literals_are_left_as_they_are() -> None:
    source = (
        "def check() -> None:\n"
        "    raise RuntimeError(\n"
        '        "closed: create a new one (get_client() / get_sync_client())"\n'
        "    )\n"
        "message = f'{aclose} async AsyncClient ``aclose()``'\n"
        "text = '''await x; async with AsyncClient'''\n"
    )
    assert unasync.substitute(source) == source


def test_a_string_that_is_a_name_is_substituted() -> None:
    source = '__all__ = ["HTTP", "get_client", "helper"]\nattr = getattr(x, "aclose")\n'
    assert unasync.substitute(source) == (
        '__all__ = ["SyncHTTP", "get_sync_client", "helper"]\nattr = getattr(x, "close")\n'
    )


def test_code_spans_of_docstrings_and_comments_are_substituted() -> None:
    source = (
        "class Stream:\n"
        '    """Stop with ``aclose()``, or use ``async for``; an async stream (get_client)."""\n'
        "\n"
        "    # ``await stream.aclose()`` releases it; aclose() in prose stays\n"
        "    x = 1\n"
    )
    assert unasync.substitute(source) == (
        "class Stream:\n"
        '    """Stop with ``close()``, or use ``for``; an async stream (get_client)."""\n'
        "\n"
        "    # ``stream.close()`` releases it; aclose() in prose stays\n"
        "    x = 1\n"
    )


def test_names_are_whole_names() -> None:
    assert unasync.substitute("AsyncClientFactory, aclosed, my_aread\n") == (
        "AsyncClientFactory, aclosed, my_aread\n"
    )


def test_rules_applied_are_counted() -> None:
    used: Counter[str] = Counter()
    unasync.substitute("async def f():\n    await g.aclose()\n", used)
    assert used == Counter({"async": 1, "await": 1, "aclose": 1})


def test_an_unused_rule_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(unasync.SOURCE, tmp_path / "_async")
    monkeypatch.setitem(unasync.RULES, "AsyncNeverWritten", "NeverWritten")
    code = unasync.main([], source=tmp_path / "_async", target=tmp_path / "_sync")
    assert code == 1
    assert "unused unasync rules: AsyncNeverWritten" in capsys.readouterr().err
    assert not (tmp_path / "_sync").exists()  # nothing written


def test_every_rule_is_used_by_the_package() -> None:
    twins = unasync.sync_twins(unasync.SOURCE)
    assert set(twins) == {path.name for path in unasync.SOURCE.glob("*.py")}


def test_check_detects_a_stale_twin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "_async", tmp_path / "_sync"
    shutil.copytree(unasync.SOURCE, source)
    assert unasync.main([], source=source, target=target) == 0
    assert unasync.main(["--check"], source=source, target=target) == 0

    http = source / "_http.py"
    http.write_text(http.read_text() + "\n\nasync def added() -> None:\n    pass\n")
    assert unasync.main(["--check"], source=source, target=target) == 1
    assert "_sync/_http.py. Edit _async/ and run `make unasync`" in capsys.readouterr().err
    assert "def added" not in (target / "_http.py").read_text()  # --check changes nothing

    assert unasync.main([], source=source, target=target) == 0
    assert "\ndef added() -> None:" in (target / "_http.py").read_text()
    (target / "_orphan.py").write_text("")
    assert unasync.main(["--check"], source=source, target=target) == 1
    assert unasync.main([], source=source, target=target) == 0
    assert not (target / "_orphan.py").exists()


def test_the_committed_twins_are_up_to_date() -> None:
    assert unasync.main(["--check"]) == 0
