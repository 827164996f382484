"""The conversation engine and its terminal door."""

from concurrent.futures import ThreadPoolExecutor

from bot.conversation import Engine


def texts(replies) -> str:
    return "\n".join(r.text for r in replies)


def test_cek_checks_and_offers_rewrites_as_buttons():
    engine = Engine()
    replies = engine.handle("u1", "/cek Melakukan monitoring dan evaluasi pelaksanaan SBBL")
    assert "berbasis kegiatan" in texts(replies)
    buttons = [b for r in replies for b in r.buttons]
    assert [b.label for b in buttons] == ["Pakai usulan 1", "Pakai usulan 2", "Pakai usulan 3"]
    chosen = texts(engine.press("u1", buttons[0].data))
    assert "Persentase rekomendasi hasil monitoring dan evaluasi pelaksanaan SBBL yang ditindaklanjuti" in chosen


def test_stale_button_gets_a_clear_message():
    assert "sudah tidak berlaku" in texts(Engine().press("u1", "use:2"))
    assert "sudah tidak berlaku" in texts(Engine().press("u1", "garbage"))


def test_free_text_is_treated_as_an_iki_and_says_so():
    replies = Engine().handle("u1", "Jumlah laporan kegiatan bulanan")
    assert "Saya anggap pesan ini sebagai IKI" in replies[0].text


def test_help_and_unknown_commands():
    engine = Engine()
    assert "/cek" in texts(engine.handle("u1", "/bantuan"))
    assert "/cek" in texts(engine.handle("u1", "/start"))
    assert "belum dikenal" in texts(engine.handle("u1", "/apaini"))
    assert "Tulis IKI setelah /cek" in texts(engine.handle("u1", "/cek"))


def test_bad_input_gets_indonesian_messages():
    engine = Engine()
    assert "kosong" in texts(engine.handle("u1", "   "))
    assert "terlalu panjang" in texts(engine.handle("u1", "/cek " + "a" * 10_000))
    assert "tidak menemukan kata" in texts(engine.handle("u1", "/cek 🙂🙂🙂"))


def test_users_do_not_see_each_others_choices():
    engine = Engine()

    def session(i: int) -> str:
        user = f"user{i}"
        engine.handle(user, f"/cek Melakukan monitoring dan evaluasi program {i}")
        return texts(engine.press(user, "use:1"))

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(session, range(40)))
    assert all(f"program {i}" in text for i, text in enumerate(results))


def test_terminal_chat_answers_piped_stdin_and_exits_at_end(run_iki):
    done = run_iki("chat", stdin="/cek Melakukan monev SBBL\n1\n/bantuan\n")
    assert done.returncode == 0, done.stderr
    assert "berbasis kegiatan" in done.stdout and "[1] Pakai usulan 1" in done.stdout
    assert "Usulan 1 dipilih" in done.stdout and "/bantuan" in done.stdout


def test_search_unavailable_is_explained_and_the_chat_goes_on():
    from bot.retrieval.embeddings import RetrievalUnavailable

    def broken():
        raise RetrievalUnavailable("Model embedding «x» tidak dapat dimuat.")

    engine = Engine(retriever=broken)
    assert "sedang tidak tersedia" in texts(engine.handle("u1", "/ikk stunting"))
    assert "sedang tidak tersedia" in texts(engine.handle("u1", "/tanya berapa IKI?"))
    assert "Tulis pekerjaan" in texts(engine.handle("u1", "/ikk"))
    assert "berbasis kegiatan" in texts(engine.handle("u1", "/cek Melakukan monev SBBL"))
