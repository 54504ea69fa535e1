"""Dutch words about people: forms of address, titles, name particles, given names."""

MALE_HONORIFICS = "dhr. dhr meneer heer"
FEMALE_HONORIFICS = "mevrouw mw. mevr."
HONORIFICS = "dr. prof. mr."
TITLES = """
premier minister president voorzitter woordvoerder woordvoerster burgemeester staatssecretaris
directeur directrice leider fractievoorzitter officier rechter advocaat ambassadeur deskundige
econoom trainer bondscoach wethouder koning koningin
"""
TITLE_SUFFIXES = "minister woordvoerder voorzitter leider president"
TITLE_MODIFIERS = "demissionair demissionaire"
COMPLEMENT_LINKS = "van voor"
# Dutch surnames keep their particles in lower case inside the name: "Mark van der Berg".
PARTICLES = "van de der den ten ter het 't"
MALE_NAMES = "mark dick geert frans wopke rob hugo jesse pieter willem-alexander henk jan"
FEMALE_NAMES = "sigrid kajsa caroline dilan sophie ingrid femke lilian esther marianne"
