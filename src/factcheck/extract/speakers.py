"""Who said it: names near a quote, pronouns, organisations and continuations.

The article is read once for the people and organisations it names (`Cast`), then each quote's
attribution (the words before its opening mark and after its closing mark, in its sentence)
is matched against a small grammar: NAME CUE, CUE NAME, PRONOUN CUE, "according to NAME",
a cue alone ("Adding:") for a continuation, and a participle cue ("by stating,") whose subject
opens the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.extract.bodies import ORG_NOUNS
from factcheck.extract.first_names import FIRST_NAMES, Gender
from factcheck.extract.numbers import MULTIPLIERS, TENS, UNITS, by_length
from factcheck.extract.sentences import new_span
from factcheck.models import (
    BODY_NAME_WORDS,
    Attribution,
    Span,
    Speaker,
    SpeakerKind,
    names_body,
    unaccented,
)

CUE_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "adding",
    "noted",
    "notes",
    "stated",
    "states",
    "stating",
    "explained",
    "explains",
    "explaining",
    "wrote",
    "writes",
    "asked",
    "asks",
    "argued",
    "argues",
    "continued",
    "continues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "replied",
    "replies",
    "reply",
    "responded",
    "responds",
    "recalled",
    "remarked",
    "declared",
    "announced",
    "claimed",
    "claims",
    "conceded",
    "admitted",
    "acknowledged",
    "emphasized",
    "emphasised",
    "stressed",
    "tweeted",
    "posted",
    "joked",
    "continuing",
    "shouted",
    "whispered",
    "suggested",
    "observed",
    "commented",
    "confirmed",
    "predicted",
    "cautioned",
    "concluded",
    "testified",
    "boasted",
    "vowed",
    "pledged",
    "promised",
    "countered",
    "quipped",
    "mused",
    "according",
    "saying",
    # Verbs of sending a message, whose words are quoted as said ones are: "Once in orbit,
    # Brennan radioed a message home: ‘The view is even better than they told me.’", "she
    # texted", "he messaged his brother:".
    "radioed",
    "messaged",
    "texted",
    "emailed",
    # Verbs of regretting aloud, whose object is often the speaker's words: "Rory Maddox … was
    # left ruing “too many shots” dropped on the back nine", "she lamented “a lost decade”".
    "rued",
    "rues",
    "ruing",
    "rueing",
    "lamented",
    "laments",
    "lamenting",
    "bemoaned",
    "bemoans",
    "bemoaning",
)
_CUE_ORDER = by_length(CUE_VERBS)
_CUE = r"(?:" + "|".join(_CUE_ORDER) + r")"


def _word_alternation(words: list[str]) -> str:
    """``\\b(?:word|word…)`` tried in the order given, written so that a search jumps from
    letter to letter: each alternative opens with its first letter (the words are grouped by
    it, in their order) and then looks behind for the word boundary. A pattern opening with
    ``\\b`` is tried at every position, which is slow."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return (
        "(?:"
        + "|".join(
            rf"{re.escape(first)}(?<!\w{re.escape(first)})(?:{'|'.join(rests)})"
            for first, rests in groups.items()
        )
        + ")"
    )


# Letters a name may hold, in any script of Europe: "André Ventura", "José Palmeira", "Łukasz
# Nowak", "Şebnem Korur". Classes for patterns, capitals and small letters apart (``[A-Z]``
# and ``[a-z]`` with every accented letter, as Python's patterns have no ``\p{Lu}``).
_LETTER_RANGES = ((0xC0, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF))
UPPER = "A-Z" + "".join(
    chr(c) for low, high in _LETTER_RANGES for c in range(low, high + 1) if chr(c).isupper()
)
LOWER = "a-z" + "".join(
    chr(c) for low, high in _LETTER_RANGES for c in range(low, high + 1) if chr(c).islower()
)
_UP = f"[{UPPER}]"
_LO = f"[{LOWER}]"
# The ranks of the forces and the police are printed short too, with a stop (AP style: "Cmdr.
# Marco Ferrante, a coast guard spokesman, told reporters", "Maj. Gen. Tom Reid", "Det. Sgt.")
# or without (British: "Cmdr Marco Ferrante", "Brig Tom Reid", "Det Insp Jane Doe").
_RANK_TITLES = "Cmdr Cdr Comdr Maj Brig Adm Insp Det Cpl Pte".split()
_NAME_TITLES = [
    *"Mr Mrs Ms Dr St Jr Sr Sen Rep Gov Gen Prof Rev Capt Col Lt Sgt Supt Cllr".split(),
    *_RANK_TITLES,
]
# An initial printed without its full stop, British style ("Isro chairman S Raghunathan",
# "M Lakshmi Devi"): a lone capital before another capitalised word. Never "A", "I" or "O",
# which are words of their own ("A Reuters reporter", "I Told Him", "O Mouse").
# (The capital after it is read as any letter but a small ASCII one: a copy of `_UP` there made
# every pattern holding a name far slower to compile.)
_BARE_INITIAL = r"(?<![AIO])(?=\s+(?-i:[^\W\d_a-z]))"
# A Balinese name opens with "I" (a man's) before the name saying the order of birth or the
# caste: "“There is no reason for tourists in the south of the island to panic,” Bali Gov. I
# Nyoman Sudirta said". "I" before one of those names is a name's word, not the pronoun.
_BALINESE_NAMES = frozenset(
    "Wayan Made Nyoman Ketut Putu Gede Kadek Komang Nengah Gusti Dewa Ngurah".split()
)
_BALINESE_I = rf"(?-i:(?<=I)(?=\s+(?:{'|'.join(sorted(_BALINESE_NAMES))})\b))"
# The capital opening every other form is read once: each copy of `_UP` (hundreds of letters)
# made every pattern holding a name slower to compile.
# Initials may run together, as in an abbreviation: "Acting U.S. Attorney Rachel Lindqvist".
_NAME_WORD = (
    rf"(?:(?:{'|'.join(_NAME_TITLES)})\.|{_UP}(?:\.(?:[A-Z]\.)*|[\w’'\-]*[^\W_]|{_BARE_INITIAL}"
    rf"|{_BALINESE_I}))"
)
# The small words of a surname, printed in lower case inside a name: "Pieter van Wyk", "F. W. de
# Klerk", "Faf du Plessis", "Marc-André ter Stegen", "Mohammed bin Salman". A second one may
# follow the first ("Ursula von der Leyen", "Juan de la Cruz", "Ruben van den Berg"), and "al"
# or "el" may be joined by a hyphen ("Omar al-Masri", "Abdel Fattah el-Sisi").
_PARTICLES = frozenset(
    "de van von der den da das do dos du di del della la las los le ter ten bin ibn al el".split()
)
_SECOND_PARTICLES = frozenset("der den de la las los le van".split())
_HYPHEN_PARTICLES = ("al-", "el-")
# The particles that may open a surname standing alone, before its capitalised word: "van Wyk
# said", "said de Klerk", "according to von der Leyen". Not "do" or "ten", which are English
# words before a capital more often ("ten Democrats said") than "ten Hag".
_LEAD_PARTICLES = _PARTICLES - {"do", "ten", "der", "den", "las", "los"}
_NAME_JOIN = (
    r"\s+(?:(?:" + "|".join(by_length(_PARTICLES)) + r")\s+"
    r"(?:(?:" + "|".join(by_length(_SECOND_PARTICLES)) + r")\s+)?"
    r"|(?:al|el)-)?"
)
# The lower-case particles opening a surname printed alone ("van Wyk", "von der Leyen",
# "al-Masri"), read before its capitalised word where a name opens a speaker's attribution.
_PARTICLE_LEAD = (
    r"(?:(?:" + "|".join(by_length(_LEAD_PARTICLES)) + r")\s+"
    r"(?:(?:" + "|".join(by_length(_SECOND_PARTICLES)) + r")\s+)?"
    r"|(?:al|el)-)"
)
_NAME = rf"{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,3}}"
# After a quote, where the match is anchored and cheap, up to eight words: "Senate Minority
# Leader Mitch McConnell", "Calder Street Chief Financial Officer Dana Whitlock" (titles, and
# the organisation before them, are stripped later). Everywhere else four: longer runs made
# every search slower.
_LONG_NAME = rf"{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,7}}"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e)"
# An organisation's or a party's short form in brackets after its name: "Indian Space Research
# Organisation (Isro) chairman S Raghunathan", "of the Social Democrats (SPD) told".
_ABBREVIATION = r"\((?-i:[^\W\d_a-z])[\w&.-]{0,11}\)"
# An aside in brackets between a name and its verb, the short form among them: "“This is not
# a blank cheque,” Councillor Janine Okafor (District 7) said during the debate", "Rep. Adam
# Schiff (D-Calif.) said", "Mr Reid (pictured) said".
_ASIDE = r"\([^()“”\"\n]{1,40}\)"
# An age in apposition before another: "Mark Delaney, 52, a software engineer from Boston who
# was returning from a wedding, said the descent “felt like a roller coaster…”".
_AGED = r"(?:,\s+\d{1,3})?"
# What a role word may be the last part of: "Ruth Adebayo, vice-chancellor of the university,
# said", "a pro-vice-chancellor", "deputy-governor".
_ROLE_PREFIX = r"(?:[a-z]+-)*"

# Words that say a capitalised run is an organisation, not a person.
ORG_WORDS = frozenset(
    "inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc group "
    "platforms bank university ministry department agency association council commission "
    "committee police court party government office institute foundation fund service "
    "services board reuters press news times post journal network authority union "
    "federation airlines airways ferries motors technologies labs systems holdings partners "
    "capital hospital clinic school college trust charity alliance coalition movement "
    "league bureau "
    # "The National Cyber Security Centre, which is working with…, said", "the Carter Center":
    # a body's, never a person's.
    "centre center "
    # "the Intensive Care Society", "The Irish Nurses and Midwives Organisation", "Institute
    # for Marine and Antarctic Studies", "Narmada Speciality Chemicals Ltd.": never a person's.
    "society organisation organization chemicals industries pharmaceuticals".split()
)
# What a firm's name ends with, saying what it trades in: "Kyranis Tankers", "Greenmoor Fresh",
# "Brightwater Pictures", "Halvorsen Foods", "Corvel Energy". None is a person's surname (not
# "Steel", "Power" or "Marsh"), and they name a business only as a name's last word, so they
# are not `ORG_WORDS`, which also mark an organisation inside a name and are cut from its end
# ("Development Office" is kept as "Development").
_TRADE_WORDS = frozenset(
    "tankers shipping shipyards seaways freight logistics haulage couriers foods fresh farms "
    "dairies bakeries breweries brewing distillers beverages pictures studios films media "
    "entertainment publishing cinemas hotels resorts petroleum energy mining minerals metals "
    "resources pharma therapeutics biosciences laboratories healthcare telecom telecoms "
    "communications electronics software brands retail stores supermarkets properties "
    "construction aerospace aviation automotive ventures enterprises investments insurance "
    "securities "
    # "Caledonia Gas Networks", "Cadent Gas", "Northern Utilities": a gas, water or power
    # company's. (Not "Water" or "Power", which are surnames too.)
    "networks utilities gas "
    # "Meridian Cruise Line", "Stena Line", "Royal Caribbean Cruises", "P&O Cruises": a
    # shipping or cruise company's. (Not "Lines", a surname too, nor "Cruise": "Tom Cruise".)
    "line cruises "
    # "Fitch Ratings", "S&P Global Ratings": a credit-rating agency's, never a surname.
    "ratings".split()
)
# What a public body's name ends with, plural or a district's: "Millbrook City Schools",
# "Cook County School District", "Hartford Public Schools". Read as a firm's trade is, as a
# name's last word only (see `_TRADE_WORDS`): "District" inside one is a role's ("US District
# Judge Rebecca Hollis"), and neither is a person's surname.
_BODY_ENDINGS = frozenset("schools colleges universities hospitals district districts".split())
ROLE_WORDS = frozenset(
    "ceo cfo coo cto chairman chairwoman chair president founder co-founder spokesperson "
    "spokesman spokeswoman director minister secretary senator governor mayor coach chief "
    "executive manager analyst professor dr. mr. mrs. ms. sen. rep. gov. gen. judge lawyer "
    "attorney economist leader head officer prosecutor barrister solicitor detective "
    "inspector sergeant constable superintendent commissioner sheriff chancellor ambassador "
    "envoy adviser advisor strategist researcher scientist captain colonel admiral "
    "lieutenant commander bishop archbishop author co-author campaigner witness resident "
    "eyewitness owner teacher doctor nurse surgeon pilot lecturer consultant negotiator "
    "candidate auctioneer engineer farmer grower chef agent broker trader dealer curator "
    "collector architect designer editor reporter correspondent producer investigator player "
    "striker goalkeeper midfielder defender winger councillor premier juror academic "
    "historian physician psychologist paramedic firefighter volunteer activist survivor "
    "pediatrician paediatrician epidemiologist virologist midwife pharmacist "
    "student speaker passenger driver commuter motorist shopper customer worker employee "
    "patient victim bystander neighbour neighbor tourist visitor pensioner parent fan "
    "cyclist pedestrian principal statistician technician clinician politician "
    "mathematician forecaster organiser organizer teammate team-mate "
    # "Meteorologist Nadia Rahman said": the sciences a report quotes an expert of, which
    # open the name's run capitalised at a sentence's start as "Economist" does.
    "meteorologist climatologist epidemiologist virologist seismologist hydrologist "
    "acoustician glaciologist volcanologist geologist ecologist biologist "
    # "Conservative finance critic Greg Tannahill said", "Democratic lawmaker Ro Khanna said"
    "critic lawmaker legislator "
    # "Local MP Gareth Lyle described the shooting as “an appalling act of violence”": a
    # member's letters before the name are a role, as "councillor" is (after it, a suffix).
    # "Fine Gael TD Ruairí Costigan said", "Sinn Féin MLA Emma Sheerin said": an Irish or a
    # Northern Irish member's too. (Not a Welsh member's "MS", which is also "Ms": see
    # `_MEMBER_CAPITALS`.) "Transport MEC Nomvula Khumalo, who visited the site, was blunt": a
    # South African province's minister (a Member of the Executive Council) is one too.
    "mp mep msp td mla mec "
    # "“…gift cards will be honoured for the next four weeks,” joint administrator Rebecca
    # Thorne said in a statement": the offices of insolvencies and of regulation.
    "administrator liquidator receiver auditor examiner trustee regulator coordinator "
    # "“Our teams are digging by hand in many places,” NDRF commandant Vikram Singh Rathore
    # said", "Shadow treasurer Angus Reilly said", "Its chairperson, Gerard Lyons, said": the
    # offices of a force, a court, a district, a school or a body, printed in lower case before
    # the name as "district collector" is.
    "commandant brigadier marshal magistrate coroner registrar ombudsman treasurer "
    "chairperson headteacher headmaster headmistress "
    # "Inspector-General of Police Harshad Rathod", "the UN secretary-general": one office,
    # where "general" alone is no role (see `_GENERAL`).
    "inspector-general director-general secretary-general attorney-general solicitor-general "
    "governor-general surgeon-general "
    # "“Nobody rebuilds alone,” host Lachlan Burke told viewers", "said TV presenter Tom Reid",
    # "veteran broadcaster Kerry O'Brien said": the jobs of radio and television, printed in
    # lower case before the name as "spokesperson" or "chef" is.
    "host co-host presenter co-presenter commentator broadcaster newsreader anchor "
    "pundit".split()
)
# "Gwent Police", "Lancashire Constabulary", "An Garda Síochána", "London Fire Brigade", "HM
# Coastguard", "the US Coast Guard": a word naming a police force or an emergency service, last
# in its name, which is an organisation's whatever the words before it (a place's: "Gwent"
# alone is no body, and no person). First, only "Police" does ("Police Scotland"): "Garda
# Cregan" is a garda, a rank, as "Constable Cregan" is.
_FORCE_WORDS = frozenset("police constabulary síochána siochana coastguard guard brigade".split())
# "West Midlands Fire Service", "Scottish Ambulance Service", "Metropolitan Police Service": a
# service's name is kept whole, as its words say what it is ("Scottish Ambulance" says little).
_SERVICE_WORDS = _FORCE_WORDS | frozenset(("garda", "fire", "ambulance", "rescue"))
# The words a report calls a body's people by, lower case and bare, after a quote: "‘…,’
# gardaí said" is the police speaking.
_BODY_PEOPLE = {"gardaí": "police", "gardai": "police"}
_BODY_WORDS = frozenset(BODY_NAME_WORDS) | frozenset(_BODY_PEOPLE)
# The words a report calls a force's people by, which may be another body's ("prison
# officers"): "‘…,’ officers said" is the force only where the article names one.
_FORCE_PEOPLE = {"officers": "police", "detectives": "police"}


# Roles a firm or a public body holds as often as a person: "energy regulator Ofgem", "auditor
# Deloitte". A one-word name after one is the organisation's ("joint administrator Rebecca
# Thorne" is a person's name).
_FIRM_ROLES = frozenset("administrator liquidator receiver auditor regulator".split())
# What an airline's name holds: "SkyIndus Airways", "Air India", "Kenya Air". Not "Air
# Marshal Sir Ian Macfadyen", a rank.
_AIRLINE_WORDS = frozenset(("airways", "airlines", "air"))
_AIR_RANKS = frozenset(("marshal", "vice-marshal", "vice", "commodore", "chief"))
# "Plaid Cymru MS Delyth Jewell said": a Member of the Senedd's letters are a role before the
# name, as "MP" is, but only in capitals: "Ms" is a title, which opens a run ("Ms Delyth
# Jewell") and is read as one.
_MEMBER_CAPITALS = frozenset(("MS",))
# Letters after a name, not part of it: "Daniel Ferris KC", "Martin Luther King Jr.", "Alan
# Kerr MLA", "Ruairí Costigan TD", "Jane Hutt MS" (a member of a parliament or an assembly:
# Westminster's, Europe's, Holyrood's, the Dáil's, Stormont's, the Senedd's; "AM", its old
# name), an honour ("KBE", "DBE").
_NAME_SUFFIXES = frozenset(
    "kc qc mp mep msp td mla ms am jr jr. sr sr. ii iii iv phd obe mbe cbe kbe dbe".split()
)
# A party's member, as an adjective or a noun, before a name: "Conservative Greg Tannahill",
# "Democrat Nancy Pelosi", "Liberal Democrat Ed Davey". What the person is, not who.
_PARTY_MEMBERS = frozenset(
    "conservative tory labour liberal democrat democratic republican socialist green unionist "
    "nationalist".split()
)
_TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. prof prof. rev rev. capt capt. "
    "col col. lt lt. sgt sgt. supt supt. cllr cllr. sir dame lord lady gen".split()
) | frozenset(f"{rank.casefold()}{stop}" for rank in _RANK_TITLES for stop in ("", "."))
_NOT_NAMES = frozenset(
    "the a an this that these those but and or so if when while as in on at by for from of "
    "to with after before during monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "what why how who where because however thursday’s he she they it we i you his her their "
    "its our "
    # Adverbs opening a sentence: "Then Marsh said", "Asked about the vote, Reid said".
    "then later meanwhile earlier asked instead still also now afterwards separately "
    "elsewhere yesterday today tonight again finally nonetheless nevertheless moreover "
    # Quantifiers opening a sentence: "Some buyers, she said, would…" names no one "Some".
    "some many several few most both".split()
)
# Groups, capitalised where they open a sentence: "Critics said…" names no one.
_GROUP_WORDS = frozenset(
    "critics analysts officials experts economists investors residents witnesses police "
    "authorities researchers scientists lawmakers officers doctors protesters campaigners "
    "unions sources observers traders shareholders executives voters prosecutors "
    "firefighters paramedics fans supporters opponents neighbours neighbors staff".split()
) | frozenset(
    # Any role in the plural is a group too: "Nurses say they have gone back to paper".
    f"{role}s"
    for role in ROLE_WORDS
    if "." not in role and not role.endswith("s")
)
_NOT_NAMES = _NOT_NAMES | _GROUP_WORDS

# "“…,” the PSNI said", "the FBI said", "PSNI said": an all-capitals word of two to six letters
# speaking is a body's short form, never a person's name (a person's is capitalised, or
# initials with their stops: "J.K. Rowling"). Not a role's letters ("the MP said", "said the
# CEO", "the PM said", "Sinn Féin MLA", a detective's rank), nor a country's ("the US said"),
# nor a person's initials the article spells out ("JFK" of "John F. Kennedy": see
# `Cast.initials_of_person`).
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROLE_ACRONYMS = frozenset(
    word.upper() for word in ROLE_WORDS | _NAME_SUFFIXES | _TITLES if word.isalpha()
) | frozenset(
    "PM VP MD GP MLA TD AM MS SC JP DA ADA AG DJ MC PC PCSO DC DS DI DCI DCS DSI CIO CMO "
    # Indian police and government ("the SP said": the superintendent of police), a British
    # senior investigating officer, a vice-chancellor.
    "GM CO CM SP DCP SHO DGP SSP ACP IO VC SIO".split()
)
_PLACE_ACRONYMS = frozenset("US UK USA UAE GB NI NZ DRC PRC".split())


# A role's letters printed before its holder's name, in capitals only, and cut off it as a role
# word is (see `_role_letters`): "IGP Douglas Kanja said" (Kenya's Inspector-General of
# Police), "DIG", a deputy's, "DPP" (Director of Public Prosecutions), "CAS" (Chief
# Administrative Secretary), "OCS" and "OCPD" (the officers commanding a station and a police
# division), "MCA" (a Member of a County Assembly), "CEC" (a county's executive), "GOC" and
# "CDF" (a general officer commanding, a chief of the defence forces), and the ranks of the
# police in Britain and India (see `_ROLE_ACRONYMS`). Three letters or more, read wherever
# they stand before a name.
_ROLE_LETTERS = frozenset(
    "IGP DIG DPP CAS OCS OCPD MCA CEC GOC CDF "
    "DCI DCS DSI SIO PCSO SHO DCP DGP SSP ACP ACC DCC".split()
)
# Two letters may be a person's initials printed without their stops ("CS Lewis", "PS
# Sreedharan Pillai", "PK Suresh Kumar"): a role's two letters are read as one only after a
# capitalised word qualifying the role, a portfolio or a place: "Interior CS Kithure Kindiki"
# (a Cabinet Secretary), "Treasury PS Chris Kiptoo" (a Principal Secretary), "Punjab CM
# Bhagwant Mann", "Pakistan PM Shehbaz Sharif", "Kenya Power MD Joseph Siror".
_QUALIFIED_ROLE_LETTERS = frozenset(
    "CS PS CJ PM VP CM MD GM AG DA JP DC DS DI PC SP IO VC CO".split()
)


def _name_word_after_letters(word: str) -> bool:
    """Whether ``word`` may be part of a person's name after a role's letters: capitalised (or
    an initial), and no word of an organisation's, a role's or a force's."""
    return (
        _PERSON_WORD.fullmatch(word) is not None
        and not word.isupper()
        and word.casefold() not in _ORGANISATION_ENDINGS
        and not _role_or_title(word)
    )


def _qualifies_letters(word: str) -> bool:
    """Whether ``word``, before a run's capitals, is a portfolio or a place qualifying a role
    ("Interior", "Punjab"): capitalised, no title or role of its own ("Revenue Minister PK
    Suresh Kumar": the initials open the minister's name), no word opening a sentence
    ("Yesterday", "When")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and word.casefold() not in _NOT_NAME_START
        and not _role_or_title(word)
    )


def _role_letters(words: list[str], at: int) -> bool:
    """Whether ``words[at]``, a run's word in capitals, is a role's letters before its holder's
    name of two words at least: a known role's (see `_ROLE_LETTERS`), two letters of one after
    a word qualifying it (see `_QUALIFIED_ROLE_LETTERS`), or any short capitals qualified so
    before a common first name ("Kakamega CECM Mary Wanjiru"). Not a place's or a body's
    letters ("US Coast Guard", "WMBK Public Radio", "Microsoft AI Red Team")."""
    word = words[at]
    if (
        len(words) - at < 3
        or _ACRONYM.fullmatch(word) is None
        or word in _PLACE_ACRONYMS
        or not all(_name_word_after_letters(name) for name in words[at + 1 :])
    ):
        return False
    if word in _ROLE_LETTERS:
        return True
    if not at or not _qualifies_letters(words[at - 1]):
        return False
    return word in _QUALIFIED_ROLE_LETTERS or words[at + 1] in FIRST_NAMES


def _acronym(name: str) -> bool:
    """Whether ``name`` is a body's short form by its letters alone (see `_ACRONYM`)."""
    return (
        _ACRONYM.fullmatch(name) is not None
        and name not in _ROLE_ACRONYMS
        and name not in _PLACE_ACRONYMS
    )


@dataclass
class Mention:
    name: str
    span: Span
    kind: SpeakerKind
    # The name is doing something: "Mannery looked", "Turpin, who…". Read for people only
    # (see `Cast.last_person_before`), so `read_cast` decides it for them only.
    subject: bool = False
    # An organisation's name only qualifying a noun after an article or a count ("a Major
    # League Soccer team"): merely mentioned, not a body the report goes on with.
    qualifier: bool = False


_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+$")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# How far back the person "the 20-year-old said" describes may have been named: the
# paragraph before, not the story.
_EPITHET_REACH = 600


@dataclass
class Cast:
    """The people and organisations an article names, in order."""

    mentions: list[Mention] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # surname → fullest name
    organisations: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    roles: dict[str, str] = field(default_factory=dict)  # "senator" → the person last given it
    # Each role someone is introduced in, before the name or in apposition after it, with
    # where, the capitalised words qualifying it and who: "Ireland coach Declan Rourke",
    # "Conor Walsh, the Ireland captain," → (offset, "captain", {"ireland"}, "Conor Walsh").
    introductions: list[tuple[int, str, frozenset[str], str]] = field(default_factory=list)
    genders: dict[str, Gender] = field(default_factory=dict)  # person → gender, when it shows
    # The people whose gender only a common first name shows: "Phil" is mostly a man's, but
    # "Phil Ní Chonaill said … ‘…,’ she said" shows her a woman (see `_read_quote_pronouns`).
    guessed: set[str] = field(default_factory=set)
    # organisation → what its apposition calls it: "SkyIndus, India's third-largest airline,"
    described: dict[str, str] = field(default_factory=dict)
    # surname → the people sharing it, when two or more do ("Bernadette Walsh", "Tom Walsh"):
    # the surname alone is the first named (see `full_names`), unless a title says otherwise.
    namesakes: dict[str, list[str]] = field(default_factory=dict)
    # Where an office's name printed with the words listed before it ends → where it opens and
    # the name whole: "the Foreign, Commonwealth and Development Office" (see `_listed_name`).
    listed: dict[int, tuple[int, str]] = field(default_factory=dict)
    # Each spokeswoman or spokesman acting unnamed ("A TGA spokeswoman said patients should
    # not stop taking the tablets"), with the gender the word shows: whom a "she said" after
    # it may refer to (see `_speaker`).
    spokespeople: list[tuple[Gender, re.Match[str]]] = field(default_factory=list)
    # The people among the mentions (and those acting as subjects) with their start
    # offsets: built on the first pronoun, once `mentions` is complete.
    _people: list[Mention] | None = field(default=None, repr=False)
    _subjects: list[Mention] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _subject_starts: list[int] = field(default_factory=list, repr=False)
    _ordered: bool = field(default=True, repr=False)
    _name_finder: re.Pattern[str] | None = field(default=None, repr=False)
    _paragraph_starts: list[int] | None = field(default=None, repr=False)
    _printed_nationals: list[tuple[int, str, str]] | None = field(default=None, repr=False)
    _folded_surnames: dict[str, str] | None = field(default=None, repr=False)
    _folded_count: int = field(default=0, repr=False)
    # Where each quote in single marks closes → where it opens (see `_quote_closed_before`):
    # ’ is also the apostrophe, so the caller finds them.
    _single_quote_opens: dict[int, int] = field(default_factory=dict, repr=False)
    text: str = field(default="", repr=False)

    def canonical(self, name: str) -> str:
        words = name.split()
        if len(words) == 1 and words[0] in self.full_names:
            return self.full_names[words[0]]
        if len(words) == 1 and (surname := self._unaccented_surname(words[0])):
            # "Tomas Kollar said … ‘…,’ said Kollár": one surname, an accent aside.
            return self.full_names[surname]
        if len(words) == 1 and words[0][:3].casefold() in _HYPHEN_PARTICLES:
            # "Al-Masri said", capitalised at a sentence's start, is "Omar al-Masri".
            lowered = words[0][:1].lower() + words[0][1:]
            return self.full_names.get(lowered, name)
        if (
            len(words) >= 2
            and words[-1] in self.full_names
            and all(word.casefold() in _PARTICLES for word in words[:-1])
        ):
            # "van Wyk said", "Van Wyk said" at a sentence's start: the surname with its
            # particles is the full name ending so ("Pieter van Wyk"), in whichever case.
            full = self.full_names[words[-1]]
            folded, tail = full.casefold(), name.casefold()
            if folded == tail or folded.endswith(f" {tail}"):
                return full
        return name

    def _unaccented_surname(self, word: str) -> str | None:
        """The surname of a full name the article printed that ``word`` is, accents aside."""
        # Looked up, not scanned: a long article names thousands of people and asks this of
        # every surname printed alone. The index is rebuilt if surnames were added since.
        if self._folded_surnames is None or self._folded_count != len(self.full_names):
            folded_surnames: dict[str, str] = {}
            for surname in self.full_names:
                folded_surnames.setdefault(_unaccented(surname), surname)
            self._folded_surnames = folded_surnames
            self._folded_count = len(self.full_names)
        return self._folded_surnames.get(_unaccented(word))

    def namesake(self, name: str, gender: Gender | None) -> str:
        """Whom a surname alone refers to, where the article names two people sharing it: the
        one of the gender its title shows ("Mrs Walsh" is Bernadette Walsh, the victim's mother,
        not Ciarán Walsh), the first named of those it shows to be of it; else the one named
        first (see `canonical`)."""
        people = self.namesakes.get(name) if gender is not None else None
        if people:
            matching = [person for person in people if self.genders.get(person) is gender]
            if matching:
                return matching[0]  # the first named of that gender
        return self.canonical(name)

    def full_organisation(self, name: str) -> str:
        """The fullest organisation name that starts with ``name``: "Northline" → "Northline
        Rail" when the article names it so; else ``name``."""
        longer = [org for org in self.organisations if org.startswith(f"{name} ")]
        return max(longer, key=lambda org: (len(org), org), default=name)

    def organisation_speaker(
        self, name: str, attribution: Attribution, cue: str | None, span: Span | None
    ) -> Speaker:
        """The organisation ``name`` (in its fullest form) as the speaker of a quote."""
        listed = self.listed.get(span.end) if span is not None else None
        if span is not None and listed is not None and listed[0] <= span.start < span.end:
            # "The Foreign, Commonwealth and Development Office said": the office whole, not
            # "Development", which a name searched for from its capital finds.
            span, name = new_span(listed[0], span.end), listed[1]
            return Speaker(
                name=name, kind=SpeakerKind.ORGANISATION, attribution=attribution, cue=cue,
                span=span,
            )  # fmt: skip
        return Speaker(
            name=self.full_organisation(name),
            kind=SpeakerKind.ORGANISATION,
            attribution=attribution,
            cue=cue,
            span=span,
        )

    def kind_of(self, name: str) -> SpeakerKind:
        canonical = self.canonical(name)
        if canonical in self.organisations or name in self.organisations:
            return SpeakerKind.ORGANISATION
        return SpeakerKind.PERSON

    def last_organisation_before(self, offset: int, noun: str | None = None) -> Mention | None:
        """What "the company" refers to: the last organisation named before ``offset``, or the
        last firm acting there (see below). What "the airline" refers to: the last one shown
        to be an airline (see `is_a`), if any; a city or a regulator named since is not. Never
        one named inside the quote the words at ``offset`` attribute: in "“Banksia had every
        chance to protect its patients,” the group wrote.", the group is not its target."""
        organisations = self.organisations_before(offset)
        if noun is not None:
            shown = [m for m in organisations if self.is_a(m.name, noun)]
            if shown and all(m.qualifier for m in shown):
                # "Hurwitz's firm owns a stake in a Major League Soccer team. The EFL
                # confirmed the takeover in a statement. “…,” the league said.": a body named
                # only inside a noun phrase gives way to one acting since, in that paragraph
                # or the one before, that nothing shows to be another kind of body: the
                # report goes on with it.
                acting = self._acting_recently(
                    [m for m in organisations if m.subject and self._may_be_a(m.name, noun)],
                    offset,
                )
                if acting is not None and acting.span.start > shown[-1].span.start:
                    shown = [acting]
            if not shown and noun in _COMPANY_NOUNS:
                # "In a statement, the company said" after "the Bharuch Civil Hospital": a
                # hospital, a police force or a court is no company.
                shown = [m for m in organisations if self.described.get(m.name) not in _PUBLIC]
                # "Caledonia Gas Networks said it had cut the supply after a call from the
                # Scottish Fire and Rescue Service. In a statement, the company said:": the firm
                # acting last (the subject of a cue or a verb), in that paragraph or the one
                # before, is the one the report goes on with, not one merely named since.
                acting = self._acting_recently([m for m in shown if m.subject], offset)
                shown = [acting] if acting is not None else shown
            organisations = shown or organisations
        return max(organisations, key=lambda m: m.span.start, default=None)

    def organisations_before(self, offset: int) -> list[Mention]:
        """The organisations named before ``offset``, but for those named inside the quote the
        words at ``offset`` attribute (see `last_organisation_before`)."""
        quote = self._quote_closed_before(offset)
        return [
            m for m in self.mentions
            if m.kind is SpeakerKind.ORGANISATION
            and m.span.start < offset
            and (quote is None or not quote.start <= m.span.start < quote.end)
        ]  # fmt: skip

    def _quote_closed_before(self, offset: int) -> Span | None:
        """The quote whose closing mark stands just before ``offset``, from its opening mark:
        the one an attribution read from there follows. None where no mark closes one there
        (an attribution before a quote is read from a sentence's start)."""
        text = self.text
        close = offset - 1
        if not 0 <= close < len(text):
            return None
        mark = text[close]
        if mark == "”":
            opens = text.rfind("“", 0, close)
        elif mark == '"':
            opens = text.rfind('"', 0, close)
        else:
            opens = self._single_quote_opens.get(close + 1, -1)
        return new_span(opens, close + 1) if opens != -1 else None

    def _acting_recently(self, acting: list[Mention], offset: int) -> Mention | None:
        """The last of ``acting`` (mentions before ``offset``), if it stands in the paragraph
        of ``offset`` or the one before."""
        last = max(acting, key=lambda m: m.span.start, default=None)
        if last is None or len(_PARAGRAPH_BREAK.findall(self.text, last.span.end, offset)) > 1:
            return None
        return last

    def _may_be_a(self, organisation: str, noun: str) -> bool:
        """Whether nothing the article shows of the organisation makes it another kind of body
        than ``noun`` says: no apposition called it another ("Tesco, the supermarket chain,"),
        and no word of its name is another body's noun ("Kingsbridge Football Club" is no
        league)."""
        described = self.described.get(organisation)
        if described is not None and described != noun:
            return False
        words = {word.casefold() for word in organisation.split()}
        return words.isdisjoint(ORG_NOUNS - {noun}) and words.isdisjoint(ORG_WORDS - {noun})

    def last_organisation_acting(self, offset: int) -> Mention | None:
        """What "it said" after a quote refers to: the organisation acting last before
        ``offset`` (in that paragraph or the one before), when no person has acted since.
        "It" is more often a thing: none else is taken."""
        last = None
        for mention in self.mentions:
            if mention.span.start >= offset:
                break
            if mention.subject:
                last = mention
        if last is None or last.kind is not SpeakerKind.ORGANISATION:
            return None
        if len(_PARAGRAPH_BREAK.findall(self.text, last.span.end, offset)) > 1:
            return None
        return last

    def is_a(self, organisation: str, noun: str) -> bool:
        """Whether the article shows the organisation to be what ``noun`` says: its apposition
        called it so ("SkyIndus, India's third-largest airline,"), or its name holds the noun
        ("The Singapore Police Force said its Commercial Affairs Department was investigating.
        “…,” the police said": the force, not the department named since; "Police Scotland",
        "An Garda Síochána": see `names_body`), or, for an airline, its name does ("SkyIndus
        Airways", "Air India")."""
        if self.described.get(organisation) == noun:
            return True
        words = organisation.casefold().split()
        if (
            noun not in BODY_NAME_WORDS
            and len(words) > 1
            and words[-1] != noun
            and words[-1] in ORG_WORDS
        ):
            # "Council Finance Committee" is a committee, "University Hospital" a hospital:
            # the noun a name ends with says what body it is, not one before it ("the council
            # said" is the city's). The forces' names are read as before (see `names_body`).
            return False
        return names_body(organisation, noun) or (
            noun == "airline" and not _AIRLINE_WORDS.isdisjoint(words)
        )

    def _index_people(self) -> list[Mention]:
        """The people among the mentions, indexed by where they start (once `mentions` is
        complete)."""
        if self._people is None:
            self._people = [m for m in self.mentions if m.kind is SpeakerKind.PERSON]
            self._subjects = [m for m in self._people if m.subject]
            self._starts = [m.span.start for m in self._people]
            self._subject_starts = [m.span.start for m in self._subjects]
            self._ordered = self._starts == sorted(self._starts)
        return self._people

    def described_before(
        self, offset: int, text: str, age: str | None, role: str | None = None
    ) -> Mention | None:
        """Whom "the 20-year-old" or "the young forward" said refers to, in the paragraphs
        before ``offset``: the person printed with that age ("Jayden Okafor, 20,", "Rourke,
        the 52-year-old Ireland manager,"), else the last person named if they are also the
        last subject. None when the text leaves it open: "Okafor, 20, scored from a cut-back
        by Keane Lewis-Potter. The forward said" may mean either, and a manager is not "the
        forward". ``role``: the word describing them besides an age ("the 31-year-old
        defender"), which refers back as it would alone where no one was printed at that
        age, but not to someone printed at another. A nationality ("the Finn") is the one
        person the article printed with it, if the text leaves no one else (see
        `_national`)."""
        people = self.people_between(max(0, offset - _EPITHET_REACH), offset)
        if age is not None:
            aged = re.compile(_AGE_AFTER_NAME.format(age=age))
            for mention in reversed(people):
                if aged.match(text, mention.span.end):
                    return mention
            # "Ferrer, 23, …" paragraphs before "“…,” said the 23-year-old": the one person
            # the article printed at that age, however far back (two would leave it open).
            printed = [m for m in self.people_between(0, offset) if aged.match(text, m.span.end)]
            if printed and all(m.name == printed[-1].name for m in printed):
                return printed[-1]
            if role is None:
                return None
            any_age = re.compile(_AGE_AFTER_NAME.format(age=r"\d{1,3}"))
            if people and any(
                any_age.match(text, m.span.end) for m in people if m.name == people[-1].name
            ):
                return None
        last = self._last_described(offset, text, people, role)
        forms = _NATIONALITY_FORMS.get(role) if age is None and role is not None else None
        return last if forms is None else self._national(forms[1], offset, last)

    def _last_described(
        self, offset: int, text: str, people: list[Mention], role: str | None
    ) -> Mention | None:
        """The last person named, when they are also the last subject and the text leaves no
        one else (see `described_before`)."""
        last = self.last_person_before(offset)
        if not people or last is None:
            return None
        if last.name != people[-1].name and not all(
            _in_relative_clause(text, last, mention)
            for mention in people
            if mention.span.start > last.span.start
        ):
            return None
        # "Brentford manager Thomas Frank": someone introduced in a role is not described
        # by another word, unless by that role or one a holder of it may be described by:
        # "Ireland captain Conor Walsh" is "the 31-year-old defender" a paragraph on.
        if last.name not in self.roles.values():
            return last
        held = [held for held, name in self.roles.items() if name == last.name]
        if role is not None and any(_may_describe(holder, role) for holder in held):
            return last
        return None

    def _national(self, country: str, offset: int, last: Mention | None) -> Mention | None:
        """Whom "the Finn" said refers to, ``last`` being whom the text would leave it to by
        position (see `_last_described`): the one person the article printed before
        ``offset`` as of that country ("Henrik Aalto of Finland", "Finland's Henrik Aalto",
        "the Finnish star"), though others were named since ("…the one between Rafael Nadal
        and Roger Federer two decades ago. ‘It hurts now…,’ said the Finn"). Where it
        printed two so, ``last`` if one of them, else None; where none, ``last``, unless it
        printed them as of another country ("Spain's Tomás Ferrer" is no Finn)."""
        printed: dict[str, set[str]] = {}
        for at, name, of in self._nationals():
            if at < offset:
                printed.setdefault(name, set()).add(of)
        holders = [name for name, countries in printed.items() if country in countries]
        if len(holders) == 1:
            people = self.people_between(0, offset)
            return next(m for m in reversed(people) if m.name == holders[0])
        if last is None or (holders and last.name not in holders):
            return None
        return last if country in printed.get(last.name, {country}) else None

    def national_opening(self, offset: int, nationality: str) -> Mention | None:
        """Whom "The Dutchman" opening the sentence at ``offset`` as its subject refers to,
        where `described_before` leaves it open only because someone else was named after
        the last subject: "Max Verstappen finished a distant third, nearly 12 seconds adrift
        of Norris. The Dutchman, who…, said". A sentence opening so goes on with the
        previous sentence's subject, when that sentence has exactly one person acting and
        the article printed no other nationality for them (see `_national`). None where the
        previous sentence has none or several acting, or the quote does not open a
        sentence."""
        text = self.text
        before = text[:offset].rstrip()
        if not before.endswith((".", "!", "?")):
            return None
        opened = _SENTENCE_BEFORE.match(text, 0, len(before) - 1)
        sentence_start = opened.end() if opened is not None else 0
        acting = {m.name: m for m in self.people_between(sentence_start, offset) if m.subject}
        forms = _NATIONALITY_FORMS.get(nationality)
        if len(acting) != 1 or forms is None:
            return None
        only = next(iter(acting.values()))
        return self._national(forms[1], offset, only)

    def _nationals(self) -> list[tuple[int, str, str]]:
        """Each person printed with a nationality (see `_NATIONAL_BEFORE_NAME` and
        `_NATIONAL_AFTER_NAME`): where, who, and the country. Read once, on the first
        nationality a quote is attributed to."""
        if self._printed_nationals is None:
            text = self.text
            before_name, after_name = _national_patterns()
            found = []
            for mention in self._index_people():
                start, end = mention.span.start, mention.span.end
                if not text[start : start + 1].isupper():
                    continue  # "the judge" acting (see `read_cast`): no name printed there
                before = before_name.search(text, max(0, start - _NATIONAL_REACH), start)
                after = after_name.match(text, end)
                for match in (before, after):
                    if match is None:
                        continue
                    word = match.group("word")
                    groups = match.groupdict()
                    country = groups.get("country") or groups.get("bracketed") or ""
                    of = _NATIONAL_WORDS[word] if word else _COUNTRY_NAMES[country]
                    found.append((start, mention.name, of))
            self._printed_nationals = found
        return self._printed_nationals

    def introduced_otherwise(self, name: str, role: str, qualifiers: frozenset[str]) -> bool:
        """Whether the article introduced ``name`` in a role that is not ``role`` (nor one a
        holder of it may be called by), or in it but qualified otherwise."""
        for _, held, words, holder in self.introductions:
            if holder != name:
                continue
            if not _may_describe(held, role):
                return True
            if qualifiers and words and words.isdisjoint(qualifiers):
                return True
        return False

    def introduced_as(
        self, role: str, qualifiers: frozenset[str], offset: int, anywhere: bool = False
    ) -> set[str]:
        """Who was introduced before ``offset`` (or ``anywhere``) in ``role`` or a close
        synonym ("coach", "manager"). Where the description is qualified ("the Ireland
        manager"), only those introduced with that qualifier ("Ireland coach Declan
        Rourke"), else those introduced with none: not the Finland head coach."""
        family = _role_family(role)
        found = [
            (words, name)
            for at, held, words, name in self.introductions
            if held in family and (anywhere or at < offset)
        ]
        if qualifiers:
            matching = {name for words, name in found if words & qualifiers}
            return matching or {name for words, name in found if not words}
        return {name for _, name in found}

    def people_between(self, start: int, end: int) -> list[Mention]:
        """The people named from ``start`` up to ``end``."""
        people = self._index_people()
        if not self._ordered:
            return [m for m in people if start <= m.span.start < end]
        return people[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def last_person_before(self, offset: int, gender: Gender | None = None) -> Mention | None:
        """Whom "he" or "she" refers to: the last person who was the subject of a clause,
        else the last person named; never one known to be of the other gender, nor one named
        inside the quote the words at ``offset`` attribute ("“Robert Gagnon let this town
        down,” he said" is not his)."""
        self._index_people()
        assert self._people is not None
        quote = self._quote_closed_before(offset)
        if quote is not None:
            offset = quote.start
        if not self._ordered:
            people = [m for m in self._people if m.span.start < offset and self._may_be(m, gender)]
            subjects = [m for m in people if m.subject]
            return (subjects or people or [None])[-1]
        # Mentions are in text order (read_cast reads forward), so the last one before
        # ``offset`` is a bisection away: a scan per pronoun made long articles quadratic.
        found = None
        for mentions, starts in (
            (self._subjects, self._subject_starts),
            (self._people, self._starts),
        ):
            index = bisect_left(starts, offset)
            while index and not self._may_be(mentions[index - 1], gender):
                index -= 1
            if index:
                found = mentions[index - 1]
                break
        return self._paragraph_person(offset, gender, found)

    def _paragraph_person(
        self, offset: int, gender: Gender | None, found: Mention | None
    ) -> Mention | None:
        """The one person the paragraph of ``offset`` named before it, where ``found`` (the
        last subject) was named in an earlier paragraph: in "For savers such as Okafor, the
        talks feel remote. “…,” he said." the "he" is Okafor, not the last subject paragraphs
        back. Not where the paragraph names two people, nor one a relation stands after
        ("His father wept. “…,” he said."), nor one named only as whose someone is ("a
        neighbour of Evelyn Marsh", "Marsh's lawyer"), nor one after a "he" or "she"."""
        text = self.text
        if not text:
            return found
        if self._paragraph_starts is None:
            self._paragraph_starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
        starts = self._paragraph_starts
        start = starts[bisect_right(starts, offset) - 1]
        if found is not None and found.span.start >= start:
            return found
        local = [m for m in self.people_between(start, offset) if self._may_be(m, gender)]
        if not local or any(m.name != local[-1].name for m in local):
            return found
        person = local[-1]
        if _OTHER_ANTECEDENT.search(text, person.span.end, offset):
            return found
        if text[max(start, person.span.start - 5) : person.span.start].endswith(
            (" of ", " for ")
        ) or text.startswith(_APOSTROPHE_S, person.span.end):
            # "Among them was a neighbour of Evelyn Marsh.", "Marsh's lawyer spoke": whom the
            # pronoun may mean is the one related to the person, whom no name printed.
            return found
        if _PERSONAL_LATER.search(text, start, person.span.start):
            # "She thanked Evelyn Marsh. “…,” she told the council.": the pronoun acting
            # before the name goes on with the one it referred to.
            return found
        return person

    def names_any(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds the first word of a name of the cast (or a
        surname standing for one): where none stands, no named subject can be found."""
        if self._name_finder is None:
            words = {name.split()[0] for name in self.persons | self.organisations}
            words |= self.full_names.keys()
            if not words:
                return False
            longest_first = sorted(words, key=lambda word: (-len(word), word))
            self._name_finder = re.compile("|".join(map(re.escape, longest_first)))
        return self._name_finder.search(text, start, end) is not None

    def last_spokesperson_before(self, offset: int, gender: Gender) -> re.Match[str] | None:
        """The last spokeswoman (or spokesman, for "he") acting unnamed before ``offset``."""
        found = None
        for shown, match in self.spokespeople:
            if match.start("role") >= offset:
                break
            if shown is gender:
                found = match
        return found

    def initials_of_person(self, letters: str) -> bool:
        """Whether ``letters`` (all capitals) are the initials of a person the article names,
        or a word of their name: "JFK" of "John F. Kennedy", "AOC" of "Alexandria
        Ocasio-Cortez", "JK" of "JK Rowling"."""
        for person in self.persons:
            words = person.replace("-", " ").split()
            if letters in words or letters == "".join(word[0] for word in words):
                return True
        return False

    def _may_be(self, mention: Mention, gender: Gender | None) -> bool:
        known = self.genders.get(mention.name)
        return gender is None or known is None or known is gender


# `_NAME` at a word's start, its first capital taken before the rest of its first word: a
# pattern that opens with a character set lets the search jump from capital to capital, where
# a look-ahead or ``\b`` first was tried at every position (half the cost of the search). The
# rest of the first word tries `_NAME_WORD`'s alternatives in its order.
_FIRST_NAME_WORD_REST = (
    r"(?:\.(?:[A-Z]\.)*"
    rf"|(?:{'|'.join(f'(?<={title[0]}){title[1:]}' for title in _NAME_TITLES)})\."
    r"|[\w’'\-]*[^\W_]"
    rf"|{_BARE_INITIAL}|{_BALINESE_I})"
)
_NAME_RUN = re.compile(
    rf"{_UP}(?<!\w{_UP}){_FIRST_NAME_WORD_REST}(?:{_NAME_JOIN}{_NAME_WORD}){{0,3}}"
)
# Person names are Capitalised words or initials: "AI", "NVIDIA", "Street" are not.
# (A lone "I" stands in a run only before a Balinese name: see `_BALINESE_I`.)
# Initials may run together, each with its stop: "Revenue Minister P.K. Suresh Kumar, who
# reached the spot by noon, told mediapersons", "A.P.J. Abdul Kalam", "J.K. Rowling". Not a
# place's letters, which are printed so too: "the U.S. Open", "B.C. Wildfire Service".
_PLACE_INITIALS = "U.S. U.S.A. U.K. U.N. E.U. U.A.E. B.C. D.C. N.Y. N.S. N.Z. L.A.".split()
_INITIALS = re.compile(rf"(?:{_UP}\.)+")
_PERSON_WORD = re.compile(
    rf"(?!(?:{'|'.join(map(re.escape, _PLACE_INITIALS))})$)(?:{_UP}\.)+"
    rf"|{_UP}(?<![AIO])|I|(?:Mc|Mac|O[’'])?{_UP}{_LO}+(?:[-’']{_UP}?{_LO}+)*"
)
# Words an article, a possessive or a number puts before a noun: "a van", "the van", "his van",
# "one van" are vehicles, and what follows is no surname's ("a van Smith had hired").
_BEFORE_A_NOUN = frozenset(
    "a an the this that these those his her its their our my your one each every no some any "
    "another".split()
)


def _without_particle(word: str) -> str:
    """The word without a particle joined by a hyphen: "al-Masri" → "Masri"."""
    return word[3:] if word.startswith(_HYPHEN_PARTICLES) and len(word) > 3 else word


def _particle_start(text: str, start: int, floor: int = 0) -> int:
    """Where the lower-case particles of a surname opening at ``start`` begin, if any stand
    before it ("van Wyk", "von der Leyen", "de la Cruz", "al-Masri"): the surname printed
    alone, after a first mention in full ("Pieter van Wyk") or with none. Else ``start``.
    Not a word an article or a possessive makes a noun of: "a van", "the van" (see
    `_BEFORE_A_NOUN`). Read word by word back from ``start``, no further than ``floor``."""
    if start - 3 >= floor and text.startswith(_HYPHEN_PARTICLES, start - 3):
        before = text[start - 4 : start - 3] if start - 4 >= floor else ""
        return start if before and (before.isalnum() or before in "-’'") else start - 3
    particles: list[tuple[int, str]] = []  # the words before the surname, nearest first
    at = start
    while len(particles) < 2 and at - 2 >= floor and text[at - 1] == " ":
        word_start = at - 1
        while word_start > floor and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start : at - 1]
        if word not in _PARTICLES:
            break
        particles.append((word_start, word))
        at = word_start
    found = start
    if particles and particles[0][1] in _LEAD_PARTICLES:
        found = particles[0][0]  # "van Wyk"
    if (
        len(particles) == 2
        and particles[1][1] in _LEAD_PARTICLES
        and particles[0][1] in _SECOND_PARTICLES
    ):
        found = particles[1][0]  # "von der Leyen", "de la Cruz"
    if found == start:
        return start
    # The particle is a word of its own, not the end of one ("Navan Wyk"), and no article or
    # possessive stands before it.
    if found > floor and (text[found - 1].isalnum() or text[found - 1] in "-’'"):
        return start
    previous = text[max(floor, found - 12) : found].split()
    if previous and previous[-1].casefold() in _BEFORE_A_NOUN:
        return start
    return found


# "Meta's platforms", "Meta's Instagram platform": a firm's, in lower case; "Irena Valk's Civic
# Platform" is a party's name, which a person leads as much as a firm owns it.
_POSSESSIVE_ROLE = re.compile(
    r"^[’']s\s+(?:\w+\s+)?(?:ceo|cfo|chief|founder|shares|stock|board|revenue|employees|"
    r"spokesperson|spokesman|spokeswoman|executives?|(?-i:platforms?)|focus|users|services)\b",
    re.IGNORECASE,
)


# Unions built once: rebuilding them per word showed up in profiles of long articles.
_ROLES_AND_TITLES = ROLE_WORDS | _TITLES
_NOT_NAME_START = _NOT_NAMES | _TITLES | ROLE_WORDS
# Cut from a name's end as a firm's suffix is ("Tesco Plc" is "Tesco"). Not a centre's noun:
# without it, "National Cyber Security Centre" would name a field (and no longer spell "NCSC"),
# "Carter Center" a person.
_ORG_SUFFIXES = ORG_WORDS - {"platforms", "centre", "center"}

# "Executive Vice-President Teresa Vidal", "Vice-Chancellor Ruth Adebayo": what may join a role
# word with a hyphen to make a role of its own. Only these: a surname's hyphenated parts
# ("Lewis-Potter", "Taylor-Judge") open with a name.
_ROLE_COMPOUND_PREFIXES = frozenset(("vice", "deputy", "co", "pro", "under", "sub"))


def _role_or_title(word: str) -> bool:
    """Whether ``word`` is a role or a title, in any case, or such a compound of one: "Vice-
    President", "Pro-Vice-Chancellor"."""
    folded = word.casefold()
    if folded in _ROLES_AND_TITLES:
        return True
    prefixes, _, last = folded.rpartition("-")
    return (
        bool(prefixes)
        and last in ROLE_WORDS
        and _ROLE_COMPOUND_PREFIXES.issuperset(prefixes.split("-"))
    )


# The roles that are offices, which a portfolio or what they are of may follow, capitalised,
# with their holder's name after it: "Federal Minister for Climate Change Sadia Awan", "Chief
# Executive of NHS England Amanda Pritchard". Not the roles that are also common surnames
# ("Farmer", "Player", "Judge", "Driver"): "Kwame Farmer of Accra Hearts Oak" is a person.
_OFFICE_TITLES = frozenset(
    "minister secretary president premier governor chancellor commissioner director executive "
    "chief chair chairman chairwoman chairperson mayor ambassador envoy senator head leader "
    "speaker officer superintendent commander treasurer registrar ombudsman general".split()
)


def _office_title(word: str) -> bool:
    """Whether ``word`` is a role that is an office (see `_OFFICE_TITLES`), or a compound of
    one: "Minister", "Vice-President", "Director-General"."""
    return _role_or_title(word) and word.casefold().rpartition("-")[2] in _OFFICE_TITLES


_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]")
# A given name of two romanised syllables printed after the family name, the second in lower
# case: "Kim Min-jun", "Lee Seo-yeon", "Moon Jae-in" (Korean names put the family name
# first). Not a place made an adjective, whose words after the hyphen are English: "New
# York-based", "Hong Kong-born", "Gaza-bound", "Paris-style".
_SYLLABLE_GIVEN_NAME = re.compile(rf"{_UP}[a-z]{{1,3}}-(?P<second>[a-z]{{1,5}})")
_PLACE_ADJECTIVE_ENDINGS = frozenset(
    "based born bred led run owned bound style made wide area era type like free only".split()
)


def _syllable_given_name(words: tuple[str, ...]) -> bool:
    """Whether the last of ``words`` is a given name after a family name (see
    `_SYLLABLE_GIVEN_NAME`)."""
    if len(words) < 2:
        return False
    found = _SYLLABLE_GIVEN_NAME.fullmatch(words[-1])
    return found is not None and found.group("second") not in _PLACE_ADJECTIVE_ENDINGS


def _epithet_first(name: str) -> bool:
    """Whether a name opens with a description, not a given name: "Second-placed Bekele",
    "Ex-champion Lewis" are not as full as "Haile Bekele" however long."""
    return _LOWER_AFTER_HYPHEN.search(name.split()[0]) is not None


# The endings of nouns for the people of a region, made of its name: "Queenslander",
# "Aucklander", "Newfoundlander", "Merseysider", "Tynesider". No given name ends so.
_REGIONAL_DEMONYM_ENDINGS = ("lander", "sider")


# Words naming an organisation, not a person, after a nationality's adjective.
_ORGANISATION_ENDINGS = ORG_WORDS | _TRADE_WORDS | ORG_NOUNS | _FORCE_WORDS | _BODY_ENDINGS


def _nationality_of_person(words: list[str]) -> bool:
    """Whether the first word says what the person named after it is: a noun ("Dutchman Max
    Verstappen", "Briton Tom Arkwright"), or an adjective before a first name ("American Coco
    Gauff", not "American Red Cross" or "American Airlines")."""
    first = words[0].casefold()
    if first.endswith(_REGIONAL_DEMONYM_ENDINGS) and words[0] not in FIRST_NAMES:
        # "Queenslander Jai Kerrigan", "Aucklander Tom Reid": where in a country the person is
        # from, a noun as "Dutchman" is, however many such places there are.
        return len(words) == 3
    if first not in _NATIONALITIES:
        return False
    if not first.endswith(("an", "ian", "ese")) or words[1] in FIRST_NAMES:
        return True
    # "the unbeaten Australian Jai Kerrigan": an adjective before a given name the lists lack
    # and a surname, where no word of an organisation's follows ("Australian Rugby Union",
    # "Indian Oil Corporation", "Irish Gas Networks").
    return len(words) == 3 and _ORGANISATION_ENDINGS.isdisjoint(
        word.casefold() for word in words[1:]
    )


def _party_member(words: list[str]) -> bool:
    """Whether the first word is the party of the person named after it: "Conservative Greg
    Tannahill", not "Republican National Committee" (an organisation's name)."""
    return words[0].casefold() in _PARTY_MEMBERS and ORG_WORDS.isdisjoint(
        word.casefold() for word in words[1:]
    )


def _described(run: str) -> bool:
    """Whether a run opening with "The" describes the person it names: "The Dutchman Max
    Verstappen", "The American Coco Gauff". Or whose possessive the article belongs to, a
    name of two words or more after it: "the APC's Babatunde Ajibola" (a party's candidate),
    as "the club's Tom Reid"."""
    words = run.split()
    return len(words) > 3 and (words[1].casefold() in _NATIONALITIES or _owns(words[1]))


def _owned_name(run: str, name: str) -> bool:
    """Whether the run opens with an owner's possessive, a name of two words or more after it:
    "APC's Babatunde Ajibola", "Guardian's Jane Smith" (not "Queen's Head", one word)."""
    words = run.split()
    return len(words) >= 3 and _owns(words[0]) and " " in name and run.endswith(name)


def _owns(word: str) -> bool:
    """Whether a word is a possessive: "Whitcombe's", "Meta’s"."""
    return word[-2:] in ("’s", "'s")


def _possessive_part(text: str, name: str, alone: dict[str, bool]) -> str:
    """The person a name with a possessive inside names, where the article shows which part
    is someone's: the part whose last word it also prints alone. "Rex Tamihana's New Zealand"
    is Rex Tamihana where "Tamihana, a veteran…" stands alone and "Zealand" never does; "New
    Zealand's Jacinda Ardern" is Jacinda Ardern beside "Ardern said". Else the name as it is.
    ``alone``: what `_stands_alone` found for each word so far (names recur)."""
    words = name.split()
    owner = next((at for at, word in enumerate(words[:-1]) if _owns(word)), None)
    if owner is None:
        return name
    head, tail = [*words[:owner], words[owner][:-2]], words[owner + 1 :]
    for word in (head[-1], tail[-1]):
        if word not in alone:
            alone[word] = _stands_alone(text, word)
    head_alone, tail_alone = alone[head[-1]], alone[tail[-1]]
    if head_alone and not tail_alone:
        return " ".join(head)
    if tail_alone and not head_alone:
        return " ".join(tail)
    return name


def _stands_alone(text: str, word: str) -> bool:
    """Whether the text prints ``word`` (a capitalised name's word) as a name of its own: no
    capitalised word or article just before it, no capitalised word or possessive after it
    ("Tamihana, a veteran", not "Rex Tamihana", "New Zealand's" or "the King")."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at and text[at - 1].isalnum()) or text[end : end + 1].isalnum():
            at = text.find(word, end)
            continue  # part of a longer word
        before = text[max(0, at - 40) : at]
        token = before.split()[-1] if before.endswith(" ") and before.split() else ""
        after = text[end : end + 2]
        if not (
            (token[:1].isupper() and token[-1:].isalpha())
            or token in _ARTICLES  # "the King" is no surname
            or after in ("’s", "'s")
            or (after[:1] == " " and after[1:].isupper())
        ):
            return True
        at = text.find(word, end)
    return False


def _group_opens_name(words: list[str]) -> bool:
    """Whether a group's word opens an organisation's name: "Patients First Ireland",
    "Doctors Without Borders" (three words or more), not "Critics" or "Nurses" alone;
    "Police" two ("Police Scotland", see `_FORCE_WORDS`). No person's name follows a
    group's word ("Officials Tom Reid" is not written), so a common first name after it shows
    none."""
    return (
        len(words) >= (2 if words[0].casefold() == "police" else 3)
        and words[0].casefold() in _GROUP_WORDS
        and words[1] not in FIRST_NAMES
        and words[1].casefold() not in _NOT_NAME_START
    )


_LOWER_WORD_AFTER = re.compile(r" (?P<word>[a-z][\w-]*)(?P<next>\s+\S)?")


def _qualifies_role(after: str) -> bool:
    """Whether the text ``after`` a capitalised run opens with a role in lower case (or an
    unnamed one's: "official", "source") that no capitalised word follows: the run qualifies
    the role ("UCU’s Northern Ireland official,", "a Downing Street source said"), it names no
    one."""
    found = _LOWER_WORD_AFTER.match(after)
    if found is None:
        return False
    word = found.group("word").rsplit("-", 1)[-1]
    if word not in ROLE_WORDS and word not in _ANONYMOUS:
        return False
    following = found.group("next")
    return following is None or not following.strip()[:1].isupper()


# The small words an organisation's name may hold between those its short form is made of:
# "Department for Business and Trade" (DBT), "Royal Society for the Protection of Birds"
# (RSPB).
_INITIALS_JOIN = r"\s+(?:(?:of|for|and|&|on|the)\s+){0,2}"


def _spelled_out_as(text: str, acronym: str) -> str | None:
    """The body's noun that the name an acronym stands for ends with, if the text prints such
    a name, its capitalised words opening with the acronym's letters in turn: "English Football
    League" for "EFL" → "league". None where none is printed, or its last word names no kind
    of body (see `ORG_NOUNS`)."""
    words = _INITIALS_JOIN.join(rf"{letter}[a-z][\w’'-]*" for letter in acronym)
    found = re.search(rf"(?<![\w’'-]){words}(?![\w’'-])", text)
    if found is None:
        return None
    last = found.group().rsplit(None, 1)[-1].casefold()
    return last if last in ORG_NOUNS else None


def _qualifies_noun(text: str, start: int, end: int, counted: bool) -> bool:
    """Whether the name from ``start`` to ``end`` stands between an article or a count
    (``counted``: see `_count_or_article`) and a lower-case noun: "a Major League Soccer
    team", "two Sherpa guides". Not before a verb ("the King said") nor a preposition ("the
    Premier League on Wednesday")."""
    if not counted or not text.startswith(" ", end):
        return False
    noun = _WORD_AFTER.match(text, end)
    return (
        text[start - 1 : start] == " "
        and noun is not None
        and noun.group("word") not in _VERBS_AFTER_NAME
        and noun.group("word") not in _NOT_QUALIFIERS
    )


def _balinese_i(words: list[str]) -> bool:
    """Whether the words open with the "I" of a Balinese name: "I Nyoman Sudirta"."""
    return len(words) >= 2 and words[0] == "I" and words[1] in _BALINESE_NAMES


# An age printed before a name, as a description of the person: "Nine-year-old Ruby Nguyen",
# "Twenty-one-year-old Tom Reid", "92-year-old Edith Walsh". What the person is, not who: the
# name read with it ("Nine-year-old Ruby Nguyen") matched neither "Ruby" nor "Ruby Nguyen" in
# another article.
_AGE_WORD = re.compile(
    r"(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)*)-(?:year|month|week)s?-old", re.IGNORECASE
)


# An adjective made of a place or an owner and a participle saying where a body is based,
# listed or registered, or who owns or backs it, before its name: "Miami-based Meridian Cruise
# Holdings", "US-listed Meridian Cruise Holdings", "Hong Kong-listed", "Kremlin-backed",
# "Sydney-born Tom Reid". What the body (or person) is, not its name: read with it, the name of
# one company differed between two outlets ("Miami-based Meridian Cruise" against "US-listed
# Meridian Cruise"). Not a description that ranks ("Second-placed Bekele", kept whole).
_WHERE_OR_WHOSE = re.compile(
    r"[\w’'.&-]+-(?:based|listed|owned|headquartered|registered|backed|funded|controlled|"
    r"operated|run|born)"
)


@lru_cache(maxsize=8192)
def _strip_name(run: str) -> str:
    """The name without articles, titles and roles: "Finance Minister Rachel Reeves" → "Rachel
    Reeves", "CEO Mark Zuckerberg" → "Mark Zuckerberg"."""
    words = run.split()
    while len(words) > 1 and _AGE_WORD.fullmatch(words[0]):
        words = words[1:]  # "Nine-year-old Ruby Nguyen": how old, then who
    described = [at for at, word in enumerate(words[:-1]) if _WHERE_OR_WHOSE.fullmatch(word)]
    if described:
        words = words[described[-1] + 1 :]  # "Miami-based Meridian Cruise Holdings"
    # A role owning what follows is a role too: "The Chief Minister's Office" names an office,
    # no person called "Minister's".
    # So are a role's letters before the name: "IGP Douglas Kanja", "Interior CS Kithure Kindiki".
    roles = [
        i
        for i, word in enumerate(words)
        if _role_or_title(word)
        or (_owns(word) and _role_or_title(word[:-2]))
        or _role_letters(words, i)
    ]
    if roles and roles[-1] + 2 < len(words) and words[roles[-1] + 1].casefold() == "general":
        # "Director General Vikram Sethi", "Attorney General Pam Bondi": one role.
        roles.append(roles[-1] + 1)
    if roles and roles[-1] < len(words) - 1:
        words = words[roles[-1] + 1 :]
        # "Prime Minister Tania Whitcombe's Labour government": the role's holder owns what
        # follows her possessive, which is no part of her name.
        owner = next((at for at, word in enumerate(words[1:-1], 1) if _owns(word)), None)
        if owner is not None:
            words = words[: owner + 1]
    while (
        words
        and words[0].casefold() in _NOT_NAME_START
        and not _group_opens_name(words)
        and not _balinese_i(words)
    ):
        words = words[1:]
    if len(words) > 2 and _nationality_of_person(words):
        words = words[1:]  # "Dutchman Max Verstappen": what he is, then who
    while len(words) > 2 and _party_member(words):
        words = words[1:]  # "Conservative Greg Tannahill": his party, then who
    if len(words) > 2 and words[0][-2:] in ("’s", "'s"):
        words = words[1:]  # "Italy’s Luca Benedetti", "Meta’s Mark Zuckerberg": whose, not who
    while len(words) > 1 and words[-1].casefold() in _NAME_SUFFIXES:
        words = words[:-1]
    if words and words[-1][-2:] in ("’s", "'s"):
        words[-1] = words[-1][:-2]  # "Tomas Halvorsen’s party": the name, not its possessive
    # "Gwent Police", "Scottish Ambulance Service": a force's or a service's name is kept whole
    # (see `_SERVICE_WORDS`); "Tesco Plc" is "Tesco".
    if _SERVICE_WORDS.isdisjoint(word.casefold() for word in words):
        while (
            words
            and words[-1].casefold().rstrip(".") in _ORG_SUFFIXES
            # "Council Finance Committee", "University Hospital": what is left would open
            # with another body's noun and name that body, not this one: kept whole.
            and not (len(words) > 1 and words[0].casefold() in ORG_WORDS)
        ):
            words = words[:-1]
    return " ".join(words)


# A name followed by a verb ("was helping", "looked", "says") or ", who" acts in its clause.
# So does one whose organisation or role follows before the verb: "Karen Lowe of West Yorkshire
# Police said", "Paul Johnson, director of the Institute for Fiscal Studies, said".
_IRREGULAR_PAST = (
    "met|made|gave|took|went|left|spoke|held|led|won|lost|paid|kept|sent|came|became|began|"
    "brought|thought|felt|found|got|heard|knew|ran|saw|sat|stood|struck|fought|sought|chose|"
    "drove|flew|rose|fell|hit|put|set|cut|let|quit|read|shut|"
    # "Glenda Pryor, 68, from Newcastle, spent four days in her cabin": what a subject did.
    "spent|built|bought|caught|taught|sold|slept|fled|hid|shot|drew|grew|threw|wore|broke|"
    "stole|rode|swam|sank|dug|woke|shook|sang|drank|lent|dealt|meant|hung|laid"
)
_ROLE_WORD = "|".join(by_length(re.escape(r) for r in ROLE_WORDS if "." not in r))
# A member's letters in capitals: "Labour MP", "SNP MSP", "Plaid Cymru MS".
_MEMBER_LETTERS = "|".join(
    by_length({r.upper() for r in ("mp", "mep", "msp", "td", "mla", "mec")} | _MEMBER_CAPITALS)
)
# A capitalised office in apposition after a person's name, and what it is of or for: "Rachel
# Ibbotson, Labour MP for Leeds East,", "Tom Reid, Mayor of Leeds,", "Ann Cole, Member for
# Wentworth,", "Jo Park, Chief Executive of Acme,". The place or body after "of" or "for" is
# the office's, not a name of its own: the person before it is the one who acts or speaks.
_CAPITALISED_ROLE_APPOSITION = (
    rf",\s+(?:{_UP}[\w’'-]*\s+){{0,3}}?(?:(?i:{_ROLE_WORD}|member)|{_MEMBER_LETTERS})"
    r"(?=,|\s+(?:of|for)\s)"
)
_VERB = rf"(?:was|is|has|had|will|would|did|does|{_CUE}|{_IRREGULAR_PAST}|[a-z]+ed|[a-z]+s)"
# A participle opening a phrase in apposition: "Whitfield, speaking in front of the ruins, said".
# Not a preposition ending so: "officials, including Reid, said".
_PARTICIPLE = (
    r"(?!(?:including|during|according|following|excluding|regarding|concerning)\b)"
    r"[a-z]{2,}ing\b"
)
# "Priya Raman from Brisbane firm Baylis Partners said", "of Sydney investment bank Harbourline":
# where the organisation is and what it is, before its name. Only such a noun: in "Bureau of
# Meteorology senior forecaster Kirra Watson said" the name after the lower-case words speaks.
# "Tomasz Wren, of the live music consultancy Stagecraft Insight, said": or only what it is,
# in up to two words before the noun, with no place.
_PLACE_BEFORE_NOUN = (
    rf"(?:(?:{_UP}[\w’'-]*\s+(?:[a-z][a-z-]*\s+)?|(?:[a-z][a-z-]*\s+){{1,2}}?)"
    r"(?:firm|company|group|bank|consultancy|agency|charity|brokerage|think[- ]tank)\s+)?"
)
# "Assistant Chief Officer Fiona Mackay of the Scottish Fire and Rescue Service told
# reporters", "of the Department for Environment, Food and Rural Affairs said": the
# organisation's name may run on past an "and", a "&" (after words listed with commas), an
# "of" or a "for"; its speaker is the person before it all the same. "Fiona Mackay of the fire
# service told reporters", "of the local council said": an organisation may be printed in lower
# case, by what it is.
# (Its capitals are any letter but a small ASCII one, as in `_BARE_INITIAL`: copies of `_UP`
# made the patterns holding it slower to compile.)
_ORGANISATION_ITEM = r"[^\W\d_a-z][\w&’'-]*(?:\s+[^\W\d_a-z][\w&’'-]*){0,3}"
_ORGANISATION_JOINED = (
    rf"(?:(?:(?:,\s+{_ORGANISATION_ITEM}){{0,3}},?\s+(?:and|&)|\s+(?:of|for)(?:\s+the)?)\s+"
    rf"{_ORGANISATION_ITEM}){{0,2}}"
)
_LOWER_ORGANISATION = (
    r"the\s+(?:[a-z][a-z-]*\s+){0,2}?(?:"
    + "|".join(by_length(ORG_NOUNS | {"service", "brigade", "force"}))
    + r")\b(?![’'-])"
)
# "Anjali Deshpande, an astronomer at the Tata Institute of Fundamental Research (TIFR),
# Mumbai, who was not part of the study, said": the town where the apposition's organisation
# is may follow it, after an abbreviation in brackets (read after the apposition's comma).
_TOWN_AFTER_ABBREVIATION = rf"(?:(?<=\),)\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}},)?"
# "Manjunath Gowda, 38, from Sagar, who had a narrow escape, recounted": where the person is
# from may stand between the name and its "who", in commas.
_FROM_PLACE = rf"(?:,\s+(?:of|from)\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}}(?=,))?"
# "Declan Moran, from Ennis, Co Clare, told", "Linda Haskell, 67, of Scranton, Pennsylvania,
# said": where someone is from, in commas after the name (an age perhaps before it), a town and
# the county or state it is in (Irish, British and American copy print both). The larger place
# is a clause of its own, capitalised, that would otherwise read as another name; it is read as
# a place only after the town's "of" or "from".
_PLACE_NAME = rf"{_UP}[\w’'-]*\.?(?:\s+{_UP}[\w’'-]*\.?){{0,2}}"
_HOME_TOWN = rf"{_AGED},\s+(?:of|from)\s+{_PLACE_NAME}(?:,\s+{_PLACE_NAME})?,"
# Where a town lies, in a phrase in commas after it: ", north of Sydney,", ", a town in
# County Mayo,", ", 40km outside Cork,". A few words, then a preposition and the larger place.
_WHERE_TOWN_LIES = (
    rf",\s+(?:[\w-]+\s+){{1,3}}?(?:of|in|near|outside)\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}}"
    r"(?=,)"
)
# An owner's capitalised name before its possessive: "UCU", "British Columbia", "New South Wales".
_OWNER = r"[^\W\d_a-z][\w&.-]*(?:\s+[^\W\d_a-z][\w&.-]*){0,2}"
_ACTS = re.compile(
    rf"(?:’s|'s)?(?:,\s+\d{{1,3}}(?=,))?\s*(?:{_FROM_PLACE},?\s*(?:who|whose)\b|"
    rf",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?{_ROLE_PREFIX}(?:{_ROLE_WORD})\b|"
    # "Rachel Ibbotson, Labour MP for Leeds East, who raised the case, said"
    rf"{_CAPITALISED_ROLE_APPOSITION}|"
    # ", a site reliability engineer at FinLedger, said": what the person is, then the verb.
    # "Karen Doyle, an official with the SIPTU trade union, which represents many of the
    # workers on the site, said": a relative clause on what the apposition names may follow.
    # "Katie McAllister, UCU’s Northern Ireland official, said": whose it is may stand for the
    # article; a name of a few words too ("Kelly Brar, British Columbia's emergency management
    # minister, said").
    # "Margaret Hale, 71, a retired nurse from Akron, Ohio, who…, said": the town the
    # apposition places the person in may be followed by its state. "Board member Hector
    # Villanueva, one of the four no votes, argued": one of a group is what the person is.
    rf",\s+(?:(?:the|a|an)\s+|one\s+of\s+|{_OWNER}[’']s\s+)[^,.;:“”\"]{{1,120}}"
    rf"(?:\s(?:of|from|in|near)\s+{_PLACE_NAME},\s+{_PLACE_NAME})?,"
    rf"{_TOWN_AFTER_ABBREVIATION}"
    rf"(?:\s+(?:which|that|who|whose|where)\s[^,.;:“”\"]{{1,120}},)?\s+{_VERB}\b|"
    # "Whitfield, speaking in front of the ruins of the town's First Baptist Church, said": a
    # participle's phrase in apposition, then the verb.
    rf",\s+{_PARTICIPLE}\s+[^,.;:“”\"]{{1,120}},\s+{_VERB}\b|"
    # "Anja Reinholt of the center-left Social Democrats (SPD) told"; "Declan Furey, of the
    # Irish Coast Guard, said": the organisation in commas is an apposition like a role.
    # "Councillor Janine Okafor (District 7) said": an aside in brackets too.
    rf"(?:\s+{_ASIDE})?"
    # "Fiona Mackay of the Scottish Fire and Rescue Service told", "of the fire service told":
    # the organisation's name run on past its "and", or printed in lower case.
    rf"(?:,?\s+(?:of|from)\s+(?:{_LOWER_ORGANISATION}|(?:the\s+)?{_PLACE_BEFORE_NOUN}"
    rf"(?:[a-z][a-z-]*\s+){{0,2}}?{_UP}[\w&’'-]*(?:\s+{_UP}[\w&’'-]*){{0,4}}{_ORGANISATION_JOINED}"
    rf"(?:(?<=[’']s)(?:\s+[a-z-]+){{1,4}}?|(?:\s+{_ABBREVIATION})?(?:\s+[a-z]+)?))"
    # "Priya Nair, 34, of Tarneit in Melbourne's outer west, said": a suburb, then where it is.
    rf"(?:\s+(?:in|near)\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}}"
    rf"(?:(?<=[’']s)(?:\s+[a-z-]+){{1,3}}?)?)?"
    # "Linda Haskell, 67, of Scranton, Pennsylvania, said": a town, then its state.
    # "Glenda Pryor, 68, of Newcastle, north of Sydney, said", "of Ballina, a town in County
    # Mayo, said": or where the town lies, in a phrase of its own (see `_WHERE_TOWN_LIES`).
    rf"(?:,\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}}(?=,)|{_WHERE_TOWN_LIES})?)?"
    rf",?\s+{_VERB}\b)"
)
_SPEAKS_AFTER = re.compile(rf"(?:\s+(?:also\s+)?|,\s+){_CUE}\b")
# A cue that is also a plural noun, then the verb it is the subject of: in "Asylum claims,
# however, rose to a record 111,084", "Member states have agreed", no one speaks.
_NOUN_CUE = re.compile(
    r"\s+(?:claims|notes|states|replies)(?:,\s+[a-z]+,)?\s+(?:was|were|is|are|have|has|had|will|"
    rf"would|could|can|may|might|must|should|{_IRREGULAR_PAST}|[a-z]+ed)\b"
)
# Where the clause of "said Burton" ends: at once, or after the body the speaker is of or at
# ("said Rebecca Tan of Harlow Securities.", "said Amir Khan at the Royal Institute."): the
# speaker still acts, and a "she said" after it refers to them.
_ENDS_CLAUSE = re.compile(
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?{_UP}[\w&’'.-]*"
    rf"(?:\s+(?:(?:of|for|and|&)\s+)?{_UP}[\w&’'.-]*){{0,5}})?"
    r"\s*(?:[,.;:!?—–)“”\"]|$)"
)
# Run on the reversed text: the last word of a text is the first of its reverse, a match
# where a search anchored by ``$`` would try (and backtrack at) every position.
_WORD_START = re.compile(r"\w*")
_TOKEN_START = re.compile(r"[\w.-]*")


_APPOSED_TO_WHAT_OF = re.compile(
    # "of the promoter," or "of the tour’s promoter,". Only a role itself in apposition to a
    # name ("James Corrigan, the managing director of …"): a role opening the subject ("In a
    # statement, the general secretary of the union, Dermot O'Leary, said") is the name's own.
    r"[A-Z][\w’'.-]*,\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,3}?(?:of|at|for|with)\s+the\s+"
    r"(?:[a-z-]+(?:[’']s)?\s+){0,2}?[a-z-]+,$"
)
_ORG_AFTER = re.compile(r",?\s+(?:Inc|Corp|Ltd|LLC|PLC|Co)\b")
_APOSTROPHES = ("’", "'")
_APOSTROPHE_S = ("’s", "'s")
_ACTS_OPENERS = ("’", "'", ",")
_ARTICLES = frozenset(("the", "a", "an"))
_CUE_SET = frozenset(CUE_VERBS)


def _last_word(stripped: str) -> str:
    """The word (``\\w+``) ending ``stripped``, empty when it ends with something else."""
    return _WORD_START.match(stripped[::-1]).group()[::-1]


def _speaks_before(before: str) -> bool:
    """Whether the text ends with a cue word and a space (as ``\\b{_CUE}\\s+$`` would find).
    Looking the last word up is much cheaper than trying the cue alternation at every word."""
    stripped = before.rstrip()
    return len(stripped) < len(before) and _last_word(stripped) in _CUE_SET


def _ends_with_role(before: str) -> bool:
    """Whether the last token (as ``([\\w.-]+)\\s*$`` would find) is a role word."""
    token = _TOKEN_START.match(before.rstrip()[::-1]).group()[::-1]
    return token.casefold() in ROLE_WORDS


@lru_cache(maxsize=8192)
def _role_in(run: str) -> str | None:
    words = run.split()
    roles = [
        word.casefold()
        for at, word in enumerate(words)
        if word.casefold() in ROLE_WORDS or word in _MEMBER_CAPITALS or _role_letters(words, at)
    ]
    return roles[-1] if roles else None


def _letters_end_run(run: str, more: str) -> bool:
    """Whether a role's letters in ``run`` stand before a name that runs on into ``more``, the
    run just after it (see `_role_letters`)."""
    words = run.split()
    joined = [*words, *more.split()]
    return any(_role_letters(joined, at) for at in range(max(0, len(words) - 2), len(words)))


def _is_name_word(run: str) -> bool:
    """Whether a run is one word that can end a person's name."""
    return (
        " " not in run
        and run.casefold() not in _NOT_NAME_START
        and _PERSON_WORD.fullmatch(run) is not None
    )


def _words_after_role(run: str) -> int:
    """How many words follow the last role word, title or role's letters of the run."""
    printed = run.split()
    words = [word.casefold() for word in printed]
    at = max(
        i
        for i, word in enumerate(words)
        if word in _ROLES_AND_TITLES or word in ROLE_WORDS or _role_letters(printed, i)
    )
    return len(words) - at - 1


def _qualified_role(run: str, role: str) -> str | None:
    """The role with the word that qualifies it: "Prime Minister Tomas Halvorsen" → "prime
    minister", so "the prime minister said" is not given to the interior minister."""
    words = [word.casefold() for word in run.split()]
    if role not in words:
        return None
    at = words.index(role)
    if at and words[at - 1] not in _ROLES_AND_TITLES and words[at - 1] not in _NOT_NAMES:
        return f"{words[at - 1]} {role}"
    return None


_TOKEN = re.compile(r"[\w.-]+")
# What a portfolio follows: "Minister for", "Secretary of State for", "Leader of the"; or what
# joins its last field to those before, which the run of the holder's name opens with:
# "Secretary of State for Work and" (Pensions Tom Ashworth).
_PORTFOLIO_ENDS = (" for ", " of ", " the ", " and ", " & ")
_PORTFOLIO_JOINS = frozenset(("for", "of", "the", "and", "&"))
_PORTFOLIO_PREPOSITIONS = frozenset(("for", "of"))
# How many words before the run a portfolio's title may stand: "Secretary of State for
# Environment, Food and" is seven.
_PORTFOLIO_REACH = 10
_WORD_STARTS = re.compile(r"\S+")


def _portfolio_of_title(tokens: list[str]) -> bool:
    """Whether ``tokens``, the words before a run, end with a role word, perhaps capitalised
    words qualifying it, "for" or "of", and the portfolio up to the run: "Minister for",
    "Secretary of State for Health". The portfolio may list fields, an "and" before the last
    (the run's first word): "Secretary of State for Work and", "for Environment, Food and". No
    "for" or "of", no title: "Tom Reid and" (Jane Doe) is a list of people."""
    preposition = False
    for token in reversed(tokens):
        if token.casefold() in ROLE_WORDS:
            return preposition
        if token in _PORTFOLIO_PREPOSITIONS:
            preposition = True
        elif token not in _PORTFOLIO_JOINS:
            # A capitalised word of the title or the portfolio, a field's comma after it.
            word = token.removesuffix(",")
            if not (word[:1].isupper() and word[-1:].isalpha()):
                return False
    return False


def _portfolio_offset(before: str, run: str) -> int:
    """Where the name starts in a run that follows a role and "for" or "of": after the portfolio
    or organisation that opens it ("Minister for Transport Ciarán Hegarty", "chairman of Ryanair
    Michael O'Leary"), at the first common first name, else at the last two words. 0 when no
    role comes before, when the run names an organisation, or when it opens with a first name
    ("a spokesman for Tom Reid")."""
    words = run.split()
    if len(words) < 2 or "&" in words:
        # "a spokeswoman for Hollins & Wade": a "&" joins a firm's name, which holds no one's.
        return 0
    # "Superintendent of Police Harshad Rathod": the organisation may open the run, the name
    # (two words or more, none an organisation's) following it. A run an organisation's word
    # ends or stands near the end of ("chairman of Ryanair Holdings") names no one.
    org_at = [at for at, word in enumerate(words) if word.casefold() in ORG_WORDS]
    if org_at and (
        len(words) - org_at[-1] < 3
        or not all(_PERSON_WORD.fullmatch(word) for word in words[org_at[-1] + 1 :])
    ):
        return 0
    tokens = before.split()[-_PORTFOLIO_REACH:]
    if tokens and tokens[-1] == "the":
        tokens.pop()
    if not tokens or tokens[-1] not in _PORTFOLIO_JOINS:
        return 0
    if not _portfolio_of_title(tokens):
        return 0
    drop = next((at for at, word in enumerate(words) if word in FIRST_NAMES), None)
    if drop is None and org_at:
        drop = org_at[-1] + 1
    elif drop is None:
        drop = len(words) - 2 if len(words) >= 3 else 0
    if drop == 0:
        return 0
    return [word.start() for word in _WORD_STARTS.finditer(run)][drop]


# After a title ending a capitalised run, its portfolio (or what it is of) and the run of its
# holder's name: " for Climate Change Sadia Awan", " of Pakistan Shehbaz Sharif", the portfolio
# opening that run (see `_portfolio_offset`); " for health Sadia Awan", in lower case before it
# (as `_NAME_MODIFIER` reads one), the holder's name two words at least.
_TITLES_HOLDER = re.compile(
    rf"\s+(?:for|of)\s+(?:the\s+)?(?:(?P<run>{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{1,6}})"
    r"|[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,2}?\s+"
    rf"(?P<name>{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{1,3}}))\b"
)


def _titles_holder(text: str, end: int, region: Span) -> bool:
    """Whether a capitalised run ending with a title at ``end`` is followed by the title's
    portfolio, or what it is of, and the name of the one holding it (see `_TITLES_HOLDER`):
    "Federal Minister for Climate Change Sadia Awan". Not "Gary Player of South Africa", whose
    run after "of" holds no name past a place."""
    if not text.startswith(" ", end):
        return False
    holder = _TITLES_HOLDER.match(text, end, region.end)
    if holder is None:
        return False
    if holder.group("name") is not None:
        return True
    at = holder.start("run")
    return _portfolio_offset(text[max(region.start, at - 60) : at], holder.group("run")) > 0


def _role_of(stripped: str) -> bool:
    """Whether ``stripped`` (the text before a name, its spaces cut) ends with a role word and
    "of": "the governor of", "chief executive of"."""
    tokens = stripped.rsplit(None, 2)
    return len(tokens) >= 2 and tokens[-1] == "of" and tokens[-2].casefold() in ROLE_WORDS


def _qualifiers_before(text: str, start: int, run: str, role: str) -> frozenset[str]:
    """The capitalised words qualifying the role a name was introduced in, inside its run
    ("Finance Minister Rachel Reeves") or before it ("Ireland coach Declan Rourke")."""
    words = run.split()
    lowered = [word.casefold() for word in words]
    if role not in lowered:
        words = _TOKEN.findall(text, max(0, start - 40), start)
        lowered = [word.casefold() for word in words]
        if role not in lowered:
            return frozenset()
    at = len(lowered) - 1 - lowered[::-1].index(role)
    return _role_qualifiers(words[:at])


_STOP_BEFORE_NAME = re.compile(r"[.!?;]\s")


def role_before_name(text: str, start: int) -> str | None:
    """The role word right before a name: "led by CEO Mark Zuckerberg" → "ceo". Not one
    ending the sentence before: "Rourke, the Ireland manager, was pleased. Mikael
    Lindqvist…" gives Lindqvist no role."""
    # Words as strings, not matches: this runs for every name in an article.
    reach = max(0, start - 30)
    words = _TOKEN.findall(text, reach, start)
    if words and words[-1] in ("of", "for"):
        # "Maria Santos, the lawyer of Jane Doe, said": the one a role is of, or for, does not
        # hold it ("the lawyer said" further on is Santos).
        return None
    last = words[-3:]
    for at in range(len(last) - 1, -1, -1):
        role = last[at].casefold()
        if role in ROLE_WORDS:
            if _verb_of_role(words, len(words) - len(last) + at):
                return None  # "Australia will host India": a verb, no role
            if at + 1 < len(last) and last[at + 1].casefold() in _BUSINESS_NOUNS:
                return None  # "the coach firm, Dalmacija Express": a firm's kind, no role
            end = text.rfind(last[at], reach, start) + len(last[at])
            return None if _sentence_ends(text, end, start) else role
    return None


# What stands before a verb, not before a noun: "will host India", "to coach Ireland", "did
# chair the inquiry". A role word after one is the verb it is too ("host", "coach", "chair",
# "captain", "pilot"), and the name after it is its object, who holds no role.
_BEFORE_A_VERB = frozenset("to will would shall should can could may might must did does".split())
# What a role word may qualify as a noun before it: "the coach firm", "a coach operator", "the
# patient group", "the pilot union". The role is then a kind of business or body, held by no
# one, and the name after it is that body's. (Not the nouns that are roles too: "chief
# regulator Jane Doe" is the regulator.)
_BUSINESS_NOUNS = (ORG_NOUNS | frozenset(("consultancy", "brokerage", "business"))) - ROLE_WORDS


def _verb_of_role(words: list[str], at: int) -> bool:
    """Whether the role word ``words[at]`` is used as a verb (see `_BEFORE_A_VERB`)."""
    return at > 0 and words[at - 1].casefold() in _BEFORE_A_VERB


def _sentence_ends(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``: at a stop and a space, not at a
    title's or an initial's full stop ("Dr. Tom Reid", "Mrs. Ortiz", "J. Smith")."""
    for stop in _STOP_BEFORE_NAME.finditer(text, start, end):
        if text[stop.start()] != ".":
            return True
        word = _last_word(text[max(0, stop.start() - 5) : stop.start()])
        if not (word[:1].isupper() and len(word) <= 4):
            return True
    return False


def _unaccented(word: str) -> str:
    if word.isascii():
        return word.lower()
    return unaccented(word.casefold())


def _given_words(name: str) -> set[str]:
    """The words before a person's surname, accents, case and full stops aside, its particles
    left out: "Siobhán Brennan" → {"siobhan"}, "F. W. de Klerk" → {"f", "w"}."""
    folded = _unaccented(name)
    return {word.strip(".") for word in folded.split()[:-1] if word not in _PARTICLES}


def _same_person(a: str, b: str) -> bool:
    """Whether two names ending with one surname may be one person's: a given name in common
    (an accent aside: "Luis Montenegro", "Luís Montenegro"), an initial standing for one ("F. W.
    de Klerk", "Frederik de Klerk"), or none printed in one, or a description opening it
    ("Second-placed Bekele"). "Aoife Brennan" and "Siobhán Brennan" are two."""
    if _epithet_first(a) or _epithet_first(b):
        return True
    given_a, given_b = _given_words(a), _given_words(b)
    if not given_a or not given_b or given_a & given_b:
        return True
    return any(
        len(initial) == 1 and any(word.startswith(initial) for word in other)
        for given, other in ((given_a, given_b), (given_b, given_a))
        for initial in given
    )


@lru_cache(maxsize=8192)
def _run_facts(run: str) -> tuple[str, tuple[str, ...], bool, bool, bool, bool, bool, bool]:
    """What a capitalised run says whatever surrounds it (names recur, so this is looked up
    once each): the name left of it, its words, whether a word after the first names an
    organisation, whether every word is a person's, whether it opens with a role or title,
    whether the name is one word (a surname's lower-case particles aside: "van Wyk"), whether
    it opens with a common first name, and whether it holds a lower-case particle."""
    name = _strip_name(run)
    words = tuple(name.split())
    org_word = any(word.casefold().rstrip(",.") in ORG_WORDS for word in words[1:])
    # "Ford Motor Company": an organisation's own suffix, with no role inside the run.
    # "North Yorkshire Police's major collision investigation unit": its possessive too.
    run_words = [
        word.casefold().rstrip(",.").removesuffix("’s").removesuffix("'s") for word in run.split()
    ]
    # "Kyranis Tankers", "Greenmoor Fresh": a trade ending a name makes it a firm's (see
    # `_TRADE_WORDS`), read as a person's before.
    if (
        len(run_words) >= 2
        and (
            run_words[-1] in ORG_WORDS
            or run_words[-1] in _TRADE_WORDS
            or run_words[-1] in _BODY_ENDINGS
        )
        and not any(word in _ROLES_AND_TITLES for word in run_words)
    ):
        org_word = True
    lowered = [word.casefold() for word in words]
    if len(lowered) >= 2 and (
        lowered[-1] in _FORCE_WORDS or (lowered[0] == "police" and words[1] not in FIRST_NAMES)
    ):
        org_word = True  # a force's: "Police Scotland", "London Fire Brigade"
    if len(lowered) >= 2 and (
        lowered[-1] == "air" or (lowered[0] == "air" and lowered[1] not in _AIR_RANKS)
    ):
        org_word = True  # an airline: "Air India", "Kenya Air"
    # Initials alone name no one: "S E M E" is an acronym spaced out, "P.K." no name.
    # A name's hyphenated parts are capitalised ("Lewis-Potter", "Jean-Pierre"): one ending in
    # small letters after a hyphen is an adjective made of a place ("New York-listed shares",
    # "Dublin-based").
    # A surname's lower-case particles are a person's words too, but never its last: "Pieter van
    # Wyk", "van Wyk", "Omar al-Masri" (see `_PARTICLES`).
    particled = any(word in _PARTICLES for word in words[:-1])
    person_words = (
        all(
            _PERSON_WORD.fullmatch(_without_particle(word))
            or (word in _PARTICLES and at < len(words) - 1)
            for at, word in enumerate(words)
        )
        and any(len(word) > 1 and _INITIALS.fullmatch(word) is None for word in words)
        and not (
            words and _LOWER_AFTER_HYPHEN.search(words[-1]) and not _syllable_given_name(words)
        )
    )
    titled = any(word.casefold() in _ROLES_AND_TITLES for word in run.split()[:2])
    single = len(words) == 1 or (len(words) >= 2 and all(word in _PARTICLES for word in words[:-1]))
    first_name = bool(words) and words[0] in FIRST_NAMES
    return name, words, org_word, person_words, titled, single, first_name, particled


_ORG_BEFORE_OF = re.compile(
    rf"\b(?:{'|'.join(sorted(ORG_WORDS - {'co', 'co.', 'inc', 'inc.'}))})\s+(?:of|for)\s+$"
)


_GENDERED_WORDS = {
    **dict.fromkeys(
        "mr mr. sir lord mister spokesman chairman businessman congressman councilman".split(),
        Gender.MALE,
    ),
    **dict.fromkeys(
        "mrs mrs. ms ms. miss dame lady madam spokeswoman chairwoman businesswoman "
        "congresswoman councilwoman".split(),
        Gender.FEMALE,
    ),
}


_NEUTRAL_AFTER_LORD = frozenset("mayor provost chancellor lieutenant advocate".split())


def _gender_shown(run: str, word_before: str, name_words: tuple[str, ...]) -> Gender | None:
    """The gender a person's title ("Mrs", "spokesman", just before or inside the run) or
    common first name shows, if any."""
    titled = _gender_titled(run, word_before, name_words)
    if titled is not None:
        return titled
    return FIRST_NAMES.get(name_words[0]) if len(name_words) >= 2 else None


def _gender_titled(run: str, word_before: str, name_words: tuple[str, ...]) -> Gender | None:
    """The gender a person's title ("Mrs", "spokesman", just before or inside the run)
    shows, if any."""
    words = (word_before, *run.split()[: -len(name_words) or None])
    for at, word in enumerate(words):
        gender = _GENDERED_WORDS.get(word.casefold())
        if gender is not None and not (
            # "Lord Mayor Helen Drazic", "Lord Chancellor": an office either may hold.
            at + 1 < len(words) and words[at + 1].casefold() in _NEUTRAL_AFTER_LORD
        ):
            return gender
    return None


class _QuotedParts:
    """Where the text's quotes stand, to tell whether an offset is inside one in its region:
    after an opening curly mark not yet closed, or after an odd number of straight marks."""

    def __init__(self, text: str, single: list[Span] | None = None) -> None:
        self._text = text
        self._curly: list[tuple[int, str]] | None = None  # read on the first question
        # Quotes in single marks (’ is also the apostrophe, so the caller finds them).
        self._single = sorted((span.start, span.end) for span in single or ())
        self._single_starts = [start for start, _ in self._single]

    def holds(self, region: Span, offset: int) -> bool:
        if self._single:
            index = bisect_left(self._single_starts, offset)
            if index and self._single[index - 1][1] > offset:
                return True
        if self._curly is None:
            # Read once for the whole text: a search per region cost more than the questions.
            self._curly = [(m.start(), m.group()) for m in _CURLY.finditer(self._text)]
            self._curly_starts = [at for at, _ in self._curly]
            self._straight = [m.start() for m in _STRAIGHT.finditer(self._text)]
        index = bisect_left(self._curly_starts, offset)
        if (
            index
            and self._curly_starts[index - 1] >= region.start
            and self._curly[index - 1][1] == "“"
        ):
            return True
        straight = bisect_left(self._straight, offset) - bisect_left(self._straight, region.start)
        return straight % 2 == 1


_CURLY = re.compile("[“”]")
_STRAIGHT = re.compile('"')
# The noun opening an office's name, read back from its "of" or "for": "the Bureau of", "the
# Department for". An indefinite article opening a sentence is not the name's: "A Department
# for Business and Trade spokesperson said" is the department's ("A Department" was its name).
_ORG_HEAD = re.compile(
    rf"(?:\b(?:[Tt]he|An?)\s+)?(?P<head>{_UP}[\w&’'-]*(?:\s+{_UP}[\w&’'-]*)*)\s+(?P<join>of|for)"
    r"\s+(?:the\s+)?$"
)
_ROLE_AFTER_NAME_WORDS = frozenset(r for r in ROLE_WORDS if "." not in r)
_ROLE_AFTER_NAME = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_ROLE_WORD})\s+{_UP}")
# "a factory run by Narmada Speciality Chemicals": what runs a works is a company (a person
# runs a company, not a plant), so "the company said" further on refers to it.
_RUN_BY = re.compile(
    r"\b(?:factory|plant|unit|mine|refinery|facility|mill|smelter|warehouse|depot|terminal|"
    r"pipeline|works|site)\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:owned\s+and\s+)?"
    r"(?:run|owned|operated|managed)\s+by\s+$"
)
# "Bharuch district collector Pravin Solanki", "Coshocton county sheriff Dale Whitcomb": a
# place's noun before the role shows the name before it is the place's, not an organisation's.
_PLACE_NOUNS = frozenset(
    "district county state city province region town village borough municipality "
    "prefecture parish".split()
)
# The first words of places named for what they are: "Mount Carrow", "Lake Eyre".
# "County Galway", "Co Mayo", "Co. Durham": an Irish or British county, named for what it is.
_FEATURES = frozenset("mount mt mt. lake cape port fort loch lough county co co.".split())
# Lower-case words placing a place within a larger one: "south-west Dublin" (whose last word,
# as `_token_facts` reads it, is "west"), "northern England", "central London", "upstate New
# York". No one's name follows one.
_PLACE_QUALIFIERS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern "
    "western northeastern northwestern southeastern southwestern central upstate downstate "
    "downtown midtown".split()
)
# A relation in apposition just before a name: "Mr Walsh’s mother, Bernadette Walsh", "his
# father Tom Walsh".
_RELATION_BEFORE = re.compile(
    r"\b(?:(?P<female>mother|wife|sister|daughter|widow|grandmother|granddaughter|aunt|niece"
    r"|stepmother|stepdaughter)|(?:father|husband|brother|son|widower|grandfather|grandson"
    r"|uncle|nephew|stepfather|stepson)),?\s+$"
)
# "Sethi himself was modest": a reflexive after a name, which only a person's takes.
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself)\b")
# The words a noun's qualifier may follow, "two Sherpa guides", "the Obama administration" (see
# `read_cast`), and the lower-case word after it, which is a noun unless a verb ("the King said").
_COUNTS_AND_ARTICLES = _ARTICLES | frozenset(
    [*UNITS, *TENS, *MULTIPLIERS, "several", "many", "few", "both", "some", "dozen", "dozens"]
)
# A count printed in figures: "3,200 UCU members", "300 Laurentian Rail passengers". Not a year
# ("In 2019 Laurentian Rail carried"), whose four digits take no comma.
_COUNT_IN_FIGURES = re.compile(r"\d{1,3}(?:,\d{3})*")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct "
    "oct. nov nov. dec dec.".split()
)


def _count_or_article(stripped: str, last_word: str) -> bool:
    """Whether the text before a name (``stripped``, ending with ``last_word``) ends with an
    article or a count, in words ("two Sherpa guides", "4.1 million Laurentian Rail
    passengers") or in figures ("3,200 UCU members"): the capitalised words after it may
    qualify a noun. A day of a month is no count: "On June 5 Smith resigned"."""
    if last_word in _COUNTS_AND_ARTICLES:
        return True
    token = stripped.rsplit(None, 1)[-1] if stripped else ""
    return (
        _COUNT_IN_FIGURES.fullmatch(token) is not None
        and _word_before_last(stripped) not in _MONTHS
    )


_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z][\w’'-]*)")
_VERBS_AFTER_NAME = _CUE_SET | frozenset(
    "was is has had have were are will would did does do could can should may might must "
    "also".split()
)
_PLACE_WORDS = frozenset("near in at from outside across around inside into towards".split())
_PREPOSITIONS = _PLACE_WORDS | frozenset(
    "for to with by on of after before during against without like unlike".split()
)
# A capitalised word and "&" ending the text before a name: the name goes on an organisation's.
_AMPERSAND_JOINED = re.compile(rf"{_UP}[\w’'-]*\s*&$")
# ", of Scranton," ending the text before a name: a town in an apposition, which a state or
# country may follow ("Linda Haskell, 67, of Scranton, Pennsylvania, said").
# "a retired teacher from Ballina, Co Mayo, has been waiting": "from" a town after a noun too.
_PLACE_AFTER_TOWN = re.compile(
    rf"(?:,\s+(?:of|from)|\s+from)\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}},$"
)
# "who grew up in Tuam, Galway,", "a village near Ennis, Clare,": a town after "in", "near",
# "at" or "outside", then the larger place it is in (see `read_cast`).
_PLACE_IN_TOWN = re.compile(
    rf"\s(?:in|near|at|outside)\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}},$"
)
# "Gloria Mendes, 58, a school bus driver in Quincy, Massachusetts, who was in the group": the
# town ends a description opened by an article in apposition to a name, so the clause after
# the larger place is the name's, not the place's.
_DESCRIBED_IN_TOWN = re.compile(
    rf",\s+(?:an?|the)\s+[^,;:.!?“”\"]{{1,80}}?\s(?:in|near|at|outside)\s+"
    rf"{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}},$"
)
# "at the Tata Institute of Fundamental Research (TIFR), Mumbai, who": the abbreviation in
# brackets ends an organisation's name, and a name after its comma is where it is, a place,
# whatever clause follows: the clause is the apposition's owner's (see `read_cast`).
_PLACE_AFTER_ABBREVIATION = re.compile(rf"\s{_ABBREVIATION},$")
# "Nimbra said its engineers…": a one-word name that "its" refers to is an organisation.
_ITS_AFTER = re.compile(r"[^.!?“”\"]{0,80}?\bits\b")
_PERSONAL_AFTER = re.compile(r"[^.!?“”\"]{0,80}?\b(?:he|she|his|her|him)\b", re.IGNORECASE)
# "Mercer's golf was not flawless, but he birdied the 15th.": a lower-case "he" or "she" acting
# later in the sentence a name opens, no other capitalised word between, is that name's; only
# a person is "he" or "she", so the name is a person's, and the one acting in the sentence
# (which a "he said" after it refers to) even as a possessive (see `read_cast`).
# The name is the sentence's subject, or owns it: a possessive or a verb follows it at once, not
# "Outside the court, he said", "Speaking to reporters, he said".
_OWNS_OR_ACTS = re.compile(rf"(?:’s|'s|\s+{_VERB}\b)")
_PRONOUN_ACTS_LATER = re.compile(
    rf"[^.!?;:“”\"‘\n{UPPER}]{{0,100}}?\b(?:he|she)\s+(?:also\s+)?{_VERB}\b"
)

# A person's pronoun, and where a quote opens (a pronoun in it is the speaker's own).
_PERSONAL_LATER = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_QUOTE_OPENS = re.compile('[“"‘]')


def _pronoun_acts_after(after: str, owns: bool) -> bool:
    """Whether a "he" or "she" acting later in the sentence is the name's (see
    `_OWNS_OR_ACTS`): ``after`` follows the name's run, which ``owns`` when it took in a "’s"."""
    opener = _OWNS_OR_ACTS.match(after)
    if opener is None and not owns:
        return False
    return _PRONOUN_ACTS_LATER.match(after, opener.end() if opener else 0) is not None


# Capitalised words, perhaps joined by the small words of an organisation's name: "League of
# Ireland", "Department for Business and Trade".
_CAPITALISED_NAME = re.compile(
    rf"{_UP}[\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?{_UP}[\w&’'-]*)*"
)
# The rest of a sentence opening with a possessive, then a "He" or "She" acting that opens the
# next sentence: "Brennan's fund has invested in a League of Ireland club. He said".
_SENTENCE_THEN_PRONOUN = re.compile(
    rf"[^.!?;:“”\"‘\n]{{1,200}}?[.!?]\s+(?P<pronoun>He|She)\s+(?:also\s+)?{_VERB}\b"
)


def _owner_then_pronoun(text: str, end: int, stop: int, word: str) -> bool:
    """Whether a single name owning the subject that opens a sentence (its run ending at
    ``end``) is the person the "He" or "She" opening the next sentence refers to: only a person
    is "he", and none else is named between (a capitalised run there names an organisation:
    "a League of Ireland club"). Not a word the text prints after a preposition ("in Britain",
    "chief executive of Tesco"), a country's ("Ireland's economy") nor a party's ("Labour's
    manifesto"): places and bodies own a subject too."""
    found = _SENTENCE_THEN_PRONOUN.match(text, end, stop)
    if found is None:
        return False
    lowered = word.casefold()
    if lowered in _PARTY_MEMBERS or word in _COUNTRY_NAMES or word in _NATIONAL_WORDS:
        return False
    for run in _CAPITALISED_NAME.finditer(text, end, found.start("pronoun")):
        run_words = {part.casefold() for part in run.group().split()}
        if ORG_WORDS.isdisjoint(run_words):
            return False
    after_preposition = re.compile(
        rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))})\s+(?:the\s+)?{re.escape(word)}\b"
    )
    return after_preposition.search(text) is None


_WHO_AFTER = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:who|whose)\b")
# Words ending in "-ing" that say what "it" is like, not what it is doing: "said it was
# devastating", "it was becoming clear", "it was nothing".
_NOT_DOING = (
    "becoming getting going being coming raining snowing looking starting beginning proving "
    "turning happening seeming devastating disappointing shocking amazing frustrating "
    "interesting encouraging worrying exciting humbling overwhelming surprising heartbreaking "
    "terrifying concerning alarming distressing upsetting embarrassing astonishing staggering "
    "appalling disturbing troubling refreshing reassuring promising challenging demanding "
    "rewarding satisfying pleasing depressing confusing boring tiring moving touching fitting "
    "nothing something everything anything morning evening during"
).split()
# "Greenmoor Fresh said in a statement that it was “working around the clock…”", "Global
# Affairs Canada said in a statement that it was aware of…": the "it" opening what a name said
# stands for that name when it is doing something or is in a state only a body is said to be
# in ("it was aware", "it was deeply saddened"); a person's "it" is a thing ("Keating said it
# would be wrong to speculate", "said it was devastating"). See `read_cast` for the names.
_IT_SAID = re.compile(
    r",?\s+(?:also\s+)?(?:said|says|added|confirmed|stated)"
    r"(?:\s+(?:in\s+an?\s+(?:[\w-]+\s+)?statement|on\s+[A-Z][a-z]+))?,?"
    r"\s+(?:that\s+)?it\s+(?:was|is)\s+"
    r"(?:(?:not|also|still|now|already|deeply|fully|very|actively)\s+)*[“\"‘']?"
    rf"(?:(?!(?:{'|'.join(_NOT_DOING)})\b)[a-z]{{3,}}ing|aware|saddened|devastated|shocked"
    r"|disappointed|committed|confident|pleased|delighted)\b"
)
# What a firm is called by as often as a person, in apposition before its name: "The
# organizer, Southerly Live, said in a statement that it was devastated" (see
# `_apposed_to_firm_role`).
_FIRM_HELD_ROLES = _FIRM_ROLES | frozenset(
    "organiser organizer promoter developer contractor sponsor supplier manufacturer maker "
    "builder publisher distributor provider".split()
)


def _apposed_to_firm_role(stripped: str, first: str) -> bool:
    """Whether a name stands in commas after a role a firm may hold ("The organizer, Southerly
    Live, said") or a body's noun ("The operator, Shipwreck Coast Tours, said"): the "it" of
    what it said may then be its own, as after a name opening its clause. Not after a role only
    a person holds ("The chief executive, Kwame Mensah, said it was working"), nor after any
    other noun ("His employer, Kwame Mensah,"): the "it" there may be their firm. ``stripped``
    is the text before the name, its spaces cut; ``first`` the character after it."""
    if first != "," or not stripped.endswith(","):
        return False
    role = _last_word(stripped[:-1]).casefold()
    return role in _FIRM_HELD_ROLES or role in ORG_NOUNS


# "In a post on its dark web leak site on Tuesday, Nightfall published screenshots": a phrase
# opening the sentence (at a preposition or a participle) whose "its" can only look forward,
# to the name after its comma, the subject (see `_its_opens_sentence`). The "its" follows the
# opener or a preposition ("In its report", "on its leak site", "to its shareholders",
# "Announcing its results"): not "In the city and its suburbs", whose "its" is the city's.
_ITS_LEAD = re.compile(
    r"(?P<opener>[^\W\d_]+)(?:\s[^,.;:!?“”\"‘\n]{0,100}?"
    r"\b(?:in|on|at|to|for|from|with|by|via|through|across|of))?\s+its\b"
    r"[^,.;:!?“”\"‘\n]{0,60},\s+"
)
_LEAD_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|their|they)\b", re.IGNORECASE)
_SENTENCE_BEFORE = re.compile(r"(?s:.*)(?:[.!?][’”\"]?\s+|\n)")


def _its_opens_sentence(text: str, floor: int, start: int) -> bool:
    """Whether the sentence the name at ``start`` is the subject of opens with a phrase holding
    "its" and ending at the comma before the name ("In a post on its leak site, Nightfall
    published screenshots", "Writing on its blog, Kestrel said"): nothing but the name after it
    can own what that "its" owns, so the name is a body's, as a person's would be "his" or
    "her". ``floor`` is where the region opens."""
    reach = max(floor, start - 200)
    opened = _SENTENCE_BEFORE.match(text, reach, start)
    at = opened.end() if opened is not None else reach
    if opened is None and reach > floor:
        return False  # the sentence opens further back than a phrase runs
    lead = _ITS_LEAD.fullmatch(text, at, start)
    if lead is None or not lead.group("opener")[:1].isupper():
        return False
    opener = lead.group("opener").casefold()
    if opener not in _PREPOSITIONS and not opener.endswith("ing"):
        return False  # "Banksia said its…": a clause of its own, not a phrase
    return _LEAD_PERSONAL.search(text, at, start) is None


# "The group behind the attack, known as Nightfall, has demanded 75 bitcoin", "a group calling
# itself Ghostline", "a company called Vantor": the name a body's noun is given, perhaps after
# a phrase saying which body (at a preposition or a relative word: not "the party leader, known
# as…", a person's role, nor "the company’s founder"), is that body's, and what it is. "Called"
# and "named" only right after "a" and the noun: in "The board named Kowalski as its chair",
# the noun is the verb's subject, and the name a person's.
_BODY_NOUN = _word_alternation(by_length(ORG_NOUNS))
_NAMED_BODY_BEFORE = re.compile(
    rf"\b(?:(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_BODY_NOUN})"
    r"(?:\s+(?:behind|from|of|in|at|for|with|based|responsible|that|which)\b"
    r"[^,.;:!?“”\"‘\n]{0,60})?,?\s+(?:(?:also\s+)?known\s+as|calling\s+itself)"
    rf"|[Aa]n?\s+(?:[\w’'-]+\s+){{0,2}}?(?P<called>{_BODY_NOUN})\s+(?:called|named))\s+$"
)
_NAMED_BODY_REACH = 120
_NAMING_WORDS = frozenset(("as", "called", "named", "itself"))  # the words ending that pattern


# "Mensah said it was “working” and he was glad": a "he" or "she" in the rest of the sentence,
# inside its quotes too, shows a person.
_PERSONAL_IN_SENTENCE = re.compile(r"[^.!?]{0,160}?\b(?:he|she|his|her|him)\b", re.IGNORECASE)
# "Kyranis Tankers, which operates the vessel, said": "which" never stands for a person.
_WHICH_SAYS = re.compile(rf",\s+which\s+[^,.;:!?“”\"\n]{{1,120}},\s+(?:also\s+)?{_CUE}\b")
# What says a company's noun before a name is not the name's ("the firm Andreas Kyranis
# founded"): an article, a possessive or a relative word.
_DETERMINERS = frozenset("the a an this that his her their its our my your whose which".split())
# "The Foreign, Commonwealth and Development Office", "Britain’s Foreign and Commonwealth
# Office", "the Scottish Fire and Rescue Service", "A Foreign, Commonwealth and Development
# Office spokesperson": the capitalised words listed (one to three a part), after an article
# (definite or not) or an owner's possessive, before an office's name are part of its name
# (read apart, "Scottish Fire" was a name of its own and the service "Rescue", a fragment).
# Not "Apple, Google and Meta Platforms said": no article stands before firms listed so.
_LISTED_ITEM = r"[^\W\d_a-z][\w-]*(?:\s+[^\W\d_a-z][\w-]*){0,2}"  # see `_ORGANISATION_ITEM`
_LISTED_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?)|[’']s)\s+(?P<list>(?:{_LISTED_ITEM},\s+)*{_LISTED_ITEM},?\s+(?:and|&)\s+)$"
)
# "the Department for Environment, Food and Rural Affairs", "the Department for Business and
# Trade", "the Institute for Marine and Antarctic Studies": the words listed after what an
# office is for or of, the last after an "and", are its name's too. Only after the noun of a
# public body that is named so: "the Bank of England and Barclays" are two.
_LISTED_AFTER = re.compile(
    rf"(?P<list>(?:,\s+{_LISTED_ITEM}){{0,4}},?\s+(?:and|&)\s+{_LISTED_ITEM})"
    r"(?![\w’'-]|\s+[^\W\d_a-z]|\s*\()"
)
# "Avon and Somerset Police", "Devon & Cornwall Police said": a force's area may be places
# listed with no article before them, as a service's words may (see `_listed_name`).
_AREAS_BEFORE = re.compile(rf"(?P<list>(?:{_LISTED_ITEM},\s+)*{_LISTED_ITEM},?\s+(?:and|&)\s+)$")
# "whose second album topped the charts in Britain, Ireland and Australia, posted that she was
# sorry": the places listed after "in", "across" or "from" are all its objects, the last, after
# its "and" or "or", as much as the first, and an object of a place word is never a person
# (see `read_cast`), though a cue follows it. Each item may take an article ("across the UK,
# the US and Canada").
_PLACE_LIST_BEFORE = re.compile(
    rf"(?<![\w’'-])(?i:{'|'.join(sorted(_PLACE_WORDS))})\s+"
    rf"(?P<list>(?:(?:the\s+)?{_LISTED_ITEM},\s+)*(?:the\s+)?{_LISTED_ITEM}(?P<comma>,)?)"
    r"\s+(?:and|or)\s+(?:the\s+)?$"
)
# How far before a name the place word opening its list may stand.
_PLACE_LIST_REACH = 160
_LISTING_HEADS = frozenset(
    "department ministry institute office agency commission committee council centre center "
    "society association federation foundation authority bureau".split()
)


_LISTED_WORD = re.compile(r"[\w-]+")


def _listed_name(text: str, floor: int, start: int, end: int | None = None) -> int | None:
    """Where the name of an office whose run opens at ``start`` (and ends at ``end``) opens,
    if the capitalised words listed before the run, after an article or an owner's
    possessive, are part of it (see `_LISTED_BEFORE`): "the Foreign, Commonwealth and
    Development Office", "Britain’s Foreign and Commonwealth Office", "the Scottish Fire and
    Rescue Service"; a force's places, with no article (see `_AREAS_BEFORE`). Not an acronym
    nor an organisation's own word, which names a body of its own: "the FBI and Justice
    Department", "the Police and Crime Commission" stay as they are read; nor a role, a title
    or a common first name ("the Prime Minister and Cabinet Office")."""
    match = _LISTED_BEFORE.search(text, max(floor, start - 80), start)
    if (
        match is None
        and end is not None
        and not _SERVICE_WORDS.isdisjoint(text[start:end].casefold().split())
    ):
        # "Avon and Somerset Police said", "Scottish Fire and Rescue Service crews": a force's
        # or a service's places and words, with no article before them; the word before the
        # first is none of them.
        match = _AREAS_BEFORE.search(text, max(floor, start - 80), start)
        if match is not None and text[max(floor, match.start() - 1) : match.start()].isalnum():
            match = None
    if match is None or not _listable(match.group("list")):
        return None
    return match.start("list")


def _last_of_places(text: str, floor: int, start: int) -> bool:
    """Whether the name at ``start`` ends a list of places after a place word (see
    `_PLACE_LIST_BEFORE`): "in Britain, Ireland and Australia", "in Britain and Australia". Not
    one place and a comma before the "and", which joins a clause ("The gig was in Dublin, and
    Kelly said")."""
    match = _PLACE_LIST_BEFORE.search(text, max(floor, start - _PLACE_LIST_REACH), start)
    if match is None:
        return False
    listed_several = "," in match.group("list").removesuffix(",")
    return listed_several or match.group("comma") is None


def _listed_after(text: str, head: str, end: int, stop: int) -> int | None:
    """Where the name of an office read up to ``end`` as ``head`` "for" or "of" a run ends, if
    capitalised words listed after the run are part of it (see `_LISTED_AFTER`): "the
    Department for Environment, Food and Rural Affairs". None if no such list follows."""
    if _owner_word(head.rsplit(None, 1)[-1]) not in _LISTING_HEADS:
        return None
    match = _LISTED_AFTER.match(text, end, stop)
    if match is None or not _listable(match.group("list")):
        return None
    return match.end()


def _listable(listed: str) -> bool:
    """Whether the words of ``listed`` may all be words of one office's name (see
    `_listed_name`)."""
    words = [word for word in _LISTED_WORD.findall(listed) if word != "and"]
    return not any(
        word.isupper()
        or word.casefold() in ORG_WORDS
        or word.casefold() in _ROLES_AND_TITLES
        or word in FIRST_NAMES
        for word in words
    )


def _word_before_last(stripped: str) -> str:
    """The word before the last of ``stripped``, in lower case ("" if none): "the" in "the
    firm"."""
    words = stripped.rsplit(None, 2)
    return words[-2].casefold() if len(words) >= 2 else ""


def _named_as_person(text: str, surname: str) -> bool:
    """Whether the text prints the last word of a name alone as a person's surname: after a
    title ("Mr Mensah") or before a cue or an age ("Mensah said", "Mensah, 34,")."""
    word = re.escape(surname)
    pattern = re.compile(
        rf"(?P<titled>\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{word}\b)"
        rf"|(?<![\w’'-]){word}(?:\s+(?:also\s+)?{_CUE}\b|,\s+\d{{1,3}},)"
    )
    for match in pattern.finditer(text):
        if match.group("titled"):
            return True
        before = text[max(0, match.start() - 40) : match.start()].split()
        # Not "Greenmoor Fresh said": the word is its name's last, not a surname alone.
        if not before or not before[-1][:1].isupper() or before[-1][-1:] in ".!?":
            return True
    return False


# "Ferrer, 23, said the fourth set was the best tennis he had played.": an age in apposition
# (see `_acts` for the verb after it) is a person's.
_AGE_APPOSED = re.compile(r",\s+\d{1,3},\s")
_SENTENCE_END_MARKS = '.!?“”"’:'


@lru_cache(maxsize=4096)
def _token_facts(token: str) -> tuple[str, bool]:
    """What the last whitespace-separated token before a name says (tokens recur, so this is
    looked up once each): its last word (``\\w+``) lower-cased, empty when it ends with
    something else, and whether it ends with a role word ("CEO Mark Zuckerberg")."""
    token = token.casefold()
    return _last_word(token), _ends_with_role(token)


# Bodies whose whole name ends in "’s" and which open a sentence as its subject: "McDonald's
# said in a statement".
_WHOLE_POSSESSIVE_NAMES = frozenset(
    "mcdonald sainsbury queen john domino kellogg macy wendy moody lloyd harrod selfridge "
    "nando".split()
)


def _has_contracted(run: str, after: str, last_word: str) -> bool:
    """Whether a name's "’s", a verb right after it, is "has": "Declan Rice's admitted Arsenal
    must improve", "Kane's said he is happy". Not a body's whole name ("Sainsbury's said"),
    nor one after "for" ("A spokeswoman for Queen’s said")."""
    return (
        after[:1].isspace()
        and last_word not in _PREPOSITIONS
        and last_word not in _INVERTED_CUES
        and _last_word(run[:-2]).casefold() not in _WHOLE_POSSESSIVE_NAMES
    )


def _speaks(after: str, last_word: str) -> bool:
    """Whether a lone name speaks: "Burton explained…", "said Burton." In "said Labour had lost
    its way", Labour is the subject of what was said. ``after`` follows the name; ``last_word``
    is the word before it (empty when no space stands between)."""
    first = after[:1]
    speaks = (first.isspace() or first == ",") and _SPEAKS_AFTER.match(after) is not None
    if speaks and _NOUN_CUE.match(after) is not None:
        return False  # "Asylum claims, however, rose to a record 111,084."
    return speaks or (last_word in _INVERTED_CUES and _ENDS_CLAUSE.match(after) is not None)


# "“…,” said Harlow Securities analyst Rebecca Tan.": a cue, then the speaker's role (and what
# it is of) before the name, which is the cue's subject as "said Burton." is.
_CUE_THEN_ROLE = re.compile(rf"\b(?P<cue>{_CUE})\s+(?:[\w’'.&-]+\s+){{1,4}}$")


def _cue_then_role(text: str, start: int, end: int, after: str) -> bool:
    """Whether the name at ``end`` follows a cue and a role (see `_CUE_THEN_ROLE`), its clause
    ending after it (see `_ENDS_CLAUSE`)."""
    before = text[start:end]
    if not _ends_with_role(before) or _ENDS_CLAUSE.match(after) is None:
        return False
    found = _CUE_THEN_ROLE.search(before)
    return found is not None and found.group("cue") in _INVERTED_CUES


# Cues a speaker's name may follow, "said Burton.": not "told", whose object is the one told,
# a listener ("Prof. Ruth Adebayo … told The Hindu." then "she added" is hers, not the
# newspaper's), nor a speaker or a pronoun's antecedent.
_INVERTED_CUES = _CUE_SET - {"told", "tells"}


def _acts(after: str) -> bool:
    """Whether the name followed by ``after`` acts in its clause (see `_ACTS`)."""
    first = after[:1]
    return (first.isspace() or first in _ACTS_OPENERS) and _ACTS.match(after) is not None


# A relative clause after a name, or a participle's phrase in apposition after one ("Whitfield,
# speaking in front of the town's First Baptist Church, said"), or a role's ("Mick Stapleton,
# head of network operations at the distributor Powercor, said": the apposition's owner acts,
# not the company), and where it (or the sentence) ends. Not a role introducing the name after
# it (which the search, ending before the name, sees as the end): "For the Conservatives,
# shadow chancellor Mel Stride accused".
# (The role words are grouped by their first letter, as `_word_alternation` writes them: the
# plain alternation, tried after every comma, made reading the cast slower.)
_WHO_CLAUSE = re.compile(
    rf",\s+(?:who|whose)\b|(?P<owner>\w+),\s+(?:{_PARTICIPLE}"
    rf"|(?:(?:the|an?)\s+)?(?:[\w’'-]+\s+){{0,3}}?{_ROLE_PREFIX}"
    rf"{_word_alternation(by_length(_ROLE_AFTER_NAME_WORDS))}\b"
    r"(?!\s*$|\s+[^\W\d_a-z]))"
)
_CLAUSE_END = re.compile(r"[,;:.!?“”\"—–()\n]")
# The capitalised names listed (with commas) before the last, after its "and" or "or": "Taylor
# Swift, Adele and ", "Britain, Ireland, and ".
_NAMES_LISTED_BEFORE = re.compile(
    rf"(?<![\w’'-]){_LISTED_ITEM}(?:,\s+{_LISTED_ITEM})+,?\s+(?:and|or)\s+$"
)


# The relative pronouns a relative clause's subject follows, the pronoun being its object: "the
# corridor, which Laurentian Rail uses", "the adviser whom Reid hired". Not "that", which also
# opens a reported clause ("said that Reid had resigned"), whose subject does act.
_RELATIVE_OBJECTS = frozenset(("which", "whom"))
_SENTENCE_CLOSE = re.compile(r"[.!?](?:\s|$)")
_MAIN_VERB = re.compile(rf",\s+(?:also\s+)?{_VERB}\b")


def _in_relative_clause(text: str, subject: Mention, other: Mention) -> bool:
    """Whether ``other`` is named inside the relative clause of ``subject``, whose own verb
    follows it in the sentence: in "Ronan Pender, who made two important saves in the second
    half, including a reflex stop from Heinonen with the score at 1-1, summed up the mood",
    the sentence is Pender's, and "the goalkeeper said" after it describes him."""
    if other.name == subject.name:
        return True
    if _WHO_AFTER.match(text, subject.span.end) is None:
        return False
    if _SENTENCE_CLOSE.search(text, subject.span.end, other.span.start) is not None:
        return False
    close = _SENTENCE_CLOSE.search(text, other.span.end)
    stop = close.start() if close else len(text)
    return _MAIN_VERB.search(text, other.span.end, stop) is not None


# An apposition after a name, opened by an article or an owner's possessive and not closed
# before the end of the text searched: "Dave Pilling, UCU’s regional official for Yorkshire and "
# (see `_ends_apposition`).
# "Tomasz Wren, of the live music consultancy Stagecraft Insight, said": or what the person
# is of, in lower case before its name.
_OPEN_APPOSITION = re.compile(
    rf"{_UP}[\w’'-]*(?:,\s+\d{{1,3}})?,\s+(?:(?:of|from)\s+)?(?:(?:the|a|an)\s+|{_OWNER}[’']s\s+)"
    rf"[^,;:.!?“”\"—–()\n]{{1,120}}$"
)


def _ends_apposition(text: str, start: int, at: int, end: int) -> bool:
    """Whether the name from ``at`` to ``end`` ends an apposition after another name, opened
    after ``start``, whose owner the verb after it is: in "Dave Pilling, UCU’s regional official
    for Yorkshire and Humberside, told this newspaper", Pilling told it, not Humberside (see
    `_ACTS`, which reads the clause from the owner's side)."""
    return (
        _MAIN_VERB.match(text, end) is not None
        and _OPEN_APPOSITION.search(text, start, at) is not None
    )


def _in_who_clause(text: str, start: int, at: int) -> bool:
    """Whether the name at ``at`` stands inside a "who" clause opened after ``start`` and not
    closed before it: in "Oyelaran, who ran on a promise to finish the Eglinton Crosstown and
    Finch West lines, said he was proud", the clause's owner acts, not "Finch West"."""
    if text.find(",", start, at) == -1:
        return False  # every clause the pattern reads opens at a comma
    opened = None
    for found in _WHO_CLAUSE.finditer(text, start, at):
        # A participle's or a role's phrase after a name only: in "Crews worked overnight,
        # clearing roads for Governor Reed", the governor is not in an apposition.
        owner = found.group("owner")
        if owner is None or owner[:1].isupper():
            opened = found
    if opened is None:
        return False
    # "Nell Ashdown, who toured with Taylor Swift, Adele and Beyoncé, posted": the commas of a
    # list of names close no clause; the name ending the list stands where the list opens.
    listed = _NAMES_LISTED_BEFORE.search(text, opened.end(), at)
    if listed is not None and listed.end() == at:
        at = listed.start()
    return _CLAUSE_END.search(text, opened.end(), at) is None


def read_cast(text: str, regions: list[Span], single_quotes: list[Span] | None = None) -> Cast:
    """Every capitalised name in the regions, classified as person or organisation.
    ``single_quotes`` are the spans of quotes in single marks, whose names do not act."""
    cast = Cast(text=text)
    # Each name with its start and end, and what tells whether it acts as a subject: None for
    # an organisation, else its run's start and end, region, whether it opens a sentence,
    # whether it is a possessive, the word before it and whether it is a preposition's
    # object. Whether it acts is decided only for the names that turn out to be people, once
    # the cast is known: most capitalised words are not.
    raw: list[tuple[str, int, int, tuple[int, int, Span, bool, bool, str, bool] | None]] = []
    roled: list[tuple[str, str]] = []
    introduced: list[tuple[int, str, frozenset[str], str]] = []  # see `Cast.introductions`
    alone: dict[str, bool] = {}  # see `_possessive_part`
    # A person, the gender a title or name shows, and whether only the first name shows it.
    shown: list[tuple[str, Gender, bool]] = []
    titled_at: dict[int, Gender] = {}  # where a name a title gives a gender to ("Mrs Walsh") starts
    # One-word organisations the text shows as such ("Northline’s chief executive", "Nimbra
    # spokeswoman Jane Ortiz", "Nimbra said its…"): a longer name opening with one of them
    # ("Northline Rail", "Nimbra Cloud") is the same organisation.
    possessors: set[str] = set()
    org_acting: dict[int, tuple[int, Span]] = {}  # an acting organisation: its run, region
    # The names read as a firm's only by the "it" of what they said (see `_IT_SAID`).
    said_it: set[str] = set()
    speaking_acronyms: set[str] = set()  # short forms read as bodies by speaking
    # The names printed somewhere as a person's by more than acting: a title, a role, a
    # relation, an age or a "who" (see `said_it` below).
    shown_people: set[str] = set()
    qualifying: set[int] = set()  # where a name qualifying a noun starts ("two Sherpa guides")
    # Where a longer name qualifying a noun starts ("4.1 million Laurentian Rail passengers"):
    # named, but not acting.
    not_acting: set[int] = set()
    # Where an organisation's name qualifying a noun starts ("a Major League Soccer team").
    qualifying_organisations: set[int] = set()
    # Where a one-word name only an "its" after it read as a firm starts → what tells whether
    # it acts, should it turn out to be a person's surname (see `clues` below).
    its_clues: dict[int, tuple[int, int, Span, bool, bool, str, bool]] = {}
    # Where each quote in single marks closes: a ’ there after a name ending in "s" closes the
    # quote, it is no possessive (see `bare_possessive` below).
    single_closes = {span.end - 1 for span in single_quotes or ()}
    for region in regions:
        previous_end = -2
        for match in _NAME_RUN.finditer(text, region.start, region.end):
            start, end = match.span()
            if start < previous_end:
                continue  # read with the run before (see below)
            # The last words of a name longer than a run ("the Santa Rosita Fire Protection
            # District") are not a name of their own.
            follows_run = start == previous_end + 1
            previous_end = end
            if follows_run:
                continue
            run = match.group()
            if " " not in run and text[start - 1 : start] in (" ", "-"):
                # "“…,” van Wyk said": the lower-case particles before a surname printed alone
                # are part of it, as they are after a first name ("Pieter van Wyk"); the run,
                # opening at a capital, leaves them out.
                lead = _particle_start(text, start, region.start)
                if lead != start:
                    start = lead
                    run = text[start:end]
            if text.startswith(" ", end) and not _role_in(run):
                # "New South Wales Energy Minister Rachel Thornton said": a place and a
                # portfolio fill a run of their own before the role; the name after it is
                # read with them, and the run from the role on (see below).
                more = _NAME_RUN.match(text, end + 1, region.end)
                if (
                    more is not None
                    and more.group().split(None, 1)[0].casefold() in ROLE_WORDS
                    and " " in more.group()
                ):
                    start, end = more.span()
                    previous_end = end
                    run = text[start:end]
                elif more is not None and _letters_end_run(run, more.group()):
                    # "Kenya Power MD Joseph Siror", "Greater Manchester Police ACC Sarah
                    # Jackson": a role's letters close a run, the name after them runs on
                    # into the next; read as one, the letters cut off with what qualifies them.
                    end = previous_end = more.end()
                    run = text[start:end]
            if text.startswith(" ", end) and _role_in(run):
                # "Vila de Rei Mayor Ricardo Aires": a place and a role before the name fill a
                # run, and the name runs on into the next.
                more = _NAME_RUN.match(text, end + 1, region.end)
                after_role = _words_after_role(run)
                if more is not None and after_role < 2:
                    end = previous_end = more.end()
                    run = text[start:end]
                elif more is not None and after_role == 2 and _is_name_word(more.group()):
                    # "Prime Minister Kamal Raj Adhikari": a three-word name after a
                    # two-word role fills the run but one word.
                    end = previous_end = more.end()
                    run = text[start:end]
            if " " in run and text.endswith(_PORTFOLIO_ENDS, max(region.start, start - 5), start):
                # "Minister for Transport Ciarán Hegarty": the portfolio opens the run.
                start += _portfolio_offset(text[max(region.start, start - 60) : start], run)
                run = text[start:end]
            name, words, org_word, person_words, titled, single, first_name, particled = _run_facts(
                run
            )
            if not words:
                continue  # a capitalised first word or a title alone ("The", "But", "Mr")
            if not first_name and _office_title(words[-1]) and _titles_holder(text, end, region):
                # "Federal Minister for Climate Change Sadia Awan", "Prime Minister of Pakistan
                # Shehbaz Sharif": a title and the words qualifying it, whose portfolio and
                # holder follow; no one is called "Federal Minister". The holder's run is read
                # next (its portfolio cut off by `_portfolio_offset`).
                continue
            before = text[max(region.start, start - 40) : start]
            after = text[end : end + 150]  # an apposition may run long before the verb
            stripped = before.rstrip()
            at_sentence_start = not stripped or stripped[-1] in _SENTENCE_END_MARKS
            # The word ending ``before`` answers three questions (an article? a cue? a role?)
            # that were three regex searches anchored at the end, each trying every position.
            spaced = len(stripped) < len(before)
            last_word, role_before = _token_facts(stripped.rsplit(None, 1)[-1] if stripped else "")
            if role_before and _word_before_last(stripped) in _BEFORE_A_VERB:
                role_before = False  # "Australia will host India": the object of a verb
            if not spaced:
                last_word = ""
            # The patterns read after the name open with a space, a comma or an apostrophe:
            # most names are followed by one of them, the rest skip the matches.
            first = after[:1]
            spaced_after = first.isspace()
            # "the Office for National Statistics", "the Bank of England": the rest of an
            # organisation's name, after its "of" or "for".
            # Not a person's name: "the Civic Alliance of Elena Marsh".
            of_org = (
                last_word in ("of", "for")
                and not titled
                and not (not single and first_name)
                and _ORG_BEFORE_OF.search(before.casefold())
            )
            # Not for a possessive: in "Zuckerberg’s announcements … its platforms", "its" is
            # the company's.
            its_after = (
                single
                and not titled
                and "its" in after  # a plain look before the regex: most names have none
                # Only the subject's: in "For Rivera, the result showed the car at its best"
                # and "landed back in Mumbai after a fire in one of its engines", "its" is
                # another's.
                and last_word not in _PREPOSITIONS
                and run.split(None, 1)[0].casefold() not in _PREPOSITIONS
                and not run.endswith(("’s", "'s"))
                and after[:2] not in ("’s", "'s")
                and _ITS_AFTER.match(text, end, end + 80) is not None
                and _PERSONAL_AFTER.match(text, end, end + 80) is None
            )
            # "In a post on its leak site, Nightfall published screenshots": the "its" of the
            # phrase opening the sentence is the subject's, a body's (see `_its_opens_sentence`).
            its_before = (
                single
                and not titled
                and not first_name
                and first != ","
                and stripped.endswith(",")
                and (_acts(after) or _speaks(after, last_word))
                and _its_opens_sentence(text, region.start, start)
            )
            # "The group behind the attack, known as Nightfall, has demanded": a body's name.
            named_body = None
            if not titled and not first_name and last_word in _NAMING_WORDS:
                reach = max(region.start, start - _NAMED_BODY_REACH)
                named_body = _NAMED_BODY_BEFORE.search(text, reach, start)
            # "Nimbra spokeswoman Jane Ortiz", "Arsenal manager Mikel Arteta": a one-word name
            # before a lower-case role is the organisation the role belongs to.
            # "Redline Live chief executive Tom Feeney": a longer name too, if no title or
            # first name shows a person.
            role_after = (
                (single or not titled)
                and spaced_after
                and not first_name
                and not _ROLE_AFTER_NAME_WORDS.isdisjoint(after.split(None, 2)[:2])
                and after.split(None, 1)[0] not in _PLACE_NOUNS
                and _ROLE_AFTER_NAME.match(text, end, end + 40) is not None
            )
            # "SkyIndus, India's third-largest airline, flew": what the apposition calls it.
            described = (
                _ORG_APPOSITION.match(after)
                if first == "," and not titled and not first_name
                else None
            )
            # A name the text calls a firm, as a person is never called: "Shipping firm
            # Kyranis Lines" (a company's noun before a longer name, not "the firm Andreas
            # Kyranis founded"; "research firm Forrester" is left as it was read), "Kyranis
            # Tankers, which operates the vessel, said" (see `_WHICH_SAYS`), "Greenmoor Fresh
            # said in a statement that it was “working…”" (see `_IT_SAID`). The last only for a
            # longer name no title, role, common first name or particle shows a person's, whose
            # last word the text never prints alone as a surname ("Mensah said") and which no
            # "he" or "she" follows: a person's "it" may be their firm, and an organisation's
            # key is its first word, not a surname, which would part the one person across
            # articles.
            unnamed = not titled and not any(word in FIRST_NAMES for word in words)
            it_said = (
                unnamed
                and not single
                and not role_before
                and not particled
                and (spaced_after or _apposed_to_firm_role(stripped, first))
                and " it " in after[:70]
                and _IT_SAID.match(after) is not None
                and _PERSONAL_IN_SENTENCE.match(text, end, end + 160) is None
                and not _named_as_person(text, words[-1])
            )
            called_firm = unnamed and (
                (
                    spaced
                    and not single
                    and last_word in _FIRM_NOUNS
                    and _word_before_last(stripped) not in _DETERMINERS
                )
                # Not "the Volcanic Ash Advisory Centre in Darwin, which monitors…, said",
                # "on Leicester's Gallowtree Gate, which opened in 1931": a place the
                # which-clause may not be about. ("chief executive of NHS Providers, which
                # represents hospital trusts, said" is an organisation's.)
                or (
                    first == ","
                    and last_word not in _PLACE_WORDS
                    and last_word != "on"
                    and not stripped.endswith(_APOSTROPHE_S)
                    and _WHICH_SAYS.match(after) is not None
                )
            )
            # "Queen’s said", "said Sainsbury's.": a name whose "’s" no noun follows, speaking,
            # is a body's whole name (a person's possessive owns a noun: "Reid's lawyer said").
            whole_possessive = (
                run.endswith(_APOSTROPHE_S)
                and not titled
                and _speaks(after, last_word)
                and not _has_contracted(run, after, last_word)
            )
            # "The EFL confirmed the takeover in a statement": a body's short form (see
            # `_ACRONYM`) speaking is an organisation acting, which "the league said" after it
            # may refer to. Only as the subject of a cue: "GDP grew" names no body.
            speaking_acronym = (
                single
                and not titled
                and last_word not in _PREPOSITIONS
                and _acronym(name)
                and _speaks(after, last_word)
            )
            if speaking_acronym:
                speaking_acronyms.add(name)
            firm_shown = (
                org_word
                or speaking_acronym
                or whole_possessive
                or of_org
                or its_after
                or its_before
                or named_body
                or role_after
                or described
                or called_firm
                or ((spaced_after or first == ",") and _ORG_AFTER.match(after))
                # "James Corrigan, the managing director of the promoter, Hallam Live, said":
                # the name in apposition to a role's "of the promoter" is what the role is of.
                or (
                    first == ","
                    and not titled
                    and not first_name
                    and stripped.endswith(",")
                    and _APPOSED_TO_WHAT_OF.search(
                        text[max(region.start, start - 120) : start].rstrip()
                    )
                    is not None
                )
                # "energy regulator Ofgem said", "auditor Deloitte": a firm in a firm's role.
                # One word only: "chief regulator Jo Saxton" is a person's first name and
                # surname, if not a common first name.
                or (single and spaced and role_before and last_word in _FIRM_ROLES and not titled)
                or (
                    last_word == "by"
                    and not titled
                    and not first_name
                    and _RUN_BY.search(before) is not None
                )
            )
            if firm_shown or it_said:
                organisation = _strip_name(name) or words[0]
                if whole_possessive and not organisation.endswith(_APOSTROPHE_S):
                    organisation += run[-2:]
                named_from = end - len(organisation)
                if not firm_shown:
                    said_it.add(organisation)
                if its_after or its_before or role_after:
                    possessors.add(organisation)
                if described:
                    cast.described.setdefault(organisation, described.group("noun").casefold())
                elif named_body:
                    what = named_body.group("noun") or named_body.group("called")
                    cast.described.setdefault(organisation, what.casefold())
                elif not _AIRLINE_WORDS.isdisjoint(map(str.casefold, run.split())):
                    # "SkyIndus Airways" is kept as "SkyIndus": what its name showed is kept.
                    cast.described.setdefault(organisation, "airline")
                elif (kind := _owner_word(run.rsplit(None, 1)[-1])) in _PUBLIC_NAME_ENDS:
                    # "the Bharuch Civil Hospital", kept as "Bharuch Civil": a hospital, and so
                    # is "Bharuch", its first word, which stands for it (see below).
                    cast.described.setdefault(organisation, kind)
                    cast.described.setdefault(words[0], kind)
                listed = False  # named whole from where its list of words opens
                if of_org:
                    # The whole name: "Institute for Fiscal Studies", not "Fiscal Studies".
                    head = _ORG_HEAD.search(text, max(region.start, start - 60), start)
                    if head is not None:
                        organisation = f"{head.group('head')} {head.group('join')} {run}"
                        named_from = head.start("head")
                        listed_end = _listed_after(text, head.group("head"), end, region.end)
                        if listed_end is not None:
                            # "the Department for Environment, Food and Rural Affairs said":
                            # the words listed after the run are the office's name's, kept
                            # whole ("Rural Affairs" was read as a person, the speaker).
                            organisation += text[end:listed_end]
                            end = previous_end = listed_end
                            cast.listed[end] = (named_from, organisation)
                            listed = True
                elif org_word:
                    # "The Foreign, Commonwealth and Development Office said": the words listed
                    # before the office's run are its name's, kept whole ("Development" alone
                    # was read as the speaker).
                    opens = _listed_name(text, region.start, start, end)
                    if opens is not None:
                        cast.organisations.add(organisation)  # "Development", as before
                        part = organisation
                        organisation, named_from = text[opens:end], opens
                        cast.listed[end] = (opens, organisation)
                        if part in cast.described:
                            cast.described.setdefault(organisation, cast.described[part])
                        listed = True
                cast.organisations.add(organisation)
                # "van Lanschot" stands for itself, "van" for none; "Queen’s" for itself, not
                # "Queen".
                # Nor "Council" for "Council Finance Committee": a body's noun opening a
                # name is no name standing for it.
                if (
                    words[0] not in _PARTICLES
                    and not whole_possessive
                    and not (len(words) > 1 and words[0].casefold() in ORG_WORDS)
                ):
                    cast.organisations.add(words[0])
                # Named, so "the company said" further on can refer to it.
                raw.append((organisation, named_from, end, None))
                if (its_after or its_before) and not role_after:
                    # "Clancy said the plant had been running at its full capacity": the
                    # "its" may be the plant's, and a surname of a person the article named
                    # ("Water Minister Nadia Clancy") is read as theirs after all (see
                    # `surnames` below). What tells whether the person acts is kept for
                    # then: the clause is theirs, and a "she said" after it refers to them.
                    its_clues[named_from] = (start, end, region, at_sentence_start, False,
                                             last_word, False)  # fmt: skip
                if listed:
                    # Whether the office named whole acts is read around its whole name: in
                    # "The Department for Business and Trade said", not after "for".
                    after = text[end : end + 150]
                    stripped = text[max(region.start, named_from - 40) : named_from].rstrip()
                    at_sentence_start = not stripped or stripped[-1] in _SENTENCE_END_MARKS
                    last_word = _last_word(stripped).casefold()
                if last_word not in _PREPOSITIONS and (
                    at_sentence_start or _speaks(after, last_word) or _acts(after)
                ):
                    # Acting ("Its operator, Aegean Link Ferries, said"), so an "it said"
                    # further on may refer to it (see `Cast.last_organisation_acting`).
                    org_acting[named_from] = (start, region)
                elif _qualifies_noun(text, start, end, _count_or_article(stripped, last_word)):
                    qualifying_organisations.add(named_from)
                continue
            # "Northline’s chief executive": the name words take the apostrophe in.
            owns = run.endswith(("’s", "'s"))
            possessive = owns or (first in _APOSTROPHES and after[1:2] == "s")
            if possessive and _POSSESSIVE_ROLE.match(run[-2:] + after if owns else after):
                cast.organisations.add(name)
                possessors.add(name)
            # "Hargreaves’ family said he was ‘exhausted but OK’": a name ending in "s" may take
            # its possessive as a bare apostrophe, which the run leaves out. It owns what
            # follows as "Hargreaves’s" does (the "he" acting after it may be the owner's),
            # unless the mark closes a quote in single marks (‘We owe it all to Hargreaves’).
            # Read only for whom a "he" or "she" may refer to: whether the name is a body's
            # (see `_POSSESSIVE_ROLE` above) is read as before.
            bare_possessive = (
                not owns
                and first in _APOSTROPHES
                and run[-1:] in ("s", "S")
                and not after[1:2].isalnum()
                and end not in single_closes
            )
            if bare_possessive:
                owns = possessive = True
                after_owner = after[1:]  # what the owner owns, past its apostrophe
            else:
                after_owner = after
            # Where the name ends: before a possessive or letters after it ("Declan Rourke's
            # side", "Daniel Ferris KC"), so that what follows it is read there.
            name_end = end
            if not run.endswith(name):
                found_at = text.rfind(name, start, end)
                name_end = found_at + len(name) if found_at != -1 else end
            if "s " in name:
                owned = _possessive_part(text, name, alone)
                at = text.find(owned, start, end) if owned != name else -1
                if at != -1:
                    possessive = possessive or at + len(owned) < name_end  # "Rex Tamihana's"
                    name, name_end = owned, at + len(owned)
            if (
                person_words
                # People take no article: "the Doki Doki dessert shop" is a place; nor come
                # after "near" or "in" ("near Bury St Edmunds, said"), nor after an
                # organisation's noun ("research firm Forrester").
                # The article may be an owner's, whose possessive opens the run: "votes for
                # the APC's Babatunde Ajibola", "the Guardian's Jane Smith".
                and not (spaced and last_word in _ARTICLES and not _owned_name(run, name))
                # Nor qualify a role no name follows: "Katie McAllister, UCU’s Northern
                # Ireland official, said" (a place), "Greater Manchester mayor, Andy Burnham,"
                # (a name after it, "Brennick chief executive Lena Hoff", is `role_after`'s).
                and not (spaced_after and not titled and not first_name and _qualifies_role(after))
                # Nor a noun after a count, as one word does ("two Sherpa guides": see
                # `qualifying` below): "About 3,200 UCU members at the two Northern Ireland
                # universities were balloted".
                and not (
                    spaced
                    and spaced_after
                    and not titled
                    and not first_name
                    and _count_or_article(stripped, last_word)
                    and (noun := _WORD_AFTER.match(after)) is not None
                    and noun.group("word") not in _VERBS_AFTER_NAME
                    and noun.group("word") not in _NOT_QUALIFIERS
                )
                # A role anywhere in the run shows a person after it, however many words
                # qualify the role: "a reaction from Regional Culture Minister Ana Sousa".
                and not (
                    spaced and last_word in _PLACE_WORDS and not titled and _role_in(run) is None
                )
                # Nor the last of the places listed after one: "topped the charts in Britain,
                # Ireland and Australia, posted that she was sorry" (see `_last_of_places`).
                and not (
                    spaced
                    and last_word in ("and", "or")
                    and not titled
                    and not first_name
                    and _last_of_places(text, region.start, start)
                )
                # A role opening the run shows a person there: "The Fox News network CEO
                # Jane Smith spoke on Monday".
                and not (spaced and last_word in ORG_NOUNS and not titled)
                # Nor the rest of an organisation's name after its "&": "a senior lecturer at
                # the London School of Hygiene & Tropical Medicine, said".
                and not (spaced and _AMPERSAND_JOINED.search(stripped) is not None)
                # Nor the state or country after a town in an apposition: "Linda Haskell, 67,
                # of Scranton, Pennsylvania, said she spent four days in her cabin".
                and not (
                    not titled
                    and not first_name
                    and first == ","
                    and _PLACE_AFTER_TOWN.search(stripped) is not None
                )
                # Nor the county or region after a town a person is "in", "near" or "at":
                # "Brennan, who grew up in Tuam, Galway, spoke briefly from orbit", unless a
                # clause or an age about a person follows ("Speaking in Dublin, Kelly, who
                # chairs the committee, said").
                and not (
                    not titled
                    and not first_name
                    and first == ","
                    and _PLACE_IN_TOWN.search(stripped) is not None
                    and (
                        _WHO_AFTER.match(after) is None
                        # (where ``stripped`` ends in the text)
                        or _DESCRIBED_IN_TOWN.search(
                            text,
                            max(region.start, start - 120),
                            start - len(before) + len(stripped),
                        )
                        is not None
                    )
                    and _AGE_APPOSED.match(after) is None
                    and _DESCRIBED_SPEAKER.match(after) is None
                )
                # Nor the town after an organisation's abbreviation: "an astronomer at the
                # Tata Institute of Fundamental Research (TIFR), Mumbai, who was not part of
                # the study, said" (the "who" is the astronomer's, not Mumbai's).
                and not (
                    not titled
                    and not first_name
                    and first == ","
                    and _PLACE_AFTER_ABBREVIATION.search(stripped) is not None
                )
                # Nor a place a compass point or a part of a country places: "Tallaght,
                # south-west Dublin", "northern England", "central London", "upstate New York".
                and not (spaced and not titled and last_word in _PLACE_QUALIFIERS)
                # Nor what a role is of: "Rolando Tamayo, the governor of Sultan Kudarat,
                # said" (a province), "the head of Calder Street" (a company), unless a title
                # or a common first name shows a person ("the lawyer of Jane Doe").
                and not (
                    spaced
                    and last_word == "of"
                    and not titled
                    and not first_name
                    and _role_of(stripped)
                )
                # Nor what a thing's possessive owns: "this year's Waiting List Action Plan",
                # "the government's Better Care Fund" (a plan, a fund), unless a title or a
                # common first name shows a person ("the club's Tom Reid").
                and not (
                    spaced
                    and not titled
                    and not first_name
                    and stripped.endswith(_APOSTROPHE_S)
                    and stripped.rsplit(None, 1)[-1][:1].islower()
                )
                # Nor a place its first word calls one: "if Mount Carrow proceeds", "Lake
                # Eyre", "Port Hedland" (a mine, a lake, a town), "Tuam, County Galway", "Co
                # Mayo", which "she" never refers to. The name's first word, after any role:
                # in "Port Alder Mayor Robert Gagnon said", the town is the mayor's, and the
                # name after the role a person's.
                and not (not titled and " " in run and words[0].casefold() in _FEATURES)
                # Nor "The Panagia Tinou, built in 1989": the article opens the run (a
                # one-word "The King" may be a person).
                and not (
                    run.startswith("The ") and not titled and not single and not _described(run)
                )
                # Nor "The German, 27, was gracious in defeat": a nationality after the article
                # describes someone named before (see `_national_epithets`).
                and not (
                    run.startswith("The ") and single and words[0].casefold() in _NATIONALITIES
                )
                and (
                    # A name holding a lower-case particle acts to be a person's, unless a
                    # common first name opens it: "flew to Rio de Janeiro on Monday" names no
                    # one, but "Pieter van Wyk spoke on Monday" does.
                    (
                        not single
                        and (
                            (not at_sentence_start and (first_name or not particled))
                            or _acts(after)
                        )
                    )
                    or role_before
                    or titled
                    # Not "a retiree travelling to his home village on Tinos, said": the
                    # cue after a preposition's object is the apposition's owner's.
                    or (_speaks(after, last_word) and not (spaced and last_word in _PREPOSITIONS))
                    or (first == "," and _WHO_AFTER.match(after) is not None)  # "Delgado, who…"
                    or (first == "," and _AGE_APPOSED.match(after) is not None and _acts(after))
                    or (first == "," and _DESCRIBED_SPEAKER.match(after) is not None)
                    # "Whitfield, speaking in front of the ruins of the church, said"
                    or (first == "," and _PARTICIPLE_SPEAKER.match(after) is not None)
                    # A first name and a surname: "Clare, on the other hand, started slowly"
                    # and "Victoria, meanwhile, recorded 12 new cases" are places. Or a role
                    # before the name: "US District Judge Hollis, in her order, said".
                    or (
                        first == ","
                        and ((first_name and not single) or _role_in(run) is not None)
                        and _ASIDE_THEN_ACTS.match(after) is not None
                    )
                    # "Sethi himself was modest.": only a person is "himself" or "herself".
                    or (spaced_after and _REFLEXIVE_AFTER.match(after) is not None)
                    # "Mercer's golf was not flawless, but he birdied the 15th.": nor is
                    # anything but a person the "he" acting in the sentence it opens.
                    or (at_sentence_start and _pronoun_acts_after(after_owner, owns))
                    # "Brennan's fund has invested in a League of Ireland club. He said he
                    # would not be involved": nor the "He" opening the next sentence.
                    or (
                        at_sentence_start
                        and owns
                        and single
                        and not titled
                        and _owner_then_pronoun(text, end, region.end, words[0])
                    )
                )
            ):
                cast.persons.add(name)
                gender = _gender_shown(run, last_word, words)
                kin = _RELATION_BEFORE.search(before)
                if (
                    titled
                    or role_before
                    or kin is not None
                    or _role_in(run)
                    or (first == "," and _WHO_AFTER.match(after) is not None)
                    or (first == "," and _AGE_APPOSED.match(after) is not None)
                ):
                    shown_people.add(name)
                if kin is not None:
                    # "Mr Walsh’s mother, Bernadette Walsh": her relation shows her gender as a
                    # title does (see `Cast.namesake`).
                    gender = Gender.FEMALE if kin.group("female") else Gender.MALE
                if gender is not None:
                    guessed = kin is None and _gender_titled(run, last_word, words) is None
                    shown.append((name, gender, guessed))
                    if not guessed:
                        titled_at[name_end - len(name)] = gender
                role = _role_in(run) or role_before_name(text, start)
                if role:
                    roled.append((role, name))
                    qualified = _qualified_role(run, role)
                    if qualified:
                        roled.append((qualified, name))
                    introduced.append(
                        (start, role, _qualifiers_before(text, start, run, role), name)
                    )
                appositive = _APPOSED_ROLE.match(text, end) if first == "," else None
                if appositive is not None:
                    mods = appositive.group("mods").split()
                    if _NOT_QUALIFIERS.isdisjoint(word.casefold() for word in mods):
                        qualifiers = _role_qualifiers(mods)
                        introduced.append((start, appositive.group("role"), qualifiers, name))
            if (
                single
                and not titled
                and not possessive
                and spaced
                and _count_or_article(stripped, last_word)
                and (noun := _WORD_AFTER.match(after)) is not None
                and noun.group("word") not in _VERBS_AFTER_NAME
            ):
                # "Tom Ellery, a British climber, said the expedition cost him about £52,000
                # including oxygen and two Sherpa guides. ‘…,’ he said.": a capitalised word
                # between a count or an article and a lower-case noun qualifies the noun; it
                # mentions no one, though it is the surname of someone named before
                # ("Mingma Dorje Sherpa"), to whom the "he" would then refer. An
                # organisation's name is kept ("the Nimbra engineers"): "the company" may
                # refer back to it.
                qualifying.add(name_end - len(name))
            elif (
                not single
                and not titled
                and not possessive
                and _qualifies_noun(text, start, end, _count_or_article(stripped, last_word))
            ):
                # "…the corridor, which carries about 4.1 million Laurentian Rail passengers a
                # year.": a longer name qualifying a noun after a count or an article is
                # still a mention (another sentence may show it a person's), but it does not
                # act: the noun it qualifies is what the verb after it is of, and a "she
                # said" further on refers to the sentence's subject.
                not_acting.add(name_end - len(name))
            # The object of a preposition does not act ("a retiree travelling to his
            # village on Tinos, said"), unless it is the source ("According to Daniel Hsu,
            # who…") or introduced in a role ("led by CEO Mark Zuckerberg", "from Regional
            # Culture Minister Ana Sousa, who…").
            object_only = (
                last_word in _PREPOSITIONS
                and not role_before
                and not titled
                and _role_in(run) is None
                and _ACCORDING_TO.search(text, max(0, start - 14), start) is None
            )
            clues = (start, end, region, at_sentence_start, possessive, last_word, object_only)
            raw.append((name, name_end - len(name), name_end, clues))
    # A name the text also prints as a person's ("Chief executive Andreas Kyranis" before
    # "Andreas Kyranis said it was “cooperating fully”") is theirs: the "it" is their firm.
    # Not one that only acts elsewhere ("The festival's organizer, Southerly Live, said in a
    # statement that it was devastated. … Southerly Live said all ticket holders would receive
    # refunds."): a firm acts as a person does.
    for name in said_it & shown_people:
        cast.organisations.discard(name)
        head = name.split()[0]
        if not any(org.split()[0] == head for org in cast.organisations if org != head):
            cast.organisations.discard(head)
    # "JFK said": a person's initials the article spells out are no body's short form.
    for name in speaking_acronyms:
        if cast.initials_of_person(name):
            cast.organisations.discard(name)
        elif name in cast.organisations and name not in cast.described:
            # "The English Football League approved the deal. … The EFL confirmed the
            # takeover": the short form of a name the article prints is what that name says
            # it is, so "the league said" may refer to it.
            noun = _spelled_out_as(text, name)
            if noun is not None:
                cast.described[name] = noun
    # A person's surname is never one of these one-word organisations ("Zuckerberg" beside
    # "Mark Zuckerberg"). Read first: "Rivera" of "Tomás Rivera", taken for an organisation
    # by an "its" after it, would otherwise make the "said Rivera" beside it one too.
    surnames = {name.split()[-1] for name in cast.persons if len(name.split()) >= 2}
    # Nor the first of a double surname, which Spanish and Portuguese names carry and a report
    # calls the person by alone: "Rosa Quispe Huamán will be Lima's next mayor … Quispe's
    # platform centred on security" (a candidate's platform, not a tech firm's).
    surnames |= {
        word
        for name in cast.persons
        if len(words := name.split()) >= 3
        for word in words[1:-1]
        if word[:1].isupper() and word.casefold() not in _PARTICLES
    }
    for name in possessors & surnames:
        possessors.discard(name)
        cast.organisations.discard(name)
    # "National Renewal" beside "the National Renewal Party": an organisation's name (or the
    # start of one) is not a person's, even where it reads like one.
    org_starts = {
        " ".join(words[:k])
        for words in map(str.split, cast.organisations)
        for k in range(1, len(words) + 1)
    }
    owned = {name for name in cast.persons if name.split()[0] in possessors}
    for name in (cast.persons & org_starts) | owned:
        cast.persons.discard(name)
        cast.organisations.add(name)
    # The fullest name for each surname; of two as full ("Luis Montenegro", "Luís Montenegro"),
    # the one printed first: never the order a set happens to hold them in.
    first_seen: dict[str, int] = {}
    for name, start, _, _ in raw:
        first_seen.setdefault(name, start)
    sharing: dict[str, list[str]] = {}  # surname → the names ending with it, fullest first
    for name in sorted(cast.persons, key=lambda n: (_epithet_first(n), -len(n),
                                                     first_seen.get(n, -1), n)):  # fmt: skip
        parts = name.split()
        if len(parts) == 2 and _syllable_given_name(tuple(parts)):
            # "Park Ji-hoon … Park said": the family name, printed first, stands alone.
            sharing.setdefault(parts[0], []).append(name)
        elif len(parts) >= 2:
            sharing.setdefault(parts[-1], []).append(name)
    for surname, names in sharing.items():
        # Two people of one family ("Aoife Brennan" and "her mother, Siobhán Brennan"): the
        # surname alone is the one the article named first, as a report calls the other by
        # her full name ("Once in orbit, Brennan radioed a message home" is Aoife's).
        first = min(names, key=lambda n: (first_seen.get(n, len(text)), n))
        cast.full_names[surname] = next(n for n in names if _same_person(n, first))
        people: list[str] = []  # each person once, in the fullest form
        for name in names:
            if not any(_same_person(name, person) for person in people):
                people.append(name)
        if len(people) > 1:
            cast.namesakes[surname] = sorted(people, key=lambda n: first_seen.get(n, len(text)))
    _read_leading_names(cast, text, [(name, start, end) for name, start, end, _ in raw])
    for role, name in roled:
        cast.roles[role] = cast.canonical(name)
    cast.introductions = [
        (at, role, qualifiers, cast.canonical(name)) for at, role, qualifiers, name in introduced
    ]
    if cast.namesakes:
        # The genders full names show first, so that "Mrs Walsh" is the one woman of the
        # family the article names (see `Cast.namesake`).
        shown.sort(key=lambda entry: len(entry[0].split()) < 2)
    for name, gender, guessed in shown:
        canonical = cast.namesake(name, None if guessed else gender)
        if canonical not in cast.genders:
            cast.genders[canonical] = gender
            if guessed:
                cast.guessed.add(canonical)
        elif not guessed and canonical in cast.guessed:
            # "Phil Ní Chonaill" then "Ms Ní Chonaill": the title decides, not the name.
            cast.genders[canonical] = gender
            cast.guessed.discard(canonical)
    quoted = _QuotedParts(text, single_quotes)
    cast._single_quote_opens = {span.end: span.start for span in single_quotes or ()}
    # Names recur: each is classified once.
    classified: dict[str, tuple[str, SpeakerKind | None]] = {}
    for index, (name, start, end, clues) in enumerate(raw):
        known = classified.get(name)
        if known is None:
            known = classified[name] = _classify(cast, name)
        canonical, kind = known
        if kind is None or (kind is SpeakerKind.PERSON and start in qualifying):
            continue
        if start in titled_at and kind is SpeakerKind.PERSON:
            canonical = cast.namesake(name, titled_at[start])  # "Mrs Walsh" of the Walshes
        # A name inside a quote is not what a "he said" after it refers to, nor one that owns
        # what acts ("Berg’s captain, Leon Achterberg, was more measured"). Only people's
        # mentions are asked whether they act (see `Cast.last_person_before`).
        subject = False
        if clues is None and kind is SpeakerKind.PERSON:
            clues = its_clues.get(start)
        if clues is not None and kind is SpeakerKind.PERSON:
            run_start, run_end, region, at_sentence_start, possessive, last_word, object_only = (
                clues
            )
            after = text[run_end : run_end + 150]  # "Mark Gill KC said": after the run
            if possessive and at_sentence_start:
                # "Mercer's golf was not flawless, but he birdied the 15th. ‘…,’ he said.", "…
                # – but his iron play was the best in the field. He hit 79 per cent…": a
                # possessive opening a sentence names its subject's owner, and the "he" or
                # "his" after it in the paragraph, no other name printed between, is that
                # person, the one acting last: not "said Brannigan" before it. Without the
                # pronoun ("Mercer's golf was not flawless.") the owner is not surely the one
                # a "he said" refers to; nor past another person's name ("Berg’s captain, Leon
                # Achterberg, was more measured. He said"). An organisation's is no "he":
                # "Brennan's fund, Shannonside Sports Capital, has invested in a League of
                # Ireland club. He said" is Brennan.
                stop = region.end
                for later, later_start, _, later_clues in raw[index + 1 :]:
                    if later_start >= stop:
                        break
                    if later not in classified:
                        classified[later] = _classify(cast, later)
                    later_kind = classified[later][1]
                    if later_kind is SpeakerKind.ORGANISATION:
                        continue
                    if later_kind is None and (
                        later in _COUNTRY_NAMES
                        or (later_clues is not None and later_clues[5] in _PREPOSITIONS)
                    ):
                        # "Kiprono's time is the fastest marathon run in Belgium. He said he
                        # would now consider the autumn majors.": a name the cast holds as no
                        # one's, a country or one after a preposition, is a place (or a
                        # thing), which no "he" refers to.
                        continue
                    stop = max(run_end, later_start)
                    break
                opens = _QUOTE_OPENS.search(text, run_end, stop)
                stop = opens.start() if opens is not None else stop
                subject = _PERSONAL_LATER.search(text, run_end, stop) is not None and not (
                    quoted.holds(region, run_start)
                )
            # Nor does the object of a preposition act: "Con Papadakis, a retiree travelling
            # with Maria Kostas, said" is Papadakis's clause.
            elif not possessive and not object_only and start not in not_acting:
                subject = (
                    (
                        at_sentence_start
                        or _speaks(after, last_word)
                        or _acts(after)
                        or _cue_then_role(text, max(region.start, run_start - 80), run_start, after)
                        or _according_source(text, region.start, run_start)
                        or _for_topic(text, region.start, run_start, run_end)
                        or _introduced_inverted(text, region.start, run_start)
                        # "…, and Sethi himself was modest": the one "himself" stresses acts.
                        or _REFLEXIVE_AFTER.match(after) is not None
                        # "Director Ana Sousa, visibly moved, said": an aside in commas
                        # between a person's name and the verb leaves the person acting.
                        or _ASIDE_THEN_ACTS.match(after) is not None
                    )
                    and not quoted.holds(region, run_start)
                    and not _in_who_clause(text, max(region.start, run_start - 200), run_start)
                    and not _ends_apposition(
                        text, max(region.start, run_start - 200), run_start, run_end
                    )
                    # "…a review of the corridor, which Laurentian Rail uses.": the subject
                    # of a relative clause acts in it only, not in its sentence, whose own
                    # subject a "she said" after it refers to.
                    and last_word not in _RELATIVE_OBJECTS
                )
        elif clues is None and kind is SpeakerKind.ORGANISATION and start in org_acting:
            run_start, region = org_acting[start]
            subject = not quoted.holds(region, run_start)
        elif clues is not None and kind is SpeakerKind.ORGANISATION:
            # "Corvex said it would take the case to the General Court in Luxembourg, the
            # EU's second-highest court. ¶ “…,” the company said": a name the article shows to
            # be a firm's elsewhere acts here as one whose own words showed it does (see
            # `org_acting`), so "the company" goes on with it, not with a body only named
            # since. A possessive only where it opens the sentence ("Corvex's lawyers will
            # appeal"): in "damages in the EU's courts", "courts" reads as a verb.
            run_start, run_end, region, at_sentence_start, possessive, last_word, object_only = (
                clues
            )
            after = text[run_end : run_end + 150]
            subject = (
                (at_sentence_start or not possessive)
                and not object_only
                and start not in not_acting
                and last_word not in _PREPOSITIONS
                and (at_sentence_start or _speaks(after, last_word) or _acts(after))
                and not quoted.holds(region, run_start)
            )
        span = new_span(start, end)
        qualifier = kind is SpeakerKind.ORGANISATION and start in qualifying_organisations
        cast.mentions.append(
            Mention(name=canonical, span=span, kind=kind, subject=subject, qualifier=qualifier)
        )
    _read_team_leader(cast, text)
    # "The judge said Whitlow would serve half": the person last introduced as the judge acts
    # there, so a "she said" further on refers to her. Only the roles someone was given are
    # looked for.
    given = sorted((role for role in cast.roles if role in _ROLE_AFTER_NAME_WORDS), reverse=True)
    if given:
        role_mention = re.compile(_ROLE_MENTION.format(roles="|".join(map(re.escape, given))))
        for region in regions:
            for match in role_mention.finditer(text, region.start, region.end):
                person = cast.roles[match.group("role")]
                if _ACTS.match(text, match.end(), match.end() + 80):
                    span = new_span(match.start("role"), match.end("role"))
                    cast.mentions.append(
                        Mention(name=person, span=span, kind=SpeakerKind.PERSON, subject=True)
                    )
    epithets = _national_epithets(cast, text, regions)
    if cast.roles or epithets:
        cast.mentions.sort(key=lambda mention: mention.span.start)
    if epithets:
        cast._people = None  # indexed before the epithets were added: indexed again
    _read_spokespeople(cast, text, regions, quoted)
    _read_clauses(cast, text)
    _read_quote_pronouns(cast, text, regions)
    return cast


# "…beat Denmark 2-1 and left Callum Reid’s side needing four points": the person whose side,
# squad or men a match report speaks of leads them, as a manager or a coach does. Not their
# "team": a driver's or a rider's is the one they race for ("Ruiz's team mate").
_TEAM_OF = re.compile(r"[’']s\s+(?:side|squad|men|charges)\b")
_TEAM_ROLES = ("manager", "coach")


def _read_team_leader(cast: Cast, text: str) -> None:
    """Gives the one person whose side the article speaks of ("Callum Reid’s side") the roles
    of `_TEAM_ROLES` no one was introduced in, so that "The manager was equally quick to
    dampen expectations" is theirs. Not if two people's sides are spoken of: which of them
    "the manager" is, the text does not say."""
    if all(role in cast.roles for role in _TEAM_ROLES) or "s " not in text:
        return
    leaders = {
        mention.name
        for mention in cast.mentions
        if mention.kind is SpeakerKind.PERSON and _TEAM_OF.match(text, mention.span.end)
    }
    if len(leaders) == 1:
        leader = leaders.pop()
        for role in _TEAM_ROLES:
            cast.roles.setdefault(role, leader)


@lru_cache(maxsize=1)
def _national_epithet() -> re.Pattern[str]:
    """ "The German, 27, was gracious in defeat, even if he insisted…": a nationality after the
    article, opening a sentence (`_NATIONALITIES` is read when first called: it is defined
    below)."""
    nouns = by_length(n.title() for n in _NATIONALITIES if " " not in n)
    # "The" first, what stands before it looked at behind it (a line's start, or a stop and a
    # space): a pattern opening on a literal is searched for it alone, one opening on
    # look-behinds tried at every position of the text.
    return re.compile(
        r"The(?:(?<=^The)|(?<=[.!?]\sThe)|(?<=[.!?][’”\"]\sThe))"
        rf"\s+(?P<role>{'|'.join(nouns)})\b(?![’'-])",
        re.MULTILINE,
    )


def _national_epithets(cast: Cast, text: str, regions: list[Span]) -> bool:
    """Each nationality opening a sentence as its subject ("The German, 27, was gracious in
    defeat"), read as a mention of the one person it describes, acting, as "said the German"
    is read (see `Cast.described_before`): a "he" after it refers to them. Whether any was
    added."""
    added = False
    for region in regions:
        for match in _national_epithet().finditer(text, region.start, region.end):
            if not _acts(text[match.end() : match.end() + 150]):
                continue
            person = cast.described_before(
                match.start(), text, None, match.group("role").casefold()
            )
            if person is not None:
                span = new_span(match.start("role"), match.end("role"))
                cast.mentions.append(
                    Mention(name=person.name, span=span, kind=SpeakerKind.PERSON, subject=True)
                )
                added = True
    return added


def _read_spokespeople(cast: Cast, text: str, regions: list[Span], quoted: _QuotedParts) -> None:
    """Each spokeswoman or spokesman acting, unnamed, outside quotes (see
    `Cast.spokespeople`): the subject of a verb ("A TGA spokeswoman said patients should not
    stop taking the tablets suddenly.") or the speaker after a cue ("said a spokesman for
    Tesco."). Not one in apposition to a name ("Lena Hoff, a Brennick spokeswoman, said",
    "Brennick spokeswoman Lena Hoff said"): the person is named."""
    for region in regions:
        at = text.find("spokes", region.start, region.end)
        while at != -1:
            gender = _GENDERED_WORDS.get(_WORD_START.match(text, at).group())
            if gender is not None and not quoted.holds(region, at):
                reach = max(region.start, at - _SPOKESPERSON_REACH)
                stop = min(region.end, at + _SPOKESPERSON_REACH)
                for pattern in _spokesperson_patterns():
                    match = next(
                        (m for m in pattern.finditer(text, reach, stop) if m.start("role") == at),
                        None,
                    )
                    if match is not None:
                        cast.spokespeople.append((gender, match))
                        break
            at = text.find("spokes", at + 6, region.end)


# What ends a clause between two names: "Gill said Hartley was" is one clause, "After Gill
# spoke, Hartley wept" two.
_CLAUSE_BREAK = re.compile(r"[,;:.!?“”\"—–()\n]")
# Whom a "he" or "she" after a name may stand for instead: "Reid thanked the woman who…".
_OTHER_ANTECEDENT = re.compile(
    r"\b(?:man|woman|men|women|boy|girl|mother|father|son|daughter|wife|husband|brother|"
    r"sister|widow|widower|mum|dad|grandmother|grandfather|girlfriend|boyfriend)\b",
    re.IGNORECASE,
)
# What stands between a subject and the name after its cue when an apposition or a relative
# clause follows the subject: its closing comma, then the rest of the clause, which holds the
# cue (see `_read_clauses`).
_APPOSITION_THEN_CUE = re.compile(
    r",(?P<inner>(?:[^,;:.!?“”\"—–()\n]+,){0,3})(?P<rest>\s[^,;:.!?“”\"—–()\n]*)"
)
# "Sethi himself was modest": a reflexive shows the gender as "he" does.
_PERSONAL_PRONOUN = re.compile(r"\b(?:(?P<he>[Hh]e|himself)|(?P<she>[Ss]he|herself))\b")
_PRONOUN_REACH = 200


def _read_clauses(cast: Cast, text: str) -> None:
    """Two things the clauses of the text say about the people acting in them.

    In "Mark Gill KC said Hartley was of good character", "Judge Reeves told Hartley:", the one
    acting is the subject of the cue; the person in what was said, or told, is not (nor what
    a "he said" further on refers to). And a pronoun in the clause of a person acting, with no
    one else named between ("Hartley … was banned before he can drive again"), shows that
    person's gender where no title or first name did."""
    last: Mention | None = None  # the last person acting
    learned: dict[str, set[Gender]] = {}
    people = [m for m in cast.mentions if m.kind is SpeakerKind.PERSON]
    for at, mention in enumerate(people):
        if not mention.subject:
            continue
        if (
            last is not None
            and last.name != mention.name
            and 0 <= mention.span.start - last.span.end <= _SUBJECT_REACH
        ):
            between = text[last.span.end : mention.span.start]
            if _CLAUSE_BREAK.search(between) is None and not _CUE_SET.isdisjoint(
                word for word in _WORD_RUN.findall(between) if word != "according"
            ):
                mention.subject = False
                continue
            apposed = _APPOSITION_THEN_CUE.fullmatch(between)
            if (
                apposed is not None
                and not _CUE_SET.isdisjoint(
                    word for word in _WORD_RUN.findall(apposed.group("rest")) if word != "according"
                )
                and (
                    apposed.group("inner")
                    or text[max(0, last.span.start - 8) : last.span.start].rstrip().endswith(",")
                )
            ):
                # "The manager, Steve Aldous, said Dlamini would go straight into the squad.
                # ‘He trained with us this morning…,’ he added.": the comma closing an
                # apposition ("Aldous, the manager,") or a relative clause ("Aldous, who has
                # been pushing for a winger, said Dlamini would…") stands between the subject
                # and its cue, and Dlamini is in what was said. Not "Reform, said Jones, was
                # overdue", where no apposition opens before the cue: the name after it speaks.
                mention.subject = False
                continue
        last = mention
        if mention.name in cast.genders and mention.name not in cast.guessed:
            continue
        # The first "he" or "she" after the name, in its sentence, no one else named between.
        stop = min(len(text), mention.span.end + _PRONOUN_REACH)
        if at + 1 < len(people):
            stop = min(stop, people[at + 1].span.start)
        sentence_end = _SENTENCE_STOP.search(text, mention.span.end, stop)
        if sentence_end is not None:
            stop = sentence_end.start()
        pronoun = _PERSONAL_PRONOUN.search(text, mention.span.end, stop)
        if pronoun is None or _OTHER_ANTECEDENT.search(text, mention.span.end, pronoun.start()):
            continue
        gender = Gender.MALE if pronoun.group("he") else Gender.FEMALE
        learned.setdefault(mention.name, set()).add(gender)
    for name, genders in learned.items():
        if len(genders) != 1:
            continue
        gender = genders.pop()
        if name in cast.guessed:
            # "Fatima Akter … said she feared more deaths": her own clause confirms what her
            # first name showed, which a "he said" after a quote no longer overrules (see
            # `_read_quote_pronouns`). A pronoun differing leaves the guess as it was.
            if cast.genders.get(name) is gender:
                cast.guessed.discard(name)
            continue
        cast.genders.setdefault(name, gender)


# "…,” she said", "…,’ he told reporters": a pronoun attributing the quote it follows.
_PRONOUN_AFTER_QUOTE = re.compile(
    rf"[”\"’]\s*(?:(?P<he>[Hh]e)|(?P<she>[Ss]he))\s+(?:also\s+)?{_CUE}\b"
)


def _read_quote_pronouns(cast: Cast, text: str, regions: list[Span]) -> None:
    """The gender a pronoun attributing a quote shows of the one person its paragraph named
    before it, acting: in "INMO general secretary Phil Ní Chonaill said the figures were “a
    warning”. “Our members are already working in overcrowded emergency departments,” she
    said." no one else can be meant. It decides where nothing did, or only a first name
    ("Phil", mostly a man's): a title or a pronoun in the person's own clause is not
    overruled."""
    # Only their genders are read: the others a title or a pronoun showed.
    unsure = {cast.canonical(name) for name in cast.persons} - cast.genders.keys() | cast.guessed
    if not unsure:
        return
    learned: dict[str, set[Gender]] = {}
    starts = [region.start for region in regions]
    ordered = starts == sorted(starts)
    for found in _PRONOUN_AFTER_QUOTE.finditer(text):
        # The region (paragraph) the pronoun stands in: one search of the text, not one a
        # region.
        if ordered:
            at = bisect_left(starts, found.start() + 1) - 1
            holding = [regions[at]] if at >= 0 else []
        else:
            holding = [region for region in regions if region.start <= found.start()]
        for region in holding:
            if found.end() > region.end:
                continue
            people = cast.people_between(region.start, found.start())
            if not people or people[-1].name not in unsure:
                continue
            name = people[-1].name
            if any(m.name != name for m in people) or not any(m.subject for m in people):
                continue
            if _OTHER_ANTECEDENT.search(text, people[-1].span.end, found.start()):
                continue  # "Reid was jailed. His mother wept. ‘…,’ she said."
            gender = Gender.MALE if found.group("he") else Gender.FEMALE
            learned.setdefault(name, set()).add(gender)
    for name, genders in learned.items():
        if len(genders) == 1:
            cast.genders[name] = genders.pop()
            cast.guessed.discard(name)


# Where the clause a pronoun may refer back in ends: a sentence's end, or a quote opening (in
# double marks or, as British outlets print them, a single ‘).
_SENTENCE_STOP = re.compile(r"[.!?“”\"\n](?:\s|$)|[“”\"‘]")


def _read_leading_names(cast: Cast, text: str, names: list[tuple[str, int, int]]) -> None:
    """A name's first word printed alone for its person, where its last word never is: "Zhang
    Yiran, of China, finished second. … Zhang, the Olympic silver medallist, was gracious in
    defeat. “…,” she said". A family name printed first (Chinese, Korean, Hungarian order),
    or a first name a report calls someone by, stands for the one person whose name opens with
    it, as a surname does (see `Cast.full_names`). ``names`` are the runs read, in text order.

    Only where the word alone is a person's: a "he" or "she" (or "his", "her", "him") follows
    it in its paragraph before another person is named. A place or a club the cast took for a
    person ("Ventura County", "Wexham United") is printed alone with none. Not where the last
    word is printed alone too (it is the surname, and the first word someone or something
    else), nor a word two people's names open with, nor a country's, an organisation's or a
    surname's."""
    alone = {name for name, _, _ in names if " " not in name}
    leading: dict[str, list[str]] = {}
    for person in cast.persons:
        words = person.split()
        if len(words) < 2 or words[-1] in alone:
            continue
        first = words[0]
        if (
            first in alone
            and first not in cast.full_names
            and first not in cast.organisations
            and first not in cast.persons
            and first not in _COUNTRY_NAMES
            and first.casefold() not in _NOT_NAME_START
            and not _acronym(first)
        ):
            leading.setdefault(first, []).append(person)
    leading = {first: people for first, people in leading.items() if len(people) == 1}
    if not leading:
        return
    for at, (name, _, end) in enumerate(names):
        if name not in leading or name in cast.full_names:
            continue
        stop = text.find("\n", end)
        stop = len(text) if stop == -1 else stop
        for later, later_start, _ in names[at + 1 :]:
            if later_start >= stop:
                break
            if later != name and (later in cast.persons or later.split()[-1] in cast.full_names):
                stop = later_start
                break
        if _PERSONAL_LATER.search(text, end, stop) is not None:
            cast.full_names[name] = leading[name][0]


def _classify(cast: Cast, name: str) -> tuple[str, SpeakerKind | None]:
    """The name's canonical form and kind once the cast is read, None for neither."""
    canonical = cast.canonical(name)
    if canonical in cast.persons or name.split()[-1] in cast.full_names:
        return canonical, SpeakerKind.PERSON
    if name in cast.organisations or canonical in cast.organisations:
        return canonical, SpeakerKind.ORGANISATION
    return canonical, None


# "the judge": the search opens with a character set, so that it jumps from letter to letter
# (a ``\b`` first is tried at every position).
_ROLE_MENTION = r"[Tt](?<!\w[Tt])he\s+(?P<role>{roles})\b"


# ---------------------------------------------------------------- attribution grammar

# What a report calls someone it has just named, to avoid repeating the name: "The young
# forward told reporters", "the 20-year-old said". Such a description refers back to the
# person the text is about (the last subject), where a role ("the minister said") refers to
# whoever was introduced in it. Sports positions are both: "the striker" may be either.
_EPITHETS = frozenset(
    "forward teenager youngster veteran debutant substitute newcomer rookie star champion "
    "runner-up runner swimmer rider jockey boxer golfer sprinter skier climber singer actor "
    "actress rapper musician billionaire entrepreneur pacer seamer paceman spinner "
    "bowler all-rounder batter batsman batswoman opener wicketkeeper skipper quarterback "
    "pitcher goalie".split()
)

# "said jockey Jamie Kearns", "singer Delta Goodrem told the crowd": what a report calls
# someone may stand before the name as a role does.
_EPITHET_WORD = "|".join(by_length(map(re.escape, _EPITHETS)))
# "“…,” said nine-year-old Ruby Nguyen": an age before the name describes them too.
_AGE_BEFORE_NAME = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)*)-year-old"
# Two speakers of one quote: "reply Burton and Nick", "Smith and Jones said".
_NAMES = rf"{_NAME}(?:\s+(?:and|&)\s+{_NAME})?"
# "Laurentian Rail president and CEO Janet Okafor said": a role's letters joined by "and" to a
# role in lower case, which the capitalised run of a name no longer holds (alone, "Laurentian
# Rail CEO Janet Okafor" is one run, whose role `_strip_name` takes off).
_JOINED_ROLE_LETTERS = rf"(?<=\sand\s)(?:{'|'.join(by_length(_ROLE_ACRONYMS))})"
# "Commission Executive Vice-President for competition Teresa Vidal told", "Minister for health
# Jane Doe said": a capitalised title (perhaps a compound, see `_role_or_title`) whose portfolio
# follows in lower case, which breaks the capitalised run the title would otherwise open (and
# `_strip_name` take off). Only before such a portfolio: "Minister for Transport Ciarán
# Hegarty" is one run (see `_portfolio_offset`).
_CAPITALISED_PREFIXES = sorted(prefix.capitalize() for prefix in _ROLE_COMPOUND_PREFIXES)
_CAPITALISED_ROLES = by_length(r.title() for r in ROLE_WORDS if "." not in r)
_TITLE_BEFORE_PORTFOLIO = (
    rf"(?:(?:{'|'.join(_CAPITALISED_PREFIXES)})-)*(?:{'|'.join(_CAPITALISED_ROLES)})"
    r"(?=\s+(?:of|for)\s+(?:the\s+)?[a-z])"
)
# "former President Donald Trump wrote": a lower-case word may stand before the title.
# "manager Mikel Arteta said", "said ONS chief economist Grant Fitzner", "said lead author Dr
# Priya Raman", "Home Ministry spokesperson Rishi Tiwari said": a lower-case role (a role word
# or a specialist, "-ist"), perhaps with its organisation, may stand before the name.
# "said senior CSO statistician Cormac Halpin": a rank may stand before the organisation, and a
# specialist may be an "-ician" too. "St John WA director of operations Mark Hollis said":
# what a role is of, in lower case, follows it. "Bureau of Meteorology senior forecaster Kirra
# Watson said": the organisation's name may hold an "of" or a "for" ("Department for
# Education press officer"), an "and" or a "&" ("Marks & Spencer chairman").
# "said former world No. 1 Lindsay Carver", "world No. 3 Iga Kowal told reporters": a player's
# ranking describes her as a role does. "said board member Hector Villanueva": a member of a
# body is described so too. The lower-case words are no preposition: in "said Carla Reyes of
# restructuring adviser Sandbar Partners" the speaker is named before the "of", the firm after.
_RANKED = r"No\.\s?\d{1,4}"
_NAME_MODIFIER = (
    r"(?:(?:former|then|acting|outgoing|incoming|late|ex-)\s*)?"
    r"(?:(?:senior|junior|deputy|assistant|associate|interim|lead|veteran)\s+)?"
    rf"(?:(?:{_NAME_WORD}(?:\s+(?:of|for|and|&)(?:\s+the)?\s+{_NAME_WORD})?\s+){{0,4}}?"
    rf"(?:{_ABBREVIATION}\s+)?(?:(?!(?:of|from|at|with|in)\s)[a-z-]+\s+){{0,4}}?"
    rf"(?:{_ROLE_WORD}|member|{_EPITHET_WORD}|[a-z]+ist|[a-z]+ician|{_AGE_BEFORE_NAME}"
    rf"|{_JOINED_ROLE_LETTERS}|{_TITLE_BEFORE_PORTFOLIO}|{_RANKED})"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,2}?)?"
    rf"\s+(?={_UP}))?"
)
# "According to Crestline Capital chief economist Tom Haddow, the numbers were broadly as
# expected. “The structural deficit hasn't gone anywhere,” he said.": the source "according to"
# gives, perhaps in a role, is the one the sentence attributes to, as the subject of "said" is.
_ACCORDING_SOURCE = re.compile(rf"[Aa]ccording\s+to\s+{_NAME_MODIFIER}")
# How far before a name "according to" may stand, its role between.
_ACCORDING_REACH = 100


def _according_source(text: str, start: int, at: int) -> bool:
    """Whether the name (its run) at ``at`` is what "according to" introduces, after
    ``start``: "According to Tom Haddow", "According to Crestline Capital chief economist Tom
    Haddow". Not another name after it ("According to figures from Tom Haddow's firm")."""
    opening = text.rfind("ccording", max(start + 1, at - _ACCORDING_REACH), at)
    if opening == -1:
        return False
    # Matched on past the name: the role's end looks ahead at the name's capital.
    found = _ACCORDING_SOURCE.match(text, opening - 1)
    return found is not None and found.end() == at


# "For Denmark coach Morten Holst, it was a familiar story of wasted opportunities. “…,” he
# said.": a sentence opening with "For" and a person (perhaps in a role, or in apposition to
# it: "For the Denmark coach, Morten Holst,"), then a comma, is about that person, its
# grammatical subject an "it" or a thing; the "he" after it refers to the one it is for, not
# to whoever acted in the paragraph before.
_FOR_TOPIC = re.compile(
    rf"For\s+(?:[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_WORD}),\s+(?={_UP})|{_NAME_MODIFIER})"
)
# How far before a name the "For" may stand, its role between.
_FOR_REACH = 100


def _for_topic(text: str, start: int, at: int, end: int) -> bool:
    """Whether the name (its run from ``at`` to ``end``) is the person a sentence opening
    after ``start`` with "For" is about, a comma closing the name (see `_FOR_TOPIC`). Not
    "For Holst's side, …" nor "For years Holst…", nor a "for" inside the sentence."""
    if not text.startswith(",", end):
        return False
    opening = text.rfind("For ", max(start, at - _FOR_REACH), at)
    if opening == -1:
        return False
    lead = text[start:opening].rstrip()
    if lead and lead[-1] not in '.!?”’"':
        return False
    found = _FOR_TOPIC.match(text, opening)
    return found is not None and found.end() == at


# A sentence that inverts its copula to introduce someone: "Among them was Evelyn Marsh, a
# 72-year-old retiree", "One of those who spoke was Evelyn Marsh", "The first to speak was
# Evelyn Marsh". The name after the verb is the one the sentence is about, its logical
# subject, so a "she said" just after it refers to her, not to whoever acted before. A role
# or age may stand between verb and name ("was retired teacher Evelyn Marsh"); a preposition
# may not ("was the mother of Evelyn Marsh" introduces the mother).
_INVERTED_INTRODUCTION = re.compile(
    r"(?:(?:[Aa]lso\s+)?[Aa]mongs?t?\s|(?:[Aa]lso\s+)?[Oo]ne\s+of\s|[Tt]he\s+(?:first|next|last)\s)"
    r"[^,.;:!?“”\"‘\n]{1,80}?\s(?:was|were|is|are)\s+"
    r"(?P<between>(?:[a-z][\w-]*\s+){0,3})"
)
# How far before a name such an opening may start.
_INVERTED_REACH = 140


def _introduced_inverted(text: str, start: int, at: int) -> bool:
    """Whether the name (its run) at ``at`` is the one a sentence opening after ``start``
    introduces after its copula (see `_INVERTED_INTRODUCTION`)."""
    floor = max(start, at - _INVERTED_REACH)
    # The sentence holding the name opens after the last sentence's end before it, or at
    # ``start``; one opening further back than the reach is no such short opening.
    opened = _SENTENCE_BEFORE.match(text[floor:at])
    if opened is not None:
        sentence = floor + opened.end()
    elif floor == start:
        sentence = start
    else:
        return False
    found = _INVERTED_INTRODUCTION.fullmatch(text, sentence, at)
    if found is None:
        return False
    between = found.group("between").split()
    return _PREPOSITIONS.isdisjoint(between) and _ARTICLES.isdisjoint(between)


# "“I dreamed about this moment for my whole life,” an emotional Ferrer said", "said a
# visibly tearful Ferrer": an article and a word saying how the person was (perhaps after an
# adverb) before the name. One word only: in "said a source close to Ferrer", "a friend of
# Ferrer said" someone else speaks. Not a time: "the day Ferrer said he would retire".
_MOOD_BEFORE_NAME = (
    r"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:day|night|morning|week|month|year|time|moment)\s)[a-z][a-z-]*\s+"
    rf"(?={_UP}))?"
)
# "“The smoke plume was our biggest concern from the first hour,” fire Chief Brent Halloran
# said at a news conference": Canadian Press and AP style print what an office is of in lower
# case before its capitalised title ("police Chief", "deputy fire Chief", "fire Capt.", "state
# Sen."), perhaps after a place ("Detroit police Chief"). Only before such a title, and none of
# these words: in "“…” and Mayor Tom Reid said", "and" qualifies no one. (A cue before the
# title is read by `_AFTER_CUE_NAME`, tried first. The capitals are any letter but a small
# ASCII one, as in `_BARE_INITIAL`: copies of `_UP` made the patterns slower to compile.)
_NOT_DESCRIPTORS = (
    _ARTICLES
    | _PREPOSITIONS
    | frozenset(
        "and or but nor so yet as if when while where whereas because although though since "
        "until unless then also not that which who whom whose this these those he she they it "
        "we i you his her their its our my your".split()
    )
)
_CAPITALISED_TITLE = "|".join(
    by_length(
        (word.capitalize() for word in ROLE_WORDS | _TITLES if "." not in word),
    )
)
_LOWER_BEFORE_TITLE = (
    r"(?:(?:[^\W\d_a-z][\w’'-]*\s+){0,2}?"
    rf"(?:(?!(?:{'|'.join(by_length(_NOT_DESCRIPTORS))})\s)[a-z][a-z-]*\s+)"
    rf"{{1,3}}?(?=(?:{_CAPITALISED_TITLE})\.?\s+[^\W\d_a-z]))?"
)
# "“…,” Disaster Management and Relief Secretary Mohammad Shafiqul Alam told reporters", "said
# Health and Family Welfare Minister Anna Reed": a title whose portfolio joins two fields with
# an "and" (or a "&"), each capitalised, as South Asian copy often prints them. The fields up to
# the "and" are read past, as a lower-case word before a title is (see above); the rest, the
# title and the name fill the name's run, whose title `_strip_name` takes off. Only before a
# capitalised title and a name: "Smith and Jones said" is two people.
_FIELDS_BEFORE_TITLE = (
    r"(?:(?:[^\W\d_a-z][\w’'-]*,?\s+){1,3}(?:and|&)\s+"
    rf"(?=(?:[^\W\d_a-z][\w’'-]*\s+){{0,3}}(?:{_CAPITALISED_TITLE})\.?\s+[^\W\d_a-z]))?"
)
# "Viktor Sarn of Stavik University said": the organisation is not the speaker. "Priya Raman
# from Baylis Partners said" neither.
# "Sergeant Neil Jameson of North Yorkshire Police's major collision investigation unit said".
# "Anja Reinholt of the center-left Social Democrats (SPD) told": what the party is, and its
# short form, stand beside its name. "Councillor Janine Okafor (District 7) said during the
# debate": so may any aside in brackets beside the person's.
_OF_ORGANISATION = (
    rf"(?:\s+{_ASIDE})?"
    rf"(?:\s+(?:of|from)\s+(?:{_LOWER_ORGANISATION}|(?:the\s+)?{_PLACE_BEFORE_NOUN}"
    rf"(?:[a-z][a-z-]*\s+){{0,2}}?{_NAME}{_ORGANISATION_JOINED}"
    rf"(?:(?<=[’']s)(?:\s+[a-z-]+){{1,4}}?)?(?:\s+{_ABBREVIATION})?))?"
)
# "“…,” Rupert Ashdown, Brightline's chief executive, who founded the company, said.": a
# relative clause may follow the apposition.
# The patterns read after a closing mark are matched in place, ``match(text, start, end)``:
# anchored by the match (none opens with ``^``), and a far sentence end is not copied out.
_AFTER_NAME_CUE_END = (
    rf"{_OF_ORGANISATION}(?:(?:{_HOME_TOWN}|,[^,“”\"]{{1,100}},)"
    rf"(?:\s+who(?:se)?\s[^,“”\"]{{1,160}},)?)?\s+"
    rf"(?:(?:also|then|later|again|has|had|have|once|previously|recently)\s+)*(?P<cue>{_CUE})\b"
)
_AFTER_NAME_CUE = re.compile(
    rf"[\s,;:.!?—–-]*{_MOOD_BEFORE_NAME}{_LOWER_BEFORE_TITLE}{_FIELDS_BEFORE_TITLE}{_NAME_MODIFIER}"
    rf"(?P<name>(?:{_PARTICLE_LEAD})?{_LONG_NAME}(?:\s+(?:and|&)\s+{_NAME})?|{_PRONOUN})"
    + _AFTER_NAME_CUE_END
)
# "Minister for Foreign Affairs Simon Harris said", "the chief executive of Ryanair Michael
# O'Leary said": a role and "for" or "of" before the portfolio or organisation that opens the
# name's run. Which word is the role, and where the name starts, `_portfolio_offset` decides.
# "Federal Minister for Climate Change Sadia Awan said", "Prime Minister of Pakistan Shehbaz
# Sharif said": capitalised words may qualify the title before it, an office's (see
# `_office_title`: in "Kwame Farmer of Accra Hearts Oak said" the farmer is a person).
_CAPITALISED_OFFICE = (
    rf"(?:(?:{'|'.join(_CAPITALISED_PREFIXES)})-)*"
    rf"(?:{'|'.join(by_length(word.title() for word in _OFFICE_TITLES))})"
    r"(?:-General)?"
)
_AFTER_PORTFOLIO_NAME_CUE = re.compile(
    r"[\s,;:.!?—–-]*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[a-z-]+\s+)?"
    rf"(?:(?:{_UP}[\w’'-]*\s+){{1,2}}?{_CAPITALISED_OFFICE}\s+|[\w-]+\s+)"
    rf"(?:(?:for|of)\s+(?:the\s+)?{_UP}[a-z]+\s+)?(?:for|of)\s+(?:the\s+)?"
    rf"(?P<name>{_LONG_NAME}(?:\s+(?:and|&)\s+{_NAME})?)" + _AFTER_NAME_CUE_END
)
_AFTER_CUE_NAME = re.compile(
    rf"[\s,;:.!?—–-]*(?P<cue>{_CUE})\s+{_MOOD_BEFORE_NAME}{_LOWER_BEFORE_TITLE}"
    rf"{_FIELDS_BEFORE_TITLE}{_NAME_MODIFIER}"
    rf"(?P<name>(?:{_PARTICLE_LEAD})?{_LONG_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
)
# "Elena Marsh, 47, told supporters: “…": with a colon, up to eight words may follow the cue
# ("Its director, Arturo Villanueva, told a press briefing in Quezon City on Monday:").
# "Prof Helen Marsh, of the University of Oxford, who led the trial, said:": up to three
# clauses in apposition, but no other name among several ("in Stavik, Marsh, 47, told").
_WORDS_BEFORE_COLON = 8
_BEFORE_CUE_END = (
    rf"(?P<cue>{_CUE})(?:(?:\s+(?:\w+\s+){{0,3}}?(?:that|in\s+a\s+statement|reporters|"
    rf"{_UP}\w+))?\s*[,:]?|(?:\s+[\w’'-]+){{1,{_WORDS_BEFORE_COLON}}}:)\s*$"
)
# "Rory Maddox … was left ruing “too many shots”", "she was left lamenting": the subject says
# it, the "was left" only how it came to.
_LEFT_TO = r"(?:(?:was|were|is|are|been)\s+left\s+)"
# "Hollins & Wade said:": a firm's name runs on past its "&" (see `_speaker`).
_BEFORE_NAME_CUE = re.compile(
    rf"(?P<name>{_NAME}(?:\s+&\s+{_NAME})?|{_PRONOUN}){_OF_ORGANISATION}"
    rf"(?:,[^,“”\"]{{1,60}},|(?:,(?!\s*{_UP})[^,“”\"]{{1,60}}){{2,3}},"
    # "Declan Moran, from Ennis, Co Clare, said:" (see `_HOME_TOWN`)
    rf"|{_HOME_TOWN}(?:\s+who(?:se)?\s[^,“”\"]{{1,160}},)?"
    # "Okafor, who joined Brentford from non-league Hampton & Richmond Borough two years ago,"
    rf"|{_AGED},\s+who(?:se)?\s[^,“”\"]{{1,160}},"
    # "Dr Priya Raman, a climate scientist at the University of Reading and a co-author,":
    # what the person is may run longer, and a town and a relative clause follow it
    # ("…Research (TIFR), Mumbai, who was not part of the study,": see
    # `_TOWN_AFTER_ABBREVIATION`).
    rf"|{_AGED},\s+(?:the|an?)\s[^,“”\"]{{1,120}},{_TOWN_AFTER_ABBREVIATION}"
    rf"(?:\s+who(?:se)?\s[^,“”\"]{{1,160}},)?"
    # "Jay Lindsay, director of population statistics at the Office for National Statistics
    # (ONS), said:": a role without its article opens an apposition as long.
    # "Ruth Adebayo, vice-chancellor of…": the role may be a compound's last part.
    rf"|{_AGED},\s+(?:[a-z-]+\s+){{0,2}}?{_ROLE_PREFIX}(?:{_ROLE_WORD})\s[^,“”\"]{{1,120}},"
    # "Whitfield, speaking in front of the ruins of the town's First Baptist Church, said:"
    rf"|{_AGED},\s+{_PARTICIPLE}\s[^,“”\"]{{1,120}},"
    # "Rupert Ashdown, Brightline's chief executive, who founded the company with fellow
    # researcher Nadia Okafor in 2009, said:": a relative clause after an apposition, which
    # may open with whose the role is; not another name ("in Stavik, Marsh, who…").
    # A capitalised office may open it: "Rachel Ibbotson, Labour MP for Leeds East, who first
    # raised the case, said:" is Ibbotson's, not Leeds East's (see
    # `_CAPITALISED_ROLE_APPOSITION`).
    rf"|(?:{_CAPITALISED_ROLE_APPOSITION}[^,“”\"]{{0,60}}"
    rf"|,(?!\s*{_UP}(?![\w&.-]*(?:\s+{_UP}[\w&.-]*){{0,3}}[’']s\s))[^,“”\"]{{1,60}}){{1,2}}"
    rf",\s+who(?:se)?\s[^,“”\"]{{1,160}},)?\s+"
    rf"(?:(?:also|then|later|again|has|had|once|previously|recently)\s+|{_LEFT_TO})*"
    + _BEFORE_CUE_END
)
# "The Halloran family said in a statement": a family speaks as one, under its surname (its
# key, as an organisation's is its first word, is the surname its members share).
_FAMILY = rf"[Tt]he\s+(?P<name>{_UP}[\w’'-]*[^\W_](?:[\s-]{_UP}[\w’'-]*[^\W_])?)\s+family"
_BEFORE_FAMILY_CUE = re.compile(rf"{_FAMILY}\s+(?:also\s+)?{_BEFORE_CUE_END}")
_AFTER_FAMILY_CUE = re.compile(rf"[\s,;:.!?—–-]*{_FAMILY}\s+(?:also\s+)?(?P<cue>{_CUE})\b")
_FAMILY_SUBJECT = re.compile(rf"{_FAMILY}\s+(?:also\s+)?$")
# "According to Rep. Jim Jordan, R-Ohio, “…": a party and state may follow the name.
_PARTY_STATE = r"(?:,\s*[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
# "According to Priya Raman, analyst at Halden Securities, “…”": what the source is may stand
# in apposition, closed by its comma, between the name and the quote.
_BEFORE_ACCORDING = re.compile(
    rf"(?P<cue>[Aa]ccording to)\s+(?P<name>(?:{_PARTICLE_LEAD})?{_NAME}){_PARTY_STATE}"
    r"(?:,\s[^,“”\"]{1,120},)?\s*,?\s*$"
)
# "Lower rates have “put a floor under the market…”, according to Mr Delaney.": the source
# "according to" gives after the quote, as before it (see `_BEFORE_ACCORDING`). The name ends
# the clause: in "according to Bank of England figures" no one is the source.
_AFTER_ACCORDING_NAME = re.compile(
    rf"[\s,;:—–-]*(?P<cue>according\s+to)\s+{_NAME_MODIFIER}"
    rf"(?P<name>(?:{_PARTICLE_LEAD})?{_NAME}){_PARTY_STATE}(?=\s*(?:[,.;:!?)—–]|$))"
)
_BEFORE_CUE_ALONE = re.compile(r"(?:^|[.!?]\s+)(?P<cue>[A-Z][a-z]+)\s*[:,]?\s*$")
_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:by|while|when|before|after)\s+(?P<cue>stating|saying|adding|noting|explaining|"
    r"writing|telling\s+\w+)\s*[,:]?\s*$"
)
_SUBJECT = re.compile(rf"(?:^|,\s+|\s)(?P<name>(?:{_UP}{_LO}+\s+)?{_NAME})\s+[a-z]+(?:ed|s)\b")


# An organisation's apposition naming what it is: ", India's third-largest airline," ", the
# state-owned lender by assets,". The noun ends the apposition or a phrase follows it; not
# "a former police officer", "the council leader", where it qualifies a person's role.
# The words before the noun are no person's role (nor "official"): "Shahinul Karim, a
# director at the department," is a person, the department only where the director works.
_ORG_APPOSITION = re.compile(
    rf",\s+(?:(?:the|an?|its)\s+|{_UP}[\w-]*[’']s\s+)"
    rf"(?:(?!(?:{_ROLE_WORD}|official)\b)[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{'|'.join(by_length(ORG_NOUNS))})"
    r"(?=,|\s+(?:by|in|of|with|for|based|that|which)\b)"
)
# What a company is called, and what its own name may show an organisation to be instead.
# "the utility said", "the operator said": a gas or water company, a ferry's or a site's.
_COMPANY_NOUNS = frozenset(
    "company firm group carmaker automaker retailer insurer utility operator".split()
)
# What a firm is called before its name, the name of several words: a company's noun, or a
# kind of firm no person is ("the live music consultancy Stagecraft Insight").
_FIRM_NOUNS = _COMPANY_NOUNS | frozenset(("consultancy", "brokerage"))
# "Crews from the Scottish Fire and Rescue Service": a service (fire, ambulance, prison) is a
# public body, as its name's last word shows, and no company.
_PUBLIC = frozenset(
    "ministry department agency government police council regulator court union party club "
    "university hospital school institute charity foundation trust authority commission "
    "board watchdog league federation association service".split()
)
_PUBLIC_NAME_ENDS = ORG_NOUNS | {"service"}


def _owner_word(word: str) -> str:
    """The word without its possessive, in lower case: "Hospital's" → "hospital"."""
    return word.casefold().removesuffix("’s").removesuffix("'s")


# Someone the article does not name: "one official said", "a source said".
_ANONYMOUS = frozenset("official source aide diplomat insider person".split())
# Kin and friends, named in apposition: "her daughter, Helen Owens, said:".
_RELATIONS = frozenset(
    "daughter son wife husband mother father sister brother widow widower partner fiancée "
    "fiancé friend colleague cousin niece nephew aunt uncle granddaughter grandson "
    "grandmother grandfather stepfather stepmother".split()
)
_EPITHET_POSITIONS = frozenset("striker goalkeeper midfielder defender winger player".split())
# Roles a report may call one person by in turn: "Ireland coach Declan Rourke" … "the Ireland
# manager said".
_ROLE_FAMILIES = (
    frozenset(("coach", "manager")),
    frozenset(("captain", "skipper")),
    frozenset(("chairman", "chairwoman", "chair")),
    frozenset(("lawyer", "attorney")),
)
# A captain or a player plays some position: "the Ireland captain" may be "the defender".
_PLAYERS = frozenset(("captain", "skipper", "player"))
_POSITIONS = _EPITHET_POSITIONS | frozenset(("forward", "goalie", "wicketkeeper", "opener"))


def _role_family(role: str) -> frozenset[str]:
    """The role with its close synonyms."""
    return next((family for family in _ROLE_FAMILIES if role in family), frozenset((role,)))


def _may_describe(held: str, role: str) -> bool:
    """Whether someone given ``held`` ("captain", or "ireland captain" qualified) may be
    called by ``role``: the same role or a synonym, or a position for a player."""
    held = held.rsplit(None, 1)[-1]
    return role in _role_family(held) or (held in _PLAYERS and role in _POSITIONS)


def _role_qualifiers(words: list[str]) -> frozenset[str]:
    """The capitalised words just before a role word, which say whose it is: "Ireland" of
    "Ireland coach", "Finland" of "the Finland head coach" (a role word between is passed
    over). Titles and sentence words are none."""
    found: list[str] = []
    for word in reversed(words):
        lowered = word.casefold().removesuffix("’s").removesuffix("'s")
        if lowered in ROLE_WORDS:
            continue
        if not word[:1].isupper() or lowered in _NOT_NAMES or lowered in _TITLES:
            break
        found.append(lowered)
    return frozenset(found)


# An age printed after a name: "Jayden Okafor, 20,", "Okafor (20)", "Rourke, the 52-year-old".
_AGE_AFTER_NAME = r"(?:,\s*|\s*\(|\s+is\s+|,\s+(?:the|an?)\s+){age}(?:-year-old)?\b(?!-)"
# A role in apposition after a name: "Conor Walsh, the Ireland captain,", "Rourke, the
# 52-year-old Ireland manager,", "Dr Priya Raman, a climate scientist at the University".
_APPOSED_ROLE = re.compile(
    r",\s+(?:(?:the|an?|his|her|their|its)\s+)?(?P<mods>(?:[\w’'-]+\s+){0,3}?)"
    rf"(?P<role>{_ROLE_WORD})(?=\s*[,.;:]|\s+(?:of|for|at|in|and|who|with|from)\b)"
)
_NOT_QUALIFIERS = _PREPOSITIONS | _ARTICLES | frozenset(("and", "or", "who", "whose", "which"))
# "Tamihana, a veteran who has twice before chosen between the two main parties, said": a
# name, what the person is (a role or a description of one), then a cue. Not a word an
# organisation may be called too: "Nimbra, the market leader, said", "Deloitte, the auditor,
# said" (see `_FIRM_ROLES`). "Ferrer, the first Spanish man to win the tournament since Nadal
# in 2022, said": a man or a woman is a person too.
_PERSON_NOUN = "|".join(
    by_length(
        (
            re.escape(word)
            for word in (ROLE_WORDS | _EPITHETS | {"man", "woman", "boy", "girl"})
            - {"leader", "head", "chief", "owner", "player"}
            - _FIRM_ROLES
            if "." not in word
        ),
    )
)
# "Doyle, a SIPTU organiser, who represents many of the workers, said": a relative clause may
# follow what the person is, as in `_ACTS`.
_DESCRIBED_SPEAKER = re.compile(
    rf",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_PERSON_NOUN})\b[^,.;:“”\"]{{0,120}},"
    rf"(?:\s+(?:which|that|who|whose|where)\s[^,.;:“”\"]{{1,120}},)?\s+(?:also\s+)?{_CUE}\b"
)
# "Whitfield, speaking in front of the ruins of the town's First Baptist Church, said": a name,
# a participle's phrase in apposition, then a cue.
_PARTICIPLE_SPEAKER = re.compile(
    rf",\s+{_PARTICIPLE}\s+[^,.;:“”\"]{{1,120}},\s+(?:also\s+)?{_CUE}\b"
)
# "Rory Kinsella, on as a substitute, met the corner": a name with a common first name, an
# aside in commas, then a verb in the past: the person acts, at a sentence's start too. (Only
# with a first name: "New York, in particular, saw heavy snow" is a place.) A cue too: "US
# District Judge Rebecca Hollis, in her order, said the agreement is “…”".
_ASIDE_THEN_ACTS = re.compile(
    rf",\s+[a-z][^,.;:“”\"]{{0,80}},\s+(?:{_IRREGULAR_PAST}|{_CUE}|was|had|[a-z]{{2,}}ed)\b"
)
# "“…,” the Briton said": a nationality describes the person just named, as an epithet does.
# Only where it ends the phrase: "the American Red Cross said", "said the Kenyan government"
# name another speaker.
_NATIONALITIES = frozenset(
    "briton englishman englishwoman scot welshman welshwoman irishman irishwoman frenchman "
    "frenchwoman dutchman dutchwoman australian american canadian kenyan ethiopian "
    "ugandan nigerian jamaican german italian spaniard swede norwegian dane finn pole "
    "russian ukrainian indian pakistani brazilian argentine argentinian mexican colombian "
    "kiwi austrian belgian serb croat greek turk".split()
) | {"new zealander", "south african"}
_NATIONALITY = (
    r"(?:"
    + "|".join(by_length(re.escape(n) for n in _NATIONALITIES))
    + rf")(?=s?(?:[,.;:!?]|\s+(?:also\s+)?{_CUE}\b|\s*$))"
)
# Each nationality's noun with its adjective and its country, the forms in which an article
# prints someone's nationality ("Finland's Henrik Aalto", "Henrik Aalto of Finland", "Finnish
# star Henrik Aalto", "Aalto, a Finn,"), so that "the Finn" may be the one person it printed
# so (see `Cast._national`). The country is the key: "the Argentine" and "the Argentinian"
# are one nationality.
_NATIONALITY_FORMS = {
    noun.replace("_", " "): (adjective.replace("_", " "), country.replace("_", " "))
    for noun, adjective, country in (
        entry.split(":")
        for entry in (
            "briton:british:britain englishman:english:england englishwoman:english:england "
            "scot:scottish:scotland welshman:welsh:wales welshwoman:welsh:wales "
            "irishman:irish:ireland irishwoman:irish:ireland frenchman:french:france "
            "frenchwoman:french:france dutchman:dutch:netherlands dutchwoman:dutch:netherlands "
            "australian:australian:australia american:american:america "
            "canadian:canadian:canada kenyan:kenyan:kenya ethiopian:ethiopian:ethiopia "
            "ugandan:ugandan:uganda nigerian:nigerian:nigeria jamaican:jamaican:jamaica "
            "german:german:germany italian:italian:italy spaniard:spanish:spain "
            "swede:swedish:sweden norwegian:norwegian:norway dane:danish:denmark "
            "finn:finnish:finland pole:polish:poland russian:russian:russia "
            "ukrainian:ukrainian:ukraine indian:indian:india pakistani:pakistani:pakistan "
            "brazilian:brazilian:brazil argentine:argentine:argentina "
            "argentinian:argentinian:argentina mexican:mexican:mexico "
            "colombian:colombian:colombia kiwi:kiwi:new_zealand austrian:austrian:austria "
            "belgian:belgian:belgium serb:serbian:serbia croat:croatian:croatia "
            "greek:greek:greece turk:turkish:turkey new_zealander:new_zealand:new_zealand "
            "south_african:south_african:south_africa"
        ).split()
    )
}
# Every form (title-cased, as printed) → its country.
_NATIONAL_WORDS = {
    form.title(): country
    for noun, (adjective, country) in _NATIONALITY_FORMS.items()
    for form in (noun, adjective)
}
_COUNTRY_NAMES = {country.title(): country for _, country in _NATIONALITY_FORMS.values()}
_NATIONAL_WORD = _word_alternation(by_length(_NATIONAL_WORDS))
_COUNTRY_NAME = _word_alternation(by_length(_COUNTRY_NAMES))
# Before the name: "Finn Henrik Aalto", "the Finnish star Henrik Aalto", "Finland's world No. 1
# Henrik Aalto" (lower-case words only between: "American Red Cross spokeswoman Jane Doe" is
# the organisation's).
_NATIONAL_BEFORE_NAME = (
    rf"(?:(?P<word>{_NATIONAL_WORD})(?:\s+[a-z][\w-]*){{0,2}}"
    rf"|(?P<country>{_COUNTRY_NAME})[’']s(?:\s+(?:[a-z][\w-]*|No\.?|\d{{1,3}})){{0,3}})"
    r"\s+$"
)
# After it: "Henrik Aalto of Finland", "Ferrer, 23, of Spain,", "Aalto (Finland)", "Aalto, a
# Finn,", "Aalto, the big-serving Finn,". Not "of Ireland's Fine Gael" (a party's), nor "Jane
# Doe, the American Red Cross spokeswoman" (an organisation's name).
_NATIONAL_AFTER_NAME = (
    rf"(?:{_AGED},?\s+(?:of|from)\s+(?P<country>{_COUNTRY_NAME})\b(?![’']s)"
    rf"|\s*\((?P<bracketed>{_COUNTRY_NAME})\)"
    rf"|,\s+(?:an?|the)\s+(?:[\w’'.-]+\s+){{0,3}}?(?P<word>{_NATIONAL_WORD})\b"
    r"(?!\s+[^\W\d_a-z][a-z]))"
)
# How far before a name a nationality may be printed: "Finland's world No. 1 Henrik Aalto".
_NATIONAL_REACH = 60


@lru_cache(maxsize=1)
def _national_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`_NATIONAL_BEFORE_NAME` and `_NATIONAL_AFTER_NAME`, compiled on the first nationality a
    quote is attributed to: few articles print one, and compiling them cost every import
    3 ms."""
    return re.compile(_NATIONAL_BEFORE_NAME), re.compile(_NATIONAL_AFTER_NAME)


_ROLE = (
    "|".join(
        by_length(
            (
                re.escape(r)
                for r in ROLE_WORDS | ORG_NOUNS | _ANONYMOUS | _RELATIONS | _EPITHETS
                if "." not in r
            ),
        )
    )
    + rf"|\d{{1,3}}-year-old|{_NATIONALITY}"
)
_DETERMINER = (
    r"(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree"
    r"|[Ss]everal)"
)
# "the 31-year-old defender": an age may qualify the role as a word does. "Its secretary
# general, Dr Niall Quirke, said:": "general" after a role ("director general", "attorney
# general") is part of it.
_GENERAL = r"(?:[\s-]general\b)?"
# "a Hollins & Wade spokeswoman said": a firm's "&" among the words before the role.
_ROLE_REF = (
    rf"(?:{_DETERMINER}\s+|{_NAME}[’']s\s+)(?:(?:[a-z-]+|&|\d{{1,3}}-year-old)\s+){{0,3}}?"
    rf"(?P<role>{_ROLE})s?{_GENERAL}"
)
# `_ROLE_REF` where no possessive stands: the same matches, found without trying a name
# (ignoring case, one may open at any letter) at every position.
_DETERMINED_ROLE_REF = (
    rf"{_DETERMINER}\s+(?:(?:[a-z-]+|&|\d{{1,3}}-year-old)\s+){{0,3}}?(?P<role>{_ROLE})s?"
    rf"{_GENERAL}"
)
# "the White House press secretary, Karine Jean-Pierre, said": the name in apposition,
# capitalised even where the pattern ignores case. Another clause may stand there instead:
# "the company, which makes robots, said".
_APPOSITION = (
    # "Another witness, coffee shop worker Ciarán Molloy, said": a name after what the person
    # is, in lower case, names them too.
    rf"(?:,\s+(?:(?-i:(?:[a-z][\w’'\-]*\s+){{0,3}})"
    rf"(?P<appos>(?-i:{_UP}[\w’'\-]*(?:\s+{_UP}[\w’'\-]*){{1,3}}))"
    # "His wife, Fiona, told the BBC:": one capitalised word, a first name or a surname,
    # taken only where the article names such a person (see `_apposed_word`).
    rf"|(?P<appos_word>(?-i:{_UP}[\w’'\-]*[^\W_]))(?=,)|[^,“”\"]{{1,60}}),)?"
)
# "a spokeswoman for the company said", "a spokesman for Northline said". "“…,” a
# spokeswoman for Hollins & Wade said": a firm's name may hold a "&" between its words, and
# an "and", "of" or "for" before a capital ("for the Department for Business and Trade").
_FOR_ORGANISATION = (
    rf"(?:\s+(?:for|at)\s+(?P<for_org>(?:the\s+)?[\w&’'-]+"
    rf"(?:\s+(?:&\s+|(?:and|of|for)\s+(?:the\s+)?(?=(?-i:{_UP})))?{_UP}[\w&’'-]*){{0,3}}))?"
)
# "Its director of policy, Mark Fallon, said": what the role is of, before the name in
# apposition. Taken only with that name (see `_of_what_unnamed`): "the director of the museum
# said" may be another director than the one the article introduced.
_ROLE_OF = r"(?:\s+of\s+(?P<of_what>[^,“”\"]{1,40}?))?"
_AFTER_ROLE_CUE = re.compile(
    rf"[\s,;:.!?—–-]*{_ROLE_REF}{_ROLE_OF}{_FOR_ORGANISATION}{_APPOSITION}\s+(?:also\s+)?"
    rf"(?P<cue>{_CUE})\b",
    re.IGNORECASE,
)
# "“There are no plans to close any stores in Ireland at this time,” said a spokeswoman for
# Marks and Spencer.": what a spokesperson speaks for, after the role as before the cue (see
# `_FOR_ORGANISATION`). No cue follows to end the name here, so its words after the first are
# capitalised ones (the pattern ignores case): not "for Tesco on Monday".
_SPOKESPERSON_FOR = (
    r"(?:(?<=spokesperson)|(?<=spokesman)|(?<=spokeswoman))"
    r"\s+(?:for|at)\s+(?P<for_org>(?:the\s+)?[\w&’'-]+"
    r"(?:\s+(?:(?:&|and|of|for)\s+(?:the\s+)?)?(?-i:[^\W\d_a-z])[\w&’'-]*){0,3})"
)
# "“…,” said the 20-year-old.", "said the company": the cue, then the role. Not "said the
# company would…", which reports what the company would do.
_AFTER_CUE_ROLE = re.compile(
    rf"[\s,;:.!?—–-]*(?P<cue>{_CUE})\s+{_DETERMINED_ROLE_REF}(?:{_SPOKESPERSON_FOR})?\b"
    r"(?![’'-]|\s+(?:would|will|had|has|have|was|is|were|are|could|should|must|may|might)\b)",
    re.IGNORECASE,
)
# "Its national officer for retail, Marianne Holt, said:": before a quote, what the role is
# for stands where what it is of may. "The water minister, Tom Kourakis, told a press
# conference in Adelaide:": with a colon, up to eight words may follow the cue (as after a
# name). "Atlantic Crest's managing director in Nigeria, Richard Haldane, said": where the role
# is held stands there too, and the country is no speaker (the name in apposition is).
_ROLE_OF_OR_FOR = r"(?:\s+(?:of|for|in)\s+(?P<of_what>[^,“”\"]{1,40}?))?"
_BEFORE_ROLE_CUE_END = (
    rf"{_ROLE_OF_OR_FOR}{_APPOSITION}\s+(?:also\s+)?(?P<cue>{_CUE})(?:(?:\s+(?:\w+\s+){{0,3}}?"
    rf"(?:that|reporters|{_UP}\w+))?\s*[,:]?|(?:\s+[\w’'-]+){{1,{_WORDS_BEFORE_COLON}}}:)\s*$"
)
_BEFORE_ROLE_CUE = re.compile(_ROLE_REF + _BEFORE_ROLE_CUE_END, re.IGNORECASE)
_BEFORE_DETERMINED_ROLE_CUE = re.compile(_DETERMINED_ROLE_REF + _BEFORE_ROLE_CUE_END, re.IGNORECASE)
# An apostrophe and an "s" in any case, as `_ROLE_REF`'s ``[’']s`` matches them ignoring case.
_POSSESSIVE_S = re.compile("[’'][sSſ]")


_PRONOUNS = frozenset("he she they it i we".split())
_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})

# "A Foreign, Commonwealth and Development Office spokesperson said:", "“…,” a Department for
# Environment, Food and Rural Affairs spokesman said": the office whose name lists words before
# (or after) its noun speaks, as "a Foreign Office spokesperson" does. Its name is too long, and
# its commas too many, for the words `_ROLE_REF` reads before a role: the office is the one
# `read_cast` found listed (see `Cast.listed`), ending where the spokesperson's word starts.
_SPOKESPERSON_WORD = "|".join(sorted(_SPOKESPEOPLE))
_LISTED_SPOKESPERSON_BEFORE = re.compile(
    rf"\s+(?P<role>{_SPOKESPERSON_WORD})" + _BEFORE_ROLE_CUE_END, re.IGNORECASE
)
_LISTED_SPOKESPERSON_AFTER = re.compile(
    rf"[\s,;:.!?—–-]*(?:[Tt]he|[Aa]n?)\s+(?P<office>[^,“”\"\n]+(?:,[^,“”\"\n]+){{0,4}}?)"
    rf"\s+(?P<role>{_SPOKESPERSON_WORD})\s+(?:also\s+)?(?P<cue>{_CUE})\b"
)
# How far after a quote closes the office's spokesperson may stand: an office's long name.
_LISTED_SPOKESPERSON_REACH = 160


def _listed_office_speaker(
    cast: Cast, office_end: int, floor: int, cue: str | None
) -> Speaker | None:
    """The office whose listed name (see `Cast.listed`) ends at ``office_end`` and opens after
    ``floor``, as the speaker; None if no such name ends there."""
    listed = cast.listed.get(office_end)
    if listed is None or listed[0] < floor:
        return None
    opens, name = listed
    return cast.organisation_speaker(name, Attribution.TITLE, cue, new_span(opens, office_end))


# "Department for Education": an organisation's name runs on past its "for" or "of", and
# "Hollins & Wade" past its "&". "“…,” a Marks and Spencer spokeswoman said" past its "and"
# too: the firm speaks, as in "said a spokeswoman for Marks and Spencer", not "Spencer".
_CAPITALISED_RUN = re.compile(
    rf"{_UP}[\w&’'-]*(?:\s+(?:(?:for|of|and|&)\s+(?:the\s+)?)?{_UP}[\w&’'-]*)*"
)

# "A spokesperson for the Department for Business and Trade said": what the spokesperson
# speaks for, its name run on past its "for" and "and", ends where the subject does.
_SPOKESPERSON_FOR_END = re.compile(
    rf"\b(?:spokesperson|spokesman|spokeswoman)\s+(?:for|at)\s+(?:the\s+)?"
    rf"(?P<org>{_CAPITALISED_RUN.pattern})$"
)


# A spokeswoman or a spokesman unnamed (see `Cast.spokespeople`), as the subject of a verb or
# after a cue, with what is named with the role ("A TGA spokeswoman", "a spokesman for the
# TGA", "TGA’s spokeswoman"), as `_by_role` reads it.
# (The owner's capital is any letter but a small ASCII one, as in `_BARE_INITIAL`.)
_SPOKESPERSON_HEAD = (
    # No word ending a sentence ("from the shelves. A TGA spokeswoman"): "the" is another's.
    rf"(?:{_DETERMINER}\s+|(?P<owner>[^\W\d_a-z][\w&.-]*)[’']s\s+)"
    rf"(?:(?!\w{{2,}}[.!?]\s)[\w&’'.-]+\s+){{0,3}}?"
    rf"(?P<role>spokes(?:wo)?man){_FOR_ORGANISATION}"
)
_SPOKESPERSON_REACH = 120


@lru_cache(maxsize=1)
def _spokesperson_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`_SPOKESPERSON_HEAD` as the subject of a verb and after a cue, compiled on the first
    spokeswoman or spokesman an article prints: compiling them cost every import 4 ms."""
    return (
        re.compile(rf"{_SPOKESPERSON_HEAD}\s+(?:also\s+)?(?P<cue>{_VERB})\b"),
        re.compile(
            rf"(?P<cue>{_CUE})\s+{_SPOKESPERSON_HEAD}(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at)\b)"
        ),
    )


def _referred_spokesperson(cast: Cast, match: re.Match[str], cue: str, span: Span) -> Speaker:
    """Whom a "she said" referring to the spokeswoman `_SPOKESPERSON_HEAD` found speaks for:
    the organisation named with her role, as "a TGA spokeswoman said" does, or the person
    introduced in it; else no one named."""
    owner = match.group("owner")
    found = (
        cast.organisation_speaker(owner, Attribution.PRONOUN, cue, span)
        if owner
        else _by_role(cast, match, match.start(), 0)
    )
    if found.name is None:
        return Speaker(cue=cue, attribution=Attribution.NONE, span=span)
    return Speaker(
        name=found.name, kind=found.kind, attribution=Attribution.PRONOUN, cue=cue, span=span
    )


# A sentence's end, and the quote opening the next: what may stand between a spokeswoman's
# sentence and the "she" of the quote after it.
_SENTENCE_THEN_QUOTE = re.compile(r"[^.!?\n]*[.!?]\s+[“\"‘'][^\n]*")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _spokesperson_refers(text: str, match: re.Match[str], at: int, person: Mention | None) -> bool:
    """Whether the spokeswoman `match` found is the one a "she" at ``at`` refers to: she acts
    in the sentence right before the quote, and not in another's account ("Mary Kelly said
    she rang the airline and a spokeswoman told her"). Nor when she answers, in a woman's
    paragraph, the sentence of that woman ("Principal Siobhán Ní Bhriain said parents were
    devastated. A Department of Education spokeswoman said …"): the quote after goes back to
    the woman the paragraph is about."""
    if _SENTENCE_THEN_QUOTE.fullmatch(text, match.end(), at) is None:
        return False
    opening = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
    if match.start() != match.start("cue") and not _CUE_SET.isdisjoint(
        re.findall(r"[a-z]+", text[opening + 1 : match.start()])
    ):
        return False
    if person is None:
        return True
    between = text[person.span.end : match.start()]
    return "\n" in between or len(_SENTENCE_BREAK.findall(between)) != 1


def _spokesperson_for(cast: Cast, text: str, start: int, end: int, cue: str) -> Speaker | None:
    """The organisation a spokesperson speaks for, if the subject from ``start`` to ``end``
    is one: "a spokesperson for the Department of Health and Social Care", not "Social Care",
    the last words of its name, as a person."""
    found = _SPOKESPERSON_FOR_END.search(text, start, end)
    if found is None:
        return None
    # "A spokeswoman for Queen’s said": the name ends the subject, its "’s" with it.
    org = found.group("org")
    span = new_span(found.start("org"), found.start("org") + len(org))
    return cast.organisation_speaker(org, Attribution.TITLE, cue, span)


def _of_what_unnamed(match: re.Match[str] | None) -> bool:
    """Whether a role with what it is of ("director of policy") is named by no apposition.
    Not "a Department of Health spokeswoman", an organisation's spokeswoman (see
    `_organisation_tail`)."""
    return (
        match is not None
        and match.group("of_what") is not None
        and not match.group("appos")
        and _organisation_tail(match) is None
    )


# Determiners that introduce someone new ("a neighbour", "one resident"), where "the", "his"
# or a name's "’s" refer to someone.
_INDEFINITES = frozenset("a an one another two three several".split())


def _indefinite(match: re.Match[str]) -> bool:
    """Whether the role a `_ROLE_REF` pattern found is introduced as someone new."""
    return (match.groupdict().get("det") or "").casefold() in _INDEFINITES


def _described_by_role_of(match: re.Match[str] | None, shift: int) -> Speaker | None:
    """ "“…,” the mother of one prisoner told Reuters", "the director of the museum said": a
    person a role and what it is of describe, whom no name follows and no pattern after found
    named. Which person that is, the role does not tell (see `_of_what_unnamed`), but the quote
    is attributed: to a description, as "the young forward told reporters" is. None for an
    organisation's noun ("the department of health said"), which names a body unresolved, and
    for someone new ("a mother of three said", see `_by_role`). ``shift`` is where the matched
    string starts in the text."""
    if match is None or match.group("role").casefold() in ORG_NOUNS or _indefinite(match):
        return None
    span = new_span(shift + match.start("role"), shift + match.end("of_what"))
    return Speaker(attribution=Attribution.DESCRIPTION, cue=match.group("cue"), span=span)


def _organisation_tail(match: re.Match[str]) -> str | None:
    """The group ("of_what" or "for_org") running from a capitalised organisation noun to
    a spokesperson, in "a Department of Health spokeswoman said", if one does."""
    if not match.group("role")[:1].isupper():
        return None
    groups = match.groupdict()
    for tail in ("of_what", "for_org"):
        words = (groups.get(tail) or "").split()
        if len(words) >= 2 and words[-1].casefold() in _SPOKESPEOPLE:
            return tail
    return None


def _apposed_word(cast: Cast, match: re.Match[str], shift: int, offset: int) -> Speaker | None:
    """The one-word name in apposition to the role `_ROLE_REF` found ("His wife, Fiona, told
    the BBC:", "“…,” his sister, Niamh, said"), if the article names that person: a relation's
    or a person's role is a person's, so the word must be a person's name of the cast; an
    organisation's noun ("Its operator, Aegean, said") an organisation of it. Else None: a
    capitalised word the article names nothing by leaves the role to say who speaks.
    ``shift`` is where the matched string starts in the text; ``offset`` where the quote
    is."""
    word = match.groupdict().get("appos_word")
    if not word:
        return None
    name = cast.canonical(word)
    organisation = match.group("role").casefold() in ORG_NOUNS
    if organisation and name not in cast.organisations and word not in cast.organisations:
        return None
    if not organisation and (name not in cast.persons or word in cast.organisations):
        return None
    span = new_span(shift + match.start("appos_word"), shift + match.end("appos_word"))
    return _speaker(cast, word, span, match.group("cue"), offset, Attribution.NAMED)


def _family(match: re.Match[str], cue: str, shift: int = 0) -> Speaker:
    """The family a `_FAMILY` pattern found, speaking as one."""
    return Speaker(
        name=f"{match.group('name')} family",
        kind=SpeakerKind.ORGANISATION,
        attribution=Attribution.NAMED,
        cue=cue,
        span=new_span(shift + match.start("name"), shift + match.end("name") + len(" family")),
    )


def _epithet(role: str) -> bool:
    return (
        role in _EPITHETS
        or role in _EPITHET_POSITIONS
        or role in _NATIONALITIES
        or role.endswith("-year-old")
    )


# A role or epithet after an age, perhaps after the team or country it is of: "the
# 24-year-old forward", "the 24-year-old Toronto Raptors forward".
_AGE_EPITHETS = by_length(map(re.escape, ROLE_WORDS | _EPITHETS | _POSITIONS))
_ROLE_AFTER_AGE = re.compile(
    rf"(?:\s+(?-i:{_UP})[\w’'-]*){{0,3}}\s+(?P<role>{'|'.join(_AGE_EPITHETS)})\b", re.IGNORECASE
)


def _body_of(cast: Cast, noun: str, offset: int) -> str:
    """The body "a police spokesperson" or "police" speaks for, named before ``offset`` or
    not: the noun says what kind of body, as in "a police officer", and refers back to none,
    only to the one the article showed to be one ("the Singapore Police Force"), or to the
    firm last named for a company's noun (see `Cast.last_organisation_before`); else it is the
    body itself. "Police Scotland said… British Transport Police said… ‘…,’ police said": of
    two forces, either may be meant, and the body stands for both."""
    if noun in _COMPANY_NOUNS:
        last = cast.last_organisation_before(offset, noun)
        return last.name if last is not None else noun
    shown = {
        cast.full_organisation(m.name)
        for m in cast.organisations_before(offset)
        if cast.is_a(m.name, noun)
    }
    return shown.pop() if len(shown) == 1 else noun


def _body_speaker(
    cast: Cast,
    word: str,
    cue: str | None,
    span: Span,
    offset: int,
    attribution: Attribution = Attribution.TITLE,
) -> Speaker:
    """The body a word for it or for its people speaks for: "police", "gardaí" (see
    `_BODY_PEOPLE`), the force the article names or the police (see `_body_of`)."""
    noun = _BODY_PEOPLE.get(word.casefold(), word.casefold())
    return cast.organisation_speaker(_body_of(cast, noun, offset), attribution, cue, span)


def _by_role(cast: Cast, match: re.Match[str], start: int, shift: int) -> Speaker:
    """“…,” the senator said: the person last introduced as a senator, if any; “…,” the
    company said: the organisation last named. “…,” an official said: someone unnamed.
    ``start`` is where the attribution starts; ``shift``, where the matched string does in
    the text."""
    role = match.group("role").casefold()
    span = new_span(shift + match.start("role"), shift + match.end("role"))
    for_org = match.groupdict().get("for_org")
    tail = _organisation_tail(match)
    if tail is not None and role in ORG_NOUNS:
        # "a Department for Education spokesperson said": the pattern stops at the first
        # role word, "Department"; the organisation's name runs on to the spokesperson.
        head, _, last = match.group(tail).rpartition(" ")
        if head and last.casefold() in _SPOKESPEOPLE and _CAPITALISED_RUN.fullmatch(head):
            end = match.end(tail) - len(last) - 1
            return cast.organisation_speaker(
                match.string[match.start("role") : end],
                Attribution.TITLE,
                match.group("cue"),
                new_span(shift + match.start("role"), shift + end),
            )
    if role in _SPOKESPEOPLE:
        # "a Northline spokesperson said", "Meta’s spokeswoman said", "a spokeswoman for the
        # company said": the organisation speaks.
        before_role = match.string[match.start() : match.start("role")]
        named = _CAPITALISED_RUN.findall(before_role[before_role.find(" ") + 1 :])
        organisation = named[-1].removesuffix("’s").removesuffix("'s") if named else None
        words_before = before_role.split()
        if for_org and not organisation:
            if for_org[:1].isupper() or _CAPITALISED_RUN.fullmatch(for_org.removeprefix("the ")):
                # "a spokesperson for the Department for Education said"
                organisation = for_org.removeprefix("the ")
            elif (noun := for_org.casefold().split()[-1]) in ORG_NOUNS:
                # "a spokeswoman for the company said": the one named before, else the body
                # unnamed ("a spokesperson for the police said" in a report naming no force).
                last = cast.last_organisation_before(start, noun)
                organisation = last.name if last else noun
        elif not organisation and words_before and words_before[-1] in ORG_NOUNS:
            # "‘Investigations are ongoing,’ a police spokesperson said.": a body unnamed
            # speaks, as "a spokesperson for the police" does (see `_body_of`).
            organisation = _body_of(cast, words_before[-1], start)
        if organisation:
            return cast.organisation_speaker(
                organisation, Attribution.TITLE, match.group("cue"), span
            )
    definite = (match.group("det") or "the").casefold() in ("the", "its", "their")
    if (
        (match.group("det") or "").casefold() == "the"
        and f"{role}s" in BODY_NAME_WORDS
        and match.string.startswith("s", match.end("role"))
    ):
        # "‘…,’ the paramedics said": a body's people, as "paramedics said" (see
        # `_group_speaker`).
        return _body_speaker(cast, f"{role}s", match.group("cue"), span, start)
    if role in ORG_NOUNS and definite:
        organisation = cast.last_organisation_before(start, role)
        if role in BODY_NAME_WORDS and (
            organisation is None or not cast.is_a(organisation.name, role)
        ):
            # "Tesco said it would reopen. ‘…,’ the police said.": the force the article names,
            # never a firm, else the police themselves, as "a police spokesperson" are.
            return _body_speaker(cast, role, match.group("cue"), span, start)
        if organisation is not None:
            return cast.organisation_speaker(
                organisation.name, Attribution.TITLE, match.group("cue"), span
            )
    name = None
    before_role = match.string[match.start() : match.start("role")].split()
    # "the Ireland manager", "the 31-year-old defender": what qualifies the role.
    qualifiers = _role_qualifiers(before_role[1:])
    age = next((word.split("-")[0] for word in before_role if word.endswith("-year-old")), None)
    if definite:
        qualified = f"{before_role[-1].casefold()} {role}" if len(before_role) > 1 else None
        name = cast.roles.get(qualified) if qualified else None
        name = name or cast.roles.get(role)
        if name is None and role not in ORG_NOUNS:
            # "Conor Walsh, the Ireland captain, …" then "said the captain": the one person
            # the article introduced in that role (or a synonym) before.
            introduced = cast.introduced_as(role, qualifiers, start)
            name = introduced.pop() if len(introduced) == 1 else None
    the = (match.group("det") or "").casefold() == "the"
    if name is None and the and _epithet(role):
        # "the 20-year-old": the age alone; "the 31-year-old defender": the age and the role.
        if role.endswith("-year-old"):
            # "said the 24-year-old forward, who grew up in Hackney": the word after the age
            # describes them too (the pattern stops at the age, its first role).
            epithet = _ROLE_AFTER_AGE.match(match.string, match.end("role"))
            described = cast.described_before(
                start, cast.text, role.split("-")[0], epithet.group("role") if epithet else None
            )
        else:
            described = cast.described_before(start, cast.text, age, role)
        return Speaker(
            name=described.name if described else None,
            kind=SpeakerKind.PERSON,
            attribution=Attribution.DESCRIPTION,
            cue=match.group("cue"),
            span=span,
        )
    if name is None and the and role in ROLE_WORDS and (age or qualifiers):
        # "Rourke preferred to dwell on the response. “…,” the Ireland manager said.": a role
        # qualified by whose it is, or an age, describes the one just named, as an epithet
        # does, where the article introduces no one else in it.
        described = None
        if age or not cast.introduced_as(role, qualifiers, start, anywhere=True):
            described = cast.described_before(start, cast.text, age, role)
        if described is not None and (
            # Only the one the paragraph is about, as a role more often introduces another.
            "\n" in cast.text[described.span.end : start]
            # "Mikael Lindqvist, the Finland head coach," is no Ireland manager.
            or cast.introduced_otherwise(described.name, role, qualifiers)
        ):
            described = None
        if described is not None:
            return Speaker(
                name=described.name,
                kind=SpeakerKind.PERSON,
                attribution=Attribution.DESCRIPTION,
                cue=match.group("cue"),
                span=span,
            )
    if role in ORG_NOUNS:
        return Speaker(cue=match.group("cue"), span=span)
    if name is None and not _indefinite(match):
        # "“…,” the Iberdal leader admitted", "said the minister": someone the text refers to
        # but does not name plainly enough to compare, which is an attribution all the same.
        # Not "one resident told ABC radio", "a neighbour said": someone new, unnamed, as
        # good as no attribution when another article names the speaker.
        return Speaker(attribution=Attribution.DESCRIPTION, cue=match.group("cue"), span=span)
    if name is None:
        return Speaker(cue=match.group("cue"), span=span)
    return Speaker(
        name=name,
        kind=SpeakerKind.PERSON,
        attribution=Attribution.TITLE,
        cue=match.group("cue"),
        span=span,
    )


def _speaker(
    cast: Cast, name: str, span: Span, cue: str | None, offset: int, attribution: Attribution
) -> Speaker:
    lowered = name.casefold()
    if lowered in ("he", "she"):
        gender = Gender.MALE if lowered == "he" else Gender.FEMALE
        person = cast.last_person_before(offset, gender)
        spokesperson = cast.last_spokesperson_before(min(offset, span.start), gender)
        if (
            spokesperson is not None
            and (person is None or spokesperson.start("role") > person.span.start)
            and _spokesperson_refers(cast.text, spokesperson, span.start, person)
        ):
            # "…,” Brennick chief executive Lena Hoff said. ¶ A TGA spokeswoman said patients
            # should not stop taking the tablets suddenly. ¶ “Check the batch number…,” she
            # said.": the spokeswoman acting since is the one "she" refers to, not the woman
            # named before her.
            return _referred_spokesperson(cast, spokesperson, cue, span)
        if person is None:
            return Speaker(cue=cue, attribution=Attribution.NONE, span=span)
        return Speaker(
            name=person.name,
            kind=SpeakerKind.PERSON,
            attribution=Attribution.PRONOUN,
            cue=cue,
            span=span,
        )
    if lowered == "it":
        organisation = cast.last_organisation_acting(offset)
        if organisation is not None:
            return cast.organisation_speaker(organisation.name, Attribution.PRONOUN, cue, span)
    if lowered in ("they", "it", "i", "we"):
        return Speaker(cue=cue, attribution=Attribution.NONE, span=span)
    text = cast.text
    if text and " " not in name and text[span.start - 1 : span.start] in (" ", "-"):
        # "van Wyk said:", "said de Klerk": a pattern searching for the name finds it at its
        # capital, after the lower-case particles that are part of it.
        lead = _particle_start(text, span.start)
        if lead != span.start:
            name, span = text[lead : span.end], new_span(lead, span.end)
    if text and text.endswith(_PORTFOLIO_ENDS, max(0, span.start - 5), span.start):
        # "Minister for Transport Ciarán Hegarty said": the portfolio is no part of the name.
        name, span = _past_portfolio(text, name, span)
    elif text and _title_alone(name):
        # "said Minister for Transport Ciarán Hegarty": the name follows the role's portfolio.
        # "said Federal Minister for Climate Change Sadia Awan": so it does after a title that
        # capitalised words qualify.
        holder = _portfolio_holder(text, span.end)
        if holder is not None:
            name, span = holder
    stripped = _strip_name(name)
    if " & " in stripped:
        # "“…,” a spokeswoman for Hollins & Wade said", "Hollins & Wade said:": a "&" joins
        # the words of a firm's name ("Marks & Spencer"), not two people.
        return cast.organisation_speaker(stripped, attribution, cue, span)
    if name.casefold() in _BODY_WORDS:
        # "Police said: “…”", "“…,” Gardaí said": a body, not a person named "Police" (see
        # `_body_speaker`), printed as a name is ("‘…’ Police said a man had been arrested."
        # reports what they said, as "‘…’ Smith said a man…" does).
        return _body_speaker(cast, name, cue, span, offset, attribution)
    if not stripped and _a_group(name):
        # "“…,” Nurses said": a group speaks, no one the article names.
        return Speaker(cue=cue, span=span)
    if (
        text
        and name.endswith(_APOSTROPHE_S)
        and stripped
        and not stripped.endswith(_APOSTROPHE_S)
        and _ends_name_phrase(text, span.end)
    ):
        # "“…,” Sainsbury's said", "said McDonald's.", "Queen’s said the university would…":
        # no noun follows the "’s", which ends the name (a person's possessive owns a noun).
        return cast.organisation_speaker(stripped + name[-2:], attribution, cue, span)
    printed, name = name, stripped or name
    canonical = cast.canonical(name)
    if cast.namesakes and " " not in name:
        # "said Mrs Walsh": the title's gender tells which of a family named alike speaks.
        canonical = cast.namesake(name, _gender_titled(printed, "", (name,)))
    listed = cast.listed.get(span.end)
    if listed is not None and listed[0] <= span.start:
        # "The Foreign, Commonwealth and Development Office said": the office whole.
        return cast.organisation_speaker(name, attribution, cue, span)
    if _acronym(name) and canonical not in cast.persons and not cast.initials_of_person(name):
        # "“…,” PSNI said", "The FBI said:": a body's short form (see `_ACRONYM`).
        return cast.organisation_speaker(name, attribution, cue, span)
    if canonical not in cast.persons and _body_named(name):
        # "The National Cyber Security Centre, which is working with the National Crime Agency,
        # said": a name its own noun shows a body's, though too long for the cast to have read
        # it whole (its runs hold four words, "The" among them).
        return cast.organisation_speaker(name, attribution, cue, span)
    kind = cast.kind_of(name)
    place = _BRACKETED_PLACE.match(text, span.end) if kind is SpeakerKind.ORGANISATION else None
    as_printed = text[span.start : span.end]
    if place is not None and name in as_printed:
        # "Nature Society (Singapore) said it was “deeply concerned”": where the body is is part
        # of its name, whose own noun ("Society") is kept with it, as printed.
        whole = as_printed[as_printed.index(name) :] + place.group()
        return cast.organisation_speaker(whole, attribution, cue, new_span(span.start, place.end()))
    if kind is SpeakerKind.ORGANISATION and canonical in cast.persons and _titled(printed, name):
        # "the Geneva-based Ostrander Foundation, founded by … Nikos Ostrander. ‘…,’ Mr
        # Ostrander said": the foundation's word stands for it, but a title shows the person
        # the article names so.
        kind = SpeakerKind.PERSON
    return Speaker(name=canonical, kind=kind, attribution=attribution, cue=cue, span=span)


_BODY_NAME_JOINS = frozenset(("of", "for", "and", "&"))
# A place in brackets after a body's name: "Nature Society (Singapore)", "Amnesty International
# (UK)", "Friends of the Earth (New Zealand)". One or two capitalised words, or a country's
# letters: not a body's short form ("(NCSC)"), nor an aside ("(pictured)", "(District 7)").
_BRACKETED_PLACE = re.compile(
    rf" \((?:{_UP}{_LO}+(?: {_UP}{_LO}+)?|{'|'.join(sorted(_PLACE_ACRONYMS))})\)"
)


def _body_named(name: str) -> bool:
    """Whether ``name`` is a body's by its own words: two or more, capitalised (or joining
    them), the last an organisation's noun ("National Cyber Security Centre", "Office for
    Budget Responsibility" not: its noun is no last word)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1].casefold() in ORG_WORDS
        and all(word[:1].isupper() or word in _BODY_NAME_JOINS for word in words)
    )


def _titled(printed: str, name: str) -> bool:
    """Whether a title ("Mr", "Dr", "Cmdr.") stands in ``printed`` before ``name``, the name it
    was stripped to."""
    before = printed.split()[: -len(name.split())]
    return any(word.casefold() in _TITLES for word in before)


# What follows a name the cue's subject ends: the cue, or the clause's end ("said Tesco.",
# "said Tesco in a statement"). The word is looked up in `_CUE_SET`: the cue alternation made
# the pattern slower to compile.
_ENDS_NAME_PHRASE = re.compile(
    r"\s*(?:[,.;:!?)—–”\"]|$)|\s+(?:also\s+)?(?P<word>[a-z]+)(?![\w’'-])"
)
_AFTER_A_NAME_ENDING = frozenset(("in", "on", "at", "last", "this", "yesterday", "today"))


def _ends_name_phrase(text: str, at: int) -> bool:
    """Whether the name ending at ``at`` ends its phrase (see `_ENDS_NAME_PHRASE`)."""
    found = _ENDS_NAME_PHRASE.match(text, at)
    if found is None:
        return False
    word = found.group("word")
    return word is None or word in _CUE_SET or word in _AFTER_A_NAME_ENDING


def _a_group(name: str) -> bool:
    """Whether a name is only words for a group ("Critics", "Nurses"): not "Police", which
    stands for the force."""
    words = name.casefold().split()
    return all(word in _NOT_NAMES and word not in ORG_WORDS for word in words)


def _title_alone(name: str) -> bool:
    """Whether a capitalised run is a title with no one's name: "Minister", "Federal Minister",
    "Prime Minister" (see `_office_title`). Not "Gary Player", whose first name shows a
    person, nor "Kwame Farmer", whose role is also a surname."""
    words = _strip_name(name).split()
    return not words or (words[0] not in FIRST_NAMES and _office_title(words[-1]))


_PORTFOLIO_HOLDER = re.compile(
    rf"\s+(?:for|of)\s+(?:the\s+)?(?:{_UP}[a-z]+\s+(?:for|of)\s+(?:the\s+)?)?(?P<run>{_NAME})"
)
# The same after a portfolio listing its fields, an "and" before the last, which opens the run:
# "said Secretary of State for Work and Pensions Tom Ashworth", "for Environment, Food and Rural
# Affairs Steve Reed". Tried only when the first gives no holder: in "Minister for Health Jane
# Doe and Tom Reid", the "and" joins two people.
_LISTED_PORTFOLIO_HOLDER = re.compile(
    rf"\s+(?:for|of)\s+(?:the\s+)?(?:{_UP}[a-z]+\s+(?:for|of)\s+(?:the\s+)?)?"
    rf"(?:{_UP}[\w’'-]*,?\s+)+(?:and|&)\s+(?P<run>{_NAME})"
)


def _portfolio_holder(text: str, end: int) -> tuple[str, Span] | None:
    """The name of the one holding the title that ends at ``end``, and its span, when its
    portfolio (or what it is of) and the run of the name follow (see `_PORTFOLIO_HOLDER`)."""
    for pattern in (_PORTFOLIO_HOLDER, _LISTED_PORTFOLIO_HOLDER):
        holder = pattern.match(text, end)
        if holder is None:
            continue
        at = holder.start("run")
        name, span = _past_portfolio(text, holder.group("run"), new_span(at, holder.end("run")))
        if span.start != at:
            return name, span
    return None


def _past_portfolio(text: str, name: str, span: Span) -> tuple[str, Span]:
    """The ``name`` printed at ``span`` without the portfolio (or what its title is of) opening
    its run: "Transport Ciarán Hegarty" after "Minister for", "Pensions Tom Ashworth" after
    "Secretary of State for Work and" (see `_portfolio_offset`). As it was if none does."""
    if not text.endswith(_PORTFOLIO_ENDS, max(0, span.start - 5), span.start):
        return name, span
    offset = _portfolio_offset(text[max(0, span.start - 60) : span.start], name)
    return name[offset:], new_span(span.start + offset, span.end)


# "“…,” said the Speaker, Thomas Brennan." — the name in apposition after the role; "said his
# sister, Niamh Walsh" too. "‘…,’ said the state’s revenue minister, PK Suresh Kumar.", "said
# Kerala’s revenue minister, Anil Kumar": whose role it is may stand before it, with its
# possessive, after the article or for it (the minister speaks, not Kerala). "said the former
# world No. 1, Lindsay Carver": a ranking stands for the role (see `_RANKED`). "said Paragon's
# president of domestic distribution, Carla Mendes": the role may be of a field, in lower case
# and with no article (not "the head of the union, Unite", where the union is named).
_ROLE_FIELD = r"(?:\s+(?:of|for)\s+(?!(?:the|a|an|its|their|his|her)\s)(?-i:[a-z][\w-]*)" + (
    r"(?:\s+(?:and\s+)?(?-i:[a-z][\w-]*)){0,2})?"
)
_AFTER_CUE_ROLE_NAME = re.compile(
    rf"[\s,;:.!?—–-]*(?P<cue>{_CUE})\s+(?:(?:the|its|their|his|her)\s+"
    rf"|(?-i:{_UP}[\w-]*(?:\s+{_UP}[\w-]*){{0,2}})[’']s\s+)(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:(?:{_ROLE})s?{_ROLE_FIELD}|(?-i:{_RANKED})),\s+(?P<name>(?-i:{_NAME}))",
    re.IGNORECASE,
)

# "“…,” the Bureau of Meteorology said", "said the Office for National Statistics.": an
# organisation named with its article speaks. Not "said the Bank of England had raised rates",
# which reports what it did. "“…,” the PSNI said": a short form alone (see `_ACRONYM`).
_ORG_NAME = (
    rf"{_UP}[\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?{_UP}[\w&’'-]*){{1,6}}"
    r"|[A-Z]{2,6}"
)
_AFTER_THE_ORGANISATION_CUE = re.compile(
    rf"[\s,;:.!?—–-]*[Tt]he\s+(?P<name>{_ORG_NAME})\s+(?:also\s+)?(?P<cue>{_CUE})\b"
)
_AFTER_CUE_THE_ORGANISATION = re.compile(
    rf"[\s,;:.!?—–-]*(?P<cue>{_CUE})\s+the\s+(?P<name>{_ORG_NAME})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|last|this|yesterday|today)\b)"
)


def _the_organisation(cast: Cast, match: re.Match[str] | None) -> Speaker | None:
    """The organisation `_AFTER_THE_ORGANISATION_CUE` or `_AFTER_CUE_THE_ORGANISATION` found,
    if the article or its own words show it is one: "the Bureau of Meteorology" holds an
    organisation's word; "the Prince of Wales" does not, nor "the Bank of England Governor"
    (a person, in a role)."""
    if match is None:
        return None
    name = match.group("name")
    if " " not in name:
        if not _acronym(name) or name in cast.persons or cast.initials_of_person(name):
            return None
        span = new_span(match.start("name"), match.end("name"))
        return cast.organisation_speaker(name, Attribution.NAMED, match.group("cue"), span)
    words = [word.casefold().removesuffix("’s").removesuffix("'s") for word in name.split()]
    if not _ROLES_AND_TITLES.isdisjoint(words):
        return None
    if cast.canonical(name) not in cast.organisations and ORG_WORDS.isdisjoint(words):
        return None
    span = new_span(match.start("name"), match.end("name"))
    return cast.organisation_speaker(name, Attribution.NAMED, match.group("cue"), span)


_WORD_RUN = re.compile(r"\w+")


def _folds_elsewhere(window: str) -> bool:
    """Whether ``window`` holds a letter that IGNORECASE matches to another ASCII letter than
    its lower case (three plain looks: far cheaper than a search)."""
    return "ı" in window or "İ" in window or "ſ" in window


def _holds_cue(window: str) -> bool:
    """False when no cue stands in ``window`` as a word, in any case: no pattern of
    `attribute_after` can match. A look-up of its words spares four matches."""
    if _folds_elsewhere(window):
        return True
    return not _CUE_SET.isdisjoint(map(str.casefold, _WORD_RUN.findall(window)))


# Role words as `_ROLE` matches them, in the case the patterns ignore, as they stand between
# spaces: perhaps plural, perhaps before a comma.
_ROLE_TOKENS = frozenset(
    f"{role}{plural}{comma}"
    for role in (
        ROLE_WORDS
        | ORG_NOUNS
        | _ANONYMOUS
        | _RELATIONS
        | _EPITHETS
        | {nationality.split()[-1] for nationality in _NATIONALITIES}
    )
    if "." not in role
    for plural in ("", "s")
    for comma in ("", ",")
)


def _holds_role(window: str) -> bool:
    """False when no role word of `_ROLE` (perhaps plural) stands in ``window`` between spaces
    or before a comma, in any case: `_ROLE_REF` cannot match. Its words are looked up where
    the patterns, ignoring case, tried a name or a role at every position."""
    if _folds_elsewhere(window):
        return True
    if "-year-old" in window or "No." in window:  # a ranking stands for a role (`_RANKED`)
        return True
    return not _ROLE_TOKENS.isdisjoint(token.casefold().rstrip(".;:!?") for token in window.split())


_PRE_READ = 200


# The sentence after a quote that closed its own, giving it to its speaker: "“No one should be
# priced out of protection from HIV…” ¶ That was how Ardent chief executive Helen Marsh put it
# in a statement on Tuesday.", "So said Helen Marsh." At most one paragraph break before it.
_NEXT_SENTENCE_START = r"[ \t]*(?:\r?\n[ \t]*){0,2}"
_PUT_IT_NEXT = re.compile(
    rf"{_NEXT_SENTENCE_START}(?:That|This)(?:\s+(?:was|is)|[’']s)\s+(?:how|what)\s+"
    rf"{_NAME_MODIFIER}(?P<name>{_NAME}|{_PRONOUN})\s+(?:later\s+|then\s+)?(?P<cue>put|summed)"
    r"\s+(?:it|up)\b"
)
_SO_SAID_NEXT = re.compile(
    rf"{_NEXT_SENTENCE_START}(?:Or\s+)?(?:So|Thus)\s+(?P<cue>said|says|wrote|writes)\s+"
    rf"{_NAME_MODIFIER}(?P<name>{_NAME})\b"
)

# "“We gave away two cheap goals.” That was the verdict from the Slovakian dressing room.": the
# sentence after a quote that closed its own names its source, whoever it is; the quote is not
# the previous speaker's going on. "That was the verdict of Declan Rourke" names him.
_VERDICT_NEXT = re.compile(
    r"[ \t]*(?:That|This|Such)(?:\s+(?:was|is)|[’']s)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    # Not "in": "That was the mood in Kilkenny" names a place, not a source.
    r"(?P<noun>verdict|view|message|reaction|assessment|response|mood|feeling|opinion|word)"
    r"\s+(?P<from>from|of)\s+"
)
# Who is named: only after a verdict, a view or a message (the "reaction of Kilkenny" may be
# a town's); and no owner of what speaks ("the assessment of China's foreign ministry").
_VERDICT_NAMERS = frozenset(("verdict", "view", "message"))
_VERDICT_NAME = re.compile(rf"{_NAME_MODIFIER}(?P<name>{_NAME})(?![\w’'-])")


def names_source_next(text: str, start: int) -> bool:
    """Whether the sentence right after a quote closing at ``start`` names where it came from:
    "That was the verdict from the Slovakian dressing room"."""
    return _VERDICT_NEXT.match(text, start, start + _PRE_READ) is not None


# "a spokesperson said", no body named with the role ("a spokesperson for", "at" or "of" it is
# named by `_by_role`).
_A_SPOKESPERSON = re.compile(r"(?<![\w-])[Aa]n?\s+$")
_NAMED_AFTER_ROLE = re.compile(r"\s+(?:for|at|of)\b")
# "Singapore police confirmed they had opened an investigation.": a sentence opening with a
# body printed only as what it is (a place may stand before it), acting.
_BODY_SUBJECT = re.compile(
    rf"(?:[Tt]he\s+)?(?:{_UP}[\w’'-]*\s+){{0,3}}?(?P<noun>\w+)\s+(?:also\s+)?{_VERB}\b"
)


def spokesperson_of_subject(cast: Cast, text: str, speaker: Speaker, before: Span) -> Speaker:
    """Whom “…,” a spokesperson said speaks for, where nothing is named with the role: the one
    body acting in the sentence just ``before`` the quote's ("Singapore police confirmed they
    had opened an investigation. ‘…,’ a spokesperson said.": the police; "Tesco said it would
    review the policy."), as "a police spokesperson" is the police's; else no one, as ever.
    ``speaker`` is the quote's, unnamed."""
    role = speaker.span
    if (
        speaker.name is not None
        or role is None
        or text[role.start : role.end].casefold() not in _SPOKESPEOPLE
        or _A_SPOKESPERSON.search(text, max(0, role.start - 4), role.start) is None
        or _NAMED_AFTER_ROLE.match(text, role.end) is not None
    ):
        return speaker
    # Who acts in that sentence: one organisation and no one else, or nobody named.
    acting = {
        (m.name, m.kind)
        for m in cast.mentions
        if m.subject and before.start <= m.span.start < before.end
    }
    if len(acting) > 1 or any(kind is not SpeakerKind.ORGANISATION for _, kind in acting):
        return speaker
    if acting:
        name = next(iter(acting))[0]
        return cast.organisation_speaker(name, Attribution.TITLE, speaker.cue, role)
    body = _BODY_SUBJECT.match(text, before.start, before.end)
    noun = body.group("noun").casefold() if body is not None else ""
    if noun not in ORG_NOUNS:
        return speaker
    return cast.organisation_speaker(
        _body_of(cast, noun, before.start), Attribution.TITLE, speaker.cue, role
    )


def attribute_next_sentence(cast: Cast, text: str, start: int) -> Speaker | None:
    """Attribution in the sentence after a quote that closed its own, ``start`` just after
    the quote: "That was how Ardent chief executive Helen Marsh put it", "So said Marsh"."""
    for pattern in (_PUT_IT_NEXT, _SO_SAID_NEXT):
        match = pattern.match(text, start, start + _PRE_READ)
        if match is not None:
            name_span = Span(start=match.start("name"), end=match.end("name"))
            return _speaker(
                cast, match.group("name"), name_span, match.group("cue"), start,
                Attribution.NAMED,
            )  # fmt: skip
    verdict = _VERDICT_NEXT.match(text, start, start + _PRE_READ)
    if verdict is not None and verdict.group("noun") in _VERDICT_NAMERS:
        named = _VERDICT_NAME.match(text, verdict.end(), verdict.end() + _PRE_READ)
        if named is not None:
            name_span = Span(start=named.start("name"), end=named.end("name"))
            return _speaker(cast, named.group("name"), name_span, None, start, Attribution.NAMED)
    return None


def attribute_after(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """Attribution following a closing mark: “…,” NAME said / said NAME / he said."""
    # The patterns are anchored where the quote closes and most fail within a few words: a
    # window running on to a far sentence end is not read whole to rule them out.
    if end - start <= _PRE_READ:
        window = text[start:end]
        if not _holds_cue(window):
            return None
        role_named = _holds_role(window)
    else:
        role_named = True
    if cast.listed and role_named:
        listed = _LISTED_SPOKESPERSON_AFTER.match(
            text, start, min(end, start + _LISTED_SPOKESPERSON_REACH)
        )
        office = (
            _listed_office_speaker(cast, listed.end("office"), start, listed.group("cue"))
            if listed is not None
            else None
        )
        if office is not None:
            return office
    titled = _AFTER_CUE_ROLE_NAME.match(text, start, end) if role_named else None
    if titled:
        name_span = new_span(titled.start("name"), titled.end("name"))
        return _speaker(
            cast, titled.group("name"), name_span, titled.group("cue"), start, Attribution.NAMED
        )
    organisation = _the_organisation(cast, _AFTER_THE_ORGANISATION_CUE.match(text, start, end))
    organisation = organisation or _the_organisation(
        cast, _AFTER_CUE_THE_ORGANISATION.match(text, start, end)
    )
    if organisation is not None:
        return organisation
    role = _AFTER_ROLE_CUE.match(text, start, end) if role_named else None
    role_of = None
    if _of_what_unnamed(role):
        role_of, role = role, None
    if role and role.group("appos"):
        name_span = new_span(role.start("appos"), role.end("appos"))
        return _speaker(
            cast, role.group("appos"), name_span, role.group("cue"), start, Attribution.NAMED
        )
    if role:
        return _apposed_word(cast, role, 0, start) or _by_role(cast, role, start, 0)
    role = _AFTER_CUE_ROLE.match(text, start, end) if role_named else None
    if role:
        return _by_role(cast, role, start, 0)
    family = _AFTER_FAMILY_CUE.match(text, start, end)
    if family:
        return _family(family, family.group("cue"))
    for pattern in (_AFTER_ACCORDING_NAME, _AFTER_CUE_NAME, _AFTER_NAME_CUE):
        match = pattern.match(text, start, end)
        if match:
            name_span = new_span(match.start("name"), match.end("name"))
            return _speaker(
                cast, match.group("name"), name_span, match.group("cue"), start, Attribution.NAMED
            )
    head = text[start : min(end, start + _PORTFOLIO_REACH)]
    if " for " in head or " of " in head:
        match = _AFTER_PORTFOLIO_NAME_CUE.match(text, start, end)
        # Not "a fan of Tom Reid said": the one named after a role's "of" is not the speaker.
        if match and _portfolio_offset(text[start : match.start("name")], match["name"]):
            name_span = new_span(match.start("name"), match.end("name"))
            return _speaker(
                cast, match.group("name"), name_span, match.group("cue"), start, Attribution.NAMED
            )
    group = _AFTER_GROUP_CUE.match(text, start, end) or _AFTER_CUE_GROUP.match(text, start, end)
    if group is not None:
        return _group_speaker(cast, group, start)
    document = _AFTER_DOCUMENT_CUE.match(text, start, end)
    if document is not None:
        return _document_author(cast, text, document, start)
    return _described_by_role_of(role_of, 0)


# "Glen Ostrowski, the plant manager, apologized in a written statement. ¶ “We deeply regret
# the impact this release has had,” the statement said.": a statement, a letter speaks for
# whoever issued it, the subject of the sentence that mentioned it (a person, or a body).
_DOCUMENT = r"statement|letter|email|e-mail|note"
_AFTER_DOCUMENT_CUE = re.compile(
    rf"[\s,]*(?:the\s+(?P<doc>{_DOCUMENT})\s+(?:also\s+)?(?P<cue>said|says|added|adds|read|"
    rf"reads|stated|continued)|(?P<cue2>said|added|read)\s+the\s+(?P<doc2>{_DOCUMENT}))\b"
)
# How far before the quote the statement may have been mentioned: the paragraph before.
_DOCUMENT_REACH = 600
_DOCUMENT_FROM = re.compile(r"(?:\s+(?!from\b|by\b)[\w’'-]+){0,2}?\s+(?:from|by)\s+(?:the\s+)?")
_ISSUES_DOCUMENT = re.compile(
    r"(?:\b(?:issued|issues|released|releases|published|posted|put\s+out|wrote|signed)"
    r"|(?<!\bwas\s)(?<!\bwere\s)\bsent|\bin)\s+(?:\S+\s+)?$"
)


def _document_author(cast: Cast, text: str, match: re.Match[str], start: int) -> Speaker:
    """Who issued the statement "the statement said" refers to: the subject of the last
    sentence mentioning one ("Glen Ostrowski … apologized in a written statement"), else no
    one (the cue kept)."""
    doc = match.group("doc") or match.group("doc2")
    cue = match.group("cue") or match.group("cue2")
    floor = max(0, start - _DOCUMENT_REACH)
    mentions = re.findall(
        rf"\b(?:an?|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?{doc}\b", text[floor:start]
    )
    if not mentions:
        return Speaker(cue=cue)
    at = text.rfind(mentions[-1], floor, start)
    sender = _DOCUMENT_FROM.match(text, at + len(mentions[-1]), start)
    if sender is not None:
        # "a letter from the HSE", "an email by the letting agency": the one it is from, if
        # named, wrote it; the sentence's subject may only have received it.
        issuer = next((m for m in cast.mentions if m.span.start == sender.end()), None)
    else:
        opens = max(text.rfind(". ", floor, at), text.rfind("\n", floor, at), floor - 1) + 1
        issuer = next((m for m in cast.mentions if opens <= m.span.start < at), None)
        # Only a subject issuing it ("said in a statement", "issued a statement"): "Mary
        # Walsh said she received a letter" is no letter of hers.
        if issuer is not None and _ISSUES_DOCUMENT.search(text[issuer.span.end : at]) is None:
            issuer = None
    if issuer is None or (
        issuer.kind is SpeakerKind.PERSON and _SENTENCE_STOP.search(text, issuer.span.end, at)
    ):
        return Speaker(cue=cue)
    if issuer.kind is SpeakerKind.ORGANISATION:
        return cast.organisation_speaker(issuer.name, Attribution.TITLE, cue, None)
    return Speaker(
        name=issuer.name, kind=SpeakerKind.PERSON, attribution=Attribution.TITLE, cue=cue
    )


# How far after a closing mark the "for" or "of" of "Minister for Foreign Affairs" may stand.
_PORTFOLIO_REACH = 60

# "“The road will remain closed overnight,” police said.", "said police", "according to
# police", "local residents said", "two witnesses told the BBC": a group printed bare, in the
# plural, is the cue's subject, the quote's speaker (no one named, or a body: see
# `_group_speaker`), not whoever spoke before. A word or two may qualify it ("Singapore
# police", "police officers"), but no article, pronoun or other word a clause opens with.
_GROUP_NOUN = "|".join(by_length(map(re.escape, _GROUP_WORDS | _BODY_WORDS | _FORCE_PEOPLE.keys())))
_GROUP_QUALIFIERS = (
    r"(?P<qualifiers>(?:(?!(?:the|a|an|and|but|or|nor|so|as|if|he|she|it|they|we|I|you|his|her|"
    r"its|their|our|my|your|who|whom|which|that|this|these|those|there|to|of|for|with|in|on|"
    rf"at|by|from|{_CUE})\b)[\w’'-]+\s+){{0,2}}?)"
)
_AFTER_GROUP_CUE = re.compile(
    rf"[\s,;:.!?—–-]*{_GROUP_QUALIFIERS}(?P<group>{_GROUP_NOUN})\s+(?:also\s+)?(?P<cue>{_CUE})\b"
)
# "In a statement, police said: “…”": before the quote too. Read only where such a word
# stands among the last words (see `_GROUP_TAIL_WORDS`).
_BEFORE_GROUP_CUE = re.compile(
    rf"(?<![\w’'-]){_GROUP_QUALIFIERS}(?P<group>{_GROUP_NOUN})\s+(?:also\s+)?{_BEFORE_CUE_END}"
)
_GROUP_SET = _GROUP_WORDS | _BODY_WORDS | _FORCE_PEOPLE.keys()
# The words a group and its cue may be followed by before the quote (see `_BEFORE_CUE_END`).
_GROUP_TAIL_WORDS = _WORDS_BEFORE_COLON + 3
# Not "said police were investigating", which reports what they did, nor "told police", which
# is said to them.
_AFTER_CUE_GROUP = re.compile(
    rf"[\s,;:.!?—–-]*(?P<cue>according\s+to|(?!(?:told|tells|asked|asks)\b){_CUE})\s+"
    rf"{_GROUP_QUALIFIERS}(?P<group>{_GROUP_NOUN})\b(?![’'-]|\s+(?:would|will|had|has|have|was|"
    r"is|were|are|could|should|must|may|might|did|do|does)\b)"
)


def _group_speaker(cast: Cast, match: re.Match[str], start: int, shift: int = 0) -> Speaker:
    """The speaker of a group `_AFTER_GROUP_CUE`, `_AFTER_CUE_GROUP` or `_BEFORE_GROUP_CUE`
    found: a body ("police", "Singapore police", "police officers", "gardaí", "paramedics") is
    the one the article names or the body itself (see `_body_speaker`); a force's people
    ("officers") the one force the article names, if any; else no one named ("residents",
    "witnesses"). ``shift`` is where the matched string starts in the text."""
    group = match.group("group")
    span = new_span(shift + match.start("group"), shift + match.end("group"))
    cue = match.group("cue")
    words = {*match.group("qualifiers").casefold().split(), group}
    body = next((word for word in (group, *words) if word in _BODY_WORDS), None)
    if body is not None:
        return _body_speaker(cast, body, cue, span, start)
    noun = _FORCE_PEOPLE.get(group)
    if noun is not None and words == {group}:
        # "Police Scotland said it was appealing for witnesses. ‘…,’ officers said."
        named = _body_of(cast, noun, start)
        if named != noun:
            return cast.organisation_speaker(named, Attribution.TITLE, cue, span)
    return Speaker(cue=cue, span=span)


# Every attribution before a quote holds a cue or a participle as a whole word, in some case,
# and at most `_WORDS_BEFORE_COLON` words follow it ("told a press briefing in Quezon City:").
_CUES_AND_PARTICIPLES = _CUE_SET | {"noting", "writing", "telling"}
# The words as the patterns after a cue read them: "O'Brien" is one ("told the O'Brien inquiry
# in Dublin:"), where ``\w+`` made two and left the cue out of the words read.
_CUE_TAIL_WORD = re.compile(r"[\w’'-]+")


def _may_attribute(window: str) -> bool:
    """False when no pattern of `attribute_before` can match ``window``: none of its last words
    (the cue and the most words that may follow it) is a cue. A look-up of its words spares
    five searches that try every position."""
    if "ccording" in window or _folds_elsewhere(window):
        return True
    # Only the end of the window is read: a tail holding one word more than are read holds
    # those whole (its first may be cut short).
    read = _WORDS_BEFORE_COLON + 1
    words = _CUE_TAIL_WORD.findall(window, max(0, len(window) - _TAIL_REACH))
    if len(words) <= read and len(window) > _TAIL_REACH:
        words = _CUE_TAIL_WORD.findall(window)
    return not _CUES_AND_PARTICIPLES.isdisjoint(map(str.lower, words[-read:]))


_TAIL_REACH = 100


# “…,” adding: “…” — a participle after the previous quote, whose subject opened the sentence.
_PARTICIPLE_AFTER_QUOTE = re.compile(
    r"[\s,]*(?P<cue>adding|saying|noting|stating|explaining|writing)\s*[,:]?\s*$"
)
# "AEMO’s executive general manager of operations, Karen Whitfield, said generators had
# answered…, “but…”": the comma closing a name in apposition may stand before the cue.
# "Ferrer, the first Spanish man to win the tournament since Nadal in 2022, said the fourth set
# was the best tennis he had played.": what the person is may run longer, and "Ferrer, 23, of
# Valencia, said" hold two clauses, as before a quote (see `_BEFORE_NAME_CUE`).
_SPEAKING_SUBJECT = re.compile(
    rf"{_NAME_MODIFIER}(?P<name>{_NAME}){_OF_ORGANISATION}"
    rf"(?:,[^,“”\"]{{1,60}},|{_AGED},\s+(?:the|an?)\s[^,“”\"]{{1,120}},"
    rf"{_TOWN_AFTER_ABBREVIATION}(?:\s+who(?:se)?\s[^,“”\"]{{1,160}},)?"
    rf"|(?:,(?!\s*{_UP})[^,“”\"]{{1,60}}){{2,3}},|{_HOME_TOWN}|,)?\s+"
    rf"(?:also\s+)?{_LEFT_TO}?(?P<cue>{_CUE})\b"
)


# The end of a phrase in apposition, opened by a comma after the subject, that holds a name
# only as a preposition's object: ", appointed by Sport Resolutions for the governing body", ",
# led by Anne Cole for the". The name after it closes the apposition; it does not speak.
_OBJECT_IN_APPOSITION = re.compile(
    r"\S[^,;:.!?“”\"()—–]*,\s+[^,;:.!?“”\"()—–]*?\b(?:by|for|of|from|with|at|to|on\s+behalf\s+of)"
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w’'-]*\s+){0,3}$"
)


def _object_in_apposition(text: str, start: int, name_start: int, name_end: int) -> bool:
    """Whether the name from ``name_start`` to ``name_end``, just before the comma and cue
    that end it ("…for the governing body British Rowing, said"), is a preposition's object
    in an apposition to the subject (see `_OBJECT_IN_APPOSITION`): "The three-member panel,
    appointed by Sport Resolutions for the governing body British Rowing, said" is the
    panel's, "The review, led by Anne Cole for the Home Office, said" the review's."""
    if not text.startswith(",", name_end):
        return False
    return _OBJECT_IN_APPOSITION.search(text, start, name_start) is not None


def attribute_subject(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """A partial quote inside what someone is reported to have said: "Union leader Helen Marsh
    said strikes would “only harm children’s education”"."""
    # The subject stands just before its cue: each cue word is looked for first, and the
    # subject only in the words before it (a search from every position was slow).
    for cue in _CUE_WORD.finditer(text, start, end):
        window_start = max(start, cue.start() - _SUBJECT_REACH)
        # Only a name the article gives is taken (see below): the first word of one stands in
        # the window, or none is read there. A look for them is far cheaper than the search.
        if not cast.names_any(text, window_start, cue.end()):
            continue
        if _NOUN_CUE.match(text, cue.start() - 1) is not None:
            continue  # "Asylum claims, however, rose": a noun, no cue
        at = window_start
        while (subject := _SPEAKING_SUBJECT.search(text, at, cue.end())) is not None:
            # Only someone the article names: not "Critics said the company’s “most advanced”…"
            name = _strip_name(subject.group("name")) or subject.group("name")
            canonical = cast.canonical(name)
            if _object_in_apposition(text, start, subject.start("name"), subject.end("name")):
                # Said by the subject before the apposition, whom no name gives: attributed,
                # to no one named.
                return Speaker(cue=subject.group("cue"))
            if canonical in cast.persons or canonical in cast.organisations:
                name_span = Span(start=subject.start("name"), end=subject.end("name"))
                cue_word = subject.group("cue")
                return _speaker(cast, name, name_span, cue_word, end, Attribution.NAMED)
            holder = _title_holder(cast, text, window_start, subject.start("cue"))
            if holder is not None:
                held_by, held_span = holder
                return _speaker(
                    cast, held_by, held_span, subject.group("cue"), end, Attribution.NAMED
                )
            if not text.startswith(",", subject.end("name")):
                break
            # "The mayor of Lampedusa, Giuseppe Arena, said": the match opened at the place
            # the role is of, the name in its apposition; the subject is looked for from the
            # apposition on. Not past a name's "of" ("Critics of Tom Reid said": the critics
            # speak, no one named).
            at = subject.end("name") + 1
    return None


# A sentence whose subject is "he" or "she" and whose verb is one of saying, perhaps after an
# adverb ("She insisted, however, that growth would not come at the expense of profitability.",
# "He also told analysts the margin would hold."): it reports what the one referred to said.
_PRONOUN_REPORTING = re.compile(
    r"(?:(?:And|But|Yet|So|Then)\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+"
    rf"(?:(?:also|later|again|then|[a-z]+ly)\s+)?(?P<cue>{_CUE})\b"
)


def attribute_pronoun_subject(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """Whom the "he" or "she" opening the sentence from ``start`` to ``end`` refers to, when
    its verb is one of saying (see `_PRONOUN_REPORTING`): "“Volumes are growing…,” Ms Raman
    said. She insisted, however, that growth would not come at the expense of profitability."
    is Raman's. `attribute_subject` reads a named subject; a pronoun it leaves. None when the
    pronoun refers to no one the article names."""
    said = _PRONOUN_REPORTING.match(text, start, end)
    if said is None:
        return None
    span = new_span(said.start("pronoun"), said.end("pronoun"))
    # Whom the pronoun refers to is named before it: a name in its own sentence ("She said
    # Tom Reid had…") is what she said, no antecedent.
    speaker = _speaker(
        cast, said.group("pronoun"), span, said.group("cue"), span.start, Attribution.PRONOUN
    )
    return speaker if speaker.name is not None else None


# An attribution set into the clause between commas, the clause going on after it to the
# quote: "Some buyers, she said, would “understandably sit on their hands”". Its subject is
# short (a pronoun, a name, a role), and its last word a cue (looked up in `_CUE_SET`).
_SET_INTO_CLAUSE = re.compile(
    r",\s+(?P<subject>[^\s,;:“”\"][^,;:“”\"]{0,59}?)\s+(?:also\s+)?(?P<cue>[a-z]+),"
)


_CONJUNCTION = re.compile(r"\b(?:and|but|while|whereas|yet|although|though|or)\b")


def attribute_inserted(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """The subject of an attribution set into the clause of a partial quote (opening at
    ``end``, its sentence from ``start``): "Odell warned that speculation could hold back
    activity. Some buyers, she said, would “understandably sit on their hands”". The words
    after it run on to the quote with no break, so the quote is in the clause it interrupts;
    "Some buyers, she said, and many sellers would “…”" is read the same, while "Prices rose,
    she said, but Tom Reid called it “…”" names its own subject after it (found before this).
    `attribute_subject` takes a named subject here; a pronoun or a role it leaves."""
    inserted = None
    for inserted in _SET_INTO_CLAUSE.finditer(text, start, end):  # noqa: B007 - the last
        pass
    if inserted is None or inserted.group("cue") not in _CUE_SET - {"according"}:
        return None
    # "Buyers, she said, understood what was at stake: “they are buying history.”": a colon
    # just before the mark opens no clause of other words; it introduces what was said.
    # Not past a conjunction: "Prices rose, she said, but analysts were divided: “…”" opens
    # another subject's clause.
    lead = text[inserted.end() : end].rstrip()
    colon = lead.endswith(":") and not _CONJUNCTION.search(lead)
    breaks_end = inserted.end() + len(lead) - 1 if colon else end
    if _breaks_clause(text, _PARTICIPLE_CLAUSE_BREAKS, inserted.end(), breaks_end):
        return None
    subject_start, subject_end = inserted.span("subject")
    return _subject(cast, text, subject_start, subject_end, inserted.group("cue"), end, opened=True)


_CUE_WORD = re.compile(_word_alternation(_CUE_ORDER) + r"\b")
# The capitalised words just before a cue: "Britain’s Rail Accident Investigation Branch".
_CAPITALISED_TAIL = re.compile(rf"(?:{_UP}[\w&’'-]*\s+(?:(?:of|for|and|&)\s+)?)+$")
# "Niamh Cullen also said": the word between a subject and its cue.
_ALSO_BEFORE_CUE = re.compile(r"\s+also\s*$")
# What joins a title's words to its portfolio ("Minister of State for European Affairs"): a
# title ending with one is followed by whom or what it is for, not by its holder.
_TITLE_JOINS = frozenset(("of", "for", "and", "&"))


def _title_holder(cast: Cast, text: str, start: int, cue_at: int) -> tuple[str, Span] | None:
    """The person the article names whose name ends the capitalised title run just before the
    cue at ``cue_at`` (read from ``start``), a title opening the run: "Minister of State for
    European Affairs Niamh Cullen said", "Minister for Foreign Affairs Simon Harris said" (the
    subject's pattern reads the portfolio's "of" as an organisation's, or the portfolio as part
    of the name). The run holds a role or a title word, and its portfolio ends before the name,
    not with a "for" or an "of": the one a role is for or of does not hold it. The name as
    printed and where, or None."""
    also = _ALSO_BEFORE_CUE.search(text, start, cue_at)
    # The tail's words each end with a space: the one before "also" is kept.
    stop = also.start() + 1 if also is not None else cue_at
    tail = _CAPITALISED_TAIL.search(text, start, stop)
    if tail is None:
        return None
    words = list(_WORD_STARTS.finditer(text, tail.start(), stop))
    # The name printed whole, the longest known run ending the tail: "Cullen" alone, after
    # "Niamh", is no name of its own.
    at = next(
        (
            at
            for at in range(1, len(words))
            if cast.canonical(text[words[at].start() : stop].rstrip()) in cast.persons
        ),
        None,
    )
    if at is None:
        return None
    title = [word.group().casefold() for word in words[:at]]
    if title[-1] in _TITLE_JOINS or _ROLES_AND_TITLES.isdisjoint(title):
        return None
    name = text[words[at].start() : stop].rstrip()
    return name, new_span(words[at].start(), words[at].start() + len(name))


def attribute_organisation_subject(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """ "Britain’s Rail Accident Investigation Branch said it was “far too early…”": the
    organisation that is the subject of the cue before a partial quote speaks, though it is
    named nowhere else. A person is left to `attribute_subject`."""
    for cue in _CUE_WORD.finditer(text, start, end):
        window_start = max(start, cue.start() - _SUBJECT_REACH)
        if cue.start() >= 7 and text.startswith("family", cue.start() - 7):
            family = _FAMILY_SUBJECT.search(text, window_start, cue.start())
            if family:
                return _family(family, cue.group())
        tail = _CAPITALISED_TAIL.search(text, window_start, cue.start())
        if tail is None:
            continue
        words = tail.group().split()
        # "Britain’s": an owner before the name; "The", "Critics": no name.
        while words and (
            words[0].endswith(_POSSESSIVES)
            or (words[0].casefold() in _NOT_NAMES and not _group_opens_name(words))
        ):
            words = words[1:]
        if words and words[0].casefold() in ("of", "for", "and", "&"):
            continue
        if words and words[-1].casefold() in ("of", "for", "and", "&"):
            # "He met Lindqvist and told her": the cue's subject is left out, shared with the
            # verb before the "and"; no name ends with a joining word.
            continue
        name = " ".join(words)
        if not name or cast.canonical(name) in cast.persons:
            continue
        lowered = [word.casefold() for word in words]
        if not (
            name in cast.organisations
            or (len(words) >= 2 and not _ROLES_AND_TITLES.intersection(lowered))
            or lowered[-1] in ORG_WORDS
        ):
            continue
        offset = tail.start() + len(tail.group()) - len(tail.group().lstrip())
        name_start = text.find(words[0], offset, cue.start())
        return cast.organisation_speaker(
            name, Attribution.NAMED, cue.group(), new_span(name_start, name_start + len(name))
        )
    return None


_POSSESSIVES = ("’s", "'s", "s’", "s'")
# A subject with its modifiers and apposition ("ONS chief economist Grant Fitzner, 52,")
# is never longer than this before its cue.
_SUBJECT_REACH = 160

# "described the figures as ‘…’", "called it “…”", "branded the plan “…”": the quoted words
# are what the subject of the verb called something, so theirs. Read at the quote's mark.
# "dismissed the claims as “…”" too, with its "as" (without it, "dismissed the appeal" says
# nothing).
_DESCRIBED = re.compile(
    r"\b(?:(?P<describe>described|describes|dismissed|dismisses)\s+(?:[\w’'-]+\s+){1,4}?as"
    r"|(?P<call>called|calls|branded|brands|dubbed|labelled|labeled)\s+"
    r"(?:it|them|this|that|him|(?:the|their|his|her|its)\s+[\w’'-]+(?:\s+[\w’'-]+)?)"
    r"(?:\s+as)?)\s*$"
)
# What the words before the mark hold where `_DESCRIBED` may match: a stem of its verbs.
_DESCRIBED_STEMS = ("describ", "call", "brand", "dubbed", "label", "dismiss")
_DESCRIBED_REACH = 80
# The subject of the describing verb, opening its clause: "Tom Haverly, senior UK economist at
# Castlegate Economics, described", "director Rachel Kwong, who watched the sale online from
# Canberra, described". An apposition may run longer than before a cue ("a consultant
# cardiologist at Imperial College London who was not involved in the research").
_DESCRIBING_SUBJECT = re.compile(
    rf"{_NAME_MODIFIER}(?P<name>{_NAME}|[Hh]e|[Ss]he){_OF_ORGANISATION}"
    rf"(?:{_AGED},[^,“”\"]{{1,120}},|{_AGED},\s+who(?:se)?\s[^,“”\"]{{1,160}},)?\s+(?:also\s+)?"
    r"(?P<cue>described|describes|dismissed|dismisses|called|calls|branded|brands|dubbed"
    r"|labelled|labeled)\b"
)


# "Dr Raman's message to parents was simple: “If your child has missed a dose…”": a noun of
# saying that a name owns, opening the sentence and introducing the quote with a colon, names
# its speaker as "Dr Raman said:" does. Only nouns of saying: "Dr Raman's clinic was busy: “…”"
# names no one. No comma, stop or mark between the noun and the colon ("Dr Raman's message was
# simple, but the minister's reply was blunt:" is the minister's).
_SPEECH_NOUNS = (
    "message", "warning", "advice", "verdict", "response", "reply", "answer", "plea", "appeal",
    "statement", "words",
)  # fmt: skip
_POSSESSIVE_SAYING = re.compile(
    rf"\s*{_NAME_MODIFIER}(?P<name>{_NAME})[’']s\s+"
    r"(?:(?:final|last|latest|first|parting|own|simple|stark|blunt|clear|main|key|only|closing"
    r"|opening|official|written)\s+)?"
    rf"(?P<noun>{'|'.join(_SPEECH_NOUNS)})s?\b[^.!?;:,“”\"‘—–()\n]{{0,80}}:\s*$"
)


def attribute_possessive_saying(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """ "Dr Raman's message to parents was simple: “…”": the owner of a noun of saying opening
    the sentence (at ``start``) whose colon introduces the quote (opening at ``end``) speaks it
    (see `_POSSESSIVE_SAYING`), when the article names them."""
    said = _POSSESSIVE_SAYING.match(text, start, end)
    if said is None:
        return None
    name = said.group("name")
    canonical = cast.canonical(_strip_name(name) or name)
    if canonical not in cast.persons and canonical not in cast.organisations:
        return None
    name_span = new_span(said.start("name"), said.end("name"))
    return _speaker(cast, name, name_span, said.group("noun"), end, Attribution.NAMED)


# "Acoustician Lena Orsini summed it up plainly: “…”", "Ambassador Rui Barros, the chief
# negotiator, looked back on the talks: “…”": a person the article names, opening the
# sentence (a role before the name, an apposition after it), then a verb and its phrase with
# no break up to the colon that introduces the quote, speaks it, as "Orsini said:" does. The
# verb is a past form (or "put", "spoke"...), and none of the phrase may name another: in
# "Orsini met Mayor Ruiz on Friday: “…”" whose words follow is unclear.
_COLON_SUBJECT = re.compile(
    rf"\s*{_NAME_MODIFIER}(?P<name>{_NAME})(?:,[^,“”\"‘:;]{{1,80}},)?\s+"
    r"(?:(?:also|then|later|simply|again|[a-z]+ly)\s+)?"
    r"(?P<cue>[a-z]+ed|put|spoke|gave|made|took|wrote|struck|kept|set|sounded|had|was)\b"
    r"[^.!?;:,“”\"‘—–()\n]{0,80}:\s*$"
)
# Someone else's words after the subject's verb: "was booed by protesters shouting:", "watched
# fans unfurl a banner reading:", "quoted the defendant's text message:". The subject only
# hears, reads out or suffers them, so the quote is not theirs ("Orsini shouted at the
# referee:" and "Orsini had a message for fans:" still are). The shouting or the banner must
# introduce the quote, right before the colon (a participle may take its object: "supporters
# chanting her name:"): in "was scathing about the signs of neglect:", "shrugged off the jeers
# and chants:" or "made his feelings clear after reading the report:" the subject answers them.
_OTHERS_WORDS_AFTER_CUE = re.compile(
    r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bwhile\s)(?<!\bwhen\s)(?<!\bon\s)(?<!\bupon\s)"
    r"(?<!\bby\s)(?<!\bfrom\s)(?<!\bwithout\s)(?<!\bof\s)(?<!\bin\s)"
    r"\b(?:shout|chant|yell|scream|jeer|heckl|read|quot|recit|sing)ing"
    r"(?:\s+(?:(?:her|his|their|its|the|a|an|our|my|your)\s+[a-z’'-]+|abuse|insults|slogans))?"
    r"\s*:\s*$"
    r"|\b(?:banners?|placards?|signs?|slogans?|graffiti|inscriptions?)\s*:\s*$"
    r"|\b(?:that|which)\s+reads?\s*:\s*$"
    r"|[’']s\s+(?:[a-z]+\s+)?(?:message|words|text|letter|note|statement|post|tweet|e-?mail)s?\b",
    re.IGNORECASE,
)
_OTHERS_WORDS_CUES = frozenset(("quoted", "cited", "recited"))
# "was booed by protesters:", "was asked by reporters:": a passive's agent speaks, if anyone.
# "was quoted by Reuters:" still gives the subject's words.
_PASSIVE_BY = re.compile(r"\s+(?:[a-z]+\s+)?(?!(?:quoted|cited)\b)[a-z]+\s+by\b")


def attribute_colon_subject(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """ "Acoustician Lena Orsini summed it up plainly: “…”": the named subject of the sentence
    (from ``start``) whose colon introduces the quote (opening at ``end``) speaks it (see
    `_COLON_SUBJECT`)."""
    said = _COLON_SUBJECT.match(text, start, end)
    if said is None:
        return None
    name = said.group("name")
    canonical = cast.canonical(_strip_name(name) or name)
    if canonical not in cast.persons:
        return None
    cue, phrase = said.group("cue"), text[said.end("cue") : said.end()]
    if (
        cue in _OTHERS_WORDS_CUES
        or (cue == "was" and _PASSIVE_BY.match(phrase))
        or _OTHERS_WORDS_AFTER_CUE.search(phrase)
    ):
        return None
    if any(
        said.start("cue") <= mention.span.start < end
        and mention.name != canonical
        and mention.name in cast.persons
        for mention in cast.mentions
    ):
        return None
    # "Acoustician Lena Orsini": a role the name words took in is no part of the name.
    stripped = _strip_name(name) or name
    if name.endswith(stripped):
        name = stripped
    name_span = new_span(said.end("name") - len(name), said.end("name"))
    return _speaker(cast, name, name_span, said.group("cue"), end, Attribution.NAMED)


def attribute_description(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """ "Tom Haverly, senior UK economist at Castlegate Economics, described the figures as ‘a
    soft landing rather than a slump’": the subject of a describing verb just before a partial
    quote (opening at ``end``, its sentence at ``start``) is its speaker, when the article
    names them (or "he" or "she" refers to someone it names)."""
    tail_start = max(start, end - _DESCRIBED_REACH)
    tail = text[tail_start:end]
    if not any(stem in tail for stem in _DESCRIBED_STEMS):
        return None
    verb = _DESCRIBED.search(text, tail_start, end)
    if verb is None:
        return None
    verb_start = verb.start("describe") if verb.group("describe") else verb.start("call")
    window_start = max(start, verb_start - _SUBJECT_REACH)
    # The first subject in the clause is the one describing: a name inside its apposition
    # ("Castlegate Economics") is read after it.
    for subject in _DESCRIBING_SUBJECT.finditer(text, window_start, verb.end()):
        if subject.start("cue") != verb_start:
            continue
        name = subject.group("name")
        name_span = new_span(subject.start("name"), subject.end("name"))
        if name.casefold() in ("he", "she"):
            # Someone the article names, or no one: a pronoun alone attributes nothing.
            speaker = _speaker(
                cast, name, name_span, subject.group("cue"), end, Attribution.PRONOUN
            )
            return speaker if speaker.name is not None else None
        canonical = cast.canonical(_strip_name(name) or name)
        if canonical in cast.persons or canonical in cast.organisations:
            return _speaker(cast, name, name_span, subject.group("cue"), end, Attribution.NAMED)
        return None
    return None


def participle_after_quote(text: str, start: int, end: int) -> str | None:
    """The participle of saying standing alone between a closing mark (just before ``start``)
    and the next opening mark (at ``end``), "’, adding: ‘", if one does."""
    participle = _PARTICIPLE_AFTER_QUOTE.match(text, start, end)
    return participle.group("cue") if participle is not None else None


# What goes on after a quote in the clause of its sentence's subject, to the next quote:
# "Prosecutor Claire Dumoulin described the raid as “a meticulously prepared operation”,
# adding that the thieves had known “exactly what they had come for”" (or ", adding the
# thieves had known", " and said the thieves had known"). The participle or the verb has no
# subject of its own, so the sentence's speaks on. "But" joins such a verb as "and" does:
# "Tara Lemieux … said the deficit was ‘better than markets feared’ but warned that the growth
# assumptions looked ‘optimistic…’".
_GOES_ON_AFTER_QUOTE = re.compile(
    r"(?:,\s+(?:also\s+)?(?P<participle>adding|saying|warning|noting|stating|explaining|arguing"
    r"|insisting|claiming|writing)|,?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?=\w))"
)


def clause_after_quote(text: str, start: int, end: int) -> str | None:
    """The cue of the clause going on from a closing mark (just before ``start``) to the next
    opening mark (at ``end``) with the sentence's subject (see `_GOES_ON_AFTER_QUOTE`), if
    one does. None where the clause breaks, or where another verb of saying stands in it
    ("…, adding that the minister had called it “…”": the minister's words)."""
    opening = _GOES_ON_AFTER_QUOTE.match(text, start, end)
    if opening is None:
        return None
    rest = opening.end()
    cue = opening.group("participle")
    if cue is None:
        verb = _CLAUSE_VERB.match(text, rest, end)
        if verb is None:
            return None  # "“…” and Jones said": another subject
        cue, rest = verb.group(), verb.end()
    if _breaks_clause(
        text, _PARTICIPLE_CLAUSE_BREAKS, _past_opening_subordinate(text, rest, end), end
    ):
        return None
    if _CLAUSE_VERB.search(text, rest, end) is not None:
        return None
    return cue


def attribute_participle(
    cast: Cast, text: str, sentence_start: int, start: int, end: int
) -> Speaker | None:
    """“…,” adding: “…” after a first quote in the sentence ``Rui Costa said the sale was
    “good business,” adding: “We will reinvest…”``: the one who speaks in the sentence."""
    participle = _PARTICIPLE_AFTER_QUOTE.match(text, start, end)
    if participle is None:
        return None
    subject = _SPEAKING_SUBJECT.search(text, sentence_start, start)
    if subject is None:
        return None
    name_span = Span(start=subject.start("name"), end=subject.end("name"))
    return _speaker(
        cast, subject.group("name"), name_span, participle.group("cue"), end, Attribution.NAMED
    )


# A participle of saying opening a clause after the main one: "Mrs Nandra urged the union to
# call off the action, saying strikes would “only harm children’s education”", "…, warning
# that it would “…”", "…, adding that the plan was “…”". Its subject is the main clause's.
# So is the participle of a verb of calling something what the quote says, as "called it
# “…”" is the subject's words (see `_CLAUSE_VERB`): "Finance Minister Ricardo Amaral welcomed
# the cut, calling it “a step in the right direction”", "…, describing the raid as “…”". Not
# "calling for “an end to the strike”" (asking for it) nor "calling on", "calling off", nor
# a group "calling itself" something (a name, not words said). A promise is said too: "“…,”
# Prime Minister Ana Ruiz said after the visit, vowing to rebuild “every road and every
# bridge”" quotes what she vowed.
_SAYING_PARTICIPLE = re.compile(
    r",\s+(?:also\s+)?(?P<cue>saying|adding|warning|noting|stating|explaining|arguing|"
    r"insisting|claiming|writing|telling|describing|branding|dubbing|labell?ing|terming|"
    r"promising|vowing|pledging|"
    r"calling(?!\s+(?:for|on|upon|off|up|in|out|itself|themselves|himself|herself)\b))\b"
)
# What breaks the participle's clause before the mark: another clause, or another quote.
_PARTICIPLE_CLAUSE_BREAKS = ',;:—–()“”"‘'
# A subordinate clause opening the reported one, its comma closing it: "…,” he said, adding
# that while emergency departments were coping, “the pressure on paediatric wards is real”".
# The reported clause goes on after that comma, which breaks nothing. Not a clause holding a
# mark or another break.
_OPENING_SUBORDINATE = re.compile(
    r"\s+(?:that\s+)?(?:while|whilst|although|though|because|since|if|when|whereas|unless"
    r"|once|until)\s+[^,;:—–()“”\"‘]{1,120},"
)


def _past_opening_subordinate(text: str, start: int, end: int) -> int:
    """Where the reported clause opening at ``start`` (just after its verb or participle)
    goes on past a subordinate clause opening it (see `_OPENING_SUBORDINATE`); ``start`` when
    none does."""
    opening = _OPENING_SUBORDINATE.match(text, start, end)
    return opening.end() if opening is not None else start


def _breaks_clause(text: str, marks: str, start: int, end: int) -> bool:
    """Whether one of ``marks`` stands from ``start`` to ``end``, breaking the clause there.
    Not the comma of a number, which breaks none: in "The mayor of Lampedusa, Giuseppe
    Arena, said the island of 6,000 people had ‘become the front door of Europe’" the quote
    is in the clause of "said"."""
    for mark in marks:
        at = text.find(mark, start, end)
        while (
            at != -1
            and mark == ","
            and text[at - 1 : at].isdigit()
            and text[at + 1 : at + 2].isdigit()
        ):
            at = text.find(mark, at + 1, end)
        if at != -1:
            return True
    return False


# The main clause's subject (perhaps with an apposition: "Nandra, 44, urged") and its verb,
# read from where the clause opens: at the sentence's start, or after an opening phrase and
# its comma ("On Monday, Mrs Nandra urged").
_MAIN_SUBJECT = re.compile(
    r"\s*(?P<subject>[^\s,;:“”\"][^,;:“”\"]{0,79}?)(?:,[^,;:“”\"]{1,120},)?\s+"
    rf"(?:(?:also|then|later|again|has|had|have)\s+)*{_VERB}\b"
)
# Not the main clause's subject but a subordinate one's: "After Helen Marsh spoke, Nandra
# urged…" is Nandra's sentence.
_SUBORDINATE_OPENERS = _PREPOSITIONS | frozenset(
    "when while as because since though although if once until unless where whereas".split()
)


# An attribution set into the sentence, between commas, just before a participle of saying:
# "The NGA did not bid, she confirmed, adding that…". Its last word is a cue (looked up in
# `_CUE_SET`, as in `_ENDS_NAME_PHRASE`).
_INSERTED_ATTRIBUTION = re.compile(
    r",\s+(?P<subject>[^\s,;:“”\"][^,;:“”\"]{0,59}?)\s+(?:also\s+)?(?P<cue>[a-z]+)\s*$"
)


def _last_saying_participle(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last participle of saying before the mark at ``end``, if the quote is in its clause
    (no clause break between them)."""
    participle = None
    for participle in _SAYING_PARTICIPLE.finditer(text, start, end):  # noqa: B007 - the last
        pass
    if participle is None:
        return None
    after = _past_opening_subordinate(text, participle.end(), end)
    lead = text[after:end].rstrip()
    # "She said the government would act, adding: “We do not have the luxury…”": a colon
    # just before the mark introduces what the participle's subject says, as "She told
    # reporters: “…”" does; it opens no clause of other words.
    stop = after + len(lead) - 1 if lead.endswith(":") else end
    if _breaks_clause(text, _PARTICIPLE_CLAUSE_BREAKS, after, stop):
        return None
    return participle


def attribute_participle_subject(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """ "Mrs Nandra urged the union to call off the action, saying strikes would “only harm
    children’s education”": a partial quote (opening at ``end``, its sentence at ``start``)
    in a participle clause of saying is the main clause's subject's, as "Nandra said strikes
    would “…”" is. None when someone else is named between that subject and the quote: whose
    words they are, the sentence leaves open."""
    participle = _last_saying_participle(text, start, end)
    if participle is None:
        return None
    clause_end = participle.start()
    inserted = _INSERTED_ATTRIBUTION.search(text, start, clause_end)
    if inserted is not None and inserted.group("cue") in _CUE_SET - {"according"}:
        # "The NGA did not bid, she confirmed, adding that a work at this price was “well
        # beyond the reach of any public collection”": the attribution set into the sentence
        # just before the participle goes on into it, not the main clause's subject.
        subject_start, subject_end = inserted.span("subject")
        return _subject(
            cast, text, subject_start, subject_end, participle.group("cue"), end, opened=True
        )
    opening = start
    while opening < clause_end:
        main = _MAIN_SUBJECT.match(text, opening, clause_end)
        first_word = main.group("subject").split(None, 1)[0].casefold() if main else ""
        if main is not None and first_word not in _SUBORDINATE_OPENERS:
            subject_start, subject_end = main.span("subject")
            speaker = _subject(
                cast, text, subject_start, subject_end, participle.group("cue"), end, opened=True
            )
            if speaker is None:
                return None
            others = [
                person
                for person in cast.people_between(subject_end, end)
                if person.name != speaker.name
            ]
            return None if others else speaker
        comma = text.find(",", opening, clause_end)
        if comma == -1:
            return None
        opening = comma + 1
    return None


def attribute_participle_after_attribution(
    cast: Cast, text: str, start: int, end: int
) -> Speaker | None:
    """ "Judge Priya Naidoo said the court had to send a clear message. “The scale of this
    importation is staggering,” she said, adding that drugs of that quantity “end up in our
    townships and in the veins of our children”": a partial quote (opening at ``end``) in a
    participle clause of saying that goes on from the attribution of the quote before it
    (closed just before ``start``) is that quote's speaker's, with its cue, however the
    attribution names them ("she said", "Naidoo said", "said the judge"). None when someone
    else is named between the attribution and the participle ("…,” she said, and Tom Reid
    agreed, adding that…"): whose clause it is, the sentence leaves open."""
    participle = _last_saying_participle(text, start, end)
    if participle is None:
        return None
    found = attribute_after(cast, text, start, participle.start())
    if found is None or found.name is None or found.span is None:
        return None
    named_from, named_to = found.span.end, participle.start()
    if any(
        named_from <= mention.span.start < named_to and mention.name != found.name
        for mention in cast.mentions
    ):
        return None
    return found


# Role words as they may stand just before the cue: "the spokesperson said", "its lawyers said".
_ROLE_TOKENS_BEFORE_CUE = frozenset(token for token in _ROLE_TOKENS if not token.endswith(","))


def _may_end_with_role_cue(window: str) -> bool:
    """False when `_BEFORE_ROLE_CUE` cannot match ``window``, read by its last words: the cue
    stands among the last words (at most `_WORDS_BEFORE_COLON` words and a colon follow it:
    "Its director, Arturo Villanueva, told a press briefing in Quezon City:"), and just before
    it (or before "also") stands the role word or the comma closing an apposition. The search
    tried the role reference at every position of the window, which cost far more."""
    if _folds_elsewhere(window):
        return True
    tokens = window.split()
    for at in range(max(1, len(tokens) - 1 - _WORDS_BEFORE_COLON), len(tokens)):
        if tokens[at].rstrip(",:").casefold() not in _CUE_SET:
            continue
        before = at - 1
        if (
            before
            and tokens[before].casefold() == "also"
            and _role_or_apposition(tokens[before - 1])
        ):
            return True
        if _role_or_apposition(tokens[before]):
            return True
    return False


def _role_or_apposition(token: str) -> bool:
    return token.endswith((",", "-year-old")) or token.casefold() in _ROLE_TOKENS_BEFORE_CUE


# A person's name opening the clause, then the comma of an apposition after it (see
# `_apposed_to_role`).
_NAME_THEN_APPOSITION = re.compile(rf"{_NAME_MODIFIER}(?P<name>{_NAME}),\s+$")


def _apposed_to_role(cast: Cast, window: str, role_start: int) -> re.Match[str] | None:
    """The person named just before a role in apposition to them, opening the clause that
    ends at a quote: "Tom Achterberg, Kestrel’s chief executive, who will become deputy chief
    executive of the combined group, said the board had looked ‘hard at going it alone’" is
    his, though the role matched first, and whoever else the article introduced as a chief
    executive is not meant. ``window`` runs from the clause's opening to the quote's mark;
    ``role_start`` is where the role's phrase opens in it. Only a person the article names:
    "Kestrel, the miner's parent," is no one's apposition."""
    comma = window.rfind(",", 0, role_start)
    if comma == -1 or window[comma + 1 : role_start].strip():
        return None
    # Where the clause holding the name opens: after the last break before its comma.
    opened = _PHRASE_OPEN.match(window, 0, comma)
    at = opened.end() if opened is not None else 0
    while at < comma and window[at].isspace():
        at += 1
    apposed = _NAME_THEN_APPOSITION.fullmatch(window, at, role_start)
    if apposed is None:
        return None
    name = _strip_name(apposed.group("name")) or apposed.group("name")
    return apposed if cast.canonical(name) in cast.persons else None


def _names_an_organisation(match: re.Match[str] | None) -> bool:
    """Whether the role `_ROLE_REF` found is the last word of an organisation's name printed
    whole, capitalised words and all, after "the": "The British Mountaineering Council said
    the rescue was ‘…’" names the council, as "The Bureau of Meteorology said" does (see
    `_subject`), and refers back to no body named before, as "the council said" may (the
    pattern, ignoring case, reads "British Mountaineering" as words qualifying a role). Not
    "the Ireland manager" (a person's role), "the TGA spokeswoman" nor "The Council said" (no
    name before the noun)."""
    if match is None:
        return False
    role, det = match.group("role"), match.groupdict().get("det")
    if det is None or det.casefold() != "the" or not role[:1].isupper():
        return False
    if role.casefold() not in ORG_NOUNS:
        return False
    words = match.string[match.end("det") : match.start("role")].split()
    return bool(words) and all(word[:1].isupper() for word in words)


def attribute_before(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """Attribution before an opening mark: NAME said, “… / According to NAME, “…"""
    window = text[start:end]
    if not _may_attribute(window):
        return None
    role = role_of = None
    role_cue = _may_end_with_role_cue(window)
    if role_cue and cast.listed:
        # "A Foreign, Commonwealth and Development Office spokesperson said:" (not one named
        # in apposition, who speaks: see `_APPOSITION`).
        listed = _LISTED_SPOKESPERSON_BEFORE.search(window)
        if listed is not None and listed.group("appos") is None:
            office = _listed_office_speaker(
                cast, start + listed.start(), start, listed.group("cue")
            )
            if office is not None:
                return office
    if role_cue:
        if _POSSESSIVE_S.search(window):
            role = _BEFORE_ROLE_CUE.search(window)
        else:
            role = _BEFORE_DETERMINED_ROLE_CUE.search(window)
        if _of_what_unnamed(role):
            role_of, role = role, None
        elif _names_an_organisation(role):
            role = None
    if role and role.group("appos"):
        name_span = Span(start=start + role.start("appos"), end=start + role.end("appos"))
        return _speaker(
            cast, role.group("appos"), name_span, role.group("cue"), end, Attribution.NAMED
        )
    apposed_word = _apposed_word(cast, role, start, end) if role else None
    if apposed_word is not None:
        return apposed_word
    named = None
    if role:
        # "Dr Raj Patel, associate medical director at the British Heart Foundation, who was
        # not involved, said:": the name opening the clause speaks, not the organisation in
        # its apposition.
        named = _BEFORE_NAME_CUE.search(window)
        if (
            named is None
            or named.start() >= role.start()
            or named.group("name").casefold() in _PRONOUNS
        ):
            apposed = _apposed_to_role(cast, window, role.start())
            if apposed is not None:
                at = start + apposed.start("name")
                name_span = Span(start=at, end=at + len(apposed.group("name")))
                return _speaker(
                    cast, apposed.group("name"), name_span, role.group("cue"), end,
                    Attribution.NAMED,
                )  # fmt: skip
            return _by_role(cast, role, start, start)
    match = (
        named
        or ("ccording to" in window and _BEFORE_ACCORDING.search(window))
        or (_BEFORE_NAME_CUE.search(window))
    )
    if match and _last_word(window[: match.start("name")].rstrip()).casefold() in _PLACE_WORDS:
        # "A spokesman in London said:", "Residents in Nigeria said:": a place after "in" is
        # where the speaker is, never who speaks.
        match = None
    if match:
        spoken_for = _spokesperson_for(
            cast, text, start, start + match.end("name"), match.group("cue")
        )
        if spoken_for is not None:
            return spoken_for
        name_span = Span(start=start + match.start("name"), end=start + match.end("name"))
        return _speaker(
            cast, match.group("name"), name_span, match.group("cue"), end, Attribution.NAMED
        )
    tail = _CUE_TAIL_WORD.findall(window, max(0, len(window) - _TAIL_REACH))
    if not _GROUP_SET.isdisjoint(tail[-_GROUP_TAIL_WORDS:]):
        group = _BEFORE_GROUP_CUE.search(window, max(0, len(window) - _TAIL_REACH))
        if group is not None:
            return _group_speaker(cast, group, end, start)
    family = _BEFORE_FAMILY_CUE.search(window) if "family" in window else None
    if family:
        return _family(family, family.group("cue"), start)
    participle = _BEFORE_PARTICIPLE.search(window)
    if participle:
        subject = _SUBJECT.search(window[: participle.start()])
        if subject:
            name = subject.group("name")
            name_span = Span(start=start + subject.start("name"), end=start + subject.end("name"))
            return _speaker(cast, name, name_span, participle.group("cue"), end, Attribution.NAMED)
    described = _described_by_role_of(role_of, start)
    if described is not None:
        return described
    alone = _BEFORE_CUE_ALONE.search(window)
    if alone and alone.group("cue").casefold() in CUE_VERBS:
        return Speaker(attribution=Attribution.CONTINUATION, cue=alone.group("cue").rstrip(":, "))
    return None


# Verbs of saying or judging whose subject owns a partial quote in the clause they open: "She
# added that it was “…”", "Mel Stride accused the government of having “…”", "Hale called
# Lyra “…”". Participles and "according" open no clause of their own.
_CLAUSE_VERBS = (
    *(verb for verb in CUE_VERBS if not verb.endswith("ing") and verb != "according"),
    "accused", "accuses", "described", "describes", "branded", "brands",
    "dubbed", "labelled", "labeled", "urged", "urges", "welcomed", "praised", "hailed",
    "criticised", "criticized", "condemned", "blamed", "believes", "believed",
    "thinks", "thought", "agreed", "thanked", "termed",
    # Advising someone to do what the quote says is urging them, in the subject's words:
    # "Niamh Keating advised the winner to “sign the back of the ticket”".
    "advised", "advises", "implored", "implores", "encouraged", "encourages",
)  # fmt: skip
# Verbs whose object a quote after a comma may describe, in the subject's words: "Furlong
# thanked his staff, ‘many of whom came to this court to tell the truth’".
_OBJECT_VERBS = frozenset(
    "thanked praised hailed welcomed criticised criticized condemned blamed".split()
)
# Not "so-called", nor "called for “an end to the strike”" (asking for it, not saying it).
# "Ireland's transport minister, Ciarán Madden, called on both sides to “get back around the
# table”": calling on someone, or appealing to them, to do what the quote says is urging them,
# in the subject's words, as "urged both sides to ‘get back around the table’" is. Only with
# the "to" of what they are to do just before the quote: "called on the family" is a visit.
# "Hurwitz, who is expected to become chairman, has set a target of reaching the Premier League
# “within five years”": setting a target, a goal or a deadline states the subject's own aim,
# as vowing or pledging does (not "set up a company", nor "set a record").
_CLAUSE_VERB = re.compile(
    _word_alternation(by_length(set(_CLAUSE_VERBS)))
    + r"\b|(?<![\w-])(?:call(?:ed|s)\s+(?:on|upon)|appeal(?:ed|s)\s+to)\b"
    + r"(?=[^,;:—–()“”\"‘]*\bto\s*$)"
    + r"|(?<![\w-])call(?:ed|s)\b(?!\s+(?:for|on|off|up|in)\b)"
    # "She pointed out that Kestrel's mines “sit right next to ours”": stating a fact, as
    # "noted" does; "point" alone is not ("pointed to the data", "pointed the way").
    + r"|(?<![\w-])point(?:ed|s)\s+out\b"
    + r"|(?<![\w-])sets?(?=\s+(?:(?:himself|herself|itself|themselves|us)\s+)?"
    + r"(?:a|an|the|his|her|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:target|goal|deadline)s?\b)"
    # "Kipchumba, who grew up herding cattle near Iten…, dedicated the record ‘to everyone in
    # Iten who believed in me when I was nobody’": whom one dedicates a win to, in one's own
    # words, is said as a vow is. Only the verb, its object (a determiner or a pronoun) just
    # after it: "a dedicated “recovery zone”" and "is dedicated to" are adjectives.
    + r"|(?<![\w-])dedicat(?:ed|es)(?=\s+(?:the|this|that|these|his|her|their|its|our|my|it"
    + r"|them|himself|herself|themselves)\b)"
)
# Between the verb and the quote, a break opens another clause ("Traders described a
# scramble, with one summing up the mood: “…”"): whose words those are, the verb does not say.
_CLAUSE_BREAKS = ",;:—–()"
# Words between a subject and its verb: "officials have warned", "Smith also said".
_BEFORE_VERB = frozenset(
    "also have has had later then again previously recently repeatedly publicly earlier "
    "once yesterday".split()
)
# Where the subject's phrase opens: after a clause break or a conjunction ("…, after a judge
# at Leeds Crown Court said"), at the sentence start. A condition or a concession opens one
# too: in "Lukas Brandt was gracious in defeat, even if he insisted he was ‘not finished’"
# the subject of "insisted" is "he", not "even if he".
_PHRASE_OPEN = re.compile(
    r".*(?:[,;:—–(]|\b(?:that|and|but|after|when|while|as|because|before|since|though|"
    r"although|where|so|if|unless|whereas)\b)\s*",
    re.DOTALL,
)
# "But he stressed that financial conditions ‘will stay accommodative…’", "And she warned
# that…": those words, capitalised, opening the clause (its sentence) open the subject's phrase
# after them too. Not "That", which opens a sentence as a determiner ("That decision…").
# "Moments earlier she had described the title as a dream she had nursed “since I was six
# years old”": a time the sentence opens with, no comma after it, is no part of the subject
# either ("Later Castellanos said…", "A day earlier he had called it…").
_CAPITALISED_PHRASE_OPEN = re.compile(
    r"(?:And|But|Yet|After|When|While|As|Because|Before|Since|Though|Although|Where|So|If"
    r"|Unless|Whereas"
    r"|(?:(?:Moments|Seconds|Minutes|Hours|Days|Weeks|Months|Years|Shortly|Soon|Much"
    r"|An?\s+(?:moment|minute|hour|day|week|month|year))\s+)?(?:earlier|later)"
    r"|Earlier|Later|Afterwards)\s+"
)
# What follows a subject's head noun and is not the subject: "a judge at Leeds Crown Court",
# "Viktor Sarn of Stavik University" (the court and the university do not speak).
_HEAD_END = re.compile(r"\s+(?:at|of|for|from|in|with|on|near|outside|inside|across|who|whose)\s")
_OWNER_OR_ARTICLE = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+|{_UP}[\w&-]*[’']s?\s+)")
_PHRASE_NAME = re.compile(rf"{_NAME_MODIFIER}(?P<name>(?:{_PARTICLE_LEAD})?{_LONG_NAME})")
_UNNAMED_HEADS = _ROLES_AND_TITLES | _ANONYMOUS | _RELATIONS | _EPITHETS | ORG_NOUNS
# A form of "be" (or "get") just before the verb, perhaps with an adverb between, makes it
# passive: "have been asked to", "were told to", "are urged to", "was repeatedly warned".
_PASSIVE_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:[a-z]+ly\s+)?$"
)
# How far before the verb its auxiliary and adverb may start ("are being urged", "have been
# repeatedly asked"): the search is anchored at the verb, not run over the whole clause.
_PASSIVE_REACH = 30
# Verbs that say what their object is "as" ("described the rooms as “…”"), and the words from
# such a verb to the quote when one aside between commas stands in the object before "as": "the
# rooms, some with 33 students, as". The aside is short and holds no quote or other break.
_AS_VERBS = frozenset(
    "described describes branded brands labelled labeled termed terms hailed hails "
    "condemned condemns criticised criticized praised praises".split()
)
_ASIDE_BEFORE_AS = re.compile(r"[^,]*?(?P<aside>,[^,;:—–()“”\"‘]{1,80},)[^,]*?\sas")
_DEFINITE = frozenset(("the", "its", "their"))
# The words after a verb of saying opening a reported clause with "that": "said that after…".
_THAT_CLAUSE_LEAD = re.compile(r"\s+that\s")
# A reported clause, then a comma and "and" going on with what was said, up to the quote:
# "She said she heard popping noises, and then “the whole sky turned orange.”". The comma
# joins a second part of the same report; it opens no clause of another's words (a verb of
# saying after it, "…, and Reid added “…”", is the nearer verb, and is taken instead).
_AND_THEN_LEAD = re.compile(r"[^,;:—–()“”\"‘]*(?P<comma>,)\s+and(?:\s+(?:then|that|also))?")


def attribute_clause_subject(cast: Cast, text: str, start: int, end: int) -> Speaker | None:
    """The subject of the verb of saying or judging nearest before a partial quote (opening
    at ``end``, in the clause from ``start``): a person or organisation the article names
    ("For the Conservatives, shadow chancellor Mel Stride accused the government of having
    “…”"), a pronoun resolving to one ("She added that it was “…”"), or a role ("a judge at
    Leeds Crown Court said he had shown “…”": described, not named; the court never speaks).
    None when that subject is none of these, so that no earlier verb's subject is taken."""
    verb = None
    for verb in _CLAUSE_VERB.finditer(text, start, end):  # noqa: B007 - the last is kept
        pass
    if verb is None:
        return None
    if _PASSIVE_BEFORE.search(text, max(start, verb.start() - _PASSIVE_REACH), verb.start()):
        # "Patients with upcoming appointments have been asked to “bring a list of their
        # medications…”": a passive's subject was asked, told or urged; who asked, the
        # clause does not say.
        return None
    # The comma just before the mark of a quote in apposition to the verb's object is no break.
    breaks_end = end
    lead = text[verb.end() : end].rstrip()
    if verb.group() in _OBJECT_VERBS and lead.endswith(","):
        breaks_end = verb.end() + len(lead) - 1
    elif lead.endswith(":"):
        # "She urged sightseers to keep away: “We are asking people…”": a colon just before
        # the mark opens no clause of other words; it introduces what the subject says, as
        # "She told reporters: “…”" does. Any other break before it still stops the clause
        # ("Traders described a scramble, with one summing up the mood: “…”").
        breaks_end = verb.end() + len(lead) - 1
    elif lead.endswith(",") and _THAT_CLAUSE_LEAD.match(lead):
        # "She said that after years of cost inflation, “this round shows the market is
        # back.”": the comma closes a phrase opening the reported clause, whose words the quote
        # goes on with; it opens no clause of other words. Any other break still stops it.
        breaks_end = verb.end() + len(lead) - 1
    elif (and_then := _AND_THEN_LEAD.fullmatch(lead)) is not None:
        breaks_end = verb.end() + and_then.start("comma")
    aside = _ASIDE_BEFORE_AS.fullmatch(lead) if verb.group() in _AS_VERBS else None
    if aside is not None:
        # "Harlow has described crowded high school rooms, some with 33 students, as “not a
        # school system…”": the object's aside between commas breaks no clause; the "as"
        # after it goes on with the verb. Any other break still stops it.
        aside_start, aside_end = verb.end() + aside.start("aside"), verb.end() + aside.end("aside")
        if _breaks_clause(text, _CLAUSE_BREAKS, verb.end(), aside_start) or _breaks_clause(
            text, _CLAUSE_BREAKS, aside_end, breaks_end
        ):
            return None
    elif _breaks_clause(text, _CLAUSE_BREAKS, verb.end(), breaks_end):
        return None
    cue = verb.group()
    words = text[start : verb.start()].split(" ")
    while words and words[-1].strip() in _BEFORE_VERB | {""}:
        words.pop()
    before = " ".join(words).rstrip()
    phrase_end = start + len(before)
    what = _WHAT_PRONOUN.search(before)
    if what is not None:
        pronoun = new_span(start + what.start("pronoun"), phrase_end)
        return _what_they_called(cast, text, start, start + what.start(), pronoun, cue, end)
    shared = _SHARED_SUBJECT.search(before)
    if shared is not None:
        # "He said he had called Lindqvist and told her that he would “…”": a verb after
        # "and" with no subject of its own shares the one of the verb before it, and the
        # phrase after "and" (empty) names no one. Lindqvist is what was called.
        found = attribute_clause_subject(cast, text, start, start + shared.start())
        if found is None and _CLAUSE_VERB.search(text, start, start + shared.start()) is None:
            # "President Cyril Ramaphosa sent his condolences and said national government
            # would give the commission “…”": the verb before "and" is no verb of saying; the
            # name acting at the clause's head is the subject both verbs share.
            found = _head_acting(cast, text, start, start + shared.start(), cue, end)
        if found is None:
            return None
        return Speaker(
            name=found.name, kind=found.kind, attribution=found.attribution, cue=cue,
            span=found.span,
        )  # fmt: skip
    reported = _REPORTED_SUBJECT.search(before)
    if reported is not None:
        # "He said he had called Lindqvist": a reported clause without its "that" opens
        # after the verb of saying, and its subject is the pronoun or name there, not the
        # words from the sentence's start.
        found = _subject(
            cast, text, start + reported.start("subject"), phrase_end, cue, end, opened=True
        )
        if found is not None and found.name is not None:
            return found
    if _RELATIVE_WHO.search(before):
        # "said Rui Costa, the Benfica president, who added that the sale was “…”": the
        # relative clause's subject is the person it follows.
        people = cast.people_between(start, phrase_end)
        if not people:
            return None
        person = people[-1]
        return _speaker(cast, person.name, person.span, cue, end, Attribution.NAMED)
    which = _RELATIVE_WHICH.search(before)
    if which is not None:
        return _which_body(cast, start + which.start(), cue)
    if before.endswith(","):
        # "SkyIndus, which reinstated its dividend…, said": an apposition or a relative
        # clause between subject and verb; "the county's sheriff, Dale Whitcomb, said": the
        # name in apposition to a role.
        opening = _apposition_opening(before)
        if opening == -1:
            return None
        if _RELATIVE_OPENER.match(before, opening + 1) and before.rfind(",", 0, opening) != -1:
            # "Rupert Ashdown, the chief executive, who founded the company, said": the
            # relative clause follows an apposition, and the subject stands before both.
            apposed = _apposed_subject(cast, text, start, before[: opening + 1], cue, end)
            if apposed is not None and apposed.name is not None:
                return apposed
        return _apposed_subject(cast, text, start, before, cue, end)
    return _subject(cast, text, start, phrase_end, cue, end)


# "thanked staff for what she called their “…”", "condemned what he described as “…”", "what
# they termed “…”": a clause of what a pronoun called something, the verb's object. So is a
# relative clause on that object: "Kestrel Terminals has offered a 13 per cent increase, which
# it describes as “fair and generous”" (the "which" its object, the pronoun its subject).
_WHAT_PRONOUN = re.compile(r"(?:(?<![\w’'-])[Ww]hat|,\s*which)\s+(?P<pronoun>he|she|they|it|we)$")
# Which speakers a pronoun may stand for (none for "they" and "we": a person, a body, a group).
_PRONOUN_KINDS = {
    "he": SpeakerKind.PERSON,
    "she": SpeakerKind.PERSON,
    "it": SpeakerKind.ORGANISATION,
}


# A subject that is a capitalised title, its portfolio (or what it is of) and its holder's
# name: "Federal Minister for Climate Change Sadia Awan", "The Minister for Foreign Affairs
# Simon Harris", "Prime Minister of Pakistan Shehbaz Sharif", "Minister for health Jane Doe"
# (the portfolio in lower case). The title is an office (see `_office_title`), capitalised
# words may qualify it; no lower-case one may ("a lawyer for Imran Khan": the lawyer is not
# Imran Khan). "Federal minister for climate change Sadia Awan", "The minister for health Jane
# Doe": the title may be printed in lower case too, before a portfolio in lower case, which
# shows where the holder's name opens (not "the secretary of Jane Doe", whose secretary she
# is not).
_TITLE_PORTFOLIO_HOLDER = re.compile(
    rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:{_UP}[\w’'-]*\s+){{0,3}}?"
    rf"(?P<title>{_UP}[\w’'-]*|(?P<small>[a-z][\w’'-]*))"
    r"\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<lower>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,2}\s+)?"
    rf"(?P<run>{_UP}[\w’'-]*(?:\s+(?:(?:of|for|and|&|the)\s+)?{_UP}[\w’'-]*)*)"
)


def _held_title(cast: Cast, phrase: str) -> tuple[int, int] | None:
    """Where, in a subject's ``phrase`` that is a capitalised title, its portfolio and its
    holder (see `_TITLE_PORTFOLIO_HOLDER`), the holder's name stands: the longest end of the
    phrase the article names as a person, after the portfolio's words. None for any other
    phrase, or when no person the article names ends it."""
    found = _TITLE_PORTFOLIO_HOLDER.fullmatch(phrase)
    if found is None or not _office_title(found.group("title")):
        return None
    if found.group("small") and not found.group("lower"):
        return None  # a title in lower case, its portfolio capitalised or none
    words = list(_WORD_STARTS.finditer(phrase, found.start("run")))
    # A capitalised portfolio fills the run's first words, one at least; one in lower case
    # stands before the run, which may be the name whole.
    first = 0 if found.group("lower") else 1
    for word in words[first:]:
        if word.group() in _TITLE_JOINS:
            continue
        if cast.canonical(phrase[word.start() :]) in cast.persons:
            return word.start(), len(phrase)
    return None


def _what_they_called(
    cast: Cast, text: str, start: int, what: int, pronoun: Span, cue: str, end: int
) -> Speaker | None:
    """Who the pronoun of "what she called “…”" is (its "what" at ``what``, the pronoun at
    ``pronoun``, the clause from ``start``, the quote at ``end``): the subject of the clause
    the "what" is the object in ("Prisons minister Sarah Okafor thanked staff for what she
    called their “…”" is Okafor's, "Union leaders condemned what they termed “…”" the union
    leaders'), where that subject may be the pronoun's (a person for "she", never one "he"
    cannot be); else whom the pronoun refers to, as it does as any subject."""
    word = pronoun.slice(text).casefold()
    outer = attribute_clause_subject(cast, text, start, what)
    kind = _PRONOUN_KINDS.get(word)
    if (
        outer is not None
        and (outer.name is not None or outer.attribution is Attribution.DESCRIPTION)
        and (kind is None or outer.kind in (kind, SpeakerKind.UNKNOWN))
        and not (kind is SpeakerKind.PERSON and _other_gender(outer.name, word))
    ):
        return Speaker(
            name=outer.name, kind=outer.kind, attribution=outer.attribution, cue=cue,
            span=outer.span,
        )  # fmt: skip
    return _subject(cast, text, pronoun.start, pronoun.end, cue, end, opened=True)


def _other_gender(name: str | None, pronoun: str) -> bool:
    """Whether a person's given name shows a gender other than ``pronoun``'s ("he", "she")."""
    given = FIRST_NAMES.get((name or "").split(" ", 1)[0])
    return given is not None and given is not (Gender.MALE if pronoun == "he" else Gender.FEMALE)


_RELATIVE_WHO = re.compile(r",\s*who$", re.IGNORECASE)
# "…, according to its operator, Pacific Crest Lines, which said it would “cooperate fully with
# the investigation”": a "which" after a name, the subject of the verb, is that body's.
_RELATIVE_WHICH = re.compile(r",\s*which$")


def _which_body(cast: Cast, comma: int, cue: str) -> Speaker | None:
    """The body named just before the comma at ``comma`` that a "which" after it stands for,
    as the subject of ``cue``. A "which" refers to no person, so a name the cast reads as one
    is a body's ("Pacific Crest Lines", three capitalised words), unless a common first name
    opens it: in "a report by Tom Reid, which said", the report speaks, not Reid."""
    # Looked through whole (the mentions may be out of order): this clause is rare.
    mention = next((m for m in cast.mentions if m.span.end == comma), None)
    if mention is None:
        return None
    if mention.kind is SpeakerKind.PERSON and mention.name.split()[0] in FIRST_NAMES:
        return None
    return cast.organisation_speaker(mention.name, Attribution.NAMED, cue, mention.span)


# The "and" just before a verb of `_CLAUSE_VERB`, its subject left out (see
# `attribute_clause_subject`): "called Lindqvist and told her", "called Lindqvist, and told".
# "But" joins such a verb as "and" does: "Valk did not speak to supporters but wrote on social
# media: “…”".
_SHARED_SUBJECT = re.compile(r",?\s+(?:and|but)$")
# What follows the subject of a verb sharing it with one after "and" (see `_head_acting`): its
# verb (perhaps after an adverb or an auxiliary), then words with no break up to the "and".
_PRONOUN_HEAD = re.compile(r"(?:(?:And|But|Yet|So|Then)\s+)?(?P<pronoun>[Hh]e|[Ss]he)\b")
# A name's apposition, an age or a description opened by an article, may stand before the
# verb: "Helen Park, the state insurance commissioner, estimated insured losses at $130 million
# and called the blaze “…”" (its commas close the apposition, no clause).
_PLAIN_PREDICATE = re.compile(
    rf"(?:{_AGED},\s+(?:the|an?)\s[^,;:—–()“”\"]{{1,120}},|,\s+\d{{1,3}},)?"
    rf"\s+(?:[a-z]+ly\s+)?{_VERB}\b[^,;:—–()“”\"]*"
)


def _head_acting(
    cast: Cast, text: str, start: int, stop: int, cue: str, quote: int
) -> Speaker | None:
    """The subject of the clause from ``start`` to the "and" at ``stop``, whose verb is no verb
    of saying, as the subject of the ``cue`` after the "and": the first name acting there,
    when it heads the phrase opening the clause ("President Cyril Ramaphosa", "After the
    vote, Kyranis Tankers") and its verb follows it, with no break before the "and"; or "he"
    or "she" opening the clause so ("She visited the site and said"), whom it refers to. None
    otherwise: in "Reid met Lee, who was ill and said", whose verb "said" is, is left open."""
    while start < stop and text[start].isspace():
        start += 1
    pronoun = _PRONOUN_HEAD.match(text, start, stop)
    if pronoun is not None:
        if _PLAIN_PREDICATE.fullmatch(text, pronoun.end(), stop) is None:
            return None
        at, end = pronoun.span("pronoun")
        return _subject(cast, text, at, end, cue, quote, opened=True)
    head = next(
        (m for m in cast.mentions if start <= m.span.start < stop and m.subject),
        None,
    )
    if head is None or _PLAIN_PREDICATE.fullmatch(text, head.span.end, stop) is None:
        return None
    found = _subject(cast, text, start, head.span.end, cue, quote)
    return found if found is not None and found.name is not None else None


# A verb of saying, then the subject of the clause it reports, its "that" left out: "He said he
# had called", "Reid said Lindqvist had called" (not "told her he had called": with an object
# first, the phrase is read as before).
_REPORTED_SUBJECT = re.compile(
    _word_alternation(_CUE_ORDER)
    + rf"\s+(?P<subject>(?:he|she|they|we|I)|{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}})$"
)
_RELATIVE_OPENER = re.compile(r"\s*(?:who|whose|which)\s")


# What is left of a list of capitalised names after one of its commas, up to the comma closing
# the phrase the list ends: " Ireland and Australia,", " and Australia,".
_LIST_TAIL = re.compile(
    rf"\s+(?:(?:the\s+)?{_LISTED_ITEM}(?:,\s+(?:the\s+)?{_LISTED_ITEM})*,?\s+)?(?:and|or)\s+"
    rf"(?:the\s+)?{_LISTED_ITEM},$"
)
_LISTED_ITEM_ENDS = re.compile(r"[^\W\d_a-z][\w-]*$")


def _apposition_opening(before: str) -> int:
    """Where the phrase in apposition that ``before`` ends with (and its comma) opens: at the
    comma before it, but for those of a list of names inside it. In "Nell Ashdown, whose second
    album topped the charts in Britain, Ireland and Australia, posted that she was “gutted”",
    the phrase is the whose-clause whole, not "and Australia". A list that is the apposition
    whole ("The owners, Tom Reid, Ann Lee and Bob Smith, said") is read as before. -1 if no
    comma opens one."""
    opening = before.rfind(",", 0, len(before) - 1)
    first = opening
    while (
        opening != -1
        and _LIST_TAIL.match(before, opening + 1)
        and _LISTED_ITEM_ENDS.search(before, 0, opening)
    ):
        opening = before.rfind(",", 0, opening)
    if opening == -1 or _LIST_TAIL.match(before, opening + 1):
        return first
    return opening


def _apposed_subject(
    cast: Cast, text: str, start: int, before: str, cue: str, end: int
) -> Speaker | None:
    """The subject of ``cue`` in ``before`` (from ``start``), which ends with a phrase in
    apposition and its comma: the phrase before the apposition, else a name in it."""
    opening = _apposition_opening(before)
    if opening == -1:
        return None
    aside = before[opening + 1 : -1].strip()
    head = _subject(cast, text, start, start + opening, cue, end)
    if aside[:1].isupper() and (head is None or head.name is None):
        aside_start = start + opening + 1
        while text[aside_start].isspace():
            aside_start += 1
        # The aside is the phrase whole: in "Professor Matt Kearney from the University of
        # Tasmania's Institute for Marine and Antarctic Studies in Hobart", no subject opens
        # after its "and".
        named = _subject(cast, text, aside_start, aside_start + len(aside), cue, end, opened=True)
        if named is not None and named.name is not None:
            return named
    if head is None or head.name is None:
        # "Corvane Therapeutics, the Boston drugmaker behind the medicine, ferandostat, called
        # the results “…”": the last phrase names what the one before it speaks of (the
        # medicine), and the subject stands before both; the phrase before it, with its own
        # comma, is read as an apposition again. Only a name found so is taken: "a spokesman
        # for the firm, Jane Doe," was read above.
        outer = _apposed_subject(cast, text, start, before[: opening + 1], cue, end)
        if outer is not None and outer.name is not None:
            return outer
    return head


def _subject(
    cast: Cast, text: str, start: int, end: int, cue: str, quote: int, opened: bool = False
) -> Speaker | None:
    """Who the noun phrase ending at ``end`` (its clause opening at ``start``) is, as the
    subject of ``cue`` before a quote at ``quote``. ``opened``: the phrase opens at
    ``start``."""
    spoken_for = _spokesperson_for(cast, text, start, end, cue)
    if spoken_for is not None:
        return spoken_for
    phrase_open = None if opened else _PHRASE_OPEN.match(text, start, end)
    if phrase_open is None and not opened:
        phrase_open = _CAPITALISED_PHRASE_OPEN.match(text, start, end)
    at = phrase_open.end() if phrase_open else start
    while at < end and text[at].isspace():
        at += 1
    phrase = text[at:end]
    if not phrase:
        return None
    span = new_span(at, end)
    if phrase.casefold() in _PRONOUNS:
        # Someone the article names, or no one: a pronoun alone attributes nothing.
        speaker = _speaker(cast, phrase, span, cue, quote, Attribution.PRONOUN)
        return speaker if speaker.name is not None else None
    whole = _OWNER_OR_ARTICLE.sub("", phrase)
    if (
        cast.canonical(whole) in cast.organisations
        # "The National Low Income Housing Coalition called…": named as an organisation.
        or _body_named(whole)
        # "The PSNI said the road would be “closed for days”": a body's short form.
        or (_acronym(whole) and whole not in cast.persons and not cast.initials_of_person(whole))
    ):
        return cast.organisation_speaker(
            whole, Attribution.NAMED, cue, new_span(end - len(whole), end)
        )
    held = _held_title(cast, phrase)
    if held is not None:
        # "Federal Minister for Climate Change Sadia Awan described the floods as “…”": the
        # holder named after the title's portfolio, which the head (cut at its "for") leaves.
        name_start, name_end = held
        name_span = new_span(at + name_start, at + name_end)
        return _speaker(cast, phrase[name_start:name_end], name_span, cue, quote, Attribution.NAMED)
    cut = _HEAD_END.search(phrase)
    head = phrase[: cut.start()] if cut else phrase
    head_span = new_span(at, at + len(head))
    name = _PHRASE_NAME.fullmatch(head)
    if name is not None:
        # "Secretary of State for Environment, Food and Rural Affairs Steve Reed said": the
        # phrase opens after the portfolio's "and", its last field no part of the name.
        printed, name_span = _past_portfolio(
            text, name.group("name"), new_span(at + name.start("name"), at + name.end("name"))
        )
        canonical = cast.canonical(_strip_name(printed) or printed)
        if canonical in cast.persons or canonical in cast.organisations:
            return _speaker(cast, printed, name_span, cue, quote, Attribution.NAMED)
    head_words = head.casefold().split()
    if head_words[0] == "the" and (nationality := " ".join(head_words[1:])) in _NATIONALITIES:
        # "Max Verstappen finished third. The Dutchman, who sits third in the standings, said
        # the Red Bull had been “…”": a nationality after "the", the whole subject, describes
        # someone named before, as "the Dutchman said" after a quote does (see `_by_role`).
        # Opening its sentence, it goes on with the previous sentence's one subject though
        # another person was named after them (see `Cast.national_opening`). "The American
        # Red Cross", "the Kenyan government" end with another noun: not read here.
        described = cast.described_before(at, text, None, nationality)
        if described is None and head_words[0] == "the" and head[:1].isupper():
            described = cast.national_opening(at, nationality)
        return Speaker(
            name=described.name if described else None, kind=SpeakerKind.PERSON,
            attribution=Attribution.DESCRIPTION, cue=cue, span=head_span,
        )  # fmt: skip
    last = head_words[-1]
    role = last if last in _UNNAMED_HEADS else last.removesuffix("s")
    if role not in _UNNAMED_HEADS or (head[:1].isupper() and name is not None and role == last):
        return None
    definite = head.split()[0].casefold() in _DEFINITE
    if definite and role in ORG_NOUNS:
        organisation = cast.last_organisation_before(at, role)
        if organisation is not None:
            return cast.organisation_speaker(organisation.name, Attribution.TITLE, cue, head_span)
    holder = cast.roles.get(role) if definite else None
    if holder is not None and role not in ORG_NOUNS:
        return Speaker(
            name=holder, kind=SpeakerKind.PERSON, attribution=Attribution.TITLE, cue=cue,
            span=head_span,
        )  # fmt: skip
    # "UK health officials have warned", "a judge said": someone the text describes but does
    # not name, which is an attribution all the same.
    return Speaker(attribution=Attribution.DESCRIPTION, cue=cue, span=head_span)
