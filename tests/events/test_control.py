"""Acts governed by a promise, threat, demand or refusal (veille/events/control.py), threats
told as a conditional future, and which actors may be both source and target (real model)."""

from __future__ import annotations

import pytest

from veille.events.cameo import threat_code
from veille.events.filters import same_actor
from veille.pipeline import Coder
from veille.types import ActorRef, Article

pytestmark = pytest.mark.slow


def events(coder: Coder, text: str) -> list[tuple[str, str, str, bool]]:
    coded = coder.code(Article(id="t", text=text, date="2023-05-10"))
    return [
        (
            e.source.country or e.source.code if e.source else "",
            (e.target.country or e.target.code) if e.target else "",
            e.cameo,
            e.negated,
        )
        for e in coded.events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target", "code", "not_root"),
    [
        ("Le Japon menace de suspendre son aide au Cambodge.", "JPN", "KHM", "131", "16"),
        (
            "Le gouvernement ghanéen a promis de libérer les pêcheurs togolais.",
            "GHA",
            "TGO",
            "035",
            "08",
        ),
        ("Le Brésil propose d'extrader le banquier vers le Portugal.", "BRA", "PRT", "031", "06"),
        ("L'Algérie menace de rompre ses relations avec la Libye.", "DZA", "LBY", "131", "16"),
    ],
)
def test_the_governed_act_gives_its_target_and_is_no_event(
    fr_coder: Coder, text: str, source: str, target: str, code: str, not_root: str
) -> None:
    found = events(fr_coder, text)
    assert any(s == source and t == target and c.startswith(code) for s, t, c, _ in found), found
    assert not any(c.startswith(not_root) and not neg for _, _, c, neg in found), found


def test_a_refused_act_stays_negated_and_the_refusal_takes_its_target(fr_coder: Coder) -> None:
    found = events(fr_coder, "La Pologne refuse de livrer des chars à la Hongrie.")
    assert ("POL", "HUN", "122", False) in found
    assert any(c.startswith("07") and neg for _, _, c, neg in found), found


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        (
            "« Nous fermerons notre ambassade si Ankara ne retire pas ses troupes », "
            "a menacé le ministre grec des Affaires étrangères.",
            "GRC",
            "131",
        ),
        (
            "« Nous bombarderons les bases pakistanaises si un seul soldat franchit "
            "la frontière », a prévenu le ministre indien de la Défense.",
            "IND",
            "138",
        ),
    ],
)
def test_a_conditional_future_is_a_threat(
    fr_coder: Coder, text: str, source: str, code: str
) -> None:
    found = events(fr_coder, text)
    assert any(s == source and c.startswith(code) for s, _, c, _ in found), found
    assert not any(c[:2] in {"16", "18", "19"} and not neg for _, _, c, neg in found), found


@pytest.mark.parametrize(
    ("code", "threat"),
    [("161", "1313"), ("1631", "1312"), ("190", "138"), ("1723", "1323"), ("057", None)],
)
def test_threat_codes(code: str, threat: str | None) -> None:
    assert threat_code(code) == threat


def _ref(code: str, country: str, sector: str | None = None) -> ActorRef:
    return ActorRef(code=code, country=country, sector=sector, name=None, text=code)


def test_a_country_and_its_government_are_one_actor_its_opposition_another() -> None:
    assert same_actor(_ref("VEN", "VEN"), _ref("VENGOV", "VEN", "GOV"))
    assert not same_actor(_ref("VEN", "VEN"), _ref("VENOPP", "VEN", "OPP"))
    assert not same_actor(_ref("VENREB", "VEN", "REB"), _ref("VEN", "VEN"))


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Les étudiants ont organisé une manifestation anti-chinoise à Hanoï.", "VNM", "CHN", "14"),
        ("La Chine a massé des troupes à la frontière indienne.", "CHN", "IND", "15"),
    ],
)
def test_who_an_act_is_against(
    fr_coder: Coder, text: str, source: str, target: str, root: str
) -> None:
    """An "anti-" adjective names the target of a protest; one's own troops are the means
    of a show of force, the place they are sent to names its target."""
    found = events(fr_coder, text)
    assert any(s == source and t == target and c[:2] == root for s, t, c, _ in found), found


@pytest.mark.parametrize(
    ("text", "not_root"),
    [
        (
            "Le Burkina Faso a demandé la levée des sanctions et le retrait des soldats russes.",
            "08",
        ),
        ("Le Tchad exige la libération des otages et le départ des mercenaires libyens.", "08"),
    ],
)
def test_coordinated_acts_asked_for_are_no_events(
    fr_coder: Coder, text: str, not_root: str
) -> None:
    found = events(fr_coder, text)
    assert not any(c.startswith(not_root) and not neg for _, _, c, neg in found), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Le Rwanda a nié avoir livré des armes aux rebelles congolais.", "07"),
        ("Le Kremlin a démenti que ses soldats aient attaqué la Géorgie.", "19"),
    ],
)
def test_a_denied_act_is_negated_and_the_denial_is_016(
    fr_coder: Coder, text: str, root: str
) -> None:
    found = events(fr_coder, text)
    assert not any(c.startswith(root) and not neg for _, _, c, neg in found), found
    assert any(c == "016" for _, _, c, _ in found), found


def test_denying_accusations_keeps_the_noun(fr_coder: Coder) -> None:
    found = events(
        fr_coder, "Le gouvernement cubain nie une crise sous les critiques de Washington."
    )
    assert any(s == "USA" and c.startswith("11") and not neg for s, _, c, neg in found), found


def test_an_alleged_act_is_no_event(fr_coder: Coder) -> None:
    found = events(
        fr_coder, "Le président colombien a accusé le Venezuela de financer la guérilla."
    )
    assert ("COL", "VEN", "112", False) in found, found
    assert not any(c.startswith("07") for _, _, c, _ in found), found
