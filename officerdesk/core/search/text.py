"""What the search index stores for a text, and what a user's query asks of it (docs/search.md).

Every text goes into two kinds of columns of one FTS5 table (`porter unicode61` tokenizer):
  words  Latin, digits and whole Hangul words (`특허청은`), with CJK ideographs and kana taken out
         and a space put where Hangul meets another script (`USPTO는` -> `USPTO 는`);
  grams  overlapping two-character pieces of every Hangul word (`특허 허청 청은`) and of every run
         of Chinese/Japanese characters (`国家 家知 知识 ...`, plus the run's last character alone).
A query is cut the same way into terms that are all required:
  Latin word   -> the word in `words`: FTS5 stems both sides, so `seizures` finds `seizure`;
  Hangul word  -> its grams as one phrase (it appears inside a word: `특허` in `특허청은`, `비밀`
                  in `영업비밀`), OR the word as a prefix of a whole word, which only raises the
                  rank of hits where the word starts a word. One shared syllable never matches:
                  `특허` is the gram `특허`, never `특`;
  CJK run      -> its bigrams as one phrase (`知识产权` = `知识 识产 产权` in that order);
  one syllable or one CJK character -> a prefix (`특*`, `张*`).
User input is only ever cut into these terms and quoted, so no input reaches FTS5 as syntax.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from officerdesk.core.search import porter

HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff"
CJK = (
    "\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
)
_HANGUL_RUN = re.compile(f"[{HANGUL}]+")
_LATIN_RUN = re.compile(f"[^\\W_{HANGUL}{CJK}]+")
# CJK runs, and places where Hangul touches a letter or digit of another script.
_NOT_WORDS = re.compile(
    f"[{CJK}]+|(?<=[{HANGUL}])(?=[^\\W_{HANGUL}{CJK}])|(?<=[^\\W_{HANGUL}{CJK}])(?=[{HANGUL}])"
)
_HANGUL_PAIR = re.compile(f"(?=([{HANGUL}]{{2}}))")
_CJK_CHAR = re.compile(f"[{CJK}]")
# Every overlapping CJK pair, and a run's last character, in text order.
_CJK_GRAM = re.compile(f"(?=([{CJK}]{{2}}))|([{CJK}])(?![{CJK}])")
_TERM = re.compile(
    f"(?P<neg>(?:(?<=\\s)|^)-)?(?:(?P<hangul>[{HANGUL}]+)|(?P<cjk>[{CJK}]+)|(?P<word>[^\\W_{HANGUL}{CJK}]+))"
)

MAX_QUERY_CHARS = 1000  # a longer query is cut here before parsing
MAX_TERMS = 16  # words kept, counting each side of an OR
MAX_TERM_CHARS = 64
WORD_COLUMNS = "{title body}"
GRAM_COLUMNS = "{gtitle gbody}"


def words(text: str) -> str:
    """The `words` column: text without CJK runs, Hangul split from other scripts."""
    if text.isascii():  # no Hangul, no CJK: nothing to take out or split (most English text)
        return text
    return _NOT_WORDS.sub(" ", text)


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def grams(text: str) -> str:
    """The `grams` column: bigrams of Hangul words and of CJK runs (each run's last char too)."""
    if text.isascii():
        return ""
    out: list[str] = _HANGUL_PAIR.findall(text)
    if _CJK_CHAR.search(text):
        out += [pair or last for pair, last in _CJK_GRAM.findall(text)]
    return " ".join(out)


def fold(word: str) -> str:
    """Lower case without diacritics, as unicode61 with remove_diacritics folds a Latin word."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass(frozen=True)
class Term:
    kind: str  # "word" | "hangul" | "cjk"
    text: str
    negated: bool = False
    either: tuple[Term, ...] = ()  # `a OR b`: this term or any of these

    def alternatives(self) -> tuple[Term, ...]:
        return (self, *self.either)


def _clean(query: str) -> str:
    query = query[:MAX_QUERY_CHARS]
    # NUL, control characters and lone surrogates would break the UTF-8 sent to SQLite.
    return "".join(" " if (c < " " or "\ud800" <= c <= "\udfff") else c for c in query)


def parse(query: str) -> list[Term]:
    """The required terms of a query; `-x` excludes x, `a OR b` takes either, `AND` is implied."""
    terms: list[Term] = []
    join_next = False
    for m in _TERM.finditer(_clean(query)):
        kind = m.lastgroup or "word"
        text = m.group(kind)[:MAX_TERM_CHARS]
        if kind == "word" and text in ("AND", "OR") and not m.group("neg"):
            join_next = text == "OR" and bool(terms) and not terms[-1].negated
            continue
        term = Term(kind, fold(text) if kind == "word" else text, negated=bool(m.group("neg")))
        if join_next and not term.negated:
            last = terms.pop()
            term = Term(last.kind, last.text, either=(*last.either, term))
        elif term in terms:
            continue
        join_next = False
        terms.append(term)
        if sum(len(t.alternatives()) for t in terms) >= MAX_TERMS:
            break
    return terms


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _one(term: Term) -> str:
    if term.kind == "word":
        return f"{WORD_COLUMNS}: {_quote(term.text)}"
    if len(term.text) == 1:
        columns = WORD_COLUMNS if term.kind == "hangul" else GRAM_COLUMNS
        return f"{columns}: {_quote(term.text)}*"
    phrase = f"{GRAM_COLUMNS}: {_quote(' '.join(_pairs(term.text)))}"
    if term.kind == "hangul":
        return f"{WORD_COLUMNS}: {_quote(term.text)}* OR {phrase}"
    return phrase


def _expr(term: Term) -> str:
    return "(" + " OR ".join(_one(t) for t in term.alternatives()) + ")"


def match_expression(terms: list[Term], kind_tokens: Sequence[str] = ()) -> str | None:
    """The FTS5 MATCH text for these terms, or None when nothing is required."""
    wanted = [_expr(t) for t in terms if not t.negated]
    if not wanted:
        return None
    expr = " AND ".join(wanted)
    if kind_tokens:
        expr += " AND {kind}: (" + " OR ".join(_quote(k) for k in kind_tokens) + ")"
    for t in terms:
        if t.negated:
            expr = f"({expr}) NOT {_expr(t)}"
    return expr


class Highlighter:
    """Marks what the query matched in a text, the way the index matched it."""

    OPEN, CLOSE = "«", "»"

    def __init__(self, terms: list[Term]) -> None:
        wanted = [a for t in terms if not t.negated for a in t.alternatives()]
        self.stems = {porter.stem(t.text) for t in wanted if t.kind == "word"}
        literal = sorted({t.text for t in wanted if t.kind != "word"}, key=len, reverse=True)
        parts = [
            (f"(?<![{HANGUL}]){re.escape(t)}" if len(t) == 1 and _HANGUL_RUN.fullmatch(t) else re.escape(t))
            for t in literal
        ]
        if self.stems:
            parts.append(_LATIN_RUN.pattern)
        self.pattern = re.compile("|".join(parts)) if parts else None
        self.heads = {s[:2] for s in self.stems}

    def spans(self, text: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            token = m.group()
            if _LATIN_RUN.fullmatch(token):
                folded = fold(token)
                if folded[:2] not in self.heads or porter.stem(folded) not in self.stems:
                    continue
            out.append(m.span())
        return out

    def snippet(self, fields: list[str], width: int = 120) -> str:
        """A window of about `width` characters around the first match, matches marked.

        The first field with a match is used; when none has one, the start of the first
        non-empty field, unmarked.
        """
        texts = [" ".join(f.split()) for f in fields if f and f.strip()]
        if not texts:
            return ""
        for text in texts:
            spans = self.spans(text)
            if spans:
                break
        else:
            text, spans = texts[0], []
        start = 0
        if spans and spans[0][0] > width // 4:
            start = spans[0][0] - width // 4
            space = text.find(" ", start, spans[0][0])
            start = space + 1 if 0 <= space < start + 12 else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", end - 12, end)
            end = space if space > start else end
        out, at = [], start
        for a, b in spans:
            if a < at or b > end:
                continue
            out += [text[at:a], self.OPEN, text[a:b], self.CLOSE]
            at = b
        out.append(text[at:end])
        return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")
