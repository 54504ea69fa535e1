"""The ``summarize eval GOLD.jsonl`` command. ``cli.main`` dispatches here when the
first argument is ``eval`` (a file literally named ``eval`` is then reached as ``./eval``).

Exit codes: 0 done; 1 the grounding rate is below 1.0, or the model settings are
unusable; 2 the gold file is invalid (a one-line error naming the line); 130 interrupted.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ._errors import SummarizerError
from ._gold import GoldFileError
from ._summarize import DEFAULT_MAX_RETRIES
from .cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, _fail
from .eval import evaluate

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def run(
    gold: Annotated[Path, typer.Argument(help="Gold file: one JSON article per line (see summarizer.eval).")],
    model: Annotated[str | None, typer.Option(help="Model, e.g. openai/gpt-4o-mini or embedded.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON instead of tables.")
    ] = False,
    out: Annotated[Path | None, typer.Option(help="Also write the JSON report to this file.")] = None,
    concurrency: Annotated[
        int | None, typer.Option(help="Requests in flight (default 8; 1 for the embedded model).")
    ] = None,
    cache: Annotated[bool, typer.Option(help="Reuse and keep model answers in the response cache.")] = True,
    max_retries: Annotated[int, typer.Option(help="Re-asks after an invalid answer.")] = DEFAULT_MAX_RETRIES,
    timeout: Annotated[
        float | None,
        typer.Option(help="Seconds allowed for one model request [default: 180; 600 for the embedded model]."),
    ] = None,
    details: Annotated[bool, typer.Option(help="List every missed or wrong item.")] = False,
    debug: Annotated[bool, typer.Option(help="Show tracebacks and debug logs.")] = False,
) -> None:
    """Summarize every article of a gold file and print quote, speaker, claim,
    event and grounding figures, calls, tokens and time."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.CRITICAL)
    try:
        report = evaluate(
            gold,
            model=model,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            concurrency=concurrency,
            cache=cache,
        )
    except GoldFileError as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    except SummarizerError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except ValueError as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    except KeyboardInterrupt:
        _fail(KeyboardInterrupt("interrupted"), EXIT_INTERRUPTED, debug)
    if out is not None:
        try:
            out.write_text(report.to_json() + "\n", encoding="utf-8")
        except OSError as exc:
            _fail(exc, EXIT_FAILED, debug)
    if json_output:
        sys.stdout.write(report.to_json() + "\n")
    else:
        Console().print(report.renderable(details=details))
    rate = report.total.grounding_rate
    if rate < 1.0:
        sys.stderr.write(f"summarize eval: grounding rate {rate:.3f} is below 1.0: a bug, see the items listed\n")
        raise typer.Exit(EXIT_FAILED)
