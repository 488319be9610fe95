"""The desk's services: one module per area, the ``Services`` bundle, the input checks."""

from helpdesk.services.bundle import Services

__all__ = ["Services"]
