"""The PolNeAR converter, on a small checkout written here in PolNeAR's own formats
(BRAT standoff annotations, CoreNLP XML): the article below is invented for the test."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from summarizer.eval.polnear import ReservedSplitError, main, read_polnear

STEM = "nyt_2016-10-02_invented-article"
TEXT = (
    "Senator Jane Roe said the plan was “dead on arrival” in the House.\n\n"
    "“We will not vote for it. Not now, not ever,” she told reporters on Sunday.\n\n"
    "According to two aides, the leadership had expected the defeat.\n"
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _ann(text: str) -> str:
    lines = []
    n = 0

    def tag(kind: str, *parts: str) -> str:
        nonlocal n
        n += 1
        spans = ";".join("{} {}".format(*_span(text, p)) for p in parts)
        lines.append(f"T{n}\t{kind} {spans}\t{' '.join(parts)}")
        return f"T{n}"

    relations = [
        (
            tag("Source", "Senator Jane Roe"),
            tag("Cue", "said"),
            tag("Content", "the plan was “dead on arrival” in the House"),
        ),
        (tag("Source", "she"), tag("Cue", "told"), tag("Content", "“We will not vote for it. Not now, not ever,”")),
        (
            tag("Source", "two aides"),
            tag("Cue", "According to"),
            tag("Content", "the leadership had expected the defeat"),
        ),
    ]
    for i, (source, cue, content) in enumerate(relations, 1):
        lines.append(f"E{i}\tAttribution:{cue} Source:{source} Cue:{cue} Content:{content}")
    return "\n".join(lines) + "\n"


def _corenlp(text: str) -> str:
    """Just what the converter reads: the tokens of two mentions and one chain joining them."""

    def token(i: int, part: str, pos: str) -> str:
        a, b = _span(text, part)
        return (
            f"<token id='{i}'><word>{part}</word><CharacterOffsetBegin>{a}</CharacterOffsetBegin>"
            f"<CharacterOffsetEnd>{b}</CharacterOffsetEnd><POS>{pos}</POS></token>"
        )

    return (
        "<root><document><sentences>"
        f"<sentence id='1'><tokens>{token(1, 'Senator', 'NNP')}{token(2, 'Jane', 'NNP')}"
        f"{token(3, 'Roe', 'NNP')}</tokens></sentence>"
        f"<sentence id='2'><tokens>{token(1, 'she', 'PRP')}</tokens></sentence>"
        "</sentences><coreference><coreference>"
        "<mention representative='true'><sentence>1</sentence><start>1</start><end>4</end></mention>"
        "<mention><sentence>2</sentence><start>1</start><end>2</end></mention>"
        "</coreference></coreference></document></root>"
    )


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    for split in ("dev", "test"):
        for folder in ("text", "attributions", "corenlp"):
            (tmp_path / "data" / split / folder).mkdir(parents=True)
        (tmp_path / "data" / split / "text" / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "data" / split / "attributions" / f"{STEM}_ab12.ann").write_text(_ann(TEXT), encoding="utf-8")
        (tmp_path / "data" / split / "corenlp" / f"{STEM}.txt.xml").write_text(_corenlp(TEXT), encoding="utf-8")
    return tmp_path


def test_attributions_become_claims_and_quoted_words_become_quotes(checkout: Path) -> None:
    [article] = read_polnear(checkout, "dev")
    assert article.id == STEM and str(article.published) == "2016-10-02"
    assert [(c.source, c.text) for c in article.claims or []] == [
        ("Senator Jane Roe", "the plan was “dead on arrival” in the House"),
        ("Senator Jane Roe", "“We will not vote for it. Not now, not ever,”"),  # "she", resolved by coreference
        ("two aides", "the leadership had expected the defeat"),
    ]
    assert [(q.text, q.kind, q.speaker) for q in article.quotes] == [
        ("dead on arrival", "partial", "Senator Jane Roe"),
        ("We will not vote for it. Not now, not ever,", "direct", "Senator Jane Roe"),
    ]
    for quote in article.quotes:
        assert TEXT[quote.start : quote.end] == quote.text


def test_the_test_split_is_refused(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ReservedSplitError, match="reserved for independent evaluation"):
        next(read_polnear(checkout, "test"))
    with pytest.raises(SystemExit) as exit_info:
        main([str(checkout), "--split", "test", "--out", str(checkout / "gold.jsonl")])
    assert exit_info.value.code == 2
    assert "reserved" in capsys.readouterr().err
    assert not (checkout / "gold.jsonl").exists()


def test_a_bare_git_mirror_reads_the_same(checkout: Path, tmp_path: Path) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(checkout)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "data"], check=True)
    subprocess.run([*git, "commit", "-qm", "corpus"], check=True)
    mirror = tmp_path / "mirror.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(checkout), str(mirror)], check=True)
    assert list(read_polnear(mirror, "dev")) == list(read_polnear(checkout, "dev"))


def test_the_written_gold_file_loads(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.eval import load_gold

    out = checkout / "gold.jsonl"
    main([str(checkout), "--split", "dev", "--out", str(out)])
    assert "1 articles, 2 quotes (1 direct), 3 attributions" in capsys.readouterr().err
    assert load_gold(out) == list(read_polnear(checkout, "dev"))


def _write(root: Path, stem: str, text: str, ann: str) -> None:
    for folder in ("text", "attributions", "corenlp"):
        (root / "data" / "dev" / folder).mkdir(parents=True, exist_ok=True)
    (root / "data" / "dev" / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
    (root / "data" / "dev" / "attributions" / f"{stem}_cd34.ann").write_text(ann, encoding="utf-8")


def test_quote_marks_as_news_copy_writes_them(tmp_path: Path) -> None:
    """Two-apostrophe marks, a quotation the annotators cut at its sentence ends, a second
    content (Content2), single marks in a headline, and a fragment that starts inside a
    two-apostrophe mark: each gives the quoted words between the marks."""
    text = (
        "Mayor Says Budget Is ‘Dead on Arrival’\n\n"
        "''This isn't reform,'' said Ann Lee. ''It's more of the same.''\n\n"
        "“We will fight it. We will win. Nothing else matters,” said Bo Diaz.\n\n"
        "''Stop,'' Cy Park said.\n"
    )

    def at(part: str, shift: int = 0) -> str:
        start = text.index(part) + shift
        return f"{start} {start + len(part) - shift}"

    lines = [
        f"T1\tContent {at('Budget Is ‘Dead on Arrival’')}\tx",
        f"T2\tSource {at('Mayor')}\tx",
        f"T3\tCue {at('Says')}\tx",
        f"T4\tContent {at(chr(39) * 2 + 'This isn' + chr(39) + 't reform,' + chr(39) * 2)}\tx",
        f"T5\tContent {at(chr(39) * 2 + 'It' + chr(39) + 's more of the same.' + chr(39) * 2)}\tx",
        f"T6\tSource {at('Ann Lee')}\tx",
        f"T7\tCue {at('said Ann')}\tx",
        # One content cut into its three sentences.
        f"T8\tContent {at('“We will fight it.')};{at('We will win.')};{at('Nothing else matters,”')}\tx",
        f"T9\tSource {at('Bo Diaz')}\tx",
        f"T10\tCue {at('said Bo')}\tx",
        # A fragment starting at the second apostrophe of the opening mark.
        f"T11\tContent {at(chr(39) * 2 + 'Stop,' + chr(39) * 2, shift=1)}\tx",
        f"T12\tSource {at('Cy Park')}\tx",
        f"T13\tCue {at('said.')}\tx",
        "E1\tAttribution:T3 Source:T2 Cue:T3 Content:T1",
        "E2\tAttribution:T7 Source:T6 Cue:T7 Content:T4 Content2:T5",
        "E3\tAttribution:T10 Source:T9 Cue:T10 Content:T8",
        "E4\tAttribution:T13 Source:T12 Cue:T13 Content:T11",
    ]
    _write(tmp_path, "nyt_2016-10-03_invented-marks", text, "\n".join(lines) + "\n")
    [article] = read_polnear(tmp_path, "dev")
    assert [(q.text, q.kind, q.speaker) for q in article.quotes] == [
        ("Dead on Arrival", "partial", "Mayor"),
        ("This isn't reform,", "direct", "Ann Lee"),
        ("It's more of the same.", "direct", "Ann Lee"),
        ("We will fight it. We will win. Nothing else matters,", "direct", "Bo Diaz"),
        ("Stop,", "direct", "Cy Park"),
    ]
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
