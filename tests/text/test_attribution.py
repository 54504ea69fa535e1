"""Who said a quote, from the text alone: names across sentence ends and with particles,
short forms, the abbreviations the name code and the sentence splitter share, the
reporting clauses news writes, pronouns under the text's constraints, and abstention
for models not trusted to choose. No model involved."""

from __future__ import annotations

from summarizer._llm.endpoint import NO_KEY, Endpoint
from summarizer._llm.profiles import EMBEDDED, OPENAI
from summarizer._pipeline.session import whole_request
from summarizer._text.analysis import TextAnalysis, analyse
from summarizer._text.article import ends_abbreviation, prepare
from summarizer._text.attribution import ClauseAttribution
from summarizer._text.names import canonical_speaker


def _attributed(text: str) -> list[ClauseAttribution]:
    return list(analyse(text).attributions)


def _who(text: str) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in _attributed(text)]


def _spans_slice(text: str) -> None:
    for a in _attributed(text):
        for span in (a.mention, a.cue):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
                assert text[span[0] : span[1]].strip() == text[span[0] : span[1]]


# ------------------------------------------------------------------ names


def test_a_sentence_end_stops_a_role_run() -> None:
    text = "Talks ended in Berlin. Mayor Kai Wegner said: “We will meet again next month.”"
    [a] = _attributed(text)
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.role) == ("Kai Wegner", "Mayor")


def test_a_sentence_end_after_a_particle_name_stops_the_next_name() -> None:
    text = (
        "The summit was opened by Ursula von der Leyen. UN Secretary-General Antonio Guterres said: "
        "“The climate cannot wait for us.”"
    )
    assert _who(text) == ["Antonio Guterres"]


def test_particles_inside_names_and_a_name_starting_with_one() -> None:
    text = (
        "Commission President Ursula von der Leyen arrived on Monday.\n\n"
        "“Europe will stand by its partners,” said von der Leyen."
    )
    [a] = _attributed(text)
    assert a.speaker is not None and a.speaker.name == "Ursula von der Leyen"
    assert a.mention is not None and text[a.mention[0] : a.mention[1]] == "von der Leyen"
    assert canonical_speaker("Crown Prince Mohammed bin Salman spoke.", "bin Salman") is not None


def test_short_forms_map_to_the_fullest_name() -> None:
    text = "Chinese President Xi Jinping met Defense Secretary Mark Esper. Xi spoke first, then Esper."
    xi = canonical_speaker(text, "Xi")
    esper = canonical_speaker(text, "Esper")
    assert xi is not None and xi.name == "Xi Jinping"
    assert esper is not None and (esper.name, esper.role) == ("Mark Esper", "Defense Secretary")


def test_a_short_form_two_people_share_stays_as_written() -> None:
    text = "Hillary Clinton and Bill Clinton arrived together. Clinton spoke."
    speaker = canonical_speaker(text, "Clinton")
    assert speaker is not None and speaker.name == "Clinton"


def test_the_splitter_and_the_names_agree_on_abbreviations() -> None:
    text = (
        "Prof. Anna Weiss spoke at 3 p.m. Tuesday in the hall. It held approx. 300 people. "
        "The doors closed at 5 p.m. The crowd left."
    )
    assert [s.text for s in prepare(text).sentences] == [
        "Prof. Anna Weiss spoke at 3 p.m. Tuesday in the hall.",
        "It held approx. 300 people.",
        "The doors closed at 5 p.m.",
        "The crowd left.",
    ]
    assert ends_abbreviation(text, text.index("Prof.") + 4)
    speaker = canonical_speaker(text, "Weiss")
    assert speaker is not None and speaker.name == "Anna Weiss"


# ------------------------------------------------------------------ reporting clauses


def test_inverted_clause_with_a_description() -> None:
    text = "The talks failed.\n\n“This is a defeat for the whole country,” wrote the influential US daily."
    assert _who(text) == ["the influential US daily"]
    _spans_slice(text)


def test_description_before_its_verb_after_the_quote() -> None:
    text = "The talks failed.\n\n“This is a defeat for the whole country,” the newspaper wrote on Friday."
    [a] = _attributed(text)
    assert a.speaker is not None and a.speaker.name == "the newspaper"
    assert a.cue is not None and text[a.cue[0] : a.cue[1]] == "wrote"


def test_participle_takes_the_subject_of_its_clause() -> None:
    text = "Senator Jane Roe criticised the bill on Monday, adding: “It will cost jobs in every state.”"
    [a] = _attributed(text)
    assert a.speaker is not None and a.speaker.name == "Jane Roe"
    assert a.cue is not None and text[a.cue[0] : a.cue[1]] == "adding"


def test_quoted_as_saying_names_the_one_quoted() -> None:
    text = "The RBK news website quoted Ms. Simonyan, the editor in chief, as saying “we have nothing to hide.”"
    assert _who(text) == ["Simonyan"]


def test_according_to_after_the_quote() -> None:
    text = "Fighting resumed.\n\n“The strikes hit five positions overnight,” according to the report."
    assert _who(text) == ["the report"]


def test_said_in_a_statement() -> None:
    text = "The vote passed.\n\n“We welcome the decision of the council,” the company said in a statement."
    assert _who(text) == ["the company"]


def test_a_cue_ending_the_previous_paragraph_with_a_colon() -> None:
    text = "Governor Lena Park spoke to reporters.\n\nPark said:\n\n“We are not leaving anyone behind.”"
    assert _who(text) == ["Lena Park"]


def test_a_name_after_a_dash() -> None:
    text = "Readers wrote in.\n\n“The debate changed my mind about the whole race.” ― Pamela Padilla\n\nMore came."
    assert _who(text) == ["Pamela Padilla"]


def test_a_role_and_party_around_a_name() -> None:
    text = "The hearing ended.\n\n“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said."
    assert _who(text) == ["Jason Chaffetz"]


def test_a_new_sentence_after_a_quote_is_not_its_clause() -> None:
    text = 'Japan called it an "outlaw nation in the neighborhood." Russia insisted that Pyongyang stop its tests.'
    assert _who(text) == ["Japan"]


def test_a_name_after_a_preposition_is_not_a_subject() -> None:
    text = "A woman of Ashton, who watched on a screen, said the event brought back “all the people who were not here.”"
    assert _who(text) != ["Ashton"]


def test_seed_raab_is_never_esper(seed_text: str) -> None:
    prepared = prepare(seed_text)
    for quote, a in zip(prepared.quotes, TextAnalysis(prepared, "en").attributions, strict=True):
        if "essential to defend" in quote.text or "find those responsible" in quote.text:
            assert a.speaker is not None and a.speaker.name == "Dominic Raab"


# ------------------------------------------------------------------ pronouns


def test_pronoun_gender_from_titles() -> None:
    text = (
        "Ms. Ana Ruiz and Mr. Paul Berg met on Monday.\n\n"
        "Berg left early. Ruiz stayed.\n\n"
        "“We will sign the agreement next week,” she said."
    )
    assert _who(text) == ["Ana Ruiz"]


def test_pronoun_with_two_fitting_people_stays_unresolved() -> None:
    text = "Ana Ruiz and Paul Berg met on Monday in the capital.\n\n“We will sign the agreement next week,” he said."
    [a] = _attributed(text)
    assert a.pronoun and a.speaker is None


def test_pronoun_takes_the_previous_reporting_clause_subject() -> None:
    text = (
        "Prime Minister Jane Doe and Finance Minister Omar Reyes toured the port on Monday.\n\n"
        "Reyes said the budget was tight. “We will find the money somewhere,” he said."
    )
    assert _who(text) == ["Omar Reyes"]


def test_they_takes_a_group_not_a_person() -> None:
    text = (
        "Mayor Tom Hale met two union officials on Monday.\n\n“The strike goes on until the city pays us,” they said."
    )
    assert _who(text) == ["two union officials"]


# ------------------------------------------------------------------ abstention


def _endpoint(profile: object) -> Endpoint:
    assert profile in (EMBEDDED, OPENAI)
    return Endpoint(model="m", base_url="http://127.0.0.1:1", api_key=NO_KEY, profile=profile)  # type: ignore[arg-type]


def test_a_model_not_trusted_to_choose_speakers_is_not_asked() -> None:
    prepared = prepare("The river rose overnight.\n\n“We have never seen water this high in the valley.”")
    assert not EMBEDDED.chooses_speakers and OPENAI.chooses_speakers
    embedded_spec, _ = whole_request(TextAnalysis(prepared, "en"), _endpoint(EMBEDDED))
    hosted_spec, _ = whole_request(TextAnalysis(prepared, "en"), _endpoint(OPENAI))
    assert embedded_spec.unresolved_quotes == ()
    assert hosted_spec.unresolved_quotes == ("Q1",)


def test_a_quote_opening_a_sentence_continues_the_clause_before_it() -> None:
    text = (
        "The administration may wait for the talks, Rep. Adam Schiff said. "
        "“The other factor is the election itself.”\n\n"
        "“A different voice, in another paragraph, stays open.”"
    )
    attributions = _attributed(text)
    assert [a.speaker.name if a.speaker else None for a in attributions] == ["Adam Schiff", None]
    assert attributions[0].continued


# ------------------------------------------------------------------ issue 13: PolNeAR misses


def test_present_tense_and_phrasal_reporting_verbs() -> None:
    text = (
        "“Cruz could win the general election in a landslide,” Viguerie concludes.\n\n"
        "“The establishment never liked him,” Bozell points out.\n\n"
        "“Go back to Univision,” Trump barked."
    )
    assert _who(text) == ["Viguerie", "Bozell", "Trump"]


def test_a_participle_is_not_given_the_subject_of_a_that_clause() -> None:
    text = (
        "Governor Chris Christie repeated accusations that Senator Marco Rubio recites the same points, "
        "calling him a “talented guy” who can “read a teleprompter.”"
    )
    assert _who(text)[0] == "Chris Christie"


def test_a_name_after_a_quantifier_is_no_subject() -> None:
    text = (
        "Aaron Sharockman, the site's director, spoke on Monday. The site cites so many Republican claims "
        "as inaccurate because they lack context.\n\n“We are not just validating numbers,” he said."
    )
    assert _who(text) == ["Aaron Sharockman"]


def test_a_one_word_clause_subject_is_a_person_for_a_pronoun() -> None:
    text = "Clinton said the plan had failed the middle class.\n\n“We will fix it next year,” she said."
    assert _who(text) == ["Clinton"]


def test_gender_by_a_clear_majority_not_one_stray_pronoun() -> None:
    text = (
        "Donald Trump spoke in Ohio. Donald Trump said his plan would work. Donald Trump repeated his "
        "promise. The response to Donald Trump came in her own tweets on Friday.\n\n"
        "Ms. Jennifer Palmieri, a campaign aide, was at the rally.\n\n"
        "“This is dangerous for a president,” he said."
    )
    assert _who(text) == ["Donald Trump"]


def test_the_nearest_subject_takes_over_from_an_earlier_clause() -> None:
    text = (
        "“We will build it,” Donald Trump also said.\n\n"
        "In his assessment of the real estate magnate, Felipe Calderon voiced his disappointment.\n\n"
        "“It is incredible that a society could produce such candidates,” he said."
    )
    assert _who(text) == ["Donald Trump", "Felipe Calderon"]


def test_a_subject_after_an_opening_phrase() -> None:
    text = (
        "President Barack Obama responded to a Gold Star mother on Wednesday night.\n\n"
        "During a CNN town hall, Tina Houchins had a question for the president.\n\n"
        "“My son gave his life for this country,” she said."
    )
    assert _who(text) == ["Tina Houchins"]


def test_a_paragraph_that_is_only_a_quote_continues_the_clause_ending_the_one_before() -> None:
    text = (
        "“This is the United States of America,” Charles Barkley said.\n\n"
        "“Then you have these losers who love that.”\n\n"
        "“Will you run for governor?” Megyn Kelly asked.\n\n"
        "“Not this year, and not the next one.”"
    )
    attributions = _attributed(text)
    assert [a.speaker.name if a.speaker else None for a in attributions] == [
        "Charles Barkley",
        "Charles Barkley",
        "Megyn Kelly",
        None,
    ]
    assert attributions[1].continued


def test_a_number_and_a_role_before_a_name_after_the_verb() -> None:
    text = (
        "“The president’s rationales don’t hold weight,” said 9/11 widow Terry Strada.\n\n"
        "“Though the market collapsed, his fortunes have changed,” the Times wrote.\n\n"
        "“We were all so proud of him,” said Dorothy Poynter, who grew up with him."
    )
    assert _who(text)[:2] == ["Terry Strada", "Times"]


def test_said_and_a_name_with_an_apposition_before_the_quote() -> None:
    text = (
        "The home was turned into a museum. Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
    )
    assert _who(text) == ["Dorothy Poynter"]


def test_a_common_given_name_tells_the_gender() -> None:
    text = (
        "Ohio Governor John Kasich spoke at the forum.\n\n"
        "And oh yes, Carly Fiorina was there. “Flying is an activity, not an accomplishment,” she said."
    )
    assert _who(text) == ["Carly Fiorina"]


# ------------------------------------------------------------------ issue 13: h-13f


def test_a_long_apposition_between_a_name_and_its_verb() -> None:
    text = (
        "The plan was published on Monday.\n\n"
        "“Rates will rise next year,” Mara Lind, director of the Institute for Fiscal and Monetary Studies "
        "at Northfield State University in the Upper Valley of the river, said."
    )
    assert _who(text) == ["Mara Lind"]
    _spans_slice(text)


def test_a_second_apposition_may_describe_the_first() -> None:
    text = (
        "Just last week, Ada Quill, editor at large of The Ledger, an influential weekly newspaper read "
        "mostly by farmers in the valleys, wrote, “The harvest will decide this election.”"
    )
    assert _who(text) == ["Ada Quill"]


def test_an_apposition_between_dashes() -> None:
    text = (
        "Ivo Marsh, the chief executive of Bellweather -- the firm that owns the city's two radio "
        "stations, which also stream online -- told me, “We sell airtime to anyone who pays.”\n\n"
        "As for the election, he said, “Nobody here takes sides.”"
    )
    assert _who(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_as_someone_put_it() -> None:
    # The clause opens with "Or", which names no one: the clause inside it is still found.
    text = (
        "The council met again.\n\n"
        "Or, as Tom Vale, a former harbor master, put it: “The storm is already inside the port.”"
    )
    assert _who(text) == ["Tom Vale"]


def test_a_description_with_a_name_in_apposition_is_a_clause_subject_for_a_pronoun() -> None:
    text = (
        "The trade talks with Mr. Piet Lund ended early.\n\n"
        "The minister of trade, Mr. Tomas Berg, argues there is no point in answering the threats now. "
        "“We must not overreact to campaign rhetoric,” he told me."
    )
    assert _who(text) == ["Tomas Berg"]


def test_party_and_state_after_a_sentence_opening_subject() -> None:
    text = (
        "The court ruled on Thursday.\n\n"
        "In a statement on Thursday, Rep. Ana Holt (D-Ore.) reacted to the ruling, saying: "
        "“The ruling is wrong on the law.”"
    )
    assert _who(text) == ["Ana Holt"]


def test_a_speaker_asked_a_question_goes_on_in_the_next_paragraph() -> None:
    text = (
        "“Everything but the mayor,” Lena Voss told reporters when asked which candidate she would back.\n\n"
        "“The mayor means more debt and fewer buses.”"
    )
    attributions = _attributed(text)
    assert [a.speaker.name if a.speaker else None for a in attributions] == ["Lena Voss", "Lena Voss"]
    assert attributions[1].continued


def test_an_age_a_trade_and_a_relative_as_clause_subjects() -> None:
    text = (
        "The vigil lasted all night.\n\n"
        "“He was always kind to us,” said the 52-year-old.\n\n"
        "“It was very nice,” the shipping tycoon told reporters.\n\n"
        "“We spoke before he left,” his nephew Karim Adel added."
    )
    assert _who(text) == ["the 52-year-old", "the shipping tycoon", "Karim Adel"]


def test_a_nickname_inside_an_apposition() -> None:
    text = (
        "The picnic began.\n\n"
        '"This is a big year for our senator!" Hale\'s niece, state Del. Nora "Bee" Hale (D-Norfolk), '
        'shouted to the crowd. "The nation is watching."'
    )
    attributions = _attributed(text)
    assert [a.speaker.name if a.speaker else None for a in attributions] == ["Hale's niece", "Hale's niece"]
