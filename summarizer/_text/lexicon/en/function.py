"""English function words, by the rule that reads them.

Closed classes first (the rules build on them), then the lists particular rules need.
Each list is lower case; the rules compare words case-folded unless they say otherwise.
"""

BE = "is are was were been be being am"
MODALS = "would will could can may might should must did does do to not n't"
PERSONAL_PRONOUNS = "he she they it"
GENDERED_PRONOUNS = "he she"
PLURAL_PRONOUNS = "they we you i"
# The object forms of the personal pronouns: "police arrested him".
OBJECT_PRONOUNS = "him her them us me it you"
# What opens a relative clause: "a farmer who has worked the land".
RELATIVE_PRONOUNS = "who whom whose which that"
# What opens a noun phrase: "the retired general", "his longtime attorney".
DETERMINERS = "a an her his its my our that the their these this those your"
ARTICLES = "a an the this that these those"
QUANTIFIERS = "all few many more most other several some these those"
PREPOSITIONS = "about against at between by for from in into near of on over to under with"
# What a verb of saying takes when it reports no content: "said nothing about the cuts",
# "said little".
NO_CONTENT = "nothing little"

# Capitalised words that start a sentence or a clause, never a name ("When Clinton spoke").
NOT_NAMES = """
a according added after also although an and as asked at because before both but by despite dr
during earlier either even for from he her here his how however i if in indeed instead into it its
just last later like maybe meanwhile mr mrs ms my neither next no nor not now of on one only or our
over perhaps said says she since so speaking still that the their then there these they this those
though thus to two under unlike until we what when whenever where whether which while who whom why
with without wrote yes yet you your
"""
# Capitalised words that open a sentence or clause, never a source's first word.
OPENERS = """
a according after also although an and as asked at because before but by despite during earlier even
for from having here how however if in indeed instead just last later like maybe meanwhile next no
now of on once only or over perhaps since so speaking still that then there these this those though
thus to today tonight under unlike until what when where whether which while who why with yes
yesterday yet
"""
# More words that open a sentence and name no one there ("Behind his desk, ...",
# "Otherwise, she said, ..."): a pronoun does not stand for them.
MORE_OPENERS = "behind beyond beside besides inside outside otherwise elsewhere above below beneath"
# Where a source may begin: after these words (or a mark, or at the start of a sentence).
BOUNDARY_WORDS = """
after also although and as because before but even hence how however if indeed instead meanwhile now
once or since so still than that then though thus unless until what when where whereas whether which
while whom why yet
"""
# Words before a name that cannot end a larger phrase holding it: "the third time AROS said".
NOT_BEFORE_NAME = """
a about an and at by for former from her his in its late of on or that the their these this those to
with
"""
# Words that may stand between a source and its cue: "has also said", "flatly denied".
BETWEEN_SOURCE_AND_CUE = """
again already also apparently are be been being can clearly could did directly do does earlier even
explicitly first flatly frequently further generally had has have immediately initially is just
later long loudly may might must n't never not now often once openly personally previously privately
publicly quickly quietly recently repeatedly reportedly should simply specifically squarely still
strongly then ultimately was were will would
"""
# Words a description may not end with: verbs and function words, not nouns.
NOT_HEADS = """
a about across added after against also among an and are as at be been before behind beyond but by
can could despite did do does down during even for from had has have having he her here his how if
in into is it its just least less like may might more most must near not of on once only or other out
over per said say says she should since so still tell than that the their them then there these they this
those through to told toward towards until up upon very via was were what when where which who whom
whose why will with within without would wrote
"""
# Words a description may not hold inside it.
NOT_INSIDE_SOURCES = """
added although are as because can could did do does had has have he how if is it may might must said
say says she should since tell that they though told was were what when where which while who whom
whose why will would wrote
"""
# One of these alone names no source.
NOT_SOURCES = """
a after an and as before but here i if it one or that the there these this those we when while you
"""
# What a name may be followed by without being an adjective: verbs and function words.
AFTER_NAMES = """
added after against also and announced are argued as asked at before but by called can claimed
confirmed could denied did do does earlier for from had has have in into is later may might near
noted of on or over s said says should than that then to told warned was were which who whose will
with would wrote
"""
# A finite verb after a demonym makes it a subject ("the British said").
FINITE_AFTER_NAMES = "are had has have is said says told was were will would"
# What may open a cue's content: a noun-like cue form ("plans") is a verb before these.
OPENS_CONTENT = """
a an as by for he her his how if in it its of on out she that the their there these they this those
to we what whether who why with
"""
# Words of a statement that need no support in its evidence: linking words, and the words
# of reporting.
UNSUPPORTED_OK = """
a about according after all also an and any are as at be been before being believes but by can claim
claimed claims could did do does down each for from had has have he her here his how i if in into is
it its just may me might more most must my no not of on only or other our out over said say says she
should so some stated states such tell than that the their them then there these they thinks this
those to told under up very was we were what when where which who whom why will with would you your
"""
# Where an event's object stops: a preposition, a conjunction, a relative word.
OBJECT_STOPS = """
about across after against amid and as at because before but by despite during following for from in
including inside into near on onto or outside over since than that throughout to under until when
where which while who whom whose with within without
"""
# What an action acted on is never: pronouns, adverbs, durations, adjectives a verb of
# being or becoming takes ("stayed loyal", "left open the option", "fell silent").
NOT_OBJECTS = """
abroad again ahead also away back be become days down early famous first go hard he her here herself
him himself home hours it itself last late minutes moments months myself not off ourselves out
overnight part place she so still that them themselves there they this to together too up violent
weeks well years just live alone twice once loyal silent quiet calm alive dead unconscious open
unopposed free unharmed unhurt intact
"""
# A verb of seeming before an action makes it no event the text settles: "appears to have
# been shot", "seemed to have started".
SEEMING = "appear appears appeared seem seems seemed"
# After these a clause may begin: "said it has captured", "says the actress checked".
CLAUSE_OPENERS = "said say says tells that told"
# An event's subject holds none of these.
NOT_IN_SUBJECTS = """
are because can could had has have if is it said says that there this told was were when where which
while who will would
"""
# After "will" these make no event: "will be", "will not".
NOT_FUTURE = "again also be continue have just likely need never not now probably remain soon still then try want"
# Words a title in title case may hold in lower case ("Game of Thrones").
TITLE_SMALL_WORDS = "a an and are as at be but by de du for from in is la le nor of on or the to via vs was with"
# Other abbreviations after which a full stop ends no sentence: "No. 2", "approx.", "U.S.".
ABBREVIATIONS = "no nos vs approx est dept univ assn bros ave blvd fig vol inc corp ltd co u.s u.k u.n e.g i.e"
# Abbreviations that open a place's name ("St. Louis", "Mt. Vernon", "Ft. Worth"): their full
# stop ends neither the name nor a sentence, and they are no one's title.
PLACE_ABBREVIATIONS = "st mt ft"
# Clock abbreviations: "3 p.m. Tuesday".
CLOCK_ABBREVIATIONS = "a.m p.m"
# Determiners of a descriptive source: "two US officials", "its director".
SOURCE_DETERMINERS = "the a an another two three four one several some many both his her their its my our"
# The determiners of the descriptions offered as mentions.
MENTION_DETERMINERS = "the a an two three one several some"
# Determiners of a claim's source: "nearly 40 percent", "at least two officials".
NP_DETERMINERS = """
the a an two three four five six seven eight nine ten one several some many most other another all
both each few his her their its our this that these those no more fewer nearly about only at_least
"""
# Words between a clause's subject and its verb: "Esper also said", "Raab has repeatedly told".
ADVERBS_BEFORE_VERB = """
also later earlier then further again once previously recently repeatedly often has have had would
will could has_also had_also is was were simply quickly flatly famously reportedly publicly privately
angrily
"""
# Where a description after its verb ends, besides a mark: "said a spokesman for the campaign".
DESCRIPTION_ENDS = """
in on at to for during after before who which that and via with when as because about last this
earlier later yesterday today tonight
"""
# What a description may end with: "a narrator in the Clinton ad", "an aide close to Trump".
DESCRIPTION_LINKS = "in of at for from on with close_to"
# Words that open a sentence before its subject: "But Raab said".
SENTENCE_ADVERBS = "but and yet so still then later earlier meanwhile now also instead previously"
# Prepositions of an opening phrase: "On Tuesday, Raab said".
OPENING_PREPOSITIONS = "on in at during after before last"
# Words after a name that are no verb of it: "Cruz and Rubio", "Trump of New York".
NOT_VERBS_AFTER_NAMES = """
and or nor of in on at to for with from the a an but as by than that who whom which whose when where
while if because after before since
"""
# Links inside a run of capitals: "Secretary of State John Kerry", "Osama bin Laden".
NAME_LINKS = "of de del da al bin van von der la le for and"
MALE_PRONOUNS = "he his him himself"
FEMALE_PRONOUNS = "she her hers herself"
# Pronouns an event's object is not: "her" alone is; "her longtime attorney" opens a phrase.
# Particles of a phrasal action: "blew up", "called off".
ACTION_PARTICLES = "up down off out back away over aside"
# Particles of a cue: "called for", "pointed to".
CUE_PARTICLES = "for on out to"
# Adverbs between an auxiliary and an action: "has almost totally destroyed".
ADVERBS_BEFORE_ACTION = "almost nearly allegedly since already"
# Adverbs that make a clause a habit, not an event: "was regularly frequented by police".
HABITUAL_ADVERBS = """
always commonly customarily frequently generally habitually normally often occasionally regularly
routinely sometimes traditionally typically usually
"""
# Where a place is: "in Babylon", "north of Baghdad", "camp Taji".
PLACE_WORDS = "in at near outside inside across around into throughout camp base town village province capital"
COMPASS = "north south east west northeast northwest southeast southwest"
# Number words in order, from zero: a word's place is its value.
NUMBER_WORDS = """
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty
"""

# Events (``summarizer/_text/events.py``).
# Words an object never opens with: a preposition, a question word ("died of the disease",
# "asked how"; a form of "be" neither, from ``BE``).
NOT_OBJECT_OPENERS = """
of among amid between through like upon via beyond past toward towards along behind beneath beside
alongside around what whatever how why
"""
# Finite auxiliaries: no part of a noun phrase ("learned the gunman | was known").
FINITE_AUXILIARIES = "was were is are has have had will would"
# Prepositions that end what an action acted on as OBJECT_STOPS do ("drove a car | through
# the window"), read by the event rules alone.
MORE_OBJECT_STOPS = """
through via like toward towards upon behind beside beyond within along alongside above below beneath underneath
"""
# Bare nouns after "by" that tell how, not who: "dropped off by helicopter", "sent by mail".
BY_MEANS = """
accident air boat bus car chance design email fax force hand helicopter mail mistake phone plane post
radio rail road satellite sea ship telephone text train truck video
"""
# Words a determiner may follow inside one noun phrase ("all the men", "half an hour",
# "almost the entire stock", "such a blow"); after any other word it opens another phrase.
BEFORE_DETERMINERS = "of all both half almost nearly about only just such quite what rather many twice"
# After these an "-ing" word qualifies a noun: "IS’ last remaining territory", "the only
# surviving witness".
BEFORE_ING_ADJECTIVES = "last first only sole few other still"
# A subject opening with these tells of what did not happen: "no action was taken".
NO_ONE = "no none nobody nothing neither nor noone"
# Modals of what might have happened: "could have destroyed".
MAYBE_MODALS = "would could might may should must can"
# Words of negation among a verb's auxiliaries: "was not charged", "had never fired".
NEGATIONS = "not never n't no neither nor"
# Adverbs a subject never ends with: "These people somehow | figured out".
SUBJECT_TAIL_ADVERBS = "somehow then also now still later since once finally only just even not again"
# Words that open a time or manner phrase between "who" and its verb: "the fighter who in
# the 19th century led", "the man who last week shot".
ADVERBIAL_OPENERS = "in on at during after before since by last this earlier later then also once first"
# Units of a lapse of time: "Days after the coach was fired", "two hours before".
DURATION_UNITS = "seconds minutes hours days weeks months years moments"
# Units of measure: a number before one is a distance, a share or a time, no one acted on
# ("fell about 600 metres", "made up about 2 percent").
MEASURE_UNITS = """
ft feet foot metres meters metre meter m km kilometres kilometers kilometre kilometer miles mile
yards yard inches inch cm mm percent per cent degrees degree am pm a.m p.m kg kilograms pounds lbs
tons tonnes litres liters gallons
"""
# What a speaker says that is no clause of its own: "said nothing and left the court", "told
# reporters little after the match and walked out" (the joined verb is the speaker's).
SAID_NOTHING = "nothing little goodbye farewell sorry something anything much more"
# Words of expectation: a future after them is a forecast, no event ("It is expected the
# elections will be monitored", "officials hope the road will reopen").
EXPECTING = "expected expects expect expecting hope hopes hoped hoping likely unlikely"
