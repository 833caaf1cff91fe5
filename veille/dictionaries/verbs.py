"""Reader for PETRARCH verb dictionaries (both the PETRARCH-1/TABARI and PETRARCH-2 formats).

&CURRENCY                  synset, then `+` members (`&LABEL_`: no plurals)
+DOLLAR
--- GRANT [070] ---        verb block with its default code
GIVE {GAVE GIVEN GIVING}   verb; irregular forms in {}, else regular ones are made
RE_+ARREST [173]           multi-word verb, `+` on the word the parser calls the verb
- $ * &CURRENCY TO + [071] pattern (see patterns.py)
~ a (a b ATTACK) SAY = a b 015     PETRARCH-2 transformation
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from veille.dictionaries.files import VerbDictionary
from veille.dictionaries.lines import (
    DISCARD_CODE,
    Line,
    Report,
    make_phrase,
    read_lines,
    split_codes,
)
from veille.dictionaries.model import NoticeKind
from veille.dictionaries.patterns import PatternError, parse_code, parse_pattern, synset_refs
from veille.dictionaries.verbforms import verb_forms
from veille.dictionaries.verbmodel import (
    EventCode,
    Pattern,
    Synset,
    SynsetMember,
    Transformation,
    Verb,
    VerbBlock,
)
from veille.errors import DictionaryError


@dataclass
class _Block:
    name: str
    code: EventCode
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class _State:
    report: Report
    synsets: dict[str, Synset] = field(default_factory=dict)
    blocks: list[_Block] = field(default_factory=list)
    transformations: list[Transformation] = field(default_factory=list)
    open_synset: str | None = None  # the label whose `+` members are being read
    plurals: bool = True  # False under `&LABEL_`


def read_verbs(path: Path, *, strict: bool = False) -> VerbDictionary:
    """Read a verb dictionary.

    Args:
        path: a PETRARCH `.verbs` file (PETRARCH-1/TABARI or PETRARCH-2 patterns).
        strict: raise on a malformed pattern, verb or member line instead of reporting it.

    Returns:
        Synsets, blocks and transformations, and notices for lines kept out (patterns
        without a code, with a disjunction or an undefined synset, ...).

    Raises:
        DictionaryError: a block header cannot be read, or a verb, pattern or member comes
            before its block or synset; the message names file and line.
    """
    path = Path(path)
    state = _State(Report(path, strict))
    for line in read_lines(path):
        _read_line(line, state)
    blocks = tuple(_finish(b, state) for b in state.blocks)
    synsets = {label: _checked_synset(s, state) for label, s in state.synsets.items()}
    return VerbDictionary(
        path, synsets, blocks, tuple(state.transformations), tuple(state.report.notices)
    )


def _read_line(line: Line, state: _State) -> None:
    """Dispatch one content line on its first character."""
    text = line.text
    if text.startswith("+") and state.open_synset is not None:
        _member(line, state)
        return
    state.open_synset = None
    if text.startswith("---"):
        state.blocks.append(_header(line, state.report))
    elif text.startswith("&"):
        _synset(line, state)
    elif text.startswith("~"):
        _transformation(line, state)
    elif not state.blocks:
        raise state.report.error(line.number, "verb or pattern before any '--- BLOCK ---'")
    elif text.startswith("-"):
        _pattern(line, state)
    else:
        _verb(line, state)


def _header(line: Line, report: Report) -> _Block:
    """`--- NAME [CODE] ---`; no code means the null code `---`; extra codes are reported."""
    try:
        name, codes, rest = split_codes(line.text.strip("-"), report.path, line.number)
        code = parse_code(codes[0] if codes else "---")
    except (DictionaryError, PatternError) as exc:
        raise report.error(line.number, f"bad block header: {exc}") from exc
    if not name:
        raise report.error(line.number, "a block header is '--- NAME [CODE] ---'")
    extra = [f"[{c}]" for c in codes[1:]] + rest.replace("-", " ").split()
    if extra:
        report.notice(line.number, NoticeKind.TRAILING_TEXT, f"ignored: {' '.join(extra)}")
    return _Block(name, code, line.number)


def _synset(line: Line, state: _State) -> None:
    label = line.text.split()[0]
    if len(line.text.split()) > 1 or len(label) < 2:
        state.report.malformed(line.number, f"bad synset label {line.text!r}")
        return
    plural = not label.endswith("_")
    label = label.rstrip("_")
    if label in state.synsets:
        state.report.notice(line.number, NoticeKind.DUPLICATE, f"{label} defined again")
    state.synsets[label] = Synset(label, (), line.number)
    state.open_synset, state.plurals = label, plural


def _member(line: Line, state: _State) -> None:
    """A `+` line under `&LABEL`: a phrase (its own final `_` stops its plural) or a synset."""
    assert state.open_synset is not None
    label = state.open_synset
    text = line.text[1:].strip()
    if not text:
        state.report.malformed(line.number, "empty synset member")
        return
    if text.startswith("&"):
        member = SynsetMember(None, text.rstrip("_"), False, line.number)
    else:
        plural = state.plurals and not text.endswith("_")
        member = SynsetMember(make_phrase(text, line.number), None, plural, line.number)
    old = state.synsets[label]
    state.synsets[label] = Synset(label, (*old.members, member), old.line)


def _pattern(line: Line, state: _State) -> None:
    report = state.report
    try:
        body, codes, rest = split_codes(line.text[1:], report.path, line.number)
    except DictionaryError as exc:
        report.malformed(line.number, exc.reason)
        return
    if not codes:
        report.notice(line.number, NoticeKind.NO_CODE, "pattern without [code]")
        return
    if codes[-1] == DISCARD_CODE.strip("[]"):
        report.notice(line.number, NoticeKind.UNSUPPORTED, "TABARI discard code [###]")
        return
    try:
        if len(codes) > 1 or rest:
            raise PatternError("the [code] must end the pattern")
        code = parse_code(codes[0])
        before, after, joined = parse_pattern(body)
    except PatternError as exc:
        kind = NoticeKind.DISJUNCTION if "|" in body else NoticeKind.BAD_PATTERN
        report.notice(line.number, kind, str(exc))
        return
    pattern = Pattern(before, after, code, line.text, line.number, joined)
    state.blocks[-1].patterns.append(pattern)


def _verb(line: Line, state: _State) -> None:
    report = state.report
    try:
        head, codes, rest = split_codes(line.text, report.path, line.number)
        if rest.startswith("{"):  # `SNUB [111] {SNUBS ...}`: forms after the code
            head, rest = f"{head} {rest}", ""
        code = parse_code(codes[0]) if codes else None
        if len(codes) > 1 or rest:
            raise PatternError("a verb line is 'VERB {FORMS} [CODE]'")
        forms = verb_forms(head)
    except (DictionaryError, PatternError) as exc:
        report.malformed(line.number, str(exc))
        return
    state.blocks[-1].verbs.append(Verb(head, forms, code, line.number))


def _transformation(line: Line, state: _State) -> None:
    left, equals, right = line.text[1:].partition("=")
    if not equals or not left.split() or not right.split():
        state.report.malformed(line.number, "a transformation is '~ PATTERN = RESULT'")
        return
    pattern = tuple(left.replace("(", " ( ").replace(")", " ) ").split())
    state.transformations.append(Transformation(pattern, tuple(right.split()), line.number))


def _finish(block: _Block, state: _State) -> VerbBlock:
    """Freeze a block, keeping out the patterns that use an undefined synset."""
    kept: list[Pattern] = []
    for pattern in block.patterns:
        missing = [s for s in synset_refs(pattern.before + pattern.after) if s not in state.synsets]
        if missing:
            state.report.notice(
                pattern.line, NoticeKind.UNKNOWN_SYNSET, f"{', '.join(missing)} not defined"
            )
        else:
            kept.append(pattern)
    return VerbBlock(block.name, block.code, tuple(block.verbs), tuple(kept), block.line)


def _checked_synset(synset: Synset, state: _State) -> Synset:
    """Keep out members that name an undefined synset."""
    kept: list[SynsetMember] = []
    for member in synset.members:
        if member.synset is not None and member.synset not in state.synsets:
            state.report.notice(
                member.line, NoticeKind.UNKNOWN_SYNSET, f"{member.synset} not defined"
            )
        else:
            kept.append(member)
    return Synset(synset.label, tuple(kept), synset.line)
