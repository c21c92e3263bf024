"""Agreement extraction on invented paragraphs written the way councils and HWB boards write about s75/BCF/pools.

Each paragraph runs through the whole pipeline (`extract_document`), so the real organisation, date and money
extractors feed the agreement rules, and the test checks every agreement produced, not just one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from agreement_helpers import COUNCIL, PartySummary, agreements_in, party_summary


HEADER = f"{COUNCIL}\nHealth and Wellbeing Board\n12 March 2024\n\n"
ICB = "NHS Wessex Integrated Care Board"
ICB_SHORT = "Wessex ICB"
TRUST = "Wessex Partnership NHS Foundation Trust"
CCG = "NHS Barchester Clinical Commissioning Group"

Expected = PartySummary


PARAGRAPHS: list[tuple[str, list[Expected]]] = [
    # Better Care Fund plan approvals
    ("The Health and Wellbeing Board is asked to approve the Better Care Fund Plan 2023-25 for Barchester, "
     "including the minimum NHS contribution of £24.6m from NHS Wessex Integrated Care Board.",
     [("better_care_fund", ICB, "new", None, None)]),
    ("The Board approved the Better Care Fund Plan 2023-25, which includes the minimum NHS contribution of "
     "£24,600,000 from NHS Wessex Integrated Care Board and will be governed by the existing section 75 agreement.",
     [("better_care_fund", ICB, "new", None, None)]),
    ("RECOMMENDATION\nThe Health and Wellbeing Board is asked to approve the Better Care Fund Plan 2023-25 and note "
     "that the Council and NHS Wessex Integrated Care Board will enter into a section 75 agreement for the Better "
     "Care Fund pooled budget from 1 April 2023 to 31 March 2025.",
     # The section 75 agreement is expressly for the BCF: the plan and the agreement are one arrangement.
     [("section_75", ICB, "new", date(2023, 4, 1), date(2025, 3, 31))]),
    # new section 75 agreements, council as lead commissioner / host
    ("The Cabinet is recommended to approve that the Council enters into a Section 75 Partnership Agreement with "
     "NHS Wessex Integrated Care Board for mental health services, with the Council as lead commissioner, to run "
     "from 1 April 2024 to 31 March 2027.",
     [("section_75", ICB, "new", date(2024, 4, 1), date(2027, 3, 31))]),
    ("The Committee is recommended to agree that the Council, as lead commissioner, enters into a section 75 "
     "agreement with Wessex Partnership NHS Foundation Trust for the delivery of integrated mental health social "
     "work from 1 July 2024.",
     [("section_75", TRUST, "new", date(2024, 7, 1), None)]),
    ("The Council will act as lead commissioner and host the pooled fund of £12.4m under a Section 75 Partnership "
     "Agreement with NHS Wessex Integrated Care Board for integrated community equipment, to run from "
     "1 April 2024 to 31 March 2027.",
     [("section_75", ICB, "new", date(2024, 4, 1), date(2027, 3, 31))]),
    ("That the Council enter into a section 75 agreement with Wessex ICB for learning disability services, "
     "commencing on 1 April 2024 and ending on 31 March 2027.",
     [("section_75", ICB_SHORT, "new", date(2024, 4, 1), date(2027, 3, 31))]),
    # extensions and variations
    ("Cabinet is asked to agree to extend the existing section 75 agreement with Wessex ICB for community "
     "equipment by a deed of variation until 31 March 2026.",
     [("section_75", ICB_SHORT, "extend", None, date(2026, 3, 31))]),
    ("That the existing section 75 agreement with Barchester and Wessex Clinical Commissioning Group for the "
     "community equipment service be extended by a deed of variation until 31 March 2026.",
     [("section_75", "Barchester and Wessex Clinical Commissioning Group", "extend", None, date(2026, 3, 31))]),
    ("Approval is sought to agree a deed of variation to the existing Section 75 Agreement between the Council "
     "and NHS Wessex Integrated Care Board for the community equipment pooled budget, extending it until "
     "31 March 2026.",
     [("section_75", ICB, "extend", None, date(2026, 3, 31))]),
    ("The Council currently has a s.75 agreement with NHS Wessex Integrated Care Board, made under section 75 of "
     "the National Health Service Act 2006, for learning disability services. The Board is asked to approve its "
     "extension for 12 months until 31 March 2025.",
     [("section_75", ICB, "extend", None, date(2025, 3, 31))]),
    ("The Council and Wessex ICB have agreed to vary the Section 75 agreement to include the Discharge Fund.",
     [("section_75", ICB_SHORT, "vary", None, None)]),
    # renewals and replacements (CCG-era and ICB-era)
    ("Members are asked to approve the renewal of the Section 75 agreement with NHS Wessex Integrated Care Board "
     "for learning disability services from 1 April 2024 to 31 March 2027. The Council will continue as host of "
     "the pooled budget.",
     [("section_75", ICB, "renew", date(2024, 4, 1), date(2027, 3, 31))]),
    ("It is recommended that the Council enters into a new section 75 agreement with Wessex ICB to replace the "
     "current agreement, which expires on 31 March 2024. The new agreement will run from 1 April 2024 to "
     "31 March 2029.",
     [("section_75", ICB_SHORT, "renew", date(2024, 4, 1), date(2029, 3, 31))]),
    ("The Council is the host of the pooled budget under a Section 75 agreement with NHS Barchester Clinical "
     "Commissioning Group which ends on 31 March 2022. It is proposed that the agreement is renewed for a further "
     "three years from 1 April 2022 to 31 March 2025.",
     [("section_75", CCG, "renew", date(2022, 4, 1), date(2025, 3, 31))]),
    ("The Council will continue to host the pooled budget for the Integrated Community Equipment Service under "
     "the Section 75 agreement with NHS Wessex Integrated Care Board, which is to be renewed from 1 April 2025 to "
     "31 March 2028.",
     [("section_75", ICB, "renew", date(2025, 4, 1), date(2028, 3, 31))]),
    ("Decision: To renew the Section 75 agreement with Wessex Partnership NHS Foundation Trust for the provision "
     "of integrated mental health services for three years from 1 April 2024 to 31 March 2027.",
     [("section_75", TRUST, "renew", date(2024, 4, 1), date(2027, 3, 31))]),
    ("RESOLVED that the section 75 agreement with Wessex ICB for community equipment be extended to "
     "31 March 2026.",
     [("section_75", ICB_SHORT, "extend", None, date(2026, 3, 31))]),
    # pooled budgets on their own
    ("The Council and NHS Wessex Integrated Care Board have agreed to establish a pooled budget for the "
     "Integrated Community Equipment Service from 1 April 2024, hosted by the Council.",
     [("pooled_budget", ICB, "new", date(2024, 4, 1), None)]),
    ("The Council and NHS Wessex Integrated Care Board operate a pooled budget for learning disability services. "
     "The Board is asked to note the outturn of the pooled budget for 2023/24.",
     [("pooled_budget", ICB, "note", None, None)]),
    ("Item\tAction\tUpdate\tStatus\n14\tLearning Disability pooled budget - baseline review\t"
     "Discussions are under way with NHS Wessex Integrated Care Board\tOn hold\n",
     [("pooled_budget", ICB, "note", None, None)]),
    # termination
    ("Cabinet is asked to give notice to terminate the section 75 agreement with Wessex Partnership NHS "
     "Foundation Trust for mental health social care with effect from 31 March 2025.",
     [("section_75", TRUST, "terminate", None, date(2025, 3, 31))]),
    # passing mentions: no agreement, no made-up action
    ("Under the Section 75 agreement, quarterly reports are made to the Board on the performance of the pooled "
     "fund.", []),
    ("As set out in the section 75 agreement, the Council and Wessex ICB share any overspend equally.", []),
    ("The Integrated Community Equipment Service is delivered through a pooled fund hosted by the Council, with "
     "contributions from Barchester City Council and NHS Wessex Integrated Care Board.", []),
    # committees named after the agreement are not agreements
    ("The Section 75 Partnership Board met on 4 March 2024 and reviewed the risk register.", []),
    ("The Section 75 Management Group, chaired by the Director of Adult Social Care, oversees delivery of the "
     "Better Care Fund.", []),
    ("Officers will report quarterly to the Section 75 Joint Commissioning Board on spend against the pooled "
     "budget.", []),
    ("The Section 75 Partnership Board, made up of officers from the Council and Wessex ICB, will monitor the "
     "pooled budget.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARAGRAPHS, ids=[p[:50] for p, _ in PARAGRAPHS])
def test_paragraph_gives_exactly_theseagreements_in(paragraph: str, expected: list[Expected]) -> None:
    found = sorted(party_summary(a) for a in agreements_in(paragraph, HEADER))
    assert found == sorted(expected)


@pytest.mark.parametrize(("paragraph", "expected"), [p for p in PARAGRAPHS if p[1]], ids=[p[:50] for p, e in PARAGRAPHS if e])
def test_agreements_name_the_council_first(paragraph: str, expected: list[Expected]) -> None:
    for agreement in agreements_in(paragraph, HEADER):
        assert agreement.parties[0].name == COUNCIL


# A partnership agreement carries a sum only when its own sentence ties the sum to the pool.
POOL_VALUES: list[tuple[str, str, set[str]]] = [
    ("The Cabinet is asked to approve that the Council enters into a section 75 agreement with NHS Wessex Integrated "
     "Care Board for a pooled budget of £48.6 million from 1 April 2025.", "section_75", {"48600000"}),
    ("Members are asked to agree a section 75 agreement with NHS Wessex Integrated Care Board establishing a £12.5m "
     "pooled budget for community equipment.", "section_75", {"12500000"}),
    ("The Board approved the section 75 agreement with NHS Wessex Integrated Care Board, which has a total value of "
     "£31,250,000 over three years.", "section_75", {"31250000"}),
    ("The Board is asked to approve the Better Care Fund Plan 2024-25 with NHS Wessex Integrated Care Board; the "
     "Council's contribution to the pooled fund is £6.2m.", "better_care_fund", {"6200000"}),
    # sums the words do not tie to the pool
    ("The Cabinet is asked to approve that the Council enters into a section 75 agreement with NHS Wessex Integrated "
     "Care Board for learning disability services, noting the Council's net budget of £412m.", "section_75", set()),
    ("The Cabinet is asked to approve that the Council enters into a section 75 agreement with NHS Wessex Integrated "
     "Care Board for learning disability services. The pooled budget for 2024/25 is £18.3m.", "section_75", set()),
    ("The Cabinet is asked to approve that the Council enters into a section 75 agreement with NHS Wessex Integrated "
     "Care Board for learning disability services, in which the Council spent £2.1m on agency staff.", "section_75", set()),
]


@pytest.mark.parametrize(("paragraph", "kind", "values"), POOL_VALUES, ids=[p[:60] for p, _, _ in POOL_VALUES])
def test_partnership_agreement_carries_only_sums_tied_to_it(paragraph: str, kind: str, values: set[str]) -> None:
    agreement = next(a for a in agreements_in(paragraph, HEADER) if a.kind.value == kind)
    assert set(agreement.values_gbp) == {Decimal(v) for v in values}


# Section 256 transfers: an NHS body paying the council a stated sum is an agreement of kind "other".
S256_TRANSFERS: list[tuple[str, tuple[str, str, str, set[str]] | None]] = [
    ("The Board is asked to approve a transfer of £1.2m from NHS Wessex Integrated Care Board to the Council under "
     "section 256 of the NHS Act 2006 to fund hospital discharge support.", (ICB, "new", "NHS Act 2006 s256", {"1200000"})),
    ("Cabinet noted that £450,000 will be transferred from NHS Wessex Integrated Care Board to the Council under a "
     "Section 256 agreement for winter pressures.", (ICB, "note", "NHS Act 2006 s256", {"450000"})),
    ("It is recommended that the Committee authorises the payment of £300,000 by NHS Wessex Integrated Care Board "
     "to the Council under s256 of the National Health Service Act 2006.", (ICB, "new", "NHS Act 2006 s256", {"300000"})),
    # a list of powers, or a transfer with no sum, moves nothing
    ("The Council may work jointly with NHS Wessex Integrated Care Board using powers under section 75 and section "
     "256 of the National Health Service Act 2006 and the general power of competence.", None),
    ("Section 256 of the NHS Act 2006 allows NHS bodies to transfer money to local authorities for social care.", None),
]


@pytest.mark.parametrize(("paragraph", "expected"), S256_TRANSFERS, ids=[p[:60] for p, _ in S256_TRANSFERS])
def test_section_256_transfer_is_an_other_agreement(paragraph: str, expected: tuple[str, str, str, set[str]] | None) -> None:
    transfers = [a for a in agreements_in(paragraph, HEADER) if a.statutory_basis == "NHS Act 2006 s256"]
    if expected is None:
        assert transfers == []
        return
    party, action, basis, values = expected
    assert len(transfers) == 1
    transfer = transfers[0]
    assert (transfer.kind.value, transfer.action.value, transfer.statutory_basis) == ("other", action, basis)
    assert [p.name for p in transfer.parties] == [COUNCIL, party]
    assert set(transfer.values_gbp) == {Decimal(v) for v in values}
