"""What a chat line asks or chats about: a question, small talk, a joke or a feeling, a command typed as a word, a
file's name, work named as the topic of a question."""

import re

from bot import knowledge
from bot.lang.dates import quarter_pattern
from bot.lang.refs import iki_refs
from bot.lang.text import PhraseSet, phrase_set, said_once, tokens
from bot.lang.words import stem
from bot.year.entry_content import (
    _chat,
    _connectives,
    _content,
    _covered,
    _has_verb,
    _iki_or_quarter,
    _is_emoji,
    _parts,
    _passive,
    _shorthand,
    _timed,
    content_at,
)
from bot.year.entry_dates import When, when
from bot.year.entry_drafts import _reads_like_draft
from bot.year.entry_numbers import counts as count_numbers
from bot.year.entry_numbers import durations
from bot.year.line import Line, line
from bot.year.vocabulary import config, vocabulary


@knowledge.cached
def _bare_commands() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    data = knowledge.data("intent")
    return data["bare_commands"], frozenset(data["filler"]), frozenset(knowledge.data("perubahan_skp")["view"]["asking"])


def command_word(text: str) -> str | None:
    """«prima», «mulai aja», «ekspor dong», «skp sy», «lihat skp», «rencana aksi»: the command whose name the whole
    message is, typed without its slash (intent.yaml `bare_commands`, past its `filler` spelled out as chat shortens
    it and one word asking to see: perubahan_skp.yaml view `asking`), or a command showing a quarter's figures with the
    quarter named; None otherwise."""
    shown = quarter_pattern().sub(" ", text)
    if shown != text:  # «capaian tw3», «/ capaian triwulan 2»: a quarter beside a command showing one (intent.yaml)
        found = command_word(shown)
        return found if found in knowledge.data("intent")["quarter_commands"] else None
    commands, filler, view = _bare_commands()
    spelled = _shorthand()
    words = [w for w in tokens(text.lower()) if w not in filler and spelled.get(w, w) not in filler]
    if len(words) > 1 and sum(w in view for w in words) == 1:  # «lihat skp», «skp sy mana»
        words = [w for w in words if w not in view]
    return (commands.get(" ".join(words)) or _with_objects(words, commands)) if words else None


@knowledge.cached
def _command_objects() -> dict[str, PhraseSet]:
    """Per command, the words that may stand beside its word (intent.yaml `command_objects`, all its lists)."""
    return {command: PhraseSet(p for phrases in lists.values() for p in phrases)
            for command, lists in knowledge.data("intent")["command_objects"].items()}


def _with_objects(words: list[str], commands: dict[str, str]) -> str | None:
    """«ekspor ke excel», «unduh laporan capaian»: one command's word and, beside it, only words naming what it gives
    or where it goes; None when any other word is there («ekspor data 40 sampel ke SILACAK» tells work)."""
    objects = _command_objects()
    heads = [i for i, w in enumerate(words) if commands.get(w) in objects]
    if len(heads) != 1:
        return None
    command, rest = commands[words[heads[0]]], words[:heads[0]] + words[heads[0] + 1:]
    i = 0
    while i < len(rest):
        found = objects[command].match_at(rest, i)
        if not found:
            return None
        i += len(found)
    return command


@knowledge.cached
def _file_name() -> re.Pattern:
    """«IMG_20260514_0932.jpg», «laporan_TW2_final.pdf»: a file's name, ending in a suffix a file sent has
    (conversation.yaml file_unread) or one it never opens (catatan_harian.yaml file_suffixes_unopened: «….pptx»);
    «https://drive.google.com/…», «bit.ly/…»: a link."""
    kinds = knowledge.data("conversation")["file_unread"].values()
    suffixes = sorted({s for kind in kinds if isinstance(kind, dict) for s in kind["suffixes"]}
                      | set(config()["file_suffixes_unopened"]), key=len, reverse=True)
    return re.compile(r"(?:https?://|www\.)\S+|[^\s\\/]+\.(?:" + "|".join(suffixes) + r")\b"
                      r"|\b[a-z0-9-]+\.(?:ly|id|com|co|gl|me)/\S+", re.IGNORECASE)


def file_names_only(text: str) -> bool:
    """A message that names a file or a link and nothing else («IMG_20260514_0932.jpg», «foto.jpg, scan.pdf»), or
    with a word or two that tell no work (catatan_harian.yaml file_aside_words content words, no done word and no
    count: «bahan_paparan_final_v3.pptx buat yg td»): no work told beside it («laporan_TW2_final.pdf udh sy upload …»
    tells some)."""
    if not _file_name().search(text):
        return False
    rest = line(_file_name().sub(" ", text))
    if not rest.words:
        return True
    w = when(rest)
    return len(_content(rest, w)) <= config()["file_aside_words"] and not rest.has(vocabulary().done) \
        and not count_numbers(rest, w)


CHATTER = "obrolan di sekitar topik"  # KindReading.why of a joke or wish holding work words, no work told


@knowledge.cached
def _known_words() -> frozenset[str]:
    """The words of what the assistant works with (catatan_harian.yaml joke_known_lists, the glossary's terms, the
    commands' words)."""
    lists = [p for name in config()["joke_known_lists"] for p in config()[name]]
    terms = [a for term in knowledge.data("glossary")["terms"] for a in term["aliases"]]
    commands = list(knowledge.data("intent")["bare_commands"])
    return frozenset(t for p in lists + terms + commands for t in tokens(str(p).lower()))


def _joke_asked(ln: Line, w: When) -> bool:
    """«bot bisa dibeliin kopi gak 😂», «bot kamu udah makan belum 🤣»: the bot named (catatan_harian.yaml bot_named),
    a laugh (`laughs`), and a laugh word opening the line (`laugh_openers`) or no content word naming what the
    assistant works with: a joke phrased as a question."""
    if not any(t in config()["laughs"] for t in ln.toks) or not ln.has(phrase_set("catatan_harian", "bot_named")):
        return False
    first = next((t for t, k in zip(ln.toks, ln.kinds) if k == "word"), None)
    if first in config()["laugh_openers"]:  # «wkwk bot kamu jg punya SKP ga 😂»: a laugh opening it, then the bot
        return True
    known, named = _known_words(), _covered(ln, [phrase_set("catatan_harian", "bot_named")])
    asking = frozenset(config()["asking_modals"]) | _chat()["question_tags"]
    return not any(ln.toks[i] in known or stem(ln.toks[i]) in known for i in content_at(ln, w)
                   if i not in named and ln.toks[i] not in asking) and not count_numbers(ln, w)


def _joke(ln: Line, counts: list[int]) -> bool:
    """A laugh emoji (catatan_harian.yaml laughs) beside topic words, with no count nor activity sentence, and no verb
    of doing unless small talk opens the line («pagi min! semangat buat yg ada rapat pagi2 😆»: «buat» is «for») (the
    line's date, plan and done words were read before): a joke or a cheer about the work, none told."""
    return any(t in config()["laughs"] for t in ln.toks) and not counts and not _reads_like_draft(ln, counts) \
        and (not _has_verb(ln) or _opens_chatting(ln))


def _refs_as_topic(ln: Line, w: When) -> bool:
    """«td rapat dgn Ketua Tim bahas capaian TW1, ada 2 IKI yg tertinggal»: every IKI or quarter named stands at most two
    words after a word naming what work was about (catatan_harian.yaml rencana_topic_before), or after a word of what
    it was for (`_purpose_of_work`), with work told before that word: a meeting's topic, its figures no realisasi."""
    starts = [next((i for i, (a, b) in enumerate(ln.spans) if a <= m.start() < b), None)
              for m in _iki_or_quarter().finditer(ln.text)]
    return None not in starts and all(_topics_of_work(ln, w, [i]) or _purpose_of_work(ln, w, i) for i in starts)


def _purpose_of_work(ln: Line, w: When, at: int) -> bool:
    """«sy reviu 14 dokumen RKA satker utk revisi anggaran TW3»: the IKI or quarter at `at` stands after a word of
    purpose (catatan_harian.yaml day_not_date purpose) in its clause, with work told before that word: what the work
    was for, no figure of that quarter."""
    purpose, content = frozenset(config()["day_not_date"]["purpose"]), content_at(ln, w)
    start = next((a for a, b in ln.clauses() if a <= at < b), 0)
    return any(ln.toks[j] in purpose and any(start <= c < j for c in content) for j in range(start, at))


def told_as_topic(text: str, phrases: PhraseSet) -> bool:
    """«rapat tim bahas capaian TW3»: every place the phrases stand in the text is a topic of work told (see
    _topics_of_work), never what the user asks for («capaian tim TW3 brp?»)."""
    ln = line(text)
    return _topics_of_work(ln, when(ln), [i for i in range(len(ln.toks)) if phrases.match_at(ln.toks, i)])


def _topics_of_work(ln: Line, w: When, starts: list[int]) -> bool:
    """Each of the token positions stands at most two words after a word naming what work was about
    (catatan_harian.yaml rencana_topic_before) with work told before that word: a meeting's topic."""
    topic = phrase_set("catatan_harian", "rencana_topic_before")
    content = content_at(ln, w)
    return bool(starts) and all(
        any(topic.match_at(ln.toks, j) and any(c < j for c in content) for j in range(max(0, i - 2), i))
        for i in starts)


def _rencana_as_topic(ln: Line) -> bool:
    """«rapat dgn tim PJ pagi ini bahas rencana aksi TW II»: every stage or rencana aksi word stands at most two words
    after a word naming what work was about (catatan_harian.yaml rencana_topic_before): a meeting's topic, not a change
    to the stages («tahap 2 IKI 1 selesai»)."""
    rencana, topic = vocabulary().rencana, phrase_set("catatan_harian", "rencana_topic_before")
    hits = [i for i in range(len(ln.toks)) if rencana.match_at(ln.toks, i)]
    return bool(hits) and all(any(topic.match_at(ln.toks, j) for j in range(max(0, i - 2), i)) for i in hits)


def _stage_of_work(ln: Line, w: When) -> bool:
    """«hari ini pemeriksaan kesehatan tahap 2 jemaah haji kloter 12, 45 org»: every stage word stands right after a
    content word naming the activity it is a stage of, and no IKI is named: the work's own stage, no change to the
    rencana aksi («tahap 2 IKI 1 selesai» opens with the stage)."""
    rencana, content = vocabulary().rencana, set(content_at(ln, w))
    hits = [i for i in range(len(ln.toks)) if rencana.match_at(ln.toks, i)]
    return bool(hits) and all(i - 1 in content for i in hits) and not iki_refs().search(ln.text)


def _about_bot(ln: Line, w: When) -> bool:
    """«bot nya lemot bgt hari ini»: the line opens with the assistant named (catatan_harian.yaml bot_named), no mark
    after it nor the user or a day right after it («bot td sy rapat 2 jam» calls the bot), and holds no verb of doing, count or done word: about the bot, no work told."""
    named = phrase_set("catatan_harian", "bot_named").match_at(ln.toks, 0)
    after = len(named or ())
    if not named or after >= len(ln.toks) or ln.kinds[after] != "word" or ln.toks[after] in config()["first_person"] \
            or w.kind and w.span[0] <= after < w.span[1]:  # «bot td sy rapat …»: the bot called, then work told
        return False
    # an emoji beside it makes it a joke or a cheer (small talk, read below: «bot nya lebih teliti dr auditor 😅»)
    return not ln.has(vocabulary().done) and not _has_verb(ln) and not count_numbers(ln, w) and not durations(ln) \
        and not any(_is_emoji(t) for t in ln.toks)


def _complaint_only(ln: Line, w: When) -> bool:
    """«kok salah mulu sih»: every content word a fault of the bot or how often it comes (catatan_harian.yaml
    complaint `words`), no word asking why or how (`asking`: «kenapa catatan td ga nyambung» is a question) nor a
    count: a bare complaint, no request to answer."""
    data = config()["complaint"]
    content = _content(ln, w)
    return bool(content) and all(t in data["words"] for t in content) and not set(ln.toks) & set(data["asking"]) \
        and not count_numbers(ln, w)


def feels(ln: Line) -> bool:
    """A feeling about the day is said («capek», «lelah»: intent.yaml smalltalk `feeling`)."""
    return ln.has(_chat()["feeling"])


def _feeling_only(ln: Line, w: When) -> bool:
    """«hari ini capek bgt pasien penuh»: how the day felt and how busy it was (catatan_harian.yaml busy_states), with
    no count, verb of doing or done word: no work to keep. «capek bgt rapat seharian» names work, so it is a report."""
    vocab = vocabulary()
    # «pasien ga abis2»: a reduplication written with «2» is its word twice (bot.lang.text.said_once)
    spelt = [t for tok in ln.toks for t in ((said_once(tok),) * 2 if said_once(tok) != tok else (tok,))]
    if not feels(ln) or vocab.busy.find(spelt) is None or ln.has(vocab.done) or _has_verb(ln):
        return False
    return not count_numbers(ln, w) and not any(k == "num" for k in ln.kinds)


def _has_smalltalk(ln: Line, w: When) -> bool:
    """Small talk outside the words that date the line: the «pagi» of «yg tadi pagi» greets no one."""
    timed = _timed(ln, w)
    return any(phrase and not set(range(i, i + len(phrase))) <= timed
               for i in range(len(ln.toks)) for phrases in (_chat()["smalltalk"], vocabulary().smalltalk)
               for phrase in [phrases.match_at(ln.toks, i)])


def _greets(ln: Line, w: When) -> bool:
    """Small talk said in more than a filler word («ya», «min» are small talk and filler both), outside the words
    that date the line."""
    filler, timed = _chat()["filler"], _timed(ln, w)
    return any(phrase and not (len(phrase) == 1 and phrase[0] in filler) and not set(range(i, i + len(phrase))) <= timed
               for i in range(len(ln.toks)) for phrases in (_chat()["smalltalk"], vocabulary().smalltalk)
               for phrase in [phrases.match_at(ln.toks, i)])


def _opens_chatting(ln: Line) -> bool:
    """The line's first word starts small talk said in more than a filler word («wkwkwk …», «pagi min! …»)."""
    first = next((i for i, k in enumerate(ln.kinds) if k == "word"), None)
    return first is not None and any(
        (phrase := phrases.match_at(ln.toks, first)) and not (len(phrase) == 1 and phrase[0] in _chat()["filler"])
        for phrases in (_chat()["smalltalk"], vocabulary().smalltalk))


@knowledge.cached
def _choice() -> tuple[frozenset[str], frozenset[str]]:
    data = knowledge.data("intent")["choice_question"]
    return frozenset(data["rule"]), frozenset(data["alternative"])


def offers_choice(words: list[str]) -> bool:
    """«dialog kinerja harus tiap bulan atau boleh 2 bln sekali»: a rule word (not after «yang») and after it an
    alternative offered asks which (intent.yaml choice_question)."""
    rules, alternatives = _choice()
    spelled = _shorthand()
    at = next((i for i, w in enumerate(words) if w in rules
               and not (i and spelled.get(words[i - 1], words[i - 1]) == "yang")), None)
    return at is not None and any(w in alternatives for w in words[at + 1:])


def _choice_ends(ln: Line) -> bool:
    """«iki sy ada 12 apa kebanyakan», «bukti dukungnya foto atau scan»: an alternative word (intent.yaml
    choice_question `alternative`) right before the line's last word, past its filler, after words of its own, and no
    act, verb of doing or done word told: which of the two is asked."""
    filler, alternatives, vocab = _chat()["filler"], _choice()[1], vocabulary()
    acts = frozenset(vocab.link["handling_acts"]) | frozenset(config()["weak_words"])
    if ln.has(vocab.done) or _has_verb(ln) or set(ln.words) & acts:  # «rapat dgn kabid atau kasubbag»: work told
        return False
    last = len(ln.toks) - 1
    while last > 0 and (ln.kinds[last] == "mark" or ln.toks[last] in filler):
        last -= 1
    return last >= 2 and ln.kinds[last] in ("word", "num") and ln.toks[last - 1] in alternatives \
        and ln.kinds[last - 2] in ("word", "num") and ln.toks[last - 2] not in alternatives


def _asks(ln: Line, w: When | None = None) -> bool:
    """A question: «?» at the end, an alternative offered, a yes/no tag ending the line or a clause (see _tagged), a
    question word, a word of being lost or a phrase saying a question follows opening the line after its filler and
    small talk («tolong jelasin apa itu MPPH», «sy bingung isi realisasi IKI 3», «saya mau tanya kalau …»), or one
    that asks anywhere."""
    vocab, chat = vocabulary(), _chat()
    if ln.text.rstrip().endswith("?") or offers_choice(list(ln.words)) or _choice_ends(ln):
        return True
    if _tagged(ln, w or when(ln)):
        return True
    spelled = _shorthand()
    # the line opens after its filler and small talk («maaf, mau tanya lagi …»); «td pasien mau tanya soal obat, sy
    # jelaskan» tells of someone else's question
    chatted = _covered(ln, [chat["smalltalk"], vocab.smalltalk]) - _covered(ln, [chat["asking"]])
    first = next((i for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)) if k == "word" and i not in chatted
                  and spelled.get(t, t) not in chat["filler"] and t not in chat["filler"]), None)
    lead = first
    while lead is not None and lead + 1 < len(ln.toks) and ln.kinds[lead] == "word" and (step := _leads_in(ln, lead)):
        lead = min(lead + step, len(ln.toks) - 1)  # «masih ga paham soal MPPH», «tolong kasih tau cara …»: past the
        # user, «masih» and a lead-in
    opens = first is not None and any(phrases.match_at(ln.toks, at) for at in {first, lead}
                                      for phrases in (chat["question_open"], chat["asking"]))
    opens = opens or first is not None and any(_lost_at(ln, at) for at in {first, lead})
    opens = opens or first is not None and any(_not_understood(ln, at) for at in {first, lead})
    return opens or _asks_anywhere(ln) or any(_supposes(ln, at) for at in {first, lead}) or _modal_tagged(ln, first) \
        or _noun_asked(ln, w or when(ln), first) or _passive_tagged(ln) or _entry_change_asked(ln) \
        or _modal_part_tagged(ln)


def _lost_at(ln: Line, at: int) -> bool:
    """A word of being lost at `at` (intent.yaml smalltalk confused), asking for help with what follows, unless a
    particle of feeling or a mark right after it makes it a sigh (catatan_harian.yaml complaint `sighed`: «pusing
    deh, jadwal jaga tuker mulu, td bimbing 2 perawat baru sedasi» tells work)."""
    found = _chat()["lost"].match_at(ln.toks, at)
    if not found:
        return False
    after = at + len(found)
    return after < len(ln.toks) and ln.kinds[after] != "mark" and ln.toks[after] not in config()["complaint"]["sighed"]


def _asks_anywhere(ln: Line) -> bool:
    """A word that asks wherever it stands (catatan_harian.yaml question_anywhere), save a particle of emphasis after a
    done word with no connective between (`emphatic_after_done`: «besok udh beres kok», «udh sy kirim kok
    laporannya» insist, «tapi kok ga masuk» asks)."""
    vocab, emphatic = vocabulary(), frozenset(config()["emphatic_after_done"])
    toks, joins = ln.toks, _connectives()
    for i in range(len(toks)):
        found = vocab.question_anywhere.match_at(toks, i)
        if not found:
            continue
        if len(found) == 1 and toks[i] in emphatic and i > 0 and all(k == "mark" and t != "?" for t, k in
                                                                   zip(toks[i + 1:], ln.kinds[i + 1:])):
            continue  # «…, lancar kok», «aman kok 🙏»: closing the line after a word, it insists (route set 13)
        if len(found) == 1 and toks[i] in emphatic:
            done = next((j for j in range(i - 1, -1, -1) if vocab.done.match_at(toks, j)), None)
            if done is not None and not any(t in joins or ln.kinds[j + done] != "word"
                                            for j, t in enumerate(toks[done:i])):
                continue
        return True
    return False


def _modal_part_tagged(ln: Line) -> bool:
    """«pengingatnya bisa diganti jam 7 malam ga, jam 4 sy msh di lapangan», «SKP bisa diubah di tengah tahun ga kalau
    sy mutasi»: in a part between marks, an asking modal (catatan_harian.yaml asking_modals) and after it a yes/no tag
    ending the part or standing before a condition (conversation.yaml count_asks hypothetical) or a connective, no
    done or day word in the part: whether it may be so is asked, whatever follows."""
    chat, modals = _chat(), frozenset(config()["asking_modals"])
    joins = phrase_set("conversation", "count_asks", "hypothetical")
    day = phrase_set("catatan_harian", "today_words"), phrase_set("catatan_harian", "yesterday_words")
    for a, b in _parts(ln):
        toks = ln.toks[a:b]
        if any(phrases.match_at(toks, i) for phrases in (vocabulary().done, *day) for i in range(len(toks))):
            continue
        spelled = _shorthand()  # «berkas yg bisa diverifikasi blm»: a modal after «yang» describes, never asks
        at = next((i for i, t in enumerate(toks) if t in modals
                   and not (i and spelled.get(toks[i - 1], toks[i - 1]) == "yang")), None)
        ends = [i for i in range(len(toks)) if i + 1 == len(toks) or toks[i + 1] in _connectives()
                or joins.match_at(toks, i + 1)]
        if at is not None and any(i > at + 1 and toks[i] in chat["question_tags"] for i in ends):
            return True
    return False


def _leads_in(ln: Line, i: int) -> int:
    """How many words at i are the user, a word of still (catatan_harian.yaml ongoing_words) or an asking lead-in
    (`asking_lead_ins`: «kasih tau» is two); 0 for none."""
    spelled = _shorthand()
    word = spelled.get(ln.toks[i], ln.toks[i])
    if word in config()["first_person"] or ln.toks[i] in config()["first_person"] \
            or vocabulary().ongoing.match_at((word,), 0) is not None or word in config()["asking_lead_ins"]:
        return 1
    return len(phrase_set("catatan_harian", "asking_lead_ins").match_at(ln.toks, i) or ())


def _not_understood(ln: Line, at: int) -> bool:
    """«sy blm ngerti cara naro bukti dukung», «masih kurang paham soal trajektori»: a negation (or a word of too
    little, catatan_harian.yaml not_understood `short`) at `at` before a verb of understanding (`verbs`) with more
    words after it: the user says they are lost about what follows, a question."""
    data, toks = config()["not_understood"], ln.toks
    if toks[at] not in vocabulary().negations and toks[at] not in data["short"]:
        return False
    return at + 2 < len(toks) and toks[at + 1] in data["verbs"] and ln.kinds[at + 2] != "mark"


def _entry_change_asked(ln: Line) -> bool:
    """«kemarin sy catat rapat sm dinkes tapi tanggalnya kebaca hari ini, itu bisa diubah»: the line names an entry
    kept and ends (past filler) with a modal and a di- verb (catatan_harian.yaml entry_change_asked), with no done word:
    whether that entry can be changed so is asked."""
    words = config()["entry_change_asked"]
    at = len(ln.toks) - 1
    while at > 0 and (ln.kinds[at] != "word" or ln.toks[at] in _chat()["filler"]):
        at -= 1
    return at > 0 and _passive(ln.toks[at]) and ln.toks[at - 1] in words["modals"] \
        and bool(set(ln.toks) & set(words["entry"])) and not ln.has(vocabulary().done)


def _passive_tagged(ln: Line) -> bool:
    """«cuti bersama dihitung ga di logbook», «apel dicatat gak sih»: a yes/no tag right after a di- verb, then the
    line's end, a mark, filler or a place word (catatan_harian.yaml place_markers): asked whether it is done so;
    «berkas dikirim ga lengkap» denies what follows."""
    chat, places = _chat(), frozenset(config()["place_markers"])
    toks, kinds = ln.toks, ln.kinds
    for i in range(len(toks) - 1):
        if kinds[i] == "word" and _passive(toks[i]) and toks[i + 1] in chat["question_tags"]:
            after = i + 2
            if after == len(toks) or kinds[after] != "word" or toks[after] in chat["filler"] or toks[after] in places:
                return True
    return False


def _noun_asked(ln: Line, w: When, first: int | None) -> bool:
    """«jadwal dialog kinerja», «batas waktu isi realisasi»: the line opens with a noun of what the rules say
    (catatan_harian.yaml asked_nouns) and names what it is about after it, with no time, count, done word nor word of
    a thing put off («jadwal pelatihan diundur ke agustus» tells news): asked."""
    found = phrase_set("catatan_harian", "asked_nouns").match_at(ln.toks, first) if first is not None else None
    # «jadwal pelatihan diundur ke agustus»: what was put off or called off is told, not asked
    if not found or w.kind or ln.has(vocabulary().done) or ln.has(vocabulary().not_done) or count_numbers(ln, w):
        return False
    return any(i >= first + len(found) for i in content_at(ln, w))


def _modal_tagged(ln: Line, first: int | None) -> bool:
    """«harus upload foto ga buat tiap catatan»: the line opens with a modal (catatan_harian.yaml asking_modals) and a
    yes/no tag stands at most asking_modal_reach words after it, with no mark between: asked, wherever the tag ends."""
    if first is None or ln.toks[first] not in config()["asking_modals"]:
        return False
    for i in range(first + 1, min(len(ln.toks), first + 2 + config()["asking_modal_reach"])):
        if ln.kinds[i] != "word":
            return False
        if ln.toks[i] in _chat()["question_tags"]:
            return True
    return False


def _supposes(ln: Line, first: int | None) -> bool:
    """«kalo realisasi TW2 telat diisi apa kena sanksi», «jadi kalo targetnya persen, realisasinya sy isi sendiri atau
    dihitung otomatis»: the line opens with a condition (conversation.yaml count_asks hypothetical: «kalau», «jika»)
    and a question word or an alternative offered (intent.yaml choice_question `alternative`) follows it: a case asked
    about, never work told."""
    supposed = phrase_set("conversation", "count_asks", "hypothetical").match_at(ln.toks, first) \
        if first is not None else None
    if not supposed or phrase_set("catatan_harian", "hedges").match_at(ln.toks, first + len(supposed)):
        return False  # «kalo ga salah td verif 20 atau 21 berkas»: a hedge, no case
    # «kalau sempat sore ini rekap atau besok pagi»: the alternative of a plan, no case asked about
    offered = not vocabulary().plan.find(list(ln.toks)) and bool(set(ln.toks[first + len(supposed):]) & _choice()[1])
    return offered or any(_chat()["question_open"].match_at(ln.toks, i)
                          for i in range(first + len(supposed), len(ln.toks)))


def _tagged(ln: Line, w: When) -> bool:
    """A yes/no tag («ga», «tidak», «belum», «durung») or a question word that asks at the end («apa», «mana»:
    catatan_harian.yaml question_ends) as the last word of the line or of a clause before a connective, past the
    filler and time words after it: «… tetap bisa dicatat tidak ya», «aku wes nyatet durung yo dino iki», «pengingat
    bisa dimatiin ga soalnya ganggu», «td sy kirim 5 surat, dicatat ke IKI apa»."""
    chat = _chat()
    said = set(range(*w.span)) if w.kind else set()
    ends = [i for i, t in enumerate(ln.toks) if t in _connectives()] + [len(ln.toks)]
    for end in ends:
        at = end - 1  # «IKI sy udah bener belum 😅»: an emoji after the tag leaves it the last word
        while at >= 0 and (ln.kinds[at] == "word" and (ln.toks[at] in chat["filler"] or at in said)
                           or _is_emoji(ln.toks[at])):
            at -= 1
        if at > 0 and ln.toks[at - 1] in config()["counting"]["remaining_before"]:
            continue  # «18 alumni isi, sisanya blm»: what is left is not yet done, a statement
        if at > 0 and ln.kinds[at - 1] == "num" and ln.toks[at] in config()["own_records_said"]["not_yet"]:
            continue  # «hasil: 1 memenuhi, 1 belum»: how many are not yet, a statement (route set 16)
        if at >= 0 and ln.kinds[at] == "word" and (ln.toks[at] in chat["question_tags"]
                                                   or ln.toks[at] in config()["question_ends"]):
            return True
    # «rencana aksi itu beda gak sih sm catatan harian»: a tag after a word and before an asking particle
    # (catatan_harian.yaml tag_particles) asks mid-line too; «ga sih, td cuma rapat» opens with a denial
    particles = frozenset(config()["tag_particles"])
    return any(t in chat["question_tags"] and ln.kinds[i - 1] == "word" and ln.toks[i + 1] in particles
               for i, t in enumerate(ln.toks[:-1]) if i)


def _question_announced(ln: Line, w: When) -> bool:
    """«mau nanya», «izin bertanya pak», «min, boleh nanya?»: a phrase saying a question follows (intent.yaml smalltalk
    `call`, not a word of address) with nothing named and no question word beside it: the question is still to
    come. «mau nanya soal bobot» names what it asks."""
    return ln.has(_chat()["asking"]) and not content_at(ln, w) and not _asks_beyond_smalltalk(ln)


def _thanks_for(ln: Line, w: When) -> bool:
    """«terima kasih atas bantuannya selama ini», «makasih untuk bimbingannya bu»: a thanks, then a word of what it is
    for (intent.yaml smalltalk thanks `for`) and every content word of the line after it in that clause, no number:
    small talk. «makasih atas infonya, td rapat evaluasi» tells work in its next clause."""
    chat = _chat()
    if any(k == "num" for k in ln.kinds):
        return False
    for start, end in ln.clauses():
        for at in range(start, end):
            thanks = chat["thanks"].match_at(ln.toks, at)
            after = at + len(thanks or ())
            while thanks and after < end and ln.toks[after] in chat["filler"]:  # «makasih banyak ya atas …»
                after += 1
            if thanks and after < end and (ln.toks[after] in chat["thanks_for"] or _thanked_done(ln, at + len(thanks), end)):
                return all(after <= i < end or ln.toks[i] in chat["thanks_closing"] for i in content_at(ln, w))
            # «atas perhatian dan bantuannya diucapkan terima kasih»: what it is for first, the thanks closing the clause
            if thanks and ln.toks[start] in chat["thanks_for"] \
                    and all(t in chat["filler"] or k != "word" for t, k in zip(ln.toks[after:end], ln.kinds[after:end])):
                return all(start <= i < end or ln.toks[i] in chat["thanks_closing"] for i in content_at(ln, w))
    return False


def _thanked_done(ln: Line, at: int, end: int) -> bool:
    """«terima kasih sdh bantu sy selama ini», «makasih udah diingetin»: right after the thanks a done word, then a word
    before the clause's end that is not the user («makasih, udh sy kirim» tells the user's own work): what the thanks
    is for, done by the one thanked."""
    done, filler = vocabulary().done, _chat()["filler"]
    while at < end and ln.toks[at] in filler and not done.match_at(ln.toks, at):  # «makasih ya udah …»
        at += 1
    done = done.match_at(ln.toks, at) if at < end else None
    after = at + len(done or ())
    return bool(done) and after < end and ln.kinds[after] == "word" and ln.toks[after] not in config()["first_person"]


def long_since_at(ln: Line, i: int) -> bool:
    """At i a done word, a word of a long time (catatan_harian.yaml long_since) and a negation («udah lama gak
    mampir», «sdh lama tidak ngobrol»): how long since something was last done, never work done."""
    found = vocabulary().done.match_at(ln.toks, i)
    long = phrase_set("catatan_harian", "long_since").match_at(ln.toks, i + len(found)) if found else None
    after = i + len(found or ()) + len(long or ())
    return bool(long) and after < len(ln.toks) and ln.toks[after] in vocabulary().negations


def greets_long_since(ln: Line, w: When) -> bool:
    """«eh halo min apa kabar nih udah lama gak mampir hehe»: a greeting, then how long since the user last came by
    (long_since_at), every content word of the line after its done word in its clause and no number: no work told."""
    if not _greets(ln, w) or any(k == "num" for k in ln.kinds):
        return False
    return any(long_since_at(ln, at) and all(at <= i < end for i in content_at(ln, w))
               for start, end in ln.clauses() for at in range(start, end))


def called_only(ln: Line) -> bool:
    """«min», «kak bot», «pak»: every token a word of address (the call phrases of intent.yaml that are filler) or the
    assistant named (catatan_harian.yaml bot_named): the user calls, nothing said yet («min 🙏», «halo min» greet); a
    stop or a comma after the call («min.», «kak,»: route set 16) says no more."""
    address, bot = _chat()["address"], phrase_set("catatan_harian", "bot_named")
    return "word" in ln.kinds and all(
        k == "word" and (t in address or bot.match_at(ln.toks, i)) or k == "mark" and t in _CALL_STOPS
        for i, (t, k) in enumerate(zip(ln.toks, ln.kinds)))


_CALL_STOPS = frozenset(".,!…")  # marks after a call that end it, asking nothing («min.», «kak!»)


def _only_names(ln: Line, w: When) -> bool:
    """No content word but names: each after a word of address («pak», «bu», «mas»: the call phrases of intent.yaml that
    are filler) or after another such name («selamat pagi pak Budi Santoso»)."""
    address = _chat()["address"]
    named: set[int] = set()
    for i in content_at(ln, w):
        if i and ln.kinds[i - 1] == "word" and (ln.toks[i - 1] in address or i - 1 in named):
            named.add(i)
        else:
            return False
    return True


def _asks_beyond_smalltalk(ln: Line) -> bool:
    """A question word outside the small talk phrases: «apa kabar» greets, the «gmn» of «ok tapi yg tadi gmn» asks."""
    vocab, chat = vocabulary(), _chat()
    chatted = _covered(ln, [chat["smalltalk"], vocab.smalltalk])
    asking = _covered(ln, [chat["question_open"], vocab.question_anywhere, chat["asking"]])
    return bool(asking - chatted)
