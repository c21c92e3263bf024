"""A police and crime commissioner's decision record: its "Proposal" puts a resolution to the commissioner
("That the PCC approve ..."), who is a deciding body like a cabinet (invented text)."""

from __future__ import annotations

from test_recommendations import texts

_RECORD = ("Record of decision\n\nExecutive Summary\n\nThe PCC's budget allocates £250,000 per policing area for "
           "partnership work with local authorities.\n\nProposal\n\n{proposal}\n\n"
           "Approval of the Police and Crime Commissioner\n\nI hereby approve the above proposal.\n")


def test_a_resolution_under_proposal_is_what_the_commissioner_is_asked_to_decide() -> None:
    proposal = ("That the PCC approve the release of £200,000 from the budget equalisation reserve to support work "
                "with district council partners.")
    assert texts(_RECORD.format(proposal=proposal)) == [proposal.rstrip(".")]


def test_the_commissioner_written_out_decides_too() -> None:
    proposal = "That the Police and Crime Commissioner approve the grant of £50,000 to the Northby Victims Hub."
    assert texts(_RECORD.format(proposal=proposal)) == [proposal.rstrip(".")]


def test_a_narrative_under_proposal_is_no_recommendation() -> None:
    proposal = "The proposal is to fund two partnership projects, one with each community safety partnership."
    assert texts(_RECORD.format(proposal=proposal)) == []
