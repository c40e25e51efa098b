"""Offsets to HTML: escaping, nesting, crossing spans, bad offsets."""

from __future__ import annotations

from html.parser import HTMLParser

from sukien.ui.highlight import Mark, article_marks, highlight


class _Balance(HTMLParser):
    """Fails on a closing tag that does not close the innermost open tag."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"misnested </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> str:
    p = _Balance()
    p.feed(html)
    p.close()
    assert p.stack == []
    return "".join(p.text)


def test_markup_in_the_article_is_shown_as_text() -> None:
    text = "Tin <script>alert('x')</script> & <b>đậm</b>"
    html = str(highlight(text, [Mark(0, 3, "entity", href="/e/1")]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert _parse(html) == text


def test_nested_and_crossing_spans_give_balanced_html() -> None:
    text = "Tổng thống Nga hội đàm với ASEAN tại Sochi."
    marks = [
        Mark(0, len(text), "evidence", css="quad-1"),
        Mark(11, 14, "entity", href="/entities/GPE:RUS"),
        Mark(15, 22, "trigger"),
        Mark(13, 18, "entity"),  # crosses both the entity and the trigger
        Mark(5, 99, "entity"),  # past the end: ignored
        Mark(7, 7, "entity"),  # empty: ignored
    ]
    html = str(highlight(text, marks))
    assert _parse(html) == text
    assert html.startswith('<span class="evidence quad-1">')
    assert '<a class="entity" href="/entities/GPE:RUS">Ng' in html
    assert '<mark class="trigger">' in html


def test_article_marks_link_entities_and_mark_triggers() -> None:
    text = "Nga hội đàm với Lào."
    ents = [{"entity_id": "GPE:RUS", "type": "GPE", "name": "Nga", "start": 0, "end": 3}]
    evs = [
        {"type": "CONSULT", "start": 0, "end": len(text), "event_id": 7, "quad_class": 1,
         "actor_code": "RUS", "recipient_code": "LAO", "spans": {"trigger": [4, 11]}}
    ]  # fmt: skip
    html = str(highlight(text, article_marks(ents, evs, lambda i: f"/entities/{i}")))
    assert _parse(html) == text
    assert 'href="/entities/GPE:RUS"' in html and 'data-event="7"' in html
    assert '<mark class="trigger" title="CONSULT: RUS → LAO">hội đàm</mark>' in html


def test_only_web_addresses_become_links() -> None:
    from sukien.ui.render import web_url

    assert web_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert web_url(" JavaScript:alert(1)") is None and web_url("data:text/html,x") is None
    assert web_url(None) is None
