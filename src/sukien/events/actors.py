"""Actor finding across event types: rules the coder (``coder.Coder``) mixes in.

* **the headline's pair**: a news headline names the two parties of its story ("Philippines và
  Nhật Bản hợp tác …"), and the lead then refers to them only as "hai nhà lãnh đạo", "hai
  nước", "hai bên"; so the two states or organisations a headline names, and only two, are "the
  two sides" of the first two body sentences until a meeting or a pair of the body replaces them;
* **an act received** ("A nhận được sự ủng hộ từ phía B", "A nhận công hàm phản đối từ B"): what
  the subject receives as a noun, from ("từ", "từ phía", "của") the one after it, is that one's
  act on the subject (aid and calls were so already: ``Coder._received``).
"""

from __future__ import annotations

import re
from typing import Any

# "nhận (được) sự/lời/công hàm …" right before the trigger noun
# ("xác nhận", "thừa nhận", "công nhận", "phủ nhận", "ghi nhận", "chấp nhận", "nhìn nhận", "thú
# nhận": confirm, admit, recognise, deny, note, accept, own up; no receiving, w9-force)
_RECEIVED_NOUN = re.compile(
    r"(?<!\w)(?<!xác )(?<!thừa )(?<!công )(?<!phủ )(?<!ghi )(?<!chấp )(?<!nhìn )(?<!thú )"
    r"(?:nhận|nhận được|tiếp nhận|được nhận|đã nhận)"
    r"(?:\s+(?:sự|lời|những|các|một|bức|bản|công hàm|thư|thêm))*\s*$"
)


class ActorRules:
    """Mixed into ``Coder``; relies on its ``_prepare``, ``_sentence_codes`` and the ``_Ctx``."""

    def _title_pair(self: Any, lead: Any, ctx: Any) -> None:
        """Set ``ctx.between`` to the two parties the headline ``lead`` names, if exactly two."""
        if lead is None or ctx.between is not None:
            return
        codes: list[str] = []
        for s in lead.sentences:
            for c in self._sentence_codes(self._prepare(lead, s)):
                if c not in codes:
                    codes.append(c)
        if len(codes) == 2:
            # ``between`` is read while 0 < i - index <= 2: index -1 covers the first two body
            # sentences (a meeting coded there then carries the pair on as ``ctx.dyad``)
            ctx.between = ((codes[0], codes[1]), -1)

    def _received_noun(self: Any, ps: Any, hit: Any) -> bool:
        """Is the trigger a noun the subject receives ("nhận được sự ủng hộ", "nhận công hàm
        phản đối")?"""
        return bool(_RECEIVED_NOUN.search(ps.low[max(0, hit.start - 40) : hit.start]))
