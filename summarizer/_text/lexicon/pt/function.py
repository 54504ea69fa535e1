"""Portuguese function words: articles, pronouns, adverbs a reporting clause may hold."""

MALE_ARTICLES = "o do ao no"
FEMALE_ARTICLES = "a da à na"
ARTICLES = "os as um uma"
MALE_PRONOUNS = "ele"
FEMALE_PRONOUNS = "ela"
PLURAL_PRONOUNS = "eles elas"
CLAUSE_ADVERBS = "também ainda depois ontem hoje já então"
FEATURES = "null_subject"
# Before these a single capitalised word is a place, not a person ("nach Kiew").
PLACE_PREPOSITIONS = "em para no na a à"
# Conjunctions and adverbs that open a sentence: capitalised there, never part of a name
# ("Mais Bayrou a dit" names Bayrou).
NOT_NAMES = """
mas e para assim porém além depois antes durante segundo como quando se também então
"""
# A source's pronoun after "selon" and its kind ("selon lui", "laut ihm").
MALE_SOURCE_PRONOUNS = "ele"
FEMALE_SOURCE_PRONOUNS = "ela"
