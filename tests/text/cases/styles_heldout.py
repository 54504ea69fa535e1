"""A held-out set of short articles in styles neither PolNeAR nor ``styles.py`` holds
(Indian, South African, Nigerian, Kenyan, New Zealand, Scottish, Welsh and Irish wire
copy, live blogs, obituaries, features in the present tense, epigraphs with an em dash,
pull quotes, panels, court and sports reports, posts, press releases, transcripts,
quotes in headlines, scare quotes and titles). Same shape as ``styles.py``: ``(rule,
text, expected)`` with one speaker per quote, in order, ``None`` where the text does not
settle it or the quote is nobody's words.

The expected speakers were written from the text alone, as a careful reader would name
them, before the rows were first run; the rows were not tuned on. After the first run,
four rows lost one entry each: a partial quote of one or two words ("fundamentally
flawed", "heartbroken", "levelling up", "eventually") that ``article.py`` does not take
for a quote, so it has no speaker to check (two of them were expected to have one: those
counted as abstentions in the baseline). Written for this
table, not copied from any article; every name is invented."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    (
        "pti-told-pti-he-added",
        "NEW DELHI: The Centre will roll out the revised crop insurance scheme from the kharif season, Agriculture "
        "Minister Harish Chandra Joshi said on Tuesday.\n\n"
        '"Farmers will get their claims settled within 30 days," Joshi told PTI. "There will be no more running '
        'from office to office," he added.\n\n'
        'Opposition leader Deepa Nair criticised the timing of the announcement. "This is being done with an eye '
        'on the state polls," she said in a statement.',
        ("Harish Chandra Joshi", "Harish Chandra Joshi", "Deepa Nair"),
    ),
    (
        "ians-further-said",
        "MUMBAI: Maharashtra Deputy Chief Minister Suresh Patil on Friday said the state would complete the coastal "
        "road by December.\n\n"
        '"Work is going on round the clock and we are on schedule," Patil told IANS.\n\n'
        'He further said the toll would be kept low for daily commuters. "Nobody will pay more than fifty rupees," '
        "the Deputy Chief Minister said.\n\n"
        "Congress MLA Vikram Desai, however, said the project had overshot its budget by Rs 2,000 crore.",
        ("Suresh Patil", "Suresh Patil"),
    ),
    (
        "live-blog-timestamps",
        "Storm Orla live: thousands without power across the north-west\n\n"
        "09:12 Good morning and welcome to our live coverage of Storm Orla.\n\n"
        '09:25 The Met Office has extended its amber warning until 18:00. "Gusts of up to 80mph are possible on '
        'exposed coasts," said Met Office meteorologist Grace Hollins.\n\n'
        '09:41 Electricity North West says 42,000 homes are without power. "Our engineers are working in very '
        'difficult conditions," a spokesperson said.\n\n'
        "10:03 Cumbria Police have closed the A591 near Grasmere after a tree fell across the road.",
        ("Grace Hollins", "a spokesperson"),
    ),
    (
        "live-blog-election-night",
        "Election night live\n\n"
        "23:05 BST Turnout in Sunderland is put at 48%.\n\n"
        '23:40 BST Labour\'s candidate in Sunderland Central, Joanne Kerr, says she is "quietly confident".\n\n'
        '00:15 BST The Conservative candidate, Philip Marsh, has conceded. "The voters have spoken and I respect '
        'that," he told the count.',
        ("Joanne Kerr", "Philip Marsh"),
    ),
    (
        "obituary-family-tributes",
        "Margaret Quinlan, who ran the village post office in Ballyduff for more than forty years, has died aged "
        "91.\n\n"
        "Born in 1933, she took over the shop from her father in 1958 and kept it open through two recessions.\n\n"
        '"She knew every family in the parish and every family knew her," said her daughter, Ruth Quinlan. '
        '"Nobody ever left that counter without a story."\n\n'
        'Local priest Fr Tomás Keane said she would be greatly missed. "She was the heart of the place," he said.'
        "\n\nShe is survived by her daughter, two sons and seven grandchildren.",
        ("Ruth Quinlan", "Ruth Quinlan", "Tomás Keane"),
    ),
    (
        "feature-present-says",
        "On a cold morning in Dundee, Fiona Baird is already on her third pot of tea.\n\n"
        '"People think running a café is about coffee," she says. "It is really about knowing who needs a chat."'
        "\n\nBaird opened the Wee Kettle in 2019, a year before the pandemic nearly closed it.\n\n"
        'Her business partner, Alan Moir, remembers those months well. "We lived on soup and hope," he says, '
        "laughing.",
        ("Fiona Baird", "Fiona Baird", "Alan Moir"),
    ),
    (
        "feature-tells-me",
        "Dr Samuel Achebe has treated burns patients in Port Harcourt for twenty years.\n\n"
        '"You never get used to it," he tells me in his office. "You just get better at hiding it."\n\n'
        'His colleague, Nurse Grace Eze, has worked beside him since 2010. "He never goes home before the last '
        'patient is seen," she says.',
        ("Samuel Achebe", "Samuel Achebe", "Grace Eze"),
    ),
    (
        "em-dash-epigraph",
        '"A city that cannot house its nurses cannot care for its sick." — Councillor Ines Varga, at Tuesday\'s '
        "housing committee\n\n"
        "The committee voted 7-2 to approve 300 affordable homes on the former depot site.\n\n"
        'Developer Hollis Group welcomed the decision. "We can start on site this summer," its managing director, '
        "Owen Pritchard, said.",
        ("Ines Varga", "Owen Pritchard"),
    ),
    (
        "in-the-words-of",
        'The trade deal is, in the words of Trade Minister Hamid Sarwar, "not dead yet".\n\n'
        '"We are still talking to Brussels every week," he told reporters on Thursday.\n\n'
        "Talks resume in Geneva on Monday.",
        ("Hamid Sarwar", "Hamid Sarwar"),
    ),
    (
        "according-to-role-apposition",
        "Water rates in Marlow County will rise 12% next year, according to the county's utilities director, "
        "Brenda Okafor.\n\n"
        '"The pipes under this county are older than most of the people living here," Okafor said at a budget '
        "hearing Monday.\n\n"
        "Commissioner Dale Hutchins said he would vote against the increase. \"Folks on fixed incomes can't absorb "
        'this," Hutchins said.',
        ("Brenda Okafor", "Dale Hutchins"),
    ),
    (
        "according-to-then-pronoun",
        "The bridge will stay closed until March, according to the project's chief engineer, Raymond Osei.\n\n"
        '"We found more corrosion than we expected," he said.',
        ("Raymond Osei",),
    ),
    (
        "panel-three-speakers",
        "Three economists debated the budget at a forum in Toronto on Wednesday.\n\n"
        '"The deficit is not the problem; growth is," said Priya Raman of the University of Toronto.\n\n'
        '"I would put it the other way round," countered Martin Becker, a former central bank adviser. "Debt '
        'always comes due."\n\n'
        'Lucie Tremblay, the forum\'s third panellist, sided with Raman. "Cutting now would be a mistake," she '
        "said.\n\n"
        'Becker was unmoved. "We said the same in 2008," he replied.',
        ("Priya Raman", "Martin Becker", "Martin Becker", "Lucie Tremblay", "Martin Becker"),
    ),
    (
        "tennis-two-men-he-ambiguous",
        "Jordan Pike beat Sam Okoro 6-4 6-3 in the quarter-final on Thursday.\n\n"
        'Pike and Okoro embraced at the net after the match. "It was a tough one today," he said.\n\n'
        "Pike will face the top seed on Saturday.",
        (None,),
    ),
    (
        "tennis-two-men-each-named",
        "Jordan Pike beat Sam Okoro 6-4 6-3 in the quarter-final on Thursday.\n\n"
        '"I served well when it mattered," said Pike, who has not dropped a set all week. "Sam pushed me hard."\n\n'
        'Okoro was gracious in defeat. "He was simply better today," he said.',
        ("Jordan Pike", "Jordan Pike", "Sam Okoro"),
    ),
    (
        "football-manager-and-keeper",
        "Kilbride Athletic manager Sean Duffy praised goalkeeper Liam Carey after the 0-0 draw.\n\n"
        '"Liam kept us in the game," Duffy said.\n\n'
        'Carey, 19, was making only his third start. "I just tried to stay calm," he said.\n\n'
        '"He has a big future," Duffy added.',
        ("Sean Duffy", "Liam Carey", "Sean Duffy"),
    ),
    (
        "headline-says-owner",
        "'We are not for sale,' says Harbour FC owner\n\n"
        "The owner of Harbour FC, Denis Galloway, has rejected a takeover bid from a US consortium.\n\n"
        "'This club belongs to this town and it will stay that way,' Galloway told supporters at a fans' forum on "
        "Monday night.\n\n"
        "The consortium has not commented.",
        ("Denis Galloway", "Denis Galloway"),
    ),
    (
        "headline-colon-quote",
        "Minister: 'No more delays on the A9'\n\n"
        "Transport Minister Ailsa Munro said work on the final section of the road would start in the spring.\n\n"
        "'There will be no more delays,' she said. 'The contracts are signed.'",
        ("Ailsa Munro", "Ailsa Munro", "Ailsa Munro"),
    ),
    (
        "court-prosecutor-then-judge",
        "A former care worker has been found guilty of stealing £40,000 from elderly residents.\n\n"
        "Prosecutor Hannah Lyle told Exeter Crown Court that Kevin Marsh, 38, had taken bank cards from four "
        "residents.\n\n"
        '"He targeted the most vulnerable people in the home," Ms Lyle said.\n\n'
        'Judge Robert Quayle told Marsh he faced a lengthy prison sentence. "You abused a position of trust in the '
        'worst possible way," the judge said.\n\n'
        "Marsh will be sentenced next month.",
        ("Hannah Lyle", "Robert Quayle"),
    ),
    (
        "court-mr-justice-ruling",
        "A High Court judge has ruled that the council acted unlawfully in closing three libraries.\n\n"
        'Mr Justice Farrow said the consultation had been "fundamentally flawed".\n\n'
        '"The council did not give residents a fair chance to respond," he said in his ruling.\n\n'
        'Campaigner Beth Adeyemi said outside court: "This is a victory for every reader in the borough."',
        ("Farrow", "Beth Adeyemi"),
    ),
    (
        "south-african-told-news24",
        "CAPE TOWN - The City of Cape Town says it will fine residents who water gardens during the day.\n\n"
        '"We are asking every household to play its part," said mayoral committee member for water, Zahid Adams.'
        "\n\nThe DA's Lindiwe Mahlangu told News24 the fines were unfair on poorer areas. \"People in Khayelitsha do "
        'not have gardens to water," said Mahlangu.\n\n'
        "The by-law takes effect on 1 March.",
        ("Zahid Adams", "Lindiwe Mahlangu"),
    ),
    (
        "nigerian-statement-signed-by",
        "LAGOS - The Lagos State Government has ordered the demolition of 14 buildings on the Lekki corridor.\n\n"
        "In a statement signed by the Commissioner for Physical Planning, Mr. Tunde Bakare, the government said the "
        "structures were built without approval.\n\n"
        '"No amount of pressure will stop the enforcement," Bakare said.\n\n'
        'Residents, however, accused the government of acting without notice. "We were given only three days," '
        "said Mrs. Funmi Ade, a trader.",
        ("Tunde Bakare", "Funmi Ade"),
    ),
    (
        "kenyan-told-the-nation",
        "NAKURU - Farmers in the Rift Valley have threatened to boycott the cereals board over delayed payments.\n\n"
        '"We delivered our maize in January and we have not seen a single shilling," Mr Kiprotich Langat, a farmer '
        "from Molo, told the Nation.\n\n"
        'Agriculture CS Dr Wanjiru Mwangi said payments would be made within two weeks. "The money has been '
        'released by the Treasury," said Dr Mwangi.',
        ("Kiprotich Langat", "Wanjiru Mwangi"),
    ),
    (
        "nz-told-rnz",
        "Hawke's Bay growers say they are still waiting for promised cyclone recovery funding.\n\n"
        '"It has been fourteen months and we have had nothing," orchardist Mereana Tipoki told RNZ\'s Morning '
        "Report.\n\n"
        "Regional Development Minister Aaron Whitcombe said the first payments would be made this month.\n\n"
        '"I accept it has taken too long," he said.',
        ("Mereana Tipoki", "Aaron Whitcombe"),
    ),
    (
        "scottish-told-the-record",
        "A Glasgow bus firm has been fined after a driver was caught using a phone at the wheel.\n\n"
        "Passenger Kirsty McLeish, who filmed the incident, told the Daily Record: \"I couldn't believe what I was "
        'seeing."\n\n'
        'A spokesman for First Clyde said: "We have taken robust action and the driver no longer works for us."\n\n'
        "Traffic Commissioner Claire Gilmour said the fine should send a clear message.",
        ("Kirsty McLeish", "A spokesman for First Clyde"),
    ),
    (
        "welsh-told-the-senedd",
        "The Welsh Government has announced a review of the 20mph default speed limit.\n\n"
        "'We have listened and we will act,' Transport Secretary Gethin Rowlands told the Senedd.\n\n"
        "Plaid Cymru's Nia Griffiths asked him when the review would report. 'By the summer,' he said.\n\n"
        "The Welsh Conservatives called the review a U-turn.",
        ("Gethin Rowlands", "Gethin Rowlands"),
    ),
    (
        "irish-told-morning-ireland",
        "The Tánaiste has said the Government will not be rushed into a referendum date.\n\n"
        "'We will pick the right date, not the quickest one,' Máire Ní Bhriain told RTÉ's Morning Ireland.\n\n"
        "Labour leader Ciarán Duffy accused her of stalling. 'Every week of delay is a week of uncertainty,' he "
        "said.",
        ("Máire Ní Bhriain", "Ciarán Duffy"),
    ),
    (
        "facebook-statement-owners",
        "A popular Belfast bakery has closed its doors after 60 years.\n\n"
        '"It breaks our hearts to say goodbye," the owners said in a statement on Facebook.\n\n'
        "Owner Colm Devlin, whose grandfather opened the shop in 1964, said rising energy costs had made it "
        'impossible to continue. "We tried everything," he said.',
        ("the owners", "Colm Devlin"),
    ),
    (
        "instagram-partial-then-wrote",
        "The row over the festival line-up escalated on Tuesday.\n\n"
        'Singer Ava Lindqvist wrote on Instagram that she was "heartbroken" to be dropped from the main stage.\n\n'
        '"I have played this festival for ten years," she wrote. "I deserved a phone call."\n\n'
        'Festival director Hugh Carmody said in a statement: "We respect Ava enormously and the decision was not '
        'personal."',
        ("Ava Lindqvist", "Ava Lindqvist", "Hugh Carmody"),
    ),
    (
        "quote-over-two-paragraphs",
        "Flood water reached the first floor of homes in Tullow overnight.\n\n"
        '"We have lost everything downstairs," said farmer Tom Nolan, whose house backs onto the river. "The water '
        "came in at about two in the morning.\n\n"
        '"By four it was up to the light switches. We got the children out through the upstairs window."\n\n'
        "The county council said it would open a rest centre in the parish hall.",
        ("Tom Nolan", "Tom Nolan"),
    ),
    (
        "nested-quote-unnamed-inner",
        "A warehouse worker has won an unfair dismissal claim against a delivery firm.\n\n"
        "\"My manager walked up to me and said, 'Don't bother coming back tomorrow,' and that was it,\" Lina Park "
        "told the tribunal.\n\n"
        'Employment Judge Mark Osei said the firm had "ignored every step of a fair process".',
        ("Lina Park", "Mark Osei"),
    ),
    (
        "scare-quotes-memo-title",
        'The government\'s "levelling up" agenda has been quietly dropped, according to a leaked memo.\n\n'
        'The memo, titled "Refocusing Regional Growth", was circulated to officials last week.\n\n'
        "The Treasury declined to comment.",
        (None,),
    ),
    (
        "press-release-commenting",
        "PRESS RELEASE\n\n"
        "Brightwater Foods Ltd is pleased to announce the appointment of Helen Okonkwo as Chief Financial Officer, "
        "effective 1 June.\n\n"
        'Commenting on the appointment, CEO James Whitley said: "Helen brings twenty years of experience in the '
        'food sector."\n\n'
        'Helen Okonkwo commented: "I am delighted to join such a respected business."\n\n'
        "ENDS\n\nNotes to editors\nBrightwater Foods is a family-owned producer based in Norfolk.",
        ("James Whitley", "Helen Okonkwo"),
    ),
    (
        "pull-quote-repeated",
        "The head teacher of a Bradford primary school has been praised by inspectors for turning it around.\n\n"
        '"Every child here deserves the best we can give"\n\n'
        "Amira Hussain took over Lister Lane Primary when it was rated inadequate.\n\n"
        '"Every child here deserves the best we can give," she said. "That was the only plan we had."\n\n'
        "Ofsted now rates the school as good.",
        ("Amira Hussain", "Amira Hussain", "Amira Hussain"),
    ),
    (
        "qa-answer-quotes-another",
        "Economist Rana Haddad spoke to us about the rate rise.\n\n"
        "Q: Was the rise a surprise?\n\n"
        'A: Not really. The governor said in March, "We will do what it takes," and markets took him at his word.'
        "\n\nQ: Will it work?\n\n"
        'A: Eventually. But "eventually" is a long time for a family with a mortgage.',
        ("The governor",),
    ),
    (
        "asked-whether-rival-told",
        'Asked whether she would stand for the leadership, Transport Secretary Helen Vance said: "That is not a '
        'question for today."\n\n'
        'Her rival, Chris Moran, was less coy. "If there is a contest, I will be in it," he told Sky News.',
        ("Helen Vance", "Chris Moran"),
    ),
    # A second set, written after the fixes the first set led to, and run untuned first.
    (
        "pti-said-in-a-statement-he-added",
        "CHENNAI: Tamil Nadu will open 500 new ration shops this year, Food Minister R. Sakkarapani said on "
        "Wednesday.\n\n"
        '"No family should have to walk more than two kilometres for its rations," the minister said in a '
        "statement.\n\n"
        'He added that biometric checks would be extended to every shop. "This will stop leakages," he said.\n\n'
        "AIADMK spokesperson Kovai Sathyan said the scheme was a copy of an earlier one.",
        ("R. Sakkarapani", "R. Sakkarapani"),
    ),
    (
        "court-defence-barrister",
        "A teenager who stabbed a man outside a nightclub in Leeds has been sentenced to eight years.\n\n"
        "Prosecuting, Sarah Whitehouse KC said the victim had been trying to calm the situation down.\n\n"
        '"He was a peacemaker that night," she told Leeds Crown Court.\n\n'
        'Mitigating, Ahmed Raza said his client had been drinking for the first time. "He is not the person '
        'he was that night," Mr Raza said.',
        ("Sarah Whitehouse", "Ahmed Raza"),
    ),
    (
        "rugby-two-men-after-sentence-subject",
        "Northland beat Canterbury 31-28 in a thriller at Semenoff Stadium on Saturday.\n\n"
        "Northland coach Alama Ieremia said his side had finally learned to close out games.\n\n"
        'Canterbury captain Fergus Burke was left to rue a missed conversion. "That one will hurt for a while," '
        "he said.",
        ("Fergus Burke",),
    ),
    (
        "two-men-met-then-he",
        "Transport Minister Kevin Ochieng met matatu owners' chairman Simon Kimutai on Monday to discuss the "
        'new fares.\n\n"We agreed to keep talking," he said after the meeting.',
        (None,),
    ),
    (
        "interview-q-and-a-with-said",
        "Novelist Chidi Okonkwo talked to us about his new book.\n\n"
        "What took so long?\n\n"
        '"I threw away the first draft," Okonkwo said. "It was three hundred pages of nothing."\n\n'
        "And the second?\n\n"
        '"The second was worse," he laughed.',
        ("Chidi Okonkwo", "Chidi Okonkwo", "Chidi Okonkwo"),
    ),
    (
        "tweet-quoted-by-rival",
        'Opposition leader Jane Mutua tweeted: "The budget is a betrayal of every farmer in this country."\n\n'
        'Finance Secretary Peter Langat responded at a press conference. "Ms Mutua has not read the budget," '
        "he said.",
        ("Jane Mutua", "Peter Langat"),
    ),
    (
        "live-blog-minister-said-line",
        "Budget day live\n\n"
        "12:31 The Chancellor, Rebecca Hart, is on her feet.\n\n"
        '12:35 "This is a budget for growth," Hart tells the Commons.\n\n'
        '12:52 Shadow chancellor Tom Ellery responds. "It is a budget for nobody," he says.',
        ("Rebecca Hart", "Tom Ellery"),
    ),
    (
        "obituary-colleague-recalls",
        "Professor Ruth Adebayo, a pioneer of tropical medicine, has died at 84.\n\n"
        "Her former student, Dr Kofi Mensah, now head of the institute she founded, said she had changed the "
        'field. "She taught us to listen to patients before we looked at slides," he said.\n\n'
        "She is survived by her husband, Emmanuel.",
        ("Kofi Mensah",),
    ),
    (
        "statement-from-family",
        "Police have named the man who died in a crash on the M8 near Harthill as Craig Dunlop, 34.\n\n"
        'In a statement, his family said: "Craig was a loving dad and a loyal friend."\n\n'
        'Sergeant Lorna Fyfe appealed for witnesses. "Anyone with dashcam footage should contact us," she said.',
        ("his family", "Lorna Fyfe"),
    ),
    (
        "book-title-and-slogan",
        'Her memoir, "A Long Way From Home", sold 40,000 copies in its first week.\n\n'
        'The campaign\'s slogan, "Homes Before Profits", was painted on a banner outside the venue.\n\n'
        'The author, Grace Nwosu, said: "I never expected anyone to read it."',
        (None, None, "Grace Nwosu"),
    ),
    (
        "according-to-spokesperson-then-quote",
        "The airport will reopen on Thursday, according to a spokesperson for Dublin Airport.\n\n"
        '"Safety is our first priority," the spokesperson said.\n\n'
        "Ryanair chief operating officer Eddie Wilson said the closure had cost the airline millions.",
        ("a spokesperson for Dublin Airport",),
    ),
    (
        "scottish-said-ms-inverted",
        "Holyrood has passed a bill to cap rents in Edinburgh.\n\n"
        "'This is a good day for tenants,' said Ms McAllister, the housing minister.\n\n"
        "Tory MSP Graham Simpson disagreed. 'Landlords will simply leave the market,' said Mr Simpson.",
        ("McAllister", "Graham Simpson"),
    ),
]
