"""The gold file that ``summarize eval`` scores against: its types, its checks, its reader.

The format is documented in ``summarizer.eval``. Every check here exists to catch
an annotation mistake before it silently lowers a score: a span that does not
slice the article, a speaker the article never names, a duplicated ID.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .._errors import SummarizerError

__all__ = ["GoldArticle", "GoldClaim", "GoldEvent", "GoldFileError", "GoldQuote", "load_gold"]

_SNIPPET = 60


class GoldFileError(SummarizerError, ValueError):
    """The gold file cannot be read or an annotation in it is wrong.

    ``str()`` is one line naming the file and line: ``gold.jsonl:3: quotes[1]: ...``.
    """

    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.reason = message


class _Gold(BaseModel):
    # Strict: a start given as "12" or 12.0 is an annotation mistake, not a number to coerce.
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class GoldQuote(_Gold):
    """A direct quote: ``text`` is ``article[start:end]``, without the quote marks."""

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = Field(description="Who said it, as the article names them; null if it does not say.")
    kind: Literal["direct", "partial"] = Field(
        default="direct",
        description='"direct": the marks hold a whole statement; "partial": words quoted inside a paraphrase.',
    )


class GoldClaim(_Gold):
    """A claim: ``text`` is ``article[start:end]``, the span (e.g. the sentence) that makes it."""

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: str | None = Field(description="Who makes the claim, as the article names them; null for none.")


class GoldEvent(_Gold):
    """An event: ``article[start:end]`` reports it; the arguments are as written in the article."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    who: str | None = None
    whom: str | None = None
    where: str | None = None
    when: str | None = None


class GoldArticle(_Gold):
    """One line of a gold file. ``claims`` or ``events`` left out (None) means "not
    annotated": the article then does not count towards those figures."""

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    published: dt.date | None = None
    quotes: list[GoldQuote]
    claims: list[GoldClaim] | None = None
    events: list[GoldEvent] | None = None

    @model_validator(mode="after")
    def _spans_slice_the_text(self) -> GoldArticle:
        text = self.text
        problems: list[str] = []

        def check_span(where: str, start: int, end: int, expected: str | None) -> None:
            if not start < end <= len(text):
                problems.append(f"{where}: start {start}, end {end} is not a span of the {len(text)}-character text")
            elif expected is not None and text[start:end] != expected:
                problems.append(
                    f"{where}: text[{start}:{end}] is {_snippet(text[start:end])}, not {_snippet(expected)}"
                )

        def check_named(where: str, name: str | None) -> None:
            # Case-insensitive: "the Pentagon" is fine for an article that writes "The Pentagon".
            if name is not None and name.casefold() not in text.casefold():
                problems.append(f"{where}: {name!r} does not appear in the text")

        for i, quote in enumerate(self.quotes):
            check_span(f"quotes[{i}]", quote.start, quote.end, quote.text)
            check_named(f"quotes[{i}].speaker", quote.speaker)
        for i, claim in enumerate(self.claims or []):
            check_span(f"claims[{i}]", claim.start, claim.end, claim.text)
            check_named(f"claims[{i}].source", claim.source)
        for i, event in enumerate(self.events or []):
            check_span(f"events[{i}]", event.start, event.end, None)
            for role in ("who", "whom", "where", "when"):
                check_named(f"events[{i}].{role}", getattr(event, role))
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ValueError(problems[0] + more)
        return self


def _snippet(text: str) -> str:
    return repr(text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…")


def _describe(exc: ValidationError) -> str:
    """The first validation error as one line: ``quotes[0].start: Input should be ... (got '0')``."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = ""
    for part in first["loc"]:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    if first["type"] == "json_invalid":
        # Each line is parsed on its own, so the parser's "line 1" would mislead.
        detail = str(first.get("ctx", {}).get("error", "")).replace(" at line 1 column ", " at column ")
        message = f"not valid JSON: {detail}" if detail else "not valid JSON"
    elif first["type"] == "model_type" and not where:
        message = "not a JSON object"
    else:
        message = str(first["msg"]).removeprefix("Value error, ")
        value = first.get("input")
        if first["type"] != "value_error" and isinstance(value, str | int | float | bool):
            shown = _snippet(value) if isinstance(value, str) else repr(value)
            message += f" (got {shown})"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {message}{more}" if where else message + more


def load_gold(path: str | os.PathLike[str]) -> list[GoldArticle]:
    """Read and check a gold file: one JSON object per line (blank lines are skipped).

    >>> articles = load_gold("tests/gold/eval_gold.jsonl")
    >>> articles[0].quotes[0].speaker
    'Anna Kovac'

    Raises:
        GoldFileError: the file cannot be read, a line is not valid JSON, an annotation
            is invalid (a span that does not slice the text, a missing field, a speaker
            the article never names), or two articles share an ID. The message names the
            line and the item.
    """
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise GoldFileError("no such file", path=name) from None
    except UnicodeDecodeError as exc:
        raise GoldFileError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=name) from None
    except OSError as exc:
        raise GoldFileError(exc.strerror or str(exc), path=name) from None
    articles: list[GoldArticle] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = GoldArticle.model_validate_json(line)
        except ValidationError as exc:
            raise GoldFileError(_describe(exc), path=name, line=number) from None
        if article.id in first_line:
            raise GoldFileError(
                f"id {article.id!r} is already used on line {first_line[article.id]}", path=name, line=number
            )
        first_line[article.id] = number
        articles.append(article)
    if not articles:
        raise GoldFileError("no articles (the file is empty)", path=name)
    return articles
