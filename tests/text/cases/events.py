"""Event candidates (``analyse(text).events``): which sentence makes an event and what
its arguments are.

``expected`` is ``None`` when the text makes no event, else a tuple of ``"role=value"``
checks on its first event (``""`` after ``=`` for "no such argument"): ``what``, ``who``,
``whom``, ``where`` and ``when`` as the text writes them. A leading ``"event=N"`` checks
the N-th event (from 1) instead.
"""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    # Only story sentences make events: not a headline, a caption, a credit, a byline or a dateline.
    (
        "headline-no-event",
        "Council Approves New Bridge Over Avon\nThe council approved a new footbridge over the Avon on Tuesday.",
        ("who=The council", "whom=a new footbridge", "when=on Tuesday"),
    ),
    # Scraped text glues the headline to the first sentence with a hyphen, with a dateline or
    # without: the event's arguments start after it; a hyphenated name is no glue.
    (
        "glued-headline-bare",
        "Burma Releases More Political Prisoners-Five prisoners were released Tuesday as part of an amnesty.\n"
        "The government said more would follow.",
        ("whom=Five prisoners", "what=Five prisoners were released Tuesday as part of an amnesty"),
    ),
    (
        "glued-headline-dateline",
        "Militants Strike Checkpoint in Sinai-EL ARISH, EGYPT — -Gunmen attacked a checkpoint in northern "
        "Sinai on Friday.\nThe army said two soldiers were hurt.",
        ("who=Gunmen", "whom=a checkpoint"),
    ),
    (
        "dateline-with-hyphen",
        "Phone video shows the encounter.\n\nCHARLOTTE - The wife of a man fatally shot by police recorded "
        "cellphone video of the encounter.",
        ("who=The wife of a man fatally shot by police", "whom=cellphone video of the encounter"),
    ),
    (
        "headline-line-no-glue",
        "Speaker rallies council.\n\nCity Council Speaker Melissa Mark-Viverito led a march to City Hall on Wednesday.",
        ("who=City Council Speaker Melissa Mark-Viverito",),
    ),
    (
        "hyphenated-name-no-glue",
        "Rescuers on Aoraki-Mount Cook airlifted two injured climbers to Christchurch on Sunday.",
        ("who=Rescuers on Aoraki-Mount Cook", "whom=two injured climbers"),
    ),
    # "its" before a noun is a possessive opening the object, as "their" is, not a pronoun.
    (
        "its-opens-object",
        "The club fired its manager, Tom Reyes, on Sunday after a run of defeats.",
        ("who=The club", "whom=its manager"),
    ),
    (
        "its-opens-object-passive-later",
        "Rebels shelled its outskirts overnight, residents of the town said.",
        ("who=Rebels", "whom=its outskirts"),
    ),
    (
        "caption-file-dash",
        "FILE - Riot police detained a protester outside parliament in Ankara, Turkey, March 3, 2019.\n"
        "Turkish police detained 40 people in Istanbul on Saturday.",
        ("who=Turkish police", "whom=40 people", "where=Istanbul", "when=on Saturday"),
    ),
    (
        "caption-seen-in-this-image",
        "Salman Rahimi, who carried out the attack, is seen in this image released by police on Friday.",
        None,
    ),
    (
        "caption-image-caption",
        "Image caption Firefighters battled the blaze for six hours\n"
        "Fire crews tackled a blaze at a warehouse in Salford overnight.",
        ("who=Fire crews", "whom=a blaze"),
    ),
    (
        "credit-line",
        "Handout photo released by the interior ministry\nGunmen attacked a checkpoint in Sinai on Friday.",
        ("who=Gunmen", "whom=a checkpoint", "where=Sinai", "when=on Friday"),
    ),
    (
        "byline",
        "By Jane Doe, Associated Press\nFarmers blocked a motorway near Lyon with tractors on Monday.",
        ("who=Farmers", "whom=a motorway"),
    ),
    (
        "dateline",
        "ANKARA, Turkey (AP) — Turkish police detained 40 people in Istanbul on Saturday.",
        ("who=Turkish police", "whom=40 people", "when=on Saturday"),
    ),
    (
        "caption-web-player-furniture",
        "Riot police face marchers in Lima View Photos Hundreds have been detained, and many allege abuse.\n"
        "Caption Students marched to the ministry on Monday.\n"
        "Police detained 200 students in Lima on Tuesday.",
        ("who=Police", "whom=200 students", "where=Lima"),
    ),
    # An argument is a whole noun phrase: numbers keep their separators and units.
    (
        "number-thousands",
        "Campaigners raised £180,000 for the village library in Ashford last year.",
        (
            "who=Campaigners",
            "whom=£180,000",
            "what=Campaigners raised £180,000 for the village library in Ashford last year",
        ),
    ),
    (
        "number-million",
        "The council earmarked 6.5 million pounds for flood defences in Carlisle.",
        ("whom=6.5 million pounds",),
    ),
    (
        "number-per-cent",
        "The bank closed 30 per cent of its branches in Wales last year.",
        ("whom=30 per cent of its branches",),
    ),
    (
        "number-at-least",
        "The landslide killed at least 12 people in Kerala on Tuesday.",
        ("who=The landslide", "whom=at least 12 people"),
    ),
    (
        "possessive-time-stays",
        "Police arrested the ringleader of Saturday's attack in Leeds.",
        # The attack's time, not the arrest's (`time-owned-by-noun`).
        ("whom=the ringleader of Saturday's attack", "when="),
    ),
    (
        "participle-after-name",
        "A federal judge ordered Matanov held until trial.",
        ("who=A federal judge", "whom=Matanov"),
    ),
    (
        "object-ends-before-reduced-relative",
        "Investigators said the clerk deleted files related to the contract from the server.",
        ("who=the clerk", "whom=files"),
    ),
    (
        "object-participle-after-determiner-stays",
        "Paramedics treated the injured at the scene of the crash.",
        ("who=Paramedics", "whom=the injured"),
    ),
    (
        "subject-joined-by-and",
        "Prosecutors said 20-year-old Tazhayakov and another college friend removed a backpack from his room.",
        ("who=20-year-old Tazhayakov and another college friend", "whom=a backpack"),
    ),
    ("subject-names-joined", "Smith and Jones scored twice in the second half.", ("who=Smith and Jones", "whom=")),
    (
        "subject-not-across-a-clause",
        "The firm wanted its stake and the bank bought the rest.",
        ("who=the bank", "whom=the rest"),
    ),
    (
        "object-name-whole",
        "A court has convicted a friend of Boston Marathon bombing suspect Dzokhar Tsarnaev for obstruction.",
        ("who=A court", "whom=a friend of Boston Marathon bombing suspect Dzokhar Tsarnaev"),
    ),
    (
        "subject-after-opening-time",
        "On Saturday evening police arrested two men in Leeds.",
        ("who=police", "whom=two men", "when=On Saturday evening"),
    ),
    (
        "subject-after-early-time",
        "Early this morning firefighters rescued a family from a flat in Hull.",
        ("who=firefighters", "whom=a family", "when=this morning"),
    ),
    (
        "object-ends-before-participle-after-name",
        "The airstrikes targeted the infrastructure of Hezbollah resulting in dozens of deaths.",
        ("who=The airstrikes", "whom=the infrastructure of Hezbollah"),
    ),
    # "where" is a place by the name list, never a capitalised word after "in".
    (
        "where-not-capital-after-in",
        "A fire broke out in Student halls near the campus on Friday.",
        ("who=A fire", "where="),
    ),
    (
        "where-place-by-list",
        "Gunmen shot dead three Kurdish activists in Paris on Wednesday.",
        ("who=Gunmen", "where=Paris", "when=on Wednesday"),
    ),
    (
        "where-name-particle",
        "A car bomb killed four soldiers near Deir ez-Zor on Sunday.",
        ("who=A car bomb", "whom=four soldiers", "where="),
    ),
    # "when" comes from the event's own clause.
    (
        "when-not-relative-clause",
        "The council earmarked £2m in September for the library, which opened in 1911.",
        ("when=in September",),
    ),
    (
        "when-relative-clause-only",
        "A developer bought the old mill, which closed in 1911.",
        ("whom=the old mill", "when="),
    ),
    (
        "when-not-neighbour-sentence",
        "Floodwater swamped 400 homes in Cockermouth on Thursday. Volunteers cleared the streets.",
        ("event=2", "who=Volunteers", "when="),
    ),
    (
        "when-not-after-and-subject-said",
        "The goalkeeper's wrist was examined on Saturday and manager Ruth Hale said on Friday that he "
        "would miss the final.",
        ("what=The goalkeeper's wrist was examined on Saturday", "when=on Saturday"),
    ),
    (
        "when-not-after-saying",
        "Rescuers pulled two hikers from a gorge near Interlaken, police said on Monday.",
        ("who=Rescuers", "whom=two hikers", "when="),
    ),
    (
        "when-not-before-clause-word",
        "The storm was the worst since May 2014, when the Parrett flooded 80 homes in Langport.",
        ("who=the Parrett", "whom=80 homes", "where=Langport", "when="),
    ),
    (
        "when-shared-verb-after-and",
        "The gunman killed three people and wounded nine in Bergen on Sunday.",
        ("who=The gunman", "when=on Sunday", "where=Bergen"),
    ),
    # "where" is where the clause happened: a preposition of place leads to it, in the
    # verb's clause or a participle clause after it, not in a clause of its own.
    (
        "where-not-modifier",
        "A Bristol taxi driver returned a wallet holding £3,000 to its owner.",
        ("who=A Bristol taxi driver", "where="),
    ),
    (
        "where-participle-clause",
        "Masked thieves raided a jeweller, snatching watches worth £200,000 from a shop in Bath.",
        ("who=Masked thieves", "where=Bath"),
    ),
    (
        "where-not-relative-clause",
        "Troops seized the bridge over the river, which flows through Mosul.",
        ("who=Troops", "where="),
    ),
    (
        "where-not-opening-subordinate-clause",
        "After injuring his ankle at Anfield, the striker was carried off on a stretcher.",
        ("whom=the striker", "where="),
    ),
    (
        "where-place-acted-on",
        "A strong earthquake hit northern Chile on Sunday. Rescuers reached villages in Chile by nightfall.",
        ("whom=northern Chile", "where=Chile"),
    ),
    (
        "where-into-facility",
        "The singer checked into the Priory Clinic in Roehampton on Monday.",
        ("where=Priory Clinic",),
    ),
    # "what" and its clause: a clock time's colon ends nothing.
    (
        "what-clock-time-colon",
        "Firefighters rescued 12 people from the tower at 4:30 a.m. on Sunday.",
        ("what=Firefighters rescued 12 people from the tower at 4:30 a.m. on Sunday",),
    ),
    (
        "what-clock-time-spaced",
        "Firefighters rescued 12 people from the tower at about 4 a. m. on Sunday.",
        ("what=Firefighters rescued 12 people from the tower at about 4 a. m. on Sunday",),
    ),
    (
        "what-not-across-and-subject-verb",
        "Protesters blocked the main road into Lagos and the governor said they would be removed.",
        ("what=Protesters blocked the main road into Lagos",),
    ),
    # Who acted is a name, a pronoun or a noun phrase of people or things that act, never
    # an event or a state; the clause stays whole, and with nothing acted on it is no event.
    (
        "who-not-event-noun",
        "Ukraine's push into Kherson cost hundreds of lives last week.",
        ("who=", "whom=hundreds of lives", "what=Ukraine's push into Kherson cost hundreds of lives last week"),
    ),
    (
        "who-not-event-noun-cause",
        "A petrol-bomb attack on a bank in Athens killed three employees on Wednesday.",
        ("who=", "whom=three employees", "where=Athens", "when=on Wednesday"),
    ),
    ("who-not-plural-event-noun", "Arrests of opposition activists have accelerated since May.", None),
    (
        "who-not-abstract-noun",
        "Economic mismanagement has wrecked the currency.",
        ("who=", "whom=the currency", "what=Economic mismanagement has wrecked the currency"),
    ),
    (
        "who-abstract-agent-dropped",
        "Mortgage payments have been pushed up by the rise in interest rates.",
        ("who=", "whom=Mortgage payments"),
    ),
    (
        "who-government-acts",
        "The government seized 40 farms in the north on Tuesday.",
        ("who=The government", "whom=40 farms"),
    ),
    (
        "who-name-with-abstract-last-word",
        "Amnesty International accused the ministry of torture.",
        None,
    ),
    ("who-not-a-time", "At 5:30 p.m., three masked men entered the bank.", ("who=three masked men",)),
    ("seeming-no-event", "The driver appears to have lost control on the bend.", None),
    (
        "when-not-subordinate-clause",
        "The inmate was being moved from a jail in Leeds to York when he escaped on Monday.",
        ("whom=The inmate", "when="),
    ),
    (
        "when-participle-after-conjunction-stays",
        "A cyclist died on Tuesday night after being struck by a van outside a school in Derby.",
        ("who=A cyclist", "when=on Tuesday night", "where=Derby"),
    ),
    (
        "where-not-before-subordinate-verb",
        "The van was heading from a jail in Wakefield to York when the prisoner escaped.",
        ("what=the prisoner escaped", "who=the prisoner", "where="),
    ),
    (
        "subject-holds-relative-clause",
        "The man who stabbed two guards was jailed for life on Friday.",
        ("whom=The man who stabbed two guards", "when=on Friday"),
    ),
    (
        "subject-after-that-is-no-relative",
        "The club announced that the board has sacked the manager.",
        ("who=the board", "whom=the manager"),
    ),
    # A passive's "by X" is who acted, unless it is a time.
    (
        "passive-by-who",
        "Two guards were injured by a gunman outside the embassy in Nairobi.",
        ("who=a gunman", "whom=Two guards", "where=Nairobi"),
    ),
    (
        "passive-by-time",
        "The bridge was reopened by Monday.",
        ("who=", "whom=The bridge"),
    ),
    # "whom" is never a score or a number alone.
    (
        "whom-not-score",
        "Leeds beat Millwall 3-1 at Elland Road on Saturday.",
        ("who=Leeds", "whom=Millwall"),
    ),
    (
        "whom-not-number-alone",
        "A second bomb wounded 71 near the market.",
        ("who=A second bomb", "whom=", "what=A second bomb wounded 71 near the market"),
    ),
    # A "what" is a whole clause, never cut mid-phrase.
    (
        "what-not-cut-mid-phrase",
        "Gunmen attacked a mosque in Lyon, an assault the French interior minister termed an “act of terror”.",
        ("what=Gunmen attacked a mosque in Lyon",),
    ),
    (
        "what-long-clause-cut-before-clause-word",
        "A 61-year-old man was charged with first-degree murder on Saturday after allegedly opening fire on a "
        "crowded party at a community hall in the town of Covina east of Los Angeles.",
        ("what=A 61-year-old man was charged with first-degree murder on Saturday", "whom=A 61-year-old man"),
    ),
    ("what-ends-on-pronoun", "The car first hit her.", ("what=The car first hit her", "who=The car")),
    (
        "what-runs-through-a-short-quote",
        "Officers had pointed a rifle at the crowd for “several minutes”.",
        ("what=Officers had pointed a rifle at the crowd for “several minutes”", "whom=a rifle"),
    ),
    # A short quote inside a clause is part of its what ("of being “duped” by"), not its end.
    (
        "what-runs-through-a-short-quote-of-being",
        "The regulator fined the broker for being “asleep at the wheel” during the crash last winter.",
        ("what=The regulator fined the broker for being “asleep at the wheel” during the crash last winter",),
    ),
    (
        "what-runs-through-a-short-quote-walk-in",
        "Roughly 40,000 parents took part in a statewide “walk-in” at 900 schools on Thursday.",
        (
            "what=Roughly 40,000 parents took part in a statewide “walk-in” at 900 schools on Thursday",
            "who=Roughly 40,000 parents",
        ),
    ),
    # A long quote (a speech) ends the clause; the what ends on a whole phrase before it.
    (
        "what-ends-on-a-whole-phrase-before-a-speech",
        "Officers had pointed a rifle at the crowd for “several minutes while the children were screaming and "
        "nobody knew what was going on”.",
        ("what=Officers had pointed a rifle at the crowd", "whom=a rifle"),
    ),
    # A subject is the phrase that holds a preposition's or a participle's object.
    (
        "subject-holds-participle-object",
        "A man suspected of stabbing two people in Croydon was arrested on Friday.",
        ("whom=A man suspected of stabbing two people", "where=Croydon", "when=on Friday"),
    ),
    (
        "subject-holds-place",
        "A cyclist hit by a lorry near Kendal died in hospital on Sunday.",
        ("who=A cyclist hit by a lorry near Kendal", "when=on Sunday"),
    ),
    (
        "adjective-participle",
        "The troubled singer checked into a clinic in Malibu on Monday.",
        ("who=The troubled singer",),
    ),
    ("whom-not-adverb", "The prisoner escaped just after midnight on Tuesday.", ("who=The prisoner", "whom=")),
    # Fewer events that are right: no event from what did not happen, a habit, a state,
    # a caption's verbs, a clause reported as known, or a clause without its own subject.
    ("negated", "Police have not charged the driver of the lorry.", None),
    ("habitual", "The bar was regularly frequented by off-duty officers.", None),
    ("modal", "The blaze could have destroyed the whole terrace, firefighters said.", None),
    ("conditional", "The woman might be alive if the driver had stopped at the crossing.", None),
    (
        "conditional-clause-then-event",
        "If the talks fail, the union will stage a strike. Nurses staged a walkout in Leeds on Monday.",
        ("who=Nurses", "whom=a walkout", "where=Leeds"),
    ),
    ("participle-with-agent-is-no-verb", "Protesters carrying banners daubed by students.", None),
    ("stative-famed", "The town is famed for its blue cheese.", None),
    ("pictured", "He was pictured leaving the court in Leeds.", None),
    ("clause-not-object", "It emerged the gunman was known to police.", None),
    ("learned-no-event", "The BBC has learned of the plan to test drones.", None),
    (
        "learned-reports-its-clause",
        "Drones will be tested at an army base, the BBC has learned.",
        ("what=Drones will be tested at an army base", "who=", "whom=Drones"),
    ),
    (
        "relative-clause-subject",
        "The bombing was an attack on a cafe in Madrid which killed 13 people and wounded 71.",
        None,
    ),
    (
        "object-of-preposition-not-subject",
        "The number of people held over the plot against President Maduro has risen to 34.",
        None,
    ),
    ("quote-inner-text", "“They burned the whole village,” the witness said.", None),
    ("reporting-verb-alone", "The minister said the talks were over.", None),
    # Which clauses make events: no present written like a participle, no speech the
    # article holds no quote for, no line that leads into a list, no state, no history.
    ("present-like-participle", "Officials said the floods come as a warning to farmers in the valley.", None),
    (
        "quote-paragraph-never-closed",
        "“We have been through worse than this. We rebuilt the school in a year.\n"
        "Volunteers repaired the roof of the school on Sunday.",
        ("who=Volunteers", "whom=the roof of the school", "when=on Sunday"),
    ),
    (
        "line-into-a-list",
        "World news in brief from around the globe:\nFirefighters rescued two climbers on Sunday.",
        ("who=Firefighters", "whom=two climbers"),
    ),
    ("stative-contained", "The parcel contained forged passports.", None),
    ("stative-included", "The dead included two children and a teacher.", None),
    ("generic-history", "Shepherds have grazed their flocks on these hills for centuries.", None),
    (
        "free-relative-no-actor",
        "Dozens of villagers were shaken by what they had seen.",
        ("who=", "whom=Dozens of villagers"),
    ),
    # A light verb's object names the action: it is no one acted on.
    ("light-verb-way", "The smugglers figured out a way to cross the river at night.", ("who=The smugglers", "whom=")),
    (
        "light-verb-step",
        "The council took a first step towards a ban on Tuesday.",
        ("who=The council", "whom=", "when=on Tuesday"),
    ),
    ("light-verb-interview", "The mayor gave an interview to local radio on Friday.", ("who=The mayor", "whom=")),
    # Arguments: a subject without the adverb before its verb; no preposition as an object.
    (
        "subject-adverb-trimmed",
        "The thieves somehow slipped past the guards at the museum.",
        ("who=The thieves", "whom="),
    ),
    ("object-not-through", "Investigators went through the files of the firm.", ("who=Investigators", "whom=")),
    (
        "who-acronym",
        "IS militants attacked a checkpoint near Raqqa on Monday.",
        ("who=IS militants", "whom=a checkpoint", "where=Raqqa", "when=on Monday"),
    ),
    (
        "where-not-IS",
        "Fighters from IS seized two villages in IS territory near Raqqa.",
        ("who=Fighters from IS", "whom=two villages", "where=Raqqa"),
    ),
    (
        "where-not-name-before-number",
        "He returned to the side in Weeks 14-16 and scored twice.",
        ("what=He returned to the side in Weeks 14-16 and scored twice", "who=", "where="),
    ),
    (
        "what-abbreviated-month",
        "The striker hurt his ankle against Leeds on Oct. 19 in the second half.",
        ("what=The striker hurt his ankle against Leeds on Oct. 19 in the second half", "when=Oct. 19"),
    ),
    # What a source forecasts or denies did not happen; a credit line is no event.
    ("forecast-reported", "Officials said the bridge will be closed for a week.", None),
    ("forecast-reported-present", "Police say more details will be released later.", None),
    ("forecast-unreported-stays", "The bridge will be closed for a week.", ("whom=The bridge",)),
    ("denied-that", "The minister denied reports that a deal had been offered to the rebels.", None),
    ("credit-contributed", "Jane Smith contributed to this report.", None),
    ("credit-contributed-reporting", "Tom Hale in Kabul contributed reporting to this story.", None),
    ("light-verb-duration", "The repairs took around 72 hours.", ("who=The repairs", "whom=")),
    ("light-verb-passive", "The decision was made after the coach met the doctors.", None),
    (
        "light-verb-any-word",
        "The striker took steps backward after a strong first season.",
        ("who=The striker", "whom="),
    ),
    # Whole noun phrases: "and" joins a second one, unless it opens a clause; an "-ing"
    # word after "last" qualifies the noun.
    (
        "object-coordinated",
        "Police arrested two men and a woman in Bradford on Friday.",
        ("whom=two men and a woman", "when=on Friday"),
    ),
    (
        "object-coordinated-names",
        "Transport authorities closed the Central and Northgate metro stations.",
        ("whom=the Central and Northgate metro stations",),
    ),
    ("object-not-across-a-clause", "Rebels captured the town and the army pulled back.", ("whom=the town",)),
    ("object-not-across-a-second-verb", "They killed 23 soldiers and injured another 15.", ("whom=23 soldiers",)),
    (
        "object-last-remaining",
        "Kurdish militias captured the group's last remaining village in March.",
        ("whom=the group's last remaining village",),
    ),
    ("object-not-adjective", "The authorities stayed loyal to Moscow.", ("who=The authorities", "whom=")),
    (
        "object-not-open",
        "She left open the option of a retrial.",
        ("what=She left open the option of a retrial", "whom="),
    ),
    # A subject with "no" tells what did not happen; a "that" before it is no part of it.
    ("subject-no-one", "They stressed, however, that no action was taken for some hours.", None),
    ("subject-none-of", "None of the guards was hurt in the attack.", None),
    # "by X" in a passive is who acted, without the time after it; a date keeps its year.
    (
        "passive-by-who-before-time",
        "A retired general was detained by intelligence forces Monday night in connection with the plot.",
        ("who=intelligence forces", "whom=A retired general", "when=Monday night"),
    ),
    (
        "what-date-with-year",
        "The depot was destroyed by a fire on April 19, 1995, killing two guards.",
        ("what=The depot was destroyed by a fire on April 19, 1995", "when=April 19, 1995"),
    ),
    (
        "subject-joined-after-opening-phrase",
        "Two days after the raid, 19-year-old Okafor and a college friend removed a laptop from the flat.",
        ("who=19-year-old Okafor and a college friend", "whom=a laptop"),
    ),
    (
        "forecast-confirmed-stays",
        "The studio has now confirmed that Ana Ruiz will direct the sequel.",
        ("who=Ana Ruiz", "whom=the sequel"),
    ),
    # "opened fire at", "set fire to", "crashed into": what the action was aimed at.
    (
        "light-verb-fire-at",
        "A gunman opened fire at an office party in Vancouver on Friday.",
        ("who=A gunman", "whom=an office party", "when=on Friday"),
    ),
    ("light-verb-fire-to", "The robbers set fire to the van and escaped.", ("who=The robbers", "whom=the van")),
    ("contact-into", "A bomber crashed into a foot patrol near the base.", ("who=A bomber", "whom=a foot patrol")),
    ("contact-upon", "The inmate fired upon two guards.", ("who=The inmate", "whom=two guards")),
    ("opened-not-light", "The council opened a new library in May.", ("whom=a new library",)),
    # A subject holds no verb of a state: the clause is another one's object.
    ("subject-holds-no-state-verb", "The bag contained altered fireworks the friends threw away.", None),
    ("subject-participle-after-number", "Two suspected militants fled the scene.", ("who=Two suspected militants",)),
    (
        "subject-not-after-possessive-of-preposition",
        "At around midnight, the head of the city’s Electoral Board popped up on our screens.",
        ("who=the head of the city’s Electoral Board",),
    ),
    ("subject-possessive-stays", "The city’s electoral board annulled the vote.", ("who=The city’s electoral board",)),
    # A participle that qualifies the noun before it (a reduced relative clause) is a
    # passive: the noun is what was acted on, not the actor.
    (
        "reduced-relative-passive",
        "The man killed in the attack on the bank was identified as a local shopkeeper.",
        ("who=", "whom=The man"),
    ),
    (
        "reduced-relative-opening-noun",
        "Troops stationed in the north were attacked on Monday. The troops had arrived in May.",
        ("who=", "whom=Troops", "when=on Monday"),
    ),
    (
        "reduced-relative-by-agent-left-to-main-verb",
        "Troops stationed near the border were attacked by insurgents on Monday.",
        ("who=insurgents", "whom=Troops stationed near the border"),
    ),
    (
        "reduced-relative-not-pronoun",
        "He returned to the town where he was born.",
        ("what=He returned to the town where he was born", "who="),
    ),
    (
        "reduced-relative-not-own-clause",
        "As the bomb exploded there were cries of terror from the crowd.",
        ("who=the bomb",),
    ),
    (
        "reduced-relative-not-after-conjunction",
        "Soldiers arrived in the city and police were called.",
        ("who=Soldiers", "what=Soldiers arrived in the city"),
    ),
    # A state, a role or a schedule is no action: "made up of", "served as", "set to",
    # and what a recording shows.
    ("state-made-up-of", "A further share of the population is made up of Kumyks and Lezgins.", None),
    (
        "state-served-as",
        "Former minister Tomas Reyna has served as an intermediary between the two sides.",
        None,
    ),
    ("schedule-set-to", "Lyon, the third-largest French city, is set to host matches in the tournament.", None),
    ("schedule-poised-to", "The ruling party is poised to win a majority in the new assembly.", None),
    ("set-fire-stays", "The rioters set the van on fire outside the station.", ("who=The rioters", "whom=the van")),
    ("caught-on-video", "The man was caught on surveillance video leaving a package near the bakery.", None),
    ("caught-stays", "Police caught the man near the bakery on Friday.", ("who=Police", "whom=the man")),
    # A denial is a claim, not an event.
    ("denial-refuted", "The regional governor refuted the mayor's figures on Monday.", None),
    # "who" with only a time or an adverb before its verb is the verb's subject: the actor
    # is the noun phrase it stands for.
    (
        "relative-who-time-verb",
        "The valley was the birthplace of Ilyas Marov, the commander who in the 19th century led the revolt.",
        ("who=the commander", "whom=the revolt"),
    ),
    (
        "relative-who-own-subject-stays",
        "The man who stabbed two guards was jailed for life on Friday.",
        ("whom=The man who stabbed two guards",),
    ),
    # A wire photo's caption ends with its place and full date after a comma.
    (
        "caption-place-date-end",
        "A man injured in the blast is helped to an ambulance in Kabul, Afghanistan, Oct. 3, 2019.\n"
        "Gunmen attacked a police post in Kabul on Thursday.",
        ("who=Gunmen", "whom=a police post", "where=Kabul"),
    ),
    (
        "caption-date-after-weekday-is-story",
        "Police arrested the suspect at the airport on Thursday, June 16, 2016.",
        ("who=Police", "whom=the suspect"),
    ),
    # A stance is no action: "played down", "downplayed", "shrugged off".
    (
        "stance-played-down",
        "In an interview, opposition leader Marta Ruiz played down the chances of any deal.",
        None,
    ),
    ("stance-downplayed", "The ministry downplayed reports of unrest in the north.", None),
    ("played-stays", "The band played three songs at the rally on Friday.", ("who=The band", "whom=three songs")),
    # A subject starts after an ellipsis, and after a lapse of time before "after".
    (
        "subject-after-lapse-of-time",
        "Days after Ana Ortiz was ousted, the studio hired a new director.",
        ("who=", "whom=Ana Ortiz"),
    ),
    (
        "subject-after-ellipsis",
        "Up the coast... the Harbor City Sharks fired their coach.",
        ("who=the Harbor City Sharks", "whom=their coach"),
    ),
    # A question tells of no event.
    ("question-no-event", "Who ordered the strike on the convoy?", None),
    # A subject never ends in "of", a determiner or a conjunction: the word after it
    # qualifies a noun, or the verb is another clause's.
    (
        "subject-not-dangling-of",
        "A number of loved ones stood behind him in court on Monday.",
        ("who=A number of loved ones",),
    ),
    (
        "subject-not-dangling-and",
        "The woman who allegedly shot and killed two co-workers will face trial on murder charges.",
        ("who=The woman who allegedly shot and killed two co-workers",),
    ),
    # A future after a word of expectation is a forecast, no event.
    ("forecast-expected", "It is expected the elections will be monitored by foreign observers.", None),
    ("future-stays", "The city will host the final in May.", ("who=The city", "whom=the final")),
    # "un-" participles are adjectives of a state: "was uninjured", "remain unreleased".
    ("state-uninjured", "Another bank employee was uninjured.", None),
    # An argument ends before a time and the word that qualifies it; an adverb is no object.
    (
        "whom-before-early-time",
        "The company issued a warning early this morning about the recall.",
        ("who=The company", "whom=a warning"),
    ),
    ("whom-not-adverb-even", "After the film, her popularity soared even higher.", ("who=her popularity", "whom=")),
    (
        "reduced-relative-not-name",
        "Palin apologized to the pastor on Saturday if the fire was connected to her campaign.",
        ("who=Palin",),
    ),
    (
        "subject-lapse-not-before-time",
        "Hours after Thursday's announcement, three environmental groups filed a lawsuit in San Francisco.",
        ("what=three environmental groups filed a lawsuit in San Francisco", "whom=a lawsuit"),
    ),
    # A title's or an initialism's full stop ends no argument: "Mr. Hallam", "U.S. citizenship".
    (
        "argument-through-title-stop",
        "The threat of a strike persuaded Mr. Hallam to reopen the talks with the union in Dunmore on Monday.",
        ("who=The threat of a strike", "whom=Mr. Hallam"),
    ),
    (
        "agent-through-title-stop",
        "The nurses were backed by Dr. Ruth Okafor and Mrs. Lindqvist at the hearing in Dunmore on Tuesday.",
        ("who=Dr. Ruth Okafor and Mrs. Lindqvist", "whom=The nurses"),
    ),
    # A number is never cut at its comma of thousands.
    (
        "number-whole-at-thousands-comma",
        "More than 120,000 people joined the march through central Dunmore on Saturday, organisers said.",
        ("who=More than 120,000 people",),
    ),
    (
        "number-whole-after-dash",
        "The chief executive had blamed junior staff for the practice, which ran through every branch ― 4,200 clerks "
        "were fired for their part in it.",
        ("whom=4,200 clerks",),
    ),
    # A subject after a noun, with no relative word, opens a relative clause, and its verb
    # with no object is no event: "cited the remarks | Varga had made about her".
    (
        "contact-relative-no-event",
        "At Tuesday's hearing, the senator cited disparaging remarks Varga had made about the nurses as proof "
        "of his contempt.",
        None,
    ),
    (
        "contact-relative-not-after-opening-phrase",
        "After the storm crews worked through the night to restore power in Dunmore.",
        ("where=Dunmore",),
    ),
    # A determiner after a noun opens another noun phrase: "repeated the claims | the mayor made".
    (
        "object-ends-before-determiner",
        "The senator repeated the claims the mayor made about the budget on Monday.",
        ("who=The senator", "whom=the claims"),
    ),
    (
        "object-keeps-determiner-after-almost",
        "Three men emptied almost the entire stock of gems from a store in Dunmore in December.",
        ("whom=almost the entire stock of gems",),
    ),
    # "through", "like", "below" end an object as "in" does; a particle or adverb ends it
    # ("whisked her | away", "faced a crossroads | back in May"), "injured his back" stays.
    (
        "object-ends-before-through",
        "Four men drove a pickup through the front window of the shop on Mill Street before fleeing.",
        ("who=Four men", "whom=a pickup"),
    ),
    (
        "object-ends-before-like",
        "Parents in other towns rallied over issues like the closure of rural schools.",
        ("whom=issues",),
    ),
    (
        "object-ends-before-particle",
        "Security guards whisked her away from the stage before the crowd could reach her.",
        (
            "who=Security guards",
            "whom=",
            "what=Security guards whisked her away from the stage before the crowd could reach her",
        ),
    ),
    (
        "object-ends-before-adverb-back",
        "The campaign faced a crossroads back in May, when its polls began to slide.",
        ("whom=a crossroads", "when=in May"),
    ),
    ("object-noun-back", "The striker injured his back during training in Dunmore on Sunday.", ("whom=his back",)),
    # A relative clause whose relative word is the verb's object is no event of its own.
    (
        "contact-relative-whom",
        "The deal was struck by Tom Reyes, a former banker whom Ms. Varga recruited to lead her campaign.",
        ("who=Tom Reyes", "whom=The deal"),
    ),
    (
        "contact-relative-whom-alone",
        "Ms. Varga hired Tom Reyes, a former banker whom the council recruited in 2019.",
        ("who=Ms. Varga", "whom=Tom Reyes", "when="),
    ),
    # A quote that ends the sentence is part of the clause it closes.
    (
        "what-runs-through-a-closing-quote",
        "Mayor Ellen Varga says she admired the nurses’ courage through what she calls a “season of sleepless nights.”",
        ("what=she admired the nurses’ courage through what she calls a “season of sleepless nights.”",),
    ),
    # A place that qualifies the noun after it is no place where it happened.
    (
        "where-not-name-qualifying-noun",
        "Customers were charged fees twice in the Harbour Bank scandal, regulators found last year.",
        ("whom=Customers", "where="),
    ),
    (
        "where-before-adverb-stays",
        "Police arrested two men in Dunmore early on Friday.",
        ("where=Dunmore",),
    ),
    # An adverb after "will" is no verb: "will again be pointed", "will now rely".
    (
        "future-not-adverb",
        "Already without their captain, coach Sam Okoro will now rely on two young strikers for the final.",
        None,
    ),
    (
        "future-adverb-before-passive",
        "Inevitably, the finger will again be pointed at the Harbour gang, a loose network of thieves.",
        ("whom=the finger",),
    ),
    # A dateline in the body's first sentence is no part of its story: its date is the report's.
    (
        "dateline-in-body-not-when",
        "HARTLEY, N.Y., Sept. 26 (UPI) — Green Party candidate Ann Morrow was escorted off the campus of Hartley "
        "College on Monday afternoon.",
        ("whom=Green Party candidate Ann Morrow", "when=on Monday afternoon"),
    ),
    # "was headed to" tells where someone was going: no passive, no event.
    ("be-headed-no-event", "Lena Morrow was headed to a hospital after her collapse at the ceremony.", None),
    ("headed-active-stays", "Police headed to the scene in Dunmore after the alarm on Friday.", ("who=Police",)),
    # "by" and a bare noun of means tells how, not who.
    (
        "by-means-not-who",
        "He had been dropped off by helicopter and was walking to a hut when he fell.",
        ("who=", "whom=", "what=He had been dropped off by helicopter and was walking to a hut"),
    ),
    ("by-agent-bare-plural", "Two men were shot by police in Dunmore on Friday.", ("who=police", "whom=Two men")),
    # "no one from X", "none of X" before the subject: nothing happened.
    (
        "no-one-from-subject-no-event",
        "An internal review found that no one from the city Department of Parks removed the statue in Dunmore.",
        None,
    ),
    # A modal is no part of a subject: "The line may as well have been lifted" is a maybe.
    ("modal-not-in-subject", "The slogan may as well have been lifted from the 2012 campaign of Ann Morrow.", None),
    # An aside between dashes or in brackets is no clause of the sentence, nor part of its subject.
    (
        "aside-not-the-clause",
        "Four armed robbers -- two dressed as nurses -- made off with watches worth millions from a Dunmore shop.",
        ("who=Four armed robbers",),
    ),
    # A quantifier cut from what it counts is no actor; the what keeps it. Alone, it is a
    # pronoun ("Some forged signatures").
    (
        "who-not-cut-quantifier",
        "All this has led the Dunmore council to reopen the harbour inquiry.",
        ("who=", "whom=the Dunmore council", "what=All this has led the Dunmore council to reopen the harbour inquiry"),
    ),
    (
        "who-quantifier-pronoun-stays",
        "Some forged signatures and opened fake accounts to meet their sales targets.",
        ("who=Some", "whom=signatures"),
    ),
    # Feelings and talk are no events: "she's thrilled to", "bristled at", "talked about".
    ("feeling-no-event", "The mayor says she’s thrilled to receive the backing of the Dunmore teachers.", None),
    ("talked-no-event", "The transcript shows that the senator talked about prison reform and gun control.", None),
    (
        "subject-before-aside-and-time",
        "A gang of four thieves -- two of them disguised as nurses -- on Thursday stole nearly all the watches on "
        "display at a Dunmore boutique.",
        ("who=A gang of four thieves", "whom=nearly all the watches", "when=on Thursday"),
    ),
    # A "verb" after a possessive qualifies a noun; a participle after "getting" is a gerund's.
    (
        "no-verb-after-possessive",
        "Varga’s repeated emphasis that only a few clerks had been involved angered the senators in Dunmore.",
        None,
    ),
    (
        "no-event-after-getting",
        "Prior to getting injured, Okoro was having a standout year for the Dunmore club.",
        None,
    ),
    # "not only" before the verb is no part of the subject.
    (
        "subject-not-only",
        "The survey not only documented faster erosion along the coast, but also drew links to the floods.",
        ("who=The survey", "whom=faster erosion"),
    ),
    # A subject after "how", "why" and the like opens a clause, not a relative one.
    (
        "subject-after-how-not-relative",
        "A study by Dunmore University shows how local shipping firms have managed to shelter profits offshore.",
        ("who=local shipping firms",),
    ),
    # A long what ends at a clause break outside a quote, never inside one.
    (
        "what-break-not-inside-quote",
        'Following a late-afternoon meeting, the council issued a statement calling the harbour closure "a clear '
        'breach and in open disregard" of five earlier rulings and of the wishes of the fishing families in Dunmore '
        "and Pellham.",
        (
            'what=the council issued a statement calling the harbour closure "a clear breach and in open disregard" '
            "of five earlier rulings",
        ),
    ),
    # An "-ing" word before a role and a name is part of the noun phrase ("running back Carl Ivers").
    (
        "object-role-before-name",
        "On Tuesday, team officials placed undrafted rookie running back Carl Ivers on the injured list.",
        ("who=team officials", "whom=undrafted rookie running back Carl Ivers"),
    ),
    (
        "object-opens-with-role-before-name",
        "The Dunmore Saints placed running back Reggie Moss on injured reserve on Wednesday.",
        ("whom=running back Reggie Moss",),
    ),
    # `when` is the clause's own time: not one measured from another event ("two days before"
    # says when only with what it is before), not one a noun owns ("Monday's protests") or a
    # noun phrase holds ("the February 18 election"), not one after "after" or "before".
    (
        "time-measured-from-event",
        "Two days before the vote, police arrested 20 opposition members in the capital.",
        ("who=police", "whom=20 opposition members", "when="),
    ),
    (
        "time-owned-by-noun",
        "Police detained dozens of activists ahead of Monday’s planned protests in the capital.",
        ("who=Police", "when="),
    ),
    (
        "time-in-noun-phrase",
        "Okello, runner-up in the February 18 election, was arrested Wednesday in Kampala.",
        ("whom=Okello", "when=Wednesday"),
    ),
    (
        "time-after-bound",
        "The two men removed a backpack from the dormitory three days after April 15, 2013.",
        ("who=The two men", "when="),
    ),
    (
        "time-own-after-verb",
        "Police arrested the man on Tuesday after the protest.",
        ("whom=the man", "when=on Tuesday"),
    ),
    # A bare pronoun names no one out of its sentence: no who or whom, the clause stays whole.
    (
        "pronoun-not-who",
        "They stabbed one police officer before being shot dead, police said.",
        ("who=", "whom=one police officer", "what=They stabbed one police officer before being shot dead"),
    ),
    (
        "pronoun-not-whom",
        "Police arrested him outside the stadium on Friday.",
        ("who=Police", "whom=", "when=on Friday"),
    ),
    # "for the first time" says how often, not who.
    (
        "times-over-not-subject",
        "A district court for the first time has sentenced a blogger to prison under the new law.",
        ("who=A district court", "whom=a blogger"),
    ),
    # A bare plural of people or forces that act is a subject after "said" or an opening
    # phrase's comma; another bare plural there is not, nor one in a list.
    (
        "acting-group-after-said",
        "Police said gunmen killed three people in the town on Sunday.",
        ("who=gunmen", "whom=three people", "when=on Sunday"),
    ),
    (
        "acting-group-after-comma",
        "According to the army, militants attacked a checkpoint near the border.",
        ("who=militants", "whom=a checkpoint"),
    ),
    ("acting-group-qualified", "Witnesses said armed militants stormed the hotel.", ("who=armed militants",)),
    ("acting-group-not-other-plural", "Analysts said demographics favored the party.", None),
    ("acting-group-not-in-list", "Police, soldiers and militants clashed in the town.", None),
    # A cue's form that ends a phrase opened by an article is its head noun, an event noun
    # that acted on someone but is no actor: "The blast | killed", "A suicide attack | wounded".
    (
        "cue-noun-subject",
        "The blast killed 40 people at a market in Kabul on Friday.",
        ("who=", "whom=40 people", "what=The blast killed 40 people at a market in Kabul on Friday", "when=on Friday"),
    ),
    (
        "cue-noun-subject-qualified",
        "A suicide attack wounded 12 soldiers near the border.",
        ("who=", "whom=12 soldiers"),
    ),
    ("cue-verb-not-subject", "The report criticized the ministry.", None),
    # A subordinate clause after the object ("after a store was robbed") does not make the
    # object a clause's subject ("It emerged the ringleader ... was known" does).
    (
        "object-then-subordinate-clause",
        "Police arrested two men on Monday after a jewellery store was robbed in central Paris.",
        ("who=Police", "whom=two men", "when=on Monday"),
    ),
    ("object-then-clause", "It emerged the ringleader of the gang was known to them.", None),
    # "sold" is a past of action; "within" opens no object.
    (
        "sold-is-action",
        "The company sold its stake in the refinery to a Chinese buyer for $2 billion.",
        ("who=The company", "whom=its stake"),
    ),
    ("within-not-object", "Fighting broke out within hours of the vote.", ("whom=",)),
    # A caption glued on after a sentence's stop is no part of it: the sentence keeps its
    # event, the caption makes none.
    (
        "caption-glued-after-stop",
        "Police arrested two men in Cardell on Monday.-FILE - Riot police detained dozens of demonstrators "
        "in Cardell, May 3, 2016.",
        ("who=Police", "whom=two men", "what=Police arrested two men in Cardell on Monday"),
    ),
    (
        "caption-glued-no-event",
        "Officials declined to comment on the case.-FILE - Riot police detained dozens of demonstrators "
        "in Cardell, May 3, 2016.",
        None,
    ),
    # A count keeps what qualifies it ("at least", "more than", "less than"): "seven workers
    # died" would say more than the text; "at least" before a subject is no noun.
    (
        "count-qualifier-subject-after-said",
        "Officials said at least seven workers died in the attack on the mine.",
        ("who=at least seven workers",),
    ),
    (
        "count-qualifier-passive",
        "Police said more than 20 people were arrested in the capital on Sunday.",
        ("whom=more than 20 people", "when=on Sunday"),
    ),
    (
        "count-qualifier-share",
        "Less than 10 percent of the delegates backed the motion.",
        ("who=Less than 10 percent of the delegates",),
    ),
    # A handout credit glued before the story at the text's start, and a glued headline with
    # an initial's stop in it: the clause starts at the story.
    (
        "glued-handout-credit",
        "Amateur video -Handout photo released by the opposition shows damaged buildings-Cardell-Three aid "
        "workers were shot dead in Cardell overnight, police said on Thursday.",
        ("whom=Three aid workers", "where=Cardell"),
    ),
    (
        "glued-credit-compound-kept",
        "Handout photo released by the family of the anti-government activist shows him at home-Police in "
        "Cardell arrested two men on Monday.",
        ("who=Police", "whom=two men", "where=Cardell"),
    ),
    (
        "glued-credit-capitalised-compound-kept",
        "Handout photo released by Varga-Lindqvist Chemicals shows the damaged plant-Harlow-Two workers were "
        "hurt on Friday when a tank exploded.",
        ("whom=Two workers",),
    ),
    (
        "glued-headline-initial",
        "S. Korean Navy Seizes Fishing Boats-SEOUL — -South Korea's navy seized two fishing boats near the "
        "sea border on Sunday.",
        ("who=South Korea's navy", "whom=two fishing boats"),
    ),
    # A place's abbreviation with its stop opens the object's name ("Mt. Ossa"), as a title's does.
    (
        "object-place-abbreviation",
        "The climbers reached Mt. Ossa on Tuesday after a week on the trail.",
        ("whom=Mt. Ossa",),
    ),
]
