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
promet promit annonce annonça écrit écrivit renchérit enchaîne enchaîna
réplique répliqua rétorque rétorqua objecte objecta
"""
SPEECH_PARTICIPLES = """
dit déclaré affirmé ajouté expliqué assuré estimé souligné indiqué précisé lancé martelé poursuivi
insisté prévenu averti reconnu confié répondu rappelé commenté raconté témoigné jugé résumé tranché
regretté dénoncé déploré promis annoncé écrit tweeté réagi fait_valoir fait_savoir renchéri répliqué rétorqué objecté
enchaîné
"""
AUXILIARIES = "a ont avait"
# Reflexive verbs of speaking: "s'est félicité le président", "s'indigne la maire". A
# participle agrees with its subject ("s'est indignée"): the agreeing forms are derived.
REFLEXIVE_PRONOUNS = "s' s’ se"
REFLEXIVE_AUXILIARIES = "est sont était"
REFLEXIVE_FINITE = """
exclame exclama félicite félicita indigne indigna réjouit réjouissait inquiète inquiéta interroge
interrogea emporte emporta étonne étonna insurge insurgea défend défendit justifie justifia alarme
alarma agace agaça offusque offusqua
"""
REFLEXIVE_PARTICIPLES = """
exclamé félicité indigné réjoui inquiété interrogé emporté étonné insurgé défendu justifié alarmé
agacé offusqué ému
"""
# Before a colon only, perhaps after their object: "a interpellé le gouvernement : « ... »".
COLON_FINITE = "interpelle interpella attaque attaqua accuse accusa tacle tacla fustige fustigea"
COLON_PARTICIPLES = "interpellé attaqué accusé taclé fustigé prévenu mis_en_garde"
# Written after a finite form or an auxiliary: "a-t-il dit", "explique-t-elle", "dit-il".
INVERSION_SUFFIXES = "-t-il -t-elle -t-on -il -elle -ils -elles"
# Before a source, which then ends at a comma: "selon M. Bayrou, ...".
ACCORDING_BEFORE = "selon d'après d’après pour"
ACCORDING_AFTER = ""
# "M. Bayrou a déclaré que « ... »": what may join a clause to the quote after it.
COMPLEMENTIZERS = "que qu'"
