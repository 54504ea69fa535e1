"""Short articles in styles PolNeAR lacks, each run whole through ``analyse``: ``(rule,
text, expected)`` where ``expected`` gives one speaker per quote the text holds, in
order, ``None`` where the text does not settle it (or where the quote is nobody's words:
a scare quote, a title). Written for this table, not copied from any article."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    (
        "british-commons-exchange",
        "The prime minister faced a rowdy session in the Commons on Wednesday over hospital waiting lists.\n\n"
        "'Cut the waffle,' Mr Speaker said as the noise rose. The Prime Minister smiled. 'I will,' he replied.\n\n"
        "The Leader of the Opposition, Karen Doyle, said the figures were the worst on record. "
        "'Patients are waiting longer than ever,' she told MPs.\n\n"
        "Ministers insist the backlog is falling.",
        ("Speaker", None, "Karen Doyle"),
    ),
    (
        "irish-single-quotes",
        "The Taoiseach has defended the housing plan after a week of criticism.\n\n"
        "'We are building more homes than at any time in fifty years,' Micheál Brennan told reporters in Cork. "
        "'It is not enough, and I know that.'\n\n"
        "Sinn Féin's housing spokeswoman, Aoife Ní Riain, was unimpressed. 'Rents are still rising in every county,' "
        "she said.\n\n"
        "The Dáil will debate the plan next week.",
        ("Micheál Brennan", "Micheál Brennan", None),
    ),
    (
        "said-mr-inversions",
        "Shoppers in Leeds faced empty shelves again on Saturday.\n\n"
        "'We have had no bread since Thursday,' said Mr Patel, who runs a corner shop on Harehills Lane. "
        "'People are angry.'\n\n"
        "A spokesman for the supermarket chain said deliveries would resume on Monday. "
        "'We apologise to our customers,' said the spokesman.\n\n"
        "Local councillor Jenny Marsh said the shortages were 'completely avoidable'.",
        ("Patel", "Patel", "the spokesman"),
    ),
    (
        "told-2gb",
        "The federal opposition has doubled down on its nuclear policy.\n\n"
        '"Australians want cheaper power and we will deliver it," Opposition Leader Graham Dunn told 2GB on '
        "Tuesday.\n\n"
        'Energy Minister Claire Rowe dismissed the plan. "It is a fantasy that would cost six hundred billion '
        'dollars," '
        "Ms Rowe said.\n\n"
        'Mr Dunn hit back in Parliament. "The minister has never built anything," he said.',
        ("Graham Dunn", "Claire Rowe", "Graham Dunn"),
    ),
    (
        "canadian-wire",
        "OTTAWA - The federal government will table its budget on April 16, Finance Minister Nadia Chopra announced "
        "Thursday.\n\n"
        '"This budget will be about fairness for every generation," Chopra told reporters on Parliament Hill.\n\n'
        "Conservative finance critic Mark Lindqvist said the government had lost control of spending. "
        '"Canadians cannot afford another deficit," Lindqvist said.\n\n'
        "The Parliamentary Budget Officer is expected to release his own forecast next week.\n\n"
        "The Canadian Press",
        ("Nadia Chopra", "Mark Lindqvist"),
    ),
    (
        "indian-shri-honorifics",
        "NEW DELHI: Union Minister Shri Rajesh Kumar Verma on Monday inaugurated a new metro line in the capital.\n\n"
        '"This line will carry two lakh passengers every day," Shri Verma said, adding that fares would stay '
        "unchanged.\n\n"
        "Delhi Chief Minister Smt. Anita Rao said the state had contributed half the cost. "
        '"The people of Delhi have waited long enough," she said.\n\n'
        "The line connects Dwarka with the airport.",
        ("Rajesh Kumar Verma", "Anita Rao"),
    ),
    (
        "nigerian-chief-honorifics",
        "ABUJA - The Senate on Tuesday passed the new electricity bill after a heated debate.\n\n"
        "Senate President, Distinguished Senator Ahmed Bello, said the law would end years of darkness for millions. "
        '"Nigerians deserve light in their homes," he said.\n\n'
        "But the Minority Leader, Chief Emeka Okafor, warned that tariffs would rise. "
        '"The poor will pay for this," Chief Okafor said.\n\n'
        "The bill now goes to the President for assent.",
        ("Ahmed Bello", "Emeka Okafor"),
    ),
    (
        "kenyan-hon-wire",
        "NAIROBI, Kenya - Lawmakers have rejected a proposal to raise fuel levies.\n\n"
        "Hon. Mary Wanjiku, who chairs the budget committee, told the House that families were already struggling. "
        '"We cannot ask mama mboga to pay more," she said.\n\n'
        "Treasury Cabinet Secretary Dr. John Kamau said the levy was needed to fund road repairs. "
        '"Without it, projects will stall," Dr. Kamau said.',
        ("Mary Wanjiku", "John Kamau"),
    ),
    (
        "south-african-statement",
        "JOHANNESBURG - Power cuts will continue through the weekend, the utility said on Friday.\n\n"
        '"Stage four load shedding will be in place until Monday morning," Eskom said in a statement.\n\n'
        "Electricity Minister Sipho Ndlovu said repairs at two stations were behind schedule. "
        '"We are not where we want to be," Ndlovu told journalists in Pretoria.',
        ("Eskom", "Sipho Ndlovu"),
    ),
    (
        "singapore-wire",
        "SINGAPORE - The Ministry of Health will expand its screening programme to all residents aged 40 and above.\n\n"
        '"Early detection saves lives and costs," said Senior Minister of State Dr Tan Wei Ming in Parliament on '
        "Tuesday.\n\n"
        "Nominated MP Grace Lim asked whether the scheme would be free. "
        '"We will keep it affordable," Dr Tan replied.',
        ("Tan Wei Ming", "Tan Wei Ming"),
    ),
    (
        "q-and-a-transcript",
        "The following interview has been edited for length.\n\n"
        "Q: Why did you decide to run again?\n\n"
        "A: Because the work is not finished. We started something and I want to see it through.\n\n"
        "Q: Your critics say you have been in office too long.\n\n"
        "A: My critics said that eight years ago too.",
        (),
    ),
    (
        "named-interviewer-transcript",
        "Radio host Dan Byrne spoke to Housing Minister Claire Moss on Sunday morning.\n\n"
        "BYRNE: Minister, rents went up again last month. What are you doing about it?\n\n"
        "MOSS: We are building. There is no other answer.\n\n"
        "BYRNE: That is what your predecessor said.",
        (),
    ),
    (
        "tweet-wrote-on-x",
        "The mayor has apologised after a post about the city's bin collections drew a backlash.\n\n"
        "\"If you can't sort your recycling, don't complain when it isn't collected,\" Mayor Derek Holt wrote on X "
        "late on Sunday.\n\n"
        'Councillor Priya Shah posted on Facebook: "This is not how a mayor should speak to residents."\n\n'
        'Mr Holt later deleted the post. "I got the tone wrong," he said on Monday.',
        ("Derek Holt", "Priya Shah", "Derek Holt"),
    ),
    (
        "press-release",
        "FOR IMMEDIATE RELEASE\n\n"
        "Northwind Energy today announced the opening of its third wind farm in County Mayo.\n\n"
        '"This project brings clean power to forty thousand homes," said Ciara Lynch, Chief Executive of Northwind '
        "Energy. "
        '"We are proud to invest in the west of Ireland."\n\n'
        "The farm will employ 60 people during operation.\n\n"
        "About Northwind Energy\nNorthwind Energy is an independent renewable power company based in Galway.",
        ("Ciara Lynch", "Ciara Lynch"),
    ),
    (
        "football-report",
        "Rovers came from behind to beat City 2-1 at a packed Dalymount Park on Friday night.\n\n"
        'The striker Conor Walsh scored twice in the second half. "The lads never gave up," the striker said. '
        '"We knew the chances would come."\n\n'
        'Manager Stephen Keating was full of praise. "Conor was brilliant tonight," the manager said.\n\n'
        'City\'s boss admitted his side had faded. "We were poor after the break," he said.',
        (None, None, "Stephen Keating", None),
    ),
    (
        "cricket-report",
        "India wrapped up a 3-0 series win over Sri Lanka in Pune on Sunday.\n\n"
        'Captain Rohan Mehta praised his young bowlers. "They have shown they belong at this level," Mehta said at '
        "the "
        "post-match presentation.\n\n"
        'Sri Lanka coach Chris Holloway said his batters had let the team down. "We didn\'t apply ourselves," '
        "Holloway said.",
        ("Rohan Mehta", "Chris Holloway"),
    ),
    (
        "court-report",
        "A man who stole lead from a church roof has been jailed for 18 months.\n\n"
        "Gary Finch, 42, of no fixed address, admitted theft at Newcastle Crown Court.\n\n"
        '"This was a mean offence against a community building," the judge said. '
        "Judge Helen Marsh told the court Finch had shown some remorse.\n\n"
        'Defending, Paul Reid said: "My client is deeply ashamed of what he did."',
        ("the judge", "Paul Reid"),
    ),
    (
        "court-told-the-court",
        "A jury has heard how a delivery driver was attacked outside a takeaway in Cardiff.\n\n"
        '"He just kept hitting him," witness Sian Evans told the court. "I screamed for help."\n\n'
        "Prosecutor Rhys Morgan said the attack lasted less than a minute. "
        "The defendant, Lee Carter, 29, denies wounding with intent.\n\n"
        "The trial continues.",
        ("Sian Evans", "Sian Evans"),
    ),
    (
        "scare-quotes-and-titles",
        'The council\'s so-called "green corridor" has been delayed for a third time.\n\n'
        'Residents had been promised a "world-class" cycle route by the summer. '
        'The plans were first set out in a 2021 report, "Moving Leeds Forward".\n\n'
        "A council spokesperson said work would begin in the autumn.",
        (None,),
    ),
    (
        "film-title-review",
        'Director Sofia Marin\'s new film, "The Quiet Shore", opens in cinemas on Friday.\n\n'
        'Marin said the story came from her grandmother. "She told me about the island when I was a child," '
        "Marin said in an interview.\n\n"
        'The film follows her 2019 debut, "Salt".',
        (None, "Sofia Marin"),
    ),
    (
        "multi-paragraph-quote",
        "The chief constable made a statement outside police headquarters on Friday.\n\n"
        'Chief Constable Andrew Hale said: "Last night, officers responded to reports of a disturbance in the town '
        "centre.\n\n"
        '"Two men were arrested at the scene and remain in custody.\n\n'
        '"I want to reassure the public that there is no wider threat."\n\n'
        "Detectives have appealed for witnesses.",
        ("Andrew Hale",),
    ),
    (
        "nested-quotes",
        "The minister was asked about her remarks at the weekend.\n\n"
        "\"When I said 'we are not going anywhere', I meant it,\" Education Minister Rachel Kerr said. "
        '"Schools need stability."\n\n'
        "Teachers' union leader Tom Beck said the minister had 'no plan at all'.",
        ("Rachel Kerr", "Rachel Kerr", "Tom Beck"),
    ),
    (
        "two-women-alternating",
        "The two candidates clashed in a television debate on Thursday.\n\n"
        'Labour\'s Emma Ford said the hospital must stay open. "I will fight for it every day," Ms Ford said.\n\n'
        'Conservative Jane Pike said Ms Ford had voted against its funding. "Her record speaks for itself," Ms '
        "Pike said.\n\n"
        '"That is simply untrue," Ms Ford replied. "I voted for every penny."\n\n'
        'Ms Pike shook her head. "Check the record," she said.',
        ("Emma Ford", "Jane Pike", "Emma Ford", "Emma Ford", "Jane Pike"),
    ),
    (
        "speaker-after-quote",
        "Farmers staged a protest outside the assembly building on Monday.\n\n"
        '"We are being squeezed from every side," said one farmer, Huw Jones, who keeps sheep near Bala. '
        '"Our costs have doubled."\n\n'
        '"We will listen to their concerns," the rural affairs secretary, Lesley Price, told the assembly.',
        (None, None, "Lesley Price"),
    ),
    (
        "she-added-after-another-woman",
        "The health board has apologised to a family after a delay in treatment.\n\n"
        "Chief executive Laura Kane said the board had failed the family. "
        'Patient advocate Siobhan Hart called the apology overdue. "It took two years to get this," she added.\n\n'
        "The board said new procedures were now in place.",
        ("Siobhan Hart",),
    ),
    (
        "ministry-statement",
        "KYIV - Ukraine's defence ministry said on Saturday it had repelled an overnight drone attack.\n\n"
        '"Air defence destroyed 30 of 35 drones," the ministry said in a statement.\n\n'
        "The regional governor, Oleh Kovalenko, said two people had been injured in Kharkiv. "
        '"Emergency crews are at the scene," he wrote on Telegram.',
        ("the ministry", "Oleh Kovalenko"),
    ),
    (
        "two-men-same-sentence",
        "The talks ended without agreement late on Tuesday.\n\n"
        "Union leader Mick Ross met Transport Secretary Paul Hill for three hours. "
        '"There is still a gap between us," he said afterwards.\n\n'
        "A further meeting is planned for next week.",
        (None,),
    ),
    (
        "hon-and-senator-australian",
        "CANBERRA - The government's housing bill has cleared the Senate.\n\n"
        'Greens Senator Max Carter-Lowe said his party had won real concessions. "This is a start, not an end," '
        "Senator Carter-Lowe said.\n\n"
        'Housing Minister the Hon. Julie Corrigan MP welcomed the vote. "Australians need homes now," Ms Corrigan '
        "said.",
        ("Max Carter-Lowe", "Julie Corrigan"),
    ),
    (
        "told-the-bbc-and-hearer",
        "Water bills in England will rise by an average of 36% over five years, the regulator has confirmed.\n\n"
        "'Customers will see a big improvement in their rivers,' Ofwat's chief executive David Black told BBC "
        "Breakfast.\n\n"
        "Consumer Council for Water chief Mike Kell told the BBC the rise was 'hard to swallow'. "
        "'Many households are already in debt to their water company,' he said.",
        ("David Black", "Mike Kell", "Mike Kell"),
    ),
    (
        "posted-on-instagram-athlete",
        "The sprinter has withdrawn from the championships with a hamstring injury.\n\n"
        '"Gutted to miss out, but my body needs rest," Dina Marlow-Hughes posted on Instagram.\n\n'
        'Her coach, Edrick Fontaine, said she would be back for the autumn. "She is in great shape otherwise," he '
        "said.",
        ("Dina Marlow-Hughes", "Edrick Fontaine"),
    ),
    # A second and a third set, written after the rules above and run untuned first.
    (
        "uk-inquiry",
        "A former minister has told the Covid inquiry that warnings were ignored.\n\n'I raised the alarm in January "
        "and nobody listened,' Lord Bethell told the inquiry on Monday.\n\nCounsel to the inquiry, Hugo Keith KC, "
        "asked whether he had put those concerns in writing. 'I did, several times,' Lord Bethell replied.\n\nThe "
        "inquiry continues.",
        ("Lord Bethell", "Lord Bethell"),
    ),
    (
        "scottish-fmqs",
        "The First Minister was pressed on ferry delays at Holyrood.\n\n'Islanders have been let down time and "
        "again,' Scottish Conservative leader Douglas Ross said.\n\nThe First Minister said new vessels would arrive "
        "next year. 'I understand the frustration,' she told MSPs.",
        ("Douglas Ross", "First Minister"),
    ),
    (
        "nz-press",
        "WELLINGTON - New Zealand will raise its refugee quota, the Immigration Minister announced on "
        'Tuesday.\n\n"We have a duty to do our share," Erica Stanford said at a press conference in '
        "Wellington.\n\nGreen Party co-leader Marama Davidson said the increase was too small. \"It's a token "
        'gesture," she said.',
        ("Erica Stanford", "Marama Davidson"),
    ),
    (
        "ghana-wire",
        "ACCRA - The Minister for Finance, Hon. Kwame Asante, has presented the mid-year budget review to "
        'Parliament.\n\nHon. Asante said inflation had fallen for six months in a row. "The economy is turning the '
        'corner," he told the House.\n\nThe Minority spokesperson on Finance, Dr. Ama Boateng, disagreed. "Ordinary '
        'Ghanaians are not feeling it," she said.',
        ("Kwame Asante", None),
    ),
    (
        "rugby-report",
        "Leinster beat Munster 24-17 in a bruising derby at the Aviva Stadium.\n\nHead coach Leo Cullen said his "
        'side had shown character. "We dug in when it mattered," Cullen said.\n\nMunster captain Peter O\'Mahony was '
        'left frustrated. "We had chances and didn\'t take them," O\'Mahony said.\n\n"It\'s a long season," he added.',
        ("Leo Cullen", "Peter O'Mahony", "Peter O'Mahony"),
    ),
    (
        "court-sentencing",
        "A driver who killed a cyclist while using his phone has been jailed for six years.\n\nSentencing him at "
        'Bristol Crown Court, Judge Martin Picton said: "You chose to look at your phone rather than the '
        'road."\n\nThe cyclist\'s widow, Anne Cole, said in a statement read to the court: "Our lives have been torn '
        'apart."',
        ("Martin Picton", "Anne Cole"),
    ),
    (
        "kenya-post",
        'NAIROBI - Opposition leader Amos Wekesa has called for calm after protests in several towns.\n\n"Violence '
        'is not the answer," Mr Wekesa wrote on X on Wednesday evening.\n\nInterior Cabinet Secretary Joseph '
        'Kiprono said police would act firmly. "Anyone who breaks the law will face the consequences," Prof. Kiprono '
        "said.",
        ("Amos Wekesa", "Joseph Kiprono"),
    ),
    (
        "podcast-qa",
        'In an interview with the podcast On Point, the author was asked about her new novel.\n\n"I wanted to write '
        'about my mother\'s generation," said Niamh Kelly, whose book "The Long Field" is out this week.\n\nAsked '
        'whether the book was autobiographical, Kelly laughed. "Only the bad parts," she said.',
        ("Niamh Kelly", "Niamh Kelly"),
    ),
    (
        "two-men-alternating",
        "The two mayoral candidates met for their final debate on Sunday.\n\nMark Reilly said the city's roads were "
        'a disgrace. "I will fix them in my first year," Mr Reilly said.\n\nTom Burke said Mr Reilly had no plan to '
        'pay for it. "Where is the money coming from?" Mr Burke asked.\n\n"From cutting waste," Mr Reilly said.',
        ("Mark Reilly", "Tom Burke", "Mark Reilly"),
    ),
    (
        "org-spokesperson",
        'Ryanair has cancelled dozens of flights because of a strike by French air traffic controllers.\n\n"We are '
        "sorry for the disruption to our passengers,\" a Ryanair spokesperson said.\n\nThe airline's chief "
        "executive, Michael O'Leary, called on the European Commission to act. \"This is the third strike this "
        'year," he said.',
        ("a Ryanair spokesperson", "Michael O'Leary"),
    ),
    (
        "cataphora-after",
        "\"It's the worst I've seen,\" said the fire chief, Dan Moore, surveying the damage on Tuesday.\n\nMore than "
        '40 homes were destroyed in the blaze.\n\nResident Joan Ellis lost everything. "We got out with the clothes '
        'on our backs," she said.',
        ("Dan Moore", "Joan Ellis"),
    ),
    (
        "she-added-later-woman",
        "The union has called off next week's strike.\n\nGeneral secretary Sharon Graham said members had won a "
        'better deal. Union rep Karen Mills welcomed the news but said trust was low. "We will be watching closely," '
        "she added.",
        ("Karen Mills",),
    ),
    (
        "spokesman-for",
        'The former minister has denied any wrongdoing.\n\n"Mr Hayes has always acted within the rules," a spokesman '
        "for Mr Hayes said.\n\nThe standards commissioner is expected to report next month.",
        ("a spokesman for Mr Hayes",),
    ),
    (
        "possessive-spokesman",
        "Downing Street has rejected calls for an inquiry.\n\n'There is nothing to investigate,' the Prime "
        "Minister's spokesman told journalists.\n\nLabour's deputy leader Angela Marsh said that was 'simply not "
        "good enough'.",
        ("the Prime Minister's spokesman", "Angela Marsh"),
    ),
    (
        "lawyer-apposition",
        'A footballer accused of assault has pleaded not guilty.\n\n"My client will clear his name," Ryan Cole\'s '
        "lawyer, Simon Barr, said outside court.\n\nCole, 24, was released on bail.",
        ("Simon Barr",),
    ),
    (
        "speaking-to",
        "Speaking to ITV News, the health secretary, Wes Harding, said: 'The NHS is broken but not beaten.'\n\nHe "
        "added that waiting lists would fall by the summer. 'We will get there,' he said.",
        ("Wes Harding", "Wes Harding"),
    ),
    (
        "quoted-about-other",
        'Residents have paid tribute to a local GP who died suddenly last week.\n\n"Dr Mary Byrne was the heart of '
        'this village," said neighbour Frank Doyle. "She delivered half the children here."\n\nA funeral will take '
        "place on Friday.",
        ("Frank Doyle", "Frank Doyle"),
    ),
    (
        "office-statement",
        'The senator\'s office has responded to the report.\n\n"The senator has never met Mr Grant," Senator Lisa '
        "Moore's office said in a statement.\n\nMr Grant's lawyer declined to comment.",
        ("Senator Lisa Moore's office",),
    ),
    (
        "letter-quote",
        "Parents have written to the school's governors about class sizes.\n\nIn the letter, seen by the BBC, they "
        'say: "Our children are being failed."\n\nHeadteacher Paul Lynch said he would meet the parents next week.',
        (None,),
    ),
    (
        "two-women-object",
        'Sarah Kent thanked her deputy, Julia Marsh, at the count. "We did this together," she said.',
        (None,),
    ),
    (
        "interviewer-question",
        "On BBC Radio 4's Today programme, presenter Nick Robinson asked the minister whether the plan was "
        'affordable.\n\n"Every penny is accounted for," Bridget Holloway replied.',
        ("Bridget Holloway",),
    ),
    ("asked-quote", '"Will you resign?" a reporter asked. "No," Mr Hayes said.', ("a reporter", "Hayes")),
    (
        "told-the-paper-name-after",
        '"We had no warning at all," Claire Moss, 52, told the Irish Times. Her husband, Peter, said the water rose '
        'in minutes. "It came through the back door first," he said.',
        ("Claire Moss", "Peter"),
    ),
    (
        "he-after-two-named-one-spoken-of",
        'Jack Lowe, the club\'s chairman, said he had full confidence in manager Eddie Roe. "Eddie has my backing," '
        'Lowe said. "He will turn it around," he added.',
        ("Jack Lowe", "Jack Lowe"),
    ),
]
