"""Statements: who 指出/强调/要求/表示/说 what, with the content span.

The speaker is a person named right before the verb (周立平在讲话中指出), a pronoun resolved to
the last person named before it (他强调), or the meeting itself (会议指出). The content runs
from after the verb to the end of its paragraph, or to the next statement that opens a sentence
of its own there.
"""
from __future__ import annotations

from itertools import islice

from ..doc import Doc, Span
from ..patterns import cached_compile

REQUIRES = ("text", "people", "events")
ASSIGNS = "statements"

VERBS = "指出|强调|要求|表示|说|认为|提出|希望|号召|宣布"
_VERB = cached_compile(rf"(?P<verb>{VERBS})[，,：:]")
# What stands before the verb: the speaker, then optionally 同志 and 在讲话中/在会上/在部署工作时.
_WHO = cached_compile(r"(?P<who>[\u4e00-\u9fff·]{1,12}?)(?:同志)?(?:在[^，。；]{1,20}?(?:中|时|上))?$")
_PRONOUN = ("他", "她")
_MEETING = ("会议", "会上", "全会", "座谈会")
_MAX_CONTENT = 600


def find_statements(text: str, people: list[Span], events: list[Span]) -> list[Span]:
    names = mentions = None  # sorted once a speaker needs them
    found = []  # (start, content start, content end, speaker, verb)
    for v in _VERB.finditer(text):
        m = _WHO.match(text, _clause_start(text, v.start()), v.start())  # the speaker opens the clause
        if m is None:
            continue
        who = m.group("who")
        if names is None:
            names = sorted({p.data["name"] for p in people}, key=lambda n: (-len(n), n))  # longest first, stable
        speaker = next((n for n in names if who.endswith(n) or who.startswith(n)), None)
        if speaker is None and who.endswith(_PRONOUN):
            if mentions is None:
                mentions = sorted((start, p.data["name"]) for p in people for start, _ in p.data["mentions"])
            speaker = next((name for start, name in reversed(mentions) if start < m.start()), None)
        if speaker is None and who.endswith(_MEETING):
            event = next((e for e in reversed(events) if e.start <= m.start()), None)
            speaker = event.data["name"] if event else "会议"
        if speaker is None:
            continue
        content_start = v.end()
        paragraph_end = text.find("\n", content_start)
        content_end = min(paragraph_end if paragraph_end >= 0 else len(text), content_start + _MAX_CONTENT)
        found.append((m.start(), content_start, content_end, speaker, v.group("verb")))
    spans = []
    for k, (start, content_start, content_end, speaker, verb) in enumerate(found):
        # the next statement of the paragraph that opens a sentence of its own ends this one
        # (赵明远表示，…共识。|卡伦迪斯表示，…); one inside a sentence (，按照某某要求，) is quoted in it
        for later, *_ in islice(found, k + 1, None):  # in order: the first past the content ends the look
            if later >= content_end:
                break
            if later > content_start and text[later - 1] in _SENTENCE_ENDS:
                content_end = later
                break
        spans.append(Span(start, content_end, "statement", {
            "speaker": speaker, "verb": verb, "text": text[content_start:content_end],
            "evidence": [start, content_end]}))
    return spans


_SENTENCE_ENDS = "。！？!?"


_CLAUSE_MARKS = "，。；\n,;"
_NEAR = 64  # characters: a clause mark is looked for here first


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` starts: after the last clause mark before it. Looked for
    near ``end`` first: rfind for a mark the text lacks (, ;) would scan back to its start."""
    near = max(0, end - _NEAR)
    last = max(text.rfind(mark, near, end) for mark in _CLAUSE_MARKS)
    if last < 0 and near > 0:
        last = max(text.rfind(mark, 0, near) for mark in _CLAUSE_MARKS)
    return last + 1


def extract(doc: Doc, options=None) -> Doc:
    doc.spans[ASSIGNS] = find_statements(doc.text, doc.spans.get("people", []), doc.spans.get("events", []))
    return doc
