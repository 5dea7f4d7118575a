"""bench/_harness.py: ratios taken within each round, candidates run in turn."""

from __future__ import annotations

import statistics

import pytest

from bench._harness import interleaved_rounds, interleaved_wall_and_cpu, paired_ratio, turns


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
    assert calls == list(turns(["a", "b"], rounds=3))
    assert [sorted(calls[i : i + 2]) for i in (0, 2, 4)] == [["a", "b"]] * 3
    assert [len(times) for times in timings.values()] == [3, 3]
    assert all(seconds >= 0 for times in timings.values() for seconds in times)


def test_each_round_runs_every_candidate_once_in_an_order_of_its_own() -> None:
    names = ["a", "b", "c", "d"]
    order = list(turns(names, rounds=40))
    rounds = [tuple(order[i : i + 4]) for i in range(0, len(order), 4)]
    assert all(sorted(round_) == names for round_ in rounds)
    # Each runs first, and after each other one, in some round: no fixed neighbour.
    assert {round_[0] for round_ in rounds} == set(names)
    after_a = {round_[round_.index("a") - 1] for round_ in rounds if round_[0] != "a"}
    assert after_a == {"b", "c", "d"}
    assert order == list(turns(names, rounds=40))  # the same seed, the same turns
    assert order != list(turns(names, rounds=40, seed=1))
    assert list(turns([], rounds=2)) == []


def test_wall_and_cpu_rounds_take_the_same_turns() -> None:
    calls: list[str] = []
    wall, cpu = interleaved_wall_and_cpu(
        {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, rounds=2
    )
    assert calls == list(turns(["a", "b"], rounds=2))
    assert [len(times) for times in (*wall.values(), *cpu.values())] == [2, 2, 2, 2]
