"""A request to shorten an IKI's wording («kata2nya kepanjangan, singkatin» under /ubah N): a shorter wording
proposed when general reductions give one the rules find nothing new in (the measure word, the object and the
condition kept), or, when none does, the parts the sentence must keep and how to type a shorter one. Either way the
IKI's text question is opened, so the next message is the new wording (or «ya» for the one proposed). Words in
knowledge/conversation.yaml `shorten`."""

import re

from bot import knowledge
from bot.conversation.replies import Reply
from bot.conversation.state import EditState, UserState
from bot.lang.text import phrase_set, tokens
from bot.models import IkiDraft
from bot.rules import check_iki
from bot.rules.analysis import analyse
from bot.skp.rhk import qualifier_present

MAX_WORDS = 10  # a request to shorten is short; a longer message says more than that


def asks_shorter(message: str) -> bool:
    """«kata2nya kepanjangan, singkatin», «bisa dipersingkat?»: a short message asking for a shorter wording."""
    words = tokens(message)
    return 0 < len(words) <= MAX_WORDS and bool(phrase_set("conversation", "shorten", "asks").find(words))


def shorter(iki: IkiDraft) -> str | None:
    """The IKI's wording with every reduction of `shorten.reduce` applied, when that is shorter, keeps the measure
    word (and a condition, when it had one) and the rules find nothing in it they did not find before; else None."""
    text = iki.indikator
    for long, short in knowledge.data("conversation")["shorten"]["reduce"].items():
        text = re.sub(rf"\b{re.escape(long)}\b", short, text, flags=re.IGNORECASE)
    text = " ".join(text.split())
    if len(tokens(text)) >= len(tokens(iki.indikator)):
        return None
    before, after = analyse(iki), analyse(iki.model_copy(update={"indikator": text}))
    if after.measure != before.measure or qualifier_present(iki.indikator) and not qualifier_present(text):
        return None
    was = {f.rule for f in check_iki(iki).findings}
    return text if {f.rule for f in check_iki(iki.model_copy(update={"indikator": text})).findings} <= was else None


def _parts(iki: IkiDraft) -> str:
    """«ukuran «Persentase», yang diukur «revisi anggaran», syarat hasilnya «diselesaikan sesuai standar …»», in the
    IKI's own spelling."""
    reading = analyse(iki)
    written = iki.indikator.split()
    measured = len(reading.measure) if reading.measure and len(written) > len(reading.measure) else 0
    parts = [f"ukuran «{' '.join(written[:measured])}»"] if measured else []
    body = written[measured:]
    at = next((i for i, word in enumerate(body) if word.lower() == "yang"), None)
    if at:
        parts += [f"yang diukur «{' '.join(body[:at])}»", f"syarat hasilnya «{' '.join(body[at + 1:])}»"]
    else:
        parts.append(f"yang diukur «{' '.join(body)}»")
    return ", ".join(parts)


def propose(state: UserState, index: int) -> list[Reply]:
    """The shorter wording of IKI index+1 (kept for «ya»), or what a shorter one must keep; its text question open."""
    iki = state.skp.iki[index]
    number, short = index + 1, shorter(iki)
    state.edit = EditState(index=index, field="indikator", pending=short or "")
    if short:
        return [Reply(f"Versi lebih singkat untuk IKI {number}, sudah saya periksa dengan aturan IKI:\n«{short}»\n"
                      f"(sebelumnya: «{iki.indikator}»). Ketik «ya» untuk memakainya, atau tulis kalimat Anda "
                      "sendiri; /batal bila tidak jadi.")]
    return [Reply(f"Kalimat IKI {number} («{iki.indikator}», {len(tokens(iki.indikator))} kata) tidak bisa saya "
                  f"persingkat tanpa membuang bagiannya: {_parts(iki)}. Bila tetap ingin lebih singkat, tulis "
                  "kalimat barunya sekarang dengan ketiga bagian itu; saya periksa lagi dengan aturan IKI. /batal "
                  "bila tidak jadi.")]


def menu_index(state: UserState) -> int | None:
    """The IKI whose «Ubah bagian mana?» menu was the last reply (its buttons skp:field:N:…), 0-based; else None."""
    for _, data in state.offered:
        match = re.fullmatch(r"skp:field:(\d+):\w+", data)
        if match and int(match.group(1)) <= len(state.skp.iki):
            return int(match.group(1)) - 1
    return None
