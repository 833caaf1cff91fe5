"""The DuckDB store: deduplication, filters, dyad series, and values kept out of SQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.errors import StoreError, UsageError
from veille.store import Store, content_hash
from veille.types import (
    ActorMention,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Plover,
    Quote,
    Span,
    Speaker,
)


def _ref(code: str | None) -> ActorRef | None:
    if code is None:
        return None
    country = None if code.startswith("IGO") or len(code) < 3 else code[:3]
    return ActorRef(code=code, country=country, text=code.lower())


def _event(
    src: str | None, tgt: str | None, cameo: str, gs: float, quad: int, negated: bool = False
) -> Event:
    return Event(
        source=_ref(src),
        target=_ref(tgt),
        cameo=cameo,
        cameo_root=cameo[:2],
        goldstein=gs,
        quad_class=quad,
        plover=Plover("CONSULT", "visit"),
        sentence="Une phrase.",
        sentence_start=0,
        trigger=Span("phrase", 4, 10),
        negated=negated,
        confidence=0.8,
    )


def _article(aid: str, date: str | None, text: str | None = None) -> Article:
    return Article(id=aid, text=text or f"Texte de l'article {aid}.", date=date)


def _coded(
    article: Article, events: list[Event], quotes: list[Quote] | None = None
) -> CodedArticle:
    actors = [ActorMention("Pékin", 0, 5, "CHN", "CHN")]
    return CodedArticle(
        article.id, article.date, "fr", events=events, actors=actors, quotes=quotes or []
    )


# (id, date, events): a small history of CHN-RUS relations over three months.
HISTORY = [
    (
        "a1",
        "2023-01-10",
        [_event("CHNGOV", "RUS", "042", 1.9, 1), _event("RUS", "CHN", "051", 3.4, 1)],
    ),
    (
        "a2",
        "2023-01-25",
        [_event("CHN", "RUSGOV", "036", 4.0, 1), _event("CHN", "USA", "111", -2.0, 3)],
    ),
    (
        "a3",
        "2023-02-03",
        [
            _event("CHNMIL", "RUSMIL", "062", 7.4, 2),
            _event("RUS", "CHN", "112", -2.0, 3, negated=True),
        ],
    ),
    (
        "a4",
        "2023-03",
        [_event("RUS", "CHNGOV", "043", 2.8, 1), _event("IGOUNO", "RUS", "112", -2.0, 3)],
    ),
    ("a5", None, [_event("CHN", "RUS", "040", 1.0, 1)]),
]


@pytest.fixture
def store() -> Store:
    s = Store.open(":memory:")
    for aid, date, events in HISTORY:
        art = _article(aid, date)
        quotes = []
        if aid == "a1":
            quotes = [
                Quote(
                    "Nos relations n'ont jamais été aussi solides.",
                    10,
                    55,
                    Speaker("Sergey Lavrov", "RUSGOV", "le ministre"),
                    "déclarer",
                ),
                Quote(
                    "Nous travaillerons ensemble.",
                    60,
                    88,
                    Speaker("Wang Yi", "CHNGOV", "il"),
                    "ajouter",
                ),
                Quote("Sans auteur.", 90, 100, None),
            ]
        assert s.add(art, _coded(art, events, quotes))
    return s


def test_store_add_twice_adds_nothing(store: Store) -> None:
    art = _article("a1", "2023-01-10")
    assert store.summary().articles == 5
    assert not store.add(art, _coded(art, [_event("CHN", "RUS", "042", 1.9, 1)]))
    rewrapped = Article("autre-id", "  Texte de l'article\n a1. ", "2023-01-10")
    assert content_hash(rewrapped) == content_hash(art)
    assert not store.add(rewrapped, _coded(rewrapped, []))
    summary = store.summary()
    assert (summary.articles, summary.events) == (5, 8)


def test_store_same_id_other_text_is_kept_under_new_id(store: Store) -> None:
    art = _article("a1", "2023-01-10", "Un tout autre texte.")
    assert store.add(art, _coded(art, [_event("FRA", "DEU", "042", 1.9, 1)]))
    (row,) = store.events(source="FRA")
    assert row.article_id.startswith("a1@") and row.date == "2023-01-10"


def test_store_hash_depends_on_date() -> None:
    assert content_hash(_article("x", "2023-01")) != content_hash(_article("x", "2023-02"))


def test_store_persists_across_opens(tmp_path: Path) -> None:
    path = tmp_path / "v.duckdb"
    art = _article("p1", "2023-05")
    with Store.open(path) as s:
        assert s.add(art, _coded(art, [_event("CHN", "RUS", "042", 1.9, 1)]))
    with Store.open(path, create=False) as s:
        assert not s.add(art, _coded(art, []))
        assert [e.cameo for e in s.events()] == ["042"]


@pytest.mark.parametrize(
    "filters, expected",
    [
        (
            {},
            [
                ("a1", 0),
                ("a1", 1),
                ("a2", 0),
                ("a2", 1),
                ("a3", 0),
                ("a4", 0),
                ("a4", 1),
                ("a5", 0),
            ],
        ),
        ({"source": "CHN"}, [("a1", 0), ("a2", 0), ("a2", 1), ("a3", 0), ("a5", 0)]),
        ({"source": "chngov"}, [("a1", 0)]),
        ({"source": "CHNMIL", "target": "RUS"}, [("a3", 0)]),
        ({"target": "RUS"}, [("a1", 0), ("a2", 0), ("a3", 0), ("a4", 1), ("a5", 0)]),
        ({"source": "IGOUNO"}, [("a4", 1)]),
        ({"root": "4"}, [("a1", 0), ("a4", 0), ("a5", 0)]),
        ({"code": "04"}, [("a1", 0), ("a4", 0), ("a5", 0)]),
        ({"code": "042"}, [("a1", 0)]),
        ({"since": "2023-02"}, [("a3", 0), ("a4", 0), ("a4", 1)]),
        ({"until": "2023-01"}, [("a1", 0), ("a1", 1), ("a2", 0), ("a2", 1)]),
        ({"since": "2023-01-20", "until": "2023/02/03"}, [("a2", 0), ("a2", 1), ("a3", 0)]),
        ({"limit": 2}, [("a1", 0), ("a1", 1)]),
        ({"source": "RUS", "target": "CHN", "root": "05"}, [("a1", 1)]),
        ({"source": "USA"}, []),
    ],
)
def test_store_event_filters(
    store: Store, filters: dict[str, object], expected: list[tuple[str, int]]
) -> None:
    rows = store.events(**filters)  # type: ignore[arg-type]
    assert [(r.article_id, r.seq) for r in rows] == expected


def test_store_negated_events_are_hidden_unless_asked(store: Store) -> None:
    assert not store.events(root="11", source="RUS")
    (row,) = store.events(root="11", source="RUS", include_negated=True)
    assert row.negated and row.article_id == "a3"


def test_store_event_rows_carry_the_record(store: Store) -> None:
    (row,) = store.events(code="042")
    assert (row.source_code, row.source_country, row.target_code) == ("CHNGOV", "CHN", "RUS")
    assert (row.goldstein, row.quad_class, row.plover_type, row.plover_mode) == (
        1.9,
        1,
        "CONSULT",
        "visit",
    )
    assert (row.trigger_text, row.sentence, row.confidence) == ("phrase", "Une phrase.", 0.8)


def test_store_dyad_series(store: Store) -> None:
    rows = store.dyad("chn", "RUS")
    series = [
        (
            r.source,
            r.target,
            r.month,
            r.verbal_coop,
            r.material_coop,
            r.verbal_conflict,
            r.material_conflict,
            round(r.mean_goldstein, 3),
        )
        for r in rows
    ]
    assert series == [
        ("CHN", "RUS", "2023-01", 2, 0, 0, 0, 2.95),
        ("CHN", "RUS", "2023-02", 0, 1, 0, 0, 7.4),
        ("RUS", "CHN", "2023-01", 1, 0, 0, 0, 3.4),
        ("RUS", "CHN", "2023-03", 1, 0, 0, 0, 2.8),
    ]
    assert [r.total for r in rows] == [2, 1, 1, 1]


def test_store_summary(store: Store) -> None:
    s = store.summary()
    assert (s.articles, s.events, s.quotes) == (5, 8, 3)
    top = s.dyads[0]
    assert (top.source, top.target, top.verbal_coop, top.material_coop, top.total) == (
        "CHN",
        "RUS",
        3,
        1,
        4,
    )
    assert {(d.source, d.target, d.total) for d in s.dyads[1:]} == {
        ("RUS", "CHN", 2),
        ("CHN", "USA", 1),
        ("IGOUNO", "RUS", 1),
    }
    assert {(sp.speaker, sp.code, sp.quotes) for sp in s.speakers} == {
        ("Sergey Lavrov", "RUSGOV", 1),
        ("Wang Yi", "CHNGOV", 1),
        (None, None, 1),
    }


@pytest.mark.parametrize(
    "speaker, texts",
    [
        (None, ["Nos relations", "Nous travaillerons", "Sans auteur"]),
        ("lavrov", ["Nos relations"]),
        ("LAVRÔV", ["Nos relations"]),
        ("wang", ["Nous travaillerons"]),
        ("ministre", ["Nos relations"]),
        ("CHNGOV", ["Nous travaillerons"]),
        ("rus", ["Nos relations"]),
        ("Poutine", []),
        ("%", []),
    ],
)
def test_store_quotes_by_speaker(store: Store, speaker: str | None, texts: list[str]) -> None:
    rows = store.quotes(speaker)
    assert [r.text.split(" n'")[0].split(" ensemble")[0].rstrip(".") for r in rows] == texts
    assert all(r.date == "2023-01-10" for r in rows)


INJECTIONS = [
    "'; DROP TABLE events; --",
    "x' OR '1'='1",
    'RUS") OR 1=1 --',
    "Robert'); DELETE FROM quotes; --",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_store_sql_in_free_text_is_data(store: Store, value: str) -> None:
    assert store.quotes(value) == []
    assert store.summary().events == 8 and len(store.quotes()) == 3


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("option", ["source", "target", "root", "code", "since", "until"])
def test_store_sql_in_filters_is_refused(store: Store, option: str, value: str) -> None:
    with pytest.raises(UsageError, match="E008"):
        store.events(**{option: value})  # type: ignore[arg-type]
    assert store.summary().events == 8


def test_store_sql_in_stored_values_is_data() -> None:
    with Store.open(":memory:") as s:
        art = Article("o'brien'); DROP TABLE articles; --", "L'ONU a 'salué' l'accord.", "2023-01")
        assert s.add(art, _coded(art, [_event("CHN", "RUS", "042", 1.9, 1)]))
        assert [r.article_id for r in s.events()] == [art.id]


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.events(root="21"),
        lambda s: s.events(root="ab"),
        lambda s: s.events(code="9"),
        lambda s: s.events(source="C"),
        lambda s: s.events(since="2023-13"),
        lambda s: s.events(until="demain"),
        lambda s: s.events(limit=0),
        lambda s: s.dyad("CHN", "R U S"),
    ],
)
def test_store_bad_user_values(store: Store, call: object) -> None:
    with pytest.raises(UsageError, match=r"\[E008\]"):
        call(store)  # type: ignore[operator]


def test_store_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"\[E007\].*no such database"):
        Store.open(tmp_path / "absent.duckdb", create=False)


def test_store_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "text.duckdb"
    path.write_text("ceci n'est pas une base", encoding="utf-8")
    with pytest.raises(StoreError, match=r"\[E007\]"):
        Store.open(path)


def test_store_batch_stores_what_adding_one_by_one_stores(store: Store) -> None:
    fresh = _article("b1", "2023-04-01", "Premier texte de b1.")
    other = _article("b1", "2023-04-02", "Second texte sous le même identifiant.")
    again = Article("b2", "Premier  texte de\nb1.", "2023-04-01")  # fresh, re-wrapped
    stored = _article("a2", "2023-01-25")  # content already in the database
    plain = _article("a1", "2023-04-03", "Un texte neuf sous un identifiant pris.")
    items = [
        (
            art,
            _coded(art, [_event("FRA", "DEU", "042", 1.9, 1), _event(None, "DEU", "111", -2.0, 3)]),
        )
        for art in (fresh, other, again, stored, plain)
    ]
    alone = Store.open(":memory:")
    for aid, date, events in HISTORY:
        art = _article(aid, date)
        alone.add(art, _coded(art, events))
    one_by_one = [aid for item in items for aid in alone.add_batch([item])]
    assert store.add_batch(items) == one_by_one
    assert one_by_one[:1] == ["b1"] and one_by_one[1].startswith("b1@")
    assert one_by_one[2].startswith("a1@") and len(one_by_one) == 3
    fields = ("article_id", "seq", "date", "source_code", "target_code", "cameo", "goldstein")
    rows = [[tuple(getattr(r, f) for f in fields) for r in s.events(target="DEU")]
            for s in (store, alone)]  # fmt: skip
    assert rows[0] == rows[1] and len(rows[0]) == 6


def test_a_long_article_is_inserted_a_slice_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows beyond ROWS_PER_INSERT go in several statements: all stored, in order."""
    from veille.store import duckdb_store, queries

    monkeypatch.setattr(duckdb_store, "ROWS_PER_INSERT", 3)
    sizes: list[int] = []
    as_columns = queries.as_columns

    def counting(rows: list[list[object]], width: int) -> list[list[object]]:
        sizes.append(len(rows))
        return as_columns(rows, width)

    monkeypatch.setattr(queries, "as_columns", counting)
    store = Store.open(":memory:")
    art = _article("long", "2023-03-01")
    events = [_event("CHN", "RUS", f"04{i % 6}", 1.0, 1) for i in range(7)]
    speaker = Speaker(name="Wang Yi", code="CHNGOV", text="Wang Yi")
    quotes = [Quote(f"citation {i}", i, i + 1, speaker, "dire") for i in range(4)]
    store.add_batch([(art, _coded(art, events, quotes))])
    # the article, its one actor, events 3+3+1, quotes 3+1
    assert sizes == [1, 1, 3, 3, 1, 3, 1]
    stored = [(r.seq, r.cameo) for r in store.events()]
    assert stored == [(i, f"04{i % 6}") for i in range(7)]
    assert [q.text for q in store.quotes()] == [f"citation {i}" for i in range(4)]


def _whole_text_hash(article: Article) -> str:
    """The content hash as defined (databases store it): the whole text normalised at once."""
    import hashlib
    import re
    import unicodedata

    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", article.text)).strip()
    return hashlib.sha256(f"{article.date or ''}\n{text}".encode()).hexdigest()


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab é\u0301\n\r\t\u00a0\u2009  \n\nxyz.«»")), max_size=80
    ),
    piece=st.integers(min_value=1, max_value=12),
)
def test_the_content_hash_read_a_piece_at_a_time_is_the_whole_texts(text: str, piece: int) -> None:
    from unittest import mock

    from veille.store import hashing

    article = Article(id="h", text=text, date="2024-01-02")
    with mock.patch.object(hashing, "HASH_PIECE", piece):
        assert content_hash(article) == _whole_text_hash(article)
