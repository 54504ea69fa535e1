"""French function words: articles, pronouns, adverbs a reporting clause may hold."""

# A speaker never opens with these alone, and a title after them is a description.
MALE_ARTICLES = "le du au"
FEMALE_ARTICLES = "la"
ARTICLES = "l' l’ les un une des"
MALE_PRONOUNS = "il"
FEMALE_PRONOUNS = "elle"
PLURAL_PRONOUNS = "ils elles on"
# Between an auxiliary and its participle, or a verb and its subject: "a encore déclaré".
CLAUSE_ADVERBS = """
encore ensuite aussi également alors notamment pourtant enfin déjà toutefois simplement
mercredi lundi mardi jeudi vendredi samedi dimanche hier
"""
# Before these a single capitalised word is a place, not a person ("nach Kiew").
PLACE_PREPOSITIONS = "à en au aux vers depuis"
# Conjunctions and adverbs that open a sentence: capitalised there, never part of a name
# ("Mais Bayrou a dit" names Bayrou).
NOT_NAMES = """
mais et pour ainsi pourtant puis car donc or ni cependant néanmoins dès après avant depuis pendant
selon comme quand lorsque si
"""
# A source's pronoun after "selon" and its kind ("selon lui", "laut ihm").
MALE_SOURCE_PRONOUNS = "lui"
FEMALE_SOURCE_PRONOUNS = "elle"
