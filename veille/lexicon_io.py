"""Reading data files (TSV and YAML) with validation; errors name the file and line.

Builders refuse empty groups: an empty lexicon would match nothing, or everything.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from veille.errors import LexiconError

M = TypeVar("M", bound=BaseModel)


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"{loc}: {err['msg']}" if loc else err["msg"])
    return "; ".join(parts)


def read_tsv(path: Path, model: type[M], *, allow_empty: bool = False) -> list[M]:
    """Read a TSV file whose first non-comment line names the columns.

    Lines starting with `#` and blank lines are skipped. Empty cells are None.

    Raises:
        LexiconError: a row has too many cells or fails validation; the file is empty.
    """
    rows: list[M] = []
    header: list[str] | None = None
    for lineno, line in _lines(path):
        cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise LexiconError(str(path), lineno, f"{len(cells)} cells, header has {len(header)}")
        record = {k: (v if v != "" else None) for k, v in zip(header, cells, strict=False)}
        try:
            rows.append(model.model_validate(record))
        except ValidationError as exc:
            raise LexiconError(str(path), lineno, _describe(exc)) from exc
    if not rows and not allow_empty:
        raise LexiconError(str(path), None, "no entries")
    return rows


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), None, str(exc)) from exc
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield lineno, line


# libyaml's parser when PyYAML was built with it (the same documents, several times faster)
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(SafeLoader):  # type: ignore[valid-type,misc]
    """A YAML loader that records the line of every mapping as `__line__`."""


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = dict(loader.construct_mapping(node, deep=True))
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml_list(path: Path, model: type[M], key: str | None = None) -> list[M]:
    """Read a YAML list (or the list under `key`) and validate each item.

    Raises:
        LexiconError: the YAML does not parse, an item fails validation, or the list is empty.
    """
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), None, str(exc)) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LexiconError(str(path), mark.line + 1 if mark else None, str(exc)) from exc
    if key is not None:
        data = data.get(key) if isinstance(data, dict) else None
    if not isinstance(data, list) or not data:
        raise LexiconError(
            str(path), None, f"expected a non-empty list{' under ' + key if key else ''}"
        )
    out: list[M] = []
    for item in data:
        line = item.pop("__line__", None) if isinstance(item, dict) else None
        _strip_lines(item)
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            raise LexiconError(str(path), line, _describe(exc)) from exc
    return out


def _strip_lines(value: Any) -> None:
    if isinstance(value, dict):
        value.pop("__line__", None)
        for v in value.values():
            _strip_lines(v)
    elif isinstance(value, list):
        for v in value:
            _strip_lines(v)
