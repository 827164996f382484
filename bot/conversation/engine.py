"""The conversation engine: (user id, text or button data) in, replies out. It knows nothing of Telegram."""

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from bot import render
from bot.conversation import mpph_flow, rhk_flow, skp_edit
from bot.conversation.intent import Route, classify, has_work_object, smalltalk_reply
from bot.conversation.prima import Prima, ask_keep_progress, is_open
from bot.conversation.replies import Button, Reply, ReplyFile, fit, replies_to_json, stale
from bot.conversation.state import UserState
from bot.lang.text import clean_lines
from bot.llm.assistant import NO_AI, Assistant
from bot.models import MAX_TEXT_CHARS, IkiDraft
from bot.rules import check_iki, check_skp
from bot.skp.dialog_pack import build_pack, default_questions, pack_docx, pack_text
from bot.skp.export import file_name as export_file_name
from bot.skp.export import skp_workbook
from bot.skp.rhk import draft_rhk
from bot.storage import Store
from bot.storage.sqlite import SqliteStore

log = logging.getLogger("asisten_iki.engine")

EXPENSIVE = ("/ikk", "/tanya", "/ekspor", "/rhk", "/dialog")

HELP = """Asisten IKI membantu ASN Kemenkes menyusun Indikator Kinerja Individu (IKI) yang berbasis output, bukan kegiatan.

Perintah:
/prima — susun SKP langkah demi langkah (Pahami, Rumuskan, Identifikasi, Mulai jabarkan IKI, Ajak dialog)
/cek TEKS — periksa satu IKI dan dapatkan usulan berbasis output
/ikk TEKS — cari indikator Renstra (IKK/IKP …) yang didukung pekerjaan Anda, dengan jalurnya
/tanya TEKS — tanya pedoman SKP/IKI, dijawab dengan sumbernya
/rhk TEKS — susun RHK dengan qualifier dari IKI atau RHK pimpinan
/mpph — bagikan indikator Anda ke anggota tim (Matriks Pembagian Peran dan Hasil)
/skp — lihat draf SKP dan temuannya, dengan tombol Ubah/Buang per IKI
/ubah N — ubah IKI nomor N (teks, target, satuan, jenis, bobot, rhk, aspek), misalnya /ubah 2 bobot 30
/buang N — buang IKI nomor N
/dialog — bahan dialog kinerja dan rencana aksi (DOCX)
/ekspor — unduh draf SKP sebagai XLSX (urutan kolom e-Kinerja)
/hapus — hapus semua data Anda
/batal — hentikan langkah yang sedang berjalan
/bantuan — tampilkan bantuan ini

Contoh: /cek Melakukan monitoring dan evaluasi pelaksanaan SBBL
Anda juga bisa langsung mengirim kalimat IKI atau pertanyaan."""

NEXT_STEPS = ("Yang bisa saya bantu: kirim kalimat IKI untuk diperiksa, tanya pedoman dengan /tanya, cari indikator "
              "Renstra dengan /ikk, atau ketik /prima untuk menyusun SKP langkah demi langkah. Daftar lengkap: /bantuan.")
NOT_UNDERSTOOD = ("Saya belum bisa membaca pesan itu sebagai IKI atau pertanyaan. Kirim kalimat IKI, misalnya "
                  "«Persentase rekomendasi hasil monev yang ditindaklanjuti», atau pertanyaan tentang SKP/IKI, "
                  "atau ketik /bantuan.")

WELCOME = "Selamat datang di Asisten IKI.\n\n" + HELP

# The command menu adapters register (Telegram's set_my_commands), in the order shown.
COMMANDS = (
    ("prima", "Susun SKP langkah demi langkah"), ("cek", "Periksa satu IKI"), ("ikk", "Cari indikator Renstra"),
    ("tanya", "Tanya pedoman SKP/IKI"), ("rhk", "Susun RHK dengan qualifier"), ("mpph", "Matriks pembagian peran tim"), ("skp", "Lihat draf SKP"), ("ubah", "Ubah satu IKI"), ("buang", "Buang satu IKI"),
    ("dialog", "Bahan dialog kinerja (DOCX)"), ("ekspor", "Unduh draf SKP (XLSX)"), ("hapus", "Hapus data saya"), ("batal", "Hentikan langkah"),
    ("bantuan", "Bantuan"),
)


class RateLimiter:
    """At most `limit` expensive requests per user in any `window` seconds, counted in the state store so that
    every replica (and every restart) sees the same window."""

    def __init__(self, limit: int, window: float = 60.0, store: Store | None = None):
        self.limit, self.window = limit, window
        self._store = store or SqliteStore()

    def wait_seconds(self, user_id: str) -> int:
        return self._store.rate_slot(user_id, self.limit, self.window)


def user_tag(user_id: str) -> str:
    """A stable pseudonym for logs: user ids are personal data too."""
    return hashlib.sha256(user_id.encode()).hexdigest()[:10]


class Engine:
    """One engine serves every adapter. State is per user, loaded and saved around every turn."""

    def __init__(self, store: Store | None = None, retriever: Callable[[], Any] | None = None,
                 rate_limit: int = 20, assistant: Assistant | None = None):
        self._store = store or SqliteStore()  # in memory unless the adapter gives a file or a server
        self._assistant = assistant or Assistant()  # no model: the deterministic product
        # Search loads a model; it is built on the first /ikk, /tanya or PRIMA search, not when the chat opens.
        self._make_retriever = retriever or _default_retriever
        self._retriever: Any = None
        self._retriever_lock = threading.Lock()
        self._limiter = RateLimiter(rate_limit, store=self._store)
        self._prima = Prima(lambda text: self._search_ready().find(text[:MAX_TEXT_CHARS], k=3), self._assistant)

    # Doors ------------------------------------------------------------------------------------------------
    def handle(self, user_id: str, text: str, update_id: int | None = None) -> list[Reply]:
        """A message the user typed (update_id: the transport's id for it, recorded with the turn)."""
        return self._turn(str(user_id), lambda state: self._message(str(user_id), state, clean_lines(text or "")), "text",
                          update_id)

    def press(self, user_id: str, data: str, update_id: int | None = None) -> list[Reply]:
        """A button the user picked; the data may be stale (an old message, a restart)."""
        return self._turn(str(user_id), lambda state: self._button(str(user_id), state, data or ""), "button", update_id)

    def unsupported(self, user_id: str, kind: str = "berkas") -> list[Reply]:
        """Something that is not text (photo, sticker, voice, document …)."""
        log.info("turn", extra={"user": user_tag(str(user_id)), "input": "unsupported", "kind": kind})
        return [Reply(f"Maaf, saya belum bisa membaca {kind}. Kirim IKI atau pertanyaan Anda sebagai teks, "
                      "atau ketik /bantuan.")]

    def _turn(self, user_id: str, act: Callable[[UserState], list[Reply]], kind: str,
              update_id: int | None = None) -> list[Reply]:
        started = time.perf_counter()
        # One user's turns happen one at a time, across threads and processes; different users run in parallel.
        with self._store.user_lock(user_id):
            state = self._store.load(user_id)
            replies = fit(act(state) or [Reply("Ketik /bantuan untuk melihat yang bisa saya bantu.")])
            # Written on every turn, with the update it answers in the same transaction, so a redelivered update
            # is never applied twice. A state with nothing in it is not kept at all (and /hapus empties it).
            self._store.commit_turn(user_id, None if state == _EMPTY else state, update_id,
                                    None if update_id is None else replies_to_json(replies))
        log.info("turn", extra={"user": user_tag(user_id), "input": kind, "step": state.prima.step if state.prima else "-",
                                "ms": round((time.perf_counter() - started) * 1000, 1)})
        return replies

    # Typed messages ---------------------------------------------------------------------------------------
    def _message(self, user_id: str, state: UserState, message: str) -> list[Reply]:
        if not message:
            return [Reply("Pesan Anda kosong. Kirim kalimat IKI yang ingin diperiksa, atau ketik /bantuan.")]
        if not message.startswith("/"):
            if len(message) > MAX_TEXT_CHARS:
                return [Reply(f"Pesan terlalu panjang ({len(message)} karakter). Kirim satu IKI atau satu pertanyaan, "
                              f"paling banyak {MAX_TEXT_CHARS} karakter.")]
            if state.edit:
                return skp_edit.on_text(state, message)
            if state.mpph:
                return mpph_flow.on_text(state, message)
            if state.rhk:
                return rhk_flow.on_text(state, message)
            if is_open(state):
                return self._prima_text(user_id, state, message)
            return self._plain(user_id, state, message)
        command, _, rest = message.partition(" ")
        command = command.split("@", 1)[0].lower()  # Telegram appends @botname in groups
        rest = rest.strip()
        if len(rest) > MAX_TEXT_CHARS:
            return [Reply(f"Teks terlalu panjang ({len(rest)} karakter). Kirim paling banyak {MAX_TEXT_CHARS} karakter.")]
        if command in EXPENSIVE:
            replies = self._limited(user_id, command, lambda: self._command(user_id, state, command, rest))
        else:
            replies = self._command(user_id, state, command, rest)
        if is_open(state) and command not in ("/prima", "/batal", "/hapus", "/start") and not state.edit:
            replies.append(self._prima.reminder(state))  # the user knows where they were
        return replies

    def _prima_text(self, user_id: str, state: UserState, message: str) -> list[Reply]:
        """Text while PRIMA waits for an answer: small talk and questions are answered without losing the step."""
        route = classify(message).route
        if route is Route.smalltalk and state.prima.step != "R":
            return [Reply(smalltalk_reply(classify(message).smalltalk)), self._prima.reminder(state)]
        if route is Route.question and state.prima.step in ("M", "I", "A"):
            answer = self._limited(user_id, "/tanya", lambda: self._ask(message))
            return [Reply("Saya anggap ini pertanyaan tentang pedoman SKP/IKI.")] + answer + [self._prima.reminder(state)]
        return self._prima.on_text(state, message)

    def pending(self, user_id: str) -> list[Reply]:
        """The question the user has open, asked again (after a restart, when the chat opens); [] when none.
        Read-only: nothing is saved, so asking cannot disturb a turn in progress."""
        return fit(self._pending_question(self._store.load(str(user_id))))

    def _pending_question(self, state: UserState) -> list[Reply]:
        if state.edit:
            return skp_edit.prompt(state)
        if state.mpph:
            return mpph_flow.prompt(state)
        if state.rhk:
            return rhk_flow.prompt(state)
        if is_open(state):
            return [Reply("Anda sedang menyusun SKP dengan PRIMA; ini pertanyaan terakhir:")] + self._prima.prompt(state)
        return []

    def _plain(self, user_id: str, state: UserState, message: str) -> list[Reply]:
        """A message with no command and no flow open: read what it is before acting on it."""
        intent = classify(message)
        if intent.route is Route.smalltalk:
            return [Reply(f"{smalltalk_reply(intent.smalltalk)}\n\n{NEXT_STEPS}")]
        if intent.route is Route.indicator:
            return self._limited(user_id, "/ikk", lambda: self._search(message))
        if intent.route is Route.question:
            return [Reply("Saya anggap ini pertanyaan tentang pedoman SKP/IKI.")] + self._limited(user_id, "/tanya", lambda: self._ask(message))
        if intent.route is Route.iki and has_work_object(message):
            return [Reply("Saya anggap pesan ini sebagai IKI yang ingin diperiksa.")] + self._check(state, message)
        if intent.route in (Route.nonsense, Route.iki):  # an IKI shape with no known work in it ("Persentase asdkjh")
            return [Reply(NOT_UNDERSTOOD)]
        state.pending = message  # kept until the user says what it is
        return [Reply(f"«{message}» itu maksudnya apa?", [Button("Periksa sebagai IKI", "route:cek"),
                                                          Button("Tanya pedoman", "route:tanya"),
                                                          Button("Cari indikator Renstra", "route:ikk")], choice_only=True)]

    def _route_pending(self, user_id: str, state: UserState, choice: str) -> list[Reply]:
        message, state.pending = state.pending, ""
        command = {"tanya": "/tanya", "ikk": "/ikk"}.get(choice)
        if not message or (command is None and choice != "cek"):
            return stale() + self._pending_question(state)
        if choice == "cek":
            return self._check(state, message)
        return self._limited(user_id, command, lambda: self._ask(message) if choice == "tanya" else self._search(message))

    def _limited(self, user_id: str, command: str, act: Callable[[], list[Reply]]) -> list[Reply]:
        wait = self._limiter.wait_seconds(user_id)
        if wait:
            return [Reply(f"Permintaan Anda terlalu banyak dalam satu menit. Coba lagi {command} dalam {wait} detik.")]
        return act()

    def _command(self, user_id: str, state: UserState, command: str, rest: str) -> list[Reply]:
        if command == "/start":
            return [Reply(WELCOME)] + self._pending_question(state)
        if command in ("/bantuan", "/help"):
            return [Reply(HELP)]
        if command == "/prima":
            return self._prima.start(state)
        if command == "/mpph":
            return mpph_flow.start(state)
        if command == "/batal":
            if state.edit:  # the innermost question first: the change, not the PRIMA under it
                state.edit, state.confirm = None, ""
                return [Reply("Perubahan IKI dibatalkan; draf tidak diubah.")]
            had_flow = bool(state.mpph or state.rhk or state.pending)
            state.mpph, state.rhk, state.pending, state.confirm = None, None, "", ""
            if is_open(state):
                return ask_keep_progress()  # PRIMA holds answers worth keeping: ask before dropping them
            return [Reply("Langkah dihentikan. Draf Anda tetap tersimpan." if had_flow else "Tidak ada langkah yang sedang berjalan.")]
        if command == "/cek":
            return self._check(state, rest) if rest else [Reply("Tulis IKI setelah /cek, contoh:\n/cek Melakukan monitoring dan evaluasi pelaksanaan SBBL")]
        if command == "/ikk":
            return self._search(rest) if rest else [Reply("Tulis pekerjaan atau indikator setelah /ikk, contoh:\n/ikk skrining bayi baru lahir")]
        if command == "/tanya":
            return self._ask(rest) if rest else [Reply("Tulis pertanyaan setelah /tanya, contoh:\n/tanya berapa jumlah IKI yang boleh dimiliki?")]
        if command == "/rhk":
            return rhk_flow.start(state, self._assistant, rest)
        if command == "/skp":
            return skp_edit.view(state)
        if command == "/ubah":
            return skp_edit.ubah(state, rest)
        if command == "/buang":
            return skp_edit.buang(state, rest)
        if command == "/ekspor":
            return self._export(state)
        if command == "/dialog":
            return self._dialog(state)
        if command == "/hapus":
            state.confirm = "hapus"
            return [Reply("Hapus semua data Anda (draf SKP dan langkah PRIMA)? Ini tidak bisa dibatalkan.",
                          [Button("Ya, hapus", "confirm:hapus"), Button("Jangan", "confirm:batal")], choice_only=True)]
        return [Reply(f"Perintah {command} belum dikenal. Ketik /bantuan untuk daftar perintah.")]

    # Buttons ----------------------------------------------------------------------------------------------
    def _button(self, user_id: str, state: UserState, data: str) -> list[Reply]:
        scope, _, rest = data.partition(":")
        if state.edit and scope not in ("skp", "confirm", "cmd"):
            # A change is waiting for its value: an older button must not start something under it.
            return stale() + skp_edit.prompt(state)
        if scope == "prima" and state.prima:
            return self._prima.on_button(state, rest)
        if scope == "mpph" and state.mpph:
            return mpph_flow.on_button(state, rest)
        if scope == "rhk":
            action, _, arg = rest.partition(":")
            return rhk_flow.on_button(state, action, arg)
        if scope == "skp":
            action, _, arg = rest.partition(":")
            return skp_edit.on_button(state, action, arg)
        if scope == "use":
            return self._use_candidate(state, rest)
        if scope == "route":
            return self._route_pending(user_id, state, rest)
        if scope == "cmd" and rest == "ekspor":
            return self._limited(user_id, "/ekspor", lambda: self._export(state))
        if scope == "confirm":
            if rest == "hapus" and state.confirm == "hapus":
                for name, value in UserState():
                    setattr(state, name, value)  # an empty state is deleted from the store at the end of the turn
                return [Reply("Semua data Anda sudah dihapus.")]
            state.confirm = ""
            return [Reply("Tidak ada yang dihapus.")]
        return stale() + self._pending_question(state)  # an old button: ask again what is open

    # Actions ----------------------------------------------------------------------------------------------
    def _check(self, state: UserState, text: str) -> list[Reply]:
        if not any(ch.isalpha() for ch in text):
            return [Reply("Saya tidak menemukan kata dalam pesan itu. Kirim kalimat IKI, misalnya: "
                          "Persentase rekomendasi hasil monev yang ditindaklanjuti.")]
        if not has_work_object(text):  # "Persentase asdkjh": no suggestion is made from words nobody knows
            return [Reply(NOT_UNDERSTOOD)]
        draft = IkiDraft(indikator=text)
        assisted = self._assistant.rewrite(draft)
        suggestions = assisted.value
        state.candidates = suggestions.candidates
        replies = [Reply(render.iki_result(check_iki(draft)))]
        if suggestions.candidates:
            buttons = [Button(f"Pakai usulan {i}", f"use:{i}") for i in range(1, len(suggestions.candidates) + 1)]
            replies.append(Reply(render.candidates(suggestions) + (f"\n{NO_AI}" if assisted.fell_back else ""), buttons))
        return replies

    def _use_candidate(self, state: UserState, arg: str) -> list[Reply]:
        if not (arg.isdigit() and 1 <= int(arg) <= len(state.candidates)):
            return [Reply("Pilihan itu sudah tidak berlaku. Kirim /cek dengan IKI Anda untuk mendapat usulan baru.")] \
                + self._pending_question(state)
        chosen = state.candidates[int(arg) - 1]
        state.candidates = []
        rhk = next(iter(draft_rhk(chosen.indikator)), "")
        return [Reply(f"Usulan {arg} dipilih:\n{chosen.indikator}\nSatuan: {chosen.satuan}\n"
                      + (f"RHK yang sesuai: {rhk}\n" if rhk else "")
                      + "\nLengkapi target dan sepakati di dialog kinerja dengan pimpinan. Ketik /prima untuk menyusunnya ke draf SKP.")]

    def _search_ready(self) -> Any:
        with self._retriever_lock:
            if self._retriever is None:
                self._retriever = self._make_retriever()
            return self._retriever

    def _search(self, text: str) -> list[Reply]:
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            found = self._search_ready().find(text, k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian indikator sedang tidak tersedia. {exc}")]
        return [Reply(render.search_result(found))]

    def _ask(self, text: str) -> list[Reply]:
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            result = self._search_ready().ask(text, k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian pedoman sedang tidak tersedia. {exc}")]
        assisted = self._assistant.answer(text, result.passages, result.answer)
        result = result.model_copy(update={"answer": assisted.value + (f"\n{NO_AI}" if assisted.fell_back else "")})
        return [Reply(render.answer(result))]

    def _dialog(self, state: UserState) -> list[Reply]:
        if not state.skp.iki:
            return [Reply("Belum ada IKI untuk didialogkan. Susun dulu dengan /prima.")]
        questions = self._assistant.dialog_questions(state.skp, default_questions())
        pack = build_pack(state.skp, questions.value)
        note = f"\n{NO_AI}" if questions.fell_back else ""
        return [Reply(pack_text(pack) + note),
                Reply("Bahan dialog kinerja dalam format Word.", file=ReplyFile("bahan-dialog-kinerja.docx", pack_docx(pack)))]

    def _export(self, state: UserState) -> list[Reply]:
        if not state.skp.iki:
            return [Reply("Belum ada IKI untuk diekspor. Mulai dengan /prima.")]
        result = check_skp(state.skp)
        data = skp_workbook(state.skp, result)
        name = export_file_name(result)
        caption = f"Draf SKP: {len(state.skp.iki)} IKI, urutan kolom sesuai formulir e-Kinerja; temuan ada di lembar «Temuan»."
        if not result.has_error:
            return [Reply(caption, file=ReplyFile(name, data, caption))]
        errors = [f for f in result.findings if f.severity == "error"]
        errors += [f.model_copy(update={"message": f"IKI {n}: {f.message}"})
                   for n, iki in enumerate(result.iki, start=1) for f in iki.findings if f.severity == "error"]
        lines = [f"Draf ini masih punya {len(errors)} temuan yang harus diperbaiki sebelum diisikan ke e-Kinerja:"]
        for finding in errors:
            lines.extend(render.finding_lines(finding))
        lines.append("\nPerbaiki dengan /ubah NOMOR atau /buang NOMOR (lihat /skp). Berkasnya tetap saya kirim, ditandai DRAF.")
        return [Reply("\n".join(lines)), Reply("DRAF — " + caption, file=ReplyFile(name, data, "DRAF — " + caption))]


_EMPTY = UserState()


def _default_retriever() -> Any:
    from bot.retrieval.retriever import Retriever

    return Retriever()
