"""Word-level differences between two texts, for reports and rule messages."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from factcheck.extract.numbers import TENS, UNITS
from factcheck.models import DiffOp, WordDiff

_TOKEN = re.compile(r"\w+(?:[’'‘-]\w+)*|[^\w\s]")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_PUNCTUATION = re.compile(r"[^\w\s']")


def fold(text: str) -> str:
    """What comparison sees: case, curly marks and punctuation do not count as wording."""
    words = _PUNCTUATION.sub(" ", text.translate(_FOLD).casefold()).split()
    # An apostrophe inside a word is part of it ("doesn't"); at its ends it is a single quote
    # mark nested in the quote ("and 'fine' doesn't cut it"), printed double by another outlet.
    return " ".join(word.strip("'") or word for word in words)


# British and American spellings of one word ("scrutinising", "scrutinizing"; "cancelled",
# "canceled"; "colour", "color"): a quote one outlet prints in its house spelling is not
# reworded. Each rule rewrites both spellings to one form, so it needs to be right only in
# that two outlets' spellings meet.
_SPELLING_RULES = [
    (re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|ite|ites|able|ful|er|ers|hood|hoods|ly|less)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=\w)([ea])ll(ed|ing|er|ers)$"), r"\1l\2"),
    (re.compile(r"(?<=\w{3})ogue(s)?$"), r"og\1"),
    (re.compile(r"^(def|off|lic|pret)ence(s)?$"), r"\1ense\2"),
    # "paediatric", "anaesthetic", "oestrogen", "diarrhoea": the digraph American drops.
    (re.compile(r"(?<=[a-z])ae(?=[a-z])|^ae(?=[a-z]{4})"), "e"),
    (re.compile(r"(?<=[a-z])oe(?=[a-z]{2})|^oe(?=[a-z]{4})|(?<=rrh)oe(?=a$)"), "e"),
]
# Words the -our rule would wrongly shorten (American English spells them so too).
_OUR_WORDS = ("detour", "devour", "contour", "velour", "paramour", "troubadour")
_NUMBER_WORDS = {word: str(value) for word, value in {**UNITS, **TENS}.items()}
_SPELLINGS = {
    "programme": "program", "programmes": "programs", "grey": "gray", "cheque": "check",
    "cheques": "checks", "tyre": "tire", "tyres": "tires", "jewellery": "jewelry",
    "judgement": "judgment", "ageing": "aging", "aluminium": "aluminum", "kerb": "curb",
    "plough": "plow", "sceptic": "skeptic", "sceptical": "skeptical", "practise": "practice",
    "practised": "practiced", "practising": "practicing", "enrol": "enroll",
    "fulfil": "fulfill", "instalment": "installment", "manoeuvre": "maneuver",
    # The "-s" British English keeps: "towards", "amongst", "whilst".
    "towards": "toward", "afterwards": "afterward", "backwards": "backward",
    "upwards": "upward", "downwards": "downward", "amongst": "among", "amidst": "amid",
    "whilst": "while", "anymore": "any more", "underway": "under way",
    # A US wire's "tons" for the metric tonnes a British paper prints.
    "tonnes": "tons", "tonne": "ton",
    "aeroplane": "airplane", "aeroplanes": "airplanes", "pyjamas": "pajamas",
    "moustache": "mustache", "storey": "story", "storeys": "stories", "draught": "draft",
    "mould": "mold", "moult": "molt", "smoulder": "smolder", "smouldering": "smoldering",
    "sulphur": "sulfur", "doughnut": "donut", "cosy": "cozy", "artefact": "artifact",
    "artefacts": "artifacts", "sombre": "somber", "skilful": "skillful", "wilful": "willful",
    "enrolment": "enrollment", "fulfilment": "fulfillment", "gaol": "jail",
    # Compounds one house style closes and another prints open, meaning the same: "health
    # care" (AP) and "healthcare". Not words that only join up ("nowhere", "now here").
    "healthcare": "health care", "childcare": "child care", "daycare": "day care",
    "website": "web site", "websites": "web sites", "policymaker": "policy maker",
    "policymakers": "policy makers", "firefighter": "fire fighter",
    "firefighters": "fire fighters", "homeowner": "home owner", "homeowners": "home owners",
    "alright": "all right", "forever": "for ever", "ceasefire": "cease fire",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)
def one_spelling(word: str) -> str:
    """A folded word in one spelling for British and American English (see above); a number
    up to ninety-nine in digits ("five" and "5")."""
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if len(word) < 5 or word.startswith(_OUR_WORDS):
        return word
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


def wording(text: str) -> str:
    """What a quote says, case, punctuation, British or American spelling and the way a number
    is printed aside ("five" and "5", "82%" and "82 per cent"; "world-class" and "world class";
    "any more" and "anymore"): two quotes with the same wording are the same words."""
    words = fold(_house_style(text)).split()
    return " ".join(one_spelling(word) for word in _without_per_cent(words))


# An outlet's house style for what a speaker said: "U.S." or "US", "$3.4-billion" or "$3.4bn".
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}")
_SCALE_AFTER_NUMBER = re.compile(
    r"(?<=\d)\s?-?(bn|billion|tn|trillion|mn|million|m)\b", re.IGNORECASE
)
_SCALE_WORDS = {"bn": "billion", "tn": "trillion", "mn": "million", "m": "million"}
# A unit or time of day printed against its number or apart from it: "700MHz" and "700 MHz",
# "10am" and "10 a.m." (undotted first).
_UNIT_GLUED = re.compile(r"(?<=\d)(?=[^\W\d_])")
# A currency's name after an amount is its sign, which comparison leaves out as punctuation:
# "cutting energy bills by £150" and "by 150 pounds".
# ... as are a currency's letters before it: "net debt of R2.1bn" and "of 2.1 billion rand".
# ... and so for the currencies outlets from where they are spent print both ways: "Rp50
# million" and "50 million rupiah", "KSh2bn" and "2bn shillings" ("won", "dong" and "lei" are
# words too, and stay).
_CURRENCY_LETTERS_BEFORE = re.compile(
    r"\b(?:R|Rs\.?\s?|US|A|C|NZ|HK|NT|Rp\.?\s?|RM\s?|K[Ss]hs?\.?\s?|Dhs?\.?\s?|NIS\s?)(?=\$?\d)"
)
_CURRENCY_AFTER_NUMBER = re.compile(
    r"(?<=\d)(?P<scale>\s?(?:bn|billion|tn|trillion|mn|million|m|crore|lakh))?\s+"
    r"(?:pounds?|dollars?|euros?|rupees?|yen|rand|rupiah|baht|naira|ringgit|lira|shillings?|"
    r"dirhams?|riyals?|rials?|shekels?|hryvnias?|roubles?|rubles?|pesos?|zlotys?|forints?|"
    r"kronor|kroner|reais|taka|yuan)\b(?:\s+sterling\b)?",
    re.IGNORECASE,
)


def _house_style(text: str) -> str:
    """``text`` with abbreviations undotted and scale words after numbers spelt out."""
    if "." in text:
        text = _DOTTED.sub(lambda match: match.group().replace(".", ""), text)
    text = _CURRENCY_AFTER_NUMBER.sub(lambda match: match.group("scale") or "", text)
    text = _CURRENCY_LETTERS_BEFORE.sub("", text)
    text = _SCALE_AFTER_NUMBER.sub(
        lambda match: " " + _SCALE_WORDS.get(match.group(1).casefold(), match.group(1).casefold()),
        text,
    )
    return _UNIT_GLUED.sub(" ", text)


# A hyphen between two letters: "tie-break", "e-mail", "co-operate".
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def same_wording(a: str, b: str) -> bool:
    """Whether two quotes say the same words (see `wording`), a compound printed with a hyphen
    or closed ("tie-break" and "tiebreak") aside. Not words that only join up: "nowhere" and
    "now here", "a part" and "apart" say different things."""
    if wording(a) == wording(b):
        return True
    if "-" not in a and "-" not in b:
        return False
    return wording(_INNER_HYPHEN.sub("", a)) == wording(_INNER_HYPHEN.sub("", b))


def _without_per_cent(words: list[str]) -> list[str]:
    """The words without "per cent" or "percent" after a number: the "%" they stand for is
    punctuation, which comparison leaves out."""
    keys = [_fold_word(word) for word in words]
    kept: list[int] = []
    at = 0
    while at < len(words):
        if kept and keys[kept[-1]][:1].isdigit():
            if keys[at] == "percent":
                at += 1
                continue
            if keys[at : at + 2] == ["per", "cent"]:
                at += 2
                continue
        kept.append(at)
        at += 1
    return [words[index] for index in kept]


# Contractions and the words they stand for ("don't", "do not"): as one word folds ("’" to
# "'"), the irregular ones whole, the others as a stem and an ending.
CONTRACTED = re.compile(r"^(\w+?)(n[’']t|[’'](?:re|ll|ve|m|d))$")
WRITTEN_OUT = {"n't": "not", "n’t": "not", "'re": "are", "’re": "are", "'ll": "will",
               "’ll": "will", "'ve": "have", "’ve": "have", "'m": "am", "’m": "am",
               "'d": "would", "’d": "would"}  # fmt: skip
IRREGULAR = {"won't": ["will", "not"], "won’t": ["will", "not"], "can't": ["can", "not"],
             "can’t": ["can", "not"], "cannot": ["can", "not"],
             "shan't": ["shall", "not"], "shan’t": ["shall", "not"]}  # fmt: skip
# What only the sentence tells: "that's" is "that is" or "that has", "we'd" "we would" or "we
# had". Either reading that gives the other outlet's words makes the same words.
_EITHER = {"'s": (["is"], ["has"]), "'d": (["would"], ["had"])}
_ENDING = re.compile(r"^(\w+?)('s|'d)$")


def _written_out(word: str) -> list[list[str]]:
    """The ways a folded word may be written out: "don't" as "do not", "it's" as "it is" or
    "it has"; any other word as itself."""
    word = word.replace("’", "'")
    if word in IRREGULAR:
        return [IRREGULAR[word]]
    either = _ENDING.match(word)
    if either:
        return [[either.group(1), *full] for full in _EITHER[either.group(2)]]
    contracted = CONTRACTED.match(word)
    if contracted:
        return [[contracted.group(1), WRITTEN_OUT[contracted.group(2)]]]
    return [[word]]


def contracted_apart(a: str, b: str) -> bool:
    """Whether two stretches of a quote are the same words but for contractions, one outlet
    writing out what the other contracts: “don't” and “do not”, “that's” and “that is”."""
    words_a, words_b = fold(a).split(), fold(b).split()
    if words_a == words_b or max(len(words_a), len(words_b)) > 12:
        return False
    readings_a, readings_b = [[]], [[]]  # type: list[list[str]], list[list[str]]
    for words, readings in ((words_a, readings_a), (words_b, readings_b)):
        for word in words:
            readings[:] = [done + way for done in readings for way in _written_out(word)]
    return any(reading in readings_b for reading in readings_a)


# Word diffs fold the same words over and over; words are short, so caching them is cheap.
@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return one_spelling(fold(word))


def _words(text: str) -> list[str]:
    return [token for token in _TOKEN.findall(text) if token[0].isalnum() or token[0] == "_"]


def word_diff(a: str, b: str) -> list[WordDiff]:
    """Edit script from ``a`` to ``b`` over words (punctuation, case, spelling and the way a
    number is printed ignored)."""
    a, b = _house_style(a), _house_style(b)
    words_a, words_b = _without_per_cent(_words(a)), _without_per_cent(_words(b))
    keys_a = [_fold_word(word) for word in words_a]
    keys_b = [_fold_word(word) for word in words_b]
    diff: list[WordDiff] = []
    pending: tuple[int, int, int, int] | None = None  # a run of changes, merged into one

    def flush() -> None:
        if pending is None:
            return
        a0, a1, b0, b1 = pending
        op = DiffOp.REPLACE if a1 > a0 and b1 > b0 else DiffOp.DELETE if a1 > a0 else DiffOp.INSERT
        if (
            op is DiffOp.REPLACE
            and _joined(keys_a[a0:a1]) == _joined(keys_b[b0:b1])
            and (
                _compound(words_a[a0:a1], keys_a[a0:a1]) or _compound(words_b[b0:b1], keys_b[b0:b1])
            )
        ):
            # "tie-break" and "tiebreak", "any more" and "anymore": one word, printed apart.
            # Not "nowhere" and "now here", which only join up.
            op = DiffOp.EQUAL
        diff.append(WordDiff(op=op, a=" ".join(words_a[a0:a1]), b=" ".join(words_b[b0:b1])))

    for op in Levenshtein.opcodes(keys_a, keys_b):
        if op.tag == "equal":
            flush()
            pending = None
            diff.append(
                WordDiff(
                    op=DiffOp.EQUAL,
                    a=" ".join(words_a[op.src_start : op.src_end]),
                    b=" ".join(words_b[op.dest_start : op.dest_end]),
                )
            )
        elif pending is None:
            pending = (op.src_start, op.src_end, op.dest_start, op.dest_end)
        else:
            pending = (pending[0], op.src_end, pending[2], op.dest_end)
    flush()
    return diff


def _compound(words: list[str], keys: list[str]) -> bool:
    """Whether the words print a compound: hyphenated, or a closed one spelt apart ("anymore")."""
    return any("-" in word for word in words) or any(" " in key for key in keys)


def _joined(keys: list[str]) -> str:
    return "".join(keys).replace(" ", "")


def describe(diff: list[WordDiff]) -> str:
    """A one-line summary of the changes: “We’ll be building” → “We will build”; +“things”.
    Words cut in one place and put in another are said to move (“Food, shelter and clean
    water” against “Shelter, food and clean water”: moved “shelter”), and two words each put
    in the other's place to swap."""
    changes = [change for change in diff if change.op is not DiffOp.EQUAL]
    keys = [(_key(change.a), _key(change.b)) for change in changes]
    said: set[int] = set()
    parts: list[str] = []
    for index, change in enumerate(changes):
        if index in said:
            continue
        partner = next(
            (
                other
                for other in range(index + 1, len(changes))
                if other not in said and _moved_or_swapped(change, changes[other], keys[index],
                                                           keys[other])
            ),
            None,
        )  # fmt: skip
        if partner is not None:
            said.add(partner)
            if change.op is DiffOp.REPLACE:
                parts.append(f"“{change.a}” and “{change.b}” swapped")
            else:
                # As the first article prints it, where it was cut.
                parts.append(f"moved “{change.a or changes[partner].a}”")
        elif change.op is DiffOp.REPLACE:
            parts.append(f"“{change.a}” → “{change.b}”")
        elif change.op is DiffOp.DELETE:
            parts.append(f"−“{change.a}”")
        else:
            parts.append(f"+“{change.b}”")
    return "; ".join(parts) if parts else "punctuation or case only"


def _key(words: str) -> str:
    return " ".join(_fold_word(word) for word in words.split())


def _moved_or_swapped(
    one: WordDiff, other: WordDiff, one_keys: tuple[str, str], other_keys: tuple[str, str]
) -> bool:
    """Whether ``other`` undoes ``one`` elsewhere: what one cuts, the other puts in (a word
    moved), or two replacements each the other's reverse (two words swapped)."""
    if one.op is DiffOp.REPLACE and other.op is DiffOp.REPLACE:
        return one_keys == (other_keys[1], other_keys[0])
    if {one.op, other.op} == {DiffOp.DELETE, DiffOp.INSERT}:
        cut = one_keys[0] or other_keys[0]
        put = one_keys[1] or other_keys[1]
        return bool(cut) and cut == put
    return False
