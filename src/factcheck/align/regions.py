"""Regions within a country, so that a regional figure ("Welsh prices were up 5.4%") is not
taken for the national one ("prices were 3.2% higher") or another region's.

Countries are left out on purpose: a national story names its country in one sentence and not
in the next, and "UK inflation" and "inflation" are the same figure. The names are the
regions news most often breaks national figures into (UK nations and regions, US states,
German Länder, Australian states, Canadian provinces, Indian states, and the big cities),
with their adjectives.

Countries and parts of the world come in as *markets* (see `market_of`): only where a figure's
own clause names one, and only against another market's figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract.kept_patterns import compile_built
from factcheck.extract.numbers import by_length

# The AP's short forms of states, printed after a town ("Sarnia, Ont.", "Bend, Ore."): not
# those that are words or titles too ("Miss.", "Ind.", "Me."), nor those of the states the
# regions leave out.
_STATE_SHORT_FORMS = (
    ("Alabama", "Ala."),
    ("Arizona", "Ariz."),
    ("Arkansas", "Ark."),
    ("California", "Calif."),
    ("Colorado", "Colo."),
    ("Connecticut", "Conn."),
    ("Florida", "Fla."),
    ("Illinois", "Ill."),
    ("Kansas", "Kan."),
    ("Kentucky", "Ky."),
    ("Maryland", "Md."),
    ("Massachusetts", "Mass."),
    ("Michigan", "Mich."),
    ("Minnesota", "Minn."),
    ("Nebraska", "Neb."),
    ("Nevada", "Nev."),
    ("New Hampshire", "N.H."),
    ("New Jersey", "N.J."),
    ("New Mexico", "N.M."),
    ("North Carolina", "N.C."),
    ("North Dakota", "N.D."),
    ("Oklahoma", "Okla."),
    ("Oregon", "Ore."),
    ("Pennsylvania", "Pa."),
    ("Rhode Island", "R.I."),
    ("South Carolina", "S.C."),
    ("South Dakota", "S.D."),
    ("Tennessee", "Tenn."),
    ("Vermont", "Vt."),
    ("Wisconsin", "Wis."),
    ("Wyoming", "Wyo."),
)


_REGIONS: dict[str, tuple[str, ...]] = {
    # UK nations and regions
    "Wales": ("Welsh",),
    "Scotland": ("Scottish",),
    "Northern Ireland": (),
    "England": ("English",),
    "London": (),
    "East Anglia": (),
    "the Midlands": ("Midlands", "East Midlands", "West Midlands"),
    "the North East": ("North East", "North-East", "north-east"),
    "the North West": ("North West", "North-West", "north-west"),
    "the South East": ("South East", "South-East", "south-east"),
    "the South West": ("South West", "South-West", "south-west"),
    "Yorkshire": ("Yorkshire and the Humber",),
    # US states
    **{
        state: ()
        for state in (
            # Not Georgia, Washington, Virginia: also a country, a government, a first name.
            "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida "
            "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland "
            "Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio "
            "Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming"
        ).split()
    },
    "New Hampshire": (),
    "New Jersey": (),
    "New Mexico": (),
    "New York State": (),
    "North Carolina": (),
    "North Dakota": (),
    "Rhode Island": (),
    "South Carolina": (),
    "South Dakota": (),
    "West Virginia": (),
    # The AP's short forms of states after a town ("Bend, Ore."; see `_STATE_SHORT_FORMS`).
    **{state: (short,) for state, short in _STATE_SHORT_FORMS},
    # German Länder, Australian states, Canadian provinces
    "Bavaria": ("Bavarian",),
    "Saxony": (),
    "New South Wales": (),
    "Queensland": (),
    "Tasmania": (),
    "Ontario": ("Ont.",),
    "Quebec": ("Que.",),
    "Alberta": ("Alta.",),
    "British Columbia": ("B.C.",),
    "Saskatchewan": ("Sask.",),
    "Manitoba": (),
    "Nova Scotia": ("N.S.",),
    "New Brunswick": ("N.B.",),
    # Indian states (not Delhi: "New Delhi said" is the government)
    **{
        state: ()
        for state in (
            "Rajasthan Maharashtra Gujarat Kerala Karnataka Punjab Bihar Odisha Assam Haryana "
            "Jharkhand Chhattisgarh Uttarakhand Telangana Goa"
        ).split()
    },
    "Tamil Nadu": (),
    "Uttar Pradesh": (),
    "Madhya Pradesh": (),
    "Andhra Pradesh": (),
    "Himachal Pradesh": (),
    "West Bengal": (),
}

# The cities national figures are most often broken into (house prices, rents, weather,
# jobs): not those that also name a person, a company or a team on their own ("Phoenix",
# "Victoria", "Washington"); a capital after the name ("Melbourne Storm", "Boston
# Scientific") is no place anyway. Most stories name a city only as where things happened
# ("a 54-year-old man from Edinburgh", "the Raptors' game in London"), so cities are regions
# only in an article that breaks its figures down by city: one that names several.
_CITIES = frozenset(
    [
        *(
            "Sydney Melbourne Brisbane Perth Adelaide Hobart Darwin Canberra Auckland "
            "Christchurch Toronto Vancouver Montreal Calgary Ottawa Edmonton Winnipeg "
            "Manchester Birmingham Edinburgh Glasgow Cardiff Belfast Bristol Leeds Liverpool "
            "Chicago Houston Seattle Miami Boston Dallas Atlanta Denver Philadelphia Detroit "
            "Mumbai Bengaluru Chennai Kolkata Hyderabad Johannesburg Durban"
        ).split(),
        *("Gold Coast", "Los Angeles", "San Francisco", "New York City", "Cape Town"),
    ]
)
BREAKDOWN_CITIES = 3  # the cities an article names, at least, to be read by city

# A short form is matched without its stop, which the pattern requires after it (see
# `_names`): "Ont" of "Sarnia, Ont., early Tuesday".
_NAME_OF = {
    name.removesuffix("."): region
    for region, names in _REGIONS.items()
    for name in (region, *names)
}
_NAME_OF.update({city: city for city in _CITIES})
_SHORT_FORMS = frozenset(
    name.removesuffix(".") for names in _REGIONS.values() for name in names if name.endswith(".")
)


def _region_names(cities: bool) -> list[str]:
    """The names the region pattern reads, cities among them only when they count."""
    return [name for name in _NAME_OF if cities or name not in _CITIES]


def _names(cities: bool) -> str:
    # Longest names first, so "New South Wales" is not read as "Wales", nor "West Virginia"
    # as "Virginia"; case-sensitive, so "the west" or "georgia" as a word is no region.
    return "|".join(_name_pattern(n.removeprefix("the ")) for n in by_length(_region_names(cities)))


def _first_letters(cities: bool) -> str:
    """The letters a region's name, or a "the" before it, can start with, as a class."""
    firsts = {re.escape(name.removeprefix("the ")[0]) for name in _region_names(cities)}
    return "[" + "".join(sorted(firsts | {"t"})) + "]"


def _name_pattern(name: str) -> str:
    """A region's name as a pattern; a short form ("Ont", "B.C") only before its stop: "Pa"
    alone is no state."""
    if name in _SHORT_FORMS:
        return rf"{re.escape(name)}(?=\.)"
    return re.escape(name)


@dataclass(frozen=True)
class _Patterns:
    # "south-west Dublin" is a part of Dublin, not England's South West.
    region: re.Pattern[str]
    # ", Oregon" after a town: the region the town is in.
    town_in_region: re.Pattern[str]


@lru_cache(maxsize=2)
def _patterns(cities: bool) -> _Patterns:
    # Compiled when first needed: most runs never read an article by city, and compiling
    # was a good part of the start-up of a run that finds its extractions cached.
    # A look at the first letter ahead of the names: a search then skips every other place in
    # an article at once instead of trying a thousand names there (a 1 MB article took 0.11 s,
    # now 0.03 s).
    return _Patterns(
        compile_built(
            rf"(?={_first_letters(cities)})\b(?:the\s+)?({_names(cities)})\b(?!\s+[A-Z]|-)"
        ),
        compile_built(rf",\s+(?:the\s+)?({_names(cities)})\b(?!\s+[A-Z])"),
    )


_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s(?:and|but|while|whereas)\s")


# Regions a clause names at least, to be about the whole they make up (see `region_of`).
_MANY_REGIONS = 3


# What joins the regions of a list: "England, Scotland and Wales".
_LIST_JOIN = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def _listed(text: str, first: re.Match[str], region: re.Pattern[str], end: int) -> int:
    """How many regions the list opening on ``first`` names (one when it is alone)."""
    count, at = 1, first.end()
    while (join := _LIST_JOIN.match(text, at, end)) and (
        following := region.match(text, join.end(), end)
    ):
        count, at = count + 1, following.end()
    return count


def region_of(
    text: str, sentence_start: int, sentence_end: int, start: int, end: int, cities: bool = False
) -> str | None:
    """The region a figure at ``start:end`` is about: one named in its own clause ("18% in the
    South East and 9% in the Midlands"), else the last one named before it in its sentence as
    the place or the subject of what follows ("East Anglia, where yields fell 22%", "In the
    Midlands, yields were 9% lower", "Northern Ireland posted the biggest rise, 7.1%"), not
    in passing ("Hartley, of Knaresborough, North Yorkshire, was driving
    at 62mph"); None for a national figure. ``cities`` when cities count as regions (see
    `by_city`)."""
    patterns = _patterns(cities)
    _, clause_start, clause_end = _clause_of(text, sentence_start, sentence_end, start, end)
    # A state's short form is only ever a town's ("from an office in Quincy, Mass.", "boarded
    # in Port Canaveral, Fla., for a 14-night cruise"): where something happened, which sets
    # an article (see `setting_of`) but never makes a figure one region's. Nor does a region's
    # body that acts (see `_AGENT_AFTER`), nor a court's seat (see `_COURT_SEAT`).
    named = [
        match
        for match in patterns.region.finditer(text, clause_start, clause_end)
        if _acts_or_places(text, match)
    ]
    own = {_NAME_OF.get(m.group(1)) or _NAME_OF.get(f"the {m.group(1)}", m.group(1)) for m in named}
    # "eastern Germany" is a part of a country, which regions leave out; "northern Ontario"
    # stays Ontario, as "Hornepayne, Ontario" is.
    own |= {
        _compass(point)
        for point in _COMPASS.finditer(text, clause_start, clause_end)
        if all(match.end() != point.end() for match in named)
    }
    if any(_listed(text, match, patterns.region, sentence_end) >= _MANY_REGIONS for match in named):
        # "around 22 million households in England, Scotland and Wales": a figure of three
        # regions or more together is of no one of them, but of the whole they make up, as
        # the other's "some 27 million homes" is.
        return None
    if own:
        return min(own)
    if _NATIONAL.search(text, clause_start, clause_end):
        return None  # "compared with 15 per cent nationally": not the region named before
    town = patterns.town_in_region.match(text, clause_end, sentence_end)
    if (
        town is not None
        and town.group(1) not in _SHORT_FORMS
        and _TOWN_AT_END.search(text, clause_start, clause_end)
    ):
        # "a 62-year-old rider in Bend, Oregon, whose battery…": the comma after a town is no
        # clause break; its region is the clause's.
        name = town.group(1)
        return _NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name)
    before = [
        match
        for match in patterns.region.finditer(text, sentence_start, start)
        if _acts_or_places(text, match)
    ]
    ends = {match.end() for match in before}
    points = [p for p in _COMPASS.finditer(text, sentence_start, start) if p.end() not in ends]
    if not before and not points:
        return None
    last = max((*before, *points), key=lambda match: match.start())
    subject = not text[sentence_start : last.start()].strip()
    placed = _PLACE_BEFORE.search(text, max(sentence_start, last.start() - 40), last.start())
    if not subject and placed is None and _WHERE_AFTER.match(text, last.end()) is None:
        return None
    if last.re is _COMPASS:
        return _compass(last)
    name = last.group(1)
    return _NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name)


# A part of a country by its compass point: "in eastern Germany", "the eastern states",
# "north-western provinces", "the south of the country". A lower-case adjective before a name
# only: "Eastern Airlines" and "Western Union" are names, not places.
_COMPASS = re.compile(
    r"\b(?P<point>(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western)"
    r"\s+(?-i:[A-Z][a-z]+\b)(?!\s+[A-Z])"
    r"|\b(?P<point2>(?:[Nn]orth|[Ss]outh)-?(?:east|west)ern|[Nn]orthern|[Ss]outhern|[Ee]astern|"
    r"[Ww]estern)\s+(?:states|provinces|regions|counties|districts|parts\s+of\s+the\s+country)\b"
    r"|\bthe\s+(?P<point3>(?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+the\s+"
    r"country\b"
)


def _compass(match: re.Match[str]) -> str:
    point = match.group("point") or match.group("point2") or match.group("point3")
    return "the " + point.casefold().removesuffix("ern").replace("-", "")


_COMPASS_POINTS = frozenset(
    f"the {point}"
    for point in "north south east west northeast northwest southeast southwest".split()
)


def is_compass(region: str | None) -> bool:
    """Whether ``region`` is a part of a country by its compass point (see `_COMPASS`)."""
    return region in _COMPASS_POINTS


def contrasts_the_nation(text: str) -> bool:
    """Whether an article sets a figure of the whole country beside its parts ("compared with
    15 per cent nationally"): only then is "in eastern Germany" a region a figure is of, not
    the place the story happens ("Rescuers in eastern Turkey … killing at least 94")."""
    return _NATIONAL.search(text) is not None


# A figure its own clause calls the nation's: "compared with 15 per cent nationally".
_NATIONAL = re.compile(
    r"\b(?:nationally|nationwide|country-?wide|across\s+the\s+country|national\s+average|"
    r"(?:the\s+)?country\s+as\s+a\s+whole)\b",
    re.IGNORECASE,
)


# A region's body that acts, not what a figure is of: "Ontario courts fined the company
# 540,000 Canadian dollars", "Florida officials said 12 people died" (against "Ontario prices
# rose 5%").
_AGENT_AFTER = re.compile(
    r"\s+(?:courts?|judges?|police|officials|authorities|regulators?|government|prosecutors|"
    r"premier|governor|legislature|coroners?)\b"
)


# A court's seat, which says where a case is heard, not what a figure is of: "The deal, filed in
# U.S. Bankruptcy Court in Delaware, includes $1.9 billion from members of the family" is no
# figure of Delaware's, as "Ontario courts" are no Ontario figure (see `_AGENT_AFTER`).
# A US federal court's district is its seat as well: "in the U.S. Bankruptcy Court for the
# District of Delaware", "Court for the Southern District of New York".
_COURT_SEAT = re.compile(
    r"\b[Cc]ourts?\s+(?:in|of|for)\s+(?:the\s+)?"
    r"(?:(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+)?$"
)
_COURT_SEAT_REACH = 45  # characters before a region its court may end in


def _acts_or_places(text: str, match: re.Match[str]) -> bool:
    """Whether a region named at ``match`` may be what a figure is of: not a short form, a
    region's body that acts, nor a court's seat."""
    return (
        match.group(1) not in _SHORT_FORMS
        and not _AGENT_AFTER.match(text, match.end())
        and not _COURT_SEAT.search(text, max(0, match.start() - _COURT_SEAT_REACH), match.start())
    )


def _clause_of(
    text: str, sentence_start: int, sentence_end: int, start: int, end: int
) -> tuple[list[int], int, int]:
    """The clause of a figure at ``start:end``: where the clause breaks before it end, and
    where its clause starts and ends."""
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence_start, sentence_end))
    before = [m.end() for m in breaks if m.end() <= start]
    clause_start = before[-1] if before else sentence_start
    clause_end = min((m.start() for m in breaks if m.start() >= end), default=sentence_end)
    return before, clause_start, clause_end


_TOWN_AT_END = re.compile(r"\b(?:in|near|at|from)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*$")


# A region that sets the place of the rest of its sentence: "In the Midlands, …", "across
# Wales …", "East Anglia, where …".
# ... a town before its region ("in Bend, Oregon,") placing it too.
# ... or a nation owning it ("in England's West Midlands").
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ff]or)\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},\s+|[A-Z][\w-]*[’']s\s+)?$"
)
_WHERE_AFTER = re.compile(r",?\s+where\b")


@lru_cache(maxsize=4096)
def regions_in(sentence: str, cities: bool = False) -> frozenset[str]:
    """The regions a sentence names, as canonical names."""
    return _named(sentence, cities)


def _named(text: str, cities: bool = False, short_forms: bool = True) -> frozenset[str]:
    found = set()
    for match in _patterns(cities).region.finditer(text):
        name = match.group(1)
        if short_forms or name not in _SHORT_FORMS:
            found.add(_NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name))
    return frozenset(found)


# Whole articles are read again for each other article they are compared with (a group of
# twelve is 66 pairs); a few are kept, not all: an archive's articles would fill the cache.
ARTICLES_KEPT = 64


@lru_cache(maxsize=ARTICLES_KEPT)
def by_city(text: str) -> bool:
    """Whether an article breaks its figures down by city: it names several."""
    # A look at its capitalised words first: most name fewer cities than that, and are read
    # without compiling the cities' pattern.
    words = set(_CAPITALISED.findall(text))
    named = sum(1 for city in _CITIES if (city in words if " " not in city else city in text))
    if named < BREAKDOWN_CITIES:
        return False
    return len(_named(text, cities=True) & _CITIES) >= BREAKDOWN_CITIES


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@lru_cache(maxsize=ARTICLES_KEPT)
def setting_of(text: str) -> str | None:
    """The one region an article names, where it names one only: where its story is set; or,
    naming none, the one city it names ("a crowd crush … in Perth's western suburbs"), for
    another article that breaks its figures down by city."""
    named = _named(text)
    if not named:
        named = _named(text, cities=True)
    return next(iter(named)) if len(named) == 1 else None


HOME_LEAD = 3  # times more often than any other an article names the region it is about


@lru_cache(maxsize=ARTICLES_KEPT)
def home_of(text: str) -> str | None:
    """The region an article is about though it names others in passing: one it names at
    least three times, and three times as often as any other ("Minnesota" five times, Oregon
    and California once, as states with laws like its). A figure placed nowhere is that
    region's, not another's."""
    counts: dict[str, int] = {}
    for match in _patterns(False).region.finditer(text):
        name = match.group(1)
        name = _NAME_OF.get(name) or _NAME_OF.get(f"the {name}", name)
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < HOME_LEAD:
        return None
    if len(ranked) > 1 and ranked[0] < HOME_LEAD * ranked[1]:
        return None
    return max(counts, key=lambda name: counts[name])


# A country named between a count's number and its noun scopes the count: "198 UK stores",
# "14 Irish stores", "3,000 British troops" are not the chain's or the army's whole.
_COUNTRY_ADJECTIVES = {
    "UK": "the UK", "U.K.": "the UK", "British": "the UK", "US": "the US", "U.S.": "the US",
    "American": "the US", "Irish": "Ireland", "Canadian": "Canada", "Australian": "Australia",
    "Indian": "India", "Chinese": "China", "German": "Germany", "French": "France",
    "Japanese": "Japan", "Scottish": "Scotland", "Welsh": "Wales", "English": "England",
}  # fmt: skip
_COUNTRY_IN_FIGURE = re.compile(
    r"^[^A-Za-z]*\d[\d,.]*\s+(?:[a-z]+\s+)?("
    + "|".join(map(re.escape, _COUNTRY_ADJECTIVES))
    + r")\s+[a-z]"
)


def country_in(figure_text: str) -> str | None:
    """The country a count's own words scope it to ("198 UK stores"), if any."""
    found = _COUNTRY_IN_FIGURE.match(figure_text)
    return _COUNTRY_ADJECTIVES[found.group(1)] if found else None


# Markets: the countries and parts of the world a company's or an economy's figures are broken
# into ("sales in China dropped 11%", "North America rose 4%", "Irish inflation"). Unlike the
# regions above, a market counts only where the figure's own clause names it, and only against
# another market: a national story leaves its country unsaid ("UK inflation" and "inflation"
# are one figure), but two figures of two named markets are two facts.
# Each market with its other names, then its adjectives.
_MARKETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Europe": ((), ("European",)),
    "Asia": ((), ("Asian",)),
    "Asia-Pacific": (("Asia Pacific",), ()),
    "Africa": ((), ("African",)),
    "North America": ((), ("North American",)),
    "Latin America": (("South America",), ("Latin American", "South American")),
    "the Middle East": (("Middle East",), ("Middle Eastern",)),
    "the euro zone": (("euro zone", "eurozone", "Eurozone", "euro area"), ()),
    "the EU": (("EU", "European Union"), ()),
    "China": ((), ("Chinese",)),
    "Japan": ((), ("Japanese",)),
    "India": ((), ("Indian",)),
    "the US": (("US", "U.S.", "United States"), ("American",)),
    "Canada": ((), ("Canadian",)),
    "Mexico": ((), ("Mexican",)),
    "Brazil": ((), ("Brazilian",)),
    "Germany": ((), ("German",)),
    "France": ((), ("French",)),
    "Italy": ((), ("Italian",)),
    "Spain": ((), ("Spanish",)),
    "the UK": (("UK", "U.K.", "Britain", "United Kingdom"), ("British",)),
    "Ireland": ((), ("Irish",)),
    "Australia": ((), ("Australian",)),
    "New Zealand": ((), ()),
    "South Korea": (("Korea",), ("South Korean", "Korean")),
    "South Africa": ((), ("South African",)),
    "Russia": ((), ("Russian",)),
    # Producers commodity stories set side by side: "the roughly one million farmers who grow
    # cocoa in Ivory Coast" are not "Ghana's 800,000 cocoa farmers".
    "Ivory Coast": (("Côte d'Ivoire", "Cote d'Ivoire"), ("Ivorian",)),
    "Ghana": ((), ("Ghanaian",)),
    "Nigeria": ((), ("Nigerian",)),
    "Indonesia": ((), ("Indonesian",)),
    "Malaysia": ((), ("Malaysian",)),
    "Vietnam": ((), ("Vietnamese",)),
    "Argentina": ((), ("Argentine", "Argentinian")),
    "Chile": ((), ("Chilean",)),
    "Peru": ((), ("Peruvian",)),
    "Colombia": ((), ("Colombian",)),
}
# A market's people, by the plural of its adjective: "Germans, the largest group, made up 22%
# of arrivals", "Americans bought 4% more cars". Only adjectives in "-an" make one ("the
# Chinese", "the French" read as the adjective), and Britons.
_PEOPLE: dict[str, tuple[str, ...]] = {
    market: tuple(f"{adjective}s" for adjective in adjectives if adjective.endswith("an"))
    + (("Britons",) if market == "the UK" else ())
    for market, (_, adjectives) in _MARKETS.items()
}
_MARKET_OF = {
    name: market
    for market, (names, adjectives) in _MARKETS.items()
    for name in (market.removeprefix("the "), *names, *_PEOPLE[market], *adjectives)
}
# Who comes from a market, counted where they go: "Chinese arrivals rose 31%", "Arrivals from
# the United States jumped 19%". A market's travellers, not goods from it ("a shipment of
# chicken from Brazil").
_TRAVELLERS = (
    "arrivals|visitors|tourists|travellers|travelers|holidaymakers|vacationers|passengers|guests"
)
# An adjective scopes a figure only before what a market has ("Chinese sales", "Irish
# inflation"), not before what a company or a person is ("the German carmaker", "Indian
# officials").
_MARKET_NOUNS = (
    "sales|deliveries|revenue|revenues|demand|market|markets|exports|imports|inflation|"
    "unemployment|jobless|economy|growth|prices|orders|registrations|shipments|operations|"
    "business|unit|division|subscribers|customers|consumers|shoppers|output|production|"
    "earnings|profit|volumes|GDP|users|adults|residents|households|workers|viewers|voters|"
    + _TRAVELLERS
)
# The whole world, as a market: "4.1 million user reports worldwide", "global revenue".
_WORLD = (
    r"(?i:\b(?:worldwide|world-wide|globally|global|around\s+the\s+world|across\s+the\s+world)\b)"
)
WORLD = "the world"


@dataclass(frozen=True)
class _MarketPatterns:
    # "in China", "China's", "Chinese sales": where a clause places its figures; not "a
    # shipment of chicken from Brazil", the goods' origin.
    named: re.Pattern[str]
    # "North America rose 4%": the subject opening a clause.
    subject: re.Pattern[str]
    # "the US and Canada", "Europe and Asia": two markets as one.
    joined: re.Pattern[str]
    # "ahead of the UK, which has committed to spending 2.5 per cent": the clause a market
    # opens with "which" or "where" is about it.
    relative: re.Pattern[str]


@lru_cache(maxsize=1)
def _market_patterns() -> _MarketPatterns:
    nouns = "|".join(
        map(
            re.escape,
            sorted(
                (name for market, (names, _) in _MARKETS.items()
                 for name in (market.removeprefix("the "), *names, *_PEOPLE[market])),
                key=len, reverse=True,
            ),
        )
    )  # fmt: skip
    adjectives = "|".join(
        map(
            re.escape,
            sorted(
                (name for _, (_, adjectives) in _MARKETS.items() for name in adjectives),
                key=len, reverse=True,
            ),
        )
    )  # fmt: skip
    # Not a name the market opens ("China Eastern", "American Airlines", "US$").
    name_end = r"(?![\w$-]|\s+[A-Z])"
    return _MarketPatterns(
        re.compile(
            rf"\b(?:in|across|throughout)\s+(?:the\s+)?(?P<noun>{nouns}){name_end}"
            rf"|(?<![\w.])(?:the\s+)?(?P<owner>{nouns})(?=[’']s\s)"
            rf"|\b(?P<adjective>{adjectives})\s+(?:{_MARKET_NOUNS})\b"
            # "640,000 reports from UK users", "US sales": a name before what a market has.
            rf"|(?<![\w.])(?P<attribute>{nouns})\s+(?=(?:{_MARKET_NOUNS})\b)"
            rf"|\b(?i:{_TRAVELLERS})\s+from\s+(?:the\s+)?(?P<origin>{nouns}){name_end}"
            rf"|(?P<world>{_WORLD})"
        ),
        re.compile(rf"\s*(?:[Tt]he\s+)?(?P<noun>{nouns}){name_end}"),
        re.compile(
            rf"\b(?:{nouns}|{adjectives}),?\s+(?:and|&|or)\s+(?:the\s+)?(?:{nouns}|{adjectives})\b"
        ),
        re.compile(rf"\b(?:the\s+)?(?P<noun>{nouns}){name_end},\s+(?:which|where)\b"),
    )


_RESTATED_CHANGE = re.compile(
    r"\s*(?:up|down|a\s+(?:rise|fall|drop|gain|increase|decrease|decline)\s+of)\b"
)


# A possessive whose noun phrase ends in the figure: "Ireland's minimum wage of €14.15".
_OWNED_FIGURE = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){1,4}(?:of|at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under)\s+)?$"
)


def market_of(
    text: str, sentence_start: int, sentence_end: int, start: int, end: int
) -> str | None:
    """The one market a figure at ``start:end`` is of: named in its clause ("sales in China
    dropped 11%", "North America rose 4%"), in the clause a bare change restates ("sold
    38,900 cars in Britain, up 6 per cent"), before the "which" opening its clause ("the UK,
    which has committed to spending 2.5 per cent"), or as the subject opening the sentence
    ("Europe, its biggest region, grew 1%")."""
    patterns = _market_patterns()
    before, clause_start, clause_end = _clause_of(text, sentence_start, sentence_end, start, end)
    # Markets joined in a clause after the figure's are that clause's: "made up 22% of
    # arrivals, followed by visitors from Britain and Italy".
    # Those that start in the figure's own clause are its, though the clause breaks at their
    # "and": "Sales rose 5% in Germany and France".
    if any(
        joined.start() < clause_end
        for joined in patterns.joined.finditer(text, sentence_start, sentence_end)
    ):
        return None  # "in the US and Canada": the markets together, which the other may split
    if before and _RESTATED_CHANGE.match(text, clause_start, start):
        clause_start = before[-2] if len(before) > 1 else sentence_start
    found = {_market(match) for match in patterns.named.finditer(text, clause_start, clause_end)}
    subject = patterns.subject.match(text, clause_start, start)
    if subject is not None:
        found.add(_market(subject))
    if len(found) > 1:
        # Of several, the one whose possessive holds the figure: "The UK's adult rate will
        # remain below Ireland's minimum wage of €14.15 an hour" is Ireland's.
        owners = [
            match
            for match in patterns.named.finditer(text, clause_start, start)
            if match.group("owner")
        ]
        if owners and _OWNED_FIGURE.match(text, owners[-1].end("owner"), start):
            return _market(owners[-1])
    if found:
        return next(iter(found)) if len(found) == 1 else None
    relative = [
        match
        for match in patterns.relative.finditer(text, max(sentence_start, clause_start - 40), start)
        if match.end() >= clause_start
    ]
    if relative:
        return _market(relative[-1])
    opening = patterns.subject.match(text, sentence_start, start)
    named = {_market(match) for match in patterns.named.finditer(text, sentence_start, start)}
    if opening is not None and named <= {_market(opening)}:
        return _market(opening)
    return None


def _market(match: re.Match[str]) -> str:
    found = match.groupdict()
    if found.get("world"):
        return WORLD
    return _MARKET_OF[
        found["noun"]
        or found.get("owner")
        or found.get("attribute")
        or found.get("origin")
        or found["adjective"]
    ]


# Instruments a market report moves through: stock indexes, government bonds, commodities and
# currencies, each with the names outlets print. Two figures whose clauses name two of them
# are two facts ("The broader Topix lost 3.8%", "The broader All Ordinaries lost 2.8 per
# cent"), whatever verb and adjective they share.
_INSTRUMENTS: dict[str, tuple[str, ...]] = {
    "S&P 500": ("S&P 500", "S&P500", "Standard & Poor's 500"),
    "ASX 200": ("S&P/ASX 200", "ASX 200", "ASX200"),
    "All Ordinaries": ("All Ordinaries", "All Ords"),
    "Small Ordinaries": ("Small Ordinaries", "Small Ords"),
    "Dow": ("Dow Jones Industrial Average", "Dow Jones", "Dow"),
    "Nasdaq 100": ("Nasdaq 100", "Nasdaq-100"),
    "Nasdaq": ("Nasdaq Composite", "Nasdaq composite", "Nasdaq"),
    "Russell 2000": ("Russell 2000",),
    "FTSE 100": ("FTSE 100", "Footsie"),
    "FTSE 250": ("FTSE 250",),
    "Nikkei": ("Nikkei 225", "Nikkei"),
    "Topix": ("Topix", "TOPIX"),
    "Hang Seng": ("Hang Seng",),
    "Shanghai Composite": ("Shanghai Composite", "Shanghai composite"),
    "CSI 300": ("CSI 300", "CSI300"),
    "Kospi": ("Kospi", "KOSPI"),
    "Sensex": ("Sensex", "BSE Sensex"),
    "Nifty": ("Nifty 50", "Nifty"),
    "DAX": ("DAX",),
    "CAC 40": ("CAC 40", "CAC-40"),
    "Euro Stoxx 50": ("Euro Stoxx 50", "EuroStoxx 50"),
    "Stoxx 600": ("Stoxx 600", "STOXX 600", "Stoxx Europe 600"),
    "TSX": ("S&P/TSX", "TSX"),
    "Iseq": ("Iseq", "ISEQ"),
    "AEX": ("AEX",),
    "Ibex 35": ("Ibex 35", "IBEX 35", "Ibex"),
    "FTSE MIB": ("FTSE MIB",),
    "SMI": ("SMI",),
    "JSE": ("JSE All Share", "JSE Top 40", "JSE"),
    "Straits Times": ("Straits Times Index", "Straits Times"),
    "NZX 50": ("NZX 50",),
    # Price indexes: "consumer price inflation at 3.4 per cent" is not "Retail price index
    # inflation stood at 4.2 per cent", two measures of one month's prices.
    "CPI": (
        "consumer price index",
        "consumer prices index",
        "Consumer Price Index",
        "Consumer Prices Index",
        "Consumer price index",
        "Consumer prices index",
        "consumer price inflation",
        "Consumer price inflation",
        "CPI",
    ),
    "CPIH": ("CPIH",),
    "RPI": (
        "retail price index",
        "retail prices index",
        "Retail Price Index",
        "Retail Prices Index",
        "Retail price index",
        "Retail prices index",
        "RPI",
    ),
    "PPI": (
        "producer price index",
        "producer prices index",
        "Producer Price Index",
        "Producer price index",
        "producer price inflation",
        "PPI",
    ),
    "PCE": ("personal consumption expenditures price index", "PCE price index", "PCE"),
    "gilts": ("gilts", "gilt"),
    "Treasuries": ("Treasuries", "Treasury yields", "Treasury yield"),
    "Bunds": ("Bunds", "bunds", "Bund", "bund"),
    "gold": ("gold", "Gold"),
    "silver": ("silver", "Silver"),
    "copper": ("copper", "Copper"),
    "iron ore": ("iron ore", "Iron ore"),
    "Brent": ("Brent crude", "Brent"),
    "WTI": ("West Texas Intermediate", "WTI"),
    "bitcoin": ("bitcoin", "Bitcoin"),
    "sterling": ("sterling", "Sterling", "the pound", "The pound"),
    "the euro": ("the euro", "The euro"),
    "the yen": ("the yen", "The yen"),
    "the Australian dollar": ("the Australian dollar", "the Aussie dollar", "the Aussie"),
    "the Canadian dollar": ("the Canadian dollar", "the loonie"),
    "the dollar": ("the dollar", "The dollar", "the US dollar", "the greenback"),
}
_CURRENCIES = frozenset(
    (
        "sterling",
        "the euro",
        "the yen",
        "the Australian dollar",
        "the Canadian dollar",
        "the dollar",
    )
)
_AGAINST = re.compile(r"\bagainst\s+$")
_INSTRUMENT_OF = {name: canonical for canonical, names in _INSTRUMENTS.items() for name in names}


@lru_cache(maxsize=1)
def _instrument_pattern() -> re.Pattern[str]:
    names = sorted(_INSTRUMENT_OF, key=len, reverse=True)
    # Not a name another opens ("Dow Chemical", "Nasdaq-listed", "gold medal").
    return compile_built(
        rf"(?<![\w&/-])(?P<name>{'|'.join(map(re.escape, names))})"
        r"(?![\w&/-]|\s+(?:[A-Z][a-z]|medal|medals|medallist|medalist))"
    )


def instrument_of(
    text: str, sentence_start: int, sentence_end: int, start: int, end: int
) -> str | None:
    """The one instrument a figure at ``start:end`` is of: named in its clause ("the Nasdaq
    composite fell 3.1%", "The yield on 10-year gilts fell six basis points to 4.52 per cent"),
    in the clause a bare change restates, or else the last named before it in its sentence."""
    before, clause_start, clause_end = _clause_of(text, sentence_start, sentence_end, start, end)
    if before and _RESTATED_CHANGE.match(text, clause_start, start):
        clause_start = before[-2] if len(before) > 1 else sentence_start
    pattern = _instrument_pattern()
    matches = list(pattern.finditer(text, clause_start, clause_end))
    found = {_INSTRUMENT_OF[match.group("name")] for match in matches}
    quoted = [
        _INSTRUMENT_OF[match.group("name")]
        for match in matches
        if _AGAINST.search(text, max(clause_start, match.start() - 10), match.start())
    ]
    if len(found) == 2 and len(quoted) == 1 and found <= _CURRENCIES:
        # "Sterling slipped 0.4 per cent against the euro": one currency against another.
        (quote,) = quoted
        (base,) = found - {quote}
        return f"{base} against {quote}"
    if found:
        return next(iter(found)) if len(found) == 1 else None
    # "The FTSE 250 fared even worse, dropping 4.1 per cent": the last named before it.
    named = list(pattern.finditer(text, sentence_start, start))
    return _INSTRUMENT_OF[named[-1].group("name")] if named else None


@lru_cache(maxsize=1)
def _market_names() -> re.Pattern[str]:
    names = sorted(_MARKET_OF, key=len, reverse=True)
    return compile_built(rf"\b(?:{'|'.join(map(re.escape, names))})|{_WORLD}")


def names_a_market(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names any market: a sentence that names none has none for
    its figures, found with one search instead of one per figure."""
    return _market_names().search(text, start, end) is not None


def names_an_instrument(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names any instrument (see `names_a_market`)."""
    return _instrument_pattern().search(text, start, end) is not None
