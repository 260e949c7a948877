"""One person in many scripts: the match keys link Hangul, Hanzi, Kanji and Latin spellings of one
name, e-mails and phones, and say why; they do not link unrelated people."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from officerdesk.core.people import hangul, names
from officerdesk.core.people.keys import Person, keys_of, phone_key
from officerdesk.core.people.matches import Directory, possible_duplicates

WANG = ["王小明", "Wang Xiaoming", "왕샤오밍", "王暁明", "Xiaoming Wang", "WANG, Xiaoming", "Xiǎomíng Wáng"]


def test_revised_romanisation_of_syllables() -> None:
    assert hangul.romanise("왕샤오밍") == ["wang", "sya", "o", "ming"]
    assert hangul.romanise("김민수") == ["gim", "min", "su"]
    assert hangul.romanise("한복남") == ["han", "bok", "nam"]  # names: no sound change across syllables
    assert hangul.romanise("이서연") == ["i", "seo", "yeon"]
    assert hangul.romanise("최 Choi") == ["choe"]
    assert hangul.romanise("읽") == ["ik"]  # a cluster sounds as its spoken member


@pytest.mark.parametrize("spelling", WANG)
def test_the_same_person_across_hangul_hanzi_kanji_and_latin(spelling: str) -> None:
    people = [Person(str(i), n) for i, n in enumerate(WANG)]
    me = Person("me", spelling)
    found = {m.second.name for m in Directory(people).matches_for(me)}
    assert set(WANG) - {spelling} <= found


def test_reasons_say_which_reading_matched() -> None:
    found = possible_duplicates([Person("a", "王小明"), Person("b", "Wang Xiaoming"), Person("c", "왕샤오밍")])
    reasons = {(m.first.name, m.second.name): [r.text() for r in m.reasons] for m in found}
    assert reasons[("王小明", "Wang Xiaoming")] == ["same name in pinyin (wang xiao ming)"]
    assert reasons[("王小明", "왕샤오밍")] == ["same name in pinyin and Revised Romanisation (wang xiao ming)"]
    assert reasons[("Wang Xiaoming", "왕샤오밍")][0].startswith("same name in Revised Romanisation")


@pytest.mark.parametrize(("one", "other"), [
    ("김민수", "Kim Min-su"), ("김민수", "Minsoo Kim"), ("이서연", "Lee Seo-yeon"), ("박지훈", "Park Ji-hoon"),
    ("山田太郎", "Yamada Taro"), ("山田太郎", "야마다 다로"), ("やまだ たろう", "Taro Yamada"),
])
def test_korean_and_japanese_names_meet_their_latin_spellings(one: str, other: str) -> None:
    assert possible_duplicates([Person("a", one), Person("b", other)])


@pytest.mark.parametrize(("one", "other"), [
    ("王小明", "王大明"), ("김민수", "김민준"), ("Wang Xiaoming", "Wang Xiaohong"), ("Kim", "김"),
    ("金民洙", "김민수"),  # Hanja against Hangul: no Hanja reading table (docs/decisions.md)
])
def test_different_names_do_not_match(one: str, other: str) -> None:
    assert possible_duplicates([Person("a", one), Person("b", other)]) == []


def test_email_and_phone_keys() -> None:
    a = Person("a", "Kim Min-su", emails=("work: KIM@kipo.go.kr",), phones="cell: +82 10-1234-5678")
    b = Person("b", "민수", emails=("kim@kipo.go.kr",))
    c = Person("c", "M. Kim", phones="010 1234 5678")
    found = {(m.first.id, m.second.id): [r.code for r in m.reasons] for m in possible_duplicates([a, b, c])}
    assert found == {("a", "b"): ["same_email"], ("a", "c"): ["same_phone"]}
    assert phone_key("+82 10-1234-5678") == phone_key("010-1234-5678")
    assert phone_key("ext. 204") == ""


def test_a_crowded_key_says_nothing() -> None:
    switchboard = [Person(str(i), f"Person {i}", phones="+82 2 3456 7890") for i in range(40)]
    assert possible_duplicates(switchboard) == []


def test_scores_rank_stronger_evidence_first() -> None:
    found = possible_duplicates([
        Person("a", "王小明", emails=("w@x.cn",)), Person("b", "Wang Xiaoming", emails=("w@x.cn",)),
        Person("c", "Xiaoming Wang"),
    ])
    assert (found[0].first.id, found[0].second.id) == ("a", "b")
    assert found[0].score > found[-1].score


_SYLLABLES = st.integers(0xAC00, 0xD7A3).map(chr)
_NAMES = st.one_of(
    st.text(_SYLLABLES, min_size=1, max_size=4),
    st.text(st.sampled_from("王李张刘陈杨黄赵吴周小明晓华伟芳娜"), min_size=1, max_size=4),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz -ÁÉ'"), min_size=1, max_size=20),
    st.text(max_size=12),
)


@settings(max_examples=60, deadline=None)
@given(_NAMES)
def test_any_name_gives_keys_without_failing_and_matches_itself(name: str) -> None:
    keys = keys_of(Person("a", name))
    assert all(k.value.split(":", 1)[1] for k in keys)
    if keys:
        assert possible_duplicates([Person("a", name), Person("b", name)])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(_SYLLABLES, min_size=2, max_size=3), min_size=1, max_size=1))
def test_a_hangul_name_meets_its_own_romanisation_in_either_order(parts: list[str]) -> None:
    name = parts[0]
    syllables = hangul.romanise(name)
    surname, given_name = syllables[0], "".join(syllables[1:])
    for latin in (f"{surname} {given_name}", f"{given_name.title()} {surname.title()}"):
        assert {s.key for s in names.sounds(name)} & {s.key for s in names.sounds(latin)}, (name, latin)


@settings(max_examples=30, deadline=None)
@given(st.lists(_NAMES, min_size=2, max_size=8))
def test_pairs_are_symmetric_and_never_a_record_with_itself(names_: list[str]) -> None:
    people = [Person(f"{i:02}", n) for i, n in enumerate(names_)]
    found = possible_duplicates(people)
    assert all(m.first.id < m.second.id for m in found)
    assert all(0 < m.score <= 1 and m.reasons for m in found)
    backwards = possible_duplicates(list(reversed(people)))
    assert {(m.first.id, m.second.id) for m in found} == {(m.first.id, m.second.id) for m in backwards}


def test_kanji_read_from_the_bundles_compressed_dictionary(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # the desktop bundle carries pykakasi's Kanji dictionary gzip-compressed (installer/officerdesk.spec)
    import gzip
    import shutil
    from pathlib import Path

    from pykakasi.kanji import Kanwa
    from pykakasi.properties import Configurations

    for db in Path(Configurations.data_path).iterdir():
        if db.name == Configurations.jisyo_kanwa:
            (tmp_path / f"{db.name}.gz").write_bytes(gzip.compress(db.read_bytes(), compresslevel=1))
        else:
            shutil.copy(db, tmp_path / db.name)
    monkeypatch.setattr(Configurations, "data_path", tmp_path)
    monkeypatch.setitem(Kanwa._shared_state, "_jisyo_table", None)
    names._kakasi.cache_clear()
    try:
        assert not (tmp_path / Configurations.jisyo_kanwa).exists()
        assert "yamada tarou" in {s.reading for s in names.sounds("山田太郎") if s.source == names.HEPBURN}
        assert Kanwa._shared_state["_jisyo_table"] is not None
    finally:
        names._kakasi.cache_clear()
