"""An import file's bytes as text: which encoding it is in, and its lines with errors naming them.

Officers' files come from Korean, Japanese, Chinese and European Windows as well as from phones
and web apps, so the encoding is found rather than assumed: a byte-order mark (UTF-8 or UTF-16)
says it; a named encoding (`--encoding`) is taken as given; otherwise UTF-8 when the bytes are
UTF-8, else the East Asian or Western Windows code page they read best as (charset-normalizer,
limited to the code pages officers meet). Images, PDFs, archives and NUL bytes are refused for
what they are. Lines longer than MAX_LINE bytes are refused before they are parsed, so a 100 MB
line cannot exhaust memory.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from officerdesk.errors import ImportFailed

MAX_LINE = 4 * 1024 * 1024
MAX_TRANSCODED = 64 * 1024 * 1024  # a UTF-16 file is read whole to become UTF-8
BOM = b"\xef\xbb\xbf"
SAMPLE = 256 * 1024  # bytes looked at to find the encoding
# the code pages of the posts' countries and of the officers' own Windows, best first on a tie
CANDIDATES = ("cp949", "shift_jis", "gb18030", "big5", "cp1252", "cp1250", "cp1251", "iso8859_15")
NAMES = {"cp949": "Korean Windows text (CP949/EUC-KR)", "euc_kr": "Korean text (EUC-KR)",
         "shift_jis": "Japanese Windows text (Shift_JIS)", "cp932": "Japanese Windows text (Shift_JIS/cp932)",
         "gb18030": "Chinese text (GBK/GB18030)", "gbk": "Chinese text (GBK)", "big5": "Chinese text (Big5)",
         "cp1252": "Western European Windows text (cp1252)", "utf-8": "UTF-8", "utf-16": "UTF-16"}
NAMES_KO = {"cp949": "한국어 Windows 텍스트(CP949/EUC-KR)", "euc_kr": "한국어 텍스트(EUC-KR)",
            "shift_jis": "일본어 Windows 텍스트(Shift_JIS)", "cp932": "일본어 Windows 텍스트(Shift_JIS/cp932)",
            "gb18030": "중국어 텍스트(GBK/GB18030)", "gbk": "중국어 텍스트(GBK)", "big5": "중국어 텍스트(Big5)",
            "cp1252": "서유럽 Windows 텍스트(cp1252)", "utf-8": "UTF-8", "utf-16": "UTF-16"}
MAGIC = ((b"\x89PNG", "a PNG image", "PNG 이미지"), (b"\xff\xd8\xff", "a JPEG image", "JPEG 이미지"),
         (b"%PDF", "a PDF document", "PDF 문서"),
         (b"PK\x03\x04", "a ZIP archive or an Office document (save it as CSV)", "ZIP 압축 파일이나 Office 문서(CSV로 저장하십시오)"),
         (b"GIF8", "a GIF image", "GIF 이미지"),
         (b"\xd0\xcf\x11\xe0", "an old Office document (save it as CSV)", "예전 Office 문서(CSV로 저장하십시오)"),
         (b"SQLite format", "a database file", "데이터베이스 파일"))


@dataclass(frozen=True)
class Encoding:
    """The codec a file is read with and how it was found (shown to the user in a preview)."""

    codec: str
    how: str  # "named", "byte-order mark", "detected"

    @property
    def label(self) -> str:
        name = NAMES.get(codecs.lookup(self.codec).name.replace("-", "_"), NAMES.get(self.codec, self.codec))
        return f"{name}, {self.how}"


def detect(head: bytes, named: str | None = None) -> Encoding:
    """The encoding of a file that starts with `head` (UserError-free: ImportFailed on binary)."""
    if named:
        try:
            codec = codecs.lookup(named).name
        except LookupError:
            raise ImportFailed(0, f"{named!r} is not an encoding known here (try utf-8, cp949, shift_jis, gbk, cp1252)",
                               f"{named!r}은(는) 알 수 없는 인코딩입니다(utf-8, cp949, shift_jis, gbk, cp1252 중에서 고르십시오)") from None
        return Encoding("utf-8" if codec == "utf-8-sig" else codec, "named")
    if head.startswith(BOM):
        return Encoding("utf-8", "byte-order mark")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Encoding("utf-16", "byte-order mark")
    for magic, what, what_ko in MAGIC:
        if head.startswith(magic):
            raise ImportFailed(1, f"is not a text file: it looks like {what}", f"텍스트 파일이 아닙니다: {what_ko}로 보입니다")
    if b"\x00" in head:
        raise ImportFailed(1, "is not a text file: it contains NUL bytes (a binary file, or UTF-16 without a byte-order mark)",
                           "텍스트 파일이 아닙니다: NUL 바이트가 있습니다(바이너리 파일이거나 BOM 없는 UTF-16)")
    if _is_utf8(head):
        return Encoding("utf-8", "detected")
    return Encoding(_best_code_page(head), "detected")


def _is_utf8(head: bytes) -> bool:
    # a vCard or calendar may fold a line inside a character: the folds go before the check
    head = head.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").replace(b"\n ", b"")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # the sample may end inside a character: only an error in its last three bytes is forgiven
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def _east_asian(head: bytes) -> str | None:
    """Korean, Japanese or Chinese, when the bytes read plainly as one of them.

    The three share byte ranges, and a general detector often takes Japanese for Korean. Korean
    text is mostly the 2,350 common syllables (EUC-KR's range: Japanese misread as CP949 gives
    rare ones); Japanese reads as kana and kanji (Chinese or Korean misread as Shift_JIS gives
    half-width katakana); Chinese reads as CJK ideographs."""
    body = head[: len(head) - 4] if len(head) >= SAMPLE else head  # the sample may end inside a character

    def read(codec: str) -> str:
        try:
            return "".join(ch for ch in body.decode(codec) if ord(ch) > 0x7F)
        except UnicodeDecodeError:
            return ""

    korean = read("cp949")
    syllables = [ch for ch in korean if "가" <= ch <= "힣"]
    if korean and len(syllables) >= 0.5 * len(korean) and _share(syllables, _in_euc_kr) >= 0.9:
        return "cp949"
    japanese = read("cp932")
    if japanese and _share(japanese, lambda ch: "\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uff01" <= ch <= "\uff5e") >= 0.9:
        return "shift_jis" if read("shift_jis") == japanese else "cp932"
    chinese = read("gb18030")
    if chinese and _share(chinese, lambda ch: "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff5e") >= 0.9:
        return "gb18030"
    return None


def _share(chars: Iterable[str] | str, test: Callable[[str], bool]) -> float:
    chars = list(chars)
    return sum(1 for ch in chars if test(ch)) / len(chars) if chars else 0.0


def _in_euc_kr(ch: str) -> bool:
    """One of KS X 1001's 2,350 syllables (two bytes; Python writes the others as 8-byte sequences)."""
    try:
        return len(ch.encode("euc_kr")) == 2
    except UnicodeEncodeError:
        return False


def _best_code_page(head: bytes) -> str:
    found = _east_asian(head)
    if found is not None:
        return found
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=list(CANDIDATES), explain=False).best()
    if best is None:
        raise ImportFailed(1, "is not text in any encoding known here; save it as UTF-8 and import it again",
                           "알려진 어느 인코딩의 텍스트도 아닙니다. UTF-8로 저장한 뒤 다시 가져오십시오")
    found = codecs.lookup(best.encoding).name
    return "cp1252" if found in WESTERN_LOOKALIKES and _reads_as_western(head) else found


# Single-byte code pages a short Western European sample is often taken for: their accented
# letters sit on the bytes of cp1252's (è is č in cp1250), and a detector guessing the language
# from a few names picks wrongly. Officers' files from Europe are overwhelmingly cp1252 (Excel and
# Outlook in Western Europe); a Central European file is read right by naming its encoding.
WESTERN_LOOKALIKES = frozenset({"cp1250", "iso8859-15", "iso8859-2"})
_CP1252_PUNCTUATION = frozenset("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


def _reads_as_western(head: bytes) -> bool:
    """True when the sample reads in cp1252 as Latin-1 letters and cp1252's own punctuation only."""
    try:
        text = head.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return all(ch.isascii() or "\u00a0" <= ch <= "\u00ff" or ch in _CP1252_PUNCTUATION for ch in text)


def as_utf8(fh: BinaryIO, encoding: Encoding) -> tuple[BinaryIO, Encoding]:
    """A UTF-16 file becomes UTF-8 bytes (its lines cannot be split as bytes); others pass through."""
    if codecs.lookup(encoding.codec).name not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return fh, encoding
    data = fh.read(MAX_TRANSCODED + 1)
    if len(data) > MAX_TRANSCODED:
        raise ImportFailed(1, f"the UTF-16 file is larger than {MAX_TRANSCODED // (1024 * 1024)} MB; save it as UTF-8",
                           f"UTF-16 파일이 {MAX_TRANSCODED // (1024 * 1024)}MB보다 큽니다. UTF-8로 저장하십시오")
    try:
        text = data.decode(encoding.codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(encoding.codec, "replace").count("\n") + 1
        raise ImportFailed(line, "is not valid UTF-16 text", "올바른 UTF-16 텍스트가 아닙니다") from None
    return io.BytesIO(text.encode("utf-8")), Encoding("utf-8", f"{encoding.how}, UTF-16")


def raw_lines(fh: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, bytes without the line ending) of every line; the BOM dropped."""
    number = 0
    while True:
        raw = fh.readline(MAX_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            raise ImportFailed(number, f"the line is longer than {MAX_LINE // (1024 * 1024)} MB; nothing was imported",
                               f"줄이 {MAX_LINE // (1024 * 1024)}MB보다 깁니다. 아무것도 가져오지 않았습니다")
        if number == 1:
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise ImportFailed(1, "the file is UTF-16 text; save it as UTF-8 and import it again",
                                   "UTF-16 텍스트 파일입니다. UTF-8로 저장한 뒤 다시 가져오십시오")
            raw = raw.removeprefix(BOM)
        yield number, raw.rstrip(b"\r\n")


def lines(fh: BinaryIO, codec: str = "utf-8") -> Iterator[tuple[int, str]]:
    """(1-based line number, text without the line ending) for every line of the file."""
    for number, raw in raw_lines(fh):
        yield number, decode(number, raw, codec)


def decode(number: int, raw: bytes, codec: str = "utf-8") -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            number,
            f"is not {NAMES.get(codec, codec)} (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}){_guess(raw, codec)}; "
            "name the file's encoding, or save it as UTF-8 and import it again",
            f"{NAMES_KO.get(codec, codec)}이(가) 아닙니다({exc.start + 1}열의 바이트 0x{raw[exc.start]:02x}){_guess(raw, codec, 'ko')}. "
            "파일의 인코딩을 지정하거나 UTF-8로 저장한 뒤 다시 가져오십시오",
        ) from None
    if "\x00" in text:
        raise ImportFailed(number, f"contains a NUL byte at column {text.index(chr(0)) + 1}",
                           f"{text.index(chr(0)) + 1}열에 NUL 바이트가 있습니다")
    return text


def _guess(raw: bytes, codec: str, lang: str = "en") -> str:
    """What the line reads as instead, so the user knows which encoding to name."""
    try:
        found = _best_code_page(raw) if codec == "utf-8" else ""
    except ImportFailed:
        return ""
    if not found:
        return ""
    return f". {NAMES_KO.get(found, found)}로 보입니다" if lang == "ko" else f"; it looks like {NAMES.get(found, found)}"
