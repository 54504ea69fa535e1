"""English nouns the rules read: who speaks (sources and their heads), organisations,
demonyms, works, and what a colon-led line is when it is no speaker."""

# Descriptive sources the article names with a noun ("two US officials", "the newspaper"),
# offered as speakers and claim sources; plural "-s" is added by the rules.
SOURCE_NOUNS = """
official spokesman spokeswoman spokesperson source ministry police statement diplomat resident
witness analyst lawmaker officer
"""
# People and forces that the news tells acting as a group, as a bare plural: a subject
# after "said" or an opening phrase's comma ("Police said | gunmen killed three people",
# "According to the army, | militants attacked ..."), where a bare plural is otherwise no
# subject. Only the people and forces of the happenings (conflict, justice, movement).
ACTING_GROUPS = """
gunmen militants soldiers troops rebels insurgents fighters jihadists extremists terrorists
attackers assailants bombers thieves robbers burglars looters pirates hackers smugglers
traffickers kidnappers police policemen officers guards forces authorities prosecutors
investigators protesters demonstrators rioters strikers migrants refugees firefighters rescuers
paramedics medics villagers residents separatists loyalists commandos marines paratroopers
snipers warplanes jets drones vandals gangs mobs raiders
"""
# More nouns of that kind, that make a description anywhere but in the offered mentions.
MORE_SOURCE_NOUNS = """
newspaper daily agency company report campaign committee government administration department
group network commission ad aide adviser expert critic supporter organizer
"""
# The nouns a descriptive subject of a reporting verb ends with ("a narrator in the Clinton
# ad asks", "two US officials", "Trump's campaign"): what speaks, writes or reports.
HEAD_NOUNS = """
paper firm spot video clip letter memo email tweet website site study survey poll document book
article piece editorial story release advisor president candidate nominee senator governor mayor
secretary minister leader chairman chairmen chairwoman chairwomen director chief executive host
anchor announcer narrator reporter correspondent lawyer attorney judge court prosecutor investigator
scientist researcher economist voter woman women man men people protester activist member democrat
republican businessman businessmen businesswoman businesswomen billionaire mogul congressman
congressmen congresswoman congresswomen representative father mother wife husband son daughter
student teacher parent veteran organization organisation foundation institute union party council
board panel chair speaker strategist pollster operative insider friend neighbor neighbour colleague
author writer historian professor commentator columnist editor outlet station broadcaster magazine
journal channel authorities military army embassy office bureau service legislature parliament
manager founder employee worker owner user fan staffer consultant regulator watchdog insurer bank
notice filing complaint lawsuit ruling indictment niece nephew sister brother widow widower
grandmother grandfather cousin uncle aunt questioner caller reader listener viewer tycoon spokesmen
spokeswomen
"""
# Nouns of an event or a state, which never acted themselves: "Russia's foray into Syria
# took a toll", "Arrests of activists have accelerated", "Mr Buckley's death came ...".
EVENT_NOUNS = """
death deaths foray push violence arrest arrests attack attacks killing killings state toll pressure
unrest crisis wave spate surge rise fall blast blasts bombing bombings shooting shootings
"""
# Nouns a name before them makes no place: a group, an affair or an occasion ("in the Wells
# Fargo scandal", "at the Pink Panther gang", "at an office Christmas party"); a facility
# ("a Los Angeles hospital") leaves its name a place.
NOT_PLACE_HEADS = """
affair affairs case cases scandal scandals saga gang gangs group groups party parties deal talks
trial era gala festival holiday celebrations fans supporters family clan cartel band team squad
crowd network movement campaign brand
"""
# What a light verb's object names when it is the action itself, not anyone acted on:
# "took a step", "found a way", "took a heavy toll", "gave an interview", "made a decision";
# and a span of time ("took 72 hours").
LIGHT_VERB_OBJECTS = """
way ways step steps toll look decision decisions interview interviews tribute effort efforts attempt
attempts chance note stand turn aim advantage notice heed issue progress headway office birth
seconds minutes hours days weeks months years fire
"""
# Things that are written, not people or bodies: "it" may stand for one ("The report ...
# "...," it said"), "they" for none ("The statement noted they had ... "...," they said").
WRITINGS = """
statement report paper memo email tweet post website site study survey poll document book article
piece editorial story release video clip letter ad notice filing complaint lawsuit ruling indictment
speech remarks interview op-ed column essay
"""
# Bare plurals that are sources without a determiner: "sources", "Senate Democrats".
PLURAL_SOURCES = """
officials sources experts analysts critics lawmakers aides advisers advisors economists democrats
republicans voters supporters opponents residents witnesses observers strategists investigators
prosecutors authorities diplomats scientists researchers historians leaders officers members
insiders people polls surveys studies reports documents records data conservatives liberals
progressives activists advocates protesters americans respondents participants organizers
executives lawyers attorneys doctors pollsters operatives donors senators governors candidates
reporters journalists commentators pundits women men parents students teachers workers employees
veterans families groups agencies companies firms unions banks forecasters meteorologists engineers
scholars others
"""
# Plural-looking heads that are titles of one person ("Chief of Staff", "Secretary of ...").
TITLE_PLURALS = "boss chiefs class press status"
# Words that make a capitalised run an organisation or a place, not a person.
ORGANISATION_WORDS = """
administration agency army association avenue bank board campaign center centre church city club
college commission committee company congress corp corporation council county court department
federal foundation fund government group house inc institute international journal kingdom league
media ministry national nations network news office party police post press radio republic school
security senate service state states street team times tv union university forces militia
parliament reuters cnn ltd plc llc gmbh
"""
# Nouns that say what a name after them is: "the public service union Unison", "the
# campaign group Friends of the Earth", "the news agency PTI".
ORGANISATION_NOUNS = """
union group company firm charity agency party organisation organization association council
ministry department newspaper broadcaster regulator airline bank network coalition alliance
movement website outlet channel station watchdog
"""
# Lower-case words that may end what precedes a name: "Tulsa police Chief Chuck Jordan",
# "panel Chairman Rep. Jason Chaffetz".
ORGANISATION_MODIFIERS = (
    "police campaign panel committee party department team administration transition state city county"
)
# A hyphenated adjective ends so: "US-led", "Iran-backed", "Japanese-built".
ADJECTIVE_SUFFIXES = "led backed based built born owned run made style funded controlled allied"
# Demonyms ending like a name ("Palmieri", "Modi" do not end so): only the ones the news writes.
DEMONYMS = """
afghan afghani african albanian american argentine argentinian armenian asian australian austrian
azeri bahraini bangladeshi belgian bosnian brazilian canadian chilean chinese colombian cuban danish
egyptian emirati ethiopian european filipino finnish georgian german haitian hungarian indian
indonesian iranian iraqi israeli italian japanese jordanian kazakh kenyan korean kuwaiti lankan
lebanese libyan malaysian mexican nepali nigerian norwegian omani pakistani palestinian peruvian
polish qatari romanian russian saudi serbian somali spanish sri swedish syrian taiwanese turkish
ukrainian uzbek venezuelan vietnamese yemeni
arab british catholic christian democratic dutch eastern french greek irish jewish kurdish muslim
northern republican scots shia shiite southern sunni swiss thai welsh western
"""
# Nouns for a work or a programme: a quote in title case after one names it, it quotes
# no one ('the podcast "So, That Happened."').
WORK_NOUNS = """
show program programme podcast book film movie series song anthem album play musical column
newsletter magazine newspaper channel network episode documentary novel memoir poem sitcom segment
broadcast
"""
# Nouns that name a phrase rather than report it: a quote after one ("the slogan ''Axe the
# tax''", "the term “deplorables”") names words, it does not say who spoke them.
PHRASE_NOUNS = """
slogan motto headline title phrase term word words line label nickname hashtag catchphrase chant pledge
mantra refrain wave
"""
# Hearers named after "told" or "assured" without a determiner: "told reporters that ...".
HEARERS = """
reporters journalists lawmakers supporters listeners viewers parliament congress delegates
councillors senators members voters
"""
# A capitalised word before a colon that labels the line, not a speaker ("Photo: ...").
LINE_LABELS = """
note update latest photo photos related watch read editor editor’s editor's caption video source
sources correction clarification disclosure warning q a answer question transcript example update:
step part chapter note: listen see also
"""
# The last word of a named facility or area, which is a place where an event happens
# ("checked into the Betty Ford Center", "in Fulton County") though the word may also name
# an organisation.
FACILITY_WORDS = """
center centre hospital clinic university college school church mosque temple synagogue cathedral
stadium arena airport station prison jail hotel court county district province park square street
avenue road bridge hall palace base camp
"""
