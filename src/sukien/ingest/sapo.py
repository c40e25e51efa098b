"""The lead paragraph ("sapo") that article extractors often miss.

Vietnamese news pages put the sapo in its own block between the headline and the body (class
names like ``sapo``, ``description``, ``lead``), often outside the ``<article>`` element that
trafilatura keeps. The first such block (not inside navigation, related-news or comment boxes)
whose text is not already in the extracted body is returned, so it can be put back in front.
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
