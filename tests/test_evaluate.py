"""The scorer: hand-made gold and predictions, and agreement with shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from veille.errors import UsageError
from veille.evaluate import (
    EvalReport,
    evaluate,
    gold_from_dict,
    load_gold,
    same_person,
    slot,
)
from veille.serialize import from_dict

SHARED = Path(__file__).parents[1] / ".." / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
needs_shared = pytest.mark.skipif(
    not SCORE_PY.is_file(), reason="../shared/eval/score.py is absent (not a CI checkout)"
)


def actor(code: str | None, country: str | None = None, name: str | None = None) -> dict[str, Any]:
    if code is None:
        return {"code": "", "country": country}
    if country is None and not code.startswith("IGO"):
        country = code[:3]
    return {"code": code, "country": country, "sector": None, "name": name, "text": code}


def event(src: str | None, tgt: str | None, cameo: str, negated: bool = False) -> dict[str, Any]:
    return {
        "source": actor(src) if src else None,
        "target": actor(tgt) if tgt else None,
        "cameo": cameo,
        "cameo_root": cameo[:2],
        "goldstein": 0.0,
        "quad_class": 1,
        "plover": None,
        "sentence": "",
        "sentence_start": 0,
        "trigger": {"text": "t", "start": 0, "end": 1},
        "negated": negated,
        "confidence": 0.5,
    }


def quote(text: str, name: str | None = None, code: str | None = None) -> dict[str, Any]:
    speaker = {"name": name, "code": code, "text": None} if (name or code) else None
    return {"text": text, "start": 0, "end": len(text), "speaker": speaker, "verb": None}


def mention(text: str, code: str, country: str | None = None) -> dict[str, Any]:
    return {
        "text": text,
        "start": 0,
        "end": len(text),
        "code": code,
        "country": country,
        "sector": None,
        "name": None,
        "wikidata": None,
    }


GOLD: list[dict[str, Any]] = [
    {
        "id": "g1",
        "events": [
            {"source": "CHN", "target": "RUS", "root": "04"},
            {"source": "RUS", "target": "CHN", "root": "05", "also": [{"root": "01"}]},
            {"source": "CHN", "target": "*", "root": "02"},
            {
                "source": "IRN",
                "target": "RUS",
                "root": "07",
                "also": [{"source": "RUS", "target": "IRN", "root": "06"}],
            },
            {"source": "CHN", "target": "USA", "root": "11", "required": False},
        ],
        "quotes": [
            {
                "speaker": "Vladimir Putin",
                "code": "RUSGOV",
                "starts_with": "Les relations entre nos deux pays progressent",
                "required": True,
            },
            {"speaker": "Wang Yi", "code": "CHNGOV", "starts_with": "« Nous refusons »"},
            {"speaker": None, "code": None, "starts_with": "un partenaire fiable et sérieux"},
            {"speaker": "Ebrahim Raisi", "code": "IRNGOV", "starts_with": "Une phrase non trouvée"},
            {"speaker": "X", "starts_with": "facultative", "required": False},
        ],
        "actors": [
            {"text": "le ministre chinois", "code": "CHNGOV"},
            {"text": "Moscou", "code": "RUS"},
            {"text": "l'Union africaine", "code": "IGOAFRAU"},
            {"text": "le Conseil de sécurité", "code": "IGOUNO"},
            {"text": "l’armée russe", "code": "RUSMIL"},
            {"text": "Téhéran", "code": "IRN"},
        ],
    },
    {
        "id": "g2",
        "events": [
            {"source": "IGOUNO", "target": "MLI", "root": "11"},
            {"source": "FRA", "target": "MLI", "root": "16"},
        ],
        "quotes": [],
        "actors": [{"text": "Bamako", "code": "MLI"}],
    },
    {
        "id": "g3-missing",
        "events": [{"source": "USA", "target": "IRN", "root": "17"}],
        "quotes": [{"speaker": "Joe Biden", "starts_with": "une phrase absente du tout"}],
        "actors": [{"text": "Washington", "code": "USA"}],
    },
]

PRED: list[dict[str, Any]] = [
    {
        "id": "g1",
        "date": "2023-02",
        "lang": "fr",
        "events": [
            event("CHNGOV", "RUS", "042"),  # match 04
            event("CHN", "RUS", "043"),  # same triple again: counts once
            event("RUS", "CHNGOV", "010"),  # alternative root 01
            event("CHN", "IGOEUREEC", "0242"),  # * target
            event("RUS", "IRN", "061"),  # alternative source/target/root
            event("CHN", "USA", "111"),  # acceptable (not required)
            event("CHN", "FRA", "190"),  # extra
            event("IRN", "RUS", "072", negated=True),  # negated: not scored
            event(None, "RUS", "040"),  # no source: extra
        ],
        "quotes": [
            quote("Les relations entre nos deux pays progressent vite.", "V. Putin"),  # surname
            quote("« Nous refusons » toute ingérence", None, "CHNGOV"),  # code
            quote("un partenaire fiable", "Quelqu'un"),  # gold None
            quote("Une phrase non trouvée ici", "Hassan Rohani", "IRNGOV2"),  # wrong
        ],
        "actors": [
            mention("ministre chinois", "CHNGOV", "CHN"),  # strict (gold contains it)
            mention("Moscou", "RUSGOV", "RUS"),  # lenient only
            mention("Union africaine", "IGOAFRAFU"),  # alias: strict
            mention("le Conseil de sécurité des Nations unies", "IGOUNOSEC"),  # IGOUNO prefix
            mention("Pékin", "CHN", "CHN"),  # no overlap
        ],
    },
    {
        "id": "g2",
        "date": "2022-02",
        "lang": "fr",
        "events": [
            event("IGOUNOSEC", "MLI", "112"),
            event("FRA", "MLIGOV", "161"),
            event("IGOAFRAFU", "MLI", "163"),
        ],
        "quotes": [quote("Sans gold", None)],
        "actors": [mention("Bamako", "MLIGOV", "MLI")],
    },
    {"id": "not-in-gold", "date": None, "lang": "fr", "events": [event("AAA", "BBB", "010")]},
]


@pytest.fixture
def report() -> EvalReport:
    return evaluate([gold_from_dict(g) for g in GOLD], [from_dict(p) for p in PRED])


def test_evaluate_counts(report: EvalReport) -> None:
    t = report.totals
    # g1: 7 distinct non-negated triples, 5 correct; g2: 3 triples, 2 correct.
    assert (t.ev_pred, t.ev_tp, t.ev_req, t.ev_req_found) == (10, 7, 7, 6)
    assert (t.q_req, t.q_found, t.q_pred) == (5, 3, 5)
    assert (t.a_gold, t.a_strict, t.a_lenient) == (8, 3, 5)
    assert report.missing == ["g3-missing"]


def test_evaluate_summary(report: EvalReport) -> None:
    p, r = 7 / 10, 6 / 7
    assert report.summary() == {
        "articles": 3,
        "articles_missing_in_pred": 1,
        "event_precision": round(p, 3),
        "event_recall": round(r, 3),
        "event_f1": round(2 * p * r / (p + r), 3),
        "quote_recall": 0.6,
        "actor_strict": 0.375,
        "actor_lenient": 0.625,
    }


def test_evaluate_per_root(report: EvalReport) -> None:
    rows = {r.root: (r.predicted, r.correct, r.required, r.found) for r in report.per_root}
    assert rows == {
        "01": (1, 1, 0, 0),
        "02": (1, 1, 1, 1),
        "04": (2, 1, 1, 1),
        "05": (0, 0, 1, 1),
        "06": (1, 1, 0, 0),
        "07": (0, 0, 1, 1),
        "11": (2, 2, 1, 1),
        "16": (2, 1, 1, 1),
        "17": (0, 0, 1, 0),
        "19": (1, 0, 0, 0),
    }
    r16 = next(r for r in report.per_root if r.root == "16")
    assert (r16.precision, r16.recall) == (0.5, 1.0)
    assert r16.f1 == pytest.approx(2 / 3)


def test_evaluate_misses(report: EvalReport) -> None:
    kinds = {a.id: sorted(m.kind for m in a.misses) for a in report.articles}
    assert kinds == {
        "g1": ["actor", "actor", "actor-code", "extra", "extra", "quote"],
        "g2": ["actor-code", "extra"],
        "g3-missing": ["actor", "event", "quote"],
    }
    as_json = json.loads(json.dumps(report.to_dict()))
    assert as_json["per_root"][0]["root"] == "01" and "g1" in as_json["misses"]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Vladimir Putin", "Vladimir Poutine", False),
        ("Vladimir Putin", "Putin", True),
        ("Abdelmadjid Tebboune", "Tebboune", True),
        ("Sergueï Lavrov", "Sergei Lavrov", True),
        ("Jean-Yves Le Drian", "Jean Yves Le Drian", True),
        ("Wang Yi", "Yi", False),
        ("Wang Yi", "wang yi", True),
        (None, "Wang Yi", False),
        ("", "", False),
    ],
)
def test_evaluate_same_person(a: str | None, b: str | None, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    "value, expected",
    [
        ("CHNGOV", "CHN"),
        ("IGOAFRAFU", "IGOAFRAU"),
        ("IGOUNOSEC", "IGOUNO"),
        ("IGOWAFBUSWAS", "IGOWAFWAS"),
        ("IGOSAFDEVSAD", "IGOSAFSAD"),
        ("WST", "WST"),
        ("", None),
        (None, None),
    ],
)
def test_evaluate_slot(value: str | None, expected: str | None) -> None:
    assert slot(value) == expected


def test_evaluate_load_gold_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(UsageError, match=r"\[E006\]"):
        load_gold(bad)
    incomplete = tmp_path / "incomplete.jsonl"
    incomplete.write_text('{"id": "x", "events": [{"source": "CHN"}]}\n', encoding="utf-8")
    with pytest.raises(UsageError, match="bad gold record"):
        load_gold(incomplete)
    with pytest.raises(UsageError, match=r"\[E006\]"):
        load_gold(tmp_path / "absent.json")


def _score_py(gold: list[Path], pred: Path) -> dict[str, Any]:
    cmd = [sys.executable, str(SCORE_PY), *map(str, gold), "--pred", str(pred), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@needs_shared
def test_evaluate_agrees_with_score_py_on_hand_made(tmp_path: Path, report: EvalReport) -> None:
    gold, pred = tmp_path / "gold.json", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    pred.write_text("\n".join(json.dumps(p) for p in PRED), encoding="utf-8")
    assert _score_py([gold], pred) == report.summary()


def _perturbed(gold: dict[str, Any], k: int) -> dict[str, Any]:
    """A prediction derived from a gold article: some items kept, some changed or dropped."""
    events = []
    for i, g in enumerate(gold.get("events", [])):
        tgt = None if g["target"] == "*" else g["target"]
        root = g["root"] if (i + k) % 3 else "19"
        events.append(event(g["source"] + ("GOV" if i % 2 else ""), tgt, root + "0"))
    quotes = [
        quote(q["starts_with"] + " suite", q.get("speaker") if (i + k) % 2 else "Autre Nom")
        for i, q in enumerate(gold.get("quotes", []))
    ]
    actors = [
        mention(
            a["text"][: max(3, len(a["text"]) - k % 4)],
            a["code"] if i % 3 else a["code"][:3] + "XXX",
        )
        for i, a in enumerate(gold.get("actors", []))
    ]
    return {
        "id": gold["id"],
        "date": None,
        "lang": "fr",
        "events": events,
        "quotes": quotes,
        "actors": actors,
    }


@needs_shared
def test_evaluate_agrees_with_score_py_on_dev_gold(tmp_path: Path) -> None:
    eval_dir = SHARED / "eval"
    golds = [eval_dir / "seed.gold.json", *sorted((eval_dir / "dev").glob("*.gold.jsonl"))]
    records = [g for path in golds for g in _load_any(path)]
    preds = [_perturbed(g, k) for k, g in enumerate(records) if k % 7]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in preds), encoding="utf-8")
    ours = evaluate([g for path in golds for g in load_gold(path)], [from_dict(p) for p in preds])
    assert _score_py(golds, pred) == ours.summary()
    assert ours.totals.ev_tp > 0 and ours.totals.q_found > 0 and ours.totals.a_strict > 0


def _load_any(path: Path) -> list[dict[str, Any]]:
    text = path.read_text("utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def test_evaluate_other_spelling_of_a_name_is_not_the_same_person() -> None:
    gold = gold_from_dict(
        {
            "id": "x",
            "quotes": [
                {
                    "speaker": "Vladimir Putin",
                    "code": "RUSGOV",
                    "starts_with": "Une phrase assez longue",
                }
            ],
        }
    )
    pred = from_dict({"id": "x", "quotes": [quote("Une phrase assez longue.", "Vladimir Poutine")]})
    assert evaluate([gold], [pred]).totals.q_found == 0
