"""/mpph in chat: a team leader splits an indicator among the team, sees the matrix with every role numbered, edits
any role, says who holds the regions nobody holds yet, saves their own part to their own SKP and gets the XLSX."""

import re

from bot import knowledge, render
from bot.conversation.answers import fields_in, measure_class, read_answer, typed_target
from bot.conversation.catalog_code import bare_code, named_row, row_target
from bot.conversation.choices import typed_choice
from bot.conversation.replies import Button, Reply, ReplyFile
from bot.conversation.state import MpphState, UserState
from bot.knowledge import policy
from bot.lang.dates import quarter_mark, quarter_pattern, read_quarter
from bot.lang.numbers import format_number, parse_target
from bot.lang.refs import iki_refs
from bot.lang.text import PhraseSet, phrase_set, short, tokens
from bot.lang.values import numbers_in
from bot.lang.words import stem
from bot.models import IkiDraft, Peran
from bot.retrieval.codes import codes_in
from bot.rules.draft_reading import read
from bot.rules.target_fit import target_misfit
from bot.rules.weights import split_text
from bot.skp.mpph import (
    METHOD_LABELS,
    LeaderIndicator,
    MpphDraft,
    Person,
    Role,
    check_mpph,
    leader_findings,
    method_button,
    mpph_workbook,
    own_iki,
)
from bot.skp.regions import coverage, numbered_parts, numbering_spelled, provinces_in, regions_text
from bot.team.member_rows import looks_like_name, read_row, read_rows, trailing_target, unseparated_row

CANCEL = Button("Batal", "mpph:cancel")
# While roles are written: close the list, or close it and save the leader's own part to their SKP at once.
ROLE_BUTTONS = [Button("Selesai menulis peran", "mpph:roles"), Button("Simpan ke draf", "mpph:save"), CANCEL]
# A role line: "Nama; bagian; target[; IKI]", "Nama: bagian, target", "Nama - bagian - target", "Nama, bagian".
_LAST_PART = re.compile(r"\s*(?:,|;|\s[-–—]\s)\s*(?=[^,;]*$)")
_TRAILING_PERCENT = re.compile(r"^(?P<part>.+?)\s+(?:target\s*)?(?P<target>(?:≥|≤|min\w*|maks\w*)?\s*\d[\d.,]*\s*(?:%|persen))$",
                               re.IGNORECASE)
_TRAILING_TARGET = re.compile(r"^(?P<part>.+?)\s*,?\s+target\s+(?P<target>\S.*)$", re.IGNORECASE)
_HOLDS = re.compile(r"\s+(?:pegang|memegang|megang)\s+", re.IGNORECASE)  # "Hendra pegang Sumatera"
_LEADER_TARGET = re.compile(r"^(?P<name>.+?)[,;]?\s+target(?:\s+(?:nasional|tahun|th\.?|\d{4}))*\s*[:=]?\s*(?P<target>[^,;]+?)\s*$",
                            re.IGNORECASE)
_EDIT = re.compile(r"^(?P<verb>ubah|ganti|hapus|buang)\s+(?:peran\s+)?(?P<n>\d+)\s*[:.]?\s*(?P<rest>.*)$", re.IGNORECASE)
MAX_ROLE_BUTTONS = 8  # more roles than this: "ubah N" typed, so the keyboard stays readable


@knowledge.cached
def _words() -> dict:
    data = knowledge.data("mpph")
    words = {key: PhraseSet(data[key]) for key in ("sisa_saya", "sisa_lain", "sisa_tidak_ada", "sisa_ada", "daftar_nama",
                                                   "selesai", "iki_sendiri")}
    return words | {"diri_sendiri": PhraseSet(data["sisa_saya"] + data["diri_sendiri"])}  # «saya» is the leader too


def _is_self(name: str) -> bool:
    """«saya sendiri», «sy», «Ketua Tim»: the whole name is the leader."""
    words = tokens(name)
    found = _words()["diri_sendiri"].match_at(words, 0)
    return bool(found) and len(found) == len(words)


@knowledge.cached
def _holder_after() -> re.Pattern:
    """What names the holder of the rest: «dipegang oleh …», «… pegang»."""
    verbs = sorted(knowledge.data("mpph")["kata_pegang"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b\s*(?P<holder>.*)$", re.IGNORECASE)


def _says(key: str, text: str) -> bool:
    return bool(_words()[key].find(tokens(text)))


NEW = Button("Mulai MPPH baru", "mpph:new")


def start(state: UserState, rest: str = "") -> list[Reply]:
    """/mpph: a matrix open or kept from before is shown again, to change or to start over (a blank step 1 lost it)."""
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
        shown = _matrix(state)
        kept.reopened = kept.step == "done"  # (not always True: _matrix may have opened the scope question)
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
    return intro + (on_text(state, rest) if rest else prompt(state))


def _without_cancel(buttons: list[Button]) -> list[Button]:
    return [b for b in buttons if b != CANCEL]


def close(state: UserState) -> str:
    """The MPPH stops: a matrix with indicators is kept for /mpph; the sentence saying so, or ""."""
    flow = state.mpph
    state.mpph = None
    if flow is not None and flow.current is not None and flow.current.peran:
        _fill_targets(flow.current)  # roles written for the indicator in hand are kept with it (tester22a #8)
        flow.indicators.append(flow.current)
    if flow is None or not flow.indicators:
        return ""
    flow.step, flow.current, flow.editing = "done", None, None
    state.mpph_last = flow
    return " Matriks yang sudah tersusun tetap tersimpan; buka lagi dengan /mpph."


def prompt(state: UserState) -> list[Reply]:
    flow = state.mpph
    step = flow.step
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
        written = "\n".join(f"  • {_role_line(role)}" for role in flow.current.peran)
        return [Reply(f"Langkah 3 dari 3 — {len(flow.current.peran)} peran tercatat untuk {flow.current.id}:\n{written}\n"
                      "Tulis peran berikutnya, atau ketik «selesai» / pilih «Selesai menulis peran».", ROLE_BUTTONS)]
    if step == "roles":
        return [Reply("Langkah 3 dari 3 — Tulis pembagian peran, satu baris per peran: Nama pegawai; bagian; target "
                      "(atau «Nama: bagian, target», «Nama - bagian - target»). Pada pembagian wilayah dan aspek, "
                      "target yang tidak ditulis sama dengan target indikator; pada beban kuantitatif, nama saja dibagi "
                      "rata. Ketik «selesai» bila semua peran sudah ditulis.\n"
                      "Bagian = aspek/sub-aspek, wilayah, porsi beban, layanan, atau tahapan. Untuk pendekatan layanan dan "
                      "output antara tambahkan IKI-nya: Nama; bagian; target; IKI.\nContoh:\n"
                      "Ketua Timja Penataan ASN; aspek pengadaan; 40\nKetua Timja Manajemen Talenta; aspek promosi dan mutasi; 40",
                      [CANCEL])]
    if step == "scope":
        return _scope_question(state)
    if step == "holder":
        leader = flow.indicators[flow.scope]
        missing = coverage(leader.parts).missing
        return [Reply(f"Tim atau unit mana yang memegang {regions_text(missing) if missing else 'wilayah lainnya'}?", [CANCEL])]
    if step == "edit":
        found = _role_at(flow, flow.editing)
        if found is None:
            flow.step, flow.editing = "done", None
            return _matrix(state)
        _, role = found
        return [Reply(f"Peran {flow.editing} sekarang: {_role_line(role)}\nTulis baris barunya (Nama; bagian; target; "
                      "dan IKI-nya bila ingin menulisnya sendiri), atau bagiannya saja (nama dan target tetap), atau "
                      "«hapus» untuk membuang peran ini.",
                      [Button("Hapus peran ini", f"mpph:drop:{flow.editing}"), Button("Jangan ubah", "mpph:back"), CANCEL])]
    return _matrix(state)


def on_text(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    if turns_to_own_draft(text):  # «sekarang iki saya sendiri»: whatever the step, the MPPH waits for /mpph
        return own_draft_turn(state)
    if flow.step == "indicator":
        return _take_indicator(state, text)
    if flow.step == "target":
        return _take_target(state, text)
    if flow.step == "method":  # «wilayah», «yg beban kuantitatif», «2» typed instead of tapped
        method = method_in(text)
        if method is not None:
            if beside := _roles_beside(text):  # «per wilayah: Andi regional 1, …»: the roles kept for their step
                flow.ahead.append(beside)
            return _take_method(state, method)
        if ";" in text or _names_indicator(text):  # the indicator written again (after its wording note): replaced
            flow.step = "indicator"
            return _take_indicator(state, text)
        if _rest_ahead(flow, text):  # «regional 4 sama 5 dipegang tim lain»: kept for the scope question
            return [Reply(f"«{short(text, 80)}» saya catat untuk pertanyaan cakupan sesudah peran anggota. Sekarang "
                          "pilih dulu cara membaginya.")] + prompt(state)
        if _ahead(flow, text):  # «Budi juga pegang Papua dan Maluku» before the method: kept for the roles step
            return [Reply(f"{_held_said(text)} saya simpan untuk langkah peran anggota. Sekarang pilih dulu cara "
                          "membaginya.")] + prompt(state)
        return [Reply("Pilih dulu cara membagi indikator ini (tombol di bawah, atau ketik misalnya «wilayah»); "
                      "peran anggota saya tanyakan sesudahnya.")] + prompt(state)
    if flow.step == "roles":
        if _is_done_word(text):
            return finish_roles(state)
        named = _targets_by_name(flow.current, text) or _target_named_in_roles(flow.current, text)
        if named:  # «target dewi 72, bayu 75, sari 60»: the roles already written, each given its target
            return [Reply(named, ROLE_BUTTONS)]
        # Roles may come in one message (Telegram) or one line per message (terminal): collect until "Selesai".
        lines_typed = text.strip().splitlines()
        closing = len(lines_typed) > 1 and _is_done_word(lines_typed[-1])  # «…\nselesai» closes the list it ends
        if closing:
            text = "\n".join(lines_typed[:-1])
        roles, problems = read_roles(text, flow.current)
        flow.current.peran += roles
        if closing and not problems:
            return finish_roles(state)
        lines = [f"Tercatat {len(flow.current.peran)} peran untuk {flow.current.id}."]
        # What was read, name first: «kenaikan pangkat - Doni» may have been meant either way round.
        lines += [f"  • {_role_line(role)}" for role in roles]
        if problems:
            lines.append("Baris ini belum terbaca, jadi tidak dicatat (tulis: Nama; bagian; target, dengan target "
                         "berupa angka): " + ", ".join(problems))
        lines.append("Tulis peran berikutnya, atau ketik «selesai» / pilih «Selesai menulis peran». «Simpan ke draf» "
                     "menutup daftar peran dan menyimpan bagian Anda sendiri ke draf SKP Anda.")
        return [Reply("\n".join(lines), ROLE_BUTTONS)]
    if flow.step == "scope":
        return _take_scope(state, text)
    if flow.step == "holder":
        leader = flow.indicators[flow.scope]
        leader.sisa_wilayah, leader.pemegang_lain = "lain", text.strip()
        return [Reply(f"Dicatat: wilayah di luar pembagian dipegang {leader.pemegang_lain}.")] + _matrix(state)
    if flow.step == "edit":
        return _take_edit(state, text)
    if flow.step == "done":
        return _take_done_text(state, text)
    return [Reply("Pilih salah satu tombol, atau ketik /batal.")] + prompt(state)


def turns_to_own_draft(text: str) -> bool:
    """«sekarang iki saya sendiri», «lanjut skp sy sendiri ya»: the leader moves on to their own draft (mpph.yaml
    iki_sendiri), in a short message that is no indicator."""
    words = tokens(text)
    return 0 < len(words) <= 10 and ";" not in text and not _names_indicator(text) \
        and _words()["iki_sendiri"].find(words) is not None


def own_draft_turn(state: UserState) -> list[Reply]:
    """The MPPH set aside as it stands (a matrix kept, or the indicator still waiting at its step) for /mpph, and how
    the leader's own draft starts, with the weights the guidance gives a direct cascade."""
    flow = state.mpph
    waiting = flow.current if flow.step in ("indicator", "target", "method") else None
    if waiting is not None and not (state.mpph_last and state.mpph_last is not flow and state.mpph_last.indicators):
        state.mpph, state.mpph_last = None, flow  # /mpph opens it again at the same step, what was typed ahead kept
        kept = f" Indikator «{short(waiting.indikator, 80)}» belum dibagi; /mpph melanjutkannya dari langkah tadi."
    else:
        kept = close(state) or " Belum ada pembagian yang tersimpan."
    weights = policy().weights
    split = split_text("direct")
    return [Reply(f"Baik, MPPH saya simpan dulu.{kept}\nSekarang IKI Anda sendiri: tempel daftar IKI Anda (satu per "
                  "baris) untuk saya periksa, ceritakan pekerjaan Anda, atau ketik /prima untuk dituntun.\nBobot "
                  f"menurut panduan bagi yang indikatornya diturunkan langsung (cascading langsung), seperti Ketua Tim "
                  f"yang membagi indikatornya lewat MPPH: {split} (Core {format_number(weights.core_total)}%), "
                  f"ditambah Beyond {format_number(weights.beyond_total)}%. IKI yang diturunkan dari indikator yang "
                  "Anda bagi bertanda Core CL.")]


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
    return bool(edit and _role_at(flow, int(edit["n"]))) or asks_save_own(text, flow) \
        or _named_role(flow, text) is not None \
        or (";" in text and bool(read_roles(text, flow.indicators[-1])[0])) or answers_scope(state, text) \
        or (flow.reopened and _indicator_line(text))


def asks_save_own(text: str, flow: MpphState | None = None) -> bool:
    """«simpan», «simpan ke draf», «yg bagian sy simpan ke draf sy jg»: the leader's own part to their draft (a verb
    and a place of mpph.yaml simpan_sendiri), never a question, an indicator typed, nor a member's part («masukin
    bagian Andi ke skp dia»)."""
    if text.strip().lower() in ("simpan", "simpan ke draf"):
        return True
    words, said = set(tokens(text)), knowledge.data("mpph")["simpan_sendiri"]
    members = {w for leader in (flow.indicators if flow else []) for role in leader.peran if not role.sendiri
               for w in tokens(role.pegawai)}
    return "?" not in text and "\n" not in text.strip() and not _names_indicator(text) and not words & members \
        and bool(words & set(said["verbs"])) and bool(words & set(said["where"]))


def roles_reminder(state: UserState) -> Reply:
    """After a question answered while roles are written: the step is still open."""
    return Reply(f"(MPPH masih terbuka: {len(state.mpph.current.peran)} peran tercatat untuk {state.mpph.current.id}. "
                 "Tulis peran berikutnya, atau pilih tombol di bawah.)", ROLE_BUTTONS)


def finish_roles(state: UserState) -> list[Reply]:
    flow = state.mpph
    if not flow.current.peran:
        return [Reply("Belum ada peran. Tulis minimal satu baris: Nama; bagian; target.", [CANCEL])]
    notes = _fill_targets(flow.current)
    flow.indicators.append(flow.current)
    flow.current, flow.step = None, "done"
    return ([Reply(notes)] if notes else []) + _matrix(state)


def leave_for_own_iki(state: UserState) -> list[Reply]:
    """The Ketua Tim writes an IKI of their own while roles or the scope are asked: the roles written so far become
    the matrix (who holds the rest is asked when it is shown again); with no role yet, the MPPH is closed."""
    flow = state.mpph
    if flow.step == "roles" and flow.current and flow.current.peran:
        return finish_roles(state)
    if flow.step == "roles":
        kept = _save_whole(state) if flow.current else ""
        state.mpph = None
        return [Reply("MPPH ditutup karena belum ada peran yang tercatat; mulai lagi dengan /mpph." + kept)]
    flow.step, flow.reopened = "done", False
    return []


def on_button(state: UserState, data: str) -> list[Reply]:
    flow = state.mpph
    action, _, arg = data.partition(":")
    if action == "cancel":
        return [Reply("Penyusunan MPPH dihentikan." + close(state))]
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
        return _set_rest(state, arg)
    if action == "edit" and flow.step in ("done", "scope") and arg.isdigit() and _role_at(flow, int(arg)):
        flow.step, flow.editing = "edit", int(arg)
        return prompt(state)
    if action == "drop" and flow.step == "edit" and arg == str(flow.editing):
        return _drop(state, int(arg))
    if action == "back" and flow.step == "edit":
        flow.step, flow.editing = "done", None
        return _matrix(state)
    if action == "save" and flow.step == "roles" and flow.current.peran:
        finished = finish_roles(state)
        return finished[:-1] + save_own(state) + finished[-1:]  # the matrix (or the scope question) stays last
    if action == "save" and flow.step == "roles" and flow.current:  # no role yet: the leader holds all of it
        return [Reply("Belum ada peran yang tercatat." + _save_whole(state) + "\nTulis peran anggota bila ada "
                      "(Nama; bagian; target), atau pilih «Batal» bila indikator ini tidak dibagi.", ROLE_BUTTONS)]
    if action == "save" and flow.step == "done":
        return save_own(state) + _matrix(state)
    if action == "done" and flow.step == "done":
        draft = _draft(state)
        data = mpph_workbook(draft, check_mpph(draft))
        close(state)
        return [Reply("Matriks MPPH siap; IKI tiap pegawai ada di lembar «IKI per pegawai». Untuk mengubahnya nanti, "
                      "ketik /mpph.",
                      file=ReplyFile("mpph.xlsx", data, "Matriks Pembagian Peran dan Hasil"))]
    return [Reply("Tombol itu sudah tidak berlaku.")] + prompt(state)


def save_own(state: UserState) -> list[Reply]:
    """The leader's own part of each indicator into their own SKP draft, once (an IKI already there is not added)."""
    flow, skp = state.mpph, state.skp
    lines = []
    for leader in flow.indicators:
        iki = own_iki(leader)
        same = next((n for n, saved in enumerate(skp.iki, start=1) if _same(saved.indikator, iki.indikator)), None)
        if same:
            lines.append(f"«{iki.indikator}» sudah ada di draf Anda sebagai IKI {same}; tidak ditambah lagi"
                         f"{_completed(skp.iki[same - 1], iki)}.")
            continue
        skp.iki.append(iki)
        number = len(skp.iki)
        lines.append(f"Tersimpan ke draf SKP Anda sebagai IKI {number}: «{iki.indikator}» — target "
                     f"{render.target_text(iki)}, {iki.jenis.label}. Beri bobotnya dengan /ubah {number} bobot …; bila "
                     f"bukan turunan langsung, /ubah {number} jenis tusi.")
        if leader.own_parts:
            lines.append(f"Termasuk bagian yang Anda pegang sendiri: {'; '.join(leader.own_parts)}.")
        if leader.sisa_wilayah == "pimpinan":
            missing = coverage(leader.parts).missing
            if missing:
                lines.append(f"Termasuk wilayah yang Anda pegang langsung: {regions_text(missing)}.")
    return [Reply("\n".join(lines) + "\nLihat draf dengan /skp.")]


def _completed(saved: IkiDraft, own: IkiDraft) -> str:
    """The empty fields of an IKI already in the draft filled from the MPPH's own one (tester16 #9: IKI 3 stayed without
    satuan and jenis though MPPH knew «kab/kota» and Core CL); what was typed is never replaced. Returns the clause
    that names what was filled, or ""."""
    filled = []
    if saved.target in (None, "") and own.target not in (None, ""):
        saved.target = own.target
        filled.append(f"target {render.target_text(own)}")
    if not saved.satuan and own.satuan and _same_number(saved.target, own.target):
        saved.satuan = own.satuan
        filled.append(f"satuan {own.satuan}")
    if saved.jenis is None and own.jenis is not None:
        saved.jenis = own.jenis
        filled.append(f"jenis {own.jenis.label}")
    if not saved.parent and own.parent:
        saved.parent = own.parent
        filled.append(f"indikator induk {own.parent}")
    saved.bagian = saved.bagian or own.bagian  # the part held, for /ekspor
    return f", tetapi isian yang kosong saya lengkapi dari MPPH: {', '.join(filled)}" if filled else ""


def _same_number(typed, other) -> bool:
    """Whether two targets are the same number («300» and «300 kab/kota»): only then is the MPPH's unit the saved one's."""
    a, b = parse_target(typed) if typed not in (None, "") else None, parse_target(other) if other not in (None, "") else None
    return a is not None and b is not None and a.value == b.value and not a.unit


def _save_whole(state: UserState) -> str:
    """The indicator whose roles are still unwritten, saved whole as the leader's own IKI (once): what they typed is
    never lost when they stop before sharing it. Returns the sentence that says so."""
    iki, skp = own_iki(state.mpph.current), state.skp
    same = next((n for n, saved in enumerate(skp.iki, start=1) if _same(saved.indikator, iki.indikator)), None)
    if same:
        return f" «{iki.indikator}» sudah ada di draf Anda sebagai IKI {same}{_completed(skp.iki[same - 1], iki)}."
    skp.iki.append(iki)
    number = len(skp.iki)
    return (f" Indikatornya Anda pegang utuh: tersimpan ke draf SKP Anda sebagai IKI {number}: «{iki.indikator}» — "
            f"target {render.target_text(iki)}, {iki.jenis.label} (bila bukan turunan langsung, /ubah {number} jenis "
            f"tusi; bila bukan milik Anda, /buang {number}).")


# Reading what was typed -------------------------------------------------------------------------------------------
def read_roles(text: str, leader: LeaderIndicator) -> tuple[list[Role], list[str]]:
    """Roles from typed lines; a line without a name and a part (or, where no default applies, a readable target)
    is returned as a problem, word for word."""
    roles, problems = [], []
    for line in filter(None, (line.strip(" •\t") for line in text.splitlines())):
        read_here = _line_roles(line, leader)
        if read_here and all(_usable(role, leader) for role in read_here):
            roles += read_here
        else:
            problems.append(f"«{line}»")
    return roles, problems


def _line_roles(line: str, leader: LeaderIndicator) -> list[Role]:
    label, colon, rest = line.partition(":")
    if colon and rest.strip() and tokens(label)[:1] and tokens(label)[0] in knowledge.data("mpph")["method_head"]:
        return _line_roles(rest.strip(), leader)  # «dibagi per shift/tim: Rina tim A, …»: the head names no one
    said, stop, remark = line.rpartition(". ")
    if stop and said.strip() and not _line_roles_of(remark, leader) and (roles := _line_roles_of(said, leader)):
        return roles  # «Rina tim A, …, Tono tim D. masing2 pasien timnya»: a closing remark is no member's part
    return _line_roles_of(line, leader)


def _line_roles_of(line: str, leader: LeaderIndicator) -> list[Role]:
    label, colon, rest = line.partition(":")
    if colon and _words()["daftar_nama"].match_at(tokens(label), 0) and len(tokens(label)) <= 3:
        if rows := read_rows(rest):
            return [_role(row.name, row.part, row.target) for row in rows]  # «anggota: Andi (regional 1-4), …»
        if leader.metode != "kuantitatif":  # names alone say nothing of a region or an aspect
            return []
        return [Role(pegawai=name) for name in re.split(r"\s*(?:,|\bdan\b)\s*", rest.strip()) if name]
    if _HOLDS.search(line):  # "anggota sy cuma 2: Hendra pegang Sumatera, Lestari pegang Jawa"
        if colon and not _HOLDS.search(label):
            line = rest
        chunks = re.split(r",\s*(?=[^,]+?\s(?:pegang|memegang|megang)\s)", line.strip(), flags=re.IGNORECASE)
        pairs = [_self_first(_HOLDS.split(chunk, maxsplit=1)) for chunk in chunks]
        return [_role(name, *_held_target(part)) for name, part in pairs] if all(len(p) == 2 for p in pairs) else []
    if colon and (named := _named_parts(line)):  # «Andi: regional 1, Budi: regional 2», «Doni: Jawa Barat, Banten»
        return [_role(name, *_split_target(part)) for name, part in named]
    if ";" in line:
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2:
            return []
        if len(parts) == 2 and _bare_target(parts[1]):  # «dimas; 2500»: the member's share, no part named
            return [_role(parts[0], "beban" if leader.metode == "kuantitatif" else "", parts[1])]
        if len(parts) == 2:  # «Kevin; kimia klinik, 95%»: «;» then «,» before the target (tester24 #6)
            return [_role(parts[0], *_split_target(parts[1]))]
        return [_role(parts[0], parts[1], parts[2] if len(parts) > 2 else None, parts[3] if len(parts) > 3 else None)]
    if leader.metode == "kuantitatif" and (names := _names_only(line)):
        # «Budi Santoso», «Budi Santoso, Sari Wulandari»: names alone share what is left equally (README; tester24 #5)
        return [Role(pegawai=name) for name in names]
    if rows := read_rows(line):  # «Andi (regional 1-4), Budi (regional 5-9)», «Andi regional 1, Budi regional 2»
        return [_role(row.name, row.part, row.target) for row in rows]
    if row := read_row(line) or unseparated_row(line):  # «pensiun - Doni», «Doni (Jawa, Banten) 80%», «Andi regional 1»
        return [_role(row.name, row.part, row.target)]
    if leader.metode == "kuantitatif":  # "Sari 30", "Ani 30 Budi 30 Citra 20 Deni 20"
        pairs = re.findall(r"([^\W\d][\w.'’]*(?:\s+[^\W\d][\w.'’]*)*)\s*[:=]?\s*(\d[\d.,]*)", line)
        if pairs and re.sub(r"[\s:=]", "", line) == "".join(re.sub(r"[\s:=]", "", n + t) for n, t in pairs):
            return [_role(name, "beban", target) for name, target in pairs]
    return []


def _self_first(pair: list[str]) -> list[str]:
    """«regional 6 sama 7 saya pegang sendiri»: the part said before the leader who holds it, nothing after «pegang»
    but words around a part (mpph.yaml bagian_ekor) → [«saya», «regional 6 sama 7»]; any other pair as read."""
    if len(pair) != 2:
        return pair
    said, rest = pair
    after = set(tokens(rest)) <= set(knowledge.data("mpph")["bagian_ekor"])
    words = said.split()
    for cut in range(len(words) - 1, 0, -1):  # the shortest self name closing the sentence («saya», «sy sendiri»)
        if after and _is_self(" ".join(words[cut:])):
            return [" ".join(words[cut:]), " ".join(words[:cut])]
    return pair


def _names_only(line: str) -> list[str]:
    """The names a line lists and nothing else («Budi Santoso, Sari Wulandari dan Doni»), else none."""
    names = [n for n in re.split(r"\s*(?:,|;|&|\bdan\b|\bsama\b)\s*", line.strip()) if n]
    return names if names and all(looks_like_name(n) for n in names) else []


def _bare_target(field: str) -> bool:
    """A field that is only a target, a number first («2500», «2.000 spesimen», «80%»), never a part («regional 1»)."""
    return bool(re.match(r"\d", field)) and parse_target(field) is not None


def _held_target(said: str) -> tuple[str, str | None]:
    """The part a «X pegang …» sentence names and its target, a bare number closing it too: «sisanya 50» → («sisanya»,
    «50»), never a part named «sisanya 50»."""
    part, target = _split_target(_held_part(said))
    return (part, target) if target is not None else trailing_target(part)


def _held_part(part: str) -> str:
    """The part named in a sentence, without the words around it: «bagian konsolidasi nasional ya» → «konsolidasi
    nasional»."""
    data = knowledge.data("mpph")
    words = part.split()
    while len(words) > 1 and words[-1].lower().strip(".,!") in data["bagian_ekor"]:
        words.pop()
    while len(words) > 1 and words[0].lower() in data["bagian_awal"]:
        words.pop(0)
    return " ".join(words)


def holds_part(state: UserState, text: str) -> bool:
    """Whether a line names who holds which part («sy sendiri pegang bagian konsolidasi nasional ya», «Hendra pegang
    Sumatera»), read whole as roles: a role line, never a question for the guidance."""
    if "?" in text or not _HOLDS.search(text):
        return False
    roles, problems = read_roles(text, state.mpph.current)
    return bool(roles) and not problems


_NAME = re.compile(r"[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*){0,2}")


def _named_parts(line: str) -> list[tuple[str, str]]:
    """«Andi: regional 1, Budi: regional 2» → [(Andi, regional 1), (Budi, regional 2)]; a piece without a colon
    belongs to the part before it («Doni: Jawa Barat, Banten»). Empty unless every name is one to three words."""
    pairs: list[list[str]] = []
    for piece in (p.strip() for p in line.split(",")):
        name, colon, part = piece.partition(":")
        if colon:
            pairs.append([name.strip(), part.strip()])
        elif pairs:
            pairs[-1][1] += f", {piece}"
        else:
            return []
    if all(_NAME.fullmatch(name) and part for name, part in pairs):
        return [(name, part) for name, part in pairs]
    return []


def _targets_by_name(leader: LeaderIndicator, text: str) -> str:
    """«target dewi 72, bayu 75, sari 60»: after a word for targets, each role written before named by a word of its
    member's name, with a number: those targets set and said; "" unless every clause names one role that way."""
    words = tokens(text)
    leads = knowledge.data("conversation")["draft_targets"]["leads"]
    if "\n" in text or not words or words[0] not in leads or not leader.peran:
        return ""
    body = text.strip()[len(text.strip().split()[0]):]
    said = []
    for clause in (c.strip() for c in re.split(r",|;|\bdan\b|\bsama\b", body) if c.strip()):
        found = numbers_in(clause)
        names = [w for w in tokens(clause[: found[0].start]) if w.isalpha()] if len(found) == 1 else []
        roles = [r for r in leader.peran if names and set(names) <= set(tokens(r.pegawai))]
        if len(roles) != 1:
            return ""
        number = found[0]
        percent = number.unit is None and measure_class(leader.indikator) == "percent" and number.value <= 100
        roles[0].target = f"{format_number(number.value)}%" if percent else number.text
        said.append(f"{roles[0].pegawai}: target {roles[0].target}")
    return "Target anggota dicatat: " + "; ".join(said) + ".\nTulis peran berikutnya, atau ketik «selesai»."


def _role(name: str, part: str, target: str | None = None, iki: str | None = None) -> Role:
    target = (target or "").strip() or None
    quarter = read_quarter(target) if target and parse_target(target) is None else None
    if quarter is not None:  # «Rina; draf pedoman tersusun; TW II»: a milestone's target is when it is done
        target = None
    iki = (iki or "").strip()
    # the member's IKI typed by the leader, tidied as any IKI («yg» → «yang»), as the leader's own indicator is
    return Role(pegawai=name.strip(), bagian=numbering_spelled(part.strip()), target=target, triwulan=quarter,
                iki=read(iki).text if iki else None, sendiri=_is_self(name))


def _split_target(rest: str) -> tuple[str, str | None]:
    """"Jawa, Bali, Sulawesi" → (all of it, None); "Provinsi Jawa Barat, 80%" → ("Provinsi Jawa Barat", "80%");
    "aspek SDM 60%" → ("aspek SDM", "60%"); "Jawa target 80" → ("Jawa", "80")."""
    rest = rest.strip()
    pieces = _LAST_PART.split(rest, maxsplit=1) if _LAST_PART.search(rest) else [rest]
    last = _LAST_PART.split(rest)[-1]
    if len(pieces) > 1 and re.search(r"\d", last) and parse_target(last) is not None and not provinces_in(last)[0]:
        return rest[:rest.rfind(last)].rstrip(" ,;-–—"), last
    if len(pieces) > 1 and quarter_pattern().fullmatch(last.strip().strip(" .")):
        return rest[:rest.rfind(last)].rstrip(" ,;-–—"), last  # «tahap 1 rapat persiapan, TW I»: when it is done
    for pattern in (_TRAILING_TARGET, _TRAILING_PERCENT):
        found = pattern.match(rest)
        if found and parse_target(found["target"]) is not None:
            return found["part"].strip(" ,;-–—"), found["target"]
    return rest, None


def _usable(role: Role, leader: LeaderIndicator) -> bool:
    if not role.pegawai or (not role.bagian and leader.metode != "kuantitatif") or _names_indicator(role.pegawai):
        return False  # («Persentase kab/kota …; 90%» is an indicator, never a member called «Persentase …»)
    if role.target is not None:
        return parse_target(role.target) is not None
    return _default_target(leader) is not None or leader.metode == "kuantitatif" \
        or (leader.metode == "milestone" and role.triwulan is not None)


def _default_target(leader: LeaderIndicator) -> str | float | None:
    """A part with no target written: a percentage split by region or aspect keeps the leader's percentage (the
    deck: the same indicator in each region); anything else must be written."""
    target = parse_target(leader.target)
    return leader.target if target and target.is_percent and leader.metode in ("wilayah", "aspek") else None


def _fill_targets(leader: LeaderIndicator) -> str:
    """Targets not written: the leader's percentage (wilayah, aspek), or what is left of a quantity shared equally
    by the names given without a number. Returns what was filled, for the reply."""
    default = _default_target(leader)
    open_roles = [r for r in leader.peran if r.target is None]
    if not open_roles:
        return ""
    if default is not None:
        for role in open_roles:
            role.target = default
        return f"Target yang tidak ditulis sama dengan target indikator: {render.target_text(leader)}."
    whole = parse_target(leader.target)
    if leader.metode != "kuantitatif" or whole is None:
        return ""
    given = sum(parse_target(r.target).value for r in leader.peran if r.target is not None)
    left = whole.value - given
    whole_units = float(left).is_integer()
    share, extra = (divmod(int(left), len(open_roles)) if whole_units else (left / len(open_roles), 0))
    for i, role in enumerate(open_roles):
        role.target = format_number(share + (1 if i < extra else 0))
        role.bagian = role.bagian or "beban"
    shares = ", ".join(f"{r.pegawai} {r.target}" for r in open_roles)
    return (f"Sisa target {format_number(left)} dibagi rata: {shares}. Ubah bila bebannya tidak sama "
            "(pilih «Ubah peran N»).")


def _leader_line(text: str) -> tuple[str, str]:
    """"Nama; 80%", "…, target nasional 80%", "… target 2026 80%", or a target read from the sentence."""
    if ";" in text:
        name, _, target = (part.strip() for part in text.partition(";"))
        return name, target
    found = _LEADER_TARGET.match(text.strip())
    if found and parse_target(found["target"]) is not None:
        name = found["name"].strip(" ,")
        reading = read(name)  # "yg", "dgn" spelled out, as for any draft
        return (name if reading.target else reading.text), found["target"]
    reading = read(text)
    if reading.target:
        return reading.text, reading.target
    typed = fields_in(text)  # «Persentase kab/kota yang mencapai IDL 95%»: the target typed after it, as in the chat
    return (typed.indikator, typed.target.text) if typed.target is not None else (text.strip(), "")


def _indicator_line(text: str) -> bool:
    """«Persentase kab/kota …; 90%»: one line in step 1's form, naming an indicator and its target."""
    if "\n" in text.strip() or ";" not in text:
        return False
    name, target = _leader_line(text)
    return _names_indicator(name) and parse_target(target) is not None


def _is_done_word(text: str) -> bool:
    return _words()["selesai"].match_at(tokens(text), 0) is not None and len(tokens(text)) <= 2


# Steps ------------------------------------------------------------------------------------------------------------
def _draft_numbered(state: UserState, text: str) -> list[IkiDraft]:
    """«iki no 1 sama no 2 yg di draf sy», «IKI 3»: the leader's own draft IKI named by their numbers, in the order
    typed; [] when the message names none that way (or is an indicator with its target)."""
    if ";" in text or "\n" in text.strip() or not state.skp.iki or not iki_refs().search(text) \
            or _names_indicator(text):
        return []
    numbers = list(dict.fromkeys(int(n) for n in re.findall(r"(?<![\d.,])\d{1,2}(?![\d.,%])", text)))
    if not numbers or not all(1 <= n <= len(state.skp.iki) for n in numbers):
        return []
    return [state.skp.iki[n - 1] for n in numbers]


def _draft_named(state: UserState, text: str) -> tuple[int, str] | None:
    """«yg cakupan PKG BBL, bagi per regional ke 3 anggota», «rekonsiliasi obat: apt. Yudha rawat inap dewasa, …»: the
    leader's own draft IKI the message's first clause names by its words (the one sharing most of them, alone), and
    the rest of the message (the method, the roles); None when the clause is an indicator itself or names none."""
    head, mark, rest = (re.split(r"([,:;])", text.strip(), maxsplit=1) + ["", ""])[:3]
    if ";" in mark or "\n" in text.strip() or not state.skp.iki or _names_indicator(head) or bare_code(head):
        return None
    skip = set(knowledge.data("mpph")["kata_cara"]) | set(knowledge.data("mpph")["draft_named_skip"])
    said = {stem(w) for w in tokens(head) if len(w) > 2 and w.isalpha() and w not in skip}
    shared = [len(said & {stem(w) for w in tokens(iki.indikator)}) for iki in state.skp.iki]
    best = max(shared)
    if not best or shared.count(best) > 1 or best < len(said) / 2:
        return None
    at = shared.index(best)
    # «… bagi per beban: target sampel 10000 …» under a Persentase: the number typed measures another indicator
    if any(target_misfit(state.skp.iki[at], format_number(n.value)) for n in numbers_in(text)):
        return None
    return at, rest.strip()


def _take_indicator(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) > 1 and all(_indicator_line(line) for line in lines):
        # «Persentase …; 80%\nJumlah …; 6000 spesimen»: the first split now, the others kept and split after it
        flow.queued = lines[1:]
        return [Reply(f"Pesan Anda memuat {len(lines)} indikator; saya bagi satu per satu, mulai dari yang pertama. "
                      "Sesudah perannya selesai, pilih «Tambah indikator lain» untuk yang berikutnya.")] \
            + _take_indicator(state, lines[0])
    numbered = _draft_numbered(state, text)
    if numbered:  # «iki no 1 sama no 2 yg di draf sy»: the first split now, the others queued (tester22a #12)
        first, *rest = numbered
        flow.queued = [f"{iki.indikator}; {iki.target or ''}".rstrip("; ") for iki in rest]
        return _take_indicator(state, f"{first.indikator}; {first.target}" if first.target else first.indikator)
    named = _draft_named(state, text)
    if named is not None:  # the leader's own IKI named by its words: its text and target, the rest kept ahead
        at, rest = named
        iki = state.skp.iki[at]
        # the whole message kept for the method and the roles (its head may name the method: «bagi per unit»)
        kept = "" if not rest else f" «{short(rest, 60)}» saya simpan untuk langkah sesudahnya." \
            if _ahead(flow, text) else f" «{short(rest, 60)}» belum terbaca sebagai cara membagi atau peran " \
            "anggota: tulis lagi di langkahnya."
        said = Reply(f"Indikator yang dibagi: IKI {at + 1} draf Anda, «{short(iki.indikator, 80)}».{kept}")
        if iki.target is None:
            flow.current = LeaderIndicator(id=_label(flow, iki.indikator, None), indikator=iki.indikator, target="")
            flow.step = "target"
            return [said] + prompt(state)
        return [said] + _take_indicator(state, f"{iki.indikator}; {iki.target}")
    opening = _indicator_opening(flow, text)
    if opening is not None:  # «IKK 5.1.1 target 70%. anggota: Andi (regional 1-4), …»: the rest kept for its steps
        taken = _take_indicator(state, opening)
        if flow.step == "roles" and flow.current.peran and not flow.ahead:  # the whole split in one message: shown
            return taken[:-1] + [Reply(taken[-1].text.rsplit("\nTulis peran berikutnya", 1)[0])] + finish_roles(state)
        return taken
    name, target_text = _leader_line(text)
    step_form = ";" in text and "\n" not in text.strip()  # «Nama indikator; target»: this step's own form
    bare = not any(ch.isalpha() for ch in text)  # «1»: no method named by words (its buttons are not on screen yet)
    if not (step_form or bare or _names_indicator(name) or bare_code(name) or _names_indicator(text)) and _ahead(flow, text):
        # «Andi (Jawa, Bali) 40%» pasted or «wilayah» typed first: the roles or the method, kept for their steps
        return [Reply(f"«{short(text, 60)}» saya simpan untuk langkah sesudahnya (cara membagi dan peran anggota). "
                      "Sekarang indikatornya dulu.")] + prompt(state)
    code = bare_code(name) if name else None
    row = named_row(code) if code else None
    if row is not None:  # «IKK 5.1.1; 80%»: the catalog names the indicator (and gives the target when none is typed)
        name, target_text = row.name, target_text or row_target(row)
    elif name:  # the leader's own wording, tidied as any IKI («yg» → «yang»): every member IKI inherits it
        name = read(name).text
    target = parse_target(target_text)
    if name and target is None and _names_indicator(name):  # «Persentase kab/kota yang mencapai IDL minimal 90%»
        flow.current = LeaderIndicator(id=_label(flow, name, code if row else None), indikator=name, target="")
        flow.step = "target"  # the indicator is kept; only its target is asked
        return prompt(state)
    if not name or target is None:
        return [Reply(f"«{text.strip()[:60]}» belum terbaca sebagai indikator dengan targetnya, jadi pembagiannya belum "
                      "bisa diperiksa. Tulis nama indikator (diawali Persentase/Jumlah/Nilai/Indeks …) dan targetnya, "
                      "misalnya:\nPersentase puskesmas yang melaksanakan SBBL sesuai standar; 80%", [CANCEL])]
    label = _label(flow, name, code if row else None)
    flow.current = LeaderIndicator(id=label, indikator=name, target=target_text, satuan=target.unit)
    flow.step = "method"
    return [Reply(f"Dicatat sebagai {label}: «{name}», target {render.target_text(flow.current)}."
                  + _wording_note(flow.current))] + _replay(state)


_SENTENCE = re.compile(r"(?<=[^\d\s])[.!]\s+|\n+")  # «…70%. anggota: …», never inside «5.1.1» or «dr. Budi»'s name


def _indicator_opening(flow: MpphState, text: str) -> str | None:
    """«IKK 5.1.1 target 70%. anggota: Andi (regional 1-4), Budi (regional 5-9). sy sendiri pegang …»: the
    indicator with its target that opens the message, every sentence after it (a method, role lines) kept for its
    step in flow.ahead; None unless the message is all that."""
    pieces = [piece.strip() for piece in _SENTENCE.split(text.strip()) if piece.strip()]
    if len(pieces) > 2 and _is_done_word(pieces[-1]):  # «…\nselesai»: the whole split given, shown at once anyway
        pieces.pop()
    if len(pieces) == 1:  # «Persentase … 80%, bagi per wilayah: Andi Sumatera, Budi Jawa»: split at the method
        cuts = [at for at in (m.start() for m in re.finditer(",", text)) if method_in(text[at + 1:].partition(":")[0])]
        pieces = [text[:cuts[0]].strip(), text[cuts[0] + 1:].strip()] if cuts else pieces
    if len(pieces) < 2:
        return None
    name, target = _leader_line(pieces[0])
    if parse_target(target) is None or not (_names_indicator(name) or bare_code(name)):
        return None
    anyone = LeaderIndicator(id="", indikator="", target="")  # (role targets are checked at their step)
    if not all(method_in(piece) is not None or _line_roles(piece, anyone) for piece in pieces[1:]):
        return None
    flow.ahead += pieces[1:]
    return pieces[0]


def _method_of_roles(flow: MpphState) -> str | None:
    """The method the parts of the roles typed ahead name, when no method was named: «Andi (regional 1-4)» is a
    wilayah split (mpph.yaml method_words, or a region's name); None unless one method only."""
    anyone = LeaderIndicator(id="", indikator="", target="")
    parts = [role.bagian for text in flow.ahead for line in text.splitlines() if line.strip()
             for role in _line_roles(line.strip(" •\t"), anyone) if not role.sendiri]
    words = {word for part in parts for word in tokens(part)}
    found = {key for key, named_by in knowledge.data("mpph")["method_words"].items() if set(named_by) & words}
    if any(provinces_in(part)[1] for part in parts):
        found.add("wilayah")
    return found.pop() if len(found) == 1 else None


def _wording_note(leader: LeaderIndicator) -> str:
    """What the IKI rules find in the leader's own wording, said here rather than on every member IKI later."""
    found = leader_findings(leader)
    if not found:
        return ""
    lines = [line for f in found for line in render.finding_lines(f)]
    return ("\nRumusan indikator ini belum lolos aturan IKI:\n" + "\n".join(lines) + "\nIKI anggota diturunkan dari "
            "kalimat ini dan akan mewarisinya. Bila indikatornya dari PK/Renstra, lanjutkan saja; bila Anda yang "
            "merumuskan, kirim rumusan barunya sekarang (indikator; target).")


def _label(flow: MpphState, name: str, code: str | None) -> str:
    """A Renstra code names the indicator in the matrix and as its members' parent; else its number in this MPPH."""
    codes = [code] if code else codes_in(name)
    return codes[0] if codes else f"Indikator {len(flow.indicators) + 1}"


def _names_indicator(text: str) -> bool:
    """«Persentase puskesmas yang menerapkan SBBL»: a measure and what it measures, not «banyak» alone."""
    return bool(measure_class(text)) and len(text.split()) >= 3


def _take_target(state: UserState, text: str) -> list[Reply]:
    """The target of the indicator just named; a whole indicator line typed again replaces it."""
    flow = state.mpph
    if ";" in text or _names_indicator(text):
        flow.step = "indicator"
        return _take_indicator(state, text)
    number = typed_target(text)  # «80 persen aja»: 80%, the chat words left out
    target = parse_target(number.text) if number is not None else None
    head, cut, tail = text.partition(",")
    if target is None and cut and not numbers_in(tail) and (number := typed_target(head)) is not None:
        # «targetnya nasional 90%, tiap regional samain aja»: the target, then a remark on the split kept for its step
        target = parse_target(number.text)
        _ahead(flow, tail.strip())
    if target is None and _ahead(flow, text):  # «per wilayah», «Andi: regional 1, …» before the target
        return [Reply(f"{_held_said(text)} saya simpan untuk langkah sesudahnya. Sekarang targetnya dulu.")] \
            + prompt(state)
    if target is None and _rest_ahead(flow, text):  # «regional 4 sama 5 dipegang tim lain»: kept for the scope
        return [Reply(f"«{short(text, 80)}» saya catat untuk pertanyaan cakupan sesudah peran anggota. Sekarang "
                      "targetnya dulu.")] + prompt(state)
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
                  f"{render.target_text(flow.current)}." + _wording_note(flow.current))] + _replay(state)


def method_in(text: str) -> str | None:
    """The method a typed answer names («wilayah», «per wilayah», «2»), by its label."""
    keys = list(METHOD_LABELS)
    fillers = set(knowledge.data("mpph")["kata_cara"])
    named = " ".join(w for w in tokens(text) if w not in fillers) or text
    picked = typed_choice(named, [METHOD_LABELS[key] for key in keys])
    if picked is not None:
        return keys[picked]
    # «bagi per regional ke 3 anggota»: a word naming one method only (mpph.yaml method_words), after «bagi/per»
    words = tokens(text)
    found = {key for key, named_by in knowledge.data("mpph")["method_words"].items() if set(named_by) & set(words)}
    if fillers & set(words) and len(found) == 1:
        return found.pop()
    head, colon, _ = text.partition(":")  # «bagi per wilayah: Andi Sumatera, Budi Jawa»: the head names it
    return method_in(head) if colon and head.strip() else None


def _ahead(flow: MpphState, text: str) -> bool:
    """Keeps a method or role lines typed before their step (flow.ahead); False for anything else."""
    lines = [line.strip(" •\t") for line in text.splitlines() if line.strip()]
    leader = flow.current or LeaderIndicator(id="", indikator="", target="")  # before the indicator is named
    if method_in(text) is None and not (lines and all(_line_roles(line, leader) for line in lines)):
        return False  # (a role's target is checked when its step opens: the leader's target is not known yet)
    flow.ahead.append(text)
    return True


def _roles_beside(text: str) -> str:
    """«per wilayah: Andi regional 1, Budi regional 2», «bagi per aspek\nDoni; SDM; 80»: the role lines typed after
    the method that opens the message, or ""."""
    head, colon, rest = text.partition(":")
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if "\n" not in head and colon and rest.strip() and method_in(head) is not None:
        return rest.strip()
    if len(lines) > 1 and method_in(lines[0]) is not None:
        return "\n".join(lines[1:])
    return ""


def _held_said(text: str) -> str:
    """What a message kept for later steps was read as («Cara membagi pembagian wilayah dan 3 peran (Andi, Budi,
    Citra)»), so the leader sees it was understood; the message itself when it names neither."""
    method = method_in(text)
    anyone = LeaderIndicator(id="", indikator="", target="")
    lines = (_roles_beside(text) if method else text).splitlines()
    roles = [role for line in lines if line.strip() for role in _line_roles(line.strip(" •\t"), anyone)]
    said = " dan ".join(([f"cara membagi ({METHOD_LABELS[method]})"] if method else [])
                        + ([f"{len(roles)} peran ({', '.join(role.pegawai for role in roles)})"] if roles else []))
    return said[:1].upper() + said[1:] if said else f"«{short(text, 60)}»"


def _rest_ahead(flow: MpphState, text: str) -> bool:
    """Keeps who holds the regions nobody in the team holds, said before the roles («regional 4 sama 5 dipegang tim
    lain», «sisanya dipegang Tim Kesiapsiagaan») for the scope question (flow.rest_ahead); False for anything else."""
    if "?" in text or "\n" in text.strip() or not (_says("sisa_lain", text) or _says("sisa_ada", text)) \
            or not _holder_after().search(text) or method_in(text) is not None:
        return False
    flow.rest_ahead = text.strip()
    return True


def _replay(state: UserState) -> list[Reply]:
    """The step just opened, answered by what was typed ahead for it, else asked."""
    flow = state.mpph
    methods = [text for text in flow.ahead if method_in(text) is not None]
    if flow.step == "method" and methods:  # the last method named wins («aspek» … «eh wilayah»)
        # (roles typed after an earlier method stay; the last one's are kept when it is read below)
        flow.ahead = [text for text in flow.ahead if text not in methods] \
            + [beside for text in methods[:-1] if (beside := _roles_beside(text))]
        method = method_in(methods[-1])
        return [Reply(f"Cara membagi: {METHOD_LABELS[method]} (dari pesan Anda tadi).")] + on_text(state, methods[-1])
    if flow.step == "method" and not methods and (guessed := _method_of_roles(flow)) is not None:
        return [Reply(f"Cara membagi: {METHOD_LABELS[guessed]} (dari bagian peran yang Anda tulis).")] \
            + _take_method(state, guessed)
    roles = [text for text in flow.ahead if flow.step == "roles" and read_roles(text, flow.current)[0]]
    if roles:  # every role line kept, in the order typed, read as one message
        flow.ahead = [text for text in flow.ahead if text not in roles]
        return on_text(state, "\n".join(roles))
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


def _needs_scope(leader: LeaderIndicator) -> bool:
    if leader.metode != "wilayah" or leader.wilayah or leader.sisa_wilayah or not leader.peran:
        return False
    return not coverage(leader.parts).complete


SCOPE_BUTTONS = [Button("Saya pegang sendiri", "mpph:rest:pimpinan"), Button("Dipegang tim/unit lain", "mpph:rest:lain"),
                 Button("Cakupannya hanya ini", "mpph:rest:tidak_ada"), Button("Tambah peran", "mpph:add"), CANCEL]


def _scope_question(state: UserState) -> list[Reply]:
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
    said = _says("sisa_tidak_ada", text) or (_says("sisa_ada", text) and not _names_indicator(text))
    if flow is not None and flow.step == "done":  # said again, or changed, after the matrix: the last wilayah split
        return said and _last_split(flow) is not None
    return flow is not None and flow.step == "scope" and (_scope_button(text) is not None or said)


def _last_split(flow: MpphState) -> int | None:
    """The last indicator split by region (whose scope a later «cakupannya hanya ini» is about)."""
    return next((i for i in reversed(range(len(flow.indicators))) if flow.indicators[i].metode == "wilayah"), None)


def _take_scope(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    leader = flow.indicators[flow.scope]
    if (button := _scope_button(text)) is not None:
        return on_button(state, button.data.partition(":")[2])
    roles, _ = read_roles(text, leader)
    if roles and not _says("sisa_saya", text) and not text.rstrip().endswith("?"):  # a question is never a role
        leader.peran += roles
        _fill_targets(leader)
        return [Reply(f"Tercatat {len(roles)} peran tambahan untuk {leader.id}.")] + _matrix(state)
    rest = _says("sisa_ada", text)  # «udah semua kok, sisanya dipegang tim lain»: there is a rest, held elsewhere
    if _says("sisa_tidak_ada", text) and not rest:
        return _set_rest(state, "tidak_ada")
    if _says("sisa_lain", text) and not re.search(r"\bsendiri\b", text, re.IGNORECASE):
        return _held_elsewhere(state, text)
    if _says("sisa_saya", text):
        return _set_rest(state, "pimpinan")
    found = coverage(leader.parts)
    why = (f"Target {render.target_text(leader)} untuk {leader.id} dihitung dari seluruh cakupan indikator. Yang sudah "
           f"dibagi: {regions_text([r.bagian for r in leader.peran]) or '-'}"
           + (f"; yang belum dipegang siapa pun: {regions_text(found.missing)}." if found.missing and not found.unread else ".")
           + " Pilih siapa yang memegang sisanya, atau tulis perannya (Nama; wilayah).")
    return [Reply(why)] + _scope_question(state)


def _held_elsewhere(state: UserState, text: str) -> list[Reply]:
    """The rest is another team's: kept by the name given («sisanya dipegang Tim Kesiapsiagaan»), or asked for by
    name when only «tim lain» was said."""
    leader = state.mpph.indicators[state.mpph.scope]
    # the holder follows the last holding word («regional 4 sama 5 dipegang tim lain»: «tim lain», not «5 dipegang …»)
    found = [m for m in (_holder_after().search(text, at) for at in range(len(text))) if m]
    holder = (found[-1]["holder"] if found else text).strip(" .,!;")
    generic = set(knowledge.data("mpph")["pemegang_umum"])
    if not [w for w in tokens(holder) if w not in generic]:
        state.mpph.step = "holder"
        return [Reply("Dicatat: wilayah di luar pembagian dipegang tim/unit lain.")] + prompt(state)
    leader.sisa_wilayah, leader.pemegang_lain = "lain", holder
    return [Reply(f"Dicatat: wilayah di luar pembagian dipegang «{leader.pemegang_lain}».")] + _matrix(state)


def _set_rest(state: UserState, holder: str) -> list[Reply]:
    flow = state.mpph
    leader = flow.indicators[flow.scope]
    if holder == "lain":
        flow.step = "holder"
        return prompt(state)
    leader.sisa_wilayah = holder
    said = ("Dicatat: Anda memegang langsung wilayah yang belum dibagi." if holder == "pimpinan"
            else f"Dicatat: cakupan {leader.id} hanya wilayah yang sudah dibagi.")
    return [Reply(said)] + _matrix(state)


def _take_edit(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    found = _role_at(flow, flow.editing)
    if found is None:
        flow.step, flow.editing = "done", None
        return _matrix(state)
    leader, role = found
    if text.strip().lower() in ("hapus", "buang"):
        return _drop(state, flow.editing)
    if ";" in text or text.lower().startswith(role.pegawai.lower()):
        new = _line_roles(text.strip(), leader)
        if len(new) != 1 or not _usable(new[0], leader):
            return [Reply(f"Baris «{text}» belum terbaca. Tulis: Nama; bagian; target.")] + prompt(state)
        replacement = new[0]
    elif (named := _named_value(text)) is not None:  # «ubah 5 target 1 draf», «ubah 5 TW III»: that value only
        replacement = role.model_copy(update=named)
    else:
        part, target = _split_target(text)
        if not re.search(r"[^\W\d_]", part):  # «5» alone: no region, aspect or stage is named by a bare number
            return [Reply(f"«{text.strip()}» belum terbaca sebagai bagian peran {flow.editing}. Tulis bagiannya, misalnya "
                          "«Sumatera» atau «aspek pengadaan», atau targetnya dengan katanya, misalnya «target 85%».")] \
                + prompt(state)
        replacement = role.model_copy(update={"bagian": part, "target": target or role.target, "iki": None})
    if replacement.target is None:
        replacement.target = role.target if role.target is not None else _default_target(leader)
    if replacement.target is not None and parse_target(replacement.target) is None:
        return [Reply(f"Target «{replacement.target}» belum terbaca.")] + prompt(state)
    index = leader.peran.index(role)
    leader.peran[index] = replacement
    if leader.sisa_wilayah == "tidak_ada":
        leader.sisa_wilayah = None  # the regions changed: the scope is asked again if something is left over
    number = flow.editing
    flow.step, flow.editing = "done", None
    return [Reply(f"Peran {number} diubah: {_role_line(replacement)}")] + _matrix(state)


@knowledge.cached
def _replace_words() -> re.Pattern:
    words = sorted(knowledge.data("conversation")["line_acts"]["replace"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b\s*:?\s*", re.IGNORECASE)


def _named_role(flow: MpphState, text: str) -> tuple[int, str] | None:
    """«Dodi ubah jd: Persentase NSPK …», «iki citra ganti jadi Persentase …»: the matrix's number of the one role
    whose member the words before a change word name, and the new words; None otherwise."""
    found = _replace_words().search(text)
    if "\n" in text.strip() or not found or not found.start() or not text[found.end():].strip():
        return None
    skip = set(knowledge.data("mpph")["role_named_skip"])
    named = [w for w in tokens(text[:found.start()]) if w not in skip]
    roles = [(leader, role) for leader in flow.indicators for role in leader.peran]
    hits = [n for n, (_, role) in enumerate(roles, start=1)
            if named and not role.sendiri and set(named) <= set(tokens(role.pegawai))]
    return (hits[0], text[found.end():].strip()) if len(hits) == 1 else None


def _role_changed_by_name(flow: MpphState, text: str) -> list[Reply] | None:
    """A role named by its member given new words: an indicator's words are the member's IKI (kept whole, commas and
    all), anything else the part held."""
    named = _named_role(flow, text)
    if named is None:
        return None
    number, new = named
    leader, role = _role_at(flow, number)
    if said := _new_target(leader, role, new):  # «Citra ganti jadi 85, regional 3 baselinenya rendah»
        return [Reply(f"Peran {number} diubah: {said}")]
    changed = role.model_copy(update={"iki": read(new).text} if _names_indicator(new) else {"bagian": new, "iki": None})
    leader.peran[leader.peran.index(role)] = changed
    return [Reply(f"Peran {number} diubah: {_role_line(changed)}")]


def _new_target(leader: LeaderIndicator, role: Role, new: str) -> str:
    """New words for a role that are only a target, a remark after a comma («85, regional 3 baselinenya rendah»):
    the role's target set (a Persentase's bare value in %) and said with the remark; "" for anything else."""
    head, _, why = new.partition(",")
    number = typed_target(head)
    labels = "|".join(map(re.escape, numbered_parts()))  # «regional 3» in the remark names a part, no value
    if number is None or numbers_in(re.sub(rf"\b(?:{labels})\s+\d+\b", " ", why, flags=re.IGNORECASE)):
        return ""
    percent = number.unit is None and measure_class(leader.indikator) == "percent" and number.value <= 100
    role.target = f"{format_number(number.value)}%" if percent else head[number.start:number.end].strip()
    return f"{_role_line(role)}" + (f" (catatan: {why.strip()})" if why.strip() else "") + "."


def _target_named_in_roles(leader: LeaderIndicator, text: str) -> str:
    """«yang Citra ganti jadi 85, …» while roles are written: the one role written so far whose member the words
    before a change word name, given that target; "" otherwise."""
    found = _replace_words().search(text)
    if "\n" in text.strip() or not found or not found.start():
        return ""
    skip = set(knowledge.data("mpph")["role_named_skip"])
    named = [w for w in tokens(text[:found.start()]) if w not in skip]
    roles = [r for r in leader.peran if named and not r.sendiri and set(named) <= set(tokens(r.pegawai))]
    said = _new_target(leader, roles[0], text[found.end():].strip()) if len(roles) == 1 else ""
    return f"Target diubah: {said}\nTulis peran berikutnya, atau ketik «selesai»." if said else ""


def _named_value(text: str) -> dict | None:
    """A role's edit that only gives its target, named («target 1 draf», «targetnya jadi 2»), or only its quarter
    («TW III»): the fields it changes; None for a new part (tester16 #7: «target 1 draf» became the part, and the
    member's IKI «Persentase target 1 draf yang diselesaikan …»)."""
    if parse_target(text) is None and (quarter := read_quarter(text)) is not None:
        return {"triwulan": quarter}
    number = typed_target(text) if "target" in read_answer(text).named else None
    if number is None or not phrase_set("conversation", "fields", "target").match_at(tokens(text), 0):
        return None  # «Jawa Barat target 80» gives a part too
    return {"target": text[number.start:number.end].strip()}


def _drop(state: UserState, number: int) -> list[Reply]:
    flow = state.mpph
    leader, role = _role_at(flow, number)
    leader.peran.remove(role)
    flow.step, flow.editing = "done", None
    return [Reply(f"Peran {number} dibuang: {_role_line(role)}")] + _matrix(state)


def _take_done_text(state: UserState, text: str) -> list[Reply]:
    """After the matrix: "ubah N …", "hapus N", more role lines for the last indicator, or "simpan"."""
    flow = state.mpph
    edit = _EDIT.match(text.strip())
    if edit and _role_at(flow, int(edit["n"])):
        flow.step, flow.editing = "edit", int(edit["n"])
        if edit["verb"].lower() in ("hapus", "buang"):
            return _drop(state, int(edit["n"]))
        return _take_edit(state, edit["rest"]) if edit["rest"] else prompt(state)
    if asks_save_own(text, flow):  # «simpan», «yg bagian sy simpan ke draf sy jg»
        return save_own(state) + _matrix(state)
    if (changed := _role_changed_by_name(flow, text)) is not None:  # «Dodi ubah jd: Persentase …»
        return changed + _matrix(state)
    if answers_scope(state, text):  # «cakupannya hanya ini, udah semua wilayah kok» after the matrix: its scope
        flow.step, flow.scope = "scope", _last_split(flow)
        return _take_scope(state, text)
    if flow.reopened and _indicator_line(text):  # «Persentase …; 90%» after /mpph showed the matrix: one more
        flow.step, flow.reopened = "indicator", False
        return [Reply("Indikator ini saya tambahkan ke MPPH yang sama. Bila ini IKI Anda sendiri, bukan untuk dibagi, "
                      "pilih «Batal» (matriksnya tetap tersimpan), lalu kirim lagi.")] + _take_indicator(state, text)
    leader = flow.indicators[-1]
    roles, problems = read_roles(text, leader)
    if roles and not problems:
        leader.peran += roles
        notes = _fill_targets(leader)
        return [Reply(f"Tercatat {len(roles)} peran tambahan untuk {leader.id}. {notes}".strip())] + _matrix(state)
    return [Reply("Untuk mengubah peran, pilih «Ubah peran N» atau ketik «ubah N Nama; bagian; target»; «hapus N» "
                  "membuangnya; baris peran baru ditambahkan ke indikator terakhir.")] + _matrix(state)


# The matrix -------------------------------------------------------------------------------------------------------
def _matrix(state: UserState) -> list[Reply]:
    """The matrix and its checks; a wilayah split that leaves regions to nobody asks who holds them first."""
    flow = state.mpph
    _sync_team(flow)
    draft = _draft(state)
    text = render.mpph_result(draft, check_mpph(draft))
    open_scope = next((i for i, leader in enumerate(flow.indicators) if _needs_scope(leader)), None)
    if open_scope is not None:
        flow.step, flow.scope = "scope", open_scope
        if flow.rest_ahead:  # said before the roles: the scope question answered by it
            held, flow.rest_ahead = flow.rest_ahead, ""
            return [Reply(text), Reply(f"Tentang wilayah lainnya Anda tadi menulis: «{short(held, 80)}».")] \
                + _take_scope(state, held)
        return [Reply(text)] + _scope_question(state)
    flow.step = "done"
    buttons = _matrix_buttons(flow)
    hint = "" if len(buttons) > 6 else "\nUbah satu peran: ketik «ubah N Nama; bagian; target», atau «hapus N»."
    if flow.queued:
        hint += f"\nBerikutnya dari pesan Anda: «{short(flow.queued[0], 80)}». Pilih «Tambah indikator lain» untuk membaginya."
    return [Reply(text + hint, buttons)]


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


def _sync_team(flow: MpphState) -> None:
    known = {p.nama for p in flow.team}
    for leader in flow.indicators:
        for role in leader.peran:
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


def _draft(state: UserState, flow: MpphState | None = None) -> MpphDraft:
    """The chat's MPPH: the user leads it, by their /profil name and jabatan, else by their role (a Ketua Tim is not a
    "Pimpinan")."""
    flow, pegawai = flow or state.mpph, state.skp.pegawai
    label = "Pimpinan Unit" if state.skp.peran is Peran.pimpinan_unit else "Ketua Tim"
    leader = Person(nama=pegawai.nama or label, jabatan=pegawai.jabatan or label, peran="ketua")
    return MpphDraft(pimpinan=leader, indikator=flow.indicators, tim=flow.team)


def _role_at(flow: MpphState, number: int | None) -> tuple[LeaderIndicator, Role] | None:
    """Role `number` as the matrix numbers them (1-based, indicator by indicator)."""
    roles = [(leader, role) for leader in flow.indicators for role in leader.peran]
    return roles[number - 1] if number and 1 <= number <= len(roles) else None


def _role_line(role: Role) -> str:
    due = quarter_mark(role.triwulan) if role.triwulan else None
    return "; ".join(str(v) for v in (role.pegawai, role.bagian, role.target, due, role.iki) if v not in (None, ""))


def _same(a: str, b: str) -> bool:
    return tokens(a) == tokens(b)
