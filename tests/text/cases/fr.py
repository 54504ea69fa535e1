"""French case table: reporting clauses, pronouns, claims and dates (see languages.py)."""

from __future__ import annotations

import datetime as dt

from .languages import Claim, Date, Speaker

SPEAKERS = (
    Speaker(
        "according to: a title with a comma and no name names no one",
        "« Le dossier avance », a estimé Mme Martin à Nantes. Selon la présidente, « rien n'est joué ».",
        1,
        None,
    ),
    Speaker("inverted: aux + participle + honorific", "« Nous tiendrons », a déclaré M. Bayrou.", 0, "Bayrou"),
    Speaker(
        "inverted: fuller form elsewhere",
        "Le Premier ministre François Bayrou s'est exprimé mardi. « Nous tiendrons », a déclaré M. Bayrou.",
        0,
        "François Bayrou",
    ),
    Speaker(
        "inverted: title, complement and apposition",
        "« La sécurité est notre priorité », a affirmé le ministre de l'Intérieur, Gérald Darmanin.",
        0,
        "Gérald Darmanin",
    ),
    Speaker("inverted: present tense", "« Rien n'est décidé », explique Marine Tondelier.", 0, "Marine Tondelier"),
    Speaker(
        "inverted: a-t-il resolves to the one man named",
        "Le maire Jean Dupont a reçu les habitants. « Nous reconstruirons l'école », a-t-il promis.",
        0,
        "Jean Dupont",
    ),
    Speaker(
        "inverted: a-t-elle with a man and a woman named",
        "Mme Sophie Martin et M. Paul Leroy ont signé l'accord. « C'est une victoire », a-t-elle déclaré.",
        0,
        "Sophie Martin",
    ),
    Speaker(
        "pronoun: two men, no guess",
        "M. Paul Leroy a rencontré M. Jacques Morel. « Le dialogue reprend », a-t-il dit.",
        0,
        None,
    ),
    Speaker(
        "subject first with a colon", "Emmanuel Macron a déclaré : « Nous sommes en guerre. »", 0, "Emmanuel Macron"
    ),
    Speaker("subject first with que", "M. Bayrou a affirmé que « rien ne changera demain ».", 0, "Bayrou"),
    Speaker("according to before", "Selon Mme Borne, « la réforme est nécessaire ».", 0, "Borne"),
    Speaker(
        "description alone: no speaker made of it",
        "« Le calendrier sera tenu », a assuré le gouvernement.",
        0,
        None,
    ),
    Speaker("no clause", "« Nous tiendrons bon jusqu'au bout. »", 0, None),
    Speaker(
        "reflexive inversion: s'est félicité + title + name",
        "« C'est une étape décisive pour tout le bassin minier », s'est félicité le président Antoine Garnier.",
        0,
        "Antoine Garnier",
    ),
    Speaker(
        "reflexive inversion: agreeing participle, feminine title",
        "« Ce chantier est une insulte aux riverains », s'est indignée la maire de Lille, Martine Aubry.",
        0,
        "Martine Aubry",
    ),
    Speaker(
        "reflexive inversion with a pronoun",
        "La ministre Agnès Pannier-Runacher a visité l'usine. « Nous avons tenu parole », s'est-elle réjouie.",
        0,
        "Agnès Pannier-Runacher",
    ),
    Speaker(
        "reflexive, present tense",
        "« On nous prend pour des imbéciles », s'exclame Jean-Luc Mélenchon devant ses partisans.",
        0,
        "Jean-Luc Mélenchon",
    ),
    Speaker(
        "verb right before the quote, no colon",
        "La députée Hélène Roussel a dénoncé « une réforme écrite à la hâte et sans concertation ».",
        0,
        "Hélène Roussel",
    ),
    Speaker(
        "a second speaker with renchéri and a colon",
        "Le ministre Bruno Le Maire a déclaré : « Les caisses sont vides. » Son collègue Thomas Berthier a "
        "renchéri : « Il faudra des économies partout. »",
        1,
        "Thomas Berthier",
    ),
    Speaker(
        "verb, object and colon",
        "Le député Fabien Roussel a interpellé le gouvernement : « Où sont passés les milliards promis ? »",
        0,
        "Fabien Roussel",
    ),
    Speaker(
        "a capitalised article and title after the verb name no one",
        "« Nous ne céderons pas aux menaces », a déclaré Le ministre.",
        0,
        None,
    ),
    Speaker(
        "a surname opening with a capitalised article, its fuller form earlier",
        "Marine Le Pen était samedi à Hénin-Beaumont. « Nous gagnerons en 2027 », a déclaré Le Pen.",
        0,
        "Marine Le Pen",
    ),
    Speaker(
        "a surname opening with an article and no fuller form: no guess",
        "« La croissance repart enfin dans l'industrie », a affirmé Le Maire.",
        0,
        None,
    ),
    Speaker(
        "selon lui before a partial quote: the one man named",
        "La maire Nathalie Appéré a présenté son plan. Le conseiller Charles Compagnon a dénoncé « un plan "
        "sans financement ». Selon lui, la ville « n'a pas les moyens de ses ambitions ».",
        1,
        "Charles Compagnon",
    ),
    Speaker(
        "reflexive verb with an adverb, title with a lower-case complement and apposition",
        "« Les travaux commenceront à l'automne », s'est pourtant réjouie l'adjointe aux mobilités, Valérie Faucheux.",
        0,
        "Valérie Faucheux",
    ),
    Speaker(
        "a-t-elle with the dateline's city in the article: the city is no one",
        "Rennes, le 4 juin 2021\n\nLa maire de Rennes, Nathalie Appéré, a présenté son plan vélo. « Nous "
        "doublerons les pistes cyclables », a-t-elle expliqué.",
        0,
        "Nathalie Appéré",
    ),
    Speaker(
        "a short paragraph ending with '. »' is story text, not a headline",
        "Le ministre de la Santé, François Braun, a déclaré : « La situation est sous contrôle. »",
        0,
        "François Braun",
    ),
    Speaker(
        "a second speaker after a title, a complement with an adjective and an apposition",
        "Le ministre de la Santé, François Braun, a déclaré : « La situation est sous contrôle. » Le président "
        "de la Fédération hospitalière, Frédéric Valletoux, a ajouté : « Il manque pourtant des lits partout. »",
        1,
        "Frédéric Valletoux",
    ),
    Speaker(
        "a reply in the next paragraph names its own speaker",
        "« Nous avons ouvert 2 000 lits cet hiver », a déclaré François Braun.\n\n« Ce n'est pas assez », a "
        "répliqué Frédéric Valletoux.",
        1,
        "Frédéric Valletoux",
    ),
    Speaker(
        "inverted colon verb after the quote, a party acronym after the title",
        "« Ce budget est insincère », a attaqué le député LFI Éric Coquerel lors des questions au gouvernement.",
        0,
        "Éric Coquerel",
    ),
    Speaker(
        "pour + title, complement and apposition before the quote",
        "Pour le maire de Marseille, Benoît Payan, « l'État doit tenir ses promesses ».",
        0,
        "Benoît Payan",
    ),
    Speaker(
        "pour + a group of people is no source",
        "Pour les habitants du quartier, « la situation est devenue invivable ».",
        0,
        None,
    ),
    Speaker(
        "selon la première estimation is not the Première ministre",
        "La Première ministre Élisabeth Borne a présenté le plan. « Le coût dépasse 10 milliards », selon la "
        "première estimation du Trésor.",
        0,
        None,
    ),
    Speaker(
        "pour la première fois is not the Première ministre",
        "La Première ministre Élisabeth Borne a présenté le plan. « Nous sommes prêts », pour la première fois "
        "depuis des mois.",
        0,
        None,
    ),
    Speaker(
        "a précisé la Première ministre: the one named so",
        "La Première ministre Élisabeth Borne a présenté le plan. « Le coût dépasse 10 milliards », a précisé "
        "la Première ministre.",
        0,
        "Élisabeth Borne",
    ),
    Speaker(
        "le ministre is not the Première ministre",
        "La Première ministre Élisabeth Borne a présenté le plan. « Le coût dépasse 10 milliards », a précisé "
        "le ministre.",
        0,
        None,
    ),
)

CLAIMS = (
    Claim(
        "a affirmé que: title, complement and apposition",
        "Le ministre de l'Économie, Bruno Le Maire, a affirmé que la croissance dépasserait 1 % cette année.",
        "Bruno Le Maire",
        "la croissance dépasserait",
    ),
    Claim(
        "selon + title, lower-case complement and apposition",
        "Selon la présidente de la région, Carole Delga, les travaux de la ligne commenceront en septembre.",
        "Carole Delga",
        "les travaux de la ligne",
    ),
    Claim(
        "a assuré que with a pronoun: the one woman named",
        "La ministre Sophie Martin a rencontré les syndicats mardi. Elle a assuré que les emplois seraient maintenus.",
        "Sophie Martin",
        "les emplois seraient maintenus",
    ),
    Claim(
        "inverted clause after the reported one",
        "La dette publique baissera dès l'an prochain, a estimé M. Bayrou devant les sénateurs.",
        "Bayrou",
        "La dette publique baissera",
    ),
    Claim(
        "a common noun is no source",
        "Le gouvernement a affirmé que la réforme serait adoptée avant l'été.",
        None,
    ),
    Claim(
        "pronoun with two men named: no source",
        "M. Paul Leroy a rencontré M. Jacques Morel. Il a affirmé que le dialogue reprendrait.",
        None,
    ),
    Claim(
        "a capitalised conjunction opening the sentence is no part of the name",
        "Pourtant Jean Castex a affirmé que le couvre-feu serait levé avant l'été.",
        "Jean Castex",
        "le couvre-feu serait levé",
    ),
    Claim(
        "a déclaré qu'il: the elided complementizer",
        "Le Premier ministre Gabriel Attal a déclaré qu'il ne démissionnerait pas avant l'été.",
        "Gabriel Attal",
        "il ne démissionnerait pas",
    ),
)

DATES = (
    Date("dateline", "Paris, le 13 mars 2020\n\nLe conseil s'est réuni.", "le 13 mars 2020", dt.date(2020, 3, 13)),
    Date("yesterday", "Paris, le 13 mars 2020\n\nLe conseil s'est réuni hier.", "hier", dt.date(2020, 3, 12)),
    Date(
        "weekday, past tense",
        "Paris, le 13 mars 2020\n\nLe ministre a annoncé mercredi la fermeture des écoles.",
        "mercredi",
        dt.date(2020, 3, 11),
    ),
    Date(
        "weekday, future tense",
        "Paris, le 13 mars 2020\n\nLe conseil se réunira lundi à Bruxelles.",
        "lundi",
        dt.date(2020, 3, 16),
    ),
    Date(
        "day of the month, past tense",
        "Paris, le 13 mars 2020\n\nLe décret a été publié le 2 mars.",
        "le 2 mars",
        dt.date(2020, 3, 2),
    ),
    Date(
        "last week",
        "Paris, le 13 mars 2020\n\nLes syndicats ont manifesté la semaine dernière.",
        "la semaine dernière",
        dt.date(2020, 3, 2),
    ),
    Date("weekday, no tense", "Paris, le 13 mars 2020\n\nRéunion mercredi.", "mercredi", None),
    Date(
        "il y a + number word + days",
        "Paris, le 13 mars 2020\n\nLe maire de Saint-Denis a démissionné il y a trois jours.",
        "il y a trois jours",
        dt.date(2020, 3, 10),
    ),
    Date(
        "il y a + figures + years",
        "Paris, le 13 mars 2020\n\nL'usine avait fermé il y a 12 ans.",
        "il y a 12 ans",
        dt.date(2020 - 12, 1, 1),
    ),
    Date(
        "il y a inside a quote: not resolved",
        "Paris, le 13 mars 2020\n\n« Je l'ai vu il y a deux jours », a raconté un voisin.",
        "il y a deux jours",
        None,
    ),
    Date(
        "dateline with a weekday after le",
        "Lyon, le vendredi 13 mars 2020\n\nLe conseil municipal a voté hier le budget.",
        "hier",
        dt.date(2020, 3, 12),
    ),
    Date(
        "wire dateline in capitals with the agency",
        "PARIS, 13 mars 2020 (AFP) - Le gouvernement a annoncé hier la fermeture des écoles.",
        "hier",
        dt.date(2020, 3, 12),
    ),
)
