"""Dutch function words: articles, pronouns, adverbs a reporting clause may hold."""

MALE_ARTICLES = ""
FEMALE_ARTICLES = ""
ARTICLES = "de het een"
MALE_PRONOUNS = "hij"
FEMALE_PRONOUNS = "zij"
# "ze" is "she" and "they" alike: never resolved.
PLURAL_PRONOUNS = "ze"
CLAUSE_ADVERBS = "ook nog daarna later gisteren vandaag eerder"
# Before these a single capitalised word is a place, not a person ("nach Kiew").
PLACE_PREPOSITIONS = "in naar uit"
# Conjunctions and adverbs that open a sentence: capitalised there, never part of a name
# ("Maar Rutte zei" names Rutte); and the ministries after a minister's name ("minister
# Eelco Heinen van Financiën").
NOT_NAMES = """
maar en voor dus toch ook daarna eerder tijdens volgens zoals toen als intussen bovendien
financiën defensie justitie onderwijs buitenlandse binnenlandse volksgezondheid economische
infrastructuur landbouw sociale klimaat asiel
"""
# A source's pronoun after "selon" and its kind ("selon lui", "laut ihm").
MALE_SOURCE_PRONOUNS = "hem"
FEMALE_SOURCE_PRONOUNS = "haar"
