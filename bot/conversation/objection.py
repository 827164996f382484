"""An objection to what the bot said («ga setuju, rapat itu penting», «lho kok gitu, sy kan udah kerja dari januari»):
answered with the rule that stands, its source, and what to do; never work to draft from (tester16b #2). Words in
knowledge/conversation.yaml `objection`."""

from bot import knowledge
from bot.conversation.answers import measure_class, read_answer
from bot.conversation.replies import Reply
from bot.lang.text import phrase_set, tokens
from bot.models import Category, IkiDraft
from bot.retrieval.glossary import term_named
from bot.rules import check_iki

MAX_LEAD_AT = 1  # the objection opens the message («eh ga setuju, …»); a word may come before it


def objected(message: str) -> str | None:
    """The words after the objection («rapat itu penting»), "" when it says nothing more; None when the message is no
    objection: it asks (the guidance answers), or gives a value, a jenis or an IKI of its own to take."""
    words = tokens(message)
    found = phrase_set("conversation", "objection", "lead").find(words)
    blamed = phrase_set("conversation", "objection", "blame").find(words)
    if found is not None and found[0] > MAX_LEAD_AT:
        found = None
    if found is None and blamed is None or "?" in message:
        return None
    answer = read_answer(message)
    if answer.numbers or answer.jenis is not None or measure_class(message):
        return None
    if blamed is not None:  # «… salah kamu»: the blame is no work the rules could judge
        words = words[:blamed[0]] + words[blamed[0] + len(blamed[1]):]
    return " ".join(words[found[0] + len(found[1]):] if found is not None else words)


def answer(rest: str, checked: IkiDraft | None = None) -> Reply:
    """The rule the work named breaks, else the one the IKI just checked (`checked`) broke («lho itu kan output sy …
    salah kamu» under its verdict: tester48 P3-3), with its source, or where the rules come from; then what to do."""
    # NO_MEASURE says how an IKI is worded, not what the objection is about
    findings = [f for f in check_iki(IkiDraft(indikator=rest)).findings
                if f.severity == "error" and f.category is not Category.NO_MEASURE] if rest.strip() else []
    if not findings and checked is not None:
        findings = [f for f in check_iki(checked).findings if f.severity == "error"]
    named = next(((f, term) for f in findings if (term := term_named(f.category.value)) is not None), None)
    if named is not None:
        stands = f"Aturannya tetap berlaku: {named[0].message} (Sumber: {named[1].source})"
    else:
        stands = ("Yang saya sampaikan mengikuti pedoman penyusunan SKP dan IKI Kemenkes, jadi tetap berlaku. "
                  f"(Sumber: {knowledge.data('conversation')['objection']['source']})")
    return Reply(f"Keberatan Anda saya pahami. {stands}\n"
                 "Yang bisa dilakukan: ceritakan apa yang dihasilkan pekerjaan itu (misalnya rekomendasi yang "
                 "ditindaklanjuti atau kesepakatan yang terlaksana), lalu saya susunkan IKI hasilnya; bila Anda dan "
                 "atasan tetap memakai rumusan sendiri, sepakati di dialog kinerja, lalu tulis IKI-nya dan «simpan apa "
                 "adanya» (temuannya tetap tercatat). Tanya «sumbernya apa?» untuk kutipan pedomannya.")
