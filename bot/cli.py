"""The `iki` command: a thin layer over the rules, the rewriter, the chat engine and the eval runners."""

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bot import render
from bot.inputs import (
    InputError,
    OutputError,
    os_reason,
    read_iki_lines,
    read_iki_or_text_lines,
    read_skp,
    read_text_file,
)
from bot.llm.assistant import NO_AI
from bot.llm.chat_models import LlmMisconfigured
from bot.logs import mask
from bot.models import IkiDraft, SkpDraft
from bot.retrieval.embeddings import RetrievalUnavailable
from bot.rules import check_iki, check_skp
from bot.settings import SettingsError, data_dir_problem, ensure_data_dir, get_settings, load_settings
from bot.sheets.kinds import TEXT_SUFFIXES, WORKBOOK_SUFFIXES
from bot.storage import StoreDamaged, StoreUnavailable, what_to_check

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2
EXIT_PARTIAL = 3  # `iki audit` of several files: the report is written, but some files could not be read


def _emit(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False))


def _masked(text: str) -> str:
    """An error for stderr with every secret of the settings masked (the patterns alone when they did not load)."""
    try:
        secrets = get_settings().secrets()
    except ValueError:  # pydantic's ValidationError: explain() has masked that message already
        secrets = []
    return mask(text, secrets)


def _unreadable(message: str) -> int:
    print(f"iki: input tidak terbaca: {message}", file=sys.stderr)
    return EXIT_UNREADABLE


def cmd_check(args: argparse.Namespace) -> int:
    if args.file != "-" and Path(args.file).suffix.lower() in WORKBOOK_SUFFIXES + TEXT_SUFFIXES:
        # a unit's table given to the wrong command (tester21a #18): said which one reads it
        return _unreadable(f"{Path(args.file).name} adalah tabel, bukan JSON Lines. Untuk memeriksa SKP satu unit dari "
                           f"tabel (satu baris per IKI), jalankan «iki audit {args.file}»; iki check membaca satu objek "
                           "JSON per baris, misalnya {\"indikator\": \"…\", \"target\": \"90%\"}")
    try:
        text = read_text_file(args.file, "SKP" if args.skp else "daftar IKI")  # bounded like every other input
        if args.skp:
            return _check_skp(read_skp(text), args.json)
        drafts, errors = read_iki_lines(text.splitlines())
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
        drafts, errors = read_iki_or_text_lines(read_text_file("-", "daftar IKI").splitlines())
        if errors:
            for error in errors:
                print(f"iki: {error}", file=sys.stderr)
            return EXIT_UNREADABLE
        if not drafts:  # (tester26 #24: nothing on stdin printed nothing, exit 0)
            return _unreadable("teks IKI kosong; contoh: echo \"Melakukan monev SBBL\" | iki rewrite -")
    else:
        from bot.inputs import text_argument

        text = text_argument(" ".join(args.text).strip(), "teks IKI")
        if not text:
            return _unreadable("teks IKI kosong; contoh: iki rewrite \"Melakukan monev SBBL\"")
        drafts = [IkiDraft(indikator=text)]
    assistant = _assistant()
    for draft in drafts:
        assisted = assistant.rewrite(draft, n=args.n)
        if args.json:  # the JSON fields are an interface (indikator, satuan, alasan): the rewriter's own flag stays in
            _emit(assisted.value.model_dump(mode="json", exclude={"candidates": {"__all__": {"guessed"}}}))
        else:
            note = f"\n{NO_AI}" if assisted.fell_back else ""
            print(f"«{assisted.value.input}»\n{render.candidates(assisted.value)}{note}\n")
    return EXIT_OK


def _assistant():
    from bot.llm.assistant import Assistant

    return Assistant.from_settings()


def _retriever(progress: bool = False):
    from bot.retrieval.retriever import Retriever

    ensure_data_dir(get_settings())
    return Retriever(progress=_index_progress if progress else None)


def _index_progress(batches, desc):
    """Documents embedded so far, the rate, and the time left (tqdm's estimate, refined as batches finish)."""
    from tqdm import tqdm

    batches = list(batches)
    with tqdm(total=sum(len(b) for b in batches), desc=f"indeks {desc}", unit=" dokumen", file=sys.stderr) as bar:
        for batch in batches:
            yield batch
            bar.update(len(batch))


def _queries(values: list[str], what: str) -> list[str]:
    from bot.inputs import stdin_lines, text_argument

    if values == ["-"]:
        return stdin_lines(what)
    text = text_argument(" ".join(values).strip(), what)
    return [text] if text else []


def cmd_search(args: argparse.Namespace) -> int:
    from bot.retrieval.codes import levels

    if args.level and args.level not in levels():
        print(f"iki: perintah tidak lengkap atau keliru (--level: pilihan tidak dikenal: {args.level}; pilih dari "
              f"{', '.join(levels())}). Lihat: iki --help", file=sys.stderr)
        return EXIT_UNREADABLE
    queries = _queries(args.query, "kueri")
    if not queries:
        return _unreadable("kueri kosong; contoh: iki search \"serapan anggaran\"")
    retriever = _retriever(progress=True)  # a build (first use, a new catalog) shows its progress
    for query in queries:
        found = retriever.find(query, k=args.k, level=args.level)
        if args.json:
            data = {"query": query, "results": [h.model_dump(mode="json") for h in found.results]}
            if found.children:  # the rows under a code asked for
                data["children"] = [h.model_dump(mode="json") for h in found.children]
            if found.missing_code:  # a code the catalog does not hold: say so, with its nearest rows
                data |= {"not_in_catalog": found.missing_code, "related": [h.model_dump(mode="json") for h in found.related]}
            _emit(data)
        else:
            print(render.search_result(found) + "\n")
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    questions = _queries(args.question, "pertanyaan")
    if not questions:
        return _unreadable("pertanyaan kosong; contoh: iki ask \"berapa jumlah IKI yang boleh?\"")
    retriever = _retriever(progress=True)
    for question in questions:
        result = retriever.ask(question, k=args.k)
        if args.json:
            _emit(result.model_dump(mode="json"))
        else:
            print(render.answer(result) + "\n")
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    retriever = _retriever(progress=True)
    if not retriever.rebuilt:
        retriever.rebuild()
    print(
        f"Indeks dibangun: {len(retriever.catalog.indicators)} indikator, {len(retriever.passages)} bagian pedoman, "
        f"model {_model_name(retriever.vectors.embedder.reference)} ({time.perf_counter() - args.started:.1f} detik)."
    )
    return EXIT_OK


def _model_name(reference: str) -> str:
    """The model as a planner's report names it: the package and its version, or a folder's own name, never a path
    into a checkout's site-packages (tester53 P3-10)."""
    from bot.retrieval.shipped_vectors import model_identity

    return model_identity(reference) or (Path(reference).name if Path(reference).is_dir() else reference)


def cmd_import_renstra(args: argparse.Namespace) -> int:
    from bot.retrieval.catalog import CatalogError, import_catalog
    from bot.retrieval.codes import levels

    settings = get_settings()
    ensure_data_dir(settings)
    previous = _catalog_in_use(settings)
    try:
        reading = import_catalog(Path(args.file), settings.imported_catalog)
    except CatalogError as exc:  # what was written did not read back the same: the old catalog stays
        for error in exc.errors[:10]:
            print(f"iki: {error}", file=sys.stderr)
        print("iki: katalog hasil impor tidak terbaca kembali sama persis; katalog lama tetap dipakai. Laporkan berkas "
              "ini ke pengembang.", file=sys.stderr)
        return EXIT_UNREADABLE
    print("\n".join(reading.lines()), file=sys.stderr)
    counts = Counter(i.level for i in reading.indicators)
    summary = ", ".join(f"{counts[level]} {level}" for level in levels() if counts[level])
    print(f"{len(reading.indicators)} indikator diimpor ({summary}).", file=sys.stderr)
    # The import is the whole catalog, never an addition: say which catalog it replaced and how to keep its rows.
    if previous:
        where, count = previous
        print(f"Katalog ini menggantikan katalog sebelumnya ({where}, {count} indikator); indikator yang tidak ada di "
              f"{Path(args.file).name} tidak lagi ditemukan. Untuk menambah baris ke katalog bawaan, gabungkan "
              f"barisnya dengan knowledge/renstra.csv lalu impor berkas gabungan itu.", file=sys.stderr)
    print("Membangun ulang indeks …", file=sys.stderr)
    args.started = time.perf_counter()
    return cmd_index(args)


def _catalog_in_use(settings) -> tuple[str, int] | None:
    """The catalog an import replaces: which one (bundled or imported earlier) and its rows; None when unreadable."""
    from bot.retrieval.catalog import read_catalog

    path = settings.catalog_file
    try:
        count = len(read_catalog(path).indicators)
    except (OSError, InputError):
        return None
    return ("hasil impor sebelumnya" if path == settings.imported_catalog else "katalog bawaan"), count


def cmd_telegram(args: argparse.Namespace) -> int:
    from bot.telegram.app import MissingToken
    from bot.telegram.serve import run

    if args.check:
        return cmd_doctor(args)
    try:
        return run(get_settings(), webhook=args.webhook, listen=args.listen, port=args.port, path=args.path)
    except MissingToken as exc:
        print(_masked(f"iki: {exc}"), file=sys.stderr)
        return EXIT_UNREADABLE


def cmd_doctor(args: argparse.Namespace) -> int:
    from bot.service.warm_start import print_report, set_damaged_store_aside, warm_start

    settings = get_settings()
    if getattr(args, "move_aside", False) or getattr(args, "restore_backup", False):
        done, message = set_damaged_store_aside(settings, restore=args.restore_backup)
        print(f"iki: {message}", file=sys.stdout if done else sys.stderr)
        return EXIT_OK if done else EXIT_UNREADABLE
    webhook = bool(getattr(args, "webhook", None)) or bool(settings.telegram_webhook_secret)
    ready = warm_start(settings, telegram=True, webhook=webhook)
    print_report(ready, sys.stdout)
    print("\nSemua pemeriksaan lulus: bot siap dijalankan." if ready.ok else
          "\nAda pemeriksaan yang gagal (✗): perbaiki sesuai petunjuk (→) lalu jalankan iki doctor lagi.")
    return EXIT_OK if ready.ok else EXIT_FINDINGS


def cmd_mpph(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from bot.inputs import describe, load_yaml
    from bot.outputs import check_out_file, write_file
    from bot.skp.mpph import MpphDraft, check_mpph, mpph_workbook

    default = Path(args.file).with_suffix(".xlsx") if args.file != "-" else Path("mpph.xlsx")
    out = check_out_file(Path(args.out) if args.out else default, [Path(args.file)] if args.file != "-" else [])
    name = Path(args.file).name if args.file != "-" else "input"
    data = load_yaml(read_text_file(args.file, "berkas MPPH"), name)  # YAML also reads JSON
    if not isinstance(data, dict):
        return _unreadable(f"{name} harus berisi pimpinan, indikator, dan tim; contoh: knowledge/examples/mpph_sbbl.yaml")
    try:
        draft = MpphDraft.model_validate(data)
    except ValidationError as exc:
        return _unreadable(f"{name}: {describe(exc)}")
    result = check_mpph(draft)
    write_file(out, mpph_workbook(draft, result))
    if args.json:
        _emit(result.model_dump(mode="json"))
    else:
        print(render.mpph_result(draft, result))
        print(f"\nMatriks MPPH (XLSX): {out}")
    return EXIT_FINDINGS if result.has_error else EXIT_OK


def _bar(desc: str, unit: str, total: int | None = None):
    """A tqdm bar on stderr; also the audit's progress (bot.audit.Progress)."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, unit_scale=True, file=sys.stderr, mininterval=0.5)


def audit_sources(given: list[Path]) -> list[Path]:
    """The exports to audit as one: files as given, a folder as the spreadsheets in it (a unit's /ekspor files, one
    per person), the reports of an earlier audit in it left out."""
    from bot.audit import REPORT_FILES
    from bot.sheets.kinds import TEXT_SUFFIXES, WORKBOOK_SUFFIXES

    sources: list[Path] = []
    for path in given:
        if not path.is_dir():
            sources.append(path)
            continue
        found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in WORKBOOK_SUFFIXES + TEXT_SUFFIXES
                       and p.name not in REPORT_FILES and not p.name.startswith("~$"))
        if not found:
            raise InputError(f"folder {path} tidak berisi berkas .xlsx, .xls, .ods atau .csv untuk diaudit")
        sources += found
    return sources


def cmd_audit(args: argparse.Namespace) -> int:
    from bot.audit import REPORT_FILES, run_audit
    from bot.audit.report import summary
    from bot.outputs import out_dir
    from bot.sheets.kinds import check_file

    sources = audit_sources([Path(f) for f in args.file])
    olds = audit_sources([Path(args.compare)]) if args.compare else []  # a folder of last year's /ekspor files too
    for given in (sources, olds):
        if len(given) == 1:  # a wrong or empty file is said before anything is made; of several, it is skipped
            check_file(given[0])
    first = Path(args.file[0])
    out = Path(args.out) if args.out else first.with_name(f"audit-{first.stem if first.is_file() else first.name}")
    old = (olds if len(olds) > 1 else olds[0]) if olds else None
    with out_dir(out, REPORT_FILES, sources + olds):
        done = run_audit(sources if len(sources) > 1 else sources[0], out, _bar, old=old, workers=args.workers)
    print(summary(done.audit))
    if done.comparison:
        print("\n".join(done.comparison.lines()))
    phases = " · ".join(f"{k} {v:.1f} s".replace(".", ",") for k, v in done.timings.items())
    print(f"Laporan: {done.html} dan {done.xlsx} ({time.perf_counter() - args.started:.1f} detik: "
          f"{phases}; {done.workers} proses pemeriksa)")
    if unread := done.unread:
        print(f"iki: {len(unread)} berkas tidak terbaca dan dilewati ({', '.join(unread[:5])}"
              f"{' …' if len(unread) > 5 else ''}); laporan memuat berkas lainnya. Perbaiki berkas itu seperti "
              "tertulis di «Pembacaan», lalu jalankan audit lagi", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


def cmd_dialog(args: argparse.Namespace) -> int:
    from bot.outputs import check_out_file, write_file
    from bot.skp.dialog_pack import build_pack, default_questions, pack_docx, pack_text
    from bot.year.rencana import quarter_actions

    default = Path(args.file).with_suffix(".docx") if args.file != "-" else Path("bahan-dialog-kinerja.docx")
    out = check_out_file(Path(args.out) if args.out else default, [Path(args.file)] if args.file != "-" else [])
    skp = read_skp(read_text_file(args.file, "berkas SKP"))
    if not skp.iki:
        return _unreadable("SKP tidak berisi IKI")
    questions = _assistant().dialog_questions(skp, default_questions())
    pack = build_pack(skp, questions.value, actions={iki.indikator: quarter_actions(iki) for iki in skp.iki})
    write_file(out, pack_docx(pack))
    print(pack_text(pack))
    print(f"\nBerkas Word: {out}")
    return EXIT_OK


def cmd_chat(args: argparse.Namespace) -> int:
    from bot import chat

    return chat.run(user=args.user or chat.TERMINAL_USER)


def cmd_eval(args: argparse.Namespace) -> int:
    from evals import runners

    return runners.run(args.name, llm=args.llm)


def _count(low: int, high: int):
    """An argparse type for a whole number in [low, high], with the reason in Indonesian."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text}» bukan bilangan bulat") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"harus {low}–{high}, bukan {value}")
        return value

    return parse


# argparse's own words are English; the user reads Indonesian.
_ARGPARSE_WORDS = (("the following arguments are required:", "wajib diisi:"), ("unrecognized arguments:", "tidak dikenal:"),
                   ("invalid choice:", "pilihan tidak dikenal:"), ("choose from", "pilih dari"),
                   ("expected one argument", "perlu satu nilai"), ("argument ", ""))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        for english, indonesian in _ARGPARSE_WORDS:
            message = message.replace(english, indonesian)
        self.exit(EXIT_UNREADABLE, f"iki: perintah tidak lengkap atau keliru ({message}). Lihat: iki --help\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="iki", description="Asisten IKI: periksa dan perbaiki IKI (SKP ASN Kemenkes).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")

    check = sub.add_parser("check", aliases=["cek"], help="periksa IKI (JSON Lines) atau satu SKP (--skp)")
    check.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    check.add_argument("--json", action="store_true", help="keluaran JSON, satu objek per IKI")
    check.add_argument("--skp", action="store_true", help="input satu dokumen JSON SKP")
    check.set_defaults(func=cmd_check)

    rw = sub.add_parser("rewrite", help="usulan IKI berbasis output")
    rw.add_argument("text", nargs="+", metavar="TEXT|-")
    rw.add_argument("--json", action="store_true")
    rw.add_argument("--n", type=_count(1, 10), default=3, help="jumlah usulan paling banyak, 1–10 (bawaan 3)")
    rw.set_defaults(func=cmd_rewrite)

    tg = sub.add_parser("telegram", help="jalankan bot Telegram (long polling, atau webhook)")
    tg.add_argument("--webhook", metavar="URL", help="URL publik webhook, misalnya https://iki.example.go.id/telegram")
    tg.add_argument("--listen", default="0.0.0.0", metavar="HOST", help="alamat yang didengarkan (bawaan 0.0.0.0)")
    tg.add_argument("--port", type=int, default=8443, metavar="N", help="port (bawaan 8443)")
    tg.add_argument("--path", default="telegram", help="jalur URL webhook di server ini (bawaan telegram)")
    tg.add_argument("--check", action="store_true", help="hanya periksa kesiapan (sama dengan iki doctor)")
    tg.set_defaults(func=cmd_telegram)

    doctor = sub.add_parser("doctor", help="periksa semua bagian sebelum menjalankan bot (✓/✗ dengan petunjuk)")
    repair = doctor.add_mutually_exclusive_group()
    repair.add_argument("--move-aside", action="store_true",
                        help="berkas penyimpanan SQLite yang rusak dipindah ke samping; mulai dengan penyimpanan baru")
    repair.add_argument("--restore-backup", action="store_true",
                        help="berkas penyimpanan SQLite yang rusak dipindah ke samping; salinan harian terbaru dipulihkan")
    doctor.set_defaults(func=cmd_doctor)

    dg = sub.add_parser("dialog", help="bahan dialog kinerja dan rencana aksi dari satu SKP JSON (DOCX)")
    dg.add_argument("file", nargs="?", default="-", metavar="SKP.json|-")
    dg.add_argument("--out", metavar="FILE.docx", help="berkas Word (bawaan: nama SKP dengan .docx)")
    dg.set_defaults(func=cmd_dialog)

    mp = sub.add_parser("mpph", help="matriks pembagian peran dan hasil dari satu berkas YAML/JSON, diperiksa dan diekspor")
    mp.add_argument("file", metavar="FILE.yaml|.json|-")
    mp.add_argument("--json", action="store_true")
    mp.add_argument("--out", metavar="FILE.xlsx", help="berkas XLSX (bawaan: nama berkas dengan .xlsx)")
    mp.set_defaults(func=cmd_mpph)

    au = sub.add_parser("audit", help="audit SKP satu unit atau seluruh kementerian dari ekspor XLSX/CSV (satu baris per IKI)")
    au.add_argument("file", metavar="FILE.xlsx|.csv|FOLDER", nargs="+",
                    help="ekspor satu baris per IKI, atau beberapa berkas /ekspor (satu per pegawai) atau foldernya")
    au.add_argument("--out", metavar="DIR", help="folder laporan (bawaan: audit-<nama berkas> di samping berkas)")
    au.add_argument("--compare", metavar="LAMA.xlsx|.csv|FOLDER",
                    help="ekspor sebelumnya (atau folder berkas /ekspor-nya): perubahan per unit dan seluruh "
                         "kementerian")
    au.add_argument("--workers", type=int, metavar="N", help="proses pemeriksa (bawaan: otomatis, paralel bila ekspor besar)")
    au.set_defaults(func=cmd_audit)

    chat = sub.add_parser("chat", help="obrolan di terminal")
    chat.add_argument("--user", metavar="NAMA",
                      help="pengguna obrolan ini (bawaan: terminal); beberapa orang bisa memakai satu folder data")
    chat.set_defaults(func=cmd_chat)

    search = sub.add_parser("search", help="cari indikator Renstra (IT/ISS/IKP/IKK/IKM/IKD) beserta jalurnya")
    search.add_argument("query", nargs="+", metavar="QUERY|-")
    search.add_argument("--json", action="store_true")
    search.add_argument("--k", type=_count(1, 50), default=5, help="jumlah hasil, 1–50 (bawaan 5)")
    search.add_argument("--level", type=str.upper, help="batasi ke satu tingkat Renstra, misalnya IKK")
    search.set_defaults(func=cmd_search)

    ask = sub.add_parser("ask", help="tanya pedoman SKP/IKI; jawaban dengan sumbernya")
    ask.add_argument("question", nargs="+", metavar="QUESTION|-")
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--k", type=_count(1, 20), default=3, help="jumlah bagian pedoman, 1–20 (bawaan 3)")
    ask.set_defaults(func=cmd_ask)

    index = sub.add_parser("index", help="bangun ulang indeks pencarian")
    index.set_defaults(func=cmd_index)

    imp = sub.add_parser("import-renstra", help="impor katalog indikator Renstra dari XLSX, CSV atau lampiran PDF; "
                         "berkas ini menggantikan seluruh katalog yang dipakai (bawaan atau impor sebelumnya)")
    imp.add_argument("file", metavar="FILE.xlsx|.csv|.pdf",
                     help="katalog lengkap; untuk menambah baris unit ke katalog bawaan, gabungkan dengan "
                          "knowledge/renstra.csv lebih dulu")
    imp.set_defaults(func=cmd_import_renstra)

    ev = sub.add_parser("eval", help="jalankan evaluasi dan cetak angkanya")
    ev.add_argument("name", metavar="NAMA", help="evaluasi yang dijalankan (lihat README), atau all")
    ev.add_argument("--llm", action="store_true", help="rewrite: bandingkan juga dengan LLM yang dikonfigurasi (IKI_LLM_*)")
    ev.set_defaults(func=cmd_eval)
    return parser


# What a command that cannot go on says on stderr for each failure of settings or a part it needs (the first kind
# that matches), every secret masked.
_FAILURES: tuple[tuple[type[Exception], Callable[[Exception], str]], ...] = (
    (SettingsError, str),
    (StoreDamaged, lambda exc: f"{exc}\n{exc.advice}"),
    (StoreUnavailable, lambda exc: f"penyimpanan tidak dapat dihubungi ({exc}). {what_to_check(get_settings())}"),
    (RetrievalUnavailable, lambda exc: f"pencarian tidak tersedia: {exc}"),
    (LlmMisconfigured, lambda exc: f"pengaturan LLM belum lengkap: {exc}"),
)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.started = time.perf_counter()
    try:
        # Settings are checked before any command runs: a wrong IKI_ value is named, never a traceback.
        problem = data_dir_problem(load_settings())
        if problem:
            raise SettingsError(problem)
        return args.func(args)
    except tuple(kind for kind, _ in _FAILURES) as exc:
        told = next(say for kind, say in _FAILURES if isinstance(exc, kind))
        print(_masked(f"iki: {told(exc)}"), file=sys.stderr)
        return EXIT_UNREADABLE
    except OutputError as exc:
        print(f"iki: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except (InputError, UnicodeDecodeError) as exc:
        return _unreadable(str(exc) if isinstance(exc, InputError) else "teks bukan UTF-8; simpan berkas sebagai UTF-8")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a file or folder the system refuses (rights, a full disk): named, never a traceback
        if exc.filename is None:
            raise
        print(f"iki: {exc.filename} tidak bisa dibuka atau ditulisi ({os_reason(exc)}); periksa hak aksesnya, "
              "atau salin berkasnya ke folder Anda sendiri / pilih folder lain dengan --out, lalu ulangi", file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())
