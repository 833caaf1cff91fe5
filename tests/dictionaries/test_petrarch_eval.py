"""The PETRARCH validation reader, the scorer and `veille eval petrarch`, on a toy file."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from veille.cli import app
from veille.dictionaries.scoring import RecordResult, score
from veille.dictionaries.validation import read_validation
from veille.errors import DictionaryError

TOY = Path(__file__).resolve().parent / "resources"
XML = """<Validation>
<Environment>
    <Verbfile>toy.verbs.txt</Verbfile>
    <Actorfile>toy.actors.txt</Actorfile>
    <Agentfile>toy.agents.txt</Agentfile>
    <Discardfile>toy.discards.txt</Discardfile>
    <Include>valid ONE TWO</Include>
</Environment>
<Sentences>
<Sentence date="20000101" id="A-1" category="ONE" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="BOR" targetcode="SYL" eventcode="033"></EventCoding>
<Text>
Borduria promised aid
to Syldavia.
</Text>
<Parse>(ROOT (S (NP (NNP Borduria))))</Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Config option="new_actor_length" value="3"></Config>
<Sentence date="20000102" id="A-2" category="TWO" sentence="true">
<EventCoding sourcecode="BOR" targetcode="---" eventcode="030"></EventCoding>
<Text>Borduria has promised nothing.</Text>
</Sentence>
<Sentence date="20000103" id="A-3" category="TWO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Borduria promised aid to Syldavia after the football match.</Text>
</Sentence>
<Sentence date="20000104" id="A-4" category="THREE" sentence="true">
<EventCoding sourcecode='"SOMEONE"' targetcode="SYL" eventcode="030"></EventCoding>
<Text>Somebody promised to help Syldavia.</Text>
</Sentence>
<Sentence date="20000105" id="A-5" category="ONE" sentence="false">
<EventCoding error="discard"></EventCoding>
<Text>Not scored.</Text>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture
def validation(tmp_path: Path) -> Path:
    for name in ("toy.verbs.txt", "toy.actors.txt", "toy.agents.txt", "toy.discards.txt"):
        shutil.copy(TOY / name, tmp_path / name)
    path = tmp_path / "toy.records.xml"
    path.write_text(XML, encoding="utf-8")
    return path


def test_reader(validation: Path) -> None:
    found = read_validation(validation)
    assert [r.id for r in found.scored()] == ["A-1", "A-2", "A-3"]
    first, second, third, fourth, fifth = found.records
    assert first.text == "Borduria promised aid to Syldavia."
    assert first.day == date(2000, 1, 1)
    assert {(e.source, e.target, e.code) for e in first.events} == {("BOR", "SYL", "033")}
    assert first.settings.require_dyad and first.settings.new_actor_length == 0
    assert not second.settings.require_dyad and second.settings.new_actor_length == 3
    assert third.events == frozenset()
    assert {e.source for e in fourth.events} == {"SOMEONE"}  # quotes removed
    assert fifth.error == "discard" and not fifth.scored
    assert found.files["verbs"] == "toy.verbs.txt"


def test_reader_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<Validation><Sentences>", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"broken\.xml"):
        read_validation(broken)
    bad_date = tmp_path / "date.xml"
    bad_date.write_text(
        '<Validation><Sentences><Sentence date="2000" id="X"><Text>a</Text></Sentence>'
        "</Sentences></Validation>",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="record X: bad date"):
        read_validation(bad_date)


def test_scores() -> None:
    a, b = ("A", "B", "010"), ("B", "A", "020")
    scores = score(
        [
            RecordResult("1", "X", frozenset({a, b}), frozenset({a})),
            RecordResult("2", "X", frozenset(), frozenset()),
            RecordResult("3", "Y", frozenset({a}), frozenset({a, b})),
        ]
    )
    total = scores.to_dict()
    assert (total["records"], total["exact"]) == (3, 1)
    assert (total["event_precision"], total["event_recall"]) == (round(2 / 3, 4), round(2 / 3, 4))
    assert scores.categories["X"].exact == 1 and scores.categories["Y"].exact == 0


@pytest.mark.slow
def test_cli_json(validation: Path, english: Language) -> None:
    result = CliRunner().invoke(app, ["eval", "petrarch", str(validation), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert (scores["records"], scores["exact"]) == (3, 3)
    assert scores["event_f1"] == 1.0
    assert set(scores["categories"]) == {"ONE", "TWO"}


@pytest.mark.slow
def test_cli_table_and_dictionaries(validation: Path, english: Language) -> None:
    result = CliRunner().invoke(
        app, ["eval", "petrarch", str(validation), "--dictionaries", str(TOY), "--misses"]
    )
    assert result.exit_code == 0, result.output
    assert "veille eval petrarch" in result.output and "TWO" in result.output


def test_cli_needs_one_file() -> None:
    result = CliRunner().invoke(app, ["eval", "petrarch"])
    assert result.exit_code == 2
    assert "one PETRARCH validation file" in result.output


@pytest.mark.slow
def test_code_with_dictionaries(tmp_path: Path, english: Language) -> None:
    articles = tmp_path / "articles.jsonl"
    text = "Kurvi Tasch promised aid to Syldavia. Nothing else happened."
    articles.write_text(json.dumps({"id": "a1", "date": "1955-06", "text": text}) + "\n")
    result = CliRunner().invoke(app, ["code", "--dictionaries", str(TOY), str(articles)])
    assert result.exit_code == 0, result.output
    coded = json.loads(result.output)
    assert (coded["id"], coded["lang"]) == ("a1", "en")
    assert [(a["text"], a["code"]) for a in coded["actors"]] == [
        ("Kurvi Tasch", "BORGOV"),
        ("Syldavia", "SYL"),
    ]
    (event,) = coded["events"]
    assert (event["source"]["code"], event["target"]["code"], event["cameo"]) == (
        "BORGOV",
        "SYL",
        "033",
    )
    assert event["cameo_root"] == "03" and event["quad_class"] == 1
    trigger = event["trigger"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"] == "promised"
    assert event["sentence"] == "Kurvi Tasch promised aid to Syldavia."
