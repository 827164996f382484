"""End-to-end: the real python-telegram-bot Application over loopback against a fake Bot API server."""

import asyncio
import logging
from io import BytesIO
from itertools import takewhile

import pytest
from openpyxl import load_workbook

from bot.conversation import Engine
from bot.rules import check_skp
from bot.settings import Settings
from bot.skp.export import HEADERS, header_row
from bot.storage import Store
from bot.storage.sqlite import SqliteStore
from bot.telegram.app import MissingToken, build_application
from evals.fake_telegram import TOKEN, FakeTelegram
from evals.hardening_evals import DRAFT, draft_state

USER = 4242


class Bot:
    """Drives one Application against the fake server and waits for its answers."""

    def __init__(self, fake: FakeTelegram, engine: Engine, store: Store, **settings):
        self.fake = fake
        self.app = build_application(Settings(telegram_token=TOKEN, telegram_base_url=fake.base_url, **settings), engine,
                                     store)

    async def __aenter__(self) -> "Bot":
        await self.app.initialize()
        await self.app.post_init(self.app)
        await self.app.start()
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.app.updater.stop()
        await self.app.stop()
        await self.app.shutdown()

    async def expect(self, act, text: str, user: int = USER, method: str = "sendMessage") -> list[dict]:
        """Do something as the user and wait for a reply containing text; return the replies since."""
        before = len(self.fake.sent(method, user))
        act()

        def arrived(_calls) -> bool:
            new = self.fake.sent(method, user)[before:]
            return any(text in str(p.get("text", p.get("caption", ""))) for p in new)

        await asyncio.to_thread(self.fake.wait_for, arrived)
        # One turn may answer with several messages: wait until they stop coming.
        count = -1
        while count != len(self.fake.calls):
            count = len(self.fake.calls)
            await asyncio.sleep(0.15)
        return self.fake.sent(method, user)[before:]

    async def say(self, text: str, expect: str, user: int = USER) -> list[dict]:
        return await self.expect(lambda: self.fake.send_text(user, text), expect, user)

    async def tap(self, label: str, replies: list[dict], expect: str, user: int = USER) -> list[dict]:
        return await self.expect(lambda: self.fake.press(user, buttons(replies)[label]), expect, user)


def buttons(replies: list[dict]) -> dict[str, str]:
    found = {}
    for reply in replies:
        for row in (reply.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                found[button["text"]] = button["callback_data"]
    return found


async def add_iki(bot: Bot, text: str, target: str, jenis: str, bobot: str, satuan: str | None = None,
                  due: str | None = None) -> None:
    replies = await bot.say(text, "IKI diterima")
    assert "Target satu tahun" in str(replies)
    replies = await bot.say(target, "Satuan targetnya" if satuan else "data awal")
    if satuan and due:  # a one-off deliverable: the quarter it is due, before its jenis
        replies = await bot.say(satuan, "Triwulan berapa")
        replies = await bot.tap(due, replies, "Jenis IKI ini")
    elif satuan:
        replies = await bot.say(satuan, "Jenis IKI ini")
    else:  # a percentage: the satuan is implied, the baseline is asked (and may be unknown)
        replies = await bot.tap("Belum ada data awal", replies, "Jenis IKI ini")
    replies = await bot.tap(jenis, replies, "Bobot IKI ini")
    await bot.say(bobot, "Tersimpan IKI")


@pytest.fixture
def engine(store, shared_retriever):
    return Engine(store, retriever=lambda: shared_retriever)


async def test_a_new_user_completes_prima_to_an_exported_rule_clean_skp(engine, tmp_path, shared_retriever, store):
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store) as bot:
            assert fake.sent("setMyCommands")[0]["commands"][0]["command"] == "prima"
            await bot.say("/start", "Selamat datang")
            replies = await bot.say("/prima", "Langkah 1 dari 5")
            replies = await bot.say("cek kesehatan gratis bayi baru lahir", "IKK 5.1.1")
            replies = await bot.tap(next(l for l in buttons(replies) if l.startswith("IKK 5.1.1")), replies, "Langkah 2 dari 5")
            replies = await bot.say("Advokasi LP/LS dan monev SBBL di 14 regional; data dari laporan SHK", "Langkah 3 dari 5")
            replies = await bot.tap("Anggota tim", replies, "cascading langsung")
            replies = await bot.tap("Ya, langsung", replies, "Langkah 4 dari 5")

            # An activity-based draft is refused and rewritten through a button.
            replies = await bot.say("Melakukan monitoring dan evaluasi pelaksanaan SBBL", "belum bisa disimpan")
            replies = await bot.tap("Pakai usulan 1", replies, "IKI diterima")
            replies = await bot.say("100%", "data awal")
            replies = await bot.tap("Belum ada data awal", replies, "Jenis IKI ini")
            replies = await bot.tap("Core CL", replies, "Bobot IKI ini")
            replies = await bot.say("50", "Tersimpan IKI ke-1")

            replies = await bot.tap("Tambah IKI wajib IP ASN", replies, "IKI diterima")
            await bot.say("82", "Bobot IKI ini")  # its jenis is Core MI already: not asked again
            await bot.say("10", "Tersimpan IKI ke-2")

            await add_iki(bot, "Persentase rekomendasi hasil advokasi SBBL yang ditindaklanjuti lokus target", "100%", "Core TUSI", "20")
            await add_iki(bot, "Persentase peserta webinar SBBL yang mencapai nilai post-test minimal 80", "80%", "Core TUSI", "10")
            await add_iki(bot, "Persentase ketersediaan usulan BMHP pendukung pelaksanaan SBBL", "100%", "Core TUSI", "10")
            await add_iki(bot, "Jumlah inisiatif reward dan sharing session Labkesda terbaik SBBL", "1", "Beyond", "20", satuan="Program",
                          due="TW IV")

            replies = await bot.expect(lambda: fake.press(USER, "prima:done"), "Langkah 5 dari 5")
            assert "Tidak ada temuan tingkat SKP" in str(replies)
            replies = await bot.expect(lambda: fake.press(USER, buttons(replies)["Ekspor XLSX"]), "Draf SKP", method="sendDocument")

    document = next(v for v in replies[-1].values() if isinstance(v, bytes))
    sheet = load_workbook(BytesIO(document)).active
    start = header_row(sheet)
    rows = [row[1:len(HEADERS) + 1] for row in sheet.iter_rows(min_row=start, values_only=True)]  # after «No»
    assert rows[0] == HEADERS and len(list(takewhile(lambda row: row[0], rows[1:]))) == 6  # then the signatures
    assert rows[1][2] == "Persentase rekomendasi hasil monitoring dan evaluasi pelaksanaan SBBL yang ditindaklanjuti"
    assert rows[1][5] == "Core CL" and rows[1][6] == 50
    saved = engine.state(str(USER)).skp
    assert check_skp(saved).has_error is False and saved.iki[0].parent == "IKK 5.1.1"


async def test_the_draft_survives_a_restart_and_stale_buttons_are_explained(tmp_path, shared_retriever):
    store_path = tmp_path / "state.sqlite3"
    with FakeTelegram() as fake:
        first = SqliteStore(store_path)
        async with Bot(fake, Engine(first, retriever=lambda: shared_retriever), first) as bot:
            replies = await bot.say("/prima", "Langkah 1 dari 5")
            replies = await bot.tap("Lewati", replies, "Langkah 2 dari 5")
            replies = await bot.tap("Lewati", replies, "Langkah 3 dari 5")
        # A new process: a new engine and Application over the same store.
        restarted = SqliteStore(store_path)
        async with Bot(fake, Engine(restarted, retriever=lambda: shared_retriever), restarted) as bot:
            await bot.say("/prima", "Melanjutkan PRIMA")
            assert "Langkah 3 dari 5" in str(fake.sent(chat_id=USER)[-1])
            await bot.expect(lambda: fake.press(USER, "use:3"), "sudah tidak berlaku")
            await bot.expect(lambda: fake.press(USER, "prima:pick:7"), "sudah tidak berlaku")


async def test_network_errors_are_retried_and_optional_calls_may_fail(engine, store):
    with FakeTelegram() as fake:
        fake.failures = {"sendMessage": 2, "setMyCommands": 5, "sendChatAction": 100}
        async with Bot(fake, engine, store) as bot:
            await bot.say("/cek Jumlah rapat koordinasi imunisasi", "berbasis kegiatan")


async def test_only_allowed_users_and_only_one_refusal(engine, store):
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store, allowed_users=f"{USER}, 7") as bot:
            await bot.say("/bantuan", "/prima")
            await bot.say("/bantuan", "hanya untuk pegawai yang terdaftar", user=999)
            fake.send_text(999, "/cek Melakukan monev")
            fake.press(999, "use:1")
            await bot.say("/bantuan", "/prima")  # by the time USER is answered, 999's updates were handled
            assert len(fake.sent(chat_id=999)) == 1


async def test_media_and_errors_get_polite_answers(engine, store):
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store) as bot:
            await bot.expect(lambda: fake.send_photo(USER), "belum bisa membaca tulisan di foto")
            await bot.say("🙂🙂", "Ada yang bisa saya bantu?")


async def test_a_pasted_list_is_one_message_with_its_summary_first(engine, store):
    pasted = "ini IKI sy tahun lalu:\n" + "\n".join(
        f"{i}. Jumlah laporan kegiatan sosialisasi program nomor {i}" for i in range(1, 29)) + \
        "\n29. Persentase SPM yang diterbitkan tepat waktu\n30. Persentase SPJ yang lengkap dan sah"
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store) as bot:
            replies = await bot.say(pasted, "daftar 30 IKI")
            assert len(replies) == 1 and len(replies[0]["text"]) <= 4096
            rows = replies[0]["reply_markup"]["inline_keyboard"]
            assert rows[0][0]["text"] == "Simpan 2 IKI lolos ke draf" and len(rows[1]) == 4  # «Rincian N» share rows
            replies = await bot.tap("Simpan 2 IKI lolos ke draf", replies, "2 IKI tersimpan ke draf")
            assert len(engine.state(USER).skp.iki) == 2


async def test_many_users_at_once_keep_their_own_state(engine, store):
    users = range(5000, 5030)
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store):
            for user in users:
                fake.send_text(user, f"/cek Melakukan monitoring program R{user}A")
            await asyncio.to_thread(fake.wait_for, lambda _: all(
                any("Usulan IKI" in str(p.get("text")) for p in fake.sent(chat_id=u)) for u in users))
            for user in users:
                fake.press(user, "use:1")
            await asyncio.to_thread(fake.wait_for, lambda _: all(
                any("dipilih" in str(p.get("text")) for p in fake.sent(chat_id=u)) for u in users))
    for user in users:
        chosen = next(p["text"] for p in fake.sent(chat_id=user) if "dipilih" in str(p.get("text")))
        assert f"program R{user}A" in chosen


def test_missing_token_is_a_clear_error(engine, store):
    with pytest.raises(MissingToken, match="IKI_TELEGRAM_TOKEN"):
        build_application(Settings(telegram_token=None), engine, store)


async def test_groups_and_channels_get_no_user_data_and_are_left(engine, store):
    """/skp in a supergroup posted the user's draft to the whole group: only private chats reach the engine."""
    store.save(str(USER), draft_state())
    group, basic, channel, added = -1001234567890, -4242, -1009876543210, -1007777
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store, allowed_users=str(USER)) as bot:
            fake.send_text(USER, "/skp", chat_id=group, chat_type="supergroup")
            fake.send_text(USER, "/ekspor", chat_id=basic, chat_type="group")
            fake.post_in_channel(channel, "/skp")
            fake.add_to_chat(added, "supergroup", by_user=USER)
            await asyncio.to_thread(fake.wait_for, lambda _: all(fake.sent("leaveChat", c) for c in (group, basic, channel, added)))
            fake.send_text(USER, "/skp", chat_id=group, chat_type="supergroup")  # sent before the bot had left
            await bot.say("/skp", DRAFT)  # the owner's own chat still works
    for chat in (group, basic, added):
        said = fake.received(chat)
        assert len(said) == 1 and "chat pribadi" in said[0] and DRAFT not in said[0], said
    assert fake.received(channel) == [] and fake.refused == []
    assert [p["chat_id"] for p in fake.sent("sendDocument")] == []
    assert len(fake.sent("leaveChat", group)) == 2


async def test_an_update_whose_sender_is_not_the_chats_owner_is_refused(engine, store, caplog):
    store.save(str(USER), draft_state())
    forged = {"message_id": 1, "date": 0, "text": "/hapus", "from": {"id": 999, "is_bot": False, "first_name": "x"},
              "chat": {"id": USER, "type": "private"}, "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store) as bot:
            fake.push({"message": forged})
            fake.push({"callback_query": {"id": "9", "chat_instance": "c", "data": "confirm:hapus",
                                          "from": forged["from"], "message": forged}})
            await bot.say("/skp", DRAFT)
            await logged(caplog, "update refused", 2)
    answered = " ".join(fake.received(USER) + fake.received(999))
    assert "Hapus semua data" not in answered and "dihapus" not in answered
    assert engine.state(str(USER)).skp.iki[0].indikator == DRAFT


async def test_an_update_id_past_what_the_store_keeps_is_refused_without_a_traceback(engine, store, caplog):
    huge = {"update_id": 2**63, "message": {"message_id": 5, "date": 0, "text": "/skp", "chat": {"id": USER, "type": "private"},
                                            "from": {"id": USER, "is_bot": False, "first_name": "x"}}}
    with FakeTelegram() as fake:
        async with Bot(fake, engine, store) as bot:
            await bot.say("/bantuan", "/prima")
            fake.push(huge)  # last: long polling asks only for later ids from then on
            await logged(caplog, "update refused", 1)
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert len(fake.received(USER)) == 1 and store.outcome(2**63 - 1) is None


async def logged(caplog, event: str, times: int) -> None:
    """Wait (at most 10 s) until `event` was logged `times` times: refused updates get no answer to wait for."""
    for _ in range(100):
        if sum(r.getMessage() == event for r in caplog.records) >= times:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"{event!r} not logged {times} times")


def test_a_wrong_token_is_refused_without_printing_it(run_iki, data_dir_with_index):
    """python-telegram-bot's own error quotes the token; the operator reads which setting to fix, never its value."""
    token = "5550001111:AAH-not-the-bots-token-0123456789abcdef"
    with FakeTelegram() as fake:
        done = run_iki("telegram", env={
            "IKI_DATA_DIR": str(data_dir_with_index), "IKI_TELEGRAM_TOKEN": token,
            "IKI_TELEGRAM_BASE_URL": fake.base_url, "IKI_DATABASE_URL": "", "IKI_CHROMA_URL": ""})
    printed = done.stdout + done.stderr
    assert done.returncode == 2 and "IKI_TELEGRAM_TOKEN ditolak Telegram" in printed, printed[-2000:]
    assert token.split(":")[1] not in printed and "Traceback" not in printed
