"""Event coding from the parse: voice, coordination, modality, nominal and embedded events.

Each case is one or two sentences of our own. A case lists the scoring triples
(source country, target country, CAMEO root) that the coder must output as positive
events, with the roots it may choose between, and triples it must not output as positive.
"""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.types import Article, CodedArticle, Event

pytestmark = pytest.mark.slow

Triple = tuple[str | None, str | None, str]


def slot(ref: object) -> str | None:
    """The country slot of an event argument, as the scorer reads it (IGOs keep their code)."""
    if ref is None:
        return None
    code = getattr(ref, "code", "") or ""
    if code.startswith("IGO"):
        return code
    return getattr(ref, "country", None) or code[:3] or None


def triple(event: Event) -> Triple:
    return slot(event.source), slot(event.target), event.cameo_root


def positive(coded: CodedArticle) -> set[Triple]:
    return {triple(e) for e in coded.events if not e.negated}


def code(coder: Coder, text: str, date: str = "2023-02-15") -> CodedArticle:
    return coder.code(Article(id="events", text=text, date=date))


# (case id, text, required: [(source, target, allowed roots)], forbidden positive triples)
# fmt: off
CASES = [
    # a statement that reports another actor's violence accuses that actor
    ("statement-accuses",
     "Le Royaume-Uni affirme que des missiles ont été livrés par l'Iran à la Russie.",
     [("GBR", "IRN", {"11"})], []),
    # a demand with no addressee named, in a domestic story, targets the own country
    ("domestic-demand",
     "Des milliers de manifestants ont défilé à Bamako. Ils exigent la démission du "
     "gouvernement malien.",
     [("MLI", "MLI", {"10", "14"})], []),
    # a condemned action names its author
    ("condemned-action-author",
     "L'Allemagne a condamné les frappes russes sur Kharkiv.",
     [("DEU", "RUS", {"11"})], [("DEU", "UKR", "11")]),
    # passive voice: the agent of "par" is the source
    ("passive-recu",
     "Le président ukrainien a été reçu mardi par Emmanuel Macron à l'Élysée.",
     [("FRA", "UKR", {"04"})], [("UKR", "FRA", "04")]),
    ("passive-accuse",
     "L'Iran a été accusé par les États-Unis de fournir des drones à la Russie.",
     [("USA", "IRN", {"11"})], [("IRN", "USA", "11"), ("USA", "RUS", "07")]),
    ("passive-condamne",
     "L'essai de missile nord-coréen a été condamné par le Japon.",
     [("JPN", "PRK", {"11"})], []),
    # coordinated subjects and objects
    ("coord-subjects",
     "La France et l'Allemagne ont condamné la Russie.",
     [("FRA", "RUS", {"11"}), ("DEU", "RUS", {"11"})], []),
    ("coord-subjects-capitals",
     "Washington et Londres ont imposé de nouvelles sanctions à l'Iran.",
     [("USA", "IRN", {"16"}), ("GBR", "IRN", {"16"})], []),
    ("coord-objects",
     "Le Japon a condamné la Corée du Nord et la Chine.",
     [("JPN", "PRK", {"11"}), ("JPN", "CHN", {"11"})], []),
    ("coord-objects-visit",
     "Le président chinois s'est rendu en Russie et au Kazakhstan.",
     [("CHN", "RUS", {"04"}), ("CHN", "KAZ", {"04"})], []),
    # nominal events
    ("nominal-visite",
     "La visite du président chinois à Moscou est prévue en mars.",
     [("CHN", "RUS", {"04"})], []),
    ("nominal-frappes",
     "Les frappes israéliennes contre le Hezbollah ont repris samedi.",
     [("ISR", "LBN", {"18", "19"})], []),
    ("nominal-rencontre",
     "La rencontre entre Joe Biden et Xi Jinping a eu lieu lundi à Bali.",
     [("USA", "CHN", {"04"})], []),
    ("nominal-sanctions",
     "Les sanctions de l'Union européenne contre la Russie ont été prolongées de six mois.",
     [("IGOEUREEC", "RUS", {"16"})], []),
    # infinitival clauses and control verbs
    ("infinitival-occasion",
     "Le sommet a été l'occasion pour le président russe de saluer la Chine.",
     [("RUS", "CHN", {"05"})], []),
    ("control-decider",
     "Le Mali a décidé d'expulser l'ambassadeur de France.",
     [("MLI", "FRA", {"16", "17"})], []),
    ("control-demander",
     "La Pologne a demandé à l'Allemagne de livrer des chars à l'Ukraine.",
     [("POL", "DEU", {"02"})], [("POL", "UKR", "07")]),
    # speech-act verbs
    ("accuser",
     "L'Ukraine a accusé la Russie de crimes de guerre.",
     [("UKR", "RUS", {"11"})], []),
    ("condamner",
     "Le Canada a condamné l'Iran pour la répression des manifestations.",
     [("CAN", "IRN", {"11"})], []),
    ("menacer",
     "Le Royaume-Uni a menacé l'Iran de nouvelles sanctions.",
     [("GBR", "IRN", {"13"})], []),
    ("demander",
     "Le Brésil a demandé aux États-Unis la levée des sanctions contre Cuba.",
     [("BRA", "USA", {"02"})], []),
    ("critiquer",
     "L'Inde a critiqué le Pakistan pour son soutien aux groupes armés.",
     [("IND", "PAK", {"11"})], []),
    # first person inside a quote: the speaker's country
    ("quote-nous",
     "« Nous soutiendrons l'Iran », a déclaré le président chinois.",
     [("CHN", "IRN", {"03", "05"})], []),
    ("quote-nous-cooperer",
     "« Nous renforcerons notre coopération avec la Russie », a promis le président chinois.",
     [("CHN", "RUS", {"03"})], []),
    # a cooperative act told in the future is a commitment (03); a future visit stays a visit
    ("future-aller-signer",
     "Le Canada va signer un accord sur les migrations avec le Mexique.",
     [("CAN", "MEX", {"03"})], [("CAN", "MEX", "05")]),
    ("future-visit",
     "Le président chinois se rendra lundi à Moscou.",
     [("CHN", "RUS", {"04"})], []),
    # a speech verb used as a light verb: the noun is the event
    ("light-lancer-offensive",
     "L'armée russe a lancé une offensive contre l'Ukraine.",
     [("RUS", "UKR", {"19"})], [("RUS", "UKR", "01")]),
    # a denial in an incise is coded, through the quote's speaker when misparsed
    ("incise-speaker",
     "« Nos troupes n'ont jamais franchi la frontière », a démenti le ministre rwandais de "
     "la Défense.",
     [("RWA", None, {"01"})], []),
    # the subject of a passive refines the verb: an attack claimed, not a demand
    ("passive-refines",
     "L'attaque contre la base militaire a été revendiquée par les shebabs somaliens.",
     [("SOM", None, {"01"})], [("SOM", None, "10")]),
    ("light-lancer-appel",
     "Le Premier ministre pakistanais a lancé un appel à l'aide au Japon.",
     [("PAK", "JPN", {"02"})], [("PAK", "JPN", "01")]),
]

# Negated or hypothetical actions: none of these triples may come out as positive events.
NOT_POSITIVE = [
    ("negation-ne-pas",
     "Paris n'a pas condamné l'attaque de la Russie contre l'Ukraine.",
     [("FRA", "RUS", "11")]),
    ("negation-jamais",
     "Pékin n'a jamais menacé Taïwan, a assuré le porte-parole chinois.",
     [("CHN", "TWN", "13")]),
    ("negation-refuser",
     "La Hongrie a refusé de sanctionner la Russie.",
     [("HUN", "RUS", "16")]),
    ("negation-ni",
     "Le Japon n'a ni condamné ni soutenu la Russie.",
     [("JPN", "RUS", "11"), ("JPN", "RUS", "05")]),
    ("hypothesis-pourrait",
     "Moscou pourrait envoyer des troupes en Biélorussie.",
     [("RUS", "BLR", "04"), ("RUS", "BLR", "07"), ("RUS", "BLR", "19")]),
    ("hypothesis-si",
     "Si la Chine livrait des armes à la Russie, les États-Unis imposeraient des sanctions.",
     [("CHN", "RUS", "07"), ("USA", "CHN", "16"), ("USA", None, "16")]),
    ("hypothesis-envisager",
     "L'Allemagne envisagerait de livrer des chars à l'Ukraine.",
     [("DEU", "UKR", "07")]),
    ("question",
     "La Chine va-t-elle armer la Russie ?",
     [("CHN", "RUS", "07")]),
]
# fmt: on


@pytest.mark.parametrize(
    "text, required, forbidden", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_event_triples(
    fr_coder: Coder,
    text: str,
    required: list[tuple[str, str, set[str]]],
    forbidden: list[Triple],
) -> None:
    found = positive(code(fr_coder, text))
    for source, target, roots in required:
        assert any((s, t) == (source, target) and r in roots for s, t, r in found), (
            f"missing {source}->{target} root {sorted(roots)} in {sorted(found, key=str)}"
        )
    for bad in forbidden:
        assert bad not in found, f"{bad} should not be a positive event: {sorted(found, key=str)}"


@pytest.mark.parametrize(
    "text, forbidden", [c[1:] for c in NOT_POSITIVE], ids=[c[0] for c in NOT_POSITIVE]
)
def test_negated_and_hypothetical_actions_are_not_positive_events(
    fr_coder: Coder, text: str, forbidden: list[Triple]
) -> None:
    found = positive(code(fr_coder, text))
    for bad in forbidden:
        assert bad not in found, f"{bad} should not be a positive event: {sorted(found, key=str)}"


def test_negated_event_is_marked_when_output(fr_coder: Coder) -> None:
    text = "Paris n'a pas condamné l'attaque de la Russie contre l'Ukraine."
    coded = code(fr_coder, text)
    for event in coded.events:
        if event.trigger.text.startswith("condamn"):
            assert event.negated, event


# One article made of every case above, as paragraphs: offsets must hold across them.
EVIDENCE_ARTICLE = "\n\n".join(
    [c[1] for c in CASES]
    + [c[1] for c in NOT_POSITIVE]
    + ["Wang Yi est arrivé mardi à Moscou. Il a rencontré Sergueï Lavrov le lendemain."]
)


def test_every_event_carries_its_evidence(fr_coder: Coder) -> None:
    text = EVIDENCE_ARTICLE
    coded = code(fr_coder, text)
    assert len(coded.events) >= len(CASES)
    for event in coded.events:
        trigger = event.trigger
        assert text[trigger.start : trigger.end] == trigger.text, event
        assert trigger.text in event.sentence, event
        end = event.sentence_start + len(event.sentence)
        assert text[event.sentence_start : end] == event.sentence, event
        assert event.sentence_start <= trigger.start and trigger.end <= end, event
        assert "\n\n" not in event.sentence.strip(), event
        assert event.cameo.startswith(event.cameo_root) and len(event.cameo_root) == 2, event
        assert event.quad_class in {1, 2, 3, 4}, event
