"""Choosing the one short answer among the scored ones: the shape of fact asked for (a date, a list, steps),
a yes-no question's lead, a claim held against near answers, and the orderings that put the question's sense
and subject first."""

from collections.abc import Callable
from dataclasses import replace

from bot.lang.text import tokens
from bot.lang.words import stem
from bot.retrieval.answer import Told, shows
from bot.retrieval.basis_denied import basis_lead
from bot.retrieval.claims import (
    claim,
    claim_subject,
    contradicted,
    contrast,
    denial,
    exceeds_only,
    first_term,
    own_terms,
    restated,
    unit_lead,
    verdict_lead,
    words_held,
)
from bot.retrieval.consequence_claim import consequence_lead
from bot.retrieval.glossary import placed_terms, terms_in
from bot.retrieval.limits import (
    claimed_limit,
    count_lead,
    limits_stated,
    meets_limit,
    only_lead,
    past_allowed_lead,
    value_lead,
)
from bot.retrieval.normalize import keyword_tokens, search_config
from bot.retrieval.polarity import both_ways, denied_alike, polarity_clash, states
from bot.retrieval.question_parts import (
    asking_sentence,
    compares,
    example_terms,
    how_objects,
    kinds_listed,
    lists_of,
    names_all,
    opening_terms,
    quoted,
    task_match,
    wanted_kinds,
)
from bot.retrieval.yes_no import (
    claims_a_side,
    negated_lead,
    only_predicate,
    pointed_claim,
    yes_no_lead,
    yes_no_predicate,
)


def _shaped(question: str, scored: list[tuple[float, str, Told]]) -> Told:
    """A question that asks only for a date or only for a list gets the best answer giving one (a date or a
    period, the items; a how-to the steps of a task), unless it scores far below the best
    (`answers.scope.shape_margin`); a yes-no question the best answer using its
    predicate, led by «Ya.»/«Tidak.»; else the best answer."""
    kinds = wanted_kinds(question)
    scope = search_config()["answers"]["scope"]
    unit = unit_lead(question)
    if unit:  # «IKI sy '…' tp satuannya sy isi 'dokumen'. gpp kan?»: the rules say; the answer naming satuan tells
        return replace(next((s[2] for s in scored if "satuan" in tokens(s[2].text)), scored[0][2]), lead=unit)
    verdict = verdict_lead(question)
    if verdict:  # «iki sy "Terlaksananya rapat …" udh bener blm?»: the rules say; for a «Tidak.» an answer saying why,
        # and for a «Ya.» too when the question names that why itself («… ini udh output kan?») and the best answer is
        # no example of the quote's own work (`verdict_example_share` of its words)
        claimed = search_config()["answers"]["yesno"]["claim"]
        why, iki = set(claimed["verdict_answer"]), quoted(question) or ""
        said = set(keyword_tokens(iki))
        example = len(said & set(keyword_tokens(scored[0][2].text))) >= claimed["verdict_example_share"] * len(said)
        named = why & set(tokens(question.replace(iki, " "))) and not example
        told = scored[0][2] if verdict == search_config()["answers"]["yesno"]["lead"]["ya"] and not named else \
            next((s[2] for s in scored if why & set(tokens(s[2].text))), scored[0][2])
        return replace(told, lead=verdict)
    predicate = yes_no_predicate(question)
    margin = search_config()["answers"]["yesno"]["count_margin"]
    # Near answers giving the value asked about leads that disagree («TUSI 40%» with cascading langsung, «TUSI
    # 90%» without): the value depends on a condition the question does not settle, so none is led by it, nor
    # is the claim read as confirmed or denied.
    agreed = len({value_lead(question, s[2].text) for s in scored if s[0] >= scored[0][0] - margin} - {""}) < 2

    def claim_leads(text: str) -> tuple[str, str]:
        return (contradicted(question, text), restated(question, text)) if agreed else ("", "")
    # «MPPH cuma 1 tingkat doang?»: of the near answers, one giving more than the claim says is all answers it
    more = next((s for s in scored if s[0] >= scored[0][0] - margin and exceeds_only(question, s[2].text)), None)
    follows = _follows(question, scored) if not more else None
    if follows is not None:
        # «kalo target ga tercapai, bisa kena teguran ya?»: of the near answers, the one giving the consequence
        # claimed under a case of its own answers it, whatever other words of the case the others hold
        return follows
    if not predicate and meets_limit(question):
        # «IKI sy pas 5. udh memenuhi minimal kan?»: of the near answers stating a limit on the count, the one stating
        # most of them, led by where the count lies
        met = max((s for s in scored if s[0] >= scored[0][0] - margin and count_lead(question, s[2].text)),
                  key=lambda s: (len(limits_stated(s[2].text)), s[0]), default=None)
        if met:
            return replace(met[2], lead=count_lead(question, met[2].text))
    if predicate:
        scored = _naming_first(question, scored)
        holding = next((s for s in scored if states(s[2].text, predicate)), None)
        # «SKP boleh diubah … ga kalo sy mutasi …?» asks yes or no, not how: the steps of the task at the top give way
        # to an answer stating the predicate as far below them as steps outrank other answers for a how-to
        margin = scope["shape_margin"]["howto"] if scored[0][2].steps and "howto" not in kinds \
            else scope["yesno_margin"]
        best = holding[2] if holding and holding[0] >= scored[0][0] - margin else scored[0][2]

        def limit_lead(text: str) -> str:
            return count_lead(question, text) or (value_lead(question, text) if agreed else "")
        # «iki boleh lebih dr 10 ga?»: of the near answers stating a limit on it, the one stating most of them
        # («paling sedikit 5 dan paling banyak 10» over «bila kurang dari 5»)
        limited = max((s for s in scored if s[0] >= scored[0][0] - margin and limit_lead(s[2].text)),
                      key=lambda s: (len(limits_stated(s[2].text)), s[0]), default=None)
        if limited and (not limit_lead(best.text)
                        or len(limits_stated(limited[2].text)) > len(limits_stated(best.text))):
            best = limited[2]
        # a claim the answer contradicts («standar maksimal yg hrs dicapai ya?» against «standar minimal») is
        # denied before the predicate, which the answer may well state of the right claim
        best = more[2] if more else best
        denied, confirmed = claim_leads(best.text)
        stated = yes_no_lead(predicate, best.text, question)
        pointed = pointed_claim(question, predicate)
        if pointed and len(pointed & {stem(w) for w in tokens(best.text)}) \
                < search_config()["answers"]["yesno"]["claim"]["pointed_share"] * len(pointed):
            stated = ""  # the predicate the answer states is of another thing than the practice pointed at
        if only_predicate(question, predicate) and stated == search_config()["answers"]["yesno"]["lead"]["ya"]:
            stated, confirmed = "", ""  # «cuma wajib buat pimpinan?» against «wajib bagi … non pimpinan»
        # «… nilai pake feeling aja. emang boleh gitu??»: a practice told, then asked of by a pointer, is no task an
        # answer's how-to permits
        if predicate == "boleh" and agreed and not stated and not pointed_claim(question, predicate):
            # «foto sm notulen bs dilampirin sbg bukti dukung?»: an answer telling how the thing asked about is
            # done, in most of the claim's words, permits it; one forbidding it or advising against it says so
            # before (`stated`, `denied`)
            confirmed = confirmed or restated(question, best.text, "permitted_share")
        limited_lead = limit_lead(best.text)
        if denied and limited_lead == search_config()["answers"]["yesno"]["lead"]["ya"] \
                and not limits_stated(question):
            # «IKI sy cukup 6 aja kan?»: one's own count said to be enough, within every limit the answer states,
            # is allowed; the «only» it is said with is no claim that nothing more is allowed
            denied = ""
        # «rencana aksi boleh disusun tanpa mengacu RHK?» against «… disusun berdasarkan RHK»: what it rests on is no
        # thing to do without
        lead = basis_lead(question, best.text) or denied or limited_lead or stated or confirmed
        if lead or claim(question) is None:
            return replace(best, lead=lead)
        # «logbook cuma diisi seminggu sekali ya?», «sy isi logbook seminggu sekali, boleh ga?»: the chosen answer
        # says nothing of the predicate nor of the claim; the claim is held against the near answers as any
        # claim the chosen one holds no evidence on
        # («IKI wajib ngukur proses kan?» choosing «tujuh isian wajib»: a claim turning on a side of a pair is led by
        # a near answer saying the predicate of a side, «IKI harus mengukur output», as well)
        sided = claims_a_side(question, predicate)
        return _led_near(question, scored, best, lambda text: next((found for found in claim_leads(text) if found), "")
                         or (yes_no_lead(predicate, text, question) if sided else ""))
    if claim(question) is not None or denial(question) or contrast(question):
        told = more[2] if more else _chosen(question, scored, kinds, scope)
        if not more and not kinds:
            told = _saying_denied(question, scored, told, scope["yesno_margin"])
        if not more:
            told = _most_limits(question, scored, told, scope["yesno_margin"])

        def claim_lead(text: str) -> str:
            denied, confirmed = claim_leads(text)
            return only_lead(question, text) or denied or confirmed
        # «jd udah ga bisa diubah sampe desember kan?»: a predicate the claim denies, when nothing else leads
        lead = basis_lead(question, told.text) or claim_lead(told.text) or negated_lead(question, told.text)
        # of the near answers, only those giving the kind of fact asked for («… sampe kapan ya?»: a date)
        shaped = [s for s in scored if all(shows(s[2], kind) for kind in kinds)]
        return replace(told, lead=lead) if lead or more or not shaped else _led_near(question, shaped, told, claim_lead)
    if not kinds:
        best = scored[0][2]
        return replace(best, lead=only_lead(question, best.text) or past_allowed_lead(question, best.text)
                       or negated_lead(question, best.text))
    return _chosen(question, scored, kinds, scope)


def _chosen(question: str, scored: list[tuple[float, str, Told]], kinds: list[str], scope: dict) -> Told:
    """Of the scored answers, the one whose shape fits the one kind of fact asked for, else the best."""
    if not kinds:
        return scored[0][2]
    listed = "list" in kinds
    if "howto" in kinds and set(kinds) <= {"howto", "list"}:
        kinds = ["howto"]  # «langkah nyusun MPPH apa aja»: the steps are the list asked for
    if len(kinds) != 1 or kinds[0] not in scope["shape_first"]:
        return scored[0][2]
    kind = kinds[0]
    near = [s for s in scored if shows(s[2], kind) and s[0] >= scored[0][0] - scope["shape_margin"][kind]]
    if kind == "howto" and not near and listed:
        # No steps near the top: the options asked for are a list («cara bagi peran di MPPH ada apa aja?»).
        kind = "list"
        near = [s for s in scored if shows(s[2], kind) and s[0] >= scored[0][0] - scope["shape_margin"][kind]]
    examples = example_terms(question) if kind == "list" else []
    if kind == "list" and near and not compares(question):
        near = _list_of_asked(question, near)
        near = sorted(near, key=lambda s: not kinds_listed(question, s[2].text))  # the kinds of what is named
    if examples:
        # «pembagian aspek, trs apa lg?»: the list wanted holds the item the question gives as an example.
        near = sorted(near, key=lambda s: not names_all(s[2].text, examples))
    objects = how_objects(question) if kind == "howto" and near else []
    if objects and _names_task_alone(scored[0][2], near, objects):
        # «gmn caranya nulis target biar ga absolut?»: no steps near the top are of the task asked about, the best
        # answer opens on it («… target sebaiknya tidak dirumuskan secara mutlak; …»): it tells how, the steps of
        # another task («Menulis IKI …») do not
        return scored[0][2]
    if objects and task_match(near[0][2].text, objects) == (False, 0):
        # The best steps near the top are of a task the question does not name: of the near ones, those of the
        # task asked about («… nulis RHK yg bener gmn» wants the RHK's steps, not the rencana aksi's).
        return max(near, key=lambda s: task_match(s[2].text, objects))[2]
    return near[0][2] if near else scored[0][2]


def _names_task_alone(best: Told, near: list[tuple[float, str, Told]], objects: list[str]) -> bool:
    """Whether the best answer, giving no steps, opens on a term the how-to asks about (`generic_terms` aside: IKI,
    SKP) and no steps near it name any of the terms asked about in their opening."""
    generic = set(search_config()["answers"]["generic_terms"])
    own = [o for o in objects if o not in generic]
    return (bool(own) and not shows(best, "howto") and task_match(best.text, own)[1] > 0
            and all(task_match(s[2].text, objects) == (False, 0) for s in near))


def _most_limits(question: str, scored: list[tuple[float, str, Told]], told: Told, margin: float) -> Told:
    """«katanya IKI minimal 15 ya?»: a limit claimed is held against the near answer stating most limits on that
    count («paling sedikit 5 dan paling banyak 10» over «bila kurang dari 5»), as a limit asked with a predicate is."""
    claimed = claimed_limit(question)
    if claimed is None:
        return told
    limited = max((s for s in scored if s[0] >= scored[0][0] - margin and claimed[0] in
                   {side for side, _ in limits_stated(s[2].text)}),
                  key=lambda s: (len(limits_stated(s[2].text)), s[0]), default=None)
    better = limited is not None and len(limits_stated(limited[2].text)) > len(limits_stated(told.text))
    return limited[2] if better else told


def _saying_denied(question: str, scored: list[tuple[float, str, Told]], told: Told, margin: float) -> Told:
    """«SKP yg udh ditetapkan ga bisa diubah lg. betul?»: of the near answers, one saying the very words denied
    («SKP boleh diubah …») answers the denial before one only about the same subject («Setiap perubahan SKP … harus
    lewat dialog kinerja»)."""
    denied = set(denial(question))
    if not denied or denied <= set(tokens(told.text)):
        return told
    return next((s[2] for s in scored if s[0] >= scored[0][0] - margin and denied <= set(tokens(s[2].text))), told)


def _list_of_asked(question: str, near: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """«nilai BerAKHLAK apa aja»: when the best list names a term of the question only among its items («Perilaku
    kerja … memuat sikap …, nilai BerAKHLAK, serta …»), a near answer listing that term's own items («BerAKHLAK, yaitu
    …») and naming every term of the question the best names goes first."""
    own = {t.name for t in terms_in(question)} - set(search_config()["answers"]["generic_terms"])
    named = own & {t.name for t in terms_in(near[0][2].text)}
    items = named - opening_terms(near[0][2].text)
    if not items or lists_of(near[0][2].text, items):
        return near
    of = next((s for s in near if lists_of(s[2].text, items) and named <= {t.name for t in terms_in(s[2].text)}),
              None)
    return [of, *(s for s in near if s is not of)] if of else near


def _follows(question: str, scored: list[tuple[float, str, Told]]) -> Told | None:
    """The best answer within `yesno.claim.near_margin` of the best that gives the consequence a claim says follows
    from a case (`consequence_lead`), led by it; None when none does."""
    words, margin = claim(question), search_config()["answers"]["yesno"]["claim"]["near_margin"]
    found = next(((s[2], lead) for s in scored if words and s[0] >= scored[0][0] - margin
                  and (lead := consequence_lead(words, s[2].text))), None)
    return replace(found[0], lead=found[1]) if found else None


def _led_near(question: str, scored: list[tuple[float, str, Told]], told: Told, lead: Callable[[str], str]) -> Told:
    """A claim the chosen answer holds no evidence on, held against the answers near it (within
    `yesno.claim.near_margin` of the best of them, holding at least as many of the claim's words as the chosen one and
    every term of the claim it names:
    «SKP … ga bisa diubah2?» chooses the stages of performance management, a near answer says «SKP boleh diubah»):
    the best of them that leads, when every one that leads agrees; else the chosen answer with no lead."""
    margin = search_config()["answers"]["yesno"]["claim"]["near_margin"]
    # the terms of the sentence asking: «… my katim said Beyond is half of the SKP» tells, it claims nothing of katim
    least, named = words_held(question, told.text), _terms_asked(question) & own_terms(told.text)
    # when the chosen answer is about another term than the claim («Realisasi IKI …, dengan catatan harian …» for
    # «catatan harian cukup diisi akhir triwulan?»), a near one about the claim's subject (the first term it names:
    # «Catatan harian (logbook) adalah … setiap hari») is read whatever words it holds
    subject = claim_subject(question)
    about = subject is not None and first_term(told.text) != subject
    led = [(s[2], found) for s in scored if s[0] >= scored[0][0] - margin
           and (words_held(question, s[2].text) >= least or about and first_term(s[2].text) == subject)
           and named <= own_terms(s[2].text) and (found := lead(s[2].text))]
    if not led or len({found for _, found in led}) > 1:
        return told
    return replace(led[0][0], lead=led[0][1])


def _terms_asked(question: str) -> set[str]:
    """The terms the asking sentence names, but one whose name holds the predicate asked («IKI wajib ngukur proses
    kan?»: «IKI wajib» is Core MI's name, its «wajib» what is asked of IKI)."""
    sentence = asking_sentence(question)
    if not yes_no_predicate(question):
        return own_terms(sentence)
    config = search_config()["answers"]["yesno"]
    members = {w for name, group in config["predicates"].items() if name not in config["fallback_predicates"]
               for w in group}  # «cuma» in «MPPH cuma 1 tingkat» says how much of the term, still asked of it
    return own_terms(sentence) - {t.name for t, (a, b) in placed_terms(sentence) if set(tokens(sentence[a:b])) & members}


def _naming_first(question: str, scored: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """A yes-no question about a term of its own («Is filling in the logbook mandatory …?»): when the best answer does
    not name every such term (`generic_terms` aside), the answers within `yesno.subject_margin` of it that do go
    first; a predicate word shared («wajib») with an answer about another subject decides nothing. The terms are the
    asking sentence's: «… non pimpinan? sy kira cuma buat katim» asks nothing about the katim it goes on to tell."""
    config = search_config()["answers"]
    own = {t.name for t in terms_in(asking_sentence(question))} - set(config["generic_terms"])
    if not scored or own <= {t.name for t in terms_in(scored[0][2].text)}:
        return scored
    naming = [s for s in scored if s[0] >= scored[0][0] - config["yesno"]["subject_margin"]
              and own <= {t.name for t in terms_in(s[2].text)}]
    return [*naming, *(s for s in scored if s not in naming)]


def _sense_first(question: str, scored: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """Of two answers worded alike that differ in saying or denying what the question denies or says («tanpa
    cascading langsung» against «punya cascading langsung»), the one with the question's sense first when it is near
    the best: the condition decides, not the words both share (search.yaml `answers.polarity`)."""
    config = search_config()["answers"]["polarity"]
    clash = polarity_clash(question, scored[0][2].text) if scored else 0
    if not clash:
        return _one_way_first(question, scored)
    words = frozenset(keyword_tokens(scored[0][2].text))
    twin = next((s for s in scored[1:] if s[0] >= scored[0][0] - config["twin_margin"]
                 and polarity_clash(question, s[2].text) < clash
                 and _overlap(words, frozenset(keyword_tokens(s[2].text))) >= config["twin_overlap"]), None)
    return scored if twin is None else [twin, *(s for s in scored if s is not twin)]


def _one_way_first(question: str, scored: list[tuple[float, str, Told]]) -> list[tuple[float, str, Told]]:
    """When the best answer states a word the question denies both ways (the question's case and the other one), a
    near answer stating only the question's sense goes first (search.yaml `answers.polarity.both_ways_margin`)."""
    if not scored or not both_ways(question, scored[0][2].text):
        return scored
    margin = search_config()["answers"]["polarity"]["both_ways_margin"]
    one_way = next((s for s in scored[1:] if s[0] >= scored[0][0] - margin and denied_alike(question, s[2].text)
                    and not both_ways(question, s[2].text) and not polarity_clash(question, s[2].text)), None)
    return scored if one_way is None else [one_way, *(s for s in scored if s is not one_way)]


def _overlap(asked: set[str], listed: frozenset[str]) -> float:
    """Dice coefficient of two word sets: 1.0 when a question is worded as one the answer lists."""
    return 2 * len(asked & listed) / (len(asked) + len(listed)) if asked and listed else 0.0
