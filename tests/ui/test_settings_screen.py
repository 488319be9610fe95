"""The Settings screen: language, desk name, spots, helpers, the lists, the data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox

from helpdesk.core.contrast import READABLE, contrast
from helpdesk.core.taxonomy_file import taxonomy_to_toml


@pytest.fixture
def screen(settings_screen):
    return settings_screen


def choose_file(monkeypatch, path) -> None:
    """The next file dialog answers ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_language_switch_saves_and_updates_the_context(ready_services, ctx, screen, qtbot):
    """Choosing Français with the keyboard saves it and switches the app at once."""
    screen.language_choice.setFocus()
    with qtbot.waitSignal(ctx.language_changed) as switched:
        qtbot.keyClick(screen.language_choice, Qt.Key.Key_Up)  # English → Français
    assert switched.args == ["fr"]
    assert ctx.language == "fr"
    assert ready_services.desk.startup_state().settings.language == "fr"
    assert "Travail de proximité" in screen.spots.list.item(0).text()  # spot kinds relabel


def test_desk_name_is_saved(ready_services, ctx, screen, qtbot):
    """A new desk name typed and confirmed with Enter is saved and reaches the context."""
    screen.desk_name.selectAll()
    qtbot.keyClicks(screen.desk_name, "EPN Molenbeek")
    qtbot.keyClick(screen.desk_name, Qt.Key.Key_Return)
    assert ready_services.desk.startup_state().settings.desk_name == "EPN Molenbeek"
    assert ctx.state.settings.desk_name == "EPN Molenbeek"


def test_a_malformed_lists_file_says_why_and_changes_nothing(ready_services, ctx, screen,
                                                             qtbot, tmp_path, monkeypatch):
    """Importing a broken file shows one sentence next to the button and keeps the lists."""
    bad = tmp_path / "lists.toml"
    bad.write_text('format = "helpdesk-taxonomy"\nversion = 1\n[[question_types]]\ncode = "X!"\n')
    before = ready_services.taxonomy.current()
    shown_before = ctx.taxonomy
    choose_file(monkeypatch, bad)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert screen.lists_error.isVisible()
    assert "cannot be used" in screen.lists_error.text()
    assert "Traceback" not in screen.lists_error.text()
    assert ready_services.taxonomy.current() == before
    assert ctx.taxonomy is shown_before


def test_importing_lists_shows_what_changed(ready_services, ctx, screen, qtbot, tmp_path,
                                            monkeypatch):
    """A good file is imported, the context gets the new lists and the screen says what came."""
    text = taxonomy_to_toml(ready_services.taxonomy.current()).replace(
        "[[outcomes]]",
        '[[question_types]]\ncode = "repair_cafe"\nen = "Repair café"\nnl = "Repaircafé"\n'
        'fr = "Repair café"\n\n[[outcomes]]', 1)
    good = tmp_path / "ours.toml"
    good.write_text(text, encoding="utf-8")
    choose_file(monkeypatch, good)
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert not screen.lists_error.isVisible()
    assert "repair_cafe" in ctx.taxonomy.codes("question_types")
    assert "1 new item" in screen.lists_result.text()


def test_export_writes_a_file_that_imports_again(ready_services, screen, qtbot, tmp_path,
                                                 monkeypatch):
    """Export saves the lists where the person chose."""
    target = tmp_path / "shared.toml"
    choose_file(monkeypatch, target)
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and "helpdesk-taxonomy" in target.read_text(encoding="utf-8")
    assert str(target) in screen.lists_result.text()


def test_add_and_rename_a_spot(ready_services, ctx, screen, qtbot):
    """Add… asks a name and kind; Change… renames; both reach the store and the context."""
    qtbot.mouseClick(screen.spots.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.spots.dialog
    qtbot.keyClicks(dialog.name, "Bibliotheek Sint-Gillis")
    dialog.choice.setCurrentIndex(dialog.choice.findData("library"))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    names = {s.name: s.kind for s in ready_services.desk.spots()}
    assert names["Bibliotheek Sint-Gillis"] == "library"
    assert "Bibliotheek Sint-Gillis" in [s.name for s in ctx.state.spots]

    screen.spots.list.setCurrentRow(screen.spots.list.count() - 1)
    qtbot.mouseClick(screen.spots.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.spots.dialog
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Bib Sint-Gillis")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Bib Sint-Gillis" in [s.name for s in ready_services.desk.spots()]


def test_an_empty_name_is_refused_in_the_dialog(screen, qtbot):
    """OK with an empty name says so and keeps the dialog open."""
    qtbot.mouseClick(screen.helpers.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.helpers.dialog
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "Please type a name."
    dialog.reject()


def test_retiring_a_helper_asks_first(ready_services, ctx, screen, qtbot, confirm_with):
    """Retire… asks for confirmation; once confirmed the helper is retired, not removed."""
    screen.helpers.list.setCurrentRow(0)
    asked = confirm_with(QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(screen.helpers.retire_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Fatima" in asked[0]
    assert len(ready_services.desk.staff()) == 2

    confirm_with(QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(screen.helpers.retire_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in ready_services.desk.staff()] == ["Jan"]
    assert [p.name for p in ctx.state.staff] == ["Jan"]
    assert "retired" in screen.helpers.list.item(0).text()
    assert screen.helpers.retire_button.text().replace("&", "") == "Bring back"
    retired = screen.helpers.list.item(0)
    background = screen.helpers.list.palette().color(QPalette.ColorRole.Base)
    assert contrast(retired.foreground().color().name(), background.name()) >= READABLE
    assert retired.font().italic()



def test_open_folder_opens_the_data_folder(screen, data_dir, qtbot, monkeypatch):
    """Open folder hands the data folder to the system's file manager."""
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(screen.open_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(data_dir)]
    assert screen.folder_path.text() == str(data_dir)
