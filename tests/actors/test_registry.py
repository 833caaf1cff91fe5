"""Dated role resolution: who held an office on a date, and a person's actor code then.

No spaCy model is needed: these tests read the packaged people files only.
"""

from __future__ import annotations

import pytest

from veille.actors.registry import Registry, office_terms, parse_date
from veille.settings import Settings


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(office_terms(Settings.load()))


# (country or IGO code, role, date before the change, holder, date after, holder)
# fmt: off
CHANGES_OF_OFFICE = [
    ("FRA", "head_of_state", "2017-05-01", "François Hollande", "2017-06-01", "Emmanuel Macron"),
    ("FRA", "head_of_state", "2012-04-20", "Nicolas Sarkozy", "2012-06-01", "François Hollande"),
    ("CHN", "foreign_minister", "2023-03-01", "Qin Gang", "2023-08-01", "Wang Yi"),
    ("CHN", "foreign_minister", "2022-12-01", "Wang Yi", "2023-02-01", "Qin Gang"),
    ("USA", "foreign_minister", "2021-01-10", "Mike Pompeo", "2021-02-01", "Antony Blinken"),
    ("USA", "head_of_state", "2021-01-19", "Donald Trump", "2021-01-21", "Joe Biden"),
    ("IRN", "head_of_state", "2024-03", "Ebrahim Raisi", "2024-09", "Masoud Pezeshkian"),
    ("IRN", "head_of_state", "2021-07", "Hassan Rouhani", "2021-09", "Ebrahim Raisi"),
    ("IRN", "foreign_minister", "2023-02", "Hossein Amir-Abdollahian", "2024-10", "Abbas Araghchi"),
    ("RUS", "head_of_state", "2008-03-01", "Vladimir Putin", "2008-06-01", "Dmitry Medvedev"),
    ("RUS", "head_of_government", "2008-03-01", "Viktor Zubkov", "2008-06-01", "Vladimir Putin"),
    ("RUS", "head_of_state", "2012-03-01", "Dmitry Medvedev", "2012-06-01", "Vladimir Putin"),
    ("RUS", "head_of_government", "2012-03-01", "Vladimir Putin", "2012-06-01", "Dmitry Medvedev"),
    ("DEU", "head_of_government", "2021-11-01", "Angela Merkel", "2022-01-15", "Olaf Scholz"),
    ("GBR", "head_of_government", "2022-10-01", "Liz Truss", "2022-11-01", "Rishi Sunak"),
    ("ISR", "head_of_government", "2022-03-01", "Naftali Bennett",
     "2023-06-01", "Benjamin Netanyahu"),
    ("UKR", "head_of_state", "2019-03-01", "Petro Poroshenko", "2019-06-01", "Volodymyr Zelenskyy"),
    ("MLI", "head_of_state", "2021-03-01", "Bah Ndaw", "2021-07-01", "Assimi Goïta"),
    ("BFA", "head_of_state", "2022-06-01", "Paul-Henri Sandaogo Damiba",
     "2022-12-01", "Ibrahim Traoré"),
    ("NER", "head_of_state", "2023-05-01", "Mohamed Bazoum", "2023-09-01", "Abdourahamane Tchiani"),
    ("DZA", "head_of_state", "2019-01-15", "Abdelaziz Bouteflika",
     "2020-06-01", "Abdelmadjid Tebboune"),
    ("IGOUNO", "secretary_general", "2016-06-01", "Ban Ki-moon", "2017-06-01", "António Guterres"),
    ("IGOWSTNAT", "secretary_general", "2024-06-01", "Jens Stoltenberg",
     "2024-12-01", "Mark Rutte"),
    ("IGOEUREEC", "head_of_government", "2019-06-01", "Jean-Claude Juncker",
     "2020-06-01", "Ursula von der Leyen"),
]

# The day an office passes: `end` is the handover day, so the successor holds it that day.
HANDOVER_DAYS = [
    ("FRA", "head_of_state", "2017-05-14", "Emmanuel Macron"),
    ("USA", "head_of_state", "2021-01-20", "Joe Biden"),
    ("CHN", "foreign_minister", "2023-07-25", "Wang Yi"),
    ("CHN", "foreign_minister", "2022-12-30", "Qin Gang"),
    ("RUS", "head_of_state", "2012-05-07", "Vladimir Putin"),
]
# fmt: on


@pytest.mark.parametrize(
    "country, role, before, holder_before, after, holder_after", CHANGES_OF_OFFICE
)
def test_holder_before_and_after_a_change_of_office(
    registry: Registry,
    country: str,
    role: str,
    before: str,
    holder_before: str,
    after: str,
    holder_after: str,
) -> None:
    first = registry.holder(country, role, parse_date(before))
    second = registry.holder(country, role, parse_date(after))
    assert first is not None and first.name == holder_before
    assert second is not None and second.name == holder_after


@pytest.mark.parametrize("country, role, day, holder", HANDOVER_DAYS)
def test_holder_on_the_day_of_handover_is_the_successor(
    registry: Registry, country: str, role: str, day: str, holder: str
) -> None:
    person = registry.holder(country, role, parse_date(day))
    assert person is not None and person.name == holder


def test_holder_of_an_office_nobody_held_then_is_none(registry: Registry) -> None:
    # Ukraine had no president named Zelenskyy before 2019; nobody held the office in 1980.
    assert registry.holder("UKR", "head_of_state", parse_date("1980-01-01")) is None


# (person id, date, expected actor code, country, sector)
# fmt: off
ACTOR_CODES = [
    ("vladimir_putin", "2010-06-01", "RUSGOV", "RUS", "GOV"),        # prime minister
    ("vladimir_putin", "2023-02-15", "RUSGOV", "RUS", "GOV"),        # president
    ("sergey_lavrov", "2023-02-15", "RUSGOV", "RUS", "GOV"),
    ("qin_gang", "2023-03-01", "CHNGOV", "CHN", "GOV"),
    ("ali_khamenei", "2023-01-01", "IRNGOV", "IRN", "GOV"),          # supreme leader
    ("jens_stoltenberg", "2020-03-01", "IGOWSTNAT", None, None),     # NATO secretary general
    ("mark_rutte", "2023-06-01", "NLDGOV", "NLD", "GOV"),            # Dutch prime minister
    ("mark_rutte", "2025-03-01", "IGOWSTNAT", None, None),           # then NATO
    ("antonio_guterres", "2023-01-01", "IGOUNO", None, None),
    ("ban_ki_moon", "2010-01-01", "IGOUNO", None, None),
    ("ursula_von_der_leyen", "2023-01-01", "IGOEUREEC", None, None),
    ("francois_hollande", "2020-06-01", "FRAELI", "FRA", "ELI"),     # former president
    ("nicolas_sarkozy", "2016-01-01", "FRAELI", "FRA", "ELI"),
]
# fmt: on


@pytest.mark.parametrize("person_id, day, code, country, sector", ACTOR_CODES)
def test_actor_code_on_a_date(
    registry: Registry,
    person_id: str,
    day: str,
    code: str,
    country: str | None,
    sector: str | None,
) -> None:
    person = registry.people[person_id]
    actor = registry.actor(person, parse_date(day))
    assert (actor.code, actor.country, actor.sector) == (code, country, sector)
    assert actor.name == person.name


@pytest.mark.parametrize(
    "value, expected",
    [("2023-02-15", (2023, 2, 15)), ("2023-02", (2023, 2, 15)), ("2023", (2023, 7, 1))],
)
def test_parse_date_picks_the_likely_day(value: str, expected: tuple[int, int, int]) -> None:
    day = parse_date(value)
    assert day is not None and (day.year, day.month, day.day) == expected


@pytest.mark.parametrize("value", [None, "", "2023-13", "juin 2023"])
def test_parse_date_rejects_what_is_not_a_date(value: str | None) -> None:
    assert parse_date(value) is None


def test_qatar_is_a_country_and_private_use_groupings_are_not() -> None:
    from veille.actors.registry import iso3_to_iso2

    codes = iso3_to_iso2()
    assert codes["QAT"] == "QA"  # a real country whose code starts with Q
    assert "QUU" not in codes and "QMM" not in codes  # CLDR's private-use groupings


def test_office_terms_come_from_the_settings(registry: Registry) -> None:
    """ "actors.former_after_days": how long a leader keeps the code of an office left."""
    person, day = registry.people["francois_hollande"], parse_date("2017-09-01")
    assert registry.actor(person, day).code == "FRAGOV"  # left in May: still attached
    short = Settings.load(overrides={"actors.former_after_days": "30"})
    assert registry.with_terms(office_terms(short)).actor(person, day).code == "FRAELI"
    assert registry.actor(person, day).code == "FRAGOV"  # the registry itself is unchanged
