"""Writes tests/long/flood_synthetic.txt: a long news article WRITTEN FOR THE TESTS.

It is synthetic: a fictional flood in a fictional river valley, with invented
officials, places and quotes. It exists to exercise long-article handling (parts,
overlap, merging, offsets): it is well over 30,000 characters, has direct quotes in
several styles, pronoun speakers, speakers named in full once and by surname later,
and relative dates ("on Tuesday") against its dateline.

Run ``python tests/long/make_article.py`` to regenerate it; the output is
deterministic.
"""

from __future__ import annotations

from pathlib import Path

PEOPLE = [
    ("Governor", "Helena Marsh", "Marsh", "she"),
    ("Mayor", "Tomas Ridley", "Ridley", "he"),
    ("Fire Chief", "Amara Quist", "Quist", "she"),
    ("Water Authority spokesman", "Jonah Pell", "Pell", "he"),
    ("Senator", "Ruth Calloway", "Calloway", "she"),
]
TOWNS = ["Eastbrook", "Millford", "Cardell", "Windham Cross", "Larkspur", "Osterby"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "late on Wednesday", "early on Tuesday"]
THINGS = [
    "the levee along the Sorrel River",
    "the pumping station north of the old mill",
    "the evacuation centre at the county fairground",
    "the railway bridge over the Sorrel",
    "the emergency shelter in the high school gym",
    "the main road between the two valleys",
]
QUOTES = [
    "We are doing everything we can to keep people safe, and we will not stop until every family is accounted for",
    "The water came up faster than any model predicted, and we had to make decisions in minutes, not hours",
    "I have asked for federal help and I expect an answer before the end of the week",
    "Nobody should go back to their homes until the engineers have checked the foundations",
    "This is the worst flooding this valley has seen in forty years, and the recovery will take a long time",
    "We owe the volunteers an enormous debt; they worked through the night without being asked",
]


def paragraph(n: int) -> str:
    role, full, surname, pronoun = PEOPLE[n % len(PEOPLE)]
    town = TOWNS[n % len(TOWNS)]
    day = DAYS[n % len(DAYS)]
    thing = THINGS[(n * 5) % len(THINGS)]
    quote = QUOTES[(n * 7) % len(QUOTES)]
    style = n % 4
    if style == 0:
        return (
            f"Crews in {town} worked {day} to shore up {thing} as the river rose another "
            f"{n % 9 + 2} feet, officials said. {role} {full} visited the site and spoke with "
            f"residents who had been moved out of {n % 40 + 12} homes.\n\n"
            f"\u201c{quote},\u201d {surname} told reporters."
        )
    if style == 1:
        return (
            f"In {town}, {n % 30 + 5} people were rescued from rooftops {day}, according to the "
            f"county emergency office. {role} {full} said the operation had been difficult "
            f"because of the strong current near {thing}.\n\n"
            f"\u201c{quote},\u201d {pronoun} said."
            if n % 2
            else f"In {town}, {n % 30 + 5} people were rescued from rooftops {day}, according to "
            f"the county emergency office. The operation near {thing} was led by local crews.\n\n"
            f"\u201c{quote},\u201d said {role.lower() if ' ' in role else role} {full}."
        )
    if style == 2:
        return (
            f'{surname} also said {day} that "{quote[0].lower() + quote[1:] if not quote.startswith("I ") else quote}."'
            " The remarks came as "
            f"forecasters warned of more rain over {town} and the hills to the west, where "
            f"{n % 20 + 3} roads remained closed."
        )
    return (
        f"Residents of {town} described a long night. Some had waited for hours near {thing} "
        f"before boats arrived {day}. Two local officials, speaking on condition of anonymity, "
        f"said the warning system had failed in at least {n % 5 + 2} places, a claim the county "
        f"did not immediately address."
    )


def main() -> None:
    out = ["SORREL VALLEY (Valley Courier) - Floodwaters kept rising across the Sorrel Valley this week."]
    n = 0
    while sum(len(p) + 2 for p in out) < 34_000:
        out.append(paragraph(n))
        n += 1
    out.append("Last Update: Friday, 17 April 2026")
    path = Path(__file__).with_name("flood_synthetic.txt")
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")
    print(f"{path}: {path.stat().st_size} bytes, {n} paragraphs")


if __name__ == "__main__":
    main()
