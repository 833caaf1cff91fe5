"""Compact results (veille.compact, veille.serialize.iter_json): same values, less memory."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

from veille import compact, serialize
from veille.fixtures import fixture_records
from veille.serialize import iter_json, to_json
from veille.types import ActorRef, CodedArticle, Event, Plover, Quote, Span, Speaker


def _event(sentence: str, word: str, at: int, target: str = "FRA") -> Event:
    return Event(
        source=ActorRef("DEU", "DEU", None, None, "".join(["Ber", "lin"])),
        target=ActorRef(target, target, None, None, "la France"),
        cameo="042",
        cameo_root="04",
        goldstein=1.9,
        quad_class=1,
        plover=Plover("CONSULT", "visit"),
        sentence=sentence,
        sentence_start=0,
        trigger=Span(word, at, at + len(word)),
        evidence=("subject", "object"),
    )


def test_events_are_moved_to_their_offset_with_every_other_value_kept() -> None:
    found = [_event("Berlin reçoit la France.", "reçoit", 7)]
    (moved,) = compact.events(found, 1000)
    assert moved.trigger == Span("reçoit", 1007, 1013)
    assert moved.sentence_start == 1000
    expected = dataclasses.replace(found[0], sentence_start=1000, trigger=moved.trigger)
    assert moved == expected


def test_events_of_one_sentence_share_its_string_and_equal_records() -> None:
    sentence = "Berlin reçoit la France et la Belgique."
    copy = "".join([sentence[:10], sentence[10:]])  # equal, another object
    first, second = compact.events([_event(sentence, "reçoit", 7), _event(copy, "reçoit", 7)], 0)
    assert first.sentence is second.sentence
    assert first.source is second.source and first.plover is second.plover
    assert first.evidence is second.evidence


def test_different_records_are_not_merged() -> None:
    first, second = compact.events(
        [_event("A.", "reçoit", 7, "FRA"), _event("B.", "reçoit", 7, "BEL")], 0
    )
    assert first.target != second.target
    assert (first.sentence, second.sentence) == ("A.", "B.")


def test_quotes_are_moved_and_their_speakers_shared() -> None:
    speaker = Speaker("Olaf Scholz", "DEUGOV", "le chancelier")
    other = Speaker("Olaf Scholz", "DEUGOV", "le chancelier")
    found = [Quote("« Oui »", 5, 12, speaker, "dire"), Quote("« Non »", 20, 27, other, None)]
    moved = compact.quotes(found, 100)
    assert [(q.start, q.end) for q in moved] == [(105, 112), (120, 127)]
    assert moved[0].speaker is moved[1].speaker
    assert [q.text for q in moved] == ["« Oui »", "« Non »"]


def test_the_pool_stays_bounded() -> None:
    for n in range(compact.POOL_SIZE + 10):
        compact.share(Speaker(str(n), None, None))
    assert len(compact._pool) <= compact.POOL_SIZE


def test_records_carry_no_per_instance_dict_and_survive_pickling() -> None:
    _, coded = fixture_records()[0]
    assert not hasattr(coded.actors[0], "__dict__")
    assert not hasattr(coded.events[0], "__dict__")
    assert pickle.loads(pickle.dumps(coded)) == coded  # executors send them between processes


@pytest.mark.parametrize("part", [1, 2, 3, 1000])
def test_iter_json_gives_the_text_of_the_whole_record(
    part: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(serialize, "PART_RECORDS", part)
    for _, coded in fixture_records():
        expected = json.dumps(dataclasses.asdict(coded), ensure_ascii=False)
        assert "".join(iter_json(coded)) == expected
        assert to_json(coded) == expected


def test_iter_json_cuts_a_long_result_into_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serialize, "PART_RECORDS", 2)
    _, coded = max(fixture_records(), key=lambda pair: len(pair[1].actors))
    parts = list(iter_json(coded))
    records = len(coded.actors) + len(coded.events) + len(coded.quotes)
    assert len(parts) == records // 2 + 1
    empty = CodedArticle(id="e", date=None, lang="fr")
    assert list(iter_json(empty)) == [to_json(empty)]
