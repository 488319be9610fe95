"""Small widgets the intake is built from: big toggle buttons, a flowing layout, a row of choices.

Everything here is sized for a finger on a touch laptop (at least 40 px high) and styled so a
chosen button is obvious at a glance: filled with the accent colour, with a tick.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLayout, QPushButton, QSizePolicy, QWidget

ACCENT = "#0b5cad"  # blue with 6.9:1 contrast against white text
# Placeholder words ("Type to find a question type…"): grey, yet 5.9:1 on a white field, where
# the style's own half-transparent text gives about 4:1.
PLACEHOLDER = "#5c6670"
FOCUS = "#e08a00"  # amber: visible on the white and on the blue
TICK_SIZE = 16

# One stylesheet, set on a container, so dozens of buttons do not each parse their own.
TOUCH_STYLE = f"""
QPushButton[toggle="true"] {{
    min-height: 30px; padding: 4px 12px; border: 2px solid #8a96a3; border-radius: 6px;
    background: #f7f9fb; color: #1b1f23; text-align: left;
}}
QPushButton[toggle="true"]:hover {{ background: #e3edf8; border-color: {ACCENT}; }}
QPushButton[toggle="true"]:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[toggle="true"]:focus {{ border-color: {FOCUS}; }}
QPushButton[toggle="true"]:disabled {{ color: #8a96a3; border-color: #c8d0d8; }}
QPushButton[retired="true"] {{ border-style: dashed; }}
QPushButton[primary="true"] {{
    min-height: 34px; padding: 4px 22px; border: 2px solid {ACCENT}; border-radius: 6px;
    background: {ACCENT}; color: white; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: #0a4f95; }}
QPushButton[primary="true"]:focus {{ border-color: {FOCUS}; }}
QPushButton[primary="true"]:disabled {{ background: #9db4cc; border-color: #9db4cc; }}
"""



def readable_placeholder(widget: QWidget) -> None:
    """Give ``widget``'s placeholder text the palette's readable grey (in every state)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER))
    widget.setPalette(palette)


_tick_icon: QIcon | None = None


def tick_icon() -> QIcon:
    """A white tick shown on chosen buttons, and an empty space of the same size on the others.

    The space keeps a button's width the same when it is chosen, so nothing jumps.
    """
    global _tick_icon  # built once: the pixmaps need a running QGuiApplication
    if _tick_icon is None:
        scale = 2  # drawn at twice the size so it stays crisp on high-DPI screens
        on = QPixmap(TICK_SIZE * scale, TICK_SIZE * scale)
        on.fill(Qt.GlobalColor.transparent)
        painter = QPainter(on)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2.6 * scale, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        s = TICK_SIZE * scale
        painter.drawPolyline([QPointF(s * 0.18, s * 0.52), QPointF(s * 0.42, s * 0.76),
                              QPointF(s * 0.84, s * 0.26)])
        painter.end()
        off = QPixmap(on.size())
        off.fill(Qt.GlobalColor.transparent)
        _tick_icon = QIcon()
        _tick_icon.addPixmap(on, QIcon.Mode.Normal, QIcon.State.On)
        _tick_icon.addPixmap(off, QIcon.Mode.Normal, QIcon.State.Off)
    return _tick_icon


class ToggleButton(QPushButton):
    """A large checkable button that shows a tick and the accent colour when chosen."""

    def __init__(self, text: str = "", code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.code = code
        self.setCheckable(True)
        self.setProperty("toggle", True)
        self.setIcon(tick_icon())
        self.setIconSize(QSize(TICK_SIZE, TICK_SIZE))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Enter on a focused toggle should toggle it, like Space, not press the default button.
        self.setAutoDefault(False)


def primary_button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """The one big button of a screen (Save), in the accent colour."""
    button = QPushButton(text, parent)
    button.setProperty("primary", True)
    return button


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping into rows; full rows are stretched to the edge.

    Stretching full rows makes the buttons line up into a tidy block instead of a ragged edge,
    while each keeps at least the width its label needs (French and Dutch run long).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        # Preferred: everything on one row; the layout wraps when it gets less.
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        if not shown:
            return self.minimumSize()
        m = self.contentsMargins()
        width = sum(s.width() for s in shown) + self._spacing * (len(shown) - 1)
        return QSize(width + m.left() + m.right(),
                     max(s.height() for s in shown) + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():  # hidden widgets (filtered out) take no room
                continue
            width = item.sizeHint().width()
            if rows[-1] and used + self._spacing + width > area.width():
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.y()
        for n, row in enumerate(rows):
            if not row:
                continue
            height = max(item.sizeHint().height() for item in row)
            widths = [item.sizeHint().width() for item in row]
            if n < len(rows) - 1:  # stretch full rows; the last one keeps natural widths
                spare = area.width() - sum(widths) - self._spacing * (len(row) - 1)
                for k in range(len(widths)):
                    widths[k] += spare // len(row) + (1 if k < spare % len(row) else 0)
            x = area.x()
            for item, width in zip(row, widths):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(min(width, area.width()), height)))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


def move_focus_among(buttons: Sequence[QWidget], current: QWidget, key: int) -> bool:
    """Arrow keys move the focus among ``buttons`` (visible ones); True when handled."""
    visible = [b for b in buttons if b.isVisible() and b.isEnabled()]
    if current not in visible:
        return False
    index = visible.index(current)
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
        index -= 1
    elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
        index += 1
    elif key == Qt.Key.Key_Home:
        index = 0
    elif key == Qt.Key.Key_End:
        index = len(visible) - 1
    else:
        return False
    if 0 <= index < len(visible):
        visible[index].setFocus(Qt.FocusReason.TabFocusReason)
    return True


class ChoiceButton(ToggleButton):
    """A toggle in a ChoiceRow: arrow keys move to its neighbours."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        row = self.parentWidget()
        if isinstance(row, ChoiceRow) and move_focus_among(row.buttons(), self, event.key()):
            return
        super().keyPressEvent(event)


class ChoiceRow(QWidget):
    """A row of large buttons of which at most one is chosen (like radio buttons, but big).

    Only the chosen (or first) button is a Tab stop; arrows move along the row, Space
    chooses. With ``allow_none``, choosing the chosen button again leaves nothing chosen.
    """

    changed = Signal(object)  # the chosen code, or None
    picked = Signal(object)  # a button was clicked (or Space pressed), even the chosen one

    def __init__(self, allow_none: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self._buttons: list[ChoiceButton] = []
        self._value: str | None = None
        self._layout = FlowLayout(self)

    def buttons(self) -> list[ChoiceButton]:
        """The buttons, in order."""
        return list(self._buttons)

    def button(self, code: str) -> ChoiceButton | None:
        """The button of ``code``, if offered."""
        return next((b for b in self._buttons if b.code == code), None)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """Offer ``(code, label)`` items; the choice stays when its code is still offered."""
        if [b.code for b in self._buttons] == [code for code, _ in items]:
            # Same choices in a new language: relabel in place, so the focus stays put.
            for button, (_code, label) in zip(self._buttons, items):
                button.setText(label)
            return
        had_focus = any(b.hasFocus() for b in self._buttons)
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        for code, label in items:
            button = ChoiceButton(label, code, self)
            button.clicked.connect(lambda _checked=False, b=button: self._on_clicked(b))
            self._layout.addWidget(button)
            self._buttons.append(button)
        if self._value not in {code for code, _ in items}:
            self._value = None
        self._show_value()
        if had_focus:
            self.focus_chosen()

    def value(self) -> str | None:
        """The chosen code, or None."""
        return self._value

    def set_value(self, code: str | None) -> None:
        """Choose ``code`` (None: nothing) without emitting ``changed``."""
        self._value = code if self.button(code or "") is not None else None
        self._show_value()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - also names each button's group
        super().setAccessibleName(name)
        for button in self._buttons:
            button.setAccessibleDescription(name)

    def _on_clicked(self, button: ChoiceButton) -> None:
        if button.code == self._value and self._allow_none:
            self._value = None
        else:
            self._value = button.code
        self._show_value()
        self.changed.emit(self._value)
        self.picked.emit(self._value)

    def _show_value(self) -> None:
        for button in self._buttons:
            button.setChecked(button.code == self._value)
        stop = self._tab_stop()
        for button in self._buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop
                                  else Qt.FocusPolicy.ClickFocus)
            if self.accessibleName():
                button.setAccessibleDescription(self.accessibleName())

    def _tab_stop(self) -> ChoiceButton | None:
        return self.button(self._value or "") or (self._buttons[0] if self._buttons else None)

    def focus_chosen(self) -> None:
        """Put the keyboard focus on the chosen (or first) button."""
        stop = self._tab_stop()
        if stop is not None:
            stop.setFocus(Qt.FocusReason.TabFocusReason)




def checkable_button(text: str = "") -> QPushButton:
    """A push button that stays down when clicked (a filter or period choice)."""
    button = QPushButton(text)
    button.setCheckable(True)
    return button
