"""English verbs: each lemma once, with the roles the rules give it.

One line a verb: ``lemma[/past[/participle[/gerund]]]  role role ...``. Irregular forms follow the
lemma (``write/wrote/written``), and so does a regular past the spelling rules cannot
guess (a doubled consonant after a stressed last syllable: ``admit/admitted``); every
other form (``says``, ``said``, ``saying``) is derived (``summarizer._text.morphology``)
and checked against lemminflect's tables by ``tests/text/test_lexicon.py``. A phrasal
verb (``point out``) inflects its first word.

The roles:

- ``quote``: names its speaker in a reporting clause next to a direct quote
  (``"...," Esper said``; ``Raab told reporters: "..."``);
- ``short``: a quote of one or two words next to it is speech, not a scare quote
  (``"Quiet," he demanded``);
- ``participle``: its -ing form reports what its clause's subject says (``, adding: "...``);
- ``claim``: a cue of indirect speech with content (``Raab said he had spoken ...``);
- ``stance``: a cue of thinking, judging or wanting with content (``Democrats fear that ...``);
- ``blame``: a cue of blame (``the Pentagon blamed Iran-backed militia for ...``);
- ``hearer``: its object is the hearer, not the content (``told reporters that ...``);
- ``inverts``: may follow its content and its subject (``..., said Esper.``);
- ``leads``: may open a sentence before its subject and the quote (``Said Ellis: "...``);
- ``plural``: its base form reports after a plural subject (``"...," officials say``);
- ``noun``: its base and -s forms are nouns too (``state officials``, ``the plans``);
- ``catenative``: its subject is the subject of the cue it leads to (``continues to insist``);
- ``topic``: a claim cue whose content is a topic (``spoke about the plan``), so that with a
  hearer or a place after it (``spoke with residents``) it reports nothing;
- ``settles``: a cue that presents what is set to happen as settled, not forecast
  (``has confirmed that X will direct the sequel``: an event);
- ``denies``: a cue of denial: what its "that" clause tells did not happen (``denied
  reports that a deal had been offered``);
- ``authors``: its subject wrote or gave what it follows, so "according to" names that
  subject (``according to a speech Mrs. Clinton delivered``, ``a report the agency released``);
- ``action``: an event verb whose past is irregular (a regular ``-ed`` past is an action
  unless ``NOT_ACTIONS`` lists it).

A new reporting verb is one line here and one row in ``tests/text/cases/``.
"""

VERBS = """
accuse              blame
acknowledge         quote claim
add                 quote short participle claim inverts leads
admit/admitted      quote claim
advise              quote
agree               stance
allege              quote claim
announce            quote claim settles
answer              quote short
appear              catenative
applaud             claim
argue               quote participle claim inverts
ask                 quote short participle claim hearer inverts
assail              blame
assert              quote claim
assure              claim hearer
attack              blame noun
bark                quote
bear/bore/borne     action
beat/beat/beaten    action
become/became/become
begin/began/begun/beginning   quote catenative action
believe             stance
bemoan              quote claim
berate              blame
bite/bit/bitten     action
blame               blame noun
blare               short
blast               quote blame
bleed/bled/bled     action
blow/blew/blown     action
boast               quote participle claim
brag/bragged        quote participle claim
brand               quote claim
break/broke/broken  action
bring/brought/brought action
build/built/built   action
burst/burst/burst   action
buy/bought/bought   action
call                quote participle stance noun
cast/cast/cast      action
castigate           blame
catch/caught/caught action
caution             quote claim
challenge           claim
chant               quote short
charge              quote blame noun
chastise            blame
chime               quote
choose/chose/chosen catenative action
cite                claim
claim               quote participle claim noun
come/came/come      action
commend             stance
comment             quote
compare             claim
complain            quote participle claim
concede             quote claim
conclude            quote short claim
condemn             blame
confirm             quote claim settles
consider            stance
contend             quote claim
continue            quote short inverts catenative
cost/cost/cost      action
counter             quote claim noun
criticise           blame
criticize           blame
cry                 quote short
cut/cut/cut         action
deal/dealt/dealt    action
decide              stance catenative
declare             quote short participle claim
decline             stance catenative
decry               blame
defend              stance
deliver             authors
demand              quote short claim noun
denounce            quote blame
deny                claim denies
deride              blame
describe            quote participle claim
dig/dug/dug         action
disagree            stance
disclose            claim
discuss             claim
dismiss             stance denies
dispute             claim denies noun
doubt               stance noun
draw/drew/drawn     action
drive/drove/driven  action
dub/dubbed          quote claim
eat/ate/eaten       action
echo                quote claim
email               quote
emphasise           quote claim
emphasize           quote claim
encourage           claim
endorse             stance
estimate            claim noun
exclaim             quote short
expect              stance
explain             quote short participle claim inverts
express             claim
fail                catenative
fall/fell/fallen    action
fear                stance noun
feed/fed/fed        action
feel/felt/felt
fight/fought/fought action
find/found/found    claim noun
fire                action
fire back           quote
flee/fled/fled      action
fly/flew/flown      action
forbid/forbade/forbidden/forbidding action
forecast/forecast/forecast claim
forget/forgot/forgotten/forgetting action
freeze/froze/frozen action
give/gave/given     action authors
go/went/gone        action
go on               quote catenative
grow/grew/grown     action
grumble             quote claim
hail                claim
hang/hung/hung      action
hide/hid/hidden     action
hit/hit/hit         action
hold/held/held      action
hope                stance catenative noun
hurt/hurt/hurt      action
identify            claim
indicate            claim
inform              hearer
insist              quote short participle claim inverts
interject           quote short
intone              quote claim
issue               authors
joke                quote short participle claim
keep/kept/kept      action
know/knew/known
label               quote claim
lambast             blame
lament              quote claim
laud                claim
laugh               quote short
lay/laid/laid       action
lead/led/led        action
leave/left/left     action
lend/lent/lent      action
let/let/let         action
light/lit/lit       action
liken               quote claim
lose/lost/lost      action
maintain            quote claim
make/made/made      action
manage              catenative
meet/met/met        action
mention             claim
message             quote
mock                blame
move                catenative
muse                quote claim
mutter              short
need                catenative
note                quote short participle claim inverts noun
observe             quote claim
opine               quote
oppose              stance
outline             claim
overtake/overtook/overtaken action
overthrow/overthrew/overthrown action
pay/paid/paid       action
pen/penned          authors
plan/planned        stance catenative noun
plead               quote
pledge              quote participle claim noun
point               noun
point out           quote claim
posit               claim
post                quote claim noun authors
praise              stance noun
predict             quote participle claim
proclaim            quote
profess             claim
promise             quote participle claim catenative noun
propose             claim
publish             claim authors
put/put/put         action
put it              quote
question            claim noun
quip/quipped        quote short participle claim
quit/quit/quit/quitting action
read/read/read      quote
reassure            claim hearer
rebuke              blame noun
recall              quote short participle claim inverts
recite              quote
reckon              stance
recount             quote
refer/referred      claim
reference           claim
refuse              stance catenative
refute              denies
reiterate           quote claim
reject              stance denies
release             authors
remark              quote claim noun
remind              hearer
repeat              quote
reply               quote short participle claim inverts noun
report              quote claim noun
respond             quote short participle claim
retort              quote short
reveal              claim settles
ride/rode/ridden    action
ring/rang/rung      action
rise/rose/risen     action
rule                claim noun
run/ran/run         action
rush                catenative
say/said/said       quote short participle claim inverts leads plural
scoff               quote
scold               blame
scream              quote short
see/saw/seen
seek/sought/sought  stance catenative
seem                catenative
sell/sold/sold      action
send/sent/sent      action authors
set/set/set         action
shake/shook/shaken  action
shoot/shot/shot     action
shoot back          quote
shout               quote short
show/showed/shown   claim noun
shrug               short
shut/shut/shut      action
sigh                quote short
sign                authors
signal              claim noun
sing/sang/sung      quote
sink/sank/sunk      action
sit/sat/sat         action
slam/slammed        quote blame
slay/slew/slain     action
slide/slid/slid     action
snap/snapped        quote short
speak/spoke/spoken  claim topic
speculate           quote claim
speed/sped/sped     action
spend/spent/spent   action
spin/spun/spun      action
split/split/split   action
spread/spread/spread action
spring/sprang/sprung action
stand/stood/stood   action
start               catenative
state               quote participle claim noun
steal/stole/stolen  action
stick/stuck/stuck   action
sting/stung/stung   action
stress              quote claim
strike/struck/stricken action
suggest             quote participle claim
support             stance noun
surmise             claim
swear/swore/sworn   action
sweep/swept/swept   action
swim/swam/swum      action
swing/swung/swung   action
take/took/taken     action
tear/tore/torn      action
tell/told/told      quote short participle claim hearer
testify             quote claim
text                quote
theorize            claim
think/thought/thought stance
threaten            claim catenative
throw/threw/thrown  action
tout                claim
try                 catenative
tweet               quote short participle claim inverts noun
uphold/upheld/upheld action
urge                quote participle claim hearer
use                 catenative
vow                 quote participle claim catenative noun
wake/woke/woken     action
want                catenative
warn                quote short participle claim hearer inverts
whisper             quote short
win/won/won         action
wind/wound/wound    action
withdraw/withdrew/withdrawn action
withhold/withheld/withheld action
wonder              quote claim
worry               stance noun
write/wrote/written quote short participle claim inverts leads authors
yell                quote short
"""

# Adjectives of stance that take a "that" clause after a form of "be": what their subject
# holds, a claim of theirs ("Many Democrats are afraid that ...", "Cruz has been acutely
# aware that ...").
STANCE_ADJECTIVES = """
afraid worried concerned confident convinced hopeful optimistic pessimistic certain sure aware
adamant skeptical sceptical fearful doubtful insistent
"""

# British spellings of regular forms that the rules derive the American way.
VARIANTS = """
labelled label
signalled signal
travelled travel
travelling travel
burnt burn
spilt spill
"""

# "-ed" words that are rarely the action of their clause: adjectives, verbs of wanting or
# seeming, and participles that introduce a name or a description.
NOT_ACTIONS = """
used based called named expected needed wanted supposed concerned related involved interested
seemed appeared tried hoped failed allowed required asked continued remained existed lived
retired elected unnamed registered armed united appointed designated advanced renowned respected
detailed unidentified affected embattled beleaguered undecided committed married divided scheduled
planned aimed intended designed tasked accused alleged reported believed considered
entitled titled dubbed nicknamed labeled labelled housed owned located situated composed
suited pleased surprised shocked worried frightened scared tired bored excited disappointed
seen done famed pictured photographed unmanned learned learnt troubled suspected
downplayed unspecified uninjured unharmed unreleased unconfirmed undisclosed unarmed unaccounted
thrilled delighted saddened dismayed bristled talked chatted
"""

# Verbs of happenings: the kinds of event the ACE 2005 and KAIROS ontologies define (life,
# movement, transactions, organisations, conflict, contact, personnel, justice, disasters),
# which news reports as its events. The events a summary keeps from its lead without a model
# are these ("Police arrested two men", "A bomb killed 12"): a lead's other verbs ("made",
# "took", "helped", "increased") are more often background, a plan or a figure than the
# news. A lemma a line; an irregular or doubled past follows a slash ("rob/robbed"), and the
# English lexicon's own verbs keep their forms, with the slash's and
# their British ``VARIANTS`` ("hang/hanged" and "hung", "travelled"). Not "bear": news's
# "bore the brunt of the storm" and "costs borne by" are no births, and "was born" is background.
HAPPENINGS = """
marry divorce wed injure wound hurt maim kill die murder assassinate slay behead execute
hang/hanged drown starve poison stab strangle suffocate
travel walk arrive leave depart flee escape evacuate move enter transport deport expel/expelled relocate return
migrate invade withdraw retreat airlift fly sail smuggle deliver send dispatch deploy
buy sell/sold purchase acquire pay donate fund lend loan bribe steal rob/robbed loot seize
confiscate
merge dissolve
attack assault bomb shell shoot fire strike hit raid ambush storm besiege clash fight battle
bombard blast blow explode detonate torch burn destroy damage demolish wreck sabotage hijack kidnap/kidnapped
abduct capture rape torture massacre slaughter target ram/rammed plough plow
protest demonstrate march rally riot boycott picket
meet visit phone telephone negotiate
hire appoint elect nominate sack resign retire quit oust depose promote swear inaugurate
arrest detain jail imprison release free parole charge indict sue prosecute convict sentence
fine acquit/acquitted pardon extradite interrogate testify overturn ban/banned
crash collide collapse sink capsize derail flood erupt quake jolt infect contaminate leak spill
"""

# States a "left" puts its object in that tell a consequence, no one leaving and no one harmed
# ("The storm left thousands of homes without power", "The flooding left hundreds of families
# homeless"); "left three people dead" or "injured" tells deaths and injuries, a happening.
LEFT_STATES = """
homeless stranded without trapped jobless destitute shaken
"""

# What a happening's verb holds back or fights off that makes it none: "fought back tears",
# "choked back tears", "held back laughter".
HELD_BACK = "tears sobs laughter emotion emotions"

# Happenings that take no object: what follows them is a distance, a time or a manner, no
# one acted on ("died less than 400 meters from the shore", "arrived hours later").
NO_OBJECT_HAPPENINGS = """
die arrive depart drown collapse erupt riot retreat migrate derail capsize quake
"""

# Happenings that are none when what they act on is a writing (``WRITINGS``) or another
# record (``RECORDS``): "released five prisoners" and "delivered aid" are events, "released a
# report", "released notes from the interview" and "delivered a speech" are not.
NOT_HAPPENINGS_ON_WRITINGS = "release deliver"
# Verbs that tell a happening only with the words after them (a lemma, then the words, "_"
# for a blank): "took to the streets" (a protest), "opened fire" and "set fire" (an attack),
# "went on strike", "laid siege".
HAPPENING_PHRASES = "take/to_the_streets open/fire set/fire go/on_strike lay/siege"
# Happenings that are none with a particle: "walked back his comments" (took them back), "hit
# back at critics" and "fired back" (answered), "shelled out $5 million" (paid, a figure);
# and sport's "crashed out of the tournament", "fired home the winner", "stormed to victory".
NOT_HAPPENING_PHRASALS = """
walk/back hit/back fire/back strike/back shell/out fire/up charge/ahead crash/out fire/home storm/to
"""
# Figures of markets and the economy as the subject of a happening's verb: it tells a rise
# or a fall, no happening ("Stocks rallied", "Oil prices crashed", "Shares returned to profit").
FIGURES = """
share stock price index indices inflation pound dollar euro yen sterling bond yield market sales
profit revenue earnings unemployment
"""
# Levels as a happening's object: a figure reached, no one acted on ("The index hit a record
# high", "Inflation hit 10 per cent", "crashed to a 20-year low").
LEVELS = "high low peak cent percent"
# Scores of sport as the object of "shot", "fired", "hit", "struck" or "blew": a shot or a
# hit that scores, no attack ("hit a
# century", "hit 15 three-pointers", "blew a two-goal lead"; and a number: "shot a 67").
SCORES = """
century centuries half-century fifty birdie birdies eagle eagles bogey bogeys homer homers
three-pointer three-pointers lead winner equaliser equalizer hat-trick brace boundary boundaries
ace aces
"""
RECORDS = """
note notes data figure figures footage image images photo photos photograph photographs picture
pictures list details findings results names transcript recording recordings tape tapes document
documents statistics
"""

# Verbs of a state, no action either ("the bag contained fireworks", "the dead included two
# children"), and never a participle that qualifies a noun ("the bag contained | altered").
STATE_VERBS = "contained included comprised consisted resembled lacked belonged featured totalled totaled numbered"

# Light verbs: their object names the action ("took a step", "found a way", "gave an
# interview", "paid tribute", "opened fire"), so it is no one acted on (``LIGHT_VERB_OBJECTS``).
LIGHT_VERBS = "took taken made gave given found paid figured had opened set"

# Verbs of contact whose object follows a preposition: "crashed into a patrol", "fired upon
# two officers" (events: what the action was aimed at).
CONTACT_VERBS = "fired crashed rammed slammed smashed plowed ploughed shot"
# Participles of a schedule: after "be" and before "to" and a verb they tell what is planned,
# not done ("Lyon is set to host matches", "the bill is poised to pass").
SCHEDULE_PARTICIPLES = "set poised slated due"
# Participles that after "be" tell where someone was going, a state and no passive: "she was
# headed to the hospital", "the ship was bound for Oslo".
BE_HEADING_PARTICIPLES = "headed bound"

# Participles a description may hold as adjectives: "the retired general", "an unnamed official".
ADJECTIVAL_PARTICIPLES = """
retired elected unnamed registered concerned armed united named appointed designated advanced
renowned respected detailed unidentified interested affected embattled beleaguered unaffiliated
undecided committed married divided disaffected disgruntled frustrated
"""

# Verbs ending in "-s" that are no third-person form: "discuss", "stress".
NOT_THIRD_PERSON = "discuss stress address express focus"
