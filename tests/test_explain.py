"""`veille.explain`: why each missed and each extra triple."""

from __future__ import annotations

from dataclasses import replace

from veille.evaluate import gold_from_dict
from veille.events.evidence import Dropped
from veille.explain import explain
from veille.types import ActorMention, ActorRef, CodedArticle, Event, Span


def _event(s: str, t: str | None, cameo: str, negated: bool = False) -> Event:
    return Event(
        source=ActorRef(s, s[:3], s[3:] or None, None, f"mots {s}"),
        target=ActorRef(t, t[:3], t[3:] or None, None, f"mots {t}") if t else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        goldstein=0.0,
        quad_class=1,
        plover=None,
        sentence="Une phrase.",
        sentence_start=0,
        trigger=Span("phrase", 4, 10),
        negated=negated,
        evidence=("trigger:noun", "source:noun"),
    )


GOLD = gold_from_dict(
    {
        "id": "a1",
        "events": [
            {"source": "FRA", "target": "DEU", "root": "04"},
            {"source": "RUS", "target": "UKR", "root": "19"},
            {"source": "CHN", "target": "USA", "root": "11"},
            {"source": "ITA", "target": "*", "root": "01", "required": False},
        ],
    }
)


def test_explain_extra_and_missed() -> None:
    made = _event("FRAGOV", "ESP", "042")
    pred = CodedArticle(
        "a1",
        None,
        "fr",
        events=[made, _event("RUSMIL", "UKR", "190", negated=True), _event("ITAGOV", None, "010")],
        actors=[ActorMention("Pékin", 0, 5, "CHN", "CHN")],
    )
    lost = Dropped(_event("FRAGOV", "DEU", "040"), "hypothetical")
    (article,) = explain([GOLD], [pred], {"a1": [lost]})
    by = {(i.kind, i.triple): i for i in article.items}
    assert set(by) == {
        ("missed", ("FRA", "DEU", "04")),
        ("missed", ("RUS", "UKR", "19")),
        ("missed", ("CHN", "USA", "11")),
        ("extra", ("FRA", "ESP", "04")),
    }
    visit = by["missed", ("FRA", "DEU", "04")]
    assert [(b.event, b.dropped) for b in visit.events] == [(lost.event, "hypothetical")]
    assert [b.event for b in visit.near] == [made]  # same source and root, another target
    assert [b.dropped for b in by["missed", ("RUS", "UKR", "19")].events] == ["negated"]
    criticism = by["missed", ("CHN", "USA", "11")]
    assert not criticism.events and criticism.actors == {"CHN": ["Pékin"], "USA": []}
    assert [b.event for b in by["extra", ("FRA", "ESP", "04")].events] == [made]


def test_explain_nothing_when_all_found() -> None:
    gold = replace(GOLD, events=GOLD.events[:1])
    pred = CodedArticle("a1", None, "fr", events=[_event("FRAGOV", "DEU", "040")])
    assert explain([gold], [pred])[0].items == []
    assert [i.kind for i in explain([gold], [])[0].items] == ["missed"]


def test_explain_lists_the_sentences_naming_a_missed_triple() -> None:
    text = "Pékin a reçu des visiteurs. Pékin critique Washington sans relâche. Fin."
    start = text.index("Pékin critique")
    pred = CodedArticle(
        "a1",
        None,
        "fr",
        events=[
            replace(_event("CHNGOV", None, "010"), trigger=Span("critique", start + 6, start + 14))
        ],
        actors=[
            ActorMention("Pékin", 0, 5, "CHN", "CHN"),
            ActorMention("Pékin", start, start + 5, "CHN", "CHN"),
            ActorMention("Washington", start + 15, start + 25, "USA", "USA"),
        ],
    )
    gold = replace(GOLD, events=GOLD.events[2:3])  # CHN -> USA root 11
    items = explain([gold], [pred], {}, {"a1": text})[0].items
    (item,) = [i for i in items if i.kind == "missed"]
    assert [(s.text, s.triggers) for s in item.sentences] == [
        ("Pékin critique Washington sans relâche.", ("«critique» 010 output",))
    ]
