"""German function words: articles, pronouns, adverbs a reporting clause may hold."""

MALE_ARTICLES = "der"
FEMALE_ARTICLES = "die"
ARTICLES = "das den dem des ein eine einer"
MALE_PRONOUNS = "er"
FEMALE_PRONOUNS = "sie"
PLURAL_PRONOUNS = ""
CLAUSE_ADVERBS = """
am auch dann noch zudem weiter bereits jedoch später gestern heute
"""
# Every German noun is capitalised: these open no name.
NOT_NAMES = """
regierung ministerium partei zeitung agentur polizei sprecherin bundesregierung journalisten reportern
sowohl aber und oder doch denn dann danach nun jetzt zwar weder entweder außerdem deshalb daher trotzdem
nach vor seit während wie als wenn ob so dort hier
"""
FEATURES = "capitalised_nouns"
# Before these a single capitalised word is a place, not a person ("nach Kiew").
PLACE_PREPOSITIONS = "in nach aus bei"
# A source's pronoun after "selon" and its kind ("selon lui", "laut ihm").
MALE_SOURCE_PRONOUNS = "ihm"
FEMALE_SOURCE_PRONOUNS = "ihr"
