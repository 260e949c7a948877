"""Merging two contacts: chosen fields, every link re-pointed as synced edits, a tombstone naming
the survivor; and following a merge made elsewhere."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from officerdesk.core import attachments
from officerdesk.core.models import Attachment, CompanyRequest, Contact, Meeting, Outbox
from officerdesk.core.services import duplicates, identity, merging, records
from officerdesk.errors import UserError


def _world(s):  # type: ignore[no-untyped-def]
    post = identity.require(s).post_id
    keep = records.create(s, "contact", post_id=post, values={
        "name": "王小明", "email": "wang@cnipa.gov.cn", "phones": "work: +86 10 6208 3114", "foreign_uids": ["uid-1"]})
    lose = records.create(s, "contact", post_id=post, values={
        "name": "Wang Xiaoming", "position": "Deputy Director", "email": "xm.wang@example.cn",
        "phones": "cell: +86 139 1111 2222", "foreign_uids": ["uid-2"]})
    other = records.create(s, "contact", post_id=post, values={"name": "Kim Min-su"})
    meeting = records.create(s, "meeting", post_id=post, values={
        "title": "CNIPA", "starts_at": "2026-10-01T10:00:00", "contact_ids": [lose.id, keep.id, other.id]})
    request = records.create(s, "company_request", post_id=post, values={"title": "TM squatting", "contact_ids": [lose.id]})
    return post, keep, lose, other, meeting, request


def test_possible_duplicates_of_the_profile(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        _, keep, lose, _, _, _ = _world(s)
        found = duplicates.duplicates(s)
        assert [{m.first.id, m.second.id} for m in found] == [{keep.id, lose.id}]
        assert found[0].reasons[0].code == "same_sound"
        incoming = duplicates.known_matches(s, [{"name": "왕샤오밍"}, {"name": "Nobody Here"}])
        assert [m.second.id for m in incoming] in ([keep.id], [lose.id])


def test_a_merge_chooses_fields_re_points_links_and_tombstones_the_loser(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        _, keep, lose, other, meeting, request = _world(s)
        attachments.add(s, store.paths.attachments, owner_type="contact", owner_id=lose.id, data=b"card", filename="card.png")
        offered = {c.field: c for c in merging.choices(s, keep.id, lose.id)}
        assert offered["position"].suggested == "Deputy Director"  # the only value there is
        assert offered["email"].suggested == "wang@cnipa.gov.cn"  # both set: the survivor's
        assert offered["phones"].suggested == "work: +86 10 6208 3114, cell: +86 139 1111 2222"
        queued = s.scalar(select(Outbox.mutation_seq).order_by(Outbox.mutation_seq.desc()).limit(1))
        values = {f: c.suggested for f, c in offered.items()} | {"name_alt": "Wang Xiaoming"}
        done = merging.merge_contacts(s, survivor_id=keep.id, loser_id=lose.id, values=values)
        assert done.repointed == 3  # the meeting, the request, the attachment
    with store.session_factory.begin() as s:
        survivor = s.get(Contact, keep.id)
        merged = s.get(Contact, lose.id)
        assert survivor.position == "Deputy Director" and survivor.name_alt == "Wang Xiaoming"
        assert survivor.emails == ["xm.wang@example.cn"], "the loser's address is kept, not lost"
        assert survivor.foreign_uids == ["uid-1", "uid-2"]
        assert merged.deleted and merged.merged_into == keep.id and merged.foreign_uids == []
        assert s.get(Meeting, meeting.id).contact_ids == [keep.id, other.id]
        assert s.get(CompanyRequest, request.id).contact_ids == [keep.id]
        assert s.scalars(select(Attachment)).one().owner_id == keep.id
        sent = s.scalars(select(Outbox).where(Outbox.mutation_seq > queued)).all()
        upserts = {(o.args["type"], o.args["id"]): o.args["fields"] for o in sent}
        assert upserts[("contact", lose.id)] == {"deleted": True, "merged_into": keep.id, "foreign_uids": []}
        assert upserts[("meeting", meeting.id)] == {"contact_ids": [keep.id, other.id]}
        assert duplicates.duplicates(s) == []


def test_what_cannot_be_merged_is_refused_and_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        _, keep, lose, _, _, _ = _world(s)
    with store.session_factory.begin() as s:
        with pytest.raises(UserError):
            merging.merge_contacts(s, survivor_id=keep.id, loser_id=keep.id, values={})
        with pytest.raises(UserError):
            merging.merge_contacts(s, survivor_id=keep.id, loser_id=lose.id, values={"merged_into": "x"})
        assert not s.get(Contact, lose.id).deleted


def test_following_a_merge_made_elsewhere_and_a_chain_of_merges(store) -> None:  # type: ignore[no-untyped-def]
    with store.session_factory.begin() as s:
        _, keep, lose, other, meeting, _ = _world(s)
        # as a pull would leave it: lose merged into other, other merged into keep, by other laptops
        for cid, into in ((lose.id, other.id), (other.id, keep.id)):
            c = s.get(Contact, cid)
            c.deleted, c.merged_into = True, into
        s.flush()
        assert merging.follow_merges(s) == 2
        assert s.get(Meeting, meeting.id).contact_ids == [keep.id]
        assert merging.follow_merges(s) == 0, "the rule is a fixed point: running it again changes nothing"
        # two laptops merged each into the other: a cycle is left alone, not chased forever
        k = s.get(Contact, keep.id)
        k.deleted, k.merged_into = True, lose.id
        s.flush()
        assert merging.follow_merges(s) == 0


def test_an_import_preview_says_which_new_contacts_look_like_contacts_held(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from officerdesk.core.exchange import importing

    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        records.create(s, "contact", post_id=post, values={"name": "王小明"})
    card = tmp_path / "cards.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:왕샤오밍\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody Known\r\nEND:VCARD\r\n", encoding="utf-8")
    with store.session_factory.begin() as s:
        preview = importing.preview(s, importing.detect(card))
    assert preview.possible_total == 1
    assert preview.possible_matches == ("왕샤오밍 ~ 王小明: same name in pinyin and Revised Romanisation (wang sya o ming)",)


def test_the_import_preview_names_a_match_per_record(store) -> None:  # type: ignore[no-untyped-def]
    """The import dialog's "Possible match" column: one string per record shown, "" where none."""
    with store.session_factory.begin() as s:
        post = identity.require(s).post_id
        held = records.create(s, "contact", post_id=post, values={"name": "王小明"})
        shown = duplicates.match_per_record(s, [
            {"type": "contact", "name": "왕샤오밍"},
            {"type": "contact", "name": "Nobody Here"},
            {"type": "contact", "id": held.id, "name": "王小明"},  # held by id: it updates, no guess
            {"type": "meeting", "title": "王小明"},
        ])
        assert shown[0].startswith("王小明: ") and shown[1:] == ("", "", "")


def test_following_only_the_contacts_a_pull_brought(store) -> None:  # type: ignore[no-untyped-def]
    """After a pull, only the tombstones it brought and the contacts its links name are followed:
    a merge the pull did not bring is left for the pull that brings it (or the whole-profile form)."""
    with store.session_factory.begin() as s:
        _, keep, lose, other, meeting, request = _world(s)
        for cid, into in ((lose.id, keep.id), (other.id, keep.id)):
            c = s.get(Contact, cid)
            c.deleted, c.merged_into = True, into
        s.flush()
        brought = set(merging.pulled_contacts("contact", lose.id, {"name": "x", "merged_into": keep.id}))
        assert brought == {lose.id}
        assert set(merging.pulled_contacts("contact", keep.id, {"merged_into": ""})) == set()
        assert merging.follow_merges(s, contacts=set()) == 0
        assert merging.follow_merges(s, contacts=brought) == 2  # the meeting and the request
        assert s.get(Meeting, meeting.id).contact_ids == [keep.id, other.id], "other's merge was not brought"
        linked = set(merging.pulled_contacts("meeting", meeting.id, {"contact_ids": [keep.id, other.id]}))
        assert merging.follow_merges(s, contacts=linked) == 1
        assert s.get(Meeting, meeting.id).contact_ids == [keep.id]
        assert s.get(CompanyRequest, request.id).contact_ids == [keep.id]
