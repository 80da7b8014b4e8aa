"""The one timing helper the benchmark scripts share."""

from __future__ import annotations

import statistics
import time


def median_ms(fn, runs: int) -> float:
    """Median wall time of `fn` in milliseconds, after one warm-up call (imports, caches)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
