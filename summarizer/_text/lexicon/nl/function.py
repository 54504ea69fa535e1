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
