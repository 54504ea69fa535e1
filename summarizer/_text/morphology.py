"""Word forms derived from lemmas: the regular inflection of a language's verbs.

A lexicon lists lemmas and their irregular forms only (``write/wrote/written``); the
rest follow the spelling rules here. ``tests/text/test_lexicon.py`` checks every derived
form against lemminflect's tables, so a rule that misspells a form fails there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VOWELS = "aeiou"
# One vowel between consonants at the end of a one-syllable word doubles its last consonant:
# "shrug" -> "shrugged", "hit" -> "hitting". A longer word says so in its lexicon line
# ("admit/admitted", "begin/began/begun/beginning").
_DOUBLES = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


@dataclass(frozen=True)
class VerbForms:
    base: str
    third: str  # "says"
    past: str
    participle: str
    gerund: str  # "saying"

    def all(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.base, self.third, self.past, self.participle, self.gerund)))


def _third(lemma: str) -> str:
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if _DOUBLES.match(lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _gerund(lemma: str, past: str) -> str:
    if past == lemma + lemma[-1] + "ed" or _DOUBLES.match(lemma):  # "admitting", "hitting"
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    return lemma + "ing"


def english_verb(
    lemma: str, past: str | None = None, participle: str | None = None, gerund: str | None = None
) -> VerbForms:
    """The forms of an English verb from its lemma and, where irregular, its past,
    participle and gerund: ``english_verb("say", "said")`` -> say, says, said, said, saying."""
    past = past or _past(lemma)
    return VerbForms(lemma, _third(lemma), past, participle or past, gerund or _gerund(lemma, past))
