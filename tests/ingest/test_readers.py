"""Ingest: every format, folders, stdin, and each kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from veille.errors import SkipReason
from veille.ingest import (
    Notice,
    NoticeReason,
    ReadOptions,
    Record,
    Skipped,
    clean_text,
    normalize_date,
    read_bytes,
    read_path,
    read_paths,
)
from veille.ingest.json_records import stream_jsonl
from veille.types import Article

RES = Path(__file__).parents[1] / "resources" / "ingest"


def _articles(records: list[Record]) -> list[Article]:
    return [r for r in records if isinstance(r, Article)]


def _skips(records: list[Record]) -> list[Skipped]:
    return [r for r in records if isinstance(r, Skipped)]


def _notices(records: list[Record]) -> list[Notice]:
    return [r for r in records if isinstance(r, Notice)]


@pytest.mark.parametrize(
    "raw, iso",
    [
        ("2023", "2023"),
        ("2023-02", "2023-02"),
        ("2023-2", "2023-02"),
        ("2023-02-05", "2023-02-05"),
        ("2023/02/05", "2023-02-05"),
        ("2023.02.05", "2023-02-05"),
        ("05/02/2023", "2023-02-05"),
        ("5-2-2023", "2023-02-05"),
        ("02/2023", "2023-02"),
        ("2023-02-05T10:11:12Z", "2023-02-05"),
        ("2023-02-05T10:11:12.5+01:00", "2023-02-05"),
        ("2023-02-05 10:11", "2023-02-05"),
        (" 2023-02 ", "2023-02"),
        ("2023-13", None),
        ("2023-02-30", None),
        ("31/04/2023", None),
        ("hier", None),
        ("", None),
        ("0000-01", None),
    ],
)
def test_dates_normalize(raw: str, iso: str | None) -> None:
    assert normalize_date(raw) == iso


def test_dated_text_line_prefix() -> None:
    records = list(read_path(RES / "dated.txt"))
    (article,) = _articles(records)
    assert article.id == "dated"
    assert article.date == "2023-03-14"
    assert article.text.startswith("Le ministre des Affaires étrangères du Portugal")
    assert article.text.endswith("flux migratoires.")
    assert not _notices(records) and not _skips(records)


def test_dated_text_inline_prefix_after_whitespace() -> None:
    (article,) = _articles(list(read_path(RES / "prefix.txt")))
    assert article.date == "2023-02"
    assert article.text.startswith("La présidente de la Commission")


def test_dated_text_without_date_is_kept_with_notice() -> None:
    records = list(read_path(RES / "nodate.txt"))
    (article,) = _articles(records)
    (notice,) = _notices(records)
    assert article.date is None and article.id == "nodate"
    assert notice.reason is NoticeReason.NO_DATE and notice.article_id == "nodate"


@pytest.mark.parametrize(
    "content, date, notice",
    [
        ("date 2023/02/05\nTexte.", "2023-02-05", None),
        ("Date: 2023-02 Texte.", "2023-02", None),
        ("\n\n  date 05/02/2023 Texte.", "2023-02-05", None),
        ("date 2023-13-01\nTexte.", None, NoticeReason.BAD_DATE),
        ("Le texte commence par un mot.", None, NoticeReason.NO_DATE),
        ("la date du sommet reste inconnue.", None, NoticeReason.NO_DATE),
    ],
)
def test_dated_text_dates(content: str, date: str | None, notice: NoticeReason | None) -> None:
    records = read_bytes(content.encode(), "x.txt", "x", ".txt")
    (article,) = _articles(records)
    assert article.date == date
    assert [n.reason for n in _notices(records)] == ([notice] if notice else [])
    assert article.text.startswith(("Texte", "Le texte", "la date"))


def test_jsonl_keeps_good_lines_and_reports_bad_ones() -> None:
    records = list(read_path(RES / "articles.jsonl"))
    arts = _articles(records)
    assert [a.id for a in arts] == ["pe-1", "pe-2", "articles-5"]
    assert [a.date for a in arts] == ["2024-05-02", "2024-05-09", "2024-06-09"]
    assert arts[0].source == "Exemple Presse"
    skips = {(s.line, s.reason) for s in _skips(records)}
    assert skips == {(3, SkipReason.BAD_JSON), (4, SkipReason.NO_TEXT)}


def test_json_list_and_object() -> None:
    records = list(read_path(RES / "articles.json"))
    arts = _articles(records)
    assert [(a.id, a.date) for a in arts] == [("ca-1", "2022-11-20"), ("articles-2", "2022-12")]
    assert arts[0].url == "https://example.org/ca-1"
    (skip,) = _skips(records)
    assert skip.reason is SkipReason.BAD_ROW and "item 3" in skip.detail
    (single,) = _articles(list(read_path(RES / "single.json")))
    assert (single.id, single.date, single.title) == ("single", "2021-07", "Visite à Dakar")


def test_csv_rows_with_lines() -> None:
    records = list(read_path(RES / "articles.csv"))
    arts = _articles(records)
    assert [(a.id, a.date) for a in arts] == [("cs-1", "2020-01-15"), ("cs-2", "2020-02-15")]
    assert arts[1].text == 'L\'Éthiopie a dénoncé "une provocation" de son voisin.'
    (skip,) = _skips(records)
    assert (skip.line, skip.reason) == (4, SkipReason.NO_TEXT)


def test_tsv_bad_date_kept_without_date() -> None:
    records = list(read_path(RES / "articles.tsv"))
    arts = _articles(records)
    assert [(a.id, a.date) for a in arts] == [("ts-1", "2019-08-30"), ("ts-2", None)]
    (notice,) = _notices(records)
    assert (notice.reason, notice.line, notice.article_id) == (NoticeReason.BAD_DATE, 3, "ts-2")


def test_csv_without_text_column_is_one_skip() -> None:
    (skip,) = read_bytes(b"id,date\na,2020-01\n", "t.csv", "t", ".csv")
    assert isinstance(skip, Skipped) and skip.reason is SkipReason.BAD_ROW


def test_folder_is_recursive_sorted_and_filtered() -> None:
    arts = _articles(list(read_path(RES / "folder")))
    assert [(a.id, a.date) for a in arts] == [
        ("fa", "2018-05"),
        ("b", "2018-04"),
        ("c-2", "2018-06"),
    ]


@pytest.mark.parametrize(
    "data, ids",
    [
        (b"date 2023-02 Un article sur stdin.", ["stdin"]),
        (b'{"id": "s1", "text": "Un."}\n{"id": "s2", "text": "Deux."}\n', ["s1", "s2"]),
        (b'[{"id": "s1", "text": "Un."}]', ["s1"]),
        (b'{\n  "id": "s1",\n  "text": "Un."\n}', ["s1"]),
    ],
)
def test_stdin_formats_are_sniffed(data: bytes, ids: list[str]) -> None:
    records = list(read_paths([], stdin=io.BytesIO(data)))
    assert [a.id for a in _articles(records)] == ids


def test_several_paths_in_order() -> None:
    records = list(read_paths([RES / "single.json", "-"], stdin=io.BytesIO(b"Texte seul.")))
    assert [a.id for a in _articles(records)] == ["single", "stdin"]


@pytest.mark.parametrize(
    "name, data, reason, line",
    [
        ("empty.txt", b"", SkipReason.EMPTY_FILE, 1),
        ("blank.txt", b"  \n\n ", SkipReason.EMPTY_FILE, 1),
        ("empty.jsonl", b"\n\n", SkipReason.EMPTY_FILE, 1),
        ("empty.json", b"", SkipReason.EMPTY_FILE, 1),
        ("empty.csv", b"", SkipReason.EMPTY_FILE, 1),
        (
            "latin1.txt",
            "date 2023-02\nLigne un.\nLa capitale algérienne.".encode("latin-1"),
            SkipReason.NOT_UTF8,
            3,
        ),
        (
            "latin1.jsonl",
            '{"text": "Été"}'.encode("latin-1"),
            SkipReason.NOT_UTF8,
            1,
        ),
        ("broken.json", b'{"text": "a",\n "date": }', SkipReason.BAD_JSON, 2),
        ("notext.json", b'{"id": "x", "date": "2023-01"}', SkipReason.NO_TEXT, 1),
        ("emptytext.jsonl", b'{"id": "x", "text": "   "}', SkipReason.NO_TEXT, 1),
        ("numtext.jsonl", b'{"id": "x", "text": 12}', SkipReason.NO_TEXT, 1),
        ("onlydate.txt", b"date 2023-02\n", SkipReason.NO_TEXT, 1),
        ("scalar.jsonl", b'"juste une chaine"', SkipReason.BAD_ROW, 1),
    ],
)
def test_bad_input_is_reported_not_raised(
    tmp_path: Path, name: str, data: bytes, reason: SkipReason, line: int
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    records = list(read_path(path))
    assert not _articles(records)
    (skip,) = _skips(records)
    assert (skip.reason, skip.line) == (reason, line)
    assert skip.path == str(path)
    assert skip.position() == f"{path}:{line}"


def test_missing_path_is_a_skip(tmp_path: Path) -> None:
    (skip,) = list(read_path(tmp_path / "absent.txt"))
    assert isinstance(skip, Skipped) and skip.reason is SkipReason.UNREADABLE


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2023-02\nTexte.".encode())
    (article,) = _articles(list(read_path(path)))
    assert (article.date, article.text) == ("2023-02", "Texte.")


def test_two_megabyte_text_is_one_article(tmp_path: Path) -> None:
    sentence = "Le conseil régional a voté un budget de transition pour les ports du nord. "
    body = sentence * (2_000_000 // len(sentence) + 1)
    path = tmp_path / "long.txt"
    path.write_text("date 2024-01\n" + body, encoding="utf-8")
    (article,) = list(read_path(path))
    assert isinstance(article, Article)
    assert len(article.text) >= 2_000_000 and article.date == "2024-01"


def test_two_megabyte_csv_field_is_read(tmp_path: Path) -> None:
    body = "Une très longue dépêche. " * 90_000
    path = tmp_path / "long.csv"
    path.write_text(f'text,date\n"{body}",2024-01\n', encoding="utf-8")
    (article,) = list(read_path(path))
    assert isinstance(article, Article) and len(article.text) == len(body)


def test_ids_and_optional_fields_from_records(tmp_path: Path) -> None:
    rows = [{"id": 17, "text": "Un.", "lang": "en", "source": " "}, {"id": "", "text": "Deux."}]
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts = _articles(list(read_path(path)))
    assert [(a.id, a.lang, a.source) for a in arts] == [("17", "en", None), ("ids-2", None, None)]


# ---------------------------------------------------------------- hostile input (issue 9)

UNTIL_2027 = ReadOptions.until(dt.date(2026, 12, 2))


@pytest.mark.parametrize(
    ("iso", "ok"),
    [("2026-12-02", True), ("2027-12-02", True), ("2027-12-03", False), ("2027-12", True),
     ("2028", False), ("1900-01-01", True), ("1899-12-31", False), ("1899", False),
     ("9999-12-31", False), ("0001-01-01", False)],
)  # fmt: skip
def test_plausible_dates(iso: str, ok: bool) -> None:
    assert UNTIL_2027.plausible(iso) is ok


def test_leap_day_bound() -> None:
    assert ReadOptions.until(dt.date(2024, 2, 29)).latest == "2025-02-28"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", b"date 9999-12-31\nLe texte."),
        ("a.jsonl", b'{"text": "Le texte.", "date": "0001-01-01"}\n'),
        ("a.csv", b"text,date\nLe texte.,9999-12-31\n"),
    ],
)
def test_implausible_date_is_refused_with_a_notice(name: str, data: bytes) -> None:
    records = read_bytes(data, name, "a", Path(name).suffix, UNTIL_2027)
    (article,) = _articles(records)
    (notice,) = _notices(records)
    assert article.date is None and article.text == "Le texte."
    assert notice.reason is NoticeReason.DATE_OUT_OF_RANGE
    assert "outside 1900-01-01 to 2027-12-02" in notice.detail
    assert notice.line is not None


def test_without_options_only_the_lower_bound_applies() -> None:
    (article,) = _articles(read_bytes(b"date 2999-01-01\nTexte.", "a.txt", "a", ".txt"))
    assert article.date == "2999-01-01"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Texte\x1b]0;titre\x07 ici", "Texte]0;titre ici"),
        ("a\x00b", "ab"),
        ("\x1b[2J\x1b[Hécran", "[2J[Hécran"),
        ("C1\x9b31m", "C131m"),
        ("seul \ud800 substitut", "seul  substitut"),
        ("tab\tligne\nretour\r", "tab\tligne\nretour\r"),
        ("« Guillemets » et accents é", "« Guillemets » et accents é"),
    ],
)
def test_control_characters_are_removed(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_control_characters_and_surrogates_never_reach_an_article() -> None:
    line = json.dumps({"id": "x\x1b[31m", "title": "\x07T", "text": "A\x00B \ud800 C"})
    (article,) = _articles(read_bytes(line.encode(), "a.jsonl", "a", ".jsonl"))
    assert (article.id, article.title, article.text) == ("x[31m", "T", "AB  C")
    text = "date 2023-02\nPoutine\x1b]2;pwned\x07 parle."
    (dated,) = _articles(read_bytes(text.encode(), "b.txt", "b", ".txt"))
    assert dated.text == "Poutine]2;pwned parle."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_read(encoding: str) -> None:
    text = "date 2023-01\nÉté à Paris."
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = (b"\xfe\xff" if encoding.endswith("be") else b"") + data
    (article,) = _articles(read_bytes(data, "a.txt", "a", ".txt"))
    assert (article.date, article.text) == ("2023-01", "Été à Paris.")


def test_other_encodings_are_refused_with_candidates() -> None:
    data = "date 2023-01\nÉté à Paris, déjà. La coopération est très étroite.".encode("cp1252")
    (skip,) = _skips(read_bytes(data, "a.txt", "a", ".txt"))
    assert skip.reason is SkipReason.NOT_UTF8 and skip.line == 2
    assert skip.detail.startswith("byte 0xc9 at offset 13; it may be ")
    assert "convert it to UTF-8 (iconv -f " in skip.detail


@pytest.mark.parametrize("sep", [";", "\t"])
def test_csv_separator_is_sniffed_from_the_header(sep: str) -> None:
    data = f"id{sep}text{sep}date\nx{sep}Bonjour, le monde{sep}2023-01\n".encode()
    (article,) = _articles(read_bytes(data, "a.csv", "a", ".csv"))
    assert (article.id, article.text, article.date) == ("x", "Bonjour, le monde", "2023-01")


def test_csv_unclosed_quotation_mark_is_a_reported_skip() -> None:
    data = b'text,date\nPremier,2023-01\n"Ouvert,2023-02\nSuivant,2023-03\n'
    records = read_bytes(data, "a.csv", "a", ".csv")
    assert [a.text for a in _articles(records)] == ["Premier"]
    (skip,) = _skips(records)
    assert (skip.line, skip.reason) == (3, SkipReason.BAD_ROW)
    assert "quotation mark is never closed" in skip.detail


def test_deeply_nested_json_is_a_skip_and_the_neighbours_are_kept() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    lines = ['{"text": "Avant."}', deep, '{"text": "Après."}']
    records = read_bytes("\n".join(lines).encode(), "a.jsonl", "a", ".jsonl")
    assert [a.text for a in _articles(records)] == ["Avant.", "Après."]
    (skip,) = _skips(records)
    assert (skip.line, skip.reason, skip.detail) == (
        2,
        SkipReason.BAD_JSON,
        "nested too deeply to read",
    )
    (whole,) = read_bytes(deep.encode(), "b.json", "b", ".json")
    assert isinstance(whole, Skipped) and whole.reason is SkipReason.BAD_JSON


PAGE = (
    "<!doctype html><html><head><title>Macron reçoit Scholz</title>"
    '<meta property="article:published_time" content="2023-02-21">'
    "<script>alert(1)</script></head><body><nav>Accueil Monde Sport</nav><article>"
    "<p>Le président <b>Emmanuel Macron</b> a reçu mardi le chancelier allemand Olaf Scholz "
    "à l'Élysée pour parler de l'Ukraine et de la défense européenne.</p></article>"
    "<footer>Tous droits réservés</footer></body></html>"
)


@pytest.mark.parametrize("name", ["page.html", "page.htm"])
def test_html_page_is_reduced_to_its_main_text_and_dated(name: str) -> None:
    (article,) = _articles(read_bytes(PAGE.encode(), name, "page", Path(name).suffix))
    assert article.text.startswith("Le président Emmanuel Macron a reçu mardi")
    assert "<" not in article.text and "alert" not in article.text and "Accueil" not in article.text
    assert (article.id, article.date, article.title) == (
        "page",
        "2023-02-21",
        "Macron reçoit Scholz",
    )


def test_html_on_stdin_is_recognised() -> None:
    (article,) = _articles(read_bytes(PAGE.encode(), "<stdin>", "stdin", ""))
    assert article.text.startswith("Le président Emmanuel Macron")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.txt", "date 2023-02\nLe président <b>Emmanuel Macron</b> a reçu <i>Olaf Scholz</i>."),
        (
            "a.jsonl",
            json.dumps({"text": "Le président <b>Emmanuel Macron</b> a reçu <i>Olaf Scholz</i>."}),
        ),
    ],
)
def test_markup_inside_a_text_field_is_reduced_to_text(name: str, data: str) -> None:
    (article,) = _articles(read_bytes(data.encode(), name, "a", Path(name).suffix))
    assert article.text == "Le président Emmanuel Macron a reçu Olaf Scholz."


def test_prose_with_angle_brackets_is_not_markup() -> None:
    data = b"date 2023-02\nLe taux est < 5 % et la dette > 100 %."
    (article,) = _articles(read_bytes(data, "a.txt", "a", ".txt"))
    assert article.text == "Le taux est < 5 % et la dette > 100 %."


def test_html_page_without_text_is_a_skip() -> None:
    (skip,) = read_bytes(b"<html><body><script>x()</script></body></html>", "e.html", "e", ".html")
    assert isinstance(skip, Skipped) and skip.reason is SkipReason.NO_TEXT


@pytest.mark.parametrize(
    ("text", "script"),
    [("وصل الرئيس الفرنسي إلى بكين يوم الاثنين", "arabic"),
     ("法国总统周一抵达北京进行国事访问", "cjk"),
     ("Президент Франции прибыл в Пекин", "cyrillic")],
)  # fmt: skip
def test_text_in_another_script_is_coded_with_a_notice(text: str, script: str) -> None:
    records = read_bytes(f"date 2023-04\n{text}".encode(), "a.txt", "a", ".txt")
    (article,) = _articles(records)
    (notice,) = _notices(records)
    assert article.text == text
    assert notice.reason is NoticeReason.FOREIGN_SCRIPT
    assert f"of its letters are {script}, not latin: its language is detected" in notice.detail


def test_french_with_a_foreign_name_gets_no_script_notice() -> None:
    data = "date 2023-04\nLe président Xi Jinping (习近平) a reçu Emmanuel Macron.".encode()
    assert not _notices(read_bytes(data, "a.txt", "a", ".txt"))


def test_jsonl_file_is_read_line_by_line_and_a_bad_line_loses_no_neighbour(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = ['{"text": "Avant."}', '{"text": "Été"}', "", '{"text": "Après."}']
    data = b"\n".join(line.encode("latin-1" if "Été" in line else "utf-8") for line in lines)
    path.write_bytes(b"\xef\xbb\xbf" + data)  # with a BOM
    records = list(read_path(path))
    assert [(a.id, a.text) for a in _articles(records)] == [
        ("mixed-1", "Avant."),
        ("mixed-4", "Après."),
    ]
    (skip,) = _skips(records)
    assert (skip.line, skip.reason) == (2, SkipReason.NOT_UTF8)
    assert skip.detail == "byte 0xc9 at column 11"


def test_jsonl_is_read_lazily() -> None:
    pulled: list[int] = []

    def lines() -> Iterator[bytes]:
        for i in range(1, 1_000_000):
            pulled.append(i)
            yield f'{{"text": "Article {i}.", "date": "2023-01"}}'.encode()

    records = stream_jsonl(lines(), "big.jsonl", "big")
    assert [next(records).text for _ in range(3)] == ["Article 1.", "Article 2.", "Article 3."]  # type: ignore[union-attr]
    assert pulled == [1, 2, 3]
