"""Shared pieces of the English grammar the finders use: the lexicon, regular expressions
built from its lists, and the patterns of names. Public inside the package; the modules
named for what they find (``attribution``, ``claims``, ``names``, ``events``) build on it.

A list becomes a pattern through ``alternation``, which writes it as a trie
(``sa(?:id|ys?)``): Python's ``re`` tries the alternatives of a flat list one by one at
every position, and a trie lets it reject a position after a character or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import FormKind, load

EN = load("en")


def alternation(words: Iterable[str], *, initial_case: bool = False) -> str:
    """A non-capturing regular expression matching any of ``words`` (a blank inside an
    entry matches any run of blanks). ``initial_case``: the first letter may also be a
    capital ("[Tt]he")."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(trie, initial_case) or ""


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _node(node: dict, initial_case: bool = False) -> str | None:  # type: ignore[type-arg]
    branches: list[str] = []
    for ch in sorted(k for k in node if k):
        rest = _node(node[ch]) or ""
        head = f"[{ch.upper()}{ch}]" if initial_case and ch.upper() != ch else _char(ch)
        branches.append(head + rest)
    ends = "" in node
    if not branches:
        return None
    if len(branches) == 1 and not ends:
        return branches[0] if len(branches[0]) == 1 or not initial_case else f"(?:{branches[0]})"
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def words(name: str) -> frozenset[str]:
    """An English list of the lexicon."""
    return EN.words(name)


def pattern(name: str, *, initial_case: bool = False) -> str:
    """An English list as an alternation."""
    return alternation(EN.words(name), initial_case=initial_case)


def verb_forms(
    role: str, kinds: Iterable[FormKind] = ("base", "third", "past", "participle", "gerund")
) -> frozenset[str]:
    """The English verb forms with ``role``."""
    return EN.verb_forms(role, kinds)


def verb_pattern(role: str, kinds: Iterable[FormKind] = ("base", "third", "past", "participle", "gerund")) -> str:
    """The English verb forms with ``role`` as an alternation."""
    return alternation(EN.verb_forms(role, kinds))


def capitalised(words: Iterable[str]) -> frozenset[str]:
    """``words`` as they open a sentence: "the" -> "The", "u.s" -> "U.s"."""
    return frozenset(w[:1].upper() + w[1:] for w in words)


def lemma_forms(*lemmas: str) -> tuple[str, ...]:
    """Every form of the English verbs ``lemmas`` (each must be in the lexicon)."""
    forms: list[str] = []
    for lemma in lemmas:
        verb = EN.verb(lemma)
        if verb is None:
            raise ValueError(f"{lemma!r} is not a verb of the English lexicon")
        forms += verb.forms.all()
    return tuple(forms)
