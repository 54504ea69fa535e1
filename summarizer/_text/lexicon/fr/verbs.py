"""French reporting verbs, in the forms a news clause uses (third person).

``« ... », a déclaré M. Bayrou`` / ``», a-t-il ajouté`` / ``», déclare la ministre`` /
``M. Bayrou a déclaré : « ... »``. Finite forms stand alone; participles follow an
auxiliary; an inversion suffix ("-t-il") makes the subject a pronoun.
"""

# Present, passé simple and imperfect, singular and plural.
SPEECH_FINITE = """
dit disent dirent disait déclare déclarent déclara déclarait affirme affirment affirma affirmait
ajoute ajoutent ajouta explique expliquent expliqua expliquait assure assurent assura estime estiment
estima souligne soulignent souligna indique indiquent indiqua précise précisent précisa lance lança
martèle martela poursuit poursuivit insiste insista prévient prévint avertit reconnaît reconnut
confie confia répond répondit rappelle rappela commente commenta raconte raconta témoigne témoigna
juge jugea résume résuma tranche trancha regrette regretta dénonce dénonça déplore déplora
s'exclame promet promit annonce annonça écrit écrivit
"""
SPEECH_PARTICIPLES = """
dit déclaré affirmé ajouté expliqué assuré estimé souligné indiqué précisé lancé martelé poursuivi
insisté prévenu averti reconnu confié répondu rappelé commenté raconté témoigné jugé résumé tranché
regretté dénoncé déploré promis annoncé écrit tweeté réagi fait_valoir fait_savoir
"""
AUXILIARIES = "a ont avait"
# Written after a finite form or an auxiliary: "a-t-il dit", "explique-t-elle", "dit-il".
INVERSION_SUFFIXES = "-t-il -t-elle -t-on -il -elle -ils -elles"
# Before a source, which then ends at a comma: "selon M. Bayrou, ...".
ACCORDING_BEFORE = "selon d'après d’après"
ACCORDING_AFTER = ""
# "M. Bayrou a déclaré que « ... »": what may join a clause to the quote after it.
COMPLEMENTIZERS = "que qu'"
