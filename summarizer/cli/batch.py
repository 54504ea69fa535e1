"""The ``summarize batch submit|status|collect`` commands (registered in ``cli.SUBCOMMANDS``):
provider batch jobs at half the price, answered within 24 hours (see
``Summarizer.submit_batch``). The jobs are kept in ``OUT.batch.json``, so each step may
run in another process, a day later; collect with the same model and options.

Exit codes: 0 done; 1 a failed article, or unusable model settings; 2 invalid input or
options (no jobs for OUT, a provider without a batch API); 130 interrupted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .._errors import SummarizerError
from .._pipeline.batch_jobs import BatchJob, state_path
from .._pipeline.options import SummarizerOptions
from .._pipeline.session import DEFAULT_MAX_PARTS, DEFAULT_MAX_RETRIES
from ..models import ArticleSummary, FailedArticle, Usage
from . import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BaseUrlFlag,
    CacheFileFlag,
    CacheFlag,
    ConcurrencyFlag,
    DebugFlag,
    MaxPartsFlag,
    MaxRetriesFlag,
    ModelFlag,
    PartTokensFlag,
    QuietFlag,
    TimeoutFlag,
    VerboseFlag,
    _expand,
    _fail,
    configure_logging,
    open_client,
    options_from_flags,
    totals_line,
)

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None, no_args_is_help=True)
app.info.short_help = "Provider batch jobs at half price: submit, status, collect."

OutFlag = Annotated[Path, typer.Option(help="The results JSONL; the jobs are kept next to it in OUT.batch.json.")]
# status and collect: the model and server of the submission unless given.
ModelOfJobs = Annotated[
    str | None, typer.Option("--model", "-m", help="Model (default: the one the jobs were submitted to).")
]


def _submitted_with(out: Path, model: str | None, base_url: str | None) -> tuple[str | None, str | None]:
    """The model and base URL the jobs of ``out`` were submitted to, where not given."""
    if model is not None:
        return model, base_url
    try:
        state = json.loads(state_path(out).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return model, base_url  # the step itself says what is wrong
    return state.get("model"), base_url or state.get("base_url")


def _print_jobs(jobs: list[BatchJob]) -> None:
    if not jobs:
        sys.stdout.write("no batch job: nothing to submit (all complete in OUT or answered by the cache)\n")
    for job in jobs:
        counts = ", ".join(f"{k} {v}" for k, v in job.counts.items())
        why = f"; {job.message}" if job.message else ""
        sys.stdout.write(
            f"{job.id}\t{job.state}\t{job.status}\t{job.requests} request(s), {job.articles} article(s)"
            f"{f'; {counts}' if counts else ''}{why}\n"
        )


def _run_step(
    step: str,
    options: SummarizerOptions,
    out: Path,
    debug: bool,
    *,
    paths: list[str] | None = None,
    progress: bool | None = None,
) -> list[BatchJob]:
    """Run one step on a client of these options, failing in one line as the other
    commands do."""
    client = open_client(options, debug)
    try:
        with client:
            if step == "submit":
                return client.submit_batch(_expand(paths or []), out=out)
            if step == "status":
                return client.batch_status(out)
            _report(client.collect_batch(out, progress=progress), out)
            return []
    except (ValueError, OSError) as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    except SummarizerError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except KeyboardInterrupt:
        _fail(KeyboardInterrupt("interrupted"), EXIT_INTERRUPTED, debug)


def _report(results: list[ArticleSummary | FailedArticle], out: Path) -> None:
    complete = sum(1 for r in results if isinstance(r, ArticleSummary) and r.partial is None)
    failed = sum(1 for r in results if isinstance(r, FailedArticle))
    usage = Usage.total(r.usage for r in results) if results else None
    sys.stderr.write(totals_line(complete, len(results) - complete - failed, failed, out, usage) + "\n")
    if failed:
        raise typer.Exit(EXIT_FAILED)


@app.command(short_help="Submit articles or folders as provider batch jobs.")
def submit(
    paths: Annotated[list[str], typer.Argument(help="Article files, or folders of *.txt/*.html files.")],
    out: OutFlag,
    model: ModelFlag = None,
    base_url: BaseUrlFlag = None,
    cache: CacheFlag = True,
    cache_file: CacheFileFlag = None,
    part_tokens: PartTokensFlag = None,
    max_parts: MaxPartsFlag = DEFAULT_MAX_PARTS,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Submit the articles not yet complete in OUT (one request per part of each; none
    the response cache answers) as jobs of the provider's batch API, and print them."""
    configure_logging(verbose, quiet, debug)
    options = options_from_flags(
        model=model, base_url=base_url, cache=cache, cache_file=cache_file, part_tokens=part_tokens,
        max_parts=max_parts, max_retries=DEFAULT_MAX_RETRIES, timeout=None, concurrency=None,
    )  # fmt: skip
    _print_jobs(_run_step("submit", options, out, debug, paths=paths))


@app.command(short_help="Print the state of the batch jobs of OUT.")
def status(
    out: OutFlag,
    model: ModelOfJobs = None,
    base_url: BaseUrlFlag = None,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Ask the provider for the state of each job submitted for OUT, and print it."""
    configure_logging(verbose, quiet, debug)
    model, base_url = _submitted_with(out, model, base_url)
    options = options_from_flags(
        model=model, base_url=base_url, cache=False, cache_file=None, part_tokens=None,
        max_parts=DEFAULT_MAX_PARTS, max_retries=DEFAULT_MAX_RETRIES, timeout=None, concurrency=None,
    )  # fmt: skip
    _print_jobs(_run_step("status", options, out, debug))


@app.command(short_help="Validate and write the answers of the ended batch jobs to OUT.")
def collect(
    out: OutFlag,
    model: ModelOfJobs = None,
    base_url: BaseUrlFlag = None,
    max_retries: MaxRetriesFlag = DEFAULT_MAX_RETRIES,
    timeout: TimeoutFlag = None,
    concurrency: ConcurrencyFlag = None,
    cache: CacheFlag = True,
    cache_file: CacheFileFlag = None,
    part_tokens: PartTokensFlag = None,
    max_parts: MaxPartsFlag = DEFAULT_MAX_PARTS,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Validate, resolve and cache the answers of the ended jobs exactly as synchronous
    answers, and append each article's result to OUT; re-asks go to the model
    synchronously. Jobs still running are left for a later collect."""
    configure_logging(verbose, quiet, debug)
    model, base_url = _submitted_with(out, model, base_url)
    options = options_from_flags(
        model=model, base_url=base_url, cache=cache, cache_file=cache_file, part_tokens=part_tokens,
        max_parts=max_parts, max_retries=max_retries, timeout=timeout, concurrency=concurrency,
    )  # fmt: skip
    _run_step("collect", options, out, debug, progress=False if quiet else None)
