"""/rhk in chat: an output IKI gets its RHK; an activity gets /cek's verdict and an RHK from the result it serves;
a leader's RHK is not rephrased as the member's own: the bot asks which part the member delivers (a button, or the
part's name or number typed), or whether they hold it whole (a Ketua: the leader's RHK is theirs, cascaded directly,
and IKI built from it are proposed, each saved by «Simpan usulan N ke draf»).
A bare /rhk asks what it is about; «/rhk N» drafts the RHK of the draft's IKI N. «Simpan ke draf» saves the IKI with
its RHK and asks what it lacks."""

import re

from bot import knowledge, render
from bot.conversation import draft_save
from bot.conversation.answers import without_lead_in
from bot.conversation.choices import typed_choice
from bot.conversation.intent import Intent, Route, classify, has_work_object
from bot.conversation.offered import done_typed
from bot.conversation.one_off import named_iki
from bot.conversation.replies import Button, Reply, use_buttons
from bot.conversation.state import RhkState, UserState
from bot.lang.text import clean, phrase_set, sentence, sentences, short, tokens
from bot.llm.assistant import NO_AI, Assistant
from bot.models import Candidate, IkiDraft, Jenis
from bot.rules import check_iki
from bot.rules.draft_reading import as_typed, read
from bot.rules.lexicon import lexicon
from bot.skp.rhk import iki_for_whole, member_parts, member_rhk, plan_rhk

CANCEL = Button("Batal", "rhk:cancel")
WHOLE, IKI = "seluruh", "iki"  # the Ketua's choice; the step where the IKI measuring a drafted RHK is typed
WHOLE_LABEL = "Saya pegang semua (Ketua tim)"
ASK_TEXT = ("RHK untuk pekerjaan atau hasil apa? Tulis IKI Anda, kegiatan yang Anda kerjakan, atau RHK pimpinan, "
            "misalnya «Persentase usulan kenaikan pangkat yang diverifikasi tepat waktu» atau «telaahan hukum atas "
            "permintaan unit kerja».")
ADVICE = "Sesuaikan qualifier dengan ekspektasi pimpinan saat dialog kinerja."
ASK_IKI = ("Untuk menyimpannya ke draf, tulis IKI yang mengukur RHK ini (ukuran + hasil + syarat), misalnya "
           "«Persentase … yang …», atau /batal.")


def start(state: UserState, assistant: Assistant, text: str, asked: bool = False) -> list[Reply]:
    """asked: the text answers a bare /rhk's question, which stays open when the text gives no RHK. A bare /rhk
    while an RHK waits set aside takes it up again."""
    if not text.strip() and not asked and state.rhk is not None and state.rhk.paused:
        return resume(state)
    state.rhk = None  # a new /rhk replaces any question left open
    text = without_field_label(text)  # «RHK: …», «Indikator pimpinan: …»: the label typed is not part of the RHK
    if _NUMBER.fullmatch(text.strip()):  # «/rhk 2»: the draft's IKI 2, never «2» read as an RHK's text
        return for_draft(state, int(_NUMBER.fullmatch(text.strip())["n"]))
    if not text:
        state.rhk = RhkState()
        return [Reply(ASK_TEXT, [CANCEL])]
    first, *rest = sentences(text) or [text]
    aside = " ".join(rest)
    if aside and plan_rhk(first).leader:  # «meningkatnya … sesuai standar. tim sy yg pegang ini» (tester54 #12):
        text = first  # the leader's RHK is the first sentence; the aside may say who holds it
    plan = plan_rhk(text)
    if plan.leader:
        state.rhk = RhkState(leader=sentence(as_typed(clean(text))) or clean(text))  # as a document writes it: «yg» → «yang»
        if aside and _holds_whole(aside):
            return _choose(state, WHOLE)
        return [Reply(f"«{state.rhk.leader}» adalah RHK pimpinan: hasil yang ingin dicapai unit, bukan RHK Anda sendiri. "
                      "RHK Anda diturunkan dari bagian yang Anda kerjakan, seperti pada MPPH. Bagian mana yang Anda "
                      "pegang? Pilih tombol, atau ketik nama atau nomornya.", _part_buttons(), choice_only=True)]
    replies = []
    if plan.verdict is not None:
        why = ("RHK menyatakan hasil, bukan kegiatan. Saya susun dari hasil yang dilayani kegiatan itu:\n"
               f"«{plan.based_on}»") if plan.based_on else \
            ("Tulis ulang sebagai hasil (output) di sini, atau /batal." if asked else
             "Tulis ulang sebagai hasil (output), lalu kirim /rhk lagi.")
        replies.append(Reply(render.iki_result(plan.verdict) + "\n\n" + why, [CANCEL] if asked else []))
    if not plan.drafts:
        if asked:  # «ketua tim» typed at «RHK untuk pekerjaan atau hasil apa?»: the question is still open
            state.rhk = RhkState()
        return replies or [Reply("Saya tidak menemukan kata dalam teks itu. Tulis IKI atau RHK pimpinan Anda.")]
    assisted = assistant.rhk(plan.based_on or text, deterministic=plan.drafts)
    drafted = _drafts_text(assisted.value, assisted.fell_back)
    iki = plan.based_on or (clean(text) if _has_measure(text) else "")
    if not iki:  # already an RHK: ask the IKI that measures it, to save both
        state.rhk = RhkState(part_kind=IKI, drafted=assisted.value[0])
        return replies + [Reply(f"{drafted}\n\n{ASK_IKI}", [CANCEL])]
    # «…, target 2026 60%» (day-one dev14): the target the sentence names is kept with the IKI, never asked again
    typed = without_lead_in(text)  # («IKK nya: Persentase …»: after its label)
    target = read(typed).target if iki and _has_measure(typed) else None
    buttons, note = draft_save.offer(state, IkiDraft(indikator=iki, rhk=assisted.value[0], target=target),
                                     check_iki(IkiDraft(indikator=iki)))
    return replies + [Reply(f"{drafted}\n\nIKI: «{state.fill.current.indikator}»" + (f"\n{note}" if note else "")
                            + "\nSimpan IKI ini bersama RHK nomor 1 ke draf SKP?", buttons)]


MAX_LABEL_OWNER_WORDS = 4  # «RHK direktur:», «rhk pimpinan sy =», «IKK yg diturunkan ke kami:»


@knowledge.cached
def _field_label() -> re.Pattern:
    """A field's label opening the text, whatever field it names: the RHK's, the indicator's, the leader's (columns.yaml
    skp_export rhk, indikator, rhk_atasan; lexicon.yaml reading labels; conversation.yaml unit_told labels), a few
    words after it saying whose, then «:», «=» or a dash between spaces."""
    export = knowledge.data("columns")["skp_export"]
    labels = [*export["rhk"], *export["indikator"], *export["rhk_atasan"],
              *knowledge.data("rules/lexicon")["reading"]["labels"], *knowledge.data("conversation")["unit_told"]["labels"]]
    words = "|".join(r"\s+".join(map(re.escape, label.split())) for label in sorted(set(labels), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{words})(?:\s+[^\W\d]+){{0,{MAX_LABEL_OWNER_WORDS}}}\s*(?:[:=]|\s[-–—]\s|-(?=\s))\s*",
                      re.IGNORECASE)


def without_field_label(text: str) -> str:
    """«RHK: Tagihan satker diproses …», «Indikator pimpinan: Persentase … yang ditindaklanjuti», «IKI atasan - …»: the
    text after its label, which is never part of the RHK built from it (play41: «Indikator pimpinan:» was kept inside
    the RHK drafted); the text unchanged when no label opens it or nothing follows the label."""
    found = _field_label().match(text)
    return text[found.end():] if found and text[found.end():].strip() else text


def held_whole_offered(state: UserState, text: str) -> list[Reply] | None:
    """«saya pegang seluruhnya» while an IKI /rhk drafted with its RHK waits for «Simpan ke draf»: the answer /rhk's
    hold question takes as «Saya pegang semua» (tester57 F9: read as work, «mengelola seluruhnya»). The RHK is the
    user's whole, said with the offer again; None for anything else."""
    current = state.fill.current if draft_save.offered(state) else None
    if current is None or not current.rhk or len(tokens(text)) > _MOST_HELD_WORDS or not (
            _holds_whole(text) and phrase_set("conversation", "rhk_whole").find(tokens(text))):
        return None
    return [Reply(f"Dicatat: Anda memegang seluruh RHK «{current.rhk}» sendiri, jadi RHK dan IKI-nya milik Anda "
                  "seluruhnya. Bila nanti dibagi ke anggota tim, susun pembagiannya dengan /mpph.\n\n"
                  f"IKI: «{current.indikator}»\nSimpan IKI ini bersama RHK-nya ke draf SKP?",
                  draft_save.offer_buttons(state))]


_MOST_HELD_WORDS = 6  # «saya pegang seluruhnya kak»: a short answer, never a sentence of work that says «semua»


def _holds_whole(aside: str) -> bool:
    """«tim sy yg pegang ini», «sy pegang semua»: an aside saying the user (or their team) holds the whole RHK."""
    words = set(tokens(aside))
    held = knowledge.data("conversation")["rhk_held"]
    return bool(words & set(held["verbs"]) and words & set(held["who"])) \
        and not any(typed_choice(aside, [part["label"]]) is not None for part in member_parts().values())
_NUMBER = re.compile(r"(?:iki\s*)?#?(?P<n>\d{1,2})", re.IGNORECASE)  # «/rhk 2», «/rhk IKI 2», «/rhk #2»


def _drafts_for(iki: IkiDraft) -> list[str]:
    """The RHK drafted from one IKI of the draft (the rules' own drafting, so a button pressed later gets the same)."""
    return plan_rhk(iki.indikator).drafts


def for_draft(state: UserState, number: int) -> list[Reply]:
    """«/rhk N»: RHK drafted for the draft's IKI N, its RHK now beside them, each a button that puts it on IKI N."""
    count = len(state.skp.iki)
    if not 1 <= number <= count:
        where = f"draf Anda punya IKI 1–{count} (lihat /skp)" if count else "draf SKP Anda masih kosong"
        return [Reply(f"Tidak ada IKI nomor {number}: {where}. Untuk RHK dari kalimat lain, tulis /rhk lalu "
                      "kalimatnya.")]
    iki = state.skp.iki[number - 1]
    drafts = _drafts_for(iki)
    if not drafts:
        return [Reply(f"Saya belum bisa menyusun RHK dari IKI {number} «{iki.indikator}». Tulis RHK-nya dengan "
                      f"/ubah {number} rhk ….")]
    now = f"RHK sekarang: «{iki.rhk}»." if iki.rhk else "IKI ini belum punya RHK."
    return [Reply(f"IKI {number}: «{iki.indikator}»\n{now}\n\n{_drafts_text(drafts, False)}\n\nPilih RHK untuk IKI "
                  f"{number}, atau tulis sendiri dengan /ubah {number} rhk ….",
                  [Button(f"Pakai RHK {k} untuk IKI {number}", f"rhk:apply:{number}:{k}")
                   for k in range(1, len(drafts) + 1)])]


def _apply(state: UserState, arg: str) -> list[Reply]:
    """«Pakai RHK K untuk IKI N» (rhk:apply:N:K): that draft of IKI N's RHK put on it."""
    number, _, k = arg.partition(":")
    iki = state.skp.iki[int(number) - 1] if number.isdigit() and 1 <= int(number) <= len(state.skp.iki) else None
    drafts = _drafts_for(iki) if iki is not None else []
    if not k.isdigit() or not 1 <= int(k) <= len(drafts):
        return [Reply("Tombol itu sudah tidak berlaku: IKI-nya sudah berubah. Kirim /rhk NOMOR lagi.")]
    iki.rhk = drafts[int(k) - 1]
    return [Reply(f"RHK IKI {number} kini: «{iki.rhk}».")]


def prompt(state: UserState) -> list[Reply]:
    """The open question, asked again: what the RHK is about, which part, the part itself, or its IKI."""
    flow = state.rhk
    if flow.part_kind == IKI and flow.proposed:
        return [Reply(f"RHK: {flow.drafted}\n{_proposed_text(flow.proposed)}", _save_buttons(len(flow.proposed))
                      + [CANCEL])]
    if flow.part_kind == IKI:
        return [Reply(f"RHK: {flow.drafted}\n{ASK_IKI}", [CANCEL])]
    if flow.part_kind:
        return [Reply(member_parts()[flow.part_kind]["ask"], [CANCEL])]
    if not flow.leader:
        return [Reply(ASK_TEXT, [CANCEL])]
    return [Reply(f"RHK pimpinan «{flow.leader}»: bagian mana yang Anda pegang? Pilih tombol, atau ketik nama atau "
                  "nomornya.", _part_buttons(), choice_only=True)]


def on_button(state: UserState, action: str, arg: str) -> list[Reply]:
    if action == "apply":  # under «/rhk N»: no question was left open
        return _apply(state, arg)
    flow = state.rhk
    if action == "cancel" or flow is None:
        state.rhk = None
        return [Reply("Penyusunan RHK dihentikan." if action == "cancel" else
                      "Pilihan itu sudah tidak berlaku. Kirim /rhk dengan IKI, kegiatan, atau RHK pimpinan Anda.")]
    if action == "part" and flow.leader and not flow.part_kind and (arg in member_parts() or arg == WHOLE):
        return _choose(state, arg)
    if action == "use" and flow.part_kind == IKI and arg.isdigit() and 1 <= int(arg) <= len(state.candidates):
        return _offer(state, state.candidates[int(arg) - 1].indikator)
    if action == "save" and arg.isdigit() and 1 <= int(arg) <= len(flow.proposed):
        return _save_proposed(state, int(arg))
    return [Reply("Tombol itu sudah tidak berlaku.")] + prompt(state)


def leaves(state: UserState, text: str, intent: Intent) -> bool:
    """Whether a message at the open step plainly is not its answer, so the step steps aside (its RHK kept): a done
    word («selesai»), or, where the IKI is asked, words that do not read as one («Core CL», «Simpan ke draf», «Ubah
    peran 3»). Where a part is asked, its buttons stay; a part's own text («Jawa, Bali») is free text."""
    flow = state.rhk
    if done_typed(text):
        return True
    if flow.proposed and _typed_pick(text, len(flow.proposed)) is not None:  # «simpan yg 2» under the IKI proposed
        return False
    return flow.part_kind in (IKI, WHOLE) and not _typed_part(text) and intent.route not in (Route.iki, Route.year)


def leave(state: UserState) -> list[Reply]:
    """The step set aside: the RHK drafted so far waits for /rhk, the message is read as it is outside the step."""
    held = state.rhk.drafted or state.rhk.leader
    if not held:  # a bare /rhk's question: nothing to keep
        state.rhk = None
        return []
    state.rhk.paused = True
    return [Reply(f"RHK «{held}» saya simpan dulu; ketik /rhk untuk melanjutkannya.")]


def set_aside(state: UserState) -> list[Reply]:
    """Another task (/mpph) opened while /rhk waits: the RHK in progress is kept, paused, and said so with how to take
    it up again, and an IKI /rhk offered with its RHK still waits for «Simpan ke draf» (mpph38 #3: both were dropped
    silently). [] when nothing waits."""
    flow, said = state.rhk, []
    if flow is not None and not flow.paused and (flow.leader or flow.drafted):
        flow.paused = True
        what = flow.drafted or flow.leader
        said.append(Reply(f"(RHK «{short(what, 80)}» yang sedang Anda susun di /rhk saya simpan dulu; ketik /rhk tanpa "
                          "teks untuk melanjutkannya.)"))
    if draft_save.offered(state) and state.fill.current.rhk:
        iki = state.fill.current
        said.append(Reply(f"(IKI «{short(iki.indikator, 80)}» dengan RHK «{short(iki.rhk, 60)}» dari /rhk tetap menunggu: "
                          "pilih «Simpan ke draf» kapan saja untuk menyimpannya.)", [draft_save.SAVE]))
    return said


def resume(state: UserState) -> list[Reply]:
    state.rhk.paused = False
    return prompt(state)


def on_text(state: UserState, text: str, assistant: Assistant) -> list[Reply]:
    flow = state.rhk
    if not flow.leader and not flow.part_kind:  # a bare /rhk asked what it is about
        return start(state, assistant, text, asked=True)
    if flow.part_kind in member_parts() and not text.strip().isdigit():
        chosen = _typed_part(text, by_number=False)
        if chosen:  # «Saya pegang seluruhnya» typed after «Output antara» was pressed: that choice, never the part
            flow.part_kind = ""
            return _choose(state, chosen)
    if flow.part_kind in (IKI, WHOLE) and _typed_part(text, by_number=False):  # a part's label typed again
        return [Reply("Bagiannya sudah dipilih.")] + prompt(state)
    if flow.part_kind == IKI and flow.proposed and (picked := _typed_pick(text, len(flow.proposed))) is not None:
        return _save_proposed(state, picked)  # «simpan yg 1», «2» under the IKI proposed for the whole RHK
    if flow.part_kind == IKI:
        return _take_iki(state, text, assistant)
    if not flow.part_kind:
        chosen = _typed_part(text)
        if chosen:
            return _choose(state, chosen)
        return [Reply("Bagian itu belum saya kenali.")] + prompt(state)
    if flow.part_kind == WHOLE:
        return _take_iki(state, text, assistant)
    drafted = member_rhk(flow.leader, flow.part_kind, text)
    state.rhk = RhkState(leader=flow.leader, part_kind=IKI, drafted=drafted)
    return [Reply(_drafts_text([drafted], False) + f"\nInduk (RHK pimpinan): {flow.leader}\n\n{ASK_IKI}", [CANCEL])]


def _choose(state: UserState, part: str) -> list[Reply]:
    flow = state.rhk
    if part == WHOLE:  # a Ketua holding the whole RHK: it is theirs as written, cascaded directly (Core CL)
        proposed = iki_for_whole(flow.leader)  # what the RHK's outcome is measured by, each passing the rules
        state.rhk = RhkState(leader=flow.leader, part_kind=IKI, drafted=flow.leader, jenis=Jenis.core_cl.value,
                             proposed=proposed)
        held = (f"Anda memegang seluruh RHK ini, jadi RHK Anda sama dengan RHK pimpinan «{flow.leader}» (cascading "
                "langsung; IKI-nya Core CL). Pembagian ke anggota tim bisa disusun dengan /mpph.\n\n")
        if not proposed:
            return [Reply(held + ASK_IKI, [CANCEL])]
        return [Reply(held + _proposed_text(proposed), _save_buttons(len(proposed)) + [CANCEL])]
    flow.part_kind = part
    return [Reply(member_parts()[part]["ask"], [CANCEL])]


def _proposed_text(proposed: list[Candidate]) -> str:
    lines = ["Usulan IKI untuk RHK ini (sudah lolos aturan):"]
    for i, c in enumerate(proposed, start=1):
        lines += [f"{i}. {c.indikator}" + (f" (satuan: {c.satuan})" if c.satuan else ""), f"   Alasan: {c.alasan}"]
    return "\n".join(lines) + ("\n\nSimpan usulan ke draf dengan tombolnya, atau tulis IKI yang mengukur RHK ini "
                               "dengan kata Anda sendiri (ukuran + hasil + syarat), atau /batal.")


def _save_buttons(count: int) -> list[Button]:
    return [Button(label, f"rhk:save:{i}") for i, label in enumerate(_save_labels(count), start=1)]


def _save_labels(count: int) -> list[str]:
    return [f"Simpan usulan {i} ke draf" for i in range(1, count + 1)]


def _typed_pick(text: str, count: int) -> int | None:
    """The proposal a typed answer picks («1», «yg kedua», «simpan usulan 2»), 1-based; None for anything else."""
    data = knowledge.data("conversation")
    filler = {*data["rhk_pick_filler"], *data["suggestion_nouns"]}
    words = [w for w in tokens(text) if w not in filler]
    picked = typed_choice(" ".join(words), _save_labels(count), by_label=False) if words else None
    return None if picked is None else picked + 1


def _save_proposed(state: UserState, number: int) -> list[Reply]:
    """A proposal for the whole RHK saved to the draft now with the RHK and Core CL, then asked what it lacks."""
    flow = state.rhk
    picked, state.rhk = flow.proposed[number - 1], None
    draft = IkiDraft(indikator=picked.indikator, satuan=picked.satuan or None, rhk=flow.drafted,
                     jenis=Jenis(flow.jenis) if flow.jenis else None, rhk_atasan=flow.leader or None)
    return draft_save.save_now(state, draft)


def _take_iki(state: UserState, text: str, assistant: Assistant) -> list[Reply]:
    """The IKI measuring the drafted RHK: checked; saved with it on «Simpan ke draf», or suggestions to pick from."""
    named = named_iki(text)
    if named and not named[0].strip():  # «Beyond: Jumlah inovasi … 1 inovasi»: the IKI after its jenis, with its target
        draft = named[1]
        counted = draft.indikator.removesuffix(draft.target or "").rstrip(" ,") or draft.indikator  # «… 1 inovasi»
        return _offer(state, counted, jenis=draft.jenis, target=draft.target)
    intent = classify(text)
    if not intent.work_object:
        return [Reply("Saya perlu kalimat IKI: ukuran (Persentase, Jumlah, Nilai …) + hasil kerja + syaratnya.")] \
            + prompt(state)
    draft = IkiDraft(indikator=text)
    verdict = check_iki(draft, intent.reading)
    if verdict.has_error:
        suggestions = assistant.rewrite(draft, checked=verdict).value
        state.candidates, state.rhk.proposed = suggestions.candidates, []  # the rewrites replace what was proposed
        buttons = use_buttons(len(suggestions.candidates), "rhk:use")
        return [Reply(render.iki_result(verdict)), Reply(render.candidates(suggestions)
                                                          + "\n\nPilih usulan, atau tulis ulang IKI-nya.", buttons + [CANCEL])]
    return _offer(state, text, verdict)


def _offer(state: UserState, text: str, verdict=None, jenis: Jenis | None = None,
           target: str | None = None) -> list[Reply]:
    """The IKI offered with its RHK; one typed with its target (and passing) is saved at once, as anywhere else."""
    flow = state.rhk
    state.rhk = None
    # the leader's RHK it was drafted from is the RHK intervened (the form's column; a Core CL's parent)
    draft = IkiDraft(indikator=text, rhk=flow.drafted, target=target, rhk_atasan=flow.leader or None,
                     jenis=jenis or (Jenis(flow.jenis) if flow.jenis else None))
    buttons, note = draft_save.offer(state, draft, verdict or check_iki(draft))
    shown = f"IKI: «{state.fill.current.indikator}»\nRHK: {flow.drafted}" + (f"\n{note}" if note else "")
    saved = draft_save.save_offered(state)  # the target read from the IKI typed («…, target 75%») counts too
    if saved:
        return [Reply(shown)] + saved
    return [Reply(shown + "\nSimpan ke draf SKP? Target dan bobotnya saya tanyakan sesudahnya.", buttons)]


def _typed_part(text: str, by_number: bool = True) -> str:
    """A part typed instead of tapped: its number in the list shown, its place, or (part of) its label."""
    options = [(key, part["label"]) for key, part in member_parts().items()] + [(WHOLE, WHOLE_LABEL)]
    if not by_number and any(w.isdigit() for w in tokens(text)):
        return ""
    picked = typed_choice(text, [label for _, label in options])
    if picked is not None:
        return options[picked][0]
    return WHOLE if phrase_set("conversation", "rhk_whole").find(tokens(text)) else ""


def _part_buttons() -> list[Button]:
    parts = [Button(part["label"], f"rhk:part:{key}") for key, part in member_parts().items()]
    return parts + [Button(WHOLE_LABEL, f"rhk:part:{WHOLE}"), CANCEL]


def _has_measure(text: str) -> bool:

    words = tokens(read(text).text)
    return bool(words) and lexicon().measures.match_at(words, 0) is not None and has_work_object(text)


def _drafts_text(drafts: list[str], fell_back: bool) -> str:
    lines = ["Usulan RHK (hasil + qualifier):"] + [f"{i}. {d}" for i, d in enumerate(drafts, start=1)]
    lines.append(f"\n{ADVICE}" + (f" {NO_AI}" if fell_back else ""))
    return "\n".join(lines)
