"""Quotes, sentences and alignment on real typography.

Example tests pin the quote found for each typographic case; property tests (hypothesis)
build articles from fragments of every kind (quote styles, blanks, paragraph breaks,
dashes, stray marks, CJK runs, metadata lines) and check what must hold for any text:
every offset slices back to its text, nothing overlaps, nothing raises.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer._text.article import PreparedArticle, find_quotes, prepare
from summarizer._text.dates import find_date, parse_date
from summarizer._text.grounding import _fold, align

from .linear import assert_linear

# Reproducible in CI: the same examples on every run, and no example database on disk.
PROPERTIES = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

OPENERS = "“„«‹「『〝\"＂‘‚'"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
LINE_BREAKS = "\n\r\u2028\u2029"


def inner_quotes(text: str) -> list[str]:
    return [text[s:e] for _, s, e, _ in find_quotes(text)]


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    "text, quotes",
    [
        # every style of mark
        ("He said “we will win this war” loudly.", ["we will win this war"]),
        ('He said "we will win this war" loudly.', ["we will win this war"]),
        ("He said 'we will win this war' loudly.", ["we will win this war"]),
        ("He said ‘we will win this war’ loudly.", ["we will win this war"]),
        ("Il a dit « Nous sommes prêts » hier.", ["Nous sommes prêts"]),
        ("Il a dit ‹ nous sommes prêts › hier.", ["nous sommes prêts"]),
        ("Er sagte „wir werden gewinnen“ gestern.", ["wir werden gewinnen"]),
        ("Zapytał „czy to już koniec” wczoraj.", ["czy to już koniec"]),
        ("Er sagte ‚wir werden gewinnen‘ gestern.", ["wir werden gewinnen"]),
        ("He said ＂we will win this＂ loudly.", ["we will win this"]),
        ("彼は〝私たちは勝つだろう〟と言った。", ["私たちは勝つだろう"]),
        # no-break, narrow no-break and zero-width blanks inside the marks are not quoted
        ("Il a dit «\u00a0Nous sommes prêts\u00a0» hier.", ["Nous sommes prêts"]),
        ("Il a dit «\u202fNous sommes prêts\u202f» hier.", ["Nous sommes prêts"]),
        ("He said “\u200bwe will win\u00a0this war\ufeff” loudly.", ["we will win\u00a0this war"]),
        ("He said “\u2060 we will\u200bwin it \u200e”.", ["we will\u200bwin it"]),
        # CJK: no spaces, two characters to a word
        ("彼は「私たちは勝つだろう」と言った。", ["私たちは勝つだろう"]),
        ("首相は『直ちに行動する』と述べた。", ["直ちに行動する"]),
        ("外交部发言人说：「我们将采取一切必要措施。」", ["我们将采取一切必要措施。"]),
        ("他们称之为「一国两制」。", []),  # four characters: a slogan, not speech
        ("首相は「大臣が『直ちに行動する』と言った」と述べた。", ["大臣が『直ちに行動する』と言った"]),
        # dashes around and inside
        ("We fought—“and we won this war”—then left.", ["and we won this war"]),
        ('Two-thirds said—"we are fine now"—and left.', ["we are fine now"]),
        ("He said “we will – and must – win” today.", ["we will – and must – win"]),
        # apostrophes inside quotes
        ('"It’s the Taliban’s call," he said.', ["It’s the Taliban’s call,"]),
        ("“It’s the Taliban’s call,” he said.", ["It’s the Taliban’s call,"]),
        ("‘It’s the Taliban’s call,’ he said.", ["It’s the Taliban’s call,"]),
        ("'It's the Taliban's call,' he said.", ["It's the Taliban's call,"]),
        # nested quotes belong to the outer one
        ("“He said ‘no way’ to us,” she said.", ["He said ‘no way’ to us,"]),
        ("\"She said 'it is over for good' and left,\" Jones said.", ["She said 'it is over for good' and left,"]),
        ("„Er sagte ‚nie wieder‘ zu uns“, sagte sie.", ["Er sagte ‚nie wieder‘ zu uns"]),
        # apostrophes and inches that are not quotes
        ("In the '90s the band's 'final tour' was great.", []),
        ("It's the 12\" pipe and the 6' wall, O'Brien's 'rock 'n' roll' said Tom's mom.", []),
        ("Kata’ib Hezbollah's rockets hit on Wednesday’s night.", []),
    ],
)
def test_quote_typography(text: str, quotes: list[str]) -> None:
    assert inner_quotes(text) == quotes


@pytest.mark.parametrize(
    "text, quotes",
    [
        # An unclosed mark is stray: it neither swallows the next paragraph ...
        ("He said “this never closes.\n\nThen “a real quote here,” she said.", ["a real quote here,"]),
        # ... nor the next quote in its paragraph, opened by the same mark.
        ("He said “this never closes. Then “a real quote here,” she said.", ["a real quote here,"]),
        ('He said "this never closes. Then "a real quote here," she said.', ["a real quote here,"]),
        ("Il a dit « jamais fermé. Puis « une vraie citation ici », dit-elle.", ["une vraie citation ici"]),
        ("「閉じない。そして「本当の引用です」と言った。", ["本当の引用です"]),
        # A closing mark alone opens nothing.
        ("Next paragraph ” closes nothing ” at all.", []),
        ("“" * 50 + "a b c", []),
    ],
)
def test_unbalanced_marks(text: str, quotes: list[str]) -> None:
    assert inner_quotes(text) == quotes


@pytest.mark.parametrize(
    "text, quote",
    [
        (
            "He said:\n\n“First we will act on this.\n\n“Then we will see what happens,” he added.",
            "First we will act on this.\n\n“Then we will see what happens,",
        ),
        (
            'He said:\n\n"First we will act.\r\n\r\n"Then we wait.\n\n"And then we win," he added.',
            'First we will act.\r\n\r\n"Then we wait.\n\n"And then we win,',
        ),
        (
            "Er sagte:\n\n„Erst handeln wir jetzt.\n\n„Dann sehen wir weiter“, fügte er hinzu.",
            "Erst handeln wir jetzt.\n\n„Dann sehen wir weiter",
        ),
        (
            "He said:\n\n“First we will act on this.\n\u00a0\n“Then we will see,” he added.",
            "First we will act on this.\n\u00a0\n“Then we will see,",
        ),
    ],
)
def test_multi_paragraph_quote_text_is_the_article_slice(text: str, quote: str) -> None:
    """A quote whose paragraphs reopen with its mark is one quote; its text is the
    article as written, paragraph breaks and reopening marks included."""
    p = prepare(text)
    [q] = p.quotes
    assert q.text == quote == text[q.start : q.end]
    assert text[q.close_mark] in '”"“'


def test_multi_paragraph_quote_needs_the_same_mark() -> None:
    text = "He said:\n\n“First we will act on this.\n\n„Then we will see“, he added."
    assert inner_quotes(text) == ["Then we will see"]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a quote stays in one sentence with its reporting clause
        (
            "“I have spoken with the president. He’s given me the authority,” Esper told reporters. He left.",
            ["“I have spoken with the president. He’s given me the authority,” Esper told reporters.", "He left."],
        ),
        (
            "Raab said: « Nous sommes prêts. Vraiment. » Puis il est parti.",
            ["Raab said: « Nous sommes prêts. Vraiment. » Puis il est parti."],
        ),
        # CJK terminators need no space after them
        (
            "星期三，三名士兵死亡。美国总统表示：“这是不可接受的。”他走了！真的吗？",
            [
                "星期三，三名士兵死亡。",
                "美国总统表示：“这是不可接受的。”",
                "他走了！",
                "真的吗？",
            ],
        ),
        # a CJK quote that is a whole sentence ends it, unless the Japanese reporting clause follows
        (
            "外交部发言人说：「我们将采取一切必要措施。」星期三，三名士兵死亡。",
            [
                "外交部发言人说：「我们将采取一切必要措施。」",
                "星期三，三名士兵死亡。",
            ],
        ),
        (
            "首相は「私たちは直ちに行動する。」と述べた。大臣も同意した。",
            [
                "首相は「私たちは直ちに行動する。」と述べた。",
                "大臣も同意した。",
            ],
        ),
        # capitals of any script, guillemets with a no-break space, caseless scripts
        (
            "Él dijo que sí. Über alles. «\u00a0Nous partons\u00a0», dit-il. Ça va.",
            [
                "Él dijo que sí.",
                "Über alles.",
                "«\u00a0Nous partons\u00a0», dit-il.",
                "Ça va.",
            ],
        ),
        ("قال الوزير إنه سيتحرك. \u200fوأضاف أنه لن يتراجع.", ["قال الوزير إنه سيتحرك.", "وأضاف أنه لن يتراجع."]),
        ("שר הביטחון אמר. \u202eThe minister said it.\u202c", ["שר הביטחון אמר.", "\u202eThe minister said it.\u202c"]),
        # abbreviations, initials and lowercase continuations still do not split
        (
            "Mr. Smith met John F. Kennedy in the U.S. on Monday. it was late. Then he left.",
            [
                "Mr. Smith met John F. Kennedy in the U.S. on Monday. it was late.",
                "Then he left.",
            ],
        ),
        # line ends of every kind are paragraph breaks
        (
            "One here\rTwo here\u2028Three here\u2029Four here\r\nFive",
            [
                "One here",
                "Two here",
                "Three here",
                "Four here",
                "Five",
            ],
        ),
        # no-break and zero-width blanks never pad a sentence
        ("\u00a0\u200bThe minister spoke.\u202f\u200b \ufeffHe left.\u00a0", ["The minister spoke.", "He left."]),
        # an ellipsis ends one like three periods do
        ("He paused… Then he left... Then… no.", ["He paused…", "Then he left...", "Then… no."]),
        # dashes do not end sentences
        ("He fought — and won — the war. She – too – left.", ["He fought — and won — the war.", "She – too – left."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in prepare(text).sentences] == sentences


@pytest.mark.parametrize(
    "article, phrase, expected",
    [
        ("Il a dit «\u00a0Nous sommes prêts\u00a0».", "« nous sommes prêts »", "«\u00a0Nous sommes prêts\u00a0»"),
        ("He said “we\u200b will\u200b act” now.", "we will act", "we\u200b will\u200b act"),
        ("It was — in his words — dead.", "was - in his words - dead", "was — in his words — dead"),
        ("It was ― over − now.", "was - over - now", "was ― over − now"),
        ("彼は「勝つだろう」と言った。", '"勝つだろう"', "「勝つだろう」"),
        ("The soft\u00adware is fine.", "software is", "soft\u00adware is"),
        ("He said “it’s over”.", "It's over", "it’s over"),
    ],
)
def test_align_folds_typography(article: str, phrase: str, expected: str) -> None:
    found = align(article, phrase)
    assert found is not None and article[found[0] : found[1]] == expected


def test_align_invisible_phrase_is_not_found() -> None:
    assert align("The minister spoke.", "\u200b") is None
    assert align("The minister spoke.", "\u200b\ufeff \u00a0") is None
    assert align("", "minister") is None


def test_align_matches_whole_characters_only() -> None:
    """A folded match must cover whole characters: "…" folds to "...", so ".." alone
    is not an exact fold of it."""
    article = "It was the end… and the ﬁnal word."
    start, end = align(article, "end...") or (0, 0)
    assert article[start:end] == "end…"
    start, end = align(article, "the final word") or (0, 0)
    assert article[start:end] == "the ﬁnal word"
    assert align(article, "in") is None  # half of "ﬁ": too short for a fuzzy match


# --------------------------------------------------------------------------- properties

WORDS = [
    "the",
    "minister",
    "said",
    "we",
    "will",
    "act",
    "now",
    "It’s",
    "Taliban’s",
    "O'Brien",
    "'90s",
    '12"',
    "6'",
    "U.S.",
    "Mr.",
    "e.g.",
    "F.",
    "Kennedy",
    "Über",
    "été",
    "Él",
    "Nous",
    "prêts",
    "soft\u00adware",
    "ﬁnal",
    "end…",
    "Esper",
    "Dominic",
    "Raab",
    "Kata’ib",
    "rock",
    "'n'",
    "42",
    "(AP)",
    "[S1]",
    "—",
    "–",
    "-",
    "--",
    "―",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "...",
    "…",
    "(",
    ")",
    "/",
    "&",
    "é",
    "\u0301",
    "👍",
    "👨\u200d💼",
]
CJK = [
    "我们将采取一切必要措施",
    "私たちは",
    "勝つだろう",
    "一国两制",
    "と述べた",
    "。",
    "！",
    "？",
    "，",
    "、",
    "：",
    "し",
]
MARKS = list("“”„«»‹›「」『』〝〞〟\"＂‘’‚'")
BLANKS = [" ", " ", " ", "  ", "\u00a0", "\u202f", "\u200b", "\ufeff", "\t", "\u3000", "\u2060", "\u200f"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\n\u00a0\n", "\n \n"]
METADATA = [
    "date 2020-03-13 ",
    "2020-03-13\n",
    "Published: 13 March 2020\n",
    "Updated March 13, 2020 10:15 ET\n",
    "WASHINGTON (Reuters) - ",
    "BERLIN, March 12 (Reuters) - ",
    "PARIS, 12 March 2020 (AFP) – ",
    "NEW YORK — ",
    "KABUL, Afghanistan (AP) — ",
    "WASHINGTON, D.C. (AP) — ",
    "(CNN) — ",
    "\nLast Update: Friday, 13 March 2020 KSA 02:15 - GMT 23:15",
    "\nPosted on 13 March 2020",
    "\n(Reporting by Idrees Ali; Editing by Chris Reese)",
    "\nPublished: 31 February 2020",
]
PAIRS = [
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("«", "»"),
    ("« ", " »"),
    ("«\u00a0", "\u00a0»"),
    ("«\u202f", "\u202f»"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
    ("〝", "〟"),
    ('"', '"'),
    ("＂", "＂"),
    ("‘", "’"),
    ("‚", "‘"),
    ("'", "'"),
    ("“\u200b", "\u200b”"),
]

word = st.sampled_from(WORDS)
blank = st.sampled_from(BLANKS)
phrase = st.lists(st.tuples(word, blank).map("".join), min_size=1, max_size=6).map("".join)


@st.composite
def quote(draw: st.DrawFn) -> str:
    """A quote in any style: perhaps CJK, nested, over paragraphs, or left open."""
    opener, closer = draw(st.sampled_from(PAIRS))
    inner = draw(st.one_of(phrase, st.lists(st.sampled_from(CJK), min_size=1, max_size=5).map("".join)))
    if draw(st.booleans()):  # nested
        o2, c2 = draw(st.sampled_from(PAIRS))
        inner += " " + o2 + draw(phrase) + c2 + " " + draw(phrase)
    for _ in range(draw(st.integers(0, 2))):  # more paragraphs, each reopened
        inner += draw(st.sampled_from(BREAKS)) + opener + draw(phrase)
    if draw(st.integers(0, 4)) == 0:
        closer = ""  # unbalanced
    return opener + inner + closer + draw(st.sampled_from([",", ".", "", " said Esper.", "と述べた。"]))


fragment = st.one_of(
    word,
    word,
    blank,
    quote(),
    st.sampled_from(MARKS),
    st.sampled_from(BREAKS),
    st.sampled_from(CJK),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=4),
)


@st.composite
def article(draw: st.DrawFn) -> str:
    head = draw(st.lists(st.sampled_from(METADATA[:11]), max_size=2))
    body = draw(st.lists(st.tuples(fragment, st.sampled_from(["", " ", " ", " ", "\u00a0", "\n"])), max_size=40))
    tail = draw(st.lists(st.sampled_from(METADATA[11:]), max_size=2))
    return "".join(head) + "".join(f + sep for f, sep in body) + "".join(tail)


def is_blank(ch: str) -> bool:
    return ch.isspace() or ch in INVISIBLE


def check_prepared(text: str, p: PreparedArticle) -> None:
    assert 0 <= p.body_start <= p.body_end <= len(text)
    assert (p.published is None) == (p.published_source == "none")
    if p.dateline:
        assert p.body_start == p.dateline[0] < p.dateline[1] <= p.body_end
    previous_close = -1
    for q in p.quotes:
        assert text[q.start : q.end] == q.text
        assert q.text and not is_blank(q.text[0]) and not is_blank(q.text[-1])
        assert previous_close < q.open_mark < q.start <= q.end <= q.close_mark
        assert p.body_start <= q.open_mark and q.close_mark < p.body_end
        assert text[q.open_mark] in OPENERS
        previous_close = q.close_mark
    previous_end = p.body_start
    for s in p.sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and not is_blank(s.text[0]) and not is_blank(s.text[-1])
        assert previous_end <= s.start < s.end <= p.body_end
        previous_end = s.end
    # A quote within one paragraph lies within one sentence, with its reporting clause.
    for q in p.quotes:
        if not any(c in LINE_BREAKS for c in text[q.open_mark : q.close_mark]):
            holder = p.sentence_at(q.open_mark)
            assert holder is not None and q.close_mark < holder.end, (q, holder)


@PROPERTIES
@given(article())
def test_prepare_invariants(text: str) -> None:
    check_prepared(text, prepare(text))


@PROPERTIES
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=200))
def test_prepare_never_raises_on_any_text(text: str) -> None:
    check_prepared(text, prepare(text))


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"[^\s{INVISIBLE}]+", text)]


RETYPE = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "’": "'",
        "‘": "'",
        "—": "-",
        "–": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u200b": "",
        "\ufeff": "",
    }
)


@PROPERTIES
@given(article(), st.data())
def test_align_finds_any_slice_of_words(text: str, data: st.DataObject) -> None:
    """A word-aligned slice aligns to text equal to it under the fold, and so does the
    slice re-typed the way a model writes it (straight marks, hyphens, plain spaces,
    other case)."""
    words = _words(text)
    if not words:
        return
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i, min(len(words) - 1, i + 8)))
    piece = text[words[i][0] : words[j][1]]
    retyped = re.sub(r"\s+", " ", piece.translate(RETYPE)).swapcase()
    for phrase in (piece, retyped):
        folded = _fold(phrase.strip().strip(INVISIBLE).strip())[0]
        found = align(text, phrase)
        if not folded:
            assert found is None
            continue
        assert found is not None, (text, phrase)
        assert _fold(text[found[0] : found[1]])[0] == folded, (text, phrase, found)


@PROPERTIES
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60) | st.sampled_from(METADATA))
def test_date_readers_never_raise(text: str) -> None:
    find_date(text)
    parse_date(text)


# --------------------------------------------------------------------------- linear time

PATHOLOGICAL = [
    ("straight-single-quotes", " 'a" * 100_000),
    ("reopened-paragraphs", "“a b\n\n" * 60_000),
    ("nbsp-blank-lines", "It ended" + "\n\u00a0" * 150_000 + "there."),
    ("cjk-stops", "他说" + "。" * 300_000),
    ("cjk-openers", "「" * 300_000),
    ("guillemets", "« a " * 75_000),
    ("zero-width-run", "It ended." + "\u200b" * 300_000 + "There."),
    ("credit-lines", "x.\n" + "(Reporting by A; Editing by B)\n" * 30_000),
    ("header-lines", "Published: 13 March 2020\n" * 30_000 + "x."),
    ("dateline-dashes", "WASHINGTON" + " —" * 150_000),
]


@pytest.mark.parametrize("text", [t for _, t in PATHOLOGICAL], ids=[n for n, _ in PATHOLOGICAL])
def test_preparation_is_linear_on_pathological_typography(text: str) -> None:
    assert_linear(prepare, text)
