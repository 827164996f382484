"""A small fake Bot API server on loopback, for end-to-end tests, the adapter benchmark and the load runner.

It answers the methods the bot uses, queues updates for getUpdates (long polling) or delivers them to webhook
replicas, records every call, and can be told to fail a method a number of times (HTTP 502, which
python-telegram-bot reports as a network error) to exercise retries. Updates come from private chats, groups,
supergroups and channels; a chat the bot left (leaveChat) refuses what it sends there with 403, and a token other
than TOKEN gets 401, as Telegram answers.

Webhook delivery behaves like Telegram's Bot API server: one update per chat in flight at a time (a chat's next
update waits until the previous one is answered with 2xx), many chats in parallel, and an update that gets no
2xx (refused connection, 5xx, timeout) is delivered again, here to the next replica in turn, as a load
balancer in front of several replicas would.
"""

import json
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TOKEN = "123456:TEST-token"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass
class Delivery:
    """One update's way to the bot: when it was queued, each attempt (replica, HTTP status or error), when done."""

    update: dict
    queued: float
    attempts: list[tuple[str, str]] = field(default_factory=list)
    started: float = 0.0  # the successful attempt's start
    done: float = 0.0

    @property
    def seconds(self) -> float:
        """The successful request: the turn and the sending of its replies, as Telegram would wait for it."""
        return self.done - self.started


class FakeTelegram:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.texts: dict[str, list[str]] = {}  # chat id → texts and captions sent there, in order (fast lookups)
        self.failures: dict[str, int] = {}  # method → how many more calls answer 502
        self.left: set[int] = set()  # chats the bot left (leaveChat)
        self.refused: list[tuple[str, dict]] = []  # calls answered 403 because the bot had left that chat
        self._updates: list[dict] = []
        self._next_update = 1
        self._next_message = 1000
        self._cond = threading.Condition()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        # Webhook delivery (deliver_to): per-chat queues, chats in flight, the replicas to post to.
        self.deliveries: dict[int, Delivery] = {}
        self._targets: list[str] = []
        self._secret = ""
        self._chats: dict[int, deque[int]] = {}
        self._busy: set[int] = set()
        self._turn = 0
        self._stopping = False
        self._workers: list[threading.Thread] = []

    # Life cycle -------------------------------------------------------------------------------------------
    def __enter__(self) -> "FakeTelegram":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        for worker in self._workers:
            worker.join(5)
        self._server.shutdown()
        self._server.server_close()

    def deliver_to(self, targets: list[str], secret: str, connections: int = 16) -> None:
        """Webhook mode: POST every update pushed from now on to these URLs (round robin, retried elsewhere)."""
        with self._cond:
            self._targets, self._secret = list(targets), secret
        for _ in range(connections - len(self._workers)):
            worker = threading.Thread(target=self._deliver_loop, daemon=True)
            worker.start()
            self._workers.append(worker)

    def set_targets(self, targets: list[str]) -> None:
        with self._cond:
            self._targets = list(targets)

    def delivered(self) -> list[Delivery]:
        with self._cond:
            return [d for d in self.deliveries.values() if d.done]

    def wait_delivered(self, count: int, timeout: float = 120.0) -> None:
        self.wait_for(lambda _: len([d for d in self.deliveries.values() if d.done]) >= count, timeout)

    def redeliver(self, update_id: int) -> None:
        """Deliver an update again (as Telegram does when it did not see an answer in time)."""
        with self._cond:
            old = self.deliveries[update_id]
            self._queue(old.update)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    # What tests do ----------------------------------------------------------------------------------------
    def send_text(self, user_id: int, text: str, chat_id: int | None = None, chat_type: str = "private") -> int:
        """Queue a message as the user, in their private chat or in another chat (a group: chat_id < 0 and
        chat_type "group" or "supergroup"); its update_id."""
        message = self._message(user_id, text=text, chat=self._chat(user_id if chat_id is None else chat_id, chat_type))
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return self._push({"message": message})

    def post_in_channel(self, chat_id: int, text: str) -> int:
        """A post in a channel the bot was added to: no sender, only the channel."""
        self._next_message += 1
        chat = self._chat(chat_id, "channel")
        return self._push({"channel_post": {"message_id": self._next_message, "date": int(time.time()), "chat": chat,
                                            "sender_chat": chat, "text": text}})

    def add_to_chat(self, chat_id: int, chat_type: str, by_user: int) -> int:
        """Someone adds the bot to a group, supergroup or channel (the my_chat_member update Telegram sends)."""
        bot = {"id": 1, "is_bot": True, "first_name": "Asisten IKI", "username": "asisten_iki_bot"}
        return self._push({"my_chat_member": {
            "chat": self._chat(chat_id, chat_type), "from": self._user(by_user), "date": int(time.time()),
            "old_chat_member": {"status": "left", "user": bot}, "new_chat_member": {"status": "member", "user": bot}}})

    def push(self, update: dict) -> int:
        """Queue an update as given (a test's own shape; its update_id kept when it has one)."""
        return self._push(dict(update))

    def send_photo(self, user_id: int) -> None:
        self._push({"message": self._message(user_id, photo=[{"file_id": "p1", "file_unique_id": "u1", "width": 1, "height": 1}])})

    def press(self, user_id: int, data: str) -> int:
        return self._push({"callback_query": {"id": str(self._next_update), "from": self._user(user_id), "chat_instance": "c",
                                       "data": data, "message": self._message(user_id, text="(tombol)")}})

    def received(self, chat_id: int) -> list[str]:
        """What the bot sent to one chat (message texts and document captions), in order."""
        with self._cond:
            return list(self.texts.get(str(chat_id), []))

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[dict]:
        with self._cond:
            return [p for m, p in self.calls if m == method and (chat_id is None or str(p.get("chat_id")) == str(chat_id))]

    def wait_for(self, predicate, timeout: float = 30.0) -> list[dict]:
        """Wait until predicate(calls) is truthy; return the calls."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self.calls):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"bot did not answer in {timeout}s; calls so far: {[m for m, _ in self.calls][-20:]}")
                self._cond.wait(remaining)
            return list(self.calls)

    # Internals --------------------------------------------------------------------------------------------
    def _user(self, user_id: int) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"Pegawai {user_id}"}

    def _chat(self, chat_id: int, chat_type: str) -> dict:
        if chat_type == "private":
            return {"id": chat_id, "type": "private", "first_name": f"Pegawai {chat_id}"}
        return {"id": chat_id, "type": chat_type, "title": f"{chat_type} {chat_id}"}

    def _message(self, user_id: int, **content) -> dict:
        self._next_message += 1
        return {"message_id": self._next_message, "date": int(time.time()), "from": self._user(user_id),
                "chat": self._chat(user_id, "private"), **content}

    def _push(self, update: dict) -> int:
        with self._cond:
            if "update_id" not in update:
                update["update_id"] = self._next_update
                self._next_update += 1
            if self._targets:
                self._queue(update)
            else:
                self._updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def _queue(self, update: dict) -> None:
        chat = _chat_of(update)
        self.deliveries[update["update_id"]] = Delivery(update, time.perf_counter())
        self._chats.setdefault(chat, deque()).append(update["update_id"])
        self._cond.notify_all()

    def _next_delivery(self) -> tuple[int, int] | None:
        """The oldest queued update of a chat that has nothing in flight (called holding the condition)."""
        ready = [(queue[0], chat) for chat, queue in self._chats.items() if queue and chat not in self._busy]
        if not ready:
            return None
        update_id, chat = min(ready)
        self._busy.add(chat)
        return chat, update_id

    def _deliver_loop(self) -> None:
        while True:
            with self._cond:
                while not self._stopping and (job := self._next_delivery()) is None:
                    self._cond.wait(0.5)
                if self._stopping:
                    return
                chat, update_id = job
                delivery = self.deliveries[update_id]
                target = self._targets[self._turn % len(self._targets)]
                self._turn += 1
            started = time.perf_counter()
            status = _post(target, delivery.update, self._secret)
            with self._cond:
                delivery.attempts.append((target, status))
                if status.startswith("2"):
                    delivery.started, delivery.done = started, time.perf_counter()
                    self._chats[chat].popleft()
                self._busy.discard(chat)
                self._cond.notify_all()
            if not status.startswith("2"):
                time.sleep(0.2)  # Telegram backs off too; the next attempt goes to the next replica

    def _answer(self, method: str, params: dict) -> object:
        if method == "getMe":
            return {"id": 1, "is_bot": True, "first_name": "Asisten IKI", "username": "asisten_iki_bot"}
        if method == "getUpdates":
            offset, timeout = int(params.get("offset") or 0), float(params.get("timeout") or 0)
            deadline = time.monotonic() + min(timeout, 1.0)
            with self._cond:
                while True:
                    ready = [u for u in self._updates if u["update_id"] >= offset]
                    if ready or time.monotonic() >= deadline:
                        return ready
                    self._cond.wait(deadline - time.monotonic())
        if method == "leaveChat":
            with self._cond:
                self.left.add(int(params.get("chat_id", 0)))
        if method in ("sendMessage", "sendDocument", "editMessageText"):
            self._next_message += 1
            chat_id = int(params.get("chat_id", 0))
            result = {"message_id": self._next_message, "date": int(time.time()),
                      "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}}
            if method == "sendDocument":
                result["document"] = {"file_id": "d1", "file_unique_id": "du1"}
            else:
                result["text"] = params.get("text", "")
            return result
        return True  # setMyCommands, sendChatAction, answerCallbackQuery, deleteWebhook …

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            # Headers and body go out in two writes; with Nagle's algorithm the body waits for the client's delayed
            # ACK (40 ms on Linux), which would put 40 ms on every Bot API call the bot makes.
            disable_nagle_algorithm = True

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                method = self.path.rsplit("/", 1)[-1]
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.split("/")[1] != f"bot{TOKEN}":
                    self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                params = _parse(self.headers.get("Content-Type", ""), body)
                with fake._cond:
                    failing = fake.failures.get(method, 0)
                    if failing:
                        fake.failures[method] = failing - 1
                    gone = method.startswith("send") and str(params.get("chat_id")) in {str(c) for c in fake.left}
                    if gone:
                        fake.refused.append((method, params))
                if failing:
                    self._reply(502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
                    return
                if gone:
                    self._reply(403, {"ok": False, "error_code": 403,
                                      "description": "Forbidden: bot is not a member of the supergroup chat"})
                    return
                result = fake._answer(method, params)
                if method != "getUpdates":
                    with fake._cond:
                        fake.calls.append((method, params))
                        if method in ("sendMessage", "sendDocument"):
                            fake.texts.setdefault(str(params.get("chat_id")), []).append(
                                str(params.get("text", params.get("caption", ""))))
                        fake._cond.notify_all()
                self._reply(200, {"ok": True, "result": result})

            def _reply(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot stopped polling while a long poll was open

        return Handler


def _chat_of(update: dict) -> int:
    """The chat an update belongs to (Telegram delivers one update per chat at a time)."""
    holder = (update.get("message") or update.get("channel_post") or update.get("my_chat_member")
              or update.get("callback_query", {}).get("message") or {})
    return holder.get("chat", {}).get("id", 0)


def _post(url: str, update: dict, secret: str) -> str:
    request = urllib.request.Request(url, data=json.dumps(update).encode(), method="POST",
                                     headers={"Content-Type": "application/json", SECRET_HEADER: secret})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return str(response.status)
    except urllib.error.HTTPError as exc:
        return str(exc.code)
    except OSError as exc:  # refused, reset (a replica killed mid-request), timeout
        return type(exc).__name__


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the bot opens many connections at once under load; the default backlog is 5


def _parse(content_type: str, body: bytes) -> dict:
    """Form or multipart fields; JSON-encoded values decoded, uploaded files kept as bytes."""
    params: dict = {}
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            params[name] = payload if part.get_filename() else payload.decode()
    elif content_type.startswith("application/json"):
        params = json.loads(body or b"{}")
    else:
        params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
    for key, value in list(params.items()):
        if isinstance(value, str):
            try:
                params[key] = json.loads(value)
            except ValueError:
                pass
    return params
