"""Attribution candidates and typed name lists, found in the text (no model)."""

from summarizer._pipeline.session import _attributions
from summarizer._text.article import prepare
from summarizer._text.candidates import attribution_candidates, typed_names, unsupported_words


def _candidates(text: str) -> list[tuple[str, str, str, str]]:
    """(kind, source as written, speaker, first content) of each candidate."""
    article = prepare(text)
    return [
        (c.kind, text[c.source[0] : c.source[1]], c.speaker.name, text[c.contents[0][0] : c.contents[0][1]])
        for c in attribution_candidates(article, _attributions(article))
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


def test_a_pronoun_source_the_text_does_not_resolve_makes_no_candidate() -> None:
    assert _candidates("They said the storm would pass by Friday.") == []
    resolved = _candidates(
        "Defense Secretary Mark Esper spoke in Brussels. He said the alliance would stay united through winter."
    )
    assert [(source, speaker) for _, source, speaker, _ in resolved] == [("He", "Mark Esper")]


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
