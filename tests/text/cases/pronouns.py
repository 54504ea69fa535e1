"""Who a pronoun in a reporting clause stands for: ``(rule, text, speaker)`` for the
text's last quote (a tuple: one per quote); ``None``: the text does not settle it, and
the quote stays unattributed."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    # A capitalised participle opening a sentence names no one ("Campaigning against ...").
    (
        "participle-opening-is-no-one",
        "Mayor Daniel Frost spoke on Monday. In defeat, the mayor appeared cowed. Campaigning against Ruth "
        'Alder in 2012, he said: "The roads can wait."',
        "Daniel Frost",
    ),
    # ... but a surname the text writes after a first name is a name ("Ahmed for his part").
    (
        "participle-like-surname-is-a-name",
        "Shafiq Ahmed and Imran Qureshi met the committee. Qureshi spoke first. Ahmed for his part denied "
        'any wrongdoing. "I have nothing to hide," he said.',
        "Shafiq Ahmed",
    ),
    (
        "participle-like-surname-in-reply",
        "Paul Keating and John Hewson clashed over the tax. Hewson called it a necessity. Keating in reply "
        'said the tax would ruin small shops. "It is a dog of a tax," he said.',
        "Paul Keating",
    ),
    # A pronoun after an opening clause and an apposition is no name's verb: "..., Idaho, for a
    # meeting, he met" does not make Idaho a subject.
    (
        "pronoun-after-apposition-is-no-verb",
        "Mayor Daniel Frost toured the county on Monday. When the mayor flew to Boise, Idaho, for a meeting "
        'last winter, he met the families. "We owe them answers," he said.',
        "Daniel Frost",
    ),
    # A name right after a quote that ends with its own stop opens a new sentence: it is
    # the subject a later pronoun takes, not the quote's speaker before it.
    (
        "subject-after-stopped-quote",
        'Mr Dalton told 2GB radio: "We will scrap the tax." Jim Chalk hit back. "That is a fantasy," he said.',
        "Jim Chalk",
    ),
    (
        "titled-subject-after-stopped-quote",
        "Ms Ardern said: 'The border stays shut.' Opposition leader Judith Collins disagreed. "
        "'This is a mistake,' she said.",
        "Judith Collins",
    ),
    # A speaker named by a role alone, then a sentence whose subject is another role
    # alone: two office-holders, and the pronoun may be either.
    (
        "role-speaker-then-other-role-abstain",
        "'Cut the waffle,' Mr Speaker said. The Prime Minister smiled. 'I will,' he replied.",
        ("Speaker", None),
    ),
    (
        "role-speaker-then-no-role-keeps",
        "'Order,' Mr Speaker said. The House fell silent. 'Sit down,' he said.",
        ("Speaker", "Speaker"),
    ),
    # A pronoun before the one name of a sentence is someone else's, so the one after it
    # may be too: it gives that name no gender.
    (
        "pronoun-before-name-gives-no-gender",
        "Dina Marlow said she was tired. Her coach, Edrick Fontaine, said she would be back in May. "
        '"She is in great shape," he said.',
        "Edrick Fontaine",
    ),
    # The previous clause's "he" is a man: a later "she" is not him (here nothing else
    # settles whom it is: abstain).
    (
        "resolved-he-is-no-she",
        'Hon. Kwame Asante said inflation had fallen. "The economy is turning the corner," he told the House. '
        'The Minority spokesperson on Finance, Dr. Ama Boateng, disagreed. "Families are not feeling it," she said.',
        ("Kwame Asante", None),
    ),
    # A lower-case role before a name opening a sentence: the name is that sentence's subject.
    (
        "role-opening-subject-takes-over",
        "General secretary Sharon Graham said members had won a better deal. Union rep Karen Mills welcomed the "
        "news but said trust was low. 'We will be watching closely,' she added.",
        "Karen Mills",
    ),
    # Two candidates of the pronoun's gender within reach: abstain.
    ("two-men-abstain", 'Tom Hale met David Price at the station. "We are late again," he said.', None),
    (
        "two-women-abstain",
        "Sarah Quinn sat with Mary Lowe after the hearing. 'It went well,' she said.",
        None,
    ),
    (
        "two-men-earlier-sentence-abstain",
        "Peter Walsh and John Keane left the count centre together. Both men were tired. 'It is not over,' he said.",
        None,
    ),
    (
        "object-man-abstain",
        "Mark Dunne thanked Paul Byrne for his support. 'We did this together,' he said.",
        None,
    ),
    (
        "brother-by-given-name-abstain",
        "John Ma and his brother Kevin opened the noodle shop in 1998. 'It was hard at first,' he said.",
        None,
    ),
    (
        "kin-word-abstain",
        "Deirdre Walsh and her daughter stood outside the court for an hour. 'We just want the truth,' she said.",
        None,
    ),
    (
        "kin-other-gender-settles",
        "Deirdre Walsh and her son stood outside the court for an hour. 'We just want the truth,' she said.",
        "Deirdre Walsh",
    ),
    (
        "subject-who-speaks",
        "Mary Byrne criticised Garda Commissioner Anne Kelly on Tuesday. 'Nobody has taken responsibility,' she said.",
        "Mary Byrne",
    ),
    # A title before a name opening a sentence ("Mr Tice agreed.") leaves it the subject.
    (
        "titled-subject-takes-over",
        "'This is a dark day for the party,' said Mr Farage. Mr Tice agreed. 'We must regroup,' he said.",
        ("Farage", "Tice"),
    ),
    # An object pronoun ("backed him") is someone else: it says nothing of the subject's gender.
    (
        "object-pronoun-no-gender",
        '"We will not apologise," the deputy leader, Richard Marles, told Sky News. Penny Wynn backed him. '
        '"He is right," she said.',
        ("Richard Marles", "Penny Wynn"),
    ),
    # A hearer after "told" is no subject of a clause.
    (
        "told-hearer-is-no-candidate",
        "'The plan is sound,' Jim Chalk told ABC Radio. 'We stand by it,' he said.",
        ("Jim Chalk", "Jim Chalk"),
    ),
    # "he"/"she" is never a plural noun opening a sentence, nor an acronym.
    (
        "she-not-plural-subject",
        '"The fire started in the kitchen," fire chief Jane Doyle said. Firefighters were called at 3am. '
        '"They did an amazing job," she said.',
        ("Jane Doyle", "Jane Doyle"),
    ),
    (
        "he-not-an-acronym",
        "The ABC asked Mr Dalton whether he regretted the vote. 'I do not,' he said.",
        "Dalton",
    ),
    # A word the text writes in lower case names no one where it opens a sentence.
    (
        "sentence-opener-is-no-name",
        "The council approved some of the cuts. Some residents were angry. Otherwise, he said, "
        "the town would run out of money. 'We had no choice,' he said.",
        None,
    ),
    (
        "sentence-opener-behind",
        "Commissioner Alan Reid sat at his desk. Behind it hung a map of the county. "
        "'Every road here needs work,' he said.",
        "Alan Reid",
    ),
    # "they" is no statement, report or letter.
    (
        "they-not-a-statement",
        "The union issued a statement on Monday. The statement said they would strike. "
        "'We have been left with no option,' they said.",
        None,
    ),
    # A name after a place's possessive is the person: "Quebec's Marie Tremblay".
    (
        "possessive-place-name",
        "Quebec’s Marie Tremblay led the protest outside the legislature. 'We are not going away,' she said.",
        "Marie Tremblay",
    ),
    # The chosen one's gender unknown, and a person of the pronoun's gender named since in
    # a sentence of their own: abstain.
    (
        "unknown-gender-then-known-rival-abstain",
        "'The cuts will hurt,' said Robyn Ellis, an economist. ¶ The row has dogged the campaign, with Mary "
        "Hughes attacking the plan at every stop. ¶ 'It is a tax on the poor,' she said.".replace(" ¶ ", "\n\n"),
        None,
    ),
    (
        "unknown-gender-then-rival-with-her-own-pronoun",
        "'We will appeal,' said Robyn Ellis. ¶ The row deepened on Friday, with Senator Mary Hughes posting her "
        "support online. ¶ 'Proud of my friend for standing firm,' she wrote.".replace(" ¶ ", "\n\n"),
        None,
    ),
    (
        "later-subject-of-gender-takes-over",
        "'We will appeal,' said Robyn Ellis. ¶ Senator Mary Hughes was the first to respond, posting her "
        "support online. ¶ 'Proud of my friend for standing firm,' she wrote.".replace(" ¶ ", "\n\n"),
        "Mary Hughes",
    ),
    (
        "adverb-opening-is-no-speaker",
        "Ahmed Nasser came to Ottawa in 2016. Recently, he said, the city has changed. "
        "'People are kinder now,' he said.",
        "Ahmed Nasser",
    ),
    (
        "unknown-gender-rival-in-own-apposition",
        "Robyn Ellis, a former adviser to Mary Hughes, looked back on the campaign. 'It was chaos,' she said.",
        "Robyn Ellis",
    ),
    # One candidate of the pronoun's gender: settled.
    (
        "one-man-one-woman",
        'Tom Hale met Susan Price at the station. "We are late again," she said.',
        "Susan Price",
    ),
    (
        "one-person",
        "Councillor Aoife Reilly opened the meeting. 'We have a lot to get through,' she said.",
        "Aoife Reilly",
    ),
    (
        "pronoun-after-clause",
        "'The harbour is silting up,' said Niall Kerr. 'It costs us every year,' he said.",
        ("Niall Kerr", "Niall Kerr"),
    ),
    # A relative clause ("who argued ...") belongs to its name: the pronoun is still the subject's.
    (
        "who-argued",
        "The project's director, Alan Moore, defended the budget. Councilman Gerald Pike, who argued against the "
        "plant, said it was too costly. He said the city was 'paying for a plant that serves two counties.'",
        "Gerald Pike",
    ),
    (
        "who-argued-pronoun-said",
        "Councilman Gerald Pike, who argued against the plant, said it was too costly. He said the city was "
        "'paying for a plant that serves two counties'.",
        "Gerald Pike",
    ),
    (
        "who-said-earlier",
        "Planning officer Kevin Nash backed the scheme. Resident Brian Ward, who has lived on the street for 40 years, "
        'said he was worried. "Nobody asked us," he said.',
        "Brian Ward",
    ),
    (
        "relative-clause-names-no-rival",
        "Brendan Kerr, who served as an adviser to John Bruton, looked back on those years: "
        "'Good manners were assumed,' he said.",
        "Brendan Kerr",
    ),
    # "they" and "it" take organisations and descriptions, not people.
    (
        "they-organisation",
        'Harland Foods Ltd cut 200 jobs on Friday. "Orders are down," it said.',
        "Harland Foods Ltd",
    ),
    # The speaker of the previous clause, with no one else named since: settled.
    (
        "she-after-her-clause",
        '"The budget is fair," Finance Minister Helen Ward said. "It protects families," she added.',
        ("Helen Ward", "Helen Ward"),
    ),
    (
        "he-after-his-told",
        "'We will not back down,' Keir Stanton told the Commons. 'Not now, not ever,' he said.",
        ("Keir Stanton", "Keir Stanton"),
    ),
    # The speaker of the previous clause goes on as the subject ("He met ..."): settled.
    (
        "previous-clause-goes-on",
        "'We will win,' said Liam Doyle. He met Sean Gallagher later that day. 'It was a fair fight,' he said.",
        ("Liam Doyle", "Liam Doyle"),
    ),
    # The given name after a role ("Transport Secretary Helen Vance") gives the gender.
    (
        "given-name-after-role-gender",
        'Asked whether she would stand, Transport Secretary Helen Vance said: "Not today." '
        'Her rival, Chris Moran, was less coy. "I will be in it," he told Sky News.',
        ("Helen Vance", "Chris Moran"),
    ),
    # "Fr" is a man's title, and a "she" after his name is someone else's.
    (
        "fr-title-male",
        "Margaret Quinlan has died aged 91. Local priest Fr Tomás Keane said she would be missed. "
        '"She was the heart of the place," he said.',
        "Tomás Keane",
    ),
    # A sentence opened by someone described with a possessive and a role ("City's boss
    # admitted ..."): the pronoun after it may be that person as well as the one named.
    (
        "possessive-role-subject-abstain",
        'Manager Stephen Keating was full of praise. "Conor was brilliant," Keating said. '
        'City\'s boss admitted his side had faded. "We were poor after the break," he said.',
        ("Stephen Keating", None),
    ),
    (
        "possessive-role-subject-her-lawyer",
        '"I am innocent," said Paul Grady. His lawyer told reporters the case was weak. '
        '"There is no evidence," he said.',
        ("Paul Grady", None),
    ),
    # Who asks a man ("asked him when ...") is not the "he" who answers.
    (
        "asked-him-answer",
        "'We have listened,' Gethin Rowlands told the Senedd. Nia Griffiths asked him when the review "
        "would report. 'By the summer,' he said.",
        ("Gethin Rowlands", "Gethin Rowlands"),
    ),
    (
        "asked-him-answer-apposition",
        '"We have listened," said Gethin Rowlands. Nia Griffiths, a backbencher, asked him about the date. '
        '"Soon," he said.',
        ("Gethin Rowlands", "Gethin Rowlands"),
    ),
    # "her" as a possessive ("asked her colleague") is no one asked: the asker stays.
    (
        "asked-her-possessive",
        '"We have listened," said Gethin Rowlands. Nia Griffiths asked her colleague about it. "It is fine," she said.',
        ("Gethin Rowlands", "Nia Griffiths"),
    ),
    # A name in apposition to a description opening the sentence is its subject.
    (
        "described-opening-apposition-subject",
        '"People think it is about coffee," says Fiona Baird. Baird opened the Wee Kettle in 2019. '
        'Her business partner, Alan Moir, remembers those months. "We lived on soup and hope," he says.',
        ("Fiona Baird", "Alan Moir"),
    ),
    # Two men in one sentence, the cue after "to" shared by both ("met ... to discuss"):
    # the text does not say which one spoke.
    (
        "met-to-discuss-two-men-abstain",
        "Transport Minister Kevin Ochieng met union chairman Simon Kimutai on Monday to discuss the fares. "
        '"We agreed to keep talking," he said.',
        None,
    ),
]
