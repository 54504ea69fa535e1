"""Who a direct quote's reporting clause names: ``(rule, text, speaker)``; ``None`` is
"no speaker", a tuple gives one speaker per quote."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    # A hearer after "told" is not the speaker, and the clause is the quote before it.
    (
        "told-the-commons",
        "'We will not back down,' Keir Stanton told the Commons. The chancellor, Rachel Rees, added: "
        "'Growth is the mission.'",
        ("Keir Stanton", "Rachel Rees"),
    ),
    ("inverted-role-campaigner", '"We were heard," tweeted campaigner Lena Ortiz on Friday.', "Lena Ortiz"),
    ("told-mps", "'The deal is done,' Michael Gove told MPs on Tuesday.", "Michael Gove"),
    ("told-the-bbc", "'Nobody saw this coming,' Fiona Blake told the BBC.", "Fiona Blake"),
    ("told-sky-news", "'It is a scandal,' Labour MP Dawn Butler told Sky News.", "Dawn Butler"),
    ("told-rte", "'We need answers,' Mary Lou McDonald told RTÉ's Morning Ireland.", "Mary Lou McDonald"),
    (
        "told-the-guardian",
        "'The rules are clear,' the regulator's chief, Anne Hollis, told the Guardian.",
        "Anne Hollis",
    ),
    ("told-reporters-double", '"We are ready," Gen. Mark Tull told reporters at the Pentagon.', "Mark Tull"),
    (
        "told-hearer-then-said",
        "'We will fix the roads,' Lewis Carr told the council. 'This is our first job,' said Dana Fry.",
        ("Lewis Carr", "Dana Fry"),
    ),
    # A body's "for"/"of" tail ending with a lower-case role word and a name: the name speaks.
    (
        "body-for-role-name",
        "Consumer Council for Water chief Mike Kell told the BBC the rise was 'hard to swallow'.",
        "Mike Kell",
    ),
    (
        "body-for-role-name-said",
        "Institute for Fiscal Studies director Paul Johnson said the plan was 'a real gamble with the public "
        "finances'.",
        "Paul Johnson",
    ),
    # Lower-case roles of court and sports reports before a name.
    ("inner-role-witness", '"He just kept hitting him," witness Sian Evans told the court.', "Sian Evans"),
    ("inner-role-striker", '"We never gave up," the striker Conor Walsh said.', "Conor Walsh"),
    ("inner-role-farmer-inverted", "'Our costs have doubled,' said farmer Huw Jones.", "Huw Jones"),
    # Indian and Singaporean forms of address, and role words before a name.
    (
        "honorific-shri-smt",
        '"The line is open," Shri Anil Mehra said. Smt. Kavita Rao disagreed. "It is not safe," Smt. Rao said.',
        ("Anil Mehra", "Kavita Rao"),
    ),
    (
        "role-of-state-honorific-name",
        '"We will keep it free," said Minister of State Dr Lim Hock Seng. "It costs too much," Dr Lim replied.',
        ("Lim Hock Seng", "Lim Hock Seng"),
    ),
    (
        "post-nominal-mp",
        "Housing Minister the Hon. Julie Corrigan MP welcomed the vote. 'Australians need homes now,' Ms Corrigan "
        "said.",
        "Julie Corrigan",
    ),
    # A name after a preposition is no subject, nor its last word alone.
    (
        "speaking-to-broadcaster",
        "Speaking to ITV News, the health secretary, Wes Harding, said: 'The NHS is broken but not beaten.'",
        "Wes Harding",
    ),
    (
        "speaking-with-paper",
        'Speaking with the Irish Times, Labour leader Ivana Bacik said: "We are ready to serve."',
        "Ivana Bacik",
    ),
    ("role-chief-constable", '"There is no threat," Chief Constable Andrew Hale said.', "Andrew Hale"),
    ("role-conservative", "'Check the record,' Conservative Jane Pike said.", "Jane Pike"),
    # A colon clause keeps the quote it introduces when the quote ends its sentence; the
    # clause after opens the next statement.
    (
        "colon-then-next-speaker-mps",
        "The prime minister told MPs: 'We will not raise taxes on working people.' The shadow chancellor, "
        "Mel Stride, replied: 'Nobody believes that.'",
        ("The prime minister", "Mel Stride"),
    ),
    (
        "colon-then-next-speaker-ontario",
        'Premier Doug Fenwick told reporters: "The line will open next year." Transit critic, Jessica Bellamy, '
        'said: "We have heard that before."',
        ("Doug Fenwick", "Jessica Bellamy"),
    ),
    (
        "colon-then-next-speaker-wrote",
        "Senator Penny Wynn wrote on X: 'Australia stands with our Pacific family.' Opposition leader, "
        "Peter Dalton, said: 'Words are cheap.'",
        ("Penny Wynn", "Peter Dalton"),
    ),
    (
        "colon-then-short-clause",
        'Mayor Olivia Chow said: "We will not close the shelters." Councillor Brad Bradford disagreed.',
        "Olivia Chow",
    ),
    # A name's relative clause ("X, who said: ...") names X; not after "of" or "for", where
    # "who" may be the head noun's.
    (
        "relative-who-had-said",
        "Rory Sutton hit back on Wednesday. He was responding to Sir Keir Stanton, who had said: "
        "'This government has run out of road.'",
        "Sir Keir Stanton",
    ),
    (
        "relative-who-told",
        "Ms Holt spoke after the retired engineer Jim Reid, who told the inquiry: 'I was never warned.'",
        "Jim Reid",
    ),
    (
        "relative-who-said-partial",
        'The award went to Dr. Amal Aziz, who said she was "deeply honoured" by the choice.',
        "Amal Aziz",
    ),
    (
        "relative-after-of-abstain",
        "The statement came from the wife of John Smith, who said: 'He is innocent.'",
        None,
    ),
    (
        "relative-after-for-abstain",
        "Reporters waited for the lawyer for Daniel Kerr, who said: 'My client will appeal.'",
        None,
    ),
    # A role "of" something keeps what it is of; a body "of" a place is one name.
    ("org-of-place", "'The outlook remains uncertain,' the Bank of England said in a statement.", "Bank of England"),
    ("org-of-place-inverted", '"Our finances are sound," said the University of Toronto.', "University of Toronto"),
    ("role-of-place-name", "'London will not stop,' Mayor of London Sadiq Khan said.", "Sadiq Khan"),
    (
        "role-of-two-words-name",
        '"We have already filed an FIR," said Superintendent of Police Rakesh Singh.',
        "Rakesh Singh",
    ),
    # A role "of" something goes on up to the name after it; an acronym in brackets too.
    (
        "role-of-the-name-before",
        "Chancellor of the Duchy of Lancaster Pat McFadden said: 'The review will report in June.'",
        "Pat McFadden",
    ),
    (
        "role-of-the-name-told",
        "Secretary of State for Health Wes Harding told MPs: 'Waiting lists are falling.'",
        "Wes Harding",
    ),
    (
        "role-acronym-name-inverted",
        '"The accused was caught near the border," said Deputy Commissioner of Police (DCP) Anil Mehta.',
        "Anil Mehta",
    ),
    (
        "role-of-org-no-name",
        "'Rates will stay on hold,' said the Governor of the Reserve Bank.",
        "the Governor of the Reserve Bank",
    ),
    (
        "role-of-place-apposed-name",
        "'The valleys deserve better,' said the Secretary of State for Wales, Jo Stevens.",
        "Jo Stevens",
    ),
    # A capitalised word before a role word is part of a description, not a name.
    (
        "description-party-leader",
        "Ms Badenoch did not reply. 'That is simply untrue,' said the Conservative leader.",
        "the Conservative leader",
    ),
    (
        "description-party-leader-apposition",
        "'We are ready to govern,' said the Liberal Democrat leader, Ed Davey.",
        "Ed Davey",
    ),
    # Capitalised and lower-case words before a role noun qualify the name after them.
    (
        "qualified-name-inverted",
        '"The vote is not over," said Labour party chairwoman Sarah Dunne, speaking outside the chamber.',
        "Sarah Dunne",
    ),
    (
        "qualified-former-place-role",
        '"He has the numbers," said former Queensland premier Campbell Newman, a party veteran.',
        "Campbell Newman",
    ),
    (
        "capital-then-lower-words-abstain",
        '"We will fight this," said Opposition chief whip Alan Greer of Cork.',
        None,
    ),
    ("name-then-place", '"The roads are closed," said Trump in Iowa.', "Trump"),
    # A person "of" a place or body: the name, without what they are of.
    ("name-of-institute", '"The data is clear," said Dr Priya Nair of AIIMS, Delhi.', "Priya Nair"),
    ("titled-name-of-state", '"We will not wait," said Sen. Tammy Baldwin of Wisconsin.', "Tammy Baldwin"),
    (
        "body-of-place-stays",
        '"Demand is weak," said the Federal Reserve Bank of Dallas.',
        "Federal Reserve Bank of Dallas",
    ),
    # A role "of" a place in apposition is no name: the name before it is.
    (
        "apposed-party-of-state",
        '"The bill is dead," Senator Ruth Alvarez, Democrat of Oregon, said on Thursday.',
        "Ruth Alvarez",
    ),
    # What a possessive opens is the name ("Ontario's Doug Fenwick"), never the owner.
    (
        "possessive-owner-is-no-speaker",
        '"It is clear," said the Premier’s spokeswoman, Ivana Yelich.',
        "Ivana Yelich",
    ),
    # A sentence-opening preposition ("In a tweet, ...") makes what follows it no subject.
    (
        "in-a-tweet-apposition",
        "In a tweet, the White House press secretary, Karine Jean-Pierre, wrote: 'The president is focused on jobs.'",
        "Karine Jean-Pierre",
    ),
    (
        "in-a-statement-apposition",
        'In a statement, the club\'s chairman, Daniel Levy, said: "We have made the right call."',
        "Daniel Levy",
    ),
    # British and Irish single quotes.
    ("single-quotes-said", "'The NHS is on its knees,' Wes Harding said.", "Wes Harding"),
    (
        "single-quotes-said-comma-name",
        "'We expect a decision by March,' a spokesman for Ofgem said.",
        "a spokesman for Ofgem",
    ),
    ("single-quotes-added", "'There is no plan B,' Simon Harte added.", "Simon Harte"),
    ("single-quotes-before", "Micheál Morley said: 'The talks are at a delicate stage.'", "Micheál Morley"),
    ("single-quotes-warned", "'Prices will rise again,' warned Andrew Baird.", "Andrew Baird"),
    # "said Mr X" and the other forms of address without a stop.
    ("said-mr", "Labour's candidate spoke last. 'It is time for change,' said Mr Patel.", "Patel"),
    ("said-ms", "'The figures speak for themselves,' said Ms O'Neill.", "O'Neill"),
    ("said-dr", "'The ward is full,' said Dr Aisling Byrne.", "Aisling Byrne"),
    ("mr-said", "'I have nothing to hide,' Mr Hancock said.", "Hancock"),
    # Inversions.
    ("inversion-apposition", "'We have done our job,' said the minister, Jane Doe.", "Jane Doe"),
    (
        "inversion-role-name",
        "'The budget is balanced,' said Finance Minister Chrystia Freeland.",
        "Chrystia Freeland",
    ),
    ("inversion-description", "'We will appeal,' said a spokeswoman for the company.", "a spokeswoman"),
    ("inversion-name-apposition", "'It was a long night,' said Tom Reid, a local councillor.", "Tom Reid"),
    ("inversion-added", "'And we will be back,' added Ms Marsh.", "Marsh"),
    # Canadian and Australian wire copy.
    (
        "canadian-wire",
        '"Ottawa has to step up," Ontario Premier Doug Fenwick told reporters in Toronto on Monday.',
        "Doug Fenwick",
    ),
    ("canadian-said-inverted", '"It\'s a good day for Alberta," said Premier Danielle Smith.', "Danielle Smith"),
    (
        "australian-wire",
        '"We won\'t be lectured on this," Prime Minister Anthony Albanese told ABC Radio.',
        "Anthony Albanese",
    ),
    ("australian-senator", '"This is a cover-up," Senator Jacqui Lambie said.', "Jacqui Lambie"),
    # Indian wire styles (PTI/IANS): "said X, adding ...".
    (
        "indian-said-adding",
        '"The state will get its due share," said Chief Minister Siddaramaiah, adding that talks would go on.',
        "Siddaramaiah",
    ),
    (
        "indian-adding-quote",
        'Union Minister Nitin Gadkari inaugurated the highway on Sunday, adding, "Work on the second phase '
        'will begin soon."',
        "Nitin Gadkari",
    ),
    (
        "indian-told-pti",
        '"We have asked for a report," a senior police officer told PTI.',
        "a senior police officer",
    ),
    # Tweets and posts.
    ("wrote-on-x", "Elon Park wrote on X: 'The launch went perfectly.'", "Elon Park"),
    ("tweeted", "'Proud of our team tonight,' Gary Lineker tweeted.", "Gary Lineker"),
    ("wrote-on-twitter", 'Sadiq Khan wrote on Twitter: "London stands together."', "Sadiq Khan"),
    ("posted-on-facebook", 'The mayor, Ruth Dolan, posted on Facebook: "Stay indoors tonight."', "Ruth Dolan"),
    # Scare quotes and titles of works quote no one.
    ("scare-quote", "The government's so-called 'war on woke' has divided the party.", None),
    ("scare-quote-double", 'Critics call the scheme a "tax grab" by another name.', None),
    ("title-of-film", 'The film "The Long Road Home" opens in cinemas on Friday.', None),
    ("title-of-book", "Her memoir, 'A Life in Numbers', was published last year.", None),
    ("title-of-report", 'The report, titled "Fixing Our Roads", runs to 200 pages.', None),
    # A speaker is never a sentence-opening article, a function word or a fragment.
    ("not-an-opening-word", '"We will see," But nobody said more.', None),
    ("the-newspaper-is-a-name", '"The talks have stalled," The Irish Times reported.', "Irish Times"),
    ("not-a-time", "'It is over,' On Monday said nothing.", None),
    # A verb added with one lexicon line ("intone  quote claim") and this row.
    ("verb-intone", "'The house will now rise,' Verona Murphy intoned.", "Verona Murphy"),
    # More wire and broadcast styles.
    ("asked-then-said-colon", "Asked whether she would resign, Ms Byrne said: 'No. Not today.'", "Byrne"),
    (
        "indian-description-adding",
        '"We will not tolerate this," the Chief Minister said, adding that an inquiry had been ordered.',
        "Chief Minister",
    ),
    ("australian-mr-colon", 'Mr Albanese said: "The budget is responsible."', "Albanese"),
    ("post-on-x-description", 'In a post on X, the senator wrote: "We stand with farmers."', "the senator"),
    ("apposition-said", "'I am proud of every one of them,' the coach, Andy Carrick, said.", "Andy Carrick"),
    (
        "name-apposition-told-broadcaster",
        "'We need more beds,' Dr Ruth Ahern, a consultant at the hospital, told RTÉ.",
        "Ruth Ahern",
    ),
    (
        "canadian-leader-told",
        '"It is a sad day for Canada," Conservative Leader Pierre Pelletier told reporters in Ottawa.',
        "Pierre Pelletier",
    ),
    (
        "australian-party-senator",
        '"The figures are alarming," Greens senator Sarah Hanley-Young said.',
        "Sarah Hanley-Young",
    ),
    (
        "indian-told-ians",
        '"Investigation is on," a senior official told IANS on condition of anonymity.',
        "a senior official",
    ),
    ("title-of-programme", "He appeared on Sky News' 'Sunday Morning' programme.", None),
    ("title-of-show", "The BBC's 'Question Time' drew complaints on Friday.", None),
    ("in-his-words-unnamed", 'The deal was, in his words, "a disaster for the region".', None),
    (
        "cataphoric-pronoun",
        "'We are not going anywhere,' she said. Mary Hale, the shop owner, has run it for 30 years.",
        None,
    ),
    # A quote with no reporting clause of its own, inside what an indirect claim reports,
    # is the claim's source's words; not when another report, a possessive or a noun naming
    # a phrase stands before it.
    (
        "quote-inside-claim-content",
        "Tom Hale spoke in Leeds on Monday. He said the council had become “more interested in "
        "its own survival than in the town.”",
        "Tom Hale",
    ),
    (
        "quote-inside-claim-source-after",
        "A cashier who “steals a handful of notes” is held to account, Ann Warren said.",
        "Ann Warren",
    ),
    (
        "quote-inside-claim-opening-sentence",
        "“The only way the banks will change is if executives face jail time” for fraud, Senator Ann Warren said.",
        "Ann Warren",
    ),
    (
        "quote-inside-nested-report-is-the-inner-source",
        "Tom Hale said Ann Price had described the plan as “a waste of public money.”",
        "Ann Price",
    ),
    (
        "quote-inside-claim-possessive",
        "Ann Price said the mayor’s “build it now” pledge was sound.",
        None,
    ),
    (
        "quote-inside-claim-slogan",
        "Ann Price said the party would fight the election under the slogan “Homes for all.”",
        None,
    ),
    # A role noun opening the sentence, capitalised there, is no part of the name after it.
    (
        "role-noun-opens-name",
        'Prosecutor Hannah Lyle said: "He targeted the most vulnerable people in the home."',
        "Hannah Lyle",
    ),
    (
        "role-noun-opens-name-nurse",
        'Nurse Grace Eze has worked on the ward since 2010. "Nobody goes home early," she says.',
        "Grace Eze",
    ),
    # A title without its stop (British style) is no part of the name either.
    ("bare-title-fr", 'Fr Tomás Keane said: "She was the heart of the place."', "Tomás Keane"),
    ("bare-title-sgt", '"We found nothing in the car," Sgt Mike Doyle told the court.', "Mike Doyle"),
    # "said <organisation> <role noun> <name>": the name, never the first word of the body.
    (
        "said-org-role-name",
        '"Gusts of up to 80mph are possible," said Met Office meteorologist Grace Hollins.',
        "Grace Hollins",
    ),
    (
        "said-org-unknown-role-name-abstain",
        '"Gusts of up to 80mph are possible," said Met Office climatologist Grace Hollins.',
        None,
    ),
    # A role alone ("the judge said") is the one person named before with that role.
    (
        "role-alone-named-before",
        'Judge Robert Quayle told Marsh he faced prison. "You abused a position of trust," the judge said.',
        "Robert Quayle",
    ),
    (
        "role-alone-named-before-title",
        "Deputy Chief Minister Suresh Patil opened the road. "
        '"Nobody will pay more than fifty rupees," the Deputy Chief Minister said.',
        "Suresh Patil",
    ),
    (
        "role-alone-two-holders",
        'Judge Ann Ray and Judge Tom Hill heard the appeal. "The appeal fails," the judge said.',
        "the judge",
    ),
    (
        "role-alone-named-after",
        '"This was a mean offence," the judge said. Judge Helen Marsh told the court Finch was sorry.',
        "the judge",
    ),
    # A quote opening its line, a dash and a name with where or when it was said.
    (
        "dash-epigraph-with-occasion",
        '"A city that cannot house its nurses cannot care for its sick." — Councillor Ines Varga, at '
        "Tuesday's housing committee\n\nThe committee approved the plan.",
        "Ines Varga",
    ),
    # Not after a quote inside a sentence: the dash there goes on with another clause.
    (
        "dash-mid-sentence-not-epigraph",
        'Critics called the plan "a disgrace to the whole city" — Ines Varga, the mayor, among them.',
        "Critics",
    ),
    # "in the words of X," and "to quote X," right before a quote: X's words.
    (
        "in-the-words-of",
        'The deal is, in the words of Trade Minister Hamid Sarwar, "not dead yet".',
        "Hamid Sarwar",
    ),
    ("to-quote", 'To quote the governor, "We will do what it takes to bring prices down."', "the governor"),
    # A pull quote repeated from the body takes the speaker the body gives its words.
    (
        "pull-quote-repeated",
        '"Every child here deserves the best we can give"\n\nAmira Hussain took over the school in 2022.\n\n'
        '"Every child here deserves the best we can give," she said.',
        ("Amira Hussain", "Amira Hussain"),
    ),
    (
        "repeated-words-two-speakers-abstain",
        '"We will not stand for this any longer"\n\n"We will not stand for this any longer," said Ann Cole. '
        '"We will not stand for this any longer," said Tom Reid.',
        (None, "Ann Cole", "Tom Reid"),
    ),
    # Letters after a name ("KC", "MP") are no part of it.
    (
        "post-nominal-kc",
        'Prosecuting, Sarah Whitehouse KC told the court: "He was a peacemaker that night."',
        "Sarah Whitehouse",
    ),
    # Ranks, letters used before a name and occupations opening a sentence are roles.
    ("role-word-sergeant", '"Anyone with footage should call us," said Sergeant Lorna Fyfe.', "Lorna Fyfe"),
    (
        "post-nominal-before-name",
        "Tory MSP Graham Simpson disagreed. 'Landlords will leave the market,' said Mr Simpson.",
        "Graham Simpson",
    ),
    (
        "role-noun-opens-name-novelist",
        'Novelist Chidi Okonkwo talked about his book. "I threw away the first draft," Okonkwo said.',
        "Chidi Okonkwo",
    ),
    # A name after a preposition and "the" ("to the Observer") is no subject: the name
    # in apposition after it is.
    (
        "statement-to-the-paper-apposition",
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        '"She has always valued a strong United Kingdom in a strong EU."',
        "Jake Sullivan",
    ),
    ("role-noun-opens-name-rival", 'Rival Hillary Clinton was in Iowa. "We will win," she said.', "Hillary Clinton"),
]
