"""Budget lines and treasury holdings are not agreements: a grant or pool named in a row of figures, and a
'pooled fund' investment, on invented pages; prose naming the same grant with its sum still counts."""

from __future__ import annotations

import pytest
from agreement_helpers import COUNCIL_HEADER, agreements_in, subject_summary

from extractors.agreements.budget_lines import in_figures_row
from extractors.agreements.records import K, Mention

NOT_AGREEMENTS: list[str] = [
    # a revenue budget table row: description, grantor or partner, then columns of £000 figures
    "Appendix D: Revenue budget changes\n\n"
    "Children's Services\tCllr Ann Smith\tRemoval of the Youth Support Grant from the Department for "
    "Education\t412.6\t0.0\t-412.6\n"
    "Adults\tCllr Ben Jones\tBetter Care Fund with Wessex Integrated Care Board\t-1,204.3\t-1,260.8\t-1,318.0\n",
    # a capital programme row in whole £000s
    "Community Halls Capital Grants from Sport England for improvements to halls 640 52 52 60 60 "
    "Highways Maintenance 12,004\n",
    # a long description before the row's figures
    "Public Health\tCllr Cara Lee\tReduction in the Sexual Health Grant from the Department of Health and Social "
    "Care following the national settlement, to be met by reducing the number of commissioned clinics and by "
    "redesigning the outreach offer across the county over the coming years\t-233.5\t0.0\t0.0\n",
    # treasury management: pooled funds are investments, not pooled budgets
    "Budget Risks Register\nSignificant Risks (over £10m) ALL IFRS9 Councils will be required to recognise\n"
    "the revenue impact on the General Fund of\nunrealised gains/ losses on pooled fund\n"
    "investments from 2026-27 when the statutory\noverride ceases. The statutory override\n"
    "currently allows unrealised gains/losses on\npooled investment funds to be held in an\n"
    "unusable reserve until the asset matures.\n",
]


@pytest.mark.parametrize("page", NOT_AGREEMENTS)
def test_budget_line_or_investment_is_no_agreement(page: str) -> None:
    assert agreements_in(page, COUNCIL_HEADER) == []


def test_grant_told_in_prose_with_its_sum_still_counts() -> None:
    page = ("The Department for Transport issued a notification of the Active Travel grant allocation of "
            "£2,150.0k on 3 March 2025. The Active Travel grant is ring-fenced to walking and cycling schemes.\n")
    found = [subject_summary(a)[:2] for a in agreements_in(page, COUNCIL_HEADER)]
    assert ("grant", "Active Travel") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Youth Grant\t412.6\t0.0\t-412.6", True),
    ("Halls Grant 640 52 52 60 60", True),
    ("Youth Grant of £412,600 for 2025-26 and £398,000 for 2026-27", False),
    ("Youth Grant between 1 April 2025 and 31 March 2026", False),
])
def test_figures_row(text: str, expected: bool) -> None:
    end = text.index("Grant") + len("Grant")
    mention = Mention(K.GRANT, 0, end, (0, len(text)))
    assert in_figures_row(text, mention) is expected


def test_table_reader_row_is_kept() -> None:
    text = "Youth Grant\t412.6\t0.0\t-412.6"
    mention = Mention(K.GRANT, 0, 11, (0, len(text)), closed=True)
    assert in_figures_row(text, mention) is False


def test_grant_reserve_is_no_grant() -> None:
    page = ("The Corporate Unspent Grant and External Funds Reserve will be extended to March 2027 with a "
            "contribution of £2.1m. The Corporate Unspent Grant and External Funds Reserve held £4.5m at 31 March 2025.\n")
    assert agreements_in(page, COUNCIL_HEADER) == []
