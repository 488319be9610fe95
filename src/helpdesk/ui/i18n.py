"""Load the app's translations and switch language at runtime, without a restart.

English is the source language. Installing new translators makes Qt send a
``LanguageChange`` event to every widget; each screen relabels itself through
``follows_language.FollowsLanguage``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from helpdesk.core.constants import LANGUAGES
from helpdesk.core.resources import resource_path

# Language names are shown in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
# For the sentences said when a language fails to load: they can only be said in English.
ENGLISH_NAMES = {"nl": "Dutch", "fr": "French", "en": "English"}

_installed: list[QTranslator] = []


def system_language() -> str:
    """The OS language when it is one of ours, else Dutch (the default of most desks)."""
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "nl"


def install_language(language: str) -> bool:
    """Make ``language`` the language of every widget; False when its file is missing."""
    app = QCoreApplication.instance()
    if app is None:  # no application yet: nothing to translate
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_locale_name(language)))
    # English is the source language; its file holds only the plural forms ("1 visit").
    ours = QTranslator()
    ok = ours.load(str(resource_path("translations", f"helpdesk_{language}.qm")))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return ok
    # Qt's own strings (standard dialog buttons, context menus).
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    # What Qt's own file lacks (Qt 6 renamed "Look in:" to "&Look in:"…), installed last so
    # it is asked first.
    extra = QTranslator()
    if extra.load(str(resource_path("translations", f"qt_extra_{language}.qm"))):
        app.installTranslator(extra)
        _installed.append(extra)
    return ok


def translation_files(language: str) -> tuple[str | None, str | None]:
    """The names of the files ``language`` loads from: ours and Qt's own (None: not loaded).

    Loads them as ``install_language`` does, without installing them, and checks that each
    holds translations for that language (an empty or mislabelled file counts as not loaded).
    """
    def loaded(translator: QTranslator, ok: bool, path: str) -> str | None:
        if not ok or translator.isEmpty() or not translator.language().startswith(language):
            return None
        return Path(translator.filePath()).name or path

    ours = QTranslator()
    ours_path = str(resource_path("translations", f"helpdesk_{language}.qm"))
    found = loaded(ours, ours.load(ours_path), ours_path)
    if language == "en":
        return found, None
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return found, loaded(qt, qt.load(f"qtbase_{language}", folder), f"qtbase_{language}.qm")


def missing_language_sentence(language: str) -> str:
    """One line (English: the language that failed cannot say it) about a missing translation."""
    name = ENGLISH_NAMES.get(language, language)
    return (f"The {name} translation of Helpdesk could not be loaded (helpdesk_{language}.qm is "
            f"missing or damaged), so the screens are in English; please reinstall Helpdesk.")


def _locale_name(language: str) -> str:
    # Belgian conventions for dates and numbers.
    return {"nl": "nl_BE", "fr": "fr_BE", "en": "en_BE"}.get(language, "nl_BE")

