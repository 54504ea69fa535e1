"""The ``summarize`` command: one article in and its summary out, or a whole batch to JSONL.

``summarize ARTICLE...`` is ``summarize run ARTICLE...``: ``run`` is the default command,
taken whenever the first argument names no other (as ``llm "prompt"`` is ``llm prompt``).
Other commands live in modules of this package, each with a ``typer.Typer()`` named
``app``, and are listed in ``SUBCOMMANDS``: adding one is one line there. They are
imported when used (or listed by ``--help``), so ``summarize ARTICLE`` loads none of them.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import logging
import os
import re
import stat
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
import typer.core
import typer.main
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .._errors import ArticleTooLongError, InvalidArticleError, SummarizerError
from .._pipeline.options import SummarizerOptions
from .._pipeline.session import DEFAULT_MAX_PARTS, DEFAULT_MAX_RETRIES, parse_published
from .._pipeline.summarizer import Summarizer
from .._text.files import article_files, decode, read_file
from .._version import __version__
from .._views.html import UNATTRIBUTED_COLOUR, speaker_colours
from .._views.markdown import partial_notice, to_markdown
from ..models import ArticleSummary, FailedArticle, Usage
from ..results import completed

if TYPE_CHECKING:
    # typer vendors click (0.2x); its group's methods are typed with those classes.
    from typer._click import Command, Context, HelpFormatter

# Subcommand name -> the module whose ``app`` (a ``typer.Typer()``) it runs.
SUBCOMMANDS = {
    "eval": "summarizer.cli.eval",
    "golden": "summarizer.cli.golden",
    "batch": "summarizer.cli.batch",
}
DEFAULT_COMMAND = "run"


class _Commands(typer.core.TyperGroup):
    """The command group: ``run`` when the first argument names no command, and the
    ``SUBCOMMANDS`` imported on first use."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if args and args[0] not in ("--help", "--version") and self.get_command(ctx, args[0]) is None:
            args = [DEFAULT_COMMAND, *args]
        elif not args and stdin_is_piped():
            args = [DEFAULT_COMMAND]  # `cat article.txt | summarize`
        return super().parse_args(ctx, args)

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The group's options and commands, then the options of ``run``: ``summarize
        ARTICLE`` runs it, so ``summarize --help`` is where they are looked for."""
        super().format_options(ctx, formatter)
        command = self.commands.get(DEFAULT_COMMAND)
        if command is None:
            return
        options = [p for p in command.get_params(ctx) if p.param_type_name == "option" and p.name != "help"]
        records = [r for p in options if (r := p.get_help_record(ctx)) is not None]
        with formatter.section(f"Options of {DEFAULT_COMMAND} (summarize ARTICLE... [OPTIONS])"):
            formatter.write_dl(records)

    def list_commands(self, ctx: Context) -> list[str]:
        return [*super().list_commands(ctx), *SUBCOMMANDS]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name in SUBCOMMANDS and cmd_name not in self.commands:
            sub = importlib.import_module(SUBCOMMANDS[cmd_name]).app
            self.commands[cmd_name] = typer.main.get_command(sub)
            self.commands[cmd_name].name = cmd_name
        return super().get_command(ctx, cmd_name)


app = typer.Typer(
    cls=_Commands, add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True, rich_markup_mode=None
)


def stdin_is_piped() -> bool:
    """True when standard input is a pipe or a redirected file (not a terminal, not
    /dev/null, not a test runner's stand-in): then it holds an article."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both of the last two
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"summarize, version {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Summarize news articles into events, claims and verbatim quotes.

    summarize ARTICLE... is summarize run ARTICLE... (see summarize run --help).
    """


EXIT_FAILED = 1  # no summary (one article), a failed article (a batch), or with --strict a partial one
EXIT_BAD_INPUT = 2  # the input cannot be summarized as given (same code as usage errors)
EXIT_INTERRUPTED = 130


# The flags of SummarizerOptions, shared by `summarize` and `summarize eval`. Not here:
# api_key, read from OPENAI_API_KEY only (a key on the command line shows in `ps`), and
# allow_partial, whose place --strict takes (print the partial summary, then exit 1).
ModelFlag = Annotated[str | None, typer.Option("--model", "-m", help="Model, e.g. openai/gpt-4o-mini or embedded.")]
BaseUrlFlag = Annotated[str | None, typer.Option(help="OpenAI-compatible server URL.")]
MaxRetriesFlag = Annotated[int, typer.Option(help="Re-asks after an invalid answer.")]
TimeoutFlag = Annotated[
    float | None,
    typer.Option(help="Seconds allowed for one model request [default: 180; 600 for the embedded model]."),
]
ConcurrencyFlag = Annotated[int | None, typer.Option(help="Requests in flight (default 8; 1 for the embedded model).")]
RpmFlag = Annotated[int | None, typer.Option(help="Requests per minute to stay under [default: from the headers].")]
TpmFlag = Annotated[int | None, typer.Option(help="Tokens per minute to stay under [default: from the headers].")]
LanguageFlag = Annotated[
    str | None,
    typer.Option(help="The articles' language as an ISO 639-1 code (fr, de, ...) [default: detected per article]."),
]
CacheFlag = Annotated[bool, typer.Option(help="Reuse and keep model answers in the response cache.")]
CacheFileFlag = Annotated[Path | None, typer.Option(help="Response cache file (default: the user cache directory).")]
PartTokensFlag = Annotated[
    int | None,
    typer.Option(help="Article tokens per part of a long article [default: what the context allows, at most 6000]."),
]
MaxPartsFlag = Annotated[
    int, typer.Option(help="Refuse an article that would need more parts (a cost guard); 0 lifts the limit.")
]
VerboseFlag = Annotated[
    int,
    typer.Option("--verbose", "-v", count=True, help="Log more: -v what the library does, -vv everything (debug)."),
]
QuietFlag = Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only; no progress bar.")]
DebugFlag = Annotated[bool, typer.Option(help="Show tracebacks and debug logs.")]


def configure_logging(verbose: int = 0, quiet: bool = False, debug: bool = False) -> None:
    """Logging on stderr: warnings by default, errors only with ``quiet``, the
    library's info with ``-v``, everything's debug with ``-vv`` or ``debug``."""
    if quiet and not (verbose or debug):
        level = logging.ERROR
    elif verbose >= 2 or debug:
        level = logging.DEBUG
    else:
        level = logging.WARNING
    logging.basicConfig(level=level, format="summarize: %(levelname)s: %(name)s: %(message)s", force=True)
    if verbose == 1 and not debug:
        logging.getLogger("summarizer").setLevel(logging.INFO)


def options_from_flags(
    *,
    model: str | None,
    base_url: str | None,
    max_retries: int,
    timeout: float | None,
    concurrency: int | None,
    cache: bool,
    cache_file: Path | None,
    part_tokens: int | None,
    max_parts: int,
    rpm: int | None = None,
    tpm: int | None = None,
    language: str | None = None,
) -> SummarizerOptions:
    """The options the command-line flags give."""
    return {
        "rpm": rpm,
        "tpm": tpm,
        "language": language,
        "model": model,
        "base_url": base_url,
        "max_retries": max_retries,
        "timeout": timeout,
        "concurrency": concurrency,
        "cache": cache_file if cache and cache_file is not None else cache,
        "part_tokens": part_tokens,
        "max_parts": max_parts or None,
    }


def open_client(options: SummarizerOptions, debug: bool) -> Summarizer:
    """The client for these options, or the one-line failure: exit 1 for unusable model
    settings (no key for OpenAI), 2 for an invalid value."""
    try:
        return Summarizer(**options)
    except SummarizerError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except ValueError as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)


class Format(str, enum.Enum):
    json = "json"
    markdown = "markdown"
    pretty = "pretty"


@app.command(DEFAULT_COMMAND, short_help="Summarize articles (the default command: summarize ARTICLE...).")
def run(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files, folders (their *.txt and *.html files, recursively), or - for stdin "
            "(the default when stdin is a pipe).",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Batch: append one JSON line per article here; a re-run skips the ones done."),
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format for one article; a batch writes JSON lines.")
    ] = Format.json,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date (YYYY-MM-DD) for resolving 'on Monday', 'last week'; "
            "for every article given [default: the dateline or footer found in the article]."
        ),
    ] = None,
    model: ModelFlag = None,
    base_url: BaseUrlFlag = None,
    max_retries: MaxRetriesFlag = DEFAULT_MAX_RETRIES,
    timeout: TimeoutFlag = None,
    concurrency: ConcurrencyFlag = None,
    rpm: RpmFlag = None,
    tpm: TpmFlag = None,
    language: LanguageFlag = None,
    cache: CacheFlag = True,
    cache_file: CacheFileFlag = None,
    part_tokens: PartTokensFlag = None,
    max_parts: MaxPartsFlag = DEFAULT_MAX_PARTS,
    strict: Annotated[
        bool,
        typer.Option(help="Exit 1 when a summary is partial (the model gave no answer for some of it)."),
    ] = False,
    verbose: VerboseFlag = 0,
    quiet: QuietFlag = False,
    debug: DebugFlag = False,
) -> None:
    """Summarize articles: one to stdout, many to JSONL (the default command).

    summarize ARTICLE... runs this command.

    One file (or -) prints its summary as JSON, Markdown, or a coloured terminal
    view (--format pretty). Several files, a folder,
    or --out run a batch: one JSON line per article (a summary, or a failure record
    with the reason), on stdout or appended to --out.

    When the model gives no answer, a summary is partial: it is printed all the same,
    with what needs no model (quotes, speakers, dates), and one line on stderr says what
    is missing and why. The exit code stays 0 unless --strict is given.

    To score the library against annotated articles: summarize eval GOLD.jsonl.
    To pin the summaries of a folder of articles: summarize golden update|check DIR.
    A file named like a command (eval, golden, run) is given as ./eval.
    """
    configure_logging(verbose, quiet, debug)
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
    if not inputs:
        if not stdin_is_piped():
            _fail(
                InvalidArticleError("give an article file, a folder, or - for stdin (see summarize --help)"), 2, debug
            )
        inputs = ["-"]
    try:
        paths = _expand(inputs)
        date = parse_published(published)
    except InvalidArticleError as exc:
        _fail(exc, EXIT_BAD_INPUT, debug)
    batch = out is not None or len(paths) != 1 or (inputs[0] != "-" and Path(inputs[0]).is_dir())
    if not batch:
        _single(paths[0], format, options, date, strict, debug)
        return
    if "-" in inputs:
        _fail(InvalidArticleError("- (stdin) takes one article; give files or folders for a batch"), 2, debug)
    if format is not Format.json:
        _fail(
            InvalidArticleError(
                f"--format {format.value} shows one article; a batch ({len(paths)} articles"
                f"{' to --out' if out is not None else ''}) writes JSON lines: give one file, or leave out --format"
            ),
            EXIT_BAD_INPUT,
            debug,
        )
    with open_client(options, debug) as client:
        _batch(paths, out, client, strict, debug, published=date, progress=False if quiet else None)


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
    path: Path, format: Format, options: SummarizerOptions, published: dt.date | None, strict: bool, debug: bool
) -> None:
    name = "stdin" if str(path) == "-" else str(path)
    try:
        text = decode(sys.stdin.buffer.read(), name) if str(path) == "-" else read_file(path)
        # After the input is read: input that cannot be read is reported first. A file
        # goes as its path, so that its summary's article_id is the path.
        with open_client(options, debug) as client:
            result = client.summarize(text if str(path) == "-" else path, published=published)
    except (InvalidArticleError, ArticleTooLongError) as exc:
        _fail(exc, EXIT_BAD_INPUT, debug, about=name)
    except SummarizerError as exc:
        _fail(exc, EXIT_FAILED, debug)
    except KeyboardInterrupt:
        _fail(KeyboardInterrupt("interrupted"), EXIT_INTERRUPTED, debug)
    if format is Format.markdown:
        sys.stdout.write(to_markdown(result))
    elif format is Format.pretty:
        render_pretty(result, Console())
    else:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    if result.partial is not None:
        sys.stderr.write(f"summarize: {partial_notice(result.partial)}\n")
        if strict:
            raise typer.Exit(EXIT_FAILED)


def _batch(
    paths: list[Path],
    out: Path | None,
    client: Summarizer,
    strict: bool,
    debug: bool,
    *,
    published: dt.date | None = None,
    progress: bool | None = None,
) -> None:
    complete = partial = failed = 0
    usage = Usage()
    articles: list[Any] = [{"id": str(p), "text": p, "published": published} for p in paths] if published else paths
    # Complete in --out already: skipped, not asked again, and what they cost is not this run's.
    already_done = set(completed(out)) if out is not None else set()
    skipped = 0
    try:
        for _, result in client.summarize_iter(articles, out=out, progress=progress):
            if result.article_id in already_done:
                skipped += 1
            else:
                usage = usage + result.usage
            if isinstance(result, FailedArticle):
                failed += 1
                if out is not None:
                    sys.stderr.write(f"summarize: {failure_line(result)}\n")
            elif result.partial is not None:
                partial += 1
                if out is not None:
                    sys.stderr.write(f"summarize: {result.article_id}: {partial_notice(result.partial)}\n")
            else:
                complete += 1
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
        done = complete + partial + failed
        where = f"; the {done} finished are in {out}, run the same command again to resume" if out else ""
        _fail(KeyboardInterrupt(f"interrupted{where}"), EXIT_INTERRUPTED, debug)
    except (SummarizerError, ValueError) as exc:
        _fail(exc, EXIT_BAD_INPUT if isinstance(exc, ValueError) else EXIT_FAILED, debug)
    sys.stderr.write(totals_line(complete, partial, failed, out, usage, skipped=skipped) + "\n")
    if failed or (strict and partial):
        raise typer.Exit(EXIT_FAILED)


def totals_line(
    complete: int, partial: int, failed: int, out: Path | None, usage: Usage | None, *, skipped: int = 0
) -> str:
    """The line a batch ends with: its counts, where the results are, what this run
    cost (the articles ``out`` already held complete, ``skipped``, cost nothing now)."""
    where = f" in {out}" if out is not None else ""
    already = f" ({skipped} already done, skipped)" if skipped else ""
    spent = ""
    if usage is not None:
        cost = f"${usage.cost_usd:.4f}" if usage.cost_usd is not None else "$0" if usage.calls == 0 else "cost unknown"
        spent = f"; {usage.calls} call(s), {usage.total_tokens} tokens, {cost}"
    return f"summarize: {complete} complete{already}, {partial} partial, {failed} failed{where}{spent}"


def failure_line(result: FailedArticle) -> str:
    """``PATH: reason: message``, the path once (a file's own error starts with it)."""
    message = cli_words(result.message)
    prefix = f"{result.article_id}: "
    return f"{prefix}{result.reason}: {message.removeprefix(prefix)}"


# The library's errors name its Python arguments; on the command line, the flags.
_FLAG_WORDS = (
    (re.compile(r"\bmax_parts=None\b"), "--max-parts 0"),
    (re.compile(r"\bmax_parts=(\d+)"), r"--max-parts \1"),
    (re.compile(r"\bpart_tokens=(?=[\s,.;)]|$)"), "--part-tokens N"),
    (re.compile(r"\bpart_tokens=(\d+)"), r"--part-tokens \1"),
    (re.compile(r"\bpublished="), "--published "),
)


def cli_words(message: str) -> str:
    """``message`` with the library's argument names replaced by the CLI's flags."""
    for pattern, flag in _FLAG_WORDS:
        message = pattern.sub(flag, message)
    return message


def _table(title: str, *headers: str) -> Table:
    t = Table(title=title, title_justify="left", title_style="bold", show_lines=False, expand=True)
    for header in headers:
        t.add_column(header, overflow="fold")
    return t


def _plain(value: str | None) -> Text:
    return Text(value or "—", style="" if value else "dim")


def _events_part(result: ArticleSummary) -> list[Table | Text]:
    if result.events is None:
        return [Text("Events: not available, the model gave no answer", style="italic red")]
    if not result.events:
        return []
    t = _table("Events", "what", "who", "where", "when", "date")
    for e in result.events:
        date = Text("—", style="dim")
        if e.when is not None:
            date = Text(e.when.label) if e.when.date else Text("unresolved", style="italic red")
        t.add_row(
            Text(e.what),
            _plain(e.who.text if e.who else None),
            _plain(e.where.text if e.where else None),
            _plain(e.when.text if e.when else None),
            date,
        )
    return [t]


def _claims_part(result: ArticleSummary, who: Callable[[str | None, str], Text]) -> list[Table | Text]:
    if result.claims is None:
        return [Text("Claims: not available, the model gave no answer", style="italic red")]
    if not result.claims:
        return []
    t = _table("Claims", "claim", "source")
    for c in result.claims:
        t.add_row(Text(c.statement), who(c.source_id, "—"))
    return [t]


def render_pretty(result: ArticleSummary, console: Console) -> None:
    """The summary, speakers, quotes in their speaker's colour, events with their
    resolved dates, and claims. Every piece of article or model text goes in as a
    ``Text``, never as markup: an article holding ``[bold]`` prints it as written."""
    colours = speaker_colours(result)

    def who(speaker_id: str | None, empty: str) -> Text:
        speaker = result.speaker(speaker_id)
        if speaker is None:
            return Text(f"unknown speaker {speaker_id}" if speaker_id else empty, style=UNATTRIBUTED_COLOUR)
        return Text(speaker.name, style=f"bold {colours[speaker.id]}")

    title = Text("Summary") + (Text(f" {result.article_id}", style="dim") if result.article_id else Text())
    parts: list[Panel | Table | Text] = []
    if result.partial is not None:
        parts.append(Text(partial_notice(result.partial), style="bold red"))
    summary = (
        Text(result.summary)
        if result.summary is not None
        else Text("no summary: the model gave no answer", style="italic red")
    )
    parts.append(Panel(summary, title=title, title_align="left"))
    if result.speakers:
        t = _table("Speakers", "name", "role", "kind", "quotes")
        for s in result.speakers:
            quotes = sum(q.speaker_id == s.id for q in result.quotes)
            t.add_row(who(s.id, ""), _plain(s.role), Text(s.kind), Text(str(quotes)))
        parts.append(t)
    if result.quotes:
        t = _table("Quotes", "speaker", "quote")
        for q in result.quotes:
            speaker = result.speaker(q.speaker_id)
            colour = colours[speaker.id] if speaker is not None else UNATTRIBUTED_COLOUR
            t.add_row(who(q.speaker_id, "unattributed"), Text(f"“{q.text}”", style=colour))
        parts.append(t)
    parts += _events_part(result)
    parts += _claims_part(result, who)
    p, u = result.provenance, result.usage
    parts.append(
        Text(
            f"{p.provider}/{p.model} · prompt {p.prompt_version} · {p.attempts} attempt(s)"
            f"{' · cached' if p.cached else ''} · {p.chunks} chunk(s) · {p.input_format} · "
            f"{u.calls} call(s), {u.total_tokens} tokens · summarizer {p.library_version}",
            style="dim",
        )
    )
    console.print(Group(*parts))


def _fail(exc: BaseException, code: int, debug: bool, *, about: str | None = None) -> NoReturn:
    """One line on stderr, in the command's words, naming ``about`` (the file or stdin)
    unless the message already starts with it; then exit with ``code``."""
    if debug:
        traceback.print_exception(exc)
    message = " ".join(cli_words(str(exc)).split())
    if about is not None and not message.startswith(f"{about}: "):
        message = f"{about}: {message}"
    sys.stderr.write(f"summarize: error: {message}\n")
    raise typer.Exit(code)


def main() -> None:
    app(prog_name="summarize")
