"""Address-book CSVs, encodings, Google's HTML descriptions, whole days, previews and dry runs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from officerdesk.core import exchange
from officerdesk.core.exchange import importing
from officerdesk.core.models import Contact, Meeting
from officerdesk.errors import ImportFailed

# headers as Google Contacts, Outlook (English and Korean), Naver and Thunderbird write them
GOOGLE = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Last Name,Organization Name,Organization Title,"
          "Organization Department,Birthday,Notes,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
          "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,"
          "Website 1 - Label,Website 1 - Value\n"
          "Taro,,Yamada,タロウ,ヤマダ,特許庁,審査官,国際協力課,1975-04-01,JPO contact,* Work,taro@jpo.go.jp,Home,taro@example.jp,"
          "Mobile,+81 90 1234 5678,Work,+81 3 3581 1101,Work,\"3-4-3 Kasumigaseki, Tokyo\",,https://www.jpo.go.jp\n")
OUTLOOK = ("Title,First Name,Middle Name,Last Name,Company,Department,Job Title,Business Street,Business City,"
           "Business Postal Code,Business Country/Region,Business Fax,Business Phone,Mobile Phone,E-mail Address,"
           "E-mail Type,E-mail 2 Address,Notes,Web Page\n"
           "Ms.,Anna,,Schmidt,EUIPO,Boards of Appeal,Member,Avenida de Europa 4,Alicante,03008,Spain,+34 965 139 101,"
           "+34 965 139 100,+34 600 000 000,anna.schmidt@euipo.europa.eu,SMTP,anna@example.es,Met at INTA,https://euipo.europa.eu\n")
OUTLOOK_KO = ("제목,이름,중간 이름,성,회사,부서,직함,근무처 전화,휴대폰,전자 메일 주소,전자 메일 2 주소,메모\n"
              ",서연,,이,특허청,국제협력과,사무관,+82 42 481 5000,+82 10 1234 5678,lee@kipo.go.kr,seoyeon@example.kr,WIPO 회의\n")
NAVER = "이름,휴대폰,이메일,회사,부서,직책,메모\n김민수,010-1234-5678,minsu@naver.com,한국지식재산연구원,조사분석팀,연구위원,서울\n"
THUNDERBIRD = ("First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,Mobile Number,"
               "Job Title,Department,Organization,Web Page 1,Birth Year,Birth Month,Birth Day,Notes\n"
               "Wei,Zhang,Zhang Wei,,zhang.wei@cnipa.gov.cn,,+86 10 6208 3114,,Director,Trademark Office,CNIPA,,1970,3,9,\n")


def run(store, path: Path, **kw):  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        return importing.run(s, importing.detect(path, **kw))


def contacts(store) -> dict[str, Contact]:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        found = {c.name: c for c in s.scalars(select(Contact))}
        for c in found.values():
            s.expunge(c)
        return found


def test_google_contacts_keep_every_address_phone_and_name(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    assert run(store, path).added == {"contact": 1, "organization": 1}
    taro = contacts(store)["Taro Yamada"]
    assert (taro.email, taro.emails) == ("taro@jpo.go.jp", ["home: taro@example.jp"])
    assert taro.phones == "cell: +81 90 1234 5678, work: +81 3 3581 1101"
    assert (taro.name_alt, taro.department, taro.position) == ("ヤマダタロウ", "国際協力課", "審査官")
    assert (taro.birthday, taro.url) == (dt.date(1975, 4, 1), "https://www.jpo.go.jp")
    assert taro.address == "work: 3-4-3 Kasumigaseki, Tokyo"


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_outlook_csv_with_any_separator(store, tmp_path: Path, separator: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "outlook.csv"
    text = OUTLOOK if separator == "," else OUTLOOK.replace("\"", "").replace(",", separator)
    path.write_text(text, encoding="cp1252")
    run(store, path)
    anna = contacts(store)["Anna Schmidt"]
    assert (anna.email, anna.emails, anna.department) == ("anna.schmidt@euipo.europa.eu", ["anna@example.es"], "Boards of Appeal")
    assert anna.phones == "work fax: +34 965 139 101, work: +34 965 139 100, cell: +34 600 000 000"
    assert anna.address == "work: Avenida de Europa 4, Alicante, 03008, Spain"


@pytest.mark.parametrize(("text", "name", "email"), [(OUTLOOK_KO, "이서연", "lee@kipo.go.kr"), (NAVER, "김민수", "minsu@naver.com"),
                                                      (THUNDERBIRD, "Zhang Wei", "zhang.wei@cnipa.gov.cn")])
@pytest.mark.parametrize("codec", ["utf-8-sig", "cp949"])
def test_korean_outlook_naver_and_thunderbird_in_cp949_or_utf8(store, tmp_path: Path, text: str, name: str, email: str, codec: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.csv"
    path.write_bytes(text.encode(codec))
    assert run(store, path).added["contact"] == 1
    person = contacts(store)[name]
    assert person.email == email and person.phones


def test_thunderbird_birth_parts_make_a_birthday(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tb.csv"
    path.write_text(THUNDERBIRD, encoding="utf-8")
    run(store, path)
    assert contacts(store)["Zhang Wei"].birthday == dt.date(1970, 3, 9)


@pytest.mark.parametrize(("codec", "name"), [("shift_jis", "山田太郎"), ("gbk", "张伟"), ("cp949", "김민수")])
def test_east_asian_code_pages_are_found_and_named(store, tmp_path: Path, codec: str, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "names.csv"
    rows = "".join(f"{name}{i},{name}의 메모 {i}\n" if codec == "cp949" else f"{name}{i},{name}\n" for i in range(30))
    path.write_bytes(("name,notes\n" + rows).encode(codec))
    detected = importing.detect(path)
    assert detected.encoding.codec.replace("-", "_") in (codec, "gb18030" if codec == "gbk" else codec, "cp932")
    run(store, path)
    assert f"{name}0" in contacts(store)


def test_binary_files_are_named_for_what_they_are(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(ImportFailed, match="PNG image"):
        importing.detect(path)


def test_a_named_encoding_is_used_as_given(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.csv"
    path.write_bytes("name\nSøren\n".encode("latin-1"))
    run(store, path, encoding="latin-1")
    assert "Søren" in contacts(store)
    with pytest.raises(ImportFailed, match="not an encoding"):
        importing.detect(path, encoding="klingon")


def test_a_fold_inside_a_utf8_character_is_read_as_the_character(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = "홍길동".encode()
    path = tmp_path / "split.vcf"  # the fold falls between the bytes of 길
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name[:4] + b"\r\n " + name[4:] + b"\r\nEND:VCARD\r\n")
    run(store, path)
    assert "홍길동" in contacts(store)


def test_a_vcard_uid_that_is_not_ours_is_a_foreign_id_and_finds_the_contact_again(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Kim\r\nEMAIL:{mail}\r\nEND:VCARD\r\n"
    path.write_text(card.format(uid="google-1234", mail="kim@a.kr"), encoding="utf-8")
    assert run(store, path).added == {"contact": 1}
    path.write_text(card.format(uid="google-1234", mail="kim@b.kr"), encoding="utf-8")
    again = run(store, path)
    assert (again.added, again.updated) == ({}, {"contact": 1})
    kim = contacts(store)["Kim"]
    assert (kim.email, kim.foreign_uids) == ("kim@b.kr", ["google-1234"])


CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Asia/Seoul\r\n"
            "BEGIN:VEVENT\r\nUID:abc@google.com\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r\nSUMMARY:성탄절\r\n"
            "DESCRIPTION:<b>휴무</b><br>당직: <a href=\"mailto:duty@kipo.go.kr\">당직자</a>&amp;팀\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:gone@google.com\r\nSTATUS:CANCELLED\r\nDTSTART:20261201T010000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")


def test_whole_days_stay_whole_days_and_html_becomes_text(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "google.ics"
    path.write_text(CALENDAR, encoding="utf-8")
    summary = run(store, path)
    assert summary.added == {"meeting": 1} and [(n, str(w)) for n, w in summary.skipped] == [(11, "cancelled event")]
    with store.session_factory.begin() as s:
        day = s.scalars(select(Meeting)).one()
        assert day.all_day and day.notes == "휴무\n당직: <duty@kipo.go.kr> 당직자&팀"
    out = tmp_path / "out.ics"
    with store.session_factory.begin() as s:
        exchange.export_file(s, out, "ics")
    lines = out.read_bytes().decode("utf-8").split("\r\n")
    assert "DTSTART;VALUE=DATE:20261225" in lines and "DTEND;VALUE=DATE:20261226" in lines
    assert "CLASS:PUBLIC" in lines  # an internal meeting is not hidden as private in others' calendars


def test_preview_and_dry_run_write_nothing(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "outlook.csv"
    path.write_text(OUTLOOK, encoding="utf-8")
    detected = importing.detect(path)
    with store.session_factory.begin() as s:
        shown = importing.preview(s, detected, limit=5)
        dry = importing.run(s, detected, dry_run=True)
    assert shown.records[0]["name"] == "Anna Schmidt" and shown.already_here == 0
    assert ("Title", "") in shown.columns and ("E-mail Address", "email") in shown.columns  # Title is Mr./Ms.
    assert dry.dry_run and dry.added["contact"] == 1
    assert contacts(store) == {}


def test_contacts_one_card_per_file(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "g.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    run(store, path)
    with store.session_factory.begin() as s:
        assert exchange.export_cards(s, tmp_path / "cards") == {"contact": 1}
    card = (tmp_path / "cards" / "Taro Yamada.vcf").read_text(encoding="utf-8")
    assert "EMAIL;TYPE=INTERNET,HOME:taro@example.jp" in card and "TEL;TYPE=CELL:+81 90 1234 5678" in card


def test_a_western_european_csv_keeps_its_accents(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A short cp1252 file of French names reads as cp1250 to a detector guessing the language
    (è would become č): it is read as cp1252, and a Central European file keeps its own code page."""
    names = ["Agnès Dupré", "Françoise Lefèvre", "Hélène Août", "Jérôme Coûteau"]
    path = tmp_path / "contacts.csv"
    path.write_bytes(("Name,E-mail\n" + "".join(f"{n},p{i}@example.fr\n" for i, n in enumerate(names))).encode("cp1252"))
    assert importing.detect(path).encoding.codec == "cp1252"
    run(store, path)
    assert sorted(contacts(store)) == sorted(names)
    czech = tmp_path / "czech.csv"
    czech.write_bytes("Jméno,E-mail\nJiří Černý,j@example.cz\nŽofie Šťastná,z@example.cz\n".encode("cp1250"))
    assert importing.detect(czech).encoding.codec == "cp1250"
