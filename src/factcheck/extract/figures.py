"""Figures: money, percentages, counts, ranges, durations, quantities and ordinal claims.

Each sentence is scanned by a list of patterns in priority order (ranges before single
amounts, money before bare counts); a match may not overlap an earlier one. Every figure
gets an exact `Decimal` value, its unit, scale and printed precision, the bound its qualifier
sets ("about", "more than"), the period it refers to and the words saying what it measures.
Years, dates, times, phone numbers, model names (H100, iPhone 15) and addresses are not
figures.

A figure's span starts at its qualifier and, for counts, ordinals and shares, ends after the
thing counted: "approximately 350,000 NVIDIA H100 GPUs". A share of a group ("two-thirds of
voters", "one in five adults") is a percentage, so it lines up with "67% of voters".
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from factcheck.extract.first_names import FIRST_NAMES
from factcheck.extract.numbers import (
    COUNTED_NOUNS,
    DIGITS,
    MULTIPLIERS,
    ORDINALS,
    SCALE_PATTERN,
    SCALES,
    TENS,
    THOUSANDS_SPACES,
    UNITS,
    WORD_NUMBER,
    by_length,
    longest_first,
    parse_digits,
    parse_words,
    scale_of,
    words_precision,
)
from factcheck.extract.periods import Period, find_periods, period_for
from factcheck.models import (
    ADJUSTED,
    ADVISED,
    AGE,
    ANOTHER,
    CLOCK,
    FAMILY_OF,
    IN_A_SPELL,
    INTENDED,
    INTERIM,
    INTRADAY,
    LENGTH_IN_METRES,
    LIMIT,
    MOVED_BY,
    OVER_A_MONTH,
    OVER_A_QUARTER,
    OVER_A_YEAR,
    PREVIOUS,
    RECORD_SPAN,
    REMAINING,
    SERIES,
    SO_FAR_THIS_YEAR,
    SUBSET,
    SUMMED,
    THEIRS,
    TOLL_UNIT_OF,
    TOTAL,
    UTC_OFFSETS,
    YEAR_BUILT,
    YEAR_FOUNDED,
    YEAR_OPENED,
    YEARS_OF,
    Article,
    Bound,
    Figure,
    FigureKind,
    Span,
)

# ---------------------------------------------------------------- vocabulary

_LEVEL_PASSED = frozenset(
    [
        *"crossed crossing topped topping tops exceeded exceeds surpassed surpassing surpasses "
        "passing".split(),
        # "The outbreak has passed 200 cases": the perfect tense, which a vote is not told in.
        *("has passed", "have passed", "had passed"),
        # "Brisbane's median value has now passed $900,000".
        *(
            f"{aux} {adverb} passed"
            for aux in ("has", "have", "had")
            for adverb in ("now", "already", "just", "finally", "officially")
        ),
    ]
)
_THINGS_CROSSED = frozenset(("crossed", "crossing", "passing"))
_QUALIFIERS: dict[str, Bound] = {
    "approximately": Bound.APPROXIMATE,
    "about": Bound.APPROXIMATE,
    "around": Bound.APPROXIMATE,
    "roughly": Bound.APPROXIMATE,
    "nearly": Bound.APPROXIMATE,
    "almost": Bound.APPROXIMATE,
    "some": Bound.APPROXIMATE,
    "an estimated": Bound.APPROXIMATE,
    "close to": Bound.APPROXIMATE,
    "circa": Bound.APPROXIMATE,
    "estimated": Bound.APPROXIMATE,
    "~": Bound.APPROXIMATE,
    "more than": Bound.AT_LEAST,
    "over": Bound.AT_LEAST,
    "at least": Bound.AT_LEAST,
    "upwards of": Bound.AT_LEAST,
    "in excess of": Bound.AT_LEAST,
    "above": Bound.AT_LEAST,
    "north of": Bound.AT_LEAST,
    "exceeding": Bound.AT_LEAST,
    "no less than": Bound.AT_LEAST,
    # A level passed is a floor: "Mungeshpur crossed 48°C", "temperatures passing 50C", "sales
    # topped $5bn". Not "passed", which a vote does ("the bill passed 7-2").
    **dict.fromkeys(_LEVEL_PASSED, Bound.AT_LEAST),
    **{
        f"{verb} past": Bound.AT_LEAST
        for verb in "climbed rose soared surged jumped shot edged moved pushed went".split()
    },
    # "sections steeper than 23%", "a ship longer than 300 metres": a comparative before a
    # number bounds it, as "more than" does.
    **{
        f"{adjective} than": Bound.AT_LEAST
        for adjective in "higher greater larger bigger longer taller older steeper hotter heavier "
        "wider deeper faster".split()
    },
    **{
        f"{adjective} than": Bound.AT_MOST
        for adjective in "lower smaller shorter younger cheaper colder lighter narrower "
        "shallower slower".split()
    },
    "up to": Bound.AT_MOST,
    "less than": Bound.AT_MOST,
    "under": Bound.AT_MOST,
    "no more than": Bound.AT_MOST,
    "fewer than": Bound.AT_MOST,
    "below": Bound.AT_MOST,
    "at most": Bound.AT_MOST,
    "just under": Bound.AT_MOST,
    # "A crowd of just over 94,000", "just shy of 2%".
    "just over": Bound.AT_LEAST,
    "just above": Bound.AT_LEAST,
    "well over": Bound.AT_LEAST,
    "well above": Bound.AT_LEAST,
    "just below": Bound.AT_MOST,
    "just shy of": Bound.AT_MOST,
    "well under": Bound.AT_MOST,
    "well below": Bound.AT_MOST,
    "as many as": Bound.AT_MOST,
    "as much as": Bound.AT_MOST,
    # "some of them for as long as 14 hours": the longest, as "up to 16 hours" is.
    "as long as": Bound.AT_MOST,
    # A moment a little past or short of a time: "struck shortly after 9.30am" may be 9.34am,
    # "just before 6pm" 5.52pm. Not "after" alone ("after 90 minutes of talks" is a span).
    **{f"{adverb} after": Bound.AT_LEAST for adverb in ("shortly", "just", "soon", "right")},
    **{f"{adverb} before": Bound.AT_MOST for adverb in ("shortly", "just", "soon", "right")},
}
# "no lower than 78 degrees", "not more than 12 people": a denied comparative bounds the
# number from the other side ("no more than" is a ceiling, "no fewer than" a floor).
_QUALIFIERS |= {
    f"{negation} {phrase}": Bound.AT_MOST if bound is Bound.AT_LEAST else Bound.AT_LEAST
    for phrase, bound in list(_QUALIFIERS.items())
    if phrase.endswith(" than") and " " not in phrase.removesuffix(" than")
    for negation in ("no", "not")
}
_QUALIFIER = longest_first(_QUALIFIERS)

_ISO_CODES = {
    code.casefold(): code
    for code in "USD EUR GBP JPY CHF CNY INR CAD AUD NPR PKR LKR BDT BTC".split()
}
# More codes outlets print before or after an amount ("IDR 50 million", "SEK 2.1bn", "NOK
# 500m"), read in capitals only: "TRY", "NIS" and others are words or names in lower case ("try
# 5 times"). Not "PHP" (a programming language's "PHP 8.3"), nor codes that are words in
# capitals too ("ALL", "TOP", "CUP").
_CASED_CODES = {
    code.casefold(): code
    for code in (
        "IDR MYR THB NGN KRW TRY VND UAH ILS KES UGX TZS TWD HKD SGD NZD PLN CZK HUF SEK NOK "
        "DKK ISK ZAR BRL MXN ARS CLP COP PEN RUB AED SAR QAR EGP RON BGN GHS ETB"
    ).split()
}
_CURRENCY_PREFIX = {
    "us$": "USD",
    "u.s$": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "$us": "USD",
    "$a": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "tk": "BDT",
    "tk.": "BDT",
    "₩": "KRW",
    "r": "ZAR",
    "n": "NGN",
    "元": "CNY",
    # Signs and abbreviations printed before the amount in the countries' own news, and in
    # wire copy from there: "Rp50 million", "RM1.2bn", "₦500 million", "KSh2 billion".
    "nt$": "TWD",
    "mx$": "MXN",
    "₦": "NGN",
    "₱": "PHP",
    "₺": "TRY",
    "₫": "VND",
    "₴": "UAH",
    "₪": "ILS",
    "฿": "THB",
    "₽": "RUB",
    "₵": "GHS",
    # Printed after the amount in Poland and the Czech Republic: "500 zł", "1,200 Kč".
    "zł": "PLN",
    "kč": "CZK",
    "rp": "IDR",
    "rp.": "IDR",
    "rm": "MYR",
    "ksh": "KES",
    "ksh.": "KES",
    "kshs": "KES",
    "kshs.": "KES",
    "dh": "AED",
    "dhs": "AED",
    "dhs.": "AED",
    # The Gulf's riyals, as Saudi and Qatari outlets print them: "net profit SR910m".
    "sr": "SAR",
    "qr": "QAR",
    # The Israeli shekel's everyday abbreviation, not its ISO code: "NIS 50 million".
    "nis": "ILS",
    **_ISO_CODES,
    **_CASED_CODES,
}
_CURRENCY_WORD = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "swiss francs": "CHF",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
    "pesos": "MXN",
    "rand": "ZAR",
    "taka": "BDT",
    # A ransom is asked in coins: "a ransom of 75 bitcoin".
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    **_ISO_CODES,
    **_CASED_CODES,
}
# Currencies named after an amount, with and without their country, beyond the ones above:
# "fined 25 million rupiah", "3,000 baht", "40 million Kenyan shillings". A name several
# countries share is read as the country that prints it most in international news when
# the country is left out, as a bare "rupee" is India's: "shillings" Kenya's, "dirhams" the
# UAE's, "riyals" Saudi Arabia's, "rials" Iran's, "lira" Turkey's, "CFA francs" West
# Africa's. Names too ambiguous for that need their country ("Danish kroner", "Swiss
# francs", "Iraqi dinars"). Each name reads lower-cased, spaces as single spaces.
_NAMED_CURRENCIES: dict[str, str] = {
    **dict.fromkeys(("rupiah", "rupiahs", "indonesian rupiah"), "IDR"),
    **dict.fromkeys(("baht", "thai baht"), "THB"),
    **dict.fromkeys(("naira", "nigerian naira"), "NGN"),
    **dict.fromkeys(("ringgit", "ringgits", "malaysian ringgit"), "MYR"),
    **dict.fromkeys(
        (
            "zloty",
            "zlotys",
            "zlotych",
            "złoty",
            "złotys",
            "złotych",
            "polish zlotys",
            "polish zloty",
            "polish złoty",
        ),
        "PLN",
    ),
    **dict.fromkeys(("forint", "forints", "hungarian forints", "hungarian forint"), "HUF"),
    **dict.fromkeys(
        ("kronor", "krona", "swedish kronor", "swedish krona", "swedish crowns"), "SEK"
    ),
    **dict.fromkeys(("norwegian kroner", "norwegian krone", "norwegian crowns"), "NOK"),
    **dict.fromkeys(("danish kroner", "danish krone", "danish crowns"), "DKK"),
    **dict.fromkeys(
        (
            "icelandic kronur",
            "icelandic krona",
            "icelandic kronas",
            "icelandic crowns",
            "kronur",
            "krónur",
            "króna",
            "icelandic krónur",
            "icelandic króna",
        ),
        "ISK",
    ),
    **dict.fromkeys(
        ("koruna", "korunas", "koruny", "czech koruna", "czech korunas", "czech crowns"), "CZK"
    ),
    **dict.fromkeys(("lira", "liras", "turkish lira", "turkish liras"), "TRY"),
    **dict.fromkeys(("lebanese lira", "lebanese pounds", "lebanese pound"), "LBP"),
    **dict.fromkeys(("syrian pounds", "syrian pound", "syrian lira"), "SYP"),
    **dict.fromkeys(("egyptian pounds", "egyptian pound"), "EGP"),
    **dict.fromkeys(("sudanese pounds", "sudanese pound"), "SDG"),
    **dict.fromkeys(("south sudanese pounds", "south sudanese pound"), "SSP"),
    **dict.fromkeys(("dong", "vietnamese dong"), "VND"),
    **dict.fromkeys(("dirham", "dirhams", "uae dirhams", "emirati dirhams"), "AED"),
    **dict.fromkeys(("moroccan dirhams", "moroccan dirham"), "MAD"),
    **dict.fromkeys(("riyal", "riyals", "saudi riyals", "saudi riyal"), "SAR"),
    **dict.fromkeys(("qatari riyals", "qatari riyal"), "QAR"),
    **dict.fromkeys(("rial", "rials", "iranian rials", "iranian rial"), "IRR"),
    **dict.fromkeys(("omani rials", "omani rial"), "OMR"),
    **dict.fromkeys(("yemeni rials", "yemeni rial"), "YER"),
    **dict.fromkeys(
        ("shekel", "shekels", "new shekels", "israeli shekels", "new israeli shekels"), "ILS"
    ),
    **dict.fromkeys(
        (
            "hryvnia",
            "hryvnias",
            "hryvnas",
            "hryvnya",
            "hryvnyas",
            "ukrainian hryvnias",
            "ukrainian hryvnia",
        ),
        "UAH",
    ),
    **dict.fromkeys(("ruble", "rouble", "russian rubles", "russian roubles"), "RUB"),
    **dict.fromkeys(("belarusian rubles", "belarusian roubles"), "BYN"),
    **dict.fromkeys(("reais", "brazilian reais", "brazilian real", "brazilian reals"), "BRL"),
    **dict.fromkeys(("lei", "romanian lei", "romanian leu"), "RON"),
    **dict.fromkeys(("moldovan lei", "moldovan leu"), "MDL"),
    **dict.fromkeys(("leva", "levs", "bulgarian leva", "bulgarian lev", "bulgarian levs"), "BGN"),
    **dict.fromkeys(
        ("shilling", "shillings", "kenyan shillings", "kenya shillings", "kenyan shilling"), "KES"
    ),
    **dict.fromkeys(("ugandan shillings", "uganda shillings", "ugandan shilling"), "UGX"),
    **dict.fromkeys(("tanzanian shillings", "tanzania shillings", "tanzanian shilling"), "TZS"),
    **dict.fromkeys(("somali shillings",), "SOS"),
    **dict.fromkeys(("peso", "mexican peso"), "MXN"),
    **dict.fromkeys(("philippine pesos", "philippine peso"), "PHP"),
    **dict.fromkeys(("argentine pesos", "argentinian pesos", "argentine peso"), "ARS"),
    **dict.fromkeys(("colombian pesos", "colombian peso"), "COP"),
    **dict.fromkeys(("chilean pesos", "chilean peso"), "CLP"),
    **dict.fromkeys(("uruguayan pesos",), "UYU"),
    **dict.fromkeys(("dominican pesos",), "DOP"),
    **dict.fromkeys(("cuban pesos",), "CUP"),
    **dict.fromkeys(("north korean won",), "KPW"),
    **dict.fromkeys(("cfa francs", "west african cfa francs", "cfa franc"), "XOF"),
    **dict.fromkeys(("central african cfa francs",), "XAF"),
    **dict.fromkeys(("congolese francs",), "CDF"),
    **dict.fromkeys(("rwandan francs", "rwandan franc"), "RWF"),
    **dict.fromkeys(("burundian francs",), "BIF"),
    **dict.fromkeys(("guinean francs",), "GNF"),
    **dict.fromkeys(("swiss franc",), "CHF"),
    **dict.fromkeys(("cedi", "cedis", "ghanaian cedis", "ghana cedis"), "GHS"),
    **dict.fromkeys(("birr", "ethiopian birr"), "ETB"),
    **dict.fromkeys(("kyat", "kyats"), "MMK"),
    **dict.fromkeys(("afghanis", "afghani"), "AFN"),
    **dict.fromkeys(("tenge", "kazakh tenge"), "KZT"),
    **dict.fromkeys(("zambian kwacha",), "ZMW"),
    **dict.fromkeys(("malawian kwacha",), "MWK"),
    **dict.fromkeys(("iraqi dinars", "iraqi dinar"), "IQD"),
    **dict.fromkeys(("kuwaiti dinars", "kuwaiti dinar"), "KWD"),
    **dict.fromkeys(("jordanian dinars", "jordanian dinar"), "JOD"),
    **dict.fromkeys(("bahraini dinars",), "BHD"),
    **dict.fromkeys(("libyan dinars",), "LYD"),
    **dict.fromkeys(("tunisian dinars",), "TND"),
    **dict.fromkeys(("algerian dinars",), "DZD"),
    **dict.fromkeys(("serbian dinars", "serbian dinar"), "RSD"),
    # A bare "sol" or "soles" is also the sun and a shoe's: read as money only where
    # `_AMBIGUOUS_NAMES` says so ("a 1.2 billion sol upgrade", "40 million soles").
    **dict.fromkeys(("peruvian soles", "peruvian sol", "soles", "sol"), "PEN"),
    **dict.fromkeys(("bolivars", "bolivares", "venezuelan bolivars"), "VES"),
    **dict.fromkeys(("mauritian rupees",), "MUR"),
    # Names no other word or currency shares, with their country: "40 billion ariary".
    **dict.fromkeys(("ariary", "malagasy ariary"), "MGA"),
    **dict.fromkeys(("kwanza", "kwanzas", "angolan kwanzas", "angolan kwanza"), "AOA"),
    **dict.fromkeys(("metical", "meticais", "meticals", "mozambican meticais"), "MZN"),
    **dict.fromkeys(("lempiras", "honduran lempiras"), "HNL"),
    **dict.fromkeys(("quetzales", "quetzals", "guatemalan quetzales"), "GTQ"),
    **dict.fromkeys(("guaranis", "guaraníes", "paraguayan guaranis"), "PYG"),
    **dict.fromkeys(("colones", "costa rican colones"), "CRC"),
    **dict.fromkeys(("cordobas", "córdobas", "nicaraguan cordobas"), "NIO"),
    **dict.fromkeys(("bolivianos",), "BOB"),
    **dict.fromkeys(("gourdes", "haitian gourdes"), "HTG"),
    **dict.fromkeys(("lari", "georgian lari"), "GEL"),
    **dict.fromkeys(("riels", "cambodian riels", "cambodian riel"), "KHR"),
    **dict.fromkeys(("tugriks", "tugrik", "mongolian tugriks"), "MNT"),
    **dict.fromkeys(("nakfa",), "ERN"),
    **dict.fromkeys(("dalasis", "dalasi", "gambian dalasis"), "GMD"),
    **dict.fromkeys(("ouguiyas", "ouguiya"), "MRU"),
    **dict.fromkeys(("ngultrum", "ngultrums"), "BTN"),
    **dict.fromkeys(("rufiyaa",), "MVR"),
}
_SUBUNIT = {"cent": "USD", "cents": "USD", "pence": "GBP", "p": "GBP"}
_CENTS_OF = {"u.s.": "USD", "us": "USD", "canadian": "CAD", "australian": "AUD", "nz": "NZD",
             "hong kong": "HKD", "singapore": "SGD"}  # fmt: skip
_UNIT_WORDS = {
    "mile": "mile",
    "miles": "mile",
    "nautical mile": "nautical mile",
    "nautical miles": "nautical mile",
    "mi": "mile",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "metre": "m",
    "metres": "m",
    "m": "m",
    "mm": "mm",
    "millimetre": "mm",
    "millimetres": "mm",
    "millimeter": "mm",
    "millimeters": "mm",
    "cm": "cm",
    "centimetre": "cm",
    "centimetres": "cm",
    "centimeter": "cm",
    "centimeters": "cm",
    "meter": "m",
    "meters": "m",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "in",
    "inch": "in",
    "in": "in",
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "gram": "g",
    "grams": "g",
    **dict.fromkeys(("mg", "milligram", "milligrams", "milligramme", "milligrammes"), "mg"),
    **dict.fromkeys(("mcg", "µg", "μg", "microgram", "micrograms", "microgramme"), "µg"),
    **dict.fromkeys(("ng", "nanogram", "nanograms", "nanogramme", "nanogrammes"), "ng"),
    "ton": "ton",
    "tons": "ton",
    "tonne": "tonne",
    "tonnes": "tonne",
    # A metric ton is a tonne, as American outlets name it.
    "metric ton": "tonne",
    "metric tons": "tonne",
    "mph": "mph",
    "km/h": "km/h",
    "km/s": "km/s",
    "kph": "km/h",
    **dict.fromkeys(
        (
            "square kilometre",
            "square kilometres",
            "square kilometer",
            "square kilometers",
            "sq km",
            "sqkm",
            "sq. km",
            "sq kilometres",
            "sq kilometers",
            "km2",
            "km²",
        ),
        "km²",
    ),
    **dict.fromkeys(
        ("square mile", "square miles", "sq mi", "sq. mi", "sq miles", "sq mile", "sqmi"), "sq mi"
    ),
    **dict.fromkeys(
        (
            "square metre",
            "square metres",
            "square meter",
            "square meters",
            "sq m",
            "sq. m",
            "sqm",
            "sq metres",
            "sq meters",
            "m2",
            "m²",
        ),
        "m²",
    ),
    **dict.fromkeys(("square feet", "square foot", "sq ft", "sq. ft", "sqft", "sq feet"), "sq ft"),
    "mt": "tonne",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "gallon": "gallon",
    "gallons": "gallon",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "l": "litre",
    "ml": "ml",
    "degrees": "degree",
    # Power and energy, each in one unit (megawatts, megawatt-hours) with the printed unit as
    # its scale, as basis points are read as percentage points: "8.4 GW" is "8,400 megawatts".
    **{
        f"{prefix}{suffix}": f"MW{suffix[1:]}"
        for prefix in ("k", "m", "g", "t")
        for suffix in ("w", "wh")
    },
    **{
        f"{prefix}watt{hours}": f"MW{'h' if 'hour' in hours else ''}"
        for prefix in ("kilo", "mega", "giga", "tera")
        for hours in ("", "s", "-hour", "-hours", " hour", " hours")
    },
}
# Frequencies, in one unit with the printed unit as its scale: "3.5GHz" is 3,500 MHz.
_FREQUENCY_UNITS = {
    **{f"{prefix}hz": "MHz" for prefix in "kmg"},
    **{f"{prefix}hertz": "MHz" for prefix in ("kilo", "mega", "giga")},
}
_UNIT_WORDS.update(_FREQUENCY_UNITS)
_FREQUENCY_SCALE = {"k": Decimal("0.001"), "m": Decimal(1), "g": Decimal(1000)}
# Data in gigabytes and battery charge in milliamp-hours, as phone makers print them glued to
# the number: "256GB", "1TB" (a thousand gigabytes), "5,100mAh".
_DATA_UNITS = {
    **{f"{prefix}b": "GB" for prefix in "mgtp"},
    **{f"{prefix}byte{plural}": "GB" for prefix in ("mega", "giga", "tera", "peta")
       for plural in ("", "s")},
    "mah": "mAh",
}  # fmt: skip
_UNIT_WORDS.update(_DATA_UNITS)
_DATA_SCALE = {"m": Decimal("0.001"), "g": Decimal(1), "t": Decimal(1000), "p": Decimal(1000000)}
# Data rates, in one unit with the printed unit as its scale: "1 gigabit per second" and
# "1,000Mbps" are one broadband speed, as "150 megabits per second" and "150Mbps" are.
_RATE_UNITS = {
    **{f"{prefix}bps": "Mbps" for prefix in "kmgt"},
    **{f"{prefix}bit/s": "Mbps" for prefix in "kmgt"},
    **{f"{prefix}bits{per}": "Mbps" for prefix in ("kilo", "mega", "giga", "tera")
       for per in (" per second", " a second")},
    **{f"{prefix}bit{per}": "Mbps" for prefix in ("kilo", "mega", "giga", "tera")
       for per in (" per second", " a second")},
}  # fmt: skip
_UNIT_WORDS.update(_RATE_UNITS)
# The single words a sentence must hold for a rate of several words ("megabits per second").
_RATE_FIRST_WORDS = frozenset(unit.split()[0].split("/")[0] for unit in _RATE_UNITS)
_RATE_SCALE = {"k": Decimal("0.001"), "m": Decimal(1), "g": Decimal(1000), "t": Decimal(1000000)}
# What a unit of power or energy is in megawatts: "GW" is a thousand.
_POWER_SCALE = {"k": Decimal("0.001"), "m": Decimal(1), "g": Decimal(1000),
                "t": Decimal(1000000)}  # fmt: skip
_TIME_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    # "a 12-night cruise", "three nights in hospital": nights are counted apart from days.
    "night": "night",
    "nights": "night",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "minutes": "minute",
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "decade": "decade",
    "decades": "decade",
    # Two weeks: "revisit its estimate in a fortnight", as "in two weeks" (see `_duration`).
    "fortnight": "fortnight",
    "fortnights": "fortnight",
    "century": "century",
    "centuries": "century",
}
_TIME_IN_YEARS = {"decade": 10, "century": 100}
_FORTNIGHT_IN_WEEKS = 2
# "even for a minute", "for even a day": the least time there is, said of no span that passed.
_EVEN_FOR_BEFORE = re.compile(r"\b(?:even\s+for|for\s+even)\s+$", re.IGNORECASE)
# A record's window, a span hyphened to the noun after a superlative: "the biggest one-day
# drop", "its steepest two-week fall", "the worst single-day loss".
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:biggest|largest|steepest|sharpest|worst|best|strongest|weakest|highest|lowest|"
    r"heaviest|deepest|smallest)\s+$",
    re.IGNORECASE,
)
# A rate's words before "a fortnight": "once a fortnight", "£200 a fortnight" (no span).
_RATE_BEFORE = re.compile(
    r"(?:\b(?:once|twice|thrice|times|per|each|every)|[\d%])\s+$", re.IGNORECASE
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_STOP = frozenset(
    "a an the of in on at to for from by with and or but as than that which who whom whose "
    "this these those its it they them he she we you their his her our your my is are was "
    "were be been being has "
    "have had will would could should may might can do does did not no so such per each "
    "every all any some more most less least over under about around nearly almost "
    "approximately roughly up down into onto out off also just only then there here when "
    "while what new last next first second third fourth year years quarter quarters month "
    "months week weeks day days earlier later ago previous prior same company firm group "
    "including according total totaling totalling worth reported expects expected said says "
    "estimated between marking reporting million billion thousand trillion percent end "
    "start beginning include includes included reach reached hit rs because although though "
    "unless whereas where already".split()
)
_COUNT_NOUNS = frozenset(
    "people staff personnel police children men women cattle sheep fish aircraft deer "
    "livestock crew faculty clergy media data equipment software hardware "
    # Craft are plural as they are: "lost five spacecraft worth $38 million".
    "spacecraft hovercraft watercraft rotorcraft "
    # Containers in shipping's units, singular as printed: "moved 12.4 million TEU".
    "teu feu".split()
)
_ADDRESS = frozenset(
    "street st st. avenue ave ave. road rd rd. boulevard blvd lane drive way place square "
    "court".split()
)
_NOT_HEADS = frozenset(
    "is was has does this its his has as us always perhaps towards thus plus yes less "
    "unless across whereas news series species means analysis basis crisis status bus gas "
    # Adjectives and adverbs that look plural: "54 overseas markets".
    "overseas various numerous previous serious famous afterwards "
    # Diseases, singular: "2,911 laboratory-confirmed measles cases" counts cases.
    "measles mumps rabies diabetes herpes shingles rickets scabies".split()
)

_CUR = (
    # "c $ 16.4 million" (tokenised wire copy) keeps its space; "a $5 fee" is no Australian,
    # nor is "the appeal's $35 million target" in Singapore dollars.
    r"\b(?:US|U\.S\.?|HK|NZ|AU)\s?\$|(?<!['’] )(?<!['’])\b[CRS]\s?\$|\bA\$|"
    # Australian outlets print the dollar's sign first: "$US2.31 billion ($A3.5 billion)".
    r"\$(?-i:US|A)(?=\s?\d)|"
    # Taiwan's and Mexico's dollars as their outlets print them: "NT$1.2 billion", "MX$500".
    r"\b(?-i:NT|MX)\$|"
    r"\$|€|£|¥|₹|₩|₦|₱|₺|₫|₴|₪|฿|₽|₵|"
    # Indonesia's rupiah, Malaysia's ringgit, Kenya's shilling, the UAE's dirham and Israel's
    # shekel by their letters, in capitals and before a digit only: "Rp50 million", "RM1.2bn",
    # "KSh2 billion", "Dh5 million", "NIS 50 million" ("rm", "dh" are no currency).
    r"\b(?-i:Rp)\.?\s?(?=\d)|\b(?-i:RM)\s?(?=\d)|\b(?-i:K[Ss]hs?)\.?\s?(?=\d)|"
    r"\b(?-i:Dhs?)\.?\s?(?=\d)|\b(?-i:NIS)\s?(?=\d)|"
    # The rupee's abbreviation: "Rs 356 crore", "Rs. 1,184.50".
    r"\b(?-i:Rs)\.?\s?(?=\d)|"
    # The taka's: "Tk 20 crore", "Tk250m".
    r"\b(?-i:Tk)\.?\s?(?=\d)|"
    # The rand's sign: "R45 million", "R27 500", "R38.40" (a road's "R45" is no amount: see
    # `_money_one`).
    r"\b(?-i:R)(?=\d)|"
    # The naira's, as Nigerian papers print it: "N18.6 million", "N250,000" (not "N95 masks").
    r"\b(?-i:N)(?=\d)|"
    # The Saudi and Qatari riyals' letters, before a digit: "SR910m", "QR1.2bn" (a road's "SR
    # 520", a model's "SR71" are none: see `_money_one`).
    r"\b(?-i:SR|QR)(?=\d)|"
    r"(?:USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD|NPR|PKR|LKR|BDT|BTC)\s?|"
    rf"\b(?-i:{'|'.join(_CASED_CODES.values())})\s?(?=\d)"
)
# "Rs 1.5 lakh crore" is 1.5 × 10**12: the Indian scales compound.
_SCALE_WORD = (
    r"(?:lakh|thousand)\s+crores?(?![\w-])|thousand|million|billion|trillion|lakhs?|crores?"
)
# Kroner are Norway's and Denmark's alike: read by the country the article names (see
# `_kroner_of`).
_KRONER = ("kroner", "krone")
# Wire style's "crowns" are Norway's, Denmark's, Sweden's, Iceland's or the Czech Republic's:
# read by the one country the article names (see `_crowns_of`).
_CROWNS = ("crowns",)
_CUR_WORD = (
    # Longest first, so that "40 million Kenyan shillings" is read whole, not as "shillings".
    longest_first([*_NAMED_CURRENCIES, *_KRONER, *_CROWNS]).replace(r"\ ", r"\s+")
    + r"|(?-i:"
    + "|".join(_CASED_CODES.values())
    + r")|"
    r"(?:(?:us|u\.s\.|american|australian|canadian|hong kong|new zealand|singapore|"
    r"new taiwan|taiwan|taiwanese|jamaican|namibian|fijian|liberian|bahamian|brunei|"
    r"east caribbean|trinidad and tobago|barbados|belize|guyanese)\s+)?"
    r"dollars?|euros?|(?:british\s+)?pounds? sterling|(?:british\s+)?pounds?|sterling|"
    r"(?:japanese\s+)?yen|(?:chinese\s+)?yuan|renminbi|"
    r"(?:(?:indian|nepali|nepalese|pakistani|sri\s+lankan)\s+)?rupees?|"
    r"swiss francs?|(?:south korean\s+)?won|rubles?|roubles?|(?:mexican\s+)?pesos?|rmb|"
    r"(?:south african\s+)?rand|(?:bangladeshi\s+)?taka|bitcoins?|"
    r"USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD|NPR|PKR|LKR|BDT|BTC"
)
# Nationality first: "australian dollars" is AUD, "dollars" alone USD.
_CURRENCY_NATION = {
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "singapore": "SGD",
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "new taiwan": "TWD",
    "taiwan": "TWD",
    "taiwanese": "TWD",
    "jamaican": "JMD",
    "namibian": "NAD",
    "fijian": "FJD",
    "liberian": "LRD",
    "bahamian": "BSD",
    "brunei": "BND",
    "east caribbean": "XCD",
    "trinidad and tobago": "TTD",
    "barbados": "BBD",
    "belize": "BZD",
    "guyanese": "GYD",
}
_NUM = rf"(?P<num>{DIGITS})"
# The nouns a count in words may be compounded with, a body's size: "a thirteen-member council",
# "a five-judge panel", "a 40-strong" crowd's "forty-strong", "a 27-nation bloc". Not "state":
# "a two-state solution" is a settlement's shape, not a count of states.
_WORDED_COMPOUND_NOUNS = (
    "member", "strong", "man", "woman", "person", "judge", "seat", "nation", "country",
)  # fmt: skip
# "in" is an inch only where no noun can follow: "2 in thick", "2 in." at the end.
_QUANTITY_UNITS = (
    # Areas first, before the lengths they hold: "4.28 million square kilometres", "1.65
    # million sq mi", "768,000 km²".
    # Data rates before the lengths and masses whose letters they start with: "100Mbps",
    # "1 gigabit per second".
    r"(?:kilo|mega|giga|tera)bits?\s+(?:per|a)\s+second|[kmgt]bps|[kmgt]bit/s|"
    r"(?:square[\s-](?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot)|"
    r"sq\.?\s?(?:km|kilomet(?:re|er)s?|mi|miles?|m|metres|meters|ft|feet)|km2|m2|"
    r"(?:km|m)²(?!\w)|"
    # Speeds in words before the lengths they hold: "225 kilometres an hour", "140 miles per
    # hour".
    r"(?:kilomet(?:re|er)s?|km|miles?)\s+(?:an|per)\s+hour|"
    # "a closing speed of 11.2 kilometres per second": an orbit's speeds, no distance.
    r"(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\s+per\s+second|km/s|"
    # A sea mile before a land one: "14 nautical miles off the coast" is about 26 km.
    r"nautical\s+miles?|"
    r"miles|mile|mi|km/h|kph|km|kilomet(?:re|er)s?|met(?:re|er)s?|mm|cm|"
    # Not a container's size as shipping's unit: "9.84 million twenty-foot equivalent units".
    r"(?:milli|centi)met(?:re|er)s?|feet|foot(?!\s+equivalent\b)|ft|inches|inch|"
    r"in(?=\s*(?:[.,;)]|$|thick|long|wide|tall|deep|high))|pounds|pound|lbs?|kg|kilograms?|"
    # An impurity's "0.38 micrograms", a tablet's "40 mg" or "40-milligram" strength.
    r"(?:milli|micro|nano)gram(?:me)?s?|mg|mcg|[µμ]g|ng|"
    r"grams?|metric\s+tons?|tons?|tonnes?|mph|acres?|hectares?|gallons?|lit(?:re|er)s?|(?-i:L|mL)|ml|degrees|"
    r"(?:kilo|mega|giga|tera)watts?(?:[\s-]hours?)?|(?-i:[kKMGT]Wh?)|"
    # Radio spectrum and clock speeds: "95 MHz of spectrum", "3.5GHz".
    r"(?:kilo|mega|giga)hertz|[kmg]hz|"
    # Case decides: "1TB" is data, "10 Mb" or "1tb" may be bits or nothing. Not before a noun
    # it qualifies: "40 TB patients", "35 TB deaths", "3 PB times" count patients, deaths.
    r"(?:mega|giga|tera|peta)bytes?|(?-i:[MGTP]B(?!\s+[a-z]+s\b))|(?-i:mAh)|"
    # Million tonnes as miners and shippers print them: "2.1Mt of ore".
    r"(?-i:Mt)|"
    # Metres as an "m" glued to the number, where only a length can follow: "trapped about
    # 1,900m below the surface", "under 40m of rock" ("£40m" and "3m people" are millions).
    r"(?-i:m)(?=\s+(?:below|above|deep|high|tall|long|wide|underground|beneath|"
    r"of\s+(?:rock|water|snow|earth|soil|rubble|debris|mud|sand|ice))\b)|"
    # ... and glued to thousands no noun follows: "the summit, at 8,849m,", "Camp II at
    # 6,400m before the final push" (millions are not printed so: "£8,849m" is money).
    r"(?<=\d,\d\d\d)(?-i:m)(?=[,.;:)]|\s+(?:before|after|and|or|on|in|at|to|from|where|"
    r"with|for|by)\b))\b"
)
_QUANTITY_UNIT = re.compile(_QUANTITY_UNITS, re.IGNORECASE)
# "1.24-million ounces", as Canadian outlets print it, is "1.24 million ounces".
_SCALE = rf"(?:[\s-]?(?P<scale>{_SCALE_WORD})\b|(?P<short>{SCALE_PATTERN})\b)"


def _money_pre(prefix: str = "", *, optional_currency: bool = False) -> str:
    """$34.5 billion, €3.2bn, US$ 5 million — group names start with ``prefix``."""
    currency = rf"(?P<{prefix}cur>{_CUR})" + ("?" if optional_currency else "")
    return (
        rf"{currency}\s?(?P<{prefix}num>{DIGITS})"
        # "$14.6-million", as Canadian outlets print it, is "$14.6 million".
        rf"(?:[\s-]?(?P<{prefix}scale>{_SCALE_WORD})\b|(?P<{prefix}short>{SCALE_PATTERN})\b)?"
    )


# A part of a scale: "half a million", "a quarter of a million", "three-quarters of a billion".
_PART_OF_SCALE = (
    r"(?:(?:(?:a\s+)?(?:quarter|half|third)|three[\s-]quarters?|two[\s-]thirds?)\s+(?:of\s+)?"
    r"an?\s+(?:thousand|million|billion)\b"
    # "a half-billion-dollar bond", "a half million people": the part joined to its scale.
    r"|(?:a\s+)?(?:quarter|half)-(?:thousand|million|billion)\b"
    r"|a\s+(?:quarter|half)\s+(?:thousand|million|billion)\b)"
)
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# What a share with no "of" does: "a quarter failed to sell", "half were sold".
_SHARE_VERB = (
    r"(?:were|are|was|is|had|have|has|did|do|does|will|would|could|can|may|might|must|should|"
    r"said|say|says|remain|remained|went|came|got|lost|left|died|(?!end)[a-z]+ed)"
)
_FRACTION = r"(?:halves|half|thirds?|quarters?|fifths?|tenths?)"

# A number of people with no noun, before what happened to them: "more than 5,000 lost power",
# "at least 12 were killed", "three died".
_BARE_COUNT_VERBS = (
    r"were|are|have\s+been|has\s+been|had\s+been|will\s+be|died|lost|fled|remain|remained|left|"
    # "two have died", "one has died": a toll in the perfect, as "two died" is.
    r"have\s+(?:since\s+)?died|has\s+(?:since\s+)?died|had\s+(?:since\s+)?died|"
    # "and one was killed" (see `_bare_count` for "one").
    r"was\s+killed|was\s+injured|was\s+hurt|was\s+wounded|"
    r"injured|wounded|hurt|dead|killed|missing|unaccounted\s+for|"
    r"attended|signed|voted|applied|joined|marched|protested|gathered|escaped|survived|spoke|"
    r"testified|"
    # What was needed or held: "79 have needed hospital treatment", "between 180,000 and
    # 240,000 also included bank account details" (an adverb between, see `_BARE_ADVERB`).
    r"have\s+needed|has\s+needed|had\s+needed|included|"
    # A race's field: "16,512 runners started the race and 14,382 finished", "14,832 made it
    # to the finish", "A further 9,000 took part".
    r"finished|completed|started|took\s+part|made\s+it|crossed\s+the\s+(?:finish\s+)?line|"
    r"reached\s+the\s+finish"
)
# An adverb between a bare count and its verb: "240,000 also included", "12 were".
_BARE_ADVERB = r"(?:\s+(?:also|still|already))?"
# The verbs of a toll, before a number with no noun that they govern: "and injuring 1,240",
# "has sickened 31 people and killed two", "The storm killed at least 12 and injured 40".
_TOLL_PARTICIPLES = ("injuring", "wounding", "killing", "hurting")
_TOLL_GOVERNORS = (
    *_TOLL_PARTICIPLES, "killed", "kills", "injured", "injures", "wounded", "wounds", "hurt",
)  # fmt: skip
# A number organisers or police claim or count, with no noun, before where: "The organisers
# claimed more than 6,000 across the country" (each qualifier its own fixed-width look-behind).
_CLAIM_VERBS = ("claimed", "counted")
_CLAIM_QUALIFIERS = ("", "more than ", "over ", "about ", "around ", "some ", "nearly ",
                     "almost ", "at least ", "roughly ", "up to ", "as many as ")  # fmt: skip
_CLAIMED = "|".join(
    rf"(?<=\b{verb}\s{qualifier})" for verb in _CLAIM_VERBS for qualifier in _CLAIM_QUALIFIERS
)
# A qualifier may stand between: "killed at least 12" (each its own fixed-width look-behind, as
# `_CLAIMED`'s; the qualifiers are theirs). A passive's participle governs no number: "were
# killed 2 km from the border" (see `_bare_count`).
_TOLL_GOVERNOR = "|".join(
    rf"(?<=\b{verb}\s{qualifier})" for verb in _TOLL_GOVERNORS for qualifier in _CLAIM_QUALIFIERS
)
_CLAIMED_WHERE = r"\s+(?:across|nationwide|in|at|on|throughout|around)\b"
# What may follow the number a toll's verb governs with no noun: the clause's end, or a word
# that opens what comes next ("killed 12 and injured 40", "killing 24 in the Andes"). Not a
# noun the count pattern did not take: "killed more than 5,000 head of livestock".
_GOVERNED_END = (
    r"\s*(?:[,.;:!?)—–\"”]|$)|\s+(?:and|or|but|in|on|at|across|near|as|after|before|when|while|"
    r"during|including|since|from|with|by|over|overnight|so|last|this|along|around|inside|"
    r"outside|within|among|according|throughout|nationwide|yesterday|today)\b"
)
# Nouns that name a number of people with no noun after it: "an attendance of 52,341".
_GATHERING_NOUNS = (
    "attendance", "crowd", "audience", "turnout", "congregation", "gate", "headcount",
    "workforce", "membership", "population", "electorate", "readership", "viewership",
    # How many a place may hold: "licensed for a capacity of 42,000".
    "capacity",
    # A cricket partnership, in runs: "a stand of 126", "a partnership of 126".
    "stand", "partnership",
    # The people a team or a crew has: "its security team of 24", "a crew of 12".
    "team", "crew",
    # Who entered a race: "last year's field of 31,000".
    "field",
)  # fmt: skip
_GATHERINGS = frozenset(_GATHERING_NOUNS) | frozenset(("holds", "seats", "accommodates"))
# Words for the people who came to watch, one unit: "an attendance of" is "a crowd of".
_SPECTATORS = {"crowd": "attendance", "gate": "attendance", "audience": "attendance"}
# What a gathering's noun counts, where not people: a stand's runs ("a stand of 126" is "a
# 126-run stand").
_COUNTED_BY_GATHERING = {**_SPECTATORS, "stand": "run", "partnership": "run", "team": "people",
                         "crew": "people", "field": "entrant"}  # fmt: skip
# A verb in the present after a gathering's number, its object next: "the museum's security
# team of 24 covers three buildings", "a crew of 12 runs the ship". The plural-looking word is
# no noun counted ("a team of 24 engineers" is), as a determiner or a number follows it.
_VERB_AFTER_GATHERING = re.compile(
    r"\s+[a-z]+s\s+(?:the|a|an|its|their|his|her|our|all|every|each|both|several|"
    rf"{WORD_NUMBER}|\d)\b"
)
_GATHERING_OF_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_GATHERING_NOUNS)})\s+of\s+(?:(?:{_QUALIFIER})\s+)?$", re.IGNORECASE
)
_STAND_NOUNS = frozenset(("stand", "partnership"))
# A change by a multiple, as a percentage change: doubled is up 100%, halved down 50%.
_MULTIPLES: dict[str, tuple[int, str]] = {
    "doubled": (100, "rise"), "doubling": (100, "rise"), "tripled": (200, "rise"),
    "trebled": (200, "rise"), "tripling": (200, "rise"), "quadrupled": (300, "rise"),
    "halved": (50, "fall"), "halving": (50, "fall"),
}  # fmt: skip

# What stands between a part and its group: "of the", "of its", "of the company's".
_PART_DETERMINER = r"(?:(?:the\s+)?[\w.&]+['’]s|the|its|their|his|her|our|those|these)"
# "104 of the " before a count: that count is the group's total, approximate or not ("1,120
# of the state's roughly 1,560 schools").
_PART_BEFORE = re.compile(
    rf"(?:\d|\b(?:{WORD_NUMBER}))\s+of\s+(?:{_PART_DETERMINER}\s+(?:(?:{_QUALIFIER})\s+)?)?$",
    re.IGNORECASE,
)

# Time zones a time of day is given in ("10 a.m. ET", "19:05 GMT", "9.30am New York time"):
# codes in capitals, or a zone's name.
_ZONES = (
    r"(?-i:GMT|BST|UTC|CET|CEST|ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|AEST|AEDT|IST|JST)"
    r"|(?:New\s+York|Eastern|Washington|Pacific|Central|Mountain|UK|British|London|Irish|Dublin|"
    r"Indian|India|Toronto|Montreal|Ottawa|Boston|Miami|Atlanta|Chicago|Houston|Dallas|Denver|"
    r"Los\s+Angeles|San\s+Francisco|Seattle|Vancouver|Sydney|Melbourne|Canberra|Brisbane|"
    r"Tokyo|Delhi|Mumbai)\s+time"
)
# "10.40am Irish time" is another zone's clock than "11:40 a.m. local time" in the Alps: the
# same moment, told apart by its zone, which summer time leaves open (GMT or an hour on).
_NAMED_ZONES = {"new york": "ET", "eastern": "ET", "washington": "ET", "pacific": "PT",
                "central": "CT", "mountain": "MT", "uk": "UK", "british": "UK", "london": "UK",
                "irish": "IE", "dublin": "IE", "indian": "IST", "india": "IST",
                # A city's time is its zone's: "3 p.m. Toronto time" is Eastern.
                **dict.fromkeys(("toronto", "montreal", "ottawa", "boston", "miami", "atlanta"),
                                "ET"),
                **dict.fromkeys(("chicago", "houston", "dallas"), "CT"), "denver": "MT",
                **dict.fromkeys(("los angeles", "san francisco", "seattle", "vancouver"), "PT"),
                **dict.fromkeys(("sydney", "melbourne", "canberra"), "AET"), "brisbane": "AEST",
                "tokyo": "JST", "delhi": "IST", "mumbai": "IST"}  # fmt: skip

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "money_range",
        re.compile(
            rf"between\s+{_money_pre('a')}\s+and\s+{_money_pre('b', optional_currency=True)}",
            re.IGNORECASE,
        ),
    ),
    (
        "money_range",
        re.compile(
            rf"{_money_pre('a')}\s?(?:-|–|to)\s?{_money_pre('b', optional_currency=True)}",
            re.IGNORECASE,
        ),
    ),
    (
        # The currency named once, after the range: "18 million to 25 million pounds".
        "money_words_range",
        re.compile(
            rf"(?:\b(?P<between>between)\s+)?{_money_pre('a', optional_currency=True)}"
            rf"\s?(?P<sep>-|–|to|and)\s?{_money_pre('b', optional_currency=True)}"
            rf"[\s-](?P<curword>{_CUR_WORD})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "percent_range",
        re.compile(
            rf"(?:between\s+)?(?P<anum>{DIGITS})\s?(?:%|percent|per cent)?"
            rf"\s?(?:-|–|to|and)\s?(?P<bnum>{DIGITS})\s?(?:%|percent\b|per cent\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "money",
        re.compile(
            rf"(?P<sign>[-−])?{_money_pre()}".replace(
                r"\s?(?P<num>", r"\s?(?P<nsign>[-−])?(?P<num>"
            )
            # Cents spoken after the amount, ending the clause: "$100 and fifty."
            + rf"(?:\s+and\s+(?P<cents>{WORD_NUMBER})(?=\s*(?:[.,;:!?)]|$)))?"
            # Which dollar, after it, as Canadian outlets print it: "$9.2 million Cdn ($6.7
            # million US)".
            + r"(?:\s(?P<dollar>(?-i:Cdn|CDN|CAD|US|USD|U\.S\.|AUD|NZD|Canadian|Australian|"
            r"American))(?![\w$]))?",
            re.IGNORECASE,
        ),
    ),
    (
        "money_suffix",
        re.compile(
            rf"(?P<sign>(?<![\w.])[-−])?(?P<num>{DIGITS})(?:\s?(?P<scale>{_SCALE_WORD})\b|"
            rf"(?P<short>{SCALE_PATTERN})\b)?\s?(?P<cur>[€£¥₹元₫₺₴₪₦฿₽]|(?:zł|Kč)(?!\w))"
        ),
    ),
    (
        "money_words",
        re.compile(
            # A part of a scale is one amount: "a quarter of a million euros" is 250,000 euros,
            # not "million euros".
            rf"(?:{_NUM}|\b(?P<words>{_PART_OF_SCALE}|{WORD_NUMBER}))"
            rf"(?:[\s-]?(?P<scale>{_SCALE_WORD})\b|"
            rf"(?P<short>{SCALE_PATTERN})\b)?[\s-](?P<curword>{_CUR_WORD})\b"
            # The cents word may be left out when the amount ends the clause: "a dollar 50."
            rf"(?:\s+(?:and\s+)?(?P<cents>\d{{1,2}}|{WORD_NUMBER})"
            rf"(?:\s+(?:cents?|pence)\b|(?=\s*(?:[.,;:!?)](?!\d)|$))))?",
            re.IGNORECASE,
        ),
    ),
    (
        "cents",
        re.compile(
            rf"(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))[\s-]?"
            # "72.1 U.S. cents", "68 Canadian cents": whose cents, said before the word.
            r"(?:(?P<cents_of>U\.S\.|US|Canadian|Australian|NZ|Hong\s+Kong|Singapore)\s+)?"
            r"(?P<sub>cents?|pence|p)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "fraction_unit",
        re.compile(
            r"\b(?:(?P<count>an?|one|two|three|four|nine)[\s-]+(?P<part>quarters?|thirds?|tenths?|"
            r"fifths?|half)|(?P<half>half))\s+(?:of\s+)?an?\s+"
            r"(?P<unit>percentage\s+point|basis\s+point|per\s+cent|percent|cent|penny)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(
            rf"(?P<sign>(?:minus|negative)\s+)?(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))[\s-]?"
            # "NATO's 2-per-cent target": a compound adjective, hyphens for spaces.
            r"(?P<unit>%|percents?\b|per[\s-]cent\b|percentage[\s-]points?\b|percentage\b|"
            # "18.4pc", as some Irish and British papers print it, glued to the number; "a
            # 25-basis-point cut", a compound adjective.
            r"basis[\s-]points?\b|bps\b|(?<=\d)(?-i:pc)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(
            rf"(?P<unit>percents?|per cent|percentage)\s+of\s+(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))"
            r"(?P<sign>)",
            re.IGNORECASE,
        ),
    ),
    (
        # An age: "a 54-year-old driver", "the 61-year-old", "five years old". A range of
        # ages too: "were between 19 and 71 years old", "19 to 71 years old".
        "age",
        re.compile(
            r"(?:\b(?:between\s+(?P<low>\d{1,3})\s+and|(?P<low_to>\d{1,3})\s*(?:to|-|–)"
            # "aged 9 months to 5 years old" (see the pattern below).
            r"|(?:between\s+)?(?P<low_months>\d{1,2})\s+months?\s+(?:to|and))\s*)?"
            rf"(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))[\s-]+years?[\s-]+old\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "aged 45", "aged between 19 and 78", "ranged in age from 19 to 78".
        "age",
        re.compile(
            r"\b(?:aged|in\s+age\s+from|ages?\s+of)\s+(?:between\s+|from\s+)?"
            r"(?:(?P<low>\d{1,3})\s*(?:to|and|-|–)\s*"
            # An infant's age in months opening a range of years: "aged 6 months to 15 years".
            r"|(?P<low_months>\d{1,2})\s+months?\s+(?:to|and|-|–)\s+)?(?P<num>\d{1,3})\b"
            r"(?(low_months)\s+years?\b(?:[\s-]+old\b)?)"
            # "aged 18 months" is no age in years; "cheddar aged 24 months" none at all.
            r"(?![.,]\d|\s*%|\s*(?:months?|weeks?|days?)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # The age of a group, a level: "The median age of the population rose to 39.8 years",
        # "the average age was 41", "rose to 39.8 from 38.8" (the age before, a figure too).
        # Not a span of years, which a duration is.
        "age_level",
        re.compile(
            r"\b(?P<level>median|average|mean)\s+age\b(?:\s+of\s+(?:[\w’'-]+\s+){1,4}?)?\s*"
            r"(?:(?:has\s+|had\s+)?(?:rose|risen|fell|fallen|dropped|climbed|increased|"
            r"decreased|declined|edged\s+(?:up|down)|went\s+(?:up|down)|grew)\s+(?:to\s+)?"
            r"|(?:was|is|were|stood\s+at|stands\s+at|remained(?:\s+at)?|reached|hit)\s+)"
            # "The median age is now almost 40"
            r"(?:(?:now|currently|still|already|just)\s+)?"
            rf"(?:(?:{_QUALIFIER})\s+)?(?P<num>\d{{1,3}}(?:\.\d)?)(?![\d%]|[.,]\d)"
            r"(?:[\s-]+years?(?:[\s-]+old)?\b)?"
            r"(?:,?\s+(?:up\s+|down\s+)?from\s+(?P<from>\d{1,3}(?:\.\d)?)(?![\d%]|[.,]\d)"
            r"(?:[\s-]+years?(?:[\s-]+old)?\b)?)?",
            re.IGNORECASE,
        ),
    ),
    (
        # "Margaret Owens, 67, was…": a small number between commas after a name is an age.
        "age_apposition",
        re.compile(
            r"\b(?P<name>[A-Z][\w’'\-]*[a-z])(?<!January)(?<!February)(?<!March)(?<!April)"
            r"(?<!May)(?<!June)(?<!July)(?<!August)(?<!September)(?<!October)(?<!November)"
            r"(?<!December)(?<!day)(?:,\s(?P<num>\d{1,3})"
            # Not a part of a group ("40 shops in London, 12 of them new").
            # A comma before digits is a thousands separator: "In Portugal, 1,430 firefighters".
            r"(?=,(?!\d)|\s+(?:and|who|from|was|is|has|had)\b"
            r"|\s+of\s+(?!the|them|which|whom|those)\w)"
            # "Declan Walsh (34), of Tallaght": Irish and Indian papers print an age so.
            r"|\s\((?P<bracketed>\d{1,3})\))"
        ),
    ),
    (
        # An age at a time in a person's life: "Ashcombe was 29 when she painted the canvas",
        # "Ashcombe, who was born in Sydney, was 29 when …", "painted in 1938 when Ashcombe was
        # just 26". The number is bare: "was 29 points behind when" is no age.
        "age_when",
        re.compile(
            r"\b(?P<name>[A-Z][a-z][\w’'-]*)(?:,\s+who\s[^,;:()]{1,120},)?\s+was\s+"
            r"(?:just\s+|only\s+|barely\s+)?(?P<num>\d{1,3})(?=\s+when\b)"
            r"|\bwhen\s+(?P<name2>[A-Z][a-z][\w’'-]*)\s+was\s+(?:just\s+|only\s+|barely\s+)?"
            r"(?P<num2>\d{1,3})(?=\s*(?:[.,;:!?)]|$))(?![.,]\d)"
        ),
    ),
    (
        # A time on a stopwatch: "won in 2:01:09", "touched in 1:44.87", "a lap of 1:07.412",
        # "passed halfway in 60:31". Minutes and seconds alone ("3:45") only after a word that
        # times something (see `_race_time`): "John 3:16" and "the 9:30 train" are none.
        "race_time",
        re.compile(
            r"(?<![\w.,:$£€])(?:(?P<hours>\d{1,2}):(?P<hmins>[0-5]\d):(?P<hsecs>[0-5]\d)"
            r"|(?P<mins>\d{1,2}):(?P<secs>[0-5]\d)(?=\.\d)"
            r"|(?P<bmins>\d{1,2}):(?P<bsecs>[0-5]\d)(?![.,]\d))"
            r"(?:\.(?P<frac>\d{1,3}))?(?![\d:]|[.,]\d)"
            # As British papers print a marathon's: "2hr 01min 09sec", "2h 1m 9s".
            r"|\b(?P<whours>\d{1,2})\s?(?:hrs?|h)\s+(?P<wmins>[0-5]?\d)\s?(?:mins?|m)\s+"
            r"(?P<wsecs>[0-5]?\d)(?:\.(?P<wfrac>\d{1,3}))?\s?(?:secs?|s)\b"
        ),
    ),
    (
        # A time in seconds as motor sport prints it, glued and with its tenths: "won by 5.2s",
        # "14.6s behind"; and as British papers print it, "by 0.29sec", "in 1min 44.32sec".
        # Not "the 1990s" or "in his 40s": a glued "s" only after decimals.
        "seconds",
        re.compile(
            # Motor sport prints "1m 10.270s". The seconds of a time refused whole ("1min
            # 75.2sec") are no time of their own.
            r"(?<![\w.,:])(?<!min\s)(?<!mins\s)(?<!\dm\s)"
            # Whole seconds only with "sec": "62min 31sec", "25sec".
            r"(?:(?P<mins>\d{1,2})\s?(?:mins?|m)\s+)?"
            r"(?P<num>\d{1,3}\.\d{1,3}(?=s\b)|\d{1,3}(?:\.\d{1,3})?(?=\s?secs?\b))"
            r"(?:s|\s?secs?)\b"
        ),
    ),
    (
        "duration",
        re.compile(
            # "suspended for half an hour": half of one unit, as "30 minutes" is of an hour.
            rf"(?:{_NUM}(?:\s?(?P<scale>{_SCALE_WORD})\b)?|\b(?P<words>{WORD_NUMBER}|an?|half\s+an?))"
            # "seven and a half hours"
            r"(?:\s+and\s+an?\s+(?P<frac>half|quarter))?[\s-]+"
            # Hours of a kind: "9,120 flying hours", "1,200 flight hours".
            r"(?:(?:flying|flight|working|training)\s+(?=hours?\b)"
            # Days of a kind: "seven school days", "10 working days", "three trading days".
            r"|(?:school|working|business|trading|calendar)\s+(?=days?\b)"
            # Time added: "two additional weeks for every year of service", "three extra days".
            r"|(?:additional|extra|further)\s+(?=(?:years?|months?|weeks?|days?|hours?)\b))?"
            # "second" alone only joined to its number ("a 2.1-second stop", "a five-second
            # penalty"): "a second" and "the second" are no span.
            r"(?P<unit>years?|months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds|secs|"
            r"(?<=-)second|decades?|centur(?:y|ies)|fortnights?)\b"
            # The half after the unit: "for a year and a half", "an hour and a half", "an
            # hour-and-a-half call" (hyphened before a noun).
            r"(?:(?:\s+|-)and[\s-]+an?[\s-]+(?P<frac2>half|quarter)\b(?!-))?"
            # A smaller unit after it makes one span: "three years and four months", "36
            # minutes and 12 seconds", "3 hours, 18 minutes", "2 hours, 4 minutes, 35 seconds".
            rf"(?:,?\s+(?:and\s+)?(?:(?P<num2>\d{{1,2}}(?:\.\d{{1,3}})?)"
            rf"|\b(?P<words2>{WORD_NUMBER}|an?))[\s-]+"
            r"(?P<unit2>months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"
            rf"(?:,?\s+(?:and\s+)?(?:(?P<num3>\d{{1,2}}(?:\.\d{{1,3}})?)"
            rf"|\b(?P<words3>{WORD_NUMBER}))[\s-]+"
            r"(?P<unit3>minutes?|mins?|seconds?|secs?)\b)?)?",
            re.IGNORECASE,
        ),
    ),
    (
        # An earthquake's magnitude: "a 6.4-magnitude quake", "magnitude 6.1", "M6.2".
        "magnitude",
        re.compile(
            r"\b(?P<num>\d(?:\.\d)?)[\s-]?magnitude\b"
            # "had a magnitude of 6.9", "put the magnitude at 7.1"
            r"|\bmagnitude[\s-](?:(?:of|at)\s+)?(?P<num2>\d(?:\.\d)?)\b"
            # "aftershocks ranging from magnitude 3.1 to 5.6": a range of magnitudes.
            r"(?:\s*(?:to|-|–)\s*(?P<high>\d(?:\.\d)?)\b(?![.,]?\d|\s?(?:%|km\b|kilomet|miles?\b)))?"
            # Of a quake the sentence names: "the largest measuring 5.8", "measured it at 6.9".
            # "the U.S. Geological Survey put it at 6.9", "estimated the quake at 6.1": another
            # agency's reading of the quake the sentence names.
            r"|\b(?:measuring|measured\s+(?:it\s+)?at"
            r"|(?:put|puts|putting|estimated|estimates|rated|rates)\s+"
            r"(?:it|the\s+(?:quake|earthquake|tremor|shock))\s+at)"
            r"\s+(?P<num3>\d\.\d)\b(?![.,]?\d)"
            r"(?!\s?(?:%|per\b|[a-z]{1,2}\b|metres?|meters?|feet|foot|inch|miles?|tonnes?|"
            r"million|billion|trillion))",
            re.IGNORECASE,
        ),
    ),
    (
        # A time of day: "7.42am", "7:24 a.m.", "11pm", "19:05 GMT", "15:00".
        "clock",
        re.compile(
            # Wire style's four digits before a zone: "0454 GMT".
            r"(?<![\w.,:$£€])(?P<mhour>[01]\d|2[0-3])(?P<mminute>[0-5]\d)\s(?P<mzone>"
            + _ZONES
            + r")\b"
            r"|(?<![\w.,:$£€])(?P<hour>\d{1,2})(?:[.:](?P<minute>[0-5]\d))?"
            r"(?:\s?(?:(?P<half>[ap])\.m\.|(?P<halfm>[ap])m\b)(?:\s(?P<halfzone>"
            + _ZONES
            + r")\b)?"
            r"|\s(?P<zone>" + _ZONES + r"|local\s+time)\b"
            # The 24-hour clock with its two-digit hour: "kicked off at 15:00", "at 07:18".
            r"|(?P<h24>(?<=\d\d:\d\d))(?![\d:]|[.,]\d))"
            # A time of day by its name, after a word that times something by it ("closes at
            # noon", "by midnight on Friday"): "the midday heat", "Midnight Oil" are no moment.
            r"|(?<![\w-])(?-i:(?P<named>noon|midday|midnight))\b(?!-)",
            re.IGNORECASE,
        ),
    ),
    (
        # "minus 233 degrees Celsius", "46 Celsius", "41C (106F)", "-5°C", "30 to 35C".
        "temperature",
        re.compile(
            # An en dash set against the number is a minus too: "the air temperature was –9 C".
            r"(?P<sign>\bminus\s+|(?<![\w.,\-–])(?:[-−]|–(?=\d)))?"
            r"(?:(?P<low>\d{1,3}(?:\.\d+)?)\s?(?:to|-|–)\s?"
            # The temperatures a day or a race ran between: "temperatures of 9C at the start
            # rising to 13C" (not "fell from 20C to 9C", a change, nor a fall, which may be
            # a low's).
            r"|(?P<rose>\d{1,3}(?:\.\d+)?)\s?(?:°\s?)?(?-i:(?P<roseunit>[CF]))\b(?:\s+(?:at|in|on)\s+the\s+"
            r"[a-z]+)?,?\s+(?:rising|climbing)\s+to\s+)?"
            r"(?P<num>\d{1,3}(?:\.\d+)?)\s?"
            r"(?:°\s?(?P<deg>[CF])|(?:degrees?\s+)?(?P<word>Celsius|centigrade|Fahrenheit)"
            r"|degrees?\s+(?P<letter>C|F)"
            r"|(?-i:(?P<bare>[CF])))\b(?![-–'’]\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "quantity",
        re.compile(
            rf"(?:(?P<low>{DIGITS})-?\s?(?:to|-|–)\s?)?"
            rf"(?:(?P<mixed>\d+\s+\d+/\d+|\d+/\d+)|{_NUM}{_SCALE}?|"
            rf"\b(?P<words>{_PART_OF_SCALE}|{WORD_NUMBER}(?:\s+and\s+an?\s+(?:half|quarter))?|"
            r"an?|one-half|half an?))"
            rf"[\s-]?(?P<unit>{_QUANTITY_UNITS})",
            re.IGNORECASE,
        ),
    ),
    (
        "share",
        re.compile(
            rf"\b(?:(?P<frac>(?:{_SMALL}|an?)[\s-]+{_FRACTION}|half)\s+of"
            rf"|(?P<part>{_SMALL}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?"
            rf"(?P<whole>{WORD_NUMBER}|\d+(?:,\d{{3}})*(?:\.\d+)?)"
            # "one in 292.2 million", "one in 292.2m" (the short scale glued to the number).
            r"(?:(?:\s+|(?=(?:mn|m|bn|k)\b))(?P<wscale>thousand|million|billion|mn|m|bn|k)\b)?"
            # A share of a group named before, opening its clause: "a quarter failed to sell".
            rf"|(?P<alone>(?:{_SMALL}|an?)[\s-]+{_FRACTION}|half)(?=\s+{_SHARE_VERB}\b)"
            # A change by a fraction: "shrink its footprint by a fifth" (see `_share_by`).
            rf"|(?<=\bby\s)(?P<by>(?:{_SMALL}|an?)[\s-]+{_FRACTION}|half)(?![\w-])"
            r"(?!\s+of\b))\b"
            r"(?P<phrase>(?:\s+[\w’'\-]+(?:,\d{3})*){0,4})",
            re.IGNORECASE,
        ),
    ),
    (
        # A rate in a population: "24.6 per 100,000 people", "a rate of 3.1 cases per 1,000".
        "per_capita",
        re.compile(
            r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(?:[a-z-]+\s+){0,2}?"
            r"per\s+(?P<base>1,000|1000|10,000|10000|100,000|100000|100\s000|million|1m)\b"
            r"(?:\s+(?:people|population|residents|inhabitants|adults|children|births|"
            r"live\s+births|women|men))?",
            re.IGNORECASE,
        ),
    ),
    (
        # A ratio to one: "a testosterone-to-epitestosterone ratio of 9.4 to 1", "the 4 to 1
        # threshold", "a 3:1 ratio" (see `_ratio`: a ratio word must stand before or after).
        "ratio",
        re.compile(
            r"(?<![\w.,\-–:/])(?P<num>\d{1,3}(?:\.\d+)?)(?:\s+to\s+|\s?:\s?)1"
            r"(?![\w\-–/%:]|[.,]\d)",
            re.IGNORECASE,
        ),
    ),
    (
        # A vote's tally: "by 342 votes to 201", "voted 7-2", "a majority of 11-1".
        "tally",
        re.compile(
            r"(?<![\w.,\-–])(?P<anum>\d{1,3}(?:,\d{3})*)(?:\s+(?P<votes>votes?)\s+to\s+|[-–])"
            r"(?P<bnum>\d{1,3}(?:,\d{3})*)(?![\w\-–/]|[.,]\d)"
            # "by 11 votes to six", "by six votes to three": a side in words.
            rf"|(?<![\w.,\-–])(?P<wanum>\d{{1,3}}(?:,\d{{3}})*|\b{WORD_NUMBER})\s+"
            rf"(?P<wvotes>votes?)\s+to\s+(?P<wbnum>\d{{1,3}}(?:,\d{{3}})*|{WORD_NUMBER})\b"
            # "voted by four to two", "voted by a majority of five to one": a committee's split
            # (the vote before it: see `_voted_tally`).
            rf"|\b(?P<vanum>\d{{1,3}}|{WORD_NUMBER})\s+to\s+(?P<vbnum>\d{{1,3}}|{WORD_NUMBER})\b"
            # "Eight council members voted in favour and five against", "the vote was 6 in
            # favour, 3 against": each side told by its word (see `_sides_tally`).
            rf"|(?<![\w.,\-–])(?P<fanum>\d{{1,3}}|\b{WORD_NUMBER})\b"
            r"(?:\s+(?!(?:and|or|of|in|for|voted)\b)[\w’'-]+){0,3}?\s+(?P<fvoted>voted\s+)?"
            r"(?P<fside>in\s+favou?r|for)\b(?:\s+(?:of\s+)?(?:it|them|the\s+[\w-]+))?"
            r",?\s+(?:(?:and|with|while)\s+)?"
            rf"(?P<fbnum>\d{{1,3}}|{WORD_NUMBER})(?:\s+(?:voted|were))?\s+(?:against|opposed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # A match's score: "beat Chelsea 3-1", "won 24-17", "a 2–0 victory", "led 14-3 at
        # half-time" (see `_score`).
        "score",
        re.compile(
            r"(?<![\w.,\-–/:])(?P<anum>\d{1,3})\s?[-–]\s?(?P<bnum>\d{1,3})(?![\w\-–/%]|[.,]\d)"
        ),
    ),
    (
        # A part of a group: "104 of the 240 seats", "19 of the deaths", "Nineteen of the dead".
        "part",
        re.compile(
            rf"(?:{_NUM}{_SCALE}?|\b(?P<words>{WORD_NUMBER}))\s+of\s+"
            # "won 67 of 94 precincts", "Nine of eleven analysts": with no determiner, only
            # before the whole's number.
            rf"(?:{_PART_DETERMINER}\s+(?:(?:{_QUALIFIER})\s+(?=\d))?|(?=\d|(?:{WORD_NUMBER})\s))"
            rf"(?:(?P<whole>{DIGITS}|{WORD_NUMBER})\s+)?"
            r"(?P<phrase>[\w’'\-./]+(?:\s+[\w’'\-./]+){0,3})",
            re.IGNORECASE,
        ),
    ),
    (
        # A count as a compound adjective: "the 8,500-seat stadium", "a 6,412-patient study",
        # "a 5,000-strong crowd" (see `_compound_count`).
        "count_compound",
        re.compile(
            r"(?<![\w.,\-–/])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)-(?P<noun>(?-i:[a-z]{3,}))"
            r"\b(?!-)"
            # "The thirteen-member council", "a five-judge panel": in words, only before a noun
            # of a body's size (`_WORDED_COMPOUND_NOUNS`); "one-off" or "two-way" count nothing.
            rf"|(?<![\w\-–])(?P<words>(?i:{WORD_NUMBER}))"
            rf"-(?P<wnoun>{'|'.join(_WORDED_COMPOUND_NOUNS)})\b(?!-)"
        ),
    ),
    (
        "count",
        re.compile(
            rf"(?:{_NUM}{_SCALE}?|\b(?P<words>{_PART_OF_SCALE}|half\s+an?\s+dozen|{WORD_NUMBER}|"
            r"(?:a\s+)?dozens?|"
            rf"an?\s+(?:hundred|thousand|million|billion|trillion)\b))"
            # Four words to the noun counted, past a word that says the count is an addition
            # ("15,000 new serenazgo municipal security officers", see `_COUNT_MODIFIERS`) and
            # an "and" between two words before it (see `_four_words`).
            r"(?P<phrase>(?:\s+(?:new|more|additional|extra|further))?(?:\s+[\w’'\-./]+){1,5})",
            re.IGNORECASE,
        ),
    ),
    (
        "count_bare",
        re.compile(
            # ... or after a toll's verb: "killing at least 84 people and injuring 1,240",
            # "killed two" (with a noun after it, the count pattern reads it first).
            rf"(?:(?P<pre>{_TOLL_GOVERNOR})|(?P<claim>{_CLAIMED}))?"
            rf"(?:{_NUM}{_SCALE}?|\b(?P<words>{WORD_NUMBER}))"
            # "Twelve of those treated were admitted": a part of those a participle names
            # counts people as the bare number does.
            rf"(?(pre)(?![\w-]|[.,]\d)(?={_GOVERNED_END})|(?(claim)(?={_CLAIMED_WHERE})|"
            rf"(?=(?:\s+of\s+those\s+[a-z]+ed)?{_BARE_ADVERB}\s+(?:{_BARE_COUNT_VERBS})\b"
            # "the two have died down": a dispute's parties, or a wind's, and no toll.
            r"(?!(?<=died)\s+(?:down|away|out|off)\b))))",
            re.IGNORECASE,
        ),
    ),
    (
        # A level with no noun after it, of what the clause is about: "the waiting list fell
        # to 7.6 million", "unemployment stood at 1.5 million". Only with a scale word: "rose
        # to 5" says too little.
        "count_level",
        re.compile(
            r"\b(?:(?:rose|risen|fell|fallen|dropped|climbed|grew|grown|increased|decreased|"
            r"declined|stood|reached|hit|totall?ed|jumped|slipped|slid|edged\s+(?:up|down))\s+"
            # "deliveries slid 18% to about 21,000": the change by a share, then the level.
            r"(?:[a-z]+ly\s+)?(?:\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+(?=to\b))?"
            # "has dropped from about 21,000 in 2019 to 18,700": the level before, too.
            r"(?:to|at|(?P<by>by)|(?P<from>from))"
            # The level after a change by a number: "Vacancies fell by 21,000 to 812,000"
            # (the change, read first, is checked in `_count_level`).
            r"|(?:(?<=[\d%]\s)|(?<=million\s)|(?<=billion\s)|(?<=thousand\s))(?P<then_to>to)"
            # A level reached with no "to": "Passenger numbers reached 18,600,000".
            r"|(?:reached|totall?ed|topped)"
            # A level a change brings a total to: "bringing its total to 118.6 million", "That
            # took its paid base to about 119 million".
            r"|(?:bringing|brought|brings|bring|taking|took|takes|lifting|lifted|lifts|pushing"
            r"|pushed|pushes)\s+(?:its|the|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}?to"
            # A limit set on a count: "agreed to cap night flights at 42" (42 flights).
            r"|cap(?:s|ped|ping)?\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?P<capped>[a-z-]+[^\Ws])s\s+at"
            # The level before a change, and a peak: "stood at 7.4 million, down from 7.5
            # million", "the list peaked at 7.8 million in 2023".
            # "up 14% from 6,003 a year earlier", "up sharply from 6,003".
            r"|(?:down|up)\s+(?:[a-z]+ly\s+|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+)?from"
            r"|(?:peaked|peaking|peaks)\s+at"
            # An estimate of a number: "Police put the number of tractors that reached the
            # capital at about 3,500" (what is counted is read as "the number of" is, before
            # the number: see `_count_level`).
            r"|(?P<put>(?:put|puts|putting|estimated|estimates|estimate|placed|places|place)\s+"
            r"the\s+number\s+of\s+[^.;:!?\d]{1,60}?\s+at)"
            # "the number of people living in vehicles could be as high as 1,900".
            r"|(?:was|is|were|are|be|been|remained|remains)(?:\s+at)?"
            # "is expected to pass 30 million by 2033": a level to be reached.
            r"|(?:pass|passed|passes|top|topped|tops|exceed|exceeded|exceeds|surpass|surpassed|"
            r"surpasses))\s+"
            # "rose to a record 6,214,380", "hit an all-time high of 9,400": a record the level
            # sets says nothing of its number.
            r"(?:an?\s+(?:new\s+)?(?:record(?:\s+high|\s+low)?|(?:all-time\s+)?(?:high|low)"
            r"\s+of)\s+)?"
            # "could be as high as 1,900": an estimate's top, the figure itself (not a bound:
            # "could have been as high as €54 million" is the maximum, not up to it).
            r"(?:as\s+high\s+as\s+)?"
            rf"(?:(?P<q>{_QUALIFIER})\s+)?(?P<num>{DIGITS})"
            # A noun after it makes it a count of that noun, which the count pattern reads.
            r"(?:\s?(?P<scale>million|billion|thousand)\b"
            # Without a scale word, only a count "the number of …" names (see `_count_level`),
            # and no noun, share or unit after it: "the number of payrolled employees fell by
            # 28,000 in January".
            r"|(?![.,]?\d)(?!\s*(?:%|per\b|percent\b))(?!\s+(?!(?:in|on|at|to|from|and|or|"
            r"over|since|a|an|the|last|this|compared|against|between|after|before|while|with|"
            r"as|than|during)\b)[a-z]))",
        ),
    ),
    (
        # "The death toll in the landslide rose to 27 on Friday", "the toll stands at 63", "the
        # number of dead climbed to 40": a toll with no noun after its number.
        "toll_level",
        re.compile(
            # "the number of people confirmed dead": the dead, however the count is vouched for.
            r"\b(?:toll|number\s+of\s+(?:dead|deaths|fatalities|people\s+"
            r"(?:(?:confirmed|reported|known\s+to\s+be)\s+)?(?:killed|dead)))\b"
            # A comma after a word: "The death toll from Tuesday's landslide in Ratopani, in
            # Myagdi district, rose to 47".
            r"(?:\s+[\w’'-]+,?){0,14}?\s+(?:(?:has|had|have)\s+)?"
            r"(?:rose|risen|climbed|increased|jumped|reached|hit|stands|stood|is|was|grew|"
            # A level still to come: "The death toll is expected to rise above 100".
            r"soared|surged|went\s+up|rise|climb|reach|pass|top|exceed)(?:\s+to|\s+at)?\s+"
            rf"(?:(?P<q>{_QUALIFIER})\s+)?(?:(?P<num>{DIGITS})|(?P<words>{WORD_NUMBER}))\b"
            r"(?![%\-]|[.,]\d|\s+(?:per\b|percent\b|million\b|billion\b|thousand\b))",
            re.IGNORECASE,
        ),
    ),
    (
        # The verb before the toll: "Authorities raised the death toll from the floods in the
        # capital to 64", "officials revised the toll to 31" (see `_toll_level`).
        "toll_level",
        re.compile(
            r"\b(?:rais(?:e|es|ed|ing)|put(?:s|ting)?|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|"
            r"revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|"
            r"br(?:ing|ings|inging|ought)|tak(?:e|es|ing)|took)\s+"
            r"(?:the|its|their|this|that)\s+(?:(?:official|overall|death|known)\s+){0,2}"
            r"toll\b(?:\s+(?!to\b|at\b)[\w’'-]+){0,10}?\s+(?:to|at)\s+"
            rf"(?:(?P<q>{_QUALIFIER})\s+)?(?:(?P<num>{DIGITS})|(?P<words>{WORD_NUMBER}))\b"
            r"(?![%\-]|[.,]\d|\s+(?:per\b|percent\b|million\b|billion\b|thousand\b))",
            re.IGNORECASE,
        ),
    ),
    (
        # The toll after its number: "Monday's deaths bring to 210 the number of people killed",
        # "taking to 40 the toll".
        "toll_level",
        re.compile(
            r"\b(?:br(?:ing|ings|inging|ought)|tak(?:e|es|ing)|took|rais(?:e|es|ed|ing)|"
            r"push(?:es|ed|ing)?|lift(?:s|ed|ing)?)\s+to\s+"
            rf"(?:(?P<q>{_QUALIFIER})\s+)?(?:(?P<num>{DIGITS})|(?P<words>{WORD_NUMBER}))\b"
            r"(?=\s+the\s+(?:(?:official|overall|total|death)\s+)?(?:toll|number\s+of\s+"
            r"(?:dead|deaths|fatalities|victims|people\s+(?:killed|dead|who\s+died))))",
            re.IGNORECASE,
        ),
    ),
    (
        # "an attendance of 52,341", "a crowd of 53,241": a count of what the noun names.
        "count_of",
        re.compile(
            rf"\b(?:(?P<noun>{'|'.join(_GATHERING_NOUNS)})\s+of\s+"
            # "its capacity will be 40,000.", "the attendance was 52,341 on Saturday".
            rf"|(?P<noun2>{'|'.join(_GATHERING_NOUNS)})\s+(?:is|was|will\s+be|would\s+be|"
            r"stands\s+at|stood\s+at)\s+(?=(?:[a-z]+\s+){0,2}\d[\d,.]*\s*(?:[.,;:!?)]|$))"
            # "extended their fifth-wicket partnership to 147": the stand's runs at its end.
            # "Harbor Field, which holds 48,300", "the arena seats 18,000": what a venue holds,
            # its capacity, with no noun after the number (see `_count_of`).
            r"|(?P<holds>holds|seats|accommodates|can\s+(?:hold|seat|accommodate))\s+"
            r"(?=(?:[a-z]+\s+){0,2}\d[\d,.]*(?<=\d)(?![\d,.]\d)\s*(?:[.,;:!?)]|$|and\b))"
            # A venue's capacity as a level, set or to come: "raise capacity to 48,000",
            # "Capacity, currently just over 42,000,", and a change of the capacity named before
            # ("Capacity … is due to rise to between 46,000 and 50,000", see `_count_of`).
            r"|(?P<capacity>capacity)(?:\s+to|,?\s+(?:currently|now)(?:\s+at)?,?)\s+"
            rf"(?=(?:between\s+{DIGITS}\s+and\s+)?(?:(?:{_QUALIFIER})\s+)?\d)"
            r"|(?P<risen>rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|increase|"
            r"increases|increasing|increased|expand|expands|expanding|expanded|fall|falls|"
            r"falling|fell|fallen|drop|drops|dropped|shrink|shrinks|shrank|shrunk)\s+to\s+"
            rf"(?=(?:between\s+{DIGITS}\s+and\s+)?(?:(?:{_QUALIFIER})\s+)?\d)"
            # A count whose noun the sentence named just before, left out: "won 12 seats, the
            # Greens took 7 on 9.1% of the vote, and the Centre Party won 8" (see `_count_of`).
            r"|(?P<elided>won|took|gained|secured|kept|held)\s+"
            r"(?=\d{1,3}(?:\s*[,.;]|\s+(?:on|with|and)\b|$))"
            r"|(?P<stand>stand|partnership)\s+to\s+"
            # "putting on 126 for the sixth wicket": a stand's runs.
            r"|(?:put(?:ting)?\s+on|add(?:ed|ing)|shar(?:ed|ing))\s+"
            r"(?=\d{1,3}\s+(?:runs\s+)?for\s+the\s+\w+\s+wicket\b))"
            # "to between 46,000 and 48,000": a range, its low end read in `_count_of`.
            rf"(?:between\s+{DIGITS}\s+and\s+)?"
            rf"(?:(?P<q>{_QUALIFIER})\s+)?{_NUM}{_SCALE}?(?![\w%])",
            re.IGNORECASE,
        ),
    ),
    (
        # A score with no noun after it: "scored 91.4 out of 100", "an overall score of 94.1",
        # "Last year Wexcombe scored 89.7" (see `_score_of`).
        "score_of",
        re.compile(
            r"\b(?:scor(?:ed|es|ing)|scores?\s+(?:of|was|is|stood\s+at|stands\s+at))\s+"
            rf"(?:(?P<q>{_QUALIFIER})\s+)?{_NUM}(?![\w%\-–/:])(?![.,]\d)"
            r"(?:\s+out\s+of\s+\d+(?:\.\d+)?(?![\w%\-–/:]|[.,]\d))?",
            re.IGNORECASE,
        ),
    ),
    (
        # A stock index's level, its points printed bare: "the FTSE 100 closed up 0.4% at
        # 8,104.2", "sees the index trading between 17,500 and 19,000" (see `_index_level`).
        "index_level",
        re.compile(
            r"\b(?:(?:closed|closes|closing|ended|ends|ending|finished|finish|finishing|opened|"
            r"opens|stood|stands|hit|hits|touched|touches|fell|falls|rose|rises|dropped|"
            r"climbed|slid|sank|slumped|jumped|surged|tumbled)"
            # The day's move before the level: "closed down 4.7% at", "fell 312 points to".
            r"(?:\s+(?:down|up|higher|lower|flat))?"
            r"(?:\s+(?:about\s+)?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent|points?))?"
            r"(?:,?\s+or\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent),?)?\s+(?:at|to)"
            # A level reached, with no "to": "the Sensex touched 81,250".
            r"|(?:hit|hits|touched|touches|reached|reaches|topped|tops)"
            r"|(?P<between>(?:trade|trading|traded|move|moving|range|ranging)\s+between)"
            r"|(?P<range>(?:in\s+)?a\s+(?:trading\s+)?range\s+of)"
            r"|(?:a|its|the)\s+(?:year-end\s+|price\s+)?target\s+(?:of|to|at))\s+"
            rf"(?:(?P<low>{DIGITS})\s+(?:and|to)\s+)?(?P<num>{DIGITS})"
            # No unit or noun after it: "fell to 40 companies", "rose 3% to 1.2 million".
            r"(?![\w%\-–]|[.,]\d)(?!\s?(?:%|per\b|percent\b|points?\b))"
            r"(?!\s+(?!(?:in|on|at|to|from|and|or|over|since|a|an|the|last|this|through|until|"
            r"into|by|before|after|as|while|with|compared|against|for|its|their|when)\b)[a-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "multiple",
        re.compile(rf"\b(?P<mult>{'|'.join(_MULTIPLES)})\b(?!\s+(?:down|up|as)\b)", re.IGNORECASE),
    ),
    (
        "ordinal",
        re.compile(
            r"\b(?P<ord>" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))"
            r"(?P<phrase>(?:[\s-]+[\w’'\-]+){1,2})",
            re.IGNORECASE,
        ),
    ),
    (
        # A place in a ranking as "No. 17" (see `_rank_number`).
        "rank_number",
        re.compile(r"\b(?-i:No)\.?\s?(?P<num>\d{1,4})\b(?![.,]\d)"),
    ),
    (
        # The year a thing was built, opened or founded: "the bridge, built in 1986", "opened
        # in 1968" (see `_year_of`).
        "year_of",
        re.compile(r"(?<![\w.,$£€-])(?P<num>(?:1[5-9]|20)\d{2})\b(?![\w%]|[.,]\d|\s*[-–]\s*\d)"),
    ),
]


# What makes "7-2" a tally: a vote, a majority, a verdict or a split just before it
# ("Policymakers were split 5-4"), or a vote's word right after it ("a 6–3 split").
_TALLY_CUE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|majority|verdicts?|rul(?:ed|ing|es)|backed|approved|rejected|passed|"
    r"split)\b(?:\s+[\w’']+){0,3}\s+$",
    re.IGNORECASE,
)
_TALLY_AFTER = re.compile(r"\s+(?:split|vote|decision|majority|verdict|ruling)\b", re.IGNORECASE)
# A body that votes, right before the tally, a time of the vote or a comma allowed between:
# "cleared the House 71-62", "the Senate 34 to 33", "passed the House last week, 71 to 62".
_CHAMBERS = (
    "senate house assembly chamber congress parliament legislature council committee board "
    "commons lords"
)
_CHAMBER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_CHAMBERS.split())})\b(?:\s+(?:last|this|on|in)\s+[\w’']+)?,?\s+$",
    re.IGNORECASE,
)
# What a match's result is said with, right before its score ("beat Chelsea 3-1", "were beaten
# 31–28", "It finished 1-1", "led 14-3") or right after it ("a 2–0 victory", "the 27-24 win").
_SCORE_VERBS = (
    "beat beats beaten beating won win wins winning lost lose loses losing drew draw drawn "
    "drawing led lead leads leading trailed trailing trail defeated defeat edged thrashed "
    "routed crushed hammered downed finished ended level levelled leveled"
)
_SCORE_NOUNS = (
    "win victory defeat loss draw lead triumph thrashing scoreline home away aggregate "
    "half-time halftime full-time"
)
_SCORE_WORDS = frozenset((_SCORE_VERBS + " " + _SCORE_NOUNS + " score half").split())
_SCORE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_SCORE_VERBS.split())}|score|scoreline)\b"
    r"(?:\s+(?:at|by|to)\b)?(?:\s+[A-Z][\w’'.-]*){0,4}\s+$",
    re.IGNORECASE,
)
# A part of a match a score stood at the end of: "after the first quarter", "at the end of the
# third period".
_THE_BREAK = r"(?:half-time|halftime|the\s+break|the\s+interval)"
_PERIOD_OF_PLAY = (
    r"(?:after|at\s+the\s+end\s+of)\s+(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    r"\s+(?:quarter|period|half|set|innings|session)"
)
_SCORE_AFTER = re.compile(
    rf"\s+(?:(?:home|away)\s+)?(?:{'|'.join(_SCORE_NOUNS.split())})\b"
    rf"|\s+(?:(?:up\s+|down\s+)?at\s+(?:{_THE_BREAK}|full-time)"
    rf"|on\s+aggregate|{_PERIOD_OF_PLAY})\b",
    re.IGNORECASE,
)
# A price as a bookmaker prints it is no score: "the 2-1 favourite", "at odds of 5-2".
_ODDS_AROUND = re.compile(r"\s+(?:favou?rites?|shot|odds)\b", re.IGNORECASE)
# A range of things counted is no score: "won 12-15 races", "5-6 games".
_COUNTED_AFTER_SCORE = re.compile(r"\s+(?!(?:thanks|was|has|is|as|this|his|its)\b)[a-z]+s\b")
_ODDS_BEFORE = re.compile(r"\bodds\s+of\s+$", re.IGNORECASE)
# A magnitude "measuring 5.8" only in a sentence about a quake.
_QUAKE_WORDS = frozenset(
    "quake quakes earthquake earthquakes aftershock aftershocks tremor tremors".split()
)
_TALLY_WORDS = frozenset(
    "vote votes voted voting majority verdict verdicts ruled backed approved rejected "
    "passed split decision ruling".split()
) | frozenset(_CHAMBERS.split())


@dataclass
class _Found:
    kind: FigureKind
    start: int
    end: int
    value: Decimal | None
    unit: str
    scale: int
    precision: Decimal
    low: Decimal | None = None
    high: Decimal | None = None
    head: list[str] | None = None  # words of the counted thing
    total: bool = False  # the whole a part is of: "240" in "104 of the 240 seats"
    then: _Found | None = None  # a second figure the same words state: a tally's other side
    past: bool = False  # an age at an event in the past: "was 29 when she painted it"
    rate: str | None = None  # the unit an amount of money is per: "£245 a tonne"
    part: bool = False  # a part of a group: "19 of the deaths"
    # The rival a tally is set against ("Marchetti" in "7 aces to Marchetti's 14"): part of
    # the measure of the rival's tally (``rival_tally``), the 14, and not of the 7's.
    rival: list[str] | None = None
    rival_tally: bool = False
    target: bool = False  # a count aimed at, not of things there are: "a target of 3,000"


# ---------------------------------------------------------------- guards


def _glued(text: str, start: int, end: int) -> bool:
    """A number that is part of a name or code: H100, F-35, COVID-19, 4G, 737-800."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() or before == "_" or (before in "-‑" and before2.isalnum()):
        return True
    return after.isalpha() or after == "_" or (after in "-‑/" and text[end + 1 : end + 2].isdigit())


# Compiled once: these guards run on every number found.
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+$")
_MONTH_AFTER = re.compile(rf"\s+{_MONTHS}\b")
_CLOCK_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|ET\b|EST\b)")
_SEPARATOR_AFTER = re.compile(r"[:/]\d")
_SEPARATOR_BEFORE = re.compile(r"\d[:/]$")


def _date_or_time(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    # A month before the number ends in a space: without one the search cannot match.
    if (before[-1:].isspace() and _MONTH_BEFORE.search(before)) or _MONTH_AFTER.match(after):
        return True
    if _CLOCK_AFTER.match(after):
        return True
    return bool(_SEPARATOR_AFTER.match(after) or _SEPARATOR_BEFORE.search(before))


# "gave the Civic Alliance 104 seats": a counting noun after the number makes it a count.
_COUNTED_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _counted_after(text: str, end: int) -> bool:
    word = _COUNTED_AFTER.match(text, end)
    return word is not None and word.group(1).casefold() in COUNTED_NOUNS


def _named(text: str, start: int, sentence: Span) -> bool:
    """iPhone 15, Windows 11, Boeing 737, Section 230, Route 66: a capitalised word right before.

    At the start of a sentence every word is capitalised, so there only a word that cannot
    open a noun phrase before a number ("About", "Only", "The") clears the number."""
    before = text[max(sentence.start, start - 40) : start]
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    lowered = word.casefold()
    if lowered.endswith(("'s", "’s", "s'", "s’")):
        return False  # "Adelaide's 1.4 million residents": a possessive owns the count
    if lowered.rstrip(".") in {"no", "number", "nos"}:
        return True
    if any(c.isupper() for c in word[1:]) and not word.isupper():
        return True  # iPhone, eBay
    if not word[0].isupper() or lowered in _QUALIFIER_WORDS:
        return False
    word_start = start - len(before) + match.start()
    opening = text[sentence.start : word_start].rstrip()
    # A dash opens a clause as a sentence's start does: the dateline's "Ohio, Oct. 14 (Wire) —
    # A 210-foot steel span gave way".
    at_start = not opening.strip(_OPENERS + " ") or opening.endswith(_CLAUSE_DASHES)
    return not (at_start and lowered in _OPENING_WORDS)


_CLAUSE_DASHES = ("—", "–", " -")


_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'.]*)\s$")
_OPENERS = "\"'“‘([«"
_QUALIFIER_WORDS = frozenset(w for q in _QUALIFIERS for w in q.split()) | {"us", "u.s."}
# Capitalised only because they open the sentence: "Only 12 people", "The 40 workers".
_OPENING_WORDS = _STOP | frozenset(
    "only just exactly precisely another both all those these nearly almost".split()
)


def _is_year(printed: str) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d|21\d\d", printed))


# ---------------------------------------------------------------- handlers


def _money(match: re.Match[str], prefix: str = "") -> tuple[Decimal, Decimal, int, str | None]:
    """(value, precision, scale, currency) of one amount; currency None when not printed."""
    g = match.groupdict()
    value, precision = parse_digits(g[f"{prefix}num"])
    scale = scale_of(g.get(f"{prefix}scale") or g.get(f"{prefix}short"))
    currency = None
    if g.get(f"{prefix}cur"):
        currency = _CURRENCY_PREFIX[re.sub(r"\s", "", g[f"{prefix}cur"]).casefold()]
    elif g.get(f"{prefix}curword"):
        currency = _CURRENCY_WORD[g[f"{prefix}curword"].casefold()]
    return value * scale, precision * scale, scale, currency


def _range_of(
    match: re.Match[str],
    low: Decimal,
    high: Decimal,
    unit: str,
    scale: int,
    precision: Decimal,
    misprinted: bool = False,
) -> _Found | None:
    """A range figure from its two ends; none when they are the wrong way round, unless the
    range says it is one ("between $34.5 billion and $37.0 million") or is ``misprinted``: a
    range misprinted, which the other outlets' range shows."""
    if high < low and not misprinted and not match.group().casefold().startswith("between"):
        return None
    return _Found(FigureKind.RANGE, match.start(), match.end(), None, unit, scale, precision,
                  low=low, high=high)  # fmt: skip


# "widened by £2.1bn to £15.2bn", "rose from 3.9% to 4.2%": a change and where it ended, not
# a range. "Shrink by 10% to 15%" is a range: its ends are of a size.
_MOVEMENT_VERBS = (
    r"rose|risen|rising|climbed|fell|fallen|falling|dropped|declined|increased|decreased|"
    r"grew|grown|jumped|surged|slipped|slid|widened|narrowed|raised|cut|lifted|lowered|eased|"
    r"soared|plunged|tumbled|rebounded|gained|lost|added|shed|went\s+up|went\s+down"
)
# "by £2.1bn to", "rose $20 to": a change comes first, its end follows.
_BY_BEFORE = re.compile(rf"\b(?:by|{_MOVEMENT_VERBS})\s*$", re.IGNORECASE)
# "lifts the starting salary for a graduate teacher from $78,500 to $86,200": what moved may
# take a few words, and the verb any tense.
# "the reduced fare … will go from $1.25 to $1.45", "went from 12 to 20": a fare that will go,
# or went, from one level to another changed ("tickets go from $5 to $10" may be a range);
# so is a level pushed or improved ("pushed second-dose uptake among five-year-olds from 81.4%
# to 88.9%").
_MOVED_FROM_BEFORE = re.compile(
    rf"\b(?:{_MOVEMENT_VERBS}|(?:rise|fall|climb|drop|increase|grow|lift|raise|cut|lower|"
    r"reduce|boost|push|improve)s?|reduced|boosted|pushed|pushing|improved|improving|went|gone"
    r"|(?:will|would|shall|to)\s+go)"
    r"(?:\s+[\w’'-]+){0,7}?\s+from\s*$",
    re.IGNORECASE,
)


def _change_not_range(text: str, at: int, low: Decimal, high: Decimal) -> bool:
    """Whether the two numbers starting at ``at`` are a change and its end, not a range."""
    before = text[max(0, at - 60) : at]
    moved = _MOVED_FROM_BEFORE.search(before)
    if moved is not None:
        # "with increases ranging from 12% to 38%": a verb of spread nearer the "from" than
        # the change's word makes its ends a range's (not "The spread widened from 2% to 5%").
        spread = _SPREAD_FROM_BEFORE.search(before)
        return spread is None or spread.start() < moved.start()
    return _BY_BEFORE.search(before) is not None and low > 0 and high > 2 * low


def _range(match: re.Match[str], text: str) -> _Found | None:
    low, low_precision, low_scale, currency = _money(match, "a")
    high, high_precision, high_scale, high_currency = _money(match, "b")
    if high_currency not in (None, currency):
        return None
    return _money_range(match, text, (low, low_precision, low_scale),
                        (high, high_precision, high_scale), currency)  # fmt: skip


def _words_range(match: re.Match[str], text: str) -> _Found | None:
    """A range whose currency is named once, after it: "95 million to 134 million pounds",
    "between 18 and 25 million pounds"."""
    if match.group("acur") or match.group("bcur"):
        return None  # "$5m to 7 million dollars": the currency is printed where it is read
    if match.group("sep").casefold() == "and" and not match.group("between"):
        return None  # "2 and 3 million dollars" is a list's end, not a range
    printed = match.group("curword")
    if printed.casefold() in _AMBIGUOUS_NAMES and not printed.islower():
        return None  # "10 to 12 Dong": a name, as in `_money_words`
    currency = _bare_currency(printed, text, match.end())
    low, low_precision, low_scale, _ = _money(match, "a")
    high, high_precision, high_scale, _ = _money(match, "b")
    if currency is None or (
        high_scale == 1
        and re.fullmatch(r"(?:british\s+)?pounds?", match.group("curword"), re.I)
        and _MONEY_AFTER_POUNDS.match(text, match.end()) is None
    ):
        return None  # "10 to 12 pounds" is a weight, as "12 pounds" is
    return _money_range(match, text, (low, low_precision, low_scale),
                        (high, high_precision, high_scale), currency)  # fmt: skip


def _money_range(
    match: re.Match[str],
    text: str,
    low_end: tuple[Decimal, Decimal, int],
    high_end: tuple[Decimal, Decimal, int],
    currency: str | None,
) -> _Found | None:
    """A range of money from its ends, each (value, precision, scale)."""
    low, low_precision, low_scale = low_end
    high, high_precision, high_scale = high_end
    if low_scale == 1 and high_scale != 1:
        # "$34.5-37 billion": the scale printed once applies to both ends.
        low, low_precision, low_scale = low * high_scale, low_precision * high_scale, high_scale
    if _change_not_range(text, match.start(), low, high):
        return None
    # "revenue of $4.7 billion to $4.9 million": a range with one scale word misprinted, which
    # the other outlets' range shows; not two amounts.
    misprinted = (
        high < low
        and min(low_scale, high_scale) >= 1000
        and max(low_scale, high_scale) // min(low_scale, high_scale) in (10**3, 10**6)
    )
    return _range_of(match, low, high, currency or "USD", max(low_scale, high_scale),
                     min(low_precision, high_precision), misprinted=misprinted)  # fmt: skip


def _percent_range(match: re.Match[str], text: str) -> _Found | None:
    low, low_p = parse_digits(match.group("anum"))
    high, high_p = parse_digits(match.group("bnum"))
    if _change_not_range(text, match.start(), low, high):
        return None
    printed = match.group()
    if "%" not in printed and "per" not in printed.casefold():
        return None
    if re.match(r"\s*\d+\s+and\b", printed) and not printed.casefold().startswith("between"):
        return None
    return _range_of(match, low, high, "%", 1, min(low_p, high_p))


_RAND_AMOUNT = re.compile(rf"\d{{1,3}}(?:[,{THOUSANDS_SPACES}]\d{{3}})+(?:\.\d+)?|\d+\.\d\d")
_DOLLAR_AFTER = {"cdn": "CAD", "cad": "CAD", "us": "USD", "usd": "USD", "u.s.": "USD",
                 "aud": "AUD", "nzd": "NZD",
                 # "about US$32-billion (roughly $44-billion Canadian)".
                 "canadian": "CAD", "australian": "AUD", "american": "USD"}  # fmt: skip


# Currencies signed by letters that also name roads and models ("R45", "SR71"); not the codes
# printed in full ("SAR 45").
_LETTER_SIGNED = frozenset(("ZAR", "SAR", "QAR", "NGN"))


def _money_one(match: re.Match[str], _text: str) -> _Found | None:
    value, precision, scale, currency = _money(match)
    if (
        currency in _LETTER_SIGNED
        and scale == 1
        and not _RAND_AMOUNT.fullmatch(match.group("num"))
        and len(match.group("cur").strip()) <= 2
    ):
        return None  # "the R45 road", "R2-D2": a rand sign needs a scale, cents or thousands
    end = match.end()
    dollar = match.groupdict().get("dollar")
    if dollar is not None:
        if currency == "USD" and "$" in match.group("cur"):
            currency = _DOLLAR_AFTER[dollar.casefold()]
        else:
            end = match.start("dollar") - 1  # "€5 million US": no dollar after a euro
    spoken = match.groupdict().get("cents")
    cents = parse_words(spoken) if spoken else None
    if cents is not None and cents < 100 and scale == 1 and precision >= 1:
        value, precision = value + cents / 100, Decimal("0.01")
    if match.groupdict().get("sign") or match.groupdict().get("nsign"):
        value = -value  # "-15€", "$-99.99": a loss or a debit
    return _Found(FigureKind.MONEY, match.start(), end, value, currency or "USD", scale, precision)


def currency_of(words: str) -> str | None:
    """ "australian dollars" → AUD, "pounds sterling" → GBP, "yen" → JPY."""
    lowered = re.sub(r"\s+", " ", words.casefold())
    named = _NAMED_CURRENCIES.get(lowered)
    if named is not None:
        return named  # before the nations: "Egyptian pounds" are no pounds sterling
    for nation, code in _CURRENCY_NATION.items():
        if lowered.startswith(nation + " ") and "dollar" in lowered:
            return code
    last = lowered.split()[-1]
    if last in ("pound", "pounds", "sterling"):
        return "GBP"
    if last in ("rupee", "rupees"):
        # "Nepali rupees" are not India's: a rupee is India's unless named otherwise.
        return next((code for nation, code in _RUPEE_NATION.items() if nation in lowered), "INR")
    return (
        _CURRENCY_WORD.get(lowered)
        or _CURRENCY_WORD.get(last)
        or _CURRENCY_WORD.get(" ".join(lowered.split()[-2:]))
    )


_RUPEE_NATION = {"nepal": "NPR", "pakistan": "PKR", "sri lanka": "LKR"}


# After "520 pounds", what makes it money: its value in another currency ("(about $660)"),
# or what money is ("in compensation", "a week", "fine").
_MONEY_AFTER_POUNDS = re.compile(
    r"\s*\(\s*(?:about|around|roughly|some|approximately|nearly|~)?\s*(?:US|A|C)?[$€¥]"
    r"|\s+(?:in\s+)?(?:compensation|damages|fines?|fees?|costs|wages?|salary)\b"
    r"|\s+(?P<rate>a|per)\s+(?:week|month|year|head|ticket)\b",
    re.IGNORECASE,
)
# ... but "lost 2 pounds a week" is a weight, each week.
_WEIGHT_VERB_BEFORE = re.compile(
    r"\b(?:los[et]|losing|gain(?:ed|ing|s)?|weigh(?:ed|ing|s)?|shed(?:ding)?|put\s+on)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|up\s+to|more\s+than|just)\s+)*$",
    re.IGNORECASE,
)


# "won" followed by what a verb takes, not by what follows an amount: "2 million won the
# vote", "in 2020 won 81 million votes" ("1.2 trillion won ($900 million)" is money).
_VERB_WON_AFTER = re.compile(
    # Not what money is counted by or set against: "500 won a share", "2.9 trillion won a year
    # earlier" ("won a share of the prize" is a verb's).
    r"(?!\s+(?:a|per)\s+share\b(?!\s+of\b)|\s+an?\s+(?:year|quarter|month|week|day)\s+"
    r"(?:earlier|ago|before|previously)\b)"
    r"\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|by|over|out|back|"
    r"against|at|every|all|both|each|more|most|nearly|almost|about|around|some)\b|\s+\d",
    re.IGNORECASE,
)
# A price or payout by the share: "a dividend of 500 won a share", "kept at 500 won per share".
_PER_SHARE_AFTER = re.compile(r"\s+(?:a|per)\s+share\b(?!\s+of\b)", re.IGNORECASE)
# Currencies whose names are other words too, after a number: "Ha Dong" and "Dong" are names,
# "lei" a garland, "Lev" and "Rand" names, "RAND" a think tank ("a 2023 RAND study"). After a
# scale word they are money however printed ("2 billion Rand"); else in lower case only, and
# when the amount is as large as money in them is (thousands) or paid. "Ayn Rand" has no
# number before it.
_AMBIGUOUS_NAMES = frozenset(("dong", "lei", "leva", "levs", "rand", "sol", "soles"))
_LARGE_AMOUNT = re.compile(r"\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?")


def _ambiguous_name_is_money(match: re.Match[str], printed: str, scale: int, text: str) -> bool:
    """Whether a currency's name that is other words too is money where it stands."""
    if scale > 1:
        return True  # "45 million rand", "2 billion Rand", "25 million dong"
    if not printed.islower():
        return False  # "2023 RAND", "3 Dong": a name; "South African rand" is matched whole
    if match.group("cents"):
        return True
    number = match.group("num") or ""
    if _LARGE_AMOUNT.fullmatch(number) and not re.fullmatch(r"(?:1[89]|20)\d\d", number):
        return True  # "200,000 dong", "5,000 lei": not a year ("in 2023 lei")
    if _PER_PERIOD_AFTER.match(text, match.end()):
        return True  # "rise to 560 rand a month": paid by the month
    # "to 560 rand a month from 530 rand": an amount set against another in the same name.
    before = text[max(0, match.start() - 60) : match.start()]
    if re.search(rf"\d\s+{re.escape(printed)}\b", before):
        return True
    return _MONEY_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None


# What says crowns are things, not money: a dentist's, or regalia shown ("1,200 crowns, tiaras
# and sceptres").
_CROWNS_AS_THINGS = re.compile(
    r"\b(?:dentists?|dental|dentistry|teeth|tooth|implants?|fillings?|tiaras?|sceptres?|"
    r"scepters?|jewels?|jewell?ery|regalia|diadems?|coronets?|thrones?|exhibit(?:s|ion)?|"
    r"on\s+display|museums?)\b",
    re.IGNORECASE,
)


def _crowns_are_money(match: re.Match[str], text: str) -> bool:
    """Whether "crowns" with no scale word are money: one paid or costed, or an amount as large
    as money in them is (thousands) where nothing near says they are things (see
    `_CROWNS_AS_THINGS`: "dentists fitted 40,000 crowns")."""
    if _MONEY_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None:
        return True
    number = match.group("num") or ""
    return (
        _LARGE_AMOUNT.fullmatch(number) is not None
        and not _is_year(number)
        and _CROWNS_AS_THINGS.search(
            text, max(0, match.start() - 100), min(len(text), match.end() + 100)
        )
        is None
    )


_PER_PERIOD_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b")


# Whose kroner an article's are, by the country it names: Norway's or Denmark's.
_NORWAY = re.compile(r"\b(?:Norw(?:ay|egian)|Oslo|Equinor)\b")
_DENMARK = re.compile(r"\b(?:Denmark|Danish|Copenhagen|Greenland|Faroe)\b")


def _kroner_of(text: str) -> str | None:
    """NOK or DKK for a bare "kroner" in ``text``; None when both or neither are named."""
    norway, denmark = _NORWAY.search(text) is not None, _DENMARK.search(text) is not None
    if norway == denmark:
        return None
    return "NOK" if norway else "DKK"


# Whose pesos an article's bare "pesos" are: those of the country it names most. Mexico's
# first, as when no country is named: a tie with Mexico is Mexico's.
_PESO_NATIONS = (
    ("MXN", re.compile(r"\b(?:Mexic(?:o|an|ans)|Guadalajara|Monterrey)\b")),
    ("PHP", re.compile(r"\b(?:Philippines?|Filipinos?|Philippine|Manila|Luzon|Mindanao|Cebu)\b")),
    ("ARS", re.compile(r"\b(?:Argentin(?:a|e|ian|ians)|Buenos\s+Aires)\b")),
    ("COP", re.compile(r"\b(?:Colombian?s?|Bogot[aá]|Medell[ií]n|Cali)\b")),
    ("CLP", re.compile(r"\b(?:Chileans?|Chile|Santiago|Valpara[ií]so|Antofagasta)\b")),
    ("UYU", re.compile(r"\b(?:Uruguay(?:an|ans)?|Montevideo)\b")),
    ("DOP", re.compile(r"\b(?:Dominican\s+Republic|Santo\s+Domingo)\b")),
    ("CUP", re.compile(r"\b(?:Cuban?s?|Havana)\b")),
)
_PESOS = ("peso", "pesos")


@functools.lru_cache(maxsize=8)
def _pesos_of(text: str) -> str:
    """The currency of a bare "pesos" in ``text``: "3 million pesos" in a story on a Chilean
    copper mine are Chilean pesos, in one on a Manila typhoon Philippine pesos."""
    named = [(len(pattern.findall(text)), -order, code)
             for order, (code, pattern) in enumerate(_PESO_NATIONS)]  # fmt: skip
    count, _, code = max(named)
    return code if count else "MXN"


_CROWN_NATIONS = (
    ("NOK", _NORWAY),
    ("DKK", _DENMARK),
    ("SEK", re.compile(r"\b(?:Swed(?:en|ish|es)|Stockholm|Gothenburg)\b")),
    ("ISK", re.compile(r"\b(?:Iceland(?:ic|ers?)?|Reykjav[ií]k)\b")),
    ("CZK", re.compile(r"\b(?:Czech(?:ia)?|Prague|Brno)\b")),
)


@functools.lru_cache(maxsize=8)
def _crowns_of(text: str) -> str | None:
    """The currency of a bare "crowns" in ``text``: that of the crown country it names most (a
    story on a Norwegian wind farm may name Sweden once); None when it names none, or two as
    often ("crowns" may be a champion's titles, too)."""
    named = sorted(
        ((len(pattern.findall(text)), code) for code, pattern in _CROWN_NATIONS), reverse=True
    )
    (most, code), (next_most, _) = named[0], named[1]
    return code if most > next_most else None


# "1,500 crowns in Sweden and 1,200 crowns in Denmark": the country named just after.
_IN_COUNTRY_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?(?=[A-Z])")


def _crowns_named_after(text: str, end: int) -> str | None:
    """The crown currency of the country named just after an amount ending at ``end``."""
    if (place := _IN_COUNTRY_AFTER.match(text, end)) is None:
        return None
    return next((code for code, nation in _CROWN_NATIONS if nation.match(text, place.end())), None)


def _bare_currency(printed: str, text: str, end: int | None = None) -> str | None:
    """The currency of ``printed``, a currency's name, in ``text``: kroner, crowns and pesos by
    the country the article names (see `_kroner_of`, `_crowns_of`, `_pesos_of`), others by
    their name. Crowns and kroner ending at ``end`` are first the currency of a country named
    just after them (see `_crowns_named_after`)."""
    word = " ".join(printed.casefold().split())
    named_after = None if end is None else _crowns_named_after(text, end)
    if word in _KRONER:
        return named_after if named_after in ("NOK", "DKK") else _kroner_of(text)
    if word in _CROWNS:
        return named_after or _crowns_of(text)
    if word in _PESOS:
        return _pesos_of(text)
    return currency_of(printed)


def _money_words(match: re.Match[str], _text: str) -> _Found | None:
    """5 million euros, 125 million australian dollars, five million yen, one-yen."""
    printed = match.group("curword")
    word = printed.casefold()
    # Neither Norway nor Denmark named, or both: whose kroner they are is unsaid.
    currency = _bare_currency(printed, _text, match.end())
    scale = scale_of(match.group("scale") or match.group("short"))
    if currency is None:
        return None
    if word == "won" and _VERB_WON_AFTER.match(_text, match.end()):
        return None  # "the 2 million won the vote", "in 2020 won 81 million votes": a verb
    if (
        word == "won"
        and scale == 1
        and not _MONEY_BEFORE.search(_text, max(0, match.start() - 60), match.start())
        and not _PER_SHARE_AFTER.match(_text, match.end())
    ):
        return None  # "the world No 1 won 6-4": a verb; "2 billion won", "cost 5,000 won": money
    if word in _AMBIGUOUS_NAMES and not _ambiguous_name_is_money(match, printed, scale, _text):
        return None
    if word in _CROWNS and scale == 1 and not _crowns_are_money(match, _text):
        return None  # "won three crowns", "fitted 12 crowns": titles, a dentist's
    if re.fullmatch(r"(?:british\s+)?pounds?", match.group("curword"), re.I) and scale == 1:
        # "5 pounds" is a weight unless a scale word or the words after say money.
        money = _MONEY_AFTER_POUNDS.match(_text, match.end())
        if money is None or (
            money.group("rate")
            and _WEIGHT_VERB_BEFORE.search(_text, max(0, match.start() - 40), match.start())
        ):
            return None
    part = None if match.group("num") else _PART_OF_SCALE_PARTS.fullmatch(match.group("words"))
    if match.group("num"):
        value, precision = parse_digits(match.group("num"))
    elif part is not None:
        # "half a billion dollars": rounder than the number it names, to a tenth of the scale.
        name = re.sub(r"[\s-]+", " ", part.group("part").casefold()).removesuffix("s")
        size = MULTIPLIERS[part.group("scale").casefold()]
        value, precision = _PART_VALUE[name] * size, Decimal(size) / 10
    else:
        parsed = parse_words(match.group("words"))
        if parsed is None:
            return None
        value, precision = parsed, words_precision(match.group("words"))
    if match.group("cents"):
        # "3 dollars 50 cents", "thirteen dollars and forty-five cents"
        cents = parse_words(match.group("cents"))
        if cents is None or cents >= 100:
            return None
        value, precision = value + cents / 100, Decimal("0.01")
    elif part is None:
        # "three to five million dollars", "between two and three billion euros": a range in
        # words, its scale and currency printed once after the high end (`money_words_range`
        # reads digits only).
        low_end = _low_end_before(_text, match.start(), value)
        if low_end is not None:
            low, low_precision, low_start = low_end
            # "five million" is read whole, its scale word part of the number: the low end's
            # scale is that word's ("three" million).
            words = (match.group("words") or "").casefold().split()
            size = scale if scale != 1 or not words else MULTIPLIERS.get(words[-1], 1)
            found = _range_of(match, low * size, value * scale, currency, max(scale, size),
                              min(low_precision * size, precision * scale))  # fmt: skip
            if found is not None:
                found.start = low_start
                return found
    return _Found(
        FigureKind.MONEY,
        match.start(),
        match.end(),
        value * scale,
        currency,
        scale,
        precision * scale,
    )


def _printed_value(match: re.Match[str]) -> tuple[Decimal, Decimal] | None:
    """The value and precision of a match's number, printed in digits (its ``num`` group) or
    in words (``words``, to the unit); None for words that are no number."""
    if match.group("num"):
        return parse_digits(match.group("num"))
    parsed = parse_words(match.group("words"))
    return None if parsed is None else (parsed, Decimal(1))


# A negation before "one cent", "a single penny": the idiom for nothing.
_NOT_A_CENT_BEFORE = re.compile(
    r"\b(?:not|never|no|won[’']t|n[’']t)\b[^.;:!?,\d]{0,30}$|n[’']t\s+(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)


def _cents(match: re.Match[str], _text: str) -> _Found | None:
    sub = match.group("sub").casefold()
    if sub == "p" and (" " in match.group() or match.group("cents_of")):
        return None
    whose = " ".join((match.group("cents_of") or "").casefold().split())
    unit = _CENTS_OF.get(whose, _SUBUNIT[sub])
    printed = _printed_value(match)
    if printed is None or (sub == "p" and not match.group("num")):
        return None
    value, precision = printed
    if (
        value == 1
        and match.group("words")
        and _NOT_A_CENT_BEFORE.search(_text, max(0, match.start() - 40), match.start())
    ):
        return None  # "We will not pay one cent": nothing at all, no amount
    # "20 to 25 pence in the pound", "five to 10 cents": a range.
    low_end = _low_end_before(_text, match.start(), value)
    if low_end is not None:
        low, low_precision, low_start = low_end
        found = _range_of(match, low / 100, value / 100, unit, 1,
                          min(low_precision, precision) / 100)  # fmt: skip
        if found is None:
            return None  # "Route 66-7p": no range, and no amount alone either
        found.start = low_start
        return found
    return _Found(FigureKind.MONEY, match.start(), match.end(), value / 100, unit, 1,
                  precision / 100)  # fmt: skip


def _percent(match: re.Match[str], _text: str) -> _Found | None:
    unit_word = match.group("unit").casefold().replace("-", " ")
    unit = (
        "pp"
        if unit_word.startswith("percentage point")
        else "bp"
        if unit_word.startswith(("basis", "bps"))
        else "%"
    )
    printed = _printed_value(match)
    if printed is None:
        return None
    value, precision = printed
    if match.group("sign"):
        value = -value
    if unit == "%" and _CONFIDENCE_AFTER.match(_text, match.end()):
        return None  # "95% CI 0.61-0.88": the confidence level, not a result
    per = 1
    if unit == "bp":
        # 25 basis points is 0.25 percentage points: one unit, so that they compare.
        per, unit = 100, "pp"
    if unit == "pp" and not match.group("sign"):
        # "between 50 and 100 basis points", "1 to 1.5 percentage points": the unit is printed
        # once, after the high end ("5 to 7 per cent" is read whole by `_percent_range`).
        low_end = _low_end_before(_text, match.start(), value)
        if low_end is not None:
            low, low_precision, low_start = low_end
            found = _range_of(match, low / per, value / per, unit, 1,
                              min(low_precision, precision) / per)  # fmt: skip
            if found is not None:
                found.start = low_start
                return found
    return _Found(FigureKind.PERCENT, match.start(), match.end(), value / per, unit, 1,
                  precision / per)  # fmt: skip


# "a quarter of a percentage point", "half a per cent", "half a cent", "three-quarters of a
# point": a fraction of a unit.
_FRACTION_VALUE = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "third": Decimal(1) / 3,
                   "tenth": Decimal("0.1"), "fifth": Decimal("0.2")}  # fmt: skip
_FRACTION_UNIT = {"percentage point": ("pp", FigureKind.PERCENT, 1),
                  "basis point": ("pp", FigureKind.PERCENT, Decimal("0.01")),
                  "per cent": ("%", FigureKind.PERCENT, 1), "percent": ("%", FigureKind.PERCENT, 1),
                  "cent": ("USD", FigureKind.MONEY, Decimal("0.01")),
                  "penny": ("GBP", FigureKind.MONEY, Decimal("0.01"))}  # fmt: skip


def _fraction_of_unit(match: re.Match[str], _text: str) -> _Found | None:
    printed = (match.group("count") or "a").casefold()
    count = Decimal(1) if printed in ("a", "an") else parse_words(printed)
    part = _FRACTION_VALUE[(match.group("part") or "half").casefold().rstrip("s")]
    if count is None or count * part >= 1:
        return None
    unit, kind, size = _FRACTION_UNIT[re.sub(r"\s+", " ", match.group("unit").casefold())]
    value = (count * part * size).quantize(Decimal("0.000001"))
    return _Found(kind, match.start(), match.end(), value, unit, 1, part * size)


_CONFIDENCE_AFTER = re.compile(r"\s*(?:CI\b|confidence\s+intervals?\b|credible\s+interval)")


_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:gilts?|bonds?|yields?|notes?|treasur(?:y|ies)|bills?|swaps?|bunds?|debt)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(?:several|a few|few|many|some|hundreds of|thousands of)\s+$", re.I)


# A larger unit in a smaller one, for a span stated in two: "three years and four months".
_UNIT_IN: dict[tuple[str, str], int] = {
    ("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60,
    ("minute", "second"): 60,
}  # fmt: skip
# Who finished a race after the winner, and by how much: "crossed the line 19 seconds later".
_FINISHED_BEFORE = re.compile(
    r"\b(?:crossed\s+the\s+(?:line|finish(?:\s+line)?)|finished|came\s+home|came\s+in|"
    r"arrived|rolled\s+in)\s+$",
    re.IGNORECASE,
)


def _finished_later(text: str, start: int, date_after: re.Match[str]) -> bool:
    """Whether a span "later" is a gap at a finish line, not a date: "Vindahl crossed the line
    19 seconds later"."""
    return date_after.group().strip().casefold() == "later" and bool(
        _FINISHED_BEFORE.search(text, max(0, start - 60), start)
    )


# "nine years on Thursday" is a span; "ten years on, the town" or "two years on from" a date.
_DATE_AFTER = re.compile(
    r"[\s-]*(?:ago|earlier|later|old|before|after|from now"
    r"|on(?=\s*(?:[.,;:!?)—–]|$|from\b|since\b)))\b"
)
# A span that lasted until something happened: "trapped for 31 hours before rescue teams
# cleared a path", "stranded 31 hours before they were found", "for three days after the quake".
# "31 hours before the match" dates the match's eve, as do "Three hours before the match kicked
# off, fans …" and "cancelled two minutes before it started": an event is dated, a state or a
# wait lasts. "For" before the number says the span lasted; "before" and a clause (a subject
# and its verb) do too after a verb of a state that lasts ("trapped", "waited"; not "held",
# which dates a meeting as often: "held two days before the vote took place").
_FOR_BEFORE = re.compile(rf"\bfor\s+(?:(?:{_QUALIFIER})\s+)?$", re.IGNORECASE)
# "in rotations of 30 to 45 minutes before the emergency was lifted", "after a wait of two
# hours before": a span a noun's "of" takes is that thing's length, never a date.
_LENGTH_OF_BEFORE = re.compile(
    rf"\b(?!(?:ahead|out|because|instead|in\s+front)\b)[a-z]{{3,}}\s+of\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?(?:\w+\s+(?:to|and)\s+)?$",
    re.IGNORECASE,
)
_LASTING_BEFORE = re.compile(
    r"\b(?:trapped|stranded|stuck|missing|buried|besieged|waited|waiting|lasted|"
    r"lasting|spent|spending|stayed|remained|survived|endured|hid|searched|fought|battled|"
    r"burned|raged|continued|spend|spends"
    # "dropped to about 10,000 feet in roughly six minutes before it turned back": "in" or
    # "within" a span says how long it took.
    r"|in|within)\s+"
    rf"(?:(?:{_QUALIFIER}|roughly|about|around|just|only)\s+)?$"
    # "chlorine escaped over roughly 90 minutes before workers isolated the car": "over" a
    # hedged span is how long it went on ("over 90 minutes before" may be "more than").
    r"|\bover\s+(?:roughly|about|around|approximately|some|nearly|almost|just)\s+$",
    re.IGNORECASE,
)
# A prison term, however the sentence goes on: "must serve at least seven years before he is
# eligible for parole", "was sentenced to three years after pleading guilty".
_TERM_BEFORE = re.compile(
    rf"\b(?:sentenced\s+to|serve|serves|served|serving)\s+(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# "About 1.2 metres of new snow fell in the 72 hours before the slide", "during the two days
# after the quake": a span "the" makes definite, which something filled, is a window of time,
# not a date told by its distance ("72 hours before the slide, …").
_WINDOW_BEFORE = re.compile(
    r"\b(?:in|during|over|within|throughout)\s+the\s+"
    rf"(?:(?:{_QUALIFIER}|roughly|about|around|just|only)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:he|she|they|we|i|it|you)\s+[a-z]"
    r"|(?:(?:the|their|his|her|its)\s+)?"
    r"(?:(?!(?:the|an?|their|his|her|its|this|that)\s)[a-z][\w’'-]*(?<!ly)(?<!ed)\s+){1,3}?"
    r"(?:was|were|had|could|would|did|got|came|went|found|made|reached|arrived|began|[a-z]{2,}ed)\b"
    r"|(?:being|getting)\s+[a-z]+ed\b)",
    re.IGNORECASE,
)


# A span from an event named by a bare noun: "about 14 minutes after takeoff", "six months
# after diagnosis", "20 minutes before landing". Two outlets giving it state one fact, the
# time between two events. Not "after the quake" or "before it started", which date what
# follows them ("Three days after the quake, rescuers arrived"), nor "after voting began".
_SINCE_EVENT = re.compile(
    r"[\s-]*(?P<side>after|before)\s+(?P<event>[a-z][a-z-]+)"
    r"(?=\s*(?:[.,;:!?)—–\"”]|$)|\s+(?:from|at|in|on|for|to|and|or|with|by|when|while|over|near|"
    r"into)\b)",
)


# "since" opening the clause of a span "ago": the time the state since has lasted, no date.
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\b(?!\s+(?:\d|[A-Z]))[^.;:!?()]{0,80}$")


def _since_ago(text: str, start: int, date_after: re.Match[str]) -> bool:
    """Whether a span "ago" is how long something has held since it began: "the first rise
    since the cap was frozen seven years ago" says the freeze lasted seven years, as "frozen for
    seven years" does. Not "the plant closed seven years ago", which dates the closure."""
    return date_after.group().strip().casefold() == "ago" and bool(
        _SINCE_BEFORE.search(text, max(0, start - 90), start)
        or (
            _BEGAN_BEFORE.search(text, max(0, start - 30), start)
            and not _ENDED_AFTER.match(text, date_after.end())
        )
    )


# "Talks began 18 months ago": what began then has gone on that long, as "a year and a half
# of negotiations" says.
_BEGAN_BEFORE = re.compile(
    rf"\b(?:began|begun|started|commenced)\s+(?:(?:{_QUALIFIER}|roughly|about|around|some)\s+)?$",
    re.IGNORECASE,
)
# "The strike, which began three weeks ago, ended on Monday": what began then and has ended
# since went on for less than that, so the span only dates its start. Only the thing's own
# ending right after the clause ("…, which began three weeks ago, was called off", "began two
# weeks ago but collapsed"): not a verb of something else ("…, has closed the port", "…, heard
# that the bank closed the account"), one not yet over ("and ends on Friday") or denied
# ("has not ended", "hasn't ended").
_ENDED_AFTER = re.compile(
    r"(?:\s+(?:in|at|on|across|over)\s+[^,.;:!?]{1,40}?)?(?:,\s+|\s+(?:but|and)\s+)"
    r"(?:(?:has|have|had)\s+)?(?:(?:since|finally|abruptly|quickly|then)\s+)?"
    r"(?:ended|finished|concluded|collapsed|closed(?=\s*[.,;]|\s+(?:on|in|at|last|this|after|"
    r"when|earlier|yesterday)\b)|(?:was|were|has\s+been|have\s+been)\s+(?:called\s+off|lifted|"
    r"suspended|abandoned|halted|settled)|came\s+to\s+an\s+end)\b",
    re.IGNORECASE,
)


def _lasted_until(text: str, start: int, date_after: re.Match[str]) -> bool:
    """Whether the span before ``date_after`` ("before", "after", …) is a length of time the
    words before or after it say went on, not a date told by its distance."""
    word = date_after.group().strip(" -").casefold()
    if word not in ("before", "after"):
        return False
    if _FOR_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _LENGTH_OF_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _DATE_APPOSITION_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _WINDOW_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _TERM_BEFORE.search(text, max(0, start - 40), start):
        return True
    return (
        word == "before"
        and _LASTING_BEFORE.search(text, max(0, start - 40), start) is not None
        and (
            _CLAUSE_AFTER.match(text, date_after.end()) is not None
            or _GERUND_AFTER.match(text, date_after.end()) is not None
        )
    )


# "waiting 47 days before telling the public": what ended the wait, as a gerund.
_GERUND_AFTER = re.compile(r"\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]{2,}ing\b")
# "did not notify them until 30 April, 47 days after discovering the breach": a span set
# beside a date restates it as the time between two events, the fact both accounts tell.
_DATE_APPOSITION_BEFORE = re.compile(
    rf"(?:\b\d{{1,2}}\s+{_MONTHS}|\b{_MONTHS}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?,\s+$"
)


# Not minutes, which a match report counts its moments in: "Australia replied seven minutes
# later", "Fenwick sliced through for his second eight minutes later" are two tries.
_SHORT_UNITS = frozenset(("second", "seconds", "sec", "secs", "hour", "hours", "hr", "hrs"))


_ROUGHLY_BEFORE = re.compile(
    r"\b(?:about|around|roughly|some|approximately|nearly|almost)\s+$", re.IGNORECASE
)


def _gap_between_moments(match: re.Match[str], date_after: re.Match[str]) -> bool:
    """Whether a span before "after", "later" or "before" is a gap timed between two moments,
    the fact an account reports, not a date: "began a go-around 7 seconds after the first
    warning", "seven seconds later", "19 hours after the collapse". Days and longer date an
    event ("two days after the quake"); see `_SHORT_UNITS` for minutes."""
    word = date_after.group().strip(" -").casefold()
    unit = match.group("unit").casefold()
    if unit.startswith("sec"):
        return word in ("after", "later", "before", "earlier")
    # Hours "before" or "earlier" date what happened then: "a tornado watch was issued …,
    # more than five hours before the Harlow tornado".
    if word in ("after", "later") and unit.startswith("minute"):
        # "separated from the upper stage about 64 minutes later": a match clock is exact, so
        # minutes told roughly are a gap an outlet reports ("roughly an hour after lift-off").
        return (
            _ROUGHLY_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
            is not None
        )
    return word in ("after", "later") and unit in _SHORT_UNITS


# "published nine days later than scheduled", "opened two years earlier than planned": a
# delay or a lead against another time, a length the outlets report, not a date.
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


def _compared_later(text: str, date_after: re.Match[str]) -> bool:
    """Whether a span "later" or "earlier" is compared by "than" with another time."""
    word = date_after.group().strip(" -").casefold()
    return word in ("later", "earlier") and bool(_THAN_AFTER.match(text, date_after.end()))


_OFFSET_AFTER = re.compile(
    r"\s*(?:ago|earlier|later|before|after|from\s+now|in\s+the\s+(?:future|past)|hence)\b",
    re.IGNORECASE,
)
# "the first three months of the year" is a quarter (periods.py reads it), not a span.
_FIRST_BEFORE = re.compile(r"\b(?:first|last|final|opening|closing)\s+$", re.IGNORECASE)
_OF_YEAR_AFTER = re.compile(
    r"\s+of\s+(?:the\s+(?:(?:calendar|financial|fiscal)\s+)?year|this\s+year|last\s+year"
    r"|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_QUARTER_TO_AFTER = re.compile(
    rf"\s+(?:to|ended|ending|through)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?{_MONTHS}\b"
)


# The low end of a range of a span: "between 12 and", "12 to".
_SPAN_LOW_END = re.compile(
    rf"(?:\bbetween\s+(?:\d+|{WORD_NUMBER})\s+and|(?:\d+|\b{WORD_NUMBER})\s+to)\s+$",
    re.IGNORECASE,
)


def _window_from_now(text: str, start: int, date_after: re.Match[str]) -> bool:
    """Whether a range of spans "from now" is a window of time, its length told as "over the
    next 12 to 18 months" would be: "laid off between 12 and 24 months from now". One span
    from now ("two years from now") is a date."""
    return date_after.group().strip(" -").casefold() == "from now" and bool(
        _SPAN_LOW_END.search(text, max(0, start - 30), start)
    )


def _duration(match: re.Match[str], text: str) -> _Found | None:
    if _VAGUE.search(text[max(0, match.start() - 20) : match.start()]):
        return None  # "several hundred years" states no number
    end = match.end()
    second = _smaller_part(match, 2) if match.group("unit2") else None
    third = _smaller_part(match, 3) if second is not None and match.group("unit3") else None
    if match.group("unit3") and third is None:
        end = match.end("unit2")  # "2 hours, 4 minutes, 3 days": the third is a span of its own
    if match.group("unit2") and (
        second is None or (_OFFSET_AFTER.match(text, end) and not _DATE_AFTER.match(text, end))
    ):
        # "two months and three days", and a distance "21 years and six months in the
        # future" (as quantulum3's suite reads it): each part is read on its own. A span in
        # two units that nest before a date's word ("two years and six months ago", "served
        # seven years and six months before he was released") is one span, a date or a
        # length as one unit's would be (see below).
        second, third, end = None, None, match.end("unit")
    date_after = _DATE_AFTER.match(text, end)
    event = None if date_after is None else _SINCE_EVENT.match(text, date_after.start())
    if event is not None and event.group("event").casefold() in _STOP:
        event = None
    if (
        date_after is not None
        and event is None
        and not _lasted_until(text, match.start(), date_after)
        and not _finished_later(text, match.start(), date_after)
        and not _gap_between_moments(match, date_after)
        and not _compared_later(text, date_after)
        and not _since_ago(text, match.start(), date_after)
        and not _window_from_now(text, match.start(), date_after)
    ):
        return None
    if (
        (match.group("num") or match.group("words") or "").casefold() in ("3", "three")
        and match.group("unit").casefold() == "months"
        and _QUARTER_TO_AFTER.match(text, end)
    ):
        return None  # "the three months to December" is a quarter (periods.py reads it)
    if (
        (match.group("num") or match.group("words") or "").casefold() in ("12", "twelve")
        and match.group("unit").casefold() == "months"
        and _QUARTER_TO_AFTER.match(text, end)
    ):
        return None  # "the 12 months to July" is a year's period (periods.py reads it)
    if _FIRST_BEFORE.search(text, max(0, match.start() - 10), match.start()) and (
        _OF_YEAR_AFTER.match(text, end)
    ):
        return None
    if "-" in text[match.start() : end] and _INSTRUMENT_AFTER.match(text, end):
        return None  # "the two-year gilt", "10-year Treasury yields": a maturity names a bond
    if "-" in text[match.start() : end] and _SUPERLATIVE_BEFORE.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return None  # "their biggest one-day drop since March": the window a record is kept in
    unit = _TIME_UNITS[match.group("unit").casefold()]
    words = match.group("words")
    scale = 1
    if match.group("num"):
        if _is_year(match.group("num")) and unit == "year":
            return None
        value, precision = parse_digits(match.group("num"))
        scale = scale_of(match.group("scale"))  # "10 billion years"
        value, precision = value * scale, precision * scale
    elif words.casefold().startswith("half"):
        if match.group("frac") or match.group("frac2") or second is not None:
            return None  # "half an hour and a half" says nothing clear
        if unit in _TIME_IN_YEARS:
            return None  # "not seen in half a century": a manner of speaking, no span
        value, precision = Decimal("0.5"), Decimal("0.5")
    else:
        if words.casefold() in ("a", "an"):
            before = text[max(0, match.start() - 16) : match.start()].casefold()
            # "a year earlier" is a date; "for over a decade" is a claim about time. "An
            # hour and a half" is a span unless a date's word follows ("a year and a half
            # ago"), and so is "a year-long study", "a week-long strike" (an adjective of
            # length).
            if _EVEN_FOR_BEFORE.search(before):
                return None  # "even for a minute": the least time there is, no span
            # "A fortnight" is a number of weeks, two, as "two weeks" is, but for a rate's.
            if (
                not re.search(rf"(?:{_QUALIFIER}|for)\s+$", before)
                and not (match.group("frac2") and not _DATE_AFTER.match(text, end))
                # "a year and nine months": a span, a date only as any span may be one
                # (see below).
                and second is None
                and not text.startswith("-long", match.end("unit"))
                and (unit != "fortnight" or _RATE_BEFORE.search(before))
            ):
                return None
        parsed = parse_words(words)
        if parsed is None:
            return None
        value, precision = parsed, Decimal(1)
    # "three to five days", "between four and six weeks": the unit is printed once, after the
    # high end. Not with a part after it ("two hours 30 minutes") nor a fraction.
    low_end = (
        _low_end_before(text, match.start(), value)
        if second is None
        and not match.group("frac")
        and not match.group("frac2")
        and (words or "").casefold() not in ("a", "an")
        else None
    )
    printed_value = value
    if match.group("frac") or match.group("frac2"):
        if match.group("frac") and words is not None and words.casefold() in ("a", "an"):
            return None
        frac = (match.group("frac") or match.group("frac2")).casefold()
        part = Decimal("0.5") if frac == "half" else Decimal("0.25")
        value, precision = value + part, min(precision, part)
    if unit in _TIME_IN_YEARS:
        value, precision, unit = value * _TIME_IN_YEARS[unit], precision, "year"
    elif unit == "fortnight":
        value, unit = value * _FORTNIGHT_IN_WEEKS, "week"
    for part in (second, third):
        if part is not None:
            more, small, exact = part  # "one minute 44.78 seconds": to the hundredth
            value, precision = value * _UNIT_IN[unit, small] + more, min(Decimal(1), exact)
            unit = small
    # "14 minutes after takeoff": the time since an event the words name, no date.
    head = None if event is None else [event.group("side").casefold(), event.group("event")]
    if low_end is not None:
        low, low_precision, low_start = low_end
        size = value / printed_value if printed_value else Decimal(1)  # decades are years
        found = _range_of(match, low * size, value, unit, scale, min(low_precision, precision))
        if found is not None:
            # "between 6 and 21 days after exposure": the range is the time since the event,
            # as "21 days after exposure" is.
            found.start, found.end, found.head = low_start, end, head
            return found
    return _Found(FigureKind.DURATION, match.start(), end, value, unit, scale, precision,
                  head=head)  # fmt: skip


# Words before minutes and seconds that make them a time taken: "won in 3:45", "clocked
# 27:05", "a time of 12:58", "a split of 14:21".
_TIMED_BEFORE = re.compile(
    r"\b(?:in|clocked|clocking|clocks|timed|time\s+of|split\s+of|splits?\s+of|ran|run|"
    r"record\s+of|best\s+of)\s+(?:just\s+|only\s+|a\s+)?$",
    re.IGNORECASE,
)
# Minutes and seconds behind or ahead of someone: "finished 2:31 behind the leader".
_GAP_AFTER = re.compile(r"\s+(?:behind|back|down|adrift|ahead|clear)\b", re.IGNORECASE)
# A time with its seconds that a clock shows: "at 14:32:05", "14:32:05 GMT".
_AT_BEFORE = re.compile(r"\b(?:at|by|until|till|from)\s+$", re.IGNORECASE)
# A race's clock stopped at a time is the time taken: "stopped the clock at 2:00:17".
_CLOCK_STOPPED_BEFORE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+the\s+clock|the\s+clock\s+(?:stopped|stops|read))\s+at\s+$",
    re.IGNORECASE,
)


def _race_time(match: re.Match[str], text: str) -> _Found | None:
    """A time taken, in seconds, to the printed fraction of a second."""
    start = match.start()
    before = text[max(0, start - 16) : start]
    if _CLOCK_AFTER.match(text, match.end()) or (
        _AT_BEFORE.search(before)
        and not _CLOCK_STOPPED_BEFORE.search(text, max(0, start - 40), start)
    ):
        return None
    if (
        match.group("bmins")
        and not _TIMED_BEFORE.search(before)
        and not _GAP_AFTER.match(text, match.end())
    ):
        return None
    group = match.group
    hours = int(group("hours") or group("whours") or 0)
    minutes = int(group("hmins") or group("mins") or group("bmins") or group("wmins"))
    seconds = Decimal(group("hsecs") or group("secs") or group("bsecs") or group("wsecs"))
    precision = Decimal(1)
    if fraction := group("frac") or group("wfrac"):
        seconds += Decimal(f"0.{fraction}")
        precision = Decimal(10) ** -len(fraction)
    value = Decimal(hours * 3600 + minutes * 60) + seconds
    return _Found(FigureKind.DURATION, start, match.end(), value, "second", 1, precision)


def _seconds(match: re.Match[str], _text: str) -> _Found | None:
    value, precision = parse_digits(match.group("num"))
    minutes = match.group("mins")
    if minutes:
        if value >= 60:
            return None  # "1min 75.2sec" is no one time
        value += 60 * int(minutes)
    return _Found(FigureKind.DURATION, match.start(), match.end(), value, "second", 1, precision)


# A third span after a second, its list's next item: ", 14 days", ", and 16 hours".
_LISTED_AFTER = re.compile(rf",?\s+(?:and\s+)?(?:\d|(?:{WORD_NUMBER})\b)", re.IGNORECASE)


def _smaller_part(match: re.Match[str], index: int) -> tuple[Decimal, str, Decimal] | None:
    """The ``index``-th part (2 or 3) of a span stated in several units, its unit and its
    precision; None when it does not nest in the part before ("two months and three days")."""
    larger = "unit" if index == 2 else f"unit{index - 1}"
    unit = _TIME_UNITS[match.group(larger).casefold()]
    small = _TIME_UNITS[match.group(f"unit{index}").casefold()]
    if (unit, small) not in _UNIT_IN:
        return None
    if (
        unit not in ("hour", "minute")
        and match.string.startswith(",", match.end(larger))
        and (
            (unit, small) != ("year", "month")
            or index > 2
            or _LISTED_AFTER.match(match.string, match.end("unit2"))
        )
    ):
        # A time on the clock is printed so ("3 hours, 18 minutes"), and a term in years
        # and months ("jailed for two years, three months"); "3 years, 2 months, 14 days"
        # lists spans, each of its own.
        return None
    precision = Decimal(1)
    if match.group(f"num{index}"):
        value, precision = parse_digits(match.group(f"num{index}"))
    else:
        words = match.group(f"words{index}").casefold()
        value = Decimal(1) if words in ("a", "an") else parse_words(words)
    if value is None or value >= _UNIT_IN[unit, small]:
        return None
    return value, small, precision


# "under the age of 10", "over the age of 65": a line drawn through a group, no one's age.
_AGE_LINE_BEFORE = re.compile(r"\b(?:under|over|below|above|beyond)\s+the\s+$", re.IGNORECASE)
_BETWEEN_THE_BEFORE = re.compile(r"\bbetween\s+the\s+$", re.IGNORECASE)


_HUNDREDTH = Decimal("0.01")


def _age(match: re.Match[str], _text: str) -> _Found | None:
    """An age, a quantity of years old: "a 54-year-old driver", "aged 19 to 78"."""
    if _AGE_LINE_BEFORE.search(_text, max(0, match.start() - 12), match.start()):
        return None
    groups = match.groupdict()
    if groups.get("num"):
        value = Decimal(groups["num"].replace(",", ""))
        if "." in groups["num"] or "," in groups["num"]:
            return None
    else:
        value = parse_words(groups["words"])
    if value is None or not 0 < value <= 130:
        return None
    if groups.get("low_months"):
        # In years, as its high end: "6 months to 14 years" is from half a year to 14 (to the
        # hundredth: "7 months" is 0.58 years, not an endless fraction).
        low_years = (Decimal(groups["low_months"]) / 12).quantize(_HUNDREDTH)
        return _range_of(match, low_years, value, AGE, 1, _HUNDREDTH)
    low = groups.get("low") or groups.get("low_to")
    if low:
        between = match.group().casefold()
        if (
            " and " in between
            and "between" not in between
            # "between the ages of 40 and 70": the "between" stands before the match.
            and _BETWEEN_THE_BEFORE.search(_text, max(0, match.start() - 14), match.start()) is None
        ):
            # "two women aged 30 and 32": two ages, the second read as a list's next.
            return _Found(FigureKind.QUANTITY, match.start(), match.end("low"), Decimal(low), AGE,
                          1, Decimal(1))  # fmt: skip
        return _range_of(match, Decimal(low), value, AGE, 1, Decimal(1))
    return _Found(FigureKind.QUANTITY, match.start(), match.end(), value, AGE, 1, Decimal(1))


def _age_level(match: re.Match[str], _text: str) -> _Found | None:
    """A group's median or average age, and the age it moved from, each an age."""
    found: list[_Found] = []
    for group in ("num", "from"):
        if match.group(group) is None:
            continue
        value, precision = parse_digits(match.group(group))
        if not 0 < value <= 120:
            return None
        end = match.end(group)
        years = _YEARS_AFTER.match(match.string, end, match.end())
        # "median age" says what the age is of, wherever the clause's words stop.
        found.append(_Found(FigureKind.QUANTITY, match.start(group), years.end() if years else end,
                            value, AGE, 1, precision,
                            head=[match.group("level").casefold(), "age"]))  # fmt: skip
    found[0].then = found[1] if len(found) > 1 else None
    return found[0]


_YEARS_AFTER = re.compile(r"[\s-]+years?(?:[\s-]+old)?\b", re.IGNORECASE)


def _age_apposition(match: re.Match[str], _text: str) -> _Found | None:
    group = "num" if match.group("num") else "bracketed"
    value = Decimal(match.group(group))
    if not 0 < value <= 120:
        return None
    return _Found(FigureKind.QUANTITY, match.start(group), match.end(group), value, AGE, 1,
                  Decimal(1))  # fmt: skip


def _age_when(match: re.Match[str], text: str) -> _Found | None:
    """ "Ashcombe was 29 when she painted it": an age then, of the person named. The name may
    be any noun's ("Inflation was 9 when …", "when Chelsea was 2–0 up", "when Brent was 90"):
    the article must name a person so (a first name or a title before the name, here or
    elsewhere)."""
    group, name_group = ("num", "name") if match.group("num") else ("num2", "name2")
    value = Decimal(match.group(group))
    name = match.group(name_group)
    if not 0 < value <= 120 or name.casefold() in _STOP or not _a_person(text, name):
        return None
    return _Found(FigureKind.QUANTITY, match.start(group), match.end(group), value, AGE, 1,
                  Decimal(1), head=[name], past=True)  # fmt: skip


_TITLES = frozenset("mr mrs ms miss dr sir dame lady lord".split())


@lru_cache(maxsize=1024)  # an article names a person again and again: each is looked up once
def _a_person(text: str, name: str) -> bool:
    """Whether ``text`` gives ``name`` with a first name or a title before it ("Margaret
    Ashcombe", "Mrs Ashcombe"), or is itself a first name."""
    if name in FIRST_NAMES:
        return True
    # Each place the name is printed, by `str.find`: a regex over the whole text per age
    # would cost as much as reading the article's figures.
    at = text.find(name)
    while at != -1:
        before = _NAME_BEFORE.search(text, max(0, at - 24), at)
        if before is not None and (
            before.group(1) in FIRST_NAMES or before.group(1).casefold() in _TITLES
        ):
            return True
        at = text.find(name, at + len(name))
    return False


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")


_SPEED_IN_WORDS = re.compile(r"(?P<length>[a-z]+)\s+(?:an|per)\s+hour")
_SPEED_PER_SECOND = re.compile(
    r"(?P<length>kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\s+per\s+second"
)
# A speed per second, by its length's unit word: "11.2 kilometres per second" is 11.2 km/s.
_PER_SECOND = {"k": "km/s", "m": "m/s"}


def _unit_word(printed: str) -> str:
    """The unit a printed unit word names: "square-kilometer" as "square kilometre", "225
    kilometres an hour" in km/h."""
    printed = re.sub(r"\s+", " ", printed)
    if printed.startswith("square-"):
        printed = "square " + printed[len("square-") :]
    speed = _SPEED_IN_WORDS.fullmatch(printed)
    if speed is not None:
        return "mph" if speed.group("length").startswith("mile") else "km/h"
    speed = _SPEED_PER_SECOND.fullmatch(printed)
    if speed is not None:
        length = speed.group("length")
        return "mi/s" if length.startswith("mile") else _PER_SECOND[length[0]]
    return _UNIT_WORDS[printed]


def _quantity(match: re.Match[str], _text: str) -> _Found | None:
    printed_unit = match.group("unit").casefold()
    unit = _unit_word(printed_unit)
    scale = scale_of(match.group("scale") or match.group("short"))
    # "8.4 GW" is printed in thousands of megawatts, "500 kW" in thousandths; "1TB" in
    # thousands of gigabytes.
    power = (
        _POWER_SCALE[printed_unit[0]]
        if unit.startswith("MW")
        else _DATA_SCALE[printed_unit[0]]
        if unit == "GB"
        else _FREQUENCY_SCALE[printed_unit[0]]
        if unit == "MHz"
        else _RATE_SCALE[printed_unit[0]]
        if unit == "Mbps"
        else Decimal(10**6)
        if printed_unit == "mt"
        else Decimal(1)
    )
    if match.group("mixed"):
        value, precision = _fraction(match.group("mixed")), Decimal("0.01")
    elif match.group("num"):
        value, precision = parse_digits(match.group("num"))
    else:
        if printed_unit in _DATA_UNITS and "byte" not in printed_unit:
            return None  # "to go a PB in a final": a personal best; "1PB", "2 TB" are data
        words = match.group("words").casefold()
        if words in ("a", "an") and unit == "lb" and not _OF_AFTER.match(_text, match.end()):
            return None  # "every pound he took": money; "a pound of butter" is a weight
        if (
            words in ("a", "an")
            and _RATE_AFTER.match(_text, match.start() - 1)
            and not _DISTANCE_AFTER.match(_text, match.end())
            and _RATE_OWNER_BEFORE.search(_text, max(0, match.start() - 40), match.start())
        ):
            return None  # "107 bushels an acre": the rate of the count before
        part = _PART_OF_SCALE_PARTS.fullmatch(words)
        parsed = (
            _PART_VALUE[re.sub(r"[\s-]+", " ", part.group("part")).removesuffix("s")]
            * MULTIPLIERS[part.group("scale").casefold()]
            if part is not None
            else Decimal("0.5")
            if words in ("one-half", "half a", "half an")
            else parse_words(re.sub(r"\s+and\s+an?\s+(half|quarter)$", "", words))
        )
        if parsed is None:
            return None
        if words.endswith(("and a half", "and an half")):
            parsed += Decimal("0.5")
        elif words.endswith(("and a quarter", "and an quarter")):
            parsed += Decimal("0.25")
        # "half a million tonnes" is rounder than the number it names: to a tenth of the scale.
        step = MULTIPLIERS[part.group("scale").casefold()] / 10 if part is not None else 1
        value, precision = parsed, Decimal(step)
    factor = scale * power
    scale = max(1, int(factor))
    if match.group("low"):
        low, low_precision = parse_digits(match.group("low"))
        return _range_of(match, low * factor, value * factor, unit, scale,
                         min(low_precision, precision) * factor)  # fmt: skip
    if match.group("words") or match.group("num"):
        # A range whose low end the pattern does not read: "fall by two to three degrees".
        low_end = _low_end_before(_text, match.start(), value)
        if low_end is not None:
            low, low_precision, low_start = low_end
            found = _range_of(match, low * factor, value * factor, unit, scale,
                              min(low_precision, precision) * factor)  # fmt: skip
            if found is not None:
                found.start = low_start
                return found
    if printed_unit == "m" and (
        _MILLIONS_BEFORE.search(_text, max(0, match.start() - 60), match.start())
        or _AMOUNT_IN_MILLIONS.search(_text, max(0, match.start() - 120), match.start())
    ):
        # "The company earned 1,200m", "rose to £2,289m from a restated 1,975m": millions of a
        # currency left unsaid.
        return None
    if printed_unit == "m" and _EVENT_BEFORE.search(_text, max(0, match.start() - 20),
                                                    match.start()):  # fmt: skip
        return None  # "won the 1,500m", "the women's 10,000m": a race, no length
    if unit == "ft" and not match.group("low") and factor == 1 and value == int(value):
        inches = _INCHES_AFTER.match(_text, match.end())
        if inches is not None and int(inches.group("inches")) < 12:
            # A height in feet and inches is one length: "the 5ft 10in forward", "5 feet 10
            # inches tall", "a 6-foot-2 centre" are 70 and 74 inches, not 5 and 6 feet.
            value = value * 12 + int(inches.group("inches"))
            return _Found(FigureKind.QUANTITY, match.start(), inches.end(), value, "in", 1,
                          Decimal(1))  # fmt: skip
    kind = FigureKind.QUANTITY
    if unit == "lb" and _pounds_sterling(match, _text):
        kind, unit = FigureKind.MONEY, "GBP"
    return _Found(kind, match.start(), match.end(), value * factor, unit, scale, precision * factor)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# The inches after a height's feet: "5ft 10in", "5 feet 10 inches", "6ft 2", "6-foot-2" (a
# bare number only glued by a hyphen or where no noun follows it).
_INCHES_AFTER = re.compile(
    r"(?:,?\s?(?:and\s+)?|-)(?P<inches>\d{1,2})"
    r"(?:\s?(?:inches|inch)\b|ins?\b|[″\"](?!\w)|(?<=-\d)(?![\w.,%-]|\s+(?:feet|foot|ft)\b)"
    r"|(?<=-\d\d)(?![\w.,%-]|\s+(?:feet|foot|ft)\b))",
    re.IGNORECASE,
)
_AMOUNT_IN_MILLIONS = re.compile(r"[$£€¥₹]\s?[\d,.]+m\b")
_EVENT_BEFORE = re.compile(r"\bthe\s+(?:(?:men|women)[’']s\s+)?$", re.IGNORECASE)
_MILLIONS_BEFORE = re.compile(
    r"\b(?:earn\w*|revenues?|sales|profits?|turnover|income|loss(?:es)?|debts?|budget|deficit|"
    r"worth|valued?|cost\w*|paid|pay\w*|rais\w*|sp[ea]n[dt]\w*|fund\w*|pric\w*|bid\w*|"
    r"sold|bought)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
# What is paid, not weighed: "cost 12.71 pounds", "a prize of 50,000 pounds".
_MONEY_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|fine|fined|prize|worth|price|priced|spent|"
    r"spend|raised|raise|salary|wage|wages|bill|fee|fees|charge|charged|sold\s+for|"
    r"bought\s+for|compensation|damages|award|awarded|bonus|fund|funding|tuition)\b"
    r"[^.;:!?]{0,30}$",
    re.IGNORECASE,
)


_WEIGHED_BEFORE = re.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weight|heavier|lighter)\b[^.;:!?]*$", re.IGNORECASE
)


_IN_PENCE = re.compile(r"[\d,]+\.\d\d")


def _pounds_sterling(match: re.Match[str], text: str) -> bool:
    """Whether "pounds" is money: a sum in pence ("12.71 pounds") or paid for something, and
    never "pounds of" something weighed ("50,000 pounds of cargo")."""
    if _OF_AFTER.match(text, match.end()) or _WEIGHED_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return False
    if _IN_PENCE.fullmatch(match.group("num") or ""):
        return True
    if _MONEY_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None:
        return True
    # An amount of money just before in its sentence, as pounds converted: "capped at 9,535
    # pounds ($12,700) a year and will rise to 9,790 pounds in 2026-27".
    before = text[max(0, match.start() - 80) : match.start()]
    return _CURRENCY_SIGN.search(before[before.rfind(". ") + 1 :]) is not None


def _low_end_before(text: str, start: int, high: Decimal) -> tuple[Decimal, Decimal, int] | None:
    """The low end of a range just before the high end at ``start``, its precision and where
    it starts: "two to three degrees", "between 20 and 25 pence". Not a list's ("cats and 3
    dogs") nor a change's ("rose from 20 to 25 pence")."""
    if not text[max(0, start - 5) : start].rstrip().endswith(("to", "and", "-", "–")):
        return None  # most amounts: no range's separator before them, nothing to search
    low = _LOW_END.search(text, max(0, start - 40), start)
    if low is None or low.group("lscale") or low.group("lshort"):
        return None
    sep, between = low.group("sep").casefold(), (low.group("between") or "").casefold()
    if sep == "and" and between != "between":
        return None
    printed = low.group("low")
    if printed[0].isdigit():
        if _is_year(printed):
            return None
        value, precision = parse_digits(printed)
    else:
        parsed = parse_words(printed)
        if parsed is None:
            return None
        value, precision = parsed, Decimal(1)
    if _change_not_range(text, low.start("low"), value, high):
        return None
    return value, precision, low.start() if between == "between" else low.start("low")


def _magnitude(match: re.Match[str], _text: str) -> _Found:
    value, precision = parse_digits(
        match.group("num") or match.group("num2") or match.group("num3")
    )
    if match.group("high"):
        high, high_precision = parse_digits(match.group("high"))
        found = _range_of(match, value, high, "magnitude", 1, min(precision, high_precision))
        if found is not None and high > value:
            return found
        return _Found(FigureKind.QUANTITY, match.start(), match.end("num2"), value, "magnitude",
                      1, precision)  # fmt: skip
    return _Found(FigureKind.QUANTITY, match.start(), match.end(), value, "magnitude", 1,
                  precision)  # fmt: skip


# A word that times something by a time's name ("closes at noon", "by midnight on Friday"):
# "the midday heat", "a midnight feast" are no moment.
_NAMED_TIME_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after|from|since|past)\s+$")
_DAY_END_BEFORE = re.compile(r"\b(?:by|until|till|before|to)\s+$")


# A word that puts a moment on one side of a named time: "delays after noon" began at 12.40pm
# or 3pm, "before midnight" is any time of the evening. Not "by" or "until": the deadline's
# or the opening hours' own time ("register by noon", "open until midnight").
_NAMED_TIME_SIDE = re.compile(r"\b(?P<side>after|past|since|before)\s+$", re.IGNORECASE)
_NAMED_TIME_SIDES = {
    "after": Bound.AT_LEAST,
    "past": Bound.AT_LEAST,
    "since": Bound.AT_LEAST,
    "before": Bound.AT_MOST,
}


def _named_time_side(text: str, sentence: Span, item: _Found) -> tuple[Bound, str | None, int]:
    """The side of a named time of day a bare "after" or "before" puts a moment on: "after
    noon" is no exact time ("shortly after noon" is read with the other qualifiers)."""
    if text[item.start : item.end].casefold() not in _NAMED_TIMES:
        return Bound.EXACT, None, item.start
    side = _NAMED_TIME_SIDE.search(text, max(sentence.start, item.start - 8), item.start)
    if side is None:
        return Bound.EXACT, None, item.start
    return _NAMED_TIME_SIDES[side.group("side").casefold()], side.group("side"), side.start()


def _clock(match: re.Match[str], text: str) -> _Found | None:
    if match.group("named"):
        if _NAMED_TIME_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None:
            return None
        hour = 12
        if match.group("named") == "midnight":
            # The day's end before it ("shortly before midnight", "by midnight" is 11:40pm's
            # side of it); the next day's start after it ("shortly after midnight").
            before = text[max(0, match.start() - 30) : match.start()]
            hour = 24 if _DAY_END_BEFORE.search(before) else 0
        return _time_in_zone(match, hour, 0, Decimal(60), None)
    if match.group("mhour"):
        return _time_in_zone(match, int(match.group("mhour")), int(match.group("mminute")),
                             Decimal(1), match.group("mzone"))  # fmt: skip
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    half = (match.group("half") or match.group("halfm") or "").casefold()
    if half and not 1 <= hour <= 12:
        return None  # "15pm" is no time
    if not half and (hour > 23 or match.group("minute") is None):
        return None  # "7 GMT" is too bare to be one
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    precision = Decimal(1) if match.group("minute") else Decimal(60)
    return _time_in_zone(match, hour, minute, precision,
                         match.group("zone") or match.group("halfzone"))  # fmt: skip


_DAY = r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "at 6am on Friday", "11.20am Thursday", "at 9.15pm local time on Sunday night".
_DAY_AFTER_TIME = re.compile(
    rf"(?:\s+(?:local\s+time|[A-Z]{{2,4}}))?,?\s+(?:on\s+)?(?:(?:last|this|next)\s+)?{_DAY}\b"
)
# "on Thursday at 11.20am", "Friday morning at about 6am", "Sunday, at 9pm".
_DAY_BEFORE_TIME = re.compile(
    rf"\b{_DAY}(?:[’']s)?{_PART_OF_DAY},?\s+(?:at\s+)?(?:(?:about|around|shortly|just|"
    rf"soon)\s+(?:before\s+|after\s+)?)?$"
)


_YEAR_ONLY = re.compile(r"\d{4}")


def _weekday(text: str, start: int, end: int, sentence: Span) -> str | None:
    """The day of the week a time of day is given on, printed next to it: two times on
    different days are two moments, not one reported twice."""
    after = _DAY_AFTER_TIME.match(text, end, sentence.end)
    if after is not None:
        return after.group("day")
    before = _DAY_BEFORE_TIME.search(text, max(sentence.start, start - 60), start)
    return before.group("day") if before is not None else None


def _time_in_zone(
    match: re.Match[str], hour: int, minute: int, precision: Decimal, zone: str | None
) -> _Found:
    """A time of day, in UTC where its zone converts: times compare only in one zone ("3pm"
    in a London paper is not "10 a.m. ET"), and two outlets print one moment in theirs."""
    if zone and zone.casefold().endswith("time"):
        named = " ".join(zone.split()[:-1]).casefold()
        zone = _NAMED_ZONES.get(named)  # None for "local time": the article's own
    minutes = hour * 60 + minute
    if zone in UTC_OFFSETS:
        minutes, zone = (minutes - UTC_OFFSETS[zone]) % (24 * 60), "UTC"
    unit = f"{CLOCK} {zone}" if zone else CLOCK
    return _Found(FigureKind.QUANTITY, match.start(), match.end(), Decimal(minutes), unit, 1,
                  precision)  # fmt: skip


def _temperature(match: re.Match[str], text: str) -> _Found | None:
    letter = (
        match.group("deg") or match.group("word") or match.group("letter") or match.group("bare")
    )[0].upper()
    unit = "°F" if letter == "F" else "°C"
    value, precision = parse_digits(match.group("num"))
    if match.group("bare") and _named(text, match.start("num"), Span(start=0, end=len(text))):
        return None  # "Grade 5C", "Model 3F": a name
    sign = -1 if match.group("sign") else 1
    if match.group("low"):
        low, low_precision = parse_digits(match.group("low"))
        return _range_of(match, sign * low, value, unit, 1, min(precision, low_precision))
    if match.group("rose"):
        low, low_precision = parse_digits(match.group("rose"))
        if sign == 1 and low < value and unit[-1] == match.group("roseunit"):
            return _range_of(match, low, value, unit, 1, min(precision, low_precision))
        # "It was 30C, rising to 28C later": the first alone, the second read after it.
        first = "°F" if match.group("roseunit") == "F" else "°C"
        return _Found(FigureKind.QUANTITY, match.start(), match.end("roseunit"), sign * low,
                      first, 1, low_precision)  # fmt: skip
    if sign == 1:
        # A range whose low end the pattern does not read: "between 9 and 16 degrees Celsius".
        low_end = _low_end_before(text, match.start(), value)
        if low_end is not None:
            low, low_precision, low_start = low_end
            found = _range_of(match, low, value, unit, 1, min(precision, low_precision))
            if found is not None:
                found.start = low_start
                return found
    return _Found(FigureKind.QUANTITY, match.start(), match.end(), sign * value, unit, 1,
                  precision)  # fmt: skip


def _fraction(printed: str) -> Decimal:
    """ "2 1/2" → 2.5, "1/4" → 0.25."""
    whole, _, fraction = printed.rpartition(" ")
    numerator, denominator = fraction.split("/")
    return Decimal(whole or 0) + Decimal(numerator) / Decimal(denominator)


_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]+s")
_LATIN_US = frozenset(
    "status bonus campus census virus consensus stimulus corpus focus genus bus us "
    "surplus nexus thesaurus apparatus prospectus".split()
)


_POSSESSIVE_END = re.compile(r"[’']s?$")


# Nouns ending in "oe", whose plural only adds an "s" (most ending in "o" add "es").
_OE_NOUNS = frozenset("canoe oboe shoe horseshoe floe sloe hoe tiptoe snowshoe".split())


@lru_cache(maxsize=16384)
def _singular(word: str) -> str:
    if _ACRONYM_PLURAL.fullmatch(word):
        return word[:-1].casefold()  # GPUs, CEOs
    lowered = _POSSESSIVE_END.sub("", word.casefold())
    if lowered in _LATIN_US or lowered.endswith(("ss", "is", "us", "ics")):
        return lowered
    if lowered.endswith("uses") and lowered[:-2] in _LATIN_US:
        return lowered[:-2]  # "bonuses", "surpluses", "buses"
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("sses", "xes", "ches", "shes")):
        return lowered[:-2]
    if lowered.endswith("oes") and len(lowered) > 5 and lowered[:-1] not in _OE_NOUNS:
        return lowered[:-2]  # "tornadoes", "volcanoes", "heroes"; not "canoes", "oboes"
    if lowered.endswith("s") and len(lowered) > 3:
        return lowered[:-1]
    return lowered


# Nouns ending as "men" does that are no plural of "-man" ("fishermen", "gunmen" are).
_NOT_MEN = frozenset("specimen regimen abdomen acumen stamen hymen yemen".split())


def _is_plural(lowered: str) -> bool:
    """A guess without a dictionary: "gpus", "voters", "fishermen"; not "is", "news",
    "company’s", "specimen"."""
    if lowered.endswith("men") and len(lowered) > 5:
        # "Some 3,000 fishermen have been unable to work", "two gunmen".
        return lowered not in _NOT_MEN and "-" not in lowered
    return (
        lowered.endswith("s")
        # No plural ends in "ss": "two glass cases" counts cases, not "glass".
        and not lowered.endswith("ss")
        and len(lowered) > 3
        and lowered not in _NOT_HEADS
        and not lowered.endswith(("'s", "’s"))
    )


_COUNT_MODIFIERS = frozenset("new more additional extra other further".split())
# Prepositions: a number they follow counts nothing after them.
_NOT_COUNTED_FIRST = frozenset(
    "after before during since until against behind ahead despite following among through "
    "across within without towards toward via amid".split()
)
_MONTH = re.compile(_MONTHS)


def _named_before_noun(word: str, rest: list[str]) -> bool:
    """Whether a capitalised word ending like a plural names a maker or a brand before the noun
    counted, further on in the phrase: "40 Airbus A321neo jets", "two Mercedes vans" (not
    "300 Kenyans died in", "5,000 Americans living abroad")."""
    if not word[:1].isupper() or word.isupper():
        return False
    for later in rest:
        clean = later.strip(".,;:!?()\"“”’'")
        lowered = clean.casefold()
        if not clean or lowered in _STOP:
            return False
        if clean.islower() and (_is_plural(lowered) or lowered in _COUNT_NOUNS):
            return True
        if clean != later:
            return False
    return False


# Count nouns no number counts, only a noun after them: "two data centres", not "two data".
_MASS_NOUNS = frozenset("media data equipment software hardware".split())


def _noun_before_noun(lowered: str, following: list[str]) -> bool:
    """Whether a mass noun names the kind of the plural noun right after it: "two data
    centres", "five software engineers". Not a plural: "three corrections officers" would then
    count officers, which the story's other counts of officers are matched against."""
    if not following or lowered not in _MASS_NOUNS:
        return False
    after = following[0].rstrip(".,;:!?)\"”’'")
    return (
        after.islower()
        and after not in _STOP
        and after not in _COUNT_NOUNS
        and _is_plural(after)
        and not after.endswith("ly")
    )


def _head(phrase: str, *, address: bool = True) -> list[str] | None:
    """The counted thing: "NVIDIA H100 GPUs" → [nvidia, h100, gpus]; None when there is none.
    ``address`` False where no street number can stand before the phrase (see `_part`)."""
    words = phrase.split()
    if words and words[0].casefold() in _NOT_COUNTED_FIRST:
        return None  # "on lap 40 after debris", "lap 40 after Nico Albers": no noun counted
    taken: list[str] = []
    for index, word in enumerate(words):
        clean = word.strip(".,;:!?()\"“”’'")
        lowered = clean.casefold()
        if lowered in _COUNT_MODIFIERS and clean == word:
            taken.append(clean)  # "1,200 new employees", "5,000 more troops"
            continue
        if lowered in ("and", "or") and taken and clean == word:
            taken.append(clean)  # "412 domestic and international flights"
            continue
        if not clean or lowered in _STOP or lowered in _TIME_UNITS or _MONTH.fullmatch(clean):
            return None
        taken.append(clean)
        if clean == word and _noun_before_noun(lowered, words[index + 1 : index + 2]):
            continue  # "two data centres", "three sales teams": the next noun is counted
        if (_is_plural(lowered) or lowered in _COUNT_NOUNS) and not (
            clean == word and _named_before_noun(clean, words[index + 1 :])
        ):
            if address and (lowered in _ADDRESS or any(w.casefold() in _ADDRESS for w in taken)):
                return None
            if clean == word and (joined := _joined_noun(words[index + 1 :])):
                taken += ["and", joined]  # "2,000 soldiers and police to the area"
            return taken
        if clean != word:  # punctuation ends the phrase
            return None
    return None


_PART_OF_SCALE_PARTS = re.compile(
    r"(?:a\s+)?(?P<part>quarter|half|third|three[\s-]quarters?|two[\s-]thirds?)"
    r"(?:\s+(?:of\s+)?an?\s+|(?:(?<=quarter)|(?<=half))[\s-])(?P<scale>thousand|million|billion)",
    re.IGNORECASE,
)
_PART_VALUE = {"quarter": Decimal("0.25"), "half": Decimal("0.5"), "third": Decimal(1) / 3,
               "three quarter": Decimal("0.75"), "two third": Decimal(2) / 3}  # fmt: skip


_HALF_A_DOZEN = re.compile(r"half\s+an?\s+dozen", re.IGNORECASE)


def _count_number(match: re.Match[str]) -> tuple[Decimal, Decimal, int] | None:
    """(value, precision, scale) of a count's number, the scale not yet applied; None for a
    year or words that are not a number."""
    if match.group("num"):
        printed = match.group("num")
        if _is_year(printed):
            return None
        value, precision = parse_digits(printed)
        return value, precision, scale_of(match.group("scale") or match.group("short"))
    part = _PART_OF_SCALE_PARTS.fullmatch(match.group("words"))
    if part is not None:
        # "half a million people": rounder than the number it names, to a tenth of the scale.
        name = re.sub(r"[\s-]+", " ", part.group("part").casefold()).removesuffix("s")
        scale = MULTIPLIERS[part.group("scale").casefold()]
        return _PART_VALUE[name] * scale, Decimal(scale) / 10, 1
    if _HALF_A_DOZEN.fullmatch(match.group("words")):
        return Decimal(6), Decimal(1), 1
    words = re.sub(r"^an?\s+", "", match.group("words"), flags=re.IGNORECASE)
    parsed = parse_words(words)
    if parsed is None:
        return None
    # "a million people" is as precise as "1 million people".
    return parsed, words_precision(words), 1


# Sayings whose numbers count nothing.
_COUNTED_IDIOM = re.compile(r"two\s+birds\s+with\s+one\s+stone\b", re.IGNORECASE)
# "net zero emissions", "zero-carbon homes", "zero tolerance": a goal or a label, not a count.
_ZERO_LABEL = re.compile(r"zero[\s-]+(?:emissions?|carbon|tolerance|waste|hours?)\b", re.IGNORECASE)


_NUMBER_NEXT = re.compile(rf"\s+(?:{'|'.join(by_length((*UNITS, *TENS)))})\b(?!-)", re.IGNORECASE)


# Oil output's abbreviations, a count of barrels a day: "removed 110,000 bpd from the market"
# is "110,000 barrels per day".
_BARRELS_A_DAY = re.compile(r"\s+(?:bpd|b/d|bbl/d|bopd)(?![\w/])", re.IGNORECASE)


_POINTS_OF_A_PERCENT = re.compile(r"\s*(?:basis|percentage)[\s-]+points?\b", re.IGNORECASE)


_AND_OR = frozenset(("and", "or"))
# The unnamed sources of a report, no count of anything it reports: "according to two people
# familiar with the settlement", "three sources with knowledge of the talks".
_SOURCE_NOUNS = frozenset(("people", "source", "official", "insider", "executive"))
_UNNAMED_SOURCE_AFTER = re.compile(
    r"\s+(?:(?:who\s+(?:are|were)\s+)?(?:familiar|acquainted)\s+with|with\s+(?:direct\s+)?"
    r"knowledge\s+of|briefed\s+on|close\s+to\s+the)\b",
    re.IGNORECASE,
)
# Sources a report is attributed to, by what comes before or after the count: "according to
# two EU officials", "three diplomats told reporters", "two officials, speaking on condition
# of anonymity, said". Not people: "1,200 people said in a survey they…" counts respondents.
_ATTRIBUTED_SOURCE_NOUNS = _SOURCE_NOUNS | {"diplomat", "aide", "person"}
_ACCORDING_TO_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:(?:at\s+least|as\s+many\s+as)\s+)?$", re.IGNORECASE
)
_SOURCE_SAID_AFTER = re.compile(
    r"\s+(?:said|say|says|told|tell|confirmed)\b"
    r"|,?\s+(?:who\s+)?(?:spoke|speaking)\s+on\s+(?:the\s+)?condition\b"
    r"|,?\s+(?:who\s+)?(?:asked|requested|declined)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b",
    re.IGNORECASE,
)
# "Three executives said they would resign", "400 officials say they will join the strike": the
# counted say what they themselves will do, and are the story's actors, not who told it.
# Declining to speak, or what they expect or would not be surprised by, is no act: "Two
# officials said they would not comment" are sources.
_SAID_OWN_ACT_AFTER = re.compile(
    r"\s+(?:said|say|says|told\s+\w+|confirmed)\s+(?:that\s+)?they\s+"
    r"(?:(?:would|will|'d)\s+(?!(?:not\s+)?(?:comment|speculate|elaborate|discuss|confirm|deny"
    r"|disclose|say|expect|be\s+(?:surprised|drawn|happy|pleased|disappointed|shocked))\b)"
    r"(?:not\s+)?|(?:planned|plan|intend|intended|want|wanted|had\s+decided"
    r"|have\s+decided|had\s+agreed|have\s+agreed)\s+to\s+)",
    re.IGNORECASE,
)


def _four_words(phrase: str) -> str:
    """The words of a count's phrase up to the fourth after the number, an "and" or "or" and
    a leading `_COUNT_MODIFIERS` word not counted: "3.2 million mobile and home broadband
    users" counts users as "3.2 million home broadband users" would. A product's or a maker's
    name of several capitalised words is one word: "1.4 million Zippy Stacker magnetic
    building sets" counts sets as "1.4 million Stacker magnetic building sets" would."""
    words = phrase.split()
    kept: list[str] = []
    counted = 0
    for index, word in enumerate(words):
        lowered = word.casefold()
        named_on = (
            index > 0
            and word[:1].isupper()
            and words[index - 1][:1].isupper()
            and words[index - 1].isalpha()
        )
        if (
            lowered not in _AND_OR
            and not (index == 0 and lowered in _COUNT_MODIFIERS)
            and not named_on
        ):
            counted += 1
            if counted > 4:
                break
        kept.append(word)
    return " " + " ".join(kept)


def _count(match: re.Match[str], text: str) -> _Found | None:
    if _ZERO_LABEL.match(text, match.start()):
        return None
    if _COUNTED_IDIOM.match(text, match.start()):
        return None  # "killed two birds with one stone": one act doing two things, no toll
    if match.group("num") and _NUMBER_NEXT.match(match.group("phrase")):
        return None  # "bowled Whitlock for 6 three overs later": two numbers, two things
    oil = _BARRELS_A_DAY.match(match.group("phrase"))
    if oil is not None:
        number = _count_number(match)
        if number is None:
            return None
        value, precision, scale = number
        return _Found(FigureKind.COUNT, match.start(), match.start("phrase") + oil.end(),
                      value * scale, "barrel/day", scale, precision * scale,
                      head=["barrels"])  # fmt: skip
    if _POINTS_OF_A_PERCENT.match(match.group("phrase")):
        return None  # "25-50 basis points": a percentage (see `_percent`), not points counted
    if (
        match.group("num")
        and _VERB_AFTER_GATHERING.match(text, match.end("num"))
        and _GATHERING_OF_BEFORE.search(text, max(0, match.start() - 60), match.start())
    ):
        return None  # "a team of 24 covers three buildings": a verb (see `_count_of`)
    head = _head(_four_words(match.group("phrase")))
    number = _count_number(match) if head is not None else None
    if (
        head is not None
        and number is None
        and match.group("num")
        and len(head) == 1
        and head[0].casefold().strip(".,;:") not in _YEAR_HEADS
        and _APPROXIMATELY_BEFORE.search(text, max(0, match.start() - 16), match.start())
    ):
        # "about 1900 vacancies", as Australian outlets print a count without its comma: a
        # year is not about, nor does a plural noun follow one at once.
        number = (*parse_digits(match.group("num")), 1)
    if head is None or number is None:
        return None
    value, precision, scale = number
    end = match.start("phrase")
    for word in head:
        end = text.index(word, end) + len(word)
    if _counted(head[-1]) in _SOURCE_NOUNS and _UNNAMED_SOURCE_AFTER.match(text, end):
        return None  # "according to two people familiar with the settlement": who told it
    if _counted(head[-1]) in _ATTRIBUTED_SOURCE_NOUNS and (
        _ACCORDING_TO_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or (
            head[-1].casefold() != "people"
            and _SOURCE_SAID_AFTER.match(text, end)
            and not _SAID_OWN_ACT_AFTER.match(text, end)
        )
    ):
        return None  # "according to two EU officials", "three diplomats said": who told it
    if len(head) > 1 and head[0].casefold() == "dozen":
        # "More than two dozen people", "three dozen": dozens counted, each twelve.
        value, precision, head = value * 12, precision * 12, head[1:]
    # "between 200 and 300 people", "2,000 to 3,000 jobs", "10-15 people": a range.
    low = _LOW_END.search(text, max(0, match.start() - 40), match.start())
    if low and low.group("sep").casefold() == "and" and not low.group("between"):
        low = None  # "cats and 300 dogs"
    if low is not None:
        printed = low.group("low")
        low_value, low_precision = (
            parse_digits(printed) if printed[0].isdigit() else (parse_words(printed), Decimal(1))
        )
        if low.group("sep").casefold() == "or" and (
            low.group("between")
            or low.group("lscale")
            or low.group("lshort")
            or not _or_estimate(low_value, value)
        ):
            low = None  # "1 or 100 copies": a choice, the count after it alone
    if low is not None:
        low_scaled = (low_value or 0) * (scale_of(low.group("lscale") or low.group("lshort")) or 1)
        if _change_not_range(text, low.start("low"), low_scaled, value * scale):
            low = None  # "rose from 2,000 to 3,000 jobs": a change, then a count
    if low is not None:
        dashed = low.group("sep") in "-–"
        if dashed and not _plausible_dashed_range(low_value, value):
            return None  # "737-800 planes" is a model, not a range
        if low_value is not None and not _is_year(printed):
            low_scale = scale_of(low.group("lscale") or low.group("lshort")) or 1
            if low_scale == 1:
                # "2 to 3 million people", "two and three million": the scale printed once.
                words = (match.group("words") or "").casefold().split()
                low_scale = scale if scale != 1 or not words else MULTIPLIERS.get(words[-1], 1)
            unit = _counted_head(head, text, low.start(), end)
            found = _range_of(match, low_value * low_scale, value * scale, unit, scale,
                              min(low_precision * low_scale, precision * scale))  # fmt: skip
            if found is not None:
                found.start, found.end, found.head = low.start(), end, head
                return found
    if head[-1].casefold() in ("point", "points") and _points_of_a_share(text, match.start(), end):
        return _Found(FigureKind.PERCENT, match.start(), end, value * scale, "pp", scale,
                      precision * scale)  # fmt: skip
    if _capped_times(head, text, match.start(), end):
        head = ["caps"]
    return _Found(
        FigureKind.COUNT,
        match.start(),
        end,
        value * scale,
        _counted_head(head, text, match.start(), end),
        scale,
        precision * scale,
        # What they are, in the words of the count they are: "paying members" are subscribers.
        head=["subscribers"] if _subscribers(head) else head,
        total=_PART_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
        or _OWNED_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        or _OUT_OF_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None
        or _RUN_BEFORE.search(text, max(0, match.start() - 30), match.start()) is not None,
    )


# A player's international caps told as times capped: "Forty-three times capped by Georgia",
# "has been capped 12 times by Wales". Not a limit set again and again ("rents were capped three
# times"): a side's name follows.
_TIMES_CAPPED_AFTER = re.compile(r"\s+capped\b")
_CAPPED_BEFORE = re.compile(r"\bcapped\s+(?:(?:about|around|some|nearly|almost|over)\s+)?$")
_CAPPED_BY_AFTER = re.compile(r"\s+(?:by|for)\s+[A-Z]")


def _capped_times(head: list[str], text: str, start: int, end: int) -> bool:
    """Whether a count of times counts caps won (see `_TIMES_CAPPED_AFTER`)."""
    if [word.casefold() for word in head] not in (["times"], ["time"]):
        return False
    if _TIMES_CAPPED_AFTER.match(text, end):
        return True
    return bool(
        _CAPPED_BEFORE.search(text, max(0, start - 20), start) and _CAPPED_BY_AFTER.match(text, end)
    )


# "Three batches … were supplied in Australia, out of 16 batches recalled worldwide": the
# part before the whole, and the whole after "out of".
_OUT_OF = r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?"
_OUT_OF_AFTER = re.compile(
    rf"[^.;:!?]{{0,80}}?{_OUT_OF}[\w\s]{{0,12}}?[\d,]+\s+(?P<noun>[a-z]+)", re.IGNORECASE
)
_OUT_OF_BEFORE = re.compile(rf"{_OUT_OF}(?:(?:{_QUALIFIER})\s+)?$", re.IGNORECASE)
# "won only once in their last 11 league games", "one of the past 12 matches": a count a run
# is told over is its length, the whole the record in it is a part of, not a count of what
# was done in it.
_RUN_OF = r"\b(?:in|of|from|over|during|across)\s+"
_RUN_END = r"(?:last|past|previous|first|opening|final|next)\s+$"
_RUN_BEFORE = re.compile(rf"{_RUN_OF}(?:the|their|its|his|her|our)\s+{_RUN_END}", re.IGNORECASE)
# "across the state's 1563 government schools", "the country's 2.9 million lowest-paid
# workers": what a place or a body has, counted whole, is a total, not what a part of them
# did. Not a name's ("Brooklyn's 17 turnovers" are what the team did).
_OWNED_BEFORE = re.compile(
    r"\bthe\s+(?:state|country|nation|city|county|region|province|territory|island|"
    r"district|council|company|firm|group|union|bank|school|university|park)[’']s\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


# What a year is the level or the mark of: "over 2019 levels", "around 1990 levels", "nearly
# 2022 highs".
_YEAR_HEADS = frozenset(
    "levels highs lows peaks figures rates prices standards values norms averages".split()
)
_APPROXIMATELY_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|more\s+than|fewer\s+than|"
    r"over|under)\s+$",
    re.IGNORECASE,
)


# A paid service's members are its subscribers: "84.3 million paid memberships", "3.4 million
# paying members" and "3.1 million subscribers" count one thing (not a union's "members").
_PAYING = frozenset(("paying", "paid", "paid-up"))


def _subscribers(head: list[str]) -> bool:
    """Whether a count's noun phrase counts a paid service's subscribers."""
    return _counted(head[-1]) in ("member", "membership") and not _PAYING.isdisjoint(
        word.casefold() for word in head[:-1]
    )


# What a telecom or online service's users are named by: "3.2 million mobile and home
# broadband users" are its customers, as another outlet's "2.3 million customers" are.
_SERVICES = frozenset(
    "mobile broadband internet phone cellphone smartphone landline wireless cellular fibre "
    "fiber cable pay-tv streaming".split()
)


def _service_customers(head: list[str]) -> bool:
    """Whether a count's noun phrase counts a service's users, its customers."""
    return _counted(head[-1]) == "user" and not _SERVICES.isdisjoint(
        word.casefold() for word in head[:-1]
    )


# What makes governments no country's: a lower tier ("14 local governments", "state
# governments") or governments one after another ("three successive governments").
_SUBNATIONAL_BEFORE = re.compile(
    r"\b(?:local|state|regional|provincial|municipal|county|city|district|tribal|"
    r"successive|consecutive|different|previous|past|former|coalition|caretaker|interim|"
    r"minority)\s+$",
    re.IGNORECASE,
)
# Governments in succession, the words before their number: "has outlasted five governments",
# "under three governments", "Britain has had five governments".
_SUCCESSION_BEFORE = re.compile(
    r"\b(?:under|outlast\w*|outlived?|survived?|through|seen|had|toppled|brought\s+down)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Governments side by side do something, the words after them: "32 governments back a pause",
# "governments backing a pause", "governments that signed". Not a span or a fall: "five
# governments in eight years", "68 governments since 1946", "five governments have fallen".
_GOVERNMENTS_ACT_AFTER = re.compile(
    r"\s+(?:(?:now|already|also|have|has|had|are|were|will|would|must|could|should|can|may)\s+)"
    r"{0,3}(?!(?:fallen|fell|collapsed|come|gone|served|ruled|lasted|been|in|since|over|during|"
    r"and|or|of|from|for|at|on|with|by|between|across|before|after|ago|a|an|the)\b)[a-z]{2,}\b"
)


def _governments_as_countries(unit: str, before: str, after: str) -> str:
    """``unit``, but "country" for governments counted side by side: the words ``before`` name
    no lower tier nor succession, those ``after`` say what they do (see
    `_GOVERNMENTS_ACT_AFTER`): "38 countries back a pause" and "the number of governments
    backing a pause has grown to 32" count one thing; "the talks have outlasted five
    governments" counts no countries."""
    if (
        unit == "government"
        and not _SUBNATIONAL_BEFORE.search(before)
        and not _SUCCESSION_BEFORE.search(before)
        and _GOVERNMENTS_ACT_AFTER.match(after)
    ):
        return "country"
    return unit


def _counted_head(head: list[str], text: str = "", start: int = 0, end: int = 0) -> str:
    """The unit of a count from its noun phrase (see `_counted`); of two nouns joined, both:
    "2,000 soldiers and police" counts "soldier and police", no count of soldiers alone. The
    count's words run from ``start`` to ``end`` in ``text`` (see
    `_governments_as_countries`)."""
    if _subscribers(head):
        return "subscriber"
    if _service_customers(head):
        return "customer"
    if len(head) >= 3 and head[-2] == "and":
        return f"{_counted(head[-3])} and {_counted(head[-1])}"
    if teu := _CONTAINER_UNITS.get(" ".join(head[-3:]).casefold().replace("-", " ")):
        return teu  # "9.84 million twenty-foot equivalent units" are 9.84 million TEUs
    before = text[max(0, start - 40) : start] + " ".join([*head[:-1], ""])
    return _governments_as_countries(_counted(head[-1]), before, text[end : end + 60])


# Shipping's container units spelled out, as their letters count them ("TEU", "FEU").
_CONTAINER_UNITS = {
    f"{size} foot equivalent {unit}": code
    for size, code in (("twenty", "teu"), ("forty", "feu"))
    for unit in ("unit", "units")
}


# What ends a noun phrase after a second noun: "soldiers and police to the area".
_PHRASE_ENDS = frozenset("to in into at on from across for with".split())


def _joined_noun(rest: list[str]) -> str | None:
    """The second noun of a count of two ("2,000 soldiers and police to the area"): a lower-case
    word after "and" that ends the phrase, not a verb ("30 people and injured 50") nor a
    count of its own ("1,500 soldiers and 500 police officers")."""
    if len(rest) < 2 or rest[0] != "and":
        return None
    noun = rest[1].rstrip(".,;:!?")
    lowered = noun.casefold()
    if (
        not noun.isalpha()
        or not noun.islower()
        or lowered in _STOP
        or lowered.endswith(("ed", "ing", "ly"))
    ):
        return None
    if noun != rest[1]:
        return noun
    after = rest[2].casefold() if len(rest) > 2 else ""
    # Not a verb before its infinitive: "300 members and plans to grow".
    if after in _PHRASE_ENDS and not (after == "to" and lowered.endswith("s")):
        return noun
    return None


def _counted(word: str) -> str:
    """The unit of a count from its last word: "46 others" counts people, as "46 other people"
    does ("other" stays in its measure)."""
    singular = _singular(word)
    return "people" if singular == "other" else singular


# The words that make "9.4 to 1" or "3:1" a ratio: before it in its clause ("a
# testosterone-to-epitestosterone ratio of 9.4 to 1, above the permitted limit of 4 to 1"; a
# doping test's "T/E") or right after it ("a 3:1 ratio"). Without one, "5 to 1" may be odds or a
# committee's vote.
_RATIO_WORDS = frozenset("ratio ratios".split())
_RATIO_BEFORE = re.compile(
    r"(?:\bratios?\b|(?<![\w/])T/E\b)(?:(?![.!?]\s)[^;:!?])*$", re.IGNORECASE
)
_RATIO_AFTER = re.compile(r"[\s-]+ratios?\b", re.IGNORECASE)


def _ratio(match: re.Match[str], text: str) -> _Found | None:
    """A ratio to one, its first number the value: "9.4 to 1" is 9.4 of one to one of the other,
    so that "9.4 to 1" and "4.9 to 1" of one test conflict."""
    start = match.start()
    if not (
        _RATIO_AFTER.match(text, match.end())
        or _RATIO_BEFORE.search(text, max(0, start - 160), start)
    ):
        return None
    if _VOTED_BEFORE.search(text, max(0, start - 30), start) or _CHAMBER_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return None  # "the board voted 9 to 1": a tally, though a ratio was named before
    value, precision = parse_digits(match.group("num"))
    return _Found(FigureKind.QUANTITY, start, match.end(), value, "ratio", 1, precision)


def _tally(match: re.Match[str], text: str) -> _Found | None:
    """A tally as two counts of votes, one a side: "for" and "against" in their measures, so
    "7-2" lines up with "6-3" side by side (7 with 6, 2 with 3) and a changed side conflicts."""
    if match.group("wanum") is not None:
        return _worded_tally(match)
    if match.group("fanum") is not None:
        return _sides_tally(match, text)
    if match.group("vanum") is not None:
        voted = _VOTED_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ) or _CHAMBER_BEFORE.search(text, max(0, match.start() - 30), match.start())
        return _voted_tally(match) if voted is not None else None
    printed = match.group("votes")
    if (
        not printed
        and not _TALLY_CUE.search(text, max(0, match.start() - 50), match.start())
        and not _TALLY_AFTER.match(text, match.end())
        and not _CHAMBER_BEFORE.search(text, max(0, match.start() - 30), match.start())
    ):
        return None  # "737-800 jets", a score, a date: no vote around it
    high, high_precision = parse_digits(match.group("anum"))
    low, low_precision = parse_digits(match.group("bnum"))
    if low > high:
        return None  # a tally gives the winning side first
    against = _Found(FigureKind.COUNT, match.start("bnum"), match.end("bnum"), low, "vote", 1,
                     low_precision, head=["against"])  # fmt: skip
    first_end = match.end("votes") if printed else match.end("anum")
    return _Found(FigureKind.COUNT, match.start(), first_end, high, "vote", 1, high_precision,
                  head=["for"], then=against)  # fmt: skip


# A vote before sides told by their words: "the vote was 6 in favour, 3 against".
_VOTE_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def _sides_tally(match: re.Match[str], text: str) -> _Found | None:
    """ "Eight council members voted in favour and five against": a tally whose sides are told
    by "in favour" (or "voted for") and "against", so that it lines up with another outlet's
    "voted 9-4". Only with a vote said: "Ten residents spoke in favour and six against" is no
    vote's tally."""
    voted = match.group("fvoted") is not None or _VOTE_BEFORE.search(
        text, max(0, match.start() - 60), match.start()
    )
    if not voted or (match.group("fside").casefold() == "for" and not match.group("fvoted")):
        return None
    high_value, high_precision = _tally_side(match.group("fanum"))
    low_value, _ = _tally_side(match.group("fbnum"))
    if low_value is None or high_value is None:
        return None
    against = _Found(FigureKind.COUNT, match.start("fbnum"), match.end(), low_value, "vote", 1,
                     Decimal(1), head=["against"])  # fmt: skip
    return _Found(FigureKind.COUNT, match.start("fanum"), match.end("fside"), high_value, "vote",
                  1, high_precision, head=["for"], then=against)  # fmt: skip


def _tally_side(printed: str) -> tuple[Decimal | None, Decimal]:
    if printed[0].isdigit():
        return parse_digits(printed)
    return parse_words(printed), Decimal(1)


# A motion decided by a vote names its split as "voted" does: "the budget passed 31 to 24",
# "the bill was rejected by 40 to 12".
_VOTED_BEFORE = re.compile(
    r"\b(?:voted|passed|approved|carried|adopted|rejected|defeated|endorsed|ratified)\s+"
    r"(?:by\s+)?(?:a\s+(?:majority|margin)\s+of\s+)?$",
    re.IGNORECASE,
)


def _voted_tally(match: re.Match[str]) -> _Found | None:
    """ "voted by four to two": a committee's split, the sides with no word of votes."""
    return _tally_in_words(match, "vanum", "vbnum", match.end("vanum"))


def _worded_tally(match: re.Match[str]) -> _Found | None:
    """ "by 11 votes to six", "by six votes to three": a tally with a side in words."""
    return _tally_in_words(match, "wanum", "wbnum", match.end("wvotes"))


def _tally_in_words(match: re.Match[str], high: str, low: str, high_end: int) -> _Found | None:
    """A tally whose sides are the ``high`` and ``low`` groups, in digits or words, the
    winning side first and printed up to ``high_end``."""
    high_value, high_precision = _tally_side(match.group(high))
    low_value, _ = _tally_side(match.group(low))
    if low_value is None or high_value is None or low_value > high_value:
        return None
    against = _Found(FigureKind.COUNT, match.start(low), match.end(low), low_value, "vote", 1,
                     Decimal(1), head=["against"])  # fmt: skip
    return _Found(FigureKind.COUNT, match.start(high), high_end, high_value, "vote", 1,
                  high_precision, head=["for"], then=against)  # fmt: skip


def _per_capita(match: re.Match[str], _text: str) -> _Found | None:
    """A rate in a population, per its printed base: "24.6 per 100,000 people" is 24.6 in
    the unit "per 100,000", never a count of 100,000 people."""
    value, precision = parse_digits(match.group("num"))
    base = match.group("base").casefold().replace(" ", ",")
    base = {"1000": "1,000", "10000": "10,000", "100000": "100,000", "1m": "million"}.get(
        base, base
    )
    return _Found(FigureKind.QUANTITY, match.start(), match.end(), value, f"per {base}", 1,
                  precision)  # fmt: skip


def _score(match: re.Match[str], text: str) -> _Found | None:
    """A match's score as a range of the two sides' points, the winner's the higher end: "3-1"
    and "1-3" are one result, which "3-2" is not. Only where a word of a result stands right
    before or after it: a dash between two numbers is most often a range or a date."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 60) : start]
    if (
        _ODDS_AROUND.match(text, end)
        or _ODDS_BEFORE.search(before)
        or _COUNTED_AFTER_SCORE.match(text, end)
    ):
        return None
    if not (_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(text, end)):
        return None
    first, second = int(match.group("anum")), int(match.group("bnum"))
    low, high = sorted((Decimal(first), Decimal(second)))
    if _SERIES_BEFORE.search(before) or _SERIES_AFTER.match(text, end):
        head = [SERIES]
    elif _INTERIM_BEFORE.search(before) or _INTERIM_AFTER.match(text, end):
        head = [INTERIM]
    else:
        head = None
    return _Found(FigureKind.RANGE, start, end, None, "score", 1, Decimal(1), low=low, high=high,
                  head=head)  # fmt: skip


# A score over many matches, where one side leading is no match on the way: "Aalto still
# leads their head-to-head 5-4", "the Warriors lead the series 3-1", "4-5 in their meetings".
_SERIES_WORDS = r"(?:head-to-head|h2h|series|meetings|rivalry|record)"
_SERIES_BEFORE = re.compile(rf"\b{_SERIES_WORDS}\s+(?:at\s+|by\s+)?$", re.IGNORECASE)
_SERIES_AFTER = re.compile(
    rf"\s+(?:in|on)\s+(?:their|the|his|her|its)\s+(?:[\w-]+\s+)?{_SERIES_WORDS}\b",
    re.IGNORECASE,
)


# A score on the way, not the result: "led 14-3", "trailing 2-0", "14-3 at half-time".
_INTERIM_BEFORE = re.compile(
    r"\b(?:led|lead|leads|leading|trailed|trailing|trail|trails|level|levelled|leveled)\b"
    r"(?:\s+(?:at|by)\b)?(?:\s+[A-Z][\w’'.-]*){0,4}\s+$",
    re.IGNORECASE,
)
_INTERIM_AFTER = re.compile(
    rf"\s+(?:(?:up\s+|down\s+)?(?:at|by)\s+{_THE_BREAK}"
    r"|(?:half-time|halftime|first-half|interval)\s+(?:lead|advantage|deficit)|lead|advantage"
    rf"|{_PERIOD_OF_PLAY})\b",
    re.IGNORECASE,
)


# Adjectives that name a group of people after "the": "19 of the dead".
_GROUP_ADJECTIVES = frozenset(
    "dead injured wounded missing accused arrested displaced elderly unemployed homeless "
    "sick poor rich young".split()
)


def _part(match: re.Match[str], text: str) -> _Found | None:
    """N of a group: a count of what the group is made of. "104 of the 240 seats" counts
    seats (the 240 is a figure of its own, the total, read by the count pattern), so it is
    not the 240 that lines up with another outlet's "104 seats"."""
    if (match.group("words") or "").casefold() == "one":
        return None  # "one of the biggest banks" says nothing countable
    phrase = match.group("phrase")
    # "137 of its high street branches": past "of its" the number is no house's on a street.
    head = _head(" " + phrase, address=bool(match.group("whole")))
    first = phrase.split()[0].strip(".,;:!?()\"“”’'")
    if head is None and first.casefold() in _GROUP_ADJECTIVES:
        head = [first]
    number = _count_number(match) if head is not None else None
    if head is None or number is None:
        return None
    value, precision, scale = number
    number_end = match.end("num") if match.group("num") else match.end("words")
    if match.group("scale") or match.group("short"):
        number_end = match.end("scale") if match.group("scale") else match.end("short")
    if match.group("whole"):
        end = number_end  # the total and its noun are the next figure's words
    else:
        end = match.start("phrase")
        for word in head:
            end = text.index(word, end) + len(word)
    return _Found(FigureKind.COUNT, match.start(), end, value * scale, _singular(head[-1]),
                  scale, precision * scale, head=head, part=True)  # fmt: skip


# The low end of a range of counts, just before the high end's number.
_LOW_END = re.compile(
    rf"(?:\b(?P<between>between|from)\s+)?(?<![\d.,])(?P<low>{DIGITS}|\b{WORD_NUMBER})"
    rf"(?:\s?(?P<lscale>{_SCALE_WORD})\b|(?P<lshort>{SCALE_PATTERN})\b)?"
    # "or" only for a count's estimate ("three or four more retailers", see `_or_estimate`).
    r"\s*(?P<sep>and|to|or|-|–)\s*$",
    re.IGNORECASE,
)


def _or_estimate(low: Decimal | None, high: Decimal) -> bool:
    """Whether "LOW or HIGH" before a noun is an estimate between two near numbers, a range
    ("three or four more retailers", "one or two days", "five or 10 people"), not a choice
    between far ones ("1 or 100 copies")."""
    return low is not None and 0 < low < high <= 2 * low


def _plausible_dashed_range(low: Decimal | None, high: Decimal) -> bool:
    """Whether "LOW-HIGH" before a noun reads as a range of counts: small numbers ("3-4
    people") or round ones ("200-300 protesters"), not a model ("737-800 jets")."""
    if low is None or low >= high:
        return False
    return high < 100 or (low % 5 == 0 and high % 5 == 0)


# What "half of" or "a quarter of" cannot be a share of: a stretch of time is a period.
_NOT_SHARED = frozenset(
    "year years century decade decades season month months week weeks day days hour hours "
    "way time game match it them this that "
    # Idioms, no share of anything counted: "Numbers are only half of the story".
    "story battle picture".split()
)
# "a quarter of each share", "a third of every dollar": a share of each part is one of the whole.
_DETERMINERS = frozenset("the all its their those these his her our your its each every".split())
_NOT_BEFORE_SHARE = re.compile(
    r"\b(?:first|second|last|latter|former|other|back|front|the)[\s-]+$", re.IGNORECASE
)


def _share(match: re.Match[str], text: str) -> _Found | None:
    """A share of a group, as a percentage: "two-thirds of voters" → 66.67 %, "one in five
    adults" → 20 %. A percentage, so it lines up with "67% of voters" in another article."""
    if _NOT_BEFORE_SHARE.search(text[max(0, match.start() - 12) : match.start()]):
        return None  # "the second half of 2023" is a period
    if match.group("alone"):
        return _share_alone(match, text)
    if match.group("by"):
        return _share_by(match, text)
    if match.group("frac"):
        share = parse_words(match.group("frac"))
    else:
        if _is_year(match.group("whole")):
            return None  # "up from 87 in 2020": a count and its year, not a share
        if _SCORED_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            return None  # "scored 96 out of 100": a score (see `_score_of`), no share of people
        part, whole = parse_words(match.group("part")), parse_words(match.group("whole"))
        if match.group("wscale") or (whole is not None and whole >= _ODDS_FROM):
            return _odds(match, part)
        share = None if not part or not whole or part > whole else part / whole
    if share is None or not 0 < share <= 1:
        return None
    phrase = [w for w in match.group("phrase").split() if w.casefold() not in _DETERMINERS]
    # "a third of its 3,400 daily departures": the share ends before the whole's own count,
    # a figure of its own; the noun after it is still what the share is of.
    counted = bool(phrase) and phrase[0][0].isdigit()
    head = _share_head(phrase[1:] if counted else phrase)
    if head is None and match.group("frac"):
        return None  # "half of it"
    end = match.end("phrase") if head else match.start("phrase")
    if counted:
        end = match.start("phrase") + match.group("phrase").index(phrase[0])
        end = len(text[:end].rstrip())
    elif head:
        end = text.rindex(head[-1], match.start("phrase"), match.end("phrase")) + len(head[-1])
    percent = (share * 100).quantize(Decimal("0.000001"))
    # The group's noun, not the participle before it, says what is measured.
    head = [word for word in head or [] if not word.casefold().endswith("ed")]
    return _Found(
        FigureKind.PERCENT, match.start(), end, percent, "%", 1, Decimal(1),
        head=head,
    )  # fmt: skip


# "One in 292.2 million" is a chance, no share of a group: as a percentage it would read
# 0.000034%, where a printed 302.5 million rounds to the same.
_ODDS_FROM = 100_000


def _odds(match: re.Match[str], part: Decimal | None) -> _Found | None:
    """Odds of one in N, as N: "odds of 1 in 292.2 million" is 292,200,000 to one."""
    printed = match.group("whole")
    if part != 1 or not printed[0].isdigit():
        return None
    whole, precision = parse_digits(printed)
    scale = SCALES[match.group("wscale").casefold()] if match.group("wscale") else 1
    end = match.end("wscale") if match.group("wscale") else match.end("whole")
    return _Found(FigureKind.QUANTITY, match.start(), end, whole * scale, "odds (one in)", scale,
                  precision * scale)  # fmt: skip


# Where a share with no "of" may open its clause, and the group a clause before it names:
# "Of the 46 lots offered, a quarter failed to sell".
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas|though|although)\s+)$", re.IGNORECASE
)
_GROUP_BEFORE = re.compile(
    rf"\bof\s+{_PART_DETERMINER}\s+(?:(?:{DIGITS}|{WORD_NUMBER})\s+)?(?P<noun>[A-Za-z]+s)\b"
    r"[^,;:.]*,\s*$",
    re.IGNORECASE,
)


def _share_alone(match: re.Match[str], text: str) -> _Found | None:
    """A share opening its clause with no "of": "a quarter failed to sell" is 25 % of the
    group the sentence names before it, if it does."""
    start = match.start()
    before = text[max(0, start - 80) : start]
    if not _CLAUSE_OPENING.search(before):
        return None  # "the building is half finished"
    share = parse_words(match.group("alone"))
    if share is None or not 0 < share <= 1:
        return None
    group = _GROUP_BEFORE.search(before)
    percent = (share * 100).quantize(Decimal("0.000001"))
    return _Found(FigureKind.PERCENT, start, match.end("alone"), percent, "%", 1, Decimal(1),
                  head=[group.group("noun")] if group else [])  # fmt: skip


# A verb of change a fraction after "by" says the size of: "cut its workforce by a third",
# "shrink its real-estate footprint by a fifth", "sales rose by a quarter". Not "divided by",
# "followed by a third", "won by half a length".
_CHANGED_BY = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w*|shr[iau]nk\w*|slash\w*|lower\w*|decreas\w*|increas\w*|"
    r"ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|gr[eo]w(?:s|n|ing)?|rais\w*|boost\w*|"
    r"expand\w*|drop\w*|climb\w*|jump\w*|swell\w*|swollen|trim\w*|curb\w*|shed\w*|"
    r"declin\w*)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)


_CLOCK_QUARTER_AFTER = re.compile(
    r"(?<=quarter)\s+(?:past|to\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|noon|midnight|\d{1,2}(?![\d,.%]|\s*(?:per|million|billion|bn|m)\b)))\b",
    re.IGNORECASE,
)


def _share_by(match: re.Match[str], text: str) -> _Found | None:
    """A change by a fraction, as a percentage: "reduce its office space by a fifth" is the
    other outlet's "by about 20%"; None with no verb of change before it."""
    start = match.start()
    if not _CHANGED_BY.search(text[max(0, start - 90) : start]):
        return None
    if _CLOCK_QUARTER_AFTER.match(text, match.end("by")):
        return None  # "rose by a quarter past nine" is no change of a quarter
    share = parse_words(match.group("by"))
    if share is None or not 0 < share <= 1:
        return None
    percent = (share * 100).quantize(Decimal("0.000001"))
    return _Found(FigureKind.PERCENT, start, match.end("by"), percent, "%", 1, Decimal(1))


def _share_noun(word: str) -> bool:
    """Whether ``word`` is a plural noun or a noun of people: what a participle may qualify."""
    lowered = word.strip(".,;:!?()\"“”’'").casefold()
    return (
        bool(lowered)
        and lowered not in _STOP
        and (lowered in _COUNT_NOUNS or (_is_plural(lowered) and not lowered.endswith("ed")))
    )


def _share_head(words: list[str]) -> list[str] | None:
    """The group a share is of: the words up to the first that ends the noun phrase."""
    taken: list[str] = []
    for index, word in enumerate(words):
        clean = word.strip(".,;:!?()\"“”’'")
        lowered = clean.casefold()
        if (
            lowered.endswith(("ed", "ly"))
            and clean == word
            and index + 1 < len(words)
            and _share_noun(words[index + 1])
        ):
            # "the recalled packs", "its daily departures": a participle or an adjective in
            # -ly before its noun
            taken.append(clean)
            continue
        if not clean or lowered in _STOP or lowered.endswith(("ed", "ly")) or clean[0].isdigit():
            break
        taken.append(clean)
        if clean != word or _is_plural(lowered) or lowered in _COUNT_NOUNS:
            break  # punctuation or a plural noun ends the phrase
    if not taken or taken[0].casefold() in _NOT_SHARED:
        return None
    return taken


_NOT_ORDINAL_NEXT = frozenset(
    "quarter quarters half half-year time of and to in on at by the a an place is was were "
    "said reported came become became saw one ones".split()
)


# Words after an ordinal that start a clause, not name what is ranked: "her second since".
_NOT_ORDINAL_NOUNS = frozenset("since until unless though although because whether".split())
# Only a named owner: "her first priorities", "its first model" rank nothing.
_CLAIM_OWNER = re.compile(r"[’']s\s+(?:\w+\s+)?$", re.IGNORECASE)
# An event's running count: "now in its 27th year", "in its 12th edition".
_IN_ITS_BEFORE = re.compile(r"\b[Ii]n\s+its\s+$")
_EDITION_AFTER = re.compile(r"\s+(?:year|edition|season)\b")
# A minute of a match and the like: "in the 89th minute" is a figure, owner or not.
_MATCH_TIMES = frozenset("minute minutes lap inning".split())
_HYPHENED_AFTER = re.compile(r"-([A-Za-z]+)\b")
# Whose caps and Tests: "his 60th cap", "Cotter's 64th Test" (not "the second Test" of a
# series).
_CAREER_OWNER = re.compile(r"(?:\b(?:his|her|their)|[’']s)\s+$", re.IGNORECASE)
# "City's first home win over Westmoor in 43 years", "the first since 1998": first for a
# while, not first ever.
_FIRST_FOR_A_WHILE = re.compile(
    rf"[^.;:]{{0,60}}?\b(?:(?:in|for)\s+(?:(?:{_QUALIFIER})\s+)?(?:\d+|{WORD_NUMBER}|an?)\s+"
    r"(?:years?|decades?|months?|weeks?|seasons?|games?|matches)|since)\b",
    re.IGNORECASE,
)


# Words between an ordinal and what it counts: "third consecutive quarterly loss", "third
# general election".
_ORDINAL_MODIFIERS = frozenset(
    "consecutive straight successive ever annual quarterly monthly weekly yearly full-year "
    "general national presidential parliamentary federal local regional snap".split()
)
_ORDINAL_WORD = re.compile(r"[\w’']+(?:-[\w’']+)*")
_RUN_WORD = re.compile(r"(?:-ever\b|\s+(?:consecutive|straight|successive)\b)", re.IGNORECASE)


# Where "No. 17" is a place in a ranking: "will climb to No. 17 in the world rankings", "a
# career-high No.19", "the world No 1" (not "No. 10 Downing Street").
_RANK_NUMBER_BEFORE = re.compile(
    r"\b(?:world|ranked|ranking|rankings|career-high|climb(?:s|ed)?\s+to|r(?:i|o)se\s+to|"
    r"move(?:s|d)?\s+up\s+to|seed(?:ed)?|top)\s+(?:(?:a|the|new)\s+)?$",
    re.IGNORECASE,
)
_RANK_NUMBER_AFTER = re.compile(r"\s+in\s+the\s+(?:world(?:\s+rankings?)?|rankings?)\b", re.I)


# What a year is the year of, by the verb before it: "built in 1986", "opened in 1968",
# "founded in 1901". A year is a place on a timeline, an ordinal: it compares exactly.
_YEAR_OF_VERBS = {
    **dict.fromkeys("built constructed completed erected".split(), YEAR_BUILT),
    **dict.fromkeys("opened inaugurated commissioned".split(), YEAR_OPENED),
    **dict.fromkeys("founded established formed".split(), YEAR_FOUNDED),
}
_YEAR_OF_BEFORE = re.compile(
    rf"\b(?P<verb>{'|'.join(_YEAR_OF_VERBS)})\s+(?:back\s+)?in\s+(?:(?:early|mid|late)-?\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?$",
    re.IGNORECASE,
)


def _year_of(match: re.Match[str], text: str) -> _Found | None:
    """The year a thing was built, opened or founded: "the bridge, which was built in 1986"."""
    verb = _YEAR_OF_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if verb is None:
        return None
    value, _ = parse_digits(match.group("num"))
    return _Found(FigureKind.ORDINAL, match.start(), match.end(), value,
                  _YEAR_OF_VERBS[verb.group("verb").casefold()], 1, Decimal(1),
                  head=[])  # fmt: skip


def _rank_number(match: re.Match[str], text: str) -> _Found | None:
    if not (
        _RANK_NUMBER_BEFORE.search(text, max(0, match.start() - 24), match.start())
        or _RANK_NUMBER_AFTER.match(text, match.end())
    ):
        return None
    ranked = _RANK_NUMBER_AFTER.match(text, match.end())
    end = ranked.end() if ranked else match.end()
    return _Found(FigureKind.ORDINAL, match.start(), end, Decimal(match.group("num")), "rank",
                  1, Decimal(1), head=["rank"])  # fmt: skip


def _ordinal(match: re.Match[str], text: str) -> _Found | None:
    # "Meta’s first dividends", "its third straight loss": an ordinal owned by someone makes a
    # claim; "the first paragraph" or "a second look" does not.
    phrase_start = match.end("ord")
    # ... and so does a run: "the third consecutive loss", "a second straight year".
    run = _RUN_WORD.match(text, phrase_start)
    # A place in a ranking: "ranked 63rd in the world", "58th in Fifa's rankings".
    ranked = _RANKINGS_AFTER.match(text, phrase_start)
    if ranked or (
        match.group("ord")[0].isdigit()
        and _RANKED_BEFORE.search(text, max(0, match.start() - 24), match.start())
    ):
        end = ranked.end() if ranked else phrase_start
        return _Found(FigureKind.ORDINAL, match.start(), end, _ordinal_value(match), "rank", 1,
                      Decimal(1), head=["rank"])  # fmt: skip
    # "in the 78th minute" and "a 78th-minute penalty" both name the minute.
    timed = _COUNTED_AFTER.match(text, phrase_start) or _HYPHENED_AFTER.match(text, phrase_start)
    if timed and timed.group(1).casefold() in _MATCH_TIMES:
        unit = _singular(timed.group(1))
        return _Found(FigureKind.ORDINAL, match.start(), timed.end(), _ordinal_value(match),
                      unit, 1, Decimal(1), head=[timed.group(1)])  # fmt: skip
    if (
        timed
        and timed.group(1) in ("cap", "Test")
        and _CAREER_OWNER.search(text, max(0, match.start() - 30), match.start())
        and _career_mark_ends(text, timed.end())
    ):
        # "winning his 60th cap", "playing his 64th Test": one count of a player's Tests.
        return _Found(FigureKind.ORDINAL, match.start(), timed.end(), _ordinal_value(match),
                      "test", 1, Decimal(1), head=["test"])  # fmt: skip
    edition = _EDITION_AFTER.match(text, phrase_start)
    if edition and _IN_ITS_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        # "The telethon, now in its 27th year": how long an event has run, an edition.
        return _Found(FigureKind.ORDINAL, match.start(), edition.end(), _ordinal_value(match),
                      "edition", 1, Decimal(1), head=["edition"])  # fmt: skip
    title = _career_title(text, match, phrase_start)
    if title is not None:
        return title
    if not run and not _CLAIM_OWNER.search(text[max(0, match.start() - 30) : match.start()]):
        return None
    if text.startswith("-ever", phrase_start):
        phrase_start += len("-ever")  # "first-ever dividend"
    elif text.startswith("-", phrase_start):
        return None  # "first-team debut", "second-hand": a compound adjective, not a rank
    words = list(_ORDINAL_WORD.finditer(text, phrase_start, min(len(text), phrase_start + 60)))
    taken: list[re.Match[str]] = []
    for word in words[:3]:
        gap = text[(taken[-1].end() if taken else phrase_start) : word.start()]
        if gap.strip(" -" if not taken else " "):
            break  # punctuation ends the phrase
        taken.append(word)
        if word.group().casefold() not in _ORDINAL_MODIFIERS:
            break
    if not taken:
        return None
    noun = taken[-1].group().casefold()
    if (
        noun in _NOT_ORDINAL_NEXT
        or noun in _STOP
        or noun in _ORDINAL_MODIFIERS
        or noun.endswith(("ed", "ly"))
        or noun in _NOT_ORDINAL_NOUNS
        or not noun.replace("-", "").isalpha()
    ):
        return None
    if not run and _FIRST_FOR_A_WHILE.match(text, taken[-1].end()):
        return None
    return _Found(
        FigureKind.ORDINAL,
        match.start(),
        taken[-1].end(),
        _ordinal_value(match),
        _singular(noun),
        1,
        Decimal(1),
        head=[w.group() for w in taken],
    )


# What a player's or a team's titles are counted in: "her second Grand Slam title", "his third
# major", "their 20th league crown", "Ledecky's ninth Olympic gold" (not "his second Grand
# Slam final", which counts finals).
_TITLE_NOUNS = {
    **dict.fromkeys("title titles crown crowns major majors slam slams championship trophy".split(),
                    "title"),
    **dict.fromkeys("medal medals gold golds".split(), "medal"),
}  # fmt: skip
_TITLE_WORDS_AFTER = 4
# Words after a title's noun that count something else about it.
_NOT_A_TITLE_AFTER = frozenset(
    "final finals semi-final semi-finals semifinal quarter-final quarter-finals defence defense "
    "match bid run race event round tournament appearance debut hopes chance ceremony winner "
    "winners decider clash showdown favourite favorite contender contenders game games".split()
)


def _career_title(text: str, match: re.Match[str], phrase_start: int) -> _Found | None:
    """An owner's count of titles or medals: "Ferreira's second Grand Slam title", "his 14th
    tour-level title", "her third major"."""
    if not _CAREER_OWNER.search(text, max(0, match.start() - 30), match.start()):
        return None
    words = list(_ORDINAL_WORD.finditer(text, phrase_start, min(len(text), phrase_start + 60)))
    taken: list[re.Match[str]] = []
    for index, word in enumerate(words[:_TITLE_WORDS_AFTER]):
        gap = text[(taken[-1].end() if taken else phrase_start) : word.start()]
        if gap.strip(" "):
            return None  # punctuation ends the phrase before a title is named
        taken.append(word)
        unit = _TITLE_NOUNS.get(word.group().casefold())
        if unit is None:
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if (
            following is not None
            and not text[word.end() : following.start()].strip()
            and following.group().casefold() in _NOT_A_TITLE_AFTER
        ):
            return None  # "his second Grand Slam final", "her first title defence"
        if following is not None and following.group().casefold() in _TITLE_NOUNS:
            continue  # "Grand Slam title": the title is named last
        if _FIRST_FOR_A_WHILE.match(text, word.end()):
            return None  # "the club's first title in 21 years": first for a while
        return _Found(FigureKind.ORDINAL, match.start(), word.end(), _ordinal_value(match), unit,
                      1, Decimal(1), head=[w.group() for w in taken])  # fmt: skip
    return None


def _career_mark_ends(text: str, end: int) -> bool:
    """Whether "his 64th Test" ends at ``end`` ("…Test, did not", "…Test against Italy"), not
    names another thing counted ("his fourth Test hundred" is his fourth century)."""
    after = _COUNTED_AFTER.match(text, end)
    if after is None or text[end : after.start()].strip():
        return True  # punctuation, or the sentence's end
    word = after.group(1).casefold()
    return word in _STOP or word in ("against", "match", "appearance")


_RANKED_BEFORE = re.compile(r"\b(?:ranked|ranks|ranking)\s+(?:joint\s+|equal\s+)?$", re.IGNORECASE)
_RANKINGS_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|world|latest|official)\s+){0,3}[Rr]ankings?\b"
    r"|\s+in\s+the\s+world\b"
)


def _ordinal_value(match: re.Match[str]) -> Decimal:
    ordinal = match.group("ord").casefold()
    return Decimal(ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal)))


# The words of a toll: what happened to the people a number counts.
_TOLL_WORDS = (
    r"killed|died|dead|injured|wounded|hurt|missing|hospitali[sz]ed|rescued|evacuated|arrested"
)
_TOLL_AFTER = re.compile(
    rf"\s+(?:(?:were|are|was|is|have|has|had)\s+(?:been\s+)?)?(?:[a-z]+ly\s+)?(?:{_TOLL_WORDS})\b",
    re.IGNORECASE,
)


# "and one has died", "one was killed": a toll of one, after a clause or a count of others.
_ONE_TOLL_AFTER = re.compile(
    r"\s+(?:(?:was|is|has|had)\s+(?:been\s+)?)?(?:[a-z]+ly\s+)?"
    r"(?:killed|died|dead|injured|wounded|hurt|missing|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
_ONE_OF_A_LIST_BEFORE = re.compile(r"(?:[,;]|\b(?:and|but|while|whereas))\s+$", re.IGNORECASE)
# A toll's verb in the passive, before the bare number after it (see `_TOLL_GOVERNOR`).
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:were|was|are|is|been|be|being)\s+(?:[a-z]+ly\s+)?(?:{'|'.join(_TOLL_GOVERNORS)})\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)


def _bare_count(match: re.Match[str], _text: str) -> _Found | None:
    """A count of people the sentence does not name: "more than 5,000 lost power"."""
    if _COUNTED_IDIOM.match(_text, match.start()):
        return None  # "killed two birds with one stone" (see `_count`)
    if (match.group("words") or "").casefold() == "one" and not (
        _ONE_TOLL_AFTER.match(_text, match.end())
        and _ONE_OF_A_LIST_BEFORE.search(_text, max(0, match.start() - 12), match.start())
    ):
        # "one was enough": a pronoun. Not in a toll's list ("Two have been hospitalized and
        # one has died"), where it is a number of people as the others are; "No one died"
        # counts nobody.
        return None
    number = _count_number(match)
    if number is None:
        return None
    value, precision, scale = number
    # "41 have been injured", "three died", "injuring 1,240": a toll counts people, as "41
    # people" does.
    unit = (
        "people" if match.group("pre") is not None or _TOLL_AFTER.match(_text, match.end()) else ""
    )
    if match.group("pre") is not None and _PASSIVE_BEFORE.search(
        _text, max(0, match.start() - 40), match.start()
    ):
        return None  # "were killed 2 km from the border": no count the participle governs
    low = _bare_low_end(_text, match.start(), value * scale, scale)
    if low is not None:
        # "between 20 and 25 remained missing", "left 20 to 30 unaccounted for": a range with
        # no noun, as "between 20 and 25 people" is one (see `_count`).
        start, low_value, low_precision = low
        found = _range_of(match, low_value, value * scale, unit, scale,
                          min(low_precision, precision * scale))  # fmt: skip
        if found is not None:
            found.start, found.head = start, []
            return found
    return _Found(FigureKind.COUNT, match.start(), match.end(), value * scale, unit, scale,
                  precision * scale, head=[])  # fmt: skip


def _bare_low_end(
    text: str, start: int, high: Decimal, scale: int
) -> tuple[int, Decimal, Decimal] | None:
    """(start, value, precision) of the low end a bare count at ``start`` closes a range with:
    "between 20 and" or "20 to" before it, in words or figures. Not after a dash, which a
    score or a tally prints; not "and" without "between" ("killed 16 and 30 were missing"),
    nor a change's start ("rose from 20 to 30")."""
    low = _LOW_END.search(text, max(0, start - 40), start)
    if low is None or low.group("sep").casefold() in ("-", "–", "or"):
        return None
    if low.group("sep").casefold() == "and" and not low.group("between"):
        return None
    printed = low.group("low")
    if printed[0].isdigit():
        if _is_year(printed):
            return None
        value, precision = parse_digits(printed)
    else:
        value, precision = parse_words(printed), Decimal(1)
    if value is None:
        return None
    # "between 2 and 3 million": the scale printed once, after the high end.
    low_scale = scale_of(low.group("lscale") or low.group("lshort")) or scale
    value, precision = value * low_scale, precision * low_scale
    if _change_not_range(text, low.start("low"), value, high):
        return None
    return low.start(), value, precision


# "the number of households climbed to 10.4 million": the noun a level counts, before it;
# "the number of 16- to 24-year-olds not in education … rose to 957,000". "The queue of ships
# waiting to pass grew to 178", "the backlog of cases rose to 5,400": a queue's or a backlog's
# size is a count of what it holds, as a number's is.
_COUNTED_HOLDERS = ("number", "queue", "backlog", "tally")
_NUMBER_OF_BEFORE = re.compile(
    # The noun phrase's head, its last plural: "the number of confirmed measles cases", "the
    # number of people waiting more than a year for treatment rose to 9,340".
    rf"\b(?:{'|'.join(_COUNTED_HOLDERS)})\s+of\s+(?:\d+-?\s+to\s+)?(?:[a-z][\w-]*\s+){{0,2}}"
    # Not the verb after the noun: "the number of confirmed cases has risen to 57".
    r"(?!(?:has|was|is|does)\b)"
    r"(?:(?P<noun>[\w-]*?[a-z][a-z-]*[^\Ws])s|(?P<people>people))\b"
    r"[^.;:!?“”\"]{0,60}$",
    re.IGNORECASE,
)
# "Passenger numbers reached 18,600,000", "visitor numbers rose to 240,000": a noun's
# "numbers" count it, as "the number of passengers" does.
_NUMBERS_BEFORE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]*[^\Ws])\s+numbers\b[^.;:!?“”\"\d]{0,50}$", re.IGNORECASE
)
# A plural opening the sentence as the subject of the level's verb: "Cases are expected to
# pass 500", "Deaths have risen to 1,200".
# One word may qualify the plural ("Payrolled employees fell by 63,000"; not a singular's verb,
# "Enrollment has dropped"), and a sentence adverb stand between it and its verb ("Vacancies,
# meanwhile, dropped to 812,000"). Not a name and its verb, an aim's "to" after it: "Tesla
# expects to pass 2 million", "Netflix aims to exceed 300 million" count no expects or aims.
_COUNTED_SUBJECT_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?"
    r"(?:(?P<qualified>[A-Z][a-z-]+)\s+(?=[a-z])(?!(?:is|was|has)\s))?"
    r"(?P<noun>[A-Za-z][a-z-]*[^\Ws])s(?(qualified)(?!\s+to\s))"
    r"(?:,\s+(?:meanwhile|however|though|too|also|overall|instead|meantime),)?\s+"
    r"(?:(?:are|is|were|was|have|has|had|could|may|might|will|would|be|been|expected|likely|"
    r"set|forecast|projected|to|now|already|still)\s+){0,4}$"
)
# "Voltara's deliveries slid 18% to about 21,000": a plural its owner's, just before the level's
# verb, is what the level counts. Not what has a price ("Acme's shares fell 3% to 210").
_OWNED_PLURAL_BEFORE = re.compile(
    r"(?:’s|'s)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]*[^\Ws])s\s+(?:[a-z]+ly\s+)?$"
)
_PRICED_PLURALS = frozenset(
    "shares stocks prices bonds yields rates revenues earnings profits margins sales".split()
)
_NAMED_LEVEL_WORDS = frozenset(("by", "risen", "fallen", "grown"))
_NAMED_LEVEL_MIN = 100  # "the number of strikes rose to 12" says as little as "rose to 12"


def _opens_on_a_plural(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens on a plural (see `_COUNTED_SUBJECT_BEFORE`)."""
    first = [word.rstrip(",") for word in text[start : start + 40].split(None, 3)]
    words = first[1:] if first[:1] == ["The"] else first
    # "Payrolled employees fell by 63,000": one word may qualify the plural.
    return bool(words) and words[0][:1].isupper() and any(w.endswith("s") for w in words[:2])


# A noun that counts people as a level: "The country's population stood at 5,431,208",
# "turnout was 61,200", "the workforce had fallen to 12,400".
_PEOPLE_LEVEL_BEFORE = re.compile(
    r"\b(?P<noun>population|headcount|workforce|membership|enroll?ment|turnout|attendance|"
    r"crowd)\b[^.;:!?“”\"\d]{0,50}$",
    re.IGNORECASE,
)


_PEOPLE_LEVEL_NOUNS = frozenset(
    "population headcount workforce membership enrolment enrollment turnout attendance "
    "crowd".split()
)


def _owned_plural(text: str, start: int) -> re.Match[str] | None:
    """The owned plural just before a level's verb at ``start`` (see `_OWNED_PLURAL_BEFORE`)."""
    owned = _OWNED_PLURAL_BEFORE.search(text, max(0, start - 40), start)
    if owned is None or f"{owned.group('noun')}s".casefold() in _PRICED_PLURALS:
        return None
    return owned


# Plurals that open a sentence with a level but count nothing: "Prices rose to 1,200",
# "Temperatures reached 104", an index ("Markets fell to 7,400"), a speed ("Winds reached
# 140") or a sum each payer pays or gets ("Rents rose to 1,450 a month"), or a contract's
# price ("Gold futures rose by 1% to 2,350 an ounce").
_UNCOUNTED_SUBJECTS = _PRICED_PLURALS | frozenset(
    "temperatures levels readings values scores figures totals costs fees wages markets "
    "indices indexes averages winds gusts speeds premiums salaries rents pensions bills "
    "numbers fares tariffs incomes futures forwards spreads "
    # A tally of something unnamed: "as pollen counts climbed to 124", "waiting lists grew to
    # 790,000" (patients), a sum owed or held ("debts rose to 4,000"), a rating.
    "counts lists queues backlogs debts deficits balances reserves ratings ratios".split()
)


# A plural opening a clause after its conjunction, as the subject of the level's verb, with a
# phrase of its own between: "after confirmed cases of measles linked to two nurseries climbed
# to 131", "as orders from European buyers rose to 2,400".
_CLAUSE_SUBJECT_BEFORE = re.compile(
    r"\b(?:after|as|when|since|while|because|although|though|until|and|but|where)\s+"
    r"(?:the\s+)?(?:[a-z][a-z-]*\s+)?(?P<noun>[a-z][a-z-]*[^\Ws])s\s+"
    r"(?:(?:of|in|at|among|from|across|linked\s+to)\s+[^.;:!?,“”\"\d]{1,70}?\s+)?"
    r"(?:(?:have|has|had|now|already)\s+)?$"
)


_CLAUSE_OPENERS = frozenset(
    "after as when since while because although though until and but where".split()
)


def _clause_subject(text: str, start: int) -> re.Match[str] | None:
    """The plural opening the clause of the level's verb at ``start`` (see
    `_CLAUSE_SUBJECT_BEFORE`). Not one that counts nothing ("as temperatures climbed to 104")."""
    subject = _CLAUSE_SUBJECT_BEFORE.search(text, max(0, start - 120), start)
    if subject is None or f"{subject.group('noun')}s".casefold() in _UNCOUNTED_SUBJECTS:
        return None
    return subject


def _counted_subject(text: str, start: int) -> re.Match[str] | None:
    """The plural opening the sentence at ``start`` (see `_COUNTED_SUBJECT_BEFORE`): "Births
    fell to 48,912", "Deaths have risen to 1,200". Not one that counts nothing."""
    subject = _COUNTED_SUBJECT_BEFORE.search(text, max(0, start - 60), start)
    if subject is None or f"{subject.group('noun')}s".casefold() in _UNCOUNTED_SUBJECTS:
        return None
    return subject


# The change a level comes after: "fell by 21,000 to 812,000", "rose by 4% to 1,250", "has
# dropped from about 21,000 in 2019 to 18,700".
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:rose|risen|fell|fallen|dropped|climbed|grew|grown|increased|decreased|declined|"
    r"jumped|slipped|slid|edged\s+(?:up|down))\s+(?:[a-z]+ly\s+)?(?:by|from)\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?{DIGITS}(?:\s?(?:%|per\s?cent|percent|million|billion|thousand))?"
    # "dropped from about 21,000 in 2019 to 18,700": the year of the level before.
    r"(?:\s+in\s+\d{4})?\s$"
)


# A count a clause later set against its level before: "found 6,842 people experiencing
# homelessness on a single night in January, up 14% from 6,003".
_COUNT_BEFORE_CHANGE = re.compile(
    rf"(?<![\d,.]){DIGITS}\s+(?:(?P<people>people)|(?P<noun>[a-z][a-z-]*[^\Ws])s)\b"
    r"[^.;:!?\d%“”\"]{0,100},\s$"
)


# The level after a level before, with its own noun or currency: "from 2,000 to 3,000 jobs".
_OWN_UNIT_AFTER = re.compile(
    rf"\s+to\s+(?:(?:{_QUALIFIER})\s+)?\S?{DIGITS}(?:\s?(?:million|billion|thousand))?"
    r"(?:\s*[%$€£]|\s+(?!(?:in|on|at|a|an|the|last|this|over|by|since|during|after|before|"
    r"and|while|as|with|from|million|billion|thousand)\b)[a-z])"
)


def _count_level(match: re.Match[str], text: str) -> _Found | None:
    value, precision = parse_digits(match.group("num"))
    scale = scale_of(match.group("scale"))
    unit, head = "", []
    at = match.start()
    if match.group("put") is not None:
        at = match.start("num")  # "put the number of tractors … at": the noun is inside
    if match.group("then_to") is not None:
        change = _CHANGE_BY_BEFORE.search(text, max(0, at - 60), at)
        if change is None:
            return None  # "12 to 18 months": a range, no level after a change
        at = change.start()  # what the change's verb is said of is what the level counts
    named = (
        _NUMBER_OF_BEFORE.search(text, max(0, at - 80), at)
        or _NUMBERS_BEFORE.search(text, max(0, at - 60), at)
        or _counted_subject(text, at)
        or _owned_plural(text, at)
        or _clause_subject(text, at)
    )
    if named is None and text.startswith(("up", "down"), at):
        # "found 6,842 people …, up 14% from 6,003": the level before counts what the count
        # the change is set after counts.
        named = _COUNT_BEFORE_CHANGE.search(text, max(0, at - 150), at)
        if named is not None and named.group("noun") and not _is_plural(f"{named['noun']}s"):
            return None  # "averaged 24,800 this season, down from 27,300": no noun counted
    people = _PEOPLE_LEVEL_BEFORE.search(text, max(0, at - 60), at) if named is None else None
    if match.group("from") is not None and (
        (named is None and people is None) or _OWN_UNIT_AFTER.match(text, match.end())
    ):
        # "Sales rose from 18 million to 25 million euros", "Payrolls rose from 2,000 to 3,000
        # jobs": the level before is of what the level after says.
        return None
    if match.group("capped") is not None and not _is_year(match.group("num")):
        # "cap night flights at 42": the capped plural is what is counted, however few.
        noun = match.group("capped").casefold()
        return _Found(FigureKind.COUNT, match.start("num"), match.end(), value * scale,
                      _counted_as(_singular(f"{noun}s")), scale, precision * scale,
                      head=[f"{noun}s"])  # fmt: skip
    if match.group("scale") is None and (
        (named is None and people is None)
        or (value < _NAMED_LEVEL_MIN and not _number_reached(match, text, at))
        or _is_year(match.group("num"))
    ):
        return None  # "rose to 5", "fell by 40": too little said without the noun counted
    if people is not None:
        unit, head = "people", [people.group("noun").casefold()]
    elif named is not None and named.groupdict().get("people"):
        unit, head = "people", ["people"]
    elif named is not None:
        noun = named.group("noun").casefold()
        unit, head = _counted_as(_singular(f"{noun}s")), [f"{noun}s"]
        before = text[max(0, named.start("noun") - 30) : named.start("noun")]
        after = text[named.end("noun") + 1 : named.end("noun") + 60]
        unit = _governments_as_countries(unit, before, after)
    return _Found(FigureKind.COUNT, match.start("num"), match.end(), value * scale, unit, scale,
                  precision * scale, head=head)  # fmt: skip


# The verb of a level a count reaches: "has grown to 32", "climbed to 14" (not a change by a
# number, nor a level held: "rose by 12", "stood at 40").
_REACHED_TO = re.compile(
    r"(?:rose|risen|climbed|grew|grown|increased|jumped|fell|fallen|dropped|declined|"
    r"decreased)\s+to\s+$"
)


# A camp the count names by what its members do: "the number of governments backing a pause",
# "the number of states that have signed".
_CAMP_AFTER = re.compile(r"\s+(?:[a-z]{2,}ing|who|that)\b")


def _number_reached(match: re.Match[str], text: str, at: int) -> bool:
    """Whether the level is one the count "the number of …" names before it has reached, the
    count a camp's (see `_CAMP_AFTER`): "The number of nations backing the ban has grown to 27"
    counts the nations, however few; "the number of strikes rose to 12" says too little."""
    named = _NUMBER_OF_BEFORE.search(text, max(0, at - 80), at)
    return (
        named is not None
        and named.group("noun") is not None
        and _CAMP_AFTER.match(text, named.end("noun") + 1) is not None
        and _REACHED_TO.search(text, max(0, match.start("num") - 30), match.start("num"))
        is not None
        and match.group("q") is None
    )


def _toll_level(match: re.Match[str], text: str) -> _Found | None:
    """A toll's number with no noun after it: "The death toll … rose to 27"."""
    after = _COUNTED_AFTER.match(text, match.end())
    if after and (_is_plural(after.group(1)) or after.group(1) in _COUNT_NOUNS):
        return None  # "rose to 91 people": the count pattern reads it
    printed = _printed_value(match)
    if printed is None or (match.group("num") and _is_year(match.group("num"))):
        return None
    value, precision = printed
    start = match.start("num") if match.group("num") else match.start("words")
    # A toll with no other word is of the dead ("The toll has risen to 91").
    return _Found(FigureKind.COUNT, start, match.end(), value, "people", 1, precision,
                  head=["deaths"])  # fmt: skip


_SCORED_BEFORE = re.compile(r"\b(?:scor(?:ed|es|ing)|scores?\s+(?:of|was|is))\s+$", re.IGNORECASE)
_THRESHOLD_AFTER = re.compile(
    r"\s+or\s+(?:lower|less|below|under|higher|more|above|over|fewer|better|worse)\b",
    re.IGNORECASE,
)
# The words of a score told with no noun after its number (see `_score_of`).
_SCORE_VERBS = frozenset("score scores scored scoring".split())
_SCORE_HEAD = ["score"]


def _score_of(match: re.Match[str], text: str) -> _Found | None:
    """A score's number with no noun after it: "scored 91.4 out of 100", "a score of 94.1".
    Its points, of a score, so that one outlet's "scored 91.4" meets the other's "score of
    94.1"; "scored 31 points" and "scored three goals" are the count pattern's."""
    after = _COUNTED_AFTER.match(text, match.end())
    if after and (_is_plural(after.group(1)) or after.group(1) in _COUNT_NOUNS):
        return None
    if _is_year(match.group("num")) or _THRESHOLD_AFTER.match(text, match.end()):
        return None  # "Ships scoring 85 or lower fail": a pass mark, no one's score
    value, precision = parse_digits(match.group("num"))
    return _Found(FigureKind.COUNT, match.start("num"), match.end(), value, "point", 1,
                  precision, head=[*_SCORE_HEAD])  # fmt: skip


# A stock index, by name or as the story's "index"/"benchmark": what a bare level after a
# market verb is in points of. Its number is part of its name ("FTSE 100", "Nikkei 225").
# "Dow" and "Russell" are also a company and a surname ("Shares in Dow Inc closed at 152",
# "Russell reached 100 in 45 balls"): the index is only "the Dow", "Wall Street's Dow",
# "Dow Jones …" and "Russell 2000". One or two words may describe it after "the" ("the
# blue-chip Dow", "the 30-stock Dow"), but not as a company ("the chemical maker Dow").
_INDEX_NAME = re.compile(
    r"\b(?:(?P<described>(?<=\b[Tt]he\s)(?:(?!(?:chemicals?|maker|makers|company|firm|group"
    r"|giant|producer|conglomerate)\b)[a-z0-9]+(?:-[a-z0-9]+)*\s+){1,2}(?=Dow\b))?"
    r"(?P<name>Nikkei|Topix|S&P|FTSE|DAX|CAC|Hang\s+Seng|Sensex|Nifty|KOSPI|Kospi|"
    r"Nasdaq|Stoxx|STOXX|ASX|TSX|IBEX|Ibex|Bovespa|MSCI|Russell(?=\s+\d{4}\b)|Dow(?=\s+Jones\b)"
    r"|(?(described)|(?:(?<=\b[Tt]he\s)|(?<=['’]s\s)))Dow(?![\s-]+(?:Inc|Chemical|Corp|Company)\b))"
    r"(?:[\s/-]+[A-Z][\w&]*)*"
    r"(?:\s+\d{2,4}(?![\d,.]\d))?"
    r"|(?P<common>benchmark|index))\b"
)
# What ends the clause an index is named in: "The Nikkei fell. Bonds rose to 1,200".
_CLAUSE_BREAK = re.compile(r"[.;:!?“”\"](?!\d)")
_INDEX_WORDS = frozenset(
    "nikkei topix ftse dow dax cac seng sensex nifty kospi nasdaq stoxx asx tsx ibex bovespa "
    "msci russell benchmark index".split()
)
_INDEX_LEVEL_MIN = 100  # index levels run to hundreds or more; "fell to 5" is no level


def _index_level(match: re.Match[str], text: str) -> _Found | None:
    """An index's level in points, with no unit after it: "the Topix fell 4.1% to 2,651.30",
    "expects the Hang Seng to trade between 17,500 and 19,000". Only in a clause naming an
    index (see `_INDEX_NAME`), the last one named before the verb."""
    names = list(_INDEX_NAME.finditer(text, max(0, match.start() - 90), match.start()))
    named = names[-1] if names else None
    if (
        named is None
        or _CLAUSE_BREAK.search(text, named.end(), match.start())
        or _is_year(match.group("num"))
    ):
        return None
    head = [(named.group("name") or named.group("common")).casefold()]
    value, precision = parse_digits(match.group("num"))
    if value < _INDEX_LEVEL_MIN:
        return None
    ranged = match.group("between") is not None or match.group("range") is not None
    if match.group("low") is None:
        if ranged:
            return None
        return _Found(FigureKind.QUANTITY, match.start("num"), match.end(), value, "points", 1,
                      precision, head=head)  # fmt: skip
    if not ranged:
        return None  # "closed at 17,500 to 19,000" prints no level
    low, low_precision = parse_digits(match.group("low"))
    found = _range_of(match, low, value, "points", 1, min(precision, low_precision))
    if found is None or low < _INDEX_LEVEL_MIN:
        return None
    # "between 34,000 and 38,000": the span from "between", as the other ranges print it.
    between = text.rfind("between", match.start(), match.start("low"))
    found.start, found.head = match.start("low") if between < 0 else between, head
    return found


_HELD_MIN = 100
# A venue's capacity, the subject of the change after it in its sentence: "Capacity, currently
# just over 42,000, is due to rise to 50,000".
_CAPACITY_BEFORE = re.compile(r"\bcapacity\b[^.;:!?“”\"]{0,70}$", re.IGNORECASE)


def _count_of(match: re.Match[str], text: str) -> _Found | None:
    """ "a crowd of 53,241": the number counts the noun before it. The figure is the number;
    a qualifier between them ("a crowd of about 50,000") is read as any other."""
    if _is_year(match.group("num")) or _counted_after(text, match.end()):
        return None
    after = _COUNTED_AFTER.match(text, match.end())
    if (
        after
        and (_is_plural(after.group(1)) or after.group(1) in _COUNT_NOUNS)
        and not _VERB_AFTER_GATHERING.match(text, match.end())
    ):
        return None  # "a crowd of 5,000 fans": the count pattern reads it
    if match.group("risen") and not _CAPACITY_BEFORE.search(
        text, max(0, match.start() - 80), match.start()
    ):
        return None  # "rose to 5": a level of what the count-level pattern finds, if anything
    if match.group("elided"):
        return _elided_count(match, text)
    value, precision = parse_digits(match.group("num"))
    scale = scale_of(match.group("scale") or match.group("short"))
    venue = match.group("holds") or match.group("capacity") or match.group("risen")
    if venue and value * scale < _HELD_MIN:
        return None  # "the fund holds 12": a venue's capacity runs to hundreds at least
    noun = (
        match.group("noun")
        or match.group("noun2")
        or match.group("stand")
        or ("capacity" if venue else "stand")
    ).casefold()
    head = ["stand"] if noun in _STAND_NOUNS else [noun]
    unit = _COUNTED_BY_GATHERING.get(noun, noun)
    low = _bare_low_end(text, match.start("num"), value * scale, scale)
    if low is not None and "between" in match.group().casefold():
        # "raise capacity to between 46,000 and 48,000": a range of the capacity.
        start, low_value, low_precision = low
        found = _range_of(match, low_value, value * scale, unit, scale,
                          min(low_precision, precision * scale))  # fmt: skip
        if found is not None:
            found.start, found.head = start, head
            return found
    return _Found(FigureKind.COUNT, match.start("num"), match.end(), value * scale, unit, scale,
                  precision * scale, head=head)  # fmt: skip


# The count before a count whose noun is left out, in the same sentence: "won 12 seats, the
# Greens took 7". Only seats (`_count_of` runs where the sentence says "seats").
_ELIDED_NOUN_BEFORE = re.compile(
    rf"\b(?:won|took|gained|secured|kept|held)\s+(?:(?:{_QUALIFIER})\s+)?\d{{1,3}}\s+"
    # A decimal point ends no sentence: "won 7 seats with 9.1%, and the Centre Party took 8".
    r"(?P<noun>seats)\b(?:[^.;:!?“”\"]|(?<=\d)\.(?=\d)){0,120}$",
    re.IGNORECASE,
)


def _elided_count(match: re.Match[str], text: str) -> _Found | None:
    """A count of the noun counted just before in the sentence, after the same kind of verb."""
    before = _ELIDED_NOUN_BEFORE.search(text, max(0, match.start() - 160), match.start())
    if before is None or match.group("q") or match.group("scale") or match.group("short"):
        return None
    value, precision = parse_digits(match.group("num"))
    noun = before.group("noun").casefold()
    return _Found(FigureKind.COUNT, match.start("num"), match.end(), value, _singular(noun), 1,
                  precision, head=[noun])  # fmt: skip


def _multiple(match: re.Match[str], _text: str) -> _Found:
    percent, movement = _MULTIPLES[match.group("mult").casefold()]
    return _Found(FigureKind.PERCENT, match.start(), match.end(), Decimal(percent), "%", 1,
                  Decimal(1), head=[movement])  # fmt: skip


# Compound adjectives that are no count of things: spans and ages ("a 12-year", "a 90-minute"),
# measures ("a 100-metre"), shares, multiples and rough counts ("10-fold", "50-odd", "30-plus").
_NOT_COMPOUND_COUNTS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds night "
    "nights decade decades century centuries time times fold odd plus something "
    "percent per point points goal run nil all thousand million billion trillion".split()
)
# What a compound's noun counts: "a 5,000-strong crowd" and "a 15-man squad" count people.
_COMPOUND_PEOPLE = frozenset(("strong", "man", "woman", "person"))


# Where "points" are percentage points: a share, a swing, a poll, a rating. ("Curry scored 31
# points", "won by 12 points" are points scored.)
_SHARE_CONTEXT = re.compile(
    # A share of a vote or a market, not a company's shares ("Bank shares led the market lower"
    # beside "the S&P/ASX 200 fell 214.6 points" are index points).
    r"\b(?:share|vote\s+shares|swing|percentage|polls?|polling|approval|rating|turnout|inflation|"
    r"interest\s+rates?|unemployment\s+rate|jobless\s+rate)\b",
    re.IGNORECASE,
)


def _points_of_a_share(text: str, start: int, end: int) -> bool:
    """Whether "points" at ``start:end`` are percentage points: "the Conservative share rose
    1.4 points", "a 3.6-point swing", said of a share in their sentence."""
    sentence_start = max(
        text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1, start - 120, 0
    )
    stop = text.find(". ", end)
    sentence_end = min(stop if stop != -1 else len(text), end + 60)
    return _SHARE_CONTEXT.search(text, sentence_start, sentence_end) is not None


_STAND_AFTER = re.compile(r"\s+(?:stand|partnership)\b", re.IGNORECASE)


def _compound_count(match: re.Match[str], text: str) -> _Found | None:
    """A count of the compound's noun: "the 8,500-seat stadium" holds 8,500 seats. Not a
    span, a measure or a rough count (see `_NOT_COMPOUND_COUNTS`), whose patterns read them."""
    if match.group("words"):
        # "The thirteen-member council": one counted in words, of more than one.
        value = parse_words(match.group("words"))
        if value is None or value < 2:
            return None
        noun = match.group("wnoun")
        unit = "people" if noun in _COMPOUND_PEOPLE else _counted_as(_singular(noun))
        return _Found(FigureKind.COUNT, match.start(), match.end(), value, unit, 1, Decimal(1),
                      head=None if unit == "people" else [noun])  # fmt: skip
    noun = match.group("noun")
    if noun == "point" and _points_of_a_share(text, match.start(), match.end()):
        value, precision = parse_digits(match.group("num"))
        return _Found(FigureKind.PERCENT, match.start(), match.end(), value, "pp", 1, precision)
    if noun == "run" and _STAND_AFTER.match(text, match.end()):
        # "His 136-run stand for the sixth wicket": a partnership's runs, as "a stand of 136".
        value, precision = parse_digits(match.group("num"))
        return _Found(FigureKind.COUNT, match.start(), match.end(), value, "run", 1, precision,
                      head=["stand"])  # fmt: skip
    if noun == "point":
        # "a 21-point lead", "a 10-point plan": points counted, as "a lead of 21 points" are.
        value, precision = parse_digits(match.group("num"))
        return _Found(FigureKind.COUNT, match.start(), match.end(), value, "point", 1, precision,
                      head=["point"])  # fmt: skip
    if noun in _NOT_COMPOUND_COUNTS or _QUANTITY_UNIT.fullmatch(noun):
        return None
    value, precision = parse_digits(match.group("num"))
    unit = "people" if noun in _COMPOUND_PEOPLE else _counted_as(_singular(noun))
    team = _TEAM_AFTER.match(text, match.end()) if unit == "people" else None
    if team is not None and _employers_team(text, match.start(), team.group("team")):
        # "its 300-strong sales team" is a staff's size, as "its sales team of 300 people" is
        # (see `_employed`). "A 52-strong rescue team" is no employer's: people, as before.
        unit = "employee"
    head = None if unit in ("people", "employee") else [noun]
    low = _SUSPENDED_LOW.search(text, max(0, match.start() - 24), match.start())
    if low is not None:
        # "using 12- to 28-nanometre processes", "10- to 15-person teams": the low end's hanging
        # hyphen says it shares the noun, so the two are one range.
        low_value, low_precision = parse_digits(low.group("low"))
        found = _range_of(match, low_value, value, unit, 1, min(low_precision, precision))
        if found is not None:
            found.start, found.head = low.start("low"), head
            return found
    return _Found(FigureKind.COUNT, match.start(), match.end(), value, unit, 1, precision,
                  head=head)  # fmt: skip


# The low end of a compound range, its hyphen left hanging: "12- to " before "28-nanometre".
_SUSPENDED_LOW = re.compile(
    r"(?<![\w.,\-–/])(?P<low>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)-\s+(?:to|and)\s+$"
)


_HANDLERS: dict[str, Callable[[re.Match[str], str], _Found | None]] = {
    "count_compound": _compound_count,
    "rank_number": _rank_number,
    "year_of": _year_of,
    "age": _age,
    "age_level": _age_level,
    "age_apposition": _age_apposition,
    "age_when": _age_when,
    "count_bare": _bare_count,
    "multiple": _multiple,
    "money_range": _range,
    "money_words_range": _words_range,
    "percent_range": _percent_range,
    "money": _money_one,
    "money_suffix": _money_one,
    "money_words": _money_words,
    "cents": _cents,
    "percent": _percent,
    "fraction_unit": _fraction_of_unit,
    "duration": _duration,
    "race_time": _race_time,
    "seconds": _seconds,
    "quantity": _quantity,
    "temperature": _temperature,
    "magnitude": _magnitude,
    "clock": _clock,
    "count_level": _count_level,
    "toll_level": _toll_level,
    "count_of": _count_of,
    "score_of": _score_of,
    "index_level": _index_level,
    "count": _count,
    "part": _part,
    "per_capita": _per_capita,
    "ratio": _ratio,
    "tally": _tally,
    "score": _score,
    "ordinal": _ordinal,
    "share": _share,
}


# ---------------------------------------------------------------- qualifiers and measures

# "about an 80% chance": an article may stand between an approximation and the number (not
# "under a 15 per cent sell-on clause", the terms of one).
_QUALIFIER_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:(?P<q>{_QUALIFIER})\s*|(?P<qa>about|around|roughly|nearly|almost|some)"
    r"\s+an?\s+)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


# A movement "up to" a level reaches it: "moved up to 142 points", "climbed up to third", and
# so does a verb whose particle the "up" is: "his apartment heated up to 94 degrees", "ramped
# up to 500 staff" (past tenses only: "could rise up to 5%" is a ceiling).
_RISEN_BEFORE = re.compile(
    r"\b(?:moved|climbed|rose|jumped|surged|soared|shot|crept|inched|edged|went|leapt|leaped|"
    r"stepped|crawled|picking|picked|heated|warmed|ramped|scaled|revved|cranked|bumped|"
    r"piled|filled|totted)\s+$",
    re.IGNORECASE,
)
# "Over" as a verb's particle, no "more than": "the jackpot rolled over 44 times", "handed over
# 300 documents", "the firm turned over £5m". Not "took over 3 hours" nor "fell over 40%".
_PARTICLE_OVER_BEFORE = re.compile(
    r"\b(?:roll|rolls|rolled|rolling|hand|hands|handed|handing|turn|turns|turned|turning|"
    r"flipped|flipping|tipped|knocked)\s+$",
    re.IGNORECASE,
)


def _qualifier(text: str, sentence: Span, start: int) -> tuple[Bound, str | None, int]:
    before = text[max(sentence.start, start - 24) : start]
    match = _QUALIFIER_BEFORE.search(before)
    if not match:
        return Bound.EXACT, None, start
    group = "q" if match.group("q") is not None else "qa"
    words = match.group(group)
    at = start - len(before) + match.start(group)
    if words.casefold() == "up to" and _RISEN_BEFORE.search(text, max(sentence.start, at - 12), at):
        return Bound.EXACT, None, start
    if words.casefold() == "over" and _PARTICLE_OVER_BEFORE.search(
        text, max(sentence.start, at - 12), at
    ):
        return Bound.EXACT, None, start
    bound = _QUALIFIERS[words.casefold()]
    if bound in _TURNED and _NEVER_PASSED_BEFORE.search(text, max(sentence.start, at - 40), at):
        # "failed to drop below 32C", "did not rise above 40 degrees": the level held on the
        # other side of the bound.
        bound = _TURNED[bound]
    return bound, words, start - (len(before) - match.start(group))


_TURNED = {Bound.AT_MOST: Bound.AT_LEAST, Bound.AT_LEAST: Bound.AT_MOST}
_NEVER_PASSED_BEFORE = re.compile(
    r"\b(?:fail(?:s|ed|ing)?\s+to|did\s+not|didn[’']t|does\s+not|doesn[’']t|will\s+not|won[’']t|"
    r"never|not)\s+(?:drop|dropped|fall|fallen|fell|dip|dipped|go|gone|went|sink|sank|rise|"
    r"risen|rose|climb|climbed|exceed|exceeded|top|topped|pass|passed)\s+$",
    re.IGNORECASE,
)


# Words that name the same measure or movement: "shares fell" and "stock dropped" agree.
_SYNONYMS = {
    "stock": "share", "stocks": "share", "share": "share", "shares": "share",
    "sales": "revenue", "turnover": "revenue", "revenues": "revenue",
    "earnings": "profit", "profits": "profit", "net": "net", "sterling": "pound",
    "staff": "employee", "workers": "employee", "worker": "employee", "employees": "employee",
    # "about 9% of its workforce", "roughly 11 per cent of its staff": one headcount.
    "workforce": "employee", "headcount": "employee",
    # "the EV share", "electric vehicles made up": one kind of car.
    "ev": "electric", "evs": "electric",
    # "above expectations of $1.05", "the consensus estimate of $1.05": what analysts expected.
    "expectation": "estimate", "expectations": "estimate", "consensus": "estimate",
    "estimates": "estimate",
    # "the total payout for the year to 12.6 pence per share", "a total dividend of 11.6p".
    "payout": "dividend", "payouts": "dividend", "dividends": "dividend",
    # "The company has offered 6.5%", "Management has tabled 5.6%": one offer on the table.
    **{word: "offer" for word in "offer offers offered tabled".split()},
    **{word: "rise" for word in "increase increases increased rise rises rose risen gain gains "
       "gained growth grew grow jump jumped jumps surge surged climb climbed climbs up "
       "higher swelled swollen expanded".split()},
    **{word: "fall" for word in "decrease decreases decreased decline declines declined drop "
       "dropped drops fall falls fell fallen loss slump slumped plunge plunged slid slide "
       "down lower cut cuts shrink shrinks shrinking shrank shrunk contracted slipped slips "
       "slipping eliminate eliminates eliminated eliminating axe axed axes axing slash slashed "
       "slashes slashing reduce reduces reduced reducing reduction reductions lowered "
       # "prices eased 0.2%", "starts to ease to 220,000" ("easing" is as often a policy's).
       "ease eases eased".split()},
    # "one in 18 discontinued treatment", "About 5.6% of patients stopped taking the drug"
    # (see `_STOPPED_TAKING`).
    **{word: "discontinued" for word in "discontinued discontinuing discontinuation "
       "discontinue discontinuations dropout dropouts drop-out drop-outs".split()},
    # "about 300 metres wide at its front", "a front about 350 metres across": one width.
    "wide": "across", "width": "across",
    # "after a gestation of 462 days", "after a pregnancy lasting 426 days": one span.
    "pregnancy": "gestation", "pregnancies": "gestation",
    # "they would seek 500 billion naira … in compensation", "are demanding ₦500 million in
    # compensation": one claim. The verb's forms only: "demand" is as often oil's or power's.
    **{word: "seek" for word in "seek seeks seeking sought demanding demanded".split()},
    # "the coastguard had searched for more than 40 hours", "had spent 30 hours combing the
    # sea": one search.
    **{word: "search" for word in "search searches searched searching comb combed combing "
       "scour scoured scouring".split()},
    # "spent 52 hours trapped", "stranded for 58 hours": one ordeal.
    "stranded": "trapped", "trapped": "trapped",
    # "a pretax charge of $210 million to $240 million", "costs of $210m to $260m".
    "charge": "cost", "charges": "cost", "costs": "cost",
    # "187 flights were cancelled", "the cancellation of 178 flights"; "412 were delayed".
    **{word: "cancelled" for word in "cancel cancels cancelled canceled cancelling canceling "
       "cancellation cancellations".split()},
    **{word: "delayed" for word in ("delay", "delays", "delayed")},
    # "the agreement will cost $3.1 billion", "the deal will cost $1.3 billion".
    "agreement": "deal", "agreements": "deal", "deals": "deal",
    # What happened to the people counted: the words outlets vary most for one toll.
    **{word: "death" for word in "killed killing kills dead died die dies deaths death "
       "fatalities fatality".split()},
    **{word: "injured" for word in "injured injuring injuries injury wounded hurt".split()},
    **{word: word.removesuffix("ing") + "ed" for word in "evacuating arresting rescuing".split()},
    # "forced the evacuation of some 9,400 people", "7,400 evacuees", "the rescue of 219".
    **{word: "evacuated" for word in "evacuation evacuations evacuee evacuees evacuate".split()},
    # "forcing 3,000 residents to flee", "3,000 people were ordered out of their homes" (see
    # `_SENT_FROM_HOME`): one evacuation.
    **{word: "evacuated" for word in "flee flees fled fleeing".split()},
    **{word: "rescued" for word in "rescue rescues".split()},
    **{word: word for word in "evacuated arrested rescued missing displaced".split()},
    # "destroying at least 312 homes", "has destroyed 213 homes": what happened to them.
    **{word: "destroyed" for word in "destroyed destroying destroy destroys".split()},
    **{word: "damaged" for word in "damaged damaging damage".split()},
    # A state a share is of: "92 per cent contained", "vaccinated", "unemployed".
    **{word: word for word in "contained vaccinated insured uninsured enrolled infected "
       "employed unemployed registered convicted".split()},
    # Cases vouched for: "has confirmed 47 cases", "41 confirmed infections".
    **{word: "confirmed" for word in ("confirmed", "confirms", "confirm")},
    **{word: "vaccinated" for word in ("immunised", "immunized")},
    # Those who spoke at a hearing: "11 spoke at Tuesday's hearing", "11 victims who addressed
    # the court".
    **{word: "spoke" for word in "spoke speak speaks addressed testified".split()},
    # What a vessel or a venue may hold: "licensed to carry 60 passengers", "certified for 80
    # passengers", "a capacity of 80".
    **{word: "capacity" for word in "licensed licenced certified permitted capacity".split()},
    # "residents and tourists", "residents and holidaymakers": visitors, in two Englishes.
    **{word: "tourist" for word in "holidaymaker holidaymakers vacationer vacationers "
       "tourists".split()},
    # What a fire did to the land: "had burned 48,213 acres", "had scorched 42,813 acres".
    **{word: "burned" for word in "burned burnt scorched charred torched blackened".split()},
    # A race's field: "14,382 finished", "14,832 made it to the finish", "14,400 finishers";
    # "16,512 runners started", "16,500 starters".
    **{word: "finished" for word in "finished finish finishers finisher completed".split()},
    **{word: "started" for word in "started starters starter".split()},
    # "winning in 2:04:35", "won in 2:04:35", "to win in 2 hours, 4 minutes": one time.
    **{word: "win" for word in "win wins won winning victory victories".split()},
    # "a Grand Slam title", "a major title": one of tennis's or golf's four.
    **{word: "major" for word in ("slam", "slams", "majors")},
    # "ending an 11-day strike", "bringing to a close a 12-day walkout": one stoppage of work.
    **{word: "strike" for word in "strike strikes walkout walkouts stoppage stoppages".split()},
    # "the blast", "the explosion": one event.
    **{word: "explosion" for word in "blast blasts explosion explosions".split()},
    # "its monthly bond buying to about ¥2.1 billion", "monthly purchases of government bonds
    # to around 2.1 trillion yen": the noun a gerund of trade stands for.
    "buying": "purchase", "selling": "sale",
    # "temperatures would rise by 2.3C to 2.5C", "would limit warming to 2.3-2.6C".
    "warming": "temperature",
    # "leaving more than 38,000 containers stuck on the wharves", "36,000 containers are now
    # sitting idle on the docks".
    # (Stranded ones are trapped, above.)
    **{word: "trapped" for word in ("stuck", "idle")},
    **{word: "dock" for word in "dock docks wharf wharves quay quays quayside".split()},
    # "Hackers drained about 4,850 bitcoin", "thieves made off with 4,580 bitcoin": those who
    # took it, however the outlet calls them.
    **{word: "thief" for word in "thief thieves hacker hackers attacker attackers robber "
       "robbers".split()},
    # "will add €290 million a year to employers' wage bills", "the annual cost to employers".
    **{word: "year" for word in ("annual", "annually", "yearly")},
    # "Grocery prices ticked up 0.1 percent", "food consumed at home up 0.1%": one CPI item.
    **{word: "food" for word in ("grocery", "groceries")},
    # "leaving them circling at about 370km", "in an orbit of roughly 310 kilometres": one
    # height a craft goes round at.
    **{word: "orbit" for word in "circling orbiting orbits".split()},
    # "took off", "take-off" and "takeoff" are one event.
    "take-off": "takeoff",
    # "Men made up 61% of ticket buyers", "The audience skewed male, at 61%": one sex.
    **{word: "male" for word in "men male males".split()},
    **{word: "female" for word in "women female females".split()},
    # "25,000 patients in Britain", "52,000 people in the UK": one country.
    "britain": "uk",
    # "$14 million a day in transit fees", "$12m a day in tolls": what passage costs.
    # Not "toll" alone, a death toll's word as often (see `_toll_level`).
    **{word: "fee" for word in "tolls fee fees".split()},
    # "lorry drivers face a toll of £12.50", "HGVs will pay £11.50", "trucks": one kind of
    # vehicle, in two Englishes ("heavy goods vehicles" too, see `_content_words`).
    **{word: "lorry" for word in "lorry lorries truck trucks hgv hgvs".split()},
    # "The average two-year fix now costs 4.27 per cent": a fixed-rate mortgage, as British
    # lenders call one.
    "fix": "mortgage", "fixes": "mortgage",
    # "attorneys' fees of up to 30% of the fund", "Plaintiffs' lawyers will seek fees of up to
    # 33%": American and British words for one profession.
    **{
        f"{word}{mark}": "lawyer"
        for word in "lawyer lawyers attorney attorneys solicitor solicitors".split()
        for mark in ("", "'", "’", "'s", "’s")
    },
}  # fmt: skip
# The synonyms that are proper nouns, capitalised wherever they stand (see `_content_word`).
_PROPER_SYNONYMS = frozenset(("britain", "hgv", "hgvs"))
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)


# Participles that say what a span of time is, kept though other participles are left out:
# "jailed for nine years", "trapped for 31 hours".
_SENTENCE_VERBS = frozenset(
    "jailed sentenced imprisoned banned disqualified suspended detained trapped stranded "
    # "fined the company 540,000 Canadian dollars": what the sum is, a penalty.
    "fined".split()
)


# A name ("Wales", "Jones", "Athens") is not a plural: it is kept whole.
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[’'][a-z]*)?")


def _content_words(words: list[str], opening: bool = False) -> list[str]:
    """The words that say what is measured, each singular; ``opening`` when the first word opens
    the sentence, capitalised only for that (read as a common noun, "Prices rose 5%")."""
    kept = []
    skip = 0
    for index, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        lowered = word.casefold()
        following = words[index + 1].casefold() if index + 1 < len(words) else ""
        if following in _STOPPED_TAKING.get(lowered, ()):
            kept.append("discontinued")  # "stopped taking the drug", not "stopped the clock"
            continue
        if (
            lowered in _SENT_FROM_HOME
            and following in ("from", "out")
            # "ordered from their homes", "forced out of the town": not "ordered from Boeing",
            # "forced out of their jobs".
            and not _HOMES_AHEAD.isdisjoint(w.casefold() for w in words[index + 2 : index + 6])
        ):
            kept.append("evacuated")  # "3,100 people were ordered from their homes"
            continue
        if lowered in _DROP_VERBS and following == "out":
            kept.append("discontinued")  # "19 percent dropped out": gave up, no fall
            skip = 1
            continue
        if lowered in ("time", "times") and index and words[index - 1].casefold() in _OCCASIONS:
            continue  # "for the first time", "compared with 79% last time": when, not what
        if lowered == "consumer" and following in ("price", "prices"):
            # "Consumer prices rose 2.1 per cent", "Inflation stood at 2.6%": one measure.
            kept += ["consumer", "price", "inflation"]
            skip = 2 if index + 2 < len(words) and words[index + 2].casefold() == "inflation" else 1
            continue
        if lowered in ("fix", "fixes") and not (
            index
            and (
                words[index - 1].casefold() in _ARTICLES | {"average"}
                or words[index - 1].casefold().endswith("-year")
            )
        ):
            # "Carmakers typically fix 70 to 80 percent of recalled vehicles": the verb, not
            # a mortgage ("the average two-year fix").
            kept.append("repair")
            continue
        if lowered in ("job", "jobs") and [w.casefold() for w in words[index - 2 : index]] == [
            "off",
            "the",
        ]:
            kept.append("strike")  # "5,400 workers remained off the job": on strike
            continue
        if lowered == "heavy" and [w.casefold() for w in words[index + 1 : index + 3]] in (
            ["goods", "vehicle"],
            ["goods", "vehicles"],
        ):
            # "Heavy goods vehicles will pay £11.50", "lorry drivers face a toll of £12.50":
            # one kind of vehicle, by its British official name (see `_SYNONYMS`).
            kept.append("lorry")
            skip = 2
            continue
        if lowered in ("toll", "tolls") and following in _TAKINGS:
            # "Toll revenue reached £67.1 million", "collected £61.27 million in tolls": what
            # passage earned, not a death toll (see `_SYNONYMS`).
            kept.append("fee")
            continue
        if lowered in _GONE and following in ("up", "down"):
            continue  # "have already gone up by 6%": the movement, said by "up", not a verb
        if lowered == "far" and index and words[index - 1].casefold() in ("so", "thus"):
            continue  # "Voltara has so far put $2.3 million into the site": when, not what
        content = _content_word(word, opening and index == 0)
        if content is not None:
            kept.append(content)
    return kept


# What a toll brings in, after the word "toll": "toll revenue", "toll income".
_TAKINGS = frozenset("revenue revenues income receipts takings".split())
# Verbs a movement is told with, by the "up" or "down" after them.
_GONE = frozenset("go goes going gone went".split())
# Words that make "time" an occasion: "the first time", "last time", "each time".
_OCCASIONS = frozenset("first last this next that each every second third one any".split())
# A treatment given up, in two words: "stopped taking the drug", "quit treatment".
_STOPPED_TAKING = {
    verb: frozenset(("taking", "treatment", "using"))
    for verb in ("stopped", "stop", "stops", "stopping", "quit", "quitting")
}
# Verbs that, with "from" or "out" after, say people were made to leave their homes: "were
# ordered from their homes", "forced out of their homes", what the other outlet calls an
# evacuation ("The evacuation order covered about 2,100 residents").
_SENT_FROM_HOME = frozenset("ordered forced driven".split())
# Those a count says were moved to shelters were evacuated: "some 46,000 people had been moved
# to temporary shelters", "2,000 residents were taken to evacuation centres".
_SHELTERED_AFTER = re.compile(
    r"(?:\s+(?:people|residents|villagers|families))?\s+(?:(?:had|have|has)\s+been|were|was)\s+"
    r"(?:moved|relocated|taken|sent|bussed|bused)\s+(?:in)?to\s+(?:(?:temporary|emergency|"
    r"makeshift|public|government)\s+)?(?:shelters?|evacuation\s+cent(?:re|er)s?)\b",
    re.IGNORECASE,
)
# A trial or a course given up: "dropped out", "drop out".
_DROP_VERBS = frozenset("drop drops dropped dropping".split())
# Nouns ending like participles, which say what a figure measures: "a swing of 3.1 percentage
# points", "public spending", "borrowing of £17.4bn".
_ING_NOUNS = frozenset(
    "swing spending funding borrowing lending financing offering listing polling voting "
    "ceiling "
    # "a restructuring charge of $2.8 billion", "marketing costs", "housing benefit".
    "restructuring marketing housing manufacturing banking shipping advertising heating "
    "pricing mining farming fishing rating ranking "
    # "parking at the council's car parks will cost 10% more", "policing costs".
    "parking policing nursing recycling catering clothing training".split()
)


# Words repeat: each is read once, not at every figure near it.
@lru_cache(maxsize=16384)
def _content_word(word: str, opening: bool) -> str | None:
    """What ``word`` says about what is measured, singular; None when it says nothing."""
    lowered = word.casefold()
    if "-" in lowered and lowered.split("-")[-1] in ("quarter", "year", "half", "month"):
        return None
    # A common word capitalised inside a sentence is a name, not its namesake: "Chief Executive
    # Naomi Sterling told analysts" names no pound. A proper noun is capitalised anywhere.
    if lowered in _SYNONYMS and (
        opening or lowered in _PROPER_SYNONYMS or not _NAME_WORD.fullmatch(word)
    ):
        return _SYNONYMS[lowered]
    if lowered in _STOP or lowered in _WEEKDAYS or _MONTH.fullmatch(word):
        return None
    if lowered in _ROUGH_NUMBERS:
        return None  # "after tens of thousands of salmon escaped": a number, no noun
    if lowered in _SENTENCE_VERBS or lowered in _ING_NOUNS:
        return lowered  # "jailed for nine years": what the span is; "a swing of 3.1 points"
    if lowered.endswith(("ing", "ly", "ed")) or word[0].isdigit() or len(word) == 1:
        return None  # "S&P" leaves s and p: letters say nothing
    if not opening and _NAME_WORD.fullmatch(word):
        return _POSSESSIVE_END.sub("", lowered)
    return _singular(word)


_ROUGH_NUMBERS = frozenset("tens hundreds thousands millions billions".split())
_MOVEMENT = frozenset({"rise", "fall"})
# Words in a counted phrase that qualify the thing counted rather than name it.
_MODIFIERS = _COUNT_MODIFIERS | _ORDINAL_MODIFIERS


def _clause_words(text: str, start: int, end: int, others: list[tuple[int, int]]) -> list[str]:
    """The words of ``text[start:end]`` with the other figures and the periods left out."""
    pieces, cursor = [], start
    for other_start, other_end in others:
        if cursor <= other_start and other_end <= end:
            pieces.append(text[cursor:other_start])
            cursor = other_end
    pieces.append(text[cursor:end])
    return _WORD.findall(" ".join(pieces))


# Not the comma of a thousands group ("Rs 1,058 crore"): that would end a clause inside a figure.
# Each alternative opens on its sign, so the search skips to the next one instead of trying
# the lookbehind at every character.
_CLAUSE_MARK = re.compile(r"[;:()—–]|,(?:(?<!\d,)|(?!\d{3}(?!\d)))")
# A difference from a level right after a figure: "20 mph above the limit", "2 points below
# the average", "£500 over the budget".
_MARGIN_AFTER = re.compile(
    # "41 per cent below average": no article before an average or a norm.
    # "roughly 900ft lower than the instruments indicated".
    # "almost £35 million more than the previous club record": a gap to the record.
    r"\s+(?:(?P<side>above|over|below|under|beyond|short\s+of|lower\s+than|higher\s+than|"
    r"more\s+than|less\s+than|fewer\s+than)\s+"
    r"(?:(?:the|its|their|his|her|a|an)\s+"
    r"|(?=(?:long-term\s+|seasonal\s+)?(?:average|normal|trend)\b)"
    # ... nor before what a level is set against: "roughly 40% above scientific advice".
    r"|(?<=above\s|below\s)(?=[a-z]))"
    # A standing's gap to a rival, named with no article: "two points behind leaders Portugal".
    r"|(?P<rival>behind|ahead\s+of|clear\s+of)\s+(?:(?:the|its|their|his|her)\s+)?)"
    r"(?:[\w’'-]+['’]s\s+)?(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})",
    re.IGNORECASE,
)
# Verbs whose "over" gives the grounds, before the figure (see `_measure`).
_GROUNDS_VERB_BEFORE = re.compile(
    r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|charg(?:ed|es|ing)|question(?:ed|s|ing)|"
    r"held|holding|su(?:ed|es|ing)|fin(?:ed|es|ing)|jail(?:ed|s|ing)|sack(?:ed|s|ing)|"
    r"fir(?:ed|es|ing)|dismiss(?:ed|es|ing)|suspend(?:ed|s|ing)|expel(?:led|s|ling)|"
    r"indict(?:ed|s|ing)|convict(?:ed|s|ing)|kill(?:ed|s|ing)|evacuat(?:ed|es|ing))\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_BELOW = frozenset(
    ("below", "under", "short of", "behind", "lower than", "less than", "fewer than")
)
# What "under" names when it gives the terms a figure is set by, not a level below which it
# falls: "bought 40 million doses under a deal", "paid under the agreement".
_ARRANGEMENT_NOUNS = frozenset(
    (
        "deal",
        "deals",
        "contract",
        "contracts",
        "agreement",
        "agreements",
        "arrangement",
        "arrangements",
        "accord",
        "pact",
        "plan",
        "plans",
        "scheme",
        "schemes",
        "programme",
        "program",
        "settlement",
        "treaty",
        "terms",
        "licence",
        "license",
        "framework",
        "partnership",
        "proposal",
        "proposals",
    )
)
# A level an initialism qualifies, no name: "4.7% above its IPO price at 45.10 riyals", "above
# the EU average".
# Words after a margin's level that say when or where it holds, not what it is: "above
# average through February", "below the average for the month".
_AFTER_LEVEL = _NOT_COUNTED_FIRST | frozenset("of in on at for from by to throughout".split())


def _level_words(noun: str) -> list[str]:
    """The words of the level a margin is from (see `_MARGIN_AFTER`), up to a preposition:
    "average", not "average through", in "2.5 degrees above average through February"."""
    words = noun.split()
    cut = next((k for k, w in enumerate(words[1:], 1) if w.casefold() in _AFTER_LEVEL), None)
    return words[:cut]


def _named_level(noun: str) -> bool:
    """Whether the level after "above" or "under" opens on a name (a law, a place), not on a
    month or a weekday qualifying a common noun: "under the Proceeds of Crime Act" names no
    level, "above the February average" does."""
    first = noun.split()[0]
    return first[0].isupper() and not (_MONTH.fullmatch(first) or first.casefold() in _WEEKDAYS)


_QUALIFIED_LEVEL = re.compile(r"[A-Z]{2,}s?\s+[a-z]")
_EXCEEDED_BY = re.compile(
    r"\b(?P<verb>exceed(?:s|ed|ing)?|overshot|overshoot(?:s|ing)?|surpass(?:es|ed|ing)?|"
    r"fell\s+short\s+of)\s+(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    rf"\s+by\s+(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_GAP_AFTER = re.compile(r"\s+(?:behind|ahead|clear|back|adrift)\b", re.IGNORECASE)
_WON_BY_BEFORE = re.compile(
    r"\b(?:(?:won|win|wins|winning|victory|triumph(?:ed)?)\s+by|(?:winning\s+)?margin\s+of)"
    r"\s+(?:(?:just|only|a\s+mere|almost|nearly|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_GAP_WORDS = frozenset(("behind", "ahead", "clear", "back", "adrift", "win", "margin"))
# "20,000 places over the four years", "£3bn over the next five years": a span counted, no
# margin.
_SPAN_WORDS = frozenset(
    "year years month months week weeks day days decade decades quarter quarters".split()
)


def _counted_span(noun: str) -> bool:
    """Whether the words after "over" are a span of time: "over three years", "over the same
    period", "over the past decade"; a change over it is no margin above it."""
    words = noun.casefold().split()
    if words and words[-1] in _SPAN_OVER:
        return True
    return any(
        word in _SPAN_WORDS and (before[:1].isdigit() or before in UNITS or before in TENS)
        for before, word in pairwise(words)
    )


_UNSAID_BASELINES = ("pre-industrial", "preindustrial")
# "built 127,610 vehicles over the same stretch": a stretch, span or spell is of time too.
_SPAN_OVER = frozenset("period periods decade decades century fortnight stretch span spell".split())


# A height or a depth from the ground or the sea, no margin: "640km above the Earth", "4,100
# feet below the surface", "3,000 metres above sea level". One word says it, as "at an altitude
# of 740 km" does; past a conversion in brackets, for both: "460 miles (740 kilometers) above
# Earth". Not "over" or "under", a way as often: "flew 300 miles over the sea", "a tunnel
# running 38 km under the sea".
_DATUM_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\)|\))?\s+(?:(?P<side>above|below|beneath)\s+(?:the\s+)?"
    r"(?P<datum>earth|ground(?:\s+level)?|sea(?:\s+(?:level|floor|bed))?|seabed|seafloor|surface|"
    r"planet|water(?:line)?|street(?:\s+level)?)|(?P<side_word>underground))\b",
    re.IGNORECASE,
)
_MARGIN_SIDES = frozenset(
    ("above", "over", "below", "under", "beyond", "short", "behind", "ahead", "clear")
)


# A lower-case noun right after a length (see `_measure`): "the 432 km route"; not "of".
_ATTRIBUTIVE_NOUN_AFTER = re.compile(r"\s+(?!of\b)[a-z][a-z-]+\b")
# A form of "sell" before the "for" an amount follows (see `_measure`).
_SOLD_FOR_BEFORE = re.compile(
    r"\b(?:sold|sells?|selling|retail(?:s|ed|ing)?)\b[^.;!?]*\bfor\s+"
    r"(?:(?:between|about|around|roughly)\s+)?$",
    re.IGNORECASE,
)
# A span told against a plan right after it: a delay ("four years later than planned", "six
# months late", "two years behind schedule"). Not "later" alone, which dates what came next.
_LATE_AFTER = re.compile(
    r"\s+(?:late\b(?!\s*-)|later\s+than\b|behind\s+schedule\b|overdue\b)", re.IGNORECASE
)


# A participle before "at" that names what the figure is: "estimated at £2m" is an estimate.
# "was originally budgeted at £33m" is a budget, the other's "original budget of £38 million".
_VALUED_AT = {
    "estimated": "estimate",
    "valued": "value",
    "priced": "price",
    "worth": "value",
    "budgeted": "budget",
}
# "worth" too says a value, of a subject that may be a count of its own ("The seven works are
# worth an estimated €42 million", whose "seven works" leave the figure no word of its own):
# the other outlet's "put the value of the haul at €24 million".
_VALUED_AT_BEFORE = re.compile(
    r"\b(?:(estimated|valued|priced|budgeted)\s+at|(worth))\s+$", re.IGNORECASE
)
# An adverb that says the valuation was the first one made (see `_VALUED_AT_BEFORE`).
_ORIGINALLY_BEFORE = re.compile(r"\b(?:originally|initially)\s+$", re.IGNORECASE)
ORIGINAL = "original"
# The noun a valuing clause hangs on, set off by a comma at the start of its sentence or after
# an article: "The transaction, valued at …", "its new headquarters, estimated at …".
_VALUED_THING_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?])\s+|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+)"
    r"(?P<thing>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s*,\s*$"
)
# A verb of reckoning with its object before "at": "put insured losses at $7.5 million",
# "estimated insured losses from the storm at $7.5 billion", "officials put the death toll at
# 45". The object is what the figure measures, whoever reckoned it, and however far back it
# starts; the sentence's subject is the source.
_RECKONED_OBJECT_BEFORE = re.compile(
    r"\b(?:estimated|estimates?|estimating|put|puts|putting|pegged|pegs?|pegging|valued|"
    r"values|valuing|priced|prices|pricing|reckoned|reckons?|calculated|calculates?)\s+"
    r"(?P<object>(?:(?!at\b)[\w’'-]+\s+){1,6}?)at\s+$",
    re.IGNORECASE,
)

# "to 1.1% from 0.8%", "lifts spending from the current 2.02% of GDP"; not a level said to be
# today's ("from just over 2 per cent of GDP today"), which is as much the level now.
_NOW_AFTER = re.compile(r"(?:\s+of\s+[\w-]+)?\s+(?:today|now|currently|at\s+present)\b")
_HOURS_KEPT_BEFORE = re.compile(
    r"\b(?:open|opens|opening|operat\w*|runs?|running|staffed|available|hours)\b[^.;:!?]*$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:the|its|their)\s+)?(?:(?:current|present|existing)\s+)?$", re.IGNORECASE
)
# A change still to be made: "called for the discount to be widened from 30% to 50%" starts
# from the level now, which another outlet's "currently offers a 30% discount" gives.
_TO_BE_CHANGED_FROM = re.compile(
    r"\b(?:to|will|would|should|could|must)\s+be\s+[a-z]+(?:ed|en)\s+from\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:current|present|existing)\s+)?$",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(r"\sto\s")
_BEFORE_NOW_AFTER = re.compile(r",?\s+(?:earlier|previously|before)\b(?!\s+(?:the|a|an)\b)")
_AT_THE_AGE = re.compile(r"\b(?:at|from|since|between)\s+the\s+$", re.IGNORECASE)
# The measure word of a count of those something was taken from (see `_TAKEN_FROM`).
TAKEN_FROM = "taken-from"
# Whom something was taken from, not a level before a change: "collected money from 321
# investors", "raised $5m from 40 investors", "heard evidence from 30 witnesses".
_TAKEN_FROM = re.compile(
    r"\b(?:collected|collecting|raised|raising|received|receiving|took|taken|taking|drew|drawn|"
    r"heard|hearing|gathered|recruited|borrowed|stole|stolen|defrauded|swindled|bought|"
    r"acquired|sourced|donations?|money|funds|cash|evidence|testimony|submissions|"
    r"applications|complaints|responses)\b(?:\s+\S+){0,3}?\s+from\s+$",
    re.IGNORECASE,
)


# A description set off by commas after a name ("Morpeth, a town in Northumberland, at …")
# or words in brackets: neither says what happened.
_ASIDE = re.compile(r",\s+(?:a|an|the)\s+[^,;:]*,|\([^()]*\)")


def _event_words(text: str, start: int, end: int, others: list[tuple[int, int]]) -> list[str]:
    """The words of ``text[start:end]`` with asides, other figures and periods left out."""
    spans = sorted([*others, *((m.start(), m.end()) for m in _ASIDE.finditer(text, start, end))])
    kept: list[tuple[int, int]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(kept[-1][1], span[1]))
        else:
            kept.append(span)
    return _clause_words(text, start, end, kept)


_PURPOSE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?(?P<to>\s+to\s+)(?:defeat|beat|win|secure|claim|take|overtake|edge|"
    r"finish|become|clinch)\b"
)
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which|whose)\b", re.IGNORECASE)
# A clause that opens on a conjunction has a subject of its own: "…, while operating profit,".
_OWN_CLAUSE_OPENING = re.compile(
    r"\s*(?:while|whereas|but|although|though)\s+(?!\d)\w", re.IGNORECASE
)


# "and" or "but" opening a second verb of one subject: "It travelled about 800 metres downhill
# and was about 300 metres wide at its front".
_NEXT_PREDICATE = re.compile(r"[^,;:.!?]*?\s(?P<join>and|but)\s+(?P<verb>[a-z]+)\b")


def _left_words(text: str, left_start: int, start: int, others: list[tuple[int, int]]) -> list[str]:
    """The clause's words before a figure (see `_clause_words`), but for those said of another
    figure before it, whose verb an "and" or "but" leaves for this figure's: "downhill" is
    where "It travelled about 800 metres" went, not what "and was about 300 metres wide"
    measures."""
    words = _clause_words(text, left_start, start, others)
    before = [end for o_start, end in others if left_start <= o_start and end <= start]
    if not before:
        return words
    joined = [
        match
        for match in _NEXT_PREDICATE.finditer(text, before[-1], start)
        if _SUBJECTLESS_VERB.fullmatch(match.group("verb"))
    ]
    if not joined or not text[before[-1] : joined[-1].start("join")].strip():
        return words
    return _clause_words(text, left_start, before[-1], others) + _clause_words(
        text, joined[-1].start("join"), start, others
    )


def _noun_phrase_window(left: list[str], size: int = 5) -> int:
    """How many of the words before a figure to read: five, or six where the sixth opens the
    noun phrase the fifth is in, right after its article or possessive ("The black rhino
    population has fallen by": "black" tells it from the white rhino's; "Petersen's penalty
    goal sailed through in the 52nd minute")."""
    if (
        len(left) > size
        and (
            len(left) == size + 1
            or left[-size - 2].casefold() in _ARTICLES
            or left[-size - 2].endswith(("'s", "’s"))
        )
        and left[-size - 1][:1].islower()
        and _content_word(left[-size - 1], False) is not None
        and _content_word(left[-size], False) is not None
    ):
        return size + 1
    return size


_ARTICLES = frozenset(("the", "a", "an", "its", "their", "his", "her", "our"))
# Words that carry a noun phrase "… of" a figure after what they describe: "a Category 4 storm
# packing winds of 140 mph", "a storm with maximum sustained winds of 150 mph".
_CARRYING = frozenset(("with", "packing", "carrying", "bringing", "boasting"))


def _carried_phrase(left: list[str], window: int) -> int | None:
    """How many of the words before a figure to read when a carrying word ("packing", "with")
    opens the noun phrase "… of" it: that phrase alone, the thing that carries it being
    another ("a Category 4 storm packing winds of 140 mph" measures the winds); None when
    none does."""
    if len(left) >= 3 and left[-1].casefold() == "of":
        for back in range(2, min(window, 4, len(left) - 1) + 1):
            if left[-back - 1].casefold() in _CARRYING:
                return back
    return None


# What joins a sentence's opening noun to its complement: "Shares in the carmaker", "Sales of
# new cars", "Exports to China".
_HEAD_PREPOSITIONS = frozenset(("of", "in", "at", "for", "to", "from", "on"))
# The words a sentence opening on a span puts before it ("For six days, …", "After 36 hours,
# …"), and how many words of the clause after it say what lasted so long.
_SPAN_LEADS = (["for"], ["after"], ["over"], ["within"], ["in"])
_SPAN_REACH = 8


# Between a share and the count of its group: "2% of the company's 287,650 employees".
_SHARE_OF_COUNT = re.compile(rf"\s+of\s+(?:{_PART_DETERMINER}\s+)?", re.IGNORECASE)
_SHARE_OF_REACH = 7  # words after a share: "of", the group, and what its part did


# A verb that gives or costs people a sum, right before their count, and what may stand
# between the count and the sum: "a fraud that cost more than 9,000 investors a total of $212
# million", "paid 400 workers £2m", "awarded 35 victims a combined $4.1 million".
_GIVEN_TO_COUNT_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|paid|pay|pays|paying|owe|owes|owed|owing|award|awards|awarded|"
    r"gave|give|gives|giving|lent|lend|lends|refund|refunds|refunded|promised|offered)\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
_SUM_AFTER_COUNT = re.compile(r"\s+(?:(?:a\s+)?(?:total|combined|sum)\s+of\s+|a\s+combined\s+)?")
_GIVEN_TO_REACH = 40  # characters before a count its verb and qualifier may stand in


# A noun phrase set beside a figure after a comma, then its change: ", a load factor 1.2
# percentage points higher", ", a margin 2 points lower" (see `_measure`).
_RENAMED_AFTER = re.compile(
    r"[^,;:.!?\d]{0,40},\s+an?\s+(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+"
    r"(?=\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|points?\b)?\s*"
    r"(?:higher|lower|up|down|more|less|above|below)\b)"
)


_HOMES_AHEAD = frozenset(
    "home homes house houses town towns village villages city area areas neighbourhood "
    "neighborhood neighbourhoods neighborhoods district districts valley island".split()
)


# A time said right after a figure, before what it measures (see `_measure`).
_WHEN_AFTER = frozenset(
    (when, span)
    for when in ("this", "last", "next")
    for span in ("year", "month", "week", "quarter", "season")
)


def _measure(
    text: str,
    sentence: Span,
    found: _Found,
    start: int,
    others: list[tuple[int, int]],
    marks: list[int],
) -> list[str]:
    """What the figure (qualifier from ``start``) measures: the content words around it, within
    its clause. Other figures and periods in the clause are stepped over ("interest rates at a
    16-year high of 5.25%", "income for the full year 2023 was $39.1 billion"). ``marks`` are
    where the sentence's `_CLAUSE_MARK` signs stand, in order."""
    before = bisect_left(marks, start)
    left_start = marks[before - 1] + 1 if before else sentence.start
    after = bisect_left(marks, found.end)
    right_end = marks[after] if after < len(marks) else sentence.end
    left: list[str] = []
    if found.total:
        # The size of the whole group: what the clause says the part did is not its measure.
        words = [TOTAL]
        if _THEIR_WHOLE_BEFORE.search(text, max(sentence.start, start - 30), start):
            words.append(THEIRS)
        if _RUN_BEFORE.search(text, max(sentence.start, start - 30), start):
            # A run's length ("their last 11 league games"), not a season's or a group's.
            words.append("last")
    else:
        left = _after_reported_that(
            _without_counted_source(
                _without_attributable(_left_words(text, left_start, start, others))
            )
        )
        opening = left_start == sentence.start
        window = _noun_phrase_window(left)
        if (
            opening
            and window < len(left) <= window + 2
            and (
                left[1].casefold() in _HEAD_PREPOSITIONS
                or (
                    len(left) > 2
                    and left[2].casefold() in _HEAD_PREPOSITIONS
                    and left[0].casefold() not in _ARTICLES
                    and not _SUBJECTLESS_VERB.fullmatch(left[1])
                )
            )
            and left[0][:1].isupper()
        ):
            # "Shares in the Detroit-based carmaker dropped 4.6 per cent": the noun the
            # sentence opens on is what its verb moved, a word or two past the window; so
            # with a noun before it ("Ticket sales for the draw reached €12.9 million").
            window = len(left)
        elif (
            len(left) >= window + 2
            and left[-window].casefold() in _ARTICLES
            and left[-window - 1].casefold() in _HEAD_PREPOSITIONS
            and left[-window - 2][:1].islower()
            and _content_word(left[-window - 2], False) is not None
            and len(set(_content_words(left[-window:])) - _MOVEMENT) < 2
        ):
            # "show traffic in the charging zone fell by 13%": the window opening on the
            # article after a noun's preposition has cut off the noun, which is what fell,
            # leaving a word or none of its own ("zone").
            window += 2
        carried = _carried_phrase(left, window)
        if carried is not None:
            window = carried
        words = _content_words(left[-window:], opening and len(left) <= window)
        if len(left) <= 2 and found.unit.startswith(CLOCK) and left_start > sentence.start:
            # "it came off the tracks just south of Morpeth, a town in Northumberland, at 7:24
            # a.m.": a time set off by a comma dates what the sentence's verb says happened,
            # not the place described just before it.
            words = _content_words(_event_words(text, sentence.start, start, others)[-10:])
        if len(set(words)) < 2 and len(left) > 5 and carried is None:
            # "a train that came off the rails near Fellbrook in September was going at 63
            # mph": the five words before say nothing; what the clause is about comes earlier.
            # Nor does one word twice: "Total hours worked rose 0.5% … and were up 1.1%".
            words = _content_words(left[-12:], opening and len(left) <= 12)
    if (
        left
        and marks
        and left_start > marks[0] + 1
        and text[left_start - 1] == ","
        and _SUBJECTLESS_VERB.fullmatch(left[0])
    ):
        # "Chega, led by André Ventura, won 22.6 per cent and 60 seats": a clause opening on
        # its verb goes on from the sentence's subject, before the words set off by commas;
        # past a relative clause, from the noun it is on ("while the 26-year-old first
        # officer, who was flying the aircraft, had 1,380 hours").
        subject_start, subject_end, opening_subject = sentence.start, marks[0], True
        aside = bisect_left(marks, left_start - 1)
        if aside >= 2 and (
            _RELATIVE_OPENING.match(text, marks[aside - 1] + 1)
            or _OWN_CLAUSE_OPENING.match(text, marks[aside - 2] + 1)
        ):
            # Or from a clause of its own before the aside: "Pre-tax profit rose to £41.7
            # million, while operating profit, the measure investors watch, increased 7%".
            subject_start = marks[aside - 2] + 1
            subject_end, opening_subject = marks[aside - 1], False
        subject = _clause_words(text, subject_start, subject_end, others)
        if len(subject) > 4 and aside == 1:
            # "The largest of the metro's supply dams, the Kouga Dam, stood at 6.8%": a long
            # subject's apposition names it.
            named = _clause_words(text, marks[aside - 1] + 1, left_start - 1, others)
            # Not where it is: "The weather station at Mungeshpur, on Delhi's northwestern
            # edge, recorded 49.8 degrees" is the station's reading.
            if len(named) <= 4 and not (named and named[0].casefold() in _PLACE_PREPOSITIONS):
                subject, opening_subject = named, False
        said = _content_words(subject, opening_subject)
        if len(said) <= 4:
            # Content words, not all: "The weather station at Mungeshpur, on Delhi's
            # northwestern edge, recorded 49.8 degrees Celsius" names the station.
            words += [w for w in said if w not in words]
    if (
        left_start > sentence.start
        and text[left_start - 1] == ","
        and (
            (left and left[0].casefold() in ("which", "who"))
            or (left[:1] == ["where"] and found.kind is not FigureKind.COUNT)
            or (found.unit == AGE and all(w.casefold() in ("a", "an", "the") for w in left))
        )
    ):
        # "Adhira's shares, which closed up over 3 percent", "The driver, a 54-year-old man":
        # a relative clause, or an age's clause beside a noun, is about the noun before it; so
        # is a measure in one on a place ("in the Cagayan Valley, where 200 to 400 mm of rain
        # was expected"), not a count of who was there ("taken to hospital in Rustenburg,
        # where two were in a serious condition").
        # "the Socialists (PS), who won": a name in brackets, and the noun before it.
        earlier = bisect_left(marks, left_start - 1)
        if earlier >= 2 and text[marks[earlier - 1]] == ")":
            earlier -= 1
        clause_start = marks[earlier - 1] + 1 if earlier else sentence.start
        words += _content_words(_clause_words(text, clause_start, left_start - 1, others)[-3:])
    elif (
        not left
        and found.kind is FigureKind.PERCENT
        and left_start > sentence.start
        and text[left_start - 1] == ","
        and not _OF_AFTER.match(text, found.end)
    ):
        # "Patients on the drug were more likely to feel dizzy, 8.9 per cent against 6.1 per
        # cent on placebo": a figure opening its clause after a comma is the number of what
        # the clause before it says.
        earlier = bisect_left(marks, left_start - 1)
        clause_start = marks[earlier - 1] + 1 if earlier else sentence.start
        before = _clause_words(text, clause_start, left_start - 1, others)
        words += [w for w in _content_words(before[-3:]) if w not in words]
    elif (
        left_start > sentence.start
        and text[left_start - 1] == ","
        and bisect_left(marks, left_start - 1) == 0
        and _AMONG_OPENING.match(text, sentence.start)
    ):
        # "Among those given placebo, the rate was 16.8%": the group the sentence opens on is
        # whose rate it is, as in "19.8% of those on placebo".
        group = _clause_words(text, sentence.start, left_start - 1, others)[1:]
        words += [w for w in _content_words(group) if w not in words]
    following = next((o_start for o_start, _ in others if o_start >= found.end), right_end)
    if following < right_end and _AGAINST_NEXT.fullmatch(text, found.end, following):
        # "8.9 per cent against 6.1 per cent on placebo": what follows the other figure is
        # the other's ("on placebo"), not this one's.
        right_end = following
    right = _clause_words(text, found.end, right_end, others)
    purpose = _PURPOSE_AFTER.match(text, found.end, right_end)
    if purpose is not None:
        # "polled just over a million votes to defeat Conservative Daniel Hurst": what the
        # count achieved, and whom it beat, is not what it counts.
        right = right[: len(_clause_words(text, found.end, purpose.start("to"), others))]
    reach = 4
    if len(right) > 2 and (right[0].casefold(), right[1].casefold()) in _WHEN_AFTER:
        # "has earmarked $15 million this year for flood defence repairs": when, said right
        # after the figure, pushes what it is for out of reach; "budgeted $15 million for
        # flood defence repairs this year" has it in reach.
        reach += 2
    if (found.kind is FigureKind.PERCENT or found.part) and right[:1] == ["of"]:
        # "3.9% of patients on zelavoran stopped treatment", "6.2 per cent of patients …": a
        # share of a group is measured by what its part did, the verb after the group; so is
        # a part counted ("Four of the 11 satellites belonged to Polaris Imaging").
        reach = _SHARE_OF_REACH
    # Words before the next figure of the clause: an article right before it opens that
    # figure's noun, not this one's ("540 pence per share represents a 38% premium").
    before_next = (
        len(_clause_words(text, found.end, following, others))
        if following < right_end
        else len(right)
    )
    while (
        reach < min(len(right), 6)
        and right[reach - 1].casefold() in _ARTICLES
        and reach != before_next
    ):
        # "8.0 per cent of those given the placebo": the noun an article opens is in reach.
        reach += 1
    if (
        found.unit == AGE
        and 0 < before_next < min(reach, len(right) + 1)
        and right[before_next - 1].casefold() in _ARTICLES
    ):
        # "The 23-year-old has agreed a five-year contract": an age is a person's, and the
        # noun the next figure sets after an article is that figure's thing, not the person.
        # (Other figures keep it: "43,500 runners started the 42.195-kilometre race".)
        reach = before_next
    named_end = min(len(right), reach + 2)
    while (
        reach < named_end
        and _NAME_WORD.fullmatch(right[reach - 1])
        and (_NAME_WORD.fullmatch(right[reach]))
    ):
        # "another 200 to 300 mm of rain on the Cagayan Valley": a name reach cuts is read
        # whole, as the other outlet's "in the Cagayan Valley" is.
        reach += 1
    for index, word in enumerate(right[: min(reach, len(right)) - 1]):
        if word.casefold() in ("and", "but") and (
            found.part or _SUBJECTLESS_VERB.fullmatch(right[index + 1])
        ):
            # "finished with nine aces and 52 winners and broke Aalto's serve": what the
            # subject did next, not what the figure counts. After a part, what the rest did:
            # "Five of its nine carriages overturned and two slid down an embankment".
            reach = index
            break
    if (
        found.kind is FigureKind.QUANTITY
        and found.unit in LENGTH_IN_METRES
        and len(left) >= 2
        and left[-1].casefold() in _ARTICLES
        and left[-2].casefold() in _PLACE_PREPOSITIONS
        and _ATTRIBUTIVE_NOUN_AFTER.match(text, found.end, right_end)
    ):
        # "the price of buying land along the 432 km route": a length set before a noun is
        # that noun's, as "The 412-kilometre line" is; the words before the place it is
        # named in are another thing's.
        words = []
    words += _content_words(right[:reach])
    if (
        not words
        and found.kind is FigureKind.DURATION
        and left_start == sentence.start
        and [w.casefold() for w in left] in _SPAN_LEADS
        and right_end < sentence.end
        and text[right_end] == ","
    ):
        # "For six days, four climbers sat at 6,580 metres on Tarsang Peak": a span the
        # sentence opens on lasts what the clause after it says, as "stranded for five days
        # at 6,850 metres on Nepal's Tarsang Peak" does.
        following_mark = bisect_left(marks, right_end + 1)
        clause_end = marks[following_mark] if following_mark < len(marks) else sentence.end
        words = _content_words(_clause_words(text, right_end + 1, clause_end, others)[:_SPAN_REACH])
    if (
        found.kind is FigureKind.COUNT
        and "evacuated" not in words
        and _SHELTERED_AFTER.match(text, found.end, sentence.end)
    ):
        # "some 46,000 people had been moved to temporary shelters": evacuated, as the
        # other's "more than 64,000 people had been evacuated from coastal areas" were.
        words.append("evacuated")
    renamed = _RENAMED_AFTER.match(text, found.end, sentence.end)
    if renamed is not None:
        # "filled 87.3 percent of its seats, a load factor 1.2 percentage points higher than a
        # year earlier": the noun set beside the figure, whose change the next figure gives,
        # names what it is, as "the load factor improved to 85.3%" does.
        words += [w for w in _content_words(renamed.group("noun").split()) if w not in words]
    if found.kind is FigureKind.PERCENT and following < right_end:
        group = _SHARE_OF_COUNT.fullmatch(text, found.end, following)
        counted = text[following : next(e for s, e in others if s == following)].split()[-1]
        if group is not None and _is_plural(counted.casefold()):
            # "roughly 2% of the company's 287,650 employees" is a share of employees, as
            # "nearly 3% of its workforce" is: the group a share is of, though it is counted.
            noun = _content_word(counted, False)
            if noun is not None and noun not in words:
                words.append(noun)
    given = max((o for o in others if left_start <= o[0] and o[1] <= start), default=None)
    if (
        found.kind is FigureKind.MONEY
        and given is not None
        and _SUM_AFTER_COUNT.fullmatch(text, given[1], start)
        and _GIVEN_TO_COUNT_BEFORE.search(
            text, max(left_start, given[0] - _GIVEN_TO_REACH), given[0]
        )
    ):
        # "a fraud that cost more than 9,000 investors a total of $212 million": the sum is
        # what the people counted right before it bore or were given, as "Investors lost a
        # total of A$192 million" says; their count, stepped over, keeps its noun here.
        counted = text[given[0] : given[1]].split()[-1]
        noun = _content_word(counted, False) if _is_plural(counted.casefold()) else None
        if noun is not None and noun not in words:
            words.append(noun)
    restated = (
        left_start > sentence.start
        and [w.casefold() for w in left] == ["or"]
        and text[left_start - 1] == ","
    )
    if (all(word in _MOVEMENT for word in words) or restated) and left_start > sentence.start:
        # "A$35.6 billion, or 1.3 per cent of GDP": the amount restated, of the same measure.
        # "revenue of $40.11 billion, marking a 25% increase": a bare change is a change of
        # what the clause before it measures.
        earlier = bisect_left(marks, left_start - 1)
        clause_start = marks[earlier - 1] + 1 if earlier else sentence.start
        clause_end = left_start
        if earlier and text[left_start - 1] in "—–" and text[clause_start - 1] in "—–":
            # "The participation rate – the proportion of adults looking for a job – edged
            # down to 62.5 per cent": an aside in dashes says what the subject is; the change
            # is the subject's, before it.
            clause_end = clause_start - 1
            clause_start = marks[earlier - 2] + 1 if earlier >= 2 else sentence.start
        words += _content_words(_clause_words(text, clause_start, clause_end, others)[-5:])
    # Searched only for a share: the search, tried at every position, cost more than the rest.
    changed = (
        _CHANGED_OBJECT.search(text, max(sentence.start, start - 160), start)
        if found.kind is FigureKind.PERCENT
        else None
    )
    if changed is not None:
        # "reduced the combined risk of cardiovascular death or hospitalisation for heart
        # failure by 22%", "cut the risk of death or hospital admission by 24 per cent": the
        # change is of the verb's object, however long the phrase that follows it.
        head = [_content_word(changed.group(w), False) for w in ("verb", "noun")]
        words = [*(w for w in head if w), *(w for w in words if w not in head)]
    datum = _DATUM_AFTER.match(text, found.end, sentence.end)
    margin = None if datum is not None else _MARGIN_AFTER.match(text, found.end, right_end)
    if (
        margin is not None
        and margin.group("side")
        and _named_level(margin.group("noun"))
        and not _QUALIFIED_LEVEL.match(margin.group("noun"))
    ):
        # "a confiscation order of £1.48 million under the Proceeds of Crime Act": a name after
        # "under" or "above" is a law or a place, no level the figure is measured from.
        margin = None
    if (
        margin is not None
        and margin.group("side")
        and margin.group("side").casefold() == "under"
        and _ARRANGEMENT_NOUNS.intersection(margin.group("noun").casefold().split())
    ):
        # "40 million doses under an advance purchase deal", "£2bn under the contract": the
        # terms the figure is agreed on, no level it falls short of ("£5m under the budget").
        margin = None
    if (
        margin is not None
        and margin.group("side")
        and margin.group("side").casefold() == "over"
        and _GROUNDS_VERB_BEFORE.search(text, max(sentence.start, start - 30), start)
    ):
        # "Police have arrested five people over the theft", "fined two banks over the
        # scandal": what they were arrested or fined for, no level the figure passes.
        margin = None
    if margin is not None and margin.group("noun").casefold().startswith(_UNSAID_BASELINES):
        # "would rise by 2.3C to 2.5C above pre-industrial levels": warming is told from the
        # level before industry, said or not ("would limit warming to 2.3-2.6C").
        baseline = _content_words(margin.group().split())
        words = [w for w in words if w not in baseline and w not in _MARGIN_SIDES]
        margin = None
    if datum is not None:
        # "trapped about 1.6km underground" is a depth, as "1,900m below surface" is.
        side = datum.group("side") or datum.group("side_word")
        below = side.casefold() != "above"
        opening = datum.start("side") if datum.group("side") else datum.start("side_word")
        level = _content_words(text[opening : datum.end()].split())
        words = ["depth" if below else "altitude", *(w for w in words if w not in level)]
    if (
        margin is not None
        and found.kind is not FigureKind.DURATION
        and not _counted_span(margin.group("noun"))
    ):
        # "20 mph above the limit" is a difference from the limit, not the limit: one word
        # says both, and the limit's own words are left out, so it does not pair with it.
        printed_side = " ".join((margin.group("side") or margin.group("rival")).casefold().split())
        side = "below" if printed_side in _BELOW else "above"
        noun = _content_words(_level_words(margin.group("noun")))
        if noun:
            left = [w for w in words if w not in noun and w not in _MARGIN_SIDES]
            words = ["margin", f"{side}-{noun[-1]}", *left]
    exceeded = (
        None
        if margin is not None
        else _EXCEEDED_BY.search(text, max(left_start, start - 80), start)
    )
    if exceeded is not None and found.kind is not FigureKind.DURATION:
        # "the total catch has exceeded the scientific advice by around 40 per cent" is "40 per
        # cent above the scientific advice".
        noun = _content_words(exceeded.group("noun").split())
        if noun:
            side = "below" if exceeded.group("verb").casefold().startswith("fell") else "above"
            words = ["margin", f"{side}-{noun[-1]}", *(w for w in words if w not in noun)]
    if (
        found.kind is FigureKind.DURATION
        and "delayed" not in words
        and _LATE_AFTER.match(text, found.end, sentence.end)
    ):
        # "will not open before 2035, four years later than planned", "three years later than
        # the 2031 date promised", "two years behind schedule": a delay, however the plan the
        # span is told against is worded (see `_SYNONYMS`).
        words.append("delayed")
    if found.kind is FigureKind.DURATION and (
        _GAP_AFTER.match(text, found.end, right_end)
        or _WON_BY_BEFORE.search(text, max(left_start, start - 30), start)
    ):
        # "won by 0.14sec", "finished 0.14 seconds behind", "0.16sec ahead of the champion":
        # one gap between two finishers, however told.
        words = ["gap", *(w for w in words if w not in _GAP_WORDS)]
    # The look-ups below are made only where their key words stand: every figure pays for each.
    reckoned = (
        _RECKONED_OBJECT_BEFORE.search(text, max(left_start, start - 80), start)
        if text.startswith("at", start - 3)
        else None
    )
    if reckoned is not None:
        reckoned_words = _content_words(
            _clause_words(text, reckoned.start("object"), reckoned.end("object"), others)
        )
        if reckoned_words:
            words = reckoned_words
    valued = _VALUED_AT_BEFORE.search(text, max(left_start, start - 24), start)
    if valued is not None:
        # "estimated at $2.5m-$3.5m" is "an estimate of …": the participle says the measure.
        noun = _VALUED_AT[(valued.group(1) or valued.group(2)).casefold()]
        words = [noun, *(w for w in words if w != noun)]
        if _ORIGINALLY_BEFORE.search(
            text, max(sentence.start, valued.start() - 12), valued.start()
        ):
            # "originally budgeted at £33m" is the "original budget", not the cost since.
            words = [ORIGINAL, *(w for w in words if w != ORIGINAL)]
        valued_thing = _VALUED_THING_BEFORE.search(
            text, max(sentence.start, valued.start() - 40), valued.start()
        )
        if valued_thing is not None:
            # "The transaction, valued at $6.2 billion": the value of the thing the clause
            # hangs on, which the other outlet names ("The $6.7 billion transaction").
            thing = _content_words(valued_thing.group("thing").split())
            words = [words[0], *thing, *(w for w in words[1:] if w not in thing)]
    if (
        found.kind is FigureKind.RANGE
        and _is_currency(found.unit)
        and "price" not in words
        and _SOLD_FOR_BEFORE.search(text, sentence.start, start)
    ):
        # "sold … between March 2021 and September 2024 for $35 to $60": the amounts a thing
        # sold for, from one to another, are its prices, as "at prices ranging from $35 to
        # $80" says. (One sale's amount is no range.)
        words = ["price", *words]
    taken_from = (
        found.kind is FigureKind.COUNT
        and _FROM_BEFORE.search(text, max(left_start, start - 30), start) is not None
        and _TAKEN_FROM.search(text, max(left_start, start - 60), start) is not None
    )
    if taken_from:
        # "raised $87.4m from 1,510 investors", "collected US$87.4-million from 1,150
        # investors": those it was taken from, one measure however the taking is worded.
        words = [TAKEN_FROM, *(w for w in words if w != TAKEN_FROM)]
    elif (
        _FROM_BEFORE.search(text, max(left_start, start - 30), start)
        # "ranged from $5 to $10": the "from" opens the range, no level before a change; but
        # a range a word after dates before ("narrowed its forecast … to 3% to 5%, from 4%
        # to 6% earlier") is the level the change was from.
        and not (
            found.kind is FigureKind.RANGE
            and _RANGE_TO.search(text, start, found.end)
            and not _BEFORE_NOW_AFTER.match(text, found.end, right_end)
        )
        and not _NOW_AFTER.match(text, found.end, right_end)
        and not _TO_BE_CHANGED_FROM.search(text, max(left_start, start - 60), start)
        # "open from 8am to 8pm": hours kept, no time changed from ("moved from 3pm" is).
        and not (
            found.unit.startswith(CLOCK)
            and _HOURS_KEPT_BEFORE.search(text, max(left_start, start - 40), start)
        )
    ) or (
        found.unit == AGE
        and (found.past or _AT_THE_AGE.search(text, max(left_start, start - 12), start))
    ):
        # "to 1.1% from 0.8%", "up from 87": the level before the change, not the new one;
        # "joined the academy at the age of 14", "was 29 when she painted it": an age then, not
        # the one the person is now.
        words = [PREVIOUS, *(w for w in words if w != PREVIOUS)]
    if (
        found.kind is FigureKind.COUNT
        and "rise" not in words
        and _ADDED_BEFORE.search(text, max(left_start, start - 30), start)
    ):
        # "It added 3.1 million subscribers", "net additions of 3.1 million": a gain, as
        # "gained 3.1 million" is, not the "5.8 million subscribers" the service has.
        words = ["rise", *words]
    if _CONDITION_BEFORE.search(text, max(left_start, start - 60), start):
        # "a special dividend once net debt falls below $35 billion", "until inflation falls
        # to 2%": a level set as a condition, not one reached.
        words = [THRESHOLD, *words]
    if (
        found.kind in (FigureKind.QUANTITY, FigureKind.MONEY)
        and _MOVED_BY_BEFORE.search(text, max(left_start, start - 30), start)
        and not _AWAY_FROM_AFTER.match(text, found.end)
    ):
        words = [MOVED_BY, *(w for w in words if w != MOVED_BY)]
    summed_before = _SUMMED_BEFORE.search(text, max(left_start, start - 24), start)
    if summed_before and found.kind is FigureKind.COUNT and "total" in summed_before.group():
        summed_before = None  # "A total of 84,200 houses have been destroyed": the count
    if (
        summed_before
        or _SUMMED_AFTER.match(text, found.end, right_end)
        or (
            found.kind in (FigureKind.MONEY, FigureKind.COUNT)
            and _MOVEMENT.isdisjoint(words)
            and _OVER_YEARS_AFTER.match(text, found.end, right_end)
        )
    ):
        words = [SUMMED, *(w for w in words if w != SUMMED)]
    # Each search behind a plain look for a word its every match holds: "another" or "rival"
    # (whose "val" no case-insensitive "i" alters), and the "which" or "who" of the clause.
    before_figure = text[sentence.start : start].lower()
    compared_start = max(sentence.start, start - 120)
    if (
        (
            ("another" in before_figure or "val" in before_figure)
            and _ANOTHER_PARTY.search(text, sentence.start, start)
        )
        or _THE_OTHER_BEFORE.search(text, max(sentence.start, start - 12), start)
        or (
            text.find("wh", compared_start, start) != -1
            and _COMPARED_WHICH.search(text, compared_start, start)
        )
    ):
        words = [ANOTHER, *(w for w in words if w != ANOTHER)]
    remaining = _REMAINING_AFTER.match(text, found.end)
    if remaining and found.kind is FigureKind.MONEY and "run" in remaining.group().split():
        remaining = None  # "cost about $565 million to run": a running cost, none still to come
    if remaining and not (
        # "about 1,200 roles to go": jobs going are jobs cut, none left to come.
        _counted_as(found.unit) == "job" and "go" in remaining.group().casefold().split()
    ):
        words = [REMAINING, *(w for w in words if w != REMAINING)]
    if "margin" not in words and _ADVISED_BEFORE.search(text, max(left_start, start - 60), start):
        words = [ADVISED, *(w for w in words if w != ADVISED)]
    if found.kind in (FigureKind.PERCENT, FigureKind.MONEY) and (
        _LIMIT_AFTER.match(text, found.end)
        or _LIMITED_TO_BEFORE.search(text, max(sentence.start, start - 90), start)
    ):
        words = [LIMIT, *(w for w in words if w != LIMIT)]
    before = text[max(sentence.start, start - 120) : start]
    if (" was " in before or " were " in before or " been " in before) and _INTENDED_BEFORE.search(
        text, max(sentence.start, start - 120), start
    ):
        words = [INTENDED, *(w for w in words if w != INTENDED)]
    basis = (
        _BASIS_SET_ASIDE.search(text, max(sentence.start, start - 80), start)
        if "cluding" in before
        else None
    )
    if basis is not None:
        # "Regular pay excluding bonuses grew by 4.2%", "Including bonuses, pay rose 4.4%":
        # two figures of pay, told apart by what is counted in, which is no word of what
        # either measures.
        what = _singular(basis.group("what").split()[-1])
        marker = f"{basis.group('how').casefold()} {what}"
        words = [marker, *(w for w in words if w not in (what, marker))]
    if _IN_A_SPELL.match(text, found.end, sentence.end):
        words = [IN_A_SPELL, *(w for w in words if w != IN_A_SPELL)]
    if found.kind is FigureKind.COUNT and not found.total:
        whole = _OUT_OF_AFTER.match(text, found.end, sentence.end)
        if whole is not None and _singular(whole.group("noun").casefold()) == found.unit:
            words = [SUBSET, *(w for w in words if w != SUBSET)]
    if (
        found.kind is FigureKind.DURATION
        # A span since the like is days or more; a time in hours, minutes or seconds is how
        # long a race took: "The fastest German man, Jonas Weber, finished ninth in 2:09:05".
        and found.unit not in _CLOCKED_UNITS
        and _RECORD_BEFORE.search(text, max(sentence.start, start - 80), start)
    ):
        words = [RECORD_SPAN, *(w for w in words if w != RECORD_SPAN)]
    if (
        found.kind in (FigureKind.PERCENT, FigureKind.MONEY)
        and _stated_of(_INTRADAY, text, left_start, start, found.end, right_end)
    ) or (
        found.kind in (FigureKind.PERCENT, FigureKind.MONEY)
        and _AS_MUCH_AS_BEFORE.search(text, left_start, found.end)
        and _TRADED.search(text, sentence.start, sentence.end)
    ):
        words = [INTRADAY, *(w for w in words if w != INTRADAY)]
    if found.kind is FigureKind.PERCENT and _HORIZON_HINT.search(text, sentence.start, right_end):
        after_end = min((s for s, _ in others if s >= found.end), default=right_end)
        horizon = _horizon(text, sentence, start, found.end, min(after_end, right_end), right_end)
        if horizon is not None:
            words = [*(w for w in words if w != horizon), horizon]
    if found.kind in (FigureKind.MONEY, FigureKind.PERCENT) and (
        _ADJUSTED_BASIS.search(text, left_start, right_end)
        or _ADJUSTED_OPENING.match(text, sentence.start)
    ):
        words = [ADJUSTED, *(w for w in words if w != ADJUSTED)]
    head = [w for w in found.head or [] if w.casefold() not in _MODIFIERS | {"and", "or"}]
    measure: list[str] = [_counted_as(_singular(word)) for word in head]
    if found.rate is not None:
        measure.append(found.rate)
    for word in words:
        if word not in measure:
            measure.append(word)
    if found.kind in (FigureKind.COUNT, FigureKind.RANGE):
        measure = _with_own_toll(text, found, start, left_start, right_end, others, measure)
        if found.unit in _STAFF_UNITS and (
            _LAYOFF_BEFORE.search(text, max(left_start, start - 30), start)
            or _LAID_OFF_AFTER.match(text, found.end, right_end)
        ):
            # "will lay off about 1,850 employees" is "would cut about 1,850 jobs".
            found.unit = "job"
    elif found.unit.startswith(CLOCK):
        if _LOCAL_TIME_AFTER.match(text, found.end):
            # "at 7 p.m. local time": which clock, not what happened at the hour.
            measure = [word for word in measure if word not in _LOCAL_TIME_WORDS]
        measure = _with_clock_event(text, sentence.start, left_start, start, others, measure)
    return measure


_LOCAL_TIME_AFTER = re.compile(r"\s+local\s+time\b", re.IGNORECASE)
_LOCAL_TIME_WORDS = frozenset(("local", "time"))


# A price's move during the session, not at its close: "fell as much as 9.1% in early trade
# before closing down 7.4%".
_INTRADAY = re.compile(
    r"\b(?:intraday|intra-day|at\s+one\s+point|in\s+early\s+(?:trade|trading|deals)|"
    r"early\s+in\s+the\s+session|in\s+(?:morning|afternoon)\s+(?:trade|trading)|"
    # Trading outside the session is no close either: "rose 9% in after-hours trading",
    # "dropped 8% after the bell".
    # Nor before it opens: "jumped 24% in premarket trading", "were up 3% premarket", "fell
    # 2% before the bell".
    r"in\s+(?:after-?hours?|extended|post-?market|pre-?market)\s+(?:trade|trading|deals)|"
    r"(?:after|before)\s+the\s+(?:closing\s+|opening\s+)?bell|pre-?market\b|"
    r"(?:by|in|at)\s+(?:late\s+|mid-?)?(?:morning|midday|noon|lunchtime|afternoon)|"
    # "down 4.6% at 212.4 pence by 0930 GMT": a time in the session.
    r"(?:by|at|as\s+of)\s+\d{1,2}[:.]?\d{2}\s*(?:GMT|BST|CET|ET|EST|EDT|IST|AEST|a\.m\.|am)(?!\w))",
    re.IGNORECASE,
)
# A price's furthest move in a session, and the price it reached: "Shares of Deccan rose as
# much as 4.2% to 1,146.50 rupees" is no close ("closed 3.1% higher at Rs 1,134.40").
_AS_MUCH_AS_BEFORE = re.compile(
    r"\b(?:rose|rising|fell|falling|jumped|climbed|dropped|slid|surged|gained|lost|soared|"
    r"plunged|tumbled|sank)\s+(?:by\s+)?as\s+much\s+as\b(?![^,;]*\b(?:clos|end|finish|settl))",
    re.IGNORECASE,
)
_TRADED = re.compile(r"\b(?:shares?|stocks?|index|indices|trading|trade)\b", re.IGNORECASE)
_CLOSE_WORD = re.compile(r"\b(?:clos(?:ed|ing|e)|ended|finished|settled)\b", re.IGNORECASE)


def _stated_of(
    pattern: re.Pattern[str], text: str, left_start: int, start: int, end: int, right_end: int
) -> bool:
    """Whether the move at ``start:end`` is one ``pattern`` times: said so after it in its
    clause ("fell as much as 9.1% in early trade"), or before it with no close between ("In
    early trade the shares fell 9.1%"; not "… in early trade before closing down 7.4%")."""
    after = pattern.search(text, end, right_end)
    if after is not None and _CLOSE_WORD.search(text, end, after.start()) is None:
        return True
    last = None
    for last in pattern.finditer(text, left_start, start):  # noqa: B007 - the last is kept
        pass
    return last is not None and _CLOSE_WORD.search(text, last.end(), start) is None


# The span a change is measured over, said in so many words: not "in October" or "in the
# quarter", which name the period a change happened in, measured against a month before
# (house prices) or a year before (a company's sales) as the trade has it.
_CHANGE_NOUN = (
    r"(?:rises?|gains?|increases?|growth|falls?|drops?|declines?|changes?|jumps?|pace|rate|"
    r"inflation)"
)
_HORIZON_PHRASES = (
    (
        SO_FAR_THIS_YEAR,
        r"\bso\s+far\s+(?:this|in\s+\d{4}|in\s+the)\s*(?:year)?\b|\byear[\s-]to[\s-]date\b|"
        r"\bytd\b|\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+year\b|"
        r"\bsince\s+(?:January|the\s+new\s+year)\b",
    ),
    (
        OVER_A_YEAR,
        rf"(?:(?<!adjusted\s)annual(?:ly)?|year[\s-](?:on|over)[\s-]year|yearly|12-month|"
        r"twelve-month)"
        rf"(?:\s+{_CHANGE_NOUN}\b|(?=\s*[,.;)]|\s+(?:to|in|on|over|from|compared)\b|\s+[\d$€£]))|"
        # A pace or rate annualised, or a seasonally adjusted annual rate, is a level told as a
        # year's ("the annualized pace of housing starts fell 3.4% … from the previous month",
        # "grew at an annualised rate of 2.8%" in a quarter): no change over a year.
        rf"annuali[sz]ed(?:\s+(?!pace\b|rate\b){_CHANGE_NOUN}\b"
        r"|(?=\s*[,.;)]|\s+(?:to|in|on|over|from|compared)\b|\s+[\d$€£]))|"
        r"\b(?:y/y|yoy)\b|"
        r"\bover\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:year|12\s+months|twelve\s+months)\b|"
        r"\bon\s+the\s+year\b(?!['’])|"
        r"\bin\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|through|ending|ended)\b|"
        r"\b(?:than|from|on|over|since|compared\s+(?:with|to))\s+(?:a\s+year|12\s+months)\s+"
        r"(?:ago|earlier|before|previously)\b|"
        r"\bfrom\s+the\s+same\s+(?:month|period|time|quarter)\s+(?:a|last)\s+year\b|"
        # "3.4 per cent higher than in February last year".
        r"\bthan\s+(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\s+last\s+year\b",
    ),
    (
        OVER_A_QUARTER,
        r"\bquarter[\s-](?:on|over)[\s-]quarter\b|\b(?:q/q|qoq)\b|"
        rf"\bquarterly\s+{_CHANGE_NOUN}\b|"
        r"\b(?:than|from|on|over)\s+(?:a\s+quarter\s+(?:ago|earlier|before)|"
        r"the\s+(?:previous|prior|preceding)\s+(?:quarter|three\s+months))\b",
    ),
    (
        OVER_A_MONTH,
        r"\bmonth[\s-](?:on|over)[\s-]month\b|\b(?:m/m|mom)\b|"
        rf"\bmonthly\s+{_CHANGE_NOUN}\b|"
        r"\bover\s+the\s+(?:past\s+|last\s+)?month\b|\bon\s+the\s+month\b(?!['’])|"
        r"\bduring\s+the\s+month\b|"
        r"\b(?:than|from|on|over)\s+(?:a\s+month\s+(?:ago|earlier|before)|"
        r"the\s+(?:previous|prior|preceding)\s+month)\b",
    ),
)
# What every horizon holds: most sentences with a percentage hold none, and are not searched.
_HORIZON_HINT = re.compile(
    r"annual|year|month|quarter|[yqm]/[yqm]|yoy|mom|qoq|ytd|january", re.IGNORECASE
)
_HORIZON = re.compile(
    "|".join(f"(?P<h{index}>{phrase})" for index, (_, phrase) in enumerate(_HORIZON_PHRASES)),
    re.IGNORECASE,
)


# A move told in the perfect, over "this year": the change so far this year, not one day's or
# a forecast's ("The stock has gained 14% this year" beside "closed up 3.4%"; not "the economy
# will grow 2% this year").
_PERFECT_MOVE_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|already|so\s+far)\s+)?(?:gained|risen|climbed|rallied|advanced|"
    r"jumped|surged|soared|added|fallen|lost|dropped|declined|slipped|slumped|slid|tumbled|sunk|"
    r"shed|grown|increased|decreased)\s+(?:by\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just)\s+)?$",
    re.IGNORECASE,
)
_THIS_YEAR_AFTER = re.compile(r"\s+(?:so\s+far\s+)?this\s+year\b", re.IGNORECASE)


def _horizon(
    text: str, sentence: Span, start: int, end: int, after_end: int, clause_end: int
) -> str | None:
    """The span the change at ``start:end`` is measured over, if its sentence says: after it,
    opening before ``after_end``, the next figure or period or the clause's end ("rose 0.5%
    over the month and 4.1% over the year"; "higher than in February last year" runs past
    its month), else the last said before it, which goes on to the figures after ("annual
    growth of 9.8 per cent in Brisbane and 10.6 per cent in Perth", "a 1.4% monthly rise,
    while Brisbane gained 1.1%", "Over the year, rents rose 4.1%")."""
    if _THIS_YEAR_AFTER.match(text, end) and _PERFECT_MOVE_BEFORE.search(
        text, max(sentence.start, start - 60), start
    ):
        return SO_FAR_THIS_YEAR  # "The stock has gained 14% this year"
    found = _HORIZON.search(text, end, clause_end)
    if found is not None and found.start() >= after_end:
        found = None
    if found is None:
        # Read up to the figure's end, since a phrase right before it looks ahead at it ("an
        # annualised 2.1%").
        before = [m for m in _HORIZON.finditer(text, sentence.start, end) if m.end() <= start]
        found = before[-1] if before else None
    if found is None:
        return None
    index = next(int(name[1:]) for name, value in found.groupdict().items() if value)
    return _HORIZON_PHRASES[index][0]


# How long since the like was last seen, not how long something took: "the hottest day
# Melbourne has endured in five years", "its lowest level for 15 years".
_RECORD_BEFORE = re.compile(
    r"\b(?:[a-z]{2,}est|most|least|worst|best|first)\b[^.;:!?]{0,60}\b(?:in|for)\s+"
    r"(?:the\s+(?:past|last)\s+|(?:nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_CLOCKED_UNITS = frozenset(("second", "minute", "hour"))
# A verb of a level's move right before an amount: the amount is the move. (Not "dropped",
# as often what a storm did: "dropped as much as 24 inches of rain".)
_MOVED_BY_BEFORE = re.compile(
    r"\b(?:rose|risen|climbed|fell|fallen|declined|increased|decreased|grew|grown|"
    r"jumped|surged|slipped|slid|soared|plunged|tumbled|rebounded|went\s+up|went\s+down|"
    r"rising|falling|climbing|jumping|surging|growing|increasing|declining)"
    r"(?:\s+by)?\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just)\s+)?$",
    re.IGNORECASE,
)
# A distance from a place right after the amount: where something went ("went down 83
# nautical miles off Carrick Head", "fell 30 metres off a ledge"), not how far a level moved.
# Not a level's own mark moved off: "Brent crude fell $3 off its morning high" moved by $3.
_AWAY_FROM_AFTER = re.compile(
    r"\s+(?:off(?!\s+(?:its|their|the)\s+(?:\w+\s+)?"
    r"(?:high|low|peak|open|close|record|top|highs|lows)\b)|offshore|out\s+to\s+sea)\b",
    re.IGNORECASE,
)
# Another party than the story's, named before a figure in its sentence; or a rival named
# ("Its debut compares favourably with that of rival Nesma Sky, which listed in 2024 …, and
# whose shares fell 3% on their first day": the rival's first day, not the story's).
_ANOTHER_PARTY = re.compile(
    r"\b(?:another|a\s+rival|rival)\s+(?:[A-Za-z-]+\s+)?(?:carrier|airline|company|firm|"
    r"bank|lender|club|team|retailer|insurer|operator|union|country|hospital|school|council|"
    r"carmaker|manufacturer|group|network|broadcaster|party)\b"
    r"|\b(?-i:[Rr]ival)\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3},?\s+(?:which|whose)\b",
    re.IGNORECASE,
)
# "Marisol is unlikely to match Ian, which cost insurers more than $50bn", "the worst since
# Hurricane Katrina, which killed 1,392 people": a figure of what the story is measured
# against, said in a clause on it.
_COMPARED_WHICH = re.compile(
    r"\b(?i:match|matching|rival|rivalling|rivaling|surpass|surpassing|eclipse|eclipsing|"
    r"exceed|exceeding|overtake|overtaking|than|like|unlike|since|compared\s+(?:with|to)|"
    r"short\s+of)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,?\s+(?:which|who)\b"
    # Within the clause on it, not past the comma that closes it ("…, which hit in 2015, and
    # has forced 2,000 people from their homes" is the story's).
    r"[^.;:!?,]*$"
)
# "The other two freed hostages": the rest of a group, not the group.
_THE_OTHER_BEFORE = re.compile(r"\b[Tt]he\s+other\s+$")
# A level set as a condition: "once net debt falls below $35 billion".
THRESHOLD = "threshold"
_CONDITION_BEFORE = re.compile(
    r"\b(?:once|if|until|unless)\s+[^,.;:]{0,40}?\b(?:falls|drops|rises|climbs|reaches|hits|"
    r"exceeds|tops|goes|gets|stays|remains|moves)\s+(?:back\s+)?(?:below|above|under|over|to|"
    r"past|beyond|towards?)?\s*$",
    re.IGNORECASE,
)
# Things added: "It added 3.1 million subscribers", "net additions of".
_ADDED_BEFORE = re.compile(
    r"\b(?:(?:added|adds|adding)(?:\s+(?:a\s+)?(?:net|further|record|another))?"
    r"|(?:net\s+)?(?:subscriber\s+|customer\s+|user\s+)?additions\s+of)"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over|just))?\s+$",
    re.IGNORECASE,
)
# A level dated by its distance before the time the article reports: "compared with $701
# million, or $1.58 per share, a year earlier", "$650 million a year ago". Not a change
# measured from then ("rose 12% from a year earlier", see `_HORIZON_PHRASES`).
_YEAR_EARLIER_AFTER = re.compile(
    r"(?:\s+(?:per|a|an)\s+[a-z]+)?(?:,\s+or\s+[^,;()]{1,40},|\s*\([^()]{1,40}\))?,?\s+"
    r"(?:(?:a|one)\s+(?:year|quarter|month)\s+(?:earlier|ago|before|previously)"
    r"|(?:in\s+)?the\s+(?:(?:previous|prior|preceding)\s+(?:year|quarter|month)"
    r"|year\s+before|year-(?:earlier|ago)\s+(?:period|quarter|month)"
    r"|same\s+(?:period|quarter|month|time)\s+(?:a|last)\s+year)"
    # "compared with 0.2% in August last year": the month names the period, of a year before.
    r"|(?P<last_year>in\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+last\s+year))\b",
    re.IGNORECASE,
)
# A level told as the one before the new one, of the same period: "compared with 143 yen
# previously", "from 4.5 million before".
_PREVIOUSLY_AFTER = re.compile(r",?\s+(?:previously|before)\b(?=\s*(?:[,.;:)]|and\b|$))")
# A sentence opening on the year before, its score that year's: "Last year Wexcombe scored
# 89.7", "A year earlier, it scored 88". Not when the sentence turns back to now
# before the figure ("Last year it scored 85; this year it scored 88").
_YEAR_AGO_OPENING = re.compile(
    r"[\s\"“‘']*(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year)"
    r"\b(?!['’])",
    re.IGNORECASE,
)
_NOW_BETWEEN = re.compile(
    r"[;:]|\b(?:this|next)\s+year\b|\b(?:now|currently|today|but|while|whereas)\b", re.IGNORECASE
)
# What a level is compared with: "compared with 0.2% in August last year".
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:an?\s+[\w-]+\s+of\s+)?$",
    re.IGNORECASE,
)
# A sum over several things or years, before or after it.
_SUMMED_BEFORE = re.compile(
    r"\b(?:a\s+combined|combined|a\s+total\s+of|a\s+cumulative|cumulative)\s+$", re.IGNORECASE
)
_SUMMED_AFTER = re.compile(
    r"(?:\s+of\s+[\w-]+)?\s+(?:in\s+total|in\s+all|combined|between\s+them)\b", re.IGNORECASE
)
# ... or an amount or a count over years to come or gone, not a change over them ("have risen
# about 38 percent over the past 12 months" is the span of a change).
_OVER_YEARS_AFTER = re.compile(
    r"(?:\s+of\s+[\w-]+)?\s+over\s+the\s+(?:next|past|last|coming|previous)\s+"
    r"(?:\w+\s+)?(?:years|decades)\b",
    re.IGNORECASE,
)
# A sentence opening on the group its figures are of: "Among those given placebo, the rate
# was 16.8%". Not "Among other things, …", "Among others, …": an aside, no group.
_AMONG_OPENING = re.compile(r"\s*Among\s(?!\s*others?\b)")
# A level someone advised: "Scientists had advised a catch of 174,357 tonnes". Not a
# dividend: a board proposes the one it pays ("The board proposed a dividend of $4.50 per
# share" is the other's "Shareholders will receive a dividend of $5.40 a share").
_ADVISED_BEFORE = re.compile(
    r"\b(?:(?:advised|recommended|proposed)\s+(?:an?|the)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:dividend|payout|distribution)s?\s+of\b)(?:[\w-]+\s+){0,3}?of"
    r"|(?:advice|recommendation)\s+(?:of|was)"
    rf"|advised\s+(?:a\s+)?(?:limit|cap|maximum)\s+of"
    # Or a proposal's level, not yet anyone's: "Their proposal would also raise staff
    # contributions to 11% of salary" is no "Staff currently contribute 9.8%".
    r"|\b(?:proposals?|offer)\s+(?:would|will|could)\s+(?:also\s+)?"
    r"(?:raise|lift|increase|cut|lower|reduce|bring)\s+[^.;:,]{0,60}?\bto)"
    rf"\s+(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# A limit a rule sets: "the 70 per cent ceiling", "a 2% cap", "limits spending on wages … to
# 70% of revenue", "capped at 10%", "a cap of £2,500".
_LIMIT_AFTER = re.compile(
    r"(?:\s+(?:[a-z]+\s+){0,2}?(?:ceiling|cap|limit|threshold|maximum)s?\b)", re.IGNORECASE
)
_LIMITED_TO_BEFORE = re.compile(
    r"\b(?:(?:limits?|limited|limiting|restricts?|restricted|restricting)\s+[^.;:]{0,80}?\bto"
    r"|(?:caps?|capped|capping)\s+(?:[^,.;:]{0,60}?\s)?at"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceiling|cap|limit|maximum)\s+of"
    # Or a rise someone was allowed, the most it may be: "The regulator had allowed Northfold
    # to raise bills by up to 9% this year" is no "a 4.8% bill increase".
    r"|(?:allow|permit)(?:s|ed|ted|ing|ting)?\s+[^.;:]{0,60}?\bto\s+"
    r"(?:raise|lift|increase|put\s+up|charge)\b[^.;:]{0,40}?\bby)"
    rf"\s+(?:(?:{_QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# What a figure counts in or leaves out, which other figures of the same measure may not:
# "excluding bonuses", "including bonuses", "excluding food and energy".
_BASIS_SET_ASIDE = re.compile(
    r"\b(?P<how>excluding|including)\s+(?:the\s+)?(?P<what>bonus(?:es)?|tax(?:es)?|VAT|fuel|"
    r"(?:food\s+and\s+)?energy|food|one-offs?|exceptional\s+items|special\s+items|"
    r"acquisitions|disposals|currency\s+(?:effects|movements|swings))\b[^.;:!?]*$",
    re.IGNORECASE,
)
# A whole one side held: "lost three of their 16 seats", "closed 40 of its 120 stores", or
# the run a side's record is told over: "won only once in their last 11 league games".
_THEIR_WHOLE_BEFORE = re.compile(
    rf"\bof\s+(?:their|its|his|her|our)\s+$|{_RUN_OF}(?:their|its|his|her|our)\s+{_RUN_END}",
    re.IGNORECASE,
)
# What something was meant to do and, as told, did not, in the figure's clause: "which was
# meant to raise the final batch of satellites to an orbit of 550 kilometres", "was supposed
# to fire a second time to lift the last group of spacecraft to 550km". Past tense only: "is
# due to open with 300 beds" is another outlet's "will open with 320 beds". Not what something
# was meant to be ("what was supposed to be a 14-night cruise"): that is what it was planned as,
# which another outlet tells plainly ("left for a 12-night cruise").
_INTENDED_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:meant|supposed|intended|designed|due|scheduled|planned)"
    r"\s+to\s+(?!be\b|have\s+been\b)[^,.;:]{0,100}$",
    re.IGNORECASE,
)
# A change of the object of its verb, the figure after "by": "cut the risk of death or
# hospital admission by 24 per cent", "raised the price of a pint by 5%".
_CHANGED_OBJECT = re.compile(
    r"\b(?P<verb>cut|cuts|reduced|reduces|lowered|lowers|slashed|raised|raises|increased|"
    r"increases|boosted|boosts)\s+(?:the|its|their|his|her)\s+"
    r"(?:(?:combined|overall|relative|absolute|annual|average|total)\s+)?(?P<noun>[a-z]+)\s+of\b"
    r"[^.;:,]{0,120}?\bby\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
    r"up\s+to|just)\s+)?$",
    re.IGNORECASE,
)
# Whose a profit is, which results print between the profit and its verb: "Net profit
# attributable to shareholders rose to €5.83 billion" is net profit, as "Net profit rose" is.
_ATTRIBUTABLE_TO = frozenset(
    "shareholders shareholder owners owner equity holders parent company group the".split()
)


# Verbs that report what follows "that": "The UK Health Security Agency said on Thursday that
# 374 cases had been confirmed" — who reported it is the source, not what is measured.
_REPORTING = frozenset(
    "said says say reported reports announced announces confirmed confirms showed shows show "
    "found finds estimated estimates revealed reveals".split()
)
_REPORTING_REACH = 4  # words between the verb and its "that": "said on Thursday that"


def _after_reported_that(words: list[str]) -> list[str]:
    """``words`` from after the last "that" a reporting verb governs, if any."""
    for index in range(len(words) - 1, 0, -1):
        if words[index].casefold() != "that":
            continue
        if any(
            word.casefold() in _REPORTING
            for word in words[max(0, index - _REPORTING_REACH) : index]
        ):
            return words[index + 1 :]
        break
    return words


_SOURCE_SAYS = frozenset(("said", "say", "says", "told", "confirmed"))


def _without_counted_source(words: list[str]) -> list[str]:
    """``words`` without a count of who told the story before its verb: "Five officials said
    they would not comment on the 30 arrests" drops "Five officials" as no figure (see
    `_SOURCE_SAID_AFTER`), and they are not what the arrests count either. Not "people",
    who may be the story's ("Five people said they were robbed")."""
    for index in range(2, len(words)):
        if words[index].casefold() not in _SOURCE_SAYS:
            continue
        noun = _counted(words[index - 1].casefold())
        if noun == "people" or noun not in _ATTRIBUTED_SOURCE_NOUNS:
            continue
        for count in (index - 2, index - 3):
            word = words[count] if count >= 0 else ""
            if word.isdigit() or (word.isalpha() and parse_words(word.casefold()) is not None):
                return words[:count] + words[index:]
    return words


def _without_attributable(words: list[str]) -> list[str]:
    for index, word in enumerate(words):
        if word.casefold() == "attributable" and words[index + 1 : index + 2] == ["to"]:
            end = index + 2
            while end < len(words) and words[end].casefold() in _ATTRIBUTABLE_TO:
                end += 1
            return words[:index] + words[end:]
    return words


# A figure set against the next one: "8.9 per cent against 6.1 per cent on placebo".
_AGAINST_NEXT = re.compile(
    r"\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|some|just)\s+)?",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b")
# What happened in a stretch of a match or a day: "hitting eight 180s in that spell".
_IN_A_SPELL = re.compile(
    r"[^.;:!?,]{0,40}?\b(?:in|during|over|across)\s+(?:that|this|the)\s+(?:spell|stretch|"
    r"burst|passage\s+of\s+play|run)(?![\w-])",
    re.IGNORECASE,
)
# What is still to come, not what is done: "with three games to play", "13 races remaining".
_REMAINING_AFTER = re.compile(
    r"\s+(?:(?:still|left)\s+)?(?:to\s+(?:play|go|run|come|be\s+played)|remaining)\b",
    re.IGNORECASE,
)
# An amount stated on another basis than the one reported: "earned $4.65 a share on an
# adjusted basis", "excluding items, it earned", "underlying profit", "non-GAAP". Not a
# statistician's adjustment ("seasonally adjusted", "inflation-adjusted"), which outlets often
# leave unsaid.
_EXCLUDING_ITEMS = r"excluding\s+(?:some\s+|certain\s+|special\s+|one-(?:time|off)\s+)?items"
_ADJUSTED_BASIS = re.compile(
    rf"\b(?:(?<!seasonally\s)(?<![\w-])adjusted|{_EXCLUDING_ITEMS}|underlying|non-GAAP)\b",
    re.IGNORECASE,
)
# A sentence that opens so states all its amounts on that basis: "Excluding items, it earned".
_ADJUSTED_OPENING = re.compile(
    rf"(?:{_EXCLUDING_ITEMS}|on\s+an\s+adjusted\s+basis)\b", re.IGNORECASE
)


def _with_clock_event(
    text: str,
    sentence_start: int,
    left_start: int,
    start: int,
    others: list[tuple[int, int]],
    measure: list[str],
) -> list[str]:
    """A time of day's ``measure`` with the event it dates first. Words between the event's
    verb and the time ("took off from Chhatrapati Shivaji Maharaj International Airport at")
    say where, which the departure and the arrival share: they are left out."""
    event = _clock_event(text, max(sentence_start, start - _CLOCK_EVENT_REACH), start)
    if event is None:
        return measure
    name, verb_start, verb_end = event
    if any(
        verb_end <= other_start and other_end <= start and _next_happening(text, other_end, start)
        for other_start, other_end in others
    ):
        # "Polls closed at 8pm and the first results came in shortly after 10pm": the verb
        # dates the figure right after it, and what follows its "and" happened at the later
        # time. A time converted in brackets goes on dating the verb ("took off at 2:47 a.m.
        # local time (2117 GMT").
        return measure
    if verb_start >= left_start:
        between = set(_content_words(_clause_words(text, verb_end, start, others)))
        measure = [word for word in measure if word not in between]
    elif len(_WORD.findall(text, left_start, start)) > 2:
        # A verb of another clause, where the time's own says what happened: "The outage began
        # at 14:05 GMT, …, and services were back to normal by 21:20 GMT". A time set off alone
        # ("(2117 GMT on Friday)") dates the verb before it.
        return measure
    return [name, *(word for word in measure if word != name)]


# What happened at a time of day, by the verb that says it, in one word: "took off from
# Chhatrapati Shivaji Maharaj International Airport at 2.47 a.m." and "landed back at
# Chhatrapati Shivaji Maharaj International Airport at 3.32am" are a departure and an
# arrival, however alike the places named. A verb with its particle ("took off") is read by
# the particle, the word before it checked.
_CLOCK_EVENTS = {
    **dict.fromkeys("take-off takeoff left leaves leaving departed departs departing "
                    "departure".split(), "departure"),
    **dict.fromkeys("landed landing lands arrived arrives arriving arrival".split(), "arrival"),
    **dict.fromkeys("began begun begins started starts opened opens".split(), "start"),
    # An order or a warning in force from when it was issued until it was lifted.
    **dict.fromkeys("issued issues imposed".split(), "start"),
    **dict.fromkeys("ended ends finished finishes closed closes".split(), "end"),
    **dict.fromkeys("lifted lifts rescinded cancelled canceled".split(), "end"),
    **dict.fromkeys("struck strikes erupted exploded collapsed crashed".split(), "struck"),
    # A vessel lost: "sank at around 11 p.m.", not the hour it left port.
    **dict.fromkeys("sank sinks capsized capsizes".split(), "struck"),
    **dict.fromkeys("died dies killed".split(), "death"),
}  # fmt: skip
_CLOCK_PARTICLES = {
    "off": ("departure", frozenset("took take takes taking lifted lifts set sets setting".split())),
    "down": ("arrival", frozenset(("touched", "touches"))),
    # "waded ashore near Portpatrick at 4.54pm": the end of a crossing.
    "ashore": ("arrival", frozenset("waded came comes stepped swam crawled".split())),
    "dead": ("death", frozenset(("pronounced",))),
}
_KICKED = frozenset(("kicked", "kicks"))  # "kicked off at 3pm": the start of a match
# "The ferry went down at around 11 p.m.", "the plane went down shortly after 3pm": a loss.
_WENT = frozenset(("went", "goes"))
# What opens another happening after a figure its verb dated: "closed at 8pm and the first
# results came in shortly after 10pm".
_NEXT_HAPPENING = re.compile(r"\b(?:and|but|while|whereas|then|before|until)\b", re.IGNORECASE)
# Verbs of a happening of their own after such a word: an auxiliary, an irregular past, or any
# of `_CLOCK_EVENTS`; besides these, a past in "-ed" and a gerund right after the word
# ("before closing at 5pm").
_OWN_VERBS = frozenset(
    "is are was were be been has have had will would shall can could may might must do does "
    "did came comes fell rose went got began begun ran set put shut held took made "
    "saw gave found".split()
) | frozenset(_CLOCK_EVENTS)
_NOT_GERUNDS = frozenset("morning evening during nothing something according".split())


def _next_happening(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a figure and a later time, opens another happening
    with a verb of its own: "and the first results came in shortly after 10pm", not the verb's
    own left unsaid ("opened at 7 a.m. on the mainland and at 6 a.m. on the islands")."""
    for joint in _NEXT_HAPPENING.finditer(text, start, end):
        words = [word.group() for word in _EVENT_WORD.finditer(text, joint.end(), end)]
        if any(
            word.islower() and (word in _OWN_VERBS or (len(word) > 4 and word.endswith("ed")))
            for word in words
        ):
            return True
        if (
            words
            and words[0].islower()
            and words[0].endswith("ing")
            and words[0] not in _NOT_GERUNDS
        ):
            return True
    return False


# How far before a time its event's verb may be: "took off at 2:47 a.m. local time (2117 GMT"
# reaches back past the local time to the verb.
_CLOCK_EVENT_REACH = 160
_EVENT_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _clock_event(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The last event (see `_CLOCK_EVENTS`) a verb in ``text[start:end]`` names, and where the
    verb starts and ends; None when none does."""
    event = None
    previous = ""
    for word in _EVENT_WORD.finditer(text, start, end):
        lowered = word.group().casefold()
        name = _CLOCK_EVENTS.get(lowered)
        if name is None and lowered in _CLOCK_PARTICLES:
            particle_event, verbs = _CLOCK_PARTICLES[lowered]
            if previous in verbs:
                name = particle_event
            elif lowered == "off" and previous in _KICKED:
                name = "start"
            elif lowered == "down" and previous in _WENT:
                name = "struck"
        if name is not None:
            event = (name, word.start(), word.end())
        previous = lowered
    return event


def _with_own_toll(
    text: str,
    found: _Found,
    start: int,
    left_start: int,
    right_end: int,
    others: list[tuple[int, int]],
    measure: list[str],
) -> list[str]:
    """``measure`` with the toll the count is of, and no other: "killing seven people and
    injuring 46 others", "Three young people have died and 27 others have been taken to
    hospital". A count of people takes its toll as its unit, so that the dead never pair with
    the injured, the admitted or those treated at the scene, however their clause is worded,
    and "54 people have died" pairs with "54 suspected heatstroke deaths"."""
    if (
        found.unit in _LIVES
        and not found.part
        and (
            _LIVES_TAKEN_BEFORE.search(text, max(left_start, start - 40), start)
            or _LIVES_LOST_AFTER.match(text, found.end, right_end)
        )
    ):
        found.unit = TOLL_UNIT_OF["death"]
        measure = [word for word in measure if word not in _TOLLS and word not in _LIVES]
        return [*measure, "death"]
    if found.unit in _BODIES and not found.part:
        # "Rescuers have recovered 32 bodies" counts the dead, as "At least 23 people died"
        # does: the toll, not the noun, is its unit and its measure word.
        found.unit = TOLL_UNIT_OF["death"]
        return [word for word in measure if word not in _TOLLS and word not in _BODIES] + ["death"]
    tolled = (
        _counted_as(found.unit) in _TOLLED_UNITS
        or bool(found.head and _PEOPLE_OF_A_PLACE.fullmatch(found.head[-1]))
    ) and not found.part
    if not tolled and _TOLLS.isdisjoint(measure):
        return measure  # "1,200 jobs", "60 seats": no toll to find, none to keep apart
    toll = _own_toll(text, found, start, left_start, right_end, others)
    if toll is None:
        # "The death toll rose to 91 people": the toll the clause names, if it names one. Not
        # "hospital", which names a place as often ("The hospital employs 5,000 people"), nor a
        # toll of others' ("killed a 78-year-old man and forced 1,350 people to leave").
        named = {word for word in measure if word in _TOLLS_IN_WORDS}
        if len(named) != 1 or "toll" not in measure:
            return measure  # no toll, or two the clause does not tell apart
        (toll,) = named
    # The counted noun's own word stays: "96 hospitals, where five died" counts hospitals.
    counted = {_counted_as(_singular(word)) for word in found.head or ()}
    measure = [word for word in measure if word not in _TOLLS or word == toll or word in counted]
    if toll not in measure:
        measure.append(toll)
    if tolled:
        # "people", which every count of the unit holds, tells none apart; the toll stays.
        measure = [word for word in measure if word != "people"] or measure
        # Not a part ("19 of the deaths", "Twelve of the injured"), whose group says its unit:
        # it is no toll of its own, to pair with the whole toll.
        found.unit = TOLL_UNIT_OF[toll]
    return measure


# A count of bodies is a count of the dead (see `_with_own_toll`).
_BODIES = frozenset(("body", "corpse"))
# Lives a disaster took are its dead: "the outbreak has claimed 117 lives", "a crash that cost
# 40 lives", "14 lives were lost". Not lives saved, changed or touched, which are no toll.
_LIVES = frozenset(("life", "live"))
_LIVES_TAKEN_BEFORE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|took|taken|takes|taking|lost|los(?:e|es|ing))\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_LIVES_LOST_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|being)\s+lost\b", re.IGNORECASE
)


# The people a company lays off are the jobs it cuts.
_STAFF_UNITS = frozenset(
    ("employee", "worker", "staff", "staffer", "people", "position", "post", "role")
)
_LAYOFF_VERB = (
    r"lay(?:s|ing)?\s+off|laid\s+off|cut(?:s|ting)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|"
    r"eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|let(?:ting)?\s+go(?:\s+of)?|"
    r"fir(?:e|es|ed|ing)|(?:make|made|making)\s+redundant"
)
_LAYOFF_BEFORE = re.compile(rf"\b(?:{_LAYOFF_VERB})\s+$", re.IGNORECASE)
_LAID_OFF_AFTER = re.compile(
    r"\s+(?:will\s+be|were|are|to\s+be|would\s+be|have\s+been|had\s+been|being)\s+"
    r"(?:laid\s+off|let\s+go|made\s+redundant|cut|axed|fired)\b"
    # "Between 45 and 50 posts will go, the council said": gone, the clause ending there; not
    # "200 workers will go on strike", nor "40 staff will go to the new site".
    r"|\s+(?:will|would|are\s+to|are\s+set\s+to|to)\s+go(?=\s*[,;:.)—]|\s*$)",
    re.IGNORECASE,
)


# A verb in the past tense, as a clause that goes on from the sentence's subject opens: "won",
# "took", "reported", "posted" (lower case: "Shares" or "The" open a clause of their own).
_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "near", "off", "outside", "inside", "along"))
_SUBJECTLESS_VERB = re.compile(
    r"[a-z]+ed|won|took|got|made|had|saw|lost|rose|fell|grew|paid|sold|kept|held|gave|cut|hit"
    r"|set|spent|brought|bought|drew|went|came|left|put|ran|beat|told|said|won"
    r"|broke|struck|threw|drove|rode|swam|fought|wrote|saw|met|led|stood|stands|remained|remains"
    # "Unemployment, currently 6.7 per cent, is forecast to average 6.8 per cent"
    r"|is|are|was|were|will|would|has|have"
)

_ARTICLES = frozenset(("a", "an", "the", "its", "their", "his", "her"))
# What happened to the people a count is of, by the word that says it: "killed", "dead" and
# "deaths" are one toll. A toll is a count's unit (see `_with_own_toll`).
_TOLL_OF = {
    **{word: "death" for word in "killed killing kills kill dead died die dies dying death deaths "
       "fatality fatalities perished drowned".split()},
    **{word: "injured" for word in "injured injuring injure injures injuries injury wounded "
       "wounding hurt hurting hurts".split()},
    # "an estimated 177,000 hospitalisations a year": those taken to hospital, counted.
    **{word: "hospital" for word in "hospitalised hospitalized hospitalising hospitalizing "
       "admitted admitting hospitalisation hospitalisations hospitalization "
       "hospitalizations".split()},
    **{word: "treated" for word in ("treated", "treating")},
    # "at least 40 people still unaccounted for", "40 people were still missing".
    **{word: "missing" for word in ("missing", "unaccounted")},
}  # fmt: skip
_TOLLS = frozenset(_TOLL_OF.values())
# "admit" is a hospital's verb only where the clause is a hospital's: museums, stadiums and
# schools admit people too.
_ADMITTING = frozenset(("admitted", "admitting"))
_MEDICAL = re.compile(
    r"\b(?:hospitals?|patients?|clinics?|wards?|ICU|intensive\s+care|A&E|emergency|infirmary"
    r"|medical|treatment|heatstroke|doctors?|nurses?)\b",
    re.IGNORECASE,
)
_TOLLS_IN_WORDS = frozenset(("death", "injured", "missing"))
# Units a toll replaces: people, or the toll's own noun ("54 deaths", "300 injuries").
# A noun of people in its place is a toll's too ("seven miners were killed" and "seven people
# died"); a thing or an animal ("300 sheep") keeps its own.
_TOLLED_UNITS = frozenset(
    "people death fatality injury attendance passenger worker employee child children student "
    "man men woman women civilian soldier miner pilgrim migrant tourist victim pedestrian "
    "firefighter officer climber hiker villager hospitalisation hospitalization".split()
) | {""}
# A plural naming the people of a place, a toll's too: "sends about 177,000 older Americans to
# hospital", "300 Kenyans died" (capitalised: "vans" or "fans" name no place).
_PEOPLE_OF_A_PLACE = re.compile(r"[A-Z][a-z]+ans")
# ... and an aside on all of them: "Two of them, both in their 70s, have died".
_SOME_OF_THEM_AFTER = re.compile(
    r",\s+(?:including|among\s+them|among\s+whom|both|all|each)\b[^,.;:!?]{1,60},", re.IGNORECASE
)
_CLAUSE_STOP = re.compile(r"[.;:!?]")
# How far after a count its toll may be: "27 others have been taken to hospital".
_TOLL_REACH = 6
_TOLL_CHARS = 80
# Words that open a clause of its own after a count, whose toll is another's.
_TOLL_ENDS = frozenset(
    "after when as because while where which before since until following but though if".split()
)


def _own_toll(
    text: str,
    found: _Found,
    start: int,
    left_start: int,
    right_end: int,
    others: list[tuple[int, int]],
) -> str | None:
    """The toll a count is of: its noun ("54 deaths"), the verb right before it ("injuring 46
    others", "admitted 38 patients"), else the first toll word in the few after it, before
    the next figure ("41 have been injured", "27 others have been taken to hospital"); None
    when none says."""
    if found.head:
        toll = _TOLL_OF.get(found.head[-1].casefold())
        if toll is not None:
            return toll
    before = text[max(left_start, start - 20) : start].split()
    if before and (toll := _TOLL_OF.get(before[-1].casefold())) is not None:
        if before[-1].casefold() not in _ADMITTING or _MEDICAL.search(text, left_start, right_end):
            return toll
        # "admitting 1.31 million people" to a museum, "admitting 40,000 fans": a venue's
        # entries, no hospital's, unless the clause says it is one ("admitted 38 patients").
        return None
    # "At least 19 people, including three children, have died": past an aside naming some of
    # them, the verb is the count's.
    aside = _SOME_OF_THEM_AFTER.match(text, found.end)
    after = aside.end() if aside is not None else found.end
    if aside is not None:
        ends = _CLAUSE_STOP.search(text, after)
        right_end = ends.start() if ends is not None else len(text)
    # Six words fit in this many characters: the window's text is read no further.
    stop = min([s for s, _ in others if s >= after] + [right_end, after + _TOLL_CHARS])
    # ... and before a number: "300 passengers, 12 of whom died".
    number = _DIGIT.search(text, after, stop)
    stop = number.start() if number is not None else stop
    found_words = list(_WORD.finditer(text, after, stop))[:_TOLL_REACH]
    words = [word.group().casefold() for word in found_words]
    for index, word in enumerate(words):
        if word == "since" and words[index - 1 : index] in (["have"], ["has"], ["had"]):
            continue  # "three of those have since died": an adverb, no clause of its own
        if word in _TOLL_ENDS or word in _NUMBER_WORDS:
            # "5,000 lost power after the storm killed two", "96 hospitals where five died":
            # another clause's toll, or another number's
            break
        if word in _TOLL_OF:
            if (
                word in _TOLL_GOVERNORS
                and _NUMBER_NEXT_TO_TOLL.match(text, found_words[index].end())
                and words[index - 1 : index] not in _PASSIVE_AUXILIARIES
            ):
                # "has sickened 31 people and killed two": the verb governs the number after
                # it, whose toll it is; the count before it was another verb's.
                break
            return _TOLL_OF[word]
        if word == "lost" and words[index + 2 : index + 3] in (["lives"], ["life"]):
            return "death"  # "the families of the four men who lost their lives"
        # "taken to hospital", "in hospital", "rushed to the hospital", "taken to hospitals":
        # not "at 11 hospitals". "needed hospital treatment" or "hospital care" too: the
        # hospitalised, as "31 people had been hospitalised" counts them.
        if (
            word in ("hospital", "hospitals")
            and (
                (index and words[index - 1] in ("to", "in", "the"))
                # "sent 74 people to area hospitals", "taken to local hospitals".
                or (index >= 2 and words[index - 2] == "to" and words[index - 1] in _HOSPITALS_OF)
                or words[index + 1 : index + 2] in (["treatment"], ["care"])
            )
        ):
            return "hospital"
    return None


# A number right after a toll's verb, which the verb governs (see `_TOLL_GOVERNOR`).
_NUMBER_NEXT_TO_TOLL = re.compile(
    rf"\s+(?:(?:{_QUALIFIER})\s+)?(?:\d|(?:{WORD_NUMBER})\b)", re.IGNORECASE
)
# "12 people were killed 2 km from the border": the passive's participle is the count's toll.
_PASSIVE_AUXILIARIES = [[word] for word in ("were", "was", "are", "is", "been", "be", "being")]
# Words that say which hospitals, between "to" and "hospitals": "to area hospitals".
_HOSPITALS_OF = frozenset(("area", "local", "nearby", "regional", "several", "various", "other"))


# ---------------------------------------------------------------- entry point


# Patterns that read a dash after a number themselves ($34.5-$37 billion, 25-30%).
_DASHED = frozenset(
    {
        "tally",
        "score",
        "money",
        "money_suffix",
        "money_words",
        "money_range",
        "money_words_range",
        "percent",
        "percent_range",
        "quantity",
        "cents",
        "temperature",
    }
)


# Each pattern runs only on sentences holding a word or sign it needs: most sentences hold
# none, and a test on the set of their words is far cheaper than a regex search.
_CURRENCY_SIGN = re.compile("[$€£¥₹₩元₦₱₺₫₴₪฿₽₵]|zł|Kč")
_NUMBER_WORDS = frozenset([*UNITS, *TENS, *MULTIPLIERS, "dozen", "dozens"])
_CURRENCY_WORDS = frozenset(
    "dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees franc "
    "francs won ruble rubles rouble roubles peso pesos rmb rs usd eur gbp jpy chf cny inr cad "
    "aud npr pkr lkr rand bdt btc tk taka bitcoin bitcoins".split()
    # The names and codes read since (`_NAMED_CURRENCIES`, `_CASED_CODES`), by the noun each
    # name ends in (not "new" or "south": common words would turn the pattern on for nothing),
    # and the letters printed before an amount ("Rp50 million", "KSh2bn", "NIS 5").
    + [name.split()[-1] for name in _NAMED_CURRENCIES]
    + [
        *_CASED_CODES,
        *_KRONER,
        "rp",
        "rm",
        "ksh",
        "kshs",
        "dh",
        "dhs",
        "nis",
        "nt",
        "mx",
        "sr",
        "qr",
    ]
)
_PERCENT_WORDS = frozenset("percent percents cent percentage basis bps pc".split())
_AGE_WORDS = frozenset(("old", "aged", "age", "ages"))
_AGE_LEVELS = frozenset(("median", "average", "mean"))
_LEVEL_SCALES = frozenset(("million", "billion", "thousand"))
_CAP_WORDS = frozenset(("cap", "caps", "capped", "capping"))  # "cap night flights at 42"
_LEVEL_WORDS = frozenset(
    "to at from was is were are be been remained remains pass passed passes top topped tops "
    "exceed exceeded exceeds surpass surpassed surpasses reached totalled totaled".split()
)
# A name and an age after it: "Owens, 67," or "Walsh (34)". Each opens on its sign, the letter
# checked behind it: a search led by a letter stops at every letter of the sentence, one led by
# a comma or a bracket skips to the next. Searched from one and two characters into the sentence,
# so that the letter is in it.
_AGE_HINT_COMMA = re.compile(r",(?<=[a-z],)\s\d{1,3}[,\s]")
_AGE_HINT_BRACKET = re.compile(r"\((?<=[a-z]\s\()\d{1,3}\)")
_TEMPERATURE_WORDS = frozenset("celsius centigrade fahrenheit".split())
_CLOCK_WORDS = frozenset("am pm a p gmt bst utc cet time".split())
_CLOCK_HINT = re.compile(r"\d:\d\d")
# A time of day by its name ("at noon"), with no digit to turn the clock on.
_NAMED_TIMES = frozenset("noon midday midnight".split())
_TEMPERATURE_HINT = re.compile(r"\d\s?(?:°|[CF]\b|degrees?\s+[CF]\b)")
_PART_WORDS = frozenset("half quarter quarters third thirds tenth tenths fifth fifths".split())
# "in" and "out" for "one in five", "70 out of 100".
_FRACTION_WORDS = frozenset("half halves third thirds quarter quarters fifth fifths tenth "
                            "tenths in out".split())  # fmt: skip
# Not "m": "£40m", "3m people", "I'm" hold it (metres glued to a number: `_METRES_HINT`).
_QUANTITY_WORDS = (
    frozenset(_UNIT_WORDS) - {"in", "m"}
    | _RATE_FIRST_WORDS
    | {
        "mph",
        "kph",
        "sq",
        "square",
        "sqm",
        "sqft",
    }
)
_METRES_HINT = re.compile(r"\dm[\s,.;:)]")
_INCHES = re.compile(r"\d\s?in\b")
# The first word of each verb a bare count needs ("have" of "have been").
_BARE_COUNT_FIRST = frozenset(
    (
        *(verb.split("\\")[0] for verb in _BARE_COUNT_VERBS.split("|")),
        *_TOLL_GOVERNORS,
        *_CLAIM_VERBS,
    )
)
_A_HALF = frozenset(("half", "a", "an"))  # "half of", "a quarter of"
# The words one of the share pattern's alternatives must hold: its fraction or its number.
_SHARE_OPENERS = frozenset(
    "half halves third thirds quarter quarters fifth fifths tenth tenths "
    "one two three four five six seven eight nine".split()
)
# The letters before an amount (or codes) that turn on the patterns reading currency first;
# case aside, a superset of what the patterns read ("try 5" turns them on and fails there).
_CURRENCY_LETTERS = (
    r"|\brs(?![a-z])|\b[sq]?r(?=\d)|\bn(?=\d)|\btk(?=\.?\s?\d)|\b(?:rp\.?|rm|kshs?\.?|dhs?\.?|nis)\s?(?=\d)|\b(?:"
    + "|".join(_CASED_CODES)
    + r")\s?(?=\d)"
)
_ISO_CODE = re.compile("|".join(_ISO_CODES.values()) + _CURRENCY_LETTERS, re.IGNORECASE)
_SUFFIX_SIGN = re.compile("[€£¥₹元₫₺₴₪₦฿₽]|zł|Kč")
_ORDINAL_WORDS = frozenset(ORDINALS)
_DIGIT_ORDINAL = frozenset("st nd rd th".split())
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER_START = re.compile(r"\.?\d")
_NUMBER = re.compile(DIGITS)
_TOKEN_END = re.compile(r"\S*")
# "10-15 people": the high end of a range of counts, glued to its low end by a dash.
_DASHED_LOW = re.compile(r"(?<![\w.,\-–])\d{1,3}(?:,\d{3})*[-–]$")


# Every word that turns a pattern on in a sentence with no digit and no "%".
_TRIGGER_WORDS = (
    _NUMBER_WORDS
    | _NAMED_TIMES
    | _PERCENT_WORDS
    | frozenset(_TIME_UNITS)
    | _QUANTITY_WORDS
    | _FRACTION_WORDS
    | frozenset(_MULTIPLES)
    | _ORDINAL_WORDS
)
# With the lower-cased text at hand, "in" (or "out") turns on a share only beside a digit or a
# share opener (each a trigger of its own): alone it turns on nothing, and it stands in most
# sentences.
_LOWERED_TRIGGER_WORDS = _TRIGGER_WORDS - {"in", "out"}


_COMPOUND_HINT = re.compile(r"\d-[a-z]")


def _triggers(text: str, start: int, end: int, lowered: str | None = None) -> set[str]:
    """The patterns worth running on the sentence ``text[start:end]``: those whose key words or
    signs it holds. ``lowered`` is the text lower-cased, when the caller has it."""
    # Searched in place, and the words looked up before they are made a set: most sentences
    # hold no trigger at all, and copying them was a good part of their cost.
    found = (
        _LETTERS.findall(text[start:end].lower())
        if lowered is None
        else _LETTERS.findall(lowered, start, end)
    )
    digit = _DIGIT.search(text, start, end) is not None
    percent_sign = text.find("%", start, end) != -1
    trigger_words = _TRIGGER_WORDS if lowered is None else _LOWERED_TRIGGER_WORDS
    if not digit and not percent_sign and trigger_words.isdisjoint(found):
        return set()  # most sentences: no pattern can match without a digit or one of these
    words = set(found)
    number = digit or not _NUMBER_WORDS.isdisjoint(words)
    currency_sign = _CURRENCY_SIGN.search(text, start, end) is not None
    # "złoty" is no word of ASCII letters: found by its first letters.
    # Names with letters past a-z, which the words above split: "złoty", "krónur".
    currency_word = not _CURRENCY_WORDS.isdisjoint(words) or any(
        text.find(stem, start, end) != -1 for stem in ("zł", "krón")
    )
    percent = percent_sign or not _PERCENT_WORDS.isdisjoint(words)
    on: set[str] = set()
    # An amount with its currency before it needs a sign or an ISO code ("won" or "dollars"
    # alone turn on only the amounts in words); one with it after, a sign after it.
    if (digit and _COMPOUND_HINT.search(text, start, end)) or (
        number and not words.isdisjoint(_WORDED_COMPOUND_NOUNS)
    ):
        on.add("count_compound")
    # "r" alone: the rand's sign before its digits ("R45 million").
    if digit and (currency_sign or currency_word or "r" in words or "n" in words):
        if currency_sign or _ISO_CODE.search(text, start, end):
            on |= {"money_range", "money"}
        if currency_sign and _SUFFIX_SIGN.search(text, start, end):
            on.add("money_suffix")
    if digit and percent:
        on.add("percent_range")
    if number and currency_word:
        on.add("money_words")
        if digit:
            on.add("money_words_range")
    if number and not words.isdisjoint(("cent", "cents", "pence", "p")):
        on.add("cents")
    if percent:
        on.add("percent")
    if not words.isdisjoint(_PART_WORDS) and (
        percent or not words.isdisjoint(("cent", "penny", "point"))
    ):
        on.add("fraction_unit")
    if not words.isdisjoint(_TIME_UNITS):
        on.add("duration")
    if digit and not words.isdisjoint(("s", "sec", "secs")):
        on.add("seconds")  # tried at the sentence's numbers only, each failing at once
    if number and not words.isdisjoint(_AGE_WORDS):
        on.add("age")
    if digit and "age" in words and not words.isdisjoint(_AGE_LEVELS):
        on.add("age_level")
    if digit and (
        _AGE_HINT_COMMA.search(text, start + 1, end)
        or _AGE_HINT_BRACKET.search(text, start + 2, end)
    ):
        on.add("age_apposition")
    if digit and "when" in words and "was" in words:
        on.add("age_when")
    if digit and (
        not words.isdisjoint(_TEMPERATURE_WORDS) or _TEMPERATURE_HINT.search(text, start, end)
    ):
        on.add("temperature")
    if digit and (not words.isdisjoint(_CLOCK_WORDS) or _CLOCK_HINT.search(text, start, end)):
        on.add("clock")
        on.add("race_time")
    elif not words.isdisjoint(_NAMED_TIMES):
        on.add("clock")
    elif digit and not words.isdisjoint(("h", "hr", "hrs")):
        on.add("race_time")
    if digit and ("magnitude" in words or not words.isdisjoint(_QUAKE_WORDS)):
        on.add("magnitude")
    if digit and (not words.isdisjoint(_GATHERINGS) or "wicket" in words):
        on.add("count_of")
    if number and ("toll" in words or "number" in words):
        on.add("toll_level")
    if digit and not words.isdisjoint(_SCORE_VERBS):
        on.add("score_of")
    if digit and (not words.isdisjoint(_INDEX_WORDS) or text.find("S&P", start, end) != -1):
        on.add("index_level")
    if (
        digit
        and not words.isdisjoint(_LEVEL_WORDS | _NAMED_LEVEL_WORDS)
        and (
            not words.isdisjoint(_LEVEL_SCALES)
            or not words.isdisjoint(_COUNTED_HOLDERS)
            or "numbers" in words
            or not words.isdisjoint(_PEOPLE_LEVEL_NOUNS)
            or not words.isdisjoint(_CAP_WORDS)
            or _opens_on_a_plural(text, start)
            or "s" in words  # an owner's plural: "Voltara's deliveries"
            # A plural opening a later clause: "after confirmed cases … climbed to 124".
            or not words.isdisjoint(_CLAUSE_OPENERS)
            # "found 6,842 people …, up 14% from 6,003": a level before a change.
            or ("from" in words and not words.isdisjoint(("up", "down")))
        )
    ):
        on.add("count_level")
    # "5 in" leaves the word "in": without it there is no inch to search for.
    if (
        not words.isdisjoint(_QUANTITY_WORDS)
        or (digit and "in" in words and _INCHES.search(text, start, end))
        or (digit and "m" in words and _METRES_HINT.search(text, start, end))
    ):
        on.add("quantity")
    if (
        not words.isdisjoint(_FRACTION_WORDS)
        and (number or not words.isdisjoint(_A_HALF))
        # A share opens with a digit, a small number or a fraction ("one in five", "two-thirds
        # of"), each a word of its own: a sentence with "in" and "a" alone holds none. Letters
        # IGNORECASE reads as others keep the test out when ``lowered`` is None.
        and (lowered is None or digit or not words.isdisjoint(_SHARE_OPENERS))
    ):
        on.add("share")
    if digit and (not words.isdisjoint(_RATIO_WORDS) or text.find("T/E", start, end) != -1):
        on.add("ratio")
    if number and not words.isdisjoint(_TALLY_WORDS):
        on.add("tally")
    if (
        digit
        and not words.isdisjoint(_SCORE_WORDS)
        and (text.find("-", start, end) != -1 or text.find("–", start, end) != -1)
    ):
        on.add("score")  # a score is two numbers and a dash
    if digit and "per" in words:
        on.add("per_capita")
    if number:
        on.add("count")
        if "of" in words:
            on.add("part")
        # A bare count needs one of its verbs, a whole word: unless the sentence holds a letter
        # that IGNORECASE reads as another (İ, ı, ſ), the words say whether it has one.
        # (``lowered`` is None whenever the text holds one.)
        if not words.isdisjoint(_BARE_COUNT_FIRST) or (
            lowered is None and _FOLDS_ELSEWHERE.search(text, start, end)
        ):
            on.add("count_bare")
    if not words.isdisjoint(_MULTIPLES):
        on.add("multiple")
    if not words.isdisjoint(_ORDINAL_WORDS) or (digit and not words.isdisjoint(_DIGIT_ORDINAL)):
        on.add("ordinal")
    if digit and "no" in words:
        on.add("rank_number")
    if digit and not words.isdisjoint(_YEAR_OF_VERBS):
        on.add("year_of")
    return on


# Where a match of the patterns that open with a number can start, found once per sentence by
# a case-sensitive scan of the lower-cased text: trying their IGNORECASE number-word
# alternations at every position of a sentence was most of the figures' time. The scan finds
# every position where one of them can match (digits, number and ordinal words, "dozen",
# "half", "a"/"an"; and more: the patterns still decide), a character or a word at a time so
# that none hides another.
_STARTING_WORDS = longest_first(
    [*UNITS, *TENS, *MULTIPLIERS, *ORDINALS, "dozen", "half", "quarter"]
)
# One word boundary before the words and "a": tested once at each character, not twice.
_STARTS = re.compile(rf"\d|\.(?=\d)|\b(?:{_STARTING_WORDS}|(?P<article>a(?=n?[\s-]))|(?P<a>a))")
# Where each pattern's matches can start, by kind (see `_SentenceStarts`): "a"/"an" only where
# the pattern opens with them ("article"; "quantity" even with no space: "a mile" or "amile"), a
# number, a sign or word that may open it, or near a currency sign or code. The patterns left
# out (rare, with no one place to start) search the whole sentence.
_START_KINDS: list[tuple[str, str | None]] = [
    ("money_range", "between"),
    ("money_range", "currency"),
    ("money_words_range", "number_or_between"),
    ("percent_range", "number_or_between"),
    ("money", "currency"),
    ("money_suffix", "number_or_sign"),
    ("money_words", "article"),  # "a quarter of a million euros"
    ("cents", "number"),
    ("fraction_unit", None),
    ("percent", "number_or_minus"),
    ("percent", "per"),
    ("age", "number_or_between"),  # "between 19 and 71 years old"
    ("age", None),
    ("age_level", None),
    ("age_apposition", None),
    ("age_when", None),
    ("race_time", "number"),
    ("seconds", "number"),
    ("duration", "article"),
    ("magnitude", None),
    ("clock", "number_or_named_time"),
    ("temperature", "number_minus_or_sign"),
    ("quantity", "quantity"),
    ("share", "article"),
    ("per_capita", "number"),
    ("ratio", "number"),
    ("tally", "number"),
    ("score", "number"),
    ("part", "number"),
    ("count_compound", "number"),
    ("count", "article"),
    ("count_bare", "number"),
    ("count_level", None),
    ("toll_level", None),
    ("toll_level", None),
    ("toll_level", None),
    ("count_of", None),
    ("score_of", None),
    ("index_level", None),
    ("multiple", None),
    ("ordinal", "number"),
    ("rank_number", None),
    ("year_of", "number"),
]
assert [name for name, _ in _PATTERNS] == [name for name, _ in _START_KINDS]
# Each pattern with where its matches start, in order, and the places of each name's patterns:
# a sentence turns on a few of them, and going through all the others for each cost more than
# sorting the few. (Paired by place, not looked up by pattern: hashing a compiled pattern reads
# all its code.)
_PATTERN_STEPS = [
    (name, pattern, kind)
    for (name, pattern), (_, kind) in zip(_PATTERNS, _START_KINDS, strict=True)
]
_PATTERN_PLACES: dict[str, tuple[int, ...]] = {
    name: tuple(index for index, (other, _) in enumerate(_PATTERNS) if other == name)
    for name, _ in _PATTERNS
}
# The strings besides numbers ("number_or_…") or alone that open a kind's matches, in lower case.
_OPENING_STRINGS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "between": (False, ("between",)),
    "per": (False, ("per",)),  # percent, per cent, percentage
    "number_or_between": (True, ("between",)),
    "number_or_minus": (True, ("minus", "negative")),
    "number_or_sign": (True, ("-", "−")),
    "number_minus_or_sign": (True, ("minus", "-", "−", "–")),
    "number_or_named_time": (True, ("noon", "midday", "midnight")),
}
# An amount with its currency first opens at most this far before the sign or code: "-U.S. $5".
_CURRENCY_REACH = 6
_CURRENCY_MARK = re.compile("[$€£¥₹₩₦₱₺₫₴₪฿₽₵]")
_ISO_LOWER = re.compile("|".join(_ISO_CODES) + _CURRENCY_LETTERS)
# What every share holds, in lower case: "… thirds of", "… half of", "one in …", "3 out of …".
_SHARE_HINT = re.compile(
    rf"(?:half|halves|thirds?|quarters?|fifths?|tenths?)\s+(?:of|{_SHARE_VERB})\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s"
    r"|\bby\s+(?:half|(?:an?|one|two|three|four)[\s-]+(?:thirds?|quarters?|fifths?|tenths?))\b"
)
# What every part holds, in lower case: a number right before "of": "104 of", "nineteen of".
_PART_HINT = re.compile(rf"(?:\d|\b{longest_first([*UNITS, *TENS, *MULTIPLIERS])})\s+of\s")
# Characters that IGNORECASE matches to an ASCII letter but ``str.lower`` does not lower to it.
_FOLDS_ELSEWHERE = re.compile("[İıſ]")


def _lowered(text: str) -> str | None:
    """The text lower-cased, offset for offset, for the `_STARTS` scans; None when lowering
    would move offsets or hide a letter IGNORECASE sees (then the patterns search as before)."""
    lowered = text.lower()
    if len(lowered) != len(text) or _FOLDS_ELSEWHERE.search(text):
        return None
    return lowered


class _SentenceStarts:
    """Where matches can start in one sentence of the lower-cased text, by kind (see
    `_START_KINDS`); each kind is found when a pattern first asks for it."""

    def __init__(self, lowered: str, start: int, end: int) -> None:
        self.lowered, self.start, self.end = lowered, start, end
        self.found: dict[str, list[int]] = {}

    def of(self, kind: str) -> list[int]:
        starts = self.found.get(kind)
        if starts is None:
            starts = self.found[kind] = self._find(kind)
        return starts

    def _find(self, kind: str) -> list[int]:
        lowered, start, end = self.lowered, self.start, self.end
        if kind in ("quantity", "article", "number"):
            found = list(_STARTS.finditer(lowered, start, end))
            self.found["quantity"] = [m.start() for m in found]
            self.found["article"] = [m.start() for m in found if m.lastgroup != "a"]
            self.found["number"] = [m.start() for m in found if m.lastgroup is None]
            return self.found[kind]
        if kind == "currency":
            marks = [m.start() for m in _CURRENCY_MARK.finditer(lowered, start, end)]
            marks += [m.start() for m in _ISO_LOWER.finditer(lowered, start, end)]
            near = {
                at for mark in marks for at in range(max(start, mark - _CURRENCY_REACH), mark + 1)
            }
            return sorted(near)
        with_numbers, strings = _OPENING_STRINGS[kind]
        starts = [*self.of("number")] if with_numbers else []
        for string in strings:
            at = lowered.find(string, start, end)
            while at != -1:
                starts.append(at)
                at = lowered.find(string, at + 1, end)
        return sorted(set(starts))


def _matches(
    pattern: re.Pattern[str],
    starts: list[int],
    text: str,
    pos: int,
    end: int,
    inner_digits: bool = False,
) -> re.Match[str] | None:
    """``pattern.search(text, pos, end)`` tried only at ``starts``: the same match, since no
    match can start elsewhere and a match at a position does not depend on where the search
    began. ``inner_digits`` when the pattern must be tried at every digit of a number (see
    `_INNER_DIGITS`)."""
    # Starts before ``pos`` are a bisection away, not a scan: a sentence with many numbers
    # would otherwise cost the square of their count.
    failed = -2
    for index in range(bisect_left(starts, pos), len(starts)):
        at = starts[index]
        if (
            at == failed + 1
            and not inner_digits
            and text[at].isdecimal()
            and text[failed].isdecimal()
            and not _thousands_group(text, at)
        ):
            # A digit inside a number that failed from the digit before: what follows it
            # matches from there too (the number one digit longer is a number), so it fails
            # as well. A long run of digits was tried digit by digit, each try reading the
            # rest of the run: the square of its length.
            failed = at
            continue
        if match := pattern.match(text, at, end):
            return match
        failed = at
    return None


def _thousands_group(text: str, at: int) -> bool:
    """Whether three digits and a comma stand at ``at``: the one number that stops being one
    with a digit before it, "234,567" (not "1234,567"). ``\\d{3},`` as string tests, the comma
    first: it fails at most digits, and a regex match cost more than the rest of the test."""
    return text[at + 3 : at + 4] == "," and text[at : at + 3].isdecimal()


# Patterns whose number has at most three digits ("\d{1,3}"), so that it may match inside a
# longer one where it failed from the number's first digit: "234C" in "1234C".
_INNER_DIGITS = frozenset(("temperature",))


def _scan(
    text: str, sentence: Span, lowered: str | None = None, urls: bool = True
) -> Iterator[_Found]:
    """The figures of a sentence; ``urls`` False when the text has no web address at all."""
    on = _triggers(text, sentence.start, sentence.end, lowered)
    if on:
        yield from _scan_patterns(text, sentence, on, lowered, urls)


def _scan_patterns(
    text: str, sentence: Span, on: set[str], lowered: str | None, urls: bool
) -> Iterator[_Found]:
    """The figures of a sentence, found by the patterns ``on`` (see `_scan`)."""
    # Numbers inside a web address (…%2D…, ?page=2) are not figures. Every address holds
    # "http" or "www." in some case: two look-ups spare most sentences the search.
    if urls and (
        lowered is None
        or lowered.find("http", sentence.start, sentence.end) != -1
        or lowered.find("www.", sentence.start, sentence.end) != -1
    ):
        taken = [(m.start(), m.end()) for m in _URL.finditer(text, sentence.start, sentence.end)]
    else:
        taken = []
    sentence_starts = (
        None if lowered is None else _SentenceStarts(lowered, sentence.start, sentence.end)
    )
    for place in sorted([place for name in on for place in _PATTERN_PLACES.get(name, ())]):
        name, pattern, kind = _PATTERN_STEPS[place]
        if (
            name == "share"
            and lowered is not None
            and not _SHARE_HINT.search(lowered, sentence.start, sentence.end)
        ):
            continue
        if (
            name == "part"
            and lowered is not None
            and not _PART_HINT.search(lowered, sentence.start, sentence.end)
        ):
            continue  # most sentences with "of" hold no number right before it
        pos = sentence.start
        starts = None if sentence_starts is None or kind is None else sentence_starts.of(kind)
        while match := (
            pattern.search(text, pos, sentence.end)
            if starts is None
            else _matches(pattern, starts, text, pos, sentence.end, name in _INNER_DIGITS)
        ):
            found = _accept(name, match, text, sentence, taken)
            if found is None:
                # A rejected match may hide a good one starting later inside it: "Route 66
                # attracts 2 million visitors". Resume after its first word.
                pos = max(pos + 1, _TOKEN_END.match(text, match.start()).end())
                continue
            taken.append((found.start, found.end))
            # Resume after the figure, not after the words the pattern looked ahead at: "a
            # dozen firms and 1.5 million households" holds two counts.
            pos = max(found.end, match.start() + 1)
            yield found
            if found.then is not None:
                taken.append((found.then.start, found.then.end))
                pos = max(pos, found.then.end)
                yield found.then


def _accept(
    name: str, match: re.Match[str], text: str, sentence: Span, taken: list[tuple[int, int]]
) -> _Found | None:
    start, end = match.start(), match.end()
    overlaps = False
    if any(s < end and start < e for s, e in taken):
        # The words a count looks ahead at may run into a figure read before it, though the
        # count ends first: "won 60 seats and 22.6 percent". Its own span decides.
        phrase = match.start("phrase") if "phrase" in match.re.groupindex else -1
        if name in ("count_level", "toll_level", "index_level"):
            # "slid 18% to about 21,000": the words a level reads before its number may hold
            # a figure read before it, the change; its number, from there on, decides. So for
            # a toll: "the toll from the worst outbreak in five years rose to 29".
            number = "num" if match.group("num") else "words"
            if any(s < end and match.start(number) < e for s, e in taken):
                return None
        elif phrase < 0 or any(s < phrase and start < e for s, e in taken):
            return None
        overlaps = True
    # The handler before the guards: it turns down most matches (a number with no noun after
    # it) for less than the guards cost, and neither depends on the other.
    found = _HANDLERS[name](match, text)
    if found is None or _not_a_figure(name, match, text, sentence):
        return None
    if _VAGUE_SCALE.match(text, start) and _VAGUE_BEFORE.search(text, max(0, start - 12), start):
        return None  # "several hundred people", "a few billion dollars": no number is said
    if "=" in text[max(sentence.start, start - 30) : min(sentence.end, end + 30)] and any(
        note.start() <= start and end <= note.end()
        for note in _EXCHANGE_RATE_NOTE.finditer(text, sentence.start, sentence.end)
    ):
        return None  # "($1 = 85.41 Indian rupees)": the rate used to convert, no fact
    if overlaps and any(s < found.end and found.start < e for s, e in taken):
        return None
    if found.then is None and found.kind is FigureKind.DURATION:
        pace = _RATE_AFTER.match(text, found.end, sentence.end)
        if pace is not None and _pace_length(pace) is not None:
            # A pace, time per length: "2 minutes 51 seconds per kilometre" is no time of its
            # own, and converts to the other's "4 minutes 35 seconds per mile".
            _rate(found, pace)
    if found.then is None and found.kind in _RATED:
        rate = _RATE_AFTER.match(text, found.end, sentence.end)
        if rate is not None and not (
            found.kind is not FigureKind.MONEY
            and rate.group("per").casefold() != "per"
            and _DISTANCE_AFTER.match(text, rate.end())
        ):
            _rate(found, rate)
        elif _is_currency(found.unit) or found.kind in (FigureKind.COUNT, FigureKind.QUANTITY):
            # "about 18,400 vehicles a day" is traffic, not the 14 vehicles on the bridge;
            # "96 nanograms a day" a daily limit, not a tablet's content.
            per_time = _TIME_RATE_AFTER.match(text, found.end, sentence.end)
            if per_time is not None:
                _time_rate(found, per_time)
            elif not found.unit.startswith(CLOCK) and (
                adverb := _RATE_ADVERB_AFTER.match(text, found.end, sentence.end)
            ):
                # "some 45,000 cars daily" is "about 48,000 cars a day".
                found.unit = f"{found.unit}/{_RATE_ADJECTIVES[adverb.group('rate').casefold()]}"
                found.end = adverb.end()
            elif _is_currency(found.unit) and (
                daily := _RATE_ADJECTIVE_BEFORE.search(text, sentence.start, found.start)
            ):
                # "put the daily cost to the airline at between €8 million and €12 million" is
                # "between €8 million and €10 million a day" told before the amount.
                found.unit = f"{found.unit}/{_RATE_ADJECTIVES[daily.group('rate').casefold()]}"
            elif found.kind is not FigureKind.COUNT and (
                of_per := _OF_WHAT_PER_TIME.match(text, found.end, sentence.end)
            ):
                # "15,000 tonnes of sulphur dioxide per day" is "about 15,000 tonnes a day"
                # of it, "$9.6 billion of trade each day" not the week's; the span stays the
                # amount's.
                _time_rate(found, of_per, extend=False)
            elif found.kind is FigureKind.COUNT and (
                every := _EVERY_LATER.match(text, found.end, sentence.end)
            ):
                # "Around 28,000 vehicles use the bridge every day" is "about 18,000 vehicles
                # a day" told after its verb; the span stays the count's.
                _time_rate(found, every, extend=False)
    return found


_SCALE_GLUED = re.compile(r"(?:bn|mn|m|tn)(?![\w-])")
# A wire's note of the exchange rate it converted at: "($1 = 85.41 Indian rupees)", "(£1 =
# $1.27)", "(1 US dollar = 0.92 euros)".
_EXCHANGE_RATE_NOTE = re.compile(
    r"\(\s*(?:[A-Z]{1,3})?[$£€¥₹]?\s?1(?:\.0+)?(?:\s+[A-Za-z.]+){0,2}\s*=\s*[^()=]{1,40}\)"
)
_VAGUE_SCALE = re.compile(r"(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some)\s+$", re.IGNORECASE)


def _not_a_figure(name: str, match: re.Match[str], text: str, sentence: Span) -> bool:
    """Whether the match's number is the tail of a longer one, part of a code or a name, or a
    date or a time."""
    groups = match.groupdict()
    if name == "duration" and text.startswith(("-old", "‑old"), match.end()):
        return True  # "16- to 24-year-olds": an age group, no span of time
    # A range's low end opens it: "2-3°C" is no "3" glued to a dash.
    number_start = next(
        (match.start(g) for g in ("low", "num", "anum") if groups.get(g)), match.start()
    )
    if (
        name == "count"
        and _LABEL_BEFORE.search(text, max(0, number_start - 16), number_start)
        and _SHORT_LABEL.match(text, number_start)
    ):
        return True  # "a class 2 medicines recall", "category two calls": a class's label
    if (
        text[number_start : number_start + 1].isupper()
        and _NUMBER_IN_NAME.match(text, number_start)
        and text[sentence.start : number_start].strip(_OPENERS + " ")
    ):
        return True  # "ran aground on the Seven Stones reef": a capitalised name, mid-sentence
    if name in (
        "ordinal",
        "clock",
        "race_time",
        "magnitude",
        "seconds",
        "rank_number",
        "ratio",
    ) or groups.get("mixed"):
        return False  # their patterns read all of the figure: "7.42am" is a time, "5.2s" a span
    if not _NUMBER_START.match(text, number_start):
        return False
    num_end = _NUMBER.match(text, number_start).end()
    # A currency's letters right before the number are its sign, not a code: "R45 million",
    # "Rs.1,184.50".
    signed = bool(groups.get("cur")) and match.end("cur") == number_start
    if (
        number_start > 0
        and not signed
        and (text[number_start - 1].isdigit() or text[number_start - 1 : number_start] in ",.")
    ):
        return True  # the tail of a longer number
    # "delays of 3-7 days": a span's high end, as a count's is ("10-15 people").
    dashed_low = name in ("count", "cents", "percent", "duration") and _DASHED_LOW.search(
        text, max(0, number_start - 16), number_start
    )
    # A scale glued after is the number's own: "1.2m households", "5bn users".
    scaled = _SCALE_GLUED.match(text, num_end) is not None
    glued = (not scaled and _glued(text, number_start, num_end) and name not in _DASHED) or _glued(
        text, number_start, number_start
    )
    if glued and not dashed_low and not signed:
        return True
    if name != "year_of" and _date_or_time(text, number_start, num_end):
        return True  # a year is its own figure only where a verb says what it dates
    if _BAND_AFTER.match(text, num_end):
        return True  # "the 1800 MHz and 2300 MHz bands": names of bands, no amounts
    if _EMERGENCY_NUMBER.match(text, number_start) and (
        text.startswith("911", number_start)
        or _EMERGENCY_OWNER_BEFORE.search(text, max(0, number_start - 20), number_start)
    ):
        return True  # "the city's 911 center", "a 999 call": a telephone number
    return (
        # A span with its unit is no name's number: "It took the Police Coast Guard 53 minutes".
        # "State Route 20 will be closed": a bare count's number may name a road as well.
        name in ("count", "part", "quantity", "count_bare")
        and _named(text, number_start, sentence)
        and not (name == "count" and _counted_after(text, num_end))
        # "the Pro's 5,000mAh battery": a measurement its owner has, no number of a name.
        and not (
            name == "quantity"
            and _POSSESSIVE_BEFORE.search(text, max(0, number_start - 8), number_start)
        )
    )


_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z][’']s\s$")
# Emergency telephone numbers before what they name: "911 calls", "the 999 control room".
# 911 is no other count's usual number; 999 and 112 only after a word that owns a service.
_EMERGENCY_NUMBER = re.compile(
    r"(?:911|999|112)\s+(?:calls?|cent(?:er|re)s?|dispatch(?:ers?)?|operators?|lines?|"
    r"systems?|services?|emergenc(?:y|ies)|control|call-takers?|number)\b",
    re.IGNORECASE,
)
_EMERGENCY_OWNER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|emergency|via|by|dialled|dialed|dial|called|call)|[’']s)\s+$", re.IGNORECASE
)
# A number word capitalised in mid-sentence, before another capitalised word: a name ("the
# Seven Stones reef", "the Three Gorges Dam", "Five Guys"), not a count.
_NUMBER_IN_NAME = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|"
    r"Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|"
    r"Eighty|Ninety|Hundred|Thousand)(?:-[a-z]+)?\s+[A-Z][a-z]"
)
# Words that are verbs or plain nouns too ("will stage 24 strikes", "in the first phase 5,000
# homes") are labels only capitalised or after an article ("a Stage 3", "the stage 14").
_LABEL_BEFORE = re.compile(
    r"(?:\b(?i:class|category|type|section|band|tier)"
    r"|\b(?:Stage|Phase|Grade|Division|Schedule)"
    r"|\b(?i:a|an|the)\s+(?i:stage|phase|grade|division|schedule))\s+$"
)
_SHORT_LABEL = re.compile(r"(?:\d{1,2}|[a-z]+)(?![\d,.])", re.IGNORECASE)
_BAND_AFTER = re.compile(
    r"(?:\s?(?:[kmg]hz|(?:kilo|mega|giga)hertz)(?:(?:,\s*|\s+(?:and|or)\s+)[\d.,]+)?)+"
    r"(?:\s+(?:spectrum|frequency|radio))?\s+bands?\b",
    re.IGNORECASE,
)


# A figure per unit of something: "£245 a tonne", "7.2 tonnes per hectare", "107 bushels an
# acre", "$80 a barrel". "A mile away" after a number is a distance, no rate.
_RATE_UNIT = (
    r"(?:mile|kilomet(?:re|er)|km|met(?:re|er)|foot|inch|pound|lb|kilogram|kg|gram|ton|tonne|"
    r"acre|hectare|gallon|lit(?:re|er)|barrel|bushel|ounce|oz|square\s+(?:met(?:re|er)|foot|mile))"
)
_RATE_AFTER = re.compile(rf"\s+(?P<per>per|an?)\s+(?P<rate>{_RATE_UNIT})\b", re.IGNORECASE)
# After a count, "a mile" followed by one of these is a distance: "two children a mile away".
_DISTANCE_AFTER = re.compile(
    r"\s+(?:away|from|off|or|and|of|long|wide|high|deep|tall|short|behind|ahead|apart|north|"
    r"south|east|west|inland|outside|beyond)\b",
    re.IGNORECASE,
)
_RATED = frozenset((FigureKind.MONEY, FigureKind.QUANTITY, FigureKind.COUNT, FigureKind.RANGE))
# A number and the noun it counts before "a"/"an": "107 bushels an acre". The count is read
# after the quantities: "an acre" there is its rate, no quantity of its own.
_RATE_OWNER_BEFORE = re.compile(
    rf"(?:\d|\b(?:{WORD_NUMBER}))[\d.,]*(?:\s?(?:{_SCALE_WORD}))?\s+[A-Za-z][\w’'-]*s\s+$",
    re.IGNORECASE,
)


def _rate(found: _Found, rate: re.Match[str]) -> None:
    """Makes ``found`` a figure per unit: its span takes the rate, and its unit ("tonne/hectare")
    or, for money, whose unit is its currency, its measure the rate's unit."""
    word = re.sub(r"\s+", " ", rate.group("rate").casefold())
    per = _UNIT_WORDS.get(word, word)
    found.end = rate.end()
    if _is_currency(found.unit):
        found.rate = per
    else:
        found.unit = f"{found.unit}/{per}"


def _pace_length(rate: re.Match[str]) -> str | None:
    """The length a time is told per ("per kilometre", "a mile"), or None for another rate."""
    word = re.sub(r"\s+", " ", rate.group("rate").casefold())
    length = _UNIT_WORDS.get(word, word)
    return length if length == "m" or length in LENGTH_IN_METRES else None


def _is_currency(unit: str) -> bool:
    return len(unit) == 3 and unit.isupper()


# An amount of money each stretch of time: "€30m a day", "£500 per week", "a £90,000-a-year
# job", and past a conversion in brackets, "30 million euros ($32.5 million) a day" (from the
# amount in brackets, its closing bracket). Not a date told by its distance: "$5 billion a
# year earlier".
_TIME_RATE_AFTER = re.compile(
    # Past a conversion in brackets or dashes: "$12m – about R220m – a day".
    r"(?P<aside>\s*\([^()]{1,40}\)|\)|\s+[–—]\s+[^–—()]{1,40}?\s+[–—]|\s+[–—])?"
    r"(?:\s+|-)(?:"
    # "per" says a rate whatever follows: "about 110,000 barrels per day before it was shut".
    # "every" and "each" do too: "payments worth €2.3 million every day" (not "every day
    # since", "each year of").
    r"(?:per|(?P<every>every|each)(?=\s))(?:\s+|-)(?P<rate>day|week|fortnight|month|year|hour|"
    r"night|annum)\b(?![\w-])(?(every)(?!\s+(?:of|since|for|until)\b))|"
    r"an?(?:\s+|-)(?P<a_rate>day|week|fortnight|month|year|hour|night|annum)\b"
    # Though "before" a charge or a gain is the rate's: "£256,000 a week before bonuses".
    r"(?![\w-]|\s+(?:ago|earlier|later|(?:before|after)(?!\s+(?:tax(?:es)?|bonus(?:es)?|"
    r"deductions?|expenses|costs|fees|inflation|interest|add-ons|incentives)\b)"
    r"|from\s+now|previously|prior)\b"
    r"|\s+on(?=\s*(?:[.,;:!?)—–]|$|from\b|since\b))))",
    re.IGNORECASE,
)


# A count's rate after its verb and object, in the same clause: "28,000 vehicles use the
# bridge every day", "2,000 people visit each week". Not "every day since", "every year of".
_EVERY_LATER = re.compile(
    r"(?:\s+[\w’'-]+){0,5}?\s+(?:every|each)\s+(?P<rate>day|week|fortnight|month|year|night)\b"
    r"(?![\w-]|\s+(?:of|since|for|until)\b)",
    re.IGNORECASE,
)


# A quantity's or an amount's rate past what it is of, a few words: "15,000 tonnes of sulphur
# dioxide per day", "40 tonnes of ash a day", "$9.6 billion of trade each day". Not "a day"
# that starts a date ("a day earlier").
_OF_WHAT_PER_TIME = re.compile(
    r"\s+of\s+(?:[a-z][\w’'-]*\s+){1,3}?"
    r"(?:(?:per|each|every)\s+(?P<rate>day|week|hour)|an?\s+(?P<a_rate>day|week|hour))\b"
    r"(?![\w-]|\s+(?:ago|earlier|later|before|after)\b)",
    re.IGNORECASE,
)


# An amount's rate said by an adjective of its noun before it, the amount right after a verb
# or preposition of that noun: "put the daily cost to the airline at €8 million", "daily
# losses of about £2 million". Only nouns of what is spent, earned or lost, a few words before,
# the adjective right before the noun: "the daily newspaper said" names no rate, nor does
# "daily newspaper revenue was £210 million last year" (the adjective is the newspapers').
# Not pay, often told an hour's or a week's with no rate said at all ("the national living
# wage of £12.21"); a year's or a month's rate is in the measure (see `_time_rate`).
_RATE_ADJECTIVES = {"daily": "day", "weekly": "week", "nightly": "night"}
# The same adverbs right after a count or an amount, ending its clause: "crossed by some
# 45,000 cars daily,", "4,000 passengers nightly and". Not before a noun they qualify
# ("reported 30 daily cases"), which is no rate of the figure.
_RATE_ADVERB_AFTER = re.compile(
    r"\s+(?P<rate>daily|weekly|nightly)\b"
    r"(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|or|on|in|at|through|across|over|until|since)\b)",
    re.IGNORECASE,
)
_RATE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?P<rate>[Dd]aily|[Ww]eekly|[Nn]ightly)\s+"
    r"(?:cost|costs|loss|losses|revenue|revenues|bill|spending|output|turnover|sales|income|"
    r"earnings|expenses?)"
    r"(?:\s+(?:to|of|for|on)\s+(?:[a-z][\w’'-]*\s+){0,3}?[\w’'-]+)?"
    r"\s+(?:(?:was|is|were|are|stood|came|ran|runs|amounted)\s+)?(?:at|to|of|was|is|were|are)"
    r"\s+(?:(?:between|about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over|"
    r"an\s+estimated|as\s+much\s+as)\s+)*$",
)


def _time_rate(found: _Found, rate: re.Match[str], extend: bool = True) -> None:
    """Makes an amount of money ``found`` an amount per day (hour, week…): the rate is in its
    unit ("EUR/day"), so that a day's cost never pairs with the cost of the whole stoppage. A
    year or a month is the period salaries, budgets, savings and rents are told in, often
    left unsaid or said by an adjective ("annual savings of £140m", "an average of £28" on
    "monthly repayments"): there the rate is in the measure, as "a tonne" is, and the amount
    still pairs with the same amount told so. The span takes the rate unless a bracket stands
    between them."""
    per = (rate.group("rate") or rate.groupdict()["a_rate"]).casefold()
    per = "year" if per == "annum" else per
    if per in ("year", "month"):
        found.rate = per
    else:
        found.unit = f"{found.unit}/{per}"
    # A count's span stays its own before "every" ("2,000 visitors each week"), as before
    # `_EVERY_LATER`'s; an amount's takes it ("€2.3 million every day").
    every = rate.groupdict().get("every") and found.kind is not FigureKind.MONEY
    if extend and rate.group("aside") is None and not every:
        found.end = rate.end()


# A figure spread over a span ends just before "over": "5.5% over two years", "£3bn over five
# years", "a 2% rise over 12 months". Only clause words may stand between them.
_SPREAD_GAP = re.compile(r"(?:\s+[\w’'\-]+){0,3}\s+$")


def _spread_over(text: str, sentence: Span, item: _Found, start: int, found: list[_Found]) -> bool:
    """Whether a duration's "over" spreads another figure over it rather than bounds it."""
    if item.kind is not FigureKind.DURATION:
        return False
    if text[start : item.start].strip().casefold() != "over":
        return False
    return any(
        other.end <= start and _SPREAD_GAP.fullmatch(text, other.end, start) is not None
        for other in found
        if other is not item
    )


def _plain(value: Decimal | None) -> Decimal | None:
    """40110000000.00 → 40110000000: the same number, printed without trailing zeros."""
    if value is None:
        return None
    return Decimal(format(value.normalize(), "f"))


def _start_of(found: _Found) -> int:
    return found.start


# Things counted that outlets name with different words: "12 water-bombing aircraft" and "16
# water-dropping planes" count one thing, so they are compared.
_COUNTED_AS = {
    "plane": "aircraft", "airplane": "aircraft", "aeroplane": "aircraft", "jet": "aircraft",
    "house": "home", "dwelling": "home", "car": "vehicle",
    # "4,318 theaters" and "4,381 North American cinemas" a film opened in.
    "cinema": "theater", "theatre": "theater", "movie theater": "theater",
    # "47 stores would close" and "74 of the retailer's 168 shops would shut". ("Outlets" is
    # as often a newspaper or a socket.)
    "shop": "store",
    # "seven sorties" and "six flights" a helicopter made.
    "sortie": "flight", "sorty": "flight",
    # "Four of the 11 satellites belonged to Polaris" and "Polaris lost five spacecraft": what a
    # rocket carries to orbit, one count in either word.
    "spacecraft": "satellite",
    # "10 points from five games" and "five matches": one count of games played.
    "match": "game", "fixture": "game",
    # "about 1,200 roles to go", "350 permanent positions" and "1,500 jobs": one count of jobs.
    "role": "job", "position": "job",
    # "27 ships waiting at anchor" and "27 vessels are queued"; "1,150 dockworkers" and
    # "1,150 wharfies", as Australian papers call them.
    "vessel": "ship", "dockworker": "docker", "dock-worker": "docker", "wharfy": "docker",
    "longshoreman": "docker", "longshoremen": "docker", "stevedore": "docker",
    # "12 rivals", "11 competitors": see `_rivals_as_competitors`.
    "rival": "competitor",
    # "17 shots to Scotland's nine", "17 attempts to Scotland's 9": attempts on goal.
    "attempt": "shot",
    # "About 130 personnel from NSW Police" and "More than 180 people, including police".
    "personnel": "people",
    # "309,300 patients had been waiting" and "about 310,000 people had been waiting".
    "patient": "people", "person": "people", "individual": "people", "resident": "people",
    # "eight miners were trapped" and "nine mineworkers": one trade, two words for it.
    "mineworker": "miner", "mine-worker": "miner", "coalminer": "miner",
    # "assess 1,912 institutions" and "assessed 1,921 universities": a ranking's one count.
    "institution": "university", "college": "university",
    # "172,681 ballots cast" and "more than 172,000 votes cast": one count of votes.
    "ballot": "vote",
    # "112 countries took part" and "112 nations": one count (governments: see
    # `_governments_as_countries`).
    "nation": "country",
    # "1,237 illegal discharges" of sewage and "1,273 illegal spills": one count.
    "discharge": "spill", "overflow": "spill",
    # "the 14-story hotel" and "the 14-storey building": one height, spelt two ways.
    "story": "storey",
    # "A crowd of 103,000 watched" and "About 103,000 fans turned out": those who came to watch
    # are one thing counted, as "an attendance of" and "a crowd of" are (see `_SPECTATORS`).
    **{noun: "attendance" for noun in (
        "fan", "spectator", "attendee", "racegoer", "concertgoer", "festivalgoer",
        "festival-goer", "onlooker", "theatregoer", "moviegoer",
    )},
}  # fmt: skip


# What a power cut is counted in, each outlet its own word: "1.9 million electricity customers
# were without power", "1.6 million homes were without power", "nearly 19 lakh consumers".
_POWER_PREMISES = frozenset(("customer", "consumer", "home", "household", "property", "premise"))
_WITHOUT_POWER = re.compile(
    r"\b(?:without\s+(?:power|electricity)|(?:lost|losing|lose|cut\s+off\s+from)\s+"
    r"(?:power|electricity)|power\s+(?:cuts?|outages?|failures?)|blackouts?|in\s+the\s+dark)\b",
    re.IGNORECASE,
)


# Homes a supply of energy is enough for: "enough electricity to power about 9 million homes",
# "enough electricity for around 12 million households", "could heat 40,000 homes".
_POWERED_BEFORE = re.compile(
    r"\b(?:power|powers|powering|heat|heats|heating|(?:electricity|power|energy)\s+for)\s+$",
    re.IGNORECASE,
)


# Homes on an energy tariff, counted by the supply they pay for: "around 22 million households
# … that are on standard variable tariffs", "Some 27 million homes on variable tariffs".
_ON_A_TARIFF = re.compile(r"\btariffs?\b", re.IGNORECASE)


def _premises_without_power(text: str, unit: str, start: int, sentence: Span | None = None) -> str:
    """A count of customers, consumers, homes or households in an article about a power cut
    is one count, of homes: outlets count those left without power in any of those words, and
    go on counting them so ("38,000 households were still waiting for their electricity"). So
    is a count of those an energy supply is enough for (see `_POWERED_BEFORE`), or of those on
    a tariff its sentence names (see `_ON_A_TARIFF`). ``start`` is where the figure starts, its
    qualifier included."""
    if unit in _POWER_PREMISES and (
        _power_cut_in(text)
        or _POWERED_BEFORE.search(text, max(0, start - 30), start)
        or (sentence is not None and _ON_A_TARIFF.search(text, sentence.start, sentence.end))
    ):
        return "home"
    return unit


@lru_cache(maxsize=64)
def _power_cut_in(text: str) -> bool:
    return _WITHOUT_POWER.search(text) is not None


def _counted_as(noun: str) -> str:
    return _COUNTED_AS.get(noun, noun)


# Those a business employs are its employees, however counted: "The company employs about 4,900
# people", "It has about 9,400 employees", "employs 1,200 workers".
_EMPLOYED_UNITS = frozenset(("people", "staff", "worker"))
_EMPLOYS_BEFORE = re.compile(r"\b(?:employs|employ|employed|employing)\s+$", re.IGNORECASE)
# "Sixty-four people work at Cellarion today": its staff, as "Cellarion employs 64 people".
_WORK_AT_AFTER = re.compile(r"\s+(?:now\s+|currently\s+)?(?:work|works)\s+(?:at|for)\s+[A-Z]")


# A team's or a workforce's size: "expanded its financial crime team to 360 people", "a
# workforce of 2,000 people", as "310 staff" is.
_TEAM_BEFORE = re.compile(
    r"\b(?P<team>team|teams|workforce|headcount)\s+(?:of|to|at|from)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just|fewer\s+than)\s+)?$",
    re.IGNORECASE,
)


# The team a compound's people make up, a word or two on: "a 52-strong rescue team", "a
# 12-person workforce". Not a crowd or a squad, no one's staff.
_TEAM_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?P<team>team|teams|workforce)\b")
# Whose a team is: "its", "the company's", "Acme's" said before it or its figure, or an
# employer named just before in the clause ("the bank expanded its compliance team to 40").
_TEAM_OWNER_BEFORE = re.compile(
    r"(?:\b(?:its|their|our)|\w['’]s)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:company|firm|business|employer|bank|retailer|carmaker|manufacturer|insurer|lender)"
    r"\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)


def _employers_team(text: str, start: int, team: str) -> bool:
    """Whether the team said at or after ``start`` (a figure or the team word) is an
    employer's staff: a workforce always is, a team only when owned. "A 40-strong search
    team" or "a rescue team of 25 people" is people sent out, and pairing them with a firm's
    staff would be false."""
    if team.casefold() in ("workforce", "headcount"):
        return True
    return _TEAM_OWNER_BEFORE.search(text, max(0, start - 60), start) is not None


def _employed(text: str, start: int, unit: str, end: int | None = None) -> str:
    """``unit`` as "employee" for a count of people a business employs, its staff, its team or
    its workforce, or who work at it; else unchanged. ``start`` is where the figure starts,
    its qualifier included, ``end`` where it ends."""
    if unit == "staff":
        return "employee"
    if unit in _EMPLOYED_UNITS and (
        _EMPLOYS_BEFORE.search(text, max(0, start - 20), start)
        or (
            (team := _TEAM_BEFORE.search(text, max(0, start - 40), start)) is not None
            and _employers_team(text, team.start(), team.group("team"))
        )
        or (end is not None and _WORK_AT_AFTER.match(text, end))
    ):
        return "employee"
    return unit


# How many a place holds, in people: "room for up to 44,000 fans", "can hold 40,000 people"
# is its capacity, as "its capacity will be 40,000" is; not a crowd that came.
_HELD_UNITS = frozenset(("attendance", "people"))
_HOLDS_BEFORE = re.compile(
    r"\b(?:(?:room|space|capacity)\s+for|holds?|accommodates?)\s+$",
    re.IGNORECASE,
)


def _held(text: str, start: int, unit: str) -> str:
    """``unit`` as "capacity" for a count of people a place has room for; else unchanged.
    ``start`` is where the figure starts, its qualifier included."""
    if unit in _HELD_UNITS and _HOLDS_BEFORE.search(text, max(0, start - 24), start):
        return "capacity"
    return unit


# Businesses that, called rivals, are competitors: "complaints from 14 rival firms" and "after
# 11 competitors complained" count one thing.
_BUSINESSES = frozenset(
    "firm company business provider operator supplier retailer bank carrier airline "
    "carmaker maker manufacturer vendor platform".split()
)
_RIVAL_BEFORE = re.compile(r"\b(?:rival|competing|competitor)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _rivals_as_competitors(text: str, found: _Found, unit: str) -> str:
    if unit not in _BUSINESSES or found.kind is not FigureKind.COUNT:
        return unit
    noun = text.rfind(" ", found.start, found.end)
    if noun != -1 and _RIVAL_BEFORE.search(text, found.start, noun + 1):
        return "competitor"
    return unit


# The ages after the first of a list: "three men, aged 24, 31 and 45, were arrested".
_NEXT_AGE = re.compile(r"(?:,\s*|,?\s+and\s+)(?P<num>\d{1,3})\b(?![.,]\d|\s*(?:%|per\b))")


def _listed_ages(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the ages listed after an "aged N" added; a bare count the list's last
    number was read as ("aged 30 and 32 were held") gives way to the age."""
    kept = list(found)
    for first in found:
        if first.unit != AGE or first.value is None:
            continue
        if text[first.start : first.start + 4].casefold() != "aged":
            continue
        at = first.end
        while (match := _NEXT_AGE.match(text, at, sentence.end)) is not None:
            start, end = match.start("num"), match.end("num")
            value = Decimal(match.group("num"))
            over = [f for f in kept if f.start < end and start < f.end]
            if not 0 < value <= 120 or any(
                f.start != start or f.kind is not FigureKind.COUNT or f.unit for f in over
            ):
                break
            kept = [f for f in kept if f not in over]
            kept.append(_Found(FigureKind.QUANTITY, start, end, value, AGE, 1, Decimal(1)))
            at = end
    return kept


# A span's number listed before another's that prints the unit for both: "suspended terms of
# 18 and 14 months", "sentences of three, five and seven years". "Between 18 and 24 months"
# is a range (read as one), "from 18 to 24" a change, "in 2019 and 14 months later" no span.
_SHARED_SPAN_BEFORE = re.compile(
    rf"(?<![\w.,$€£%-])(?P<num>\d{{1,3}}|{WORD_NUMBER})(?P<sep>\s*,\s*|\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)
_RANGE_OPENERS = re.compile(r"\b(?:between|from|aged)\s+$", re.IGNORECASE)


def _spans_sharing_a_unit(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the numbers listed before a span that share its unit (see
    `_SHARED_SPAN_BEFORE`), each a span of that unit as well."""
    kept = list(found)
    for span in found:
        if span.kind is not FigureKind.DURATION or span.value is None or span.head:
            continue
        at = span.start
        while listed := _SHARED_SPAN_BEFORE.search(text, max(sentence.start, at - 30), at):
            start, end = listed.span("num")
            if _RANGE_OPENERS.search(text, max(sentence.start, start - 10), start):
                break
            if any(f.start < end and start < f.end for f in kept):
                break
            printed = listed.group("num")
            parsed = (
                parse_digits(printed)
                if printed[0].isdigit()
                else (parse_words(printed), Decimal(1))
            )
            value, precision = parsed
            if value is None or not 0 < value < 1000:
                break
            kept.append(_Found(FigureKind.DURATION, start, end, value, span.unit, 1, precision))
            at = start
    return kept


# A sentence opening on a whole, and the gap to its part: "Of the 312 positions, about 140".
_OF_THE_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Of|Among)\s+(?:the|its|their)\s+$")
_PART_GAP = re.compile(rf",\s*(?:(?:{_QUALIFIER})\s+)?")
# What joins a count with no noun to the count before it whose noun it leaves unsaid.
_ELLIPSIS_GAP = re.compile(r"[^\d.;:()]{0,60}?(?:,\s*|\s)(?:and|but|while|whereas)\s+$")


def _counted_before(text: str, found: list[_Found]) -> None:
    """Gives a count with no noun the noun of the count before it in the sentence that it
    goes on from: "More than 60 victims submitted letters to the court, and 11 spoke at
    Tuesday's hearing" counts victims twice."""
    for before, item in pairwise(found):
        if (
            item.kind is FigureKind.COUNT
            and item.head == []
            and item.unit == ""
            and before.kind is FigureKind.COUNT
            and before.head
            and not before.total
            and _ELLIPSIS_GAP.fullmatch(text, before.end, item.start) is not None
        ):
            item.unit, item.head = before.unit, before.head[-1:]
        elif (
            item.kind is FigureKind.COUNT
            and item.head == []
            and item.unit == ""
            and before.kind is FigureKind.COUNT
            and before.head
            and _PART_GAP.fullmatch(text, before.end, item.start) is not None
            and _OF_THE_OPENING.search(text, max(0, before.start - 12), before.start)
        ):
            # "Of the 312 positions, about 140 will be eliminated": a part of them.
            item.unit, item.head, item.part = before.unit, before.head[-1:], True


# A sentence opening on the group the sentence before counted: "Of those, 412 were classed as
# affordable" after "1,842 new homes were completed".
_OF_THOSE_OPENING = re.compile(r"(?:Of|Among)\s+(?:those|these|them)\s*,?\s+$")


def _parts_of_those(text: str, sentence: Span, found: list[_Found], before: list[_Found]) -> None:
    """Gives a bare count that a sentence opens on after "Of those," the noun of the one group
    the sentence before counts, as a part of it (see `_parts_of_them`). Several counts of one
    thing are one group told with its level before: "found 6,842 people …, up 14% from 6,003"."""
    if len({group.unit for group in before}) != 1 or not found:
        return
    item = found[0]
    if (
        item.kind is FigureKind.COUNT
        and item.head == []
        and item.unit == ""
        and _OF_THOSE_OPENING.fullmatch(text, sentence.start, item.start) is not None
    ):
        # Its unit too, as "412 of the new homes" has: one count however the part is told.
        item.unit, item.head, item.part = before[0].unit, before[0].head[-1:], True


# "against a target of 3,000", "well short of its goal of 500": a target with no noun after its
# number, of what the count before it in the sentence counts.
_TARGET_OF = re.compile(
    r"\b(?:target|goal)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|"
    rf"over)\s+)?(?P<num>{DIGITS})(?:\s(?P<scale>million|billion|thousand))?"
    r"(?=\s*(?:[.,;:!?)]|$|\s+(?:by|in|for|set|that|this|last|next)\b))",
    re.IGNORECASE,
)


def _targets_of_counts(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with each bare target (see `_TARGET_OF`) as a count of the noun of the count
    before it in the sentence: "1,842 new homes were completed against a target of 3,000"
    sets 3,000 homes as the target. A target is its own measure: not the count it is set by."""
    kept = list(found)
    for match in _TARGET_OF.finditer(text, sentence.start, sentence.end):
        start, end = match.start("num"), match.end()
        if _is_year(match.group("num")) or any(f.start < end and start < f.end for f in kept):
            continue
        counts = [
            f for f in kept
            if f.end <= match.start() and f.kind is FigureKind.COUNT and f.head and f.unit
            and not f.target
        ]  # fmt: skip
        if not counts:
            continue
        value, precision = parse_digits(match.group("num"))
        scale = scale_of(match.group("scale"))
        kept.append(_Found(FigureKind.COUNT, start, end, value * scale, counts[-1].unit, scale,
                           precision * scale, head=counts[-1].head[-1:],
                           target=True))  # fmt: skip
    return kept


# "Nine cases …, four of them in hospital", "three of whom have been hospitalised", "213
# oiled birds, 97 of which were already dead".
_OF_THEM = re.compile(
    # "6.1 million of whom": the scale is the number's, not a number of its own.
    rf"(?<![\w.,])(?:(?P<num>{DIGITS})(?:\s(?P<scale>million|billion|thousand))?"
    # Not "every one of them", "each one of whom": all of the group, no part of it.
    rf"|(?<!\d\s)(?<!every\s)(?<!each\s)(?P<words>{WORD_NUMBER}))\s+of\s+(?:them|whom|which"
    # "three of those have died": "those" with no noun after it, as "them" is.
    r"|(?P<those>those)(?=\s*,|\s+(?:have|has|had|were|was|are|is|died)\b))\b",
    re.IGNORECASE,
)
# What happened to a part of a group no count names, which says it counts people: "The
# patients range in age from 38 to 91, and 27 of them have been hospitalized", "Two of them,
# both in their 70s, have died" (see `_own_toll` for the toll; `_SOME_OF_THEM_AFTER` for the
# aside). Not what they said or were ("two of them said", "one of them was the mayor").
_TOLLED_PART_AFTER = re.compile(
    r"(?:,\s+(?:both|all|each)\b[^,.;:!?]{1,60},)?\s+"
    r"(?:(?:were|are|was|is|have|has|had|remain|remained)\s+(?:been\s+)?)?"
    r"(?:(?:since|now|also|already|[a-z]+ly)\s+)?(?:killed|died|dead|injured|wounded|hurt|missing|hospitali[sz]ed|in\s+hospital|"
    r"(?:taken|admitted|rushed|airlifted|flown)\s+to\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?hospitals?)\b",
    re.IGNORECASE,
)


def _groups(found: list[_Found]) -> list[_Found]:
    """The counts of a named thing among ``found``, which a later "of them" may be part of."""
    return [
        f
        for f in found
        if f.kind is FigureKind.COUNT and f.head and f.unit and not f.part and not f.target
    ]


def _parts_of_them(
    text: str, sentence: Span, found: list[_Found], before: list[_Found] | None = None
) -> list[_Found]:
    """``found`` with the parts a pronoun says are of the count before them: "Of the 310
    birds recovered, 160 of them were dead" counts some of the birds. ``before``: the groups
    the sentence before counts; its one group is what "them" calls back to when this sentence
    counts none before it ("Thirty workers were trapped. Rescuers had freed 22 of them")."""
    kept = list(found)
    for match in _OF_THEM.finditer(text, sentence.start, sentence.end):
        if any(f.start < match.end() and match.start() < f.end for f in kept):
            continue
        group = [
            f for f in kept
            if f.end <= match.start() and f.kind is FigureKind.COUNT and f.head and f.unit
        ]  # fmt: skip
        if not group and before is not None and len(before) == 1:
            group = before
        if not group and (
            (match.group("words") or "").casefold() == "one"
            or match.group().casefold().endswith("which")
            or not _TOLLED_PART_AFTER.match(text, match.end())
        ):
            # No group, and no toll to say the part is of people: "23 of them in the United
            # States", "one of them was the mayor" (a pronoun), "40 of which died" (a thing's
            # or an animal's "which").
            continue
        printed = match.group("num")
        if printed is not None:
            value, precision = parse_digits(printed)
            scale = scale_of(match.group("scale"))
            value, precision = value * scale, precision * scale
        else:
            words = parse_words(match.group("words"))
            if words is None:
                continue
            value, precision = words, Decimal(1)
        if not group:
            # People who died or were hurt, the toll's own count as "27 people have been
            # hospitalized" is (`_with_own_toll` gives it its toll): no group's part to keep
            # apart from it.
            kept.append(_Found(FigureKind.COUNT, match.start(), match.end(), value, "people", 1,
                               precision, head=[]))  # fmt: skip
            continue
        whole = group[-1]
        # A bare count with the group's noun in its measure: not another count of the unit,
        # which would leave the group's total no longer the only one to pair on its own.
        kept.append(_Found(FigureKind.COUNT, match.start(), match.end(), value, "", 1,
                           precision, head=whole.head[-1:], part=True))  # fmt: skip
    return kept


# "More than 1.4 million customers … were without power, including about 310,000 in
# metropolitan New Orleans": a bare number after "including" and before where it is, a part
# of the count before it.
_INCLUDING_PART = re.compile(
    r",\s+including\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?"
    rf"(?P<num>{DIGITS})(?:\s(?P<scale>million|billion|thousand))?"
    r"(?=\s+(?:in|at|from|on|across|along)\s)",
    re.IGNORECASE,
)


def _parts_included(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the bare parts an "including" gives of the count before it (see
    `_INCLUDING_PART`): a count of the same thing, as one outlet's "Roughly 310,000 of the
    customers without power were in the New Orleans metro area" is."""
    kept = list(found)
    for match in _INCLUDING_PART.finditer(text, sentence.start, sentence.end):
        start, end = match.span("num")
        if match.group("scale"):
            end = match.end("scale")
        if any(f.start < end and start < f.end for f in kept):
            continue
        group = [
            f for f in kept
            if f.end <= match.start() and f.kind is FigureKind.COUNT and f.head and f.unit
        ]  # fmt: skip
        if not group:
            continue
        value, precision = parse_digits(match.group("num"))
        scale = scale_of(match.group("scale"))
        whole = group[-1]
        kept.append(_Found(FigureKind.COUNT, start, end, value * scale, whole.unit, 1,
                           precision * scale, head=whole.head[-1:], part=True))  # fmt: skip
    return kept


# "administered at the pop-up sites, of which there were between 120 and 180 across the
# region": how many of the plural before "of which" there are, a count of it with no noun after
# the number.
_OF_WHICH_THERE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]*[^\Ws])s,?\s+of\s+(?:which|whom)\s+there\s+"
    r"(?:were|are|will\s+be|have\s+been|had\s+been)\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?(?P<between>between\s+(?P<low>{DIGITS})\s+and\s+)?(?P<num>{DIGITS})"
    r"(?:\s(?P<scale>million|billion|thousand))?(?![\w,.]*\d)",
    re.IGNORECASE,
)


def _counts_there_were(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the counts "of which there were" gives of the plural before it (see
    `_OF_WHICH_THERE`): a count of that noun, as "between 120 and 150 pop-up clinics" is."""
    kept = list(found)
    for match in _OF_WHICH_THERE.finditer(text, sentence.start, sentence.end):
        start = match.start("between") if match.group("low") else match.start("num")
        end = match.end("scale") if match.group("scale") else match.end("num")
        if any(f.start < end and start < f.end for f in kept) or _is_year(match.group("num")):
            continue
        scale = scale_of(match.group("scale"))
        value, precision = parse_digits(match.group("num"))
        noun = match.group("noun").casefold()
        unit, head = _counted_as(_singular(f"{noun}s")), [f"{noun}s"]
        if match.group("low"):
            low, low_precision = parse_digits(match.group("low"))
            if low * scale >= value * scale:
                continue
            kept.append(_Found(FigureKind.RANGE, start, end, None, unit, scale,
                               min(low_precision, precision) * scale, low=low * scale,
                               high=value * scale, head=head))  # fmt: skip
        else:
            kept.append(_Found(FigureKind.COUNT, start, end, value * scale, unit, scale,
                               precision * scale, head=head))  # fmt: skip
    return kept


# "290 seats: 30 in business class, 56 in premium economy and 204 in economy": bare numbers
# listed after a count, each with what part of it it is, parts of that count.
_LISTED_PART = re.compile(
    rf"(?:(?P<num>{DIGITS})(?:\s(?P<scale>million|billion|thousand))?|\b(?P<words>{WORD_NUMBER}))"
    # Its part named, not a time: "30 in business class", not "30 in 2024".
    r"\s+in\s+(?!\d)(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?"
    # The next one in the list, or the list's end ("700 in London, the bank said").
    r"(?=\s*(?:,\s+(?:and\s+)?|\s+and\s+)(?:\d|\b(?:" + WORD_NUMBER + r")\s+in\s)|\s*[,.;:)]|$)",
    re.IGNORECASE,
)
_LIST_OPENING = re.compile(r"\s*[:,]\s+")
_LIST_NEXT = re.compile(r"\s*(?:,\s+(?:and\s+)?|\s+and\s+)")


def _parts_listed(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the bare parts listed after a count, a colon or a comma between (see
    `_LISTED_PART`): each a part of the count, with the count's noun in its measure, as
    another outlet's "36 of them in business class" is (see `_parts_of_them`)."""
    kept = list(found)
    for whole in _groups(found):
        opening = _LIST_OPENING.match(text, whole.end, sentence.end)
        if opening is None:
            continue
        at = opening.end()
        while (match := _LISTED_PART.match(text, at, sentence.end)) is not None:
            number = "num" if match.group("num") else "words"
            start, end = match.span(number)
            if match.group("scale"):
                end = match.end("scale")
            if any(f.start < end and start < f.end for f in kept):
                break
            if match.group("num"):
                if _is_year(match.group("num")):
                    break
                value, precision = parse_digits(match.group("num"))
                scale = scale_of(match.group("scale"))
                value, precision = value * scale, precision * scale
            else:
                words = parse_words(match.group("words"))
                if words is None:
                    break
                value, precision = words, Decimal(1)
            kept.append(_Found(FigureKind.COUNT, start, end, value, "", 1, precision,
                               head=whole.head[-1:], part=True))  # fmt: skip
            following = _LIST_NEXT.match(text, match.end(), sentence.end)
            if following is None:
                break
            at = following.end()
    return kept


# "served only 7 aces to Marchetti's 14", "won 52 seats to Labour's 38": a rival's tally set
# against a count, its noun left unsaid.
_RIVAL_TALLY = re.compile(
    r"\s+to\s+(?:the\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s?\s+"
    rf"(?:(?P<num>{DIGITS})|(?P<words>{WORD_NUMBER}))\b(?![.,]?\d|\s*(?:%|per\b)|[A-Za-z])"
)


def _rival_tallies(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the rival's tally of each count that `_RIVAL_TALLY` follows: a count of
    the same thing, whose own measure is the rival's."""
    kept = list(found)
    for item in found:
        if item.kind is not FigureKind.COUNT or not item.unit or item.value is None:
            continue
        match = _RIVAL_TALLY.match(text, item.end, sentence.end)
        if match is None:
            continue
        number = "num" if match.group("num") else "words"
        start, end = match.span(number)
        rival = _content_words(match.group("owner").split())
        over = [f for f in kept if f.start < end and start < f.end]
        if over:
            if len(over) == 1 and over[0].start == start and over[0].unit == item.unit:
                # "400 stores to Tesco's 2,800 stores": the tally read already.
                item.rival = over[0].rival = rival
                over[0].rival_tally = True
            continue
        if match.group("num"):
            value, precision = parse_digits(match.group("num"))
        else:
            words = parse_words(match.group("words"))
            if words is None:
                continue
            value, precision = words, Decimal(1)
        item.rival = rival
        kept.append(_Found(FigureKind.COUNT, start, end, value, item.unit, 1, precision,
                           head=item.head, rival=item.rival, rival_tally=True))  # fmt: skip
    return kept


# An election story's tallies, told once with "votes" and then bare: "Alder came second with
# 11,986", "ahead of Labour's Mei Thompson on 2,131", "a majority of 2,226". Read only in an
# article that counts votes in digits elsewhere (`_VOTES_COUNTED`), and only after a name (with
# at most a placing between: "was fourth with") or after "majority of", with no unit after the
# number: "with 40 seats", "on 24 October" and "on 5%" are other things.
_VOTES_COUNTED = re.compile(r"\d\s+votes\b", re.IGNORECASE)
_BARE_VOTES = re.compile(
    r"(?:\b(?P<name>[A-Z][\w'’-]+)\s+(?:(?:came|finished|was|ended|trailed)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|runner-up)\s+)?"
    r"(?:with|on)"
    # Not a parliament's majority of seats: "a Commons majority of 80", "a working majority".
    r"|(?<!Commons\s)(?<!working\s)(?<!overall\s)(?<!parliamentary\s)\bmajority\s+of)\s+"
    r"(?:(?:about|around|nearly|almost|some|just\s+(?:over|under)|more\s+than|fewer\s+than|"
    r"less\s+than)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]?\d)(?!\s*[%\w£$€])"
)
_NOT_CANDIDATES = frozenset(("The", "This", "That", "It", "He", "She", "They", "We"))


def _bare_votes(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the bare vote tallies `_BARE_VOTES` reads (see there)."""
    kept = list(found)
    for match in _BARE_VOTES.finditer(text, sentence.start, sentence.end):
        name = match.group("name")
        if name is not None and (
            name in _NOT_CANDIDATES or name.casefold() in _WEEKDAYS or _MONTH.fullmatch(name)
        ):
            continue
        start, end = match.span("num")
        if any(f.start < end and start < f.end for f in kept) or _is_year(match.group("num")):
            continue
        value, precision = parse_digits(match.group("num"))
        head = ["votes"] if name is not None else ["majority"]
        kept.append(_Found(FigureKind.COUNT, start, end, value, "vote", 1, precision,
                           head=head))  # fmt: skip
    return kept


# A change told with no noun after its number, of the things a count before it in the
# sentence counts: "manufacturing added 18,000 jobs …, and health care added 12,500",
# "Construction lost 9,200 jobs and retail shed 6,000", "revised August up by 3,700 jobs, and
# now estimates that July saw a loss of 8,200"; the level a count is to reach.
_CHANGE_BARE = re.compile(
    r"\b(?:(?:added|adding|gained|lost|losing|shed|shedding|cut|cutting|created|eliminated)"
    r"|(?:rising|rose|risen|grew|grown|growing|fell|fallen|falling|increased|decreased|dropped|"
    r"declined|climbed|jumped)\s+by"
    # A level it is to reach: "employs 64 people and plans to grow to about 120".
    r"|(?<=\bto\s)(?:grow|rise|increase|expand|shrink|fall)\s+to"
    r"|a\s+(?:net\s+)?(?:loss|gain|drop|decline|fall|rise|increase|decrease)\s+of"
    r"|(?<=,\s)(?:followed\s+by\s+)?[^,;:.\d]{1,60}?\swith)\s+"
    r"(?:(?:about|around|nearly|almost|some|another|a\s+further|more\s+than|just\s+over|"
    r"just\s+under)\s+)?"
    # No noun after it, though a deadline may follow: "to about 120 by the end of next year".
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]?\d)(?!\s*(?!by\s+the\b)[%\w£$€])",
    re.IGNORECASE,
)


_LEVEL_SUBJECT = re.compile(
    r"\b(?:shares?|stocks?|prices?|index|rates?|yields?|scores?)\b", re.IGNORECASE
)


def _elliptical_counts(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the bare changes `_CHANGE_BARE` reads, each counting what the figure
    right before it counts: only a count of a named thing, not a part, total or rate."""
    kept = list(found)
    for match in _CHANGE_BARE.finditer(text, sentence.start, sentence.end):
        start, end = match.span("num")
        if any(f.start < end and start < f.end for f in kept) or _is_year(match.group("num")):
            continue
        # A span of time between says when, not what: "added 18,000 jobs, its largest gain in
        # more than a year, and health care added 12,500".
        before = [f for f in kept if f.end <= match.start() and f.kind is not FigureKind.DURATION]
        if not before:
            continue
        last = max(before, key=lambda f: f.end)
        if _LEVEL_SUBJECT.search(text, last.end, match.start()):
            continue  # "employs 400 people and its shares fell by 12": a price, no count
        if (
            last.kind is not FigureKind.COUNT
            or not last.unit
            or not last.head
            or last.total
            or last.part
            or last.rate is not None
        ):
            continue
        value, precision = parse_digits(match.group("num"))
        # "employs 64 people and plans to grow to about 120": employees, as the 64 are.
        unit = _employed(text, last.start, last.unit)
        head = last.head[-1:] if unit == last.unit else [unit]
        kept.append(_Found(FigureKind.COUNT, start, end, value, unit, 1, precision,
                           head=head))  # fmt: skip
    return kept


# A count told by place, its noun left unsaid, after a count of a named thing told by place
# too: "found 142 tigers in Chitwan National Park and 128 in Bardia National Park",
# "Forty-one tigers were counted in Shuklaphanta National Park, 44 in Parsa and 32 in Banke".
# A list of one thing's counts, place by place: each counts what the first does.
_IN_PLACE = r"\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*)"
_COUNT_IN_PLACE = re.compile(
    r"(?:,\s*|\s(?:and|while|but|with)\s+)"
    r"(?:(?:about|around|nearly|almost|some|another|more\s+than|just\s+over|just\s+under)\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,.]?\d){_IN_PLACE}"
)
_TOLD_IN_PLACE = re.compile(rf"[^,;:.\d]{{0,30}}?{_IN_PLACE}")


def _counts_by_place(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the bare counts `_COUNT_IN_PLACE` reads, each counting what the count
    before it counts, when that count is told by place too (see `_TOLD_IN_PLACE`): a count of
    a named thing, not a part, total or rate, or another count so read."""
    kept = list(found)
    for match in _COUNT_IN_PLACE.finditer(text, sentence.start, sentence.end):
        start, end = match.span("num")
        if any(f.start < end and start < f.end for f in kept) or _is_year(match.group("num")):
            continue
        if _MONTH.fullmatch(match.group("place")) or match.group("place").casefold() in _WEEKDAYS:
            continue  # "and 12 in March": when, not where
        before = [f for f in kept if f.end <= match.start()]
        if not before:
            continue
        last = max(before, key=lambda f: f.end)
        told = _TOLD_IN_PLACE.match(text, last.end, match.start())
        if (
            last.kind is not FigureKind.COUNT
            or not last.unit
            or not last.head
            or last.total
            or last.part
            or last.rate is not None
            or told is None
            or _MONTH.fullmatch(told.group("place"))
        ):
            continue
        value, precision = parse_digits(match.group("num"))
        # "employs 64 people and plans to grow to about 120": employees, as the 64 are.
        unit = _employed(text, last.start, last.unit)
        head = last.head[-1:] if unit == last.unit else [unit]
        kept.append(_Found(FigureKind.COUNT, start, end, value, unit, 1, precision,
                           head=head))  # fmt: skip
    return kept


# What joins two quantities with their units into a range: "rise by 2.3C to 2.5C", "between
# 20km and 25km".
_QUANTITY_RANGE_JOIN = re.compile(r"\s*(?:to|–|-)\s*|\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# What spreads over a span, its "from … to" the span's ends, not a change: "the fragments had
# been detected from 430 km to 720 km", "depths ranging from 10 m to 40 m". A verb of change
# before it still makes it one (see `_change_not_range`).
_SPREAD_FROM_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|spread(?:s|ing)?|scattered|detected|found|observed|seen|"
    r"distributed|stretch(?:es|ed|ing)?|span(?:s|ned|ning)?|var(?:y|ies|ied|ying))"
    r"(?:\s+[\w’'-]+){0,3}?\s+from\s+$",
    re.IGNORECASE,
)


def _quantity_ranges(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with each two quantities of one unit that a "to" (or "between … and") joins
    read as one range, as "2.3-2.6C" is: "temperatures would rise by 2.3C to 2.5C". Not a
    change and where it ended ("rose from 10km to 12km", "by 2C to 40C")."""
    kept: list[_Found] = []
    index = 0
    while index < len(found):
        low = found[index]
        high = found[index + 1] if index + 1 < len(found) else None
        join = (
            _QUANTITY_RANGE_JOIN.fullmatch(text, low.end, high.start)
            if high is not None
            and low.kind is high.kind
            and (
                low.kind is FigureKind.QUANTITY
                # Money only between "between" and "and": "between 5,000 naira and 10,000
                # naira", "between N5,000 and N10,000" (its "to" ranges are read whole).
                or (
                    low.kind is FigureKind.MONEY
                    and _BETWEEN_BEFORE.search(text, max(sentence.start, low.start - 10), low.start)
                    is not None
                )
            )
            and low.unit == high.unit
            and low.value is not None
            and high.value is not None
            and low.value < high.value
            and not low.unit.startswith(CLOCK)
            else None
        )
        if (
            join is None
            or (join.group().strip() == "and")
            != bool(_BETWEEN_BEFORE.search(text, max(sentence.start, low.start - 10), low.start))
            or (
                _FROM_BEFORE.search(text, max(sentence.start, low.start - 30), low.start)
                and not _SPREAD_FROM_BEFORE.search(
                    text, max(sentence.start, low.start - 60), low.start
                )
            )
            or _change_not_range(text, low.start, low.value, high.value)
        ):
            kept.append(low)
            index += 1
            continue
        assert high is not None and low.value is not None and high.value is not None
        kept.append(_Found(FigureKind.RANGE, low.start, high.end, None, low.unit, 1,
                           min(low.precision, high.precision), low=low.value,
                           high=high.value))  # fmt: skip
        index += 2
    return kept


# A count before a size that describes what it counts: "will process 40,000 300-millimetre
# wafers a month", "sold 12,000 55-inch televisions".
_COUNT_BEFORE_SIZE = re.compile(rf"(?<![\w.,])(?P<num>{DIGITS})\s+$")
_NOUN_AFTER_SIZE = re.compile(r"\s+(?P<noun>[a-z][a-z-]*[a-z])\b")


def _counts_before_sizes(text: str, sentence: Span, found: list[_Found]) -> list[_Found]:
    """``found`` with the count printed before each hyphenated size that describes the thing
    counted (see `_COUNT_BEFORE_SIZE`), as a count of that thing."""
    kept = list(found)
    for size in found:
        if size.kind is not FigureKind.QUANTITY or "-" not in text[size.start : size.end]:
            continue
        count = _COUNT_BEFORE_SIZE.search(text, max(sentence.start, size.start - 24), size.start)
        noun = _NOUN_AFTER_SIZE.match(text, size.end, sentence.end)
        if count is None or noun is None or _content_word(noun.group("noun"), False) is None:
            continue
        start, end = count.span("num")
        if any(f.start < end and start < f.end for f in kept):
            continue
        value, precision = parse_digits(count.group("num"))
        kept.append(_Found(FigureKind.COUNT, start, end, value, _counted(noun.group("noun")), 1,
                           precision, head=[noun.group("noun")]))  # fmt: skip
    return kept


# What says a sentence's bare "degrees" are of temperature: "Maximum temperatures were six
# degrees above normal", "expected to fall by two to three degrees" beside "temperatures".
_TEMPERATURE_CONTEXT = re.compile(
    r"temperature|°|celsius|heat\s?wave|mercury|(?:above|below)\s+(?:the\s+)?(?:normal|average|"
    r"seasonal)"
    # "Phalodi in Rajasthan was the hottest place in the country at 50.1 degrees".
    r"|\b(?:hott|cold|warm|cool)est\b",
    re.IGNORECASE,
)


def _temperature_scale(text: str) -> str | None:
    """The scale an article's bare "degrees" of temperature are in: the one it prints, when
    it prints one scale only; None when it prints both or neither ("temperatures of around 75
    degrees" in an American paper are Fahrenheit)."""
    fahrenheit = "Fahrenheit" in text or "°F" in text
    celsius = "Celsius" in text or "°C" in text or _CELSIUS.search(text) is not None
    if fahrenheit == celsius:
        return None
    return "°F" if fahrenheit else "°C"


def _degrees_of_temperature(
    text: str, sentence: Span, found: list[_Found], unit: str | None
) -> None:
    """Makes the bare "degrees" of a sentence about temperature degrees in the article's
    ``unit`` (see `_temperature_scale`): "six degrees above normal" is "6C above the seasonal
    average". In an article printing both scales or neither, which is meant is left open."""
    for item in found:
        converted = _CONVERTED_TEMPERATURE.match(text, item.end) if item.unit == "degree" else None
        if converted is not None:
            # "a cool 63 degrees (17 C)": the bare degrees are the scale the brackets are not.
            item.unit = "°F" if converted.group("letter").upper() == "C" else "°C"
    if unit is None or _TEMPERATURE_CONTEXT.search(text, sentence.start, sentence.end) is None:
        return
    for item in found:
        if item.unit == "degree":
            item.unit = unit
            if unit == "°F" and _celsius_heat(text, item, sentence):
                item.unit = "°C"


# A heatwave's bare 25 to 49 degrees are Celsius even in an article printing Fahrenheit only
# ("The mercury reached 36 degrees … it was 75 degrees Fahrenheit"): read as Fahrenheit
# they would be a cold day (−4 to 9 °C), which no article about a heatwave reports as its heat.
_HEAT = re.compile(
    r"\bheat\s?waves?\b|\bheat\s+(?:alert|warning|advisory|dome)|\bscorching\b|\bswelter"
    r"|\bhottest\b|\d-degree\s+heat\b",
    re.IGNORECASE,
)
_CELSIUS_HEAT_LOW, _CELSIUS_HEAT_HIGH = Decimal(25), Decimal(50)
# Only a reading, not a margin or a change, which is as small in Fahrenheit: "as much as 25
# degrees above normal", "25 degrees warmer than", "a drop of 30 degrees".
_HEAT_MARGIN_AFTER = re.compile(
    r"\s*(?:(?:above|below|over|under)\s+(?:the\s+)?(?:normal|average|usual|seasonal|norm)"
    r"|(?:warmer|hotter|cooler|colder|higher|lower)\b)",
    re.IGNORECASE,
)
_HEAT_MARGIN_BEFORE = re.compile(
    r"\b(?:rises?|jumps?|drops?|falls?|dips?|swings?|increases?|decreases?|change|plunge)"
    r"\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|as\s+much\s+as|more\s+than)"
    r"\s+)?$|\b(?:by|up|down)\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to"
    r"|as\s+much\s+as|more\s+than)\s+)?$",
    re.IGNORECASE,
)
# A heat told in Fahrenheit (90 °F is 32 °C): an article printing one, "104 degrees
# Fahrenheit", tells its heat in Fahrenheit, and its bare degrees with it. A milder one is a
# conversion of a Celsius article's morning ("it was 75 degrees Fahrenheit").
_FAHRENHEIT_HEAT = re.compile(r"(?<![\d.,])(\d{2,3})(?:\.\d+)?\s*(?:°\s?F\b|degrees?\s+Fahrenheit)")
_FAHRENHEIT_HEAT_LOW = 90


def _celsius_heat(text: str, item: _Found, sentence: Span) -> bool:
    """Whether a bare temperature, in an article about heat, is too low to be Fahrenheit: a
    reading (not a margin, see `_HEAT_MARGIN_AFTER`), in an article printing no Fahrenheit heat."""
    return (
        item.value is not None
        and _CELSIUS_HEAT_LOW <= item.value < _CELSIUS_HEAT_HIGH
        and _HEAT.search(text) is not None
        and _HEAT_MARGIN_AFTER.match(text, item.end, sentence.end) is None
        and _HEAT_MARGIN_BEFORE.search(text[max(sentence.start, item.start - 40) : item.start])
        is None
        and all(
            int(found.group(1)) < _FAHRENHEIT_HEAT_LOW for found in _FAHRENHEIT_HEAT.finditer(text)
        )
    )


_CELSIUS = re.compile(r"\d\s?C\b")
_CONVERTED_TEMPERATURE = re.compile(r"\s*\(\s*-?\d[\d.,]*\s*(?:°|degrees?\s+)?(?P<letter>[CF])\b")


# A dateline opening a paragraph: the place in capitals, a region or a date, the agency, a
# dash. "TIMMINS, Ontario — Six miners …", "LONDON (Reuters) - …", "WASHINGTON, Oct. 5 (AP) —".
_DATELINE = re.compile(
    r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}"
    r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z0-9][\w.’'-]*){0,3})?"
    # A date with the day first: "NEW YORK, 17 October 2024 — Shares of …".
    rf"(?:,\s+\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?)?"
    # A hyphen only after the agency: "US - China talks resumed" is no dateline.
    r"(?:\s*\([A-Z][\w ./-]{0,24}\)\s*(?:—|–|--?)|\s*(?:—|–|--))"
    # The story's first sentence opens after it: "NATO — the alliance — has" holds none.
    r"\s+(?=[A-Z0-9\"“‘'])"
)


def _after_dateline(text: str, sentence: Span) -> Span:
    """The sentence from after the dateline it opens with, if it opens a paragraph with one."""
    start = sentence.start
    if not text[start + 1 : start + 2].isupper():
        return sentence
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before >= 0 and text[before] != "\n":
        return sentence
    dateline = _DATELINE.match(text, start, sentence.end)
    if dateline is None:
        return sentence
    return Span(start=dateline.end(), end=sentence.end)


def _marks_outside(
    text: str, marks: list[int], found: list[_Found], converted: dict[int, tuple[int, int]]
) -> list[int]:
    """``marks`` but the commas inside the figures ``found`` (in order, apart): the comma of
    "3 hours, 18 minutes" ends no clause; and but the brackets of the amounts ``converted``
    (see `_conversions`): "a C$41.2bn (£22bn) deficit" is a deficit, and "revenue of $14.6bn
    (£11.1bn), up 26 per cent" is revenue's rise."""
    kept: list[int] = []
    index = 0
    for mark in marks:
        while index < len(found) and found[index].end <= mark:
            index += 1
        if index == len(found) or found[index].start >= mark or text[mark] != ",":
            kept.append(mark)
    brackets = {bracket for pair in converted.values() for bracket in pair}
    return [mark for mark in kept if mark not in brackets] if brackets else kept


def _conversions(text: str, found: list[_Found]) -> dict[int, tuple[int, int]]:
    """The figures ``found`` that stand alone in brackets, an amount converted ("revenue of
    $14.6bn (£11.1bn)"), by index, with where their brackets open and close."""
    brackets = {}
    for index, item in enumerate(found):
        opening = _CONVERSION_OPENING.search(text, max(0, item.start - 20), item.start)
        closing = opening and _CONVERSION_CLOSING.match(text, item.end)
        if opening and closing:
            brackets[index] = (opening.start(), closing.end() - 1)
    return brackets


# The words a bracket may hold around an amount it converts: "(£22bn)", "(about $61 million)",
# "(or US$125)".
_CONVERSION_OPENING = re.compile(
    r"\((?:about|around|roughly|approximately|nearly|some|or|c\.)?\s*$", re.IGNORECASE
)
_CONVERSION_CLOSING = re.compile(r"\s*\)")


# A time a race's point was reached at, after it: "in 1:39:41", "at 1:05:02", "in 61min".
_SPLIT_TIME_AFTER = re.compile(
    r"\s+(?:in|at)\s+(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:h|hr|hrs|min|mins|minutes?)\b)",
    re.IGNORECASE,
)
# A sentence whose subject is a change or a measure told before: "The change will cost",
# "the increase would add", "This move is expected to save".
_REFERS_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:change|changes|increase|rise|move|measure|measures|cut|"
    r"cuts|plan|policy|proposal|scheme|reform|reforms|decision|freeze|hike)\s+(?:alone\s+)?"
    r"(?:will|would|could|is|was|has|had|should|may|might|costs?|adds?|saves?)\b"
)
_REFERRED_MARKERS = frozenset(
    ("rise", "fall", PREVIOUS, ADJUSTED, INTERIM, SUMMED, REMAINING, TOTAL, SUBSET, ADVISED,
     INTRADAY, ANOTHER, INTENDED)
)  # fmt: skip
# What a figure's own words say of it alone, not carried on to the next one an "and" elides.
_NOT_CARRIED_ON = frozenset((PREVIOUS, TOTAL, SUBSET, REMAINING))
_REFERRED_MAX = 8  # measure words, with those of the sentence referred to
# Words that say what a change costs or does, not what changes: a measure of these alone
# ("change cost", "rise cost") takes the words of the sentence referred to.
_GENERIC_MEASURE = frozenset(
    "rise fall change move measure plan policy proposal scheme reform decision freeze hike cut "
    "cost save saving add spend raise bring year".split()
)


# Counts of a person's family: "his wife and three children", "her two young children".
_KIN = frozenset(
    "child children son daughter grandchild grandchildren sibling brother sister kid".split()
)
_KIN_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b(?:\s+[\w’'-]+){0,3}\s+$", re.IGNORECASE)
# A person's full name: two to four capitalised words ("Nyoman Sukarta", "Kylie Matthews").
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}\b")


def _kin_owner(text: str, sentence: Span, start: int) -> str | None:
    """Whose family a count of kin is: the surname of the last full name before it in the
    sentence, where a possessive says the kin are someone's ("Kylie Matthews, 34, from Perth,
    was due to fly home with her husband and two young children"); None otherwise."""
    if not _KIN_POSSESSIVE.search(text, max(sentence.start, start - 40), start):
        return None
    names = list(_FULL_NAME.finditer(text, sentence.start, start))
    if not names:
        return None
    return names[-1].group().split()[-1].casefold()


def extract_figures(article: Article, sentences: list[Span]) -> list[Figure]:
    text = article.text
    lowered = _lowered(text)
    # A web address starts with one of these: one look at the whole text spares a search of
    # every sentence.
    urls = lowered is None or "http" in lowered or "www." in lowered
    figures: list[Figure] = []
    temperature_scale: list[str | None] | None = None
    # What the figures of each sentence measure, for a sentence that refers back to it.
    measured_in: dict[int, list[str]] = {}
    written = article.meta.year()
    # The counts of named things in the last sentence that had figures, and its number.
    groups: list[_Found] = []
    groups_in = -2
    votes_counted: bool | None = None
    for number, sentence in enumerate(sentences):
        # `_scan`, with the test most sentences fail made before any generator is set up.
        on = _triggers(text, sentence.start, sentence.end, lowered)
        if not on:
            continue
        found = sorted(_scan_patterns(text, sentence, on, lowered, urls), key=_start_of)
        groups_before = groups if number - 1 == groups_in else None
        groups, groups_in = [], number
        if votes_counted is None:
            votes_counted = _VOTES_COUNTED.search(text) is not None  # once an article
        if votes_counted and (
            " with " in text[sentence.start : sentence.end]
            or " on " in text[sentence.start : sentence.end]
            or "majority of" in text[sentence.start : sentence.end]
        ):
            found = sorted(_bare_votes(text, sentence, found), key=_start_of)
        if found and any(item.kind is FigureKind.COUNT and item.unit for item in found):
            found = sorted(_elliptical_counts(text, sentence, found), key=_start_of)
            if " in " in text[sentence.start : sentence.end]:
                found = sorted(_counts_by_place(text, sentence, found), key=_start_of)
        if " there " in text[sentence.start : sentence.end]:
            found = sorted(_counts_there_were(text, sentence, found), key=_start_of)
        if not found and (
            " of them" in text[sentence.start : sentence.end]
            or " of those" in text[sentence.start : sentence.end]
        ):
            found = _parts_of_them(text, sentence, found, groups_before)
        if not found:
            continue
        if "age" in on:
            found = sorted(_listed_ages(text, sentence, found), key=_start_of)
        if any(item.kind is FigureKind.DURATION for item in found):
            found = sorted(_spans_sharing_a_unit(text, sentence, found), key=_start_of)
        if "quantity" in on and "-" in text[sentence.start : sentence.end]:
            found = sorted(_counts_before_sizes(text, sentence, found), key=_start_of)
        if len(found) > 1 and any(
            low.kind is high.kind and low.kind in (FigureKind.QUANTITY, FigureKind.MONEY)
            for low, high in pairwise(found)
        ):
            found = _quantity_ranges(text, sentence, found)
        if "count_bare" in on:
            _counted_before(text, found)
            if groups_before:
                _parts_of_those(text, sentence, found, groups_before)
        if (
            "target of" in text[sentence.start : sentence.end]
            or "goal of" in text[sentence.start : sentence.end]
        ):
            found = sorted(_targets_of_counts(text, sentence, found), key=_start_of)
        if (
            "s " in text[sentence.start : sentence.end]
            and " to " in text[sentence.start : sentence.end]
        ):
            found = sorted(_rival_tallies(text, sentence, found), key=_start_of)
        if "including" in text[sentence.start : sentence.end]:
            found = sorted(_parts_included(text, sentence, found), key=_start_of)
        if " in " in text[sentence.start : sentence.end]:
            found = sorted(_parts_listed(text, sentence, found), key=_start_of)
        if (
            " of them" in text[sentence.start : sentence.end]
            or " of whom" in text[sentence.start : sentence.end]
            or " of which" in text[sentence.start : sentence.end]
            or " of those" in text[sentence.start : sentence.end]
        ):
            found = sorted(_parts_of_them(text, sentence, found, groups_before), key=_start_of)
        groups = _groups(found)
        if "quantity" in on and any(item.unit == "degree" for item in found):
            if temperature_scale is None:
                temperature_scale = [_temperature_scale(text)]  # once an article, if at all
            _degrees_of_temperature(text, sentence, found, temperature_scale[0])
        periods: list[Period] = find_periods(text, sentence.start, sentence.end)
        periods = [
            p for p in periods if not any(f.start < p.end and p.start < f.end for f in found)
        ]
        spans = [(item.start, item.end) for item in found]
        spans_and_periods = sorted(spans + [(p.start, p.end) for p in periods])
        # An amount converted in brackets stands between no figure and its period: "rose to
        # 3.56 billion rupees ($41.6 million) in the three months ended March 31".
        converted = _conversions(text, found) if "(" in text[sentence.start : sentence.end] else {}
        governing = [span for index, span in enumerate(spans) if index not in converted]
        # What the figures measure is read after a dateline: where the story was filed.
        measured = _after_dateline(text, sentence)
        marks = _marks_outside(
            text, [m.start() for m in _CLAUSE_MARK.finditer(text, measured.start, sentence.end)],
            found, converted,
        )  # fmt: skip
        # A quarter and its months told as one ("in the second quarter, the three months ended
        # Sept. 30,") is one phrase: its comma ends no clause.
        marks = [m for m in marks if not any(p.aside and p.start <= m < p.end for p in periods)]
        first = len(figures)
        for index, item in enumerate(found):
            bound, qualifier, start = _qualifier(text, sentence, item.start)
            if qualifier is not None and _spread_over(text, sentence, item, start, found):
                bound, qualifier, start = Bound.EXACT, None, item.start
            if (
                qualifier is not None
                and item.kind is FigureKind.COUNT
                and not item.unit.startswith("people")
                and qualifier.casefold() in _THINGS_CROSSED
            ):
                # A level is passed (a toll, a temperature, sales); things are crossed:
                # "crossed 12 checkpoints" is twelve, "passing 40 lorries" forty, while "has
                # topped 200 cases" is more.
                bound, qualifier, start = Bound.EXACT, None, item.start
            if qualifier is None and item.unit.startswith(CLOCK):
                bound, qualifier, start = _named_time_side(text, sentence, item)
            if (
                qualifier is not None
                and qualifier.casefold() in _LEVEL_PASSED
                and _SPLIT_TIME_AFTER.match(text, item.end, sentence.end)
            ):
                # "passing 35 kilometers in 1:39:41": a point of a race reached at a time,
                # the distance itself.
                bound, qualifier, start = Bound.EXACT, None, item.start
            others = spans_and_periods.copy()
            others.remove((item.start, item.end))
            # Before the unit: a toll the measure finds is a count's unit.
            measure = _measure(text, measured, item, start, others, marks)
            if (
                not measure
                and index > 0
                and found[index - 1].kind is item.kind
                and found[index - 1].unit == item.unit
                and _ELLIPSIS_GAP.fullmatch(text, found[index - 1].end, start) is not None
            ):
                # "would receive a 6% raise this year, …, and 4.5% next year": a figure whose
                # clause says nothing of its own goes on from the one before, whose words
                # it leaves unsaid.
                measure = [w for w in figures[-1].measure if w not in _NOT_CARRIED_ON]
            period = (
                None  # the year is the figure, no period it is told for
                if item.unit in YEARS_OF
                else period_for(
                    periods,
                    item.start,
                    text,
                    figures=governing,
                    sentence_start=sentence.start,
                    written=written,
                )
            )
            if item.unit == CLOCK and (period is None or _YEAR_ONLY.fullmatch(period)):
                # A year the sentence names elsewhere ("The 1965 viaduct … was shut at 8pm on
                # Friday") dates no hour; the day printed beside the time does.
                period = _weekday(text, start, item.end, sentence) or period
            earlier = _YEAR_EARLIER_AFTER.match(text, item.end, sentence.end)
            if item.kind is FigureKind.COUNT and _counted_as(item.unit) in _KIN:
                owner = _kin_owner(text, sentence, start)
                if owner is not None:
                    measure = [*measure, f"{FAMILY_OF} {owner}"]
            own = [word for word in measure if word.isalpha() and word not in _REFERRED_MARKERS]
            told = measured_in.setdefault(number, [])
            told.extend(word for word in own if word not in told)
            referred = measured_in.get(number - 1)
            if (
                referred
                and all(word in _GENERIC_MEASURE for word in own)
                and _REFERS_BACK.search(text, sentence.start, start)
            ):
                # "The lowest tax rate falls to 14% in July. The change will cost $27.2
                # billion": what changes is told in the sentence before; "the change" or "the
                # increase" alone would make any two costs one.
                measure = [*measure, *(w for w in referred if w not in measure)][:_REFERRED_MAX]
            if item.rival is not None:
                # The tally against a rival's is not the rival's: "7 aces to Marchetti's 14".
                measure = [word for word in measure if word not in item.rival]
                if item.rival_tally:
                    # What the words before say of the first tally's side is not the rival's.
                    counted = _content_words(item.head or [])
                    measure = [*counted, *(word for word in item.rival if word not in counted)]
            if (
                earlier is not None
                and (
                    # Not a month's date alone: "cut about 700 jobs in January last year".
                    _COMPARED_BEFORE.search(text, max(sentence.start, start - 40), start)
                    if earlier.group("last_year")
                    else period is None
                )
                and PREVIOUS not in measure
            ):
                # "$650 million a year ago": the level then, whose period goes unstated.
                measure = [PREVIOUS, *measure]
            elif (
                item.head == _SCORE_HEAD
                and period is None
                and PREVIOUS not in measure
                and (opening := _YEAR_AGO_OPENING.match(text, sentence.start, start))
                and not _NOW_BETWEEN.search(text, opening.end(), start)
            ):
                # "Last year Wexcombe scored 89.7 and finished fourth": the score then, not the
                # one the other outlet gives for now, whose period goes unstated as well. Only
                # for a bare score, told by no noun of its own: "Last year, the port handled a
                # record 9.8 million TEU" may be the other's "9.1 million TEU in 2022", an
                # article with no date of its own cannot say.
                measure = [PREVIOUS, *measure]
            elif PREVIOUS not in measure and _PREVIOUSLY_AFTER.match(text, item.end, sentence.end):
                # "146 yen to the dollar …, compared with 143 yen previously": the level the
                # forecast or assumption was before, of the same period.
                measure = [PREVIOUS, *measure]
            figures.append(
                Figure(
                    id=f"{article.id}:f{len(figures) + 1}",
                    article_id=article.id,
                    kind=item.kind,
                    text=text[start : item.end],
                    span=Span(start=start, end=item.end),
                    value=_plain(item.value),
                    low=_plain(item.low),
                    high=_plain(item.high),
                    unit=_held(
                        text,
                        start,
                        _premises_without_power(
                            text,
                            _employed(
                                text,
                                start,
                                _rivals_as_competitors(text, item, _counted_as(item.unit)),
                                item.end,
                            ),
                            start,
                            sentence,
                        ),
                    ),
                    scale=item.scale,
                    precision=_plain(item.precision),
                    bound=bound,
                    qualifier=qualifier,
                    period=period,
                    measure=measure,
                    sentence=sentence,
                    converts=(
                        f"{article.id}:f{first + index}"
                        if index in converted
                        and index > 0
                        and not text[found[index - 1].end : converted[index][0]].strip()
                        else None
                    ),
                )
            )
    return figures
