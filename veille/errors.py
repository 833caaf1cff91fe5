"""Named exceptions and the catalogue of coded messages.

The library raises these; only `veille.cli` turns them into an exit status.
"""

from __future__ import annotations

from enum import StrEnum


class Errors:
    """Coded messages, so users can search docs and issues by code."""

    E001 = "[E001] {path}:{line}: {reason}"
    E002 = "[E002] lexicon {path}:{line}: {reason}"
    E003 = "[E003] unknown language {lang!r}: no folder veille/lang/{lang}/"
    E004 = "[E004] setting {key!r}: {reason}"
    E005 = "[E005] the spaCy model {model!r} is not installed (pip install {package})"
    E006 = "[E006] cannot read {path}: {reason}"
    E007 = "[E007] database {path}: {reason}"
    E008 = "[E008] {value!r} is not a valid {what}"
    E009 = "[E009] article {id!r} could not be coded: {reason}"
    E010 = "[E010] cannot read the config file {path}: {reason}"
    E011 = "[E011] dictionary {path}:{line}: {reason}"
    E012 = "[E012] a worker died coding article {id!r} (input position {position}): {reason}"
    E013 = "[E013] stories: {reason}"
    E014 = "[E014] article {id!r} is in {lang!r}, which veille cannot code: {reason}"


class SkipReason(StrEnum):
    """Why an input record was skipped (reported with its position)."""

    EMPTY_FILE = "empty_file"
    NOT_UTF8 = "not_utf8"
    BAD_JSON = "bad_json"
    NO_TEXT = "no_text"
    BAD_DATE = "bad_date"
    BAD_ROW = "bad_row"
    UNREADABLE = "unreadable"
    CODING_FAILED = "coding_failed"
    UNSUPPORTED_LANGUAGE = "unsupported_language"


class VeilleError(Exception):
    """Base class of every error veille raises on purpose."""


class BadInputRecord(VeilleError):
    """One input record cannot be read; the others still are."""

    def __init__(self, path: str, line: int | None, reason: SkipReason, detail: str = "") -> None:
        self.path = path
        self.line = line
        self.reason = reason
        self.detail = detail
        msg = reason.value + (f" ({detail})" if detail else "")
        super().__init__(Errors.E001.format(path=path, line=line or 0, reason=msg))


class LexiconError(VeilleError):
    """A language or data file is malformed; the message names file and line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        super().__init__(Errors.E002.format(path=path, line=line or 0, reason=reason))


class ConfigError(VeilleError):
    """A setting is unknown or has a value of the wrong type."""


class ModelNotInstalled(VeilleError):
    """The spaCy model a language needs is not installed."""


class StoreError(VeilleError):
    """The database cannot be opened or written."""


class CodingError(VeilleError):
    """The NLP pipeline failed on one article."""


class UsageError(VeilleError):
    """A user-supplied value (code, date, option) is invalid."""


class DictionaryError(VeilleError):
    """A PETRARCH/TABARI dictionary line cannot be read; the message names file and line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(Errors.E011.format(path=path, line=line or 0, reason=reason))


class WorkerDied(CodingError):
    """A worker process died (crashed, killed, out of memory) while coding one article;
    the article is skipped and the run goes on with a fresh worker."""

    def __init__(self, article_id: str, position: int, reason: str) -> None:
        self.article_id = article_id
        self.position = position
        self.reason = reason
        super().__init__(Errors.E012.format(id=article_id, position=position, reason=reason))

    def __reduce__(self) -> tuple[type[WorkerDied], tuple[str, int, str]]:
        return (WorkerDied, (self.article_id, self.position, self.reason))


class UnsupportedLanguage(CodingError):
    """An article is in a language veille has no folder for (or whose spaCy model is not
    installed); it is skipped and the run goes on."""

    def __init__(self, article_id: str, lang: str, reason: str) -> None:
        self.article_id = article_id
        self.lang = lang
        self.reason = reason
        super().__init__(Errors.E014.format(id=article_id, lang=lang, reason=reason))

    def __reduce__(self) -> tuple[type[UnsupportedLanguage], tuple[str, str, str]]:
        return (UnsupportedLanguage, (self.article_id, self.lang, self.reason))
