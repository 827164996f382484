"""Drafts survive a SIGKILL mid-flow; concurrent users never see each other's state; any input gets an answer."""

import os
import queue
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation import Engine
from bot.conversation.replies import MAX_REPLY_CHARS, Reply, fit
from bot.storage.sqlite import SqliteStore
from tests.conftest import ROOT


class Chat:
    """`iki chat` as a child process, read line by line: only a process can be killed with SIGKILL mid-flow."""

    def __init__(self, data_dir):
        env = {**os.environ, "IKI_DATA_DIR": str(data_dir)}
        self.process = subprocess.Popen([sys.executable, "-m", "bot.cli", "chat"], cwd=ROOT, env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(line) for line in self.process.stdout], daemon=True).start()

    def say(self, text: str, until: str) -> str:
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        seen = []
        while not any(until in line for line in seen):
            seen.append(self.lines.get(timeout=60))
        return "".join(seen)


def test_sigkill_mid_flow_loses_nothing(tmp_path):
    chat = Chat(tmp_path)
    chat.say("/prima", "Langkah 1 dari 5")
    chat.say("#1", "Langkah 2 dari 5")  # [#1] Lewati
    chat.say("#2", "Langkah 3 dari 5")  # [#2] Lewati
    chat.say("1", "cascading langsung")  # [1] Anggota tim: only a button answers, so a bare number picks
    chat.say("2", "Langkah 4 dari 5")  # [2] Tidak langsung
    chat.say("Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti", "Target satu tahun")
    chat.say("100%", "data awal")
    chat.say("#1", "Jenis IKI ini")  # [#1] Belum ada data awal
    chat.say("2", "Bobot IKI ini")  # [2] Core TUSI
    chat.say("30", "Tersimpan IKI ke-1")
    chat.say("Persentase peserta webinar SBBL yang mencapai nilai post-test minimal 80", "Target satu tahun")
    chat.process.send_signal(signal.SIGKILL)  # mid-IKI: the second one has no target yet
    chat.process.wait()

    chat = Chat(tmp_path)
    draft = chat.say("/skp", "Temuan")
    resumed = chat.say("/prima", "Target satu tahun")
    chat.process.kill()
    assert "1. Persentase rekomendasi hasil monev SBBL yang ditindaklanjuti" in draft and "Core TUSI" in draft
    assert "Melanjutkan PRIMA" in resumed and "Persentase peserta webinar SBBL" in resumed


def test_after_a_restart_the_open_question_is_asked_again(tmp_path):
    chat = Chat(tmp_path)
    chat.say("/prima", "Langkah 1 dari 5")
    chat.say("#1", "Langkah 2 dari 5")
    chat.process.send_signal(signal.SIGKILL)
    chat.process.wait()
    chat = Chat(tmp_path)  # nothing typed yet: the chat opens with the question that was open
    opened = chat.say("", "Langkah 2 dari 5")
    chat.process.kill()
    assert "pertanyaan terakhir" in opened


def test_concurrent_users_with_the_real_store(tmp_path):
    engine = Engine(SqliteStore(tmp_path / "state.sqlite3"))

    def session(i: int) -> str:
        user = f"user{i}"
        engine.handle(user, f"/cek Melakukan monitoring dan evaluasi program R{i}A")
        engine.handle(user, "/prima")
        return "".join(r.text for r in engine.press(user, "use:1"))

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(session, range(60)))
    assert all(f"program R{i}A" in text for i, text in enumerate(results))
    assert Engine(SqliteStore(tmp_path / "state.sqlite3")).state("user7").prima.step == "P"


def test_long_replies_are_split_to_fit_telegram():
    long = "\n\n".join(f"Paragraf {i}: " + "kata " * 300 for i in range(10))
    parts = fit([Reply(long, file=None)])
    assert len(parts) > 1 and all(len(p.text) <= MAX_REPLY_CHARS for p in parts)
    assert "".join(p.text for p in parts).replace("\n", "").replace(" ", "") == long.replace("\n", "").replace(" ", "")


_button_data = st.sampled_from(["use:1", "use:9", "prima:pick:0", "prima:back", "prima:skip", "prima:cancel",
                                "prima:role:anggota", "prima:direct:1", "prima:jenis:beyond", "prima:done",
                                "prima:use:2", "prima:mandatory", "cmd:ekspor", "confirm:hapus", "mpph:method:aspek", "mpph:roles", "mpph:done", "", "x" * 64, "prima:"])
_texts = st.sampled_from(["/prima", "/batal", "/skp", "/ekspor", "/hapus", "/cek", "/rhk", "/rhk Nilai SAKIP", "/ikk stunting", "/tanya berapa IKI?", "/mpph", "Ani; aspek A; 10", "/dialog",
                          "/cek Melakukan monev", "100%", "20", "Persentase laporan yang tepat waktu", "?", "🙂" * 50,
                          "\u200b\u202e", "a" * 10_000, "/start@asisten_iki_bot"]) | st.text(max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_texts.map(lambda t: ("text", t)), _button_data.map(lambda d: ("button", d))), max_size=12))
def test_any_sequence_of_input_gets_answers_that_fit(shared_retriever, steps):
    engine = Engine(retriever=lambda: shared_retriever)
    for kind, value in steps:
        replies = engine.handle("u", value) if kind == "text" else engine.press("u", value)
        assert replies and all(r.text.strip() and len(r.text) <= MAX_REPLY_CHARS for r in replies)
