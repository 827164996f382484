"""The conversation engine: (user id, text or button data) in, replies out. It knows nothing of Telegram."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot import render
from bot.models import Candidate, IkiDraft
from bot.rewrite import rewrite
from bot.rules import check_iki
from bot.text import clean

MAX_INPUT_CHARS = 2000

HELP = """Asisten IKI membantu ASN Kemenkes menyusun Indikator Kinerja Individu (IKI) yang berbasis output, bukan kegiatan.

Perintah:
/cek TEKS — periksa satu IKI dan dapatkan usulan berbasis output
/ikk TEKS — cari indikator Renstra (IKK/IKP …) yang didukung pekerjaan Anda, dengan jalurnya
/tanya TEKS — tanya pedoman SKP/IKI, dijawab dengan sumbernya
/bantuan — tampilkan bantuan ini

Contoh: /cek Melakukan monitoring dan evaluasi pelaksanaan SBBL
Anda juga bisa langsung mengirim kalimat IKI; saya akan memeriksanya."""

WELCOME = "Selamat datang di Asisten IKI.\n\n" + HELP


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # given back to Engine.press when the user picks this button


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)


@dataclass
class _UserState:
    candidates: list[Candidate] = field(default_factory=list)


class Engine:
    """One engine serves every adapter; state is per user id."""

    def __init__(self, retriever: Callable[[], Any] | None = None) -> None:
        self._users: dict[str, _UserState] = {}
        # Search loads a model; it is built on the first /ikk or /tanya, not when the chat opens.
        self._make_retriever = retriever or _default_retriever
        self._retriever: Any = None

    def _state(self, user_id: str) -> _UserState:
        return self._users.setdefault(str(user_id), _UserState())

    def handle(self, user_id: str, text: str) -> list[Reply]:
        """A message the user typed."""
        state = self._state(user_id)
        message = clean(text or "")
        if not message:
            return [Reply("Pesan Anda kosong. Kirim kalimat IKI yang ingin diperiksa, atau ketik /bantuan.")]
        command, _, rest = message.partition(" ")
        command = command.split("@", 1)[0].lower()  # Telegram appends @botname in groups
        if command in ("/start",):
            return [Reply(WELCOME)]
        if command in ("/bantuan", "/help"):
            return [Reply(HELP)]
        if command == "/cek":
            return self._check(state, rest.strip())
        if command == "/ikk":
            return self._search(rest.strip())
        if command == "/tanya":
            return self._ask(rest.strip())
        if command.startswith("/"):
            return [Reply(f"Perintah {command} belum dikenal. Ketik /bantuan untuk daftar perintah.")]
        return [Reply("Saya anggap pesan ini sebagai IKI yang ingin diperiksa.")] + self._check(state, message)

    def _check(self, state: _UserState, text: str) -> list[Reply]:
        if not text:
            return [Reply("Tulis IKI setelah /cek, contoh:\n/cek Melakukan monitoring dan evaluasi pelaksanaan SBBL")]
        if len(text) > MAX_INPUT_CHARS:
            return [Reply(f"Teks terlalu panjang ({len(text)} karakter). Kirim satu IKI saja, paling banyak {MAX_INPUT_CHARS} karakter.")]
        if not any(ch.isalpha() for ch in text):
            return [Reply("Saya tidak menemukan kata dalam pesan itu. Kirim kalimat IKI, misalnya: Persentase rekomendasi hasil monev yang ditindaklanjuti.")]
        draft = IkiDraft(indikator=text)
        result = check_iki(draft)
        suggestions = rewrite(draft)
        state.candidates = suggestions.candidates
        replies = [Reply(render.iki_result(result))]
        if suggestions.candidates:
            buttons = [Button(f"Pakai usulan {i}", f"use:{i}") for i in range(1, len(suggestions.candidates) + 1)]
            replies.append(Reply(render.candidates(suggestions), buttons))
        return replies

    def _search_ready(self) -> Any:
        if self._retriever is None:
            self._retriever = self._make_retriever()
        return self._retriever

    def _search(self, text: str) -> list[Reply]:
        if not text:
            return [Reply("Tulis pekerjaan atau indikator setelah /ikk, contoh:\n/ikk skrining bayi baru lahir")]
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            hits = self._search_ready().search(text[:MAX_INPUT_CHARS], k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian indikator sedang tidak tersedia. {exc}")]
        return [Reply(render.indicator_hits(text, hits))]

    def _ask(self, text: str) -> list[Reply]:
        if not text:
            return [Reply("Tulis pertanyaan setelah /tanya, contoh:\n/tanya berapa jumlah IKI yang boleh dimiliki?")]
        from bot.retrieval.embeddings import RetrievalUnavailable

        try:
            result = self._search_ready().ask(text[:MAX_INPUT_CHARS], k=3)
        except RetrievalUnavailable as exc:
            return [Reply(f"Pencarian pedoman sedang tidak tersedia. {exc}")]
        return [Reply(render.answer(result))]

    def press(self, user_id: str, data: str) -> list[Reply]:
        """A button the user picked; data may be stale (an old message, a restart)."""
        state = self._state(user_id)
        action, _, arg = data.partition(":")
        if action == "use" and arg.isdigit() and 1 <= int(arg) <= len(state.candidates):
            chosen = state.candidates[int(arg) - 1]
            state.candidates = []
            return [Reply(
                f"Usulan {arg} dipilih:\n{chosen.indikator}\nSatuan: {chosen.satuan}\n\n"
                "Lengkapi target dan sepakati di dialog kinerja dengan pimpinan."
            )]
        return [Reply("Pilihan itu sudah tidak berlaku. Kirim /cek dengan IKI Anda untuk mendapat usulan baru.")]


def _default_retriever() -> Any:
    from bot.retrieval.retriever import Retriever

    return Retriever()
