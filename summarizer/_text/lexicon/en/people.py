"""English words about people: forms of address, titles and roles, given names, particles."""

# Forms of address: never part of a role ("Mr. Esper" has no role "Mr."). Without the full stop.
HONORIFICS = "mr mrs ms mx dr shri smt"
# Titles abbreviated before a name ("Prof. Weiss", "Gen. Milley", "Sen. Warren") and the
# suffixes after one ("King Jr."): their full stop ends neither a name nor a sentence.
# (The honorifics are titles too.)
TITLE_ABBREVIATIONS = (
    "prof gen col lt sgt capt maj adm cmdr cpl pvt rep sen gov rev fr st pres supt insp det atty amb hon jr sr"
    " brig sens reps"  # "Brig. Gen. Rosa Tilde", "Sens. Ted Cruz and Marco Rubio", "Reps. ..."
)
# Of those, the plural ones ("Sens. Ted Cruz and Marco Rubio"): no one person's role.
PLURAL_TITLES = "sens reps"
# Of those, the suffixes written after a name ("Harold Quill Jr."): their stop may end a
# sentence ("said Harold Quill Jr. The firm later ...").
NAME_SUFFIXES = "jr sr"
# Words of a role written before a name ("Defense Secretary Mark Esper"); an abbreviation
# with its stop.
ROLE_WORDS = """
adm. admiral adviser advisor ambassador analyst attorney bishop capt. captain cardinal ceo chair
chairman chairperson chairwoman chancellor chief col. colonel commander commissioner correspondent
councillor councilman councilor councilwoman defence defense del. democrat democratic deputy
constable conservative director dr. economist envoy foreign gen. general gop gov. governor head host interior
judge justice king leader lieutenant lt. maj. major mayor minister mp mr. mrs. ms. officer official pope
premier president
prime prince princess prof. queen rep. representative republican resident rev. secretary sen. senator
sheikh shri smt smt. speaker spokesman spokesperson spokeswoman state taoiseach treasurer vice
sergeant inspector detective superintendent corporal msp mla mep mpp td
"""
# Lower-case role words between an organisation and a name: "Cal Fire spokesman Jon Heggie",
# "Clinton campaign manager Robby Mook".
INNER_ROLES = """
spokesman spokeswoman spokesperson official correspondent analyst minister secretary manager chairman
chairwoman director adviser advisor aide strategist pollster president leader chief head executive
founder member lawyer attorney candidate nominee senator governor mayor economist professor
host co-host anchor reporter commentator columnist editor contributor press_secretary running_mate
widow widower mother father wife husband son daughter sister brother voter resident supporter activist
student pastor veteran teacher owner organizer volunteer delegate donor historian scientist researcher
expert actress actor singer rapper comedian star billionaire businessman businesswoman investor hopeful
friend nephew niece cousin uncle aunt colleague neighbor neighbour grandson granddaughter boss consultant
campaigner organiser rep witness farmer coach striker midfielder defender goalkeeper prosecutor barrister solicitor
meteorologist forecaster priest nurse doctor surgeon paramedic firefighter engineer passenger orchardist
novelist author writer poet artist painter musician playwright journalist photographer rival challenger
"""
# Letters after a name that are no part of it ("Julie Corrigan MP", "Aidan Ryan TD").
POST_NOMINALS = "mp mla mep msp mpp td qc kc"
# What may qualify a role: "former Secretary of State", "acting director".
ROLE_MODIFIERS = "former then longtime veteran acting incoming outgoing deputy senior interim"
# Forms of address and role words that say whether a person is a man or a woman.
MALE_WORDS = """
mr. mr shri sir lord king prince spokesman chairman congressman businessman father husband brother son
nephew uncle grandson boyfriend fr fr.
"""
FEMALE_WORDS = """
mrs. mrs ms. ms smt. smt miss dame lady queen princess spokeswoman chairwoman congresswoman businesswoman
mother wife sister daughter niece aunt granddaughter girlfriend
"""
# Given names that almost always name a man or a woman in the news of the languages we
# read (names common to both, such as Chris, Kelly, Leslie, Jordan, Andrea or Sasha, are
# left out): the common given names of the English-, French-, German-, Spanish-,
# Italian-, Portuguese- and Dutch-speaking press, not the names of one story.
MALE_NAMES = """
aaron adam al alan albert alexander andrew anthony arthur ben benjamin bill bob bobby boris brandon
brian bruce carl carlos charles christopher chuck craig dan daniel david dennis dick donald doug
douglas ed edward emmanuel eric ernest eugene frank fred gary george gerald greg gregory hank harold
harry henry howard jack james jason jeff jeffrey jeremy jerry jim joe john jonathan joseph joshua
justin keith ken kenneth kevin larry lawrence louis marco mark martin matthew michael mike mitch
nicholas patrick paul peter philip phillip ralph raymond richard rick robert roger ron ronald roy
russell ryan sam samuel scott sean stephen steve steven ted thomas tim timothy todd tom victor
vladimir walter wayne william bernie rudy
francois françois pierre jacques philippe michel alain olivier nicolas laurent bruno
hans klaus jürgen wolfgang olaf friedrich heinrich karl helmut
juan josé jose luis miguel pedro pablo javier antonio manuel
giuseppe giovanni luca matteo paolo giorgio
joão joao
pieter willem geert
"""
FEMALE_NAMES = """
alice amanda amy angela ann anna anne annie ashley barbara betty beverly bonnie brenda carol carolyn
catherine chelsea cheryl christina christine claire cynthia debbie deborah debra denise diana diane
donna doris dorothy elaine elizabeth emily emma evelyn frances gloria heather helen irene jacqueline
jane janet janice jennifer jessica joan joyce judith judy julia julie karen katherine kathleen
kathryn kathy katie kimberly kirsten kristen laura linda lisa lois lori louise margaret marie marilyn
martha mary maxine melissa michelle nancy nicole norma pamela patricia paula phyllis rachel rebecca
rose ruby ruth samantha sandra sara sarah sharon shirley stephanie susan tammy teresa theresa tina
valerie virginia wanda hillary nikki carly loretta madeleine
isabelle sophie nathalie sylvie françoise monique brigitte ségolène
ursula annalena ingrid
maría carmen lucía isabel pilar
giorgia francesca giulia chiara
"""
# Particles inside names: "Ursula von der Leyen", "Bill de Blasio", "Mohammed bin Salman".
PARTICLES = "von van der den de del della di da du dos das le la bin ibn al el ter ten zu"
# The particles that may open a name ("de Blasio said").
LEADING_PARTICLES = "von van de del di da du le la bin al el"
