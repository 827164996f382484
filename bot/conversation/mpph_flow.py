"""/mpph in chat: a team leader splits an indicator among the team in three steps and gets the matrix."""

from bot import render
from bot.conversation.replies import Button, Reply, ReplyFile
from bot.conversation.state import MpphState, UserState
from bot.mpph import METHOD_LABELS, LeaderIndicator, MpphDraft, Person, Role, check_mpph, mpph_workbook
from bot.numbers import parse_target

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
    return [Reply("Langkah 3 dari 3 — Tulis pembagian peran, satu baris per peran: Nama pegawai; bagian; target.\n"
                  "Bagian = aspek/sub-aspek, wilayah, porsi beban, layanan, atau tahapan. Untuk pendekatan layanan dan "
                  "output antara tambahkan IKI-nya: Nama; bagian; target; IKI.\nContoh:\n"
                  "Ketua Timja Penataan ASN; aspek pengadaan; 40\nKetua Timja Manajemen Talenta; aspek promosi dan mutasi; 40",
                  [CANCEL])]


def on_text(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    if flow.step == "indicator":
        name, _, target_text = (part.strip() for part in text.partition(";"))
        target = parse_target(target_text) if target_text else None
        flow.current = LeaderIndicator(id=f"K{len(flow.indicators) + 1}", indikator=name, target=target_text or None,
                                       satuan=target.unit if target else None)
        flow.step = "method"
        return prompt(state)
    if flow.step == "roles":
        # Roles may come in one message (Telegram) or one line per message (terminal): collect until "Selesai".
        roles, problems = _roles(text)
        flow.current.peran += roles
        lines = [f"Tercatat {len(flow.current.peran)} peran untuk {flow.current.id}."]
        if problems:
            lines.append("Baris ini belum terbaca (tulis: Nama; bagian; target): " + ", ".join(problems))
        lines.append("Tulis peran berikutnya, atau pilih «Selesai menulis peran».")
        return [Reply("\n".join(lines), [Button("Selesai menulis peran", "mpph:roles"), CANCEL])]
    return [Reply("Pilih salah satu tombol, atau ketik /batal.")] + prompt(state)


def _matrix(state: UserState) -> list[Reply]:
    flow = state.mpph
    known = {p.nama for p in flow.team}
    for role in flow.current.peran:
        if role.pegawai not in known:
            flow.team.append(Person(nama=role.pegawai))
            known.add(role.pegawai)
    flow.indicators.append(flow.current)
    flow.current, flow.step = None, "done"
    draft = _draft(flow)
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
        if not flow.current.peran:
            return [Reply("Belum ada peran. Tulis minimal satu baris: Nama; bagian; target.", [CANCEL])]
        return _matrix(state)
    if action == "more" and flow.step == "done":
        flow.step = "indicator"
        return prompt(state)
    if action == "done" and flow.step == "done":
        draft = _draft(flow)
        data = mpph_workbook(draft, check_mpph(draft))
        state.mpph = None
        return [Reply("Matriks MPPH siap; IKI tiap pegawai ada di lembar «IKI per pegawai».",
                      file=ReplyFile("mpph.xlsx", data, "Matriks Pembagian Peran dan Hasil"))]
    return [Reply("Pilihan itu sudah tidak berlaku. Ketik /mpph untuk mulai lagi.")]


def _draft(flow: MpphState) -> MpphDraft:
    return MpphDraft(pimpinan=Person(nama="Pimpinan", peran="ketua"), indikator=flow.indicators, tim=flow.team)


def _roles(text: str) -> tuple[list[Role], list[str]]:
    roles, problems = [], []
    for line in filter(None, (line.strip() for line in text.splitlines())):
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2 or not parts[0]:
            problems.append(f"«{line}»")
            continue
        roles.append(Role(pegawai=parts[0], bagian=parts[1], target=parts[2] if len(parts) > 2 and parts[2] else None,
                          iki=parts[3] if len(parts) > 3 and parts[3] else None))
    return roles, problems
