"""The ECB+ converter, on a small corpus written here in ECB+'s own format (CAT XML and the
list of annotated sentences): the articles below are invented for the test."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from summarizer.eval import load_gold
from summarizer.eval._corpus import Corpus
from summarizer.eval.ecbplus import ReservedSplitError, main, read_ecbplus, read_ecbplus_documents

# A mention: (tag, m_id, (sentence, first token, last token)); a chain: (relation, instance, m_ids).
Mention = tuple[str, str, tuple[int, int, int]]
Chain = tuple[str, str, tuple[str, ...]]

RESCUE = [
    "http : / / example . org / hikers-found".split(),  # sentence 0 of an ecbplus file: its address
    "Hikers rescued near Lake Tarn".split(),
    "A volunteer team found the two missing hikers on Sunday morning , officials said .".split(),
    "The pair were flown to a hospital in Brennick by a helicopter crew .".split(),
    "`` We were lucky , '' one of them said .".split(),
    "The hikers ' families did n't comment at 10 : 30 on the 2 . 5 km trail .".split(),
]
RESCUE_MENTIONS: list[Mention] = [
    ("ACTION_OCCURRENCE", "1", (1, 1, 1)),  # rescued (headline: not in the annotated list)
    ("HUMAN_PART_PER", "2", (1, 0, 0)),  # Hikers
    ("HUMAN_PART_ORG", "3", (2, 1, 2)),  # volunteer team
    ("ACTION_OCCURRENCE", "4", (2, 3, 3)),  # found
    ("HUMAN_PART_PER", "5", (2, 7, 7)),  # hikers
    ("TIME_DATE", "6", (2, 8, 10)),  # on Sunday morning
    ("HUMAN_PART_PER", "7", (2, 12, 12)),  # officials
    ("ACTION_REPORTING", "8", (2, 13, 13)),  # said
    ("HUMAN_PART_PER", "9", (3, 1, 1)),  # pair
    ("ACTION_OCCURRENCE", "10", (3, 3, 3)),  # flown
    ("LOC_FAC", "11", (3, 5, 8)),  # a hospital in Brennick
    ("HUMAN_PART_PER", "12", (3, 11, 12)),  # helicopter crew
    ("ACTION_REPORTING", "13", (4, 8, 8)),  # said
    ("LOC_GEO", "14", (1, 3, 4)),  # Lake Tarn
]
RESCUE_CHAINS: list[Chain] = [
    ("CROSS_DOC_COREF", "ACT_FIND", ("1", "4")),
    ("CROSS_DOC_COREF", "ACT_FLY", ("10",)),
    ("CROSS_DOC_COREF", "ACT_SAY", ("8", "13")),
    ("CROSS_DOC_COREF", "HUM_HIKERS", ("2", "5", "9")),
]
SHORT = ["Two missing hikers were found alive on Sunday near the lake , police said .".split()]
SHORT_MENTIONS: list[Mention] = [
    ("HUMAN_PART_PER", "1", (0, 2, 2)),  # hikers
    ("ACTION_OCCURRENCE", "2", (0, 4, 4)),  # found
    ("TIME_DATE", "3", (0, 7, 7)),  # Sunday
    ("LOC_GEO", "4", (0, 9, 10)),  # the lake
]
SHORT_CHAINS: list[Chain] = [("CROSS_DOC_COREF", "ACT_FIND", ("2",))]
SENTENCES = """Topic,File,Sentence Number
1,1ecb,0
23,1ecb,0
23,1ecbplus,2
23,1ecbplus,3
23,1ecbplus,4
30,1ecb,0
"""


def _cat_xml(name: str, sentences: list[list[str]], mentions: list[Mention], chains: list[Chain]) -> str:
    """A document as ECB+ writes it: tokens, token-anchored markables, instance descriptors, chains."""
    lines = [f'<Document doc_name="{name}" doc_id="DOC1">']
    t_ids: dict[tuple[int, int], int] = {}
    for s, words in enumerate(sentences):
        for n, word in enumerate(words):
            t_ids[s, n] = len(t_ids) + 1
            escaped = word.replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f'<token t_id="{t_ids[s, n]}" sentence="{s}" number="{n}">{escaped}</token>')
    lines.append("<Markables>")
    for tag, m_id, (s, first, last) in mentions:
        anchors = "".join(f'<token_anchor t_id="{t_ids[s, n]}"/>' for n in range(first, last + 1))
        lines.append(f'<{tag} m_id="{m_id}" >{anchors}</{tag}>')
    for i, (_, instance, _) in enumerate(chains):
        descriptor = f'RELATED_TO="" TAG_DESCRIPTOR="t_{instance}" instance_id="{instance}"'
        lines.append(f'<ACTION_OCCURRENCE m_id="{900 + i}" {descriptor} />')
    lines.append("</Markables>\n<Relations>")
    for i, (relation, instance, members) in enumerate(chains):
        sources = "".join(f'<source m_id="{m}" />' for m in members)
        lines.append(f'<{relation} r_id="{i}" note="{instance}" >{sources}<target m_id="{900 + i}" /></{relation}>')
    lines.append("</Relations>\n</Document>")
    return "\n".join(lines)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    corpus = tmp_path / "ECB+_LREC2014"
    for topic in ("1", "23", "30"):
        (corpus / "ECB+" / topic).mkdir(parents=True)
    (corpus / "ECBplus_coreference_sentences.csv").write_text(SENTENCES, encoding="utf-8")
    for path, (words, mentions, chains) in {
        "23/23_1ecbplus.xml": (RESCUE, RESCUE_MENTIONS, RESCUE_CHAINS),
        "23/23_1ecb.xml": (SHORT, SHORT_MENTIONS, SHORT_CHAINS),
        "1/1_1ecb.xml": (SHORT, SHORT_MENTIONS, SHORT_CHAINS),
    }.items():
        (corpus / "ECB+" / path).write_text(_cat_xml(path, words, mentions, chains), encoding="utf-8")
    # A reserved topic: not even parsed (this is not XML, and reading it would fail).
    (corpus / "ECB+" / "30" / "30_1ecb.xml").write_text("reserved: never read", encoding="utf-8")
    return tmp_path


def test_the_text_is_detokenized_one_sentence_a_line(checkout: Path) -> None:
    by_id = {a.id: a for a in read_ecbplus(checkout, "dev")}
    assert list(by_id) == ["23_1ecb", "23_1ecbplus"]  # the older file first
    assert by_id["23_1ecbplus"].text == (
        "Hikers rescued near Lake Tarn\n"
        "A volunteer team found the two missing hikers on Sunday morning, officials said.\n"
        "The pair were flown to a hospital in Brennick by a helicopter crew.\n"
        "“We were lucky,” one of them said.\n"
        "The hikers' families didn't comment at 10:30 on the 2.5 km trail."
    )
    article = by_id["23_1ecbplus"]
    assert article.quotes == [] and article.claims is None and article.published is None


def test_one_event_per_annotated_sentence_with_a_seminal_occurrence(checkout: Path) -> None:
    documents = {d.article.id: d for d in read_ecbplus_documents(checkout, "dev")}
    rescue = documents["23_1ecbplus"]
    text = rescue.article.text
    lines = text.split("\n")
    events = rescue.article.events or []
    # Sentence 4 is annotated but holds only a reporting verb; the headline holds an
    # occurrence but is not in the annotated list.
    assert [text[e.start : e.end] for e in events] == [lines[1], lines[2]]
    assert [text[a:b] for a, b in rescue.annotated] == lines[1:4]
    assert [text[a:b] for a, b in rescue.unlisted] == [lines[0]]
    found, flown = events
    assert (found.who, found.whom, found.where, found.when) == ("volunteer team", "hikers", None, "on Sunday morning")
    # Passive: the subject is acted on, the agent follows "by".
    assert (flown.who, flown.whom, flown.where, flown.when) == (
        "helicopter crew",
        "pair",
        "a hospital in Brennick",
        None,
    )
    [short] = documents["23_1ecb"].article.events or []
    assert (short.who, short.whom, short.where, short.when) == (None, "hikers", "the lake", "Sunday")


def test_the_reserved_topics_are_refused_and_never_read(
    checkout: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ReservedSplitError, match="reserved for independent evaluation"):
        next(read_ecbplus(checkout, "test"))
    with pytest.raises(SystemExit) as exit_info:
        main([str(checkout), "--split", "test", "--out", str(checkout / "gold.jsonl")])
    assert exit_info.value.code == 2 and "reserved" in capsys.readouterr().err
    assert not (checkout / "gold.jsonl").exists()

    touched: list[str] = []
    names, read = Corpus.names, Corpus.read
    monkeypatch.setattr(Corpus, "names", lambda self, folder: touched.append(folder) or names(self, folder))
    monkeypatch.setattr(Corpus, "read", lambda self, path: touched.append(path) or read(self, path))
    train = list(read_ecbplus(checkout, "train"))
    dev = list(read_ecbplus(checkout, "dev"))
    assert [a.id for a in train] == ["1_1ecb"] and len(dev) == 2
    assert touched and not [path for path in touched if "/30" in path]


def test_a_bare_git_mirror_reads_the_same(checkout: Path, tmp_path: Path) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(checkout)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "ECB+_LREC2014"], check=True)
    subprocess.run([*git, "commit", "-qm", "corpus"], check=True)
    mirror = tmp_path / "mirror.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(checkout), str(mirror)], check=True)
    assert list(read_ecbplus_documents(mirror, "dev")) == list(read_ecbplus_documents(checkout, "dev"))


def test_the_written_gold_file_loads(checkout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = checkout / "gold.jsonl"
    main([str(checkout), "--split", "dev", "--out", str(out)])
    assert "2 articles, 3 events (2 who, 3 whom, 2 where, 2 when)" in capsys.readouterr().err
    assert load_gold(out) == list(read_ecbplus(checkout, "dev"))
