"""Every chat command in one table: name, help line, menu text, cost and handler. /bantuan, the Telegram command
menu, the rate-limited set and the metrics labels are all read from it, so a new command is one row here."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot import knowledge
from bot.conversation import (
    draft_save,
    mpph_flow,
    profil_flow,
    rhk_flow,
    skp_drop,
    skp_edit,
    skp_view,
    year_logbook,
    year_pengingat,
    year_perubahan,
    year_realisasi,
    year_rencana,
)
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.lang.words import edit_distance


@dataclass
class Turn:
    """Who is speaking and their state, which the handler may change; the turn runner saves it afterwards."""

    user_id: str
    state: UserState
    audit: list = field(default_factory=list)  # audit entries on this user's own record, committed with the state
    letters: list = field(default_factory=list)  # (user, key, replies) posted once the turn is committed
    # the message's first line carried a bullet or number as every line after it did: a line of a pasted list, never
    # its header (the marks are gone once the message is cleaned; iki_list.first_listed)
    first_listed: bool = False
    command: bool = False  # a command ran this turn: its reply stands alone (year_logbook.picks_again)


# (engine, turn, the text after the command) → replies. The engine is passed in, so this table needs no import of it.
Handler = Callable[[Any, Turn, str], list[Reply]]


@dataclass(frozen=True)
class Command:
    name: str
    run: Handler
    help: str = ""  # its line in /bantuan, after "/name ARGS —"; empty keeps it out (/start, /help)
    args: str = ""  # what /bantuan shows after the name: "TEKS", "N"
    menu: str = ""  # its text in Telegram's command menu; empty keeps it out
    expensive: bool = False  # search, a model or a file: counted by the per-user rate limit
    reminds: bool = True  # afterwards, an open PRIMA step is named again so the user knows where they were
    section: str = "Menyusun SKP"  # its heading in /bantuan (SECTIONS)


def _needs(example: str, act: Callable[[Any, Turn, str], list[Reply]]) -> Handler:
    """A command that needs text after it: without text, say what to write."""
    return lambda engine, turn, rest: act(engine, turn, rest) if rest else [Reply(example)]


def _kept(state) -> str:
    """What /hapus deletes, named (tester20b #8c: a half-year of records was called «draf SKP dan langkah PRIMA»)."""
    year, parts = state.year, ["draf SKP", "langkah PRIMA"]
    if year.versions:
        parts[0] = f"SKP yang ditetapkan ({len(year.versions)} versi)"
    files = sum(len(e.evidence) for e in year.entries)
    parts += [f"{len(year.entries)} catatan harian" + (f" dengan {files} bukti dukung" if files else "")] \
        if year.entries else []
    quarters = sorted({r.quarter for r in year.realisasi})
    parts += [f"realisasi {', '.join(('TW I', 'TW II', 'TW III', 'TW IV')[q - 1] for q in quarters)}"] if quarters else []
    parts += ["rencana aksi"] if year.rencana else []
    return ", ".join(parts[:-1]) + " dan " + parts[-1]


def _hapus(engine, turn: Turn, rest: str) -> list[Reply]:
    turn.state.confirm = "hapus"
    year = turn.state.year
    before = " Unduh dulu dengan /ekspor bila masih diperlukan." if year.entries or year.realisasi else ""
    return [Reply(f"Hapus semua data Anda ({_kept(turn.state)})? Ini tidak bisa dibatalkan.{before}"
                  + engine.team.hapus_note(turn.user_id),
                  [Button("Ya, hapus", "confirm:hapus"), Button("Jangan", "confirm:batal")], choice_only=True)]


_ikk = _needs("Tulis pekerjaan atau indikator setelah /ikk, contoh:\n/ikk skrining bayi baru lahir",
              lambda e, t, rest: e.team_search(t, rest) or e.search(rest, t.state))


COMMANDS: tuple[Command, ...] = (
    Command("prima", lambda e, t, rest: draft_save.let_go(t.state) + e.prima.start(t.state),
            menu="Susun SKP langkah demi langkah", reminds=False,
            help="susun SKP langkah demi langkah (Pahami, Rumuskan, Identifikasi, Mulai jabarkan IKI, Ajak dialog)"),
    Command("cek", _needs("Tulis IKI setelah /cek, contoh:\n/cek Melakukan monitoring dan evaluasi pelaksanaan SBBL",
                          lambda e, t, rest: e.check(t.state, rest)),
            args="TEKS", help="periksa satu IKI dan dapatkan usulan berbasis output", menu="Periksa satu IKI"),
    Command("ikk", _ikk, args="TEKS", help="cari indikator Renstra (IKK/IKP …) yang didukung pekerjaan Anda, dengan jalurnya",
            menu="Cari indikator Renstra", expensive=True),
    Command("cari", _ikk, expensive=True),  # the name people guess for /ikk («/cari cek kesehatan gratis bayi»)
    Command("tanya", _needs("Tulis pertanyaan setelah /tanya, contoh:\n/tanya berapa jumlah IKI yang boleh dimiliki?",
                            lambda e, t, rest: e.ask(rest)),
            args="TEKS", help="tanya pedoman SKP/IKI, dijawab dengan sumbernya", menu="Tanya pedoman SKP/IKI",
            expensive=True),
    Command("rhk", lambda e, t, rest: rhk_flow.start(t.state, e.assistant, rest), args="TEKS",
            help="susun RHK dengan qualifier dari IKI atau RHK pimpinan", menu="Susun RHK dengan qualifier",
            expensive=True),
    Command("mpph", lambda e, t, rest: mpph_flow.start(t.state, rest), menu="Matriks pembagian peran tim",
            help="bagikan indikator Anda ke anggota tim (Matriks Pembagian Peran dan Hasil)"),
    Command("skp", lambda e, t, rest: year_perubahan.versi(t.state, rest[5:]) if rest.lower().startswith("versi")
            else e.team.with_status(t, skp_view.view(t.state)),
            menu="Lihat draf SKP", help="lihat draf SKP dan temuannya, dengan tombol Ubah/Buang per IKI; /skp versi: versinya"),
    Command("ubah", lambda e, t, rest: e.team.guard_edit(t, rest, lambda r: e.skp_change(t, "ubah", r, lambda r2: skp_edit.ubah(t.state, r2))),
            args="N", menu="Ubah satu IKI",
            help="ubah IKI nomor N (teks, target, satuan, jenis, bobot, rhk, aspek, baseline, triwulan, selesai, induk, "
                 "atasan), misalnya /ubah 2 bobot 30 atau /ubah 3 triwulan 0 0 40% 80%"),
    Command("buang", lambda e, t, rest: e.team.guard_edit(t, rest, lambda r: e.skp_change(t, "buang", r, lambda r2: skp_drop.buang(t.state, r2))),
            args="N", help="buang IKI nomor N", menu="Buang satu IKI"),
    Command("profil", lambda e, t, rest: profil_flow.start(t.state, rest, e.clock().timestamp(),
                                                           e.team.signed_own(t).skp.pegawai.atasan),
            menu="Profil: nama, NIP, atasan",
            help="isi nama, NIP, jabatan, unit kerja dan atasan untuk berkas ekspor dan bahan dialog", reminds=False),
    Command("tetapkan", lambda e, t, rest: e.team.tetapkan(t) or year_perubahan.tetapkan(t.state), menu="Tetapkan SKP yang disepakati",
            help="tandai SKP sudah disepakati pimpinan; perubahan sesudahnya dicatat dengan alasannya", section="Bersama atasan dan tim"),
    Command("rencana", lambda e, t, rest: year_rencana.rencana_command(t.state, rest, e.clock()), args="[N]",
            menu="Rencana aksi per IKI", help="rencana aksi: tahapan tiap IKI dan bulannya (/rencana 2 tambah …)", section="Sepanjang tahun"),
    Command("catat", lambda e, t, rest: year_logbook.catat(t.state, rest, e.clock()), args="TEKS", menu="Catat pekerjaan",
            help="catatan harian: pekerjaan yang sudah dilakukan (atau kirim saja kalimatnya)", section="Sepanjang tahun"),
    Command("catatan", lambda e, t, rest: year_logbook.catatan(t.state, rest, e.clock()), menu="Lihat catatan harian",
            help="catatan harian per hari atau per IKI (/catatan minggu lalu, /catatan IKI 2)", section="Sepanjang tahun"),
    Command("capaian", lambda e, t, rest: year_realisasi.capaian(t.state, e.clock()), menu="Capaian per IKI",
            help="capaian per IKI: target, realisasi per triwulan, trajektori", section="Sepanjang tahun"),
    Command("pengingat", lambda e, t, rest: year_pengingat.pengingat(t.state, rest, e.clock()), menu="Atur pengingat",
            help="pengingat catatan harian, dialog kinerja dan realisasi triwulan: nyala/mati, jam", section="Sepanjang tahun"),
    Command("dialog", lambda e, t, rest: e.team.dialog(t, rest, e.dialog_pack),
            help="bahan dialog kinerja dan rencana aksi (DOCX); atasan: catat dialog kinerja dengan anggota tim",
            menu="Bahan dialog kinerja (DOCX)", expensive=True, section="Sepanjang tahun"),
    Command("ekspor", lambda e, t, rest: e.team.ekspor(t, rest, e.export), help="unduh draf SKP sebagai XLSX (urutan kolom e-Kinerja); atasan: «/ekspor tim» untuk SKP seluruh tim dalam satu berkas",
            menu="Unduh draf SKP (XLSX)", expensive=True),
    Command("hapus", _hapus, help="hapus semua data Anda", menu="Hapus data saya", reminds=False, section="Lainnya"),
    Command("batal", lambda e, t, rest: e.team.cancel(t) or e.cancel(t.state), help="hentikan langkah yang sedang berjalan",
            menu="Hentikan langkah", reminds=False, section="Lainnya"),
    Command("bantuan", lambda e, t, rest: [Reply(HELP)], help="tampilkan bantuan ini", menu="Bantuan", section="Lainnya"),
    Command("help", lambda e, t, rest: [Reply(HELP)]),
    Command("start", lambda e, t, rest: _start(e, t, rest), reminds=False),
    Command("atasan", lambda e, t, rest: e.team.atasan(t, rest), menu="Hubungkan dengan atasan",
            help="kode sekali pakai untuk atasan Anda, agar ia bisa meninjau dan menetapkan SKP Anda", section="Bersama atasan dan tim"),
    Command("ajukan", lambda e, t, rest: e.team.ajukan(t, rest), menu="Ajukan SKP ke atasan",
            help="ajukan SKP kepada atasan untuk disetujui (/ajukan batal: tarik pengajuan)", section="Bersama atasan dan tim"),
    Command("tim", lambda e, t, rest: e.team.tim(t, rest), menu="Tim saya (atasan)",
            help="untuk atasan: anggota tim, status SKP, dan keputusan yang menunggu; «/tim capaian» untuk capaian tim", section="Bersama atasan dan tim"),
    Command("umpanbalik", lambda e, t, rest: e.team.umpanbalik(t, rest), menu="Umpan balik",
            help="untuk atasan: apresiasi, perlu perbaikan atau arahan kepada anggota tim; anggota: /umpanbalik balas", section="Bersama atasan dan tim"),
    Command("riwayat", lambda e, t, rest: e.team.riwayat(t, rest), menu="Riwayat keputusan SKP",
            help="jejak keputusan atas SKP Anda (siapa, apa, kapan, sebelum/sesudah)", section="Bersama atasan dan tim"),
)
BY_NAME = {f"/{c.name}": c for c in COMMANDS}

SECTIONS = ("Menyusun SKP", "Sepanjang tahun", "Bersama atasan dan tim", "Lainnya")  # /bantuan's headings, in order
HELP = "\n".join([
    "Asisten IKI membantu ASN Kemenkes menyusun Indikator Kinerja Individu (IKI) yang berbasis output, bukan kegiatan.",
    *(line for section in SECTIONS for line in (
        "", f"{section}:",
        *(f"/{c.name}{' ' + c.args if c.args else ''} — {c.help}" for c in COMMANDS if c.help and c.section == section))),
    "", "Contoh: /cek Melakukan monitoring dan evaluasi pelaksanaan SBBL",
    "Anda juga bisa langsung mengirim kalimat IKI, daftar IKI (satu per baris), cerita pekerjaan Anda, atau pertanyaan."])
# The first message: where to start, not every command (those are one /bantuan away).
def _start(engine: Any, turn: Turn, code: str) -> list[Reply]:
    """/start, with a pairing code when a link brought it: a code that pairs nothing, sent by someone new, comes with
    the welcome too (tester26 #13: only «Kode tidak dikenali …», no way in)."""
    if not code:
        return [Reply(WELCOME)] + engine.pending_question(turn.state)
    new = not turn.state.skp.iki and turn.state.prima is None and not turn.state.shown
    replies = engine.team.start_code(turn, code)
    refused = not turn.state.code and not any(reply.buttons for reply in replies)
    return replies + ([Reply(WELCOME)] if new and refused else [])


WELCOME = "\n".join([
    "Selamat datang di Asisten IKI. Saya membantu ASN Kemenkes menyusun IKI yang berbasis output, bukan kegiatan.",
    "", "Mulai dari salah satu:",
    "• tempel daftar IKI Anda (satu per baris): tiap baris saya periksa;",
    "• ceritakan pekerjaan Anda, misalnya «sy ngurus pengadaan barang»: saya usulkan IKI-nya;",
    "• /prima: saya tuntun langkah demi langkah dari indikator unit sampai draf IKI;",
    "• /tanya: tanya pedoman SKP/IKI, misalnya «/tanya berapa jumlah IKI yang boleh dimiliki?».",
    "", "Sepanjang tahun: catat pekerjaan harian (/catat), lihat /capaian. Semua perintah: /bantuan."])


def unknown(name: str, rest: str) -> str:
    """What a command no row names gets: the one it may stand for, with the text typed after it (nothing lost)."""
    close = meant(name)
    if not close:
        return f"Perintah {name} belum dikenal. Ketik /bantuan untuk daftar perintah."
    if len(close) == 1:
        return f"Perintah {name} belum dikenal. Maksud Anda {close[0]}? Ketik: {' '.join(filter(None, [close[0], rest]))}"
    return f"Perintah {name} belum dikenal. Maksud Anda {' atau '.join(close)}?" + (f" Teks Anda: «{rest}»" if rest else "")


def meant(name: str) -> list[str]:
    """The commands a mistyped one may stand for («/capain» → /capaian; «/catatn» → /catat, /catatan): those
    nearest, within two letters (one for a short name); none for a name too short to tell («/ek»). Limits:
    conversation.yaml command_typos."""
    limits = knowledge.data("conversation")["command_typos"]
    if len(name) < limits["shortest"]:
        return []
    most = 1 if len(name) <= limits["one_letter_up_to"] else limits["most_letters"]
    near = [(edit_distance(name, known, most), known) for known in BY_NAME]
    best = min((d for d, _ in near), default=most + 1)
    return [known for d, known in near if d == best <= most][:limits["most_named"]]


def sure_typo(name: str) -> str | None:
    """The command a mistyped one surely stands for, to be run as it: the only one within one letter, and one that
    only shows or checks (conversation.yaml command_typos run_when_sure); None otherwise."""
    limits = knowledge.data("conversation")["command_typos"]
    close = meant(name)
    if len(close) != 1 or close[0] not in limits["run_when_sure"] or edit_distance(name, close[0], 1) > 1:
        return None
    return close[0]


def menu() -> list[tuple[str, str]]:
    """(name, description) for the door's command menu (Telegram's setMyCommands), in /bantuan's order."""
    return [(c.name, c.menu) for c in COMMANDS if c.menu]


def command_label(text: str | None, button: bool = False) -> str:
    """A bounded label for metrics and logs: the command, or what kind of input it was (never the text)."""
    if button:
        return "tombol"
    if text is None:
        return "non-teks"
    word = text.strip().split(maxsplit=1)[0].split("@", 1)[0].lower() if text.strip() else ""
    if word.startswith("/"):
        return word if word in BY_NAME else "/lain"
    return "teks"
