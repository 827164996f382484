"""«translate all to bahasa pls», «tolong terjemahkan semua»: the lines of the last pasted list written in English
(wholly or in part) each put in Indonesian, checked by the rules, and offered to save with the list's buttons; a line
that cannot be put in Indonesian stays as typed, with the words to rewrite named. Words: knowledge/conversation.yaml
translate_all."""

from bot.conversation import list_summary
from bot.conversation.iki_fields import short
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.english import translate
from bot.lang.text import phrase_set, tokens
from bot.models import Candidate, IkiDraft, Severity
from bot.rewrite import passes_rules, rewrite
from bot.rules import check_iki
from bot.rules.draft_reading import read

LANGUAGE = "LANGUAGE"  # the rules' category of an IKI not written in Indonesian


def asks_translation(text: str) -> bool:
    """Whether a message asks the list put in Indonesian («translate all to bahasa pls, and fix»)."""
    return "\n" not in text and len(text) < 120 and bool(phrase_set("conversation", "translate_all").find(tokens(text)))


def _english(text: str) -> bool:
    return any(f.category == LANGUAGE for f in check_iki(IkiDraft(indikator=text)).findings)


def _in_indonesian(text: str) -> tuple[str, str, tuple[str, ...]]:
    """(the line in Indonesian, preferring an output-based wording the rules pass; the word-for-word translation
    when that wording replaced it, else ""; the words the lexicon lacks)."""
    translated = translate(text)
    if not translated.text:
        translated = translate(read(text).text)  # «… yg selesai on time»: the chat's short forms written out first
    if not translated.text:
        return "", "", translated.unknown
    if passes_rules(Candidate(indikator=translated.text, satuan=translated.satuan or "%", alasan="")):
        return translated.text, "", ()
    better = [c.indikator for c in rewrite(IkiDraft(indikator=text), 3).candidates if passes_rules(c)]
    return (better[0], translated.text, ()) if better else (translated.text, "", ())


def translate_list(state: UserState, text: str) -> list[Reply] | None:
    """The list's English lines put in Indonesian, each said with the rules' verdict, then the list's save buttons;
    None when the message asks no translation or the last list holds no English line."""
    if not state.listed or not asks_translation(text):
        return None
    english = [n for n, item in enumerate(state.listed, 1) if not item.dropped and _english(item.text)]
    if not english:
        return None
    said = []
    for n in english:
        item = state.listed[n - 1]
        indonesian, literal, unknown = _in_indonesian(item.text)
        if not indonesian:
            words = ", ".join(f"«{w}»" for w in unknown)
            said.append(f"Baris {n} «{short(item.text, 60)}» tetap seperti ditulis: kata {words} belum bisa saya "
                        f"terjemahkan. Tulis ulang, misalnya «no {n} ganti Persentase …».")
            continue
        state.listed[n - 1] = item.model_copy(update={"text": indonesian})
        error = next((f for f in check_iki(IkiDraft(indikator=indonesian, target=item.target)).findings
                      if f.severity is Severity.error), None)
        verdict = f"belum lolos aturan: {error.message}" if error else "lolos aturan"
        instead = f" (terjemahan langsungnya, «{literal}», belum lolos aturan; ini rumusan hasilnya)" if literal else ""
        said.append(f"Baris {n}: «{short(item.text, 60)}» → «{indonesian}»{instead}; {verdict}.")
    drafted = {iki.indikator.lower() for iki in state.skp.iki}
    rest = list_summary.left_out(state.listed, drafted, kept_said=False)
    return [Reply("Baris berbahasa Inggris saya tulis dalam Bahasa Indonesia:\n" + "\n".join(said)
                  + (f"\n{rest.text}" if rest else ""), rest.buttons if rest else [])]
