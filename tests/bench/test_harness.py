"""bench/_harness.py: ratios taken within each round, candidates run in turn."""

from __future__ import annotations

import statistics

import pytest

from bench._harness import interleaved_rounds, paired_ratio


def test_slow_spells_move_the_paired_ratio_less_than_medians_taken_apart() -> None:
    # The client takes 1.05x the floor. The machine was three times slower in rounds 0 and 4
    # for both, and in round 2 for the client alone: its median comes from a slow round, the
    # floor's from a fast one.
    timings = {"client": [3.15, 1.05, 3.15, 1.05, 3.15], "floor": [3.0, 1.0, 1.0, 1.0, 3.0]}
    apart = statistics.median(timings["client"]) / statistics.median(timings["floor"])
    assert apart == pytest.approx(3.15)
    assert paired_ratio(timings, "client", "floor") == pytest.approx(1.05)


def test_paired_ratio_needs_the_same_rounds_for_both() -> None:
    with pytest.raises(ValueError, match="shorter"):
        paired_ratio({"a": [1.0, 2.0], "b": [1.0]}, "a", "b")


def test_rounds_run_the_candidates_in_turn_and_time_each() -> None:
    calls: list[str] = []
    timings = interleaved_rounds(
        {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, rounds=3
    )
    assert calls == ["a", "b"] * 3
    assert [len(times) for times in timings.values()] == [3, 3]
    assert all(seconds >= 0 for times in timings.values() for seconds in times)
