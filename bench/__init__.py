"""Benchmarks (``make bench``): figures to compare, never pass/fail tests."""
