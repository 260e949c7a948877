"""Versions HQ enforces (docs/sync.md, "Versions"): below HQ's minimum a laptop stops syncing with
a clear message and keeps working offline; HQ refuses such a laptop's calls itself (also laptops
from before the gate); HQ's published installers tell the laptop that an update exists."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_world import HQ, Laptop, two_laptops_of_was

from officerdesk import __version__
from officerdesk.core.models import Outbox
from officerdesk.core.services import records
from officerdesk.core.write.changes import sync_state
from officerdesk.hq import releases
from officerdesk.hq.cli import main as hq_main
from officerdesk.protocol import wire as p
from officerdesk.sync.versions import ClientTooOld, newer_installer

AHEAD = "99.0.0"  # a minimum no build of this laptop reaches


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[HQ, Laptop, Laptop, Path]]:
    with two_laptops_of_was(tmp_path) as (hq, a, b):
        path = tmp_path / "releases.json"
        hq.app.state.releases = releases.ReleasesFile(path)
        yield hq, a, b, path


def _require(path: Path, minimum: str) -> None:
    releases.write(path, releases.require(releases.read(path), minimum))


def _note(lap: Laptop, title: str) -> str:
    with lap.store.session_factory.begin() as s:
        return records.create(s, "contact", post_id=lap.post_id, values={"name": title}).id


def _pending(lap: Laptop) -> int:
    with lap.store.session_factory.begin() as s:
        return len(s.scalars(select(Outbox).where(Outbox.state == "pending")).all())


@pytest.mark.parametrize(("version", "minimum", "older"), [
    ("0.1.0", "0.2.0", True), ("0.2.0", "0.2", False), ("0.10.0", "0.9.1", False), ("1.2.0rc1", "1.2.0", False),
    ("1.1.9", "1.2.0", True), ("", "0.1.0", True), ("0.1.0", "not a version", False),
])
def test_versions_compare_by_their_numbers(version: str, minimum: str, older: bool) -> None:
    assert p.is_older(version, minimum) is older


def test_a_laptop_below_the_minimum_stops_syncing_and_works_offline(world: tuple[HQ, Laptop, Laptop, Path]) -> None:
    hq, a, _b, path = world
    a.sync()  # HQ's clock is checked: the next round asks /v1/meta no more
    _require(path, AHEAD)
    kept = _note(a, "Kept while refused")
    with pytest.raises(ClientTooOld) as refused:
        a.sync()
    assert f"Update OfficerDesk to {AHEAD}" in refused.value.message and "your work is kept" in refused.value.message
    assert AHEAD in refused.value.localized("ko")
    _note(a, "Written offline after the refusal")  # the laptop works as before
    assert _pending(a) == 2
    with a.store.session_factory.begin() as s:
        assert f"Update OfficerDesk to {AHEAD}" in sync_state(s).last_error
    assert (("contact", kept) not in hq.snapshot(a.post_id)), "nothing reached HQ"
    _require(path, __version__)  # the update (or HQ lowering its minimum): the kept work goes
    assert a.sync().pushed == 2 and _pending(a) == 0
    assert ("contact", kept) in hq.snapshot(a.post_id)


def test_a_laptop_checking_hq_clock_learns_the_minimum_from_meta(world: tuple[HQ, Laptop, Laptop, Path]) -> None:
    hq, _a, b, path = world
    _require(path, AHEAD)
    assert hq.client.get("/v1/meta").json()["min_client_version"] == AHEAD
    with pytest.raises(ClientTooOld):
        b.sync()  # its first round: /v1/meta, then nothing more
    assert [line.split()[:2] for line in b.faults.log] == [["GET", "/v1/meta"]]


def test_hq_refuses_an_old_laptop_that_ignores_the_minimum(world: tuple[HQ, Laptop, Laptop, Path]) -> None:
    hq, _a, _b, path = world
    _require(path, "0.2.0")
    old = hq.client.get("/v1/pull", headers={"User-Agent": "OfficerDesk/0.1.0", "Authorization": "Bearer " + "x" * 40})
    assert old.status_code == 426
    body = p.ErrorBody.model_validate(old.json())
    assert body.error == p.CLIENT_TOO_OLD and "Update OfficerDesk to 0.2.0" in body.detail
    script = hq.client.get("/v1/pull", headers={"User-Agent": "curl/8", "Authorization": "Bearer " + "x" * 40})
    assert script.status_code == 401, "only a laptop's version is held to the minimum; its token decides the rest"
    current = hq.client.get("/v1/pull", headers={"User-Agent": "OfficerDesk/0.2.0", "Authorization": "Bearer " + "x" * 40})
    assert current.status_code == 401


def test_a_published_newer_installer_is_reported_as_an_update(world: tuple[HQ, Laptop, Laptop, Path],
                                                            tmp_path: Path) -> None:
    hq, _a, b, path = world
    setup = tmp_path / "officerdesk_99.0.0.tar.gz"
    setup.write_bytes(b"an installer")
    published = releases.publish(releases.read(path), file=setup, platform="linux-tar", version="99.0.0",
                                 url="https://hq.example.org/get")
    releases.write(path, published)
    answer = p.Releases.model_validate(hq.client.get("/v1/releases").json())
    assert answer.installers[0].sha256 == hashlib.sha256(b"an installer").hexdigest()
    report = b.sync()
    assert report.update is not None and report.update.version == "99.0.0"
    assert newer_installer(answer, "99.0.0", "linux-tar") is None, "the same version is no update"
    assert newer_installer(answer, "0.1.0", "windows") is None, "another platform's installer is not ours"


def test_the_releases_command_refuses_what_is_not_a_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(releases.RELEASES_ENV, str(tmp_path / "releases.json"))
    assert hq_main(["releases", "require", "1.2.0-beta"]) == 1
    assert "not a version" in capsys.readouterr().err
    assert not (tmp_path / "releases.json").exists()
    assert hq_main(["releases", "require", "1.2.0"]) == 0
    assert releases.read(tmp_path / "releases.json").min_client_version == "1.2.0"
