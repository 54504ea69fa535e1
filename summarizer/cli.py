"""The ``summarize`` command: one article in and its summary out, or a whole batch to JSONL."""

from __future__ import annotations

import enum
import logging
import sys
import traceback
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from ._batch import summarize_iter
from ._cache import CacheOption
from ._errors import ArticleTooLongError, InvalidArticleError, SummarizerError
from ._input import article_files, decode, read_file
from ._markdown import to_markdown
from ._summarize import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_S, summarize
from .models import FailedArticle

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)

EXIT_FAILED = 1  # no valid summary (one article), or at least one failed article (a batch)
EXIT_BAD_INPUT = 2  # the input cannot be summarized as given (same code as usage errors)
EXIT_INTERRUPTED = 130


class Format(str, enum.Enum):
    json = "json"
    markdown = "markdown"


@app.command()
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Article files, folders (their *.txt files, recursively), or - for stdin."),
    ],
    out: Annotated[
        Path | None,
        typer.Option(help="Batch: append one JSON line per article here; a re-run skips the ones done."),
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format for one article.")] = Format.json,
    model: Annotated[str | None, typer.Option(help="Model, e.g. openai/gpt-4o-mini or embedded.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")] = None,
    max_retries: Annotated[int, typer.Option(help="Re-asks after an invalid answer.")] = DEFAULT_MAX_RETRIES,
    timeout: Annotated[float, typer.Option(help="Seconds allowed for one model request.")] = DEFAULT_TIMEOUT_S,
    concurrency: Annotated[
        int | None, typer.Option(help="Batch: requests in flight (default 8; 1 for the embedded model).")
    ] = None,
    cache: Annotated[bool, typer.Option(help="Reuse and keep model answers in the response cache.")] = True,
    cache_file: Annotated[
        Path | None, typer.Option(help="Response cache file (default: the user cache directory).")
    ] = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks and debug logs.")] = False,
) -> None:
    """Summarize news articles into events, claims and verbatim quotes.

    One file (or -) prints its summary as JSON or Markdown. Several files, a folder,
    or --out run a batch: one JSON line per article (a summary, or a failure record
    with the reason), on stdout or appended to --out.

    To score the library against annotated articles: summarize eval GOLD.jsonl.
    """
    logging.basicConfig(level=logging.DEBUG if debug else logging.CRITICAL)
    cache_option: CacheOption = cache_file if cache and cache_file is not None else cache
    try:
        paths = _expand(inputs)
    except InvalidArticleError as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    batch = out is not None or len(paths) != 1 or (inputs[0] != "-" and Path(inputs[0]).is_dir())
    if not batch:
        _single(paths[0], format, model, base_url, max_retries, timeout, cache_option, debug)
        return
    if "-" in inputs:
        _fail(InvalidArticleError("- (stdin) takes one article; give files or folders for a batch"), 2, debug)
    _batch(paths, out, model, base_url, max_retries, timeout, concurrency, cache_option, debug)


def _expand(inputs: list[str]) -> list[Path]:
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if item != "-" and path.is_dir():
            found = article_files(path)
            if not found:
                raise InvalidArticleError(f"{item}: no *.txt files in this folder")
            paths += found
        else:
            paths.append(path)
    return paths


def _single(
    path: Path,
    format: Format,
    model: str | None,
    base_url: str | None,
    max_retries: int,
    timeout: float,
    cache: CacheOption,
    debug: bool,
) -> None:
    try:
        text = decode(sys.stdin.buffer.read(), "stdin") if str(path) == "-" else read_file(path)
        result = summarize(
            text, model=model, base_url=base_url, max_retries=max_retries, timeout=timeout, cache=cache
        )
    except (InvalidArticleError, ArticleTooLongError) as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    except SummarizerError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except KeyboardInterrupt:
        _fail(KeyboardInterrupt("interrupted"), EXIT_INTERRUPTED, debug)
    if format is Format.markdown:
        sys.stdout.write(to_markdown(result))
    else:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")


def _batch(
    paths: list[Path],
    out: Path | None,
    model: str | None,
    base_url: str | None,
    max_retries: int,
    timeout: float,
    concurrency: int | None,
    cache: CacheOption,
    debug: bool,
) -> None:
    ok = failed = 0
    try:
        for _, result in summarize_iter(
            paths,
            concurrency=concurrency,
            out=out,
            model=model,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            cache=cache,
        ):
            if isinstance(result, FailedArticle):
                failed += 1
                if out is not None:
                    sys.stderr.write(f"summarize: {result.article_id}: {result.reason}: {result.message}\n")
            else:
                ok += 1
            if out is None:
                sys.stdout.write(result.model_dump_json() + "\n")
                sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`); what it read was complete lines.
        sys.stderr.close()
        raise typer.Exit(EXIT_FAILED) from None
    except OSError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except KeyboardInterrupt:
        where = f"; the {ok + failed} finished are in {out}, run the same command again to resume" if out else ""
        _fail(KeyboardInterrupt(f"interrupted{where}"), EXIT_INTERRUPTED, debug)
    except (SummarizerError, ValueError) as exc:
        _fail(exc, EXIT_BAD_INPUT if isinstance(exc, ValueError) else EXIT_FAILED, debug)
    where = f" in {out}" if out is not None else ""
    sys.stderr.write(f"summarize: {ok} summarized, {failed} failed{where}\n")
    if failed:
        raise typer.Exit(EXIT_FAILED)


def _fail(exc: BaseException, code: int, debug: bool) -> NoReturn:
    if debug:
        traceback.print_exception(exc)
    message = " ".join(str(exc).split())
    sys.stderr.write(f"summarize: error: {message}\n")
    raise typer.Exit(code)


def main() -> None:
    # `summarize eval GOLD.jsonl` is the one subcommand; everything else is the article
    # command as before (a file literally named "eval" is reached as ./eval).
    if len(sys.argv) > 1 and sys.argv[1] == "eval":
        from ._eval_cli import app as eval_app

        eval_app(args=sys.argv[2:], prog_name="summarize eval")
        return
    app()
