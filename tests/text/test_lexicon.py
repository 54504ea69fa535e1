"""The lexicon's lists: written once, lower case, no entry twice, disjoint where the rules
need them to be, and every derived verb form a real form of its lemma."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from lemminflect import getAllInflections, getAllInflectionsOOV

from summarizer._text import lexicon
from summarizer._text.lexicon import ALL_FORMS, LexiconError, load

LANGUAGES = [m.name for m in pkgutil.iter_modules(lexicon.__path__) if m.ispkg]
EN = load("en")

# Lists that must share no entry: a word in both would make the rules contradict themselves.
DISJOINT = [
    ("MALE_NAMES", "FEMALE_NAMES"),
    ("MALE_WORDS", "FEMALE_WORDS"),
    ("MALE_PRONOUNS", "FEMALE_PRONOUNS"),
    ("SOURCE_NOUNS", "MORE_SOURCE_NOUNS"),
    ("SOURCE_NOUNS", "HEAD_NOUNS"),
    ("MORE_SOURCE_NOUNS", "HEAD_NOUNS"),
    ("HEAD_NOUNS", "NOT_HEADS"),
    ("SOURCE_NOUNS", "NOT_HEADS"),
    ("PLURAL_SOURCES", "NOT_HEADS"),
    ("WEEKDAYS", "MONTHS"),
    ("PERSONAL_PRONOUNS", "SOURCE_NOUNS"),
]


def test_there_is_an_english_lexicon() -> None:
    assert "en" in LANGUAGES
    assert len(EN.verbs) > 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_is_lower_case_and_has_no_repeats(language: str) -> None:
    # load() raises LexiconError on a capital or a repeat; reading the modules again
    # checks that no list is defined in two modules of the folder.
    found = load(language)
    names: dict[str, str] = {}
    for module in lexicon._MODULES:
        contents = vars(importlib.import_module(f"summarizer._text.lexicon.{language}.{module}"))
        for name, value in contents.items():
            if name.isupper() and isinstance(value, str):
                assert name not in names, f"{name} is defined in {names.get(name)} and {module}"
                names[name] = module
    assert set(found.lists) <= set(names)


@pytest.mark.parametrize(("first", "second"), DISJOINT, ids=lambda name: name)
def test_lists_that_must_be_disjoint_are(first: str, second: str) -> None:
    assert not EN.words(first) & EN.words(second)


def test_no_action_is_also_listed_as_no_action() -> None:
    assert not EN.verb_forms("action") & EN.words("NOT_ACTIONS")


def test_verbs_of_speech_are_no_actions() -> None:
    speech = EN.verb_forms("quote") | EN.verb_forms("claim") | EN.verb_forms("stance")
    assert not speech & EN.verb_forms("action", ("past", "participle")) - {"began", "begun", "chose", "chosen"}


@pytest.mark.parametrize("verb", EN.verbs, ids=lambda v: v.lemma)
def test_every_derived_form_is_a_form_of_its_lemma(verb: lexicon.Verb) -> None:
    # A phrasal verb inflects its first word: "pointed out".
    head = verb.lemma.split()[0]
    # lemminflect's table, and its rules where the table lacks a form ("stinging").
    tables = [getAllInflections(head, upos="VERB"), getAllInflectionsOOV(head, upos="VERB")]
    forms = {form for table in tables for found in table.values() for form in found}
    for kind in ALL_FORMS:
        assert verb.form(kind).split()[0] in forms, f"{verb.lemma}: {kind} {verb.form(kind)!r} is not in {forms}"


def test_british_variants_are_forms_of_their_lemma() -> None:
    for variant, lemma in EN.variants.items():
        tables = getAllInflections(lemma, upos="VERB")
        assert variant in {form for found in tables.values() for form in found}


def test_a_repeat_or_a_capital_is_refused() -> None:
    with pytest.raises(LexiconError, match="listed twice"):
        lexicon._entries("TEST", "said said")
    with pytest.raises(LexiconError, match="lower case"):
        lexicon._entries("TEST", "Said")
    with pytest.raises(LexiconError, match="listed twice"):
        lexicon._verbs("say quote\nsay claim")


def test_every_role_a_rule_reads_has_verbs() -> None:
    roles = {"quote", "short", "participle", "claim", "stance", "blame", "hearer", "inverts", "leads", "plural"}
    roles |= {"noun", "catenative", "action", "topic", "settles", "denies", "authors"}
    for role in roles:
        assert EN.verb_forms(role), role
    assert {r for v in EN.verbs for r in v.roles} <= roles
