"""Sentence kinds by layout (summarizer/_text/segment.py): one row per rule and style.

Each row: the rule it tests (its id), an invented article snippet, and the kind of each
sentence ``prepare`` finds in it, in order. Every line break ends a sentence, so a line
is one sentence unless it holds several.
"""

from __future__ import annotations

from typing import NamedTuple

from summarizer._text.segment import SentenceKind


class Case(NamedTuple):
    rule: str
    text: str
    kinds: tuple[SentenceKind, ...]


CASES: tuple[Case, ...] = (
    # ----------------------------------------------------------------- headlines
    Case(
        "headline: bare lines before the first body sentence",
        "Council votes to shut Elm Street library\n"
        "Branch to close in May after years of falling visitor numbers\n\n"
        "The city council voted on Tuesday to close the Elm Street branch.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a standfirst with a final stop is body",
        "Storm leaves thousands without power\n\n"
        "Engineers expect to restore supply by the weekend, the utility said.\n\n"
        "More than 40,000 homes lost power overnight as winds reached 90 mph.",
        ("headline", "body", "body"),
    ),
    Case(
        "headline: title-case kicker and headline",
        "World News\nHarbour Strike Enters Its Third Week\n\n"
        "Dock workers in Rotterdam extended their walkout on Monday.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a short subheading between paragraphs",
        "The plant will close in June, the company said.\n\nWhat happens next\n\n"
        "Workers will be offered jobs at a site 40 miles away.",
        ("body", "headline", "body"),
    ),
    Case(
        "headline: page furniture ('Advertisement', 'Read more:', 'ABSTRACT.')",
        "ABSTRACT.\nThe committee reviewed twelve proposals.\n\nAdvertisement\n\n"
        "Read more: How the city chose its new transit plan\n\n"
        "The final vote is expected next month.",
        ("headline", "body", "headline", "headline", "body"),
    ),
    Case(
        "headline: a label word opening a body sentence is not furniture",
        "Related to the inquiry, police arrested two men on Friday.\n\nShare prices fell 3% after the news.",
        ("body", "body"),
    ),
    Case(
        "headline: calls to action are furniture even with a stop",
        "The festival returns in August.\n\nSign up for our weekly culture newsletter.\n\n"
        "Story continues below\n\nTickets go on sale on Friday.",
        ("body", "headline", "headline", "body"),
    ),
    Case(
        "headline: a first line in title case keeps its added full stop and is still the headline",
        "Only 24 Percent of the Senator's Donors Are Small Donors.\n\n"
        "Less than a quarter of the senator's campaign donations came from small donors, a review found.",
        ("headline", "body"),
    ),
    Case(
        "headline: a short first line over the paragraph a news dateline opens",
        "Green candidate removed from debate site by police.\n\n"
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — The Green Party candidate was escorted from the grounds on Monday.",
        ("headline", "body"),
    ),
    Case(
        "headline: a short first line over a dateline with a title-case place and its agency",
        "Candidate takes a swipe at rival over trade.\n\n"
        "Mexico City (AFP) – The candidate took a swipe at her rival's stance on trade on Tuesday.",
        ("headline", "body"),
    ),
    Case(
        "headline: a first line of two sentences, both in title case",
        "Senator Suffers A Big Blow. Here's His Plan Going Forward.\n\n"
        "Despite a series of costly defeats on Tuesday night, the senator remains committed to the race.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a section label alone in its paragraph, with a stop, and the first line above it",
        "Hold the mayor to her own standards.\n\nLETTERS.\n\nYour commentary on the housing plan was thoughtful.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a first line ending with the semicolon that joins it to its dek",
        "Ministers split over rail fares;\nTreasury wants rises, transport department warns of backlash.\n\n"
        "Cabinet ministers clashed on Monday over plans to raise regulated rail fares by 5%.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a first line opened by a label and its colon",
        "Poll: Labour and Reform level as campaign enters final week.\n\n"
        "Labour and Reform UK are tied on 27% each, according to a survey published on Sunday.",
        ("headline", "body"),
    ),
    Case(
        "headline: headlinese, a bare noun subject and a verb in the present, over a longer paragraph",
        "Judge blocks county plan to close three polling sites.\n\n"
        "A federal judge on Thursday ordered Harris County to keep three polling places open, "
        "ruling that the closures would burden voters who rely on public transit.",
        ("headline", "body"),
    ),
    Case(
        "headline: headlinese with a name as subject",
        "Ardern urges calm after Auckland floods.\n\n"
        "New Zealand's prime minister appealed for calm on Saturday as rescuers reached "
        "families stranded by the worst flooding in the city's history.",
        ("headline", "body"),
    ),
    Case(
        "headline: a first line quoting in single quotes over a body quoting in double ones",
        "Mayor says warehouse fire was 'no accident'.\n\n"
        "Mayor Linda Cho said on Friday that the fire which destroyed a warehouse on Dock Road "
        "was \u201cno accident\u201d. "
        "\u201cPeople keep asking me \u2018who did this?\u2019 We will find out,\u201d she said.",
        ("headline", "body", "body"),
    ),
    Case(
        "headline: single curly quotes in a first line over a body with straight double quotes",
        "Union chief has vowed \u2018long fight\u2019 over pensions.\n\n"
        'The head of the teachers\' union promised "a long fight" on Monday as talks with ministers collapsed.',
        ("headline", "body"),
    ),
    Case(
        "body: a lede quoting in single quotes stays body when the body does too (British style)",
        "The minister said the plan was 'dead in the water'.\n\n"
        "Speaking in the Commons, she added: 'We will not bring it back in this parliament.'",
        ("body", "body"),
    ),
    Case(
        "body: a lede whose quote nests single quotes inside double ones stays body",
        "\u201cThey called it \u2018a disgrace\u2019,\u201d the coach said of the ruling.\n\n"
        "The league fined the club \u00a320,000 on Tuesday for breaches of its spending rules.",
        ("body", "body"),
    ),
    Case(
        "body: a short lede in the past tense stays body",
        "Firefighters rescued two children from a burning flat in Leeds.\n\n"
        "The blaze broke out shortly after 3am on Sunday, West Yorkshire Fire and Rescue Service said.",
        ("body", "body"),
    ),
    Case(
        "body: a short lede opened by an article or a pronoun stays body",
        "The council has a problem with potholes.\n\n"
        "More than 4,000 were reported across the borough last winter, twice the number of the year before.",
        ("body", "body"),
    ),
    Case(
        "body: a first line opened by a connective and its comma goes on from another, not headlinese",
        "Still, the mayor trails her rival by six points in the latest poll.\n\n"
        "Her campaign spent more than \u00a32m on advertising in October alone, according to "
        "filings published by the electoral commission on Thursday.",
        ("body", "body"),
    ),
    Case(
        "headline: a connective without a comma may open headlinese",
        "Still no deal on rail fares as talks drag into third week.\n\n"
        "Union leaders and train operators failed again on Monday to agree a pay offer, "
        "leaving commuters facing further strikes before Christmas.",
        ("headline", "body"),
    ),
    Case(
        "body: a first line that introduces what follows with a colon is not headlinese",
        "Councillors face three choices on the budget:\n\n"
        "They can raise council tax, cut library hours or draw on reserves that are already low.",
        ("body", "body"),
    ),
    Case(
        "body: a dateline in capitals before a colon is not a label",
        "NEW DELHI: Heavy rain flooded parts of the capital on Monday.\n\n"
        "Traffic came to a halt on several arterial roads as water collected in underpasses, police said.",
        ("body", "body"),
    ),
    Case(
        "body: a first paragraph the news dateline opens, full of names, stays body",
        "WASHINGTON (Reuters) - Police arrested Jane Doe in Boston on Monday, Mayor John Roe of Boston said.\n\n"
        "The mayor met Governor Anna Berg in Springfield on Tuesday.",
        ("body", "body"),
    ),
    Case(
        "body: a first sentence with many names but verbs in lower case stays body",
        "Senator Mark Lee met Governor Anna Berg and Mayor John Roe in Springfield on Tuesday.\n\n"
        "They discussed the new rail line.",
        ("body", "body"),
    ),
    Case(
        "body: a one-sentence lede paragraph in sentence case stays body",
        "The council voted on Tuesday to close two libraries in the city's north.\n\n"
        "The decision follows a year of budget cuts that have hit every department.",
        ("body", "body"),
    ),
    Case(
        "headline: a sentence-like first line the longer next paragraph restates (US daily)",
        "Harbor commissioner survives recall vote.\n\n"
        "Harbor commissioner Dana Whitfield survived a recall vote on Tuesday, keeping her seat "
        "by 412 votes after a campaign over dredging contracts that split the port town.",
        ("headline", "body"),
    ),
    Case(
        "headline: a restated first line with a modal verb and no article (Washington daily)",
        "Internal hospital records must be released, county judge rules.\n\n"
        "A county judge has ordered the release of internal records of Mercy Vale Hospital in a "
        "lawsuit brought by former patients, ruling that the public interest outweighed privacy claims.",
        ("headline", "body"),
    ),
    Case(
        "body: a short lede that says when stays body though the next paragraph restates it",
        "Two climbers were killed in separate falls on Mount Arden this weekend.\n\n"
        "The Mount Arden rescue team recovered the bodies of both climbers on Sunday after falls "
        "of more than 150 metres on the mountain's eastern ridge, police said.",
        ("body", "body"),
    ),
    Case(
        "body: a short lede opened by an article, with an article, stays body though restated",
        "The Pacific Open is leaving Harlow Links and heading for Mexico.\n\n"
        "Harlow Links has hosted the Pacific Open since 1971, but the tournament will leave the "
        "course after next year for a resort in Mexico, its organisers said.",
        ("body", "body"),
    ),
    Case(
        "headline: a section label in capitals over the story (label line)",
        "IN BRIEF.\n\nPortugal braced for weeks of uncertainty on Monday after voters ended decades of two-party rule.",
        ("headline", "body"),
    ),
    Case(
        "headline: a kicker in lower case over the story (label line)",
        "campaign notebook.\n\n"
        "Mara Velden is not the only candidate breaking barriers in Harlow this week, organisers said.",
        ("headline", "body"),
    ),
    Case(
        "headline: an indirect question opened by How, no question mark (wh title)",
        "How the floods gave a small-town mayor a mission.\n\n"
        "Few politicians would admit it, but Mayor Lena Ortiz says she was adrift in her first months "
        "in office, until the river rose over Marsh End.",
        ("headline", "body"),
    ),
    Case(
        "body: a lede asking with How and a question mark stays body (wh title)",
        "How did a town of 4,000 people end up owing $40 million?\n\n"
        "The answer begins with a bond deal the council signed in 2009, records show.",
        ("body", "body"),
    ),
    Case(
        "body: a lede opened by How with a form of be stays body (wh title)",
        "How the mayor survived is a mystery.\n\n"
        "Lena Ortiz lost two votes of confidence in a year and kept her job after both.",
        ("body", "body"),
    ),
    Case(
        "headline: title case with one word in lower case and small words capitalised",
        "Jon Varga Just Made A HUGE Prediction About The Vote \u2013 "
        "It\u2019s The Last Thing Some Will Want To hear.\n\n"
        "Filmmaker Jon Varga made his prediction on who will win the election, and his party will not be happy.",
        ("headline", "body"),
    ),
    Case(
        "body: a lede with names and one verb in lower case stays body, its small words in lower case",
        "Voting for MPs to Althing (Parliament) began in Iceland on Dec. 14.\n\n"
        "Polls opened at 9 a.m. and turnout was high in the capital, the election board said.",
        ("body", "body"),
    ),
    Case(
        "headline: a surname alone over a paragraph naming the person in full (names given later)",
        "Okafor on why young voters should back the ferry plan.\n\n"
        "Jobs will come back to the harbour towns only if the boats run again, Daniel Okafor said on "
        "Monday at a rally in Port Ellis.",
        ("headline", "body"),
    ),
    Case(
        "headline: a surname alone, the full name after a title (names given later)",
        "Varga pushed ahead - and paid a price.\n\n"
        "The hall was half-empty when Gov. Nadia Varga strode onstage, smiling and waving as she had at "
        "a hundred rallies before.",
        ("headline", "body"),
    ),
    Case(
        "headline: a surname in a compound over a paragraph naming the person in full (names given later)",
        "Varga-council feud flared again at budget meeting.\n\n"
        "It was exactly the kind of staged handshake that Laura Varga loves to mock, yet there she was on "
        "the steps of city hall, smiling for the cameras.",
        ("headline", "body"),
    ),
    Case(
        "headline: a given name alone over a paragraph naming the person in full (names given later)",
        "Laura is back: the mayor's sister on the campaign trail in Port Ellis.\n\n"
        "Laura Varga's hair was whiter and her voice hoarser than when she ran the city herself a "
        "decade ago, but the crowds still came.",
        ("headline", "body"),
    ),
    Case(
        "body: a one-sentence lede with a surname alone that says when stays body (names given later)",
        "Okafor on Friday vetoed a bill that would have closed the ferry line.\n\n"
        "The veto was the first of his term. Mayor Daniel Okafor said the measure was reckless.",
        ("body", "body", "body"),
    ),
    Case(
        "body: a one-sentence lede with a surname alone and 'was' stays body (names given later)",
        "Halvorsen was sentenced to nine years in prison.\n\n"
        "Judge Mira Castell told Peter Halvorsen his fraud had ruined dozens of families.",
        ("body", "body"),
    ),
    Case(
        "body: a name after a determiner names no one (names given later)",
        "Not everyone is on the Varga train.\n\n"
        "Just ask the harbour workers of Port Ellis, who spent Saturday outside city hall protesting "
        "against Mayor Laura Varga's plan to sell the docks.",
        ("body", "body"),
    ),
    Case(
        "body: a lede naming a person in full, the surname alone after, stays body (names given later)",
        "Daniel Okafor told young voters to back the ferry plan.\n\n"
        "Okafor spoke at a rally in Port Ellis on Monday, where Mayor Okafor's rival, Ana Berg, was heckled.",
        ("body", "body"),
    ),
    Case(
        "headline: a first line over a dek in headlinese, then the story (headlinese dek)",
        "Mayor from Port Ellis steps off campaign trail to visit flooded towns.\n\n"
        "Varga praises rescuers after two-hour tour of river valley.\n\n"
        "With nine days left before the election, Mayor Nadia Varga took a detour on Wednesday to meet "
        "families whose homes were flooded when the Arden river burst its banks last week.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a dek naming by the surname one the story names in full (headlinese dek)",
        "Replies are in keeping with the candidates' styles.\n\n"
        "Varga rushed out angry posts, while Okafor pushed a plan for the river.\n\n"
        "Mayor Nadia Varga's first post on Sunday morning was a measured comment about the floods that "
        "had cut off three villages in the Arden valley overnight.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a surname after a preposition opening the line (names given later)",
        "With Varga, the port board's bad name grows.\n\n"
        "\u201cNever trust a harbour master,\u201d went the old saying on the docks of Port Ellis, and "
        "Mayor Nadia Varga did little this week to change anyone's mind.",
        ("headline", "body"),
    ),
    Case(
        "body: a short lede over a short second paragraph in the past stays body (headlinese dek)",
        "Tuesday was a very good day for the mayor.\n\n"
        "She won every ward.\n\n"
        "Nadia Varga took 61% of the vote in the city's first contested election in two decades, the "
        "election board said, and her party kept its majority on the council.",
        ("body", "body", "body"),
    ),
    Case(
        "headline: a label opened by a year before its colon",
        "2026 Notebook: Was the ferry vote the start of the mayor's comeback?\n\n"
        "It's time for another episode of our weekly look at the race for city hall, with the latest "
        "numbers from the polls.",
        ("headline", "body"),
    ),
    Case(
        "headline: headlinese drops the 'is' before a participle and 'to'",
        "Council set to scrap Elm Street parking charges.\n\n"
        "Nine years after the fees were brought in, councillors are expected to vote on Thursday to "
        "end a scheme that traders blame for empty shops.",
        ("headline", "body"),
    ),
    Case(
        "body: a lede in the past with a participle before 'to' stays body",
        "The council expected to finish the bridge by May.\n\n"
        "Work stopped in March when engineers found cracks in two of its piers, a report shows.",
        ("body", "body"),
    ),
    Case(
        "body: a short lede the next paragraph goes on from with new words stays body",
        "Firefighters rescued two children from a burning flat in Leeds.\n\n"
        "Crews were called shortly after 3am and found the stairwell filled with smoke, a spokesman "
        "for West Yorkshire Fire and Rescue Service said.",
        ("body", "body"),
    ),
    Case(
        "headline: a title block, a headline and a dek over the longer paragraph restating it",
        "Senator steps off campaign trail to visit White House.\n\n"
        "Hale praises president after hour-long meeting on trade.\n\n"
        "With five days left before the caucuses, Senator Tom Hale took a break from the "
        "campaign trail to meet the president at the White House.",
        ("headline", "headline", "body"),
    ),
    Case(
        "headline: a title block, a headline and two deks over the paragraph a dateline opens",
        "Phone video is first public look at Riverton shooting.\n\n"
        "In her recording,.\n\n"
        "Driver's wife pleads for his life.\n\n"
        "RIVERTON - The wife of a man shot by police recorded video of the encounter on Tuesday.",
        ("headline", "headline", "headline", "body"),
    ),
    Case(
        "body: a short second paragraph that says when is the story, not a dek",
        "Senator Mara Quinn is swaggering into the sixth debate.\n\n"
        "After a 20-point defeat in the primary on Tuesday, her rival is staggering in.\n\n"
        "Senator Mara Quinn arrives at the sixth debate with momentum, a lead in the polls and "
        "a campaign that has raised more money than any other this quarter.",
        ("body", "body", "body"),
    ),
    # ----------------------------------------------------------------- datelines
    Case(
        "dateline: a wire dateline opening the first sentence stays in it",
        "WASHINGTON (Reuters) - The Senate passed the spending bill late on Thursday.",
        ("body",),
    ),
    Case(
        "dateline: a capitalised place and a dash alone on its line",
        "Senate passes spending bill\n\nWASHINGTON —\n\nThe Senate passed the spending bill late on Thursday.",
        ("headline", "dateline", "body"),
    ),
    Case(
        "dateline: a place and a date alone (French)",
        "Paris, le 13 mars 2020\n\nLe gouvernement a annoncé la fermeture des écoles.",
        ("dateline", "body"),
    ),
    # ----------------------------------------------------------------- bylines
    Case(
        "byline: 'By' and two names",
        "Mayor resigns after audit\nBy Jane Doe and John Roe\n\nThe mayor of Elmford resigned on Monday.",
        ("headline", "byline", "body"),
    ),
    Case(
        "byline: 'By' and a name in capitals with the agency (US wire)",
        "By MARIA LOPEZ, Associated Press\n\nPHOENIX (AP) — Firefighters contained most of the blaze on Sunday.",
        ("byline", "body"),
    ),
    Case(
        "byline: 'Name | Agency' and a role line",
        "Oil prices climb on supply fears\nTom Hale | Reuters\n\nOil rose 3% on Wednesday.\n\n"
        "Rachel Green\nEnergy Correspondent\n\nTraders said stocks were low.",
        ("headline", "byline", "body", "byline", "byline", "body"),
    ),
    Case(
        "byline: a role alone ('Staff Writer')",
        "School board delays budget vote\nStaff Writer\n\nThe board postponed its vote until March.",
        ("headline", "byline", "body"),
    ),
    Case(
        "byline: 'Name, Agency' on its own line, and 'By Name in Place' (Australian wire)",
        "Bushfire threat eases as rain falls\nBy Sam Reed in Sydney\nLiam Hart, Associated Press\n\n"
        "SYDNEY, Jan 12 (AAP) - Rain eased the bushfire threat across the state on Sunday.",
        ("headline", "byline", "byline", "body"),
    ),
    Case(
        "byline: 'By' opening a body sentence is not a byline",
        "By Tuesday, the river had risen two metres.\n\nBy contrast, the lake was calm.",
        ("body", "body"),
    ),
    # ----------------------------------------------------------------- credits
    Case(
        "credit: AP caption and credit on one line; the rest of the line is a caption",
        "The governor spoke on Monday.\n\n"
        "Gov. Ann Poe speaks at the Capitol in Phoenix, Monday, May 4, 2020. (AP Photo/Ross Field)\n\n"
        "She said the order would be lifted.",
        ("body", "caption", "credit", "body"),
    ),
    Case(
        "credit: Reuters caption and credit on one line",
        "Firefighters work at the scene of a blaze in Manila, Philippines, June 2, 2021. REUTERS/Lia Santos\n\n"
        "The fire destroyed more than 200 homes, officials said.",
        ("caption", "credit", "body"),
    ),
    Case(
        "credit: British 'Image copyright' and 'Image caption' lines",
        "The strike closed most schools in the region.\n\nImage copyright Getty Images\n"
        "Image caption Teachers gathered outside parliament on Tuesday\n\n"
        "Unions said further action was planned.",
        ("body", "credit", "caption", "body"),
    ),
    Case(
        "credit: 'Photograph:' after a Guardian-style caption, and 'Photo:' alone",
        "Volunteers clear debris in the village. Photograph: Sam Reed/Reuters\n\nPhoto: Getty Images\n\n"
        "Rescue teams reached the village on Friday.",
        ("caption", "credit", "credit", "body"),
    ),
    Case(
        "credit: a credit phrase without an agency ('Handout photo released by the family')",
        "Police named the victim on Sunday.\n\nAmateur video -Handout photo released by the family\n\n"
        "Paris-Three Kurdish activists were found dead in the city centre.",
        ("body", "credit", "body"),
    ),
    Case(
        "credit: a photo agency alone and 'via Getty Images'",
        "The summit ended without a statement.\n\nAFP via Getty Images\n\nShutterstock\n\n"
        "Leaders will meet again in October.",
        ("body", "credit", "credit", "body"),
    ),
    Case(
        "caption: a bare line right before a credit line",
        "Prices rose for a third month.\n\nShoppers at a market in Lagos\nEPA/Ade Bello\n\n"
        "Food prices led the increase.",
        ("body", "caption", "credit", "body"),
    ),
    Case(
        "caption: a wire photo's 'FILE - ' line with a stop (VOA, AP)",
        "The court ruled on Tuesday that the clerk must issue the licences.\n"
        "FILE - Governor Dale Morrow speaks at the state capitol in Riverton, May 4, 2016.\n"
        "Opponents of the law say it will cost the state millions of dollars.",
        ("body", "caption", "body"),
    ),
    Case(
        "caption: a 'FILE PHOTO: ' line and its Reuters credit",
        "FILE PHOTO: Workers walk past a shipyard in Busan, South Korea, March 2, 2021. "
        "REUTERS/Min Ho Park/File Photo\n\n"
        "SEOUL, March 12 (Reuters) - Shipbuilders won a record number of orders in February.",
        ("caption", "credit", "body"),
    ),
    Case(
        "caption: 'FILE - In this ... file photo' and its AP credit on one line",
        "Fire crews contain most of canyon blaze\n\n"
        "FILE - In this Aug. 3, 2020, file photo, firefighters battle a wildfire near Pine Ridge. "
        "(AP Photo/Noah Berg, File)\n\n"
        "Firefighters contained most of the wildfire on Sunday, officials said.",
        ("headline", "caption", "credit", "body"),
    ),
    Case(
        "credit: a handout credit line with a stop (AFP)",
        "Three activists were found dead in an office in central Paris on Thursday.\n\n"
        "Amateur video -Handout photo released by the family of the victim.\n\n"
        "Police have opened a murder inquiry, the prosecutor's office said.",
        ("body", "credit", "body"),
    ),
    Case(
        "caption: the whole of a line an 'Image caption' label opens (BBC)",
        "Rescue teams searched for survivors on Tuesday after a landslide buried dozens of homes.\n\n"
        "Image caption Rescue workers searched the rubble through the night. More than 40 people are missing.\n\n"
        "The regional governor declared a state of emergency.",
        ("body", "caption", "caption", "body"),
    ),
    Case(
        "body: 'File' opening a sentence without the caption's dash is story text",
        "The council voted on Monday to close the library.\n\nFile sharing between departments will also end.",
        ("body", "body"),
    ),
    # ----------------------------------------------------------------- captions
    Case(
        "caption: a bare line ending with a date",
        "Protesters march in Nairobi, July 7, 2020\n\nThousands of people marched through the capital on Tuesday.",
        ("caption", "body"),
    ),
    Case(
        "caption: a sentence-like bare line between paragraphs (scraped page)",
        "The blaze started shortly after midnight.\n\n"
        "Firefighters tackle the flames at a warehouse in east London\n\n"
        "No one was injured, the fire brigade said.",
        ("body", "caption", "body"),
    ),
    # ----------------------------------------------------------------- body by layout
    Case(
        "body: a plain-text article wrapped at a fixed width",
        "The council voted on Tuesday to close the library branch on Elm\n"
        "Street, citing rising costs. Residents said they would fight the\n"
        "decision and called a meeting for Thursday at the community hall in\n"
        "the town centre.",
        ("body", "body", "body", "body", "body"),
    ),
    Case(
        "body: a line ending mid-sentence before a line starting in lower case",
        "Officials said the bridge would reopen\nonce inspectors had finished their work.",
        ("body", "body"),
    ),
    Case(
        "body: a line ending with a function word runs on into the next",
        "Health officials confirmed 12 new cases in the\nNorthern district on Friday.",
        ("body", "body"),
    ),
    Case(
        "body: a line ending with a colon introduces a quote",
        "The minister said in a statement:\n\n“We will rebuild every home that was lost.”",
        ("body", "body"),
    ),
    Case(
        "body: a quote paragraph missing its final stop still holds sentences",
        "Mr. Reyes spoke after the vote.\n\n"
        "“I have seen the figures. They do not add up,” Reyes told reporters at city hall\n\n"
        "The council meets again in June.",
        ("body", "body", "body"),
    ),
    Case(
        "body: list items without stops",
        "Under the new rules:\n• Schools close from Monday\n• Bars must shut at 10pm\n\n"
        "The rules will be reviewed in two weeks.",
        ("body", "body", "body", "body"),
    ),
    Case(
        "body: abbreviations in a headline are not sentence ends inside it",
        "U.S. troops leave base as Gen. Ward looks on\n\nThe last soldiers left on Friday.",
        ("headline", "body"),
    ),
)
