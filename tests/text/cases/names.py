"""Names written with an abbreviation's full stop: a title's ("Gov. Lena Marsh", "Maj. Gen.
Rosa Tilde"), a place's ("St. Louis", "Mt. Vernon", "Ft. Benning") and a suffix's ("Harold
Quill Jr."). The stop of a title or a place's abbreviation ends neither the name nor a
sentence: the name is whole wherever the text layer reads it (mentions, typed names, an
event's place, a speaker, a claim's source). A suffix's stop ("... filed by Harold Quill
Jr. The judge ...") and a street's ("on Elm St. Police said") may end a sentence: the
name ends there. A stop after a word in lower case ends the sentence as ever.

Tables, each of ``(rule, text, expected)`` rows, checked by ``tests/text/test_cases.py``
as the table of the same kind is:

- ``SPEAKERS``: one speaker (or ``None``) per quote, as ``speakers.py``.
- ``CLAIMS``: the first claim's source, as ``claims.py``.
- ``EVENTS``: ``"role=value"`` checks of the first event, as ``events.py``.
- ``KINDS``: the kind of the first speaker, as ``kinds.py``.
- ``MENTIONS``: every name and description ``names.mentions`` finds, in order.
- ``PLACES``: the places of ``names.typed_names``, in order.
"""

from __future__ import annotations

from . import Row

SPEAKERS: list[Row] = [
    # A title's stop: the speaker is the name after the title, the title is the role.
    ("title-stop-gov", '"The levees will hold," Gov. Lena Marsh said on Monday.', "Lena Marsh"),
    (
        "title-stop-two-titles-after-verb",
        '"We are not leaving," said Maj. Gen. Rosa Tilde, the garrison commander.',
        "Rosa Tilde",
    ),
    # "Brig." is a title too (main read a speaker "Brig").
    ("title-stop-brig", '"We will not retreat," said Brig. Gen. Rosa Tilde.', "Rosa Tilde"),
    (
        "title-stop-quote-after-quote",
        '"We are ready for the storm," Mark Dowell said on Monday.\n\n"The levees will hold," Lt. Gov. Lena Marsh '
        "said.",
        ("Mark Dowell", "Lena Marsh"),
    ),
    # A place's abbreviation is no title: "St. Louis" is no person "Louis" a pronoun may mean.
    (
        "place-abbreviation-is-no-person",
        'Protesters marched through the St. Louis suburb on Monday night. "We want justice," he said.',
        None,
    ),
    (
        "place-abbreviation-before-role",
        '"We have been awakened," said Mt. Vernon resident Dana Kowal.',
        "Dana Kowal",
    ),
    (
        "place-abbreviation-in-affiliation",
        '"The water is still rising," said Fire Chief Dale Morrow of Ft. Worth.',
        "Dale Morrow",
    ),
    # A suffix's stop ends the name before a new sentence: no person "The" with the role
    # "Harold Quill Jr.".
    (
        "suffix-stop-ends-name",
        'The suit was filed by Harold Quill Jr. The judge dismissed it on Monday. "We will appeal," he said.',
        "Harold Quill Jr",
    ),
    # A street's stop: "Elm St" is no person either.
    (
        "street-stop-is-no-person",
        'Crowds gathered on Elm St. Police said two men were held. "It was peaceful," she said.',
        None,
    ),
]

CLAIMS: list[Row] = [
    ("title-stop-according-to", "The bridge will reopen in June, according to Maj. Gen. Rosa Tilde.", "Rosa Tilde"),
    (
        "title-stop-said-after-content",
        "The convoy was never attacked, said Capt. Mark Dowell, the base commander.",
        "Mark Dowell",
    ),
    (
        "place-abbreviation-in-description",
        "The water is unsafe to drink, said a resident of Mt. Vernon.",
        "a resident of Mt. Vernon",
    ),
    (
        "place-abbreviation-in-organisation",
        "The Credit Union of St. Albans said rates would stay low.",
        "Credit Union of St. Albans",
    ),
    ("title-stop-rev", "Rev. Tom Alder said the shelter would open on Friday.", "Tom Alder"),
]

EVENTS: list[Row] = [
    (
        "where-st-place",
        "Police arrested two dozen protesters in the St. Louis suburb on Monday.",
        ("who=Police", "whom=two dozen protesters", "where=St. Louis"),
    ),
    ("where-mt-place", "A fire destroyed three homes in Mt. Vernon on Sunday.", ("where=Mt. Vernon",)),
    ("where-ft-place", "Troops were flown to a base near Ft. Benning on Friday.", ("where=Ft. Benning",)),
    (
        "where-st-after-titled-actor",
        "Gov. Lena Marsh visited flooded homes in St. Charles on Wednesday.",
        ("who=Gov. Lena Marsh", "where=St. Charles"),
    ),
    (
        "where-st-church",
        "The mayor will attend a service at St. Aidan's Church on Sunday.",
        ("where=St. Aidan's Church",),
    ),
    (
        "where-before-real-sentence-end",
        "Police arrested two men in Dunmore late on Friday. Officers said the men were armed.",
        ("who=Police", "where=Dunmore"),
    ),
]

KINDS: list[Row] = [
    ("title-stop-person", '"The levees will hold," Gov. Lena Marsh said.', "person"),
    (
        "place-abbreviation-organisation",
        '"Rates will stay low," the Credit Union of St. Albans said.',
        "organisation",
    ),
]

MENTIONS: list[tuple[str, str, list[str]]] = [
    ("mention-title-stop", "Gov. Lena Marsh visited Dunmore on Monday.", ["Gov. Lena Marsh", "Dunmore"]),
    ("mention-form-of-address", "Mr. Hale met Dr. Anna Veltri in Dunmore.", ["Hale", "Anna Veltri", "Dunmore"]),
    (
        "mention-place-abbreviation",
        "Crowds gathered in St. Louis and Mt. Vernon.",
        ["Crowds", "St. Louis", "Mt. Vernon"],
    ),
    (
        "mention-suffix-ends-sentence",
        "The suit was filed by Harold Quill Jr. The judge dismissed it.",
        ["Harold Quill Jr"],
    ),
    (
        "mention-street-ends-sentence",
        "Crowds gathered on Elm St. Police said two men were held.",
        ["Crowds", "Elm St", "Police"],
    ),
    (
        "mention-real-sentence-end",
        "Police arrested two men in the suburbs of Dunmore. Officers said the men were armed.",
        ["Police", "Dunmore", "Officers"],
    ),
]

PLACES: list[tuple[str, str, tuple[str, ...]]] = [
    ("places-st", "Police arrested two dozen protesters in the St. Louis suburb on Monday.", ("St. Louis",)),
    (
        "places-mt-ft",
        "Troops were stationed in Ft. Benning and at a camp near Mt. Ossa.",
        ("Ft. Benning", "Mt. Ossa"),
    ),
    ("places-titled-actor-no-place", "Gov. Lena Marsh visited flooded homes in St. Charles.", ("St. Charles",)),
]
