"""Who did it and who underwent it, in the constructions news uses for coercion and
violence: agents hung off the wrong word by the parser, fronted participles, nominal
events with "par X" or "contre Y", announced acts, first-person sides in quotes.

Sentences of our own; each lists scoring triples (source, target, CAMEO root) the
coder must output as positive events, and triples it must not output.
"""

from __future__ import annotations

import pytest

from veille.evaluate import slot
from veille.pipeline import Coder
from veille.types import Article

pytestmark = pytest.mark.slow

Triple = tuple[str | None, str | None, str]

# (case id, text, required triples, forbidden triples)
# fmt: off
CASES: list[tuple[str, str, list[Triple], list[Triple]]] = [
    ("passive-agent-parsed-as-adjunct",
     "Le chef rebelle a été assassiné par la Turquie à Bagdad.",
     [("TUR", None, "18")], [("IRQ", None, "18")]),
    ("passive-agent-after-time-adjunct",
     "Odessa a été frappée cette nuit par des missiles russes.",
     [("RUS", "UKR", "19")], []),
    ("passive-subject-undergoes",
     "L'Iran a été frappé de nouvelles sanctions par l'Union européenne.",
     [("IGOEUREEC", "IRN", "16")], []),
    ("nominal-agent-under-complement",
     "L'expulsion de migrants guinéens par la Tunisie a été dénoncée.",
     [("TUN", "GIN", "17")], []),
    ("nominal-claimed-by",
     "Une attaque de drone revendiquée par le Hezbollah a visé une caserne israélienne.",
     [("LBN", "ISR", "19")], []),
    ("nominal-de-with-contre-is-the-doer",
     "L'offensive des talibans contre l'armée afghane a fait trente morts.",
     [("AFG", "AFG", "19")], []),
    ("nominal-victim-demonym",
     "L'enlèvement de trois ingénieurs turcs par les rebelles du M23 a été confirmé.",
     [("COD", "TUR", "18")], []),
    ("fronted-participle",
     "Tués par des policiers kényans, deux manifestants ont été enterrés samedi.",
     [("KEN", "KEN", "19")], []),
    ("passive-infinitive-controller-undergoes",
     "Un journaliste espagnol dit avoir été frappé par la police vénézuélienne.",
     [("VEN", "ESP", "19")], [("ESP", "VEN", "19")]),
    ("fronted-participle-tagged-as-noun",
     "Expulsé par les autorités algériennes, le journaliste marocain est rentré à Rabat.",
     [("DZA", "MAR", "17")], []),
    ("announced-act-is-coded",
     "Le gouvernement nigérien a annoncé la suspension de sa coopération avec le Bénin.",
     [("NER", "BEN", "16")], []),
    ("our-side-in-a-quote",
     "« Nos drones ont détruit deux chars ennemis », a affirmé le porte-parole de l'armée "
     "ukrainienne.",
     [("UKR", None, "19")], []),
    ("weapon-as-subject-refines",
     "Les drones de l'armée turque ont frappé des positions kurdes en Syrie.",
     [("TUR", "SYR", "19")], []),
    ("s-en-prendre-is-no-capture",
     "Les rebelles ont menacé de s'en prendre aux écoles de la ville de Goma.",
     [], [("COD", "COD", "19")]),
    ("transfer-passive-keeps-its-destination",
     "Des observateurs égyptiens seront envoyés à Gaza.",
     [], [("EGY", "EGY", "04")]),
    ("newspaper-title-needs-capitals",
     "Les massacres commis par l'armée birmane ont choqué le monde.",
     [("MMR", None, "20")], [(None, "FRA", "20")]),
]
# fmt: on


@pytest.mark.parametrize(
    "text, required, forbidden", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_agents_and_patients(
    fr_coder: Coder, text: str, required: list[Triple], forbidden: list[Triple]
) -> None:
    coded = fr_coder.code(Article(id="agents", text=text, date="2023-06-15"))
    found = {(slot(e.source), slot(e.target), e.cameo_root) for e in coded.events if not e.negated}
    for source, target, root in required:
        assert any(
            r == root and (source is None or s == source) and (target is None or t == target)
            for s, t, r in found
        ), f"missing {source}->{target} {root} in {sorted(found, key=str)}"
    for bad in forbidden:
        s0, t0, r0 = bad
        assert not any(
            r == r0 and (s0 is None or s == s0) and (t0 is None or t == t0) for s, t, r in found
        ), f"{bad} should not be output: {sorted(found, key=str)}"


def test_weapon_named_as_subject_refines_the_code(fr_coder: Coder) -> None:
    text = "Les drones de l'armée turque ont frappé des positions kurdes en Syrie."
    coded = fr_coder.code(Article(id="weapon", text=text, date="2023-06-15"))
    assert any(e.cameo == "195" for e in coded.events), [e.cameo for e in coded.events]


def test_negation_across_a_light_verb(fr_coder: Coder) -> None:
    """ "n'a imposé aucune sanction": the negation sits on the noun, "ne" on the verb."""
    text = "Le Brésil n'a imposé aucune sanction à la Russie."
    coded = fr_coder.code(Article(id="neg", text=text, date="2023-06-15"))
    sanctions = [e for e in coded.events if e.cameo_root == "16"]
    assert sanctions and all(e.negated for e in sanctions)
