"""Grounding: aligning the model's free text to the article, and checking the summary.

Alignment goes exact, then case- and typography-insensitive, then fuzzy with a
threshold. A phrase that aligns nowhere is reported, so the model is re-asked;
it is never emitted.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from .grammar import EN, words

FUZZY_THRESHOLD = 90.0
# Typography a model may re-type differently: quote marks of every style, dashes, and
# characters that carry no text (zero-width spaces and joiners, direction marks, word
# joiner, BOM, soft hyphen). No-break and other spaces become " " through NFKC.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"
_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "〝": '"',
        "〞": '"',
        "〟": '"',
        "‹": "'",
        "›": "'",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‐": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "\u00a0": " ",
        **dict.fromkeys(_INVISIBLE),
    }
)


@lru_cache(maxsize=16)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """Casefolded, typography-folded, whitespace-collapsed text, with a map from
    each folded character back to its offset in ``text``.

    Cached: the same article (or evidence window) is folded for every phrase and
    every summary checked against it, which on a long article in many parts was
    most of the time spent."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).translate(_FOLD).casefold()
        for c in folded:
            if c.isspace():
                if prev_space:
                    continue
                c, prev_space = " ", True
            else:
                prev_space = False
            out.append(c)
            index.append(i)
    return "".join(out), tuple(index)


def align(article: str, phrase: str, windows: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """Offsets of ``phrase`` in ``article``, preferring the given windows.

    Returns ``(start, end)`` such that ``article[start:end]`` is the article's own
    wording of the phrase, or None when nothing matches well enough.
    """
    phrase = phrase.strip().strip(_INVISIBLE).strip()
    needle, _ = _fold(phrase)
    if not needle:
        return None
    areas = [*(windows or []), (0, len(article))]
    for a, b in areas:
        at = article.find(phrase, a, b)
        if at >= 0:
            return at, at + len(phrase)
    for a, b in areas:
        hay, index = _fold(article[a:b])
        whole = _find_whole(hay, index, needle)
        if whole is not None:
            return a + whole[0], a + whole[1]
    if len(needle) < 4:
        return None  # too short for fuzzy matching to mean anything
    for a, b in areas:
        hay, index = _fold(article[a:b])
        found = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=FUZZY_THRESHOLD)
        if found is not None and found.dest_end > found.dest_start:
            start = a + index[found.dest_start]
            end = a + index[found.dest_end - 1] + 1
            return _trim_to_words(article, start, end)
    return None


def _find_whole(hay: str, index: tuple[int, ...], needle: str) -> tuple[int, int] | None:
    """The first occurrence of ``needle`` in folded ``hay`` that covers whole original
    characters, as offsets into the unfolded text. A character that folds to several
    ("…" to "...", "ﬁ" to "fi") is matched entirely or not at all, so the span found
    folds back to exactly ``needle``."""
    at = hay.find(needle)
    while at >= 0:
        last = at + len(needle) - 1
        starts_whole = at == 0 or index[at - 1] != index[at]
        ends_whole = last + 1 == len(hay) or index[last + 1] != index[last]
        if starts_whole and ends_whole:
            return index[at], index[last] + 1
        at = hay.find(needle, at + 1)
    return None


def _trim_to_words(article: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not article[start].isalnum():
        start += 1
    while end > start and not article[end - 1].isalnum():
        end -= 1
    return start, end


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {word: n for n, word in enumerate(EN.sequence("NUMBER_WORDS"))} | {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)$")


def _numbers(text: str) -> set[str]:
    found = {m.group(0).replace(",", "") for m in _NUMBER.finditer(text)}
    for word in _WORD.findall(text.lower()):
        if word in _NUMBER_WORDS:
            found.add(str(_NUMBER_WORDS[word]))
    return found


def ungrounded_numbers(summary: str, article: str) -> list[str]:
    """Numbers in ``summary`` (as digits or words) that the article never states."""
    known = _numbers(article)
    return sorted(n for n in _numbers(summary) if n not in known)


def ungrounded_names(summary: str, article: str) -> list[str]:
    """Capitalised words in ``summary``, other than at a sentence start, that the
    article does not contain: invented names, places and organisations."""
    folded_article, _ = _fold(article)
    missing: list[str] = []
    for m in _WORD.finditer(summary):
        word = m.group(0)
        if not word[0].isupper() or _SENTENCE_START.search(summary[: m.start()]):
            continue
        stem = re.sub(r"(?:['’]s)$", "", word)
        if _fold(stem)[0] not in folded_article and stem not in missing:
            missing.append(stem)
    return missing


# ----------------------------------------------------------------- support

_STATEMENT_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*")
# An ID of ours ("S2", "Q1", "A3") or a word of our instructions is never the article's.
_OUR_ID = re.compile(r"\b[SQA]\d+\b")
_FUNCTION_WORDS = words("UNSUPPORTED_OK")
# What a statement may take at most from outside its evidence: a few linking words.
_UNSUPPORTED_SHARE = 1 / 3


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)][:6]
    return word[:6]


def unsupported_words(statement: str, evidence: str) -> list[str]:
    """The words of ``statement`` its ``evidence`` does not support, when too many of
    them are missing (more than a third of its content words) or when it holds one of
    our sentence or quote IDs; else an empty list. A paraphrase may change a word's
    ending ("strikes" for "struck" is not checked so finely) and add linking words."""
    ids = _OUR_ID.findall(statement)
    if ids:
        return ids
    have = {_stem(w) for w in _STATEMENT_WORD.findall(evidence)}
    content = [w for w in _STATEMENT_WORD.findall(statement) if w.lower() not in _FUNCTION_WORDS]
    missing = [w for w in content if _stem(w) not in have]
    if content and len(missing) > len(content) * _UNSUPPORTED_SHARE:
        return missing
    return []
