"""The text layer's word lists, as data: one folder per language, no rules.

``load(language)`` reads a language's lists (``en/verbs.py``, ``en/people.py``, ...), derives
the regular forms of its verbs (``..morphology``) and checks the lists as it reads them:
lower case, and no entry twice in one list. ``tests/text/test_lexicon.py`` checks what
needs every list at once: lists that must be disjoint, and forms against lemminflect.

In a list, entries are separated by blanks; ``_`` joins the words of one entry
(``press_secretary``). A verb line is ``lemma[/past[/participle[/gerund]]] role ...``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Literal

from ..morphology import VerbForms, english_verb

FormKind = Literal["base", "third", "past", "participle", "gerund"]
ALL_FORMS: tuple[FormKind, ...] = ("base", "third", "past", "participle", "gerund")
# The modules of a language folder, in the order they are read.
_MODULES = ("verbs", "calendar", "people", "nouns", "function", "layout")
# Module-level names that are not word lists.
_NOT_LISTS = frozenset({"VERBS", "VARIANTS"})


class LexiconError(ValueError):
    """A list of a language folder breaks a rule of the lexicon (a repeat, a capital)."""


@dataclass(frozen=True)
class Verb:
    """A verb of the lexicon: its lemma, the roles the rules give it, and its forms (a
    phrasal verb's forms inflect its first word: "pointed out")."""

    lemma: str
    roles: frozenset[str]
    forms: VerbForms

    def form(self, kind: FormKind) -> str:
        return str(getattr(self.forms, kind))


@dataclass(frozen=True, eq=False)
class Lexicon:
    language: str
    verbs: tuple[Verb, ...]
    lists: dict[str, frozenset[str]] = field(repr=False)
    # The same lists in the order they are written (months, number words).
    sequences: dict[str, tuple[str, ...]] = field(repr=False)
    # British spellings the rules derive the American way: "labelled" -> "label".
    variants: dict[str, str] = field(repr=False)
    index: dict[str, Verb] = field(repr=False)

    def words(self, name: str) -> frozenset[str]:
        """The list ``name`` (``"PREPOSITIONS"``), as a set of lower-case entries."""
        try:
            return self.lists[name]
        except KeyError:
            raise LexiconError(f"the {self.language} lexicon has no list {name}") from None

    def sequence(self, name: str) -> tuple[str, ...]:
        """The list ``name`` in the order it is written."""
        self.words(name)
        return self.sequences[name]

    def verb_forms(self, role: str, kinds: Iterable[FormKind] = ALL_FORMS) -> frozenset[str]:
        """The forms of every verb with ``role`` ("quote", "claim", ...), of the ``kinds``
        asked for, British variants included."""
        kinds = tuple(kinds)
        with_role = {v.lemma for v in self.verbs if role in v.roles}
        forms = {v.form(k) for v in self.verbs if v.lemma in with_role for k in kinds}
        forms |= {
            variant for variant, lemma in self.variants.items() if lemma in with_role and _kind_of(variant) in kinds
        }
        return frozenset(forms)

    def verb(self, form: str) -> Verb | None:
        """The verb ``form`` is a form of, if the lexicon lists it."""
        return self.index.get(form.lower())


def _kind_of(variant: str) -> FormKind:
    return "gerund" if variant.endswith("ing") else "past" if variant.endswith("ed") else "third"


def _index(verbs: tuple[Verb, ...], variants: dict[str, str]) -> dict[str, Verb]:
    index: dict[str, Verb] = {}
    for verb in verbs:
        for form in verb.forms.all():
            index.setdefault(form, verb)
    by_lemma = {v.lemma: v for v in verbs}
    for variant, lemma in variants.items():
        if lemma in by_lemma:
            index.setdefault(variant, by_lemma[lemma])
    return index


def _entries(name: str, text: str) -> tuple[str, ...]:
    entries = [e.replace("_", " ") for e in text.split()]
    seen: set[str] = set()
    for entry in entries:
        if entry != entry.lower():
            raise LexiconError(f"{name}: {entry!r} is not lower case")
        if entry in seen:
            raise LexiconError(f"{name}: {entry!r} is listed twice")
        seen.add(entry)
    return tuple(entries)


def _verbs(text: str) -> tuple[Verb, ...]:
    heads: dict[str, tuple[str, str | None, str | None, str | None, frozenset[str]]] = {}
    for line in text.strip().splitlines():
        words = line.split()
        forms = words[0].split("/")
        lemma, rest = forms[0], words[1:]
        # A phrasal verb: "point out quote claim": its particle is the second word.
        if rest and rest[0] in {"out", "it", "back", "on"}:
            lemma, rest = f"{lemma} {rest[0]}", rest[1:]
        if lemma in heads:
            raise LexiconError(f"VERBS: {lemma!r} is listed twice")
        if lemma != lemma.lower():
            raise LexiconError(f"VERBS: {lemma!r} is not lower case")
        past, participle, gerund = (list[str | None](forms[1:]) + [None, None, None])[:3]
        heads[lemma] = (lemma, past, participle, gerund, frozenset(rest))
    verbs = []
    for lemma, past, participle, gerund, roles in heads.values():
        first, _, particle = lemma.partition(" ")
        verb_forms: VerbForms
        if particle:
            _, f_past, f_participle, f_gerund, _ = heads.get(first, (first, None, None, None, frozenset()))
            head = english_verb(first, f_past, f_participle, f_gerund)
            verb_forms = VerbForms(
                *(f"{f} {particle}" for f in (head.base, head.third, head.past, head.participle, head.gerund))
            )
        else:
            verb_forms = english_verb(lemma, past, participle, gerund)
        verbs.append(Verb(lemma, roles, verb_forms))
    return tuple(verbs)


def _module(language: str, name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{language}.{name}")


@lru_cache(maxsize=8)
def load(language: str = "en") -> Lexicon:
    """The lexicon of ``language`` (a folder of this package), read and checked once."""
    lists: dict[str, tuple[str, ...]] = {}
    verbs: tuple[Verb, ...] = ()
    variants: dict[str, str] = {}
    for module_name in _MODULES:
        module = _module(language, module_name)
        for name, value in vars(module).items():
            if not name.isupper() or not isinstance(value, str):
                continue
            if name == "VERBS":
                verbs = _verbs(value)
            elif name == "VARIANTS":
                variants = {variant: lemma for variant, lemma in (line.split() for line in value.strip().splitlines())}
            elif name not in _NOT_LISTS:
                if name in lists:
                    raise LexiconError(f"{language}: the list {name} is defined twice")
                lists[name] = _entries(name, value)
    sets = {name: frozenset(entries) for name, entries in lists.items()}
    return Lexicon(language, verbs, sets, lists, variants, _index(verbs, variants))
