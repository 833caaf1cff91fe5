"""Coreference forms of French news, resolved on the article's date.

Each case is a short article of our own; the assertions read `CodedArticle.actors`
(the mention text, its code and the person's canonical name) and the speakers and
sources that the coder draws from those mentions.
"""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import ActorMention, Article, CodedArticle, Event

pytestmark = pytest.mark.slow


def code(coder: Coder, text: str, date: str) -> CodedArticle:
    return coder.code(Article(id="coref", text=text, date=date))


def mention(coded: CodedArticle, text: str, at: int | None = None) -> ActorMention:
    """The actor mention whose text starts with `text` (at offset `at` if given)."""
    found = [a for a in coded.actors if a.text.startswith(text) and (at is None or a.start == at)]
    listed = [(a.text, a.start, a.code, a.name) for a in coded.actors]
    assert found, f"no actor mention {text!r} (at {at}) in {listed}"
    return found[0]


def triple(event: Event) -> tuple[str | None, str | None, str]:
    def slot(ref: object) -> str | None:
        if ref is None:
            return None
        c = getattr(ref, "code", "") or ""
        return c if c.startswith("IGO") else getattr(ref, "country", None) or c[:3] or None

    return slot(event.source), slot(event.target), event.cameo_root


# (date, text, mention text, expected code, expected canonical name)
# fmt: off
NAMED_BY_DESCRIPTION = [
    # "son homologue": same office, the other country, on the article's date
    ("2023-02-15",
     "Le ministre chinois des Affaires étrangères Wang Yi s'est entretenu mardi avec son "
     "homologue russe.",
     "son homologue russe", "RUSGOV", "Sergey Lavrov"),
    ("2021-03-18",
     "Antony Blinken a rencontré son homologue chinois en Alaska jeudi.",
     "son homologue chinois", "CHNGOV", "Wang Yi"),
    ("2023-03-20",
     "Le chef de la diplomatie américaine Antony Blinken a appelé lundi son homologue chinois.",
     "son homologue chinois", "CHNGOV", "Qin Gang"),
    ("2022-06-10",
     "Le président français a téléphoné vendredi à son homologue ukrainien.",
     "son homologue ukrainien", "UKRGOV", "Volodymyr Zelenskyy"),
    ("2015-09-10",
     "Angela Merkel a reçu son homologue britannique à Berlin.",
     "son homologue britannique", "GBRGOV", "David Cameron"),
    # a title without a country: the person named last who held it, else the main country's
    ("2018-06-10",
     "Justin Trudeau a ouvert le sommet. Le président américain a critiqué des propos du "
     "premier ministre.",
     "premier ministre", "CANGOV", "Justin Trudeau"),
    ("2021-11-02",
     "La crise s'aggrave au Soudan. Le chef de l’armée a promis des élections.",
     "Le chef de l’armée", "SDNMIL", "Abdel Fattah al-Burhan"),
    # civility and one part of a name described earlier; a lowercase alias hides no name
    ("2022-08-03",
     "La porte-parole Hua Chunying a répondu aux questions. Mme Hua a dénoncé la visite.",
     "Mme Hua", "CHNGOV", "Hua Chunying"),
    ("2021-11-10",
     "Le général Burhane a limogé le gouvernement civil.",
     "Le général Burhane", "SDNGOV", "Abdel Fattah al-Burhan"),
    # a lone surname is the person of the article who bears it
    ("2021-07-15",
     "Le chef de la diplomatie cubaine Bruno Rodriguez a reçu la presse. M. Rodriguez a accusé "
     "Washington.",
     "Rodriguez", "CUBGOV", "Bruno Rodríguez Parrilla"),
    # offices of countries outside the G20 (veille/data/people/nations.yaml)
    ("2016-05-10",
     "Le Premier ministre belge a reçu ses homologues du Benelux.",
     "Le Premier ministre belge", "BELGOV", "Charles Michel"),
    ("2019-03-01",
     "Le président ghanéen a reçu le chef de la diplomatie chinoise.",
     "Le président ghanéen", "GHAGOV", "Nana Akufo-Addo"),
    # "l'homme fort du Kremlin": the Russian head of state on the date
    ("2023-02-15",
     "Le président turc a téléphoné mardi à l'homme fort du Kremlin.",
     "l'homme fort du Kremlin", "RUSGOV", "Vladimir Putin"),
    ("2019-12-10",
     "À Paris, l'homme fort du Kremlin a retrouvé le président ukrainien.",
     "l'homme fort du Kremlin", "RUSGOV", "Vladimir Putin"),
    # "le patron / le chef de la diplomatie X": the foreign minister on the date
    ("2023-03-15",
     "Le patron de la diplomatie chinoise a critiqué mercredi les sanctions américaines.",
     "Le patron de la diplomatie chinoise", "CHNGOV", "Qin Gang"),
    ("2023-09-15",
     "Le patron de la diplomatie chinoise a critiqué vendredi les sanctions américaines.",
     "Le patron de la diplomatie chinoise", "CHNGOV", "Wang Yi"),
    ("2023-03-15",
     "Le chef de la diplomatie iranienne est arrivé lundi à Pékin.",
     "Le chef de la diplomatie iranienne", "IRNGOV", "Hossein Amir-Abdollahian"),
    ("2024-10-15",
     "Le chef de la diplomatie iranienne est arrivé lundi à Beyrouth.",
     "Le chef de la diplomatie iranienne", "IRNGOV", "Abbas Araghchi"),
    ("2021-01-10",
     "Le chef de la diplomatie américaine a dénoncé la répression à Hong Kong.",
     "Le chef de la diplomatie américaine", "USAGOV", "Mike Pompeo"),
    ("2021-02-05",
     "Le chef de la diplomatie américaine a dénoncé la répression à Hong Kong.",
     "Le chef de la diplomatie américaine", "USAGOV", "Antony Blinken"),
    # a description resolves to the holder on the article's date
    ("2023-02-15",
     "Le président iranien a rencontré des responsables chinois mardi.",
     "Le président iranien", "IRNGOV", "Ebrahim Raisi"),
    ("2024-09-15",
     "Le président iranien a rencontré des responsables chinois mardi.",
     "Le président iranien", "IRNGOV", "Masoud Pezeshkian"),
    ("2010-06-15",
     "Le Premier ministre russe a rencontré des industriels allemands à Moscou.",
     "Le Premier ministre russe", "RUSGOV", "Vladimir Putin"),
    ("2017-05-01",
     "Le président français a reçu mardi le roi de Jordanie.",
     "Le président français", "FRAGOV", "François Hollande"),
    ("2017-06-01",
     "Le président français a reçu mardi le roi de Jordanie.",
     "Le président français", "FRAGOV", "Emmanuel Macron"),
]

# A description after a named person in the same article means that person, even when
# somebody else holds the office on paper (Wang Yi led Chinese diplomacy in 2023-02).
NAMED_EARLIER = [
    ("2023-02-15",
     "Wang Yi est arrivé mardi à Paris. Le chef de la diplomatie chinoise a rencontré "
     "Emmanuel Macron.",
     "Le chef de la diplomatie chinoise", "CHNGOV", "Wang Yi"),
    ("2021-03-10",
     "Wang Yi est arrivé mardi à Paris. Le patron de la diplomatie chinoise a rencontré "
     "Emmanuel Macron.",
     "Le patron de la diplomatie chinoise", "CHNGOV", "Wang Yi"),
    ("2023-02-15",
     "Wang Yi est arrivé mercredi à Moscou. Le ministre chinois a rencontré Sergueï Lavrov.",
     "Le ministre chinois", "CHNGOV", "Wang Yi"),
    ("2022-05-10",
     "Le ministre chinois de la Défense Wei Fenghe a visité Phnom Penh. Le ministre chinois "
     "a salué l'amitié entre les deux armées.",
     "Le ministre chinois", "CHNGOV", "Wei Fenghe"),
    ("2023-02-15",
     "Hossein Amir-Abdollahian a reçu une délégation omanaise. Le chef de la diplomatie "
     "iranienne a salué la médiation d'Oman.",
     "Le chef de la diplomatie iranienne", "IRNGOV", "Hossein Amir-Abdollahian"),
]

# A pronoun or "ce dernier" after people: (date, text, mention text, code, name)
PRONOUNS = [
    ("2023-02-15",
     "Vladimir Poutine a reçu mardi des industriels chinois. Il a salué le partenariat "
     "avec Pékin.",
     "Il", "RUSGOV", "Vladimir Putin"),
    ("2023-02-15",
     "Catherine Colonna s'est rendue lundi à Kiev. Elle a promis une aide militaire à "
     "l'Ukraine.",
     "Elle", "FRAGOV", "Catherine Colonna"),
    ("2023-02-15",
     "Vladimir Poutine a reçu Wang Yi au Kremlin. Ce dernier a invité le président russe "
     "à Pékin.",
     "Ce dernier", "CHNGOV", "Wang Yi"),
    ("2023-02-15",
     "Emmanuel Macron a appelé Olaf Scholz jeudi. Ce dernier a promis de livrer des chars "
     "à l'Ukraine.",
     "Ce dernier", "DEUGOV", "Olaf Scholz"),
]
# fmt: on


def case_id(case: tuple[object, ...]) -> str:
    """A short test id: the mention form and the date."""
    return f"{case[2]}@{case[0]}"


@pytest.mark.parametrize(
    "date, text, form, expected_code, name",
    NAMED_BY_DESCRIPTION,
    ids=[case_id(c) for c in NAMED_BY_DESCRIPTION],
)
def test_description_resolves_to_the_office_holder_on_the_date(
    fr_coder: Coder, date: str, text: str, form: str, expected_code: str, name: str
) -> None:
    found = mention(code(fr_coder, text, date), form)
    assert (found.code, found.name) == (expected_code, name)


@pytest.mark.parametrize(
    "date, text, form, expected_code, name",
    NAMED_EARLIER,
    ids=[case_id(c) for c in NAMED_EARLIER],
)
def test_description_resolves_to_the_person_named_earlier(
    fr_coder: Coder, date: str, text: str, form: str, expected_code: str, name: str
) -> None:
    found = mention(code(fr_coder, text, date), form, at=text.index(". ") + 2)
    assert (found.code, found.name) == (expected_code, name)


@pytest.mark.parametrize(
    "date, text, form, expected_code, name",
    PRONOUNS,
    ids=[f"{c[2]}->{c[4]}" for c in PRONOUNS],
)
def test_pronoun_and_ce_dernier_resolve_to_the_right_person(
    fr_coder: Coder, date: str, text: str, form: str, expected_code: str, name: str
) -> None:
    coded = code(fr_coder, text, date)
    second_sentence_start = text.index(". ") + 2
    found = [a for a in coded.actors if a.text == form and a.start == second_sentence_start]
    listed = [(a.text, a.start, a.code, a.name) for a in coded.actors]
    assert found, f"{form!r} at {second_sentence_start} not an actor in {listed}"
    assert (found[0].code, found[0].name) == (expected_code, name)


# (date, text, name of the second sentence's event source, its triple with allowed roots)
# fmt: off
PRONOUN_SOURCES = [
    ("2023-02-15",
     "Vladimir Poutine a reçu mardi des industriels chinois. Il a salué le partenariat "
     "avec Pékin.",
     "Vladimir Putin", ("RUS", "CHN", {"05"})),
    ("2023-02-15",
     "Catherine Colonna s'est rendue lundi à Kiev. Elle a promis une aide militaire à "
     "l'Ukraine.",
     "Catherine Colonna", ("FRA", "UKR", {"03"})),
    ("2023-02-15",
     "Vladimir Poutine a reçu Wang Yi au Kremlin. Ce dernier a invité le président russe "
     "à Pékin.",
     "Wang Yi", ("CHN", "RUS", {"02", "03", "04"})),  # an invitation to meet: 026, 036 or 04
]
# fmt: on


@pytest.mark.parametrize(
    "date, text, name, expected",
    PRONOUN_SOURCES,
    ids=[c[2] for c in PRONOUN_SOURCES],
)
def test_pronoun_is_the_source_of_its_sentence_event(
    fr_coder: Coder, date: str, text: str, name: str, expected: tuple[str, str, set[str]]
) -> None:
    coded = code(fr_coder, text, date)
    second_sentence_start = text.index(". ") + 2
    events = [
        e for e in coded.events if not e.negated and e.sentence_start >= second_sentence_start
    ]
    found = [(triple(e), e.source.name if e.source else None) for e in events]
    source, target, roots = expected
    assert any((t[0], t[1], who) == (source, target, name) and t[2] in roots for t, who in found), (
        found
    )


def test_les_deux_pays_stands_for_the_pair_named_before(fr_coder: Coder) -> None:
    text = (
        "La Chine et la Russie ont signé lundi un accord gazier. Les deux pays ont promis "
        "de renforcer leur coopération militaire."
    )
    coded = code(fr_coder, text, "2023-03-21")
    start = text.index("Les deux pays")
    pair_events = [
        e for e in coded.events if not e.negated and e.sentence_start >= start and e.source
    ]
    triples = {triple(e) for e in pair_events}
    assert {("CHN", "RUS", "03"), ("RUS", "CHN", "03")} <= triples, triples
    assert all(t[0] in {"CHN", "RUS"} and t[1] in {"CHN", "RUS"} for t in triples), triples


def test_les_deux_pays_with_capitals_and_a_third_country_in_between(fr_coder: Coder) -> None:
    text = (
        "Téhéran et Riyad ont rétabli leurs relations diplomatiques sous l'égide de Pékin. "
        "Les deux pays ont signé un accord de coopération sécuritaire."
    )
    coded = code(fr_coder, text, "2023-03-10")
    start = text.index("Les deux pays")
    later = [e for e in coded.events if not e.negated and e.sentence_start >= start]
    countries = {c for e in later for c in triple(e)[:2]}
    assert later, "no event in the sentence with 'Les deux pays'"
    assert countries == {"IRN", "SAU"}, [triple(e) for e in later]


# (text, the speaker of its one quote)
# fmt: off
INCISE_SPEAKERS = [
    ("Vladimir Poutine a reçu mardi des industriels chinois. « Nos échanges progressent », "
     "a-t-il déclaré.",
     "Vladimir Putin"),
    ("Annalena Baerbock est arrivée à Pékin. « Nous voulons un dialogue franc », a-t-elle dit.",
     "Annalena Baerbock"),
    # "il" after "X a rencontré Y": the subject of the previous sentence
    ("Wang Yi a rencontré Sergueï Lavrov mercredi. « La coopération progresse », "
     "a-t-il affirmé.",
     "Wang Yi"),
    ("Wang Yi a rencontré Sergueï Lavrov mercredi. Ce dernier a déclaré : « Nous sommes "
     "satisfaits ».",
     "Sergey Lavrov"),
]
# fmt: on


@pytest.mark.parametrize(
    "text, speaker", INCISE_SPEAKERS, ids=["il", "elle", "il-after-subject", "ce-dernier"]
)
def test_pronoun_in_an_incise_is_the_quote_speaker(
    fr_coder: Coder, text: str, speaker: str
) -> None:
    coded = code(fr_coder, text, "2023-04-14")
    assert len(coded.quotes) == 1
    quote = coded.quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker
