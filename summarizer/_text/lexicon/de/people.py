"""German words about people: forms of address, titles, name particles, given names."""

MALE_HONORIFICS = "herr herrn"
FEMALE_HONORIFICS = "frau"
HONORIFICS = "dr dr. prof prof."
TITLES = """
kanzler kanzlerin präsident präsidentin minister ministerin sprecher sprecherin chef chefin
vorsitzende vorsitzender bürgermeister bürgermeisterin abgeordnete abgeordneter botschafter
botschafterin experte expertin trainer trainerin direktor direktorin staatsanwalt staatsanwältin
richter richterin regierungssprecher regierungssprecherin ökonom ökonomin manager managerin
funktionär funktionärin anwalt anwältin
"""
# German titles are compounds written in one word: "Finanzminister", "Bundeskanzlerin".
TITLE_SUFFIXES = """
minister ministerin kanzler kanzlerin präsident präsidentin sprecher sprecherin chef chefin
vorsitzende vorsitzender bürgermeister bürgermeisterin manager managerin funktionär funktionärin anwalt anwältin
senator senatorin leiter leiterin
"""
# A title ending so names a woman: "Ministerin", "Kanzlerin".
FEMALE_TITLE_SUFFIXES = "in"
TITLE_MODIFIERS = "a.d."
COMPLEMENT_LINKS = "für des der von"
PARTICLES = "von van der den de zu vom"
MALE_NAMES = """
olaf christian friedrich robert karl frank-walter markus hubertus boris cem wolfgang peter thomas
michael andreas stefan jens hendrik lars armin
"""
FEMALE_NAMES = """
angela annalena nancy ursula svenja christine lisa julia anna saskia sahra alice katarina ricarda
franziska manuela
"""
