"""The tifa lexicon's format and evidence: size, source notes, corpus frequency recorded."""
from neican.resources.loader import tifa

CATEGORIES = {"ideology", "party_building", "economy", "reform", "development", "regional", "governance",
              "rule_of_law", "social", "ecology", "security", "foreign", "military", "hmt", "rural", "technology",
              "culture", "discipline", "slogan"}


def test_lexicon_size_and_fields():
    entries = tifa()
    assert len(entries) >= 800
    for entry in entries:
        assert entry.category in CATEGORIES, entry.term
        assert entry.source.strip(), f"{entry.term} has no source note"
        assert entry.corpus_count >= 0


def test_most_entries_occur_in_the_corpus():
    entries = tifa()
    share = sum(1 for e in entries if e.corpus_count > 0) / len(entries)
    assert share >= 0.8, f"only {share:.0%} of entries occur in the xwlb corpus"


def test_entries_are_simplified_and_unique():
    from neican.normalize import to_simplified_plain

    forms = [f for e in tifa() for f in (e.term, *e.variants)]
    assert len(forms) == len(set(forms))
    # OpenCC leaves a few characters as they are only in context; the terms are written simplified
    assert sum(1 for f in forms if to_simplified_plain(f) != f) <= 3
