"""A small fake Bot API server on loopback, for end-to-end tests and the adapter benchmark.

It answers the methods the bot uses, queues updates for getUpdates (long polling), records every call, and
can be told to fail a method a number of times (HTTP 502, which python-telegram-bot reports as a network
error) to exercise retries.
"""

import json
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TOKEN = "123456:TEST-token"


class FakeTelegram:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.failures: dict[str, int] = {}  # method → how many more calls answer 502
        self._updates: list[dict] = []
        self._next_update = 1
        self._next_message = 1000
        self._cond = threading.Condition()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # Life cycle -------------------------------------------------------------------------------------------
    def __enter__(self) -> "FakeTelegram":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    # What tests do ----------------------------------------------------------------------------------------
    def send_text(self, user_id: int, text: str) -> None:
        message = self._message(user_id, text=text)
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        self._push({"message": message})

    def send_photo(self, user_id: int) -> None:
        self._push({"message": self._message(user_id, photo=[{"file_id": "p1", "file_unique_id": "u1", "width": 1, "height": 1}])})

    def press(self, user_id: int, data: str) -> None:
        self._push({"callback_query": {"id": str(self._next_update), "from": self._user(user_id), "chat_instance": "c",
                                       "data": data, "message": self._message(user_id, text="(tombol)")}})

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

    def _message(self, user_id: int, **content) -> dict:
        self._next_message += 1
        return {"message_id": self._next_message, "date": int(time.time()), "from": self._user(user_id),
                "chat": {"id": user_id, "type": "private"}, **content}

    def _push(self, update: dict) -> None:
        with self._cond:
            update["update_id"] = self._next_update
            self._next_update += 1
            self._updates.append(update)
            self._cond.notify_all()

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
        if method in ("sendMessage", "sendDocument", "editMessageText"):
            self._next_message += 1
            result = {"message_id": self._next_message, "date": int(time.time()),
                      "chat": {"id": int(params.get("chat_id", 0)), "type": "private"}}
            if method == "sendDocument":
                result["document"] = {"file_id": "d1", "file_unique_id": "du1"}
            else:
                result["text"] = params.get("text", "")
            return result
        return True  # setMyCommands, sendChatAction, answerCallbackQuery, deleteWebhook …

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                method = self.path.rsplit("/", 1)[-1]
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                params = _parse(self.headers.get("Content-Type", ""), body)
                with fake._cond:
                    failing = fake.failures.get(method, 0)
                    if failing:
                        fake.failures[method] = failing - 1
                if failing:
                    self._reply(502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
                    return
                result = fake._answer(method, params)
                if method != "getUpdates":
                    with fake._cond:
                        fake.calls.append((method, params))
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
