"""How often a Korean query word occurs only inside a longer word: the data behind docs/search.md.

    python -m bench.search_substrings PROFILE [WORD ...]

For each word: records where it starts a Hangul word (`특허청은` for 특허), records where it is
only inside one (`표준필수특허`), and the commonest such words. Inside-word hits are what indexing
Hangul bigrams adds over word-prefix matching; read them to judge whether they are true hits
(compounds: 위조상품, 영업비밀) or false ones (전자 in 유전자원). Not a timed benchmark.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

WORDS = ["특허", "상표", "세관", "기업", "출원", "침해", "심사", "소송", "보호", "등록", "정책", "협력", "위조", "상품", "비밀", "재산", "지식", "통제", "반도체", "화장품", "회의", "심판", "무역", "전자", "바이오", "로봇", "배터리", "관세", "특별"]


def hangul_words(profile: Path) -> list[set[str]]:
    from officerdesk.core.search import index as search
    from officerdesk.core.search.text import _HANGUL_RUN
    from officerdesk.profiles import open_store

    store = open_store(profile, create=False)
    out = []
    try:
        with store.session_factory.begin() as s:
            conn = s.connection()
            for kind, shape in search.SHAPES.items():
                table = shape.model.__tablename__
                ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE NOT deleted")]
                for doc in search.load_docs(conn, kind, ids):
                    out.append(set(_HANGUL_RUN.findall(" ".join(doc.title + doc.body))))
    finally:
        store.close()
    return out


def report(docs: list[set[str]], words: list[str]) -> list[str]:
    lines = [f"{len(docs):,} records", "word\tstarts a word\tonly inside a word\tcommonest inside"]
    for word in words:
        start = inside = 0
        seen: Counter[str] = Counter()
        for hangul in docs:
            if any(w.startswith(word) for w in hangul):
                start += 1
                continue
            within = [w for w in hangul if word in w]
            if within:
                inside += 1
                seen.update(within)
        common = ", ".join(f"{w} {n}" for w, n in seen.most_common(4))
        lines.append(f"{word}\t{start}\t{inside}\t{common}")
    return lines


if __name__ == "__main__":
    print("\n".join(report(hangul_words(Path(sys.argv[1])), sys.argv[2:] or WORDS)))
