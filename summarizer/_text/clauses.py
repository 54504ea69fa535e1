"""Reporting clauses in a language other than English, read with that language's lexicon.

One finder serves every language that has a lexicon folder with reporting verbs
(``lexicon/fr``, ``lexicon/de``, ...): a seventh language is a folder, not code.

- After the quote, inverted: ``« ... », a déclaré M. Bayrou.``, ``„...“, sagte Scholz.``,
  ``"...", dijo el ministro.``, ``», a-t-il ajouté.`` (a pronoun), ``", dijo."`` (no
  subject, in a language that drops it);
- after the quote, subject first: ``"...", o ministro disse.``;
- before the quote: ``Lindner erklärte: „...“``, ``M. Bayrou a déclaré que « ... »``;
- a source: ``selon M. Bayrou, « ... »``, ``"...", volgens Rutte``, ``Scholz zufolge``.

A speaker is a name (perhaps after a title or a form of address: "M. Bayrou",
"Finanzminister Christian Lindner", "la ministra María Jesús Montero"), or a title
phrase ("le porte-parole du gouvernement"), which becomes the one person the article
gives that title to, when there is one. An article or a capitalised sentence opening
alone is never a speaker. A pronoun (or a dropped subject) is resolved only when one
person the article names before it agrees with it in gender; otherwise it stays
unresolved: abstaining beats guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .article import PreparedArticle, QuoteCandidate
from .attribution import ClauseAttribution
from .claims import AttributionCandidate
from .lexicon import Lexicon, load
from .names import NamedSpeaker

__all__ = ["attributions", "indirect_claims", "person_names", "quote_claims", "supported"]

# A token: an elided article or preposition ("l'", "d'", "dell'"), a word, a number, or
# one other character.
_TOKEN = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])|[^\W\d_](?:[\w-]|['’](?=\w))*|\d+|\S")
# How far past a quote's closing mark its reporting clause may stand.
_AFTER_WINDOW = 160
# How many tokens a subject before its verb may hold (a title, its complement and a
# name in apposition: "Le ministre de l'Économie, Bruno Le Maire,").
_SUBJECT_TOKENS = 12
_OPENING = '«„“"‹»‚「『'
_CLOSING = '»“”"›«‘’」』'


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class _Phrase:
    """A subject as parsed: its span, the name it holds, its title, its gender."""

    start: int
    end: int
    kind: str  # "name", "description", "pronoun"
    name: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    gender: str | None = None
    # A name opening with a capitalised article ("Le Pen", "Lo Russo"): a speaker only
    # when the article gives its fuller form ("Marine Le Pen").
    partial: bool = False


class _Grammar:
    """A language's lexicon, read into the sets and patterns the finder uses."""

    def __init__(self, lexicon: Lexicon) -> None:
        def w(name: str) -> frozenset[str]:
            return lexicon.lists.get(name, frozenset())  # a list a language does not need is empty

        self.language = lexicon.language
        self.finite = w("SPEECH_FINITE")
        self.participles = w("SPEECH_PARTICIPLES")
        self.auxiliaries = w("AUXILIARIES")
        # Reflexive verbs of speaking: "s'est félicité", "s'indigne".
        self.reflexives = w("REFLEXIVE_PRONOUNS")
        self.reflexive_auxiliaries = w("REFLEXIVE_AUXILIARIES")
        self.reflexive_finite = w("REFLEXIVE_FINITE")
        self.reflexive_participles = w("REFLEXIVE_PARTICIPLES")
        # Verbs that introduce a quote only before a colon, perhaps after their object:
        # "ha attaccato il governo: «...»".
        self.colon_finite = w("COLON_FINITE")
        # Forms that report only right after a quote ("„...“, so Scholz"), never speech.
        self.quote_only = w("QUOTE_ONLY")
        self.colon_participles = w("COLON_PARTICIPLES")
        # Longest first: "a-t-il" is "a" + "-t-il", not "a-t" + "-il".
        self.inversions = tuple(sorted(w("INVERSION_SUFFIXES"), key=len, reverse=True))
        self.according_before = w("ACCORDING_BEFORE")
        self.according_after = w("ACCORDING_AFTER")
        self.complementizers = w("COMPLEMENTIZERS")
        self.male_honorifics = w("MALE_HONORIFICS")
        self.female_honorifics = w("FEMALE_HONORIFICS")
        self.honorifics = w("HONORIFICS") | self.male_honorifics | self.female_honorifics
        self.titles = w("TITLES")
        self.title_suffixes = w("TITLE_SUFFIXES")
        self.female_title_suffixes = w("FEMALE_TITLE_SUFFIXES")
        self.title_modifiers = w("TITLE_MODIFIERS")
        self.links = w("COMPLEMENT_LINKS")
        self.particles = w("PARTICLES")
        self.male_names = w("MALE_NAMES")
        self.female_names = w("FEMALE_NAMES")
        self.male_articles = w("MALE_ARTICLES")
        self.female_articles = w("FEMALE_ARTICLES")
        self.articles = w("ARTICLES") | self.male_articles | self.female_articles
        self.male_pronouns = w("MALE_PRONOUNS")
        self.female_pronouns = w("FEMALE_PRONOUNS")
        self.plural_pronouns = w("PLURAL_PRONOUNS")
        self.male_source_pronouns = w("MALE_SOURCE_PRONOUNS")
        self.female_source_pronouns = w("FEMALE_SOURCE_PRONOUNS")
        self.source_pronouns = self.male_source_pronouns | self.female_source_pronouns
        # Weekdays and months stand between a verb and its subject too: "sagte am Mittwoch Scholz".
        self.adverbs = w("CLAUSE_ADVERBS") | w("WEEKDAYS")
        # "am", "el", "le" count as adverbs only before a weekday: "dijo el martes", not
        # "dijo el alcalde".
        self.weekday_articles = w("WEEKDAY_ARTICLES")
        self.weekdays = w("WEEKDAYS")
        self.features = w("FEATURES")
        self.place_prepositions = w("PLACE_PREPOSITIONS")
        self.not_names = (
            (w("WEEKDAYS") | w("MONTHS") | self.articles | self.adverbs | self.weekday_articles)
            | (self.finite | self.according_before)
            | self.male_pronouns
            | self.female_pronouns
            | self.plural_pronouns
            | w("NOT_NAMES")
        )
        self.not_names |= self.honorifics | {h.rstrip(".") for h in self.honorifics}
        # Multi-word forms ("fait valoir") are matched on the text, the rest by token.
        self.verb_phrases = tuple(sorted((f for f in self.participles if " " in f), key=len, reverse=True))

    @property
    def null_subject(self) -> bool:
        return "null subject" in self.features  # "_" joins the words of an entry

    def is_title(self, token: str) -> bool:
        low = token.lower()
        return low in self.titles or any(low.endswith(s) and len(low) > len(s) + 2 for s in self.title_suffixes)

    def title_gender(self, token: str) -> str | None:
        low = token.lower()
        if any(low.endswith(s) for s in self.female_title_suffixes):
            return "f"
        return None


@lru_cache(maxsize=16)
def _grammar(language: str) -> _Grammar:
    return _Grammar(load(language))


@lru_cache(maxsize=16)
def supported(language: str) -> bool:
    """Whether the analyser has reporting-clause rules for ``language`` besides English."""
    try:
        return bool(load(language).lists.get("SPEECH_FINITE"))
    except ModuleNotFoundError:
        return False


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _abbreviation(g: _Grammar, toks: list[_Token], i: int, words: frozenset[str]) -> int:
    """How many tokens the form of address at ``i`` takes ("M" "." is two), or 0."""
    if i >= len(toks):
        return 0
    low = toks[i].low
    if i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == toks[i].end and f"{low}." in words:
        return 2
    return 1 if low in words else 0


def _name_word(g: _Grammar, tok: _Token) -> bool:
    return (
        tok.capitalised
        and tok.low not in g.not_names
        and not g.is_title(tok.text)
        and len(tok.text) > 1
        and not _acronym(tok)  # "LFI", "SPD": a party or a body
    )


def _acronym(tok: _Token) -> bool:
    return len(tok.text) >= 3 and tok.text.isupper()


def _object_article(g: _Grammar, toks: list[_Token], j: int) -> bool:
    """In a language that capitalises its nouns, "der", "den" after a name start its object
    ("sagte Allendorf der Frankfurter Allgemeinen"), unless a particle comes first ("von
    der Leyen")."""
    return (
        "capitalised nouns" in g.features
        and toks[j].text in g.articles
        and not (j > 0 and toks[j - 1].low in g.particles)
    )


def _acronym_after(toks: list[_Token], j: int) -> bool:
    """Whether the particles at ``j`` lead to an acronym ("Olaf Scholz von der SPD"): a
    party or a body, not the rest of the name."""
    k = j
    while k < len(toks) and toks[k].text.islower():
        k += 1
    return k < len(toks) and len(toks[k].text) >= 2 and toks[k].text.isupper()


def _title_in_name(g: _Grammar, tok: _Token) -> bool:
    """A capitalised title word after a particle inside a name ("Bruno Le Maire"), in a
    language that writes its titles in lower case."""
    return tok.capitalised and g.is_title(tok.text) and "capitalised nouns" not in g.features


def _name(g: _Grammar, toks: list[_Token], i: int) -> int:
    """The end index of the name starting at ``i`` ("Charles de Gaulle"), or ``i``."""
    j = i
    while j < len(toks):
        if _name_word(g, toks[j]) or (j > i and toks[j - 1].low in g.particles and _title_in_name(g, toks[j])):
            j += 1
        elif (
            toks[j].low in g.particles
            and j > i
            and not _object_article(g, toks, j)
            and not _acronym_after(toks, j)
            and j + 1 < len(toks)
            and (
                _name_word(g, toks[j + 1])
                or (toks[j + 1].low in g.particles and j + 2 < len(toks))
                or _title_in_name(g, toks[j + 1])
            )
        ):
            j += 1
        else:
            break
        if j - i >= 5:
            break
    while j > i and toks[j - 1].low in g.particles:
        j -= 1
    return j


def _complement(g: _Grammar, toks: list[_Token], i: int) -> int:
    """The end of a title's complement at ``i`` ("de l'Intérieur", "des Finances"), or ``i``."""
    j = i
    while j < len(toks) and toks[j].low in g.links | g.articles:
        j += 1
    if j == i or j >= len(toks) or not toks[j].capitalised:
        return i
    k = j
    # "dell'Economia Giancarlo Giorgetti": a given name starts the name after the complement.
    while k < len(toks) and toks[k].capitalised and k - j < 3 and not (k > j and _given_name(g, toks[k])):
        k += 1
    return k


def _noun_before_given_name(g: _Grammar, words: list[str]) -> bool:
    """In a language that capitalises its nouns, whether a name of three words or more
    opens with a noun before a given name ("Zeuge Peter Müller")."""
    return (
        "capitalised nouns" in g.features
        and len(words) >= 3
        and words[0] not in g.male_names | g.female_names
        and words[1] in g.male_names | g.female_names
    )


def _given_name(g: _Grammar, tok: _Token) -> bool:
    return tok.low in g.male_names or tok.low in g.female_names


# How many words a title's complement in lower case may hold ("de la région").
_LOWER_COMPLEMENT = 4


def _lower_complement(g: _Grammar, toks: list[_Token], i: int, extends: bool = False) -> int:
    """The index of the comma after a title's complement in lower case ("de la région,"),
    or ``i`` when there is none. ``extends``: a complement was read, which lower-case words
    may go on ("de la Fédération hospitalière,")."""
    if i >= len(toks) or not (toks[i].low in g.links or (extends and toks[i].text.islower())):
        return i
    if any(t.low in g.finite | g.auxiliaries for t in toks[i : i + _LOWER_COMPLEMENT + 1]):
        return i
    k = i
    while k < len(toks) and k - i <= _LOWER_COMPLEMENT and toks[k].text != ",":
        if not (toks[k].low in g.links | g.articles or (toks[k].text[:1].islower() and toks[k].text.isalpha())):
            return i
        k += 1
    return k if k < len(toks) and toks[k].text == "," else i


def _gender_of_name(g: _Grammar, name: tuple[str, ...]) -> str | None:
    first = name[0].lower() if name else ""
    if first in g.male_names:
        return "m"
    if first in g.female_names:
        return "f"
    return None


def _article_name(g: _Grammar, toks: list[_Token], i: int) -> int:
    """The end of a surname that opens with a capitalised article inside a sentence ("selon
    Le Pen", "secondo Lo Russo", "a affirmé Le Maire"), or ``i``. Not in a language that
    capitalises its nouns, and not after a stop or a quote mark (a sentence's "Le")."""
    if not (toks[i].capitalised and toks[i].low in g.articles) or i == 0 or i + 1 >= len(toks):
        return i
    if "capitalised nouns" in g.features or toks[i - 1].text in ".!?:;" + _OPENING + _CLOSING:
        return i
    nxt = toks[i + 1]
    if _title_in_name(g, nxt):
        return i + 2
    return _name(g, toks, i + 1) if _name_word(g, nxt) else i


def _name_after_title(g: _Grammar, toks: list[_Token], i: int, title: list[str]) -> tuple[int, int]:
    """The span (start, end) of the name at ``i`` after ``title`` (extended in place with
    what turns out to belong to the title); start == end: no name."""
    end = _name(g, toks, i)
    comma = _lower_complement(g, toks, i, len(title) > 1) if end == i and title else i
    if end == i and title and comma + 1 < len(toks) and toks[comma].text == ",":
        # "le ministre de l'Intérieur, Gérald Darmanin,", "la présidente de la région,
        # Carole Delga,": the name in apposition; a comma with no name after it ("selon la
        # Première ministre, « ...") names no one.
        apposed = _name(g, toks, comma + 1)
        if apposed > comma + 1:
            title.extend(t.text for t in toks[i:comma])
            i, end = comma + 1, apposed
    if end > i and _noun_before_given_name(g, [t.low for t in toks[i:end]]):
        title.append(toks[i].text)  # "Zeuge Peter Müller": a noun, then the name
        i += 1
    return i, end


def _parse(g: _Grammar, toks: list[_Token], i: int) -> tuple[_Phrase, int] | None:
    """The subject starting at token ``i`` and the index after it, or None."""
    if i >= len(toks):
        return None
    start = toks[i].start
    low = toks[i].low
    if low in g.male_pronouns | g.female_pronouns:
        return _Phrase(start, toks[i].end, "pronoun", gender="m" if low in g.male_pronouns else "f"), i + 1
    surname = _article_name(g, toks, i)
    if surname > i:
        name = tuple(t.text for t in toks[i:surname])
        return _Phrase(start, toks[surname - 1].end, "name", name, partial=True), surname
    gender: str | None = None
    article = False
    if low in g.articles:
        article = True
        gender = "m" if low in g.male_articles else "f" if low in g.female_articles else None
        i += 1
    title: list[str] = []
    while i < len(toks) and (g.is_title(toks[i].text) or (title and toks[i].low in g.title_modifiers)):
        if not title:
            gender = gender or g.title_gender(toks[i].text)
        title.append(toks[i].text)
        i += 1
        while i < len(toks) and _acronym(toks[i]):  # "le député LFI Éric Coquerel"
            title.append(toks[i].text)
            i += 1
        after = _complement(g, toks, i)
        if after > i:
            title.extend(t.text for t in toks[i:after])
            i = after
    honorific = 0
    for words, said in ((g.male_honorifics, "m"), (g.female_honorifics, "f"), (g.honorifics, None)):
        honorific = _abbreviation(g, toks, i, words)
        if honorific:
            gender = said or gender
            break
    i += honorific
    i, end = _name_after_title(g, toks, i, title)
    if end > i:
        name = tuple(t.text for t in toks[i:end])
        gender = gender or _gender_of_name(g, name)
        if not (article or title or honorific) and toks[i].low in g.particles:
            return None
        kind = "description" if article and not title and not honorific else "name"
        return _Phrase(start, toks[end - 1].end, kind, name, tuple(title), gender), end
    if title and (article or honorific):
        return _Phrase(start, toks[i - 1].end, "description", (), tuple(title), gender), i
    return None


def _adverbs_before(g: _Grammar, toks: list[_Token], i: int) -> int:
    """Where the adverbs right before token ``i`` start ("Scholz am Mittwoch sagte")."""
    while i > 0:
        if toks[i - 1].low in g.adverbs:
            i -= 1
            if i > 0 and toks[i].low in g.weekdays and toks[i - 1].low in g.weekday_articles:
                i -= 1
        else:
            break
    return i


def _skip_adverbs(g: _Grammar, toks: list[_Token], i: int) -> int:
    while i < len(toks):
        if toks[i].low in g.adverbs:
            i += 1
        elif toks[i].low in g.weekday_articles and i + 1 < len(toks) and toks[i + 1].low in g.weekdays:
            i += 2
        else:
            break
    return i


@dataclass(frozen=True)
class _Clause:
    phrase: _Phrase | None  # None: a dropped subject ("dijo.")
    cue: tuple[int, int]


def _inverted(g: _Grammar, word: str) -> tuple[str, bool]:
    """``word`` without an inverted pronoun ("a-t-il" -> "a"), and whether it had one."""
    for suffix in g.inversions:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], True
    return word, False


def _agreeing(word: str, forms: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``forms`` or agrees with one ("indignée", "réjouis")."""
    return any(word == f + ending for ending in ("", "e", "s", "es") for f in forms)


def _reflexive_at(g: _Grammar, toks: list[_Token], i: int) -> tuple[int, bool] | None:
    """The reflexive verb group at ``i`` ("s'est félicité", "s'est-elle indignée",
    "s'exclame"): the index after it and whether it ends in an inverted pronoun."""
    if i + 1 >= len(toks) or toks[i].low not in g.reflexives:
        return None
    base, inverted = _inverted(g, toks[i + 1].low)
    if base in g.reflexive_finite:
        return i + 2, inverted
    if base in g.reflexive_auxiliaries:
        j = _skip_adverbs(g, toks, i + 2)
        if j < len(toks) and _agreeing(toks[j].low, g.reflexive_participles):
            return j + 1, inverted
    return None


def _verb_at(g: _Grammar, text: str, toks: list[_Token], i: int, colon: bool = False) -> tuple[int, bool] | None:
    """The index after the reporting verb group at ``i`` ("a déclaré", "a-t-il dit",
    "sagte", "ha detto", "s'est félicité"), and whether it ends in an inverted pronoun;
    or None. ``colon``: the group stands before a colon, where the verbs that introduce a
    quote only so count too."""
    if i >= len(toks):
        return None
    reflexive = _reflexive_at(g, toks, i)
    if reflexive is not None:
        return reflexive
    base, inverted = _inverted(g, toks[i].low)
    if base in g.finite or (colon and base in g.colon_finite):
        return i + 1, inverted
    if base in g.auxiliaries:
        j = _skip_adverbs(g, toks, i + 1)
        if j < len(toks) and (toks[j].low in g.participles or (colon and toks[j].low in g.colon_participles)):
            return j + 1, inverted
        for phrase in g.verb_phrases:
            if j < len(toks) and text[toks[j].start : toks[j].start + len(phrase)].lower() == phrase:
                k = j
                while k < len(toks) and toks[k].end <= toks[j].start + len(phrase):
                    k += 1
                return k, inverted
    return None


def _inverted_pronoun(g: _Grammar, toks: list[_Token], start: int, end: int) -> _Phrase:
    """The pronoun an inverted verb group ``toks[start:end]`` ends its verb with ("-il"
    of "a-t-il dit", "-elle" of "s'est-elle indignée")."""
    tok = next(t for t in toks[start:end] if _inverted(g, t.low)[1])
    suffix = tok.text.rsplit("-", 1)[-1]
    low = suffix.lower()
    gender = "m" if low in g.male_pronouns else "f" if low in g.female_pronouns else "p"
    return _Phrase(tok.end - len(suffix), tok.end, "pronoun", gender=gender)


_CLOSING_PUNCTUATION = "\"'”’»›“‘ "


def _after(g: _Grammar, text: str, quote: QuoteCandidate, limit: int) -> _Clause | None:
    """The reporting clause right after ``quote``'s closing mark."""
    toks = _tokens(text, quote.close_mark + 1, limit)
    i = 0
    while i < len(toks) and toks[i].text in ",—–-":
        i += 1
    if i == len(toks):
        return None
    if i == 0 and toks[0].capitalised and quote.text.rstrip(_CLOSING_PUNCTUATION).endswith((".", "!", "?", "…")):
        # The quote ended its sentence and the next one starts: what follows is another
        # statement (". Volgens minister Kaag is „...“"), not this quote's clause.
        return None
    if toks[i].low in g.according_before:
        parsed = _parse(g, toks, i + 1)
        if parsed and parsed[0].kind != "pronoun":
            return _Clause(parsed[0], (toks[i].start, toks[i].end))
        return None
    # After a quote, an inverted verb is a reporting one even if it otherwise wants a colon
    # ("« ... », a attaqué le député X").
    verb = _verb_at(g, text, toks, i, colon=True)
    if verb is not None:
        after, inverted = verb
        cue = (toks[i].start, toks[after - 1].end)
        if inverted:
            return _Clause(_inverted_pronoun(g, toks, i, after), cue)
        j = _skip_adverbs(g, toks, after)
        parsed = _parse(g, toks, j)
        if parsed is not None:
            return _Clause(parsed[0], cue)
        if j + 1 < len(toks) and toks[j].low in g.articles:
            # "dijo una periodista": a subject the text names no one by, not a dropped one
            return _Clause(_Phrase(toks[j].start, toks[j + 1].end, "description"), cue)
        if g.null_subject and (j >= len(toks) or toks[j].text in ".,;!?" or toks[j].low[:1].islower()):
            return _Clause(None, cue)
        return None
    # Subject first: '", o ministro disse.' / '", Scholz zufolge.'
    if i > 0 or toks[0].text == ",":
        parsed = _parse(g, toks, i)
        if parsed is not None and parsed[0].kind != "pronoun":
            phrase, j = parsed
            if j < len(toks) and toks[j].low in g.according_after:
                return _Clause(phrase, (toks[j].start, toks[j].end))
            j = _skip_adverbs(g, toks, j)
            verb = _verb_at(g, text, toks, j)
            if verb is not None and not verb[1]:
                return _Clause(phrase, (toks[j].start, toks[verb[0] - 1].end))
    return None


def _source_pronoun(g: _Grammar, toks: list[_Token], i: int) -> tuple[_Phrase, int] | None:
    """ "lui" of "selon lui", "ihm" of "laut ihm": a pronoun standing for the source."""
    if i >= len(toks):
        return None
    low = toks[i].low
    if low in g.male_source_pronouns or low in g.female_source_pronouns:
        gender = "m" if low in g.male_source_pronouns else "f"
        return _Phrase(toks[i].start, toks[i].end, "pronoun", gender=gender), i + 1
    return None


def _according_before(g: _Grammar, toks: list[_Token], end: int) -> _Clause | None:
    """ "selon M. Bayrou, « ... »": a source ending right before the quote's comma."""
    for k in range(max(0, end - _SUBJECT_TOKENS - _COPULA_TOKENS), end):
        if toks[k].low in g.according_before:
            parsed = _source_pronoun(g, toks, k + 1) or _parse(g, toks, k + 1)
            if (
                parsed
                and _copula(toks[parsed[1] : end])
                and (parsed[0].kind != "pronoun" or toks[k + 1].low in g.source_pronouns)
            ):
                return _Clause(parsed[0], (toks[k].start, toks[k].end))
    return None


# "Laut Lauterbach ist »...«", "selon lui, la ville « ... »": a verb, or a comma and a
# subject, may stand between a source and the quote it gives; a capitalised word there (a
# German noun) may not.
_COPULA_TOKENS = 3


def _copula(gap: list[_Token]) -> bool:
    if gap and gap[0].text == ",":
        gap = gap[1:]
    return len(gap) <= _COPULA_TOKENS and all(t.text[:1].isalpha() and not t.capitalised for t in gap)


def _before(g: _Grammar, text: str, start: int, quote: QuoteCandidate) -> _Clause | None:
    """The reporting clause that introduces ``quote`` in its sentence: "Lindner erklärte:",
    "M. Bayrou a déclaré que", "selon M. Bayrou,"."""
    toks = _tokens(text, start, quote.open_mark)
    if not toks:
        return None
    end = len(toks)
    colon = toks[-1].text == ":"
    direct = False  # the verb right before the opening mark: "X a dénoncé « ... »"
    if toks[-1].text in ":,":
        end -= 1
    elif toks[-1].low in g.complementizers:
        end -= 1
    elif toks[-1].text not in "—–":
        # "Laut Lindner „gibt es ...“": a source right before the opening mark.
        according = _according_before(g, toks, end)
        if according is not None:
            return according
        direct = True
    according = _according_before(g, toks, end)
    if according is not None:
        return according
    # The verb: the last reporting verb group, with at most a few words after it
    # ("sagte am Mittwoch in Berlin:", "ha attaccato il governo:").
    for v in range(end - 1, max(-1, end - 8), -1):
        verb = _verb_at(g, text, toks, v, colon=colon)
        if verb is None:
            # an auxiliary's participle is found from the auxiliary
            continue
        after, inverted = verb
        if after > end or any(t.text in ".;!?" for t in toks[after:end]) or (direct and after != end):
            continue
        cue = (toks[v].start, toks[after - 1].end)
        if inverted:
            return _Clause(_inverted_pronoun(g, toks, v, after), cue)
        # The subject ends right before the verb (adverbs aside).
        s_end = _adverbs_before(g, toks, v)
        subject = _subject_before(g, toks, s_end)
        if subject is not None:
            return _Clause(subject, cue)
        if g.null_subject and (s_end == 0 or toks[s_end - 1].text in ",;"):
            return _Clause(None, cue)
        return None
    return None


def _subject_before(g: _Grammar, toks: list[_Token], s_end: int) -> _Phrase | None:
    """The subject phrase ending at token ``s_end`` (a verb's start), or None."""
    for k in range(max(0, s_end - _SUBJECT_TOKENS), s_end):
        before = toks[k - 1] if k > 0 else None
        if before and (
            (before.capitalised and before.low not in g.not_names) or before.low in g.articles | g.particles | g.links
        ):
            continue  # not the start of a phrase
        parsed = _parse(g, toks, k)
        if parsed is None:
            continue
        phrase, after = parsed
        if after == s_end:
            return phrase
        # "El portavoz del PP, Borja Sémper, acusó": a title and its name in apposition,
        # closed by a comma before the verb.
        apposed = phrase.kind == "name" and phrase.title and toks[after - len(phrase.name) - 1].text == ","
        if apposed and after == s_end - 1 and toks[after].text == ",":
            return phrase
    return None


def _complement_word(g: _Grammar, toks: list[_Token], k: int) -> bool:
    """Whether ``toks[k]`` is a title's complement ("Economia" of "il ministro
    dell'Economia", "Pd" of "il segretario del Pd"), not the start of a name."""
    link = toks[k - 1].low
    if link in (g.links | g.articles) - g.particles:
        return True
    return link in g.links and k > 1 and g.is_title(toks[k - 2].text)


def _canonical(g: _Grammar, text: str, phrase: _Phrase) -> NamedSpeaker:
    """The fullest form the article gives of a name: "Bayrou" -> "François Bayrou"."""
    role = " ".join(phrase.title) or None
    surname = phrase.name[-1]
    fuller: set[tuple[str, ...]] = set()
    toks = _tokens(text, 0, len(text))
    for n, tok in enumerate(toks):
        if tok.text != surname:
            continue
        k = n
        while k > 0 and n - k < 4 and (_name_word(g, toks[k - 1]) or toks[k - 1].low in g.particles):
            if k > 1 and _complement_word(g, toks, k - 1):
                break  # "dell'Economia Giancarlo Giorgetti": the word before is a title's complement
            k -= 1
        while k < n and toks[k].low in g.particles:
            k += 1
        form = tuple(t.text for t in toks[k : n + 1])
        if len(form) > len(phrase.name) and form[-len(phrase.name) :] == phrase.name:
            fuller.add(form)
    widest = [f for f in fuller if not any(f != h and set(f) < set(h) for h in fuller)]
    name = widest[0] if len(widest) == 1 else phrase.name
    if _noun_before_given_name(g, [w.lower() for w in name]):
        name = name[1:]
    return NamedSpeaker(name=" ".join(name), role=role)


@dataclass(frozen=True)
class _Person:
    key: str  # the surname
    speaker: NamedSpeaker
    gender: str | None


def _people(g: _Grammar, article: PreparedArticle, end: int) -> dict[str, _Person]:
    """The people the article names before ``end`` (outside quotes), by surname: a name
    after a title or a form of address, or of two words or more."""
    text = article.text
    quoted = [(q.open_mark, q.close_mark + 1) for q in article.quotes]
    toks = [
        t
        for t in _tokens(text, article.body_start, end)
        if not any(a <= t.start < b for a, b in quoted) and article.in_story(t.start)
    ]
    found: dict[str, _Person] = {}
    i = 0
    while i < len(toks):
        parsed = _parse(g, toks, i) if (i == 0 or not toks[i - 1].capitalised) else None
        if parsed is None or parsed[0].kind != "name":
            i += 1
            continue
        phrase, after = parsed
        # A single capitalised word opening a sentence may be anyone's name ("Rutte en
        # Hoekstra spraken"): it counts, so that a pronoun after it is not given to another.
        place = i > 0 and toks[i - 1].low in g.place_prepositions
        if len(phrase.name) >= 2 or phrase.title or phrase.gender or (len(phrase.name[0]) > 2 and not place):
            speaker = _canonical(g, text, phrase)
            key = phrase.name[-1]
            known = found.get(key)
            gender = phrase.gender if known is None else (known.gender or phrase.gender)
            if known is not None and known.gender and phrase.gender and known.gender != phrase.gender:
                gender = None
            found[key] = _Person(key, speaker if known is None else known.speaker, gender)
        i = after
    return found


def _by_title(g: _Grammar, article: PreparedArticle, phrase: _Phrase) -> NamedSpeaker | None:
    """The one person the article gives the title of ``phrase`` ("le ministre" -> the
    minister it names), or None."""
    head = phrase.title[0].lower()
    text = article.text
    toks = _tokens(text, article.body_start, article.body_end)
    names = set()
    wanted = [w.lower() for w in phrase.title]
    for n, tok in enumerate(toks):
        if tok.low != head or (n > 0 and g.is_title(toks[n - 1].text)):
            continue  # "ministre" of "Première ministre" is not "le ministre"
        parsed = _parse(g, toks, n)
        if not (parsed and parsed[0].kind == "name" and parsed[0].name):
            continue
        given = [w.lower() for w in parsed[0].title]
        if len(given) > len(wanted) and g.is_title(given[len(wanted)]):
            continue  # "la première (fois)" is not "la Première ministre"
        names.add(_canonical(g, text, parsed[0]).name)
    if len(names) == 1:
        return NamedSpeaker(name=names.pop(), role=" ".join(phrase.title))
    return None


def _speaker(g: _Grammar, article: PreparedArticle, phrase: _Phrase) -> NamedSpeaker | None:
    text = article.text
    if phrase.kind == "name":
        named = _canonical(g, text, phrase)
        if phrase.partial and len(named.name.split()) <= len(phrase.name):
            return None  # "Le Pen" with no "Marine Le Pen" in the article: unsure
        return named
    if phrase.title:
        return _by_title(g, article, phrase)
    # "le gouvernement", "Il ministro" with no one the article names so: the clause's
    # subject is kept as its mention, and no speaker is made of a common noun.
    return None


def _resolve(g: _Grammar, article: PreparedArticle, at: int, gender: str | None) -> NamedSpeaker | None:
    """The one person named before ``at`` a pronoun of ``gender`` (None: a dropped
    subject, any gender) may stand for; None when there is not exactly one."""
    if gender == "p":
        return None
    people = _people(g, article, at)
    fitting = [p for p in people.values() if gender is None or p.gender in (None, gender)]
    return fitting[0].speaker if len(fitting) == 1 else None


def _clause(g: _Grammar, article: PreparedArticle, quote: QuoteCandidate, previous_end: int) -> _Clause | None:
    text = article.text
    limit = min(len(text), quote.close_mark + 1 + _AFTER_WINDOW)
    for stop in ("\n", *_OPENING):
        found = text.find(stop, quote.close_mark + 1, limit)
        if found != -1:
            limit = found
    found_after = _after(g, text, quote, limit)
    if found_after is not None:
        return found_after
    sentence = article.sentence_at(quote.open_mark)
    start = max(sentence.start if sentence else article.body_start, previous_end)
    line = text.rfind("\n", 0, quote.open_mark) + 1
    return _before(g, text, max(start, line), quote)


def attributions(article: PreparedArticle, language: str) -> list[ClauseAttribution]:
    """One per quote, in order: the speaker the reporting clause in ``language`` names,
    a pronoun resolved where the text settles it, a quote continuing the previous one
    of its paragraph; else none."""
    g = _grammar(language)
    text = article.text
    out: list[ClauseAttribution] = []
    previous_end = article.body_start
    for quote in article.quotes:
        clause = _clause(g, article, quote, previous_end)
        previous_end = quote.close_mark + 1
        if clause is None:
            out.append(_continued(text, quote, out, article))
            continue
        phrase = clause.phrase
        if phrase is None or phrase.kind == "pronoun":
            mention = None if phrase is None else (phrase.start, phrase.end)
            gender = None if phrase is None else phrase.gender
            speaker = _resolve(g, article, quote.open_mark, gender)
            out.append(ClauseAttribution(quote.id, mention, clause.cue, speaker, pronoun=True))
            continue
        out.append(ClauseAttribution(quote.id, (phrase.start, phrase.end), clause.cue, _speaker(g, article, phrase)))
    return out


def _clause_follows(text: str, quote: QuoteCandidate) -> bool:
    """Whether a clause the finder could not read follows ``quote`` in its sentence
    ('„...“, entgegnete Friedrich Merz.', '« ... », a objecté X'): the quote is then that
    clause's, not a continuation of the previous speaker's."""
    after = re.match(r"[ \t\u00a0\u202f]*([,—–]|[^\W\d_])", text[quote.close_mark + 1 : quote.close_mark + 40])
    return after is not None and (after.group(1) in ",—–" or after.group(1).islower())


def _continued(
    text: str, quote: QuoteCandidate, found: list[ClauseAttribution], article: PreparedArticle
) -> ClauseAttribution:
    """A quote with no clause of its own continues the previous quote of its paragraph
    when that one has a speaker and nothing but blanks and punctuation stands between."""
    if found and found[-1].speaker is not None and not _clause_follows(text, quote):
        previous = article.quotes[len(found) - 1]
        between = text[previous.close_mark + 1 : quote.open_mark]
        clause_end = max(previous.close_mark + 1, found[-1].mention[1] if found[-1].mention else 0)
        rest = text[clause_end : quote.open_mark] if clause_end <= quote.open_mark else between
        if "\n\n" not in between and not re.search(r"[^\W\d_]", rest):
            return ClauseAttribution(quote.id, found[-1].mention, None, found[-1].speaker, continued=True)
    return ClauseAttribution(quote.id, None, None, None)


def person_names(article: PreparedArticle, language: str) -> list[str]:
    """The people the article names, as the model may choose among them."""
    if not supported(language):
        return []
    return [p.speaker.name for p in _people(_grammar(language), article, article.body_end).values()]


def quote_claims(article: PreparedArticle, found: tuple[ClauseAttribution, ...]) -> tuple[AttributionCandidate, ...]:
    """The direct quotes whose clause names a source (or a pronoun), as claims."""
    out: list[AttributionCandidate] = []
    for quote, clause in zip(article.quotes, found, strict=True):
        source = clause.mention or clause.cue
        if source is None or (clause.speaker is None and not clause.pronoun):
            continue
        spans = [(quote.start, quote.end), source]
        ids = tuple(dict.fromkeys(s.id for a, b in spans for s in article.sentences if s.start < b and a < s.end))
        if not ids:
            continue
        out.append(
            AttributionCandidate(
                id=f"A{len(out) + 1}",
                kind="quote",
                source=source,
                cue=clause.cue,
                contents=((quote.start, quote.end),),
                sentence_ids=ids,
                speaker=clause.speaker,
                pronoun=clause.pronoun,
                quote_id=quote.id,
            )
        )
    return tuple(out)


@dataclass(frozen=True)
class _Claim:
    kind: str  # "indirect" or "according_to"
    phrase: _Phrase
    cue: tuple[int, int]
    content: tuple[int, int]


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The reported clause from ``start`` to its sentence's ``end``, without the final
    stop; None when it is a direct quote (a quote claim already) or holds no words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;!?…"):
        end -= 1
    if start >= end or not re.search(r"[^\W\d_]{2}", text[start:end]):
        return None
    if any(mark in text[start:end] for mark in _OPENING + _CLOSING):
        return None  # a quote mark the finder left unpaired: the clause's bounds are unsure
    return start, end


def _indirect(g: _Grammar, text: str, toks: list[_Token], end: int) -> _Claim | None:
    """The first "X a affirmé que ...", "X sagte, dass ...", "sagte X, dass ...", "selon X,
    ..." of a sentence (its tokens ``toks``, ending at ``end``)."""
    for v in range(len(toks)):
        if v == 0 and toks[0].low in g.according_before:
            return _according(g, text, toks, end)
        verb = _verb_at(g, text, toks, v) if toks[v].low not in g.quote_only else None
        if verb is None:
            continue
        after, inverted = verb
        cue = (toks[v].start, toks[after - 1].end)
        subject: _Phrase | None = _inverted_pronoun(g, toks, v, after) if inverted else None
        j = _skip_adverbs(g, toks, after)
        if subject is None and not (j < len(toks) and (toks[j].low in g.complementizers or toks[j].text == ",")):
            # "sagte Scholz, dass", "afirmó el ministro que": the subject after the verb
            parsed = _parse(g, toks, j)
            if parsed is not None and parsed[0].kind != "description":
                subject, j = parsed[0], _skip_adverbs(g, toks, parsed[1])
        # "sagte Kanzler Olaf Scholz in Berlin, dass", "betonte am Montag in Brüssel, dass":
        # a short phrase before the comma
        comma = next((k for k in range(j, min(len(toks), j + 4)) if toks[k].text == ","), j)
        if all(_verb_at(g, text, toks, k) is None and toks[k].low not in g.complementizers for k in range(j, comma)):
            j = comma
        if j < len(toks) and toks[j].text == ",":
            j += 1
        if not (j < len(toks) and toks[j].low in g.complementizers):
            continue
        if subject is None:
            s_end = _adverbs_before(g, toks, v)
            subject = _subject_before(g, toks, s_end)
        content = _content(text, toks[j].end, end)
        if subject is None or content is None:
            return None
        return _Claim("indirect", subject, cue, content)
    return _reported_before(g, text, toks)


def _according(g: _Grammar, text: str, toks: list[_Token], end: int) -> _Claim | None:
    """ "Selon M. Bayrou, ...", "Volgens minister De Jonge is ...": the source after
    "selon", then a comma or (in a verb-second language) the verb in lower case."""
    parsed = _parse(g, toks, 1)
    if not parsed or parsed[0].kind != "name" or parsed[1] >= len(toks):
        return None
    nxt = toks[parsed[1]]
    if nxt.text == ",":
        content = _content(text, nxt.end, end)
    elif nxt.text[:1].islower() and nxt.text.isalpha():
        content = _content(text, nxt.start, end)
    else:
        return None
    return None if content is None else _Claim("according_to", parsed[0], (toks[0].start, toks[0].end), content)


def _reported_before(g: _Grammar, text: str, toks: list[_Token]) -> _Claim | None:
    """ "Die Lage sei ernst, sagte Scholz am Mittwoch.", "La croissance sera forte, a
    estimé M. Bayrou.": the reported clause first, then a comma and the inverted clause
    naming its source."""
    for c in range(1, len(toks) - 1):
        if toks[c].text != ",":
            continue
        verb = _verb_at(g, text, toks, c + 1)
        if verb is None:
            continue
        after, inverted = verb
        cue = (toks[c + 1].start, toks[after - 1].end)
        if inverted:
            subject: _Phrase | None = _inverted_pronoun(g, toks, c + 1, after)
            rest = after
        else:
            parsed = _parse(g, toks, _skip_adverbs(g, toks, after))
            if parsed is None or parsed[0].kind != "name":
                return None
            subject, rest = parsed
        if any(t.text in ",;:" or t.low in g.complementizers for t in toks[rest:]):
            return None  # more clauses follow: not a closing reporting clause
        content = _content(text, toks[0].start, toks[c].start)
        return None if subject is None or content is None else _Claim("indirect", subject, cue, content)
    return None


def _bare_word(text: str, phrase: _Phrase, speaker: NamedSpeaker | None) -> bool:
    """A source that is one capitalised word with no title, form of address or fuller form
    in the article ("Laut Herstellerangaben", "Selon Ésope"): too unsure to be a person."""
    alone = len(text[phrase.start : phrase.end].split()) == 1
    return alone and speaker is not None and len(speaker.name.split()) == 1


def indirect_claims(article: PreparedArticle, language: str) -> list[AttributionCandidate]:
    """The claims of the body's reported speech in ``language``: "M. Bayrou a affirmé que
    ...", "Scholz sagte, dass ...", "selon M. Bayrou, ...", with the source the clause names
    (a pronoun resolved only where one person fits). A source the text names no one by
    ("le gouvernement a affirmé que") gives no claim: no speaker is made of a common noun."""
    g = _grammar(language)
    text = article.text
    out: list[AttributionCandidate] = []
    for sentence in article.body_sentences:
        if any(sentence.start <= q.open_mark < sentence.end for q in article.quotes):
            continue  # the quote's claim is the sentence's
        found = _indirect(g, text, _tokens(text, sentence.start, sentence.end), sentence.end)
        if found is None:
            continue
        phrase = found.phrase
        pronoun = phrase.kind == "pronoun"
        speaker = _resolve(g, article, phrase.start, phrase.gender) if pronoun else _speaker(g, article, phrase)
        if speaker is None and not pronoun:
            continue
        if not pronoun and _bare_word(text, phrase, speaker):
            continue
        out.append(
            AttributionCandidate(
                id="",
                kind="according_to" if found.kind == "according_to" else "indirect",
                source=(phrase.start, phrase.end),
                cue=found.cue,
                contents=(found.content,),
                sentence_ids=(sentence.id,),
                speaker=speaker,
                pronoun=pronoun,
            )
        )
    return out


@lru_cache(maxsize=16)
def speech_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """For a short quote (one or two words): a verb of speaking of ``language`` right
    after its closing mark ('« Non », a répondu') or right before its opening mark ("sagte
    er: „Nein“"); None for a language without reporting verbs."""
    if not supported(language):
        return None
    g = _grammar(language)
    verbs = g.finite | g.auxiliaries | g.according_before
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    after = re.compile(rf"\s*[,.!?]?\s*[—–-]?\s*(?:{alternation})(?![\w])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w])(?:{alternation}|{'|'.join(map(re.escape, g.participles))})[^.!?]{{0,30}}[:,]\s*$")
    return after, before
