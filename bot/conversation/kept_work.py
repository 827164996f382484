"""Work typed at an open step that no suggestion can be formed from («satu lagi, sy lg nyusun inventaris digital alat
pake QR code»): kept in the draft in the user's own words, with a note to reword it, so nothing typed is lost."""

import re

from bot.conversation.activities import without_lead
from bot.conversation.intent import says_own_work
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.dates import quarter_number, quarter_pattern
from bot.lang.text import tokens
from bot.models import IkiDraft
from bot.rewrite import names_work
from bot.rewrite.register import formal
from bot.rules.analysis import is_activity_verb
from bot.rules.draft_reading import read
from bot.rules.lexicon import lexicon

_PIECES = re.compile(r"[,;.!?\n]+")
MIN_KEPT_WORDS = 2  # «bikin dashboard»: a verb and its object; «satu lagi» alone is no work


def own_wording(work: str) -> str | None:
    """«satu lagi, sy lg nyusun inventaris digital alat pake QR code» → «Menyusun inventaris digital alat
    menggunakan QR code»: the pieces that name work being done (a work verb first, or the message says it is the
    user's work), chat spelling and lead words off; None when none does («Ketua Tim Virologi, dr. Ahmad Fauzi»)."""
    told = says_own_work(work)
    kept = []
    for piece in _PIECES.split(work):
        if quarter_pattern().search(piece):  # «jadinya TW III»: when it is due, not the work
            continue
        words = without_lead(formal(read(piece).text)).strip()
        if len(tokens(words)) >= MIN_KEPT_WORDS and names_work(words) \
                and (told or is_activity_verb(tokens(words), 0, lexicon())):  # «satu lagi», «oke», a role: no work
            kept.append(words)
    if not kept:
        return None
    text = ", ".join(kept)
    return text[0].upper() + text[1:]


def keep(state: UserState, work: str) -> list[Reply] | None:
    """The work saved as the next IKI in the user's words (the IKI asked about so far stays in the draft) and its
    target asked; None when nothing in it names work."""
    wording = own_wording(work)
    if wording is None:
        return None
    quarter = quarter_pattern().search(work)
    draft = IkiDraft(indikator=wording, triwulan_selesai=quarter_number(quarter.group(1)) if quarter else None)
    from bot.conversation import draft_save  # (lazily: draft_save → iki_list → prima_step_m reaches back here)

    saved = draft_save.save_many(state, [draft])
    return [Reply(kept_note(work, wording, len(state.skp.iki)))] + saved


def kept_note(work: str, wording: str, number: int) -> str:
    """What is said when work is kept in the user's words as IKI number `number` (here, and in PRIMA step 4)."""
    return (f"Dari «{work}» belum bisa saya susun usulan IKI, jadi supaya tidak hilang saya simpan dengan kata-kata "
            f"Anda sebagai IKI ke-{number}: «{wording}». Rumusannya belum berupa IKI (ukuran + hasil kerja + "
            f"syaratnya, misalnya «Jumlah …» atau «Persentase … yang …»): ubah nanti dengan /ubah {number}, "
            f"atau buang dengan /buang {number}.")
