"""Benchmarks of CoopDesk: `make bench` (or `python -m tests.perf [--quick] [--json FILE]`).

Each benchmark measures CoopDesk and a baseline in the same run and reports their ratio against a
target, so that the figures mean the same on a slow office PC and on a fast laptop. They never run
in the test suite: timing assertions there would be flaky.
"""
