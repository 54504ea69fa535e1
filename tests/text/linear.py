"""A guard against quadratic work on pathological input, robust to a loaded machine."""

from __future__ import annotations

import time
from collections.abc import Callable


def assert_linear(run: Callable[[str], object], text: str, limit: float = 5.0) -> None:
    """``run(text)`` takes under ``limit`` seconds; quadratic work on these inputs takes
    minutes. A machine shared with other work may take longer for linear work, so a slow
    run passes when a quarter of the text took over a sixth of the time (quadratic work
    would take a sixteenth)."""
    started = time.monotonic()
    run(text)
    whole = time.monotonic() - started
    if whole < limit:
        return
    started = time.monotonic()
    run(text[: len(text) // 4])
    assert time.monotonic() - started > whole / 6, whole
