"""A wheel built from a clean checkout carries compiled translations that Qt loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def clean_checkout(target: Path) -> Path:
    """The committed and untracked-but-not-ignored files of this checkout (no built .qm)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: a clean copy cannot be made")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, (item.decode() for item in listed)):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    assert not list((target / "resources" / "translations").glob("*.qm"))
    return target


def a_finished_message(ts_file: Path) -> tuple[str, str, str]:
    """(context, source, translation) of the first finished, singular message of a .ts file."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation is not None and \
                    translation.get("type") is None and translation.text:
                return context.findtext("name"), message.findtext("source"), translation.text
    raise AssertionError(f"{ts_file.name} has no finished message")


@pytest.mark.slow
def test_the_wheel_of_a_clean_checkout_speaks_dutch_and_french(tmp_path):
    """pip wheel on a clean copy: helpdesk_{nl,fr,en}.qm inside, each loading in Qt."""
    from PySide6.QtCore import QTranslator

    source = clean_checkout(tmp_path / "checkout")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "w"),
         str(source)], capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next((tmp_path / "w").glob("helpdesk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for language in ("nl", "fr", "en"):
            member = f"helpdesk/resources/translations/helpdesk_{language}.qm"
            assert member in names, f"{member} is missing from the wheel"
            qm = tmp_path / f"helpdesk_{language}.qm"
            qm.write_bytes(archive.read(member))
            translator = QTranslator()
            assert translator.load(str(qm)) and translator.language().startswith(language)
            if language != "en":
                context, text, expected = a_finished_message(
                    ROOT / "resources" / "translations" / f"helpdesk_{language}.ts")
                assert translator.translate(context, text) == expected
