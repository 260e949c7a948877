"""JSON Lines: one record a line, `{"type": <record type>, ...fields}` (INTERFACES.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from officerdesk.core.exchange.text import lines
from officerdesk.errors import ImportFailed


def read(fh: BinaryIO, codec: str = "utf-8") -> Iterator[tuple[int, dict[str, Any]]]:
    for number, text in lines(fh, codec):
        if not text.strip():
            continue
        try:
            item = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFailed(number, f"is not valid JSON ({exc.msg} at column {exc.colno})",
                               f"올바른 JSON이 아닙니다({exc.colno}열: {exc.msg})") from None
        except RecursionError:
            raise ImportFailed(number, "is nested too deeply to be a record", "중첩이 너무 깊어 기록으로 읽을 수 없습니다") from None
        if not isinstance(item, dict):
            raise ImportFailed(number, f"must be a JSON object like {{\"type\": \"meeting\", ...}}, not {type(item).__name__}",
                               f"{{\"type\": \"meeting\", ...}} 같은 JSON 객체여야 합니다({type(item).__name__}이(가) 아니라)")
        yield number, item


def write(out: TextIO, items: Iterable[dict[str, Any]]) -> int:
    count = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, separators=(", ", ": ")))
        out.write("\n")
        count += 1
    return count
