"""Attribution candidates and typed name lists, found in the text (no model)."""

from summarizer._text.analysis import TextAnalysis
from summarizer._text.article import prepare
from summarizer._text.claims import attribution_candidates
from summarizer._text.grounding import unsupported_words
from summarizer._text.names import typed_names


def _candidates(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, source as written, speaker, first content) of each candidate."""
    article = prepare(text)
    return [
        (
            c.kind,
            text[c.source[0] : c.source[1]],
            c.speaker.name if c.speaker else "",
            text[c.contents[0][0] : c.contents[0][1]],
        )
        for c in attribution_candidates(article, list(TextAnalysis(article, "en").attributions))
    ]


def test_seed_sources_are_the_ones_the_text_names(seed_text: str) -> None:
    found = _candidates(seed_text)
    by_source = {source: (kind, speaker, content) for kind, source, speaker, content in found}
    kind, speaker, content = by_source["two US officials"]
    assert kind == "indirect" and content.startswith("The United States is carrying out retaliatory strikes")
    assert by_source["the Pentagon"][:2] == ("blamed", "Pentagon")
    assert by_source["Al Arabiya correspondent"][0] == "according_to"
    # Raab's words are Raab's: no candidate gives them to Esper.
    for _, _, speaker, content in found:
        if "find those responsible" in content or "deplorable" in content:
            assert speaker == "Dominic Raab"


def test_indirect_speech_forms() -> None:
    text = (
        "Senator Jane Doe said that the bill would fail in the House.\n\n"
        "The budget will be cut by a third, the finance ministry told reporters on Monday.\n\n"
        "Prices will keep rising, said John Roe.\n\n"
        "The plant closed in May, according to two company officials.\n\n"
        "The mayor's critics blamed the council for the delays."
    )
    found = {(kind, source, content) for kind, source, _, content in _candidates(text)}
    assert found == {
        ("indirect", "Senator Jane Doe", "the bill would fail in the House"),
        ("indirect", "the finance ministry", "The budget will be cut by a third"),
        ("indirect", "John Roe", "Prices will keep rising"),
        ("according_to", "two company officials", "The plant closed in May"),
        ("blamed", "The mayor's critics", "the council for the delays"),
    }


def test_a_pronoun_source_the_text_does_not_resolve_keeps_the_pronoun_and_no_speaker() -> None:
    # Abstain, don't guess: the claim is listed with "They" as its mention and no speaker.
    assert _candidates("They said the storm would pass by Friday.") == [
        ("indirect", "They", "", "the storm would pass by Friday")
    ]
    resolved = _candidates(
        "Defense Secretary Mark Esper spoke in Brussels. He said the alliance would stay united through winter."
    )
    assert [(source, speaker) for _, source, speaker, _ in resolved] == [("He", "Mark Esper")]


def test_more_cues_and_source_forms() -> None:
    text = (
        "Palmieri said Clinton will speak in Florida on Friday.\n\n"
        "The bank said that it had fired the employees.\n\n"
        "The van left early, sources said.\n\n"
        "Sen. David Perdue (R-Ga.) said the attacks did not hurt Romney, arguing that divisions did.\n\n"
        "Richard Revesz, director of the institute, said the states were exaggerating.\n\n"
        "Experts say the plan would cost $1 trillion.\n\n"
        "Trump called for a ban on imports.\n\n"
        "Donald Trump is criticized by two senators.\n\n"
        "Mr. Quiros was accused of fraud by no one in particular today."
    )
    found = {(kind, source, speaker) for kind, source, speaker, _ in _candidates(text)}
    assert {
        ("indirect", "Palmieri", "Palmieri"),
        ("indirect", "The bank", "The bank"),
        ("indirect", "sources", "sources"),
        ("indirect", "Sen. David Perdue", "David Perdue"),
        ("indirect", "Richard Revesz", "Richard Revesz"),
        ("indirect", "Experts", "Experts"),
        ("indirect", "Trump", "Donald Trump"),
        ("blamed", "two senators", "two senators"),
    } <= found
    # "arguing" shares the clause's source; a passive subject is never the source.
    assert sum(source == "Sen. David Perdue" for _, source, _ in found) == 1
    assert len([f for f in _candidates(text) if f[1] == "Sen. David Perdue"]) == 2
    assert not any(source == "Mr. Quiros" for _, source, _ in found)


def test_nouns_that_look_like_cues_are_not_cues() -> None:
    text = (
        "Some state officials praised the work.\n\n"
        "Mrs. Clinton's tax plan would raise $1 trillion.\n\n"
        "British Prime Minister Theresa May said the country would leave."
    )
    found = [(source, speaker) for _, source, speaker, _ in _candidates(text)]
    assert ("Some", "Some") not in found
    assert not any(source.endswith("tax") for source, _ in found)
    assert ("British Prime Minister Theresa May", "British Prime Minister Theresa May") in found


def test_names_are_typed_and_cleaned(seed_text: str) -> None:
    names = typed_names(prepare(seed_text))
    offered = set(names.actors) | set(names.places)
    for not_a_name in ("Airstrikes", "Intense", "Iraqi", "US-led", "Katyusha", "Wednesday", "Thursday", "British"):
        assert not_a_name not in offered
    assert {"Babylon", "Baghdad", "Iraq", "Al Anbar"} <= set(names.places)
    assert {"two US officials", "Defense Secretary Mark Esper", "Raab"} <= set(names.actors)
    assert not {"Babylon", "Baghdad"} & set(names.actors)


def test_support_is_judged_by_the_evidence_words() -> None:
    evidence = "At least 18 Katyusha rockets were fired at military camp Taji in Iraq."
    assert unsupported_words("rockets fired at camp Taji", evidence) == []
    assert unsupported_words("The article comes as numbered sentences, S2],", evidence) == ["S2"]
    assert unsupported_words("Iran launched drones at Baghdad airport", evidence) != []


def test_a_source_is_not_a_clause_and_people_of_a_place_are_not_the_place() -> None:
    text = (
        "The remarks came as forecasters warned of more rain over Cardell.\n\n"
        "Residents of Millford described a long night.\n\n"
        "Members of Congress said the bill was dead."
    )
    found = {(source, speaker) for _, source, speaker, _ in _candidates(text)}
    assert ("forecasters", "forecasters") in found
    assert ("Residents of Millford", "Residents of Millford") in found
    assert ("Members of Congress", "Members of Congress") in found
    assert not any("came" in source or speaker in {"Millford", "Congress"} for source, speaker in found)
