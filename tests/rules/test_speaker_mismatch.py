"""FC104 and FC108 on real sentences: one finding per misattribution."""

from __future__ import annotations

from functools import partial

from support import rule_messages

speaker_findings = partial(rule_messages, "FC104")
unattributed_findings = partial(rule_messages, "FC108")


def test_a_quote_that_goes_on_is_one_misattribution() -> None:
    found = speaker_findings(
        "“Every resource this state has is being thrown at this fire,” Governor Alan "
        "Whitcombe said. “Nobody is going to be left to rebuild on their own.”",
        "“Every resource this state has is being thrown at this fire,” said Fire Chief Maria "
        "Delgado. “Nobody is going to be left to rebuild on their own.”",
    )
    assert found == ["Same quote attributed to Alan Whitcombe in a but to Maria Delgado in b"]


def test_a_quote_split_into_two_paragraphs_is_one_misattribution() -> None:
    found = speaker_findings(
        "“Prices are falling. Buyers are back,” said Tom Ashby, an economist at Halden.",
        "“Prices are falling,” said Amanda Price, an economist at Greystone.\n\n“Buyers are back.”",
    )
    assert found == ["Same quote attributed to Tom Ashby in a but to Amanda Price in b"]


def test_the_same_speaker_is_no_finding() -> None:
    assert not speaker_findings(
        "“Prices are falling,” said Tom Ashby, an economist at Halden.",
        "“Prices are falling,” Ashby said.",
    )


def test_a_name_printed_without_its_turkish_letters_is_the_same_speaker() -> None:
    # QA round 42: the dotless ı has no accent to drop; an English-language wire types an i.
    assert not speaker_findings(
        "“Our city has lost its heart tonight,” said Malatya mayor Ahmet Yıldız.",
        "“Our city has lost its heart tonight,” said Ahmet Yildiz, the mayor of Malatya.",
    )


def test_an_organisation_speaking_through_its_spokesperson_is_no_misattribution() -> None:
    quote = "“We know how much our customers rely on us,”"
    assert not speaker_findings(
        f"Nimbra apologised. {quote} a spokeswoman for Nimbra said.",
        f"Nimbra spokeswoman Jane Ortiz said: {quote[:-2]}.”",
    )
    # A chief executive is not the company's spokesperson.
    assert speaker_findings(
        f"Northline apologised. {quote} a Northline spokesperson said.",
        f"Northline chief executive Fiona Grant said: {quote[:-2]}.”",
    ) == ["Same quote attributed to Northline in a but to Fiona Grant in b"]


def test_a_quote_given_to_someone_described_is_attributed() -> None:
    # "The young forward" is Okafor or Lewis-Potter: the tool cannot tell which, but the
    # article does attribute the quote, so it is not "unknown" against a named speaker.
    named = "Jayden Okafor scored. “I just closed my eyes and hit it,” Okafor told reporters."
    described = (
        "Jayden Okafor scored from a cut-back by Keane Lewis-Potter. The young forward told "
        "reporters: “I just closed my eyes and hit it.”"
    )
    assert not unattributed_findings(named, described)
    unattributed = (
        "Jayden Okafor scored from a cut-back by Keane Lewis-Potter.\n\n“I just closed my "
        "eyes and hit it.”"
    )
    assert unattributed_findings(named, unattributed) == [
        "Quote attributed to Jayden Okafor in a but to unknown in b"
    ]


def test_one_name_read_as_two_kinds_is_one_speaker() -> None:
    # "For Rivera, the result was…" may have a reader take Rivera for an organisation there;
    # a quote given to "Tomás Rivera" in both is no misattribution, whatever kind he was read as.
    found = speaker_findings(
        'Tomás Rivera won the Austrian Grand Prix on Sunday. "The car was on rails in the '
        'second stint," Rivera said.',
        "Tomás Rivera won the Austrian Grand Prix on Sunday. ‘The car was on rails in the "
        "second stint,’ said Rivera. For Rivera, the result was a reminder that the car is at "
        "its best on hot days.",
    )
    assert found == []


def test_a_company_and_its_own_spokesperson_read_as_two_people_are_one_voice() -> None:
    # "Meridian Seas" is read as a person's name in b; a's spokeswoman is introduced with it.
    quote = "The number of new cases has fallen every day since Sunday"
    assert not speaker_findings(
        f'"{quote}," Meridian Seas spokeswoman Dana Whitcomb said in a statement.',
        f"In a statement, Meridian Seas said: ‘{quote}.’",
    )
    assert not speaker_findings(
        f'"{quote}," said Dana Whitcomb, a spokeswoman for Meridian Seas.',
        f"In a statement, Meridian Seas said: ‘{quote}.’",
    )
    # Another company's spokeswoman, or a person who is no spokesperson, is another speaker.
    assert speaker_findings(
        f'"{quote}," Harbour Lines spokeswoman Dana Whitcomb said in a statement.',
        f"In a statement, Meridian Seas said: ‘{quote}.’",
    ) == ["Same quote attributed to Dana Whitcomb in a but to Meridian Seas in b"]
    assert speaker_findings(
        f'"{quote}," Meridian Seas chief executive Dana Whitcomb said in a statement.',
        f"In a statement, Meridian Seas said: ‘{quote}.’",
    ) == ["Same quote attributed to Dana Whitcomb in a but to Meridian Seas in b"]


def test_a_body_printed_as_what_it_is_is_the_one_named_so() -> None:
    # QA round 30: "a police spokesperson" in a report naming no force is the force the other
    # report names, if its name says it is the police; no attribution is missing.
    named = '"Investigations are ongoing," the Singapore Police Force said in a statement.'
    unnamed = "‘Investigations are ongoing,’ a police spokesperson said."
    assert not speaker_findings(named, unnamed)
    assert not unattributed_findings(named, unnamed)
    acting = (
        "Singapore police confirmed they had opened an investigation. ‘Investigations are "
        "ongoing,’ a spokesperson said."
    )
    assert not speaker_findings(named, acting)
    assert not unattributed_findings(named, acting)
    # Another body, or a person, it may or may not be: left to FC108 as an unnamed speaker was.
    office = '"Investigations are ongoing," the Home Office said in a statement.'
    assert not speaker_findings(office, unnamed)
    assert unattributed_findings(office, unnamed) == [
        "Quote attributed to Home Office in a but to police in b"
    ]
    person = '"Investigations are ongoing," said Marcus Feld, an analyst at ChainSight.'
    assert not speaker_findings(person, unnamed)
    assert unattributed_findings(person, unnamed) == [
        "Quote attributed to Marcus Feld in a but to police in b"
    ]
    # The body speaking through the spokesperson the other report names.
    quote = "“We know how much our customers rely on us,”"
    assert not unattributed_findings(
        f"{quote} a spokeswoman for the company said.",
        f"Nimbra spokeswoman Jane Ortiz said: {quote[:-2]}.”",
    )


def test_a_force_named_and_the_police_printed_bare_are_one_speaker() -> None:
    # QA round 31: "Police Scotland said" in one report, "police said" or "a police
    # spokeswoman said" in the other: one speaker, no misattribution and none missing.
    quote = "The road will remain closed overnight while investigations continue,"
    named = f'"{quote}" Police Scotland said.'
    for bare in (
        f'"{quote}" police said.',
        f"‘{quote}’ a police spokeswoman said.",
        f'"{quote}" gardaí said.',
    ):
        assert not speaker_findings(named, bare)
        assert not unattributed_findings(named, bare)
    # "An Garda Síochána" is the police, "London Fire Brigade" what firefighters speak for.
    assert not unattributed_findings(
        f'"{quote}" An Garda Síochána said.', f'"{quote}" police said.'
    )
    assert not unattributed_findings(
        f'"{quote}" London Fire Brigade said.', f'"{quote}" firefighters said.'
    )
    # A person is another speaker, as ever: FC104 against the force named, FC108 against the
    # body unnamed (which it may or may not be); and so is another body.
    person = f'"{quote}" said Fiona Mackay, the council leader.'
    assert speaker_findings(named, person) == [
        "Same quote attributed to Police Scotland in a but to Fiona Mackay in b"
    ]
    assert not speaker_findings(f'"{quote}" police said.', person)
    assert unattributed_findings(f'"{quote}" police said.', person) == [
        "Quote attributed to police in a but to Fiona Mackay in b"
    ]
    assert unattributed_findings(
        f'"{quote}" London Fire Brigade said.', f'"{quote}" police said.'
    ) == ["Quote attributed to London Fire Brigade in a but to police in b"]
    # Review: a body watching the police, or speaking for its staff, is another speaker.
    for watchdog in ("Independent Office for Police Conduct", "Police Federation"):
        assert unattributed_findings(
            f'"{quote}" the {watchdog} said.', f'"{quote}" police said.'
        ) == [f"Quote attributed to {watchdog} in a but to police in b"]
    assert unattributed_findings(
        f'"{quote}" the Fire Brigades Union said.', f'"{quote}" firefighters said.'
    ) == ["Quote attributed to Fire Brigades Union in a but to firefighters in b"]


def test_a_headline_quoting_words_its_body_never_gives_anyone_leaves_them_unattributed() -> None:
    from factcheck.load import article_from_text
    from factcheck.pipeline import compare
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    named = "Toronto marathon halted in heat\n\n“It was like running in a sauna,” Clarke said.\n"
    headline = (
        "‘It was like running in a sauna’: dozens in hospital after Toronto marathon heat\n\n"
        "Organisers stopped the race at 10.15am local time on Sunday.\n"
    )
    repeated = headline + "\n“It was like running in a sauna,” said Hannah Clarke, 34.\n"
    rules = load_rules([builtin_rules_dir()])

    def messages(b: str) -> list[str]:
        articles = [article_from_text(named, "a"), article_from_text(b, "b")]
        return [f.message for f in compare(articles, rules).findings if f.rule == "FC108"]

    assert messages(headline) == ["Quote attributed to Clarke in a but to unknown in b"]
    assert messages(repeated) == []


def test_a_body_and_its_initials_are_one_speaker() -> None:
    # QA round 39: the regulator named in full by one outlet and by its initials by another.
    words = "consider whether further action is appropriate once the cause is fully understood"
    assert not speaker_findings(
        f"The Financial Conduct Authority said it would ‘{words}’.",
        f"“We will {words},” an FCA spokesperson said.",
    )
    # Initials that are not the name's are another body.
    assert speaker_findings(
        f"The Financial Conduct Authority said it would ‘{words}’.",
        f"“We will {words},” a PRA spokesperson said.",
    ) == ["Same quote attributed to Financial Conduct Authority in a but to PRA in b"]
