"""Organisations, session 5c: award and membership tables, councils written '<Place> BC/DC/CC/MBC', group
companies, a contract's named supplier, a charity's branch, and generic or partial names kept out."""

from __future__ import annotations

import pytest

from organisation_helpers import extract as _extract
from organisation_helpers import texts as _texts


def _names(text: str) -> set[str]:
    return {m.name for m in _extract(text)}


_TAB_TABLE = (
    "Accredited employers\n"
    "Organisation\t\tYear\t\tLevel\n"
    "\tHarbourside Logistics\t\t2021\t\tGold\n"
    "\tNorthby Borough Council\t\t2022\t\tSilver\n"
    "\tQuayline Group\t\t2019\t\tBronze\n"
)
_SPACED_TABLE = (
    "Organisation Year Awarded Level\n"
    "Steadfast Guarding Services Ltd 2022 Gold\n"
    "Harrow Vale Tree Care 2020 Silver\n"
    "The Lantern Group 2019 Gold\n"
    "Northby Community Health and Social Care\n"
    "Partnership Trust 2021 Silver\n"
    "Kestrel Homes Group (formerly Kestrel Estates Ltd) R2023 Gold\n"
    "Page 4 of 12\n"
)


@pytest.mark.parametrize("expected", ["Harbourside Logistics", "Quayline Group"])
def test_an_organisation_column_with_doubled_tabs(expected: str) -> None:
    assert expected in _names(_TAB_TABLE)


@pytest.mark.parametrize(
    "expected",
    ["Steadfast Guarding Services Ltd", "Harrow Vale Tree Care", "Lantern Group", "Kestrel Homes Group",
     "Northby Community Health and Social Care Partnership Trust"],
)
def test_a_flattened_organisation_column_ending_in_a_year(expected: str) -> None:
    assert expected in _names(_SPACED_TABLE)


def test_a_flattened_table_keeps_no_footer_or_part_name() -> None:
    names = _names(_SPACED_TABLE)
    assert "Page" not in names
    assert "Partnership Trust" not in names
    assert "Guarding Services Ltd" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Organisation Year Awarded Level\nMr Smith said the scheme had grown 2022 Gold\n",
        "The table below sets out 2023 figures\nOrganisation Year Level\nTotal 2023 12\n",
    ],
)
def test_a_sentence_or_total_row_is_no_cell(text: str) -> None:
    names = _names(text)
    assert "Mr Smith said the scheme had grown" not in names
    assert "Total" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wyvern Trust (WT) 2021 Gold\nCoppice Consulting Ltd 2022 Silver", "Coppice Consulting Ltd"),
        ("Ashdown Rail Ltd 2020 Silver\nVeterans Rowing Association 2024 Gold", "Veterans Rowing Association"),
    ],
)
def test_an_award_level_ending_the_row_above_is_not_the_next_name(text: str, expected: str) -> None:
    names = _names(text)
    assert expected in names
    assert not any(n.startswith(("Gold ", "Silver ")) for n in names)


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        ("Armed Forces Champions: Dartford BC Cllr A Jones; Sevenoaks DC Cllr B Khan",
         "Dartford Borough Council", "Dartford BC"),
        ("Armed Forces Champions: Dartford BC Cllr A Jones; Sevenoaks DC Cllr B Khan",
         "Sevenoaks District Council", "Sevenoaks DC"),
        ("Officers from Tunbridge Wells BC attended the session.", "Tunbridge Wells Borough Council",
         "Tunbridge Wells BC"),
        ("A joint bid with Tonbridge & Malling BC was submitted.", "Tonbridge and Malling Borough Council",
         "Tonbridge & Malling BC"),
    ],
)
def test_a_known_council_by_place_and_tier_initials(text: str, expected: str, written: str) -> None:
    mentions = _extract(text)
    assert any(m.name == expected and m.text == written for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The Northbyton BC replied in March.",  # no such council in the table
        "Funding for the Wessex CC programme was agreed.",  # no council of that place
    ],
)
def test_tier_initials_after_an_unknown_place_are_no_council(text: str) -> None:
    assert not any(m.text.endswith((" BC", " CC")) for m in _extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demolition works were awarded to Harcourt Group Ltd in May.", "Harcourt Group Ltd"),
        ("The council holds shares in Meridian Commercial Services Group Limited.",
         "Meridian Commercial Services Group Limited"),
        ("To approve the appointment of the Principal Contractor ‘Ridgeway Group Ltd’ to clear the site.",
         "Ridgeway Group Ltd"),
    ],
)
def test_a_company_registered_as_a_group(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To award a two-year contract to the supplier Bluewater IT for the supply of laptops.", "Bluewater IT"),
        ("The works were awarded to the contractor Hartwell Civils, who start in June.", "Hartwell Civils"),
        ("The licence was granted to the successful bidder Corvid Software.", "Corvid Software"),
    ],
)
def test_a_contracts_named_supplier(text: str, expected: str) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "To award the grounds contract to the supplier Tenderer C as the best value bid.",
        "The award was made to the provider Lot 2 for the delivery of meals.",
    ],
)
def test_a_supplier_known_only_by_a_tender_label_is_no_body(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wreaths were laid by the Northby\nBranch of the Royal Naval Association at the memorial.",
         "Royal Naval Association"),
        ("Members of the Southby Branch of the Royal Air Forces Association attended.",
         "Royal Air Forces Association"),
    ],
)
def test_a_branch_is_read_as_the_body_it_belongs_to(text: str, expected: str) -> None:
    names = _names(text)
    assert expected in names
    assert not any("Branch" in n for n in names)


def test_companies_house_is_known() -> None:
    assert "Companies House" in _names("Checks are made against Companies House records before any loan.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The guests included staff of the Royal College of Nursing Education Unit and the Royal School of "
         "Military Survey choir.", "Royal School"),
        ("At the centre these services include:\nFood Bank/Community Pantry\nGarden Club\nBaby Massage",
         "Community Pantry Garden Club"),
        ("At the centre these services include:\nFood Bank/Community Pantry\nGarden Club\nBaby Massage",
         "Garden Club"),
        ("Northby council gave thanks for their work in supporting the Armed Forces and their families.",
         "Armed Forces"),
        ("Tickets for the Northshire RBL Festival of Remembrance sold out.", "Northshire RBL"),
    ],
)
def test_partial_joined_or_generic_names_are_left_out(text: str, absent: str) -> None:
    assert absent not in _names(text)
    assert absent not in _texts(text)


def test_a_directorate_acronym_that_names_a_committee_is_no_body() -> None:
    text = ("Figures provided by CYPE show rising demand.\n"
            "The CYPE Cabinet Committee discussed the proposal in November.")
    assert "CYPE" not in _names(text)


def test_an_undefined_acronym_cue_without_a_committee_is_kept() -> None:
    assert "NWCVS" in _names("Guidance provided by NWCVS was circulated to members.")


def test_a_name_wrapped_after_a_row_of_figures_keeps_its_first_line() -> None:
    text = "0.0 250.0 0.0 Regeneration. Once sold, North Downs\nEnterprise LLP will be wound up."
    assert "North Downs Enterprise LLP" in _names(text)
