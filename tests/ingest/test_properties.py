"""Property tests of the readers: any bytes, any record, never an exception, never a
control character in an article (hypothesis; `make fuzz` runs many more cases)."""

from __future__ import annotations

import json
import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.ingest import ReadOptions, Skipped, read_bytes
from veille.ingest.records import Notice
from veille.types import Article

CASES = int(os.environ.get("VEILLE_FUZZ_CASES", "200"))
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ""]
OPTIONS = ReadOptions("1900-01-01", "2027-12-02")


def _check(records: list[Article | Skipped | Notice]) -> None:
    for record in records:
        assert isinstance(record, Article | Skipped | Notice)
        if isinstance(record, Article):
            assert record.text.strip()
            for field in (record.text, record.id, record.title or "", record.url or ""):
                assert not CONTROL.search(field)
            assert record.date is None or OPTIONS.plausible(record.date)


@settings(max_examples=CASES, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_are_read_without_an_exception(data: bytes, suffix: str) -> None:
    _check(read_bytes(data, f"f{suffix}", "f", suffix, OPTIONS))


@settings(max_examples=CASES, deadline=None)
@given(text=st.text(max_size=500), suffix=st.sampled_from(SUFFIXES))
def test_any_text_is_read_without_an_exception(text: str, suffix: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    _check(read_bytes(data, f"f{suffix}", "f", suffix, OPTIONS))


_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=60))
_records = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=300), _values)},
    optional={"id": _values, "date": _values, "url": _values, "title": _values, "lang": _values},
)


@settings(max_examples=CASES, deadline=None)
@given(rows=st.lists(_records, max_size=5))
def test_any_json_records_are_read_and_bad_ones_reported(rows: list[dict[str, object]]) -> None:
    data = "\n".join(json.dumps(r) for r in rows).encode()
    records = read_bytes(data, "f.jsonl", "f", ".jsonl", OPTIONS)
    _check(records)
    texts = [r["text"] for r in rows]
    good = [t for t in texts if isinstance(t, str) and CONTROL.sub("", t).strip()]
    articles = [r for r in records if isinstance(r, Article)]
    assert len(articles) <= len(good)
    skips = [r for r in records if isinstance(r, Skipped)]
    assert len(articles) + len(skips) == max(len(rows), 1)  # each row once; [] is one skip
