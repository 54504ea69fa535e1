"""``summarize golden check DIR`` and ``summarize golden update DIR``: golden-output
checks for CI systems that do not run pytest (registered in ``cli.SUBCOMMANDS``).

Every article under DIR (``*.txt``, ``*.html``, recursively) has its golden file
``NAME.golden.json`` and cassette ``NAME.cassette.yaml`` next to it.

Exit codes: 0 every article matches (check) or was recorded (update); 1 some
article differs or could not be checked or recorded; 2 DIR holds no article.
"""

from __future__ import annotations

import enum
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from .._errors import SummarizerError
from .._pipeline.options import SummarizerOptions
from .._pipeline.session import DEFAULT_MAX_PARTS, DEFAULT_MAX_RETRIES
from ..golden import Compare, GoldenCase, check, find_cases, update
from . import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    BaseUrlFlag,
    DebugFlag,
    MaxPartsFlag,
    MaxRetriesFlag,
    ModelFlag,
    PartTokensFlag,
    QuietFlag,
    TimeoutFlag,
    VerboseFlag,
    _fail,
    configure_logging,
)

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Pin the summaries of a folder of articles: update records them, check compares.",
)

FolderArg = Annotated[Path, typer.Argument(help="Folder of articles with their golden files and cassettes.")]


class Prose(str, enum.Enum):
    exact = "exact"
    similar = "similar"


def _cases(folder: Path, debug: bool) -> list[Path]:
    if not folder.is_dir():
        _fail(NotADirectoryError(f"{folder}: not a folder"), EXIT_BAD_INPUT, debug)
    articles = [c.article for c in find_cases(folder)]
    if not articles:
        _fail(FileNotFoundError(f"{folder}: no articles (*.txt, *.html) in this folder"), EXIT_BAD_INPUT, debug)
    return articles


@app.command("check")
def check_command(
    folder: FolderArg,
    model: ModelFlag = None,
    base_url: BaseUrlFlag = None,
    prose: Annotated[
        Prose, typer.Option(help="Compare the model's prose (summary, what, statement) exactly or by similarity.")
    ] = Prose.exact,
    similarity: Annotated[float, typer.Option(help="With --prose similar: the rapidfuzz ratio (0-100) needed.")] = 90.0,
    provenance: Annotated[bool, typer.Option(help="Also compare provenance (model, versions...).")] = False,
    usage: Annotated[bool, typer.Option(help="Also compare usage (tokens, calls).")] = False,
    max_retries: MaxRetriesFlag = DEFAULT_MAX_RETRIES,
    part_tokens: PartTokensFlag = None,
    max_parts: MaxPartsFlag = DEFAULT_MAX_PARTS,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Compare each article's summary, replayed from its cassette, with its golden file.

    Recording is off and the network blocked; the model defaults to the one that recorded it."""
    configure_logging(verbose, quiet, debug)
    try:
        how = Compare(prose=prose.value, similarity=similarity, provenance=provenance, usage=usage)
    except ValueError as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    rerecord = f"re-record with: summarize golden update {shlex.quote(str(folder))}"
    options: SummarizerOptions = {
        "model": model,
        "base_url": base_url,
        "max_retries": max_retries,
        "part_tokens": part_tokens,
        "max_parts": max_parts or None,
    }

    def one(article: Path) -> tuple[bool, str]:
        outcome = check(article, compare_with=how, rerecord=rerecord, **options)
        return outcome.ok, ("ok     " if outcome.ok else "FAILED ") + outcome.report(rerecord)

    _each(_cases(folder, debug), one, "match", debug)


@app.command("update")
def update_command(
    folder: FolderArg,
    model: ModelFlag = None,
    base_url: BaseUrlFlag = None,
    max_retries: MaxRetriesFlag = DEFAULT_MAX_RETRIES,
    timeout: TimeoutFlag = None,
    part_tokens: PartTokensFlag = None,
    max_parts: MaxPartsFlag = DEFAULT_MAX_PARTS,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Record each article's summary: its cassette (keys scrubbed) and golden file.

    The model is called with the response cache off; its key, if it needs one, comes from the
    provider's usual environment variable."""
    configure_logging(verbose, quiet, debug)
    options: SummarizerOptions = {
        "model": model,
        "base_url": base_url,
        "max_retries": max_retries,
        "timeout": timeout,
        "part_tokens": part_tokens,
        "max_parts": max_parts or None,
    }

    def one(article: Path) -> tuple[bool, str]:
        try:
            update(article, **options)
        except SummarizerError as exc:
            return False, f"FAILED {article}: {' '.join(str(exc).split())}"
        return True, f"recorded {article} -> {GoldenCase.of(article).golden.name}"

    _each(_cases(folder, debug), one, "recorded", debug)


def _each(articles: list[Path], one: Callable[[Path], tuple[bool, str]], done: str, debug: bool) -> None:
    """Run ``one`` over the articles, a line each on stdout, the tally on stderr;
    exit 1 when any failed."""
    failed = 0
    try:
        for article in articles:
            ok, line = one(article)
            failed += not ok
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    except KeyboardInterrupt:
        _fail(KeyboardInterrupt("interrupted"), EXIT_INTERRUPTED, debug)
    sys.stderr.write(f"summarize golden: {len(articles) - failed} of {len(articles)} {done}\n")
    if failed:
        raise typer.Exit(EXIT_FAILED)
