"""The pytest plugin: golden-output tests of your pipeline's summaries.

It is registered through the ``pytest11`` entry point, so installing this library
with its ``testing`` extra (pytest, vcrpy) is all it takes; ``-p no:summarizer.golden.pytest_plugin``
turns it off. A test file of two lines pins every article of a folder::

    from summarizer.testing import golden_tests
    test_articles = golden_tests("articles")   # articles/*.txt, next to this file

Each article is one test. Its first run (no golden file and no cassette yet) calls
your model, records the exchange as ``NAME.cassette.yaml`` (keys scrubbed) and writes
``NAME.golden.json``; later runs replay the cassette with the network blocked and
compare. ``pytest --update-goldens`` re-records them all after a deliberate change.
With ``CI`` set in the environment a missing recording fails instead of calling the
model: CI never spends tokens nor needs a key.

The ``summarizer_golden`` fixture does the same for one article, for a test that
wants its own pipeline or more assertions::

    def test_flood(summarizer_golden):
        result = summarizer_golden.check("articles/flood.txt", pipeline=my_pipeline)
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .._pipeline.session import Published
from . import Compare, GoldenCase, GoldenError, Pipeline, check, find_cases, update

if TYPE_CHECKING:
    from ..models import ArticleSummary

UPDATE_OPTION = "--update-goldens"
# The articles this session recorded, for the terminal summary.
_RECORDED = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("summarizer").addoption(
        UPDATE_OPTION,
        action="store_true",
        help="summarizer golden tests: call the model, re-record the cassettes and rewrite the golden files",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "golden: replays a recorded cassette and compares with a golden file")
    config.stash[_RECORDED] = []


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Say which articles were recorded: a first run calls the model, and its files
    are to be read and committed."""
    recorded = config.stash.get(_RECORDED, [])
    if not recorded:
        return
    terminalreporter.section("summarizer golden files recorded", sep="-", bold=True)
    for line in recorded:
        terminalreporter.write_line(line)
    terminalreporter.write_line(
        f"{len(recorded)} article(s) summarized by the model and recorded: read the golden files, then commit "
        "them with their cassettes"
    )


class GoldenFixture:
    """``summarizer_golden.check(article, ...)``: record (first run or
    ``--update-goldens``) or replay and compare; a difference fails the test with
    the fields that differ."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._update = bool(request.config.getoption(UPDATE_OPTION))
        self._nodeid = request.node.nodeid
        self._config = request.config

    def check(
        self,
        article: str | os.PathLike[str],
        *,
        compare: Compare | None = None,
        pipeline: Pipeline | None = None,
        golden: str | os.PathLike[str] | None = None,
        cassette: str | os.PathLike[str] | None = None,
        published: Published = None,
        **options: Any,
    ) -> ArticleSummary:
        """Check ``article`` against its golden file (a relative path is taken from
        the current directory) and return the summary. ``golden`` and ``cassette``
        default to ``NAME.golden.json`` and ``NAME.cassette.yaml`` next to it;
        ``published`` is the article's publication date (default: its dateline)."""
        case = GoldenCase.of(article, golden=golden, cassette=cassette)
        rerecord = f"re-record with: pytest {UPDATE_OPTION} {shlex.quote(self._nodeid)}"
        if self._update or self._first_run(case):
            try:
                result = update(case, pipeline=pipeline, published=published, **options)
            except GoldenError as exc:
                failure = str(exc)
            else:
                why = "re-recorded (--update-goldens)" if self._update else "recorded (first run)"
                self._config.stash[_RECORDED].append(f"{case.article}: {why} -> {case.golden}, {case.cassette}")
                return result
            pytest.fail(failure, pytrace=False)  # outside the except: no chained traceback
        outcome = check(
            case, compare_with=compare, pipeline=pipeline, rerecord=rerecord, published=published, **options
        )
        if not outcome.ok or outcome.result is None:
            pytest.fail(outcome.report(rerecord), pytrace=False)
        return outcome.result

    def _first_run(self, case: GoldenCase) -> bool:
        if case.golden.exists() or case.cassette.exists():
            return False
        if os.environ.get("CI"):
            pytest.fail(
                f"{case.article}: no golden file and no cassette, and CI is set, so the model is not called; "
                f"record them where the model is reachable (pytest {UPDATE_OPTION}) and commit them",
                pytrace=False,
            )
        return True


@pytest.fixture
def summarizer_golden(request: pytest.FixtureRequest) -> GoldenFixture:
    """Record or replay an article's summary and compare it with its golden file."""
    return GoldenFixture(request)


def golden_tests(
    folder: str | os.PathLike[str],
    *,
    prose: str = "exact",
    similarity: float = 90.0,
    provenance: bool = False,
    usage: bool = False,
    pipeline: Pipeline | None = None,
    published: Published | Mapping[str, Published] = None,
    **options: Any,
) -> Callable[..., None]:
    """A test function, one test per article under ``folder`` (relative to the
    calling test file). Assign it to a name starting with ``test``. ``prose``,
    ``similarity``, ``provenance`` and ``usage`` are those of ``Compare``;
    ``published`` is a publication date for every article, or a mapping from an
    article's path under ``folder`` (``"flood.txt"``, its test ID) to its date (an
    article not in it: its dateline); the other keywords are the ``summarize``
    options (``model=``, ``base_url=``...)."""
    how = Compare(prose=prose, similarity=similarity, provenance=provenance, usage=usage)  # type: ignore[arg-type]
    base = Path(folder)
    if not base.is_absolute():
        caller = sys._getframe(1).f_globals.get("__file__")
        base = (Path(caller).parent if caller else Path.cwd()) / base
    cases = find_cases(base) if base.is_dir() else []
    if not cases:

        def test_no_articles() -> None:
            pytest.fail(f"golden_tests: no articles (*.txt, *.html) in {base}", pytrace=False)

        return test_no_articles

    @pytest.mark.golden
    @pytest.mark.parametrize(
        "golden_article", [c.article for c in cases], ids=[str(c.article.relative_to(base)) for c in cases]
    )
    def test_golden(golden_article: Path, summarizer_golden: GoldenFixture) -> None:
        date = (
            published.get(golden_article.relative_to(base).as_posix()) if isinstance(published, Mapping) else published
        )
        summarizer_golden.check(golden_article, compare=how, pipeline=pipeline, published=date, **options)

    return test_golden
