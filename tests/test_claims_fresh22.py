"""Numeric claims on invented sentences shaped like the asserter errors still left on fresh
sets 14-21 of real news (session 6): figures that only restate or qualify the amount before
them, and currency names the parser took for verbs."""

from __future__ import annotations

from test_claims_fresh7 import asserters


def test_an_amount_in_won_is_reported_by_the_subject_of_reported():
    text = "Hanjin Steel on Tuesday reported its annual net profit of 2.4 trillion won."
    assert asserters(text) == [(2.4e12, "Hanjin Steel")]


def test_a_converted_amount_and_its_change_share_the_amount_s_asserter():
    text = "Hanjin Steel on Tuesday reported its annual net profit of 2.4 trillion won ($1.8 billion), up 37 percent from a year earlier."
    assert asserters(text) == [(2.4e12, "Hanjin Steel"), (1.8e9, "Hanjin Steel"), (37, "Hanjin Steel")]


def test_a_change_after_an_amount_the_writer_states_stays_unattributed():
    text = "Revenue was $5 billion, up 3 percent."
    assert asserters(text) == [(5e9, None), (3, None)]


def test_a_bracketed_amount_after_a_count_is_no_conversion():
    text = "Officials said 40 schools were shut. The fund gave 300 euros ($320) to each family."
    assert asserters(text)[0] == (40, "Officials")
    assert asserters(text)[1:] == [(300, None), (320, None)]


def test_a_one_word_place_owning_earnings_is_the_company_later_called_the_company():
    text = "Cisco's earnings grew in the latest quarter. The company said it is cutting about 4,000 jobs."
    assert asserters(text) == [(4000, "Cisco")]


def test_a_monitor_brought_in_unnamed_is_the_body_named_in_the_next_paragraph():
    text = (
        "BEIRUT (AFP) - Shelling of a rebel-held district killed 13 children on Wednesday, a monitor said.\n\n"
        '"The number of children killed by mortar fire has risen to 13," said the Syrian Observatory for Human Rights.'
    )
    assert asserters(text)[0] == (13, "Syrian Observatory for Human Rights")


def test_a_rank_before_a_name_makes_a_person_and_a_name_joined_to_a_town_a_place():
    text = (
        "Police arrested two men in raids in Sungai Dua and Butterworth on Sept 2.\n\n"
        "District police chief ACP Mohd Radzi Ahmad said police also seized heroin valued at RM84,000."
    )
    assert asserters(text)[-1] == (84000, "Mohd Radzi Ahmad")


def test_a_company_posting_its_results_asserts_them():
    text = "IT major Infosys posted a net profit of Rs 3,612 crore. He posted 12 photos on Instagram."
    assert asserters(text) == [(3.612e10, "Infosys"), (12, None)]


def test_government_data_are_the_government_s_but_official_or_trade_data_name_nobody():
    text = (
        "The fiscal deficit narrowed to 7.01 trillion rupees, government data showed on Monday. "
        "Exports fell 3 percent, official data showed. Imports rose 4 percent, trade figures suggest."
    )
    assert asserters(text) == [(7.01e12, "government"), (3, None), (4, None)]


def test_kenyan_shillings_are_money():
    from wiretrace.analyse.numbers import find_numbers

    found = [(n.text, n.value, n.currency) for n in find_numbers("an allocation of Ksh 525B and KSh 2.5 billion")]
    assert found == [("Ksh 525B", 525e9, "KES"), ("KSh 2.5 billion", 2.5e9, "KES")]


def test_a_forecast_for_growth_of_a_figure_is_its_owner_s_also_when_the_possessive_is_parsed_apart():
    text = "GDP grew 0.1% in the third quarter, below economists’ forecasts for growth of 0.4%."
    assert asserters(text) == [(0.1, None), (0.4, "economists")]


def test_what_a_minister_unveils_he_asserts():
    text = "Mr Sunak unveiled £30bn of extra spending this year."
    assert asserters(text) == [(30e9, "Sunak")]


def test_a_dateline_the_parser_made_the_root_still_lets_the_data_report_the_figure():
    text = (
        "New Delhi: India's April-December fiscal deficit narrowed to 7.01 trillion rupees ($97.80 billion), "
        "or 112.4 percent of the budgeted target for the current fiscal year, government data showed on Monday."
    )
    assert asserters(text) == [(7.01e12, "government"), (97.8e9, "government"), (112.4, "government")]


def test_a_role_before_its_holder_s_name_asserts_as_the_holder_and_the_country_stays_whole():
    text = "On Monday, President of the United States Joe Biden announced a new aid package for Ukraine, amounting to $2.5 billion."
    assert asserters(text) == [(2.5e9, "Joe Biden")]


def test_the_name_right_after_an_inverted_cue_the_parser_hung_elsewhere_asserts():
    text = "An additional 623 American troops were wounded, said Marine Lt. Gen. John F. Sattler, up from an injury count of 425 issued two weeks ago."
    assert asserters(text)[0] == (623, "John F. Sattler")


def test_a_place_after_the_poll_maker_s_town_is_no_source():
    text = "Gephardt was third at 10 percent, according to the poll by American Research Group of Manchester, N.H."
    assert asserters(text) == [(10, "American Research Group")]


def test_an_unnamed_survey_asserts_by_its_noun_without_what_describes_it():
    text = "The survey, released Friday, also found a jump in undecided voters, from 19 percent in April to 30 percent in July."
    assert asserters(text) == [(19, "survey"), (30, "survey")]


def test_the_phrase_between_a_comma_and_a_cue_without_subject_asserts_by_its_own_name():
    text = (
        "Over 800,000 people may flee the country due to the fighting between the army and the "
        "paramilitary Rapid Support Forces (RSF), the UN refugee agency (UNHCR) said Monday."
    )
    assert asserters(text) == [(800000, "UNHCR")]


def test_a_number_after_a_dateline_s_year_and_a_spaced_dash_is_its_own_figure():
    from wiretrace.analyse.numbers import find_numbers

    text = "WASHINGTON, Aug. 21, 2005 – Four soldiers were killed."
    assert [n.text for n in find_numbers(text)][-1] == "Four"
    assert [n.text for n in find_numbers("the 2024-25 season")] == []


def test_a_verb_the_parser_made_the_subject_gives_way_to_the_phrase_before_the_cue():
    text = (
        "Four U.S. soldiers were killed and three wounded today by an improvised explosive device south of "
        "Deh Chopan, Afghanistan, military officials in Kabul reported."
    )
    assert asserters(text) == [(4, "military officials in Kabul"), (3, "military officials in Kabul")]


def test_the_name_opening_the_sentence_before_its_description_asserts():
    text = "Geely, China's highest profile car maker thanks to its investments in Volvo, posted a net profit of 4.01 billion yuan."
    assert asserters(text) == [(4.01e9, "Geely")]


def test_a_connector_opening_the_sentence_is_no_name():
    text = "Meanwhile, the state's online dashboard showed 183 new cases."
    assert asserters(text)[0][1] != "Meanwhile"


def test_a_root_with_a_subject_is_a_verb_whatever_its_tag():
    text = "Toyota Motor Corp forecast on Wednesday a bigger than expected 35 per cent tumble in net profit."
    assert asserters(text) == [(35, "Toyota Motor Corp")]


def test_one_amount_in_two_currencies_joined_by_or_is_no_range():
    from wiretrace.analyse.numbers import find_numbers

    found = [(n.text, n.value_max) for n in find_numbers("revenue was N27.1 billion or $75.2 million in 2014")]
    assert found[:2] == [("N27.1 billion", None), ("$75.2 million", None)]
    assert [(n.value, n.value_max) for n in find_numbers("$5 or $6 a day")] == [(5, 6)]


def test_whom_one_told_is_no_asserter_and_the_unnamed_teller_counts_as_written():
    text = "“We lost 15 soldiers in the forest near Gudumbali,” a military officer, who requested to remain anonymous, told AFP."
    assert asserters(text) == [(15, "military officer")]


def test_a_named_spokesperson_asserts_for_himself_and_the_spokesman_later_too():
    text = (
        "More than a million people have been displaced in Sudan so far due to ongoing fighting between the army "
        "and the Rapid Support Forces paramilitary (RSF), Matthew Saltmarsh a UN Refugee Agency (UNHCR) "
        "spokesperson said on Friday.\n\n"
        "The latest figure includes some 843,000 people displaced internally, the spokesman told a briefing."
    )
    assert asserters(text) == [(1e6, "Matthew Saltmarsh"), (843000, "Matthew Saltmarsh")]


def test_the_terror_group_is_the_organisation_named_just_before():
    text = (
        "Islamic State has claimed its fighters killed 15 soldiers during a clash in Borno state.\n\n"
        "The terror group said it attacked the troops on Sunday, after which the insurgents seized five vehicles."
    )
    assert asserters(text) == [(15, "Islamic State"), (5, "Islamic State")]


def test_an_unnamed_spokesman_and_the_spokesman_next_resolve_without_chasing_each_other():
    text = "A police spokesman said three people died in the blast.\n\nThe spokesman said four others were hurt."
    assert [value for value, _ in asserters(text)] == [3, 4]


def test_the_survey_is_the_poll_named_before():
    text = (
        "The Conservatives are set to be the largest party, according to a BBC exit poll.\n\n"
        "The survey taken at polling stations suggests the Tories will get 316 MPs to Labour's 239."
    )
    assert asserters(text) == [(316, "BBC"), (239, "BBC")]
