from __future__ import annotations

import pytest

from veille.pipeline import Coder, split_text
from veille.settings import Settings
from veille.types import Article

PARAGRAPH = (
    "Le président chinois Xi Jinping a reçu à Pékin le président iranien. "
    "« Nous soutenons l'Iran », a-t-il déclaré.\n\n"
)


@pytest.mark.parametrize("limit", [50, 120, 1000])
def test_split_text_pieces_cover_the_text_in_order(limit: int) -> None:
    text = PARAGRAPH * 7 + "un long paragraphe sans fin " * 20
    pieces = split_text(text, limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= limit for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)


def test_split_text_cuts_at_paragraph_ends() -> None:
    pieces = split_text(PARAGRAPH * 4, len(PARAGRAPH) * 2 + 5)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


@pytest.mark.slow
def test_coder_long_article_is_coded_in_pieces_with_true_offsets() -> None:
    settings = Settings.load(None, {"nlp.max_chunk_chars": "400"})
    coder = Coder.load("fr", settings)
    text = PARAGRAPH * 12
    coded = coder.code(Article(id="long", text=text, date="2023-02-10"))
    assert len(coded.quotes) == 12
    assert all(text[q.start : q.end] == q.text for q in coded.quotes)
    assert all(text[e.trigger.start : e.trigger.end] == e.trigger.text for e in coded.events)
    assert all(text[a.start : a.end] == a.text for a in coded.actors)
    assert {(e.source and e.source.country, e.cameo_root) for e in coded.events} >= {("CHN", "04")}


@pytest.mark.slow
def test_coder_two_megabyte_article_does_not_crash(fr_coder: Coder) -> None:
    text = PARAGRAPH * (2_000_000 // len(PARAGRAPH))
    assert len(text) > 1_900_000
    coded = fr_coder.code(Article(id="big", text=text, date="2023-02"))
    assert len(coded.quotes) == text.count("«")
    last = coded.quotes[-1]
    assert text[last.start : last.end] == last.text
