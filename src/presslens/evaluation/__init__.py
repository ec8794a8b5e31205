"""Loaders and official-style scorers for the evaluation data sets (used by ``bench/`` and their tests)."""
