"""A short question about the list just pasted, naming no line of it: «ini udh output based blm?» gets the list's own
verdict (how many lines still need changing, by number), «kebanyakan ga?» its count against the guidance's range
(tester56 F16: a general definition, or the help of a step left open earlier). Words: conversation.yaml
`list_verdict_asks`."""

from bot import knowledge
from bot.conversation.replies import Button, Reply
from bot.conversation.state import UserState
from bot.knowledge import policy
from bot.lang.text import phrase_set, tokens
from bot.lang.values import numbers_in
from bot.models import IkiDraft
from bot.rules import check_iki


def asked(state: UserState, message: str) -> list[Reply] | None:
    """The answer about the last pasted list, or None when the message is no such question."""
    data = knowledge.data("conversation")["list_verdict_asks"]
    words = tokens(message)
    if state.listed and _which_failing(words, data) and not numbers_in(message) and "\n" not in message.strip():
        return _failing_said(state)
    if not state.listed or not words or len(words) > data["most_words"] or numbers_in(message) \
            or "\n" in message.strip() or phrase_set("conversation", "list_verdict_asks", "not_about_list").find(words):
        return None
    if phrase_set("conversation", "list_verdict_asks", "too_many").find(words):
        return [Reply(_count_said(len(state.listed)))]
    if phrase_set("conversation", "list_verdict_asks", "output").find(words) and _asks(message, words):
        return [Reply(_verdict_said(state))]
    return None


def _which_failing(words: list[str], data: dict) -> bool:
    """«sing endi wae sing berbasis kegiatan?», «which ones are activity?»: which lines fail is asked."""
    return len(words) <= data["which_most_words"] \
        and bool(phrase_set("conversation", "list_verdict_asks", "which").find(words)) \
        and bool(phrase_set("conversation", "list_verdict_asks", "failing").find(words))


def _failing_said(state: UserState) -> list[Reply]:
    """The failing lines by number, each with its first output-based rewrite, and their «Rincian N» buttons."""
    from bot.conversation.list_summary import detail_button
    from bot.rewrite import rewrite

    failing = [(n, item) for n, item in enumerate(state.listed, 1) if not item.dropped
               and check_iki(IkiDraft(indikator=item.text, target=item.target)).has_error]
    if not failing:
        return [Reply(f"Tidak ada: ke-{len(state.listed)} baris daftar Anda lolos aturan (berbasis output).")]
    lines = [f"Yang belum lolos (umumnya karena menyebut kegiatan/proses, bukan hasil): nomor "
             f"{', '.join(str(n) for n, _ in failing)}. Usulan penggantinya:"]
    for n, item in failing:
        found = rewrite(IkiDraft(indikator=item.text, target=item.target)).candidates
        lines.append(f"{n}. {item.text}\n   → {found[0].indikator}" if found
                     else f"{n}. {item.text}\n   → belum ada usulan; tulis hasil kerjanya (apa yang dihasilkan)")
    lines.append("Usulan lain dan tombol «Pakai usulan» ada di «Rincian N».")
    # the list's own save stays on screen (tester16 #8: «#1» found no button after this question)
    drafted = {iki.indikator.lower() for iki in state.skp.iki}
    numbers = {n for n, _ in failing}
    waiting = [n for n, item in enumerate(state.listed, 1) if n not in numbers and not item.dropped
               and item.text.lower() not in drafted]
    save = [Button(f"Simpan {len(waiting)} IKI lolos ke draf", "list:save:fixed")] if waiting else []
    return [Reply("\n".join(lines), [detail_button(n) for n, _ in failing] + save)]


def _asks(message: str, words: list[str]) -> bool:
    """A yes/no question: a question mark, or a «sudah/belum» word (conversation.yaml `list_verdict_asks.asks`)."""
    return "?" in message or bool(set(knowledge.data("conversation")["list_verdict_asks"]["asks"]) & set(words))


def _verdict_said(state: UserState) -> str:
    failing = [n for n, item in enumerate(state.listed, 1)
               if check_iki(IkiDraft(indikator=item.text, target=item.target)).has_error]
    total = len(state.listed)
    if not failing:
        return f"Sudah: ke-{total} baris daftar Anda lolos aturan (berbasis output). Simpan ke draf dengan tombol di atas."
    numbers = ", ".join(map(str, failing))
    passing = total - len(failing)
    return (f"Belum: {len(failing)} dari {total} baris daftar Anda masih perlu diubah (nomor {numbers}), umumnya "
            "karena menyebut kegiatan/proses, bukan hasil. "
            + (f"{passing} baris sudah lolos. " if passing else "")
            + "Usulan perbaikan per baris: tombol «Rincian N» atau ketik /cek N.")


def _count_said(total: int) -> str:
    count = policy().iki_count
    if total > count.max:
        return (f"Ya: {total} baris, lebih dari {count.range_text} IKI yang disarankan untuk pegawai non pimpinan. "
                "Pertahankan yang berbasis output, gabungkan yang mirip, dan pindahkan kegiatan rutin ke rencana aksi "
                "atau catatan harian.")
    if total < count.min:
        return f"Justru kurang: {total} baris, di bawah {count.range_text} IKI yang disarankan untuk pegawai non pimpinan."
    return f"Tidak: {total} baris, masih dalam {count.range_text} IKI yang disarankan untuk pegawai non pimpinan."
