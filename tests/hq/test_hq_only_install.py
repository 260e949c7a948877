"""HQ runs from an environment holding exactly what `officerdesk[hq]` installs: the base set, the hq
extra and what those require, and not one package of the desktop extra. The environment is a real
virtualenv whose site-packages links those distributions from this one (no download), with our
source and its metadata as pyproject.toml declares it; `make hq-deploy-test` installs it for real.

There the HQ command line migrates and administers a database and the server answers; the laptop's
`officerdesk` says in one line that this installation has no desktop app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import metadata
from pathlib import Path

import pytest

from tests.install_sets import PROJECT, ROOT, base, closure, extra

pytestmark = pytest.mark.slow


def _link_distribution(name: str, site: Path) -> None:
    dist = metadata.distribution(name)
    tops = {Path(str(f)).parts[0] for f in dist.files or []}
    for top in tops - {"..", "__pycache__"}:
        source, target = Path(str(dist.locate_file(top))), site / top
        if source.exists() and not target.exists():
            target.symlink_to(source)


def _our_metadata(site: Path) -> None:
    """officerdesk's dist-info as the build writes it from pyproject.toml: Requires-Dist per extra."""
    from officerdesk import __version__

    lines = ["Metadata-Version: 2.1", f"Name: {PROJECT['name']}", f"Version: {__version__}"]
    lines += [f"Requires-Dist: {r}" for r in PROJECT["dependencies"]]
    for name, requirements in PROJECT["optional-dependencies"].items():
        lines.append(f"Provides-Extra: {name}")
        lines += [f'Requires-Dist: {r}; extra == "{name}"' for r in requirements]
    info = site / f"officerdesk-{__version__}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (site / "officerdesk.pth").write_text(f"{ROOT}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def hq_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("hq-only") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True, timeout=60).stdout.strip())
    hq_set = closure(base() + extra("hq"))
    assert not hq_set & {"pyside6-essentials", "sqlcipher3", "keyring", "httpx", "reportlab"}
    for name in sorted(hq_set):
        _link_distribution(name, site)
    _our_metadata(site)
    return python


def _run(python: Path, *args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(OFFICERDESK_HQ_DATA=str(data), PYTHONNOUSERSITE="1")
    return subprocess.run([str(python), *args], capture_output=True, text=True, timeout=120,
                          env=env, cwd=data)


def test_the_environment_has_no_desktop_package(hq_venv: Path, tmp_path: Path) -> None:
    for module in ("PySide6", "sqlcipher3", "keyring", "reportlab", "docx", "httpx"):
        done = _run(hq_venv, "-c", f"import {module}", data=tmp_path)
        assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr, module
    done = _run(hq_venv, "-c", "import officerdesk.hq.app, sqlalchemy, fastapi; print('ok')", data=tmp_path)
    assert done.stdout.strip() == "ok", done.stderr
    # what `officerdesk` reads to say so: every package of the desktop extra is missing
    done = _run(hq_venv, "-c", "from officerdesk import installation as i; "
                "print(i.requirements('desktop') == i.missing('desktop') != None)", data=tmp_path)
    assert done.stdout.strip() == "True", done.stderr


def test_hq_migrates_administers_and_serves_without_the_desktop_extra(hq_venv: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'hq.db'}"
    hq = ("-m", "officerdesk.hq.cli")
    done = _run(hq_venv, *hq, "admin", "migrate", "--db", db, data=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _run(hq_venv, *hq, "admin", "create-post", "WAS", "--db", db, "--name-en", "Washington",
                "--name-ko", "워싱턴", "--country", "US", "--tz", "America/New_York", data=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _run(hq_venv, *hq, "admin", "possible-duplicates", "--db", db, data=tmp_path)
    assert done.returncode == 0, done.stderr

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    server = subprocess.Popen(
        [str(hq_venv), *hq, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--exit-with-parent"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**env, "OFFICERDESK_HQ_DATA": str(tmp_path)}, cwd=tmp_path,
    )
    try:
        answered = None
        deadline = time.monotonic() + 60
        while answered is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/meta", timeout=2) as reply:
                    answered = reply.status
            except OSError:
                time.sleep(0.2)
        assert answered == 200, f"exit {server.poll()}"
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=30)
    assert b"Traceback" not in out, out.decode(errors="replace")[-2000:]


@pytest.mark.parametrize("args", [[], ["stats"], ["demo", "--no-hq"], ["brief", "activity", "-o", "x.pdf"]])
def test_the_laptop_command_says_this_installation_has_no_desktop_app(hq_venv: Path, tmp_path: Path,
                                                                     args: list[str]) -> None:
    done = _run(hq_venv, "-m", "officerdesk", *args, "--profile", str(tmp_path / "desk"), data=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert done.stderr.startswith("officerdesk: this installation has no desktop app"), done.stderr
    assert "install officerdesk[desktop]" in done.stderr and "PySide6-Essentials" in done.stderr
    assert not (tmp_path / "desk").exists()  # nothing was made


def test_the_version_is_there_without_the_desktop_extra(hq_venv: Path, tmp_path: Path) -> None:
    from officerdesk import __version__

    done = _run(hq_venv, "-m", "officerdesk", "--version", data=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"OfficerDesk {__version__}", done.stderr
