"""Which region a figure is about, so regional and national figures stay apart."""

from __future__ import annotations

import pytest

from factcheck.align.regions import region_of, setting_of


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
    ],
)
def test_an_article_naming_one_region_is_set_there(text: str, setting: str | None) -> None:
    assert setting_of(text) == setting
