"""The prefilter (`nlp.prefilter`): which sentences it keeps for the model, and that what it
blanks neither moves an offset nor changes what is coded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from veille.pipeline import Coder
from veille.prefilter import Prefilter, PrefilterTokenizer, install_prefilter
from veille.serialize import to_json
from veille.types import Article

pytestmark = pytest.mark.slow

FILLER = "Le temps restera doux jusqu'à dimanche."  # no trigger, actor nor quote mark


@pytest.fixture(scope="module")
def prefilter(fr_coder: Coder) -> Iterator[Prefilter]:
    """The prefilter of the shared coder; its tokenizer is given back afterwards."""
    plain = fr_coder.nlp.tokenizer
    install_prefilter(fr_coder.nlp, fr_coder.resources.lang, fr_coder.resources.gazetteer)
    wrapped = fr_coder.nlp.tokenizer
    assert isinstance(wrapped, PrefilterTokenizer)
    fr_coder.nlp.tokenizer = plain
    yield wrapped.prefilter


def kept(coder: Coder, prefilter: Prefilter, text: str) -> list[bool]:
    return [k for _, _, k in prefilter.keep(coder.nlp.make_doc(text))]


# (case id, text, which of its sentences are kept)
# fmt: off
CASES = [
    ("trigger-verb", f"{FILLER} L'accord a été signé hier soir.", [False, True]),
    ("trigger-noun", f"{FILLER} Les pourparlers reprendront demain.", [False, True]),
    ("nothing", f"{FILLER} La récolte de cerises fut abondante cette année.", [False, False]),
    ("quote-mark-and-the-sentence-before",
     f"{FILLER} « Beau temps » était écrit au tableau.", [True, True]),
    ("actor-a-later-pronoun-needs",
     f"Emmanuel Macron était à Marseille. {FILLER} Il a ensuite parlé longtemps.",
     [True, False, True]),
    ("agent-noun", f"{FILLER} La police surveillait le quartier.", [False, True]),
    ("demonym-and-title", f"{FILLER} Le chancelier allemand aime la musique.", [False, True]),
    ("no-cut-after-abbreviation", "M. Dupont aime la musique de chambre.", [True]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kept_sentences(
    fr_coder: Coder, prefilter: Prefilter, text: str, expected: list[bool]
) -> None:
    assert kept(fr_coder, prefilter, text) == expected


def test_blanking_keeps_every_offset(fr_coder: Coder, prefilter: Prefilter) -> None:
    text = f"La police a arrêté trois manifestants mardi.\n\n{FILLER}\n\nL'accord a été signé."
    blanked = prefilter.blank(fr_coder.nlp.make_doc(text))
    assert blanked is not None
    out, starts = blanked
    assert len(out) == len(text)
    start = text.index(FILLER)
    assert out[start : start + len(FILLER)] == "x" * (len(FILLER) - 1) + "."
    assert out.replace(out[start : start + len(FILLER)], FILLER) == text
    assert starts == [start, text.index("L'accord")]


def test_nothing_blanked_when_every_sentence_counts(fr_coder: Coder, prefilter: Prefilter) -> None:
    assert prefilter.blank(fr_coder.nlp.make_doc("L'accord a été signé hier soir.")) is None


ARTICLES = [
    "La police a arrêté trois manifestants à Paris mardi.\n\n"
    f"{FILLER} La récolte de cerises fut abondante cette année.\n\n"
    "Le gouvernement français a condamné les violences.",
    "Le président russe a rencontré le Premier ministre indien à Moscou. "
    f"« Nous voulons la paix », a déclaré le chef du Kremlin. {FILLER}",
    f"Emmanuel Macron était à Berlin jeudi. {FILLER} Il a critiqué la décision de Pékin.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_same_output_with_and_without(fr_coder: Coder, prefilter: Prefilter, text: str) -> None:
    article = Article(id="a1", text=text, date="2024-03-01")
    plain = fr_coder.nlp.tokenizer
    without = to_json(fr_coder.code(article))
    fr_coder.nlp.tokenizer = PrefilterTokenizer(plain, prefilter)
    try:
        assert prefilter.blank(plain(text)) is not None  # something is skipped
        with_it = to_json(fr_coder.code(article))
    finally:
        fr_coder.nlp.tokenizer = plain
    assert with_it == without
