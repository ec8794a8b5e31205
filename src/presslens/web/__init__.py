"""The web app: `presslens serve` (needs the [web] extra)."""

from __future__ import annotations

from presslens.web.app import create_app

__all__ = ["create_app"]
