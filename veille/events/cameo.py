"""The CAMEO event-code table: names, Goldstein scores, quad classes and PLOVER types.

The table is package data (`veille/data/cameo.tsv`, built by `tools/build_cameo.py`).
`CameoTable.load()` reads it each time it is called; callers that need it often keep the
instance (the pipeline holds one per `Lexicon`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from veille.errors import Errors, UsageError
from veille.lexicon_io import read_tsv
from veille.schemas import CameoRow

__all__ = ["CameoTable", "intent_code", "threat_code"]

# A cooperative act told in the future is a commitment (CAMEO: "cooperative actions reported
# in future tense ... are coded under" root 03): the act's code -> the intent code. The most
# specific prefix of the act's code wins; codes not listed keep their code: conflict;
# consultation (04), because "X se rendra demain à Y" is reported as the visit itself;
# verbal acts (praise, apology, forgiveness: "ne pardonnera jamais"); and material acts
# (06-08), which the coverage suites of those roots code as the act when announced
# ("le Canada apportera une aide": 07), as the gold accepts.
INTENT_OF = {
    "050": "032", "054": "032", "057": "030",  # cooperation, recognition; signing
}  # fmt: skip


# A conflictual act told in the future under a condition ("nous retirerons notre ambassadeur
# si …", "X brûlera si …") is a threat of that act (CAMEO 13): the act's code -> the threat
# code, the most specific prefix winning; roots not listed are not threats.
THREAT_OF = {
    "15": "138", "18": "138", "19": "138", "20": "138",  # force
    "16": "131", "161": "1313", "162": "1311", "163": "1312",  # reduce relations
    "164": "134", "165": "135", "166": "136",
    "17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323",  # coerce
    "1724": "1324", "173": "132", "174": "132", "175": "137",
}  # fmt: skip


def threat_code(code: str) -> str | None:
    """The "threaten" code of a conflictual act, or None ("161" -> "1313")."""
    for length in (4, 3, 2):
        if code[:length] in THREAT_OF:
            return THREAT_OF[code[:length]]
    return None


def intent_code(code: str) -> str | None:
    """The "express intent" code of a cooperative act, or None ("0871" -> "0356")."""
    for length in (3, 2):
        if code[:length] in INTENT_OF:
            return INTENT_OF[code[:length]]
    return None


class CameoTable:
    """Lookup of CAMEO event codes (2-digit roots and their 3- and 4-digit subcodes)."""

    def __init__(self, rows: Iterable[CameoRow]) -> None:
        self._rows: dict[str, CameoRow] = {}
        for row in rows:
            self._rows[row.code] = row

    @classmethod
    def load(cls, path: Path | None = None) -> CameoTable:
        """Read the table shipped with veille, or the TSV at `path`.

        Raises:
            LexiconError: the file is missing, empty or has an invalid row.
        """
        if path is not None:
            return cls(read_tsv(path, CameoRow))
        resource = resources.files("veille") / "data" / "cameo.tsv"
        with resources.as_file(resource) as file:
            return cls(read_tsv(Path(file), CameoRow))

    def get(self, code: str) -> CameoRow:
        """The row of `code`.

        Raises:
            UsageError: `code` is not a CAMEO event code of the table (E008).
        """
        row = self._rows.get(code)
        if row is None:
            raise UsageError(Errors.E008.format(value=code, what="CAMEO event code"))
        return row

    def root(self, code: str) -> str:
        """The two-digit root of `code` ("0432" -> "04").

        Raises:
            UsageError: `code` is not a CAMEO event code of the table (E008).
        """
        return self.get(code).code[:2]

    def codes(self) -> list[str]:
        """Every code of the table, in table order (each root before its subcodes)."""
        return list(self._rows)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._rows

    def __iter__(self) -> Iterator[CameoRow]:
        return iter(self._rows.values())

    def __len__(self) -> int:
        return len(self._rows)
