"""French calendar words: weekdays and months in order, days and periods named relative
to the publication date, and the words that set a sentence's tense."""

WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche"
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
# Abbreviated, as datelines write them ("13 mar 2020"): each the start of its month.
MONTH_ABBREVIATIONS = "janv févr avr juil sept oct nov déc"
# Written before a day of the month: "le 2 avril", "le 1er mars".
DAY_ARTICLES = "le"
DAY_SUFFIXES = "er"
# Between day, month and year: nothing in French.
DATE_LINKS = ""
DAY_BEFORE_YESTERDAY = "avant-hier"
YESTERDAY = "hier"
TODAY = "aujourd'hui aujourd’hui"
TOMORROW = "demain"
LAST_WEEK = "la_semaine_dernière la_semaine_passée"
NEXT_WEEK = "la_semaine_prochaine"
LAST_MONTH = "le_mois_dernier le_mois_passé"
NEXT_MONTH = "le_mois_prochain"
LAST_YEAR = "l'an_dernier l’an_dernier l'année_dernière l’année_dernière l'an_passé l’an_passé"
NEXT_YEAR = "l'an_prochain l’an_prochain l'année_prochaine l’année_prochaine"
# A weekday with these is the past or the coming one, whatever the tense.
PAST_WEEKDAY = "dernier"
NEXT_WEEKDAY = "prochain"
# Words that put a sentence in the past or the future (for a bare weekday or day of the
# month). A sentence with both, or neither, leaves it unresolved.
PAST_WORDS = "a ont avait avaient était s'est s’est se_sont fut"
FUTURE_WORDS = "va vont devrait devraient doit doivent sera seront prochain prochaine"
# Future endings (lower-case words only): "se réunira", "voteront".
FUTURE_ENDINGS = "ra ront"
# "il y a trois jours": a number of days, weeks, months or years before the publication. The number
# words in order from one ("/" joins the forms of one number).
AGO_BEFORE = "il_y_a"
AGO_AFTER = ""
NUMBER_WORDS = "un/une deux trois quatre cinq six sept huit neuf dix onze douze"
DAY_UNITS = "jour jours"
WEEK_UNITS = "semaine semaines"
MONTH_UNITS = "mois"
YEAR_UNITS = "an ans année années"
