"""An on-disk cache of what start-up builds from the data files (language data, people
registry, gazetteer, CAMEO table), so that a new process reads one file instead of
validating hundreds of YAML and TSV rows.

An entry is named by a hash of the content of every source and data file of the `veille`
package, of the Python, pickle and Babel versions and of the entry's name: any edit to a
lexicon, a person file or the code that builds them makes a new entry, never a stale one.
The folder is `$VEILLE_CACHE_DIR`, else `$XDG_CACHE_HOME/veille`, else `~/.cache/veille`.
A cache that cannot be read or written is no error: the data are built as without one.
The files are pickles, to be kept in a folder only their owner writes to.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parents[1]
HASHED_SUFFIXES = {".py", ".tsv", ".yaml", ".yml", ".json", ".toml", ".txt"}
FORMAT = "1"  # bump when the entry's layout changes without any hashed file changing


def cache_dir() -> Path:
    """The folder the cache lives in (not created here)."""
    explicit = os.environ.get("VEILLE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "veille"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def content_key(name: str, root: Path = PACKAGE) -> str:
    """A hash of `name`, the versions the entry depends on and every source and data file
    under `root` (path and content)."""
    digest = hashlib.sha256()
    header = [FORMAT, name, sys.version, str(pickle.HIGHEST_PROTOCOL), _version("babel")]
    digest.update("\0".join(header).encode())
    files = sorted(
        p for p in root.rglob("*") if p.suffix in HASHED_SUFFIXES and "__pycache__" not in p.parts
    )
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def cached(name: str, build: Callable[[], T], *, enabled: bool = True) -> T:
    """The object `build()` returns, read from the cache when an entry for the current files
    exists, else built and stored."""
    if not enabled:
        return build()
    try:
        path = cache_dir() / f"{name}-{content_key(name)}.pickle"
    except OSError:
        return build()
    try:
        with path.open("rb") as fh:
            value: T = pickle.load(fh)
        return value
    except Exception:  # a missing, partial or foreign file: build afresh
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    """Write atomically (a reader never sees half a file); failures are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.stem, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)  # entries of files since edited
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return
