"""The row types of the per-language case tables (fr.py, de.py, ...): speakers of quotes,
claims of reported speech and time expressions, each row naming the rule it tests.

Sentences are invented, written on patterns of each language's press.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Speaker(NamedTuple):
    """A quote (the ``quote``-th of ``text``, from 0) and its expected speaker; ``None``:
    the text layer must abstain."""

    rule: str
    text: str
    quote: int
    speaker: str | None


class Date(NamedTuple):
    """A time expression as written and the day it resolves to (``None``: unresolved),
    in an article that opens with its dateline."""

    rule: str
    text: str
    expression: str
    date: dt.date | None


class Claim(NamedTuple):
    """The text's first claim that is not a direct quote: its source's name and the start
    of its content; ``source`` ``None``: the text layer must give no such claim."""

    rule: str
    text: str
    source: str | None
    content: str = ""


# The publication date every dated row's dateline gives.
PUBLISHED = dt.date(2020, 3, 13)  # a Friday
