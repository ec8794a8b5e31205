"""Training of presslens' own models (needs the ``[train]`` extra: torch, transformers)."""
