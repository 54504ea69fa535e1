"""The kind of each sentence: story text ("body") or the page around it.

A news page holds lines that are not story text: the headline, a dateline on its own
line, the byline, photo captions and their credits, and page furniture such as
"Advertisement" or "Read more: ...". Read as sentences they become events ("who:
Amateur video -Handout photo"), speakers and summary sentences. This module tells them
apart by layout and by widely used conventions, in one pass over the sentences; it
never moves a sentence boundary, it only names what each sentence is.

The rules, in the order they apply:

Cues, whatever the line ends with:
- credit: a photo, image or video credit: "(AP Photo/Evan Vucci)", "REUTERS/Kevin
  Lamarque", "Photo: Getty Images", "Image copyright Getty Images", "Photograph: Jane
  Doe/Reuters", "AFP via Getty Images", "© Jane Doe".
- byline: "By " and names only ("By Jane Doe and John Roe", "By JANE DOE, Associated
  Press", "By Jane Doe in Paris"), at the start of a line.
- headline: page furniture, a label alone or a link after one: "Advertisement",
  "ABSTRACT.", "Read more: ...", "Related: ...", "Watch: ...". They name other content
  or a section, as a heading does; a consumer treats them like a headline.
- caption: "Image caption ...", "Caption: ...", "Pictured: ...", a wire photo's "FILE - ..."
  or "FILE PHOTO: ..."; the whole line such a label (or a credit, or furniture) opens.
- credit: a line opening with a handout credit, stop or not ("Handout photo released by
  the family.", "Amateur video -Handout photo ...").
- caption: the rest of a line that ends with a credit ("Protesters march in Nairobi on
  Tuesday. REUTERS/Baz Ratner").

Layout:
- A line that runs on into the next is one logical line with it (a plain-text article
  wrapped at a fixed width): the next line starts in lower case, or this one ends with
  a comma, a hyphenated word break or a function word ("the", "of", "and"), or the
  block's lines are wrapped at one width and the next line's first word would not have
  fit on this one.
- A logical line holding a sentence with a final stop (. ! ? … or a colon, perhaps
  before closing marks), or a sentence end inside it ('president. He’s', a quoted
  sentence '“We never gave up.” ― Ann Poe'), is body. So is a list item: a bulleted
  line, or a line after one ending with a colon, up to an item with a stop or a blank
  line after an item; and a line too long for a heading or a caption (over _MAX_BARE
  characters: a paragraph missing its stop).
- Any other line (no final stop, alone between line breaks) is never body:
  - dateline: a place and a date, or a capitalised place and a dash, and nothing
    else ("WASHINGTON —", "Paris, le 13 mars 2020", "LONDON, March 12 (Reuters) -").
    A dateline that opens the first body sentence stays in it (``PreparedArticle.dateline``).
  - byline: "Jane Doe | Reuters", "Jane Doe, Associated Press", a role alone ("Staff
    Writer", "Chief Political Correspondent"), a news agency alone ("Associated
    Press"), or a name right before such a role line.
  - credit: a credit phrase ("Handout photo released by the family", "Amateur video").
  - caption: a line right before a credit line, or ending with a comma and a date or
    a year (", July 7, 2020"), which no headline does.
  - headline: before the first body sentence (title, kicker, standfirst without a stop).
- The text's first line, with its stop, is the headline when `_stopped_headline` says so,
  or by the title block (`_title_block`): short, and after at most two one-line deks the
  story's paragraph opens with a news dateline or, longer, restates its key words (or a
  dek is headlinese too); or else when `_headline_shaped`: a label ("IN BRIEF."), an
  indirect question ("How Newtown gave ... ."), or a surname alone that the story then
  gives in full ("Carson on why ..." over "... Ben Carson said").
  - caption: after it, when it ends with a weekday or "in 2019", or reads as a
    sentence (six words or more, not in title case); headline (a subheading) otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .dates import DATE_TEXT, WEEKDAY_NAMES
from .grammar import EN, first_filtered, words

SentenceKind = Literal["headline", "dateline", "byline", "caption", "credit", "body"]

# The kinds that are not story text: they never yield a claim, an event, a speaker or a
# summary sentence.
NOT_STORY: frozenset[SentenceKind] = frozenset({"headline", "dateline", "byline", "caption", "credit"})

# --------------------------------------------------------------------------- characters

# Closing quote marks and brackets that may follow a final stop ('he said.”', '(sic.)'),
# and the opening ones that may come before a sentence's first letter. The sentence
# splitter (article.py) reads the same two.
CLOSING_MARKS = "\"'”’»›」』〞〟＂)）]"
OPENING_MARKS = "\"'“‘«‹„‚「『〝＂(（["
# What may follow a final stop at the end of a line: closing marks, and an opening curly
# mark typed for a closing one ('“Mostly False.“').
_TRAILING = CLOSING_MARKS + "“‘"
# The same with the blanks French typography puts inside its marks ("partout. »").
_TRAILING_BLANKS = _TRAILING + " \t\u00a0\u202f"
_QUOTE_CLOSING = "\"'”’»›」』〞〟＂“‘"
# What ends a line of prose: terminal punctuation in Latin, CJK, Arabic and Indic
# scripts, and a colon (a line introducing a quote or a list).
_FINAL_STOPS = ".!?…:。！？｡؟۔।"
# Bullets of a list item, at the start of a line.
_BULLETS = "•·▪‣◦●■□►▶➤✓✔*-–—"

# Headings, captions and credits are short; a line without a final stop that runs longer
# is a paragraph whose stop is missing, not a heading. Cue patterns only read this much.
_MAX_BARE = 400
_MAX_CUE = 200
_MAX_AGENCY = 40
# A plain-text article wrapped at a fixed width: at most this wide, with at least this
# many lines filling it (this share of the widest line or more).
_MAX_WRAP_WIDTH = 100
_MIN_WRAP_LINES = 3
_FULL_LINE = 0.8
# How far into a line to look for its first letter or word.
_LOOK = 40

# --------------------------------------------------------------------------- word lists

_RUNS_ON = words("RUNS_ON")
_SMALL = words("HEADING_SMALL_WORDS")
# News agencies and photo agencies: they sign bylines and credits.
_NEWS_AGENCIES = words("NEWS_AGENCIES")
_PHOTO_AGENCIES = words("PHOTO_AGENCIES")
# The last word of a byline's role line: "Staff Writer", "Political Correspondent".
_ROLES = words("BYLINE_ROLES")

# --------------------------------------------------------------------------- patterns

_CREDIT_WORDS = (
    r"photo(?:graph)?s?|pictures?|pics?|images?|videos?|footage|illustrations?|graphics?|"
    r"credits?|copyright|courtesy(?:[ \t]+of)?|source"
)
# "Photo: Getty Images", "Photograph: Jane Doe/Reuters", "Photo by Jane Doe", "Image
# copyright Getty Images", "Image source, Reuters", "Picture credit - PA", "Credit: X".
_CREDIT_PREFIX = first_filtered(
    re.compile(
        rf"[(\[]?[ \t]*(?:(?:photo|image|picture|video)[ \t]+(?:credit|copyright|source|courtesy)"
        rf"(?:[ \t]*[:,|\-–—][ \t]*|[ \t]+)"
        rf"|(?:{_CREDIT_WORDS})(?:[ \t]*[:|][ \t]*|[ \t]+by[ \t]+|[ \t]+[-–—][ \t]+))"
        rf"(?P<rest>\S.*)",
        re.IGNORECASE,
    )
)
# "(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque", "Jane Doe/Reuters", "EPA/STR",
# "AFP via Getty Images", "(AP Photo)": names and agencies joined by slashes or "via".
_SLASH_CREDIT = re.compile(
    r"[(\[]?(?P<parts>[^()\[\]/\r\n]{1,60}(?:(?:/|[ \t]+via[ \t]+)[^()\[\]/\r\n]{1,60}){0,3})[)\]]?"
)
_SLASH_SPLIT = re.compile(r"/|[ \t]+via[ \t]+")
# A credit phrase without an agency: "Handout photo released by the family", "Amateur video".
_CREDIT_PHRASE = first_filtered(
    re.compile(
        r"\b(?:handout|file|pool|stock|archive|archival|amateur|family|courtesy|supplied|screen[ -]?grab)"
        r"[ \t]+(?:photo(?:graph)?|picture|image|video|footage|handout)s?\b"
        r"|\b(?:photo(?:graph)?|picture|image|video|footage)s?[ \t]+(?:released|provided|supplied|obtained|"
        r"distributed|posted|taken|handed[ \t]+out|courtesy)\b"
        r"|^[ \t]*(?:amateur[ \t]+)?(?:video|footage|handout)[ \t]*$",
        re.IGNORECASE,
    )
)
_CAPTION_PREFIX = first_filtered(
    re.compile(r"(?:image|photo|picture|video)[ \t]+caption\b|(?:caption|pictured)[ \t]*[:\-–—]", re.IGNORECASE)
)
# A wire photo's caption: "FILE - In this May 4, 2016, file photo, ...", "FILE PHOTO: Workers walk ...".
# In capitals: "File: ..." may open a sentence.
_FILE_CAPTION = re.compile(r"(?:FILE|File)(?:[ \t]+(?:PHOTO|Photo))?[ \t]*[-–—:][ \t]*(?=\S)")
# A handout credit opening a line, of at most this many words (longer, the story may be
# glued on after it)
_HANDOUT_WORDS = 14
# A handout credit opening a line, with a stop or not: "Handout photo released by the
# family.", "Amateur video -Handout photo released by police".
_HANDOUT = first_filtered(
    re.compile(
        r"(?:[^\W\d_]+[ \t]+){0,2}(?:(?:photo|picture|image|video|footage)[ \t]*[-–—][ \t]*)?"
        r"(?:handout|file|pool)[ \t]+(?:photo(?:graph)?|picture|image|video|footage)s?\b",
        re.IGNORECASE,
    )
)
# A section's label alone on its line ("LETTERS.", "ABSTRACT."): the line above it, the
# first of the text, is the headline.
_SECTIONS = r"abstract|summary|letters(?:[ \t]+to[ \t]+the[ \t]+editor)?|opinion|editorial|commentary|op-ed"
_SECTION = first_filtered(re.compile(rf"(?:{_SECTIONS})[ \t]*[.:]?[ \t]*", re.IGNORECASE))
# Page furniture. A label alone (perhaps with a stop or a colon: a section's "LETTERS."),
# or a label for a link with what it links to after a colon.
_LABEL = first_filtered(
    re.compile(
        rf"(?:{_SECTIONS}|"
        r"advertisement|advertising|sponsored(?:[ \t]+content)?|highlights|key[ \t]+points|"
        r"breaking(?:[ \t]+news)?|live(?:[ \t]+updates?)?|top[ \t]+stories|most[ \t]+(?:read|popular|viewed)|"
        r"recommended(?:[ \t]+(?:stories|articles|reading))?|trending(?:[ \t]+now)?|editor['’]?s[ \t]+picks?|"
        r"related(?:[ \t]+(?:articles?|stories|coverage|content|links?))?|more[ \t]+on[ \t]+this[ \t]+story|"
        r"continue[ \t]+reading|story[ \t]+continues(?:[ \t]+below)?|skip[ \t]+advertisement|"
        r"share[ \t]+this(?:[ \t]+(?:article|story|page))?|play[ \t]+video|watch[ \t]+video)"
        r"[ \t]*[.:!…]*[ \t]*"
        r"|(?:read[ \t]+(?:more|next|also)|also[ \t]+read|see[ \t]+also|more[ \t]+on|related|watch|listen|"
        r"recommended)[ \t]*[:|»›>\-–—].*"
        r"|(?:read[ \t]+more|click[ \t]+here|sign[ \t]+up[ \t]+(?:for|to|now|here)|subscribe[ \t]+(?:to|now|here)|"
        r"follow[ \t]+us)\b.*",
        re.IGNORECASE,
    )
)
# "By Jane Doe": the names and the affiliation after it are checked in code.
_BY = re.compile(r"(?:By|BY)[ \t]+(?P<rest>\S.*)")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d+\w*|&")
_WEEKDAY = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
# A date: English (the dates module's grammar), or day, month word and year in any
# language ("le 13 mars 2020", "13. März 2020", "13 de marzo de 2020"), or numeric.
_ANY_DATE = (
    rf"(?:(?:{_WEEKDAY}|[^\W\d_]{{2,}}),?[ \t]+)?(?:(?:le|den|el|il|am|on|the)[ \t]+)?"
    rf"(?:(?:{DATE_TEXT})"
    rf"|\d{{1,2}}(?:er|\.|º|°)?[ \t]+(?:de[ \t]+)?[^\W\d_]{{3,}}\.?,?[ \t]+(?:de[ \t]+)?\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
# A dateline alone on its line: a place (checked in code: capitalised), perhaps a region,
# a date and an agency, then perhaps a dash.
_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][\w.'’\-]*(?:[ \t]+[^\W\d_][\w.'’\-]*){{0,3}})"
    rf"(?:,[ \t]*(?P<region>[^\W\d_][\w.'’\-]*(?:[ \t]+[^\W\d_][\w.'’\-]*){{0,2}}))??"
    rf"(?:,?[ \t]+(?P<date>(?i:{_ANY_DATE})))?"
    rf"(?:[ \t]*\((?P<agency>[^()\r\n]{{1,40}})\))?"
    rf"(?:[ \t]*(?P<dash>--?|[–—]))?[ \t]*"
)
_DATE_ALONE = re.compile(
    rf"(?i:{_ANY_DATE})(?:,?[ \t]+\d{{1,2}}[:.]\d{{2}}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{{2,4}})?)?"
)
# A sentence end inside a line: a stop, closing marks, a blank and a capital (checked in
# code, with the word before a full stop in lower case so that "U.S. troops" and "Mr.
# Biden" are not read as two sentences).
_INSIDE_END = re.compile(
    rf"[.!?…]+(?:[{re.escape(CLOSING_MARKS)}]*[ \t]+[{re.escape(OPENING_MARKS)}]?(?P<next>\w)"
    rf"|(?P<quoted>[{re.escape(_QUOTE_CLOSING)}]))"
)
# A caption's end: ", July 7, 2020", "in 2019", "on Tuesday".
_DATE_END = re.compile(rf"(?i:(?:,|\bon|\bin)[ \t]+(?:{DATE_TEXT}|{_WEEKDAY}|\d{{4}}))[ \t]*$")
# A caption's end that no headline has: ", July 7, 2020", ", 2019".
_DATED = re.compile(rf"(?i:,[ \t]+(?:{DATE_TEXT}|\d{{4}}))[ \t]*$")
# A name and an agency joined by a bar or a bullet: "Jane Doe | Reuters".
_BAR = re.compile(r"[ \t]*[|•·][ \t]*")
_AFFILIATION = first_filtered(re.compile(r"[ \t]*(?:,|[ \t][-–—]|\bin\b|\bfor\b)[ \t]*"))


# --------------------------------------------------------------------------- word tests


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _name_like(words: list[str], *, at_most: int = 4) -> bool:
    """Whether ``words`` read as one or more names: capitalised words (initials, all
    capitals), particles and "and"/"&" between them; no digits; the first capitalised."""
    if not words or not words[0][0].isupper():
        return False
    run = 0
    for w in words:
        if w.lower() in ("and", "&"):
            run = 0
            continue
        if w[0].isdigit():
            return False
        if not (w[0].isupper() or w.lower() in _SMALL):
            return False
        run += 1
        if run > at_most:
            return False
    return True


def _title_case(words: list[str]) -> bool:
    letters = [w for w in words if not w[0].isdigit()]
    return len(letters) >= 2 and all(w[0].isupper() or w.lower() in _SMALL for w in letters)


def _agency(words: str) -> str | None:
    """ "news" or "photo" if ``words`` name a news or a photo agency (with "Photo",
    "Photos", "Images" or "Pool" after it, as in "AP Photo")."""
    key = " ".join(words.lower().split())
    if key in _PHOTO_AGENCIES:
        return "photo"
    for suffix in (" photos", " photo", " images", " pool", " staff", " handout"):
        if key.endswith(suffix) and key[: -len(suffix)] in _NEWS_AGENCIES | _PHOTO_AGENCIES:
            return "photo"
    return "news" if key in _NEWS_AGENCIES else None


# --------------------------------------------------------------------------- cues


def _credit(s: str) -> bool:
    """A photo, image or video credit by its conventional form."""
    if len(s) > _MAX_CUE:
        return False
    if s.startswith("©"):
        return True
    found = _CREDIT_PREFIX.fullmatch(s)
    if found:
        rest = _WORD.findall(found.group("rest"))
        # What follows names someone or an agency; a long clause after "Video:" is a caption.
        return 0 < len(rest) <= 8 and (
            _name_like(rest, at_most=8) or "/" in found.group("rest") or s.lower().startswith("courtesy")
        )
    # Only a slash, "via" or a short line can hold an agency's credit.
    slashed = _SLASH_CREDIT.fullmatch(s) if "/" in s or " via " in s or len(s) <= _MAX_AGENCY else None
    if slashed:
        parts = [p.strip() for p in _SLASH_SPLIT.split(slashed.group("parts"))]
        if any(_agency(p) for p in parts) and all(_name_like(_WORD.findall(p), at_most=5) for p in parts):
            # "AP Photo/Evan Vucci", "Jane Doe/Reuters", "AFP via Getty Images", "(AP Photo)".
            return len(parts) > 1 or _agency(parts[0]) == "photo"
    return False


def _byline(s: str) -> bool:
    """ "By " and names, perhaps an affiliation: "By JANE DOE, Associated Press"."""
    found = _BY.fullmatch(s) if len(s) <= _MAX_CUE else None
    if not found:
        return False
    rest = found.group("rest").rstrip(" \t.")
    words = _WORD.findall(rest)
    if not words or words[0].lower() in _CALENDAR:
        return False  # "By Monday, ..."
    return len(words) <= 14 and all(_capitalised(w) or w.lower() in _SMALL or w == "&" for w in words)


_CALENDAR = words("WEEKDAYS") | words("MONTHS") | words("RELATIVE_DAYS") | {"then", "now"}


def _byline_line(s: str, next_line: str | None) -> bool:
    """A bare line that signs the story: "Jane Doe | Reuters", "Jane Doe, Associated
    Press", "Staff Writer", "Associated Press", or a name before such a line."""
    if _role(s):
        return True
    bar = _BAR.split(s, maxsplit=1)
    if len(bar) == 2 and _name_like(_WORD.findall(bar[0])) and len(_WORD.findall(bar[0])) >= 2:
        after = _WORD.findall(bar[1])
        return 0 < len(after) <= 6 and _name_like(after, at_most=6)
    comma = _AFFILIATION.split(s, maxsplit=1)
    if len(comma) == 2 and len(_WORD.findall(comma[0])) >= 2 and _name_like(_WORD.findall(comma[0])):
        return _agency(comma[1]) == "news" or _role(comma[1])
    words = _WORD.findall(s)
    return next_line is not None and 2 <= len(words) <= 4 and _name_like(words) and _role(next_line)


def _role(s: str) -> bool:
    """A byline's role or agency alone: "Staff Writer", "Reuters", "BBC News"."""
    words = _WORD.findall(s)
    if not words or len(words) > 5:
        return False
    if _agency(s) == "news":
        return True
    return _title_case(words + ["X"]) and words[-1].lower() in _ROLES


def _dateline(s: str) -> bool:
    """A dateline alone: a capitalised place with a date, or in capitals with a dash or an
    agency ("WASHINGTON —", "Paris, le 13 mars 2020"); or a date alone."""
    if _DATE_ALONE.fullmatch(s):
        return True
    found = _DATELINE.fullmatch(s)
    if not found:
        return False
    place = found.group("place")
    words = place.split()
    if not all(w[0].isupper() or w.lower() in _SMALL for w in words):
        return False
    capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 2
    if found.group("date"):
        return True
    return capitals and bool(found.group("dash") or found.group("agency"))


def _final_stop(s: str) -> bool:
    bare = s.rstrip(_TRAILING_BLANKS)
    return bool(bare) and bare[-1] in _FINAL_STOPS


def _sentences_inside(s: str) -> bool:
    """Whether a line holds a sentence end before its last word: 'president. He’s', or
    a quoted sentence: '“We never gave up.” ― Ann Poe'."""
    for found in _INSIDE_END.finditer(s):
        stop = found.start()
        if found.group("quoted"):
            return True
        if found.group("next").isupper() and (s[stop] != "." or s[max(0, stop - 3) : stop].islower()):
            return True
    return False


def _first_letter(text: str, start: int, end: int) -> str:
    """The first character of a line after opening marks, or ""."""
    for k in range(start, min(end, start + _LOOK)):
        if text[k] not in OPENING_MARKS and not text[k].isspace():
            return text[k]
    return ""


def _last_word(s: str) -> str:
    tail = s[-_LOOK:].split()
    return tail[-1].lower() if tail else ""


def _first_word_length(text: str, start: int, end: int) -> int:
    k = start
    limit = min(end, start + _LOOK)
    while k < limit and not text[k].isspace():
        k += 1
    return k - start


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    first: int  # index of its first sentence
    last: int  # index of its last sentence (inclusive)
    start: int
    end: int
    breaks: int  # line breaks before it: 1 within a paragraph, 2 or more after a blank line


def _count_breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\u2028") + gap.count("\u2029") + gap.count("\r") - gap.count("\r\n")


def _lines(text: str, spans: Sequence[tuple[int, int]]) -> list[_Line]:
    lines: list[_Line] = []
    for i, (s, e) in enumerate(spans):
        breaks = _count_breaks(text[spans[i - 1][1] : s]) if i else 2
        if i and not breaks:
            lines[-1].last, lines[-1].end = i, e
        else:
            lines.append(_Line(i, i, s, e, breaks))
    return lines


def _wrap_widths(lines: list[_Line]) -> list[int]:
    """For each line, the width its block of lines is wrapped at, or 0 if the block does
    not look wrapped (too few lines, or lines wider than any fixed wrap width)."""
    widths = [0] * len(lines)
    a = 0
    while a < len(lines):
        b = a + 1
        while b < len(lines) and lines[b].breaks == 1:
            b += 1
        width = max(line.end - line.start for line in lines[a:b])
        full = sum(line.end - line.start >= _FULL_LINE * width for line in lines[a:b])
        if full >= _MIN_WRAP_LINES and width <= _MAX_WRAP_WIDTH:
            widths[a:b] = [width] * (b - a)
        a = b
    return widths


# --------------------------------------------------------------------------- kinds


def _runs_on(text: str, line: _Line, nxt: _Line, width: int, last: str, cues: list[SentenceKind | None]) -> bool:
    """Whether ``line`` (its last sentence ``last`` without a final stop) runs on into ``nxt``."""
    if nxt.breaks != 1 or cues[nxt.first]:
        return False
    first = _first_letter(text, nxt.start, nxt.end)
    if first.islower():
        return True
    if last.endswith((",", ";")) or (last.endswith("-") and last[-2:-1].isalpha()):
        return True
    if _last_word(last) in _RUNS_ON:
        return True
    return bool(width) and (line.end - line.start) + 1 + _first_word_length(text, nxt.start, nxt.end) > width


def _cue(s: str, line_start: bool) -> SentenceKind | None:
    """The kind a sentence has by cue, whatever its line ends with."""
    if _credit(s):
        return "credit"
    if not line_start:
        return None
    if _byline(s):
        return "byline"
    if _CAPTION_PREFIX.match(s) or _FILE_CAPTION.match(s):
        return "caption"
    if _HANDOUT.match(s) and len(_WORD.findall(s)) <= _HANDOUT_WORDS:
        return "credit"
    if _LABEL.fullmatch(s[:_MAX_CUE]):
        return "headline"
    return None


def _bare(s: str, next_line: str | None, next_credit: bool, seen_body: bool) -> SentenceKind:
    """The kind of a line without a final stop, standing alone."""
    if _dateline(s):
        return "dateline"
    if _byline_line(s, next_line):
        return "byline"
    if _CREDIT_PHRASE.search(s):
        return "credit"
    if next_credit or _DATED.search(s[-_LOOK * 2 :]):
        return "caption"
    if not seen_body:
        return "headline"
    if _DATE_END.search(s[-_LOOK * 2 :]):
        return "caption"
    words = _WORD.findall(s)
    return "headline" if len(words) < 6 or _title_case(words) else "caption"


def kinds(
    text: str, spans: Sequence[tuple[int, int]], dateline: tuple[int, int] | None = None, *, english: bool = True
) -> list[SentenceKind]:
    """The kind of each sentence span of ``text`` (spans in order, as the splitter gives
    them: every line break ends a sentence). ``dateline``: the news dateline found at the
    start of the body, kept in the first sentence unless it stands alone on its line.

    One pass over the lines, each looking at most one line ahead; each pattern reads at
    most _MAX_CUE characters of a sentence, so the whole is linear in the text.
    """
    out: list[SentenceKind] = ["body"] * len(spans)
    lines = _lines(text, spans)
    widths = _wrap_widths(lines)
    cues: list[SentenceKind | None] = [
        _cue(text[spans[i][0] : spans[i][1]], i == line.first)
        for line in lines
        for i in range(line.first, line.last + 1)
    ]
    seen_body = in_list = colon_before = False
    n = 0
    title_end = 0  # the lines before this one are the title block (`_title_block`)
    while n < len(lines):
        # A logical line: this line and those it runs on into.
        m = n
        while m + 1 < len(lines):
            s, e = spans[lines[m].last]
            last = text[s:e]
            if _final_stop(last) or cues[lines[m].last] or (s, e) == dateline:
                break
            if not _runs_on(text, lines[m], lines[m + 1], widths[m], last, cues):
                break
            m += 1
        nxt = lines[m + 1] if m + 1 < len(lines) else None
        first, last_index = lines[n].first, lines[m].last
        # A list: the lines after one ending with a colon, up to an item with a stop or a
        # blank line after an item ("the new rules:\n\nSchools close\nBars shut at 10pm").
        in_list = colon_before or (in_list and lines[n].breaks == 1)
        body = _logical_line(text, spans, cues, first, last_index, nxt, dateline, seen_body, in_list, out)
        label_next = (
            nxt is not None
            and nxt.first == nxt.last
            and _SECTION.fullmatch(text[spans[nxt.first][0] : spans[nxt.first][1]]) is not None
        )
        line_span = (spans[first][0], spans[last_index][1])
        if body and n == 0:
            if label_next or _stopped_headline(text, line_span, nxt, dateline, english):
                title_end = m + 1
            else:
                deks = _title_block(text, lines, m, dateline, english)
                if deks is not None:
                    title_end = m + 1 + deks
                else:
                    title_end = m + 1 if _headline_shaped(text, line_span, nxt, english) else 0
        if body and n < title_end:
            out[first : last_index + 1] = ["headline"] * (last_index + 1 - first)
            body = False
        seen_body |= body
        ends = text[spans[last_index][0] : spans[last_index][1]].rstrip(_TRAILING_BLANKS)
        colon_before = body and ends.endswith(":")
        in_list = in_list and body and not _final_stop(ends)
        n = m + 1
    return out


def _stopped_headline(
    text: str, span: tuple[int, int], nxt: _Line | None, dateline: tuple[int, int] | None, english: bool
) -> bool:
    """Whether the text's first line, with a final stop and a blank line after it, is its
    headline: most of its words capitalised ("Only 24 Percent of Clinton's
    Donors Are Small Donors."), short over the paragraph the news dateline opens ("Jill
    Stein removed from debate site by police." then "HEMPSTEAD, N.Y., Sept. 26 (UPI) —
    Green Party ..."), ended by the semicolon that joins a headline to its dek ("Lawmaker
    urges retaliation on Russia;", blank line after it or not), opened by a label ("Poll: Clinton and Trump in dead
    heat ..."), or in English headlinese over a longer paragraph (`_headlinese`). A lede
    in one paragraph of its own stays body."""
    if nxt is None:
        return False
    line = text[span[0] : span[1]].rstrip(_TRAILING_BLANKS)
    first_break = text.find("\n", span[0], span[1])
    if text[span[0] : span[1] if first_break < 0 else first_break].rstrip(_TRAILING_BLANKS).endswith(";"):
        return True  # no paragraph ends with one: "Lawmaker urges retaliation on Russia;" over its dek
    if nxt.breaks < 2:
        return False
    if dateline is not None and nxt.start <= dateline[0] < nxt.end:
        return True
    if _OPENS_DATELINE.match(text, span[0], span[1]):
        return False  # "WASHINGTON (Reuters) - Police arrested ...": the story's first sentence
    found = _WORD.findall(line)
    if len(found) <= _SHORT_HEADLINE and (
        _OPENS_DATELINE.match(text, nxt.start, nxt.end)  # a short line over the dateline's paragraph
        or _HEAD_LABEL.match(line)
    ):
        return True
    letters = [w for w in found if not w[0].isdigit()]
    lower = sum(not (w[0].isupper() or w.lower() in _SMALL) for w in letters)
    if len(letters) >= _HEADLINE_WORDS and (
        lower <= _HEADLINE_LOWER
        or (lower <= len(letters) // _HEADLINE_LOWER_PER and sum(w in _SMALL_TITLED for w in letters[1:]) >= 2)
    ):
        return True
    if len(found) <= _SHORT_HEADLINE and _headline_quotes(text[span[0] : span[1]], text, nxt.start):
        return True
    return english and _headlinese(line, found) and len(_WORD.findall(text[nxt.start : nxt.end])) > len(found)


def _headline_shaped(text: str, span: tuple[int, int], nxt: _Line | None, english: bool) -> bool:
    """Whether the text's first line, with a final stop and a blank line after it, reads
    as a headline when neither `_stopped_headline` nor the title block (`_title_block`)
    says so: a label (`_label_line`: "IN BRIEF."), or in English an indirect question
    (`_wh_title`: "How Newtown gave a senator a mission.") or a line naming by the
    surname alone one whom the story then names in full (`_names_given_later`)."""
    if nxt is None or nxt.breaks < 2:
        return False
    line = text[span[0] : span[1]].rstrip(_TRAILING_BLANKS)
    found = _WORD.findall(line)
    if _label_line(line, [w for w in found if not w[0].isdigit()]):
        return True
    return english and (_wh_title(line, found) or _names_given_later(line, found, text, nxt.start))


def _label_line(line: str, letters: list[str]) -> bool:
    """Whether a short first line is a section label or a kicker: a few words, all in
    capitals or the first in lower case ("IN BRIEF.", "convention notebook."). A line
    introducing what follows (a colon) is not."""
    if not letters or len(letters) > _LABEL_WORDS or line.endswith(":") or not line[:1].isalpha():
        return False
    if not all(w.rstrip(".").isalpha() and len(w.rstrip(".")) > 1 for w in letters):
        return False  # "12:52 p. m.", "updated 8:41 p.m.": a time, not a label
    return line[0].islower() or all(w.isupper() for w in letters)


def _wh_title(line: str, found: list[str]) -> bool:
    """Whether an English first line is a headline's indirect question: "How" or "Why"
    opens it and no question mark ends it ("How Newtown gave a senator a mission.", "Why
    the pick might still fly."). A sentence so opened asks ("How did it happen?")."""
    return (
        0 < len(found) <= _HEADLINESE_WORDS
        and found[0].lower() in _WH_TITLES
        and not line.endswith("?")
        and not any(w.lower() in _BE for w in found)
    )


def _names_given_later(line: str, found: list[str], text: str, start: int) -> bool:
    """Whether a short English first line names a person by the surname alone whom the
    paragraphs after it (from ``start``, _NAME_LOOK characters) name in full, a given
    name or a title before the surname ("Carson on why ..." over "... Ben Carson said
    Monday", "Fiorina pushed ahead ..." over "... candidate Carly Fiorina strode
    onstage"), or by the given name alone ("The Hillary speech ..." over "... Hillary
    Clinton will ..."): a headline is written after the story and shortens its names,
    while a lede names a person in full first and by the surname after."""
    if len(found) > _HEADLINESE_WORDS:
        return False
    lowered = [w.lower().rstrip(".") for w in found]
    if any(w in _DAYS or w in _PAST_BE for w in lowered):
        return False  # "Okafor on Friday vetoed ...", "Howell was sentenced ...": a lede says the day, in the past
    # A lone capitalised word (or the one capitalised part of a compound), no word that
    # opens a sentence nor one after a determiner; not in a run of capitalised words ("Ben
    # Carson", "Hawaiian Gardens"), a comma between them aside. A given name is read apart.
    tokens = list(_TOKEN.finditer(line))
    surnames = set()
    given = set()
    for k, m in enumerate(tokens):
        w = _POSSESSIVE.sub("", m.group().rstrip("."))
        parts = [p for p in w.split("-") if p[:1].isupper() and p[1:2].islower()] if "-" in w else [w]
        if len(parts) != 1:
            continue
        w = parts[0]  # "The Trump-GOP feud": a name in a compound
        if not (w[:1].isupper() and w[1:2].islower()) or len(w) < 3 or w.lower() in _OPENING_WORDS:
            continue
        before = tokens[k - 1].group() if k else ""
        if before.lower() in _DETERMINERS:
            continue  # "to send a Cheney to Washington", "on the Trump train": no person named
        if (
            before[:1].isupper()
            and before.lower() not in _OPENING_WORDS
            and not line[tokens[k - 1].end() : m.start()].strip()
        ):
            continue
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].group()[0].isupper()
            and not line[m.end() : tokens[k + 1].start()].strip()
        ):
            continue
        if w.lower() in _GIVEN_NAMES:
            given.add(w)  # a given name alone: "Bill is back", "The Hillary speech"
        elif w.lower() not in _NAME_TITLES:
            surnames.add(w)
    if not surnames and not given:
        return False
    written = _WORD.findall(text[start : start + _NAME_LOOK])
    after = [w.lower().rstrip(".") for w in written]
    for k in range(len(after)):
        word = _POSSESSIVE.sub("", written[k].rstrip("."))
        # "Carly Fiorina", "Gov. Fiorina", "Gov. Carly Fiorina"
        if word in surnames and (
            (k > 0 and after[k - 1] in _FULL_NAME_OPENERS)
            or (k > 1 and after[k - 2] in _NAME_TITLES and written[k - 1][0].isupper())
        ):
            return True
        # "Bill Clinton"
        if (
            word in given
            and k + 1 < len(written)
            and written[k + 1][:1].isupper()
            and after[k + 1] not in _OPENING_WORDS
        ):
            return True
    return False


def _title_block(text: str, lines: list[_Line], m: int, dateline: tuple[int, int] | None, english: bool) -> int | None:
    """How many short paragraphs (deks) stand between the text's first line (its lines up
    to ``m``) and the story, when what follows shows that line to be the headline; None
    when it does not. The story's first paragraph, after at most _MAX_DEKS paragraphs of
    one short line each, either opens with a news dateline ("Phone video is first public
    look at Charlotte death." / "Scott's wife pleads for his life." / "CHARLOTTE - The
    wife ...") or, in English, is longer and restates the first line (`_restated`:
    "Wasserman Schultz survives spirited primary." over "Rep. Debbie Wasserman Schultz
    won her Democratic primary Tuesday ...")."""
    found = _WORD.findall(text[lines[0].start : lines[m].end])
    if not found or len(found) > _RESTATED_WORDS:
        return None
    between: list[str] = []
    dek_headlinese = False
    for k in range(m + 1, min(len(lines), m + 2 + _MAX_DEKS)):
        line = lines[k]
        if line.breaks < 2:
            return None
        deks = k - m - 1
        if (dateline is not None and line.start <= dateline[0] < line.end) or _OPENS_DATELINE.match(
            text, line.start, line.end
        ):
            return deks
        said = _WORD.findall(text[line.start : line.end])
        if english and len(said) >= _RESTATED_LONGER * len(found) and len(said) > _RESTATED_WORDS:
            return deks if dek_headlinese or _restated(found, between + said) else None
        if len(said) > _RESTATED_WORDS or (k + 1 < len(lines) and lines[k + 1].breaks < 2):
            return None  # a long paragraph, or one of several lines: not a dek
        if said and english and _lede_like([w.lower().rstrip(".") for w in said]):
            return None  # "After a defeat in New Hampshire Tuesday, ...": the story goes on
        # a dek in headlinese under a first line that is not a lede's: two lines of a title
        # ("Senator steps off campaign trail to stop by White House." / "Sanders praises
        # Obama after meeting on policy.")
        dek = text[line.start : line.end].rstrip(_TRAILING_BLANKS)
        dek_headlinese |= (
            english
            and not _lede_like([w.lower().rstrip(".") for w in found])
            and len(said) >= _DEK_WORDS
            and (
                (_headlinese(dek, said) and not any(w.endswith(_NEGATED) for w in said))
                or _names_given_later(dek, said, text, line.end)
            )
        )
        between += said
    return None


def _restated(found: list[str], after: list[str]) -> bool:
    """Whether a short English first line is the title its next paragraph, much longer,
    restates: half or more of its key words (at least three: not function words, stemmed
    crudely) come back there ("Wasserman Schultz survives spirited primary." over
    "Rep. Debbie Wasserman Schultz won her Democratic primary Tuesday ..."). A lede's
    next paragraph goes on with new words. A line opened by an article, a pronoun or a
    preposition that holds an article, or one that says when ("on Tuesday", "this
    weekend"), as a lede does and a headline does not, stays body."""
    if not found or len(found) > _RESTATED_WORDS:
        return False
    lowered = [w.lower().rstrip(".") for w in found]
    if _lede_like(lowered):
        return False
    keys = {_stem(w) for w in lowered if w not in _NOT_KEY}
    if len(keys) < _RESTATED_KEYS:
        return False
    kept = keys & {_stem(w) for w in after}
    return len(kept) >= _RESTATED_SHARE * len(keys)


def _lede_like(lowered: list[str]) -> bool:
    """Whether a short line's words (lower case) read as a lede's, not a headline's: it
    says when, or an article, a pronoun or a preposition opens it and it holds an
    article ("The PGA Tour is leaving ...")."""
    if any(w in _WHEN_WORDS for w in lowered):
        return True
    return _POSSESSIVE.sub("", lowered[0]) in _LEDE_OPENERS and any(w in _ARTICLES for w in lowered)


def _stem(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())[:_STEM]


def _headline_quotes(line: str, text: str, body: int) -> bool:
    """Whether ``line`` quotes in single quotes while the body after it (from ``body``)
    quotes in double ones: headlines set quotations in single quotes ("Mayor says blast was
    an 'intentional act'." over `... called it "an intentional act."`). A line holding a
    double quote, or a body that quotes in single quotes too outside its double ones
    (British news), says nothing."""
    if _DOUBLE_QUOTE.search(line) or not _SINGLE_QUOTED.search(line):
        return False
    after = text[body : body + _QUOTE_LOOK]
    return _DOUBLE_QUOTE.search(after) is not None and not any(
        not _inside_double(after, m.start()) for m in _SINGLE_QUOTED.finditer(after)
    )


def _inside_double(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a double quotation of ``text`` (a nested quotation in
    single quotes, `"They called it 'a disgrace'," she said`)."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _headlinese(line: str, found: list[str]) -> bool:
    """Whether an English line reads as a headline: short, not a question nor introducing
    what follows (a colon), its first word
    no article, pronoun or preposition ("Judge rejects request to unseal divorce file.",
    "House panel votes to hold aide in contempt."), and no verb in the past, perfect,
    future or a form of "be" (a lede's "The judge rejected ...", "Trump has a history"),
    but for a participle before "to" that drops its "is" ("Congress set to dump law.")."""
    if not found or len(found) > _HEADLINESE_WORDS or line.endswith(("?", ":")):
        return False
    first = _POSSESSIVE.sub("", found[0].lower())
    if first in _LEDE_OPENERS or (first in _CONNECTIVES and line[len(found[0]) : len(found[0]) + 1] == ","):
        return False
    lowered = [w.lower() for w in found]
    return not any(
        (w in _FINITE or (w.endswith("ed") and len(w) > 4))
        and not (w in _TO_PARTICIPLES and lowered[k + 1 : k + 2] == ["to"])  # "Congress set to dump ..."
        for k, w in enumerate(lowered)
        if k and found[k][0].islower()
    )


# A first line restated by the next paragraph (`_restated`): at most this many words, the
# paragraph at least this many times as long, at least this many key words, and at least
# this share of them found again; words compared by their first letters, this many.
_RESTATED_WORDS = 16
# Deks (standfirsts) between a headline and its story: at most this many paragraphs.
_MAX_DEKS = 2
# A dek in headlinese that makes the title with the line above it: at least this many
# words (a short paragraph, "Baiting the moderators.", goes on with the story).
_DEK_WORDS = 8
_RESTATED_LONGER = 1.5
_RESTATED_KEYS = 3
_RESTATED_SHARE = 0.5
_STEM = 5
_ARTICLES = words("LEDE_ARTICLES")
# Words that say when: a lede's, rarely a headline's ("... went up in flames this weekend").
_WHEN_WORDS = words("WEEKDAYS") | words("RELATIVE_DAYS") | words("WHEN_WORDS")
# What is not a key word of a line: function words, "be", the modals, reporting verbs.
_NOT_KEY = (
    words("RUNS_ON")
    | words("BE")
    | words("MODALS")
    | words("PERSONAL_PRONOUNS")
    | words("PLURAL_PRONOUNS")
    | words("DETERMINERS")
    | words("PREPOSITIONS")
    | words("NOT_KEY")
)
# A first line reads as a title when its words (at least this many) are capitalised but
# for small words and at most this many others, or one in _HEADLINE_LOWER_PER when two
# small words are capitalised too, as no sentence has them ("Jon Doe Just Made HUGE
# Prediction About 2016 – It’s The LAST Thing Some Will Want To hear.").
_HEADLINE_LOWER = 0
_HEADLINE_LOWER_PER = 8
_SMALL_TITLED = frozenset(w.capitalize() for w in words("RUNS_ON") | _SMALL)
_HEADLINE_WORDS = 4
# A label line: at most this many words ("IN BRIEF.", "convention notebook.").
_LABEL_WORDS = 4
# The words that open a headline's indirect question ("How Newtown gave ...").
_WH_TITLES = words("WH_TITLES")
_BE = words("BE")
# "Be" in the past: a lede's ("Howell was sentenced ..."), never headlinese's present.
_PAST_BE = _BE & {"was", "were"}
# The days a lede dates its news by ("on Friday", "yesterday"); not "week" or "month", that a
# headline's "52-month sentence" holds.
_DAYS = words("WEEKDAYS") | words("RELATIVE_DAYS")
# A person named in full: a given name or a title before the surname; the surnames of a
# first line are looked for this many characters into the paragraphs after it.
_NAME_TITLES = words("TITLE_ABBREVIATIONS") | words("HONORIFICS") | words("FULL_NAME_TITLES")
_GIVEN_NAMES = words("MALE_NAMES") | words("FEMALE_NAMES")
_DETERMINERS = words("DETERMINERS")
_FULL_NAME_OPENERS = _GIVEN_NAMES | _NAME_TITLES
_OPENING_WORDS = words("LEDE_OPENERS") | words("DETERMINERS") | words("PREPOSITIONS") | words("RUNS_ON")
_TOKEN = re.compile(r"[\w'’.\-]+")
_NAME_LOOK = 1200
_SHORT_HEADLINE = 20
# A quotation in single quotes: an opening mark not after a letter (not "Trump's"), at least
# three characters, a closing mark not before one; and any double quotation mark.
_SINGLE_QUOTED = first_filtered(re.compile(r"(?<![\w'‘’])['‘][^'‘’\n]{3,}?['’](?![\w'‘’])"))
_DOUBLE_QUOTE = re.compile(r"[\"“”„«»]")
# How far into the body the quotation marks it uses are read.
_QUOTE_LOOK = 4000
# Headlinese is at most this many words (a lede rarely is so short).
_HEADLINESE_WORDS = 14
# A label before a headline's colon: one to three capitalised words, not all capitals (a
# dateline, "NEW DELHI: The government ...", opens a story's first sentence).
_HEAD_LABEL = first_filtered(
    re.compile(r"(?!(?:[A-Z.'’-]+[ \t]?){1,3}:)(?:[A-Z0-9][\w.'’-]*[ \t]){0,2}[A-Z][\w.'’-]*:[ \t]")
)
_POSSESSIVE = re.compile(r"['’]s$")
# Participles before "to" that headlinese writes without "is" ("Congress set to dump law").
_TO_PARTICIPLES = words("HEADLINE_TO_PARTICIPLES")
# A verb with "not" joined to it: a dek holding one ("Clinton isn't the only ...") is a
# lede's sentence (headlinese allows it: "Drama doesn't slow partying.").
_NEGATED = ("n't", "n’t")
# A lede's first word, never a headline's: articles, determiners, pronouns, prepositions
# and the words that open a clause or a remark ("It's a tough job ...", "There's ...").
_LEDE_OPENERS = (
    words("DETERMINERS")
    | words("QUANTIFIERS")
    | words("PREPOSITIONS")
    | words("PERSONAL_PRONOUNS")
    | words("PLURAL_PRONOUNS")
    | words("LEDE_OPENERS")
)
# Connectives that open a sentence going on from another when a comma follows ("Still,
# Sanders trails ..."); without one some open headlines ("Still no deal on rail fares").
_CONNECTIVES = words("SENTENCE_ADVERBS") | words("CONNECTIVES")
# The finite verbs of a lede: every past and participle of the lexicon's verbs (a regular
# "-ed" is read by its ending), "be", the modals and "have".
_FINITE = (
    frozenset(v.form(k) for v in EN.verbs for k in ("past", "participle"))
    | words("BE")
    | (words("MODALS") - {"to", "not", "n't", "do", "does"})
    | frozenset(("has", "have", "had"))
)
# A news dateline opening a paragraph: a place in capitals, perhaps a state or a date, an
# agency in brackets, then a dash ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "WASHINGTON (AP) -"),
# or a place in title case with its agency ("Mexico City (AFP) –").
_OPENS_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{2,40}(?:,[^,\n—–(]{1,25}){0,2}\s*(?:\([A-Za-z .]{2,30}\)\s*)?"
    r"|[A-Z][\w.'’ -]{2,40}(?:,[^,\n—–(]{1,25}){0,2}\s*\([A-Z][A-Za-z .]{1,29}\)\s*)[—–-]\s"
)


# Scraped text that glues its lines with hyphens: a headline, its dateline and the story
# in one sentence ("Court Rules on Licences-WASHINGTON —\u00a0-The fight over ..."), and a
# caption glued into the body ("... on the same day.-FILE - Governor Dale Morrow speaks
# ..."). A headline has no final stop (an initial's may be in it: "S. African ..."); the
# dateline is a place in capitals and a dash.
_GLUED_DATELINE = re.compile(
    r"(?:[^.!?\n]|(?<=\b[A-Z])\.){3,200}?(?<=\S)-[ \t]*[A-Z][A-Z.'’ ]{2,40}(?:,[^,\n—–(]{1,25}){0,2}[ \t]*"
    r"(?:\([A-Za-z .]{2,30}\)[ \t]*)?[—–][ \t\u00a0]*-?[ \t\u00a0]*(?=\S)"
)
_GLUED_CAPTION = re.compile(
    r"(?<=[.!?\"'”’])[ \t]?[-–—][ \t]*(?:(?:FILE|File)(?:[ \t]+(?:PHOTO|Photo))?[ \t]*[-–—:]|(?:Handout|HANDOUT)[ \t])"
)


def glued_story(text: str, start: int, end: int) -> int | None:
    """Where the story starts in a sentence ``text[start:end]`` that glues a headline and
    a dateline before it with hyphens ("Court Rules on Licences-WASHINGTON —\u00a0-The
    fight ..."), or None."""
    found = _GLUED_DATELINE.match(text, start, min(end, start + _MAX_BARE))
    return found.end() if found is not None else None


# A headline glued to the story's first sentence by a hyphen, with no dateline ("Burma Releases
# More Political Prisoners-Five prisoners were released ..."): four to sixteen words and no
# comma, most of them capitalised, the last capitalised, then the story's first word ("The", "On", ...) or a
# word and one in lower case or a number (not "Trans-Pacific Partnership", "Aoraki-Mount Cook").
_GLUED_TITLE = re.compile(
    r"(?P<title>(?:(?:[^\s.!?,;-]|(?<=\b[A-Z])\.)+[ \t]+){3,15}?[A-Z0-9][^\s.!?,;-]*)-"
    r"(?=(?:The|A|An|On|In|At|After|When|As|While)[ \t]|[A-Z‘“\"'][\w’']*[ \t]+(?:[a-z]|\d))"
)


def glued_headline(text: str, start: int, end: int) -> int | None:
    """Where the story starts in a first sentence ``text[start:end]`` that glues a headline
    before it with a hyphen, with a dateline ("Court Rules on Licences-WASHINGTON —\u00a0-The
    fight ...") or without ("Burma Releases More Political Prisoners-Five prisoners were
    released ..."), or None. The form without a dateline is only looked for at the start of
    the text: a text with a headline of its own glues none ("City Council Speaker Melissa
    Mark-Viverito took ...")."""
    glued = glued_story(text, start, end)
    if glued is not None:
        return glued
    if not text[:start].strip() and (credit := _HANDOUT.match(text, start, end)) is not None:
        return _after_glue(text, credit.end(), min(end, start + _MAX_BARE))
    found = _GLUED_TITLE.match(text, start, min(end, start + _MAX_BARE)) if not text[:start].strip() else None
    if found is None:
        return None
    words = found.group("title").split()
    capitalised = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return found.end() if capitalised >= 3 and capitalised * 2 > len(words) else None


# A hyphen that glues scraped lines: after a word in lower case or a number, before a
# capital ("... shows damaged buildings-Paris-Three Kurdish ..."), not in a compound (a
# prefix's, "anti-American", or a name's, "Hewlett-Packard").
_GLUE = re.compile(r"(?<=[a-z0-9)\]])-(?=[A-Z])")
_GLUE_WORD = re.compile(r"[\w’']+$")
_COMPOUND_PREFIXES = words("COMPOUND_PREFIXES")
# A place glued between two lines, as a dateline: "Paris-", "New Delhi-".
_GLUED_PLACE = re.compile(r"[A-Z][\w’'.]*(?:[ \t][A-Z][\w’'.]*){0,2}-(?=[A-Z])")


def _after_glue(text: str, start: int, end: int) -> int | None:
    """Where the story starts after a handout credit glued before it at the start of a text
    ("Amateur video -Handout photo released by ... shows damaged buildings-Paris-Three
    Kurdish women ..."): after the first hyphen that glues two lines and a place glued after
    it as a dateline; None when there is none."""
    for glue in _GLUE.finditer(text, start, end):
        word = _GLUE_WORD.search(text, start, glue.start())
        if word is not None and (word.group().lower() in _COMPOUND_PREFIXES or word.group()[:1].isupper()):
            continue  # "anti-American", "Hewlett-Packard": a compound, no glue
        story = glue.end()
        place = _GLUED_PLACE.match(text, story, end)
        return place.end() if place is not None else story
    return None


def glued_caption(s: str) -> int | None:
    """Where a caption or a credit glued on after a sentence's stop with a hyphen starts
    ("... on the same day.-FILE - Governor ...", "... police said.-Handout photo ..."), or
    None."""
    found = _GLUED_CAPTION.search(s)
    return found.start() if found is not None else None


def opens_dateline(text: str, start: int, end: int) -> int | None:
    """Where a news dateline opening ``text[start:end]`` ends, in the wider forms a
    paragraph of its own may open with ("BRUSSELS - European leaders ..."), or None."""
    found = _OPENS_DATELINE.match(text, start, end)
    return found.end() if found is not None else None


def _logical_line(
    text: str,
    spans: Sequence[tuple[int, int]],
    cues: list[SentenceKind | None],
    first: int,
    last: int,
    nxt: _Line | None,
    dateline: tuple[int, int] | None,
    seen_body: bool,
    in_list: bool,
    out: list[SentenceKind],
) -> bool:
    """Set the kinds of sentences ``first..last`` (one logical line) in ``out``; whether
    one of them is body."""
    rest: list[int] = []
    for i in range(first, last + 1):
        cue = cues[i]
        if cue in ("headline", "caption", "credit") and i == first:
            # a label, a caption's label or a credit opens furniture: the whole line is
            # ("Image caption Rescuers searched the rubble. More than 40 are missing.")
            out[first : last + 1] = [cues[k] or cue for k in range(first, last + 1)]
            return False
        if cue:
            out[i] = cue
        elif spans[i] == dateline and first == last:
            out[i] = "dateline"
        else:
            rest.append(i)
    if not rest:
        return False
    if out[last] == "credit":  # the rest of a line that ends with a credit is its caption
        for i in rest:
            out[i] = "caption"
        return False
    start, end = spans[rest[0]][0], spans[rest[-1]][1]
    stopped = any(_final_stop(text[spans[i][0] : spans[i][1]]) for i in rest)
    stopped = stopped or (end - start <= _MAX_BARE and _sentences_inside(text[start:end]))
    bullet = text[start] in _BULLETS and text[start + 1 : start + 2].isspace()
    if stopped or bullet or in_list or end - start > _MAX_BARE:
        return True  # prose, a list item or a paragraph missing its stop: "body" already
    line = text[start:end]
    next_line = text[nxt.start : nxt.end] if nxt is not None and nxt.end - nxt.start <= _MAX_CUE else None
    next_credit = nxt is not None and nxt.breaks == 1 and nxt.first == nxt.last and cues[nxt.first] == "credit"
    kind = _bare(line, next_line, next_credit, seen_body)
    for i in rest:
        out[i] = kind
    return False
