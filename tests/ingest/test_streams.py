"""Ingest reads lazily: stdin, JSON Lines, CSV and TSV a record at a time after a bounded
head, folders a file at a time (issue 9: bounded resources)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from veille.errors import SkipReason
from veille.ingest import Record, Skipped, read_path, read_paths
from veille.ingest.readers import _read_whole, read_stream
from veille.ingest.streams import HEAD_BYTES
from veille.types import Article

N = 20_000  # rows of about 60 bytes: some 1.2 MB, many times the head
RES = Path(__file__).parents[1] / "resources" / "ingest"


class Recording(io.BytesIO):
    """A byte stream that notes how much of it was read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.size = len(data)

    @property
    def consumed(self) -> int:
        return self.tell()


class Trickle(io.RawIOBase):
    """A pipe that gives at most a few bytes at a time."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, 7) if size >= 0 else 7)

    def readline(self, size: int | None = -1) -> bytes:
        return self._data.readline(-1 if size is None else size)


def _articles(records: list[Record]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def _skips(records: list[Record]) -> list[Skipped]:
    return [r for r in records if isinstance(r, Skipped)]


def _jsonl(n: int) -> bytes:
    rows = (json.dumps({"id": f"a{i}", "date": "2023-01", "text": f"Texte {i}."}) for i in range(n))
    return "\n".join(rows).encode()


def _csv(n: int, sep: str = ",") -> bytes:
    rows = [f"id{sep}date{sep}text"]
    rows += [f"a{i}{sep}2023-01{sep}Texte numéro {i} de la dépêche." for i in range(n)]
    return "\n".join(rows).encode()


@pytest.mark.parametrize(
    ("suffix", "data", "text"),
    [("", _jsonl(N), "Texte 0."),
     (".jsonl", _jsonl(N), "Texte 0."),
     (".csv", _csv(N), "Texte numéro 0 de la dépêche."),
     (".csv", _csv(N, ";"), "Texte numéro 0 de la dépêche."),
     (".tsv", _csv(N, "\t"), "Texte numéro 0 de la dépêche.")],
)  # fmt: skip
def test_the_first_article_comes_before_the_rest_is_read(
    suffix: str, data: bytes, text: str
) -> None:
    stream = Recording(data)
    records = read_stream(stream, "big", "big", suffix)
    first = next(r for r in records if isinstance(r, Article))
    assert (first.id, first.text) == ("a0", text)
    assert stream.consumed <= HEAD_BYTES + 16384 < stream.size // 10
    rest = list(records)
    assert len(_articles(rest)) == N - 1 and not _skips(rest)
    assert stream.consumed == stream.size


def test_stdin_jsonl_is_read_as_it_is_pulled() -> None:
    stdin = Recording(_jsonl(N))
    records = read_paths([], stdin=stdin)
    assert isinstance(next(records), Article)
    assert stdin.consumed < stdin.size // 10
    assert sum(isinstance(r, Article) for r in records) == N - 1


def test_stdin_whose_first_line_is_longer_than_the_head_is_still_json_lines() -> None:
    long = "Une très longue dépêche. " * (HEAD_BYTES // 10)
    data = _jsonl(0) + json.dumps({"id": "long", "text": long}).encode() + b"\n" + _jsonl(2)
    records = list(read_paths([], stdin=io.BytesIO(data)))
    assert [a.id for a in _articles(records)] == ["long", "a0", "a1"]
    assert _articles(records)[0].text == long


def test_a_csv_record_across_the_end_of_the_head_is_whole() -> None:
    before = "x" * (HEAD_BYTES - 100)
    middle = "Premier paragraphe.\n\nDeuxième, « entre guillemets », après la tête. " * 20
    data = f'id,text\nh,{before}\nm,"{middle}"\nz,Fin.\n'.encode()
    records = list(read_stream(io.BytesIO(data), "a.csv", "a", ".csv"))
    assert [(a.id, a.text) for a in _articles(records)] == [
        ("h", before),
        ("m", middle),
        ("z", "Fin."),
    ]


def test_a_csv_with_lone_carriage_returns_is_read() -> None:
    data = b"text,date\rUn.,2023-01\rDeux.,2023-02\r"
    records = list(read_stream(io.BytesIO(data), "mac.csv", "mac", ".csv"))
    assert [(a.text, a.date) for a in _articles(records)] == [
        ("Un.", "2023-01"),
        ("Deux.", "2023-02"),
    ]


def test_a_csv_byte_not_utf8_after_the_head_ends_the_reading_with_a_skip() -> None:
    good = _csv(N)
    data = good + "\nlatin,2023-02,Été à Paris.\nafter,2023-03,Après.\n".encode("cp1252")
    records = list(read_stream(io.BytesIO(data), "a.csv", "a", ".csv"))
    assert len(_articles(records)) == N
    (skip,) = _skips(records)
    assert (skip.line, skip.reason) == (N + 2, SkipReason.NOT_UTF8)
    assert skip.detail.startswith("byte 0xc9 at column 15; it may be ")
    assert skip.detail.endswith("; the rest of the file is not read")


def test_a_csv_quotation_mark_never_closed_after_the_head_is_a_skip() -> None:
    data = _csv(N) + b'\n"ouvert,2023-02,Texte.\nsuite,2023-03,Autre.\n'
    records = list(read_stream(io.BytesIO(data), "a.csv", "a", ".csv"))
    assert len(_articles(records)) == N
    (skip,) = _skips(records)
    assert (skip.line, skip.reason) == (N + 2, SkipReason.BAD_ROW)
    assert "quotation mark is never closed" in skip.detail


def test_a_folder_is_read_a_file_at_a_time(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(_jsonl(2))
    (tmp_path / "b.txt").write_text("date 2023-02\nTexte.", "utf-8")
    records = read_path(tmp_path)
    first = next(records)
    assert isinstance(first, Article) and first.id == "a0"
    (tmp_path / "b.txt").unlink()  # not read yet: its absence is found when it is reached
    rest = list(records)
    assert [a.id for a in _articles(rest)] == ["a1"]
    (skip,) = _skips(rest)
    assert skip.reason is SkipReason.UNREADABLE and skip.path == str(tmp_path / "b.txt")


def _quoted_csv(n: int) -> bytes:
    rows = ["text;date;id"]
    rows += [f'"Ligne {i}.\r\n\n« Citée », dit-il; ""fin""";2023-01;q{i}' for i in range(n)]
    return "\r\n".join(rows).encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [(path.name, path.read_bytes()) for path in sorted(RES.glob("*.*"))]
    + [
        ("quoted.csv", _quoted_csv(3000)),
        ("many.jsonl", _jsonl(3000)),
        ("many.tsv", _csv(3000, "\t")),
    ],
)
@pytest.mark.parametrize("stdin", [False, True])
def test_a_trickling_stream_gives_what_the_whole_file_gives(
    name: str, data: bytes, stdin: bool
) -> None:
    suffix = "" if stdin else Path(name).suffix  # stdin: the format told from the head
    streamed = list(read_stream(Trickle(data), name, "s", suffix))  # type: ignore[arg-type]
    assert streamed == _read_whole(data, name, "s", suffix, None)
    assert _articles(streamed)
