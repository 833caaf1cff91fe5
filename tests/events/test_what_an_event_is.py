"""The coder's rules on what an event is, and the trace of what it dropped (real model)."""

from __future__ import annotations

import pytest

from veille.pipeline import Coder
from veille.serialize import from_dict, to_dict
from veille.types import Article

pytestmark = pytest.mark.slow


def trace(coder: Coder, text: str) -> tuple[list[tuple[str, str | None, str]], list[str]]:
    coded, dropped = coder.trace(Article(id="t", text=text, date="2023-05-10"))
    kept = [
        (e.source.code if e.source else "", e.target.code if e.target else None, e.cameo_root)
        for e in coded.events
    ]
    return kept, [f"{d.reason}:{d.event.trigger.text}" for d in dropped]


def test_a_news_agency_reporting_is_no_source(fr_coder: Coder) -> None:
    text = "Le quotidien Le Monde rapporte que le Japon a condamné la Chine."
    kept, dropped = trace(fr_coder, text)
    assert all(not code.endswith("MED") for code, _, _ in kept)
    assert "media-source:rapporte" in dropped
    assert ("JPNGOV", "CHN", "11") in kept or ("JPN", "CHN", "11") in kept


def test_a_hypothetical_is_traced(fr_coder: Coder) -> None:
    kept, dropped = trace(fr_coder, "La Turquie pourrait attaquer la Grèce.")
    assert not [k for k in kept if k[2] == "19"]
    assert any(d.startswith("hypothetical:") for d in dropped)


def test_every_event_says_how_it_was_made(fr_coder: Coder) -> None:
    coded = fr_coder.code(
        Article(id="t", text="Le Premier ministre indien a rencontré le président brésilien.")
    )
    assert coded.events
    for e in coded.events:
        assert any(t.startswith("trigger:") for t in e.evidence)
        assert any(t.startswith("source:") for t in e.evidence)
        assert 0 < e.confidence <= 1
    assert from_dict(to_dict(coded)) == coded  # the evidence survives the JSON


def test_an_outlet_in_an_incise_is_no_source(fr_coder: Coder) -> None:
    kept, dropped = trace(
        fr_coder, "Le Canada a expulsé deux diplomates, a annoncé la radio publique."
    )
    assert [k for k in kept if k[2] == "01"] == []
    assert "media-source:annoncé" in dropped
