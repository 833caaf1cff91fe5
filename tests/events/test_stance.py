"""Will and readiness: "X veut négocier avec Y", "X se dit disposé à rencontrer Y", "X est
déterminé à aider Y" express an intent (03) refined by the act they govern; the act is not
done, and the speech verb that only carries the stance ("se dit", "affirme vouloir") is no
statement of its own. Without an infinitive, "disposer de", "déterminer" are no intent."""

from __future__ import annotations

from functools import partial

import pytest

from tests.events.coded import event_triples
from veille.pipeline import Coder

pytestmark = pytest.mark.slow


triples = partial(event_triples, full_code=True)


# (text, source, target, code)
# fmt: off
CASES = [
    ("Le gouvernement portugais se dit prêt à négocier avec le Maroc.", "PRT", "MAR", "036"),
    ("La Norvège s'est dite disposée à rencontrer les dirigeants suédois.", "NOR", "SWE", "036"),
    ("Le Chili est déterminé à aider la Bolivie.", "CHL", "BOL", "033"),
    ("Le Kenya veut négocier avec la Somalie.", "KEN", "SOM", "036"),
    ("Le Pérou souhaite coopérer avec l'Équateur.", "PER", "ECU", "030"),
    ("Le ministre roumain affirme vouloir rencontrer son homologue moldave.", "ROU", "MDA", "036"),
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target", "code"), CASES)
def test_stance_is_intent(fr_coder: Coder, text: str, source: str, target: str, code: str) -> None:
    found = triples(fr_coder, text)
    assert (source, target, code) in found, found
    assert not any(c[:2] in {"01", "04", "07"} for _, _, c in found), found


# fmt: off
NO_INTENT = [
    "L'armée malienne dispose de drones turcs.",
    "Les enquêteurs tentent de déterminer les causes de l'incendie à Lagos.",
]
# fmt: on


@pytest.mark.parametrize("text", NO_INTENT)
def test_no_infinitive_no_intent(fr_coder: Coder, text: str) -> None:
    found = triples(fr_coder, text)
    assert not any(c.startswith("03") for _, _, c in found), found


def test_claim_of_past_act_stays_a_statement(fr_coder: Coder) -> None:
    found = triples(fr_coder, "L'armée ukrainienne affirme avoir abattu des drones iraniens.")
    assert any(c.startswith("01") for _, _, c in found), found


# (text, source, target, code, the root the prepared act would have had)
# fmt: off
PREPARED = [
    ("La Turquie prépare une offensive contre les rebelles syriens.", "TUR", "SYR", "138", "19"),
    ("Le Pakistan a dit préparer des représailles contre l'Inde.", "PAK", "IND", "138", "19"),
]
# fmt: on


@pytest.mark.parametrize(("text", "source", "target", "code", "not_root"), PREPARED)
def test_a_prepared_attack_is_threatened_not_done(
    fr_coder: Coder, text: str, source: str, target: str, code: str, not_root: str
) -> None:
    found = triples(fr_coder, text)
    assert (source, target, code) in found, found
    assert not any(c.startswith(not_root) or c.startswith("01") for _, _, c in found), found
