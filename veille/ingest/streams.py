"""A byte stream read lazily: a bounded head to tell the encoding and the format, then the
rest a line at a time; and the strict decoding that refuses what is not UTF-8."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from veille.errors import SkipReason
from veille.ingest.records import Skipped

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

HEAD_BYTES = 65536  # what is read before the format and the encoding are decided

# Byte-order marks of the Unicode encodings read besides UTF-8 (longest first).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# One line of a piece of text that may end lines with a lone carriage return (old Macs).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


class UndecodableLine(Exception):
    """A line further in a stream that is not UTF-8; `skipped` reports it (the reader stops
    there, as a CSV record may run over several lines)."""

    def __init__(self, skipped: Skipped) -> None:
        super().__init__(skipped.detail)
        self.skipped = skipped


def bom_encoding(head: bytes | bytearray) -> str | None:
    """`utf-16` or `utf-32` when `head` starts with their byte-order mark, else None."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def read_head(stream: BinaryIO) -> tuple[bytes, bool]:
    """The first HEAD_BYTES of `stream` (more when its first line is longer: the format of a
    stream is told from that line), and whether the stream ended there."""
    head = bytearray()
    while len(head) < HEAD_BYTES:
        part = stream.read(HEAD_BYTES - len(head))
        if not part:
            return bytes(head), True
        head += part
    if b"\n" not in head.lstrip():
        head += stream.readline()
    return bytes(head), False


class _Prefixed(io.RawIOBase):
    """The bytes of `head`, then the rest of `stream`: a stream whose head was read."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        """Fill `buffer` from the head while it lasts, then from the stream."""
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def rejoin(head: bytes, stream: BinaryIO) -> io.BufferedReader:
    """The whole stream again, head first, buffered (lines can be read from it)."""
    return io.BufferedReader(_Prefixed(head, stream))


def read_rest(head: bytes, ended: bool, stream: BinaryIO) -> bytes | bytearray:
    """The whole stream whose head was read, gathered a MiB at a time (a long file is held
    once, not twice as a concatenation would)."""
    if ended:
        return head
    data = bytearray(head)
    while part := stream.read(1 << 20):
        data += part
    return data


def guess_encodings(data: bytes | bytearray) -> list[str]:
    """The three encodings charset-normalizer finds likeliest (a hint for the user: on
    short texts the order is not reliable)."""
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data[:65536])][:3]


def not_utf8(data: bytes | bytearray, start: int, path: str, line: int, where: str) -> Skipped:
    """The skip for the bad byte at `start` of `data` (on `line`, at `where`), naming the
    encodings the data looks like and the `iconv` line that converts it."""
    detail = f"byte 0x{data[start : start + 1].hex()} at {where}"
    guesses = guess_encodings(data)
    if guesses:
        detail += f"; it may be {' or '.join(guesses)}: convert it to UTF-8"
        detail += f" (iconv -f {guesses[0]} -t utf-8)"
    return Skipped(path, line, SkipReason.NOT_UTF8, detail)


def decode(data: bytes | bytearray, path: str) -> str | Skipped:
    """Strict UTF-8 (a BOM is dropped), or UTF-16/32 with their BOM; any other encoding
    skips the file, naming the line of the first bad byte and the encoding it looks like."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            detail = f"{encoding} with a bad sequence at offset {exc.start}"
            return Skipped(path, None, SkipReason.NOT_UTF8, detail)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return not_utf8(data, exc.start, path, line, f"offset {exc.start}")


def check_head(head: bytes, path: str) -> Skipped | None:
    """The skip of the whole stream when its head is not UTF-8 (a sequence cut at the end
    of the head is fine), else None."""
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
    except UnicodeDecodeError as exc:
        line = head.count(b"\n", 0, exc.start) + 1
        return not_utf8(head, exc.start, path, line, f"offset {exc.start}")
    return None


def text_lines(lines: Iterable[bytes], path: str) -> Iterator[str]:
    """The lines of a UTF-8 stream decoded one at a time, line ends kept (a lone carriage
    return ends a line too), a BOM dropped.

    Raises:
        UndecodableLine: at the first line that is not UTF-8.
    """
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            skipped = not_utf8(raw, exc.start, path, number, f"column {exc.start + 1}")
            detail = f"{skipped.detail}; the rest of the file is not read"
            raise UndecodableLine(Skipped(path, number, skipped.reason, detail)) from None
        if "\r" in line.rstrip("\r\n") or line.endswith("\r"):
            yield from _LINE.findall(line)
        else:
            yield line
