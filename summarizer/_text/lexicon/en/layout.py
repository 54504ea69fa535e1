"""English words of page layout: what signs a byline or a credit, and the words a line
cannot end with when it runs on (segment.py reads them)."""

# Function words that cannot end an English sentence or heading: a line ending with one
# runs on into the next.
RUNS_ON = """
a an the of to in on at for with from by into onto about over under after before between and or but
nor that which who whom whose than as is are was were be been being has have had will would can
could should shall may might must do does did its their his her our your my this these those if
because while although though when where whether not no
"""
# Words that open a lede's first sentence and never a headline (segment.py, with the
# determiners, pronouns and prepositions): "There's a new dawn ...", "When the vote ...".
LEDE_OPENERS = "there here when as if while what who how why well yes so"
# Connectives that, with a comma after them, open a sentence that goes on from another
# ("However, ...", "Meanwhile, ..."), never a headline; with the lexicon's SENTENCE_ADVERBS.
CONNECTIVES = "however indeed thus moreover nevertheless nonetheless furthermore consequently"
# Small words that stay lower case in a title-case heading, a name or a credit.
HEADING_SMALL_WORDS = "a an the of and or but nor for on in at to by with from as vs via de la le du van von der den da"
# News agencies: they sign bylines and credits.
NEWS_AGENCIES = """
ap associated_press the_associated_press reuters afp agence_france-presse dpa efe ansa pa pa_media
press_association aap cp the_canadian_press pti ians ani upi bloomberg xinhua kyodo yonhap tass
anadolu anp bbc_news cnn
"""
PHOTO_AGENCIES = """
getty_images getty epa epa-efe shutterstock alamy pa_wire zuma_press zuma_wire sipa nurphoto pool
handout abaca rex rex_features istock istockphoto
"""
# The last word of a byline's role line: "Staff Writer", "Political Correspondent".
BYLINE_ROLES = """
writer writers reporter reporters correspondent correspondents editor editors columnist contributor
staff journalist journalists bureau desk
"""
# The articles: a lede's first sentence holds one, headlinese drops them.
LEDE_ARTICLES = "a an the"
# Words that say when, with the weekdays and "today": a lede says when, a headline rarely.
WHEN_WORDS = "weekend week month morning afternoon evening night overnight"
# Words that are not a line's key words, with the function words: those that any line may
# hold ("says", "new", "more").
NOT_KEY = "says said say new more most than up out just now still also over s"
# The words that open a headline's indirect question, a title that asks nothing ("How
# Newtown gave a senator a mission.", "Why the pick might still fly."); a sentence so
# opened ends with a question mark.
WH_TITLES = "how why"
# Titles written before a person's full name in a story ("President Jane Doe"), with the
# lexicon's title abbreviations and honorifics: a headline shortens the name to the surname.
FULL_NAME_TITLES = "president senator governor mayor congressman congresswoman"
# Participles that headlinese writes before "to" without the "is" a sentence needs
# ("Congress set to dump testing law.", "Council expected to approve budget.").
HEADLINE_TO_PARTICIPLES = "set expected poised slated scheduled due"

# Words that join a capitalised word with a hyphen in a compound ("anti-American", "pro-Kremlin",
# "mid-January", "al-Shabab"): such a hyphen glues no scraped line to the next.
COMPOUND_PREFIXES = "anti pro non mid ex al el ul bin ibn pan post pre trans neo un self all"
