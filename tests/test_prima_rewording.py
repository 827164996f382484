"""A saved IKI given new words by its own words at PRIMA's step 4 (d5-karu01: «pasien jatuh ganti jadi: Persentase …,
target 95»): that IKI's text and target change, as they do outside PRIMA, instead of the sentence set aside as the
next IKI to draft."""

from tests.test_offer_onward import _proposed


def test_a_saved_iki_reworded_by_its_words_at_step_m(engine):
    user = "u-prima-reworded"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    saved = engine.state(user).skp.iki
    assert engine.state(user).prima.step == "M" and saved
    at = next(i for i, iki in enumerate(saved) if "KLB" in iki.indikator or "penyelidikan" in iki.indikator.lower())
    new = "Persentase KLB yang diselidiki dalam 24 jam sejak sinyal terverifikasi"
    engine.handle(user, f"yg KLB ganti jadi: {new}, target 95")
    iki = engine.state(user).skp.iki[at]
    assert iki.indikator == new and iki.target == "95%"
    assert len(engine.state(user).skp.iki) == len(saved)


def test_a_rewording_naming_no_saved_iki_never_replaces_the_last_of_several_saved(engine):
    # «penyelidikan ganti jadi: …» right after the proposals were saved together replaced the mandatory IP ASN IKI,
    # the last of them, as if it were the one IKI typed ahead
    user = "u-prima-reworded-none"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    before = [iki.indikator for iki in engine.state(user).skp.iki]
    engine.handle(user, "penyelidikan ganti jadi: Persentase KLB yang diselidiki dalam 24 jam sejak sinyal terverifikasi")
    assert [iki.indikator for iki in engine.state(user).skp.iki][: len(before)] == before


def test_a_value_kept_by_the_iki_s_own_words_with_its_reason_is_no_data_awal(engine):
    # d5-karu01: «identifikasi tetap 100 krn patient safety» at the data-awal question right after target 100 was
    # recorded as data awal 100%; the IKI named, «tetap» and the value answered keep that value, the reason said back
    user = "u-prima-kept-by-name"
    _proposed(engine, user)
    engine.handle(user, "simpan")
    state = engine.state(user)
    first = state.skp.iki[state.prima.index]
    engine.handle(user, "100")
    assert engine.state(user).prima.field == "baseline"
    word = next(w for w in first.indikator.split()[1:] if len(w) > 5)
    reply = "\n".join(r.text for r in engine.handle(user, f"{word.lower()} tetap 100 krn patient safety"))
    iki = engine.state(user).skp.iki[state.prima.index]
    assert iki.baseline is None and iki.target == "100%" and "patient safety" in reply, reply
    engine.handle(user, f"{word.lower()} tetap 90 soalnya naik")  # another value is no value kept
    assert engine.state(user).skp.iki[state.prima.index].baseline is not None
