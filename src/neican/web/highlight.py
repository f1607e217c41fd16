"""Cut a document's clean text into segments, each carrying the extracted spans that cover it.

Records give character offsets into ``text`` (people[].mentions, formulations[].evidence,
regions[].evidence, events[].evidence). Spans may nest (a person inside an event sentence), so
the text is cut at every span boundary and each segment lists the spans over it; the template
renders a segment as one element with one class per kind, and links it to the shortest span's
page. Offsets outside the text are dropped rather than misplaced.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Kind → (legend label, record field). Order is the legend's.
KINDS = {
    "person": "人物 people",
    "formulation": "提法 formulations",
    "region": "地区 regions",
    "event": "会议 events",
}


@dataclass(frozen=True)
class Mark:
    """One extracted span over the text: kind, offsets, tooltip and the page it links to."""

    kind: str
    start: int
    end: int
    label: str
    href: str | None = None


@dataclass
class Segment:
    """A run of text and the marks covering all of it (innermost first)."""

    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"hl-{m.kind}" for m in self.marks}))

    @property
    def href(self) -> str | None:
        return next((m.href for m in self.marks if m.href), None)

    @property
    def title(self) -> str:
        return " · ".join(dict.fromkeys(m.label for m in self.marks))


def _pairs(value: Any) -> list[tuple[int, int]]:
    """[[s, e], …] or a single [s, e] as a list of int pairs; anything else as none."""
    if not isinstance(value, list) or not value:
        return []
    if all(isinstance(v, int) for v in value) and len(value) == 2:
        return [(value[0], value[1])]
    return [(v[0], v[1]) for v in value
            if isinstance(v, (list, tuple)) and len(v) == 2 and all(isinstance(x, int) for x in v)]


def record_marks(record: dict[str, Any], people: dict[str, int], quote) -> list[Mark]:
    """The marks of a record: people (linked to their entity), formulations, regions, events.

    ``people`` maps a name to its entity id; ``quote`` makes a URL path segment of a text.
    """
    marks: list[Mark] = []
    for person in record.get("people") or []:
        name = person.get("name") or ""
        titles = "、".join(t.get("surface") or t.get("title") or "" for t in person.get("titles") or [])
        href = f"/person/{people[name]}" if name in people else None
        label = f"人物 {name}" + (f"（{titles}）" if titles else "")
        marks += [Mark("person", s, e, label, href) for s, e in _pairs(person.get("mentions"))]
    for item in record.get("formulations") or []:
        text = item.get("canonical") or item.get("text") or ""
        href = f"/formulation/{quote(text)}" if text else None
        marks += [Mark("formulation", s, e, f"提法 {text}", href) for s, e in _pairs(item.get("evidence"))]
    for region in record.get("regions") or []:
        name = region.get("name") or ""
        href = f"/compare?a={quote(name)}" if region.get("code") else None
        marks += [Mark("region", s, e, f"地区 {name}", href) for s, e in _pairs(region.get("evidence"))]
    for event in record.get("events") or []:
        label = f"会议 {event.get('name') or event.get('kind') or ''} {event.get('date') or ''}".strip()
        marks += [Mark("event", s, e, label) for s, e in _pairs(event.get("evidence"))]
    return marks


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each segment lists the marks over it, shortest first.

    Example: ``segments("张磊主持", [Mark("person", 0, 2, "人物 张磊")])`` →
    ``[Segment("张磊", [Mark(...)]), Segment("主持", [])]``.
    """
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        over = sorted((m for m in valid if m.start <= start and end <= m.end), key=lambda m: m.end - m.start)
        if out and not over and not out[-1].marks:
            out[-1].text += text[start:end]
        else:
            out.append(Segment(text[start:end], over))
    return out


def snippet_segments(snippet: str, words: list[str]) -> list[tuple[str, bool]]:
    """A search snippet cut into (text, is_query_word) runs, for bolding the matched words."""
    spans = []
    folded = snippet.lower()
    for word in filter(None, (w.lower() for w in words)):
        start = folded.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    cuts = sorted({0, len(snippet), *(s for s, _ in spans), *(e for _, e in spans)})
    runs: list[tuple[str, bool]] = []
    for start, end in zip(cuts, cuts[1:]):
        hit = any(s <= start and end <= e for s, e in spans)
        if runs and runs[-1][1] == hit:
            runs[-1] = (runs[-1][0] + snippet[start:end], hit)
        else:
            runs.append((snippet[start:end], hit))
    return runs
