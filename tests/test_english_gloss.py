"""A user who writes an IKI in English gets the verdict's short lead and the next step in English too (play40 F10:
the rule explanation was wholly Indonesian); Indonesian stays the product's language, the gloss one line."""

from bot.conversation import Engine
from bot.conversation.english_gloss import gloss, lead
from bot.models import IkiDraft
from bot.rules import check_iki
from tests.talk import said


def test_an_english_iki_checked_says_why_in_english_beside_the_indonesian():
    text = said(Engine().handle("u", "pls review my indicator: Percentage of referral letters answered within 2 days"))
    assert "IKI ditulis dalam Bahasa Indonesia" in text  # the product's language first
    assert "In English: IKI are written in Indonesian" in text and "Pick an Indonesian wording" in text


def test_the_lead_names_each_rule_the_iki_fails_and_an_indonesian_iki_gets_no_gloss():
    verdict = check_iki(IkiDraft(indikator="Number of coordination meetings held"))
    assert lead(verdict).startswith("In English:") and lead(verdict).count(";") <= 1
    passing = check_iki(IkiDraft(indikator="Persentase sampel yang diperiksa tepat waktu"))
    assert "passes the rules" in gloss(passing) and "Simpan ke draf" in gloss(passing)
    text = said(Engine().handle("u", "/cek Persentase sampel yang diperiksa tepat waktu"))
    assert "In English" not in text
