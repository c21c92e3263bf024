"""`papers eval`: each matching rule on hand-made gold/prediction pairs, and agreement with score.py."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, SHARED, needs_shared
from pipelines.cli import main
from pipelines.evaluate import (
    Evaluation,
    evaluate,
    exported_records,
    load_gold,
    org_words,
    orgs_match,
    render,
)

GOLD_DIR = Path(__file__).parent / "gold"


def _score(gold: dict[str, Any], pred: dict[str, Any]) -> Evaluation:
    return evaluate({"doc": gold}, {"doc": pred})


def _counts(evaluation: Evaluation, name: str) -> tuple[int, int, int]:
    total = evaluation.totals[name]
    return total.matched, total.gold, total.predicted


@pytest.mark.parametrize("a, b, same", [
    ("Cambridgeshire and Peterborough CCG",
     "NHS Cambridgeshire and Peterborough Clinical Commissioning Group", True),
    ("Kent CC", "Kent County Council", True),
    ("The King’s Fund", "the king's fund", True),
    ("Leeds & York Partnership NHSFT", "Leeds and York Partnership NHS Foundation Trust", True),
    ("Brighton FT", "Brighton Foundation Trust", True),
    ("Kent ICB", "Kent Integrated Care Board", True),
    # Five shared words of five: exactly at the 80% line, counted the same.
    ("Bexley Voluntary Service Council", "Bexley Voluntary Service Council Ltd", True),
    # Three of four words shared: 75%, not the same organisation.
    ("Kent County Council", "Kent County Cricket Council", False),
    ("Medway Council", "Kent County Council", False),
    ("NHS", "Kent County Council", False),
    # The scorer does not expand LB; our evaluation must not either.
    ("LB Bexley", "London Borough of Bexley", False),
])
def test_organisation_names_match_as_the_scorer_compares_them(a: str, b: str, same: bool) -> None:
    assert orgs_match(org_words(a), org_words(b)) is same


def test_org_normalisation_drops_the_nhs_and_of() -> None:
    assert org_words("The NHS Trust of Kent") == frozenset({"trust", "kent"})


def test_predicted_organisation_matches_through_any_written_form() -> None:
    gold = {"organisations": ["CPFT", "Kent County Council"]}
    pred = {"organisations": [{"name": "Cambridgeshire and Peterborough NHS Foundation Trust",
                               "mentions": ["CPFT"]}, "Medway Council"]}
    result = _score(gold, pred)
    assert _counts(result, "organisations") == (1, 2, 2)
    document = result.documents[0].fields["organisations"]
    assert document.misses == ["Kent County Council"]
    assert document.false_hits == ["Medway Council"]


def test_optional_organisations_count_neither_way() -> None:
    gold = {"organisations": ["Kent County Council"], "organisations_optional": ["KCC"]}
    assert _counts(_score(gold, {"organisations": ["KCC"]}), "organisations") == (0, 1, 0)
    assert _counts(_score(gold, {"organisations": ["Kent CC", "KCC"]}),
                   "organisations") == (1, 1, 1)


def test_each_prediction_takes_one_gold_item() -> None:
    gold = {"organisations": ["Kent County Council"]}
    pred = {"organisations": ["Kent County Council", "Kent CC"]}
    assert _counts(_score(gold, pred), "organisations") == (1, 1, 2)


@pytest.mark.parametrize("gold_value, pred_value, matched", [
    (4708057, 4708057, True),
    (1_000_000, 1_004_999, True),   # within 0.5%
    (1_000_000, 1_005_001, False),  # just outside
    (100, 101, True),               # never stricter than £1
    (100, 101.5, False),
    (-25000, -25000, True),
    (-25000, 25000, False),
])
def test_money_within_half_a_percent(gold_value: float, pred_value: float, matched: bool) -> None:
    result = _score({"money": [{"value_gbp": gold_value}]}, {"money": [{"value_gbp": pred_value}]})
    assert _counts(result, "money") == (int(matched), 1, 1)


def test_money_values_are_counted_once() -> None:
    gold = {"money": [{"text": "£5", "value_gbp": 5}, {"text": "£5.00", "value_gbp": 5.0}]}
    pred = {"money": [{"text": "£5", "value_gbp": 5}, {"text": "£7", "value_gbp": 7}]}
    result = _score(gold, pred)
    assert _counts(result, "money") == (1, 1, 2)
    assert result.documents[0].fields["money"].false_hits == ["£7 (7)"]


def test_dates_with_an_inferred_year_are_optional() -> None:
    gold = {"dates": [{"iso": "2021-04-01", "role": "start"},
                      {"iso": "2021-05-01", "role": "other", "year_inferred": True},
                      {"iso": "2021-06-01", "role": "other", "year_inferred": True}]}
    pred = {"dates": [{"iso": "2021-04-01"}, {"iso": "2021-05-01"}, {"iso": "2022-01-01"}]}
    result = _score(gold, pred)
    # 2021-05-01 is neither a hit nor a false hit; 2021-06-01 is not a miss.
    assert _counts(result, "dates") == (1, 1, 2)
    assert result.documents[0].fields["dates"].false_hits == ["2022-01-01"]
    assert result.documents[0].fields["dates"].misses == []


@pytest.mark.parametrize("predicted, matched", [
    ("approve the extension of the contract to 31 March 2022", True),
    ("approve the extension of the contract to", True),  # 6 of 9 words: 0.67
    ("approve the extension of the contract", False),    # 5 of 9 words: 0.56
    ("approve the contract", False),                     # 3 of 9 words: 0.33
])
def test_recommendations_match_at_six_tenths_word_overlap(predicted: str, matched: bool) -> None:
    gold = {"recommendations": ["Approve the extension of the contract to 31 March 2022."]}
    result = _score(gold, {"recommendations": [predicted]})
    assert _counts(result, "recommendations") == (int(matched), 1, 1)


def _agreement(kind: str, parties: list[str], **rest: Any) -> dict[str, Any]:
    return {"kind": kind, "subject": rest.pop("subject", "Equipment service"), "parties": parties,
            "action": rest.pop("action", "extend"), "start_date": rest.pop("start_date", None),
            "end_date": rest.pop("end_date", None), **rest}


@pytest.mark.parametrize("gold_kind, pred_kind, matched", [
    ("section_75", "pooled_budget", True),      # both partnership arrangements
    ("better_care_fund", "inter_authority", True),
    ("contract", "framework", True),
    ("grant", "contract", True),
    ("section_75", "contract", False),
    ("other", "contract", False),
])
def test_agreement_kinds_match_by_family(gold_kind: str, pred_kind: str, matched: bool) -> None:
    gold = {"agreements": [_agreement(gold_kind, ["Kent County Council"])]}
    pred = {"agreements": [_agreement(pred_kind, ["Kent CC"])]}
    assert _counts(_score(gold, pred), "agreements") == (int(matched), 1, 1)


def test_agreement_kind_also_acceptable_widens_the_family() -> None:
    gold = {"agreements": [_agreement("section_75", ["Kent County Council"],
                                      kind_also_acceptable=["contract"])]}
    pred = {"agreements": [_agreement("grant", ["Kent County Council"])]}
    assert _counts(_score(gold, pred), "agreements") == (1, 1, 1)


@pytest.mark.parametrize("pred_parties, matched", [
    (["Medway Council", "Kent and Medway CCG"], True),   # one party in common is enough
    (["Medway Council"], False),
    (["NHS Kent and Medway Clinical Commissioning Group"], True),
    ([], False),
])
def test_agreements_need_a_party_in_common(pred_parties: list[str], matched: bool) -> None:
    gold = {"agreements": [_agreement("section_75", ["Kent County Council", "Kent and Medway CCG"])]}
    pred = {"agreements": [_agreement("section_75", pred_parties)]}
    assert _counts(_score(gold, pred), "agreements") == (int(matched), 1, 1)


def test_optional_parties_can_pair_an_agreement() -> None:
    gold = {"agreements": [_agreement("contract", ["Kent County Council"],
                                      parties_optional=["NRS Healthcare"])]}
    pred = {"agreements": [_agreement("contract", ["NRS Healthcare"])]}
    assert _counts(_score(gold, pred), "agreements") == (1, 1, 1)


def test_agreements_without_gold_parties_pair_on_subject() -> None:
    gold = {"agreements": [_agreement("grant", [], subject="Domestic abuse support grant")]}
    close = {"agreements": [_agreement("grant", ["Kent CC"], subject="domestic abuse grant")]}
    far = {"agreements": [_agreement("grant", ["Kent CC"], subject="Highways maintenance")]}
    assert _counts(_score(gold, close), "agreements") == (1, 1, 1)
    assert _counts(_score(gold, far), "agreements") == (0, 1, 1)


def test_paired_agreements_are_scored_on_action_and_dates() -> None:
    gold = {"agreements": [_agreement("section_75", ["Kent County Council"], action="renew",
                                      action_also_acceptable=["extend"], start_date=None,
                                      end_date="2022-03-31")]}
    pred = {"agreements": [_agreement("section_75", ["Kent County Council"], action="extend",
                                      start_date="2021-04-01", end_date="2023-03-31")]}
    result = _score(gold, pred)
    figures = {k: (t.correct, t.total) for k, t in result.attributes.items()}
    # A start date the gold leaves empty is not checked.
    assert figures == {"action": (1, 1), "start_date": (0, 0), "end_date": (0, 1)}
    assert result.documents[0].attribute_errors == [
        "end_date '2023-03-31', gold '2022-03-31': Equipment service"]


@pytest.mark.parametrize("pred, right", [
    ({"issuing_body": "Kent CC", "meeting_date": "2020-10-08"}, (True, True)),
    ({"issuing_body": "KCC", "meeting_date": "2020-11-08"}, (True, True)),    # alias, alternative
    ({"issuing_body": "Medway Council", "meeting_date": None}, (False, False)),
])
def test_issuing_body_and_meeting_date(pred: dict[str, Any], right: tuple[bool, bool]) -> None:
    gold = {"issuing_body": "Kent County Council", "issuing_body_aliases": ["KCC"],
            "meeting_date": "2020-10-08",
            "meeting_alternatives": [{"meeting_body": "Cabinet", "meeting_date": "2020-11-08"}]}
    result = _score(gold, pred)
    assert (result.document_fields["issuing_body"].correct == 1,
            result.document_fields["meeting_date"].correct == 1) == right


def test_a_document_without_gold_values_is_not_counted() -> None:
    result = _score({"issuing_body": None, "meeting_date": None}, {"issuing_body": "Kent CC"})
    assert all(t.total == 0 for t in result.document_fields.values())
    assert result.as_dict()["document_fields"]["issuing_body"]["accuracy"] is None


def test_missing_prediction_counts_as_empty() -> None:
    result = evaluate({"a": {"dates": [{"iso": "2021-04-01"}]}}, {})
    figures = result.as_dict()
    assert figures["missing_predictions"] == ["a"]
    assert figures["fields"]["dates"] == {"tp": 0, "gold": 1, "pred": 0, "precision": 0.0,
                                          "recall": 0.0, "f1": 0.0}
    assert "(not in the database)" in render(result)


def test_empty_fields_on_both_sides_score_perfectly() -> None:
    figures = _score({}, {}).as_dict()["fields"]["money"]
    assert (figures["precision"], figures["recall"], figures["f1"]) == (1.0, 1.0, 1.0)


# --- on the seeds, through the database --------------------------------------------------------

@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("eval") / "papers.db"
    assert main(["run", *map(str, sorted(CORPUS.glob("0*.txt"))), "--db", str(database)]) == 0
    return database


def test_eval_reads_the_export_from_the_database(seed_db: Path) -> None:
    records = exported_records(seed_db)
    assert set(records) == {p.stem for p in CORPUS.glob("0*.txt")}
    result = evaluate(load_gold(GOLD_DIR), records)
    assert result.as_dict()["missing_predictions"] == []
    assert all(t.predicted > 0 for t in result.totals.values())


def test_eval_command_prints_totals_and_a_breakdown(seed_db: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", str(GOLD_DIR), "--db", str(seed_db)]) == 0
    out = capsys.readouterr().out
    assert "organisations" in out and "issuing_body    accuracy" in out
    assert "== 000_61f569a367402524" in out
    assert main(["eval", "--gold", str(GOLD_DIR), "--db", str(seed_db), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["per_document"]) == {p.stem for p in GOLD_DIR.glob("*.json")}
    assert {"misses", "false_hits"} <= set(result["per_document"]["000_61f569a367402524"]
                                           ["fields"]["money"])


def test_eval_command_refuses_a_missing_database(tmp_path: Path) -> None:
    assert main(["eval", "--gold", str(GOLD_DIR), "--db", str(tmp_path / "none.db")]) == 1
    assert main(["eval", "--gold", str(tmp_path), "--db", str(tmp_path / "none.db")]) == 1


@needs_shared
def test_figures_equal_the_gold_scorers(seed_db: Path, tmp_path: Path) -> None:
    gold = SHARED / "gold" / "seeds"
    out = tmp_path / "export"
    assert main(["export", "--db", str(seed_db), "--out", str(out)]) == 0
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold), "--pred", str(out),
         "--json"], check=True, capture_output=True, text=True)
    theirs = json.loads(scored.stdout)
    ours = evaluate(load_gold(gold), exported_records(seed_db)).as_dict()
    for key in ("documents", "missing_predictions", "fields", "agreement_attributes",
                "document_fields"):
        assert ours[key] == theirs[key], key


@needs_shared
def test_per_document_counts_equal_the_gold_scorers(seed_db: Path, tmp_path: Path) -> None:
    gold = SHARED / "gold" / "seeds"
    out = tmp_path / "export"
    main(["export", "--db", str(seed_db), "--out", str(out)])
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold), "--pred", str(out),
         "--json", "--per-doc"], check=True, capture_output=True, text=True)
    theirs = json.loads(scored.stdout)["per_document"]
    ours = evaluate(load_gold(gold), exported_records(seed_db)).as_dict()["per_document"]
    for stem, counts in theirs.items():
        for name, (tp, n_gold, n_pred) in counts.items():
            mine = ours[stem]["fields"][name]
            assert (mine["tp"], mine["gold"], mine["pred"]) == (tp, n_gold, n_pred), (stem, name)


def _perturbed(record: dict[str, Any], seed: int) -> dict[str, Any]:
    """A prediction with deliberate faults of every kind, so the comparison is not all 1.0."""
    out = json.loads(json.dumps(record))
    out["organisations"] = [o for i, o in enumerate(out["organisations"]) if (i + seed) % 3]
    out["organisations"].append({"name": "Made Up Borough Council", "mentions": ["MUBC"]})
    for i, amount in enumerate(out["money"]):
        amount["value_gbp"] = amount["value_gbp"] * (1.004 if i % 2 else 1.02)
    out["dates"] = out["dates"][seed % 2::2] + [{"text": "x", "iso": "1999-01-01", "role": "other"}]
    out["recommendations"] = [r.split(",")[0] for r in out["recommendations"]]
    for i, agreement in enumerate(out["agreements"]):
        agreement["kind"] = ("grant", "other", agreement["kind"])[i % 3]
        agreement["action"] = ("new", agreement["action"])[i % 2]
        agreement["end_date"] = None if i % 4 == 0 else agreement["end_date"]
    if seed % 2:
        out["issuing_body"], out["meeting_date"] = "Somewhere Else Council", "2001-01-01"
    return out


@needs_shared
def test_figures_equal_the_gold_scorers_on_faulty_predictions(seed_db: Path, tmp_path: Path) -> None:
    gold = SHARED / "gold" / "seeds"
    predictions = {stem: _perturbed(record, seed)
                   for seed, (stem, record) in enumerate(sorted(exported_records(seed_db).items()))}
    predictions.pop(sorted(predictions)[-1])  # one document missing altogether
    out = tmp_path / "faulty"
    out.mkdir()
    for stem, record in predictions.items():
        (out / f"{stem}.json").write_text(json.dumps(record), encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold), "--pred", str(out),
         "--json", "--per-doc"], check=True, capture_output=True, text=True)
    theirs = json.loads(scored.stdout)
    ours = evaluate(load_gold(gold), predictions).as_dict()
    assert theirs["fields"]["organisations"]["f1"] < 1.0  # the faults did bite
    for key in ("documents", "missing_predictions", "fields", "agreement_attributes",
                "document_fields"):
        assert ours[key] == theirs[key], key
    for stem, counts in theirs["per_document"].items():
        for name, (tp, n_gold, n_pred) in counts.items():
            mine = ours["per_document"][stem]["fields"][name]
            assert (mine["tp"], mine["gold"], mine["pred"]) == (tp, n_gold, n_pred), (stem, name)
