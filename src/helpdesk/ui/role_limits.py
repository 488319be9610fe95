"""What the window does not offer a role: the services refuse it anyway, and a person should
not be shown a button that can only fail.

Applied from the outside (by ``helpdesk.app``) to screens that were built without roles in
mind, and followed again when another person takes over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from helpdesk.ui.context import UiContext
from helpdesk.ui.visit_filters import TODAY, VisitFilterBar


def coordinator_only(ctx: UiContext, boxes: tuple[QWidget, ...]) -> None:
    """Disable ``boxes`` (with a sentence why) unless the person signed in is a coordinator."""
    def follow() -> None:
        allowed = ctx.allows("settings")
        for box in boxes:
            box.setEnabled(allowed)
            box.setToolTip("" if allowed else QCoreApplication.translate(
                "RoleLimits", "Only a coordinator can change this."))

    ctx.account_changed.connect(follow)
    follow()


def today_for_volunteers(ctx: UiContext, filters: VisitFilterBar) -> None:
    """A volunteer's Visits list shows today; the other periods and the dates are disabled."""
    def follow() -> None:
        volunteer = ctx.account is not None and ctx.account.role == "volunteer"
        if volunteer:
            filters.choose_period(TODAY)
        others = [button for period, button in filters.period_buttons.items()
                  if period != TODAY]
        for widget in (*others, filters.date_from, filters.date_to):
            widget.setEnabled(not volunteer)
            widget.setToolTip(QCoreApplication.translate(
                "RoleLimits", "Volunteers see today's visits; staff can look further back.")
                if volunteer else "")

    ctx.account_changed.connect(follow)
    follow()
