"""Dutch and French are complete: every string of the code has a finished translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%L?\d")


def lupdate() -> str:
    """The pyside6-lupdate next to the running Python."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else (shutil.which("pyside6-lupdate") or "")


def messages(ts_file: Path):
    """(context, source, translation element, message element) for each message."""
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation"), message


def problems(ts_file: Path) -> list[str]:
    """Messages that are unfinished, empty, obsolete, or whose placeholders differ."""
    found = []
    for context, source, translation, message in messages(ts_file):
        kind = translation.get("type") if translation is not None else "missing"
        where = f"{ts_file.name} [{context}] {source!r}"
        if kind in ("unfinished", "missing"):
            found.append(f"{where}: not translated")
            continue
        if kind in ("vanished", "obsolete"):
            found.append(f"{where}: no longer in the code (run make update-translations)")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                found.append(f"{where}: empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                if message.get("numerus") == "yes" and "%n" not in text:
                    # A singular form may spell the number out ("één bezoek").
                    continue
                found.append(f"{where}: placeholders differ in {text!r}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_exists(language):
    """Dutch and French each have a .ts source."""
    assert (TS_DIR / f"helpdesk_{language}.ts").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    """No message in the .ts file is unfinished, empty, obsolete or loses a placeholder."""
    assert problems(TS_DIR / f"helpdesk_{language}.ts") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_covers_every_string_in_the_code(language, tmp_path):
    """Re-extracting the strings from the code adds nothing untranslated to the .ts file."""
    if not lupdate():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / f"helpdesk_{language}.ts"
    shutil.copy(TS_DIR / copy.name, copy)
    run = subprocess.run(
        [lupdate(), "-extensions", "py", "-locations", "none", str(ROOT / "src" / "helpdesk"),
         "-ts", str(copy)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    missing = [p for p in problems(copy) if "not translated" in p]
    assert missing == []


def test_problem_finder_catches_an_unfinished_message(tmp_path):
    """The checker reports an unfinished message and a lost placeholder."""
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nl_BE">'
        "<context><name>C</name>"
        '<message><source>Hello</source><translation type="unfinished"></translation></message>'
        "<message><source>Open {spot}</source><translation>Open</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert len(problems(ts)) == 2


@pytest.mark.parametrize("language, look_in, types", [
    ("nl", "&Zoeken in:", "Bestands&type:"),
    ("fr", "&Voir dans\u00a0:", "Fichiers de &type\u00a0:"),
])
def test_qts_own_file_dialog_speaks_the_language(qapp, language, look_in, types):
    """The file chooser's labels that Qt's shipped translations lack are ours to give."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from helpdesk.ui.i18n import install_language

    install_language(language)
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert look_in in labels and types in labels
    finally:
        install_language("en")
