"""Tests of the benchmark harness (``bench/``): how figures are made, never the figures."""
