"""The `iki` command: a thin layer over the rules, the rewriter, the chat engine and the eval runners."""

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from bot import render
from bot.inputs import InputError, read_iki_lines, read_skp
from bot.models import SkpDraft
from bot.rewrite import rewrite
from bot.rules import check_iki, check_skp

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def _open(path: str) -> contextlib.AbstractContextManager[TextIO]:
    if path == "-":
        return contextlib.nullcontext(sys.stdin)  # stdin stays open
    try:
        return open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"berkas {path} tidak bisa dibuka ({exc.strerror})") from None


def _emit(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False))


def _unreadable(message: str) -> int:
    print(f"iki: input tidak terbaca: {message}", file=sys.stderr)
    return EXIT_UNREADABLE


def cmd_check(args: argparse.Namespace) -> int:
    try:
        with _open(args.file) as handle:
            if args.skp:
                return _check_skp(read_skp(handle.read()), args.json)
            drafts, errors = read_iki_lines(handle)
    except UnicodeDecodeError:
        return _unreadable("teks bukan UTF-8; simpan berkas sebagai UTF-8")
    except InputError as exc:
        return _unreadable(str(exc))
    if errors:
        for error in errors:
            print(f"iki: {error}", file=sys.stderr)
        print("iki: tidak ada yang diperiksa; perbaiki baris di atas lalu ulangi.", file=sys.stderr)
        return EXIT_UNREADABLE
    if not drafts:
        return _unreadable("tidak ada IKI; kirim satu objek JSON per baris, misalnya {\"indikator\": \"…\"}")
    results = [check_iki(d) for d in drafts]
    for i, result in enumerate(results, start=1):
        if args.json:
            _emit(result.model_dump(mode="json"))
        else:
            print(render.iki_result(result, i) + "\n")
    return EXIT_FINDINGS if any(r.has_error for r in results) else EXIT_OK


def _check_skp(skp: SkpDraft, as_json: bool) -> int:
    result = check_skp(skp)
    if as_json:
        _emit(result.model_dump(mode="json"))
    else:
        print(render.skp_result(result))
    return EXIT_FINDINGS if result.has_error else EXIT_OK


def cmd_rewrite(args: argparse.Namespace) -> int:
    if args.text == ["-"]:
        drafts, errors = read_iki_lines(sys.stdin)
        if errors:
            for error in errors:
                print(f"iki: {error}", file=sys.stderr)
            return EXIT_UNREADABLE
        results = [rewrite(d, n=args.n) for d in drafts]
    else:
        text = " ".join(args.text).strip()
        if not text:
            return _unreadable("teks IKI kosong; contoh: iki rewrite \"Melakukan monev SBBL\"")
        results = [rewrite(text, n=args.n)]
    for result in results:
        if args.json:
            _emit(result.model_dump(mode="json"))
        else:
            print(f"«{result.input}»\n{render.candidates(result)}\n")
    return EXIT_OK


def cmd_chat(args: argparse.Namespace) -> int:
    from bot import chat

    return chat.run()


def cmd_eval(args: argparse.Namespace) -> int:
    from evals import runners

    return runners.run(args.name)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own words are English; say what to do in Indonesian
        self.exit(EXIT_UNREADABLE, f"iki: perintah tidak lengkap atau keliru ({message}). Lihat: iki --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="iki", description="Asisten IKI: periksa dan perbaiki IKI (SKP ASN Kemenkes).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")

    check = sub.add_parser("check", help="periksa IKI (JSON Lines) atau satu SKP (--skp)")
    check.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    check.add_argument("--json", action="store_true", help="keluaran JSON, satu objek per IKI")
    check.add_argument("--skp", action="store_true", help="input satu dokumen JSON SKP")
    check.set_defaults(func=cmd_check)

    rw = sub.add_parser("rewrite", help="usulan IKI berbasis output")
    rw.add_argument("text", nargs="+", metavar="TEXT|-")
    rw.add_argument("--json", action="store_true")
    rw.add_argument("--n", type=int, default=3, help="jumlah usulan paling banyak (bawaan 3)")
    rw.set_defaults(func=cmd_rewrite)

    chat = sub.add_parser("chat", help="obrolan di terminal")
    chat.set_defaults(func=cmd_chat)

    ev = sub.add_parser("eval", help="jalankan evaluasi dan cetak angkanya")
    ev.add_argument("name", choices=["rules", "skp", "rewrite", "bench", "all"])
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, UnicodeDecodeError) as exc:
        return _unreadable(str(exc) if isinstance(exc, InputError) else "teks bukan UTF-8; simpan berkas sebagai UTF-8")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
