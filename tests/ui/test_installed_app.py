"""What makes it look and behave like an installed app: language warnings, portable note, About."""

from __future__ import annotations

import pytest

from helpdesk import __version__


@pytest.fixture
def dutch_desk(services):
    """A desk set up in Dutch: the app starts in Dutch from the snapshot."""
    services.desk.complete_first_run(language="nl", desk_name="Buurtbar", spot_name="Kuregem",
                                     spot_kind="outreach", helper_names=["Jan"])
    services.close()


@pytest.fixture
def build(qtbot):
    """Builds DeskApp objects and closes them at the end (and English back for the others)."""
    from helpdesk.app import DeskApp
    from helpdesk.ui.i18n import install_language

    made = []

    def make(data_dir):
        made.append(DeskApp(data_dir))
        return made[-1]

    yield make
    for desk in made:
        desk.close()
    install_language("en")


def test_a_language_that_cannot_load_is_said_on_stderr_and_in_the_status_bar(
        dutch_desk, data_dir, build, tmp_path, monkeypatch, capsys):
    """Dutch chosen, no helpdesk_nl.qm: one line on stderr, the same note in the status bar."""
    from helpdesk.ui import i18n

    empty = tmp_path / "no-translations"
    empty.mkdir()
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: empty.joinpath(*parts))
    desk = build(data_dir)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Dutch translation" in err and "English" in err
    assert desk.main_window is not None
    notes = desk.notes
    assert notes.isVisibleTo(desk.main_window) and "Dutch translation" in notes.full_text()
    assert notes.full_text().strip() == err.strip() and notes.toolTip() == notes.full_text()


def test_a_language_that_loads_says_nothing(dutch_desk, data_dir, build, capsys):
    """With the translations in place nothing is said, and the screens speak Dutch."""
    desk = build(data_dir)
    assert capsys.readouterr().err == ""
    assert not desk.notes.isVisibleTo(desk.main_window)
    assert desk.main_window.tabs.tabText(0) != "&Intake"


def test_portable_runs_say_so_in_the_status_bar(dutch_desk, data_dir, build, monkeypatch):
    """Data in <app folder>/data beside a .portable file: the status bar says it is portable."""
    from helpdesk import app

    monkeypatch.setattr(app, "portable_data_dir", lambda: data_dir)
    desk = build(data_dir)
    assert desk.notes.isVisibleTo(desk.main_window)
    assert str(data_dir) in desk.notes.full_text()


def test_the_about_box_shows_the_version_and_the_data_folder(ready_services, data_dir, qtbot):
    """About: the version and where the data is kept (portable or not)."""
    from helpdesk.ui.about import AboutButton

    button = AboutButton(data_dir, portable=False)
    qtbot.addWidget(button)
    box = button.show_box()
    assert __version__ in box.text() and str(data_dir) in box.text()
    assert "Portable" not in box.text()
    box.close()
    portable = AboutButton(data_dir, portable=True)
    qtbot.addWidget(portable)
    box = portable.show_box()
    assert "Portable" in box.text() and str(data_dir) in box.text()
    box.close()
