"""/mpph in chat: a team leader splits an indicator among the team in three steps and gets the matrix."""

import re

from bot import render
from bot.conversation.replies import Button, Reply, ReplyFile
from bot.conversation.state import MpphState, UserState
from bot.lang.numbers import parse_target
from bot.models import Peran
from bot.rules.draft_reading import read
from bot.skp.mpph import METHOD_LABELS, LeaderIndicator, MpphDraft, Person, Role, check_mpph, mpph_workbook

# "Nama; bagian; target", "Nama: bagian, target", "Nama - bagian - target".
_ROLE_SEPARATORS = (re.compile(r"\s*;\s*"), re.compile(r"\s*:\s*|\s*,\s*"), re.compile(r"\s+[-–—]\s+"))
_DONE_WORDS = {"selesai", "sudah", "cukup", "done", "beres"}

CANCEL = Button("Batal", "mpph:cancel")


def start(state: UserState) -> list[Reply]:
    state.mpph = MpphState()
    return [Reply("Matriks Pembagian Peran dan Hasil (MPPH): bagikan indikator Anda ke anggota tim.")] + prompt(state)


def prompt(state: UserState) -> list[Reply]:
    step = state.mpph.step
    if step == "indicator":
        return [Reply("Langkah 1 dari 3 — Tulis indikator (atau RHK) Anda dan targetnya, dipisah titik koma, misalnya:\n"
                      "Nilai penerapan sistem merit Kemenkes; 380 Nilai", [CANCEL])]
    if step == "method":
        buttons = [Button(label.capitalize(), f"mpph:method:{key}") for key, label in METHOD_LABELS.items()]
        return [Reply("Langkah 2 dari 3 — Bagaimana peran dibagi?", buttons + [CANCEL], choice_only=True)]
    return [Reply("Langkah 3 dari 3 — Tulis pembagian peran, satu baris per peran: Nama pegawai; bagian; target "
                  "(atau «Nama: bagian, target», «Nama - bagian - target»). Ketik «selesai» bila semua peran sudah ditulis.\n"
                  "Bagian = aspek/sub-aspek, wilayah, porsi beban, layanan, atau tahapan. Untuk pendekatan layanan dan "
                  "output antara tambahkan IKI-nya: Nama; bagian; target; IKI.\nContoh:\n"
                  "Ketua Timja Penataan ASN; aspek pengadaan; 40\nKetua Timja Manajemen Talenta; aspek promosi dan mutasi; 40",
                  [CANCEL])]


def on_text(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    if flow.step == "indicator":
        name, target_text = _leader_line(text)
        target = parse_target(target_text)
        if not name or target is None:
            return [Reply("Target indikator belum terbaca, jadi pembagiannya tidak bisa diperiksa. Tulis nama indikator "
                          "dan targetnya, misalnya:\nPersentase puskesmas yang melaksanakan SBBL sesuai standar; 80%",
                          [CANCEL])]
        flow.current = LeaderIndicator(id=f"K{len(flow.indicators) + 1}", indikator=name, target=target_text,
                                       satuan=target.unit)
        flow.step = "method"
        return prompt(state)
    if flow.step == "roles":
        if text.strip().lower() in _DONE_WORDS:
            return finish_roles(state)
        # Roles may come in one message (Telegram) or one line per message (terminal): collect until "Selesai".
        roles, problems = _roles(text)
        flow.current.peran += roles
        lines = [f"Tercatat {len(flow.current.peran)} peran untuk {flow.current.id}."]
        if problems:
            lines.append("Baris ini belum terbaca, jadi tidak dicatat (tulis: Nama; bagian; target, dengan target "
                         "berupa angka): " + ", ".join(problems))
        lines.append("Tulis peran berikutnya, atau ketik «selesai» / pilih «Selesai menulis peran».")
        return [Reply("\n".join(lines), [Button("Selesai menulis peran", "mpph:roles"), CANCEL])]
    return [Reply("Pilih salah satu tombol, atau ketik /batal.")] + prompt(state)


def finish_roles(state: UserState) -> list[Reply]:
    if not state.mpph.current.peran:
        return [Reply("Belum ada peran. Tulis minimal satu baris: Nama; bagian; target.", [CANCEL])]
    return _matrix(state)


def _leader_line(text: str) -> tuple[str, str]:
    """"Nama; 80%" or a target written in the sentence ("… target 80%", "… (80%)", "…, 80%")."""
    if ";" in text:
        name, _, target = (part.strip() for part in text.partition(";"))
        return name, target
    reading = read(text)
    return (reading.text, reading.target or "") if reading.target else (text.strip(), "")


def _matrix(state: UserState) -> list[Reply]:
    flow = state.mpph
    known = {p.nama for p in flow.team}
    for role in flow.current.peran:
        if role.pegawai not in known:
            # The chat never asks a member's role: a name that says "Ketua …" or "Katim …" is a team leader.
            leads = role.pegawai.lower().startswith(("ketua", "katim", "koordinator"))
            flow.team.append(Person(nama=role.pegawai, peran="ketua" if leads else "anggota"))
            known.add(role.pegawai)
    flow.indicators.append(flow.current)
    flow.current, flow.step = None, "done"
    draft = _draft(state)
    return [Reply(render.mpph_result(draft, check_mpph(draft)),
                  [Button("Tambah indikator lain", "mpph:more"), Button("Selesai, unduh XLSX", "mpph:done"), CANCEL],
                  choice_only=True)]


def on_button(state: UserState, data: str) -> list[Reply]:
    flow = state.mpph
    action, _, arg = data.partition(":")
    if action == "cancel":
        state.mpph = None
        return [Reply("Penyusunan MPPH dihentikan.")]
    if action == "method" and flow.step == "method" and arg in METHOD_LABELS:
        flow.current.metode = arg
        flow.step = "roles"
        return prompt(state)
    if action == "roles" and flow.step == "roles":
        return finish_roles(state)
    if action == "more" and flow.step == "done":
        flow.step = "indicator"
        return prompt(state)
    if action == "done" and flow.step == "done":
        draft = _draft(state)
        data = mpph_workbook(draft, check_mpph(draft))
        state.mpph = None
        return [Reply("Matriks MPPH siap; IKI tiap pegawai ada di lembar «IKI per pegawai».",
                      file=ReplyFile("mpph.xlsx", data, "Matriks Pembagian Peran dan Hasil"))]
    return [Reply("Tombol itu sudah tidak berlaku.")] + prompt(state)


def _draft(state: UserState) -> MpphDraft:
    """The chat's MPPH: the user leads it, labelled by their role (a Ketua Tim is not a "Pimpinan")."""
    flow = state.mpph
    label = "Pimpinan Unit" if state.skp.peran is Peran.pimpinan_unit else "Ketua Tim"
    return MpphDraft(pimpinan=Person(nama=label, peran="ketua"), indikator=flow.indicators, tim=flow.team)


def _roles(text: str) -> tuple[list[Role], list[str]]:
    """Roles from typed lines; a line without a name, a part and a readable target is returned as a problem."""
    roles, problems = [], []
    for line in filter(None, (line.strip() for line in text.splitlines())):
        parts = _split_role(line)
        if len(parts) < 3 or not parts[0] or not parts[1] or parse_target(parts[2]) is None:
            problems.append(f"«{line}»")
            continue
        roles.append(Role(pegawai=parts[0], bagian=parts[1], target=parts[2], iki=parts[3] if len(parts) > 3 else None))
    return roles, problems


def _split_role(line: str) -> list[str]:
    for separator in _ROLE_SEPARATORS:
        parts = [p.strip() for p in separator.split(line, maxsplit=3) if p.strip()]
        if len(parts) >= 3:
            return parts
    return [line]
