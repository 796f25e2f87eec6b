"""Unsourced background: a general or evaluative claim one article makes with no source, that
no other article tells ("Councils across the country have closed hundreds of branches since
2010", "Ticket prices are among the highest of any venue in the region").

News prose fills out an event with background told in the outlet's own voice: a trend, a
ranking, a verdict on who has suffered or drawn criticism. The event's facts are reported by
every outlet covering it and carry their sources; a sweeping aside one outlet alone makes, with
no one named for it, is the claim a reader cannot check and a reporter may have got wrong.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field

from factcheck.extract.kept_patterns import compile_built
from factcheck.models import FigureKind, QuoteKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._attribution import (
    DEFAULT_CUES,
    Spans,
    after_source,
    cited_sources,
    cue_pattern,
    hedge_pattern,
)
from factcheck.rules.kinds._params import Params
from factcheck.rules.kinds.source_dropped import content_words


class UnsourcedBackgroundParams(Params):
    quantifiers: list[str] = Field(
        min_length=1,
        description="Words that, opening a sentence before a plural noun, make its subject a "
        "generalisation (“Many schools…”, “Several municipalities…”).",
    )
    spreads: list[str] = Field(
        default_factory=list,
        description="Words after a plural noun that spread it over a place (“utilities across "
        "the region”, “councils throughout England”).",
    )
    spans: list[str] = Field(
        default_factory=list,
        description="Spans of time behind a present perfect (“in recent years”, “since the "
        "pandemic”); “since” and a year is one too. The sentence must have “has”, “have” or "
        "“had” for them: a trend told, not a date.",
    )
    evaluations: list[str] = Field(
        default_factory=list,
        description="Phrases that rank or judge (“among the highest”, “has drawn criticism”, "
        "“hit hardest”); an adverb may stand between their words.",
    )
    generalising: list[str] = Field(
        min_length=1,
        description="Words after a quantified subject that make its claim general, not a "
        "count of the event's people (“Many schools still lack…”, “Some economists believe…”; "
        "not “Several families had travelled overnight”).",
    )
    verdicts: list[str] = Field(
        default_factory=list,
        description="Verdicts in the passive and harms laid on a cause (“has been criticised”, "
        "“have left many … without”) that tell an event's own news as often as background: "
        "not when their subject is a happening (“Floods have left many homes without water”, "
        "“The storm's handling has been criticised”) or the sentence is dated to the news day.",
    )
    reactions: list[str] = Field(
        default_factory=list,
        description="Verbs of a backlash after “is likely to” (“The ruling is likely to anger "
        "fishing crews”, “is likely to come under scrutiny”): the outlet's own forecast of "
        "whose reaction, unnamed. Not dated to the news day nor told of a happening.",
    )
    backlash_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs after “is likely to” that foretell a backlash only with one named "
        "after them (“is likely to draw criticism”, “come under scrutiny”; not “is likely to "
        "face Chelsea”, “attract bidders”, “come under pressure”).",
    )
    backlash: list[str] = Field(
        default_factory=list,
        description="Nouns of a backlash after a ``backlash_verbs`` verb (“criticism”, "
        "“protests”, “scrutiny”).",
    )
    sanctions: list[str] = Field(
        default_factory=list,
        description="Passive participles of a sanction after “is likely to be” or “is expected "
        "to be” (“City is likely to be ordered to close the stand”, “is expected to be fined”): "
        "the outlet's own forecast of a penalty the event will bring. Not “sentenced” or "
        "“charged”, a court's timetable.",
    )
    pressures: list[str] = Field(
        default_factory=list,
        description="Verbs that, after “is likely to” or “is expected to”, put a party under "
        "pressure to act (“are expected to push the committee to consider…”, “is likely to "
        "force the club to sell”): the outlet's forecast of what the event sets off. Only with "
        "the party and what it is to do: “is likely to push him down the pecking order” is "
        "analysis.",
    )
    shortfalls: list[str] = Field(
        default_factory=list,
        description="What a forecast “is likely to leave” people or places (“short of”, "
        "“without”, “stranded”): the outlet's own forecast of the event's harm.",
    )
    lasting_states: list[str] = Field(
        default_factory=list,
        description="Verbs of a state that a flat forecast keeps “until at least” or “for at "
        "least” a time (“The line will remain closed until at least Monday”, “will stay shut "
        "for at least a week”): the outlet's own forecast of how long the event's harm lasts.",
    )
    motive_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of a purpose that, before one of ``interests``, tell a party's "
        "motive (“turned to collusion to protect margins”, “to hide its losses”). Not after a "
        "word of a stated aim or a help (“plans to boost profits”, “helping to protect "
        "margins”), nor in a future or a conditional: a plan told, not a motive.",
    )
    interests: list[str] = Field(
        default_factory=list,
        description="What a party acts to protect or gain (“margins”, “profits”, “its "
        "majority”): with ``motive_verbs``, the outlet's word for why it acted.",
    )
    inducements: list[str] = Field(
        default_factory=list,
        description="Passives of an inducement after “after being” (“stayed away from the "
        "chamber after being promised posts”, “after being paid off”): a quid pro quo told in "
        "the outlet's voice, the motive a reader most needs a source for.",
    )
    upkeep: list[str] = Field(
        default_factory=list,
        description="Participles of upkeep that, after “had not been” with a span (“since last "
        "October”, “for years”, “in a decade”) or after “had never been”, tell neglect (“The "
        "tower had not been cleaned or disinfected since last October”): an accusation in "
        "the outlet's voice.",
    )
    parties: list[str] = Field(
        default_factory=list,
        description="The event's own responders and parties (“residents”, “investigators”, "
        "“police”): what they “have since” done is the event's aftermath, not a class's trend.",
    )
    counts: list[str] = Field(
        default_factory=list,
        description="Counts after a quantifier (“several thousand fans”, “hundreds of”): a "
        "forecast for them (“are expected to attend”) is the event's own news.",
    )
    happenings: list[str] = Field(
        default_factory=list,
        description="Nouns of a sudden happening (“storm”, “derailment”, “closure”, “power "
        "cuts”): a verdict or a consequence told of one, the event's own news, not background.",
    )
    causes: list[str] = Field(
        default_factory=list,
        description="Verbs that, in the passive after a happening, tell its cause (“The fire was "
        "started by sparks from a power line”, “The outage was caused by a software update”): "
        "the cause of a disaster told flat, the claim a reader most needs the source of. A "
        "source named in the sentence before it in its paragraph carries over only when that "
        "sentence speaks of the cause too.",
    )
    schedules: list[str] = Field(
        default_factory=list,
        description="Verbs that, after “is expected to” or “is likely to”, tell a party's "
        "timetable or plan (“is expected to close”, “to sign”, “to vote”): the event's own "
        "news. After any other verb the forecast is the outlet's own (“is likely to cost the "
        "club its funding”, “is expected to open the door to a class action”).",
    )
    flat_causes: list[str] = Field(
        default_factory=list,
        description="Words that lay a cause or a motive on what happened (“stemmed from”, "
        "“in part because”, “because of pressure from”): told flat, the outlet's own account "
        "of why.",
    )
    cause_passives: list[str] = Field(
        default_factory=list,
        description="Participles that, after “was” or “were” and before “by”, lay a change on "
        "a cause (“Turnout was held down by a glitch”, “Sales were dragged down by…”).",
    )
    outcomes: list[str] = Field(
        default_factory=list,
        description="Nouns of a thing decided or found whose consequence “is expected to” "
        "tell the outlet's forecast (“The ruling is expected to open the door to…”). With any "
        "other subject, a person, a body or a structure (“The defendant is expected to give "
        "evidence”, “The bridge is expected to open to traffic”), it tells a timetable or a "
        "plan.",
    )
    measures: list[str] = Field(
        default_factory=list,
        description="Nouns of a measure that a cause passive lays a change on (“Turnout was "
        "held down by a glitch”); with any other subject the passive is literal (“The marchers "
        "were held back by police”).",
    )
    troubles: list[str] = Field(
        default_factory=list,
        description="Nouns of a trouble whose cause “stemmed from” lays (“The problems stemmed "
        "from…”); with any other subject it tells an origin (“The nickname stems from a local "
        "word”).",
    )
    people: list[str] = Field(
        default_factory=list,
        description="Nouns of a person, a role or a kind (“striker”, “minister”, “defendant”): "
        "what a person “is likely to” do is team news or a plan, not the outlet's forecast.",
    )
    bodies: list[str] = Field(
        default_factory=list,
        description="Nouns of a group that speaks or acts (“union”, “operators”, “analysts”): "
        "a party that gives way, or one whose warning sources a forecast, as ``people`` and "
        "``parties`` are; a river bank “gives way” and the rain “relents”, no party.",
    )
    concessions: list[str] = Field(
        default_factory=list,
        description="Verbs of a party giving way that, before “after … threatened to”, lay a "
        "motive on it (“The contractors gave ground after two operators threatened to bring "
        "the work in-house”): why it yielded, told in the outlet's voice.",
    )
    damages: list[str] = Field(
        default_factory=list,
        description="Nouns of physical damage that, before “dates to … when” or “dates back "
        "to … after”, have a cause laid on them (“Much of the damage dates to 2022, when "
        "thieves stripped lead from the roof”): the outlet's account of how the harm began.",
    )
    setbacks: list[str] = Field(
        default_factory=list,
        description="What a forecast pushes a project “past” or “beyond” (“is expected to push "
        "several solar farms past their completion dates”, “beyond its deadline”): the "
        "outlet's forecast of a delay the event brings.",
    )
    knock_ons: list[str] = Field(
        default_factory=list,
        description="Participles that, opening a clause after a comma in a sentence told in "
        "the future (“will”, “would”, “could”), move one of ``measures`` (“The shutdown will "
        "force lorries onto the Frejus route, driving up freight costs”): the outlet's "
        "forecast of the event's cost to others.",
    )
    disabled: list[str] = Field(
        default_factory=list,
        description="Participles of a safeguard put out of action that, with “at the time”, "
        "tell it failed when the event struck (“The warning signs had been switched off at "
        "the time”): a charge of neglect in the outlet's voice.",
    )
    senses: list[list[str]] = Field(
        default_factory=list,
        description="Words another article tells a marker's sense in (“most” and “majority”, "
        "“delay” and “disrupt”): a sourced sentence there that tells the marker's sense and "
        "shares two more content words tells the claim.",
    )
    min_shared_with_sense: int = Field(
        2,
        ge=1,
        description="Content words, besides the marker's sense, a sourced sentence of another "
        "article must share with this one to tell it in its own words.",
    )
    consequences: list[str] = Field(
        default_factory=list,
        description="Verbs of a future consequence that, reaching past the event to “other” "
        "things (“will delay at least four other wind projects”), tell the outlet's own "
        "forecast of the event's reach.",
    )
    lasting: list[str] = Field(
        default_factory=list,
        description="Verbs of a tenure, not a trend, before a span of time (“has owned the club "
        "since 2019”, “has operated since 1978”).",
    )
    records: list[str] = Field(
        default_factory=list,
        description="Verbs of a tenure, a record or a tally that make “since” and a year no "
        "trend (“has played for the club since 2019”, “have not won the league since 2004”, "
        "“have met every year since 2009”); after any other verb it tells a change over the "
        "years (“have closed hundreds of branches since 2010”, “wages have stagnated since "
        "2008”).",
    )
    event_states: list[str] = Field(
        default_factory=list,
        description="What follows “remain”, “still” or “lack” when a quantified subject is "
        "the event's own people or places in the state it left them (“Hundreds of homes "
        "remain without power”, “Many flights remain cancelled”), no general claim.",
    )
    attribution_cues: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CUES),
        min_length=1,
        description="Words that, in the sentence or the one before it in its paragraph, name "
        "the claim's source.",
    )
    min_shared: int = Field(
        3,
        ge=1,
        description="Content words a sentence of another article must share with this one to "
        "tell it too: then the claim is no one outlet's.",
    )
    min_shared_with_span: int = Field(
        2,
        ge=1,
        description="Content words a sentence of another article telling the same span of "
        "time (“since 2011”) must share with this one to tell it too.",
    )
    kin: list[list[str]] = Field(
        default_factory=list,
        description="Words background tells for one another (“relations” and “ties”, “tense” "
        "and “strained”): one word to a sentence that tells the same span of time.",
    )
    min_overlap: float = Field(
        0.5,
        ge=0,
        le=1,
        description="And the share of the shorter sentence's content words they must be.",
    )


_PLURAL = r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[a-rt-z]s\b"
_PERFECT = re.compile(r"\b(?:has|have|had|'ve|’ve)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A state that has lasted long, told as "have long been" or "for years": one span of time.
_LONG = re.compile(
    r"\b(?:(?:has|have|had)\s+long|for\s+(?:many\s+)?(?:years|decades)|for\s+a\s+long\s+time)\b",
    re.IGNORECASE,
)
# A decade is a year too: "have halved since the 1980s".
_SINCE_YEAR = (
    r"since\s+(?:at\s+least\s+)?(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)\d\d(?:['’]?s)?"
)
# A span counted in years behind a present perfect: "has lost market share for two years".
_COUNTED = (
    r"for\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+(?:straight\s+|consecutive\s+)?(?:years|decades)"
)
_COUNTED_SPAN = re.compile(_COUNTED, re.IGNORECASE)
# A passive verdict with its agent named ("has been criticised by environmental groups"):
# whose verdict it is, told.
_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)
_MEASURES = frozenset((FigureKind.MONEY, FigureKind.PERCENT))
# A sentence that speaks of a cause: a source it names for it carries over to the next
# ("Investigators said they were examining a power line. The fire was started by sparks…").
_CAUSE_TALK = re.compile(
    r"\b(?:caus|start|spark|ignit|trigger|investigat|origin|blam|suspect)\w*", re.IGNORECASE
)
# A sentence's opening: a conjunction may come first ("But many schools…").
_OPENING = r"^\W*(?:(?:But|And|Yet)\s+)?"
# A bare plural opening the sentence, a class ("Landlords", "Insurers"), and what it has done
# "since" the story's earlier start ("Retailers have since cut their opening hours"): the
# outlet's trend for a whole trade. Not "have since been …" (a passive of the event's
# aftermath, "Residents have since been allowed home").
_CLASS_SINCE = re.compile(
    rf"{_OPENING}(?P<class>[A-Z][a-z]+[a-rt-z]s)\s+(?:have|had)\s+since\s+(?!been\b)[a-z]+\b"
)
# A day or a time of the event: "on Tuesday", "overnight". Background holds over years; a
# sentence that dates its subject's state to the news day tells the event itself.
_NEWS_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|overnight"
    r"|this\s+(?:morning|afternoon|evening))\b"
    # A forecast for the coming days is the news too: "Most schools are expected to reopen
    # next week".
    r"|\b(?:tomorrow|(?:this|next)\s+week(?:end)?)\b",
    re.IGNORECASE,
)
# The first verb after a spread subject ("Schools across the region will close"): a future, a
# simple past or a passive is the event's news, not background holding now.
_SPREAD_VERB = re.compile(
    r"\b(?:has|have|had|'ve|’ve|is|are|remain|remains|still"
    r"|(?P<event>will|would|shall|'ll|’ll|was|were|(?<![-\w])[a-z]{3,}ed))\b"
)

# A habit or a lasting cause ("remain in hospital for weeks because…", "still lack power in
# winter", "under a long-standing ban"): the state holds beyond the event, a general claim.
_HABITUAL = re.compile(
    r"\b(?:because|for\s+(?:days|weeks|months|years|decades)|in\s+(?:winter|summer)"
    r"|every\s+(?:winter|summer|year|week|month|night|day)|long-standing|longstanding"
    r"|routinely|usually|often|regularly|typically|chronic|chronically)\b",
    re.IGNORECASE,
)
# A year, "last year" or "in recent years" puts a spread subject's past or future in the
# years around the news ("were hit by drought last year", "will face a gap by 2028"): background.
_YEARS_FRAME = re.compile(
    r"\b(?:(?:19|20)\d\d|(?:last|past|previous)\s+(?:year|decade)|recent\s+(?:years|decades)"
    r"|since)\b",
    re.IGNORECASE,
)
# "Is likely to", "are widely expected to": the outlet's forecast, whose it does not say.
_LIKELY = r"\b(?:is|are)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?:likely|expected)\s+to\s+"
# What a party is pressed to do is a verb: "to consider", "to sell"; not "push prices to
# record highs", "push the bill to a vote", "to 40".
_NOT_A_DEED = r"(?!(?:the|a|an|its|their|his|her|our|new|record|all-time|\d)\b)"
# A party is pressed, not a plan pressed on: "is expected to press ahead with plans to
# build", "push for changes to", "force through a law to".
_NOT_A_PARTICLE = r"(?!(?:ahead|on|for|with|up|down|through|into|forward|back)\b)"
# A plan, a help or a future before a purpose ("plans to boost profits", "helping to protect
# margins", "will cut jobs to protect margins"): an aim told, not a motive laid on anyone.
_PLANNED = re.compile(
    r"\b(?:will|would|could|may|might|shall|can|['’]ll|plans?|planned|planning|aims?|aimed"
    r"|aiming|intends?|intended|wants?|wanted|hopes?|hoped|expects?|expected|designed|meant"
    r"|proposes?|proposed|help|helps|helped|helping|needs?|needed|in\s+a\s+bid|in\s+order)\b",
    re.IGNORECASE,
)
# A span neglect is told over: "since last October", "for years", "in more than a decade".
_NEGLECT_SPAN = (
    r"(?:since|for\s+(?:(?:more|over|almost|nearly|at\s+least)\s+)?(?:than\s+)?"
    r"(?:years|months|decades|a\s+(?:year|decade)|[\w-]+\s+(?:years|months|decades))"
    r"|in\s+(?:(?:more|over|almost|nearly)\s+)?(?:than\s+)?"
    r"(?:years|months|decades|a\s+(?:year|decade)|[\w-]+\s+(?:years|months|decades)))\b"
)

# A sentence told in the future, or hedged: what a knock-on in it foretells is the outlet's.
_FUTURE = re.compile(rf"\b(?:will|would|could|may|might|['’]ll)\b|{_LIKELY}", re.IGNORECASE)
# The future of a knock-on's own clause, the sentence's first, told of its subject: "The
# shutdown will force lorries onto the Frejus route, driving up freight costs". Not a modal a
# comma, a subordinate word or a reported hint opens ("Shares in BP, which will report…",
# "after Bailey hinted that rates could fall"), a capitalised "May" (the month), nor a
# timetable ("will be included", "will take effect on Aug. 1": the measure's own news).
_OWN_FUTURE = re.compile(
    r"^(?:(?!(?:that|which|who|whose|after|before|when|while|because|as|if|since|until|where"
    r"|once|unless|hinted|signalled|signaled|suggested|warned|predicted|expect|expects"
    r"|forecast|forecasts|fear|fears|believe|believes)\b)[\w'’.-]+\s+){1,8}?"
    r"(?:will|would|could|may|might)\s+"
    r"(?!(?:be|take\s+effect|come\s+into|apply|start|begin|kick\s+in|go\s+up|rise)\b)"
)
_MODAL = re.compile(r"\b(?:will|would|could|may|might)\s+$")
# A reporting verb said by a person or a group: "Economists warned the duties would…",
# "Analysts expect the duties to squeeze carmakers…". The forecast is theirs, a source named.
_REPORTING = re.compile(
    r"\b(?:warned|warns|warn|expect|expects|predicted|predicts|predict|forecast|forecasts"
    r"|fear|fears|feared|believe|believes|believed|hinted|cautioned)\b(?!\s+to\b)"
)
# The outlet's inference of what the event makes likely, its last words: "The fragile
# arithmetic means a fresh election within a year is likely." A forecast with a verb after
# "likely to" is the forecast markers'.
_INFERENCE = re.compile(
    r"\bmeans?\s+(?:that\s+)?(?:[\w'’-]+\s+){1,10}?(?:is|are)\s+"
    r"(?:now\s+|increasingly\s+|highly\s+|more\s+|all\s+but\s+)?"
    r"(?:likely|inevitable|unavoidable)\W*$",
    re.IGNORECASE,
)
# A loss the event "has already cost" a party, in round words no figure rule reads ("has
# already cost Auckland's online retailers millions of dollars"): the outlet's own tally.
_TOLL = re.compile(
    r"\b(?:has|have|had)\s+already\s+cost\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:tens|hundreds)\s+of\s+)?(?:millions|billions)\b"
    # People, not money: "has already cost millions their jobs".
    r"(?!\s+(?:their|his|her|its|our|your)\b)"
    # Money, not "millions of viewers".
    r"(?!\s+of\s+(?!(?:dollars|pounds|euros|yen|yuan|rupees|francs|kronor|krone|rand|pesos"
    r"|won|reais|naira|shillings|ringgit|baht|lira|zloty)\b))",
    re.IGNORECASE,
)

# A standing told "has long been one of" the best or biggest ("Rowing has long been one of
# Britain's most successful Olympic sports"): a hedged record, as "one of the largest" is to
# FC113, that a reader knows or looks up, no verdict of the outlet's own.
_STANDING = re.compile(r"\s+one\s+of\b", re.IGNORECASE)

# Where the subject's clause ends: a later clause ("…, and on Tuesday two more suspended
# routes") tells the news without making the subject's claim the event's.
_CLAUSE_END = re.compile(r",\s+(?:and|but|with|while|as|although|though)\b|;|\s[—–]\s")


@dataclass(frozen=True)
class _Markers:
    quantified: re.Pattern[str]  # "Many schools", "Several other universities"
    generalising: re.Pattern[str]  # what makes the quantified subject's claim general
    spread: re.Pattern[str] | None  # "Utilities across the region"
    evaluations: re.Pattern[str] | None  # "among the highest"
    verdicts: re.Pattern[str] | None  # "has been criticised", "have left many"
    happenings: re.Pattern[str] | None  # "storm", "derailment": the event itself
    consequences: re.Pattern[str] | None  # "will delay at least four other projects"
    forecasts: re.Pattern[str] | None  # "is likely to provoke protests"
    outlooks: re.Pattern[str] | None  # "is likely to be ordered to…", "to leave shelves short"
    durations: re.Pattern[str] | None  # "will remain closed until at least Monday"
    motives: re.Pattern[str] | None  # "to protect margins", "after being promised posts"
    neglect: re.Pattern[str] | None  # "had not been cleaned since last October"
    causes: re.Pattern[str] | None  # "The fire was started by …"
    flat_causes: re.Pattern[str] | None  # "stemmed from", "was held down by", "switched off"
    prospects: re.Pattern[str] | None  # "is likely to cost …", "is expected to open …"
    knock_ons: re.Pattern[str] | None  # "will force …, driving up freight costs"
    damages: re.Pattern[str] | None  # "damage", "decay": what "dates to … when" lays a cause on
    parties: frozenset[str]  # "Residents", "Investigators": the event's own people
    outcomes: frozenset[str]  # "ruling", "decision": what "is expected to" have a consequence
    measures: frozenset[str]  # "turnout", "sales": what a cause passive moves
    troubles: frozenset[str]  # "problems", "delays": what "stemmed from" a cause
    people: frozenset[str]  # "striker", "defendant": a person's role or kind
    bodies: frozenset[str]  # "union", "operators": a group that speaks or acts
    counted: re.Pattern[str] | None  # "Several thousand fans": a count, no class
    spans: re.Pattern[str]  # "in recent years", "since 2010"
    lasting: re.Pattern[str] | None  # "has owned the club since 2019": a tenure, no trend
    records: re.Pattern[str] | None  # "has played … since 2019": a tenure or a record, no trend
    event_states: re.Pattern[str] | None  # "remain without power": the event's aftermath

    def event_news(self, words: str, found: re.Match[str]) -> bool:
        """Whether a verdict or a consequence tells the event's own news: dated to the news
        day ("…, and the mayor apologised on Wednesday"), or told of a happening ("The
        closure will delay other trains", "Floods have left many homes without water")."""
        return _NEWS_DAY.search(words) is not None or (
            self.happenings is not None
            and self.happenings.search(words, 0, found.start()) is not None
        )

    def _cause_of_its_kind(self, words: str, found: re.Match[str]) -> bool:
        """Whether a flat cause is laid on what it lays causes on: a passive on a measure
        ("Turnout was held down by…", not "The marchers were held back by police"), "stemmed
        from" on a trouble ("The problems stemmed from…", not "The nickname stems from a local
        word")."""
        if found.groupdict().get("dating") is not None:
            # "Much of the damage dates to…": the damage may be a quantity's ("Much of"), so
            # any word of the subject names it.
            # The damage is the subject of "dates to", not a word before it: "The church, which
            # suffered storm damage in January, dates back to 1486" dates the church.
            return self.damages is not None and (
                self.damages.fullmatch(words, _last_word_start(words, found.start()),
                                       found.start()) is not None
            )  # fmt: skip
        head = _head_noun(words[: found.start()])
        if found.groupdict().get("passive") is not None:
            return head in self.measures
        if found.group().lower().startswith("stem"):
            return head in self.troubles
        return True

    def _forecast_subject(self, words: str, found: re.Match[str]) -> bool:
        """Whether a forecast's subject makes it the outlet's: for "is expected to", a thing
        decided or found ("The ruling is expected to open the door to…"), as a person's, a
        body's or a structure's ("The defendant is expected to give evidence", "The bridge is
        expected to open") is its timetable or plan; for "is likely to", anything but a person
        ("Son Heung-min is likely to lead the line", "He is likely to start"): team news."""
        subject = words[: found.start()].strip()
        head = _head_noun(subject)
        if "expected" in found.group().lower():
            return _THING_SUBJECT.match(words) is not None and head in self.outcomes
        if _THING_SUBJECT.match(words) is not None:
            return head not in self.people
        return (
            _PRONOUN_SUBJECT.fullmatch(subject) is None
            and _NAME_SUBJECT.fullmatch(subject) is not None
        )

    def party(self, words: str, end: int) -> bool:
        """Whether the subject that ends at ``end`` is a person or a group ("The contractors",
        "Economists", "The RMT"), not a thing ("The bank gave way", "The rain relented")."""
        subject = words[:end]
        head = _head_noun(subject)
        if head in self.people or head in self.parties or head in self.bodies:
            return True
        if head.endswith("s") and head[:-1] in self.people | self.bodies:
            return True
        # A name past the sentence's first word ("The RMT"): the first is capitalised anyway.
        named = re.search(r"(?<=\s)[A-Z][\w'’-]*\s*$", subject)
        return named is not None

    def find(self, words: str, measured: bool) -> re.Match[str] | None:
        """The sentence's first marker of a general claim; ``measured`` when it gives an
        amount of money or a percentage."""
        news_day = _NEWS_DAY.search(words) is not None
        quantified = self.quantified.search(words)
        general = (
            self.generalising.search(words, quantified.end()) if quantified is not None else None
        )
        if (
            quantified is not None
            and not news_day
            and general is not None
            # "Several thousand fans are expected to attend": the event's crowd, no class.
            and not (
                self.counted is not None
                and self.counted.match(words, quantified.start())
                and general.group().lower().endswith(" to")
            )
            and (
                self.event_states is None
                or not self.event_states.search(words, quantified.end())
                or _HABITUAL.search(words, quantified.end()) is not None
            )
        ):
            return quantified
        found = _CLASS_SINCE.search(words)
        if (
            found is not None
            and not news_day
            and found.group("class").lower() not in self.parties
            and (self.happenings is None or self.happenings.search(words) is None)
        ):
            return found
        spread = self.spread.search(words) if self.spread is not None else None
        if spread is not None:
            end = _CLAUSE_END.search(words, spread.end())
            clause = words[: end.start() if end is not None else len(words)]
            verb = _SPREAD_VERB.search(clause, spread.end())
            if _NEWS_DAY.search(clause) is None and (
                verb is None or verb.group("event") is None or _YEARS_FRAME.search(words)
            ):
                return spread
        found = self.evaluations.search(words) if self.evaluations is not None else None
        if (
            found is not None
            and not (found.group().lower().endswith("ed") and _AGENT.match(words, found.end()))
            and _STANDING.match(words, found.end()) is None
        ):
            return found
        found = self.verdicts.search(words) if self.verdicts is not None else None
        if (
            found is not None
            and not (found.group().lower().endswith("ed") and _AGENT.match(words, found.end()))
            and not self.event_news(words, found)
        ):
            return found
        found = self.consequences.search(words) if self.consequences is not None else None
        if found is not None and not self.event_news(words, found):
            return found
        found = self.forecasts.search(words) if self.forecasts is not None else None
        if found is not None and not self.event_news(words, found):
            return found
        found = self.outlooks.search(words) if self.outlooks is not None else None
        if found is not None and not self.event_news(words, found):
            return found
        found = self.durations.search(words) if self.durations is not None else None
        # The day a forecast runs to ("until at least Monday") dates no state to the news day:
        # only a happening it is told of ("The flood will keep the road shut until…") makes
        # it the event's own news.
        if (
            found is not None
            and _TERM.search(words, found.end()) is None
            and not (
                self.happenings is not None
                and self.happenings.search(words, 0, found.start()) is not None
            )
        ):
            return found
        found = self.motives.search(words) if self.motives is not None else None
        if (
            found is not None
            and _PLANNED.search(words, 0, found.start()) is None
            # A party gives way, not a river bank or the rain.
            and (found.groupdict().get("yielded") is None or self.party(words, found.start()))
        ):
            return found
        found = self.neglect.search(words) if self.neglect is not None else None
        if found is not None:
            return found
        found = self.causes.search(words) if self.causes is not None else None
        if found is not None:
            return found
        found = self.flat_causes.search(words) if self.flat_causes is not None else None
        # A share of a figure's move ("rose 2%, partly because of a weaker dollar", "The gains
        # were partly because of…") is a market's or a table's explanation, not a motive laid
        # on anyone.
        if (
            found is not None
            and not measured
            and _COPULA_BEFORE.search(words, 0, found.start()) is None
            and self._cause_of_its_kind(words, found)
        ):
            return found
        found = self.knock_ons.search(words) if self.knock_ons is not None else None
        # Told in the future ("The shutdown will force lorries onto the Frejus route, driving
        # up freight costs"): the outlet's forecast; in the past or the present ("Fuel prices
        # have been driving up costs") a trend, and with an amount ("…, pushing up fares by
        # 5%") a figure, the figure rules' to check.
        if (
            found is not None
            and not news_day
            and not measured
            and (own_future := _OWN_FUTURE.search(words, 0, found.start())) is not None
            # A party's plan ("May Holdings will open a plant, pushing up output"), not the
            # outlet's forecast of what the event does.
            and not self.party(words, _MODAL.search(own_future.group()).start())
        ):
            return found
        found = _INFERENCE.search(words)
        if found is not None and not news_day:
            return found
        found = _TOLL.search(words)
        if found is not None and not measured:
            return found
        found = self.prospects.search(words) if self.prospects is not None else None
        if (
            found is not None
            and _prospect_open(words, found)
            and self._forecast_subject(words, found)
            and not self.event_news(words, found)
        ):
            return found
        found = self.spans.search(words)
        perfect = _PERFECT.search(words, 0, found.start()) if found is not None else None
        # "has spent $1.4 billion since 2017", "has jumped 85% over the past year": a statistic,
        # the figure rules' to check (FC106, FC109), not background told in general words.
        if (
            found is not None
            and perfect is not None
            and not measured
            and (self.lasting is None or self.lasting.search(words, 0, found.start()) is None)
            and (
                self.records is None
                or not (
                    _COUNTED_SPAN.fullmatch(found.group()) is not None
                    or (
                        found.group().lower().startswith("since")
                        and any(char.isdigit() for char in found.group())
                    )
                )
                or self.records.search(words, perfect.end(), found.start()) is None
            )
        ):
            return found
        return None


def _spans_of(markers: _Markers, words: str) -> frozenset[str]:
    """The dated spans of time a sentence tells ("since 2011"), folded to one spelling, and a
    state that has lasted long ("have long been tense", "strained for years"). Not "in recent
    years": any two sentences of background may tell it."""
    dated = (
        " ".join(found.group().lower().split())
        for found in markers.spans.finditer(words)
        if any(char.isdigit() for char in found.group())
    )
    return frozenset((*dated, *(("long",) if _LONG.search(words) else ())))


def _root(word: str) -> str:
    """A content word's root past the endings its stem keeps: "closures" and "closed" tell one
    claim, "library" and "libraries" one subject."""
    if word.endswith("ur") and len(word) - len("ur") >= 4:
        return word[: -len("ur")]
    if word.endswith("i") and len(word) >= 5:
        return word[:-1] + "y"
    return word


# A figure's unit and its magnitude tell no claim: two sentences on one auction share "Rs" and
# "crore" whatever each tells ("kept bids below Rs 5 crore", "spent Rs 693 crore").
_UNITS = frozenset(
    content_words(
        "rs rupees rupee crore crores lakh lakhs million millions billion billions trillion "
        "bn euros euro dollars dollar pounds rupiah yen yuan francs kronor percent cent"
    )
)


def _words(text: str) -> frozenset[str]:
    """A sentence's content words and its years: "since 2010" and "in 2010" tell one year,
    the words around it the claim."""
    return frozenset((*(w for w in content_words(text) if w not in _UNITS), *_YEAR.findall(text)))


def _kin(params: UnsourcedBackgroundParams) -> dict[str, str]:
    """Each word of a group of kin, as its root, to the group's first."""
    return {
        _root(stem): _root(content_words(group[0])[0])
        for group in params.kin
        for word in group
        for stem in content_words(word)
    }


def _alternatives(phrases: list[str]) -> str:
    ordered = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)
    return "|".join(reversed(ordered))


def _markers(params: UnsourcedBackgroundParams) -> _Markers:
    quantified = compile_built(
        rf"{_OPENING}(?:{_alternatives(params.quantifiers)})\s+(?!of\b)(?:other\s+)?{_PLURAL}",
        re.IGNORECASE,
    )
    spread = (
        compile_built(
            rf"{_OPENING}(?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*[a-rt-z]s\s+"
            rf"(?:{_alternatives(params.spreads)})\s+(?:the\s+)?\w+"
        )
        if params.spreads
        else None
    )
    lasting = (
        compile_built(rf"\b(?:{_alternatives(params.lasting)})\b", re.IGNORECASE)
        if params.lasting
        else None
    )
    verb = r"(?:remain|remains|remained|still|lack|lacks)"
    event_states = (
        compile_built(
            rf"\b{verb}\s+(?:(?:remain|be|are|is|lack|lacks)\s+)?"
            rf"(?:{_alternatives(params.event_states)})\b",
            re.IGNORECASE,
        )
        if params.event_states
        else None
    )
    reactions = "|".join(
        (
            *([_alternatives(params.reactions)] if params.reactions else []),
            *(
                [
                    rf"(?:{_alternatives(params.backlash_verbs)})(?=\s+(?:[a-z]+\s+){{0,2}}?"
                    rf"(?:{_alternatives(params.backlash)})\b)"
                ]
                if params.backlash_verbs and params.backlash
                else []
            ),
        )
    )
    return _Markers(
        quantified=quantified,
        parties=frozenset(word.lower() for word in params.parties),
        outcomes=frozenset(word.lower() for word in params.outcomes),
        measures=frozenset(word.lower() for word in params.measures),
        troubles=frozenset(word.lower() for word in params.troubles),
        people=frozenset(word.lower() for word in params.people),
        bodies=frozenset(word.lower() for word in params.bodies),
        counted=(
            compile_built(
                rf"{_OPENING}(?:\w+\s+)?(?:other\s+)?(?:{_alternatives(params.counts)})\b",
                re.IGNORECASE,
            )
            if params.counts
            else None
        ),
        generalising=compile_built(rf"\b(?:{_alternatives(params.generalising)})\b", re.I),
        spread=spread,
        evaluations=hedge_pattern(params.evaluations) if params.evaluations else None,
        verdicts=hedge_pattern(params.verdicts) if params.verdicts else None,
        happenings=(
            compile_built(rf"\b(?:{_alternatives(params.happenings)})(?:s|es)?(?:['’]s?)?\b", re.I)
            if params.happenings
            else None
        ),
        spans=compile_built(
            rf"\b(?:{_SINCE_YEAR}|{_COUNTED}|{_alternatives(params.spans)})\b", re.I
        ),
        forecasts=(
            compile_built(
                r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?:un)?likely\s+to\s+"
                rf"(?:{reactions})\b",
                re.IGNORECASE,
            )
            if reactions
            else None
        ),
        outlooks=_outlooks(params),
        flat_causes=_flat_causes(params),
        knock_ons=(
            compile_built(
                # A clause of its own after a comma: "will push up prices" is as often a
                # party's plan ("The firm will push up prices in April").
                rf"(?<=, )(?:{_alternatives(params.knock_ons)})\s+(?:[\w'’-]+\s+){{0,2}}?"
                rf"(?:{_alternatives(params.measures)})\b",
                re.IGNORECASE,
            )
            if params.knock_ons and params.measures
            else None
        ),
        damages=(
            # The word right before "dates to", and the space after it.
            compile_built(rf"(?:{_alternatives(params.damages)})\s+", re.IGNORECASE)
            if params.damages
            else None
        ),
        prospects=(
            compile_built(
                # Not "to be …": a passive forecast is mostly a timetable ("is expected to be
                # named", "to be completed"), and a sanction an outlook's. Nor a verb an
                # outlook or a backlash tells only with its own words after it ("push … to
                # consider", "leave … short of", "draw criticism"): "is likely to push him
                # down the pecking order", "attract bidders" are analysis.
                rf"{_LIKELY}(?!(?:be|leave|{_alternatives(unopen)})\b)[a-z]+\b",
                re.IGNORECASE,
            )
            if (unopen := [*params.schedules, *params.pressures, *params.backlash_verbs])
            else None
        ),
        durations=(
            compile_built(
                rf"\b(?:will|{_LIKELY})\s*(?:{_alternatives(params.lasting_states)})\s+"
                r"(?:[\w-]+\s+){0,3}?(?:until|for)\s+at\s+least\b",
                re.IGNORECASE,
            )
            if params.lasting_states
            else None
        ),
        motives=_motives(params),
        neglect=(
            compile_built(
                rf"\b(?:has|have|had)(?:n['’]t|\s+not|\s+(?P<never>never))\s+been\s+"
                rf"(?:[a-z]+ly\s+)?(?:{(upkeep := _alternatives(params.upkeep))})"
                rf"(?:(?:,\s*|\s+(?:or|and|nor)\s+)(?:{upkeep}))*"
                rf"(?(never)|\s+{_NEGLECT_SPAN})",
                re.IGNORECASE,
            )
            if params.upkeep
            else None
        ),
        causes=(
            compile_built(
                rf"\b(?:{_alternatives(params.happenings)})(?:s|es)?\s+(?:was|were|had\s+been"
                rf"|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?P<cause>{_alternatives(params.causes)})"
                r"\s+by\b",
                re.IGNORECASE,
            )
            if params.causes and params.happenings
            else None
        ),
        consequences=(
            compile_built(
                rf"\b(?:will|would|could)\s+(?:also\s+)?(?:{_alternatives(params.consequences)})"
                r"\s+(?:[\w-]+\s+){0,3}?other\b(?=\s+[a-z])",
                re.IGNORECASE,
            )
            if params.consequences
            else None
        ),
        lasting=lasting,
        records=(
            compile_built(rf"\b(?:{_alternatives(params.records)})\b", re.IGNORECASE)
            if params.records
            else None
        ),
        event_states=event_states,
    )


def _outlooks(params: UnsourcedBackgroundParams) -> re.Pattern[str] | None:
    """The outlet's forecast of what the event will bring, after "is likely to" or "is
    expected to": a sanction ("is likely to be ordered to close the stand"), a party pressed
    to act ("are expected to push the committee to consider…") or a harm left ("is likely to
    leave shelves short of formula")."""
    kinds = []
    if params.sanctions:
        kinds.append(rf"be\s+(?:[a-z]+ly\s+)?(?:{_alternatives(params.sanctions)})\b")
    if params.pressures:
        kinds.append(
            rf"(?:{_alternatives(params.pressures)})\s+{_NOT_A_PARTICLE}"
            rf"(?:[\w'’.-]+\s+){{1,6}}?to\s+"
            rf"{_NOT_A_DEED}[a-z]+\b"
        )
    if params.shortfalls:
        kinds.append(rf"leave\s+(?:[\w'’-]+\s+){{1,4}}?(?:{_alternatives(params.shortfalls)})\b")
    if params.pressures and params.setbacks:
        # A project pushed past its date: "is expected to push several solar farms past
        # their 2026 completion dates".
        kinds.append(
            rf"(?:{_alternatives(params.pressures)})\s+(?:[\w'’.-]+\s+){{1,8}}?"
            rf"(?:past|beyond)\s+(?:its|their|the|a)\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{_alternatives(params.setbacks)})\b"
        )
    if not kinds:
        return None
    return compile_built(rf"{_LIKELY}(?:{'|'.join(kinds)})", re.IGNORECASE)


def _flat_causes(params: UnsourcedBackgroundParams) -> re.Pattern[str] | None:
    """A cause or a motive told flat: "The problems stemmed from…", "moved quickly in part
    because of pressure from…", "Turnout was held down by…", "The signs had been switched off
    … at the time"."""
    kinds = []
    if params.flat_causes:
        kinds.append(rf"\b(?:{_alternatives(params.flat_causes)})\b")
    if params.cause_passives:
        kinds.append(
            r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
            rf"(?P<passive>{_alternatives(params.cause_passives)})\s+by\b"
        )
    if params.disabled:
        kinds.append(
            r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?"
            rf"(?P<off>{_alternatives(params.disabled)})\b(?=[^.;]*?\bat\s+the\s+time\b)"
        )
    if params.damages:
        # A damage dated to what began it: "Much of the damage dates to the summer of 2022,
        # when thieves stripped lead from the roof". Not "The chapel dates to 1350" (no
        # damage, see `_cause_of_its_kind`) nor a date with no happening after it.
        kinds.append(
            r"\b(?P<dating>dates|date|dated)\s+(?:back\s+)?to\b"
            r"(?=[^.;]*?(?:,\s*|\s)(?P<begun>when|after)\s)"
        )
    return compile_built("|".join(kinds), re.IGNORECASE) if kinds else None


# A copula right before a hedged cause: "The gains were partly because of…".
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s*$", re.IGNORECASE)


# A time or an amount in a forecast's clause makes it a timetable or an estimate ("is expected
# to close in the first half of 2025", "is likely to take three weeks", "is expected to cost
# about $40 million"): the event's plan, or a figure the figure rules check.
_TIMETABLE = re.compile(
    r"\d|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct"
    r"|Nov|Dec|today|tonight|tomorrow|next|later|soon|shortly|within|until|before|by\s+the\s+end"
    r"|spring|summer|autumn|winter|season|spell|period|meantime|interim|rest\s+of|remainder"
    r"|this\s+(?:year|month|week|season|summer|autumn|fall|winter|spring|weekend|quarter)"
    r"|(?:days|weeks|months|years|quarter|half|million|billion|per\s+cent|percent))\b"
)
# Where a forecast's clause ends: "…, which stands at £22.5m…", "…, as France has done since
# 2025" tell no more of the forecast; a comma of an aside ("…staff, minus two, for that
# spell") does not end it.
_FORECAST_END = re.compile(
    r",\s+(?:which|where|who|whose|when|as|while|and|but|though|although|after|[a-z]+ing)\b"
    r"|[;:(]|\s[—–-]\s"
)


# A sentence opening on a thing ("The ruling", "This decision"), not a party named or a
# pronoun ("Eastwater is expected to appeal", "He is expected to start").
_THING_SUBJECT = re.compile(r"^\W*(?:The|This|That|These|Those|Its|Their|Such|Any)\b")


# A person told by a pronoun: "He is likely to start".
_PRONOUN_SUBJECT = re.compile(r"\W*(?:he|she|they|we|i|you)", re.IGNORECASE)
# A name told alone, one capitalised word, which a company's mostly is ("Redwater is likely to
# come back with a rival offer"); a name of two or more ("Son Heung-min") is mostly a person's,
# and a surname alone is caught against the article's text (see `_person_named`).
_NAME_SUBJECT = re.compile(r"\W*[A-Z][\w&.]*")
# Where a subject's head noun ends: "The losses at the unit", "Sales of new cars".
_SUBJECT_TAIL = re.compile(
    r"\s(?:of|at|in|on|for|from|by|with|to|over|into|across|among|since)\s.*$", re.IGNORECASE
)
# An auxiliary or an adverb before the marker: "The problems have largely stemmed from".
_AUXILIARY = re.compile(
    r"^(?:is|are|was|were|has|have|had|been|be|will|would|may|might|could|also|now|all|"
    r"[a-z]+ly)$",
    re.IGNORECASE,
)


def _last_word_start(words: str, end: int) -> int:
    """Where the word that ends before ``end`` begins."""
    return max(words.rfind(" ", 0, max(0, end - 1)) + 1, 0)


def _head_noun(subject: str) -> str:
    """The head noun of the subject before a marker, lower case and bare: "The club's nickname,
    the Trotters," → "trotters"; "Sales of new cars" → "sales"."""
    parts = [part for part in re.split(r"[,;:—–(]", subject) if part.strip()]
    phrase = _SUBJECT_TAIL.sub("", parts[-1]) if parts else ""
    words = [word for word in re.findall(r"[\w'’-]+", phrase) if not _AUXILIARY.match(word)]
    return re.sub(r"['’]s?$", "", words[-1]).lower() if words else ""


def _person_named(text: str, words: str, found: re.Match[str]) -> bool:
    """Whether a name alone before a forecast is a person's surname: printed elsewhere in the
    article after a capitalised name word ("Harry Kane", "Mr Kane"), as a company's name is
    not ("grain trader Redwater")."""
    name = words[: found.start()].strip()
    return (
        _THING_SUBJECT.match(words) is None
        and _NAME_SUBJECT.fullmatch(name) is not None
        and re.search(rf"\b(?!(?:{_FUNCTION_WORDS})\b)[A-Z][\w.'’-]*\s+{re.escape(name)}\b", text)
        is not None
    )


# Capitalised words that open a sentence or a phrase before a name without being a name.
_FUNCTION_WORDS = (
    "The|A|An|In|At|On|For|From|By|With|And|But|If|When|As|While|After|Before|Since|Its|"
    "Their|His|Her|Our|That|This|Then|So|Yet|Under|Without|About|Against|Over|Both|Neither"
)


def _prospect_open(words: str, found: re.Match[str]) -> bool:
    """Whether the outlet's forecast is open-ended, not a timetable, an estimate or a plan: no
    time or amount in its clause ("is likely to cost the club part of its funding", not "is
    expected to close in the first half of 2025"), and what a party named "is expected to" do
    is its plan, told ("Eastwater is expected to appeal"), while what it "is likely to" do is
    the outlet's guess."""
    end = _FORECAST_END.search(words, found.end())
    if _TIMETABLE.search(words, found.start(), end.start() if end else len(words)) is not None:
        return False
    return "expected" not in found.group().lower() or _THING_SUBJECT.match(words) is not None


def _motives(params: UnsourcedBackgroundParams) -> re.Pattern[str] | None:
    """A party's motive told in the outlet's voice: a purpose of gain ("to protect margins",
    "to shore up its majority") or an inducement ("after being promised posts")."""
    kinds = []
    if params.motive_verbs and params.interests:
        kinds.append(
            rf"\bto\s+(?:{_alternatives(params.motive_verbs)})\s+"
            r"(?:(?:their|its|his|her|the)\s+)?(?:[\w-]+\s+)?"
            rf"(?:{_alternatives(params.interests)})\b"
        )
    if params.inducements:
        kinds.append(
            r"\bafter\s+(?:being|(?:he|she|they|it)\s+(?:was|were|had\s+been))\s+"
            rf"(?:[a-z]+ly\s+)?(?:{_alternatives(params.inducements)})\b"
        )
    if params.concessions:
        # A party that gave way, and the threat that moved it: "The contractors gave ground
        # after two operators threatened to bring the work in-house".
        kinds.append(
            rf"\b(?P<yielded>{_alternatives(params.concessions)})\b[^.;]{{0,40}}?\bafter\s+"
            r"(?:[\w'’-]+\s+){1,8}?(?:had\s+)?threatened\s+to\b"
        )
    return compile_built("|".join(kinds), re.IGNORECASE) if kinds else None


# The words of a forecast's hedge, that any forecast tells: "is likely to", "are expected to".
_HEDGE_WORDS = frozenset(content_words("likely expected"))


def _claim_words(marker: str) -> frozenset[str]:
    """The content words of a marker that tell its claim, past the hedge ("is likely to be
    ordered": "ordered"; "had not been cleaned … since": "cleaned")."""
    return frozenset(content_words(marker)) - _HEDGE_WORDS


def _told(own: frozenset[str], other: frozenset[str], params: UnsourcedBackgroundParams) -> bool:
    """Whether another article's sentence tells this one's claim: enough of the shorter's
    content words shared. A long sentence of background shares three words with some sentence
    about the event ("utilities", "cut", "heat"), not half of them. A year both tell counts as
    a word shared, though not one a sentence must share: one without a year is no longer."""
    shared = len(own & other)
    # Counted only past the cheap test: each claim is weighed against every sentence of the
    # other articles, thousands in a long one.
    if shared < params.min_shared:
        return False
    lengths = (sum(1 for word in words if not word.isdigit()) for words in (own, other))
    return shared >= params.min_overlap * min(lengths)


_SAME_STEM = 5  # letters two words must share from their start to be one ("control", "controll")


def _told_with_span(
    own: frozenset[str],
    other: frozenset[str],
    params: UnsourcedBackgroundParams,
    kin: dict[str, str],
    dated: bool,
) -> bool:
    """Whether another article's sentence that tells the same span of time ("since 2011")
    tells this one's claim: fewer of its words need be shared then, the span pinning the fact
    ("control of the Senate for the first time since 2011", "the Senate, which Republicans
    have controlled since 2011"); one a word's stem begins the other's counts as shared, and
    so does its kin ("relations have long been tense", "ties have been strained for years").
    A span ``dated`` by a year pins the fact; one that has only lasted long ("for years") many
    sentences of background tell, so half the shorter's words must be shared then too."""
    # The years are the span itself, no word of the claim.
    own, other = (
        frozenset(kin.get(_root(word), _root(word)) for word in words if not word.isdigit())
        for words in (own, other)
    )
    shared = _shared(own, other)
    return shared >= params.min_shared_with_span and (
        dated or shared >= params.min_overlap * min(len(own), len(other))
    )


def _shared(own: frozenset[str], other: frozenset[str]) -> int:
    """How many of ``own``'s words ``other`` tells, one a word's stem begins counting too."""
    return sum(
        1
        for word in own
        if word in other
        or any(
            len(short) >= _SAME_STEM and long.startswith(short)
            for theirs in other
            for short, long in (sorted((word, theirs), key=len),)
        )
    )


# A marker's words that carry no sense of its own ("will … other", "for the past … years").
_SENSELESS = frozenset(
    "but and yet will would could shall also has have had been be at least other the for "
    "past last straight consecutive since of a an in over is are was were".split()
)


def _one_word(word: str, theirs: str) -> bool:
    return word == theirs or (len(word) >= _SAME_STEM and theirs.startswith(word[:_SAME_STEM]))


@lru_cache(maxsize=1 << 14)
def _stems(tokens: frozenset[str]) -> frozenset[str]:
    """The first `_SAME_STEM` letters of the tokens that have as many: a word of that many
    letters or more is `_one_word` with one of ``tokens`` that is not itself exactly when its
    own first letters are among them."""
    return frozenset(token[:_SAME_STEM] for token in tokens if len(token) >= _SAME_STEM)


def _sense(found: re.Match[str], quantified: bool, senses: list[list[str]]) -> list[frozenset[str]]:
    """The marker's words, each with the words another article may tell it in: "Most" and
    "majority", "will delay other" and "disrupted", "for two years" and "the past two years".
    A quantified subject's sense is its quantifier; its noun is the claim's."""
    words = [
        word
        for word in re.findall(r"[a-z]+|\d+", found.group().lower())
        if word not in _SENSELESS and len(word) > 1
    ]
    if quantified:
        words = words[:1]
    if "cause" in found.groupdict():
        # The happening is the claim's subject, the cause its verb: "was sparked by" tells it.
        words = [found.group("cause").lower()]
    return [_with_kin(word, senses) for word in words]


def _with_kin(word: str, senses: list[list[str]]) -> frozenset[str]:
    kin = (other for group in senses if any(_one_word(word, g) for g in group) for other in group)
    return frozenset((word, *kin))


def _specific(markers: _Markers, found: re.Match[str], sense: list[frozenset[str]]) -> bool:
    """Whether a marker's sense is narrow enough that a sourced sentence telling it and two
    more of the claim's words tells the claim: a verdict, a consequence, a span counted in
    years, a quantifier with kin ("most", "the majority"). "Many" or "for years" many a
    sentence about the event tells."""
    if found.re in (markers.verdicts, markers.consequences, markers.forecasts, markers.causes):
        return True
    if _COUNTED_SPAN.fullmatch(found.group()) is not None:
        return True
    return found.re is markers.quantified and all(len(kin) > 1 for kin in sense)


def _told_in_sense(
    own: frozenset[str],
    sense: list[frozenset[str]],
    other_words: frozenset[str],
    other_tokens: frozenset[str],
    params: UnsourcedBackgroundParams,
    kin: dict[str, str],
) -> bool:
    """Whether a sourced sentence of another article tells the claim in its own words: each
    of the marker's words, or its kin, there, and enough content words besides ("Most
    customers now have power again" / "power had been restored to most customers, ESB
    said")."""
    if not sense:
        return False
    # `_one_word` against each of their tokens, as two lookups: the token itself, or a token
    # of `_SAME_STEM` letters or more opening as the word does (kept per sentence: each claim
    # is weighed against every sourced sentence of the other articles).
    stems = _stems(other_tokens)
    if not all(
        any(word in other_tokens or (len(word) >= _SAME_STEM and word[:_SAME_STEM] in stems)
            for word in kin)
        for kin in sense
    ):  # fmt: skip
        return False
    besides = frozenset(
        kin.get(_root(word), _root(word))
        for word in own
        if not word.isdigit() and not any(_one_word(k, word) for group in sense for k in group)
    )
    theirs = frozenset(kin.get(_root(word), _root(word)) for word in other_words)
    return _shared(besides, theirs) >= params.min_shared_with_sense


# A forecast of how long a state lasts, in any words: "will remain closed until next week",
# "will run for at least twelve weeks", "would stay shut for a month".
_LASTING_FORECAST = re.compile(
    r"\b(?:will|would|to|['’]ll)\s+(?:[a-z]+ly\s+)?(?:remain|stay|be|last|run|continue|keep"
    r"|persist)\b[^.;]*?\b(?:until|till|through|for\s+(?:at\s+least|up\s+to|about|around"
    r"|another|the\s+next|an?\s+(?:day|week|fortnight|month|year)|[\w-]+\s+(?:days|weeks|months"
    r"|years)))\b",
    re.IGNORECASE,
)


# A term agreed, not a forecast: "will stay at the Emirates until at least 2029 under the deal".
_TERM = re.compile(
    r"\bunder\s+(?:the|a|an|his|her|its|their|this|that|which)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deal|contract|agreement|terms|lease|licen[cs]e|arrangement|settlement)\b",
    re.IGNORECASE,
)
# The day or year a forecast runs to: "until at least 2029", "until at least Monday".
_UNTIL = re.compile(r"\buntil\s+(?:at\s+least\s+)?(?P<end>[A-Z][a-z]+|\d{4})\b")


def _duration_told(ctx: CheckContext, article_id: str, words: str, found: re.Match[str]) -> bool:
    """Whether another article forecasts, in its own words, how long the same thing lasts:
    "The museum will stay closed until at least Monday" and "The museum … will remain closed
    until next week", "The price cuts will last for at least 12 weeks" and "The cuts … will
    run for at least twelve weeks". The thing is the forecast's subject, the words before it;
    with none named, any such forecast tells it. A sentence that ends a thing on the same day
    or year tells it in any words ("will stay until at least 2029" and "a contract that runs
    until 2029")."""
    subject = frozenset(content_words(words[: found.start()]))
    until = _UNTIL.search(words, found.start())
    for extraction in ctx.extractions:
        if extraction.article_id == article_id:
            continue
        text = ctx.article(extraction.article_id).text
        for sentence in extraction.sentences:
            theirs = sentence.slice(text)
            if until is not None and any(
                end.group("end") == until.group("end") for end in _UNTIL.finditer(theirs)
            ):
                return True
            forecast = _LASTING_FORECAST.search(theirs)
            if forecast is not None and (
                not subject or subject & frozenset(content_words(theirs[: forecast.end()]))
            ):
                return True
    return False


_HAPPENING_STEM = 4  # letters of a happening's word another tells it by ("closure", "closed")


def _cause_told(words: str, found: re.Match[str], theirs: frozenset[str]) -> bool:
    """Whether another article's sentence tells the cause in its own words, in any voice: two
    content words of the agent after "by" ("caused by a fault at a substation" / "A fault at a
    substation left 50,000 homes without power"), or one and the happening ("triggered by the
    discovery of asbestos" / "The school closed after asbestos was found")."""
    # A name in the agent tells where, not what ("a discarded cigarette near Pell Quarry"):
    # a sentence about the place shares it whatever it tells.
    agent = frozenset(
        word
        for word in content_words(re.sub(r"\b[A-Z][\w'’-]*", " ", words[found.end() :]))
        if word not in _UNITS
    )
    shared = _shared(agent, theirs)
    if shared >= 2:
        return True
    happening = content_words(words[found.start() : found.start("cause")])
    return shared >= 1 and any(
        theirs_word.startswith(word[:_HAPPENING_STEM])
        for word in happening[:1]
        for theirs_word in theirs
        if len(word) >= _HAPPENING_STEM
    )


# Words that lay a cause in any voice: "dragged down by China", "blamed on", "because of", or
# tell it as what came first: "a day after his party withdrew its support".
_CAUSE_STEMS = ("because", "caus", "blam", "stem", "due", "driven", "dragged", "weighed",
                "held", "kept", "pushed", "result", "fuel", "hamper", "depress", "dampen",
                "lobb", "switch", "disabl", "turned", "after", "amid", "following")  # fmt: skip
# Words that put a safeguard out of action: "switched off", "silenced", "disabled".
_OFF_STEMS = ("switch", "turned", "shut", "disabl", "silenc", "deactiv", "broke", "fault",
              "fail", "working", "service", "order", "action")  # fmt: skip
# Where a cause's agent ends: "by China, where it competes…" names China alone.
_AGENT_END = re.compile(r"[,;:(]|\s[—–-]\s|\b(?:which|where|who|that|when|while)\b")


def _flat_cause_told(
    words: str, found: re.Match[str], theirs: frozenset[str], tokens: frozenset[str]
) -> bool:
    """Whether another article's sentence lays the same cause in its own words: a word of
    cause and the agent's words, a name among them ("International results were weighed down
    by China" / "comparable sales slipped 1.1%, dragged down by China"). The words the claim
    tells before its marker are its subject, told by every sentence on the event."""
    subject = frozenset(content_words(words[: found.start()]))
    if found.groupdict().get("off") is not None:
        # A safeguard out of action is told by its own words and any word of the kind: "The
        # monitor's alarm had been switched off" / "a monitor alarm that had been silenced".
        return any(token.startswith(_OFF_STEMS) for token in tokens) and _shared(
            subject, theirs
        ) >= min(2, len(subject))
    if found.groupdict().get("dating") is not None:
        # A damage dated to what began it is told by what began it, its first clause, in any
        # words, its doer among them: "when thieves stripped lead from the north aisle roof" /
        # "Thieves stripped lead from the roof in 2022". A sentence on the repairs shares
        # "lead", "stripped" and "roof" whatever it tells.
        begun = found.end("begun")
        end = _BEGUN_END.search(words, begun)
        agent = [
            word
            for word in content_words(words[begun : end.start() if end else len(words)])
            if word not in _UNITS and word not in subject
        ]
        return (
            bool(agent)
            and _shared(frozenset(agent[:1]), theirs) == 1
            and _shared(frozenset(agent), theirs) >= min(2, len(agent))
        )
    end = _AGENT_END.search(words, found.end())
    agent = frozenset(
        word
        for word in content_words(words[found.end() : end.start() if end else len(words)])
        if word not in _UNITS and word not in subject
    )
    if not agent or not any(token.startswith(_CAUSE_STEMS) for token in tokens):
        return False
    return _shared(agent, theirs) >= min(2, len(agent))


# Where what began a damage ends: "when thieves stripped lead from the roof and rain ran in"
# names the theft.
_BEGUN_END = re.compile(r"[,;:(]|\s[—–-]\s|\b(?:and|which|where|who|that|while|before)\b")


# Words of a rise or a fall: "freight costs will rise", "higher prices".
_MOVE_STEMS = ("rise", "risen", "rising", "rose", "increas", "higher", "soar", "climb", "jump",
               "hike", "inflat", "push", "driv", "forc", "fall", "fell", "lower", "cut", "drop",
               "slump")  # fmt: skip


# What a party pays, one measure in any of its words: "driving up transport costs" / "face
# higher freight charges".
_PAID = frozenset(("cost", "costs", "charge", "charges", "fee", "fees", "price", "prices",
                   "fare", "fares", "bill", "bills"))  # fmt: skip


def _knock_on_told(found: re.Match[str], theirs: frozenset[str], tokens: frozenset[str]) -> bool:
    """Whether another article's sentence tells the knock-on in its own words: the measure it
    moves and a word of a rise or a fall ("driving up freight costs" / "Hauliers face higher
    costs"), in any voice."""
    measure = content_words(found.group())[-1:]
    return (
        bool(measure)
        and (
            _shared(frozenset(measure), theirs) >= 1
            or (measure[0] in _PAID and not _PAID.isdisjoint(tokens))
        )
        and any(token.startswith(_MOVE_STEMS) for token in tokens)
    )


def _inferred_told(found: re.Match[str], theirs: frozenset[str]) -> bool:
    """Whether another article's sentence tells what an inference makes likely, all its words
    (three at most): "means a run-off between Reyes and Soto is inevitable" / "Reyes and Soto
    will meet in a run-off"."""
    inferred = re.search(r"\bmeans?\s+(?:that\s+)?(.*?)\s+(?:is|are)\s", found.group())
    words = frozenset(content_words(inferred.group(1))) if inferred else frozenset()
    return len(words) >= 2 and _shared(words, theirs) >= min(3, len(words))


_TOLL_WORDS = frozenset(content_words("already cost"))


def _one_sided(markers: _Markers, found: re.Match[str]) -> bool:
    """Whether ``found`` is a knock-on, an inference, a loss, a damage dated or a party giving
    way: claims a person's warning or the next sentence's source tells as theirs."""
    groups = found.groupdict()
    return (
        found.re in (markers.knock_ons, _INFERENCE, _TOLL)
        or groups.get("dating") is not None
        or groups.get("yielded") is not None
    )


# A cue said of nothing names no source: "the law says nothing about pools".
# Not "Engineers said little could be done": a source of what follows.
_OF_NOTHING = re.compile(
    r"\s+(?:nothing|little)\b(?!\s+(?:could|can|would|will|was|is|had|has|more|else)\b)",
    re.IGNORECASE,
)


def _names_source(cues: re.Pattern[str], words: str) -> bool:
    """Whether ``words`` name a source: a cue not said of nothing ("…, but it says nothing
    about pools" sources no claim)."""
    return any(_OF_NOTHING.match(words, cue.end()) is None for cue in cited_sources(cues, words))


def _previous(sentences: list[Span], starts: list[int], sentence: Span) -> Span:
    """The sentence before ``sentence`` (itself when it is the first)."""
    return sentences[max(0, bisect_right(starts, sentence.start) - 2)]


def _next_in_paragraph(
    sentences: list[Span], starts: list[int], paragraphs: list[int], sentence: Span
) -> Span | None:
    """The sentence after ``sentence`` in its paragraph, if any."""
    at = bisect_right(starts, sentence.start)
    if at >= len(sentences):
        return None
    following = sentences[at]
    if bisect_right(paragraphs, following.start) != bisect_right(paragraphs, sentence.start):
        return None
    return following


# A record kept by a party named before it: "Police recorded 14 robberies", "The agency logged
# more than 300 complaints". Not a passive ("14 robberies were recorded"): no one keeps it.
_RECORDED = re.compile(
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\b(?:recorded|records|counted|counts|logged|logs|registered)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|over)\s+)?\d",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def _backed_after(
    sentences: list[Span],
    starts: list[int],
    paragraphs: list[int],
    sentence: Span,
    text: str,
    cues: re.Pattern[str],
) -> bool:
    """Whether the next sentence in the paragraph backs a trend or a ranking with a sourced
    count on its subject: "The quarter has suffered a series of raids in recent years. Police
    recorded 14 robberies at jewellery premises in the area in 2023." A quote, a source on
    another matter or a plan after it ("The council said it would spend £2m on the estate")
    backs nothing."""
    following = _next_in_paragraph(sentences, starts, paragraphs, sentence)
    if following is None:
        return False
    theirs = following.slice(text)
    return (
        _DIGIT.search(theirs) is not None
        and _FUTURE.search(theirs) is None
        and (_names_source(cues, theirs) or _RECORDED.search(theirs) is not None)
        and _shared(_subject_words(sentence.slice(text)), _words(theirs)) >= 1
    )


# Where a sentence's subject ends: a comma, a preposition or its verb.
_SUBJECT_END = re.compile(
    r"[,;:(]|\s[—–-]\s|\s(?:of|at|in|on|for|from|by|with|to|over|into|across|among|near|around"
    r"|has|have|had|is|are|was|were|will|would|may|might|could|can)\s",
    re.IGNORECASE,
)


def _subject_words(words: str) -> frozenset[str]:
    """The content words of a sentence's subject, before its first preposition or its verb:
    "Knife crime on the estate has soared" is of knife crime, not of the estate."""
    end = _SUBJECT_END.search(words)
    return frozenset(content_words(words[: end.start() if end else len(words)]))


def _sourced_after(
    sentences: list[Span],
    starts: list[int],
    paragraphs: list[int],
    sentence: Span,
    text: str,
    cues: re.Pattern[str],
    claim: str,
) -> bool:
    """Whether the next sentence of the paragraph names a source for the claim, a word of it
    shared: "The dispute has already cost the airline millions. Chief executive Klaus Berger
    told reporters the walkouts had cost the company 40 million euros"."""
    following = _next_in_paragraph(sentences, starts, paragraphs, sentence)
    if following is None:
        return False
    theirs = following.slice(text)
    return (
        _names_source(cues, theirs)
        and _shared(frozenset(content_words(claim)) - _HEDGE_WORDS, _words(theirs)) >= 1
    )


def _after_cause_talk(sentences: list[Span], starts: list[int], sentence: Span, text: str) -> bool:
    """Whether the sentence before ``sentence`` speaks of a cause: its source, then, is the
    cause's too. "The fire had burned 100 square kilometres, according to the fire service"
    sources the area burned, not what started the fire."""
    at = bisect_right(starts, sentence.start) - 1
    return at > 0 and _CAUSE_TALK.search(sentences[at - 1].slice(text)) is not None


def check(params: UnsourcedBackgroundParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return  # "that no other article tells" needs another article
    cues = cue_pattern(params.attribution_cues)
    markers = _markers(params)
    kin = _kin(params)
    told: dict[str, list[frozenset[str]]] = {}
    # Each sentence's spans of time, as printed ("since 2011"), with its content words.
    spanned: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    # Each sentence that names a source, as its content words and its words as printed.
    sourced: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    # Every sentence so, for a cause: told by another outlet in any voice, it is no one's own.
    printed: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}

    def others_of(
        article_id: str,
    ) -> tuple[
        list[frozenset[str]],
        list[tuple[frozenset[str], frozenset[str]]],
        list[tuple[frozenset[str], frozenset[str]]],
        list[tuple[frozenset[str], frozenset[str]]],
    ]:
        # Worked out at the first claim that needs them: most comparisons have none, and a
        # long article's sentences are many.
        if not told:
            for extraction in ctx.extractions:
                text = ctx.article(extraction.article_id).text
                told[extraction.article_id] = [
                    _words(sentence.slice(text)) for sentence in extraction.sentences
                ]
                spanned[extraction.article_id] = [
                    (spans, words)
                    for sentence, words in zip(
                        extraction.sentences, told[extraction.article_id], strict=True
                    )
                    if (spans := _spans_of(markers, sentence.slice(text)))
                ]
                printed[extraction.article_id] = [
                    (words, frozenset(re.findall(r"[a-z]+|\d+", sentence.slice(text).lower())))
                    for sentence, words in zip(
                        extraction.sentences, told[extraction.article_id], strict=True
                    )
                ]
                sourced[extraction.article_id] = [
                    told_so
                    for sentence, told_so in zip(
                        extraction.sentences, printed[extraction.article_id], strict=True
                    )
                    if next(cited_sources(cues, sentence.slice(text)), None) is not None
                ]
        others = [words for other, found in told.items() if other != article_id
                  for words in found]  # fmt: skip
        others_spanned = [told_so for other, found in spanned.items() if other != article_id
                          for told_so in found]  # fmt: skip
        others_sourced = [told_so for other, found in sourced.items() if other != article_id
                          for told_so in found]  # fmt: skip
        others_printed = [told_so for other, found in printed.items() if other != article_id
                          for told_so in found]  # fmt: skip
        return others, others_spanned, others_sourced, others_printed

    for extraction in ctx.extractions:
        article_id = extraction.article_id
        article = ctx.article(article_id)
        text = article.text
        quoted = Spans([q.span for q in extraction.quotes if q.kind is QuoteKind.FULL])
        # A quoted phrase sources the words it quotes, not the sentence around it: "to consider
        # listing the reef as “in danger”" quotes a label, while the forecast is the outlet's.
        phrases = Spans([q.span for q in extraction.quotes if q.kind is not QuoteKind.FULL])
        paragraphs = [block.span.start for block in article.body_blocks()]
        sentences = sorted(extraction.sentences, key=lambda span: span.start)
        measured = {
            figure.sentence.start
            for figure in extraction.figures
            # "have doubled", "by a third": a trend in words, not a measured statistic.
            if figure.kind in _MEASURES and any(c.isdigit() for c in figure.text)
        }
        starts = [span.start for span in sentences]
        others: list[frozenset[str]] | None = None
        others_spanned: list[tuple[frozenset[str], frozenset[str]]] = []
        others_sourced: list[tuple[frozenset[str], frozenset[str]]] = []
        others_printed: list[tuple[frozenset[str], frozenset[str]]] = []
        for sentence in sentences:
            words = sentence.slice(text)
            found = markers.find(words, sentence.start in measured)
            if (
                found is None
                or quoted.overlap(sentence)
                or phrases.overlap(
                    Span(start=sentence.start + found.start(), end=sentence.start + found.end())
                )
                or _names_source(cues, words)
                or (
                    after_source(sentences, starts, paragraphs, sentence, text, cues)
                    and _names_source(cues, _previous(sentences, starts, sentence).slice(text))
                    and (
                        found.re is not markers.causes
                        or _after_cause_talk(sentences, starts, sentence, text)
                    )
                )
                or (
                    # A knock-on, an inference, a loss, a dated damage or a concession a person
                    # or a group warns of, or the next sentence sources.
                    _one_sided(markers, found)
                    and (
                        any(
                            markers.party(words, verb.start())
                            for verb in _REPORTING.finditer(words, 0, found.start())
                        )
                        or _sourced_after(
                            sentences,
                            starts,
                            paragraphs,
                            sentence,
                            text,
                            cues,
                            words[found.start() :],
                        )
                    )
                )
                or (
                    # A trend or a ranking, not a generalising subject: "Some economists
                    # cautioned that…" is a source left vague, whatever figure follows.
                    found.re in (markers.spread, markers.evaluations, markers.spans)
                    and _backed_after(sentences, starts, paragraphs, sentence, text, cues)
                )
            ):
                continue
            own = _words(words)
            if others is None:
                others, others_spanned, others_sourced, others_printed = others_of(article_id)
            # A forecast, a motive or neglect is told only by a sentence that tells it too: one
            # that shares the subject alone ("a cooling tower on the hotel's roof") does not
            # tell that the tower "had not been cleaned".
            claimed = (
                _claim_words(found.group())
                if found.re in (markers.outlooks, markers.durations, markers.motives,
                                markers.neglect, markers.knock_ons)
                or found.re in (_INFERENCE, _TOLL)
                else frozenset()
            )  # fmt: skip
            # A knock-on, an inference or a loss is told in other forms of its words as often:
            # "driving up delivery costs" / "Shops will pay more for deliveries".
            loose = found.re in (markers.knock_ons, _INFERENCE, _TOLL)
            # (The count of shared words first, inline: `_told` needs at least `min_shared`,
            # and most of the thousands of sentences of a long article share fewer.)
            if any(
                len(own & other) >= params.min_shared
                and _told(own, other, params)
                and (
                    not claimed
                    or claimed & other
                    or (loose and any(_one_word(word[:_SAME_STEM], theirs)
                                      for word in claimed for theirs in other))
                )
                for other in others
            ):  # fmt: skip
                continue
            if found.re is markers.durations and _duration_told(ctx, article_id, words, found):
                continue
            if found.re is markers.causes and any(
                _cause_told(words, found, their_words) for their_words, _ in others_printed
            ):
                continue
            if found.re is markers.prospects and _person_named(text, words, found):
                continue
            # A loss told in other words: "has already cost the retailer millions of pounds in
            # lost online sales" / "has wiped millions of pounds off the retailer's online sales".
            if found.re is _TOLL and any(
                not tokens.isdisjoint(("millions", "billions"))
                and _shared(own - _TOLL_WORDS, their_words) >= 2
                for their_words, tokens in others_printed
            ):
                continue
            if found.re is _INFERENCE and any(
                _inferred_told(found, their_words) for their_words, _ in others_printed
            ):
                continue
            if found.re is markers.knock_ons and any(
                _knock_on_told(found, their_words, their_tokens)
                for their_words, their_tokens in others_printed
            ):
                continue
            if found.re is markers.flat_causes and any(
                _flat_cause_told(words, found, their_words, their_tokens)
                for their_words, their_tokens in others_printed
            ):
                continue
            sense = _sense(found, found.re is markers.quantified, params.senses)
            if _specific(markers, found, sense) and any(
                _told_in_sense(own, sense, their_words, their_tokens, params, kin)
                for their_words, their_tokens in (
                    others_printed if found.re is markers.causes else others_sourced
                )
            ):
                continue
            spans = _spans_of(markers, words)
            if any(
                (shared := spans & their_spans)
                and _told_with_span(own, their_words, params, kin, shared != {"long"})
                for their_spans, their_words in others_spanned
            ):
                continue
            yield Hit(
                evidence=((article_id, sentence),),
                values={
                    "article": ctx.label(article_id),
                    "marker": " ".join(found.group().split()),
                    "sentence": " ".join(words.split()),
                },
            )


KIND = RuleKind(
    name="unsourced_background",
    params=UnsourcedBackgroundParams,
    check=check,
    placeholders=("article", "marker", "sentence"),
    cross_article=True,
    summary="A general or evaluative claim with no source, that no other article tells.",
)
