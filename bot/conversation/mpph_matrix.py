"""The MPPH matrix shown with its checks and buttons, and the scope question a wilayah split opens first: who holds
the regions nobody in the team holds."""

import re

from bot import knowledge, render
from bot.conversation.choices import typed_choice
from bot.conversation.mpph_leader_row import leader_named, mark_leader_rows, same_name
from bot.conversation.mpph_one_row import join_rows
from bot.conversation.mpph_own_part import skp_numbers
from bot.conversation.mpph_reading import holder_after, names_indicator, says
from bot.conversation.mpph_roles import fill_targets, read_roles
from bot.conversation.replies import Button, Reply
from bot.conversation.state import MpphState, UserState
from bot.lang.text import PhraseSet, short, tokens
from bot.models import Peran
from bot.skp.mpph import LeaderIndicator, MpphDraft, Person, check_mpph
from bot.skp.regions import coverage, regions_text

CANCEL = Button("Batal", "mpph:cancel")


MAX_ROLE_BUTTONS = 8  # more roles than this: "ubah N" typed, so the keyboard stays readable


def _needs_scope(leader: LeaderIndicator) -> bool:
    """A wilayah split leaving regions to nobody, who holds them not yet said. Members' shares of the work adding up
    to the whole (porsi beban 40/30/30) close it: the parts are the whole work, the rest is outside (play41 #6)."""
    if leader.metode != "wilayah" or leader.wilayah or leader.sisa_wilayah or not leader.peran or leader.abroad \
            or leader.shares_whole:
        return False
    return not coverage(leader.parts).complete


SCOPE_BUTTONS = [Button("Saya pegang sendiri", "mpph:rest:pimpinan"), Button("Dipegang tim/unit lain", "mpph:rest:lain"),
                 Button("Cakupannya hanya ini", "mpph:rest:tidak_ada"), Button("Tambah peran", "mpph:add"), CANCEL]


def scope_question(state: UserState) -> list[Reply]:
    flow = state.mpph
    leader = flow.indicators[flow.scope]
    found = coverage(leader.parts)
    if found.unread:
        ask = (f"Pembagian {leader.id} menyebut {', '.join(found.unread)}, yang tidak bisa saya cocokkan dengan wilayah "
               "Indonesia. Apakah semua cakupan indikator sudah dibagi? Bila ada wilayah lain, siapa yang memegangnya?")
    else:
        ask = (f"{leader.id} baru dibagi untuk {regions_text(found.named)}. Bila targetnya nasional, "
               f"{regions_text(found.missing)} belum dipegang siapa pun. Siapa yang memegangnya?")
    return [Reply(ask, SCOPE_BUTTONS)]


def _scope_button(text: str) -> Button | None:
    """«3», «no 3», «#3» typed under the scope question: that button (its labels are read by their words below)."""
    picked = typed_choice(text, [b.label for b in SCOPE_BUTTONS], by_label=False)
    return SCOPE_BUTTONS[picked] if picked is not None else None


def answers_scope(state: UserState, text: str) -> bool:
    """Whether a message is an answer to the scope question, however much it looks like an IKI («cakupannya hanya
    ini, udah semua wilayah kok» was checked as one and the roles lost): a button typed, the scope said to be only
    this, or the rest named («sisanya …»)."""
    flow = state.mpph
    # («Persentase sisa anggaran yang diserap; 95%» names a rest word, but is the leader's own IKI)
    said = says("sisa_tidak_ada", text) or (says("sisa_ada", text) and not names_indicator(text))
    if flow is not None and flow.step == "done":  # said again, or changed, after the matrix: the last wilayah split
        return said and last_split(flow) is not None
    return flow is not None and flow.step == "scope" and (_scope_button(text) is not None or said)


def last_split(flow: MpphState) -> int | None:
    """The last indicator split by region (whose scope a later «cakupannya hanya ini» is about)."""
    return next((i for i in reversed(range(len(flow.indicators))) if flow.indicators[i].metode == "wilayah"), None)


def take_scope(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    leader = flow.indicators[flow.scope]
    if (button := _scope_button(text)) is not None:
        from bot.conversation.mpph_flow import on_button  # (the flow's buttons: this one may cancel or add a role)
        return on_button(state, button.data.partition(":")[2])
    if asks(text):  # «yg ketua sendiri masuk mana?»: answered, the question kept open; never taken as a button
        return [Reply(own_rows_said(state) if asks_own_rows(text) else _scope_why(leader))] + scope_question(state)
    roles, _ = read_roles(text, leader)
    if roles and not says("sisa_saya", text) and not text.rstrip().endswith("?"):  # a question is never a role
        leader.peran += roles
        fill_targets(leader)
        return [Reply(f"Tercatat {len(roles)} peran tambahan untuk {leader.id}.")] + show_matrix(state)
    rest = says("sisa_ada", text)  # «udah semua kok, sisanya dipegang tim lain»: there is a rest, held elsewhere
    if says("sisa_tidak_ada", text) and not rest:
        return set_rest(state, "tidak_ada")
    if says("sisa_lain", text) and not re.search(r"\bsendiri\b", text, re.IGNORECASE):
        return _held_elsewhere(state, text)
    if says("sisa_saya", text):
        return set_rest(state, "pimpinan")
    return [Reply(_scope_why(leader))] + scope_question(state)


def _scope_why(leader: LeaderIndicator) -> str:
    """Why the scope is asked: the target counts the indicator's whole scope, and what is held of it so far."""
    found = coverage(leader.parts)
    return (f"Target {render.target_text(leader)} untuk {leader.id} dihitung dari seluruh cakupan indikator. Yang sudah "
            f"dibagi: {regions_text([r.bagian for r in leader.peran]) or '-'}"
            + (f"; yang belum dipegang siapa pun: {regions_text(found.missing)}." if found.missing and not found.unread else ".")
            + " Pilih siapa yang memegang sisanya, atau tulis perannya (Nama; wilayah).")


def asks(text: str) -> bool:
    """A message asking something (a question word of intent.yaml, «masuk mana?»), not answering a question."""
    return question_words().find(tokens(text)) is not None


@knowledge.cached
def question_words() -> PhraseSet:
    data = knowledge.data("intent")
    return PhraseSet(data["value_questions"] + data["question_words"])


def _own_target(leader: LeaderIndicator, role) -> str:
    """The leader's own part's target as the matrix says it («90%», «1 MoU»)."""
    unit = role.satuan or (None if leader.metode == "milestone" else leader.satuan)
    return render.target_text(role.model_copy(update={"satuan": unit}))


def asks_own_rows(text: str) -> bool:
    """«yg ketua sendiri masuk mana?», «kalo sy sbg ketua iki nya apa aja?»: where the leader's own rows are."""
    return asks(text) and says("sisa_saya", text) \
        and PhraseSet(knowledge.data("mpph")["tanya_bagian_sendiri"]).find(tokens(text)) is not None


def own_rows_said(state: UserState) -> str:
    """Where the leader's own rows are in the matrix and where they go: «yg ketua sendiri masuk mana?»."""
    flow = state.mpph
    written = flow.indicators + ([flow.current] if flow.current else [])  # the roles still being written too
    numbered = [(n, leader, role) for n, (leader, role) in
                enumerate(((leader, role) for leader in written for role in leader.peran), start=1)]
    mine = [f"baris {n} ({leader.id}): {role.bagian or 'seluruh indikator'}"
            + (f", target {_own_target(leader, role)}" if role.target is not None else "")
            for n, leader, role in numbered if role.sendiri]
    if not mine:
        return ("Belum ada baris untuk Anda sendiri di matriks. Bagian yang Anda pegang sendiri ditulis sebagai peran "
                "dengan nama «Saya», misalnya «Saya; koordinasi nasional; 1»; ia masuk IKI Anda sendiri, bukan IKI "
                "anggota.")
    return ("Bagian Anda sendiri (Ketua Tim): " + "; ".join(mine) + ". Bagian ini masuk IKI Anda sendiri, bukan IKI "
            "anggota: simpan ke draf SKP Anda dengan «Simpan ke draf».")


def _held_elsewhere(state: UserState, text: str) -> list[Reply]:
    """The rest is another team's: kept by the name given («sisanya dipegang Tim Kesiapsiagaan»), or asked for by
    name when only «tim lain» was said."""
    leader = state.mpph.indicators[state.mpph.scope]
    # the holder follows the last holding word («regional 4 sama 5 dipegang tim lain»: «tim lain», not «5 dipegang …»)
    found = [m for m in (holder_after().search(text, at) for at in range(len(text))) if m]
    holder = (found[-1]["holder"] if found else text).strip(" .,!;")
    generic = set(knowledge.data("mpph")["pemegang_umum"])
    if not [w for w in tokens(holder) if w not in generic]:
        state.mpph.step = "holder"
        return [Reply("Dicatat: wilayah di luar pembagian dipegang tim/unit lain.")] + holder_question(state)
    leader.sisa_wilayah, leader.pemegang_lain = "lain", holder
    return [Reply(f"Dicatat: wilayah di luar pembagian dipegang «{leader.pemegang_lain}».")] + show_matrix(state)


def holder_question(state: UserState) -> list[Reply]:
    """The rest is another team's, but which: asked by name."""
    leader = state.mpph.indicators[state.mpph.scope]
    missing = coverage(leader.parts).missing
    return [Reply(f"Tim atau unit mana yang memegang {regions_text(missing) if missing else 'wilayah lainnya'}?", [CANCEL])]


def set_rest(state: UserState, holder: str) -> list[Reply]:
    flow = state.mpph
    leader = flow.indicators[flow.scope]
    if holder == "lain":
        flow.step = "holder"
        return holder_question(state)
    leader.sisa_wilayah = holder
    outside = " tanpa porsi beban; porsi beban anggota tetap berjumlah 100%" if leader.shares_whole else ""
    said = (f"Dicatat: Anda memegang langsung wilayah yang belum dibagi{outside}." if holder == "pimpinan"
            else f"Dicatat: cakupan {leader.id} hanya wilayah yang sudah dibagi.")
    return [Reply(said)] + show_matrix(state)


def show_matrix(state: UserState) -> list[Reply]:
    """The matrix and its checks; a wilayah split that leaves regions to nobody asks who holds them first."""
    flow = state.mpph
    mark_leader_rows(state)
    _sync_team(flow)
    joined = [said for leader in flow.indicators for said in join_rows(flow, leader)]  # a member named twice: one row
    if joined:
        flow.edited = None  # (the numbers after the joined row moved)
        return [Reply("\n".join(joined))] + show_matrix(state)
    draft = _draft(state)
    open_scope = next((i for i, leader in enumerate(flow.indicators) if _needs_scope(leader)), None)
    text = _matrix_text(draft, open_scope)
    if open_scope is not None:
        flow.step, flow.scope = "scope", open_scope
        if flow.rest_ahead:  # said before the roles: the scope question answered by it
            held, flow.rest_ahead = flow.rest_ahead, ""
            return [Reply(text), Reply(f"Tentang wilayah lainnya Anda tadi menulis: «{short(held, 80)}».")] \
                + take_scope(state, held)
        return [Reply(text)] + scope_question(state)
    flow.step, flow.reminded = "done", False
    buttons = _matrix_buttons(flow)
    hint = "" if len(buttons) > 6 else "\nUbah satu peran: ketik «ubah N Nama; bagian; target», atau «hapus N»."
    if flow.queued:
        hint += f"\nBerikutnya dari pesan Anda: «{short(flow.queued[0], 80)}». Pilih «Tambah indikator lain» untuk membaginya."
    return [Reply(text + hint, buttons)]


def _matrix_text(draft: MpphDraft, asking: int | None) -> str:
    """The matrix and its checks. With the scope question of indicator `asking` following it, that indicator is
    checked as if its scope were said: the regions left over are named once, by the question (play41 #6)."""
    if asking is None:
        return render.mpph_result(draft, check_mpph(draft))
    asked = draft.indikator[asking]
    settled = draft.model_copy(update={"indikator": [leader.model_copy(update={"sisa_wilayah": "tidak_ada"})
                                                     if leader is asked else leader for leader in draft.indikator]})
    return render.mpph_result(settled, check_mpph(settled), pending=f"tinggal cakupan wilayah {asked.id} (di bawah)")


def _matrix_buttons(flow: MpphState) -> list[Button]:
    count = sum(len(leader.peran) for leader in flow.indicators)
    edits = [Button(f"Ubah peran {n}", f"mpph:edit:{n}") for n in range(1, count + 1)] if count <= MAX_ROLE_BUTTONS else []
    return edits + [Button("Tambah peran", "mpph:add"), Button("Simpan ke draf", "mpph:save"),
                    Button("Tambah indikator lain", "mpph:more"), Button("Selesai, unduh XLSX", "mpph:done"),
                    Button("Undang anggota", "pasang:undang"), CANCEL]


def matrix_reminder(state: UserState) -> Reply:
    """After a question answered under the matrix: it is still open, with its buttons again."""
    return Reply("(Matriks MPPH Anda masih terbuka: pilih tombol di bawah, atau tulis «ubah N …» untuk satu peran.)",
                 _matrix_buttons(state.mpph))


def matrix_nudge(state: UserState) -> list[Reply]:
    """The matrix's reminder once after it was last shown, marked said; [] once said (or with no matrix open): a
    leader who has moved on is not reminded on every turn (tester52 P2-6), and its buttons stay under the matrix."""
    flow = state.mpph
    if flow is None or flow.step != "done" or flow.reminded:
        return []
    flow.reminded = True
    return [matrix_reminder(state)]


def _sync_team(flow: MpphState) -> None:
    known = {p.nama for p in flow.team}
    for leader in flow.indicators:
        for role in leader.peran:
            if role.pegawai not in known and not role.sendiri \
                    and (same := next((name for name in known if same_name(name, role.pegawai)), None)):
                role.pegawai = same  # «Maya Sari» on a second row is the «apt. Maya Sari» of the first: one member
            if role.pegawai not in known and not role.sendiri:
                # The chat never asks a member's role: a name that says "Ketua …" or "Katim …" is a team leader.
                leads = role.pegawai.lower().startswith(("ketua", "katim", "koordinator"))
                flow.team.append(Person(nama=role.pegawai, peran="ketua" if leads else "anggota"))
                known.add(role.pegawai)
    placed = {role.pegawai for leader in flow.indicators for role in leader.peran if not role.sendiri}
    flow.team = [p for p in flow.team if p.nama in placed]  # someone whose only role was dropped leaves the matrix


def current_draft(state: UserState) -> MpphDraft:
    """The MPPH being drafted in the chat, as the checks and the invites read it."""
    return _draft(state)


def latest_draft(state: UserState) -> MpphDraft | None:
    """The leader's matrix as it stands now (the one open, else the last finished), for an invite accepted later: the
    member takes their part as it is then, never as it was when the code was made (tester22a #5)."""
    flow = state.mpph if state.mpph and state.mpph.indicators else state.mpph_last
    return _draft(state, flow) if flow and flow.indicators else None


def draft_of(state: UserState, flow: MpphState) -> MpphDraft:
    """A given matrix (the one open, or the one kept) as the checks and the workbook read it."""
    return _draft(state, flow)


def _draft(state: UserState, flow: MpphState | None = None) -> MpphDraft:
    """The chat's MPPH: the user leads it, by their /profil name and jabatan, else by their role (a Ketua Tim is not a
    "Pimpinan")."""
    flow, pegawai = flow or state.mpph, state.skp.pegawai
    mark_leader_rows(state, flow)
    label = "Pimpinan Unit" if state.skp.peran is Peran.pimpinan_unit else "Ketua Tim"
    # without a /profil name, the name the leader wrote their own row in names them (mpph38 #1)
    leader = Person(nama=pegawai.nama or leader_named(state, flow) or label, jabatan=pegawai.jabatan or label, peran="ketua")
    return MpphDraft(pimpinan=leader, indikator=flow.indicators, tim=flow.team, nomor_skp=skp_numbers(state, flow))
