"""Which region a figure is about, so regional and national figures stay apart."""

from __future__ import annotations

import pytest

from factcheck.align.regions import by_city, instrument_of, market_of, region_of, setting_of


@pytest.mark.parametrize(
    ("sentence", "figure", "region"),
    [
        ("Yields dropped 18% in the South East and 9% in the Midlands, Defra said.", "18%",
         "the South East"),
        ("Yields dropped 18% in the South East and 9% in the Midlands, Defra said.", "9%",
         "the Midlands"),
        ("The worst-hit region was East Anglia, where wheat yields fell 22% from last year.",
         "22%", "East Anglia"),
        ("Welsh prices were up 5.4% on a year earlier.", "5.4%", "Wales"),
        ("Prices were 3.2% higher than a year earlier.", "3.2%", None),
        ("Sales in New South Wales rose 4%.", "4%", "New South Wales"),
        ("Virginia Woolf sold 4,000 copies.", "4,000", None),
        ("Northern Ireland posted the biggest annual increase, 7.1 per cent.", "7.1 per cent",
         "Northern Ireland"),
        ("In the Midlands, wheat yields were 9 per cent lower.", "9 per cent", "the Midlands"),
        # A town with its region is in the region; part of a city is not a region.
        ("One injury involved a 62-year-old rider in Bend, Oregon, whose battery ignited.",
         "62-year-old", "Oregon"),
        ("A man from Tallaght in south-west Dublin was jailed at 2.15am.", "2.15am", None),
        # An address in passing is not what the figure is about.
        ("Daniel Hartley, 34, of Knaresborough, North Yorkshire, was driving at 62mph.", "62mph",
         None),
        # A region its nation owns is still the place.
        ("An outbreak has grown in England's West Midlands, with 68 children admitted to "
         "hospital.", "68", "the Midlands"),
        # Indian states, as a heatwave's figures are broken into.
        ("At least 45 people have died in Rajasthan from suspected heatstroke.", "45",
         "Rajasthan"),
        ("Uttar Pradesh recorded 83 heatstroke admissions on Tuesday.", "83", "Uttar Pradesh"),
        # A company based somewhere is no figure about the place.
        ("The Texas-based company cut 1,200 jobs.", "1,200", None),
        # QA round 37: a state's short form is only ever a town's, where something happened.
        ("He ran the firm from an office in Quincy, Mass., and collected US$87.4-million from "
         "1,150 investors.", "1,150", None),
        ("They boarded in Port Canaveral, Fla., for what was to be a 14-night cruise.",
         "14-night", None),
        # A region's body that acts is no region a figure is of.
        ("Ontario courts fined the company 540,000 Canadian dollars in 2019.", "540,000", None),
        ("Ontario prices rose 5 per cent in 2019.", "5 per cent", "Ontario"),
        # QA round 41: a part of a country by its compass point, against the nation's figure.
        ("In eastern Germany, about 22 per cent of employees earn less than €13.90 an hour, "
         "compared with 15 per cent nationally, the report said.", "22 per cent", "the east"),
        ("In eastern Germany, about 22 per cent of employees earn less than €13.90 an hour, "
         "compared with 15 per cent nationally, the report said.", "15 per cent", None),
        ("Roughly 15% of employees nationwide earn less than €13.90, but in the eastern states "
         "the figure is 22%.", "22%", "the east"),
        ("Unemployment in northern England rose to 5.1%.", "5.1%", "England"),
        ("In north-western provinces, turnout was 48%.", "48%", "the northwest"),
        ("Prices in the south of the country rose 4%.", "4%", "the south"),
        # Names, not places.
        ("Western Union shares fell 5% on Tuesday.", "5%", None),
        ("Eastern Airlines carried 1.2 million passengers.", "1.2 million", None),
    ],
)  # fmt: skip
def test_region_of_a_figure(sentence: str, figure: str, region: str | None) -> None:
    start = sentence.index(figure)
    assert region_of(sentence, 0, len(sentence), start, start + len(figure)) == region


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("A train crashed near Hornepayne, Ontario. Rescuers reached it at dawn.", "Ontario"),
        ("Prices rose 3.2%. In Scotland they rose 4.1%, and in Wales 5.0%.", None),
        ("Prices rose 3.2% across the country.", None),
        # No region named: the one city named sets the story, for an article read by city.
        ("Three people died in a crowd crush at a festival in Perth's western suburbs.", "Perth"),
        ("The band cancelled its shows in Sydney and Melbourne.", None),
        # QA round 37: the AP's short forms after a town ("Sarnia, Ont.", "Bend, Ore.").
        ("A blast at a styrene plant in Sarnia, Ont., early Tuesday injured 11 workers.",
         "Ontario"),
        ("A wildfire near Bend, Ore., destroyed 40 homes.", "Oregon"),
        ("Pa said the ferry was late.", None),
    ],
)  # fmt: skip
def test_an_article_naming_one_region_is_set_there(text: str, setting: str | None) -> None:
    assert setting_of(text) == setting


HOUSING = (
    "Darwin recorded the largest monthly rise of any capital, up 1.6 per cent. Perth values "
    "rose 1.4 per cent, Brisbane 1.1 per cent and Sydney 0.4 per cent."
)


@pytest.mark.parametrize(
    ("text", "figure", "cities", "region"),
    [
        # An article that breaks its figures down by city: each city's figure is its own.
        (HOUSING, "1.6 per cent", True, "Darwin"),
        (HOUSING, "1.4 per cent", True, "Perth"),
        (HOUSING, "1.1 per cent", True, "Brisbane"),
        # One that names a city only where things happened reads no city as a region.
        ("The driver, a 54-year-old man from Edinburgh, was taken to hospital.", "54-year-old",
         False, None),
        # A club or a company named after a city is no city.
        ("Melbourne Storm drew a crowd of 25,000. Brisbane, Sydney and Perth sold out.",
         "25,000", True, None),
    ],
)  # fmt: skip
def test_cities_are_regions_in_an_article_read_by_city(
    text: str, figure: str, cities: bool, region: str | None
) -> None:
    assert by_city(text) is cities
    start = text.index(figure)
    sentence_start = text.rfind(". ", 0, start) + 1
    sentence_end = text.find(". ", start) % (len(text) + 1)
    found = region_of(text, sentence_start, sentence_end, start, start + len(figure), cities)
    assert found == region


@pytest.mark.parametrize(
    ("sentence", "figure", "market"),
    [
        # Named in the figure's clause: after "in", as its owner, by an adjective before what
        # a market has, or as the clause's subject.
        ("Brenner lowered its guidance after sales in China dropped 11% in the quarter.", "11%",
         "China"),
        ("Europe, its biggest region, grew 1% to 5.12 lakh units, while North America rose 4%.",
         "4%", "North America"),
        ("Europe, its biggest region, grew 1% to 5.12 lakh units, while North America rose 4%.",
         "1%", "Europe"),
        ("Brenner sold 38,900 cars in Britain in the quarter, up 6 per cent.", "6 per cent",
         "the UK"),
        ("Chinese sales fell 14 per cent.", "14 per cent", "China"),
        ("China's exports rose 5%.", "5%", "China"),
        ("The United States leads with nine golds.", "nine golds", "the US"),
        ("Britain have three golds.", "three golds", "the UK"),
        # Not what a company or a person is, a name the market opens or ends, the goods'
        # origin, nor two markets as one.
        ("The German carmaker said revenue fell 2%.", "2%", None),
        ("Bank of China said profit rose 3%.", "3%", None),
        ("American Airlines said revenue rose 3%.", "3%", None),
        ("Revenue was US$3.5bn.", "US$3.5bn", None),
        ("He smuggled 412 kilograms of cocaine hidden in chicken from Brazil.", "412", None),
        ("Revenue per membership in the United States and Canada rose 6% to $17.26.", "$17.26",
         None),
        # A name before what a market has; the whole world.
        ("Downdetector received more than 640,000 reports from UK users.", "640,000", "the UK"),
        ("Downdetector logged more than 4.1 million user reports worldwide.", "4.1", "the world"),
        ("Global revenue rose 5%.", "5%", "the world"),
        ("Revenue was US$3.5bn.", "3.5", None),
        # The clause a market opens with "which" is about it.
        ("It puts Australia slightly ahead of the UK, which has committed to spending 2.5 per "
         "cent of GDP on defence by 2027.", "2.5 per cent", "the UK"),
    ],
)  # fmt: skip
def test_market_of_a_figure(sentence: str, figure: str, market: str | None) -> None:
    start = sentence.index(figure)
    assert market_of(sentence, 0, len(sentence), start, start + len(figure)) == market


@pytest.mark.parametrize(
    ("sentence", "figure", "instrument"),
    [
        # Named in the figure's clause, or the last named before it in its sentence.
        ("The broader Topix lost 3.8%.", "3.8%", "Topix"),
        ("The selling followed a 3.1% drop in the Nasdaq composite on Friday.", "3.1%", "Nasdaq"),
        ("The yield on 10-year gilts fell six basis points to 4.52 per cent.", "4.52", "gilts"),
        ("Sterling fell 0.4% against the dollar to $1.3120, while the two-year gilt yield, which "
         "is sensitive to rates, dropped 6 basis points to 3.71%.", "3.71%", "gilts"),
        ("Sterling fell 0.4% against the dollar to $1.3120, while the two-year gilt yield, which "
         "is sensitive to rates, dropped 6 basis points to 3.71%.", "0.4%",
         "sterling against the dollar"),
        ("The more domestically focused FTSE 250 fared even worse, dropping 4.1 per cent.",
         "4.1 per cent", "FTSE 250"),
        ("Gold rose 1.2% to $2,400 an ounce.", "1.2%", "gold"),
        ("The Iseq closed down 3.3 per cent at 10,862 points.", "3.3 per cent", "Iseq"),
        # One currency against another.
        ("Sterling slipped 0.4 per cent against the euro after the announcement.",
         "0.4 per cent", "sterling against the euro"),
        ("Sterling fell 0.3% against the dollar to $1.3350.", "0.3%",
         "sterling against the dollar"),
        # Not a name another opens, nor none named.
        ("Dow Chemical rose 2%.", "2%", None),
        ("BHP Group fell 4.7%.", "4.7%", None),
        # QA round 37: price indexes, two measures of one month's prices.
        ("The offer is a real-terms cut with consumer price inflation at 3.4 per cent.",
         "3.4 per cent", "CPI"),
        ("Retail price index inflation stood at 4.2 per cent in January.", "4.2 per cent",
         "RPI"),
        ("Inflation stood at 3.4 per cent in January.", "3.4 per cent", None),
    ],
)  # fmt: skip
def test_instrument_of_a_figure(sentence: str, figure: str, instrument: str | None) -> None:
    start = sentence.index(figure)
    assert instrument_of(sentence, 0, len(sentence), start, start + len(figure)) == instrument
