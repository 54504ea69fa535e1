"""Case tables of the text layer: one module per rule family, each a list ``ROWS`` of
``(rule, text, expected)``.

- ``speakers.py``: who a direct quote's reporting clause names. ``expected`` is the
  speaker's canonical name, ``None`` for "no speaker" (abstain), or a tuple with one of
  these per quote when the text holds several quotes.
- ``pronouns.py``: who a pronoun in a reporting clause ("he said") stands for: the same,
  for the text's last quote.
- ``claims.py``: the source of the text's first claim that is not a direct quote:
  a name, ``None`` for "no claim", or ``(source, content)`` where the claim's content
  must start with ``content``.
- ``events.py``: the event candidates (``analyse(text).events``): ``None`` for "no
  event", or ``"role=value"`` checks of the first event's ``what``, ``who``, ``whom``,
  ``where`` and ``when`` (see the module).
- ``styles.py``: short whole articles in styles PolNeAR lacks (British and Irish
  single quotes, Commonwealth wire copy and honorifics, transcripts, posts, press
  releases, sports and court reports, scare quotes and titles): a tuple with one speaker
  or ``None`` per quote.
- ``styles_heldout.py``: more such articles, in styles neither PolNeAR nor ``styles.py``
  holds, their speakers written before they were first run; rows the text layer does not
  yet get right are listed in ``HELDOUT_OPEN`` in ``tests/text/test_cases.py`` (strict xfail).
- ``kinds.py``: the kind ("person", "organisation", "description") of the first
  speaker the summary's speaker list gets.
- ``names.py``: names written with an abbreviation's stop ("Gov. Lena Marsh", "St.
  Louis", "Harold Quill Jr."), in tables of the kinds above (``SPEAKERS``, ``CLAIMS``,
  ``EVENTS``, ``KINDS``) and of the names the text layer finds (``MENTIONS``, ``PLACES``).

Every row is a sentence written for the table in a style of real news (British, Irish,
Canadian, Australian and Indian wire copy, transcripts, posts), not copied from an
article. ``rule`` names what the row checks; it is the test's id.

A new reporting verb is one line in ``summarizer/_text/lexicon/en/verbs.py`` (its lemma
and roles: ``quote`` for a clause next to a quote, ``claim`` for indirect speech, ...)
and one row here, e.g. in ``speakers.py``::

    ("verb-intone", "'The house will now rise,' Verona Murphy intoned.", "Verona Murphy"),

(``intone  quote claim`` is such a line; the rows ``verb-intone`` and ``verb-intone-that``
came with it); its forms ("intones", "intoned", "intoning") are derived, not listed.

``tests/text/test_cases.py`` runs every row through ``summarizer._text.analysis.analyse``.
"""

from __future__ import annotations

Expected = str | None | tuple[str | None, ...]
Row = tuple[str, str, Expected]
