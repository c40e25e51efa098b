"""Aid shared out among listed states (a mixin of ``Coder``, wave 10).

A donor often announces aid for a region or for "some countries" and says further on which
states get it: "Australia hỗ trợ Trung Đông và châu Phi 18,9 triệu USD … 15 triệu AUD cho người
dân bị hạn hán ở Kenya, Ethiopia và Somalia", "Các quốc gia thụ hưởng bao gồm Algeria (2 triệu
euro), Cameroon …", "gói viện trợ … dành cho các nước châu Phi, bao gồm Ethiopia, Somalia …".
No sentence names the donor beside those states, so no structure rule codes the pair; yet each
listed state receives the donor's aid. The rule:

* **the donor** is the actor named before the first aid trigger of the article (headline
  first), in a sentence stating an amount of money or a donation verb;
* **the receivers** are states listed (two or more, or after "thụ hưởng": beneficiary) right
  after "bao gồm/gồm/như/ở/tại/cho/dành cho" in a sentence that speaks of the aid (an aid word
  and an amount, or the beneficiaries), never the donor itself, never after a donor word
  ("các nhà tài trợ gồm …": those give).
(Examples are sentences of our own.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Document, Event, Evidence, Span
from sukien.events.force import _STATE

if TYPE_CHECKING:
    from sukien.events.coder import _Sent
    from sukien.events.mentions import Phrase

# a word of aid money in the sentence sharing it out
_AID_WORD = re.compile(
    r"(?<!\w)(?:viện trợ|tài trợ|cứu trợ|hỗ trợ|đóng góp|khoản vay|cho vay|kinh phí|thụ hưởng|"
    r"tiền|gói)(?!\w)"
)
_BENEFICIARY = re.compile(r"(?<!\w)(?:thụ hưởng|hưởng lợi|được nhận|nhận viện trợ)(?!\w)")
# the word opening a list of receivers
_OPENER = re.compile(
    r"(?<!\w)(?:bao gồm|gồm có|gồm|như|ở|tại|cho|dành cho|tới)(?!\w)\s*:?\s*(?:các nước|"
    r"các quốc gia|nước|quốc gia)?\s*"
)
# what may stand between two listed states: commas, "và", an amount in brackets
_GAP = re.compile(
    r"[\s,;]*(?:\([^()]{0,40}\)[\s,;]*)?(?:(?:và|cùng|hoặc|cả)\s+)?(?:ch\s+|cộng hòa\s+)?"
)
# lists of givers, not receivers
_DONOR_LIST = re.compile(
    r"(?<!\w)(?:nhà tài trợ|nước tài trợ|bên tài trợ|nước đóng góp|quốc gia đóng góp|"
    r"các nhà đầu tư|nhà cung cấp)(?!\w)"
)
_DONATION = re.compile(r"(?<!\w)(?:đóng góp|phân bổ|giải ngân|tài trợ|viện trợ|cam kết)(?!\w)")

# the aid money referred back to ("số tiền này", "khoản viện trợ trên")
_THE_MONEY = re.compile(
    r"(?<!\w)(?:số tiền|khoản tiền|khoản viện trợ|khoản tài trợ|gói viện trợ|gói hỗ trợ|"
    r"nguồn vốn|khoản đóng góp)(?!\w)"
)


def _money(ps: _Sent) -> bool:
    """Whether the sentence states an amount of money or refers back to the aid money."""
    return any(v.type == "MONEY" for v in ps.values) or bool(_THE_MONEY.search(ps.low))


class AllocationRules:
    """Mixin: ``self`` is a ``Coder``."""

    def _aid_donor(self: Any, sents: list[_Sent]) -> str | None:
        """The actor named before the article's first aid trigger, where the sentence states
        money or a donation (see the module)."""
        for ps in sents:
            if not (_money(ps) or _DONATION.search(ps.low)):
                continue
            for hit in ps.hits or self._triggers(ps):  # the headline's are not coded here
                if hit.trig.type != "AID":
                    continue
                before = [
                    p
                    for g in ps.groups
                    for p in g.phrases
                    if p.kind == "actor" and p.code and p.end <= hit.start
                ]
                if before:
                    return before[-1].code  # type: ignore[no-any-return]
                break
        return None

    @staticmethod
    def _receiver_runs(ps: _Sent) -> list[tuple[int, list[Phrase]]]:
        """(where the opener starts, the states listed right after it) for each opener."""
        states = sorted(
            (p for g in ps.groups for p in g.phrases if p.code and _STATE.fullmatch(p.code)),
            key=lambda p: p.start,
        )
        runs: list[tuple[int, list[Phrase]]] = []
        for m in _OPENER.finditer(ps.low):
            pos, run = m.end(), []
            for p in states:
                if p.start < pos:
                    continue
                if not _GAP.fullmatch(ps.low, pos, p.start):
                    break
                run.append(p)
                pos = p.end
            runs.append((m.start(), run))
        return runs

    def _allocated_aid(
        self: Any, doc: Document, sents: list[_Sent], donor_sents: list[_Sent], events: list[Event]
    ) -> list[Event]:
        """AID from the article's donor to each state its aid is shared out among."""
        donor = self._aid_donor(donor_sents)
        if donor is None:
            return []
        have = {(e.type, e.actor.code, e.recipient.code) for e in events if e.actor and e.recipient}
        aid = self.lex.types["AID"]
        out: list[Event] = []
        for ps in sents:
            beneficiary = _BENEFICIARY.search(ps.low)
            word = _AID_WORD.search(ps.low)
            if word is None or not (_money(ps) or beneficiary):
                continue
            off = ps.sent.start
            for opener, run in self._receiver_runs(ps):
                if len(run) < (1 if beneficiary else 2):
                    continue
                if _DONOR_LIST.search(ps.low[max(0, opener - 60) : opener]):
                    continue
                for p in run:
                    key = ("AID", donor, p.code)
                    if p.code == donor or key in have:
                        continue
                    have.add(key)
                    out.append(
                        Event(
                            type="AID",
                            mode=None,
                            actor=self._actor(ps, donor),
                            recipient=self._actor(ps, p),
                            evidence=Evidence(
                                doc.doc,
                                ps.sent.text,
                                ps.sent.start,
                                ps.sent.end,
                                Span(word.start() + off, word.end() + off),
                                {"recipient": Span(p.start + off, p.end + off)},
                            ),
                            quad_class=aid.quad_class,
                            score=aid.score,
                            quantities=[
                                {"type": v.type, "text": v.text, "value": v.value}
                                for v in ps.values
                                if v.type == "MONEY"
                            ],
                            confidence=0.55,
                            trigger=ps.sent.text[word.start() : word.end()],
                        )
                    )
        return out
