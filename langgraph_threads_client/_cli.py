"""``langgraph-threads`` (or ``python -m langgraph_threads_client``): the client from a shell.

JSON on stdout by default (one document per command, so it pipes into ``jq``; ``join`` prints
one JSON object per event, a line each), ``--format table`` for people. Errors are one line on
stderr and the exit status says which kind (see ``EXIT_CODES``). Built on click, installed with
the ``cli`` extra (``pip install ".[cli]"`` from a checkout), or click beside the package.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any, Final, NoReturn, TypeVar, get_args

try:
    import click
    from click.core import ParameterSource
except ImportError:  # pragma: no cover - a subprocess (tests/unit/test_cli.py)
    sys.exit('The command line needs click: pip install "click>=8.1"')

from ._exit_codes import EXIT_CODES, INTERRUPTED, STREAM_FAILED, UNUSABLE_ANSWER, exit_code
from ._sync._client import SyncLangGraphClient, get_sync_client
from ._types import (
    NOT_GIVEN,
    IfExistsName,
    NotGiven,
    StreamModeName,
    ThreadStatusName,
    TtlStrategyName,
)
from ._version import __version__
from .errors import APIError, APIStatusError

__all__ = ["EXIT_CODES", "INTERRUPTED", "exit_code", "main"]

T = TypeVar("T")

TABLE_COLUMNS = ("thread_id", "status", "created_at", "updated_at", "metadata")


# Characters a terminal acts on (escape sequences start with ESC, or with a C1 control where
# the terminal takes 8-bit ones) or that reorder a line (bidirectional controls): a server's
# text is printed with these escaped, so that it cannot set a window's title or the clipboard,
# nor hide or reorder what is shown. JSON output escapes only those its encoder leaves as they
# are (it escapes the rest): as \u escapes, it stays the same JSON.
_CONTROLS: Final = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROLS_LEFT_BY_JSON: Final = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(found: re.Match[str]) -> str:
    return f"\\u{ord(found[0]):04x}"


def shown(text: str) -> str:
    """``text`` as one line a terminal shows as it is (controls escaped)."""
    return _CONTROLS.sub(_escaped, text)


def json_text(value: Any, **options: Any) -> str:
    """``json.dumps`` of ``value`` (non-ASCII text as it is), every control escaped."""
    return _CONTROLS_LEFT_BY_JSON.sub(
        _escaped, json.dumps(value, ensure_ascii=False, default=str, **options)
    )


def _json_escapes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return json.dumps(error.object[error.start : error.end])[1:-1], error.end


# An encoding error handler writing what an output's encoding cannot hold (cp1252 has no
# snowman, latin-1 no emoji, no encoding a lone surrogate) as JSON's \u escapes: in JSON, only
# strings hold other than ASCII, so the output stays the same JSON.
JSON_ESCAPES: Final = "langgraph_threads_client.json_escapes"
codecs.register_error(JSON_ESCAPES, _json_escapes)


def encodable(text: str, encoding: str, errors: str) -> str:
    """``text`` as it is where ``encoding`` holds all of it, else with each character it
    cannot hold replaced as the error handler ``errors`` says (nothing left out)."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, errors).decode(encoding)
    return text


def json_line(value: Any, encoding: str) -> str:
    """``value`` as one line of JSON that ``encoding`` holds."""
    return encodable(json_text(value), encoding, JSON_ESCAPES)


def to_json(value: Any) -> Any:
    """Models as the JSON the server sent; lists and pages element by element."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    return value


def render(value: Any, output_format: str, encoding: str = "utf-8") -> str:
    """``value`` as the output says (indented JSON or a table), in text ``encoding`` holds."""
    data = to_json(value)
    if output_format == "json":
        return encodable(json_text(data, indent=2), encoding, JSON_ESCAPES)
    if isinstance(data, Mapping) and len(data) == 1:
        ((key, items),) = data.items()
        if isinstance(items, list):  # ({"deleted": [ids]}: an id a row, none cut short)
            return table([{key: item} for item in items], encoding)
    return table(data if isinstance(data, list) else [data], encoding)


def _cell(value: Any, encoding: str) -> str:
    if isinstance(value, Mapping | list | bool):  # (a boolean as JSON writes it: true, false)
        text = json_text(value, separators=(",", ":"))
    else:
        text = "" if value is None else shown(str(value))
    text = text if len(text) <= 60 else text[:57] + "..."
    # (Escaped once cut, so that no escape is cut in two; before the columns are measured.)
    return encodable(text, encoding, "backslashreplace")


def table(rows: Sequence[Any], encoding: str = "utf-8") -> str:
    """A plain-text table: thread columns when the rows are threads, else every key; what
    ``encoding`` cannot hold is a backslash escape."""
    dicts = [row if isinstance(row, Mapping) else {"value": row} for row in rows]
    if not dicts:
        return "(none)"
    keys = list(dicts[0])
    # (A state holds created_at and metadata too: only threads have thread columns.)
    columns = [c for c in TABLE_COLUMNS if c in keys] if "thread_id" in keys else keys
    # (Outside thread rows, the columns are the server's keys: escaped as any of its text.)
    headings = [
        encodable(shown(column.upper()), encoding, "backslashreplace") for column in columns
    ]
    cells = [[_cell(row.get(column), encoding) for column in columns] for row in dicts]
    widths = [max(len(heading), *(len(r[i]) for r in cells)) for i, heading in enumerate(headings)]
    line = "  ".join(heading.ljust(width) for heading, width in zip(headings, widths, strict=True))
    body = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join([line.rstrip(), *body])


def _one_line(text: str) -> str:
    """``text`` on one line: its lines (a server's message may hold several: a field, then
    what is wrong with it) joined by a space, blank ones left out. Only line breaks end a
    line (``str.splitlines`` also cuts at other controls, which ``shown`` escapes)."""
    lines = (line.strip(" \t") for line in _LINE_BREAKS.split(text))
    return " ".join(line for line in lines if line)


_LINE_BREAKS: Final = re.compile(r"\r\n|\r|\n")
# How much of an error's message its line shows.
_MAX_ERROR_LINE: Final = 1000


def fail(exc: BaseException) -> NoReturn:
    code = exit_code(exc)
    message = _one_line(str(exc)) or type(exc).__name__
    if len(message) > _MAX_ERROR_LINE:  # (a server's message is the error's whole: a page, say)
        message = message[: _MAX_ERROR_LINE - 1] + "\u2026"
    if isinstance(exc, APIStatusError):
        message = f"{exc.status_code}: {message}"
    error_exit(f"{type(exc).__name__}: {message}", code)


def error_exit(message: str, code: int) -> NoReturn:
    """An error line on stderr, and the exit status ``code``."""
    click.echo(f"error: {shown(message)}", err=True)
    sys.exit(code)


def json_option(value: str | None, name: str) -> Any:
    if value is None:
        return None

    def not_json(constant: str) -> NoReturn:
        # (Python's json reads NaN and Infinity, which JSON has not: they would be sent as null.)
        raise click.BadParameter(
            f"not valid JSON: {constant} is not a JSON number: {value!r}", param_hint=name
        )

    def finite(number: str) -> float:
        # (A number past a float's range, 1e400, reads as infinity: sent as null too.)
        read = float(number)
        if not math.isfinite(read):
            raise click.BadParameter(
                f"not usable JSON: {number} is past a float's range: {value!r}", param_hint=name
            )
        return read

    def whole(number: str) -> int:
        # (Requests write integers of 64 bits, as orjson does: a longer one is refused here,
        # naming the option, not when the request is encoded; nor is one of over 4,300 digits,
        # which Python does not read, "not valid JSON".)
        read = int(number) if len(number) <= _INT64_CHARACTERS else None
        if read is None or not _INT64_MIN <= read <= _UINT64_MAX:
            shown = number if len(number) <= 40 else f"{number[:20]}... ({len(number)} characters)"
            raise click.BadParameter(
                f"not usable JSON: {shown} is past 64 bits (integers of requests must fit)",
                param_hint=name,
            )
        return read

    try:
        return json.loads(value, parse_constant=not_json, parse_float=finite, parse_int=whole)
    except ValueError:
        raise click.BadParameter(f"not valid JSON: {value!r}", param_hint=name) from None
    except RecursionError:
        raise click.BadParameter("JSON nested too deep", param_hint=name) from None


# The integers a request can hold (orjson's: signed or unsigned 64 bits), and the most
# characters one is written in.
_INT64_MIN: Final = -(2**63)
_UINT64_MAX: Final = 2**64 - 1
_INT64_CHARACTERS: Final = len(str(_INT64_MIN))


def interrupted() -> NoReturn:
    click.echo("Interrupted.", err=True)
    sys.exit(INTERRUPTED)


class Context:
    def __init__(
        self,
        url: str | None,
        api_key: str | None,
        output_format: str,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> None:
        self.url = url
        self.api_key: str | NotGiven | None = NOT_GIVEN if api_key is None else api_key
        self.output_format = output_format
        self.options: dict[str, Any] = {}
        if timeout is not None:
            self.options["timeout"] = timeout
        if max_retries is not None:
            self.options["max_retries"] = max_retries

    def client(self) -> SyncLangGraphClient:
        return get_sync_client(url=self.url, api_key=self.api_key, **self.options)

    def run(self, call: Callable[[SyncLangGraphClient], T]) -> T:
        try:
            with self.client() as client:
                return call(client)
        except (APIError, ValueError, TypeError, OSError) as exc:  # (OSError: SSL_CERT_FILE's)
            fail(exc)
        except KeyboardInterrupt:
            interrupted()

    def show(self, value: Any) -> None:
        try:
            out(partial(render, value, self.output_format))
        except KeyboardInterrupt:  # (as a large output is written to a slow reader)
            interrupted()


# Answers are read up to 1,024 levels deep (orjson's limit), where json's indented output, in
# Python, needs a frame or two a level: past the default limit of 1,000.
SHOWN_DEPTH: Final = 5_000


@contextlib.contextmanager
def deep_enough() -> Iterator[None]:
    """Python's recursion limit raised, while an answer is printed, to print any it reads."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, SHOWN_DEPTH))
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)


def out(text: Callable[[str], str]) -> None:
    """Print on stdout what ``text(encoding)`` makes for the encoding stdout writes in (one
    that cannot hold every character, such as cp1252, fails no command). Every command's
    output goes this way, so that output that cannot be written ends each command alike
    (``writing``)."""
    # (Where stdout is ASCII, click writes UTF-8 instead: ASCII text suits either.)
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        with deep_enough():
            shown_text = text(encoding)
    except RecursionError:  # (past what deep_enough allows: no answer read is that deep)
        error_exit("the answer is nested too deep to print", UNUSABLE_ANSWER)
    with writing():
        click.echo(shown_text)


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """Output that cannot be written: a reader gone (``| head``) ends the command quietly, as
    Python's documentation advises; any other failure (a full disk) is an error line."""
    try:
        yield
    except BrokenPipeError:
        _drop_stdout()
        sys.exit(1)
    except OSError as exc:
        _drop_stdout()
        fail(exc)


def _drop_stdout() -> None:
    # (Else what stdout still buffers is written again at exit, and fails again.)
    with contextlib.suppress(OSError, ValueError):  # (a stdout without a file descriptor)
        stdout = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stdout)
        finally:
            os.close(devnull)


pass_context = click.make_pass_decorator(Context)


# Each command's help is its help=, not its docstring: ``python -OO`` drops docstrings.
@click.group(
    help="Manage LangGraph threads from the command line.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option("--url", envvar="LANGGRAPH_URL", help="Server URL (env LANGGRAPH_URL).")
@click.option(
    "--api-key",
    help="API key (default: LANGGRAPH_API_KEY, LANGSMITH_API_KEY or LANGCHAIN_API_KEY;"
    " prefer these: other users of the machine see a command's arguments).",
)
@click.option(
    "--format", "output_format", type=click.Choice(["json", "table"]), default="json",
    show_default=True, help="Output: JSON (pipes into jq) or a table.",
)  # fmt: skip
@click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True),
    help="Seconds each wait for the server may last, to connect or for its next bytes "
    "(default: connect 5, read 300).",
)  # fmt: skip
@click.option(
    "--max-retries", type=click.IntRange(min=0),
    help="Attempts after a transient failure (default 2; 0: one attempt).",
)  # fmt: skip
# The version the package holds: a checkout on PYTHONPATH has no install metadata to read.
@click.version_option(__version__)
@click.pass_context
def cli(
    ctx: click.Context,
    url: str | None,
    api_key: str | None,
    output_format: str,
    timeout: float | None,
    max_retries: int | None,
) -> None:
    ctx.obj = Context(url, api_key, output_format, timeout, max_retries)


@cli.command(help="Show a thread.")
@click.argument("thread_id")
@pass_context
def get(ctx: Context, thread_id: str) -> None:
    ctx.show(ctx.run(lambda c: c.threads.get(thread_id)))


@cli.command(help="Create a thread.")
@click.option("--metadata", help="Metadata as a JSON object.")
@click.option("--thread-id", help="Choose the thread id (a UUID).")
@click.option("--if-exists", type=click.Choice(get_args(IfExistsName)))
@click.option("--graph-id", help="The graph the thread belongs to.")
@pass_context
def create(
    ctx: Context,
    metadata: str | None,
    thread_id: str | None,
    if_exists: IfExistsName | None,
    graph_id: str | None,
) -> None:
    meta = json_option(metadata, "--metadata")
    ctx.show(
        ctx.run(
            lambda c: c.threads.create(
                metadata=meta,
                thread_id=thread_id,
                if_exists=if_exists,
                graph_id=graph_id,
            )
        )
    )


@cli.command(help="Merge metadata into a thread's.")
@click.argument("thread_id")
@click.option("--metadata", required=True, help="Metadata to merge, as a JSON object.")
@pass_context
def update(ctx: Context, thread_id: str, metadata: str) -> None:
    meta = json_option(metadata, "--metadata")
    ctx.show(ctx.run(lambda c: c.threads.update(thread_id, metadata=meta)))


@cli.command(
    help="Delete threads, in turn; the first that fails ends it (those deleted before are said)."
)
@click.argument("thread_ids", nargs=-1, required=True)
@pass_context
def delete(ctx: Context, thread_ids: tuple[str, ...]) -> None:
    deleted: list[str] = []

    def delete_all(client: SyncLangGraphClient) -> None:
        for thread_id in progress(thread_ids, "Deleting", len(thread_ids)):
            client.threads.delete(thread_id)
            deleted.append(thread_id)

    try:
        ctx.run(delete_all)
    finally:  # (after a failure too, which exits: what is gone is said)
        ctx.show({"deleted": deleted})


def search_options(command: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option("--metadata", help="Filter: metadata (a JSON object)."),
            click.option("--values", "state_values", help="Filter: state values (JSON)."),
            click.option("--status", type=click.Choice(get_args(ThreadStatusName))),
        ]
    ):
        command = option(command)
    return command


def given(parameter: str) -> bool:
    """Whether the command line gave ``parameter`` (rather than its default)."""
    source = click.get_current_context().get_parameter_source(parameter)
    return source is not ParameterSource.DEFAULT


def progress_total(client: SyncLangGraphClient, filters: dict[str, Any]) -> int | None:
    """How many threads a search will find, for its progress bar; None where the server
    cannot count them (a bar without its end, rather than no search)."""
    try:
        return client.threads.count(**filters)
    except APIError:
        return None


def progress(items: Iterable[T], label: str, length: int | None) -> Iterator[T]:
    """A progress bar on stderr, only when it is a terminal (never in a pipe or a log)."""
    if not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar


@cli.command(help="Search threads (newest first).")
@search_options
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--offset", type=int, default=0, show_default=True)
@click.option("--all", "every", is_flag=True, help="Every matching thread, page by page.")
@click.option("--page-size", type=int, default=100, show_default=True)
@pass_context
def search(
    ctx: Context,
    metadata: str | None,
    state_values: str | None,
    status: ThreadStatusName | None,
    limit: int,
    offset: int,
    every: bool,
    page_size: int,
) -> None:
    filters: dict[str, Any] = {
        "metadata": json_option(metadata, "--metadata"),
        "values": json_option(state_values, "--values"),
        "status": status,
    }

    paged = [f"--{name}" for name in ("limit", "offset") if given(name)]
    if every and paged:
        raise click.UsageError(
            f"--all reads every matching thread: leave out {' and '.join(paged)}"
            " (--page-size sets how many each request reads)"
        )

    def run(client: SyncLangGraphClient) -> list[Any]:
        if not every:
            return client.threads.search(limit=limit, offset=offset, **filters)
        total = progress_total(client, filters) if sys.stderr.isatty() else None
        found = client.threads.iter_search(page_size=page_size, **filters)
        return list(progress(found, "Fetching threads", total))

    ctx.show(ctx.run(run))


@cli.command(help="Count matching threads.")
@search_options
@pass_context
def count(
    ctx: Context, metadata: str | None, state_values: str | None, status: ThreadStatusName | None
) -> None:
    meta, values = json_option(metadata, "--metadata"), json_option(state_values, "--values")
    result = ctx.run(lambda c: c.threads.count(metadata=meta, values=values, status=status))
    # JSON: the number alone; a table: one COUNT column.
    ctx.show(result if ctx.output_format == "json" else {"count": result})


@cli.command(help="Copy a thread; prints the new one.")
@click.argument("thread_id")
@pass_context
def copy(ctx: Context, thread_id: str) -> None:
    ctx.show(ctx.run(lambda c: c.threads.copy(thread_id)))


@cli.command(help="Prune threads (in batches, with a progress bar on a terminal).")
@click.argument("thread_ids", nargs=-1, required=True)
@click.option("--strategy", type=click.Choice(get_args(TtlStrategyName)), default="delete")
@click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True)
@pass_context
def prune(
    ctx: Context, thread_ids: tuple[str, ...], strategy: TtlStrategyName, batch_size: int
) -> None:
    batches = [thread_ids[i : i + batch_size] for i in range(0, len(thread_ids), batch_size)]

    pruned = [0]

    def run(client: SyncLangGraphClient) -> None:
        for batch in progress(batches, "Pruning", len(batches)):
            result = client.threads.prune(list(batch), strategy=strategy)
            # Aegra answers {"deleted": n, "pruned": n} instead of {"pruned_count": n}.
            count = result.pruned_count
            if not isinstance(count, int):
                count = result["pruned"] if "pruned" in result else 0  # noqa: SIM401 (no .get on models)
                if type(count) is not int:
                    answer = json_text(result.to_dict())
                    error_exit(f"a prune answer without a count: {answer}", UNUSABLE_ANSWER)
            pruned[0] += count

    try:
        ctx.run(run)
    finally:  # (after a failure too, which exits: what earlier batches pruned is said)
        ctx.show({"pruned_count": pruned[0]})


@cli.command(help="Show a thread's state.")
@click.argument("thread_id")
@click.option("--checkpoint-id", help="The state at this checkpoint (default: the latest).")
@pass_context
def state(ctx: Context, thread_id: str, checkpoint_id: str | None) -> None:
    ctx.show(ctx.run(lambda c: c.threads.get_state(thread_id, checkpoint_id=checkpoint_id)))


@cli.command(help="Show a thread's past states, newest first.")
@click.argument("thread_id")
@click.option(
    "--limit",
    type=int,
    default=10,
    show_default=True,
    help="How many states; with --all, how many each request reads (1 to 1000).",
)
@click.option("--before", help="Only states older than this checkpoint id.")
@click.option("--all", "every", is_flag=True, help="Every past state, page by page.")
@pass_context
def history(ctx: Context, thread_id: str, limit: int, before: str | None, every: bool) -> None:

    if every and not 1 <= limit <= 1000:
        raise click.BadParameter(
            f"with --all, each request reads --limit states: 1 to 1000, got {limit}",
            param_hint="--limit",
        )

    def run(client: SyncLangGraphClient) -> list[Any]:
        if every:
            states = client.threads.iter_history(thread_id, page_size=limit, before=before)
            return list(progress(states, "Fetching states", None))
        return client.threads.get_history(thread_id, limit=limit, before=before)

    ctx.show(ctx.run(run))


@cli.command(help="Print a thread's events as they come, one JSON object a line (Ctrl-C to stop).")
@click.argument("thread_id")
@click.option("--last-event-id", help="Resume after this event id ('-': replay all stored).")
@click.option(
    "--stream-mode", "stream_modes", multiple=True,
    type=click.Choice(get_args(StreamModeName)),
    help="Repeat for several; default run_modes.",
)  # fmt: skip
@click.option(
    "--until-run-done", is_flag=True,
    help="Stop after a run's run_done event (with '--last-event-id -', a stored one: only a"
    " run started with stream_resumable stores its events; else the next run's).",
)  # fmt: skip
@click.option("--max-events", type=click.IntRange(min=1), help="Stop after this many events.")
@pass_context
def join(
    ctx: Context,
    thread_id: str,
    last_event_id: str | None,
    stream_modes: tuple[StreamModeName, ...],
    until_run_done: bool,
    max_events: int | None,
) -> None:

    def run(client: SyncLangGraphClient) -> None:
        modes: list[StreamModeName] = list(stream_modes) or ["run_modes"]
        with (
            contextlib.suppress(KeyboardInterrupt),  # Ctrl-C is the way to stop watching
            client.threads.join_stream(
                thread_id,
                last_event_id=last_event_id,
                stream_mode=modes,
            ) as stream,
        ):
            last = None
            for seen, part in enumerate(stream, start=1):
                last = part
                event = {"event": part.event, "data": part.data, "id": part.id}
                out(partial(json_line, event))
                done = isinstance(part.data, dict) and part.data.get("status") == "run_done"
                if (until_run_done and done) or (max_events is not None and seen >= max_events):
                    break
            if last is not None and last.event == "error":  # (how a failed stream ends)
                error_exit(f"the stream failed: {json_text(last.data)}", STREAM_FAILED)

    ctx.run(run)


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="langgraph-threads")
