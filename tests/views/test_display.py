"""The views of a summary: the notebook HTML, Markdown, the batch table and the pretty CLI.

All on hand-built summaries (tests/views.py): the views need no model.
"""

from __future__ import annotations

import io
import json
import pickle
import re
import typing

import pytest
from rich.console import Console
from typer.testing import CliRunner

from summarizer import FailedArticle, SummaryBatch, asummarize_many, cli, summarize_many
from summarizer._views.html import SPEAKER_COLOURS, UNATTRIBUTED_COLOUR, batch_html
from summarizer.models import ArticleSummary
from tests.views.views import HOSTILE_TEXT, Element, StrictHTML, hostile_summary, seed_summary


@pytest.fixture(scope="module")
def seed() -> ArticleSummary:
    return seed_summary()


@pytest.fixture(scope="module")
def hostile() -> ArticleSummary:
    return hostile_summary()


def _root(doc: StrictHTML) -> Element:
    (root,) = [e for e in doc.elements if "summarizer-view" in e.classes()]
    return root


def _article(doc: StrictHTML) -> Element:
    (text,) = [e for e in doc.elements if e.classes() == {"text"}]
    return text


def _quote_marks(doc: StrictHTML) -> list[Element]:
    return [e for e in doc.elements if e.tag == "mark" and "data-quote" in e.attrs]


# --- the notebook view -------------------------------------------------------------------------


def test_every_quote_is_one_mark_with_its_exact_text(seed: ArticleSummary) -> None:
    doc = StrictHTML(seed.to_html())
    marks = _quote_marks(doc)
    assert [m.attrs["data-quote"] for m in marks] == [str(i) for i in range(len(seed.quotes))]
    assert [m.text for m in marks] == [q.text for q in seed.quotes]
    # Highlighting adds elements, never text: the article reads exactly as given.
    assert _article(doc).text == seed.text


def test_evidence_that_straddles_a_quote_nests_validly(seed: ArticleSummary) -> None:
    # Claim c1's evidence starts inside Esper's quote and ends after it; event e2's
    # evidence contains the whole quote. StrictHTML fails on any misnested tag.
    doc = StrictHTML(seed.to_html())
    pieces = [e for e in doc.elements if "ev" in e.classes() and "c1" in e.keys()]
    assert len(pieces) >= 2  # split at the quote's end, never the quote split at its start
    assert "".join(p.text for p in pieces) == seed.claims[1].evidence[0].text
    esper = _quote_marks(doc)[0]
    assert any("ev" in child.classes() for child in esper.children)


def test_the_html_fragment_is_self_contained(seed: ArticleSummary) -> None:
    out = seed.to_html()
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//)", out)
    assert "@import" not in out and "url(" not in out and "@font-face" not in out
    page = seed.to_html(page=True)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert seed._repr_html_().count("<mark ") == len(seed.quotes)


def test_article_and_model_text_is_escaped_everywhere(hostile: ArticleSummary) -> None:
    out = hostile.to_html()
    # The only markup is ours: one style, one script, and nothing from the content.
    assert out.count("<script") == 1 and out.count("</script>") == 1
    assert out.count("<style") == 1 and out.count("</style>") == 1
    assert "<img" not in out and "<b " not in out
    doc = StrictHTML(out)
    assert not [e for e in doc.elements if any(a.startswith("on") for a in e.attrs)]
    assert {e.tag for e in doc.elements} <= {
        "div",
        "style",
        "h3",
        "h4",
        "span",
        "p",
        "mark",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "a",
        "footer",
        "b",
        "script",
    }
    # What the content said survives as text, in text and in attributes alike.
    assert _article(doc).text == HOSTILE_TEXT
    assert [m.text for m in _quote_marks(doc)] == [q.text for q in hostile.quotes]
    speaker = hostile.speakers[0]
    assert _quote_marks(doc)[0].attrs["title"] == f"{speaker.name}, {speaker.role}"
    evidence_link = doc.find("a", title="&lt;script&gt;alert(1)&lt;/script&gt; The minister")
    assert not evidence_link  # an attribute is escaped once, not twice
    assert doc.find("a", title="<script>alert(1)</script> The minister")
    assert hostile.summary in _root(doc).text and hostile.provenance.model in _root(doc).text
    # The style and the script hold nothing but our own identifiers.
    (style,) = doc.find("style")
    (script,) = doc.find("script")
    for code in (style.text, script.text):
        assert "alert" not in code and "PWNED" not in code and "Smith" not in code


def test_css_is_scoped_to_one_render(seed: ArticleSummary) -> None:
    first, second = StrictHTML(seed.to_html()), StrictHTML(seed.to_html())
    roots = {_root(first).attrs["id"], _root(second).attrs["id"]}
    assert len(roots) == 2
    root = _root(first).attrs["id"]
    (style,) = first.find("style")
    for rule in filter(str.strip, style.text.split("}")):
        selectors = rule.split("{")[0]
        for selector in selectors.split(","):
            assert selector.strip().startswith(f"#{root}"), selector
    (script,) = first.find("script")
    assert json.dumps(root) in script.text


def test_colours_follow_speaker_order_and_are_stable(seed: ArticleSummary) -> None:
    def colours(summary: ArticleSummary) -> list[str]:
        return [m.attrs["style"] for m in _quote_marks(StrictHTML(summary.to_html()))]

    esper, raab1, raab2 = colours(seed)
    assert SPEAKER_COLOURS[0] in esper and SPEAKER_COLOURS[1] in raab1
    assert raab1 == raab2 != esper
    assert colours(seed) == [esper, raab1, raab2]  # stable across renders
    # Same speakers in another order: the colours follow the order, not the names.
    swapped = seed.model_copy(update={"speakers": [seed.speakers[1], seed.speakers[0], seed.speakers[2]]})
    assert colours(swapped) == [raab1, esper, esper]


def test_unattributed_and_unknown_speakers_are_grey(hostile: ArticleSummary, seed: ArticleSummary) -> None:
    marks = _quote_marks(StrictHTML(hostile.to_html()))
    assert UNATTRIBUTED_COLOUR in marks[1].attrs["style"] and "unattributed" in marks[1].classes()
    assert marks[1].attrs["title"] == "unattributed"
    unknown = seed.model_copy(update={"quotes": [seed.quotes[0].model_copy(update={"speaker_id": "P9"})]})
    (mark,) = _quote_marks(StrictHTML(unknown.to_html()))
    assert UNATTRIBUTED_COLOUR in mark.attrs["style"] and mark.attrs["title"] == "unknown speaker P9"


def test_events_and_claims_link_to_their_evidence(seed: ArticleSummary) -> None:
    out = seed.to_html()
    doc = StrictHTML(out)
    root = _root(doc).attrs["id"]
    items = [(f"e{i}", e.evidence) for i, e in enumerate(seed.events)]
    items += [(f"c{i}", c.evidence) for i, c in enumerate(seed.claims)]
    for key, evidence in items:
        (row,) = doc.find("tr", data_item=key)
        # Hover (CSS) and click (script) find the evidence by this key.
        assert f'#{root}:has([data-item="{key}"]:hover) [data-k~="{key}"]' in out
        pieces = [e for e in doc.elements if "ev" in e.classes() and key in e.keys()]
        assert "".join(p.text for p in pieces) == "".join(span.text for span in evidence)
        # Each evidence link jumps to its sentence (CSS :target), whose text it is.
        links = [a for a in doc.elements if a.tag == "a" and a in row.descendants()]
        assert len(links) == len(evidence)
        for link, span in zip(links, evidence, strict=True):
            (target,) = doc.find(id=link.attrs["href"][1:])
            # The target is the first piece; :target on it lights up all its pieces.
            n = target.attrs["data-ev"]
            assert f'#{root}:has(#{root}-v{n}:target) .ev[data-ev="{n}"]' in out
            assert "".join(e.text for e in doc.find(data_ev=n)) == span.text


def test_a_quote_and_its_speaker_link_both_ways(seed: ArticleSummary) -> None:
    doc = StrictHTML(seed.to_html())
    marks = _quote_marks(doc)
    (esper_row,) = doc.find("tr", data_item="s0")
    (raab_row,) = doc.find("tr", data_item="s1")
    assert marks[0].keys() == {"q0", "s0"} and {"q1", "s1"} <= marks[1].keys()
    assert {"q0", "c1"} <= esper_row.keys() and "q1" not in esper_row.keys()
    assert {"q1", "q2"} <= raab_row.keys()
    # The reporting clause names the speaker: hovering the quote outlines it too.
    (esper_mention,) = [e for e in doc.elements if "mention" in e.classes() and "q0" in e.keys()]
    assert esper_mention.text == "Esper"


def test_dates_resolved_or_shown_as_unresolved(seed: ArticleSummary) -> None:
    doc = StrictHTML(seed.to_html())
    cells = [[td.text for td in row.children] for row in doc.find("tr") if row.attrs.get("data-item", "")[:1] == "e"]
    headers = ["what", "who", "whom", "where", "when", "date", "reported by", "evidence"]
    by_name = [dict(zip(headers, row, strict=True)) for row in cells]
    assert (by_name[1]["when"], by_name[1]["date"]) == ("Wednesday", "2020-03-11")
    assert (by_name[2]["when"], by_name[2]["date"]) == ("Eariler", "unresolved")
    assert by_name[0]["date"] == "—"
    assert doc.find("span", **{"class": "unresolved"})


def test_tables_and_footer(seed: ArticleSummary) -> None:
    doc = StrictHTML(seed.to_html())
    quotes = [[td.text for td in row.children] for row in doc.find("tr") if row.attrs.get("data-item", "")[:1] == "q"]
    assert [row[:2] for row in quotes] == [
        ["Mark Esper", "Defense Secretary"],
        ["Dominic Raab", "British Foreign Secretary"],
        ["Dominic Raab", "British Foreign Secretary"],
    ]
    claims = [[td.text for td in row.children] for row in doc.find("tr") if row.attrs.get("data-item", "")[:1] == "c"]
    assert [row[1] for row in claims] == ["—", "Mark Esper", "two US officials"]
    speakers = [[td.text for td in row.children] for row in doc.find("tr") if row.attrs.get("data-item", "")[:1] == "s"]
    assert [row[0] for row in speakers] == ["Mark Esper", "Dominic Raab", "two US officials"]
    (footer,) = doc.find("footer")
    for fact in (
        "smollm2-135m-instruct (embedded at 127.0.0.1)",
        "prompt summarize.v1",
        "attempts 2",
        "cached no",
        "chunks 1",
        "input text",
        "2 calls, 862 prompt + 66 completion = 928 tokens",
    ):
        assert fact in footer.text


def test_empty_summary_renders(seed: ArticleSummary) -> None:
    empty = seed.model_copy(update={"speakers": [], "quotes": [], "events": [], "claims": []})
    doc = StrictHTML(empty.to_html())
    assert _article(doc).text == seed.text
    assert "No events." in _root(doc).text and not _quote_marks(doc)


def test_out_of_range_spans_are_left_out_not_fatal(seed: ArticleSummary) -> None:
    far = len(seed.text) + 10
    outside = seed.events[0].evidence[0].model_copy(update={"start": far, "end": far + 5})
    bad = seed.events[0].model_copy(update={"evidence": [outside]})
    doc = StrictHTML(seed.model_copy(update={"events": [bad]}).to_html())
    assert _article(doc).text == seed.text
    (row,) = doc.find("tr", data_item="e0")
    assert any("badref" in e.classes() for e in row.descendants())


# --- a batch -----------------------------------------------------------------------------------


def _failed() -> FailedArticle:
    return FailedArticle(
        article_id="<b>broken</b>.txt",
        error_type="SummaryFailedError",
        reason="validation",
        message="every answer failed validation: Q4 does not exist <script>x</script>",
        attempts=3,
    )


def test_batch_is_a_list_with_a_table_view(seed: ArticleSummary) -> None:
    ok = seed.model_copy(update={"article_id": "seed-1"})
    batch = SummaryBatch([ok, _failed()])
    assert isinstance(batch, list) and batch == [ok, _failed()] and len(batch) == 2
    assert batch[1:] == [_failed()] and [r.article_id for r in batch] == ["seed-1", "<b>broken</b>.txt"]
    assert pickle.loads(pickle.dumps(batch)) == batch
    doc = StrictHTML(batch._repr_html_())
    table = doc.find("table")[0]  # the batch's own; the folded views' tables come after
    rows = [[td.text for td in tr.children] for tr in table.descendants() if tr.tag == "tr"][1:]
    assert rows[0][:3] == ["0", "seed-1", "complete"] and rows[0][4:] == ["3", "3", "3"]
    assert rows[1][:3] == ["1", "<b>broken</b>.txt", "failed: validation"]
    assert "Q4 does not exist <script>x</script>" in rows[1][3]
    # Each summary's full view, folded; failures have none.
    (details,) = doc.find("details")
    assert [m.text for m in _quote_marks(doc)] == [q.text for q in seed.quotes]
    assert batch._repr_html_().count("<script>") == 1
    assert "summarizer-view" in " ".join(e.attrs.get("class", "") for e in details.descendants())


def test_batch_view_folds_only_the_first_articles(seed: ArticleSummary) -> None:
    out = batch_html([seed] * 60)
    assert out.count("<details") == 50 and "results[i]" in out


def test_summarize_many_returns_a_batch() -> None:
    hints = typing.get_type_hints(summarize_many)
    assert hints["return"] is SummaryBatch and issubclass(SummaryBatch, list)
    assert typing.get_type_hints(asummarize_many)["return"] is SummaryBatch
    # No articles, no model call: only the wrapping is exercised here.
    result = summarize_many([], base_url="http://127.0.0.1:1/v1", model="fake", api_key="x")
    assert type(result) is SummaryBatch and result == []


# --- Markdown ----------------------------------------------------------------------------------


def test_markdown_tables_with_speakers_and_dates(seed: ArticleSummary) -> None:
    md = seed.to_markdown()
    assert seed._repr_markdown_() == md
    assert "| P1 | Mark Esper | Defense Secretary | person | 1 |" in md
    assert "| Mark Esper | Defense Secretary | “I have spoken with the president." in md
    assert "| Eariler | unresolved |" in md and "| Wednesday | 2020-03-11 |" in md
    assert "| Trump gave Esper the authority to do what is needed | Mark Esper | Defense Secretary |" in md
    assert "2 call(s), 862 prompt + 66 completion tokens" in md


def test_markdown_escapes_tables_and_markup(hostile: ArticleSummary) -> None:
    md = hostile.to_markdown()
    header = 0
    for line in md.splitlines():
        pipes = len(re.findall(r"(?<!\\)\|", line))
        if not line.startswith("|"):
            header = 0
        elif header == 0:
            header = pipes
        else:
            assert pipes == header, line  # every row has as many cells as its header
    markdown_it = pytest.importorskip("markdown_it")  # rich's own Markdown parser
    rendered = markdown_it.MarkdownIt("commonmark").enable("table").render(md)  # raw HTML allowed
    assert "<script" not in rendered and "<img" not in rendered and "<b " not in rendered
    assert 'href="javascript' not in rendered and "<strong>" not in rendered and "<code>" not in rendered
    assert rendered.count("<em>") == 1  # the provenance line, ours
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in rendered
    assert "[bold]loud[/bold] `code` *stars* _under_ [link](javascript:alert(3))" in re.sub(
        r"&[a-z]+;", lambda m: {"&quot;": '"', "&amp;": "&"}.get(m.group(), m.group()), rendered
    )


def test_markdown_summary_cannot_open_a_block(seed: ArticleSummary) -> None:
    for summary, expected in [
        ("# Not a heading", "\\# Not a heading"),
        ("2020. A year", "2020\\. A year"),
        ("- not a list", "\\- not a list"),
    ]:
        assert expected in seed.model_copy(update={"summary": summary}).to_markdown()


# --- the pretty CLI ----------------------------------------------------------------------------


def _pretty(summary: ArticleSummary, **console: typing.Any) -> str:
    out = io.StringIO()
    cli.render_pretty(summary, Console(file=out, width=160, **console))
    return out.getvalue()


def test_pretty_shows_speakers_quotes_dates_and_claims(seed: ArticleSummary) -> None:
    out = _pretty(seed, color_system=None)
    assert "\x1b[" not in out
    for text in (
        "Mark Esper",
        "Dominic Raab",
        "British Foreign Secretary",
        "2020-03-11",
        "unresolved",
        "it is essential to defend against these deplorable acts.",
        "two US officials",
        "928 tokens",
    ):
        assert text in out, text


def test_pretty_colours_quotes_by_speaker(seed: ArticleSummary) -> None:
    out = _pretty(seed, force_terminal=True, color_system="truecolor")

    def sgr(colour: str) -> str:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return f"38;2;{r};{g};{b}"

    esper_line = next(line for line in out.splitlines() if "I have spoken" in line)
    raab_line = next(line for line in out.splitlines() if "We must find" in line)
    assert sgr(SPEAKER_COLOURS[0]) in esper_line and sgr(SPEAKER_COLOURS[1]) in raab_line


def test_pretty_prints_rich_markup_from_the_article_literally(hostile: ArticleSummary) -> None:
    out = _pretty(hostile, color_system=None)
    assert "[bold]loud[/bold]" in out and "[bold]x[/bold]" in out


def test_cli_format_pretty(seed: ArticleSummary, monkeypatch: pytest.MonkeyPatch, tmp_path: typing.Any) -> None:
    # Summarizer.summarize itself is replaced: this tests the option and the rendering only.
    monkeypatch.setattr(cli.Summarizer, "summarize", lambda *args, **kwargs: seed)
    article = tmp_path / "a.txt"
    article.write_text(seed.text, encoding="utf-8")
    runner = CliRunner()
    for fmt, expected in [
        ("pretty", "Dominic Raab"),
        ("markdown", "| Mark Esper | Defense Secretary |"),
        ("json", '"speaker_id": "P1"'),
    ]:
        result = runner.invoke(cli.app, [str(article), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert expected in result.output
    assert "\x1b[" not in runner.invoke(cli.app, [str(article), "--format", "pretty"]).output
