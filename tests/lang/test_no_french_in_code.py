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
# the stages whose rules must be language-neutral
NEUTRAL = ["actors", "events", "nlp", "quotes"]
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


@pytest.mark.parametrize("stage", NEUTRAL)
def test_no_french_word_in_the_rules(stage: str) -> None:
    found = [
        hit for path in sorted((VEILLE / stage).rglob("*.py")) for hit in french_literals(path)
    ]
    assert found == []


def test_the_check_sees_a_literal(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('"""Doc: « de »."""\nCASES = {"de", "to"}\n', "utf-8")
    assert french_literals(module, tmp_path) == ["rule.py:2: 'de'"]
