"""The ``summarize eval GOLD.jsonl`` command (registered in ``cli.SUBCOMMANDS``).

Exit codes: 0 done; 1 the grounding rate is below 1.0, or the model settings are
unusable; 2 the gold file is invalid (a one-line error naming the line); 130 interrupted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .._errors import SummarizerError
from .._pipeline.session import DEFAULT_MAX_PARTS, DEFAULT_MAX_RETRIES
from ..eval import evaluate
from ..eval.gold import GoldFileError
from . import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BaseUrlFlag,
    CacheFileFlag,
    CacheFlag,
    ConcurrencyFlag,
    DebugFlag,
    LanguageFlag,
    MaxPartsFlag,
    MaxRetriesFlag,
    ModelFlag,
    PartTokensFlag,
    QuietFlag,
    RpmFlag,
    TimeoutFlag,
    TpmFlag,
    VerboseFlag,
    _fail,
    configure_logging,
    options_from_flags,
)

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


@app.command(short_help="Score the library against a gold file of annotated articles.")
def run(
    gold: Annotated[Path, typer.Argument(help="Gold file: one JSON article per line (see summarizer.eval).")],
    model: ModelFlag = None,
    base_url: BaseUrlFlag = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of tables.")] = False,
    out: Annotated[Path | None, typer.Option(help="Also write the JSON report to this file.")] = None,
    concurrency: ConcurrencyFlag = None,
    rpm: RpmFlag = None,
    tpm: TpmFlag = None,
    language: LanguageFlag = None,
    cache: CacheFlag = True,
    cache_file: CacheFileFlag = None,
    max_retries: MaxRetriesFlag = DEFAULT_MAX_RETRIES,
    timeout: TimeoutFlag = None,
    part_tokens: PartTokensFlag = None,
    max_parts: MaxPartsFlag = DEFAULT_MAX_PARTS,
    details: Annotated[bool, typer.Option(help="List every missed or wrong item.")] = False,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Summarize every article of a gold file and print quote, speaker, claim,
    event and grounding figures, calls, tokens and time."""
    configure_logging(verbose, quiet, debug)
    try:
        options = options_from_flags(
            model=model,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            concurrency=concurrency,
            cache=cache,
            cache_file=cache_file,
            part_tokens=part_tokens,
            max_parts=max_parts,
            rpm=rpm,
            tpm=tpm,
            language=language,
        )
        report = evaluate(gold, progress=False if quiet else None, **options)
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
