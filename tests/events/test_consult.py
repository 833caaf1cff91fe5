"""Consultations (CAMEO 04): visits named by a noun, hosts, arrivals, the two sides as
subject, telephone calls, meetings at a third location, mediation.

Each case is a sentence of our own with the (source, target, 3-digit code) events the
coder must output as positive, and events it must not output.
"""

from __future__ import annotations

import pytest

from veille.actors.registry import iso3_to_iso2
from veille.pipeline import Coder
from veille.types import Article, Event

pytestmark = pytest.mark.slow

Coded = tuple[str | None, str | None, str]


def _slot(ref: object) -> str | None:
    if ref is None:
        return None
    code = getattr(ref, "code", "") or ""
    return code if code.startswith("IGO") else getattr(ref, "country", None) or code[:3]


def _coded(event: Event) -> Coded:
    return _slot(event.source), _slot(event.target), event.cameo[:3]


# (case id, text, required events, forbidden events)
# fmt: off
CASES = [
    ("pair-two-men",
     "Le président kényan a accueilli le président tanzanien. Les deux hommes ont discuté "
     "du commerce régional.",
     [("TZA", "KEN", "040"), ("KEN", "TZA", "043")], []),
    ("pair-two-parties",
     "Le ministre chinois des Affaires étrangères a reçu mardi le secrétaire d'État "
     "américain. Les deux parties "
     "ont discuté des droits de douane.",
     [("USA", "CHN", "040")], []),
    ("conjoined-demonyms",
     "Les ministres des Finances français et allemand se sont réunis à Berlin.",
     [("FRA", "DEU", "040"), ("DEU", "FRA", "040")], [("FRA", "DEU", "044")]),
    ("possessive-visit-frame",
     "À l'issue de sa visite au Japon, le président philippin a annoncé un accord.",
     [("PHL", "JPN", "042")], []),
    ("circumstance-phone-frame",
     "Lors d'une conversation téléphonique avec le roi du Maroc, le président français a "
     "évoqué la situation au Sahel.",
     [("FRA", "MAR", "041")], []),
    ("fronted-frame",
     "Lors du sommet, le président kényan a salué les efforts du Rwanda.",
     [("KEN", "RWA", "040")], []),
    ("trailing-frame-names-no-one",
     "Le président ukrainien a exprimé sa déception face à l'absence de représentants "
     "lors de ce sommet.",
     [], [("UKR", None, "040"), ("UKR", "UKR", "040")]),
    ("after-talks-frame",
     "Après trois jours de négociations à Genève, le négociateur iranien et l'émissaire "
     "américain ont annoncé un accord.",
     [("IRN", "USA", "046"), ("USA", "IRN", "046")], []),
    ("after-attack-is-no-frame",
     "Après l'attaque contre l'ambassade américaine, le gouvernement irakien a promis "
     "une enquête.",
     [], [("IRQ", "USA", "190")]),
    ("titled-name",
     "M. Poutine a reçu au Kremlin le président kazakh.",
     [("RUS", "KAZ", "043")], []),
    ("agent-on-time-noun",
     "L'ambassadeur d'Iran a été convoqué jeudi par le gouvernement allemand.",
     [("DEU", "IRN", "040")], [("IRN", "DEU", "040")]),
    ("bare-participle-host",
     "Reçu par le roi d'Arabie saoudite, le président syrien a évoqué la reconstruction.",
     [("SAU", "SYR", "043")], [("SYR", "SAU", "043")]),
    ("phone-verb-tagged-noun",
     "Le Premier ministre japonais a téléphoné mardi au président sud-coréen.",
     [("JPN", "KOR", "041")], []),
    ("destination-on-time-noun",
     "Le chef de la diplomatie iranienne se rendra la semaine prochaine en Irak.",
     [("IRN", "IRQ", "042")], []),
    ("third-location",
     "Le ministre grec et le ministre turc se sont réunis à Genève.",
     [("GRC", "TUR", "044"), ("TUR", "GRC", "044")], [("GRC", "CHE", "040")]),
    ("venue-of-own-side",
     "Le président colombien a rencontré le président vénézuélien à Caracas.",
     [("COL", "VEN", "040")], [("COL", "VEN", "044")]),
    ("mediator-between",
     "La Turquie a joué un rôle de médiateur entre l'Ukraine et la Russie.",
     [("TUR", "UKR", "045"), ("TUR", "RUS", "045")], [("UKR", "RUS", "045")]),
    ("under-aegis",
     "Sous l'égide de l'ONU, les délégations libyennes ont repris le dialogue à Genève.",
     [("IGOUNO", "LBY", "045")], []),
    ("announced-visit",
     "Le gouvernement kényan a annoncé la visite du président ghanéen à Nairobi.",
     [("GHA", "KEN", "042")], []),
    ("visit-au",
     "Le ministre espagnol des Affaires étrangères a rendu visite aux dirigeants marocains.",
     [("ESP", "MAR", "042")], []),
    ("arrival-for-visit",
     "Le président kazakh est arrivé mardi à Pékin pour une visite d'État.",
     [("KAZ", "CHN", "042")], []),
    ("arrival-of-troops",
     "Des renforts russes sont arrivés à Bakhmout.",
     [], [("RUS", "UKR", "042")]),
    ("in-visit-state",
     "Le ministre allemand de la Défense est en visite à Varsovie depuis mardi.",
     [("DEU", "POL", "042")], []),
    ("topic-is-no-target",
     "Le Japon et la Corée du Sud ont entamé des discussions sur la Chine.",
     [("JPN", "KOR", "040"), ("KOR", "JPN", "040")], [("JPN", "CHN", "040")]),
    ("se-retrouver",
     "Les présidents brésilien et argentin se sont retrouvés à Montevideo.",
     [("BRA", "ARG", "044")], []),
    ("retrouver-is-no-meeting",
     "L'armée malienne a retrouvé les corps de soldats français.",
     [], [("MLI", "FRA", "040")]),
    ("meeting-with-no-counterpart",
     "Le Conseil de sécurité de l'ONU tiendra une réunion d'urgence mardi.",
     [], [("IGOUNO", None, "040")]),
    ("on-behalf-is-no-target",
     "Le Conseil de sécurité de l'ONU se réunira lundi à la demande de la France.",
     [], [("IGOUNO", "FRA", "040")]),
    ("received-criticism",
     "La décision du gouvernement nicaraguayen a reçu les critiques de l'Union européenne.",
     [("IGOEUREEC", "NIC", "111")], [("NIC", "IGOEUREEC", "043")]),
    ("qatar-host",
     "Le Qatar a accueilli le ministre iranien des Affaires étrangères.",
     [("QAT", "IRN", "043")], []),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "required", "forbidden"),
    [pytest.param(t, r, f, id=i) for i, t, r, f in CASES],
)
def test_consult(fr_coder: Coder, text: str, required: list[Coded], forbidden: list[Coded]) -> None:
    coded = fr_coder.code(Article(id="consult", text=text, date="2023-06-15"))
    found = {_coded(e) for e in coded.events if not e.negated}
    assert set(required) <= found, f"{text!r}: found {sorted(map(str, found))}"
    assert not set(forbidden) & found, f"{text!r}: found {sorted(map(str, found))}"


def test_qatar_is_a_country_and_private_codes_are_not() -> None:
    codes = iso3_to_iso2()
    assert codes["QAT"] == "QA"
    assert "QUU" not in codes and "QZZ" not in codes
