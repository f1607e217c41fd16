"""Reading character-tagged NER corpora and scoring entity spans (benchmark, tests, training).

Corpora: one character and its tag a line (space- or tab-separated), a blank line between
sentences; tags BIO over LOC/ORG/PER (a single-character entity is tagged B- only), or BMES/BIOES.
Scores are exact-span, entity-level precision, recall and F1 per label.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

Gold = frozenset  # of (start, end, label)


def tags_to_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans of a BIO (or BMES/BIOES) tag sequence; a stray I- starts an entity."""
    spans, start, label = set(), None, None
    for pos, tag in enumerate([*tags, "O"]):
        head, _, kind = tag.partition("-")
        continues = head in ("I", "M", "E") and kind == label and start is not None
        if not continues:
            if start is not None:
                spans.add((start, pos, label))
            start, label = (pos, kind) if head in ("B", "S", "I", "M", "E") and kind else (None, None)
        if head in ("E", "S") and start is not None:
            spans.add((start, pos + 1, label))
            start, label = None, None
    return spans


def read_tagged(path: str | Path, limit: int | None = None) -> list[tuple[str, Gold]]:
    """Sentences of a character-tagged file: (text, gold spans)."""
    sentences, chars, tags = [], [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if chars:
                    sentences.append(("".join(chars), Gold(tags_to_spans(tags))))
                    chars, tags = [], []
                    if limit is not None and len(sentences) >= limit:
                        return sentences
                continue
            char, _, tag = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
            chars.append(char[:1] or " ")
            tags.append(tag.strip() or "O")
    if chars:
        sentences.append(("".join(chars), Gold(tags_to_spans(tags))))
    return sentences[:limit] if limit is not None else sentences


@dataclass
class Score:
    label: str
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs, labels=("PER", "LOC")) -> dict[str, Score]:
    """Exact-span scores from (predicted spans, gold spans) pairs, per label."""
    scores = {label: Score(label) for label in labels}
    for predicted, gold in pairs:
        predicted, gold = set(predicted), set(gold)
        for label, s in scores.items():
            p = {x for x in predicted if x[2] == label}
            g = {x for x in gold if x[2] == label}
            s.predicted += len(p)
            s.gold += len(g)
            s.true_positives += len(p & g)
    return scores
