"""Speakers within one article: canonical names and roles, pronouns resolved from the
text where it supports them, one list per summary. No model involved."""

from __future__ import annotations

from summarizer._text.analysis import TextAnalysis
from summarizer._text.article import PreparedArticle, prepare
from summarizer._text.attribution import ClauseAttribution
from summarizer._text.speakers import SpeakerList


def _attributions(prepared: PreparedArticle) -> list[ClauseAttribution]:
    return list(TextAnalysis(prepared, "en").attributions)


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    prepared = prepare(text)
    return [(a.speaker.name if a.speaker else None, a.pronoun) for a in _attributions(prepared)]


def _roles(text: str) -> list[str | None]:
    prepared = prepare(text)
    return [a.speaker.role if a.speaker else None for a in _attributions(prepared)]


def test_surname_and_full_name_are_one_speaker_with_the_role() -> None:
    text = (
        "Defense Secretary Mark Esper spoke on Thursday.\n\n"
        "“We have the authority to respond,” Esper told reporters.\n\n"
        "“We will be proportional,” said Mr. Esper."
    )
    prepared = prepare(text)
    attributions = _attributions(prepared)
    speakers = SpeakerList(prepared)
    keys = {speakers.add(a.speaker, a.mention) for a in attributions if a.speaker}
    listed, ids = speakers.finish()
    assert len(keys) == 1 and len(listed) == 1
    [esper] = listed
    assert (esper.id, esper.name, esper.role, esper.kind) == ("P1", "Mark Esper", "Defense Secretary", "person")
    assert [m.text for m in esper.mentions] == ["Esper", "Mr. Esper"]
    for m in esper.mentions:
        assert text[m.start : m.end] == m.text


def test_organisation_and_role_before_a_name() -> None:
    text = "Fires spread overnight.\n\n“We have 500 firefighters on the line,” said Cal Fire spokesman Jon Heggie."
    assert _speakers(text) == [("Jon Heggie", False)]
    assert _roles(text) == ["Cal Fire spokesman"]


def test_a_name_ending_the_sentence_keeps_no_full_stop() -> None:
    text = (
        "Chancellor Olaf Scholz met his ministers.\n\n"
        "“Europe must act together on energy and on defence,” said Scholz. Talks went on."
    )
    assert _speakers(text) == [("Olaf Scholz", False)]
    prepared = prepare(text)
    [a] = _attributions(prepared)
    assert a.mention is not None and text[a.mention[0] : a.mention[1]] == "Scholz"


def test_pronoun_goes_to_the_nearest_earlier_named_person() -> None:
    text = (
        "Prime Minister Jane Doe and Finance Minister Omar Reyes toured the port on Monday.\n\n"
        "Reyes said the budget was tight. “We will find the money somewhere,” he said."
    )
    assert _speakers(text) == [("Omar Reyes", True)]


def test_pronoun_without_a_person_nearby_stays_unresolved() -> None:
    text = (
        "Prime Minister Jane Doe spoke on Monday.\n\n"
        "The port was quiet.\n\n"
        "Ships waited outside.\n\n"
        "“We will not back down from this fight,” she said."
    )
    assert _speakers(text) == [(None, True)]


def test_they_goes_to_a_description_not_a_person() -> None:
    text = (
        "Defense Secretary Mark Esper spoke first. Two US officials briefed reporters later.\n\n"
        "“The strikes were proportional and targeted,” they said."
    )
    assert _speakers(text) == [("Two US officials", True)]


def test_a_clause_that_names_someone_is_not_overridden() -> None:
    text = (
        "Defense Secretary Mark Esper spoke on Thursday.\n\n"
        "“We must find those responsible,” British Foreign Secretary Dominic Raab said."
    )
    assert _speakers(text) == [("Dominic Raab", False)]
    assert _roles(text) == ["British Foreign Secretary"]


def test_name_in_apposition_after_the_quote() -> None:
    text = (
        "The river rose overnight.\n\n"
        "“The water rose faster than any of our models predicted,” the regional flood agency's "
        "chief hydrologist, Dr. Ines Falk, said on Monday."
    )
    assert _speakers(text) == [("Ines Falk", False)]


def test_comma_between_name_and_verb_before_the_quote() -> None:
    text = (
        "The port authority objected. Its director, Pieter Maas, told reporters: “The gates will stay open for anyone.”"
    )
    assert _speakers(text) == [("Pieter Maas", False)]


def test_quote_without_clause_continues_the_previous_one() -> None:
    text = (
        "Councillor Tom Reyes criticised the plan.\n\n"
        '"This budget fixes nothing," he said. "It moves the problem to next year."'
    )
    prepared = prepare(text)
    attributions = _attributions(prepared)
    assert [(a.speaker.name if a.speaker else None, a.pronoun, a.continued) for a in attributions] == [
        ("Tom Reyes", True, False),
        ("Tom Reyes", False, True),
    ]


def test_a_quote_with_its_own_clause_is_not_a_continuation() -> None:
    text = "“We will publish the budget next week,” Berg said. “That is all for today,” someone added."
    [first, second] = _attributions(prepare(text))
    assert first.speaker is not None and second.speaker is None and not second.continued
