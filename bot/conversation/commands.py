"""Every chat command in one table: name, handler and cost, its words (help line, menu text, heading) in
knowledge/commands.yaml. /bantuan, the Telegram command menu, the rate-limited set and the metrics labels are all read
from it, so a new command is one row here and one entry there."""

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
from bot.lang import slash
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
    # the message's lines came under a request that names them IKI («skip to M pls. here's my list:»): each line naming
    # work is one to check, a measure word or not (iki_list.read_list `announced`)
    announced: bool = False
    # two lines or more carried a bullet or number, under at most one line introducing them (iki_list.marked_lines)
    marked: bool = False
    command: bool = False  # a command ran this turn: its reply stands alone (year_logbook.picks_again)
    greeted: bool = False  # the turn before greeted the user: a reply opening with a greeting leaves it out
    # the reply only adds to what is on screen (a file attached to an entry): with no buttons of its own, the buttons
    # above it stay the latest, so «#5» next still answers the question they ask (tester58 F18)
    keeps_buttons: bool = False
    # the message as sent, before a chat app's stamps were taken off («[08.02, 3/2/2026] drg. Wulan: …»): who sent a
    # forwarded line is read from it (plain_stages._forwarded_before_logbook)
    sent: str = ""


# (engine, turn, the text after the command) → replies. The engine is passed in, so this table needs no import of it.
Handler = Callable[[Any, Turn, str], list[Reply]]


@dataclass(frozen=True)
class Command:
    """One command: its handler and cost here, its words (help line, menu text, heading) in knowledge/commands.yaml,
    which /tanya reads too when a question asks how to do something with the assistant."""

    name: str
    run: Handler
    expensive: bool = False  # search, a model or a file: counted by the per-user rate limit
    reminds: bool = True  # afterwards, an open PRIMA step is named again so the user knows where they were
    # a look-up beside the open step (/ikk, /tanya): the field it helps answer is named after it every time, never let
    # go for it as after moving on to other work (draft_save.remind; tester55 F13: two /ikk in the bobot step)
    consults: bool = False

    @property
    def _words(self) -> dict:
        return knowledge.data("commands")["commands"].get(self.name, {})

    @property
    def help(self) -> str:
        """Its line in /bantuan, after "/name ARGS —"; empty keeps it out (/start, /help)."""
        return self._words.get("help", "")

    @property
    def args(self) -> str:
        """What /bantuan shows after the name: "TEKS", "N"."""
        return self._words.get("args", "")

    @property
    def menu(self) -> str:
        """Its text in Telegram's command menu; empty keeps it out."""
        return self._words.get("menu", "")

    @property
    def section(self) -> str:
        """Its heading in /bantuan (`sections`)."""
        return self._words.get("section", sections()[0])


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
    Command("prima", lambda e, t, rest: draft_save.let_go(t.state) + e.prima.start(t.state), reminds=False),
    Command("cek", _needs("Tulis IKI setelah /cek, contoh:\n/cek Melakukan monitoring dan evaluasi pelaksanaan SBBL",
                          lambda e, t, rest: e.check(t.state, rest, listed_first=t.first_listed,
                                                             by_number=True))),
    Command("ikk", _ikk, expensive=True, consults=True),
    Command("cari", _ikk, expensive=True, consults=True),  # the name people guess for /ikk («/cari cek kesehatan gratis bayi»)
    Command("tanya", _needs("Tulis pertanyaan setelah /tanya, contoh:\n/tanya berapa jumlah IKI yang boleh dimiliki?",
                            lambda e, t, rest: e.ask(rest)), expensive=True,
            consults=True),
    Command("rhk", lambda e, t, rest: rhk_flow.start(t.state, e.assistant, rest), expensive=True),
    Command("mpph", lambda e, t, rest: mpph_flow.start(t.state, rest)),
    Command("skp", lambda e, t, rest: (e.team.versions_asked(t, rest[5:]) or year_perubahan.versi(t.state, rest[5:]))
            if rest.lower().startswith("versi")
            else e.team.with_status(t, skp_view.view(t.state))),
    Command("ubah", lambda e, t, rest: e.team.guard_edit(
        t, rest, lambda r: e.skp_change(t, "ubah", r, lambda r2: skp_edit.ubah(t.state, r2)))),
    Command("buang", lambda e, t, rest: e.team.guard_edit(
        t, rest, lambda r: e.skp_change(t, "buang", r, lambda r2: skp_drop.buang(t.state, r2)))),
    Command("profil", lambda e, t, rest: profil_flow.start(t.state, rest, e.clock().timestamp(),
                                                           e.team.signed_own(t).skp.pegawai.atasan), reminds=False),
    Command("tetapkan", lambda e, t, rest: e.team.tetapkan(t) or year_perubahan.tetapkan(t.state)),
    Command("rencana", lambda e, t, rest: year_rencana.rencana_command(t.state, rest, e.clock())),
    Command("catat", lambda e, t, rest: year_logbook.catat(t.state, rest, e.clock())),
    Command("catatan", lambda e, t, rest: year_logbook.catatan(t.state, rest, e.clock())),
    Command("capaian", lambda e, t, rest: year_realisasi.capaian(t.state, e.clock(),
                                                                 quarter=year_realisasi.period_quarter(rest))),
    Command("pengingat", lambda e, t, rest: year_pengingat.pengingat(t.state, rest, e.clock())),
    Command("dialog", lambda e, t, rest: e.team.dialog(t, rest, e.dialog_pack), expensive=True),
    Command("ekspor", lambda e, t, rest: e.team.ekspor(t, rest, e.export), expensive=True),
    Command("hapus", _hapus, reminds=False),
    Command("batal", lambda e, t, rest: e.team.cancel(t) or e.cancel(t.state), reminds=False),
    Command("bantuan", lambda e, t, rest: [Reply(help_text())]),
    Command("help", lambda e, t, rest: [Reply(help_text())]),
    Command("start", lambda e, t, rest: _start(e, t, rest), reminds=False),
    Command("atasan", lambda e, t, rest: e.team.atasan(t, rest)),
    Command("ajukan", lambda e, t, rest: e.team.ajukan(t, rest)),
    Command("tim", lambda e, t, rest: e.team.tim(t, rest)),
    Command("umpanbalik", lambda e, t, rest: e.team.umpanbalik(t, rest)),
    Command("riwayat", lambda e, t, rest: e.team.riwayat(t, rest)),
)
BY_NAME = {f"/{c.name}": c for c in COMMANDS}


def sections() -> list[str]:
    """/bantuan's headings, in order (knowledge/commands.yaml `sections`)."""
    return knowledge.data("commands")["sections"]


def help_text() -> str:
    """/bantuan: every command with a help line, under its heading."""
    return "\n".join([
        "Asisten IKI membantu ASN Kemenkes menyusun Indikator Kinerja Individu (IKI) yang berbasis output, bukan "
        "kegiatan.",
        *(line for section in sections() for line in (
            "", f"{section}:",
            *(f"/{c.name}{' ' + c.args if c.args else ''} — {c.help}" for c in COMMANDS
              if c.help and c.section == section))),
        "", "Contoh: /cek Melakukan monitoring dan evaluasi pelaksanaan SBBL",
        "Anda juga bisa langsung mengirim kalimat IKI, daftar IKI (satu per baris), cerita pekerjaan Anda, atau "
        "pertanyaan."])


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


# The ways in, said by /start and to a polite first message (polite_opening)
WAYS_IN = "\n".join([
    "Mulai dari salah satu:",
    "• tempel daftar IKI Anda (satu per baris): tiap baris saya periksa;",
    "• ceritakan pekerjaan Anda, misalnya «sy ngurus pengadaan barang»: saya usulkan IKI-nya;",
    "• /prima: saya tuntun langkah demi langkah dari indikator unit sampai draf IKI;",
    "• /tanya: tanya pedoman SKP/IKI, misalnya «/tanya berapa jumlah IKI yang boleh dimiliki?»."])
WELCOME = "\n".join([
    "Selamat datang di Asisten IKI. Saya membantu ASN Kemenkes menyusun IKI yang berbasis output, bukan kegiatan.",
    "", WAYS_IN,
    "", "Sepanjang tahun: catat pekerjaan harian (/catat), lihat /capaian. Semua perintah: /bantuan."])


def unknown(name: str, rest: str) -> str:
    """What a command no row names gets: the one it may stand for, with the text typed after it (nothing lost)."""
    close = meant(name)
    if not close:
        return f"Perintah {name} belum dikenal. Ketik /bantuan untuk daftar perintah."
    if len(close) == 1:
        return f"Perintah {name} belum dikenal. Maksud Anda {close[0]}? Ketik: {' '.join(filter(None, [close[0], rest]))}"
    return f"Perintah {name} belum dikenal. Maksud Anda {' atau '.join(close)}?" + (f" Teks Anda: «{rest}»" if rest else "")


COMMAND_BUTTON = "cmd"  # a button running a command as typed: its data «cmd:/prima» or «cmd:/catat 12 berkas»


def unknown_reply(name: str, rest: str) -> Reply:
    """unknown()'s text with a button for each command it names («/prma» → «Jalankan /prima», tester58 F24: «Ketik:
    /prima» alone made the user type it again); the text typed after it rides along when it fits a button's data."""
    buttons = []
    for close in meant(name):
        data = f"{COMMAND_BUTTON}:{' '.join(filter(None, [close, rest]))}"
        if len(data.encode()) <= 64:
            buttons.append(Button(f"Jalankan {close}", data))
    return Reply(unknown(name, rest), buttons)


def meant(name: str) -> list[str]:
    """The commands a mistyped one may stand for, among those the chat runs (bot.lang.slash.meant)."""
    return slash.meant(name, BY_NAME)


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
