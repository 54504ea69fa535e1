"""Spanish function words: articles, pronouns, adverbs a reporting clause may hold."""

MALE_ARTICLES = "el del al"
FEMALE_ARTICLES = "la"
ARTICLES = "los las un una lo"
MALE_PRONOUNS = "él"
FEMALE_PRONOUNS = "ella"
PLURAL_PRONOUNS = "ellos ellas"
CLAUSE_ADVERBS = "también además luego después ayer hoy este esta ya entonces"
# The subject of a verb may be dropped: '", dijo."' then stands for the last person named.
FEATURES = "null_subject"
# Before these a single capitalised word is a place, not a person ("nach Kiew").
PLACE_PREPOSITIONS = "en a desde hacia"
# Conjunctions and adverbs that open a sentence: capitalised there, never part of a name
# ("Mais Bayrou a dit" names Bayrou).
NOT_NAMES = """
pero y para así sin embargo además luego pues tras ante desde durante según como cuando si entonces también
"""
# A source's pronoun after "selon" and its kind ("selon lui", "laut ihm").
MALE_SOURCE_PRONOUNS = "él"
FEMALE_SOURCE_PRONOUNS = "ella"
