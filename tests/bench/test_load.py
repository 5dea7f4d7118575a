"""bench/load.py: each candidate's ratio to the reference, paired by round."""

from __future__ import annotations

from bench.load import REFERENCE, _ratio


def test_ratio_is_paired_by_round_with_its_range() -> None:
    # Round 1 was slow for both (a slow spell): paired, it moves neither the median nor the range.
    results: dict[str, list[tuple[int, float | None]]] = {
        "ours": [(0, 1.1), (0, 3.3), (0, 0.9)],
        REFERENCE: [(0, 1.0), (0, 3.0), (0, 1.0)],
    }
    assert _ratio(results, "ours", REFERENCE) == "1.10 (0.90-1.10)"


def test_a_single_round_gives_its_ratio_alone() -> None:
    results: dict[str, list[tuple[int, float | None]]] = {
        "ours": [(0, 0.58)],
        REFERENCE: [(0, 1.0)],
    }
    assert _ratio(results, "ours", REFERENCE) == "0.58"


def test_a_killed_run_on_either_side_gives_no_ratio() -> None:
    killed: list[tuple[int, float | None]] = [(10, None), (0, 1.0)]
    fine: list[tuple[int, float | None]] = [(0, 1.0), (0, 1.0)]
    assert _ratio({"ours": killed, REFERENCE: fine}, "ours", REFERENCE) == "-"
    assert _ratio({"ours": fine, REFERENCE: killed}, "ours", REFERENCE) == "-"
