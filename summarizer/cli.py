"""The ``summarize`` command: one article in, its grounded summary out."""

from __future__ import annotations

import enum
import logging
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from ._errors import ArticleTooLongError, InvalidArticleError, SummarizerError
from ._markdown import to_markdown
from ._summarize import summarize

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)

EXIT_FAILED = 1  # the model could not produce a valid summary, or could not be reached
EXIT_BAD_INPUT = 2  # the input cannot be summarized as given (same code as usage errors)


class Format(str, enum.Enum):
    json = "json"
    markdown = "markdown"


def _read(file: str) -> str:
    if file == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(file)
        if not path.is_file():
            raise InvalidArticleError(f"{file}: no such file")
        data = path.read_bytes()
    if b"\x00" in data:
        raise InvalidArticleError(f"{file}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidArticleError(f"{file}: not valid UTF-8 text ({exc.reason} at byte {exc.start})") from exc


@app.command()
def run(
    file: Annotated[str, typer.Argument(help="Article text file, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    model: Annotated[str | None, typer.Option(help="Model, e.g. openai/gpt-4o-mini or embedded.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")] = None,
    max_retries: Annotated[int, typer.Option(help="Re-asks after an invalid answer.")] = 2,
    debug: Annotated[bool, typer.Option(help="Show tracebacks and debug logs.")] = False,
) -> None:
    """Summarize a news article into events, claims and verbatim quotes, as JSON."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.CRITICAL)
    try:
        result = summarize(_read(file), model=model, base_url=base_url, max_retries=max_retries)
    except (InvalidArticleError, ArticleTooLongError) as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    except SummarizerError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except KeyboardInterrupt:
        _fail(KeyboardInterrupt("interrupted"), 130, debug)
    if format is Format.markdown:
        sys.stdout.write(to_markdown(result))
    else:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")


def _fail(exc: BaseException, code: int, debug: bool) -> None:
    if debug:
        traceback.print_exception(exc)
    message = " ".join(str(exc).split())
    sys.stderr.write(f"summarize: error: {message}\n")
    raise typer.Exit(code)


def main() -> None:
    app()
