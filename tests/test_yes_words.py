"""The yes words, one list in intent.yaml smalltalk `ack`: which nod to what was said (small talk `ack`) and which
approve a save («Simpan ke draf?» said yes to, «semua … simpan» a pick of all). Pinned word by word from the two lists
it replaced (intent.yaml `ack` phrases, conversation.yaml `pick_all_approvals`), so merging them changed no answer."""

import pytest

from bot import knowledge
from bot.conversation.draft_save import said_yes
from bot.conversation.intent import classify
from bot.conversation.several_picks import all_as_pick

# acknowledged and approving a save
NOD_AND_SAVE = [
    "ok", "oke", "okay", "okey", "sip", "siap", "mantap", "mantab", "good", "iya", "ya", "benar", "setuju", "yes"]
# acknowledged, approving no save (laughs, «lanjut»)
NOD_ONLY = [
    "okee", "baik", "baiklah", "mantul", "keren", "noted", "paham", "mengerti", "dimengerti", "yup", "yoi", "betul",
    "lanjut", "lanjutkan", "lanjutin", "terusin", "teruskan", "wkwk", "wkwkwk", "haha", "hahaha", "hehe", "hihi",
    "laksanakan", "siap laksanakan", "siap dilaksanakan", "siap kerjakan", "siap dikerjakan", "siap grak", "roger",
    "copy that", "will do", "oh", "oo", "ooh", "oh gitu", "oh begitu", "oh oke", "gpp", "gapapa", "ga papa",
    "nggak papa", "sama-sama", "sama sama", "sama2", "sm2", "nice", "good job", "alhamdulillah", "aamiin", "amin",
    "insyaallah", "insya allah", "nggih", "njih", "inggih", "enggih", "nggeh", "muhun"]
# approving a save, no nod alone («bagus», «cocok», «diterima»)
SAVE_ONLY = [
    "bagus", "bener", "cocok", "pas", "udah", "udh", "sudah", "diterima", "yaudah", "yaudh"]


@pytest.mark.parametrize("word, nods, saves", [(w, True, True) for w in NOD_AND_SAVE]
                         + [(w, True, False) for w in NOD_ONLY] + [(w, False, True) for w in SAVE_ONLY])
def test_each_yes_word_nods_and_approves_a_save_as_before(word, nods, saves):
    assert (classify(word).smalltalk == "ack") is nods
    assert (classify(word, logging=True).smalltalk == "ack") is nods
    assert said_yes(word) is saves
    # a regional yes-word is also a particle a pick reads past («semua nggih simpan» = «semua simpan», tester58 F13)
    particle = word in knowledge.data("conversation")["regional_particles"]
    assert all_as_pick(f"semua {word} simpan") is (saves or particle)


def test_each_yes_word_is_listed_once():
    ack = knowledge.data("intent")["smalltalk"]["ack"]
    listed = ack["phrases"] + ack["also_save"] + ack["save_only"]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted(NOD_AND_SAVE + NOD_ONLY + SAVE_ONLY)
