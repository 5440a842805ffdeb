"""Read one document's text and return its proposal as plain data.

:func:`analyse` ties the steps together: sentences (:mod:`segment`), the
head of the minutes and the agenda (:mod:`document`), names (:mod:`ruler`)
with the document's own short forms (:mod:`coref`), and frames
(:mod:`relations`, :mod:`parse`). Every proposal carries the quote and line it
rests on and a confidence.

Example::

    >>> proposal = analyse(text, Lexicon.from_data())            # doctest: +SKIP
    >>> proposal["flows"][0]["quote"]                            # doctest: +SKIP
    '記録媒体をその現場で警察へ渡す作業となる'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract import (access, amendments, antecedents, beyond, bodies, chains, conditions, conduits, connections,
                        contractors, coref, document, entrustment, exclusions, flows, forms, handling, heading_twins,
                        holdings, hosting, implied, in_charge, incidents, joint, labels, ledgers, listed_data, listing, matrices,
                        moved, mynumber, nlp, objects, opinions, permissions, pointers, proposal, questions,
                        refusals, relations, retractions, said_next, status, tables, timing, titles, verbs, ways, withdrawals)
from kg.extract import head as minutes_head, unaddressed
from kg.extract.lexicon import Lexicon, my_number_categories
from kg.extract.ruler import Mention, find_mentions
from kg.extract.segment import clause_end, sentences as split_sentences
from kg.extract.speakers import is_question, restated

def analyse(text: str, lex: Lexicon, parse: bool = True, source: str | None = None,
            municipality: str | None = None, date: str | None = None) -> dict:
    """Return the proposal for the minutes ``text`` (see :func:`kg.extract.extract_files`).

    ``source`` is the saved file name: the unnamed parties that reviewed facts of
    that same source define are linked again instead of being made twice.
    ``municipality`` names the municipality when the minutes' head does not; ``date``
    (YYYY-MM-DD) is the meeting's, in place of the one read, which decides what is planned.
    """
    pats = lex.patterns
    sents = split_sentences(text)
    head = [s.text for s in sents[:document.HEAD_SENTENCES]]
    ctx = minutes_head.context(sents, head, lex, municipality)
    ctx.source = source
    # (nc67 W4: two 諮問書 forms, dated, before the minutes' own 日時 line: the date is
    # looked for over the head's lines too, as kg.extract.extract_files does)
    dated = [s.text for s in sents if s.index < document.HEAD_SENTENCES or s.pieces[0].line <= document.HEAD_SENTENCES]
    ctx.meeting_date = date or minutes_head.meeting_date(dated, pats)
    tokens = nlp.sentence_tokens(sents)
    mentions: dict[int, list[Mention]] = {}
    coref.prefecture_forms(ctx, lex)
    learned: set[str] = set()  # data names an earlier list taught (寄附額)

    def names(sentence) -> list[Mention]:
        found = find_mentions(sentence.index, sentence.text, tokens[sentence.index], lex, ctx,
                              sentence.gaps)
        found = listing.unknown_items(sentence.index, sentence.text, found, pats)
        found = listing.learned_items(sentence.index, sentence.text, found, learned)
        learned.update(m.text for m in found if m.how == "list")
        return pointers.pointers(sentence.index, sentence.text, tokens[sentence.index], found, ctx, pats,
                              frozenset(sentence.gaps))

    for sentence in sents:
        found = names(sentence)
        shortened = coref.short_forms(found, ctx, pats)
        if coref.definitions(sentence.text, found, ctx, pats) or coref.used_again(shortened, sentence.text, found):
            # …センター（以下「包括」と表記）へ提出し、包括職員が…: the short name is used
            # in the sentence that defines it
            found = names(sentence)
        mentions[sentence.index] = found
    coref.said_before_full(mentions, ctx, pats)
    bodies.facilities(sents, mentions)
    items = document.find_agenda(sents, pats, getattr(lex, "item_kinds", set()))
    item_of = {i: item for item in items for i in item.sentences}
    bodies.groups_named_before(items, mentions, pats)
    bodies.members_named(sents, mentions, pats)
    state = _State(lex, ctx, sents, mentions, item_of)
    state.lines = text.split("\n")  # (the text as saved: a later meeting's title, nc74 M9)
    for item in items:  # where the agenda's titles stand (…とのオンライン結合 names no act)
        state.titles.setdefault(item.sentence.index, []).append(item.span)
    for item in items:  # (a part of an item without its own: the item's one, said before it)
        item.department = in_charge.item_department(state, item)
        item.department = item.department or next((p.department for p in items if p.key == item.part_of and sum(
            m.type == "department" for m in mentions.get(p.sentence.index, [])) == 1), None)
        contractors.item_contractors(item, sents, mentions, pats)
    for sentence in sents:
        antecedents.resolve(state, sentence.index)
    # a table's rows first: what a later sentence denies of "every recipient" reaches them
    tables.table_flows(state, text)
    state.frames(tokens, parse)
    tables.one_flow_a_row(state)
    conditions.limited_next(state)
    unaddressed.give_rows(state)
    hosting.running_on(state)
    hosting.cloud_of(state)
    hosting.federations_own(state)
    retractions.corrections(state)
    withdrawals.withdrawn_answers(state)
    heading_twins.title_twins(state)
    ways.channel_changes(state)
    amendments.added_items(state)
    amendments.waiting_events(state)
    amendments.contents_next(state)
    amendments.not_returned(state)
    moved.also_moved(state)
    moved.held_data(state)
    moved.moved_together(state)
    listed_data.topic_lists(state)
    listed_data.listed_next(state)
    mynumber.keyed_flows(state)
    said_next.answered_each(state)
    said_next.ended_ways(state)
    implied.successors(state)
    ledgers.written_into_ledgers(state)
    matrices.matrix_data(state, text)
    timing.settle(state, items)
    tables.rows_beside_new(state)
    amendments.only_data(state)
    state.title_facts(items)
    handling.system_data(state)
    handling.entrusted_data(state)
    forms.form_facts(state, items)
    implied.onward_entrustments(state)
    implied.declared_subcontractors(state, items)
    implied.designated_managers(state, items)
    implied.implied_by_re_entrustment(state, items)
    implied.one_subcontractor(state)
    permissions.further_bans(state)
    permissions.withdrawn_bans(state)
    tables.listed_subcontractors(state)
    timing.withdrawn(state, items)
    incidents.told_in_full(state, items)
    incidents.caused_at(state)
    exclusions.unless_given(state)
    exclusions.kept_from_work(state)
    exclusions.denied_asked(state)
    exclusions.narrowed_by_answer(state)
    refusals.refused_points(state)
    refusals.refused_parts(state, items)
    # (a joint council's item is one town's: its facts that town's data; nc75 W7)
    # (the contractor a work changes to takes over what the one it replaces is handed)
    return joint.per_town(implied.handed_on(proposal.assemble(state, items, head, pats)), state, items)


#: After a data name, that it names the setting of the clause, not what the verb moves or
#: denies (防犯カメラの映像の取扱いには、個人番号は一切用いません).
_SETTING = re.compile(r"の取(?:り)?扱い(?:には|では|において|に当たって|に当たっては|に際して|に際しては)")
#: A numbered subsection's heading that is no agenda item (３　年金事務所への照会について).
_SUBHEADING = re.compile(r"[(（]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．]?[\s　]*[^。、]{2,40}について")


class _State:
    """The document's entities, facts and evidence as they are proposed."""

    def __init__(self, lex, ctx, sents, mentions, item_of):
        self.lex, self.ctx, self.sents, self.mentions, self.item_of = lex, ctx, sents, mentions, item_of
        self.my_number_ids = my_number_categories(lex.categories)
        self.pats = lex.patterns
        self.entities: dict[str, dict] = {}
        self.categories: dict[str, dict] = {}
        self.flows: list[dict] = []
        self.relations: list[dict] = []
        self.access: list[dict] = []
        self.titles: dict[int, list[tuple[int, int]]] = {}  # sentence -> agenda title spans
        self.my_number: list[dict] = []
        self.advised = opinions.recommendations(sents, lex.patterns)  # (附帯意見: requests)
        #: data the minutes said holds more (これらのデータには個人番号が含まれます): key -> more
        self.held_with: dict[str, set[str]] = {}
        self.last_system: dict[object, Mention] = {}
        self.last_company: Mention | None = None
        self.last_association: Mention | None = None
        self.unaddressed: list[dict] = []  # (who gives which data, to no one named: unaddressed)
        if ctx.municipality_label:
            self.municipality = self.entity_for(Mention(-1, 0, 0, ctx.municipality_label, "entity",
                                                        "municipality", ctx.municipality))
        else:
            self.municipality = None

    # -- entities ----------------------------------------------------------

    def name_unnamed(self, mention: Mention, item) -> None:
        labels.name_unnamed(self, mention, item)

    def label_of(self, mention: Mention) -> str:
        if mention.id and mention.id in self.lex.entities:
            return self.lex.entities[mention.id].label
        return getattr(mention, "label", None) or mention.text

    def entity_for(self, mention: Mention, line: int = 0, quote: str = "") -> dict:
        """The proposal entry of a mention's entity (made on first sight)."""
        key = self.key(mention)
        entry = self.entities.get(key)
        if entry is None:
            entry = self.entities[key] = {
                "key": key, "label": self.label_of(mention), "type": mention.type,
                "id": mention.id, "role": mention.role, "new": mention.id is None,
                "line": 0, "quote": "", "mentions": 0, "lines": []}
        if line and line not in entry["lines"]:
            entry["lines"].append(line)
        # (not データセンター for 株式会社Aのデータセンター said alone later: a word that names
        # any unnamed party is no name of this one, for the registry to learn)
        generic = {normalise(w) for words in self.pats.get("unnamed_parties", {}).values() for w in words}
        if mention.how == "alias" and mention.type not in ("unnamed-party", "data-subject") \
                and normalise(mention.text) not in generic \
                and normalise(mention.text) not in map(normalise, (entry["label"], *entry.get("aliases", ()))):
            entry.setdefault("aliases", []).append(mention.text)  # 連合会, 国保連合会: its short names
        # a pointer (受託者 for the company, 当課) places the entity but is not its quote
        if not entry["line"] and line and mention.how != "anaphora":
            entry["line"], entry["quote"] = line, quote
        entry["mentions"] += 1 if line else 0
        return entry

    def category_for(self, mention: Mention, line: int, quote: str) -> dict:
        if mention.id is None and mention.sentence >= 0:
            # 名簿情報 in an item on the 避難行動要支援者名簿: the list its title names
            mention.id = titles.short_for(self, mention)
        key = mention.id or f"new:{normalise(mention.text)}"
        entry = self.categories.get(key)
        if entry is None:
            label = self.lex.categories[mention.id].label if mention.id in self.lex.categories else mention.text
            entry = self.categories[key] = {"key": key, "id": mention.id, "label": label,
                                            "new": mention.id is None, "line": line, "quote": quote}
        return entry

    # -- facts ---------------------------------------------------------------

    def frames(self, tokens, parse: bool) -> None:
        candidates, found = [], []
        for sentence in self.sents:
            frames = verbs.verbs_in(sentence.text, tokens[sentence.index], self.pats)
            # (入る moves data only from someone: …からの請求情報は包括に入る, not …が入っている)
            needs = self.pats.get("verb_needs", {})
            frames = [f for f in frames if f.verb not in needs
                      or any(cue in sentence.text[:f.start] for cue in needs[f.verb])]
            mentions = self.mentions[sentence.index]
            # (…に電話で対象者の氏名と状況を連絡: data named as its object; not 市に連絡がある)
            frames = [f for f in frames if f.verb not in self.pats.get("verbs_of_named_data", ()) or any(
                m.kind == "category" and re.match(r"[^、。をがは]{0,6}を", sentence.text[m.end:f.start])
                for m in mentions)]
            # LGWANを利用して送付: how the data goes, no verb of seeing of its own
            ways = {m.end for m in mentions if m.kind == "channel" or getattr(m, "channel", None)}
            frames = [f for f in frames if not (f.kind == "access" and f.start - 1 in ways and any(
                sentence.text.startswith(p, f.start - 1) for p in self.pats["particles"]["channel"]
                if p.startswith("を") and len(p) > 2))
                # (確認 inside オンライン資格確認等システム: a name, no verb)
                and not any(m.kind == "entity" and m.start <= f.start and f.end <= m.end for m in mentions)]
            if not frames:  # 通信はLGWANを使って行う: it may still say how the flows before go
                found.append((sentence, frames, mentions))
                continue
            typed = [m for m in mentions if m.kind == "entity"]
            found.append((sentence, frames, mentions))
            if parse and len(typed) >= 2:
                candidates.append((sentence.text, frames, mentions))
        from kg.extract import parse as _parse
        attached = dict(zip((id(c[1]) for c in candidates), _parse.attach_all(candidates))) if candidates else {}
        for sentence, frames, mentions in found:
            if not frames:
                if not self.recipients_named(sentence) and not incidents.leaked_data(self, sentence) \
                        and not amendments.answered_data(self, sentence):  # 提供先は、A及びBです
                    said_next.frequency_after(self, sentence, frames)
                continue
            relations.fill(sentence.text, mentions, frames, self.pats, attached.get(id(frames)))
            chains.chain(frames, self.pats, sentence.text)
            if not any(f.slots.get("recipient") for f in frames):
                self.recipients_named(sentence)
            if said_next.frequency_after(self, sentence, frames):
                continue
            for previous, frame in zip([None, *frames], frames):
                self.frame_facts(sentence, frame, previous)

    def recipients_named(self, sentence) -> bool:
        """Propose the flows of 提供先は、A、B及びCでございます (see
        :func:`kg.extract.listing.recipients_named`); True when it named any. They count as
        said: the next sentence's 提供する項目は… lists their data."""
        named = listing.recipients_named(self, sentence)
        if named is None:
            return False
        # the giver is the one explaining (not the one a sentence before gave to it), and
        # the data is what this sentence or the next names, none carried from before
        named.slots["subject"] = [m for m in [self.provider_default(sentence.index)
                                              or self.municipality_mention()] if m is not None]
        own = self.category_keys([m for m in self.mentions[sentence.index] if m.kind == "category"],
                                 sentence) or [flows.unspecified(self, sentence)]
        before = len(self.flows)
        self.frame_facts(sentence, named)
        for flow in self.flows[before:]:
            flow.update(_said=True, categories=list(own))
        return len(self.flows) > before

    def provider_default(self, index: int):
        item = self.item_of.get(index)
        if item is not None and item.department is not None:
            return in_charge.speakers_department(self, item, index) or item.department
        return None

    def frame_facts(self, sentence, frame, previous=None) -> None:
        """Propose what one verb's frame states: a flow, a connection, a holding, an
        entrustment, an exclusion or an incidental access (``previous``: the frame
        before it in the sentence, whose party a denied clause may share)."""
        item = self.item_of.get(sentence.index)
        question = is_question(sentence.text, self.pats)
        # the quote is the verb's line of the sentence (a PDF wraps a sentence over lines)
        # (to the data the verb moves when the sentence names it after: 渡すのは、氏名…です)
        said = max([frame.end] + [m.end for m in frame.slots.get("categories", [])]
                   + [m.end for m in objects.listed_after(self, sentence, frame)])
        if frame.negated:  # (…再委託することについては、契約により禁止する: to the ban)
            said = max(said, (relations.denial_at(sentence.text, frame.end, self.pats) or 0) + 1)
        end = clause_end(sentence.text, said)
        end = objects.list_end(sentence, frame, end)
        if frame.kind == "re-entrust" and sentence.text.startswith("再委託先は", end):
            end = clause_end(sentence.text, end)  # (…再委託する予定ですが、再委託先は未定: who, too)
        line, quote = sentence.quote(sentence.piece_at(frame.start).start, end)
        base = {"item": item.key if item else None, "line": line, "quote": quote,
                "verb": frame.verb, "_sentence": sentence.index}
        confidence = 0.5 if question else 0.8
        clause = re.split(r"[、。]", sentence.text[frame.end:], maxsplit=1)[0]
        if any(cue in clause for cue in (*self.pats.get("reported_opinions", ()),
                                         *self.pats.get("reported_questions", ()))) \
                or sentence.index in self.advised or restated(self, sentence, clause):
            # 委員から、受託者に個人番号を渡すべきではないとの意見があった: an opinion;
            # 委員から、個人番号を委託先に渡すのかとの質問があり: a question; 3.　附帯意見
            # （2）…報告するよう求めること: a request
            return
        asked = max((sentence.text.rfind(cue, 0, frame.start)
                     for cue in self.pats.get("reported_questions", ())), default=-1)
        if asked >= 0:
            # …に個人情報が含まれるかとの質問があり、課長から、県へは集計値のみを提供し: the
            # answer's verb takes nothing the question named
            frame.slots = {name: [m for m in found if m.start > asked]
                           for name, found in frame.slots.items()}
        if frame.slots.get("categories"):  # (防犯カメラの映像の取扱いには、個人番号は…: a setting)
            # (マイナンバーカードをかざして暗証番号を入力: the card is the means, not what goes)
            frame.slots["categories"] = [m for m in frame.slots["categories"]
                                         if not _SETTING.match(sentence.text, m.end)
                                         and not (frame.kind in ("flow", "receive") and mynumber.card_as_tool(sentence.text, m))]
        if question and frame.kind in ("flow", "receive", "connect", "entrust", "re-entrust") \
                and questions.answered_no(self, sentence, frame):
            if frame.kind == "flow":  # (…へ名簿が渡ることはありますか／ございません: kept from it)
                exclusions.denied_hand_over(self, sentence, frame, item, base, confidence)
            return  # 問：…個人番号は含まれるか／答：個人番号は提供しない: the answer denies it
        if question and frame.kind in ("flow", "receive") and not frame.negated \
                and questions.only_asked(self, sentence, frame):
            return  # (健診結果は保健所とも共有しているのか。: whether it is, asked; nc77 W4)
        if frame.negated and frame.kind == "re-entrust" and not question \
                and permissions.forbidden_facts(self, sentence, frame, base, confidence):
            return
        if frame.kind in ("flow", "receive", "connect", "entrust", "re-entrust") and not frame.negated \
                and status.dropped(self, sentence.text, frame.end):
            return  # …へ送付する計画であったが、取りやめた: it never ran
        if frame.kind in ("flow", "receive") and sentence.index not in self.titles \
                and _SUBHEADING.fullmatch(sentence.text.strip()):
            return  # ３　年金事務所への照会について: a subsection's heading, the act said below
        if frame.kind == "connect" and any(begin <= frame.start < end
                                           for begin, end in self.titles.get(sentence.index, ())):
            return  # (3) 中間サーバー・プラットフォームとのオンライン結合: a title, not the act
        if frame.negated or frame.kind == "access":
            access.access_facts(self, sentence, frame, previous, base, confidence)
            beyond.purpose_beyond(self, sentence, frame, base, confidence)
            handling.handled(self, sentence, frame, base, confidence)
        elif frame.kind in ("flow", "receive"):
            before = len(self.flows)
            flows.flow_facts(self, sentence, frame, base, confidence)
            retractions.taken_back(self, sentence, frame, before, base, confidence)
            conduits.split(self, sentence, frame, before)
        elif frame.kind == "connect":
            connections.connect_facts(self, sentence, frame, base, confidence)
        elif frame.kind in holdings.TYPES:
            holdings.holding_facts(self, sentence, frame, base, confidence, previous)
        elif frame.kind in ("entrust", "re-entrust"):
            entrustment.entrust_facts(self, sentence, frame, base, confidence)

    def title_facts(self, items) -> None:
        """Facts stated only in agenda titles (see :mod:`kg.extract.titles`)."""
        titles.title_facts(self, items)

    # -- helpers --------------------------------------------------------------

    def municipality_mention(self) -> Mention | None:
        if self.municipality is None:
            return None
        return Mention(-1, 0, 0, self.municipality["label"], "entity", "municipality",
                       self.municipality["id"])

    def key(self, mention: Mention) -> str:
        """The proposal's key of a mention's entity: its id, else its type and name
        without a legal form (一般社団法人八王子市医師会 and 八王子市医師会 are one body)."""
        if mention.id:
            return mention.id
        return f"{mention.type}:{coref.bare_name(self.label_of(mention), self.pats)}"

    def category_keys(self, mentions, sentence) -> list[str]:
        keys = []
        for mention in mentions:
            line, quote = sentence.quote(mention.start, mention.end)
            entry = self.category_for(mention, line, quote)
            if entry["key"] not in keys:
                keys.append(entry["key"])
        return keys
