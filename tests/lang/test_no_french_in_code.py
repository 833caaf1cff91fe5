"""No French grammar word is a literal of the rules: they live in veille/lang/fr/
(grammar.yaml, cues.yaml…), so that another language is a folder, not a code change.

The check reads every string constant of the modules below (docstrings and comments
aside, where French examples explain the rules) and fails on a word of a curated list of
French grammar words. Words that are also labels or codes elsewhere ("aux", the UD
label; "en", the language code; "a") are left out of the list.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

VEILLE = Path(__file__).resolve().parents[2] / "veille"
# the whole package is language-neutral but the language folders themselves
LANGUAGE_DATA = VEILLE / "lang"
# one-letter strings that are no French word where they stand
NOT_FRENCH = {
    "veille/dictionaries/verbforms.py: 'D'",  # TABARI's English past tense (-D), upper case
    "veille/ingest/dates.py: 'd'",  # the day group of a date pattern
}
FRENCH_WORDS = {
    "de", "du", "des", "d", "d'", "au", "auprès", "aupres", "avec", "selon", "d'après",
    "d'apres", "entre", "se", "s'", "s’", "qui", "que", "pour", "et", "par", "contre", "sur",
    "dans", "chez", "vers", "envers", "face", "sous", "lors", "pendant", "durant", "après",
    "apres", "avant", "le", "la", "les", "l'", "il", "elle", "ils", "elles", "nous", "vous",
    "je", "j'", "me", "m'", "te", "t'", "notre", "nos", "mon", "ma", "mes", "son", "sa",
    "ses", "leur", "leurs", "ne", "n'", "pas", "sans", "si", "-t-", "-t-il", "-t-elle",
    "-il", "-elle", "-ils", "-elles", "avoir", "être", "aller", "rôle", "role", "fonction",
    "demande", "initiative", "dont", "où", "ou", "mais", "ni", "é", "ée", "és", "ées",
}  # fmt: skip


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None) if isinstance(node, kinds) else None
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            out.add(id(body[0].value))
    return out


def french_literals(path: Path, root: Path = VEILLE.parent) -> list[str]:
    """The French grammar words among the string constants of one module, with lines."""
    tree = ast.parse(path.read_text("utf-8"))
    skip = _docstrings(tree)
    return [
        f"{path.relative_to(root)}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and node.value.lower() in FRENCH_WORDS
    ]


def _modules() -> list[Path]:
    return [p for p in sorted(VEILLE.rglob("*.py")) if LANGUAGE_DATA not in p.parents]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(VEILLE)))
def test_no_french_word_in_the_code(path: Path) -> None:
    found = [hit for hit in french_literals(path) if _unlined(hit) not in NOT_FRENCH]
    assert found == []


def _unlined(hit: str) -> str:
    """'veille/x.py:12: 'd'' without its line number, as NOT_FRENCH writes it."""
    where, _, rest = hit.partition(": ")
    return f"{where.rsplit(':', 1)[0]}: {rest}"


def test_the_stages_are_checked() -> None:
    checked = {p.relative_to(VEILLE).parts[0] for p in _modules()}
    assert {"actors", "events", "nlp", "quotes", "ingest", "store", "web", "cli"} <= checked


def test_the_check_sees_a_literal(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('"""Doc: « de »."""\nCASES = {"de", "to"}\n', "utf-8")
    assert french_literals(module, tmp_path) == ["rule.py:2: 'de'"]
