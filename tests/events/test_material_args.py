"""Argument and refinement mechanisms the material-cooperation, aid, yield, investigate
and demand roots (06-10) rely on. Sentences of our own; each asserts a full CAMEO code
with its source and target slots, so a change of code or of direction fails."""

from __future__ import annotations

import pytest

from veille.actors.registry import iso3_to_iso2
from veille.evaluate import slot
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow


def events(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    coded = coder.code(Article(id="t", text=text, date="2023-06-15"))
    return {(slot(e.source), slot(e.target), e.cameo) for e in coded.events if not e.negated}


# fmt: off
CASES = [
    # the subject of a passive names what was delivered: arms make it military aid
    ("passive-subject-refines",
     "Des missiles ont été livrés par l'Iran à la Russie.", ("IRN", "RUS", "072")),
    # a present-tense verb the model tags as a noun keeps its subject as the source
    ("noun-tagged-verb-subject",
     "La police espagnole enquête sur un réseau de blanchiment.", ("ESP", None, "091")),
    # "exiger de X la libération de Y": X is addressed, not the prisoners' country
    ("demand-de-addressee",
     "Le Hamas exige d'Israël la libération de prisonniers palestiniens.", ("PSE", "ISR", "1053")),
    # "mettre fin à la grève": the light verb's complement refines the noun
    ("mettre-fin-greve",
     "Les syndicats sud-coréens ont mis fin à la grève.", ("KOR", None, "082")),
    # a repeated demand is a demand: the noun under "réitérer" is the event
    ("reiterer-exigence",
     "Les talibans ont réitéré leur exigence de négociations avec Washington.",
     ("AFG", "USA", "106")),
    # "créer une commission d'enquête": the creator investigates
    ("commission-enquete",
     "Le Parlement européen a créé une commission d'enquête sur la torture en Libye.",
     ("IGOEUREEC", "LBY", "092")),
    # "au"/"aux" introduce the addressee like "à"
    ("au-target",
     "Le Brésil a accordé l'asile au journaliste vénézuélien.", ("BRA", "VEN", "075")),
    # troops sent go to a place: the troops are not the target
    ("troops-sent-target-place",
     "Le Tchad a envoyé des soldats au Niger.", ("TCD", "NER", "074")),
    # a ceasefire accepted by both sides is a truce between them (08), both ways
    ("truce-accepted",
     "L'Arménie et l'Azerbaïdjan ont accepté une trêve.", ("ARM", "AZE", "0871")),
    ("truce-between-reciprocal",
     "La trêve entre l'Arménie et l'Azerbaïdjan tient depuis lundi.", ("AZE", "ARM", "0871")),
    # suspended sanctions are eased, not imposed
    ("suspend-sanctions",
     "Les États-Unis ont suspendu les sanctions contre la Syrie.", ("USA", "SYR", "085")),
    # an approved sale is the sale
    ("approve-arms-sale",
     "Washington a approuvé la vente de F-16 à la Turquie.", ("USA", "TUR", "062")),
    # a frame noun set up or mandated by X: X investigates
    ("mission-mandated",
     "Une mission d'enquête, mandatée par l'Union africaine, est arrivée au Soudan.",
     ("IGOAFRAU", None, "090")),
    # an investigation with no suspect named is domestic
    ("investigation-domestic",
     "Le parquet brésilien a ouvert une enquête pour corruption.", ("BRA", "BRA", "091")),
    # Qatar is a country (CLDR's private-use Q codes are QMA-QZZ)
    ("qatar",
     "Le Qatar a livré des vivres au Soudan.", ("QAT", "SDN", "073")),
]
# fmt: on


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_code_source_and_target(
    fr_coder: Coder, text: str, expected: tuple[str, str | None, str]
) -> None:
    source, target, cameo = expected
    found = events(fr_coder, text)
    assert any(
        (s, c) == (source, cameo) and (target is None or t == target) for s, t, c in found
    ), f"missing {expected} in {sorted(found, key=str)}"


# fmt: off
NOT_EVENTS = [
    # a predicate noun is no verb: the embassy does not attack
    ("cible-predicate",
     "L'ambassade de France a été la cible d'une attaque de manifestants burkinabè.",
     ("FRA", "BFA", "190")),
    # "être investi" (sworn in) is no investment; "accéder au pouvoir" no concession
    ("investi-president", "Le président kényan a été investi mardi.", ("KEN", None, "061")),
    ("acceder-pouvoir", "Le général a accédé au pouvoir au Niger.", ("NER", None, "083")),
    # "former un gouvernement" trains nobody
    ("former-gouvernement", "Le Premier ministre italien a formé un gouvernement.",
     ("ITA", None, "062")),
    # aid to nobody named is no dyad (events.target_required_roots)
    ("aid-without-recipient", "Le Qatar a débloqué 50 millions de dollars.", ("QAT", None, "07")),
    # (an act named by a neutral speech verb's object is coded as the speaker's act:
    # "a annoncé la rupture des relations", "a confirmé l'arrestation de" — tests/events)
]
# fmt: on


@pytest.mark.parametrize("text, bad", [c[1:] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_not_coded(fr_coder: Coder, text: str, bad: tuple[str, str | None, str]) -> None:
    found = events(fr_coder, text)
    assert not any(
        (s, c[: len(bad[2])]) == (bad[0], bad[2]) and (bad[1] is None or t == bad[1])
        for s, t, c in found
    ), f"{bad} should not be coded: {sorted(found, key=str)}"


def test_negation_reaches_a_noun_held_by_the_negated_object(fr_coder: Coder) -> None:
    coded = fr_coder.code(
        Article(
            id="t",
            text="Le FMI n'a pas versé la tranche de son prêt à l'Égypte.",
            date="2023-06-15",
        )
    )
    aid = [e for e in coded.events if e.cameo_root == "07"]
    assert aid and all(e.negated for e in aid), coded.events


def test_qatar_is_a_country_and_private_use_codes_are_not() -> None:
    codes = iso3_to_iso2()
    assert codes["QAT"] == "QA"
    assert "QUU" not in codes
