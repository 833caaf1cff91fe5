from __future__ import annotations

import pytest

from veille.quotes.extract import find_quote_spans

PAIRS = {"«": "»", "“": "”", '"': '"'}


# fmt: off
CASES = [
    ("Il a dit « nous viendrons » hier.", ["nous viendrons"]),
    ("« Première phrase. Deuxième phrase », a-t-il dit.", ["Première phrase. Deuxième phrase"]),
    ("Elle parle d’un “moment important” et d’un \"signal clair\".",
     ["moment important", "signal clair"]),
    ("« Le mot “crise” revient », note-t-il.", ["Le mot “crise” revient"]),
    ("Un « guillemet jamais fermé\n\nNouveau paragraphe.", ["guillemet jamais fermé"]),
    ("Un « mot\nSuite.", []),
    ("» Nous sommes prêts », a-t-il dit.", ["Nous sommes prêts"]),
    ("Trop court : « a ».", []),
]
# fmt: on


@pytest.mark.parametrize("text, expected", CASES)
def test_find_quote_spans_outermost_passages(text: str, expected: list[str]) -> None:
    spans = find_quote_spans(text, PAIRS, min_chars=2)
    assert [text[s.start : s.end] for s in spans] == expected


def test_find_quote_spans_offsets_point_inside_the_marks() -> None:
    text = "Il a déclaré : «  Tout avance  »."
    (span,) = find_quote_spans(text, PAIRS, min_chars=2)
    assert text[span.open_at] == "«" and text[span.close_at] == "»"
    assert text[span.start : span.end] == "Tout avance"
