"""Answering a guidance question over the passages' short answers: a glossary line, a rewrite, or the best
"Jawaban:" line scored and chosen, parts of a message asked alone, the guidance's example of one's work, the
figures of one's own worked out."""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from pydantic import BaseModel

from bot.lang.text import question_sentences, tokens
from bot.lang.words import is_indonesian_word, stem
from bot.retrieval.answer import (
    NOT_ASN,
    NOT_DEFINED,
    NOT_FOUND,
    UNKNOWN_TERM,
    Told,
    fits,
    from_glossary,
    iki_of_rhk,
    meaning_and_figure,
    rewritten,
    shows,
    undefined_acronym,
    unknown_acronym,
    with_source,
    words_of,
)
from bot.retrieval.answer_choice import _overlap, _sense_first, _shaped
from bot.retrieval.claims import claim, contradicted, reported_claim, restated, verdict_lead, without_restating
from bot.retrieval.documents import ANSWERS, PASSAGES, QUESTIONS, Mode
from bot.retrieval.form_fields import form_quoted
from bot.retrieval.glossary import glossary_text, skipped_words, terms_in
from bot.retrieval.jenis_claim import jenis_lead
from bot.retrieval.limits import count_asked, counted, only_lead
from bot.retrieval.normalize import dense_text, keyword_tokens, keyword_words, search_config, weak_words
from bot.retrieval.outside_guidance import (
    about_non_asn,
    about_years,
    asks_clinical_standard,
    asks_figure,
    figure_of_foreign,
    figures_told,
    let_in_by_jenis,
    mostly_unknown,
    names_outside_topic,
    outside_contact,
    restates,
    unknown_words,
    years_asked,
)
from bot.retrieval.own_commands import asked_command, asked_privacy, asked_starts_off
from bot.retrieval.own_figures import own_figures, weights_checked
from bot.retrieval.passages import Passage
from bot.retrieval.polarity import denies, polarity_clash
from bot.retrieval.question_parts import (
    announced_parts,
    announced_question,
    asked_parts,
    asking_clauses,
    asking_sentence,
    asks_why,
    choice_words,
    emoji_closed,
    how_objects,
    quoted,
    rewrite_asked,
    rhk_quoted_for_iki,
    self_corrected,
    story_question,
    task_match,
    wanted_kind,
    wanted_kinds,
    without_asking,
    without_introduction,
    without_pasted_chat,
    without_persona,
    without_recalled,
    without_spelled_letters,
)
from bot.retrieval.respell import figures_written, respelled
from bot.retrieval.shares import even_share
from bot.retrieval.vector_index import Doc, VectorIndex
from bot.retrieval.yes_no import tag_closed, yes_no_predicate


class PassageHit(BaseModel):
    text: str
    source: str
    score: float
    title: str


class Answer(BaseModel):
    """The one short answer with its source; `passages`: further reading (never the passage the answer came from,
    and none when the question is outside the guidance); `hint`: what to do next in the chat."""

    question: str
    passages: list[PassageHit]
    answer: str
    hint: str = ""
    glossary: bool = False  # a term's meaning from knowledge/glossary.yaml: our own line, never rewritten


class Answerer:
    """Answers guidance questions with the retriever's passages, rankings, vectors and keyword indexes."""

    def __init__(self, passages: list[Passage], ranking: Callable[..., list[tuple[str, float]]],
                 vectors: VectorIndex, corpora: dict, documents: Callable[[], dict[str, list[Doc]]]):
        self.passages = passages
        self._passages = {p.id: p for p in passages}
        self._ranking = ranking
        self.vectors = vectors
        self._corpora = corpora
        self.documents = documents

    def ask(self, question: str, k: int = 3, mode: Mode = "hybrid", topic: str | None = None) -> Answer:
        """The one short answer: a term's meaning or a difference from the glossary, else the best "Jawaban:" line
        that answers the question; a question outside the guidance is declined plainly, with no passage. An even
        share or another sum asked of the asker's own figures (a capaian, the IKI left) is worked out first, after the
        answer's «Ya.»/«Tidak.». A message numbering or announcing its questions («1) … 2) …», «pertanyaan kedua:
        …») gets each answered as if asked alone, in order.
        topic: the glossary term a conversation is about (the open step's), for "bedanya sama RHK apa?"."""
        command = asked_command(question) or asked_starts_off(question) or asked_privacy(question) if not names_outside_topic(question) else ""
        if command:  # «cara liat draf sy», «data sy dikirim kemana?»: the assistant's own, never a passage sharing its words
            return Answer(question=question, passages=[], answer=command)
        parts = announced_parts(question)
        if parts:
            answers = [self.ask(part, k, mode, topic) for part in parts]
            said = [a for a in answers if a.answer not in (NOT_FOUND, NOT_ASN)]
            texts = list(dict.fromkeys(a.answer for a in said))
            return said[0].model_copy(update={"question": question, "answer": " ".join(texts)}) if said else \
                answers[0].model_copy(update={"question": question})
        answer = self._ask(question, k, mode, topic)
        if answer.answer in (NOT_FOUND, NOT_ASN):
            return answer
        rhk = rhk_asked(question)
        proposed = iki_of_rhk(rhk) if rhk else None
        if proposed is not None and proposed.said not in answer.answer:
            # «rhk sy '… sesuai standar', IKI nya gmn?»: the IKI measuring the RHK quoted first, then the guidance's
            # own answer (the steps or the pairs it gives), never the RHK judged as an IKI
            answer = answer.model_copy(update={"answer": f"{with_source(proposed.said, proposed.source)} {answer.answer}",
                                               "hint": proposed.hint})
        # «CL 50 TUSI 35 MI 10. udh pas 100 kan?»: the sum decides the lead, whatever the answer's words lead with
        summed_lead, summed = weights_checked(question)
        share = even_share(question, answer.answer) or own_figures(question) or summed
        if not share:
            return answer
        lead = re.match(r"(?:Ya|Tidak)\.\s+", answer.answer)
        cut = lead.end() if lead else 0
        said = f"{summed_lead} " if summed_lead else answer.answer[:cut]
        return answer.model_copy(update={"answer": f"{said}{share} {answer.answer[cut:]}"})

    def _ask(self, question: str, k: int, mode: Mode, topic: str | None) -> Answer:
        asked = count_asked(tag_closed(respelled(figures_written(emoji_closed(without_spelled_letters(self_corrected(announced_question(form_quoted(without_pasted_chat(question))))))))))
        asked = without_restating(asked)  # «… boleh kan? ga kebanyakan?»: the worry after it asks nothing more
        # «… krn katanya IKI '…' itu aktivitas. bener ga sih dia?»: the claim reported is what is asked
        asked = reported_claim(asked) or asked
        # who asks («sy bidan di RS daerah, …») is not what is asked; it still says which example fits their work,
        # and a claim to confirm is read whole
        claimed = bool(yes_no_predicate(asked)) or claim(asked) is not None
        read = asked if claimed else without_persona(without_recalled(asked))  # an earlier answer recalled is context
        if asks_clinical_standard(read):  # before the glossary: «standar waktu layanan» names a term of its own
            return Answer(question=question, passages=[], answer=NOT_FOUND)
        unknown = unknown_acronym(read, self._words)
        if unknown:  # «IKI HI/CI itu apa»: before the glossary, which would answer with what an IKI is
            return Answer(question=question, passages=[], answer=UNKNOWN_TERM.format(term=unknown))
        quoted = rewrite_asked(read)
        told = rewritten(quoted) if quoted else None
        if told is not None:
            return Answer(question=question, passages=[], answer=with_source(told.said, told.source), hint=told.hint)
        parts = meaning_and_figure(without_introduction(read))
        told = from_glossary(parts[0], topic) if parts else None
        if told is not None and len(told.terms) == 1:
            # «iki itu apa sih, trus hrs brp?»: what the term is, then the figure asked of it, asked with the term named
            meant = self._answer(question, told, self._ranking(PASSAGES, read, mode, None, gate=False), k)
            # «apa itu MPPH? trus bobot beyond brp?»: a figure of another term of its own is asked of that term
            generic = set(search_config()["answers"]["generic_terms"])
            own = {t.name for t in terms_in(parts[1])} - generic - set(told.terms)
            figure = self.ask(parts[1] if own else f"{told.terms[0]} {parts[1]}", k, mode)
            return meant if figure.answer == NOT_FOUND else \
                meant.model_copy(update={"answer": f"{meant.answer} {figure.answer}"})
        told = from_glossary(without_introduction(read), topic)
        if told is not None and not told.lead:
            # «… naro IKI "Jumlah kegiatan sosialisasi". itu masuk kategori proses kan?»: the finding's line, led by
            # the rules' verdict on the quote as a question asking it of the quote alone is
            told = replace(told, lead=verdict_lead(read))
        if told is not None:
            if claim(read) is not None:  # «MPPH itu singkatan Matriks Penilaian Prestasi Harian ya?», «X artinya … ?»
                # a meaning restated to be confirmed («direct cascading artinya renkin tim … berkontribusi langsung
                # ke renkin atasan?») is confirmed as any claim the answer restates; one it contradicts is denied
                told = replace(told, lead=told.lead or contradicted(read, told.text) or restated(read, told.text))
            meant = self._answer(question, told, self._ranking(PASSAGES, read, mode, None, gate=False), k)
            later = self._later_part(read, told, mode)
            return meant if later is None else \
                meant.model_copy(update={"answer": f"{meant.answer} {with_source(later.said, later.source)}"})
        # Relevance is judged on the short answers (and the questions they answer): what the user would read. The
        # words that only ask for a date («bulan apa») are left out of the match: they are not its subject.
        subject = counted(without_asking(read))
        if names_outside_topic(read):
            return Answer(question=question, passages=[], answer=NOT_FOUND, hint=outside_contact(read))
        if about_non_asn(read):
            return Answer(question=question, passages=[], answer=NOT_ASN)
        if not self._ranking(ANSWERS, subject, mode, None):
            # «nah kan jadi 5. bobot gmn, ribet lagi?»: the words around the question hide it; its asking clause alone
            read = next((c for c in asking_clauses(read) if self._ranking(ANSWERS, without_asking(c), mode, None)), "")
            if not read:
                return Answer(question=question, passages=[], answer=NOT_FOUND)
            subject = counted(without_asking(read))
        story = story_question(read)
        if story:
            # the steps asked in the last sentence, on its words alone; the story's work gives the example after them
            told_scored = self._scored_answers(subject, self._ranking(PASSAGES, subject, mode, None, gate=False), mode,
                                               wanted_kind(read))
            read, subject = story, counted(without_asking(story))
        ranked = self._ranking(PASSAGES, subject, mode, None, gate=False)
        scored = self._steps_before_case(read, self._scored_answers(subject, ranked, mode,
                                                                    "howto" if story else wanted_kind(read)))
        best = self._best_answer(read, scored)
        if best is None:
            # Two questions whose figure no one answer holds («jenis IKI apa ya trs bobotnya brp persen?»): each
            # asked on its own.
            best = self._second_answer(read, None, mode)
        if best is None:
            return Answer(question=question, passages=[], answer=NOT_FOUND)
        best = self._led_by_asking_sentence(read, best, scored, mode)
        best = _chosen_alternative(read, best, scored)
        if let_in_by_jenis(read):  # «pelatihan 20 JPL … core ya?»: training hours are outside but for their jenis
            best = replace(best, lead=jenis_lead(read, claim(read) or [], best.text))
        answer = self._answer(question, best, ranked, k)
        undefined = undefined_acronym(read, best.text)
        if undefined:  # «apa itu PME»: the guidance names it without saying what it is; the passage naming it is
            return answer.model_copy(update={"answer": NOT_DEFINED.format(term=undefined)})  # left to read
        second = self._second_answer(read, best, mode)
        also = second or (self._story_example(asked, best, told_scored) if story else self._example(asked, best, scored))
        if not also:
            return answer
        added = with_source(also.said, also.source)
        # «IKI berapa banyak? trs bobot beyond brp?»: the answers in the order asked, the first part's first when the
        # best one is a later part's own answer (a lead of the whole message stays first unless the first part's
        # answer is led too: «logbook wajib ya? trs hrs pake bukti dukung ga?» gets «Ya. …» then «Tidak. …»)
        earlier = second is not None and (not best.lead or second.lead) \
            and self._answers_later_part(read, best, second, mode)
        said = f"{added} {answer.answer}" if earlier else f"{answer.answer} {added}"
        left = self._part_left(read, best, second, mode) if second is not None else None
        if left is not None:
            said = f"{said} {with_source(left.said, left.source)}"
        return answer.model_copy(update={"answer": said})

    @cached_property
    def _words(self) -> frozenset[str]:
        return words_of(self.passages)

    def _led_by_asking_sentence(self, question: str, best: Told, whole: list[tuple[float, str, Told]],
                                mode: Mode) -> Told:
        """«IKI beyond wajib ga sih? sy blm kepikiran inisiatif apa2»: a yes-no question whose whole message chose an
        answer leading nothing, the words told beside it («inisiatif») pulling another answer up, gets the answer its
        asking sentence alone gets when that one is led and among the whole message's `answers.scope.part_near` best
        too (an answer the sentence alone finds far from the message is no answer to it)."""
        if best.lead or not yes_no_predicate(question) or best.reason and asks_why(question):
            return best  # a reason answers why, never yes or no
        sentence = asking_sentence(question)
        if sentence.strip() == question.strip() or not yes_no_predicate(sentence):
            return best
        scored = self._part_scored(sentence, mode)
        own = self._best_answer(sentence, scored) if scored else None
        top = {told.text for _, _, told in whole[:search_config()["answers"]["scope"]["part_near"]]}
        if own is None or not own.lead or own.text == best.text or own.text not in top:
            return best
        # the whole message's answer near the top for the asking sentence alone too is as much its answer
        margin = search_config()["answers"]["scope"]["yesno_margin"]
        near = any(told.text == best.text and score >= scored[0][0] - margin for score, _, told in scored)
        return best if near else own

    def _part_scored(self, part: str, mode: Mode) -> list[tuple[float, str, Told]]:
        """One asking part's scored answers, best first ([] when nothing answers it)."""
        subject = without_asking(part)
        if not self._ranking(ANSWERS, subject, mode, None):
            return []
        ranked = self._ranking(PASSAGES, subject, mode, None, gate=False)
        return self._scored_answers(subject, ranked, mode, wanted_kind(part))

    def _part_answer(self, part: str, mode: Mode) -> Told | None:
        """One asking part's own best answer, None when nothing answers it."""
        scored = self._part_scored(part, mode)
        return self._best_answer(part, scored) if scored else None

    def _second_answer(self, question: str, first: Told | None, mode: Mode) -> Told | None:
        """For a message asking two questions, the answer to the one the first answer leaves out: the first asking
        part's own best answer that differs from it (any, when there is no first)."""
        for part in asked_parts(question):
            told = self._part_answer(part, mode)
            if told is not None and (first is None or told.text != first.text and self._answers_part(part, told)):
                return told
        return None

    def _part_left(self, question: str, best: Told, second: Told, mode: Mode) -> Told | None:
        """«… cara nentuin jenisnya gmn? dan brp total bobot core + beyond?»: when the best answer is no asking part's
        own (the steps of bobot, neither the jenis nor the total) and the second is the first part's, a later part's
        own answer, said by neither, is said too: else that part goes unanswered."""
        parts = asked_parts(question)
        if len(parts) < 2:
            return None
        own = [self._part_answer(part, mode) for part in parts]
        if own[0] is None or own[0].text != second.text or any(t is not None and t.text == best.text for t in own):
            return None
        return next((t for t in own[1:] if t is not None and t.text not in (best.text, second.text)), None)

    def _later_part(self, question: str, meant: Told, mode: Mode) -> Told | None:
        """«What is the difference between RHK and IKI? and is the IKI must have target number?»: after a term's
        meaning, the answer of a later asking part about a term of its own (no generic one, none the meaning is
        about)."""
        generic = set(search_config()["answers"]["generic_terms"])
        for part in asked_parts(question)[1:]:
            own = {t.name for t in terms_in(part)} - generic
            if own and not own & set(meant.terms):
                told = self._part_answer(part, mode)
                if told is not None and told.text != meant.text:
                    return told
        return None

    def _answers_later_part(self, question: str, best: Told, second: Told, mode: Mode) -> bool:
        """Whether the second answer is the first part's own and the best one is far from it (not among the first
        part's `answers.scope.part_near` best answers, or any when the first part's answer has its own lead) but a
        later part's own: then the second is said first. «brp jumlah IKI …? minimal maksimalnya» asks one thing
        twice: the order stays."""
        parts = asked_parts(question)
        if len(parts) < 2:
            return False
        scored = self._part_scored(parts[0], mode)
        near = {told.text for _, _, told in scored[:search_config()["answers"]["scope"]["part_near"]]}
        first = self._best_answer(parts[0], scored) if scored else None
        return (first is not None and first.text == second.text and (best.text not in near or bool(second.lead))
                and any(t is not None and t.text == best.text for t in (self._part_answer(p, mode) for p in parts[1:])))

    def _steps_before_case(self, question: str, scored: list[tuple[float, str, Told]]
                           ) -> list[tuple[float, str, Told]]:
        """«as a ketua tim, IKI sy '…monev SBBL…' target 80%, anggota 4 org. cara bagi ke mereka gmn?»: a how-to
        quoting the asker's own case (`answers.example.quoted_words` words or more) asks for the way to do it, and the
        guidance's examples holding most of the case's words (`example.case_share`, steps aside) match the quote, not
        what is asked: when the best answer left gives steps, it goes first and the examples after it."""
        config = search_config()["answers"]["example"]
        said = set(keyword_tokens(quoted(question) or ""))
        if len(said) < config["quoted_words"] or "howto" not in wanted_kinds(question):
            return scored
        held = self._answer_words
        case = [s for s in scored if not s[2].steps and len(said & held[s[1]]) >= config["case_share"] * len(said)]
        rest = [s for s in scored if not any(s is c for c in case)]
        return rest + case if case and rest and rest[0][2].steps else scored

    def _example(self, question: str, best: Told, scored: list[tuple[float, str, Told]]) -> Told | None:
        """For steps asked by someone who says what their own work is («… nulis RHK yg ada qualifier nya? kerjaan sy
        kalibrasi alkes»), the guidance's example of that work: an answer holding every rare word of the sentences
        that tell (those few answers use, search.yaml `answers.example.max_answers`), the one holding most of their
        words; None when the work is not one the guidance shows. Words the question quotes («atasan cuma bilang
        'buat laporan bulanan tepat waktu'») are the case itself: an answer holding every one of them is its example (a
        phrase of `example.quoted_words` words or more: one quoted word, «'melaksanakan'», is a word asked about)."""
        if not best.steps:
            return None
        said = set(keyword_tokens(quoted(question) or ""))
        cases = [told for _, aid, told in scored if len(said) >= search_config()["answers"]["example"]["quoted_words"]
                 and said <= self._answer_words[aid] and not told.steps and told.text != best.text]
        if cases:
            return cases[0]
        telling = " ".join(s for s in question_sentences(question) if not wanted_kinds(s))
        words = set(keyword_tokens(telling))
        held = self._answer_words
        counts = Counter(w for answer_words in held.values() for w in answer_words & words)
        rare = {w for w, n in counts.items() if n <= search_config()["answers"]["example"]["max_answers"]}
        if not rare:
            return None
        examples = [(len(held[aid] & words), score, told) for score, aid, told in scored
                    if rare <= held[aid] and not told.steps and told.text != best.text]
        return max(examples, key=lambda e: e[:2])[2] if examples else None

    def _story_example(self, question: str, best: Told, scored: list[tuple[float, str, Told]]) -> Told | None:
        """After steps asked at the end of a story of one's work, the guidance's example nearest that work: the
        example (no steps) holding most of the story's rare words (`answers.example.max_answers`), at least
        `answers.example.story_rare` of them; a story tells more than any one example holds, so not all."""
        example = self._example(question, best, scored)
        if example or not best.steps:
            return example
        config = search_config()["answers"]["example"]
        words = set(keyword_tokens(question))
        counts = Counter(w for answer_words in self._answer_words.values() for w in answer_words & words)
        rare = {w for w, n in counts.items() if n <= config["max_answers"]}
        found = [(len(rare & self._answer_words[aid]), score, told) for score, aid, told in scored
                 if not told.steps and told.text != best.text]
        top = max(found, key=lambda e: e[:2], default=None)
        return top[2] if top and top[0] >= config["story_rare"] else None

    @cached_property
    def _answer_words(self) -> dict[str, frozenset[str]]:
        """Each short answer's search words (stems, canonical forms), by answer id."""
        return {f"{pid}@{n}": frozenset(keyword_tokens(a.text))
                for pid, passage in self._passages.items() for n, a in enumerate(passage.answers, 1)}

    def _few_name(self, question: str) -> frozenset[str]:
        """The question's names (no word of the language) that at most `answers.scope.named_by` answers hold: a thing
        few answers speak of («BKPK», «Itjen»), whose own figure a question asks for; «staf» is no name."""
        counts = self._word_answers
        most = search_config()["answers"]["scope"]["named_by"]
        return frozenset(stem(w) for w in keyword_words(question) if 0 < counts.get(stem(w), 0) <= most
                         and not is_indonesian_word(w))

    @cached_property
    def _word_answers(self) -> Counter:
        """How many short answers hold each search word."""
        return Counter(w for words in self._answer_words.values() for w in words)

    @staticmethod
    def _answers_part(part: str, told: Told) -> bool:
        """Whether a second answer is about its part, not filler after the first: it names a subject the part names
        itself, or gives the figure or date the part asks for («eselon 2 nya brp»). A part with neither
        («kondisinya apa aja») is left to the first answer."""
        generic = set(search_config()["answers"]["generic_terms"])
        own = {t.name for t in terms_in(part)} - generic
        kind = wanted_kind(part)
        return bool(own & {t.name for t in terms_in(told.text)}) or kind in ("number", "date") and fits(told.text, kind)

    def _best_answer(self, question: str, scored: list[tuple[float, str, Told]]) -> Told | None:
        """The best scored answer that answers this question, not one that just shares some words with it: a
        question that asks for a figure gets the best answer holding one, unless that answer scores far below the
        best (`answers.scope.figure_margin`), and naming the year asked when it is not the guidance's; a question
        whose only subject is a word the guidance never uses ("cara membuat paspor") has none."""
        unknown = unknown_words(question, self._vocabulary)
        generic = set(search_config()["answers"]["generic_terms"])
        # A question naming a guidance term of its own («How do I prepare for dialog kinerja with my boss») is about
        # it, whatever other words it uses.
        specific = any(t.name not in generic for t in terms_in(question))
        if not scored or not specific and ((unknown and len(keyword_words(question, skipped_words())) <= len(unknown))
                                           or mostly_unknown(question, unknown)):
            return None
        reason = _reason_near(question, scored)
        if reason is not None:
            return reason
        if not asks_figure(question):
            return _shaped(question, scored)
        if figure_of_foreign(question, self._vocabulary):
            return None
        years, margin = years_asked(question), search_config()["answers"]["scope"]["figure_margin"]
        near = [s for s in scored if fits(s[2].text, "number") and about_years(s[2].text, years)
                and s[0] >= scored[0][0] - margin]
        # «berapa IKK BKPK»: the figure of the thing named that few answers speak of (a unit among the Renstra's),
        # before a total that does not name it
        named = self._few_name(question)
        holding = [s[2] for s in sorted(near, key=lambda s: not named <= self._answer_words[s[1]])]
        # the figure the user tells before asking is not the one asked: an answer restating it gives way to the next
        told = figures_told(question)
        found = next((t for t in holding if not restates(t.text, told)), None) or next(iter(holding), None)
        # «… tiap brp lama sih? setahun sekali doang kan?»: the asker's own guess after the question is led
        guessed = only_lead(question, found.text) if found else ""
        return replace(found, lead=guessed) if guessed else found

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        """Stems of every word the guidelines and the glossary use."""
        texts = [f"{p.title} {p.text} {p.source} " + " ".join(f"{a.text} {' '.join(a.questions)}" for a in p.answers)
                 for p in self.passages]
        return frozenset(stem(w) for text in texts + [glossary_text()] for w in keyword_words(text))

    def _answer(self, question: str, told: Told, ranked: list[tuple[str, float]], k: int) -> Answer:
        """The short answer, and as further reading the best passages other than the one it came from."""
        hits = [
            PassageHit(text=self._passages[pid].text, source=self._passages[pid].source, score=round(score, 6),
                       title=self._passages[pid].title)
            for pid, score in ranked[:k]
            if not any(a.text == told.text for a in self._passages[pid].answers)
            and (not told.terms or _names_any(self._passages[pid].title, told.terms))
        ]
        home = next((p for p in self._passages.values() if any(a.text == told.text for a in p.answers)), None)
        hint = told.hint or (home.here if home else "")  # the command that does the passage's task here
        return Answer(question=question, passages=hits, answer=with_source(told.said, told.source), hint=hint,
                      glossary=bool(told.terms))

    def _scored_answers(self, question: str, passages: list[tuple[str, float]], mode: Mode, kind: str | None
                        ) -> list[tuple[float, str, Told]]:
        """(score, answer id, answer with its source) best first: each short answer scored as its own
        hybrid match (its text and the questions it answers), plus its closest listed question (by meaning, and by
        the words both share), its passage's rank, and whether it holds the kind of fact asked for (search.yaml
        `answers`)."""
        config = search_config()["answers"]
        top = passages[: config["depth"]]
        passage_score = {pid: score / (top[0][1] or 1.0) for pid, score in top}
        closest: dict[str, float] = {}
        if mode != "bm25":
            for question_id, similarity in self.vectors.query(QUESTIONS, dense_text(question), config["questions_depth"]):
                answer_id = question_id.rpartition("#")[0]
                closest[answer_id] = max(closest.get(answer_id, 0.0), similarity)
        exemplar: dict[str, float] = {}
        for question_id, score in self._corpora[QUESTIONS].keyword.ranking(question):
            answer_id = question_id.rpartition("#")[0]
            exemplar[answer_id] = max(exemplar.get(answer_id, 0.0), score)
        best_exemplar = max(exemplar.values(), default=0.0) or 1.0
        asked = set(self._corpora[ANSWERS].keyword.query_tokens(question))
        # The share of the question's subject (its words weighed by rarity) an answer holds: a passage about another
        # subject that shares one common word covers little of it.
        covered = self._corpora[ANSWERS].keyword.evidence(question, weak_words())
        generic = set(config["generic_terms"])
        objects = [o for o in how_objects(question) if o not in generic] if kind == "howto" else []
        asks_denied = denies(question)
        scored = []
        for answer_id, score in self._ranking(ANSWERS, question, mode, None, gate=False):
            pid, _, n = answer_id.rpartition("@")
            short = self._passages[pid].answers[int(n) - 1]
            told = Told(short.text, self._passages[pid].source, steps=short.steps, reason=short.reason)
            same_words = max((_overlap(asked, listed) for listed in self._listed_questions.get(answer_id, ())), default=0.0)
            total = (score + config["question_weight"] * closest.get(answer_id, 0.0)
                     + config["same_words_weight"] * same_words
                     + config.get("exemplar_weight", 0.0) * exemplar.get(answer_id, 0.0) / best_exemplar
                     + config["passage_weight"] * passage_score.get(pid, 0.0) + config["kind_bonus"] * shows(told, kind)
                     + config["coverage_weight"] * covered.get(answer_id, (0.0, 0.0))[0]
                     - config["polarity"]["weight"] * polarity_clash(question, short.text)
                     + config["polarity"]["denied_weight"] * (asks_denied and denies(short.text))
                     + config["task_weight"] * (short.steps and bool(objects) and task_match(short.text, objects)[0]))
            scored.append((total, answer_id, told))
        return _sense_first(question, sorted(scored, key=lambda s: s[0], reverse=True))

    @cached_property
    def _listed_questions(self) -> dict[str, list[frozenset[str]]]:
        """Each short answer's "Tanya:" questions as sets of search words (stems, canonical forms)."""
        listed: dict[str, list[frozenset[str]]] = {}
        for doc in self.documents()[QUESTIONS]:
            listed.setdefault(doc.id.rpartition("#")[0], []).append(frozenset(keyword_tokens(doc.text)))
        return listed


def rhk_asked(question: str) -> str | None:
    """The RHK a question quotes to ask its IKI (`question_parts.rhk_quoted_for_iki`), read as the answers read it
    (chat spellings respelled); None for a question confirming a claim."""
    read = respelled(without_pasted_chat(question))
    return None if yes_no_predicate(read) or claim(read) is not None else rhk_quoted_for_iki(read)


def _reason_near(question: str, scored: list[tuple[float, str, Told]]) -> Told | None:
    """«kenapa IKI harus output based?», «mengapa IKI maksimal 10?»: a why-question gets the reason the guidance
    gives (an "Alasan:" answer) before the rule said again or its figure: the best reason within `answers.why.margin`
    of the best answer or written beside it, in its passage (the rule's own reason: «apa alasannya IKI dibatasi
    paling banyak 10?» is about the limit, and so is the reason for it), never led by «Ya.»/«Tidak.»; None when the
    question asks no why or no reason is near."""
    if not scored or not asks_why(question):
        return None
    margin, home = search_config()["answers"]["why"]["margin"], scored[0][1].rpartition("@")[0]
    return next((told for score, aid, told in scored if told.reason
                 and (score >= scored[0][0] - margin or aid.rpartition("@")[0] == home)), None)


def _chosen_alternative(question: str, best: Told, scored: list[tuple[float, str, Told]]) -> Told:
    """«… mending per wilayah atau per beban»: when the best answer names none of the alternatives offered
    (`question_parts.choice_words`), the first answer within `answers.choice.margin` of the top naming one; a led
    answer stays."""
    offered = choice_words(question)
    if not offered or best.lead or offered & {stem(w) for w in tokens(best.text)}:
        return best
    margin = search_config()["answers"]["choice"]["margin"]
    return next((told for score, _, told in scored if score >= scored[0][0] - margin
                 and offered & {stem(w) for w in tokens(told.text)}), best)


def _names_any(title: str, terms: tuple[str, ...]) -> bool:
    """Whether a passage title names one of the terms (every word of it): reading about what was explained."""
    words = set(tokens(title))
    return any(set(tokens(term)) <= words for term in terms)

