"""Claims the text attributes to a source: ``(rule, text, expected)`` for the text's first
claim that is not a direct quote. ``expected`` is its source's name, ``None`` for "no
claim", or ``(source, content)`` where the claim's content starts with ``content``."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    # More verbs of saying and thinking with content.
    (
        "verb-speculate",
        "Analysts speculated that the bank would cut rates in June.",
        ("Analysts", "the bank would cut rates"),
    ),
    (
        "verb-brag",
        "The developer bragged that the tower would be the tallest in the county.",
        ("The developer", "the tower would be"),
    ),
    (
        "verb-reckon",
        "Most traders reckon the market will not reopen before the spring.",
        ("Most traders", "the market will not reopen"),
    ),
    # Verbs of rebuke are cues of blame: the rest of the clause is what is blamed.
    (
        "verb-chastise",
        "The watchdog's director chastised the council for its use of the fund.",
        ("The watchdog's director", "the council for its use"),
    ),
    (
        "verb-rebuke-noun",
        "The rebuke came after the vote on Tuesday.",
        None,
    ),
    # "dispute" is a verb of denial with content, and a noun ("the dispute over ...").
    (
        "verb-dispute",
        "The landlord disputes the claim that the flat was left without heating.",
        ("The landlord", "the claim that the flat"),
    ),
    ("noun-dispute", "The dispute over the flat went to the tribunal in May.", None),
    # A description may end in a noun after "of" that is a cue's form too ("state").
    (
        "description-secretary-of-state",
        "The former secretary of state said the talks would resume in March.",
        ("The former secretary of state", "the talks would resume"),
    ),
    # A source written after its content keeps a title's or an initial's stop.
    (
        "inverted-source-with-title-stop",
        "Regulators felt comfortable with the arrangement, said Mr. Barrow, the lawyer for the agency.",
        ("Barrow", "Regulators felt comfortable"),
    ),
    (
        "inverted-source-with-initial",
        "The levy will be scrapped next spring, said John F. Kane, the mayor.",
        ("John F. Kane", "The levy will be scrapped"),
    ),
    # A stance written as an adjective after "be" with a "that" clause is a claim of its
    # subject's; not an expletive's, not without "be", not inside someone else's report.
    (
        "stance-adjective-afraid",
        "Many Democrats are afraid that turnout will fall in the cities.",
        ("Many Democrats", "turnout will fall"),
    ),
    (
        "stance-adjective-aware-perfect",
        "Senator Ruth Calder has been acutely aware that the vote will be close.",
        ("Ruth Calder", "the vote will be close"),
    ),
    (
        "stance-adjective-concerned-some",
        "But despite the figures, some councillors are concerned that the levy could deter investors.",
        ("some councillors", "the levy could deter"),
    ),
    ("stance-adjective-expletive", "It is certain that the bridge will reopen in May.", None),
    ("stance-adjective-without-be", "The envoy came away convinced that reforms were under way.", None),
    (
        "stance-adjective-inside-a-report",
        "Officials are confident that the dam will hold, the minister said.",
        ("the minister", "Officials are confident"),
    ),
    # A name that is the agent inside a description is no speaker: the description stays.
    (
        "according-to-description-by-name",
        "According to a complaint filed by the Securities Commission, the developers looted millions.",
        ("a complaint filed by the Securities Commission", "the developers looted"),
    ),
    # A time opening the sentence is not the subject a later "and explained" shares.
    (
        "and-cue-after-time-opener",
        "A month later, the convoy reached the border and explained nothing to anyone there.",
        None,
    ),
    # "According to <role>, <Name>," is one source: the name, with that role.
    (
        "according-to-role-name",
        "According to the city's public works director, Tomás Reyes, work begins in May.",
        ("Tomás Reyes", "work begins in May"),
    ),
    (
        "according-to-name-role",
        "According to Dr Ciara Nolan, a consultant at the hospital, waiting lists have doubled.",
        ("Ciara Nolan", "waiting lists have doubled"),
    ),
    (
        "according-to-description",
        "According to two officials familiar with the talks, a deal is close.",
        ("two officials familiar with the talks", "a deal is close"),
    ),
    (
        "according-to-police-then-name",
        "According to police, Conor Byrne, 34, was arrested at the scene.",
        ("police", "Conor Byrne, 34, was arrested"),
    ),
    (
        "according-to-report",
        "Rents rose by 9 per cent last year, according to the Residential Tenancies Board.",
        ("Residential Tenancies Board", "Rents rose by 9 per cent"),
    ),
    # A clause joined by "and" is no apposition: the source after the cue.
    (
        "inverted-after-and-clause",
        "The refusal did not go over well with the council, and the meeting broke up soon after, said one "
        "member who was there.",
        ("one member", "The refusal did not go over well"),
    ),
    # ... but ", and a person who ..." is an apposition: the name before it.
    (
        "inverted-after-apposition-and-relative",
        "The plan is flawed, Ann Kelly, a teacher, and a mother of three who has lived in the estate for "
        "years, said on Monday.",
        ("Ann Kelly", "The plan is flawed"),
    ),
    (
        "inverted-told-after-apposition-and-relative",
        "The deal is off, Priya Nair, the party's spokeswoman, and a former MP who was elected in 2014, told "
        "reporters in Kochi.",
        ("Priya Nair", "The deal is off"),
    ),
    # People described by a body or a place keep it: not the body, nor a role "Officials at".
    (
        "plural-at-body-as-written",
        "Officials at the Harbour Safety Authority, a unit of the transport ministry, said the pier was unsafe.",
        ("Officials at the Harbour Safety Authority", "the pier was unsafe"),
    ),
    (
        "plural-in-body-as-written",
        "Analysts at Fenwick Capital say the bank will cut rates in June.",
        ("Analysts at Fenwick Capital", "the bank will cut rates"),
    ),
    # A name before a place is the speaker, the place no role of theirs.
    (
        "name-in-place",
        "According to Mayor Daniel Frost in Leeds, the bridge will reopen in May.",
        ("Daniel Frost", "the bridge will reopen"),
    ),
    # "According to" a writing and its author: the author is the source.
    (
        "according-to-writing-author",
        "The goal is to curb short-term investors, according to a speech Mrs. Ferris delivered in July.",
        ("Ferris", "The goal is to curb"),
    ),
    (
        "according-to-writing-author-description",
        "Burglaries fell by a tenth, according to a report the city's police department released on Tuesday.",
        ("the city's police department", "Burglaries fell by a tenth"),
    ),
    (
        "according-to-writing-by-agent",
        "Burglaries fell by a tenth, according to a report published by the Home Office on Tuesday.",
        ("Home Office", "Burglaries fell by a tenth"),
    ),
    (
        "according-to-writing-no-author",
        "Burglaries fell by a tenth, according to a report seen by the Tribune.",
        ("a report seen by the Tribune", "Burglaries fell by a tenth"),
    ),
    # A title's stop does not end an "according to" source.
    (
        "according-to-title-stop",
        "Work on the bridge begins in May, according to Dr. Ciara Nolan.",
        ("Ciara Nolan", "Work on the bridge begins"),
    ),
    # A writing's agent runs over a "for" inside a name; the stop of an abbreviation before
    # a new sentence ends an "according to" source.
    (
        "according-to-writing-by-agent-for-in-name",
        "Household incomes fell in real terms last year, according to a report released by the Office for "
        "National Statistics on Thursday.",
        ("Office for National Statistics", "Household incomes fell"),
    ),
    (
        "according-to-writing-by-agent-for-then-place",
        "Poverty rose sharply in rural districts, according to a study released by the Centre for Policy "
        "Research in New Delhi.",
        ("Centre for Policy Research", "Poverty rose sharply"),
    ),
    (
        "according-to-writing-by-agent-for-lowercase",
        "The council ignored the warnings, according to a letter sent by lawyers for the family to the county manager.",
        ("lawyers", "The council ignored"),
    ),
    (
        "according-to-writing-by-agent-on-in-name",
        "The levy will rise, according to a report released by the Council on Foreign Relations.",
        ("a report released by the Council on Foreign Relations", "The levy will rise"),
    ),
    (
        "according-to-writing-by-agent-for-client",
        "Support for the ban rose to 61 per cent, according to a poll published by Ipsos for Reuters on Monday.",
        ("Ipsos", "Support for the ban rose"),
    ),
    (
        "according-to-writing-by-agent-on-weekday",
        "Class sizes fell, according to a statement issued by the Minister for Education on Friday.",
        ("Minister for Education", "Class sizes fell"),
    ),
    (
        "according-to-abbreviation-then-sentence",
        "The deficit widened to $68 billion in March, according to figures from the U.S. The data surprised "
        "economists.",
        ("figures from the U.S", "The deficit widened"),
    ),
    (
        "according-to-abbreviation-then-opening-preposition",
        "The deficit widened to $68 billion in March, according to figures from the U.S. In April, the gap narrowed.",
        ("figures from the U.S", "The deficit widened"),
    ),
    (
        "according-to-abbreviation-inside-name",
        "Exports fell, according to the U.K. Office for National Statistics.",
        ("U.K. Office for National Statistics", "Exports fell"),
    ),
    # People at a body or in a place, in wire and hospital copy: as written.
    (
        "people-at-body-wire",
        "Economists at ANZ said the Reserve Bank would hold rates in May.",
        ("Economists at ANZ", "the Reserve Bank would hold"),
    ),
    (
        "some-in-party-as-written",
        "Some in Fianna Fáil said the deal was dead.",
        ("Some in Fianna Fáil", "the deal was dead"),
    ),
    (
        "people-at-hospital",
        "Doctors at St James's Hospital said the patient was stable.",
        ("Doctors at St James's Hospital", "the patient was stable"),
    ),
    # A role "of the" something before a name, and a role in apposition to a name.
    (
        "role-of-the-body-then-name",
        "Chancellor of the Exchequer Rachel Rees said the budget would protect working people.",
        ("Rachel Rees", "the budget would protect"),
    ),
    (
        "role-of-the-body-apposed-name",
        "The Governor of the Bank of England, Andrew Baird, said inflation would fall next year.",
        ("Andrew Baird", "inflation would fall"),
    ),
    # A capitalised word ending in -ing is a name, not a verb, inside a description.
    (
        "description-with-a-name-in-ing",
        "A spokesman for Downing Street said the government would not change course.",
        ("A spokesman for Downing Street", "the government would not change course"),
    ),
    # A cue that reports nothing: one word, or "nothing"/"little".
    ("said-nothing-about", "The minister said nothing about the cuts on Tuesday.", None),
    ("said-little", "Asked about the leak, Ms Patel said little.", None),
    ("replied-adverb", "Anne Hollis replied quickly.", None),
    # A cue of saying, thinking or judging with content.
    (
        "said-that",
        "Health Minister Stephen Dunleavy said that the new hospital would open in 2027.",
        ("Stephen Dunleavy", "the new hospital would open"),
    ),
    (
        "told-hearer-that",
        "The Treasurer, Jim Chalk, told parliament the budget would be in surplus.",
        ("Jim Chalk", "the budget would be in surplus"),
    ),
    ("believes-that", "Economist Ruth Gill believes rates will fall by the summer.", ("Ruth Gill", "rates will fall")),
    (
        "warned-that",
        "The Reserve Bank warned that inflation remained too high.",
        ("Reserve Bank", "inflation remained too high"),
    ),
    (
        "inverted-said",
        "The plan will cost 3 billion dollars, said Finance Minister Chrystia Freeland.",
        ("Chrystia Freeland", "The plan will cost"),
    ),
    ("verb-intone-that", "Verona Murphy intoned that the house would rise.", ("Verona Murphy", "the house would rise")),
    ("officials-said", "The border will reopen on Friday, officials said.", ("officials", "The border will reopen")),
    (
        "indian-said-adding",
        "The project will be completed by March, said Union Minister Nitin Gadkari, "
        "adding that funds had been released.",
        "Nitin Gadkari",
    ),
    # No cue of saying alone: raising, welcoming and pushing report no content.
    ("raised-alone", "The mayor raised concerns about the budget at Tuesday's meeting.", None),
    ("welcomed-alone", "Unions welcomed the decision on Monday.", None),
    ("spoke-with-a-hearer", "The governor visited the site and spoke with residents who had lost homes.", None),
    ("spoke-to-reporters", "The coach spoke to reporters after the match in Leeds.", None),
    (
        "spoke-about-a-topic",
        "Finance Minister Ana Lopes spoke about the need to cut spending before the election.",
        ("Ana Lopes", "about the need to cut spending"),
    ),
    ("pushed-alone", "Campaigners had pushed for the vote since March.", None),
    (
        "pushed-then-called",
        "Campaigners, who had pushed for the vote since March, called the decision overdue.",
        ("Campaigners", "the decision overdue"),
    ),
    ("issued-alone", "The council issued a statement on Friday.", None),
    (
        "passive-pronoun-no-content",
        "Nobody knows why it was mentioned by Ciara Nolan in the interview.",
        None,
    ),
    (
        "passive-with-content",
        "The plan is supported by most economists.",
        ("most economists", "The plan"),
    ),
    ("met-alone", "The minister met union leaders in Dublin on Thursday.", None),
    # Q&A transcripts: "Q:" and "A:" are labels, not sources.
    ("transcript-q", "Q: Will you stand again at the next election?", None),
    ("transcript-a", "A: I have not decided yet, and I will not decide this week.", None),
    ("transcript-name", "HALE: We have always said the plant was too big for the town.", "HALE"),
    # A source is never a sentence-opening article, a function word or a fragment.
    (
        "not-a-fragment",
        "For the vote since March, critics said the decision was overdue.",
        ("critics", "the decision was overdue"),
    ),
    ("not-an-article", "The said changes will take effect in June.", None),
    ("not-a-weekday", "On Monday said the shops would close.", None),
    (
        "rules-is-a-noun",
        "Ms Byrne agreed that the party's selection rules should be changed.",
        ("Byrne", "the party's selection rules"),
    ),
    ("not-a-quantifier-tail", "A host of other ministers said the talks had gone well.", "A host of other ministers"),
]

# The whole content of every claim the text finds: ``(rule, text, [(source, content), ...])``.
# A claim's content ends before a clause joined to it ("..., but", "; ", "while") that has
# a source and a cue of its own; a report nested in the content stays in it.
CONTENTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "content-ends-before-but-clause",
        "The Republican called the plan a disaster, but Senator Ruth Alder said it would pass.",
        [("The Republican", "the plan a disaster"), ("Senator Ruth Alder", "it would pass")],
    ),
    (
        "content-ends-before-while-clause",
        "The mayor said the bridge would reopen in May, while the contractor insisted the work could take "
        "until August.",
        [("The mayor", "the bridge would reopen in May"), ("the contractor", "the work could take until August")],
    ),
    (
        "content-ends-before-semicolon-clause",
        "The union argued that pay had fallen for a decade; the employers said wages had kept pace.",
        [("The union", "pay had fallen for a decade"), ("the employers", "wages had kept pace")],
    ),
    (
        "content-ends-before-and-clause-with-its-own-source",
        "Republicans said they were convinced the department had erred and Democrats accused them of stoking "
        "the issue.",
        [
            ("Republicans", "they were convinced the department had erred"),
            ("Democrats", "them of stoking the issue"),
        ],
    ),
    (
        "content-keeps-a-subject-of-two",
        "Ms Ortiz said her band and the producer Leon Marsh recorded the songs in a week.",
        [("Ms Ortiz", "her band and the producer Leon Marsh recorded the songs in a week")],
    ),
    (
        "content-keeps-a-second-that-clause",
        "The editor wrote that the reporter had phoned the firm twice and that the staff had identified themselves.",
        [("The editor", "the reporter had phoned the firm twice and that the staff had identified themselves")],
    ),
    (
        "content-keeps-an-and-clause-with-a-pronoun",
        "The mayor said the bridge had failed and they knew it.",
        [("The mayor", "the bridge had failed and they knew it")],
    ),
    (
        "content-keeps-a-nested-report",
        "Ms Patel said her brother had told her the factory would close.",
        [("Ms Patel", "her brother had told her the factory would close")],
    ),
]
