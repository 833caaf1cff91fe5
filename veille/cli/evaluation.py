"""`veille eval` (scores against gold, `--explain`, PETRARCH validation files) and
`veille coverage` (the language's coverage suite)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, NamedTuple

import typer
from rich.console import Console
from rich.table import Table

from veille.cli import common
from veille.cli.common import (
    Coder,
    ConfigOpt,
    LangOpt,
    Problems,
    SetOpt,
    app,
    coding_options,
    exit_if_skipped,
    load_settings,
    read_articles,
    reporting,
)
from veille.errors import CodingError, Errors, UsageError
from veille.evaluate import EvalReport, evaluate, load_gold, load_json_records
from veille.events.evidence import Dropped
from veille.explain import ArticleExplanation, Because
from veille.explain import explain as explain_misses
from veille.serialize import from_dict
from veille.types import Article, CodedArticle


def _predictions(path: Path) -> list[CodedArticle]:
    try:
        return [from_dict(d) for d in load_json_records(path)]
    except (KeyError, TypeError, ValueError) as exc:
        reason = f"not `veille code` output: {exc!r}"
        raise UsageError(Errors.E006.format(path=path, reason=reason)) from exc


def _print_report(report: EvalReport, show_misses: bool) -> None:
    console = Console()
    totals = Table("measure", "value", title="veille eval")
    for key, value in report.summary().items():
        totals.add_row(key, str(value))
    console.print(totals)
    roots = Table("root", "predicted", "correct", "precision", "required", "found", "recall", "F1",
                  title="events per CAMEO root")  # fmt: skip
    for r in report.per_root:
        roots.add_row(r.root, str(r.predicted), str(r.correct), f"{r.precision:.3f}",
                      str(r.required), str(r.found), f"{r.recall:.3f}", f"{r.f1:.3f}")  # fmt: skip
    console.print(roots)
    for article in report.articles if show_misses else []:
        for miss in article.misses:
            typer.echo(f"{article.id}: {miss.kind}: {miss.detail}")


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold files (.json or .jsonl).")],
    inputs: Annotated[
        list[str] | None, typer.Option("--input", help="Articles to code and score.")
    ] = None,
    pred: Annotated[
        Path | None, typer.Option(help="Score this `veille code` output instead.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    misses: Annotated[bool, typer.Option(help="List misses and extra triples.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="For each missed and extra event triple: its sentences, triggers, actors, "
            "and the rule that made it or dropped it.",
        ),
    ] = False,
    config: ConfigOpt = None,
    sets: SetOpt = None,
    lang: LangOpt = None,
    dictionaries: Annotated[
        Path | None,
        typer.Option(help="With `eval petrarch FILE.xml`: a PETRARCH dictionary folder."),
    ] = None,
) -> None:
    """Score veille on annotated articles: events, quotes and actors, as in score.py.

    `veille eval petrarch FILE.xml [--dictionaries DIR] [--json]` codes a PETRARCH
    validation file with its dictionaries instead (docs/petrarch-dictionaries.md).
    """
    if gold and str(gold[0]) == "petrarch":
        _eval_petrarch(gold[1:], dictionaries, as_json, misses)
        return
    problems = Problems()
    with reporting():
        settings = load_settings(config, sets)
        if (inputs is None) == (pred is None):
            raise UsageError("give either --input PATH (to code and score) or --pred FILE")
        golds = [g for path in gold for g in load_gold(path)]
        if pred is not None:
            run = _Scored(_predictions(pred))
        else:
            articles = read_articles(inputs or [], settings, problems)
            coder = common.load_coder(settings, coding_options(lang))
            run = _code_for_eval(coder, articles, explain, problems)
        report = evaluate(golds, run.coded)
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            _print_report(report, misses)
        if explain:
            explained = explain_misses(golds, run.coded, run.dropped, run.texts)
            _print_explanations(explained, run.dropped is not None)
    exit_if_skipped(problems)


class _Scored(NamedTuple):
    """The articles scored; with --explain and --input, the candidates each one dropped and
    its text."""

    coded: list[CodedArticle]
    dropped: dict[str, list[Dropped]] | None = None
    texts: dict[str, str] | None = None


def _code_for_eval(
    coder: Coder, articles: Iterable[Article], explain: bool, problems: Problems
) -> _Scored:
    if not explain:
        return _Scored(list(coder.code_many(articles, problems.failed)))
    read = list(articles)
    traced = _traced(coder, read, problems)
    return _Scored(
        [c for c, _ in traced],
        {c.id: lost for c, lost in traced},
        {a.id: a.text for a in read},
    )


def _traced(
    coder: Coder, articles: list[Article], problems: Problems
) -> list[tuple[CodedArticle, list[Dropped]]]:
    """Each article coded with the candidates dropped; one that cannot be coded is skipped."""
    out = []
    for article in articles:
        try:
            out.append(coder.trace(article))
        except CodingError as exc:
            problems.failed(article, exc)
    return out


def _eval_petrarch(
    files: list[Path], dictionaries: Path | None, as_json: bool, misses: bool
) -> None:
    from veille.dictionaries.evaluation import evaluate_petrarch

    with reporting():
        if len(files) != 1:
            raise UsageError("give one PETRARCH validation file: veille eval petrarch FILE.xml")
        scores = evaluate_petrarch(files[0], dictionaries)
    if as_json:
        typer.echo(json.dumps(scores.to_dict(), ensure_ascii=False))
        return
    table = Table("category", "records", "exact", "P", "R", "F1", title="veille eval petrarch")
    rows = [*sorted(scores.categories.items()), ("all", scores.total)]
    for name, t in rows:
        table.add_row(
            name, str(t.records), str(t.exact), *(f"{v:.3f}" for v in (t.precision, t.recall, t.f1))
        )
    Console().print(table)
    if misses:
        for r in scores.results:
            if not r.exact:
                typer.echo(f"{r.id}: gold {sorted(r.gold)} coded {sorted(r.coded)}")


def _event_lines(b: Because) -> list[str]:
    e = b.event
    head = f"dropped ({b.dropped})" if b.dropped else "output"
    src = f"{e.source.code} «{e.source.text}»" if e.source else "no source"
    tgt = f"{e.target.code} «{e.target.text}»" if e.target else "no target"
    return [
        f"    {head}: trigger «{e.trigger.text}» {e.cameo}: {src} -> {tgt}"
        f" · confidence {e.confidence}",
        f"      rules: {' '.join(e.evidence) or '(none recorded)'}",
        f"      sentence: {' '.join(e.sentence.split())}",
    ]


def _print_explanations(articles: list[ArticleExplanation], traced: bool) -> None:
    if not traced:
        typer.echo("(--pred: the candidates the coder dropped are not known; code with --input)")
    for article in articles:
        if not article.items:
            continue
        typer.echo(f"== {article.id}")
        for item in article.items:
            source, target, root = item.triple
            note = f" ({item.note})" if item.note else ""
            typer.echo(f"  {item.kind}: {source} -> {target} root {root}{note}")
            for b in item.events:
                for line in _event_lines(b):
                    typer.echo(line)
            if item.kind == "missed" and not item.events:
                typer.echo("    no candidate event made this triple (no trigger, or other actors)")
            for b in item.near:
                for line in _event_lines(b):
                    typer.echo(line.replace("output:", "output instead:", 1))
            for code, words in item.actors.items():
                found = ", ".join(f"«{w}»" for w in words[:5]) or "never found"
                typer.echo(f"    actor {code} in the article: {found}")
            for sent in item.sentences:
                typer.echo(f"    sentence naming them: {sent.text}")
                typer.echo(f"      triggers read: {'; '.join(sent.triggers) or 'none'}")


@app.command("coverage")
def coverage_command(
    lang: Annotated[str, typer.Option(help="Language whose coverage suite to run.")] = "fr",
    root: Annotated[str | None, typer.Option(help="Only this CAMEO root, e.g. 04.")] = None,
    failures: Annotated[bool, typer.Option(help="List the cases that fail.")] = False,
    config: ConfigOpt = None,
    sets: SetOpt = None,
) -> None:
    """Run the language's coverage suite (sentences for every 3-digit CAMEO code)."""
    from veille.coverage import load_coverage, rates, run

    with reporting():
        cases = [c for c in load_coverage(lang) if root is None or c.root == root]
        coder = common.load_coder(load_settings(config, sets), coding_options(lang))
        results = list(run(coder, cases, lang))
    table = Table("root", "cases", "passed", "rate", title=f"coverage suite ({lang})")
    for r in rates(results):
        table.add_row(r.root, str(r.cases), str(r.passed), f"{r.rate:.0%}")
    Console().print(table)
    for res in results if failures else []:
        if not res.passed:
            c = res.case
            typer.echo(f"{c.code} {c.form} {c.source}>{c.target}: {c.text}")
            typer.echo(f"    found: {', '.join(res.found) or 'nothing'}")
