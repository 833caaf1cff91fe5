"""`veille eval petrarch`: code each record of a PETRARCH validation file and score it.

Each scored `<Sentence>` is coded from its text and date only (the shipped parse is not
read), with the `<Config>` settings in force at that point of the file.
Docs: docs/petrarch-dictionaries.md
"""

from __future__ import annotations

from pathlib import Path

from veille.dictionaries.actors import read_actors
from veille.dictionaries.agents import read_agents
from veille.dictionaries.coder import ENGLISH_MODEL, DictionaryCoder, load_english
from veille.dictionaries.files import Dictionaries
from veille.dictionaries.lists import read_discards
from veille.dictionaries.loader import load_dictionaries
from veille.dictionaries.scoring import RecordResult, Scores, score
from veille.dictionaries.validation import ValidationFile, read_validation
from veille.dictionaries.verbs import read_verbs
from veille.errors import DictionaryError


def validation_dictionaries(validation: ValidationFile) -> Dictionaries:
    """The dictionaries a validation file's `<Environment>` names, beside the file.

    Raises:
        DictionaryError: a named file is missing or malformed, or no verb file is named.
    """
    base = validation.path.parent

    def named(kind: str) -> Path | None:
        name = validation.files.get(kind)
        if name is None:
            return None
        path = base / name
        if not path.is_file():
            raise DictionaryError(str(path), None, f"the {kind} file the validation file names")
        return path

    verbs, actors = named("verbs"), named("actors")
    agents, discards = named("agents"), named("discards")
    if verbs is None:
        raise DictionaryError(str(validation.path), None, "no <Verbfile>; give --dictionaries")
    return Dictionaries(
        actors=(read_actors(actors),) if actors else (),
        agents=read_agents(agents) if agents else None,
        verbs=read_verbs(verbs),
        discards=read_discards(discards) if discards else None,
    )


def evaluate_petrarch(
    path: Path, dictionaries: Path | None = None, model: str = ENGLISH_MODEL
) -> Scores:
    """Code and score the scored records of a PETRARCH validation file.

    Args:
        path: the validation XML file.
        dictionaries: a dictionary folder (see `load_dictionaries`); default: the files
            the validation file names, beside it.
        model: the English spaCy model to parse with.

    Raises:
        DictionaryError: the file or a dictionary cannot be read.
        ModelNotInstalled: the spaCy model is not installed.
    """
    validation = read_validation(Path(path))
    found = (
        load_dictionaries(dictionaries)
        if dictionaries is not None
        else validation_dictionaries(validation)
    )
    coder = DictionaryCoder(found, load_english(model))
    results = []
    for record in validation.scored():
        coded = coder.code(record.text, record.day, record.settings)
        results.append(
            RecordResult(
                record.id,
                record.category,
                frozenset((e.source, e.target, e.code) for e in record.events),
                frozenset((e.source, e.target, e.code) for e in coded),
            )
        )
    return score(results)
