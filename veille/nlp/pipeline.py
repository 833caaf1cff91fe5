"""Building the spaCy pipeline of one language: the stock model plus veille's components."""

from __future__ import annotations

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from veille.actors import component as _actors  # noqa: F401
from veille.errors import Errors, ModelNotInstalled
from veille.events import coder as _events  # noqa: F401
from veille.nlp import sentences as _sentences  # noqa: F401
from veille.nlp.extensions import register_extensions
from veille.nlp.lemma_index import hash_lemma_index
from veille.nlp.prefilter import install_prefilter
from veille.nlp.resources import Resources
from veille.quotes import component as _quotes  # noqa: F401

VEILLE_COMPONENTS = ("veille_actors", "veille_quotes", "veille_events")


def build_nlp(res: Resources) -> Language:
    """Load the language's spaCy model and add veille's components, configured with `res`.

    Raises:
        ModelNotInstalled: the model package of the language is missing.
    """
    register_extensions()
    try:
        nlp = spacy.load(res.lang.model)
    except OSError as exc:
        raise ModelNotInstalled(
            Errors.E005.format(model=res.lang.model, package=res.lang.package)
        ) from exc
    hash_lemma_index(nlp)
    marks = [[row.open, row.close] for row in res.lang.quote_marks]
    nlp.add_pipe("veille_sentences", before="parser", config={"quote_marks": marks})
    for name in VEILLE_COMPONENTS:
        component = nlp.add_pipe(name)
        component.configure(res)  # type: ignore[attr-defined]
    if res.settings["nlp.prefilter"]:
        install_prefilter(nlp, res.lang, res.gazetteer)
    return nlp
