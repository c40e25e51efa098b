"""What article extractors miss on Vietnamese news pages: the sapo and the shown date.

The lead paragraph ("sapo"):

Vietnamese news pages put the sapo in its own block between the headline and the body (class
names like ``sapo``, ``description``, ``lead``), often outside the ``<article>`` element that
trafilatura keeps. The first such block (not inside navigation, related-news or comment boxes)
whose text is not already in the extracted body is returned, so it can be put back in front.

The date: when the page has no machine-readable date, the first "dd/mm/yyyy" shown in an element
whose class, id or role names a date or time (``span.date``, ``data-role="publishdate"``).
"""

from __future__ import annotations

import re

_CLASS = (
    r"(^|[\s_-])(sapo|lead|lede|description|desc|summary|excerpt|intro|chapeau|teaser|abstract"
    r"|standfirst|subtitle|article-sapo|detail-sapo)([\s_-]|$)"
)
_SKIP_ANCESTOR = re.compile(
    r"relat|comment|footer|menu|nav|tin-?lien-?quan|most-?view|xem-?nhieu|other-?news",
    re.IGNORECASE,
)
_NS = {"re": "http://exslt.org/regular-expressions"}
_WS = re.compile(r"\s+")
MIN_WORDS = 10


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).casefold()


def find_sapo(html: str, body: str, description: str | None = None) -> str | None:
    """The page's lead paragraph when ``body`` lacks it, else ``None``."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    body_key = _key(body)
    xpath = (
        "//*[self::p or self::div or self::h2 or self::h3 or self::span or self::strong]"
        f"[re:test(@class, '{_CLASS}', 'i') or re:test(@id, '{_CLASS}', 'i')]"
    )
    candidates = list(tree.xpath(xpath, namespaces=_NS))
    if description and len(description.split()) >= MIN_WORDS:
        want = _key(description)
        candidates += [
            el for el in tree.iter("p", "div", "h2", "h3") if _key(el.text_content()) == want
        ]
    for el in candidates:
        if any(
            a.tag in ("nav", "aside", "footer", "header")
            or _SKIP_ANCESTOR.search(f"{a.get('class', '')} {a.get('id', '')}")
            for a in el.iterancestors()
        ):
            continue
        text = _norm(el.text_content())
        if len(text.split()) < MIN_WORDS or len(text) > 1500:
            continue
        if _key(text)[:200] in body_key:
            return None  # the extractor kept it
        return text
    return None


_DATE_ATTR = r"date|time|publish|ngay-?dang|posted"
_DMY = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)")


def find_shown_date(html: str) -> str | None:
    """The publication date as the page shows it ("Thứ Tư, 03/04/2024 20:15"), or ``None``."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    xpath = (
        f"//body//*[re:test(@class, '{_DATE_ATTR}', 'i') or re:test(@id, '{_DATE_ATTR}', 'i')"
        f" or re:test(@data-role, '{_DATE_ATTR}', 'i') or self::time]"
    )
    for el in tree.xpath(xpath, namespaces=_NS):
        if any(a.tag in ("aside", "footer") for a in el.iterancestors()):
            continue
        text = _norm(el.text_content())
        if len(text) <= 80 and (m := _DMY.search(text)):
            return m.group(0)
    return None
