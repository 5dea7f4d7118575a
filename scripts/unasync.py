"""Derive the sync client from the async one.

The async modules in ``langgraph_threads_client/_async/`` are the only hand-written copy of
behaviour that exists in both forms; this script writes their sync twins into ``_sync/``,
token by token (``tokenize``): ``async def`` -> ``def``, ``await x`` -> ``x``, and the names
in ``RULES`` (``AsyncClient`` -> ``Client``, ...). String literals are text, not code, and are
left as they are, except a string that is just a name (an ``__all__`` entry) and the
``code spans`` of docstrings and comments, which name code. A rule that is never used fails the
run, so the rules stay what the code needs. ``--check`` changes nothing and fails when a twin
is out of date.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import tokenize
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "langgraph_threads_client"
SOURCE, TARGET = PACKAGE / "_async", PACKAGE / "_sync"

# Names and their sync twins, substituted as whole names only.
RULES = {
    "HTTP": "SyncHTTP",
    "ThreadStream": "SyncThreadStream",
    "aread": "read",
    "asend": "send",
    "athrow": "throw",
    "aiter_bytes": "iter_bytes",
    "handle_async_request": "handle_request",
    "AsyncClient": "Client",
    "AsyncClientLike": "ClientLike",
    "AsyncClientT": "ClientT",
    "PassedAsyncClient": "PassedClient",
    "AsyncHTTPTransport": "HTTPTransport",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncNetworkBackend": "NetworkBackend",
    "AsyncNetworkStream": "NetworkStream",
    "ASYNC_READ_SIZE": "SYNC_READ_SIZE",
    "Waiter": "SyncWaiter",
    "AsyncPlace": "Place",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "ThreadsClient": "SyncThreadsClient",
    "LangGraphClient": "SyncLangGraphClient",
    "get_client": "get_sync_client",
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "aiter": "iter",
    "__anext__": "__next__",
}
# Keywords dropped with the space after them: `async def|with|for` and `await`.
KEYWORDS = ("async", "await")

# Lines from "# unasync: async-only start" to "# unasync: async-only end" have no sync twin.
ASYNC_ONLY = re.compile(
    r"^[ \t]*# unasync: async-only start\n.*?^[ \t]*# unasync: async-only end\n\n?", re.M | re.S
)
DOCSTRING = re.compile(r'\A"""(.*?)"""\n', re.DOTALL)
CODE_SPAN = re.compile(r"``(.+?)``")
WORDS = re.compile(r"\b(?:(async|await) |(" + "|".join(map(re.escape, RULES)) + r")\b)")
JUST_A_NAME = re.compile(r"""\A(\w*?)(['"])(\w+)\2\Z""")
# Tokens after which a string starts a statement (a docstring, or a string on its own).
STATEMENT_START = {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT}


class UnusedRuleError(Exception):
    """A substitution rule that matched nothing: it is stale, or a name was misspelt."""


def substitute_words(text: str, used: Counter[str] | None = None) -> str:
    """``text`` with the rules applied word by word: for text that is all code (the inside of
    a code span, a signature as ``inspect`` prints it)."""
    used = Counter() if used is None else used

    def replace(match: re.Match[str]) -> str:
        keyword, name = match.groups()
        used[keyword or name] += 1
        return "" if keyword else RULES[name]

    return WORDS.sub(replace, text)


def _code_spans(text: str, used: Counter[str]) -> str:
    return CODE_SPAN.sub(lambda m: "``" + substitute_words(m.group(1), used) + "``", text)


def _string(token: str, *, docstring: bool, used: Counter[str]) -> str:
    just_a_name = JUST_A_NAME.match(token)
    if just_a_name and just_a_name.group(3) in RULES:
        prefix, quote, name = just_a_name.groups()
        used[name] += 1
        return f"{prefix}{quote}{RULES[name]}{quote}"
    return _code_spans(token, used) if docstring else token


def _replacements(
    tokens: Sequence[tokenize.TokenInfo], used: Counter[str]
) -> Iterable[tuple[tokenize.TokenInfo, str]]:
    """Each token that changes, with its new text (``""`` drops a keyword and its space)."""
    f_string_depth = 0  # Python 3.12+ splits f-strings into tokens: keep them whole, as 3.11
    bracket_depth = 0  # inside brackets a string is an expression, never a docstring
    for index, token in enumerate(tokens):
        kind = token.type
        name = tokenize.tok_name[kind]
        if name == "FSTRING_START":
            f_string_depth += 1
        elif name == "FSTRING_END":
            f_string_depth -= 1
        if f_string_depth or name == "FSTRING_END":
            continue
        if kind == tokenize.OP and token.string in "([{":
            bracket_depth += 1
        elif kind == tokenize.OP and token.string in ")]}":
            bracket_depth -= 1
        if kind == tokenize.NAME and token.string in KEYWORDS:
            used[token.string] += 1
            yield token, ""
        elif kind == tokenize.NAME and token.string in RULES:
            used[token.string] += 1
            yield token, RULES[token.string]
        elif kind == tokenize.STRING:
            docstring = not bracket_depth and (
                index == 0 or tokens[index - 1].type in STATEMENT_START
            )
            yield token, _string(token.string, docstring=docstring, used=used)
        elif kind == tokenize.COMMENT:
            yield token, _code_spans(token.string, used)


def substitute(text: str, used: Counter[str] | None = None) -> str:
    """The sync twin of a piece of async code; ``used`` counts the rules applied."""
    used = Counter() if used is None else used
    lines = text.splitlines(keepends=True)
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    # From the end, so that the positions of the tokens still to replace stay right.
    for token, new in reversed(list(_replacements(tokens, used))):
        if new == token.string:
            continue
        (first_row, start), (last_row, end) = token.start, token.end
        first, last = lines[first_row - 1], lines[last_row - 1]
        if new == "":
            end = len(last) - len(last[end:].lstrip(" "))
        lines[first_row - 1 : last_row] = [first[:start] + new + last[end:]]
    return "".join(lines)


def unasync(source: str, name: str, used: Counter[str] | None = None) -> str:
    header = (
        f'"""Generated from ``_async/{name}`` by ``scripts/unasync.py``: edit that file, '
        'not this one."""\n'
    )
    return header + substitute(ASYNC_ONLY.sub("", DOCSTRING.sub("", source, count=1)), used)


def sync_twins(source: Path) -> dict[str, str]:
    """The expected content of every sync twin, by file name.

    Raises ``UnusedRuleError`` when a rule matched nothing in any of the async modules.
    """
    used: Counter[str] = Counter()
    twins = {
        path.name: unasync(path.read_text(), path.name, used)
        for path in sorted(source.glob("*.py"))
    }
    unused = [rule for rule in (*RULES, *KEYWORDS) if not used[rule]]
    if unused:
        raise UnusedRuleError(
            f"unused unasync rules: {', '.join(unused)}. Remove them from scripts/unasync.py "
            "(or fix the name they should match)."
        )
    return twins


def main(argv: Sequence[str] | None = None, *, source: Path = SOURCE, target: Path = TARGET) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a sync twin is out of date")
    args = parser.parse_args(argv)
    try:
        twins = sync_twins(source)
    except UnusedRuleError as exc:
        print(exc, file=sys.stderr)
        return 1
    stale = []
    target.mkdir(exist_ok=True)
    for name, expected in twins.items():
        path = target / name
        if path.exists() and path.read_text() == expected:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(expected)
    for path in sorted(set(target.glob("*.py")) - {target / name for name in twins}):
        stale.append(path)
        if not args.check:
            path.unlink()
    if args.check and stale:
        names = ", ".join(str(path.relative_to(target.parent.parent)) for path in stale)
        print(f"out of date: {names}. Edit _async/ and run `make unasync`.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
