"""One dependency scheme for the rules: an adapter from a model's labels to Universal
Dependencies, driven by the language's `labels.yaml`.

The rules of `actors/`, `events/` and `quotes/` read UD labels (obj, obl, nmod, case,
nsubj:pass…) with the preposition under its noun, as `fr_core_news_md` writes them.
English models write ClearNLP labels (dobj, pobj, prep, agent, nsubjpass…) with the
preposition at the head of its noun. `labels.yaml` says which scheme the model uses and
how its labels map; for a `preposition_head` scheme this component, placed after the
parser, re-attaches the object of each preposition to the preposition's head, with the
label the map gives, and puts the preposition under it as `case` (or `mark` before a
clause: "by attacking"). Named-entity labels are renamed too (`entities`: the rules read
PER for a person, as the French model writes it). A `ud` scheme with nothing to rename adds
no component. The component runs after the whole stock pipeline (parser and NER).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span

# parts of speech under which a prepositional object is a clause argument (obl), not a
# noun modifier (nmod)
CLAUSAL_HEADS = {"VERB", "AUX", "ADJ", "ADV"}


class LabelAdapter:
    """Rewrites heads and labels of a parsed Doc into UD (in one array operation)."""

    def __init__(
        self,
        labels: dict[str, str],
        prepositions: dict[str, str],
        objects: dict[str, str],
        entities: dict[str, str] | None = None,
    ) -> None:
        self.entities = entities or {}  # model entity label -> the label the rules read
        self.labels = labels  # model label -> UD label
        self.prepositions = prepositions  # preposition label -> UD label of its object
        self.objects = objects  # object label -> UD label of the preposition under it

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        heads = [t.head.i for t in doc]
        deps = [self.labels.get(t.dep_, t.dep_) for t in doc]
        for prep in doc:
            if prep.dep_ not in self.prepositions or prep.head.i == prep.i:
                continue
            obj = next((c for c in prep.children if c.dep_ in self.objects), None)
            if obj is None:
                continue
            heads[obj.i] = prep.head.i
            deps[obj.i] = self._object_label(prep.dep_, prep.head.pos_, obj.dep_)
            heads[prep.i] = obj.i
            deps[prep.i] = self.objects[obj.dep_]
        self._write(doc, heads, deps)
        if self.entities and any(e.label_ in self.entities for e in doc.ents):
            doc.ents = [
                Span(doc, e.start, e.end, label=self.entities.get(e.label_, e.label_))
                for e in doc.ents
            ]
        return doc

    def _object_label(self, prep_label: str, head_pos: str, obj_label: str) -> str:
        if self.objects[obj_label] == "mark":
            return "advcl"  # "by attacking": a clause led by the preposition
        label = self.prepositions[prep_label]
        if label == "obl" and head_pos not in CLAUSAL_HEADS:
            return "nmod"
        return label

    def _write(self, doc: Doc, heads: list[int], deps: list[str]) -> None:
        strings = doc.vocab.strings
        values: Any = numpy.empty((len(doc), 2), dtype=numpy.uint64)
        offsets = [h - i for i, h in enumerate(heads)]  # HEAD is relative, stored unsigned
        values[:, 0] = numpy.asarray(offsets, dtype=numpy.int64).astype(numpy.uint64)
        values[:, 1] = numpy.asarray([strings.add(d) for d in deps], dtype=numpy.uint64)
        doc.from_array([HEAD, DEP], values)


def needs_adapter(scheme: str, labels: dict[str, str], entities: dict[str, str]) -> bool:
    """Whether a language's model needs the adapter (a UD model with no renaming does not)."""
    return scheme != "ud" or bool(labels) or bool(entities)


@Language.factory(
    "veille_labels",
    default_config={"labels": {}, "prepositions": {}, "objects": {}, "entities": {}},
)
def make_label_adapter(
    nlp: Language,
    name: str,
    labels: dict[str, str],
    prepositions: dict[str, str],
    objects: dict[str, str],
    entities: dict[str, str],
) -> LabelAdapter:
    """Create the adapter from the model's dependency labels to UD."""
    return LabelAdapter(labels, prepositions, objects, entities)
