"""Who a pronoun in a reporting clause stands for: ``(rule, text, speaker)`` for the
text's last quote (a tuple: one per quote); ``None``: the text does not settle it, and
the quote stays unattributed."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    # Two candidates of the pronoun's gender within reach: abstain.
    ("two-men-abstain", 'Tom Hale met David Price at the station. "We are late again," he said.', None),
    (
        "two-women-abstain",
        "Sarah Quinn sat with Mary Lowe after the hearing. 'It went well,' she said.",
        None,
    ),
    (
        "two-men-earlier-sentence-abstain",
        "Peter Walsh and John Keane left the count centre together. Both men were tired. 'It is not over,' he said.",
        None,
    ),
    (
        "object-man-abstain",
        "Mark Dunne thanked Paul Byrne for his support. 'We did this together,' he said.",
        None,
    ),
    (
        "brother-by-given-name-abstain",
        "John Ma and his brother Kevin opened the noodle shop in 1998. 'It was hard at first,' he said.",
        None,
    ),
    (
        "kin-word-abstain",
        "Deirdre Walsh and her daughter stood outside the court for an hour. 'We just want the truth,' she said.",
        None,
    ),
    (
        "kin-other-gender-settles",
        "Deirdre Walsh and her son stood outside the court for an hour. 'We just want the truth,' she said.",
        "Deirdre Walsh",
    ),
    (
        "subject-who-speaks",
        "Mary Byrne criticised Garda Commissioner Anne Kelly on Tuesday. 'Nobody has taken responsibility,' she said.",
        "Mary Byrne",
    ),
    # One candidate of the pronoun's gender: settled.
    (
        "one-man-one-woman",
        'Tom Hale met Susan Price at the station. "We are late again," she said.',
        "Susan Price",
    ),
    (
        "one-person",
        "Councillor Aoife Reilly opened the meeting. 'We have a lot to get through,' she said.",
        "Aoife Reilly",
    ),
    (
        "pronoun-after-clause",
        "'The harbour is silting up,' said Niall Kerr. 'It costs us every year,' he said.",
        ("Niall Kerr", "Niall Kerr"),
    ),
    # A relative clause ("who argued ...") belongs to its name: the pronoun is still the subject's.
    (
        "who-argued",
        "The project's director, Alan Moore, defended the budget. Councilman Gerald Pike, who argued against the "
        "plant, said it was too costly. He said the city was 'paying for a plant that serves two counties.'",
        "Gerald Pike",
    ),
    (
        "who-argued-pronoun-said",
        "Councilman Gerald Pike, who argued against the plant, said it was too costly. He said the city was "
        "'paying for a plant that serves two counties'.",
        "Gerald Pike",
    ),
    (
        "who-said-earlier",
        "Planning officer Kevin Nash backed the scheme. Resident Brian Ward, who has lived on the street for 40 years, "
        'said he was worried. "Nobody asked us," he said.',
        "Brian Ward",
    ),
    (
        "relative-clause-names-no-rival",
        "Brendan Kerr, who served as an adviser to John Bruton, looked back on those years: "
        "'Good manners were assumed,' he said.",
        "Brendan Kerr",
    ),
    # "they" and "it" take organisations and descriptions, not people.
    (
        "they-organisation",
        'Harland Foods Ltd cut 200 jobs on Friday. "Orders are down," it said.',
        "Harland Foods Ltd",
    ),
    # The speaker of the previous clause, with no one else named since: settled.
    (
        "she-after-her-clause",
        '"The budget is fair," Finance Minister Helen Ward said. "It protects families," she added.',
        ("Helen Ward", "Helen Ward"),
    ),
    (
        "he-after-his-told",
        "'We will not back down,' Keir Starmer told the Commons. 'Not now, not ever,' he said.",
        ("Keir Starmer", "Keir Starmer"),
    ),
    # The speaker of the previous clause goes on as the subject ("He met ..."): settled.
    (
        "previous-clause-goes-on",
        "'We will win,' said Liam Doyle. He met Sean Gallagher later that day. 'It was a fair fight,' he said.",
        ("Liam Doyle", "Liam Doyle"),
    ),
]
