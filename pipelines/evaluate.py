"""`papers eval`: measure the stored facts against gold annotations (gold/FORMAT.md).

The matching rules are the gold scorer's (tools/score.py), restated here so the pipeline needs
nothing outside this repository at run time; a test checks both give the same figures.
Unlike the scorer, every document also lists what it missed and what it wrongly found.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from pipelines.export import _first_paths, gold_record

FIELDS = ("organisations", "money", "dates", "recommendations", "agreements")
AGREEMENT_ATTRIBUTES = ("action", "start_date", "end_date")
DOCUMENT_FIELDS = ("issuing_body", "meeting_date")

# Kinds of agreement that count as the same thing when pairing a prediction with the gold.
KIND_FAMILIES = {
    "section_75": "partnership",
    "pooled_budget": "partnership",
    "better_care_fund": "partnership",
    "inter_authority": "partnership",
    "contract": "contract",
    "framework": "contract",
    "grant": "contract",
    "other": "other",
}

# The scorer's name equivalences; deliberately not extractors.bodies.name_words, which adds its
# own (LB = London Borough, apostrophes dropped) and would make our figures drift from score.py's.
_ORG_ABBREVIATIONS = (
    (re.compile(r"\bccg\b"), "clinical commissioning group"),
    (re.compile(r"\bicb\b"), "integrated care board"),
    (re.compile(r"\bnhsft\b"), "nhs foundation trust"),
    (re.compile(r"\bft\b"), "foundation trust"),
    (re.compile(r"\bcc\b"), "county council"),
)
_ORG_IGNORED_WORDS = frozenset({"the", "nhs", "of"})
ORG_OVERLAP = 0.8
MONEY_TOLERANCE = 0.005
MONEY_MIN_TOLERANCE_GBP = 1.0
RECOMMENDATION_OVERLAP = 0.6
SUBJECT_OVERLAP = 0.5

Item = TypeVar("Item")
Gold = TypeVar("Gold")
OrgWords = frozenset[str]


def org_words(name: str) -> OrgWords:
    """An organisation name as the scorer compares it: a set of lower-case words."""
    text = name.lower().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    for pattern, replacement in _ORG_ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return frozenset(w for w in text.split() if w not in _ORG_IGNORED_WORDS)


def text_words(text: str) -> frozenset[str]:
    """The set of alphanumeric words of a text, lower case."""
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words; two empty sets are the same."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def orgs_match(a: OrgWords, b: OrgWords) -> bool:
    """Equal names, or word sets sharing at least 80% of the longer one."""
    if a == b:
        return True
    if not a or not b:
        return False
    return len(a & b) / max(len(a), len(b)) >= ORG_OVERLAP


def first_fit(gold: Sequence[Gold], predicted: Sequence[Item],
              same: Callable[[Gold, Item], bool]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: each prediction takes the first free gold item it matches."""
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for p_index, item in enumerate(predicted):
        for g_index, wanted in enumerate(gold):
            if g_index not in taken and same(wanted, item):
                taken.add(g_index)
                pairs.append((g_index, p_index))
                break
    return pairs


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


@dataclass
class FieldScore:
    """Counts for one field (of one document or summed), with the unmatched items named."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def add(self, other: FieldScore) -> None:
        self.matched += other.matched
        self.gold += other.gold
        self.predicted += other.predicted

    def figures(self) -> dict[str, Any]:
        """Precision, recall and F1 (micro), rounded as the scorer rounds them."""
        if self.predicted:
            precision = self.matched / self.predicted
        else:
            precision = 0.0 if self.gold else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"tp": self.matched, "gold": self.gold, "pred": self.predicted,
                "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


@dataclass
class Tally:
    """Right answers out of the gold values that could be checked."""

    correct: int = 0
    total: int = 0

    def count(self, right: bool) -> None:
        self.total += 1
        self.correct += int(right)

    def figures(self) -> dict[str, Any]:
        return {"correct": self.correct, "gold": self.total,
                "accuracy": _rate(self.correct, self.total)}


def _unmatched(items: Sequence[Item], used: set[int], show: Callable[[Item], str]) -> list[str]:
    return [show(item) for index, item in enumerate(items) if index not in used]


def _org_forms(item: Any) -> list[OrgWords]:
    """A predicted organisation is a name, or {name, mentions}: any of its forms may match."""
    if isinstance(item, str):
        return [org_words(item)]
    written = [item.get("name", ""), *item.get("mentions", [])]
    return [org_words(w) for w in written if w]


def _org_label(item: Any) -> str:
    return item if isinstance(item, str) else str(item.get("name", ""))


def score_organisations(gold_doc: dict[str, Any], pred_doc: dict[str, Any]) -> FieldScore:
    """Organisations: a prediction matching only an optional gold name counts neither way."""
    gold_names = list(gold_doc.get("organisations", []))
    gold = [org_words(g) for g in gold_names]
    optional = [org_words(o) for o in gold_doc.get("organisations_optional", [])]
    predicted = list(pred_doc.get("organisations", []))
    forms = [_org_forms(p) for p in predicted]

    def same(wanted: OrgWords, names: list[OrgWords]) -> bool:
        return any(orgs_match(wanted, n) for n in names)

    pairs = first_fit(gold, forms, same)
    used_pred = {p for _, p in pairs}
    wrong = [i for i in range(len(predicted)) if i not in used_pred
             and not any(same(o, forms[i]) for o in optional)]
    return FieldScore(len(pairs), len(gold), len(pairs) + len(wrong),
                      _unmatched(gold_names, {g for g, _ in pairs}, str),
                      [_org_label(predicted[i]) for i in wrong])


def _money_value(item: Any) -> float | None:
    value = item.get("value_gbp") if isinstance(item, dict) else item
    return float(value) if value is not None else None


def _distinct_amounts(items: Sequence[Any]) -> dict[float, str]:
    """Each distinct value, sorted, with the first way it was written (for the breakdown)."""
    written: dict[float, str] = {}
    for item in items:
        value = _money_value(item)
        if value is not None and value not in written:
            text = item.get("text") if isinstance(item, dict) else None
            written[value] = f"{text} ({value:g})" if text else f"{value:g}"
    return {value: written[value] for value in sorted(written)}


def amounts_match(gold: float, predicted: float) -> bool:
    """Equal within 0.5% of the gold value (and never stricter than £1)."""
    return abs(gold - predicted) <= max(MONEY_MIN_TOLERANCE_GBP, MONEY_TOLERANCE * abs(gold))


def score_money(gold_doc: dict[str, Any], pred_doc: dict[str, Any]) -> FieldScore:
    """Money: distinct values on each side, equal within tolerance."""
    gold = _distinct_amounts(gold_doc.get("money", []))
    predicted = _distinct_amounts(pred_doc.get("money", []))
    gold_values, pred_values = list(gold), list(predicted)
    pairs = first_fit(gold_values, pred_values, amounts_match)
    return FieldScore(len(pairs), len(gold_values), len(pred_values),
                      _unmatched(gold_values, {g for g, _ in pairs}, gold.__getitem__),
                      _unmatched(pred_values, {p for _, p in pairs}, predicted.__getitem__))


def _iso(item: Any) -> str | None:
    return item.get("iso") if isinstance(item, dict) else item


def score_dates(gold_doc: dict[str, Any], pred_doc: dict[str, Any]) -> FieldScore:
    """Dates: distinct ISO days; a gold date whose year was inferred is optional both ways."""
    entries = [d for d in gold_doc.get("dates", []) if _iso(d)]
    optional = {_iso(d) for d in entries if isinstance(d, dict) and d.get("year_inferred")}
    gold = sorted({_iso(d) for d in entries} - optional)
    predicted = sorted({_iso(d) for d in pred_doc.get("dates", []) if _iso(d)} - optional)
    pairs = first_fit(gold, predicted, lambda g, p: g == p)
    return FieldScore(len(pairs), len(gold), len(predicted),
                      _unmatched(gold, {g for g, _ in pairs}, str),
                      _unmatched(predicted, {p for _, p in pairs}, str))


def _recommendation_text(item: Any) -> str:
    return str(item.get("text", "")) if isinstance(item, dict) else str(item)


def score_recommendations(gold_doc: dict[str, Any], pred_doc: dict[str, Any]) -> FieldScore:
    """Recommendations: word-set overlap (Jaccard) of 0.6 or more."""
    gold = [_recommendation_text(r) for r in gold_doc.get("recommendations", [])]
    predicted = [_recommendation_text(r) for r in pred_doc.get("recommendations", [])]
    pairs = first_fit([text_words(g) for g in gold], [text_words(p) for p in predicted],
                      lambda g, p: jaccard(g, p) >= RECOMMENDATION_OVERLAP)
    return FieldScore(len(pairs), len(gold), len(predicted),
                      _unmatched(gold, {g for g, _ in pairs}, str),
                      _unmatched(predicted, {p for _, p in pairs}, str))


def agreements_match(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Same kind family and a party in common (or, with no gold parties, similar subjects)."""
    kinds = [gold.get("kind"), *gold.get("kind_also_acceptable", [])]
    families = {KIND_FAMILIES.get(k, "other") for k in kinds}  # type: ignore[arg-type]
    if KIND_FAMILIES.get(predicted.get("kind"), "other") not in families:  # type: ignore[arg-type]
        return False
    gold_parties = [org_words(x) for x in
                    [*gold.get("parties", []), *gold.get("parties_optional", [])]]
    for party in predicted.get("parties", []):
        if any(orgs_match(g, n) for g in gold_parties for n in _org_forms(party)):
            return True
    return not gold_parties and jaccard(text_words(gold.get("subject", "")),
                                        text_words(predicted.get("subject", ""))) >= SUBJECT_OVERLAP


def _agreement_label(agreement: dict[str, Any]) -> str:
    parties = ", ".join(_org_label(p) for p in agreement.get("parties", []))
    return f"{agreement.get('kind')}: {agreement.get('subject')} [{parties}]"


def score_agreements(gold_doc: dict[str, Any], pred_doc: dict[str, Any],
                     attributes: dict[str, Tally], wrong: list[str]) -> FieldScore:
    """Agreements paired by kind family and parties; each pair's attributes tallied, errors noted."""
    gold = list(gold_doc.get("agreements", []))
    predicted = list(pred_doc.get("agreements", []))
    pairs = first_fit(gold, predicted, agreements_match)
    for g_index, p_index in pairs:
        wanted, found = gold[g_index], predicted[p_index]
        for key in AGREEMENT_ATTRIBUTES:
            if wanted.get(key) is None:
                continue
            accepted = [wanted.get(key), *wanted.get(f"{key}_also_acceptable", [])]
            right = found.get(key) in accepted
            attributes[key].count(right)
            if not right:
                wrong.append(f"{key} {found.get(key)!r}, gold {wanted.get(key)!r}: "
                             f"{wanted.get('subject')}")
    return FieldScore(len(pairs), len(gold), len(predicted),
                      _unmatched(gold, {g for g, _ in pairs}, _agreement_label),
                      _unmatched(predicted, {p for _, p in pairs}, _agreement_label))


def document_field_right(gold_doc: dict[str, Any], pred_doc: dict[str, Any], key: str) -> bool | None:
    """Issuing body (names compared as organisations) or meeting date; None when gold has none."""
    wanted = gold_doc.get(key)
    if not wanted:
        return None
    found = pred_doc.get(key) or ""
    if key == "meeting_date":
        accepted = [wanted, *(m.get("meeting_date") for m in gold_doc.get("meeting_alternatives", []))]
        return found in accepted
    names = [wanted, *gold_doc.get("issuing_body_aliases", [])]
    return any(orgs_match(org_words(n), org_words(found)) for n in names)


_FIELD_SCORERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], FieldScore]] = {
    "organisations": score_organisations,
    "money": score_money,
    "dates": score_dates,
    "recommendations": score_recommendations,
}


@dataclass
class DocumentScore:
    """One gold document's field scores and what it got wrong."""

    stem: str
    predicted: bool
    fields: dict[str, FieldScore]
    attribute_errors: list[str]
    document_field_errors: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"predicted": self.predicted,
                "fields": {name: {**score.figures(), "misses": score.misses,
                                  "false_hits": score.false_hits}
                           for name, score in self.fields.items()},
                "agreement_attribute_errors": self.attribute_errors,
                "document_field_errors": self.document_field_errors}


@dataclass
class Evaluation:
    """Totals over all gold documents, plus each document's breakdown."""

    documents: list[DocumentScore]
    totals: dict[str, FieldScore]
    attributes: dict[str, Tally]
    document_fields: dict[str, Tally]

    def as_dict(self) -> dict[str, Any]:
        """The scorer's JSON keys, plus `per_document` with misses and false hits."""
        return {
            "documents": len(self.documents),
            "missing_predictions": sorted(d.stem for d in self.documents if not d.predicted),
            "fields": {name: score.figures() for name, score in self.totals.items()},
            "agreement_attributes": {k: t.figures() for k, t in self.attributes.items()},
            "document_fields": {k: t.figures() for k, t in self.document_fields.items()},
            "per_document": {d.stem: d.as_dict() for d in self.documents},
        }


def evaluate(gold_docs: dict[str, dict[str, Any]], pred_docs: dict[str, dict[str, Any]]) -> Evaluation:
    """Score predictions against gold, document by document (by file stem), summed over documents."""
    totals = {name: FieldScore() for name in FIELDS}
    attributes = {key: Tally() for key in AGREEMENT_ATTRIBUTES}
    document_fields = {key: Tally() for key in DOCUMENT_FIELDS}
    documents: list[DocumentScore] = []
    for stem, gold_doc in gold_docs.items():
        pred_doc = pred_docs.get(stem, {})
        attribute_errors: list[str] = []
        scores = {name: scorer(gold_doc, pred_doc) for name, scorer in _FIELD_SCORERS.items()}
        scores["agreements"] = score_agreements(gold_doc, pred_doc, attributes, attribute_errors)
        for name in FIELDS:
            totals[name].add(scores[name])
        field_errors = []
        for key in DOCUMENT_FIELDS:
            right = document_field_right(gold_doc, pred_doc, key)
            if right is None:
                continue
            document_fields[key].count(right)
            if not right:
                field_errors.append(f"{key}: {pred_doc.get(key)!r}, gold {gold_doc.get(key)!r}")
        documents.append(DocumentScore(stem, stem in pred_docs, {n: scores[n] for n in FIELDS},
                                       attribute_errors, field_errors))
    return Evaluation(documents, totals, attributes, document_fields)


def load_gold(directory: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations, one `<stem>.json` per document, keyed by stem."""
    return {file.stem: json.loads(file.read_text(encoding="utf-8"))
            for file in sorted(directory.glob("*.json"))}


def exported_records(database: Path) -> dict[str, dict[str, Any]]:
    """Every stored document in the gold export shape, keyed by the stem `papers export` names it by."""
    db = sqlite_utils.Database(sqlite3.connect(f"file:{database}?mode=ro", uri=True))
    try:
        paths = _first_paths(db)
        records: dict[str, dict[str, Any]] = {}
        for document in db.query("SELECT * FROM documents ORDER BY id"):
            path = paths.get(document["id"], document["id"])
            records[Path(path).stem] = gold_record(db, document, path)
        return records
    finally:
        db.close()


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(evaluation: Evaluation, details: bool = True) -> str:
    """Plain-text report: the totals table, then what each document missed and wrongly found."""
    result = evaluation.as_dict()
    lines = [f"documents: {result['documents']}  "
             f"missing predictions: {len(result['missing_predictions'])}",
             f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'gold':>6}{'pred':>6}"]
    for name, m in result["fields"].items():
        lines.append(f"{name:<16}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}"
                     f"{m['tp']:>6}{m['gold']:>6}{m['pred']:>6}")
    for group in ("agreement_attributes", "document_fields"):
        for key, m in result[group].items():
            accuracy = "n/a" if m["accuracy"] is None else f"{m['accuracy']:.3f}"
            lines.append(f"{key:<16}accuracy {accuracy} ({m['correct']}/{m['gold']})")
    if not details:
        return "\n".join(lines)
    for document in evaluation.documents:
        lines += ["", f"== {document.stem}" + ("" if document.predicted else "  (not in the database)")]
        clean = True
        for name, score in document.fields.items():
            if not (score.misses or score.false_hits):
                continue
            clean = False
            lines.append(f"  {name}: {score.matched}/{score.gold} found, {score.predicted} predicted")
            lines += [f"    - missed: {_clip(item)}" for item in score.misses]
            lines += [f"    + false:  {_clip(item)}" for item in score.false_hits]
        for error in document.attribute_errors + document.document_field_errors:
            clean = False
            lines.append(f"  wrong {_clip(error)}")
        if clean:
            lines.append("  everything matched")
    return "\n".join(lines)
