"""Event candidates as offered to a model by ID (``_pipeline.events``): each action
clause the text finds, its arguments the clause's own reading first, then the other
actors, places and times of its sentence, each a span of the article with an ID."""

from summarizer._pipeline.events import ROLES, in_part, offers
from summarizer._text.analysis import analyse

# Written for this test: a wire dateline, an event told in a mayor's words, and a
# sentence that names a third person the clause does not give a role.
ARTICLE = (
    "WASHINGTON (Reuters) - Police arrested Jane Doe in Boston on Monday, Mayor John Roe of Boston said.\n\n"
    "The mayor met Governor Anna Berg and Senator Mark Lee in Springfield on Tuesday."
)


def _offered() -> list[tuple[str, str, list[tuple[str, str, str]], str | None]]:
    """(id, verb, [(argument id, role or kind, text)], reported by) of each offer."""
    analysis = analyse(ARTICLE)
    text = analysis.text
    return [
        (
            o.id,
            text[o.verb[0] : o.verb[1]],
            [(a.id, a.role or a.kind, text[a.span[0] : a.span[1]]) for a in o.arguments],
            text[o.reporter.source[0] : o.reporter.source[1]] if o.reporter else None,
        )
        for o in offers(analysis)
    ]


def test_each_action_clause_is_offered_with_lettered_argument_ids() -> None:
    found = _offered()
    assert [(event, verb) for event, verb, _, _ in found] == [("E1", "arrested"), ("E2", "met")]
    for event, _, arguments, _ in found:
        assert [a for a, _, _ in arguments] == [f"{event}{letter}" for letter in "abcdefgh"[: len(arguments)]]
        # The clause's own reading comes first, in role order, then the other candidates.
        roles = [label for _, label, _ in arguments if label in ROLES]
        assert [label for _, label, _ in arguments[: len(roles)]] == roles
        assert roles == [r for r in ROLES if r in roles]


def test_other_names_of_the_sentence_are_offered_but_not_the_dateline_nor_a_name_inside_another() -> None:
    found = _offered()
    texts = {text for _, _, arguments, _ in found for _, _, text in arguments}
    assert "WASHINGTON" not in texts and "Reuters" not in texts  # where the report was filed
    (met,) = [arguments for _, verb, arguments, _ in found if verb == "met"]
    assert ("actor", "Senator Mark Lee") in [(label, text) for _, label, text in met]
    (arrested,) = [arguments for _, verb, arguments, _ in found if verb == "arrested"]
    # "Boston" is offered once, as written where the clause has it, not again inside the
    # mayor's name ("Mayor John Roe of Boston").
    boston = [a for a in arrested if a[2] == "Boston"]
    assert len(boston) == 1
    analysis = analyse(ARTICLE)
    for offer in offers(analysis):
        for argument in offer.arguments:
            sentence = analysis.article.sentence(offer.sentence_id)
            assert sentence.start <= argument.span[0] < argument.span[1] <= sentence.end


def test_an_event_told_in_someones_speech_carries_its_reporter() -> None:
    reporters = {verb: reporter for _, verb, _, reporter in _offered()}
    assert reporters == {"arrested": "Mayor John Roe of Boston", "met": None}


def test_a_part_is_offered_its_own_events_under_the_articles_ids() -> None:
    analysis = analyse(ARTICLE)
    every = offers(analysis)
    second = in_part(every, [every[1].sentence_id])
    assert [o.id for o in second] == ["E2"]
