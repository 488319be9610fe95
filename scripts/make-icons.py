"""Render resources/icons/helpdesk.svg into the PNG sizes and the Windows .ico the app uses.

Run after changing the SVG: ``.venv/bin/python scripts/make-icons.py``. The PNGs and the .ico
are committed (the frozen app bundles no SVG plugin, and NSIS needs the .ico).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size``×``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write helpdesk-<size>.png for each size and helpdesk.ico (16 to 256 px)."""
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage and QPainter need one
    renderer = QSvgRenderer(str(ICONS / "helpdesk.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"helpdesk-{size}.png"))
    # Qt's ICO writer stores one image; Windows picks the 256 px one and scales it down.
    if not render(renderer, 256).save(str(ICONS / "helpdesk.ico"), "ICO"):
        print("Qt could not write the .ico (its ico image plugin is missing).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
