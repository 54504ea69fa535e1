"""Italian words about people: forms of address, titles, name particles, given names."""

MALE_HONORIFICS = "sig. signor signore"
FEMALE_HONORIFICS = "sig.ra signora"
HONORIFICS = "dott. dott.ssa prof. on."
TITLES = """
presidente premier ministro ministra portavoce segretario segretaria sindaco sindaca deputato
deputata senatore senatrice capo direttore direttrice leader procuratore procuratrice giudice
avvocato avvocata consigliere consigliera vicepresidente ambasciatore ambasciatrice commissario
commissaria esperto esperta economista allenatore governatore governatrice assessore assessora
"""
TITLE_MODIFIERS = "generale aggiunto aggiunta"
COMPLEMENT_LINKS = "del della dello dell' dell’ dei degli delle di per"
PARTICLES = "di de del della da d' d’ la lo"
MALE_NAMES = """
giorgio mario matteo sergio giuseppe antonio carlo paolo enrico roberto luigi giancarlo francesco
marco andrea guido
"""
FEMALE_NAMES = "giorgia elly maria laura anna francesca chiara elena paola marta daniela"
