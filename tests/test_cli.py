"""The command line, with a fake coder (no spaCy model): output, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import veille.executors
from veille import cli
from veille.errors import ModelNotInstalled
from veille.events.evidence import Dropped
from veille.options import CodingOptions
from veille.settings import Settings
from veille.types import (
    ActorMention,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Quote,
    Span,
    Speaker,
)

RES = Path(__file__).parent / "resources" / "ingest"
SHARED = Path(__file__).parents[1] / ".." / "shared"


class FakeCoder:
    """Codes every article as one visit PRT→MAR and one quote, whatever its text."""

    def __init__(self) -> None:
        self.calls = 0

    def code(self, article: Article) -> CodedArticle:
        self.calls += 1
        event = Event(
            source=ActorRef("PRTGOV", "PRT", "GOV", None, "le ministre"),
            target=ActorRef("MAR", "MAR", None, None, "Rabat"),
            cameo="042",
            cameo_root="04",
            goldstein=1.9,
            quad_class=1,
            plover=None,
            sentence=article.text[:40],
            sentence_start=0,
            trigger=Span("rendu", 0, 5),
        )
        quote = Quote("Nous avançons.", 0, 14, Speaker("Paulo Rangel", "PRTGOV", "il"), "dire")
        mention = ActorMention("Rabat", 0, 5, "MAR", "MAR")
        return CodedArticle(
            article.id,
            article.date,
            article.lang or "fr",
            events=[event],
            quotes=[quote],
            actors=[mention],
        )

    def code_many(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[CodedArticle]:
        for article in articles:
            if "PANNE" in article.text and on_error is not None:
                on_error(article, RuntimeError("the parser broke"))
                continue
            yield self.code(article)

    def trace(self, article: Article) -> tuple[CodedArticle, list[Dropped]]:
        """The article coded, and one candidate dropped: the visit's way back, MAR→PRT."""
        coded = self.code(article)
        e = coded.events[0]
        back = replace(e, source=e.target, target=e.source, evidence=("trigger:verb", "swap"))
        return coded, [Dropped(back, "hypothetical")]


@pytest.fixture(autouse=True)
def one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Code in this process (as on a one-core machine), where the fake coder is patched in;
    worker processes are tested in tests/executors."""
    monkeypatch.setattr(veille.executors, "cores", lambda: 1)


@pytest.fixture
def coder(monkeypatch: pytest.MonkeyPatch) -> FakeCoder:
    fake = FakeCoder()
    monkeypatch.setattr(cli.common, "load_coder", lambda settings, options: fake)
    return fake


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _one_error_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("veille: error: ")
    assert "Traceback" not in stderr
    return lines[0]


def test_cli_code_files(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["code", str(RES / "dated.txt"), str(RES / "single.json")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["date"]) for r in records] == [
        ("dated", "2023-03-14"),
        ("single", "2021-07"),
    ]
    assert records[0]["events"][0]["cameo"] == "042"
    assert records[0]["quotes"][0]["speaker"]["name"] == "Paulo Rangel"
    assert result.stderr == ""


@pytest.mark.parametrize("args", [["code"], ["code", "-"]])
def test_cli_code_stdin(runner: CliRunner, coder: FakeCoder, args: list[str]) -> None:
    result = runner.invoke(cli.app, args, input="date 2024-02-01 Un article lu sur stdin.")
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["id"], record["date"]) == ("stdin", "2024-02-01")


def test_cli_code_reports_skips_and_exits_1(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["code", str(RES / "articles.jsonl"), str(RES / "nodate.txt")])
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["pe-1", "pe-2", "articles-5", "nodate"]
    lines = result.stderr.splitlines()
    path = RES / "articles.jsonl"
    assert f"veille: skipped {path}:3: bad_json (Expecting ',' delimiter)" in lines
    assert f"veille: skipped {path}:4: no_text (no 'text' field)" in lines
    assert f"veille: warning {RES / 'nodate.txt'}:1: no_date" in lines


def test_cli_code_settings_and_errors(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Settings] = []

    def load(settings: Settings, options: CodingOptions) -> FakeCoder:
        seen.append(settings)
        return FakeCoder()

    monkeypatch.setattr(cli.common, "load_coder", load)
    args = [
        "code",
        str(RES / "dated.txt"),
        "-s",
        "quotes.min_chars=5",
        "--set",
        "nlp.max_chunk_chars=100",
    ]
    assert runner.invoke(cli.app, args).exit_code == 0
    assert seen[0]["quotes.min_chars"] == 5 and seen[0]["nlp.max_chunk_chars"] == 100


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["code", "x.txt", "-s", "quotes.min_chars=beaucoup"], "E004"),
        (["code", "x.txt", "-s", "pas.de.reglage=1"], "unknown setting"),
        (["code", "x.txt", "-s", "sans-egal"], "E008"),
        (["code", "x.txt", "--config", "/nonexistent/veille.toml"], "E010"),
        (["code", "x.txt", "-s", "nlp.max_chunk_chars=3"], "is not in 100 to 1000000"),
    ],
)
def test_cli_code_bad_settings(
    runner: CliRunner, coder: FakeCoder, args: list[str], fragment: str
) -> None:
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 2
    assert fragment in _one_error_line(result.stderr)


def test_cli_code_model_missing(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    def load(settings: Settings, options: CodingOptions) -> FakeCoder:
        raise ModelNotInstalled("[E005] the spaCy model 'fr_core_news_md' is not installed")

    monkeypatch.setattr(cli.common, "load_coder", load)
    result = runner.invoke(cli.app, ["code", str(RES / "dated.txt")])
    assert result.exit_code == 2
    assert "E005" in _one_error_line(result.stderr)


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner, coder: FakeCoder) -> Path:
    path = tmp_path / "v.duckdb"
    result = runner.invoke(
        cli.app, ["ingest", str(RES / "folder"), str(RES / "dated.txt"), "--db", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("4 new, 0 already present, 0 skipped")
    return path


def test_cli_ingest_twice_adds_nothing(runner: CliRunner, coder: FakeCoder, db: Path) -> None:
    calls = coder.calls
    result = runner.invoke(cli.app, ["ingest", str(RES / "folder"), "--db", str(db)])
    assert result.exit_code == 0
    assert "0 new, 3 already present, 0 skipped" in result.stdout
    assert coder.calls == calls


def test_cli_ingest_reports_skips(runner: CliRunner, coder: FakeCoder, tmp_path: Path) -> None:
    result = runner.invoke(
        cli.app, ["ingest", str(RES / "articles.csv"), "--db", str(tmp_path / "x.duckdb")]
    )
    assert result.exit_code == 1
    assert "2 new, 0 already present, 1 skipped" in result.stdout
    assert "no_text" in result.stderr


def test_cli_ingest_error(runner: CliRunner, coder: FakeCoder, tmp_path: Path) -> None:
    bad = tmp_path / "no" / "such" / "dir" / "v.duckdb"
    result = runner.invoke(cli.app, ["ingest", str(RES / "dated.txt"), "--db", str(bad)])
    assert result.exit_code == 2
    assert "E007" in _one_error_line(result.stderr)


def test_cli_events_table_and_jsonl(runner: CliRunner, db: Path) -> None:
    table = runner.invoke(cli.app, ["events", "--db", str(db), "--source", "PRT"])
    assert table.exit_code == 0 and "PRTGOV" in table.stdout and "042" in table.stdout
    args = ["events", "--db", str(db), "--root", "04", "--since", "2018-05", "--format", "jsonl"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["article_id"], r["date"]) for r in rows] == [
        ("fa", "2018-05"),
        ("c-2", "2018-06"),
        ("dated", "2023-03-14"),
    ]
    limited = runner.invoke(cli.app, [*args, "--limit", "1", "--until", "2018-05"])
    assert len(limited.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    "option, value",
    [
        ("--root", "99"),
        ("--source", "'; DROP TABLE events; --"),
        ("--since", "2023-13"),
        ("--code", "x"),
        ("--limit", "0"),
    ],
)
def test_cli_events_errors(runner: CliRunner, db: Path, option: str, value: str) -> None:
    result = runner.invoke(cli.app, ["events", "--db", str(db), option, value])
    assert result.exit_code == 2
    assert "E008" in _one_error_line(result.stderr)


def test_cli_quotes(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(
        cli.app, ["quotes", "--db", str(db), "--speaker", "rangel", "--format", "jsonl"]
    )
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 4
    none = runner.invoke(cli.app, ["quotes", "--db", str(db), "--speaker", "' OR 1=1 --"])
    assert none.exit_code == 0 and "Rangel" not in none.stdout


def test_cli_quotes_missing_db(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["quotes", "--db", str(tmp_path / "absent.duckdb")])
    assert result.exit_code == 2
    assert "no such database" in _one_error_line(result.stderr)


def test_cli_dyad(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(cli.app, ["dyad", "prt", "MAR", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "PRT → MAR" in result.stdout and "MAR → PRT" in result.stdout
    assert "2018-04" in result.stdout and "2023-03" in result.stdout and "+1.90" in result.stdout


def test_cli_dyad_error(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(cli.app, ["dyad", "P!", "MAR", "--db", str(db)])
    assert result.exit_code == 2
    assert "E008" in _one_error_line(result.stderr)


def test_cli_summary(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(cli.app, ["summary", "--db", str(db)])
    assert result.exit_code == 0
    assert "events by dyad and quad class" in result.stdout
    assert "Paulo Rangel" in result.stdout and "PRT" in result.stdout


def test_cli_summary_top_limits_the_tables() -> None:
    from veille.store.rows import DyadTotal, SpeakerCount, Summary

    dyads = [DyadTotal(f"A{i:02}", "BBB", i, 0, 0, 0, 1.0) for i in range(5, 0, -1)]
    speakers = [SpeakerCount(f"Person {i}", "CHNGOV", 1) for i in range(4)]
    summary = Summary(articles=3, events=15, quotes=4, dyads=dyads, speakers=speakers)
    _, dyad_table, speaker_table = cli.database._summary_tables(summary, top=2)
    assert dyad_table.row_count == 2 and speaker_table.row_count == 2
    assert dyad_table.caption == "the 2 busiest of 5 dyads (--top 0 lists all)"
    _, everything, voices = cli.database._summary_tables(summary, top=0)
    assert everything.row_count == 5 and voices.row_count == 4 and everything.caption is None


def test_cli_summary_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["summary", "--db", str(tmp_path / "absent.duckdb")])
    assert result.exit_code == 2
    _one_error_line(result.stderr)


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": "dated",
            "events": [
                {"source": "PRT", "target": "MAR", "root": "04"},
                {"source": "MAR", "target": "PRT", "root": "04"},
            ],
            "quotes": [{"speaker": "Paulo Rangel", "starts_with": "Nous avançons"}],
            "actors": [{"text": "Rabat", "code": "MAR"}, {"text": "le Portugal", "code": "PRT"}],
        },
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return gold


def test_cli_eval_input_json(runner: CliRunner, coder: FakeCoder, tmp_path: Path) -> None:
    args = ["eval", str(_gold(tmp_path)), "--input", str(RES / "dated.txt"), "--json"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert (scores["event_precision"], scores["event_recall"], scores["quote_recall"]) == (
        1.0,
        0.5,
        1.0,
    )
    assert (scores["actor_strict"], scores["actor_lenient"]) == (0.5, 0.5)
    assert scores["per_root"][0]["root"] == "04"


def test_cli_eval_pred_table(runner: CliRunner, coder: FakeCoder, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    coded = runner.invoke(cli.app, ["code", str(RES / "dated.txt")])
    pred.write_text(coded.stdout, encoding="utf-8")
    result = runner.invoke(cli.app, ["eval", str(_gold(tmp_path)), "--pred", str(pred), "--misses"])
    assert result.exit_code == 0, result.output
    assert "event_f1" in result.stdout and "events per CAMEO root" in result.stdout
    assert "dated: event: MAR -> PRT root 04" in result.stdout


def test_cli_eval_explain_input(runner: CliRunner, coder: FakeCoder, tmp_path: Path) -> None:
    args = ["eval", str(_gold(tmp_path)), "--input", str(RES / "dated.txt"), "--explain"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "== dated" in out and "missed: MAR -> PRT root 04" in out
    assert "dropped (hypothetical): trigger «rendu» 042: MAR «Rabat» -> PRTGOV" in out
    assert "rules: trigger:verb swap" in out
    assert "actor MAR in the article: «Rabat»" in out and "actor PRT in the article: never" in out


def test_cli_eval_explain_pred(runner: CliRunner, coder: FakeCoder, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(runner.invoke(cli.app, ["code", str(RES / "dated.txt")]).stdout, "utf-8")
    args = ["eval", str(_gold(tmp_path)), "--pred", str(pred), "--explain"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    assert "dropped are not known" in result.stdout
    assert "missed: MAR -> PRT root 04" in result.stdout
    assert "no candidate event made this triple" in result.stdout
    near = "output instead: trigger «rendu» 042: PRTGOV «le ministre» -> MAR «Rabat»"
    assert near in result.stdout


@pytest.mark.parametrize(
    "extra, fragment",
    [
        ([], "either --input"),
        (["--input", "x.txt", "--pred", "y.jsonl"], "either --input"),
        (["--pred", "/nonexistent/pred.jsonl"], "E006"),
    ],
)
def test_cli_eval_errors(
    runner: CliRunner, coder: FakeCoder, tmp_path: Path, extra: list[str], fragment: str
) -> None:
    result = runner.invoke(cli.app, ["eval", str(_gold(tmp_path)), *extra])
    assert result.exit_code == 2
    assert fragment in _one_error_line(result.stderr)


def test_cli_eval_missing_gold(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["eval", "/nonexistent/gold.json", "--input", "x.txt"])
    assert result.exit_code == 2
    assert "E006" in _one_error_line(result.stderr)


@pytest.mark.skipif(
    not (SHARED / "eval" / "seed.txt").is_file(),
    reason="../shared/eval is absent (not a CI checkout)",
)
def test_cli_code_reads_the_seed(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["code", str(SHARED / "eval" / "seed.txt")])
    assert result.exit_code == 0
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["id"], record["date"]) == ("seed", "2023-02")


def test_cli_help_lists_commands(runner: CliRunner) -> None:
    result = runner.invoke(cli.app, ["--help"])
    assert result.exit_code == 0
    for command in ("code", "ingest", "events", "quotes", "dyad", "summary", "eval"):
        assert command in result.stdout


def test_cli_code_reports_an_article_that_fails_and_codes_the_others(
    runner: CliRunner, coder: FakeCoder, tmp_path: Path
) -> None:
    path = tmp_path / "two.jsonl"
    rows = [{"id": "bon", "text": "Le ministre est arrivé."}, {"id": "mauvais", "text": "PANNE"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    result = runner.invoke(cli.app, ["code", str(path)])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["bon"]
    assert (
        "veille: skipped mauvais: coding_failed (RuntimeError: the parser broke)" in result.stderr
    )


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "1850-06"])
def test_cli_code_refuses_implausible_dates(runner: CliRunner, coder: FakeCoder, date: str) -> None:
    result = runner.invoke(cli.app, ["code", "-"], input=f"date {date}\nUn article mal daté.")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["date"] is None
    (line,) = result.stderr.splitlines()
    assert line.startswith("veille: warning <stdin>:1: date_out_of_range (")
    assert "kept undated" in line


def test_cli_code_bad_earliest_date_setting(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["code", "-", "-s", "ingest.earliest_date=hier"], input="x")
    assert result.exit_code == 2
    assert "ingest.earliest_date" in _one_error_line(result.stderr)


def test_cli_code_strips_terminal_escapes(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["code", "-"], input="date 2023-02\nA\x1b]0;x\x07\x00B.")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["events"][0]["sentence"] == "A]0;xB."  # the fake coder echoes the text
    assert "\\u001b" not in result.stdout and "\x1b" not in result.stdout


@pytest.mark.parametrize("port", ["0", "70000"])
def test_cli_serve_refuses_a_port_out_of_range(runner: CliRunner, port: str) -> None:
    result = runner.invoke(cli.app, ["serve", "--demo", "--port", port])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "Invalid value for '--port'" in result.output


def test_cli_ingest_prints_progress_lines_when_stderr_is_not_a_terminal(
    runner: CliRunner, coder: FakeCoder, tmp_path: Path
) -> None:
    rows = [
        json.dumps({"id": f"a{i}", "date": "2023-01", "text": f"Texte {i}."}) for i in range(250)
    ]
    (tmp_path / "many.jsonl").write_text("\n".join(rows), "utf-8")
    result = runner.invoke(
        cli.app, ["ingest", str(tmp_path / "many.jsonl"), "--db", str(tmp_path / "m.duckdb")]
    )
    assert result.exit_code == 0, result.output
    progress = [line for line in result.stderr.splitlines() if "articles coded" in line]
    assert [line.split(" (")[0] for line in progress] == [
        "veille: 100 articles coded",
        "veille: 200 articles coded",
    ]
    assert result.stdout.strip() == "250 new, 0 already present, 0 skipped"


@pytest.mark.parametrize("from_stdin", [False, True])
def test_cli_code_prints_progress_lines_on_stderr_only(
    runner: CliRunner, coder: FakeCoder, tmp_path: Path, from_stdin: bool
) -> None:
    rows = [
        json.dumps({"id": f"a{i}", "date": "2023-01", "text": f"Texte {i}."}) for i in range(250)
    ]
    (tmp_path / "many.jsonl").write_text("\n".join(rows), "utf-8")
    args = ["code"] if from_stdin else ["code", str(tmp_path / "many.jsonl")]
    result = runner.invoke(cli.app, args, input="\n".join(rows) if from_stdin else None)
    assert result.exit_code == 0, result.output
    progress = [line.split(" (")[0] for line in result.stderr.splitlines()]
    assert progress == ["veille: 100 articles coded", "veille: 200 articles coded"]
    assert result.stderr.splitlines()[0].endswith("/s)")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [f"a{i}" for i in range(250)]


@pytest.mark.parametrize("bar_allowed", [True, False])
def test_progress_on_a_terminal_leaves_stdout_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], bar_allowed: bool
) -> None:
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80)
    monkeypatch.setattr(cli.common, "Console", lambda stderr: terminal)
    stdout = sys.stdout
    with cli.common.progress(bar_allowed) as advance:
        assert sys.stdout is stdout  # the JSON lines printed meanwhile stay data
        for i in range(150):
            advance(Article(f"a{i}", "Texte."))
    captured = capsys.readouterr()
    assert captured.out == ""
    if bar_allowed:
        assert "coding" in screen.getvalue() and "150" in screen.getvalue()
    else:  # data goes to this terminal too: plain lines, no bar
        assert "coding" not in screen.getvalue()
        assert "veille: 100 articles coded" in captured.err


def test_cli_code_refuses_an_unknown_executor(runner: CliRunner, coder: FakeCoder) -> None:
    result = runner.invoke(cli.app, ["code", "-", "--executor", "spark"], input="Un texte.")
    assert result.exit_code == 2
    assert "E008" in _one_error_line(result.stderr) and "spark" in result.stderr


def test_cli_ingest_with_one_worker_skips_an_article_that_fails(
    runner: CliRunner, coder: FakeCoder, tmp_path: Path
) -> None:
    path = tmp_path / "two.jsonl"
    rows = [{"id": "bon", "text": "Le ministre est arrivé."}, {"id": "mauvais", "text": "PANNE"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    args = ["ingest", str(path), "--workers", "1", "--db", str(tmp_path / "v.duckdb")]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 new, 0 already present, 1 skipped"
    assert "veille: skipped mauvais: coding_failed (RuntimeError" in result.stderr
