"""What an event is: media outlets, the same actor on both sides, addressees, confidence."""

from __future__ import annotations

import pytest

from veille.events.evidence import (
    BELOW_THRESHOLD,
    MEDIA_SOURCE,
    NO_ADDRESSEE,
    Dropped,
    confidence,
    load_weights,
)
from veille.events.filters import EventFilter, is_media, same_actor
from veille.settings import Settings
from veille.types import ActorRef, Event, Span

TAGS = ("trigger:verb", "code:bare", "source:subject", "target:object")


def ref(code: str, text: str = "x") -> ActorRef:
    country = None if code.startswith("IGO") else code[:3]
    sector = code[3:6] or None
    return ActorRef(code, country, sector, None, text)


def ev(s: str | None, t: str | None, cameo: str, tags: tuple[str, ...] = TAGS) -> Event:
    return Event(
        source=ref(s, "les mots de " + s) if s else None,
        target=ref(t, "d'autres mots de " + t) if t else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        goldstein=0.0,
        quad_class=1,
        plover=None,
        sentence="",
        sentence_start=0,
        trigger=Span("t", 0, 1),
        evidence=tags,
    )


def make(**overrides: str) -> EventFilter:
    return EventFilter(Settings.load(overrides=overrides), load_weights())


@pytest.mark.parametrize(
    ("s", "t", "same"),
    [
        (ref("IRN"), ref("IRNGOV"), True),  # a country and its own government
        (ref("KORGOV"), ref("KOR"), True),
        (ref("SYRREB", "les rebelles"), ref("SYRREB", "le Front"), False),  # two groups
        (ref("USAGOV", "Obama"), ref("USAOPP", "Romney"), False),
        (ref("FRAGOV", "il"), ref("FRAGOV", "il"), True),
        (ref("IGOUNO"), ref("IGOUNO", "l'ONU"), False),
        (ref("FRA"), None, False),
    ],
)
def test_same_actor(s: ActorRef, t: ActorRef | None, same: bool) -> None:
    assert same_actor(s, t) is same


def test_is_media() -> None:
    assert is_media(ref("FRAMED")) and not is_media(ref("FRAGOV")) and not is_media(None)


def test_a_news_outlet_reporting_codes_nothing() -> None:
    out = make().one(ev("RUSMED", "UKR", "010", (*TAGS, "code:speech")))
    assert isinstance(out, Dropped) and out.reason == MEDIA_SOURCE


def test_a_news_outlet_acting_is_kept() -> None:
    out = make().one(ev("FRAMED", "EGY", "111"))  # a channel condemning an assault
    assert isinstance(out, Event) and out.target is not None


def test_a_news_outlet_is_not_an_addressee() -> None:
    out = make().one(ev("USAGOV", "FRAMED", "010"))
    assert isinstance(out, Event) and out.target is None
    assert "untargeted:media" in out.evidence and "target:none" in out.evidence


@pytest.mark.parametrize(("cameo", "kept_target"), [("042", False), ("173", True), ("141", True)])
def test_a_country_towards_itself_only_inside_a_country(cameo: str, kept_target: bool) -> None:
    out = make(**{"events.min_confidence": "0"}).one(ev("VENGOV", "VEN", cameo))
    assert isinstance(out, Event)
    assert (out.target is not None) is kept_target


def test_roots_that_need_an_addressee() -> None:
    strict = make(**{"events.target_required_roots": '["01"]'})
    out = strict.one(ev("FRAGOV", None, "010", ("trigger:verb", "target:none")))
    assert isinstance(out, Dropped) and out.reason == NO_ADDRESSEE
    assert isinstance(make().one(ev("FRAGOV", None, "010", ("target:none",))), Event)


def test_confidence_threshold() -> None:
    lonely = ev("FRAGOV", None, "042", ("trigger:verb", "target:none"))
    out = make(**{"events.min_confidence": "0.55"}).one(lonely)
    assert isinstance(out, Dropped) and out.reason == BELOW_THRESHOLD
    assert out.event.confidence == pytest.approx(0.5)
    kept = make(**{"events.min_confidence": "0.4"}).one(lonely)
    assert isinstance(kept, Event) and kept.confidence == pytest.approx(0.5)


def test_confidence_weights_by_root() -> None:
    weights = {"target:none": 0.5, "target:none@01": 0.9, "in-quote": 0.5}
    assert confidence(["target:none"], weights, "04") == 0.5
    assert confidence(["target:none"], weights, "01") == 0.9
    assert confidence(["target:none", "in-quote", "unknown"], weights, "04") == 0.25


def test_apply_keeps_order_and_drops_duplicates() -> None:
    a, b = ev("FRAGOV", "DEU", "040"), ev("DEUGOV", "FRA", "040")
    kept, dropped = make().apply([a, b, a, ev("RUSMED", None, "010")])
    assert [e.source.code for e in kept if e.source] == ["FRAGOV", "DEUGOV"]
    assert [d.reason for d in dropped] == [MEDIA_SOURCE]


def test_min_confidence_is_validated() -> None:
    from veille.errors import ConfigError

    with pytest.raises(ConfigError):
        Settings.load(overrides={"events.min_confidence": "beaucoup"})


@pytest.mark.parametrize(
    ("raw", "value"), [('["01", "04"]', ["01", "04"]), ("01,04", ["01", "04"]), ("[]", [])]
)
def test_list_settings_from_the_command_line(raw: str, value: list[str]) -> None:
    assert (
        Settings.load(overrides={"events.target_required_roots": raw})[
            "events.target_required_roots"
        ]
        == value
    )
