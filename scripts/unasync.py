"""Derive the sync client from the async one.

The async modules in ``langgraph_threads_client/_async/`` are the only hand-written copy of
behaviour that exists in both forms; this script writes their sync twins into ``_sync/`` by
plain token substitution (``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncClient`` ->
``Client``, ...). ``--check`` changes nothing and fails when a twin is out of date.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "langgraph_threads_client"
SOURCE, TARGET = PACKAGE / "_async", PACKAGE / "_sync"

# Whole-token substitutions, applied in one pass so that no output is substituted again.
TOKENS = {
    "AsyncHTTP": "SyncHTTP",
    "AsyncThreadStream": "ThreadStream",
    "asynccontextmanager": "contextmanager",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "anyio": "time",
    "AsyncClient": "Client",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "ThreadsClient": "SyncThreadsClient",
    "LangGraphClient": "SyncLangGraphClient",
    "get_client": "get_sync_client",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "StopAsyncIteration": "StopIteration",
    "async": "sync",
}
PATTERNS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\basync (def|with|for)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    (re.compile(r"\b(" + "|".join(map(re.escape, TOKENS)) + r")\b"), lambda m: TOKENS[m.group(1)]),
]
# Lines from "# unasync: async-only start" to "# unasync: async-only end" have no sync twin.
ASYNC_ONLY = re.compile(
    r"^[ \t]*# unasync: async-only start\n.*?^[ \t]*# unasync: async-only end\n\n?", re.M | re.S
)
DOCSTRING = re.compile(r'\A"""(.*?)"""\n', re.DOTALL)


def substitute(text: str) -> str:
    """The sync twin of a piece of async code (tokens only)."""
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def unasync(source: str, name: str) -> str:
    header = (
        f'"""Generated from ``_async/{name}`` by ``scripts/unasync.py``: edit that file, '
        'not this one."""\n'
    )
    return header + substitute(ASYNC_ONLY.sub("", DOCSTRING.sub("", source, count=1)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync twin is out of date")
    args = parser.parse_args()
    stale = []
    TARGET.mkdir(exist_ok=True)
    for source in sorted(SOURCE.glob("*.py")):
        target = TARGET / source.name
        expected = unasync(source.read_text(), source.name)
        if target.exists() and target.read_text() == expected:
            continue
        stale.append(target)
        if not args.check:
            target.write_text(expected)
    for target in sorted(set(TARGET.glob("*.py")) - {TARGET / s.name for s in SOURCE.glob("*.py")}):
        stale.append(target)
        if not args.check:
            target.unlink()
    if args.check and stale:
        names = ", ".join(str(path.relative_to(PACKAGE.parent)) for path in stale)
        print(f"out of date: {names}. Edit _async/ and run `make unasync`.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
