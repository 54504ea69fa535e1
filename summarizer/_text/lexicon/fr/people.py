"""French words about people: forms of address, titles, name particles, given names."""

MALE_HONORIFICS = "m. monsieur mgr"
FEMALE_HONORIFICS = "mme mme. madame mlle mlle. mademoiselle"
HONORIFICS = "me me. dr dr. pr pr."
# Role nouns written before a name or standing for one ("le ministre", "la porte-parole").
TITLES = """
ministre président présidente premier première porte-parole secrétaire maire député députée
sénateur sénatrice chef cheffe directeur directrice patron patronne procureur procureure
général générale juge avocat avocate commissaire ambassadeur ambassadrice chancelier chancelière
dirigeant dirigeante responsable candidat candidate préfet préfète gouverneur gouverneure
conseiller conseillère adjoint adjointe syndicaliste président-directeur pdg commandant colonel capitaine
entraîneur sélectionneur économiste expert experte chercheur chercheuse professeur professeure
"""
# Words that may follow a title inside its phrase: "le ministre délégué", "la première ministre".
TITLE_MODIFIERS = "délégué déléguée général générale sortant sortante ancien ancienne"
# Link a title to its complement: "le ministre de l'Intérieur", "la présidente du Conseil".
COMPLEMENT_LINKS = "de du des d' d’ de_la de_l' de_l’ à au aux"
# Lower-case parts of a name: "Charles de Gaulle", "Valéry Giscard d'Estaing".
PARTICLES = "de du des d' d’ la le"
MALE_NAMES = """
emmanuel françois jean pierre michel jacques nicolas gérald bruno olivier gabriel édouard jean-luc
éric laurent marc philippe thierry patrick christophe julien alain xavier
"""
FEMALE_NAMES = """
marine élisabeth anne marie catherine christine nathalie isabelle sophie valérie ségolène rachida
aurore agnès sylvie martine claire julie françoise ursula
"""
