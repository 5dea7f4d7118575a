"""The README's figures are the committed benchmark results, and its counts are true."""

from __future__ import annotations

import re
from pathlib import Path

from bench.__main__ import END, START, readme_with
from bench.footprint import closure_size

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
RESULTS = (ROOT / "bench" / "results" / "results.md").read_text()


def performance_section() -> str:
    return README.split("## Performance", 1)[1].split("\n## ", 1)[0]


def test_results_say_when_and_where_they_were_measured() -> None:
    header = RESULTS.splitlines()[0]
    assert re.fullmatch(
        r"Measured \d{4}-\d{2}-\d{2} on .+ \(\d+ cores, .+\), Python 3\.\d+\.\d+; .+", header
    ), header


def test_readme_shows_the_committed_results_verbatim() -> None:
    shown = README.split(START, 1)[1].split(END, 1)[0]
    assert shown == RESULTS.strip().replace("\n## ", "\n#### ") + "\n"
    # What make bench does to the README after a run: only the block between the markers moves.
    assert readme_with(RESULTS, README) == README
    assert readme_with("new figures", README).count("new figures") == 1


def test_every_figure_of_the_goals_table_is_in_the_committed_results() -> None:
    """The goals table summarises the last ``make bench`` run: each ratio it quotes (two
    decimals, or a range of two) is one of the committed results, none from another run."""
    section = performance_section()
    goals = section.split("Against the goals", 1)[1].split("\n\n", 2)[1]
    rows = [line.split(" | ") for line in goals.splitlines()[2:]]
    assert len(rows) >= 6
    measured = set(re.findall(r"\d+\.\d\d", RESULTS))
    for row in rows:
        figures = re.findall(r"\d+\.\d\d", row[2])
        assert figures, f"{row[0]}: no figure from the results"
        assert set(figures) <= measured, f"{row[0]}: {set(figures) - measured} not in results.md"


def test_dependency_closure_count_is_the_real_one() -> None:
    python = re.search(r"Python (3\.\d+)", RESULTS.splitlines()[0])
    assert python is not None
    match = re.search(r"langgraph-threads-client \((\d+) distributions\)", RESULTS)
    assert match is not None
    _, members = closure_size("langgraph-threads-client", python_version=python[1])
    assert int(match[1]) == len(members), members
    # On Python 3.11 anyio needs typing_extensions: the closure once said 9 by missing it.
    if python[1] == "3.11":
        assert "typing-extensions" in members
    assert "anyio" in members
    # The README's own row (Python 3.11) says the same.
    readme_row = next(
        line for line in performance_section().splitlines() if "runtime dependency closure" in line
    )
    assert "(Python 3.11)" in readme_row
    _, on_311 = closure_size("langgraph-threads-client", python_version="3.11")
    assert f"{len(on_311)} distributions" in readme_row, readme_row


MUTATION = (ROOT / "tests" / "mutation" / "equivalent.md").read_text()


def _equivalent_names_by_module() -> dict[str, int]:
    """How many mutants the table of equivalent mutants names, by module. A cell names a
    mutant in full (``_sse.xǁSSEDecoderǁfeed__mutmut_2``), by its function within the module
    named last (``_feed_lines__mutmut_133``), or by its number within the function named last
    (``_3``)."""
    table = MUTATION.split("## Equivalent mutants", 1)[1].split("\n## ", 1)[0]
    counts: dict[str, int] = {}
    for row in table.splitlines():
        if not row.startswith("| `"):
            continue
        module = ""
        for name in re.findall(r"`([^`]+)`", row.split(" | ", 1)[0]):
            full = re.fullmatch(r"(_?[a-z_]+)\.x\S*__mutmut_\d+", name)
            if full:
                module = full[1]
            else:
                assert re.fullmatch(r"(\S+__mutmut)?_\d+", name), name
            counts[module] = counts.get(module, 0) + 1
    return counts


def test_mutation_scores_count_the_reviewed_mutants() -> None:
    """The score table's equivalent mutants are the ones reviewed below it, module by module;
    its totals add up, and the README quotes them."""
    rows = re.findall(
        r"^\| `(_?\w+)\.py`[^|]*\| (\d+) \| (\d+) \| (\d+) \| (\d+) \|", MUTATION, re.M
    )
    assert len(rows) >= 10
    listed = _equivalent_names_by_module()
    for module, mutants, killed, equivalent, not_killed in rows:
        assert int(killed) + int(equivalent) + int(not_killed) == int(mutants), module
        assert listed.get(module, 0) == int(equivalent), module
    total = re.search(
        r"\*\*all\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\* \| \*\*(\d+)\*\*", MUTATION
    )
    assert total is not None
    mutants, killed, equivalent, not_killed = map(int, total.groups())
    assert mutants == sum(int(row[1]) for row in rows)
    assert killed == sum(int(row[2]) for row in rows)
    assert equivalent == sum(listed.values())
    assert not_killed == sum(int(row[4]) for row in rows)
    # Each one not killed is listed, with why, under "Not killed yet".
    missing = MUTATION.split("## Not killed yet", 1)[1]
    assert len(re.findall(r"^\| `_?\w+\.x\S*__mutmut_\d+`", missing, re.M)) == not_killed
    scored = (
        f"all {killed} non-equivalent mutants"
        if not not_killed
        else f"{killed} of the {killed + not_killed} non-equivalent mutants"
    )
    quoted = f"{scored} of {mutants} were killed; the other {equivalent}"
    assert quoted in " ".join(README.split())
