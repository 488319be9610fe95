"""Every widget that sets its texts in ``retranslate()`` follows a runtime language switch."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QWidget

import helpdesk.ui
from helpdesk.ui.follows_language import FollowsLanguage


def test_every_widget_with_texts_follows_the_language():
    """A widget defining retranslate() without the mixin would keep its old texts."""
    forgotten = []
    for found in pkgutil.iter_modules(helpdesk.ui.__path__):
        module = importlib.import_module(f"helpdesk.ui.{found.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (cls.__module__ == module.__name__ and "retranslate" in cls.__dict__
                    and issubclass(cls, QWidget) and not issubclass(cls, FollowsLanguage)):
                forgotten.append(f"{found.name}.{name}")
    assert forgotten == []
