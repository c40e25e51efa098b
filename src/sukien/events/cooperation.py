"""Rules of the cooperation family (CONSULT, AGREE, COOPERATE, SUPPORT, AID): a mixin of
``Coder``; ``Coder._event`` calls ``_coop_dropped`` and ``_funded_aid``, ``_clause_start``
``_intensified_report``, ``_code_sentence`` ``_cooperation_kept``, ``CoSubjectRules``
``_signed_with``.

Eight rules of Vietnamese news grammar (examples are sentences of our own):

* **praise of a shared relation is no support of the partner.** "Hai nhà lãnh đạo đánh giá
  cao sự phát triển của quan hệ giữa hai nước", "Thủ tướng hoan nghênh kết quả hợp tác giữa
  hai Chính phủ", "Tổng thống đánh giá cao cuộc điện đàm với Thủ tướng Nhật Bản", "đánh giá
  cao việc hai bên ký hai văn kiện": the object praised is the two sides' relation,
  cooperation, talks or joint act, not something the other side did (unlike "đánh giá cao
  vai trò của Ai Cập", "đánh giá cao sự hợp tác của Nhật Bản");
* **a cabinet's own meeting is no talk between states.** "Thủ tướng Pakistan triệu tập cuộc
  họp nội các khẩn cấp khi căng thẳng với Ấn Độ gia tăng", "Trong cuộc họp, Nội các đã thảo
  luận các biện pháp đối phó với Azerbaijan": one government meets its own ministers; the
  state its speech is about did not take part (unlike "cuộc họp chung nội các hai nước");
* **an accession named as a topic is no news of it.** "Việc Phần Lan gia nhập NATO sẽ gây ra
  hậu quả", "quan hệ được mở rộng kể từ khi Ba Lan gia nhập EU": "gia nhập" with its subject
  after "việc" or "(kể) từ khi" is what the sentence talks about (as the lexicon's
  not_prev=việc for a bare "việc gia nhập"), not an accession reported;
* **aid already funded is given.** "EU đã phân bổ thêm 2,5 tỷ euro để hỗ trợ Ukraine",
  "Trung Quốc đã cấp 600 triệu nhân dân tệ để hỗ trợ Campuchia": a sum granted in the past
  (đã/vừa phân bổ, cấp, chi, dành, giải ngân …), then "để/nhằm" and an aid verb: the purpose
  clause names the aid given, not aid still planned ("sẽ phân bổ … để hỗ trợ" stays planned);
* **an intensifier after a reporting verb continues the reporter's clause.** "Việt Nam và
  Philippines khẳng định tăng cường hợp tác quốc phòng": a verb phrase opened by tăng cường,
  đẩy mạnh, thúc đẩy, mở rộng … right after khẳng định/tuyên bố/cho biết has no subject of
  its own; its subject is the reporter's (as after "sẽ", "tiếp tục");
* **a list of all the members of a small bloc stands for the bloc.** "Các nhà ngoại giao
  hàng đầu từ Anh, Canada, Pháp, Đức, Ý, Nhật Bản và Mỹ lên tiếng ủng hộ Ukraine": the seven
  are the G7, one actor (a bloc of six to eight members: G7, GCC);
* **talks mediated are no deal.** "Sau cuộc đàm phán do EU làm trung gian giữa Serbia và
  Kosovo, …": the mediator of talks consults the parties; it agrees with them only when a
  deal is mediated ("thỏa thuận do Mỹ làm trung gian");
* **co-signers each sign with the partner named after the document.** "Đức và Pháp đã ký
  thỏa thuận quốc phòng với Nhật Bản", "Ai Cập, Qatar, Thổ Nhĩ Kỳ đã ký với Mỹ một thỏa
  thuận": the partner after "với" is the other party of each subject, who do not agree with
  one another (as "A và B nhất trí với C" already reads).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sukien.document import Actor

if TYPE_CHECKING:
    from sukien.document import Event
    from sukien.events.coder import _Hit, _Sent

# the head of a praised object that is the two sides' relation, cooperation or talks
_SHARED_OBJECT = re.compile(
    r"\s*(?:việc (?:hai|cả hai) (?:bên|nước|phía)(?!\w)|"
    r"(?:(?:những|các|mọi)\s+)?(?:(?:sự|kết quả|thành quả|bước|những bước)\s+)?"
    r"(?:(?:phát triển|tiến triển)\s+)?"
    r"(?:(?:tích cực|mạnh mẽ|tốt đẹp|thực chất|toàn diện|sâu rộng|hiệu quả)\s+(?:và\s+)?)*"
    r"(?:(?:của|trong)\s+)?(?:(?:mối|cuộc|các cuộc)\s+)?"
    r"(?:quan hệ|hợp tác|đối tác|hội đàm|điện đàm|gặp|trao đổi|ý kiến trao đổi)(?!\w))"
)
# what closes the praised object before an actor: "của X" names X's own act (kept)
_OWNED_BY = re.compile(r"(?<!\w)của\s*$")
# "việc" or "(kể) từ khi" before an accession's subject; a pronoun subject ("việc họ gia nhập")
_TOPIC_BEFORE = re.compile(r"(?<!\w)(?:việc|từ khi)\s*$")
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:họ|nước này|hai nước)\s*$")
# a grant already made, then its purpose: "đã phân bổ thêm 2,5 tỷ euro (…) để"
_FUNDED_BEFORE = re.compile(
    r"(?<!\w)(?:đã|vừa)\s+(?:chính thức\s+)?(?:phân bổ|cấp|chi|dành|giải ngân|chuyển|quyên góp|"
    r"trao|tặng|viện trợ|phê duyệt|chấp thuận|thông qua|phê chuẩn)"
    r"(?:\s+(?:thêm|tổng cộng|khoảng|hơn|gần))*\s+"
    r"(?:[^,;.:!?]|(?<=\d)[,.](?=\d)){0,40}?"
    r"(?:usd|đô la|đô-la|euro|yên|nhân dân tệ|tệ|bảng|rúp|đồng|franc)(?!\w)"
    r"(?:[^,;.:!?]|(?<=\d)[,.](?=\d)){0,40}?"
    r"\s+(?:để|nhằm)\s+(?:giúp\s+)?$"
)
# an intensifier that opens a verb phrase with no subject of its own
_INTENSIFIER_NEXT = re.compile(
    r"\s*(?:tăng cường|đẩy mạnh|thúc đẩy|mở rộng|thắt chặt|cùng nhau|làm sâu sắc)(?!\w)"
)
# talks, not a deal, mediated: "cuộc đàm phán do EU làm trung gian"
_MEDIATED_TALKS = re.compile(
    r"(?<!\w)(?:đàm phán|hòa đàm|đối thoại|thương lượng|cuộc gặp|cuộc họp)\s+do\s+"
    r"[^,;.:!?]{1,40}?\s*$"
)
# a meeting noun, then a cabinet's own body: "cuộc họp nội các (khẩn cấp)", "Trong cuộc họp,
# Nội các đã …"; not "cuộc họp chung nội các hai nước"
_MEETING_TRIGGERS = frozenset({"họp", "cuộc họp", "phiên họp", "buổi họp", "kỳ họp"})
_CABINET_AFTER = re.compile(
    r"\s*(?:khẩn cấp\s+|bất thường\s+)?,?\s*(?:của\s+)?"
    r"(?:nội các|hội đồng bộ trưởng|hội đồng an ninh quốc gia)(?!\w)"
    r"(?!\s+(?:hai|ba|các)\s+(?:nước|bên|quốc gia))"
)
# a signing verb's document, then the co-signer: "ký (một) thỏa thuận quốc phòng với"
_SIGNED_DOC_WITH = re.compile(
    r"\s+(?:(?:một|các|hai|ba|bản)\s+)?(?:thỏa thuận|hiệp định|hiệp ước|bản ghi nhớ|văn kiện|"
    r"hợp đồng|thỏa ước|công ước|tuyên bố chung)(?:\s+[^\s,;.:!?()\"“”]+){0,5}?\s+"
    r"(?:cùng\s+)?với(?!\w)"
)


class CooperationRules:
    """False events and partners of the cooperation family (see the module)."""

    def _coop_dropped(self: Any, ps: _Sent, hit: _Hit, typ: str) -> bool:
        """Whether the event of ``hit`` coded as ``typ`` is praise of a shared relation or an
        accession named as a topic."""
        if typ == "SUPPORT" and hit.trig.mode == "praise":
            return self._shared_praise(ps, hit)
        if typ == "AGREE" and hit.trig.text == "trung gian" and hit.trig.mode == "settle":
            return bool(_MEDIATED_TALKS.search(ps.low[max(0, hit.start - 80) : hit.start]))
        return typ == "AGREE" and self._accession_topic(ps, hit)

    def _funded_aid(self: Any, ps: _Sent, hit: _Hit) -> bool:
        """'EU đã phân bổ thêm 2,5 tỷ euro để hỗ trợ Ukraine': aid whose money was already
        given, named in the purpose clause of the grant (see the module)."""
        if hit.trig.type != "AID":
            return False
        return bool(_FUNDED_BEFORE.search(ps.low[max(0, hit.start - 120) : hit.start]))

    def _intensified_report(self: Any, ps: _Sent, end: int) -> bool:
        """'Hai nước khẳng định tăng cường hợp tác …': an intensifier right after a reporting
        verb (``end``) opens a verb phrase of the reporter, not a new clause."""
        return bool(_INTENSIFIER_NEXT.match(ps.low, end))

    def _accession_topic(self: Any, ps: _Sent, hit: _Hit) -> bool:
        """'việc Phần Lan gia nhập NATO sẽ …', 'kể từ khi Ba Lan gia nhập EU': the accession
        with its subject after "việc" or "(kể) từ khi" (see the module)."""
        if ps.low[hit.start : hit.end] != "gia nhập":
            return False
        subj = next((g for g in reversed(ps.groups) if g.end <= hit.start), None)
        if subj is not None and not ps.low[subj.end : hit.start].strip():
            at = subj.start
        elif pronoun := _PRONOUN_BEFORE.search(ps.low[: hit.start]):
            at = pronoun.start()
        else:
            return False
        return bool(_TOPIC_BEFORE.search(ps.low[:at]))

    def _cooperation_kept(self: Any, ps: _Sent, out: list[Event]) -> list[Event]:
        """``out`` with one event of a bloc for those of all its members (``_bloc_events``) and
        less the CONSULT events of a cabinet's own meeting. Dropped once the sentence is
        coded: its two states stay "the two sides" of the sentences after it ("Hai nước tiếp
        tục tố cáo lẫn nhau …")."""
        out = self._bloc_events(out)
        kept = []
        for ev in out:
            span, off = ev.evidence.trigger, ev.evidence.start
            cabinet = ev.type == "CONSULT" and span is not None
            if cabinet and self._cabinet_meeting(ps, span.start - off, span.end - off):
                continue
            kept.append(ev)
        return kept

    def _bloc_events(self: Any, out: list[Event]) -> list[Event]:
        """'các nhà ngoại giao từ Anh, Canada, Pháp, Đức, Ý, Nhật Bản và Mỹ lên tiếng ủng hộ
        Ukraine': one trigger's events whose actors are all the members of a bloc of six to
        eight (G7, GCC; three or four states acting together are no pact) are one event."""
        groups: dict[tuple[Any, ...], list[Event]] = {}
        for ev in out:
            span = ev.evidence.trigger
            if span is None or ev.actor is None or ev.recipient is None:
                continue
            key = (ev.type, ev.recipient.code, ev.modality, span.start, span.end)
            groups.setdefault(key, []).append(ev)
        for evs in groups.values():
            codes = {ev.actor.code for ev in evs if ev.actor is not None}
            bloc = next(
                (
                    b
                    for b, members in self.lex.members.items()
                    if 6 <= len(members) <= 8 and members == codes
                ),
                None,
            )
            if bloc is None:
                continue
            first = evs[0]
            first.actor = Actor(bloc, name=bloc)
            out = [ev for ev in out if ev is first or all(ev is not x for x in evs)]
        return out

    def _shared_praise(self: Any, ps: _Sent, hit: _Hit) -> bool:
        """'đánh giá cao sự phát triển của quan hệ giữa hai nước': the praised object (up to
        the first actor) is the two sides' relation, cooperation or talks."""
        nxt = next(
            (
                g.start
                for g in ps.groups
                if g.start >= hit.end and any(p.kind == "actor" for p in g.phrases)
            ),
            len(ps.low),
        )
        seg = ps.low[hit.end : nxt]
        m = _SHARED_OBJECT.match(seg)
        return bool(m) and not _OWNED_BY.search(seg)

    def _cabinet_meeting(self: Any, ps: _Sent, start: int, end: int) -> bool:
        """'cuộc họp nội các khẩn cấp', 'Trong cuộc họp, Nội các …': a cabinet's own meeting
        (``start``, ``end``: the trigger in the sentence)."""
        if ps.low[start:end] not in _MEETING_TRIGGERS:
            return False
        return bool(_CABINET_AFTER.match(ps.low, end))

    def _signed_with(self: Any, ps: _Sent, hit: _Hit) -> bool:
        """'ký thỏa thuận (…) với X', 'ký với X': X signs with each of the co-subjects."""
        if hit.trig.type != "AGREE" or hit.trig.mode != "sign":
            return False
        if re.search(r"(?<!\w)với$", ps.low[hit.start : hit.end]):
            return True  # "ký với Mỹ một thỏa thuận"
        return bool(_SIGNED_DOC_WITH.match(ps.low, hit.end))
