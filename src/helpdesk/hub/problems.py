"""The hub's refusals: one plain sentence in ``detail``, the shape every route answers with."""

from __future__ import annotations

from fastapi.responses import JSONResponse


def problem(status: int, detail: str, **headers: str) -> JSONResponse:
    """An error answer: ``{"detail": detail}`` with ``status`` (and any extra headers)."""
    return JSONResponse({"detail": detail}, status_code=status, headers=headers or None)
