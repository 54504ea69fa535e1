"""HTML input: a saved page is recognised, its main text extracted (trafilatura),
and every offset refers to that extracted text, which the summary carries."""

from __future__ import annotations

import builtins
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer import InvalidArticleError, summarize
from summarizer._text.html import extract, looks_like_html
from summarizer.cli import app
from summarizer.testing import FakeLLM
from tests.test_hostile import assert_grounded, minimal_answer

PAGE = """<!DOCTYPE html>
<html><head>
<title>Dam repairs begin &mdash; Valley Courier</title>
<meta property="article:published_time" content="2026-04-17T09:30:00Z">
<script>window.tracker = "should never be summarized";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Dam repairs begin after the flood</h1>
<p>Engineers began repairing the Sorrel Valley dam on Wednesday, two days after the
flood crest passed the town of Eastbrook, Governor Helena Marsh said.</p>
<p>&ldquo;We will rebuild it stronger than it was, and we will start today,&rdquo;
Marsh told reporters at the site. She said the work would take at least six months.</p>
<p>Residents of Eastbrook, where 140 homes were damaged, have been told they can return
from Friday. &ldquo;Nobody should go back before the engineers have checked the
foundations,&rdquo; said fire chief Amara Quist.</p>
</article>
<footer>Copyright Valley Courier. <a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_pages_and_fragments_are_recognised() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("  <html><body><p>x</p></body></html>")
    assert looks_like_html("<div><p>One.</p><p>Two.</p><p>Three.</p></div>")
    assert not looks_like_html("The minister said <b> is a tag.")
    assert not looks_like_html("date 2020-03-13 Airstrikes have been reported.")
    assert not looks_like_html("A story about <p> tags and <div> elements in HTML <span>.")


def test_main_text_is_extracted_without_navigation_or_scripts() -> None:
    page = extract(PAGE)
    assert "Engineers began repairing" in page.text
    assert "We will rebuild it stronger" in page.text  # entities decoded to real quote marks
    assert "“We will rebuild" in page.text
    for boilerplate in ("tracker", "color: red", "Privacy", "Sport"):
        assert boilerplate not in page.text
    assert "\n\n" in page.text  # paragraphs stay paragraphs for sentence splitting
    assert page.published is not None and page.published.isoformat() == "2026-04-17"


def test_summarize_a_page_offsets_refer_to_the_extracted_text() -> None:
    with FakeLLM(minimal_answer) as llm:
        result = summarize(PAGE, base_url=llm.base_url, model="fake", cache=False)
    assert result.provenance.input_format == "html"
    assert result.text == extract(PAGE).text
    assert_grounded(result.text, result)
    quotes = {q.text: result.speaker(q.speaker_id) for q in result.quotes}
    rebuild = next(s for t, s in quotes.items() if t.startswith("We will rebuild"))
    assert rebuild is not None and (rebuild.name, rebuild.role) == ("Helena Marsh", "Governor")
    # The page's metadata gives the date, and "on Wednesday" resolves against it.
    assert result.provenance.published is not None
    assert (result.provenance.published.isoformat(), result.provenance.published_source) == (
        "2026-04-17",
        "metadata",
    )
    wednesday = next(d for d in result.dates if "Wednesday" in d.text)
    assert wednesday.date is not None and wednesday.date.isoformat() == "2026-04-15"
    user = llm.requests[0]["messages"][1]["content"]
    assert "<p>" not in user and "tracker" not in user


def test_published_argument_wins_over_page_metadata() -> None:
    import datetime as dt

    with FakeLLM(minimal_answer) as llm:
        result = summarize(PAGE, base_url=llm.base_url, model="fake", cache=False, published=dt.date(2026, 4, 20))
    assert result.provenance.published_source == "argument"
    assert str(result.provenance.published) == "2026-04-20"


def test_page_without_trafilatura_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(InvalidArticleError, match=re.escape("pip install 'trafilatura>=2.0,<3'")):
        summarize(PAGE, base_url="http://127.0.0.1:9/v1", model="fake", cache=False)


@pytest.mark.parametrize(
    "error, package",
    [
        # lxml >= 5.2 without lxml_html_clean: what lxml raises, with no module name.
        (
            ImportError(
                "lxml.html.clean module is now a separate project lxml_html_clean.\n"
                "Install lxml[html_clean] or lxml_html_clean directly."
            ),
            "lxml_html_clean",
        ),
        (ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean"), "lxml_html_clean"),
        (ModuleNotFoundError("No module named 'justext'", name="justext"), "justext"),
    ],
)
def test_a_page_names_the_module_actually_missing(
    monkeypatch: pytest.MonkeyPatch, error: ImportError, package: str
) -> None:
    """trafilatura installed, one of its imports not: the hint names that one."""
    real_import = builtins.__import__

    def broken_trafilatura(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise error
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken_trafilatura)
    with pytest.raises(InvalidArticleError) as caught:
        summarize(PAGE, base_url="http://127.0.0.1:9/v1", model="fake", cache=False)
    message = str(caught.value)
    assert f"pip install {package} " in message and "trafilatura needs it" in message
    assert "trafilatura is not installed" not in message


def test_the_html_extra_imports_trafilatura() -> None:
    """The test extra includes html: with the pip a venv bundles, trafilatura must import."""
    import trafilatura  # noqa: F401  (the import is the test)


def test_page_with_no_article_text_is_invalid() -> None:
    with pytest.raises(InvalidArticleError, match="no main text"):
        summarize(
            "<html><body><script>x()</script><style>p {}</style></body></html>",
            base_url="http://127.0.0.1:9/v1",
            model="fake",
            cache=False,
        )


def test_cli_reads_an_html_file_and_a_folder_of_them(tmp_path: Path) -> None:
    (tmp_path / "dam.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    runner = CliRunner()
    with FakeLLM(minimal_answer) as llm:
        single = runner.invoke(
            app, [str(tmp_path / "dam.html"), "--base-url", llm.base_url, "--model", "fake", "--no-cache"]
        )
        folder = runner.invoke(app, [str(tmp_path), "--base-url", llm.base_url, "--model", "fake", "--no-cache"])
    assert single.exit_code == 0, single.stderr
    data = json.loads(single.stdout)
    assert data["provenance"]["input_format"] == "html"
    for q in data["quotes"]:
        assert data["text"][q["start"] : q["end"]] == q["text"]
    assert folder.exit_code == 0, folder.stderr
    lines = [json.loads(line) for line in folder.stdout.splitlines()]
    assert [line["article_id"].endswith("dam.html") for line in lines] == [True]
