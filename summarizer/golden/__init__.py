"""Golden-output checks for your own pipeline: pin the summaries of a set of articles,
and see a change of prompt, model, library version or your own code as a readable
diff instead of silent drift.

Next to each article ``NAME.txt`` (or ``.html``) live ``NAME.golden.json``, the
summary it must give, and ``NAME.cassette.yaml``, the model's HTTP exchange recorded
with every key and auth header scrubbed. ``update`` calls the model, records both;
``check`` replays the cassette with recording off and the network blocked, and
compares the result with the golden file field by field (see ``compare``).

>>> from summarizer.golden import check, update
>>> update("articles/flood.txt", model="embedded")  # doctest: +SKIP
>>> outcome = check("articles/flood.txt")  # doctest: +SKIP
>>> outcome.ok, outcome.report()  # doctest: +SKIP

The pytest plugin (``summarizer.testing.golden_tests``) and ``summarize golden
check|update DIR`` are built on these two functions.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import ModelUnavailableError, SummarizerError
from .._llm.endpoint import resolve_endpoint
from .._pipeline.options import SummarizerOptions, Unpack
from .._pipeline.session import Published
from .._pipeline.summarizer import summarize
from .._text.files import article_files, read_file
from ..models import ArticleSummary
from .cassette import GoldenError, recording, replaying
from .compare import Compare, Difference, compare

__all__ = [
    "Compare",
    "Difference",
    "GoldenCase",
    "GoldenError",
    "Outcome",
    "Pipeline",
    "check",
    "compare",
    "find_cases",
    "update",
]

GOLDEN_SUFFIX = ".golden.json"
CASSETTE_SUFFIX = ".cassette.yaml"
# Where a replayed embedded model "is": nothing listens there, and nothing is asked to,
# since the cassette answers (it matches on method, path and body, never the host).
REPLAY_BASE_URL = "http://127.0.0.1:1/v1"
# A key for replaying a hosted model's cassette where no key is set (CI): it never
# leaves this process, as the network is blocked and the cassette answers.
REPLAY_API_KEY = "golden-replay-placeholder"
_DEFAULT_RERECORD = "re-record with: summarize golden update FOLDER (or pytest --update-goldens)"

Pipeline = Callable[..., ArticleSummary]
"""Your pipeline: ``pipeline(text, **options) -> ArticleSummary``. It must pass the
options on to ``summarize`` or ``Summarizer`` (a replay changes them: cache off, the
embedded model's placeholder address). Given a ``published`` date, the check calls
``pipeline(text, published=date, **options)``."""


@dataclass(frozen=True)
class GoldenCase:
    """One article and the two files that pin its summary: by default next to it,
    ``NAME.golden.json`` and ``NAME.cassette.yaml``."""

    article: Path
    golden: Path
    cassette: Path

    @classmethod
    def of(
        cls,
        article: str | os.PathLike[str],
        *,
        golden: str | os.PathLike[str] | None = None,
        cassette: str | os.PathLike[str] | None = None,
    ) -> GoldenCase:
        path = Path(article)
        return cls(
            path,
            Path(golden) if golden is not None else path.with_suffix(GOLDEN_SUFFIX),
            Path(cassette) if cassette is not None else path.with_suffix(CASSETTE_SUFFIX),
        )


def find_cases(folder: str | os.PathLike[str]) -> list[GoldenCase]:
    """Every article under ``folder`` (``*.txt``, ``*.html``, ``*.htm``, recursively), in a stable order."""
    return [GoldenCase.of(p) for p in article_files(Path(folder))]


@dataclass
class Outcome:
    """The result of one check: the differences, or the reason it could not run."""

    case: GoldenCase
    differences: list[Difference] = field(default_factory=list)
    error: str | None = None
    result: ArticleSummary | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.differences

    def report(self, rerecord: str = _DEFAULT_RERECORD) -> str:
        """What a person needs to read: the fields that differ, and what to do."""
        if self.error is not None:
            return f"{self.case.article}: {self.error}"
        if not self.differences:
            return f"{self.case.article}: matches {self.case.golden.name}"
        n = len(self.differences)
        lines = [f"{self.case.article}: {n} field{'s' * (n != 1)} differ from {self.case.golden.name}"]
        lines += [f"  {d}" for d in self.differences]
        lines.append(f"If the change is intended, {rerecord}")
        return "\n".join(lines)


def _default_pipeline(text: str, **options: Any) -> ArticleSummary:
    return summarize(text, **options)


def _run(pipeline: Pipeline | None, text: str, published: Published, options: dict[str, Any]) -> ArticleSummary:
    # ``published`` only when given: a pipeline of the user's need not take it.
    dated = {"published": published} if published is not None else {}
    return (pipeline or _default_pipeline)(text, **dated, **options)


def update(
    article: str | os.PathLike[str] | GoldenCase,
    *,
    pipeline: Pipeline | None = None,
    published: Published = None,
    **options: Unpack[SummarizerOptions],
) -> ArticleSummary:
    """Summarize ``article`` with the model the options name (the library's defaults
    otherwise), recording the exchange to its cassette (keys scrubbed) and writing
    its golden file. The response cache is off: every answer comes from the model.
    ``published`` is the article's publication date (default: its dateline).

    A partial summary (the model gave no answer for some of it) is not pinned:
    GoldenError, and neither file is written. ``article`` is a path, or a
    ``GoldenCase`` naming the golden file and cassette elsewhere.
    """
    case = article if isinstance(article, GoldenCase) else GoldenCase.of(article)
    text = read_file(case.article)
    options = {**options, "cache": False}
    secrets = tuple(v for v in (options.get("api_key"),) if isinstance(v, str))
    with recording(case.cassette, secrets=secrets):
        result = _run(pipeline, text, published, dict(options))
    if not isinstance(result, ArticleSummary):
        case.cassette.unlink(missing_ok=True)
        raise GoldenError(f"the pipeline returned {type(result).__name__}, not an ArticleSummary")
    if result.partial is not None:
        case.cassette.unlink(missing_ok=True)
        raise GoldenError(
            f"{case.article}: not recorded, the summary is partial ({result.partial.message}); "
            "a golden file pins a complete summary"
        )
    case.golden.write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return result


def check(
    article: str | os.PathLike[str] | GoldenCase,
    *,
    compare_with: Compare | None = None,
    pipeline: Pipeline | None = None,
    rerecord: str = _DEFAULT_RERECORD,
    published: Published = None,
    **options: Unpack[SummarizerOptions],
) -> Outcome:
    """Summarize ``article`` from its cassette (recording off, network blocked) and
    compare the result with its golden file.

    The model defaults to the one that recorded the golden file; options you pass win
    (and must be those of the recording: a request the cassette does not hold fails
    the check, saying so). ``rerecord`` is the advice printed with a failure.
    ``article`` is a path, or a ``GoldenCase`` naming the golden file and cassette elsewhere.
    """
    case = article if isinstance(article, GoldenCase) else GoldenCase.of(article)
    missing = [p.name for p in (case.golden, case.cassette) if not p.exists()]
    if missing:
        return Outcome(case, error=f"no {' and no '.join(missing)} next to it; {rerecord}")
    try:
        golden = json.loads(case.golden.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Outcome(case, error=f"{case.golden.name} cannot be read ({exc}); {rerecord}")
    try:
        text = read_file(case.article)
        replay_options = _replay_options(dict(options), golden)
        with replaying(case.cassette) as replay:
            result = _run(pipeline, text, published, replay_options)
    except SummarizerError as exc:
        return Outcome(case, error=f"{type(exc).__name__}: {exc}")
    problem = replay.problem(rerecord)
    if problem is not None:
        return Outcome(case, error=problem, result=result)
    return Outcome(case, compare(golden, result, compare_with), result=result)


def _replay_options(options: dict[str, Any], golden: dict[str, Any]) -> dict[str, Any]:
    """The options for a replay: the recording model unless one is given, cache off,
    a placeholder key where a hosted model needs one, and the embedded model at a
    placeholder address instead of starting its server."""
    provenance = golden.get("provenance") or {}
    if options.get("model") is None and provenance.get("model"):
        provider, model = provenance.get("provider"), provenance["model"]
        if provider == "embedded":
            options["model"] = "embedded"
        elif provider == "openai-compatible":
            # A server of the user's own: the same profile (the same request body) at a
            # placeholder address, unless they give theirs.
            options["model"] = model
            if options.get("base_url") is None:
                options["base_url"] = REPLAY_BASE_URL
        else:
            options["model"] = f"{provider}/{model}"
    options["cache"] = False
    try:
        endpoint = resolve_endpoint(options.get("model"), options.get("base_url"), options.get("api_key"))
    except ModelUnavailableError:
        options["api_key"] = REPLAY_API_KEY
        endpoint = resolve_endpoint(options.get("model"), options.get("base_url"), options.get("api_key"))
    if endpoint.profile.starts_server:
        options["model"], options["base_url"] = "embedded", REPLAY_BASE_URL
    return options
