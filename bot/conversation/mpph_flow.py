"""/mpph in chat: a team leader splits an indicator among the team, sees the matrix with every role numbered, edits
any role, says who holds the regions nobody holds yet, saves their own part to their own SKP and gets the XLSX.
This is the flow's entry, its steps in order; each step's reading and replies stand in the mpph_* modules beside it."""

import re

from bot import render
from bot.conversation import draft_save, mpph_shares, mpph_versions, rhk_flow, team_told
from bot.conversation.answers import fields_in, measure_class, typed_target
from bot.conversation.catalog_code import bare_code, named_row, row_target
from bot.conversation.mpph_ahead import (
    held_said,
    indicator_opening,
    keep_ahead,
    keep_rest_ahead,
    method_of_roles,
    parts_written,
    roles_ahead,
    roles_beside,
    roles_naming_method,
    unfinished_ahead,
    unfinished_said,
)
from bot.conversation.mpph_described import named_by_remark, unread_line
from bot.conversation.mpph_indicator import draft_named, draft_numbered, draft_only, indicator_label, wording_note
from bot.conversation.mpph_leader_row import leader_named
from bot.conversation.mpph_matrix import (
    CANCEL,
    answers_scope,
    asks_own_rows,
    current_draft,
    draft_of,
    holder_question,
    last_split,
    latest_draft,
    matrix_nudge,
    matrix_reminder,
    own_rows_said,
    scope_question,
    set_rest,
    show_matrix,
    take_scope,
)
from bot.conversation.mpph_own_part import save_own, save_whole
from bot.conversation.mpph_reading import (
    asks_save_mpph,
    asks_save_own,
    indicator_inside,
    indicator_line,
    is_done_word,
    leader_line,
    method_in,
    names_indicator,
    turns_to_own_draft,
)
from bot.conversation.mpph_role_edit import (
    drop_role,
    edit_question,
    edited_again,
    kept_change,
    member_change,
    named_role,
    role_changed_by_name,
    take_edit,
    target_named_in_roles,
    targets_by_name,
)
from bot.conversation.mpph_roles import fill_targets, holds_part, numbered_role, read_roles, role_line
from bot.conversation.profil_flow import missing_note
from bot.conversation.replies import Button, Reply, ReplyFile
from bot.conversation.starred import read_starred
from bot.conversation.state import MpphState, UserState
from bot.knowledge import policy
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import short
from bot.lang.values import numbers_in
from bot.rules.draft_reading import read
from bot.rules.weights import split_text
from bot.skp.export import owned_name
from bot.skp.mpph import (
    METHOD_LABELS,
    UNNAMED,
    LeaderIndicator,
    check_mpph,
    method_button,
    mpph_workbook,
    with_mpph_sheets,
)

# What the engine, the doors and the team's pairing call (some of it stands in the modules beside this one).
__all__ = ["answers_scope", "asks_own_rows", "asks_save_own", "close", "question_reminder", "current_draft", "edit_let_go", "finish_roles", "holds_part", "latest_draft",
           "leave_for_own_iki", "matrix_nudge", "matrix_reminder", "method_in", "on_button", "on_text", "own_draft_turn", "own_rows_said", "prompt",
           "read_roles", "roles_reminder", "save_own", "set_aside", "start", "turns_to_own_draft", "waits_for", "edits_matrix",
           "with_matrix"]

# While roles are written: close the list, or close it and save the leader's own part to their SKP at once.
ROLE_BUTTONS = [Button("Selesai menulis peran", "mpph:roles"), Button("Simpan ke draf", "mpph:save"), CANCEL]
_EDIT = re.compile(r"^(?P<verb>ubah|ganti|hapus|buang)\s+(?:peran\s+)?(?P<n>\d+)\s*[:.]?\s*(?P<rest>.*)$", re.IGNORECASE)
NEW = Button("Mulai MPPH baru", "mpph:new")


def start(state: UserState, rest: str = "") -> list[Reply]:
    """/mpph: a matrix open or kept from before is shown again, to change or to start over (a blank step 1 lost it).
    An /rhk still in progress that the MPPH does not take over is kept aside and said so (mpph38 #3)."""
    if rest.strip().lower() in ("versi", "riwayat", "versi mpph"):  # after the SKP is agreed: its perubahan kept
        return mpph_versions.listing(state)
    opened = _start(state, rest)
    return rhk_flow.set_aside(state) + opened


def _start(state: UserState, rest: str) -> list[Reply]:
    kept = state.mpph if state.mpph and (state.mpph.indicators or state.mpph.current) else state.mpph_last
    if kept is None:
        return _fresh(state, rest)
    state.mpph = kept
    roles = sum(len(leader.peran) for leader in kept.indicators)
    if kept.step == "done" and rest:  # «/mpph IKK 5.1.1; 80%» beside the matrix kept: one more indicator
        kept.step = "indicator"
        return [Reply(f"MPPH Anda ({len(kept.indicators)} indikator, {roles} peran) tetap ada; indikator ini "
                      "ditambahkan kepadanya.")] + on_text(state, rest)
    if kept.step == "done":
        shown = show_matrix(state)
        kept.reopened = kept.step == "done"  # (not always True: show_matrix may have opened the scope question)
        shown[-1] = Reply(shown[-1].text, _without_cancel(shown[-1].buttons) + [NEW, CANCEL])
        return [Reply(f"MPPH Anda yang tersimpan: {len(kept.indicators)} indikator, {roles} peran. Ubah perannya, "
                      "tambah indikator, unduh XLSX, atau pilih «Mulai MPPH baru».")] + shown
    untaken = f" «{rest.strip()[:60]}» belum saya catat: selesaikan langkah ini dulu, lalu pilih «Tambah indikator " \
        "lain» dan kirim lagi." if rest else ""
    asked = prompt(state)
    asked[-1] = Reply(asked[-1].text, _without_cancel(asked[-1].buttons) + [NEW, CANCEL], choice_only=asked[-1].choice_only)
    return [Reply(f"MPPH Anda masih terbuka ({len(kept.indicators) + (kept.current is not None)} indikator). Lanjutkan "
                  f"langkah ini, atau pilih «Mulai MPPH baru».{untaken}")] + asked


def _fresh(state: UserState, rest: str = "") -> list[Reply]:
    state.mpph = MpphState()
    intro = [Reply("Matriks Pembagian Peran dan Hasil (MPPH): bagikan indikator Anda ke anggota tim.")]
    held = state.rhk
    if held is not None and held.leader and held.part_kind == rhk_flow.IKI and held.drafted == held.leader:
        # a Ketua who said in /rhk they hold the leader's RHK whole: the MPPH measures that RHK (never asked again)
        # and takes /rhk's place, whose buttons would otherwise stay beside its own (tester55 F14)
        state.mpph.rhk, state.rhk = held.leader, None
        state.mpph.rhk_iki = held.proposed[0].indikator if held.proposed else ""
    return intro + (on_text(state, rest) if rest else prompt(state))


def _without_cancel(buttons: list[Button]) -> list[Button]:
    return [b for b in buttons if b != CANCEL]


def close(state: UserState) -> str:
    """The MPPH stops: a matrix with indicators is kept for /mpph; the sentence saying so, or ""."""
    flow = state.mpph
    state.mpph = None
    if flow is not None and flow.current is not None and flow.current.peran:
        fill_targets(flow.current)  # roles written for the indicator in hand are kept with it (tester22a #8)
        flow.indicators.append(flow.current)
    if flow is None or not flow.indicators:
        return ""
    flow.step, flow.current, flow.editing = "done", None, None
    state.mpph_last = flow
    return " Matriks yang sudah tersusun tetap tersimpan; buka lagi dengan /mpph."


def prompt(state: UserState) -> list[Reply]:
    flow = state.mpph
    step = flow.step
    if step == "indicator" and flow.rhk and not flow.indicators and flow.rhk_iki:
        # /rhk's own proposal offered to confirm: its target alone is enough (tester55 F14: asked from zero)
        return [Reply(f"RHK Anda (dari /rhk): «{flow.rhk}». Indikator yang Anda tulis di sini saya catat sebagai "
                      "ukuran RHK itu, dan IKI Anda di draf membawanya.\nLangkah 1 dari 3 — Indikatornya dari /rhk: "
                      f"«{flow.rhk_iki}». Pakai ini? Tulis targetnya saja (misalnya 90%), atau tulis indikator lain "
                      "dengan targetnya, dipisah titik koma.", [Button("Pakai indikator ini", "mpph:rhkiki"), CANCEL])]
    if step == "indicator" and flow.rhk and not flow.indicators:
        return [Reply(f"RHK Anda (dari /rhk): «{flow.rhk}». Indikator yang Anda tulis di sini saya catat sebagai "
                      "ukuran RHK itu, dan IKI Anda di draf membawanya.\nLangkah 1 dari 3 — Tulis indikator yang "
                      "mengukur RHK ini dan targetnya, dipisah titik koma, misalnya:\nPersentase …; 90%", [CANCEL])]
    if step == "indicator":
        return [Reply("Langkah 1 dari 3 — Tulis indikator (atau RHK) Anda dan targetnya, dipisah titik koma, misalnya:\n"
                      "Nilai penerapan sistem merit Kemenkes; 380 Nilai", [CANCEL])]
    if step == "target":
        name = flow.current.indikator
        inside = " Angka di dalam nama (misalnya «minimal 90%») saya baca sebagai syarat indikator, bukan targetnya." \
            if any(ch.isdigit() for ch in name) else ""
        return [Reply(f"Indikator dicatat: «{name}».{inside}\nBerapa target indikator ini untuk tahun ini? Tulis "
                      "angkanya, misalnya 80% atau 380 Nilai.", [CANCEL])]
    if step == "method":
        buttons = [Button(method_button(key), f"mpph:method:{key}") for key in METHOD_LABELS]
        return [Reply("Langkah 2 dari 3 — Bagaimana peran dibagi?", buttons + [CANCEL], choice_only=True)]
    if step == "roles" and flow.current.peran:  # asked again (a reopened chat): the roles so far and their buttons
        written = "\n".join(f"  • {role_line(role)}" for role in flow.current.peran)
        return [Reply(f"Langkah 3 dari 3 — {len(flow.current.peran)} peran tercatat untuk {flow.current.id}:\n{written}\n"
                      "Tulis peran berikutnya, atau ketik «selesai» / pilih «Selesai menulis peran».", ROLE_BUTTONS)]
    if step == "roles" and state.team_named:  # the team told before: its names, never placeholders (roles35 #4)
        names, load = state.team_named, flow.current.metode == "kuantitatif"
        example = "\n".join(f"{name}; {part}; 40" for name, part in zip(names, ("aspek pengadaan",
                                                                                 "aspek promosi dan mutasi")))
        return [Reply("Langkah 3 dari 3 — Tulis pembagian peran, satu baris per peran: Nama pegawai; bagian; target "
                      "(atau «Nama: bagian, target»). Pada pembagian wilayah dan aspek, target yang tidak ditulis sama "
                      "dengan target indikator; pada beban kuantitatif, nama saja dibagi rata. Ketik «selesai» bila "
                      f"semua peran sudah ditulis.\n{team_told.at_roles(state, load)}\nContoh:\n{example}", [CANCEL])]
    if step == "roles":
        return [Reply("Langkah 3 dari 3 — Tulis pembagian peran, satu baris per peran: Nama pegawai; bagian; target "
                      "(atau «Nama: bagian, target», «Nama - bagian - target»). Pada pembagian wilayah dan aspek, "
                      "target yang tidak ditulis sama dengan target indikator; pada beban kuantitatif, nama saja dibagi "
                      "rata. Ketik «selesai» bila semua peran sudah ditulis.\n"
                      "Bagian = aspek/sub-aspek, wilayah, porsi beban, layanan, atau tahapan. Untuk pendekatan layanan dan "
                      "output antara tambahkan IKI-nya: Nama; bagian; target; IKI.\nContoh:\n"
                      "Ketua Timja Penataan ASN; aspek pengadaan; 40\nKetua Timja Manajemen Talenta; aspek promosi dan mutasi; 40",
                      [CANCEL])]
    if step == "share":
        leader = flow.indicators[-1]
        return [mpph_shares.question(leader, mpph_shares.unclear(leader))]
    if step == "scope":
        return scope_question(state)
    if step == "holder":
        return holder_question(state)
    if step == "edit":
        return edit_question(state)
    if step in ("reason", "since"):
        return mpph_versions.prompt(state)
    return show_matrix(state)


def on_text(state: UserState, text: str) -> list[Reply]:
    """Text while the matrix is open; the own IKI saved during its question asked their fields once it is done."""
    return _on_text(state, text) + fields_asked(state)


def _on_text(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    if flow.step in ("reason", "since"):  # a role changed after the SKP was agreed: its perubahan's reason or day
        return mpph_versions.on_text(state, text)
    if turns_to_own_draft(text):  # «sekarang iki saya sendiri»: whatever the step, the MPPH waits for /mpph
        return own_draft_turn(state)
    if flow.step == "indicator":
        return _take_indicator(state, text)
    if flow.step == "target":
        return _take_target(state, text)
    if flow.step == "method":  # «wilayah», «yg beban kuantitatif», «2» typed instead of tapped
        method = method_in(text)
        if method is not None:
            if beside := roles_beside(text) or roles_naming_method(text):  # «per wilayah: Andi regional 1, …»,
                flow.ahead.append(beside)  # «anggota: Dewi regional barat, …»: the roles kept for their step
            return _take_method(state, method)
        if ";" in text or names_indicator(text):  # the indicator written again (after its wording note): replaced
            flow.step = "indicator"
            return _take_indicator(state, text)
        if keep_rest_ahead(flow, text):  # «regional 4 sama 5 dipegang tim lain»: kept for the scope question
            return [Reply(f"«{short(text, 80)}» saya catat untuk pertanyaan cakupan sesudah peran anggota. Sekarang "
                          "pilih dulu cara membaginya.")] + prompt(state)
        if keep_ahead(flow, text):  # «Budi juga pegang Papua dan Maluku» before the method: kept for the roles step
            if method_of_roles(flow) is not None:  # «anggota: Dewi regional barat, …»: their parts name the method
                return _replay(state)
            return [Reply(f"{held_said(text)} saya simpan untuk langkah peran anggota. Sekarang pilih dulu cara "
                          "membaginya.")] + prompt(state)
        return [Reply("Pilih dulu cara membagi indikator ini (tombol di bawah, atau ketik misalnya «wilayah»); "
                      "peran anggota saya tanyakan sesudahnya.")] + prompt(state)
    if flow.step == "roles":
        if is_done_word(text) or (asks_save_mpph(text) and flow.current.peran  # «oke simpan mpph nya»: list closed
                                  and not read_roles(text, flow.current)[0]):  # (never a role line holding «simpan»)
            return finish_roles(state)
        if (fixed := _starred_target(flow.current, text)) is not None:  # «*20 ya» right after a role line
            return [Reply(fixed, ROLE_BUTTONS)]
        named = targets_by_name(flow.current, text) or target_named_in_roles(flow.current, text)
        if named:  # «target dewi 72, bayu 75, sari 60»: the roles already written, each given its target
            return [Reply(named, ROLE_BUTTONS)]
        if flow.current.metode == "kuantitatif" and not flow.current.peran:
            text = team_told.spread_evenly(state, text) or text  # «bagi rata»: the target shared by the team told
        # Roles may come in one message (Telegram) or one line per message (terminal): collect until "Selesai".
        lines_typed = text.strip().splitlines()
        closing = len(lines_typed) > 1 and is_done_word(lines_typed[-1])  # «…\nselesai» closes the list it ends
        if closing:
            text = "\n".join(lines_typed[:-1])
        roles, problems = read_roles(text, flow.current)
        flow.current.peran += roles
        roles, asked = named_by_remark(flow, flow.current, roles)  # «staf sy yg PPPK; …»: as said before (tester58 F23)
        for problem in list(problems):
            tied, said = unread_line(flow, flow.current, problem[1:-1])
            if said:
                problems.remove(problem)
                flow.current.peran += tied
                roles, asked = roles + tied, asked + [said]
        changes = [kept for kept in flow.ahead if roles and member_change(flow.current.peran, kept)]
        flow.ahead = [kept for kept in flow.ahead if kept not in changes]  # «yang Dewi ganti jadi …» typed ahead
        changed = [line for kept in changes if (line := kept_change(flow.current, kept))]
        if closing and not problems and not asked:
            return ([Reply("\n".join(changed))] if changed else []) + finish_roles(state)
        lines = [f"Tercatat {len(flow.current.peran)} peran untuk {flow.current.id}."]
        # What was read, name first: «kenaikan pangkat - Doni» may have been meant either way round.
        lines += [f"  • {role_line(role)}" for role in roles] + changed + asked
        lines += [f"Keterangan «{role.keterangan}» saya simpan terpisah dari nama {role.pegawai}; "
                  "baris lain atas nama yang sama tetap orang yang sama." for role in roles if role.keterangan]
        if problems:
            lines.append("Baris ini belum terbaca, jadi tidak dicatat (tulis: Nama; bagian; target, dengan target "
                         "berupa angka): " + ", ".join(problems))
        lines.append("Tulis peran berikutnya, atau ketik «selesai» / pilih «Selesai menulis peran». «Simpan ke draf» "
                     "menutup daftar peran dan menyimpan bagian Anda sendiri ke draf SKP Anda.")
        return [Reply("\n".join(lines), ROLE_BUTTONS)]
    if flow.step == "share":  # «itu porsi beban», «target»: which a part's «%» is
        answer = mpph_shares.answer_in(text)
        if answer is None:
            return [Reply("Jawab dulu: porsi beban kerja, atau target capaian bagiannya (tombol di bawah).")] \
                + prompt(state)
        return _share_answered(state, answer)
    if flow.step in ("scope", "holder") and _EDIT.match(text.strip()):
        # «ubah 2 Budi; Jawa, Bali» under «siapa yang memegangnya?»: role 2 changed, as under the matrix, never a new
        # role named «ubah 2 Budi» nor a holder of the rest (mpph38 #4); the question comes back if still open
        return _take_done_text(state, text)
    if flow.step == "scope":
        return take_scope(state, text)
    if flow.step == "holder":
        leader = flow.indicators[flow.scope]
        leader.sisa_wilayah, leader.pemegang_lain = "lain", text.strip()
        return [Reply(f"Dicatat: wilayah di luar pembagian dipegang {leader.pemegang_lain}.")] + show_matrix(state)
    if flow.step == "edit":
        return take_edit(state, text)
    if flow.step == "done":
        return _take_done_text(state, text)
    return [Reply("Pilih salah satu tombol, atau ketik /batal.")] + prompt(state)


def _starred_target(leader: LeaderIndicator, text: str) -> str | None:
    """«*20 ya», «*eh 25 ding» while roles are written: the value just typed put right, the last role's target (mpph39:
    read as a question, or under buttons as button 20); the line saying so, None for any other message."""
    starred = read_starred(text)
    number = typed_target(starred.body) if starred is not None and leader.peran and not starred.adds else None
    if number is None or number.end - number.start < len(starred.body.strip()) - 1:
        return None
    role = leader.peran[-1]
    before, role.target = role.target, number.text
    return f"Target {role.pegawai} dibetulkan: {before or 'kosong'} → {role.target}.\n  • {role_line(role)}"


def starred_unplaced(state: UserState, text: str) -> list[Reply]:
    """«*25 ya» under the matrix with no role changed just before: which value it puts right is not known, so the way
    to say it is shown (never button 25, never an IKI to check); [] for any other message."""
    flow = state.mpph
    starred = read_starred(text)
    if flow is None or flow.step != "done" or flow.edited is not None or starred is None \
            or typed_target(starred.body) is None:
        return []
    return [Reply(f"«{text.strip()}» membetulkan nilai peran yang mana? Tulis «ubah N target {starred.body}» dengan "
                  "nomor perannya di matriks; belum ada yang diubah.", matrix_reminder(state).buttons)]


def own_draft_turn(state: UserState) -> list[Reply]:
    """The MPPH set aside as it stands (a matrix kept, or the indicator still waiting at its step) for /mpph, and how
    the leader's own draft starts, with the weights the guidance gives a direct cascade."""
    kept = set_aside(state) or " Belum ada pembagian yang tersimpan."
    weights = policy().weights
    split = split_text("direct")
    return [Reply(f"Baik, MPPH saya simpan dulu.{kept}\nSekarang IKI Anda sendiri: tempel daftar IKI Anda (satu per "
                  "baris) untuk saya periksa, ceritakan pekerjaan Anda, atau ketik /prima untuk dituntun.\nBobot "
                  f"menurut panduan bagi yang indikatornya diturunkan langsung (cascading langsung), seperti Ketua Tim "
                  f"yang membagi indikatornya lewat MPPH: {split} (Core {format_number(weights.core_total)}%), "
                  f"ditambah Beyond {format_number(weights.beyond_total)}%. IKI yang diturunkan dari indikator yang "
                  "Anda bagi bertanda Core CL.")]


def set_aside(state: UserState) -> str:
    """The MPPH put by as it stands: an indicator still waiting at its step is opened again there by /mpph (what was
    typed ahead kept), else the matrix is kept as close() keeps it; the sentence saying so, or ""."""
    flow = state.mpph
    waiting = flow.current if flow.step in ("indicator", "target", "method") else None
    if waiting is not None and not (state.mpph_last and state.mpph_last is not flow and state.mpph_last.indicators):
        state.mpph, state.mpph_last = None, flow  # /mpph opens it again at the same step, what was typed ahead kept
        return f" Indikator «{short(waiting.indikator, 80)}» belum dibagi; /mpph melanjutkannya dari langkah tadi."
    return close(state)


def waits_for(state: UserState, text: str) -> bool:
    """Whether this message is for the MPPH: always while a step asks; once the matrix is shown, only a change of a
    role («ubah 2 …», «hapus 3»), role lines written with «;» or «simpan» (anything else is read as usual, the matrix
    and its buttons staying open)."""
    flow = state.mpph
    if flow is None:
        return False
    if flow.step != "done" or turns_to_own_draft(text):
        return True
    edit = _EDIT.match(text.strip())
    return bool(edit and numbered_role(flow, int(edit["n"]))) or asks_save_own(text, flow) \
        or edited_again(flow, text) is not None or bool(starred_unplaced(state, text)) \
        or named_role(flow, text) is not None \
        or (";" in text and bool(read_roles(text, flow.indicators[-1])[0])) or answers_scope(state, text) \
        or (flow.reopened and indicator_line(text))


def edits_matrix(state: UserState, text: str) -> bool:
    """A change of the matrix shown («hapus 2», «ubah 1 …», role lines with «;», a role named by its member) while
    another question is open (the own part's fields, asked after «Simpan ke draf»): the matrix's, never that answer."""
    flow = state.mpph
    if flow is None or flow.step != "done" or not flow.indicators:
        return False
    edit = _EDIT.match(text.strip())
    return bool(edit and numbered_role(flow, int(edit["n"]))) or named_role(flow, text) is not None \
        or (";" in text and bool(read_roles(text, flow.indicators[-1])[0]))


ASKING = ("target", "method", "roles", "scope", "holder", "share")  # steps whose question waits for a typed answer


def question_reminder(state: UserState) -> list[Reply]:
    """Another command run while an MPPH step asks (/skp, /ekspor under «Apakah semua cakupan indikator sudah
    dibagi?»): its question named again with its buttons, so it is never dropped unsaid (play40 F9); [] else."""
    flow = state.mpph
    if flow is None or flow.step not in ASKING:
        return []
    asked = prompt(state)[-1]
    return [Reply(f"(MPPH masih menunggu jawaban Anda) {asked.text}", asked.buttons, choice_only=asked.choice_only)]


def roles_reminder(state: UserState) -> Reply:
    """After a question answered while roles are written: the step is still open."""
    return Reply(f"(MPPH masih terbuka: {len(state.mpph.current.peran)} peran tercatat untuk {state.mpph.current.id}. "
                 "Tulis peran berikutnya, atau pilih tombol di bawah.)", ROLE_BUTTONS)


def finish_roles(state: UserState) -> list[Reply]:
    flow = state.mpph
    if not flow.current.peran:
        return [Reply("Belum ada peran. Tulis minimal satu baris: Nama; bagian; target.", [CANCEL])]
    notes = " ".join(filter(None, [mpph_shares.count_shares(flow.current), fill_targets(flow.current)]))
    flow.indicators.append(flow.current)
    flow.current, flow.step = None, "done"
    said = [Reply(notes)] if notes else []
    leader = flow.indicators[-1]
    if leader.id not in flow.shares_kept and (unclear := mpph_shares.unclear(leader)):
        flow.step = "share"  # a part's «%» under a Persentase: a share of the work or its target, asked before saving
        return said + [mpph_shares.question(leader, unclear)]
    return said + show_matrix(state)


def _share_answered(state: UserState, answer: str) -> list[Reply]:
    """The porsi question answered: applied, the matrix shown, and the own part saved when «Simpan ke draf» asked."""
    flow = state.mpph
    said = [Reply(mpph_shares.settle(flow, flow.indicators[-1], answer))]
    flow.step = "done"
    if flow.share_save:
        flow.share_save = False
        return said + _own_saved(state, show_matrix(state))
    return said + show_matrix(state)


def edit_let_go(state: UserState) -> str:
    """Another command while «Ubah peran N» waits: the role's change ends there, the role as it was, so a later
    message (an IKI pasted) is read as itself, never as that role's new line (tester55 F14); the line saying so, or
    "" when no role change waits."""
    flow = state.mpph
    if flow is None or flow.step != "edit":
        return ""
    number, flow.step, flow.editing = flow.editing, "done", None
    return f"(Ubah peran {number} MPPH tidak dilanjutkan; peran itu tetap seperti semula.)"


def leave_for_own_iki(state: UserState) -> list[Reply]:
    """The Ketua Tim writes an IKI of their own while roles or the scope are asked: the roles written so far become
    the matrix (who holds the rest is asked when it is shown again); with no role yet, the MPPH is closed."""
    flow = state.mpph
    if flow.step == "roles" and flow.current and flow.current.peran:
        return finish_roles(state)
    if flow.step == "roles":
        kept = save_whole(state) if flow.current else ""
        state.mpph = None
        return [Reply("MPPH ditutup karena belum ada peran yang tercatat; mulai lagi dengan /mpph." + kept)]
    flow.step, flow.reopened, flow.editing = "done", False, None
    return []


def on_button(state: UserState, data: str) -> list[Reply]:
    """A matrix button; the own IKI saved during its question asked their fields once it is done."""
    return _on_button(state, data) + fields_asked(state)


def _on_button(state: UserState, data: str) -> list[Reply]:
    flow = state.mpph
    action, _, arg = data.partition(":")
    if action not in ("reason", "since", "undo"):
        flow.edited = None  # a button moves on from the role changed last (its perubahan's questions never do)
    if action in ("reason", "since", "undo") or flow.step in ("reason", "since"):
        return mpph_versions.on_button(state, action, arg)
    if action == "cancel":
        return [Reply("Penyusunan MPPH dihentikan." + close(state))]
    if action == "rhkiki" and flow.step == "indicator" and flow.rhk_iki and not flow.indicators:
        return _rhk_indicator(state) + prompt(state)
    if action == "new":  # the matrix before stays kept (mpph_last) until this one has indicators
        close(state)
        return _fresh(state)
    if action == "method" and flow.step == "method" and arg in METHOD_LABELS:
        return _take_method(state, arg)
    if action == "roles" and flow.step == "roles":
        return finish_roles(state)
    if action == "more" and flow.step == "done":
        flow.step = "indicator"
        if flow.queued:  # the next indicator pasted at step 1
            return _take_indicator(state, flow.queued.pop(0))
        return prompt(state)
    if action == "add" and flow.step in ("done", "scope") and flow.indicators:
        flow.current, flow.step = flow.indicators.pop(), "roles"  # back to its roles; "selesai" shows the matrix again
        return [Reply(f"Tambahkan peran untuk {flow.current.id}, satu baris per peran, lalu ketik «selesai».",
                      ROLE_BUTTONS)]
    if action == "rest" and flow.step == "scope" and arg in ("pimpinan", "lain", "tidak_ada"):
        return set_rest(state, arg)
    if action == "edit" and flow.step in ("done", "scope") and arg.isdigit() and numbered_role(flow, int(arg)):
        flow.step, flow.editing = "edit", int(arg)
        return prompt(state)
    if action == "drop" and flow.step == "edit" and arg == str(flow.editing):
        return drop_role(state, int(arg))
    if action == "back" and flow.step == "edit":
        flow.step, flow.editing = "done", None
        return show_matrix(state)
    if action == "share" and flow.step == "share" and arg in (mpph_shares.SHARE, mpph_shares.TARGET):
        return _share_answered(state, arg)
    if action == "save" and flow.step == "roles" and flow.current.peran:
        finished = finish_roles(state)
        if flow.step == "share":  # the own part's target waits for the answer: saved then, never as a share
            flow.share_save = True
            return finished
        return _own_saved(state, finished)
    if action == "save" and flow.step == "roles" and flow.current:  # no role yet: the leader holds all of it
        return [Reply("Belum ada peran yang tercatat." + save_whole(state) + "\nTulis peran anggota bila ada "
                      "(Nama; bagian; target), atau pilih «Batal» bila indikator ini tidak dibagi.", ROLE_BUTTONS)]
    if action == "save" and flow.step == "done":
        return _own_saved(state, show_matrix(state))
    if action == "done" and flow.step == "done":
        return _workbook(state)
    return [Reply("Tombol itu sudah tidak berlaku.")] + prompt(state)


def _own_saved(state: UserState, shown: list[Reply]) -> list[Reply]:
    """The leader's own part saved, then what it still lacks (bobot, data awal …) asked one by one as a list save
    asks it (play41 #9), after the matrix; while a question of the matrix is open (who holds the rest) that question
    stays last and the /ubah hint is said instead."""
    before = len(state.skp.iki)
    asking = state.mpph.step == "done" and not draft_save.is_open(state)
    waiting = state.mpph.step in MATRIX_QUESTIONS  # asked once that question is answered (play41 F9)
    saved = save_own(state, asked=asking or waiting)
    added = state.skp.iki[before:]
    if waiting and added:
        state.mpph.fields_waiting += [iki.indikator for iki in added]
        saved = [Reply(saved[-1].text + "\nIsian yang masih kosong (data awal, bobot …) saya tanyakan setelah "
                       "pertanyaan di bawah dijawab.")]
    if not asking or not added:
        return shown[:-1] + saved + shown[-1:]  # the matrix (or the scope question) stays last
    return saved + shown + draft_save.ask_added(state, before)


MATRIX_QUESTIONS = ("scope", "holder", "share")  # the matrix's own questions, open before it is done


def fields_asked(state: UserState) -> list[Reply]:
    """Once the matrix is done: the leader's own IKI saved while its question was open asked what they lack, as a
    list save asks it (play41 F9); [] when none waits."""
    flow = state.mpph
    if flow is None or flow.step != "done" or not flow.fields_waiting:
        return []
    texts, flow.fields_waiting = set(flow.fields_waiting), []
    return draft_save.ask_these(state, [i for i, iki in enumerate(state.skp.iki) if iki.indikator in texts])


def _workbook(state: UserState) -> list[Reply]:
    """The finished matrix as a workbook named by its leader's /profil name; without one the leader's row says the
    name is missing (never «Ketua Tim | Ketua Tim») and one line says how to fill it, as /ekspor does (tester48 P2-6)."""
    draft, pegawai = current_draft(state), state.skp.pegawai
    named = leader_named(state)  # their own row's name names them when /profil does not (mpph38 #1)
    if not pegawai.nama and not named:
        draft = draft.model_copy(update={"pimpinan": draft.pimpinan.model_copy(update={"nama": UNNAMED})})
    rows = mpph_versions.sheet_rows(state)
    data = mpph_workbook(draft, check_mpph(draft), rows)
    close(state)
    version = next((f"Berkas ini MPPH versi {row[0]} (riwayatnya di lembar «Versi MPPH»)." for row in rows if row[-1]),
                   "")
    lacking = missing_note(pegawai, fields=("jabatan",) if named else ("nama", "jabatan"))
    said = " ".join(filter(None, ["Matriks MPPH siap; IKI tiap pegawai ada di lembar «IKI per pegawai». Untuk mengubahnya "
                                  "nanti, ketik /mpph.", version, lacking]))
    return [Reply(said, file=ReplyFile(owned_name(pegawai.nama, MPPH_NAME), data, "Matriks Pembagian Peran dan Hasil"))]


MPPH_NAME = "mpph.xlsx"


def with_matrix(state: UserState, workbook: bytes) -> tuple[bytes, str]:
    """/ekspor's workbook with the leader's MPPH sheets after its own, as «Selesai, unduh XLSX» writes them (one file
    handed in: tester57 F16), and the sentence saying so; as it was, and "", with no matrix drafted."""
    flow = mpph_versions.matrix(state)
    if flow is None:
        return workbook, ""
    draft = draft_of(state, flow)
    if not state.skp.pegawai.nama and not leader_named(state, flow):
        draft = draft.model_copy(update={"pimpinan": draft.pimpinan.model_copy(update={"nama": UNNAMED})})
    data = with_mpph_sheets(workbook, draft, check_mpph(draft), mpph_versions.sheet_rows(state))
    return data, "Lembar «MPPH 1 Tingkat» dan «IKI per pegawai» berisi pembagian peran tim Anda (MPPH)."


def _indicator_lines(lines: list[str]) -> list[str]:
    """«IKI sy:\n1) Persentase … 92,5%\n2) Jumlah sampel … 1.200 sampel»: several indicators each with its target
    written after it, under a lead-in ending with «:», put in step 1's form («Persentase …; 92,5%») so each is split
    in turn (d19-dev02: the three read as one indicator, target 80%); lines not all so are left as typed."""
    body = lines[1:] if len(lines) > 2 and lines[0].endswith(":") and not names_indicator(lines[0]) else lines
    typed = [fields_in(line) for line in body]
    if len(body) < 2 or any(";" in line for line in body) \
            or not all(t.target is not None and names_indicator(t.indikator) for t in typed):
        return lines
    return [f"{t.indikator}; {t.target.text}" for t in typed]


def _take_indicator(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    if flow.rhk_iki and not flow.indicators and ";" not in text and not any(c.isalpha() for c in
                                                                          re.sub(r"(?i)\b(target|persen)\b|%", "", text)) \
            and typed_target(text) is not None:  # «90%» under /rhk's indicator offered: that indicator, this target
        return _rhk_indicator(state) + _take_target(state, text)
    lines = _indicator_lines([line.strip() for line in text.strip().splitlines() if line.strip()])
    if len(lines) > 1 and all(indicator_line(line) for line in lines):
        # «Persentase …; 80%\nJumlah …; 6000 spesimen»: the first split now, the others kept and split after it
        flow.queued = lines[1:]
        return [Reply(f"Pesan Anda memuat {len(lines)} indikator; saya bagi satu per satu, mulai dari yang pertama. "
                      "Sesudah perannya selesai, pilih «Tambah indikator lain» untuk yang berikutnya.")] \
            + _take_indicator(state, lines[0])
    numbered = draft_numbered(state, text)
    if numbered:  # «iki no 1 sama no 2 yg di draf sy»: the first split now, the others queued (tester22a #12)
        first, *rest = numbered
        flow.queued = [f"{iki.indikator}; {iki.target or ''}".rstrip("; ") for iki in rest]
        return _take_indicator(state, f"{first.indikator}; {first.target}" if first.target else first.indikator)
    named = draft_named(state, text)
    if named is not None:  # the leader's own IKI named by its words: its text and target, the rest kept ahead
        at, rest = named
        # the whole message kept for the method and the roles (its head may name the method: «bagi per unit»)
        kept = "" if not rest else f" «{short(rest, 60)}» saya simpan untuk langkah sesudahnya." \
            if keep_ahead(flow, text) else f" «{short(rest, 60)}» belum terbaca sebagai cara membagi atau peran " \
            "anggota: tulis lagi di langkahnya."
        return _from_draft(state, at, kept)
    opening = indicator_opening(flow, text)
    if opening is not None:  # «IKK 5.1.1 target 70%. anggota: Andi (regional 1-4), …»: the rest kept for its steps
        taken = _take_indicator(state, opening)
        if flow.step == "roles" and flow.current.peran and not flow.ahead:  # the whole split in one message: shown
            return taken[:-1] + [Reply(taken[-1].text.rsplit("\nTulis peran berikutnya", 1)[0])] + finish_roles(state)
        return taken
    name, target_text = leader_line(text)
    inside = indicator_inside(text) if parse_target(target_text) is None else None
    if inside is not None:  # «Pembagian IKI Persentase … per regional ke 3 anggota»: its indicator, the target asked
        return _without_target(state, *inside)
    step_form = ";" in text and "\n" not in text.strip()  # «Nama indikator; target»: this step's own form
    bare = not any(ch.isalpha() for ch in text)  # «1»: no method named by words (its buttons are not on screen yet)
    if not (step_form or bare or names_indicator(name) or bare_code(name) or names_indicator(text)) and keep_ahead(flow, text):
        # «Andi (Jawa, Bali) 40%» pasted or «wilayah» typed first: the roles or the method, kept for their steps
        # member lines pasted (never one clause, nor a method that may name another indicator's measure): the one IKI
        only = draft_only(state) if "\n" in text.strip() and method_in(text) is None else None
        if only is not None:  # of the leader's draft is what they split; said, with the way to name another
            return _from_draft(state, only, f" {held_said(text)} saya simpan untuk langkah sesudahnya. Indikator lain? "
                                            "Pilih «Batal», lalu /mpph dengan nama indikatornya.")
        return [Reply(f"«{short(text, 60)}» saya simpan untuk langkah sesudahnya (cara membagi dan peran anggota). "
                      "Sekarang indikatornya dulu.")] + prompt(state)
    code = bare_code(name) if name else None
    row = named_row(code) if code else None
    if row is not None:  # «IKK 5.1.1; 80%»: the catalog names the indicator (and gives the target when none is typed)
        name, target_text = row.name, target_text or row_target(row)
    elif name:  # the leader's own wording, tidied as any IKI («yg» → «yang»): every member IKI inherits it
        name = read(name).text
    target = parse_target(target_text)
    if name and target is None and names_indicator(name):  # «Persentase kab/kota yang mencapai IDL minimal 90%»
        flow.current = LeaderIndicator(rhk=_held_rhk(flow), id=indicator_label(flow, name, code if row else None), indikator=name, target="")
        flow.step = "target"  # the indicator is kept; only its target is asked
        return prompt(state)
    if not name or target is None:
        return [Reply(f"«{text.strip()[:60]}» belum terbaca sebagai indikator dengan targetnya, jadi pembagiannya belum "
                      "bisa diperiksa. Tulis nama indikator (diawali Persentase/Jumlah/Nilai/Indeks …) dan targetnya, "
                      "misalnya:\nPersentase puskesmas yang melaksanakan SBBL sesuai standar; 80%", [CANCEL])]
    label = indicator_label(flow, name, code if row else None)
    flow.current = LeaderIndicator(rhk=_held_rhk(flow), id=label, indikator=name, target=target_text, satuan=target.unit)
    flow.step = "method"
    return [Reply(f"Dicatat sebagai {label}: «{name}», target {render.target_text(flow.current)}."
                  + wording_note(flow.current))] + _replay(state)


def _without_target(state: UserState, name: str, rest: str) -> list[Reply]:
    """An indicator read inside a longer step-1 message with no target: echoed and only its target asked, the words
    after it (how it is split, who holds what) kept for their steps or said back (play40 F5)."""
    flow = state.mpph
    name = read(name).text
    kept = "" if not rest else f" {held_said(rest)} saya simpan untuk langkah sesudahnya." if keep_ahead(flow, rest) \
        else f" «{short(rest, 60)}» belum terbaca sebagai cara membagi atau peran anggota: tulis lagi di langkahnya."
    flow.current = LeaderIndicator(rhk=_held_rhk(flow), id=indicator_label(flow, name, None), indikator=name, target="")
    flow.step = "target"
    return [Reply(f"Indikatornya saya ambil dari pesan Anda (bila keliru, tulis lagi: indikator; target).{kept}")] \
        + prompt(state)


def _held_rhk(flow: MpphState) -> str:
    """/rhk's RHK held whole, for the indicator that measures it: the first one split; every later indicator keeps
    its own RHK, drafted from its own words (mpph38 #5: each took /rhk's)."""
    return "" if any(leader.rhk == flow.rhk for leader in flow.indicators) else flow.rhk


def _rhk_indicator(state: UserState) -> list[Reply]:
    """The indicator /rhk proposed for the RHK held whole taken as the one to split; its target asked next."""
    flow = state.mpph
    flow.current = LeaderIndicator(rhk=_held_rhk(flow), id=indicator_label(flow, flow.rhk_iki, None), indikator=flow.rhk_iki,
                                   target="")
    flow.step = "target"
    return []


def _from_draft(state: UserState, at: int, kept: str) -> list[Reply]:
    """The leader's own draft IKI at `at` taken as the indicator to split (its target asked when it has none); kept:
    what the message said beside it, said after it."""
    flow, iki = state.mpph, state.skp.iki[at]
    said = Reply(f"Indikator yang dibagi: IKI {at + 1} draf Anda, «{short(iki.indikator, 80)}».{kept}")
    if iki.target is None:
        flow.current = LeaderIndicator(rhk=_held_rhk(flow), id=indicator_label(flow, iki.indikator, None), indikator=iki.indikator, target="")
        flow.step = "target"
        return [said] + prompt(state)
    return [said] + _take_indicator(state, f"{iki.indikator}; {iki.target}")


def _take_target(state: UserState, text: str) -> list[Reply]:
    """The target of the indicator just named; a whole indicator line typed again replaces it."""
    flow = state.mpph
    if names_indicator(text) or (";" in text and not parts_written(flow, text)):
        flow.step = "indicator"
        return _take_indicator(state, text)
    number = typed_target(text)  # «80 persen aja»: 80%, the chat words left out
    target = parse_target(number.text) if number is not None else None
    head, cut, tail = text.partition(",")
    if target is None and cut and not numbers_in(tail) and (number := typed_target(head)) is not None:
        # «targetnya nasional 90%, tiap regional samain aja»: the target, then a remark on the split kept for its step
        target = parse_target(number.text)
        keep_ahead(flow, tail.strip())
    if target is None and member_change(roles_ahead(flow), text):  # «yang Dewi ganti jadi …»: for the roles step
        flow.ahead.append(text)
        return [Reply(f"Perubahan «{short(text, 80)}» saya simpan untuk langkah peran anggota, bersama peran yang "
                      "Anda tulis tadi. Sekarang targetnya dulu.")] + prompt(state)
    if target is None and keep_ahead(flow, text):  # «per wilayah», «Andi: regional 1, …» before the target
        return [Reply(f"{held_said(text)} saya simpan untuk langkah sesudahnya. Sekarang targetnya dulu.")] \
            + prompt(state)
    if target is None and keep_rest_ahead(flow, text):  # «regional 4 sama 5 dipegang tim lain»: kept for the scope
        return [Reply(f"«{short(text, 80)}» saya catat untuk pertanyaan cakupan sesudah peran anggota. Sekarang "
                      "targetnya dulu.")] + prompt(state)
    if target is None and asks_save_mpph(text):  # «oke simpan mpph nya» before the target: what is still needed
        return [Reply("MPPH ini belum bisa disimpan: indikatornya belum punya target, lalu peran anggota dibaca "
                      "sesudahnya. Tulis targetnya dulu (misalnya 80%), lalu perannya; matriksnya tersimpan begitu "
                      "tampil (/mpph membukanya lagi). Yang sudah Anda tulis tetap saya simpan.")] + prompt(state)
    if target is None and asks_save_own(text):  # «simpan» with no target yet: what to do, the indicator kept
        return [Reply("MPPH ini belum bisa disimpan karena indikatornya belum punya target. Tulis targetnya (misalnya "
                      "80%), atau ketik «sekarang iki saya sendiri» untuk menyimpannya dulu dan lanjut ke IKI Anda.")] \
            + prompt(state)
    if target is None:
        return [Reply("Targetnya belum terbaca sebagai angka. Cara membagi dan peran anggota saya tanyakan sesudah "
                      "target ini.")] + prompt(state)
    # «90» for a Persentase indicator is 90%
    percent = target.unit is None and measure_class(flow.current.indikator) == "percent" and target.value <= 100
    flow.current.target, flow.current.satuan = (f"{number.text}%", "%") if percent else (number.text, target.unit)
    flow.step = "method"
    return [Reply(f"Dicatat sebagai {flow.current.id}: «{flow.current.indikator}», target "
                  f"{render.target_text(flow.current)}." + wording_note(flow.current))] + _replay(state)


def _replay(state: UserState) -> list[Reply]:
    """The step just opened, answered by what was typed ahead for it, else asked."""
    flow = state.mpph
    changes = [text for text in flow.ahead if member_change(roles_ahead(flow), text)]  # «yang Dewi ganti jadi …»
    methods = [text for text in flow.ahead if method_in(text) is not None and text not in changes]
    if flow.step == "method" and methods:  # the last method named wins («aspek» … «eh wilayah»)
        # (roles typed after an earlier method stay; the last one's are kept when it is read below)
        flow.ahead = [text for text in flow.ahead if text not in methods] \
            + [beside for text in methods[:-1] if (beside := roles_beside(text))]
        method = method_in(methods[-1])
        return [Reply(f"Cara membagi: {METHOD_LABELS[method]} (dari pesan Anda tadi).")] + on_text(state, methods[-1])
    if flow.step == "method" and not methods and (guessed := method_of_roles(flow)) is not None:
        return [Reply(f"Cara membagi: {METHOD_LABELS[guessed]} (dari bagian peran yang Anda tulis).")] \
            + _take_method(state, guessed)
    roles = [text for text in flow.ahead if flow.step == "roles" and text not in changes
             and read_roles(text, flow.current)[0]]
    if roles:  # every role line kept, in the order typed, read as one message (a change kept applied there)
        flow.ahead = [text for text in flow.ahead if text not in roles]
        return on_text(state, "\n".join(roles))
    unfinished = [text for text in unfinished_ahead(flow) if flow.step == "roles" and text not in changes]
    if unfinished:  # «stafnya: Andi mikro, …» with no target under pendekatan layanan: shown with what is missing
        flow.ahead = [text for text in flow.ahead if text not in unfinished]
        kept = [f"Perubahan «{short(text, 80)}» saya terapkan begitu perannya tercatat." for text in changes]
        return prompt(state) + [Reply("\n".join([unfinished_said(flow, unfinished)] + kept), ROLE_BUTTONS)]
    return prompt(state)


def _take_method(state: UserState, method: str) -> list[Reply]:
    flow = state.mpph
    target = parse_target(flow.current.target)
    if method == "kuantitatif" and target and target.is_percent:
        value = render.target_text(flow.current)
        return [Reply(f"Target persentase tidak dibagi-bagi: {value} berlaku untuk setiap bagian, bukan dijumlahkan. "
                      f"Pilih pembagian wilayah (setiap anggota memegang wilayahnya dengan target {value}) atau aspek; "
                      "bila ingin membagi beban, tulis ulang indikatornya sebagai jumlah (misalnya jumlah RS) dengan "
                      "«Batal» lalu /mpph.",
                      [Button(method_button(key), f"mpph:method:{key}") for key in METHOD_LABELS
                       if key != "kuantitatif"] + [CANCEL], choice_only=True)]
    flow.current.metode = method
    flow.step = "roles"
    return _replay(state)


def _take_done_text(state: UserState, text: str) -> list[Reply]:
    """After the matrix: "ubah N …", "hapus N", more role lines for the last indicator, or "simpan"."""
    flow = state.mpph
    if (again := edited_again(flow, text)) is not None:  # «*eh targetnya tetap 1 ding»: the role just changed
        flow.step, flow.editing = "edit", flow.edited
        return take_edit(state, again)
    if unplaced := starred_unplaced(state, text):
        return unplaced
    flow.edited = None  # anything else moves on from the role changed last
    edit = _EDIT.match(text.strip())
    if edit and numbered_role(flow, int(edit["n"])):
        flow.step, flow.editing = "edit", int(edit["n"])
        if edit["verb"].lower() in ("hapus", "buang"):
            return drop_role(state, int(edit["n"]))
        return take_edit(state, edit["rest"]) if edit["rest"] else prompt(state)
    if edit:  # «ubah 6 Rina; …» past the last role (renumbered after a hand-over joined two rows): never a new role
        total = sum(len(leader.peran) for leader in flow.indicators)  # named «ubah 6 Rina»
        return [Reply(f"Tidak ada peran {edit['n']}: matriks kini bernomor 1–{total} (lihat di bawah). Tulis lagi "
                      "«ubah N …» dengan nomor perannya sekarang; tidak ada yang diubah.")] + show_matrix(state)
    if asks_save_own(text, flow):  # «simpan», «yg bagian sy simpan ke draf sy jg»
        return _own_saved(state, show_matrix(state))
    if (changed := role_changed_by_name(flow, text)) is not None:  # «Dodi ubah jd: Persentase …»
        return changed + show_matrix(state)
    if answers_scope(state, text):  # «cakupannya hanya ini, udah semua wilayah kok» after the matrix: its scope
        flow.step, flow.scope = "scope", last_split(flow)
        return take_scope(state, text)
    if flow.reopened and indicator_line(text):  # «Persentase …; 90%» after /mpph showed the matrix: one more
        flow.step, flow.reopened = "indicator", False
        return [Reply("Indikator ini saya tambahkan ke MPPH yang sama. Bila ini IKI Anda sendiri, bukan untuk dibagi, "
                      "pilih «Batal» (matriksnya tetap tersimpan), lalu kirim lagi.")] + _take_indicator(state, text)
    leader = flow.indicators[-1]
    roles, problems = read_roles(text, leader)
    if roles and not problems:
        leader.peran += roles
        notes = fill_targets(leader)
        return [Reply(f"Tercatat {len(roles)} peran tambahan untuk {leader.id}. {notes}".strip())] + show_matrix(state)
    return [Reply("Untuk mengubah peran, pilih «Ubah peran N» atau ketik «ubah N Nama; bagian; target»; «hapus N» "
                  "membuangnya; baris peran baru ditambahkan ke indikator terakhir.")] + show_matrix(state)
