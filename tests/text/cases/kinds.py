"""What kind of speaker a text names first: ``(rule, text, kind)``, the kind being
"person", "organisation" or "description"."""

from __future__ import annotations

from . import Row

ROWS: list[Row] = [
    ("person-name", "'We will not back down,' Keir Stanton told the Commons.", "person"),
    ("person-mr", "'I have nothing to hide,' Mr Hancock said.", "person"),
    ("description", "'We will appeal,' said a spokeswoman for the company.", "description"),
    ("description-officials", "The border will reopen on Friday, officials said.", "description"),
    ("the-pentagon", '"We are reviewing the footage," the Pentagon said in a statement.', "organisation"),
    ("home-office", "'The rules have not changed,' the Home Office said.", "organisation"),
    (
        "union-unison",
        "The public service union Unison balloted its members. 'Our members have had enough,' Unison said.",
        "organisation",
    ),
    ("one-word-name-no-evidence", "'Our members have had enough,' Hale said.", "person"),
    (
        "campaign-group",
        "The campaign group Friends of the Earth said the plan was too weak. "
        "'It is a missed opportunity,' Friends said.",
        "organisation",
    ),
    ("company-ltd", "'Orders are up,' Harland Foods Ltd said.", "organisation"),
    ("ministry", '"The strike was lawful," the Ministry of Defence said.', "organisation"),
    ("council", "'The road will reopen on Monday,' Cork City Council said.", "organisation"),
    ("police", '"Enquiries are ongoing," Greater Manchester Police said.', "organisation"),
    ("party", "The party Sinn Féin met in Dublin. 'We will fight every seat,' Sinn Féin said.", "organisation"),
    ("transcript-caps-is-no-acronym", "HALE: We are ready.\n\n'We are ready,' HALE said.", "person"),
    ("newspaper", '"The talks have stalled," The Irish Times reported.', "organisation"),
    ("agency-pti", "The bridge will reopen in June, PTI reported.", "organisation"),
]
