"""/profil: who the SKP belongs to (nama, NIP, jabatan, unit, atasan), asked once for the XLSX export and the dialog
pack. The five may come pasted together (lines, or one line with commas, labelled or not) or one by one; a NIP
that is not 18 digits is refused without losing anything else typed; /profil again shows them to change one. The
leader's NIP (the signature block's) is asked once the five are in, and a message that is no NIP moves on."""

import re
import unicodedata

from bot import knowledge
from bot.conversation import role_told
from bot.conversation.intent import Route, classify
from bot.conversation.replies import Button, Reply
from bot.conversation.state import ProfilState, UserState
from bot.lang.text import phrase_set, token_spans, tokens
from bot.models import NIP_DIGITS, Pegawai, Peran
from bot.sheets.tables import role_in

REQUIRED = ("nama", "nip", "jabatan", "unit", "atasan")
OPTIONAL = ("nip_atasan",)  # asked once the five are in; a message that is no NIP leaves it for later
FIELDS = REQUIRED + OPTIONAL
NIPS = ("nip", "nip_atasan")
LABELS = {"nama": "Nama", "nip": "NIP", "jabatan": "Jabatan", "unit": "Unit kerja", "atasan": "Atasan",
          "nip_atasan": "NIP atasan"}
ASK = {"nama": "Nama lengkap Anda (dengan gelar, bila ada)?",
       "nip": "NIP Anda (18 angka, spasi boleh)? Pegawai PPPK: tulis «NI PPPK» lalu nomornya.",
       "jabatan": "Jabatan Anda, misalnya «Epidemiolog Kesehatan Ahli Muda» atau «Analis SDM Aparatur Ahli Pertama»?",
       "unit": "Unit kerja Anda, misalnya «Direktorat Surveilans dan Kekarantinaan Kesehatan»?",
       "atasan": "Atasan langsung Anda (pejabat penilai kinerja): nama dan/atau jabatannya?",
       "nip_atasan": "NIP atasan Anda (18 angka), untuk blok tanda tangan? Belum tahu: ketuk Lewati atau lanjutkan "
                     "saja, isi nanti dengan /profil."}
# "Nama: …", "NIP 1983…", "atasan Direktur …": a label names its field (a colon is needed where the word could
# open the value itself: "Unit Pelayanan …" is a unit, "unit: …" a label).
# «atasan sy Pak Hendra», «nama saya Dewi»: the chat's «my» after a label is no part of the value. A name never
# opens with «nama», nor a jabatan with «jabatan», so «nama Maya Kusuma» is labelled without a colon too (a unit may
# open with «Unit»: «Unit Pelayanan …»).
_MINE = r"(?:\s+(?:sy|saya|aku|ku|gw|gue))?"
_OPEN = r"(?:\s*[:=]|\s+(?=\w))"  # a colon, or none before the value
# English labels too («Name:, NIP:, Position:, Unit:, Supervisor:», day-one dev3 english01): «name» and «supervisor»
# open no value, the others («Position …», «Office …» may) need their colon.
_SUPERVISOR = r"(?:direct\s+|immediate\s+)?(?:supervisor|superior|line\s+manager|boss)(?:['’]s)?"
_LABEL = re.compile(rf"^(?:(?P<ni_pppk>ni\s*pppk|nip\s+pppk|ni\s*p3k){_MINE}\b|(?P<nip_atasan>nip\s+(?:atasan|pejabat\s+penilai)(?:\s+(?:langsung|kinerja))?{_MINE}\b"
                    rf"|{_SUPERVISOR}\s+nip\b|nip\s+(?:of\s+)?(?:the\s+)?{_SUPERVISOR})"
                    rf"|(?P<nip>nip){_MINE}\b|(?P<atasan>atasan(?:\s+langsung)?|pejabat\s+penilai(?:\s+kinerja)?"
                    rf"|{_SUPERVISOR}){_MINE}\b|(?P<nama>nama(?:\s+lengkap)?|(?:full\s+)?name){_MINE}{_OPEN}"
                    rf"|(?P<jabatan>jabatan){_MINE}{_OPEN}|(?P<jabatan_en>position|job\s+title|title|role)\s*[:=]"
                    r"|(?P<unit>unit(?:\s+kerja)?|satker|satuan\s+kerja|work\s+unit|office|department|organi[sz]ation)"
                    r"\s*[:=])\s*[:=\-]?\s*", re.IGNORECASE)
# «/profil unit kerja Balai …», «/profil unit Balai …»: the field named after the command as «/profil nip …» names
# the NIP; typed as an answer, a unit may open with «Unit» and needs its colon (tester24 #8)
_COMMAND_UNIT = re.compile(r"^(?:unit(?:\s+kerja)?|satker|satuan\s+kerja)(?!\s+kerja\b)(?!\s*[:=])\s+", re.IGNORECASE)
_NIP_LIKE = re.compile(r"['’]?[\d][\d\s.\-]{9,}")
# «Dewi / 1990… / Analis … / Bagian … / atasan …»: slashes with spaces around them part the fields of one line (one
# slash is a value's own: «bendahara pengeluaran / pengelola keuangan»)
_SLASH = re.compile(r"\s+/\s+")
# A value that goes on past a comma: a name's title («dr. Bayu, M.Epid»), the person after a post («Kabag Umum,
# Bpk. Ahmad Fauzi»)
_RUNS_ON = ("nama", "atasan")
_SKIP_WORDS = {"lewati", "skip", "belum ada", "nanti", "kosongkan", "-"}

SKIP, DONE = Button("Lewati", "profil:skip"), Button("Selesai", "profil:close")
PPPK = "pppk"  # read_profile's mark: the number came labelled NI PPPK


def _label(pegawai: Pegawai, field: str) -> str:
    return pegawai.nip_label if field == "nip" else LABELS[field]


def _ask(pegawai: Pegawai, field: str) -> str:
    return "NI PPPK Anda (18 angka, spasi boleh)?" if field == "nip" and pegawai.pppk else ASK[field]


def _status_said(text: str) -> bool | None:
    """«sy PPPK», «status saya p3k»: True; «saya PNS»: False; None when a short message says neither (no digits:
    a number labelled «NI PPPK» is read as a field). conversation.yaml `profil_pppk`."""
    said = knowledge.data("conversation")["profil_pppk"]
    words = tokens(text)
    if not words or len(words) > said["max_words"] or any(ch.isdigit() for ch in text):
        return None
    if phrase_set("conversation", "profil_pppk", "pppk").find(words):
        return True
    return False if phrase_set("conversation", "profil_pppk", "pns").find(words) else None


def start(state: UserState, rest: str = "", now: float = 0.0, signer: str = "") -> list[Reply]:
    """/profil: an empty profile is asked for; a full one is shown with a button per field; text after the command
    is read as the answer ("/profil nip 1983 …", or the five pasted); now: the turn's time (epoch seconds); signer:
    the pejabat penilai the files name (the paired leader, team_pairing.signed_by), said when it is not the atasan
    typed."""
    pegawai = state.skp.pegawai
    state.edit = None  # a change waiting for its value would take the answers meant for the profile
    state.profil = ProfilState(field=_next_missing(pegawai, []) or "")
    if rest:
        return on_text(state, _COMMAND_UNIT.sub("unit kerja: ", rest, count=1), now)
    if not pegawai.filled:
        state.profil.field = "nama"
        return [Reply("Profil Anda dipakai di berkas /ekspor dan bahan /dialog (identitas dan tanda tangan); cukup "
                      "diisi sekali. Tempel kelimanya sekaligus, satu per baris:\nNama\nNIP\nJabatan\nUnit kerja\n"
                      "Atasan\n(lalu NIP atasan) — atau jawab satu per satu.\n\n" + ASK["nama"], [SKIP, DONE])]
    if state.profil.field in REQUIRED:
        return [Reply(summary(pegawai) + _signer_note(pegawai, signer) + "\n\n" + _ask(pegawai, state.profil.field),
                      [SKIP] + _field_buttons() + [DONE])]
    state.profil = None
    return [Reply(summary(pegawai) + _signer_note(pegawai, signer) + "\n\nUbah bagian mana?", _field_buttons() + [DONE],
                  choice_only=True)]


def _signer_note(pegawai: Pegawai, signer: str) -> str:
    """Who the files name as pejabat penilai when it is not the atasan shown above: the paired leader, the typed atasan
    then only a note (tester24 #4, the lead's decision); "" otherwise."""
    if not signer or signer == pegawai.atasan:
        return ""
    kept = f"; «{pegawai.atasan}» di atas hanya catatan" if pegawai.atasan else ""
    return (f"\nBerkas /ekspor dan /dialog mencantumkan {signer} sebagai pejabat penilai kinerja (atasan yang terhubung "
            f"dengan Anda di Asisten IKI){kept}. Bila pejabat penilai Anda orang lain, tulis dengan /profil atasan NAMA.")


def prompt(state: UserState) -> list[Reply]:
    field = state.profil.field or _next_missing(state.skp.pegawai, state.profil.skipped) or "nama"
    return [Reply(f"Profil — {_ask(state.skp.pegawai, field)}", [SKIP, DONE])]


def on_text(state: UserState, text: str, now: float = 0.0) -> list[Reply]:
    flow, pegawai = state.profil, state.skp.pegawai
    text = text.strip()
    if _about_profile(text):
        return [Reply("Profil ini hanya untuk identitas dan tanda tangan di berkas ekspor dan bahan dialog; tidak "
                      "dikirim ke mana pun. Ketik /batal untuk berhenti.")] + prompt(state)
    if text.lower() in _SKIP_WORDS:
        return _skip(state)
    status = _status_said(text)
    if status is not None:  # «sy PPPK»: the status kept, the question asked again in its words
        pegawai.pppk = status
        said = f"Tercatat: Anda {'PPPK; nomor induk Anda ditulis sebagai NI PPPK' if status else 'PNS (NIP)'}."
        if status:
            said += " " + knowledge.data("conversation")["profil_pppk"]["said"]
        return _next(state, [said])
    found = read_profile(text, flow.field or "nama")
    if found.pop(PPPK, None):
        pegawai.pppk = True
    refused = []
    for field in (f for f in NIPS if f in found):
        value = found.pop(field)
        nip, problem = check_nip(_nip_inside(value) or value)  # «nip nya yg di SK CPNS kan? 2000…»: the NIP in it
        if problem:
            refused.append((field, problem))
        else:
            found[field] = nip
    found = {field: found[field] for field in FIELDS if field in found}  # said back in the form's order
    for field, value in found.items():
        setattr(pegawai, field, value)
    # typed after a pairing, it wins over the paired leader (team_pairing.signed_by)
    if {"atasan", "nip_atasan"} & set(found):
        pegawai.atasan_at = now
    flow.skipped = [f for f in flow.skipped if f not in found]
    if found:  # the user is back at the profile: a later message that is something else has it asked again once
        flow.passed = 0
    lines = []
    if found:
        lines.append("Tercatat: " + "; ".join(f"{_label(pegawai, f)} {v}" for f, v in found.items()) + ".")
    if (led := role_in(found.get("jabatan", ""))) and state.skp.peran is Peran.anggota:
        # «Kepala Balai …»: the SKP is a leader's, not held to the members' 5–10 and IP ASN (tester21a #12)
        state.skp.peran = led
        lines.append(f"Peran SKP Anda kini {led.label} (dari jabatan): jumlah IKI dan IKI wajib diperiksa menurut peran "
                     "itu." + ("" if role_told.holds_to_table(led) else f" {role_told.leader_rules()}"))
    if refused:
        flow.field = refused[0][0]
        return [Reply("\n".join(lines + [why for _, why in refused] + [_ask(pegawai, flow.field)]), [SKIP, DONE])]
    return _next(state, lines)


def takes(state: UserState, text: str, elsewhere: bool = False) -> bool:
    """Whether a message answers the profile's open question. Under the leader's NIP (asked last, and optional), only
    a NIP, a labelled part or a word skipping it does. Under the five, a message that is clearly something else does
    not (tester19 #4: an IKI, «ajukan», «1» under «[1] Ajukan», «udh sy baca pak» were refused as a NIP or kept as the
    jabatan): an IKI or a list of them, a NIP answer without the digits of one, a number or a sentence given for a name,
    and what the engine finds pressing another button or naming a command (`elsewhere`)."""
    if state.profil is None:
        return True
    text = text.strip()
    labelled = bool(_LABEL.match(text)) or text.lower() in _SKIP_WORDS or bool(_corrected(text))
    if state.profil.field in OPTIONAL:
        return bool(_NIP_LIKE.search(text)) or labelled
    if labelled or _about_profile(text) or _status_said(text) is not None:  # a question about it, «sy PPPK»
        return True
    from bot.conversation.typed_work import reads_as_iki

    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or any(reads_as_iki(line) for line in lines):
        return False
    if len(lines) > 1 or _NIP_LIKE.search(text) or any(_LABEL.match(part.strip()) for part in text.split(",")):
        return True  # the five pasted together, or a NIP or a labelled part among them
    if elsewhere:
        return False
    if state.profil.field in NIPS:  # a NIP mistyped is refused with its reason; «1» or «ajukan» is no NIP at all
        digits = sum(ch.isdigit() for ch in text)
        return digits >= NIP_DIGITS // 2 or (digits >= 4 and not re.sub(r"[\d\s.\-'’]", "", text))
    words = tokens(text)
    return bool(words) and not all(w.isdigit() for w in words) and not _not_values().intersection(words) \
        and classify(text).route is not Route.smalltalk


def fits(state: UserState, text: str) -> bool:
    """Whether a message reads as the value of the field asked, whatever else it might press or name: a NIP of 18
    digits under a NIP, a unit opening with a unit's word under the unit (conversation.yaml `profil_unit_words`), a
    name of a few capitalised words (titles allowed) under the name."""
    if state.profil is None or "\n" in text:
        return False
    field, text = state.profil.field, text.strip()
    if field in NIPS:
        return not check_nip(text)[1]
    words = tokens(text)
    if not words or _not_values().intersection(words):
        return False
    if field == "unit":
        return bool(phrase_set("conversation", "profil_unit_words").match_at(words, 0))
    if field == "nama":
        names = [w for w in re.split(r"[\s,]+", text) if w]
        return 1 < len(names) <= 6 and all(re.fullmatch(r"[A-Z][A-Za-z'.\-]*", w) or w.endswith(".") for w in names)
    return False


def _about_profile(text: str) -> bool:
    """A one-line question short or naming the profile (conversation.yaml `profil_question_words`)."""
    if not text.endswith("?") or "\n" in text:
        return False
    words = tokens(text)
    said = knowledge.data("conversation")
    return len(words) <= said["profil_question_max_words"] \
        or phrase_set("conversation", "profil_question_words").find(words) is not None


def passed_by(state: UserState) -> list[Reply]:
    """Another command while the profile waits for one of the five: asked again once after it (the next message
    still answers it: play40 F9, it was kept unseen while another question was named open), let go at the second
    (as step M's questions are) with one line saying what is still empty; a profile waiting only for the leader's NIP
    is left at once and quietly (/profil asks it again)."""
    if state.profil is None:
        return []
    state.profil.passed += 1
    if state.profil.field in OPTIONAL:
        state.profil = None
    if state.profil is None:
        return []
    if state.profil.passed > 1:
        return let_go(state)
    question = prompt(state)[0]
    return [Reply(f"(Masih terbuka: {question.text} Jawab, atau pilih «Selesai».)", question.buttons, reminder=True)]


def let_go(state: UserState) -> list[Reply]:
    """The profile's question closed for a message that is something else: one line saying what is still empty and
    how to fill it, so nothing waits unseen."""
    state.profil = None
    missing = _empty(state.skp.pegawai, REQUIRED)
    empty = f" ({', '.join(missing)} masih kosong)" if missing else ""
    return [Reply(f"Pertanyaan profil saya tutup dulu{empty}; lanjutkan kapan saja dengan /profil.")]


def on_button(state: UserState, data: str) -> list[Reply]:
    """profil:field:NAME, profil:skip, profil:close."""
    action, _, field = data.partition(":")
    if action == "field" and field in FIELDS:
        state.profil = state.profil or ProfilState(skipped=list(OPTIONAL))  # one field changed: no other asked
        state.profil.field = field
        now = getattr(state.skp.pegawai, field) or "-"
        return [Reply(f"{_label(state.skp.pegawai, field)} sekarang: {now}. {_ask(state.skp.pegawai, field)}", [DONE])]
    if action == "skip" and state.profil:
        return _skip(state)
    if action == "close":
        state.profil = None
        return [Reply(summary(state.skp.pegawai) + "\n\nUbah kapan saja dengan /profil.")]
    return [Reply("Tombol itu sudah tidak berlaku.")] + (prompt(state) if state.profil else [])


def typed_at_menu(state: UserState, text: str, now: float = 0.0) -> list[Reply] | None:
    """«eh jabatan sy salah, harusnya Perencana Ahli Pertama» under /profil's «Ubah bagian mana?» (its buttons on
    screen, no field asked): that field changed as its button then the value would (tester56 F8: «Salam kenal!» and
    nothing changed); None for anything else."""
    if state.profil is not None or not any(data.startswith("profil:field:") for _, data in state.offered):
        return None
    found = _corrected(text) if "\n" not in text.strip() else {}
    field = next(iter(found), None)
    if field not in FIELDS:
        return None
    state.profil = ProfilState(skipped=list(OPTIONAL), field=field)  # one field changed: no other asked
    return on_text(state, text, now)


def summary(pegawai: Pegawai) -> str:
    return "Profil Anda:\n" + "\n".join(f"{_label(pegawai, f)}: {getattr(pegawai, f) or '- (belum diisi)'}"
                                         for f in FIELDS)


def missing_note(pegawai: Pegawai, member: bool = False, fields: tuple[str, ...] = FIELDS) -> str:
    """One line for /ekspor, /dialog and the MPPH workbook when the profile lacks what the file shows (`fields`); empty
    when it does not. member: said to the leader about a member's file (tester24 #12), who asks the member to fill it."""
    missing = _empty(pegawai, fields)
    if not missing:
        return ""
    if member:
        return f"Profilnya belum lengkap ({', '.join(missing)} kosong di berkas): minta ia mengisi /profil."
    return f"Profil belum lengkap ({', '.join(missing)} kosong di berkas): isi dengan /profil, lalu unduh lagi."


def _empty(pegawai: Pegawai, fields) -> list[str]:
    """The names of those fields the profile has not filled, as a sentence writes them."""
    return [pegawai.nip_label if f == "nip" and pegawai.pppk else LABELS[f].lower()
            for f in fields if not getattr(pegawai, f)]


def check_nip(text: str) -> tuple[str, str]:
    """(the 18 digits, "") or ("", why it is refused)."""
    written = text.strip().strip("'’`\"")
    digits = re.sub(r"[\s.\-]", "", written)
    if not digits.isdigit():
        return "", f"NIP «{written}» belum bisa dipakai: NIP hanya berisi angka (spasi boleh)."
    if len(digits) != NIP_DIGITS:
        return "", (f"NIP «{written}» belum bisa dipakai: NIP terdiri dari {NIP_DIGITS} angka, yang terbaca "
                    f"{len(digits)} angka.")
    return digits, ""


def _nip_inside(text: str) -> str | None:
    """The one run of NIP_DIGITS digits a sentence holds among its words (a remark or a question around the NIP
    asked for), or None (none, or more than one number)."""
    runs = [m.group(0).strip() for m in _NIP_LIKE.finditer(text)]
    whole = [run for run in runs if not check_nip(run)[1]]
    return whole[0] if len(runs) == 1 and whole else None


# A field named inside a sentence, not only opening it («eh NIP nya salah ketik»): the NIP atasan named first, so
# its «atasan» is no atasan of its own
_NAMED = {"nip_atasan": r"\bnip\s*(?:nya\s+)?(?:atasan|pejabat\s+penilai|pimpinan)\b",
          "nip": r"\bnip(?:nya)?\b", "nama": r"\bnama(?:nya)?\b", "jabatan": r"\bjabatan(?:nya)?\b",
          "unit": r"\b(?:unit(?:\s*kerja)?|satker)(?:nya)?\b", "atasan": r"\batasan(?:nya)?\b"}


def _corrected(text: str) -> dict[str, str]:
    """«eh NIP nya salah ketik, yg bener 1991…»: one field named before a word that gives its right value
    (conversation.yaml `profil_correction`), that value; {} when the sentence is no such correction."""
    words = knowledge.data("conversation")["profil_correction"]
    right = "|".join(re.escape(w) for w in sorted(words["right_value"], key=len, reverse=True))
    found = re.search(rf"(?:^|[\s,;.])(?:{right})\s*[:=,]?\s+(?P<value>\S.*)$", text, re.IGNORECASE | re.DOTALL)
    if not found or len(tokens(text[:found.start()])) > words["max_words_before"]:
        return {}
    before = text[:found.start()]
    named = [field for field, pattern in _NAMED.items() if re.search(pattern, before, re.IGNORECASE)]
    if "nip_atasan" in named:
        named = ["nip_atasan"]
    return {named[0]: found.group("value").strip(" .")} if len(named) == 1 else {}


def read_profile(text: str, current: str) -> dict[str, str]:
    """The fields a message holds, a slip put right inside a value kept out of it (`_slip_put_right`), and the words
    leading up to a name kept out of it (`_name_led`)."""
    fields = {field: _slip_put_right(value) for field, value in _read_profile(text, current).items()}
    return fields | ({"nama": _name_led(fields["nama"])} if "nama" in fields else {})


def _name_led(value: str) -> str:
    """«isi punya beliau atuh: Euis Kurniasih» → «Euis Kurniasih»: a name holds no colon (a label's was read off
    already), so the words before one only lead up to it; the value as typed when nothing name-like follows."""
    if value.count(":") != 1 or any(ch.isdigit() for ch in value):  # labelled fields run together are no name
        return value  # («Name: Kevin … NIP 1994… Supervisor: Ms. Ratna Dewi»: never the supervisor's name)
    led, _, name = value.partition(":")
    return name.strip() if led.strip() and _name_like(name.strip()) else value


def _slip_put_right(value: str) -> str:
    """«Instalasi Forensik RS Bhayangkara.. eh salah RSUP Dr. Kariadi» → «Instalasi Forensik RSUP Dr. Kariadi»: the
    words after a slip marker (conversation.yaml `profil_correction` `slip`) take the place of the slip, from the last
    word before the marker that opens as their first word does (one is the other's start), else of the whole value."""
    markers = "|".join(re.escape(w) for w in sorted(knowledge.data("conversation")["profil_correction"]["slip"],
                                                     key=len, reverse=True))
    found = re.search(rf"[\s.,;]*(?<!\w)(?:{markers})(?!\w)[\s.,:;]*", value, re.IGNORECASE)
    if not found or not value[found.end():].strip():
        return value
    before, right = value[:found.start()].split(), value[found.end():].strip()
    first = right.split()[0].lower().strip(".,")
    for at in range(len(before) - 1, -1, -1):
        word = before[at].lower().strip(".,")
        if len(word) >= 2 and (first.startswith(word) or word.startswith(first)):
            return " ".join(before[:at] + [right])
    return right


def _read_profile(text: str, current: str) -> dict[str, str]:
    """The fields a message holds. Labelled parts go to their field; the NIP anchors the rest (the name before it;
    jabatan, unit and atasan after it, in that order); one unlabelled value answers the field asked. A correction
    naming its field («NIP nya salah ketik, yg bener …») is that field's, whatever field is asked."""
    if corrected := _corrected(text.strip()):
        return corrected
    lines = [line.strip(" -•\t") for line in text.splitlines() if line.strip(" -•\t")]
    parts, by_comma = _parts(lines)
    found: dict[str, str] = {}
    plain: list[str] = []
    last = None  # the field the part before this one was labelled with
    for part in parts:
        label = _LABEL.match(part)
        field = next((name for name, value in label.groupdict().items() if value), None) if label else None
        field = "jabatan" if field == "jabatan_en" else field
        if field == "ni_pppk":  # «NI PPPK 1990…»: the NIP field, the member a PPPK
            found[PPPK] = "1"
            field = "nip"
        if field and part[label.end():].strip():
            found[field], last = part[label.end():].strip(), field
        elif by_comma and last in _RUNS_ON and not _NIP_LIKE.fullmatch(part):
            found[last] += ", " + part
        else:
            plain.append(part)
            last = None
    if not plain:
        return found
    if current in OPTIONAL and len(plain) == 1:
        return found | {current: plain[0]}
    nip_at = next((i for i, p in enumerate(plain) if _NIP_LIKE.fullmatch(p)), None)
    if nip_at is None:  # lines answer the field asked and the ones after it; extra lines stay with the last
        order = [f for f in REQUIRED[REQUIRED.index(current):] if f not in found] if current in REQUIRED else []
        order = order or [current]
        if len(plain) > len(order):
            plain = plain[:len(order) - 1] + [", ".join(plain[len(order) - 1:])]
        return found | dict(zip(order, plain))
    if nip_at and _name_like(name := ", ".join(plain[:nip_at])):
        found.setdefault("nama", name)  # "dr. Bayu, M.Epid": a title after a comma stays
    found.setdefault("nip", plain[nip_at])
    after = plain[nip_at + 1:]
    second = next((i for i, p in enumerate(after) if _NIP_LIKE.fullmatch(p)), None)
    if second is not None:  # a NIP after the atasan is the atasan's
        found.setdefault("nip_atasan", after.pop(second))
    slots = [f for f in ("jabatan", "unit", "atasan") if f not in found]
    if len(after) > len(slots) and slots:  # more parts than fields: the jabatan took a comma ("Analis, Ketua Tim")
        extra = len(after) - len(slots)
        after = [", ".join(after[:extra + 1])] + after[extra + 1:]
    return found | dict(zip(slots, after))


def _name_like(text: str) -> bool:
    """Whether the words before a NIP can be a name: one capitalised word at least, no digit, no chat word or word of
    a correction (conversation.yaml `profil_not_values`, `profil_not_name`). «oh iya kurang 1, 1988…» answering the
    NIP is a remark around it, never the name (tester55 F1)."""
    words = tokens(text)
    if not words or any(ch.isdigit() for ch in text) or not re.search(r"(?<![\w])[A-Z]", text):
        return False
    never = _not_values() | frozenset(knowledge.data("conversation")["profil_not_name"])
    if not never.intersection(words):
        return True
    # «Rina Marlna eh salah Rina Marlina»: a name put right inside the value is a name (the slip is read later)
    last = max(i for i, word in enumerate(words) if word in never)
    rest = unicodedata.normalize("NFKC", text)[token_spans(text)[last][1]:]  # token_spans counts in NFKC text
    return len(tokens(rest)) >= 2 and bool(re.search(r"(?<![\w])[A-Z]", rest))


def _parts(lines: list[str]) -> tuple[list[str], bool]:
    """The parts of a message that may each be a field, and whether they were cut at commas: its lines, or one line
    cut at slashes, or at commas when it holds a NIP or a label after its first part («Bagian Keuangan RSUP X,
    atasan Kabag Keuangan»)."""
    if len(lines) != 1:
        return lines, False
    line = lines[0]
    if len(_SLASH.findall(line)) >= 2:
        return [p.strip() for p in _SLASH.split(line) if p.strip()], False
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", line) if p.strip()]
    unmarked = _at_labels(line) if len(parts) == 1 else []
    if unmarked:
        return unmarked, False
    if _NIP_LIKE.search(line) or any(_LABEL.match(p) for p in parts[1:]):
        return parts, True
    return lines, False


# «nama saya Hj. Nurhayati NIP 1972… jabatan Widyaiswara … unit Bapelkes Batam atasan Kepala …» (dictated, day-one
# dev14): one line with no mark between its fields, each opened by its label word
_LABEL_WORDS = (r"\bnama\b", r"\bnip\b", r"\bjabatan\b", r"\bunit\b", r"\batasan\b")


def _at_labels(line: str) -> list[str]:
    """The line cut before each field's label word where at least conversation.yaml `profil_unmarked_labels` labels
    open fields in the form's order (the first time each is written); [] else."""
    found = [m.start() for m in (re.search(word, line, re.IGNORECASE) for word in _LABEL_WORDS) if m]
    # a label word inside a later field's value is none («… atasan Kepala Unit TI» with no unit named before)
    found = [at for n, at in enumerate(found) if all(at < later for later in found[n + 1:])]
    if len(found) < knowledge.data("conversation")["profil_unmarked_labels"] or found[0] != 0:
        return []
    parts = [line[start:end].strip() for start, end in zip(found, found[1:] + [len(line)])]
    return [_COMMAND_UNIT.sub(lambda m: m.group(0).rstrip() + ": ", part) for part in parts]  # «unit Bapelkes …»


def _next(state: UserState, lines: list[str]) -> list[Reply]:
    flow, pegawai = state.profil, state.skp.pegawai
    field = _next_missing(pegawai, flow.skipped)
    if field:
        flow.field = field
        shown = ["", summary(pegawai), ""] if field in OPTIONAL else []  # the five are in: said before the last ask
        return [Reply("\n".join(lines + shown + [_ask(pegawai, field)]), [SKIP, DONE])]
    state.profil = None
    return [Reply("\n".join(lines + ["", summary(pegawai), "",
                                     "Dipakai di /ekspor dan /dialog. Ubah kapan saja dengan /profil."]))]


def _skip(state: UserState) -> list[Reply]:
    flow = state.profil
    field = flow.field or _next_missing(state.skp.pegawai, flow.skipped)
    if field and field not in flow.skipped:
        flow.skipped.append(field)
    return _next(state, [f"{LABELS[field]} dilewati; isi nanti dengan /profil."] if field else [])


def _next_missing(pegawai: Pegawai, skipped: list[str]) -> str | None:
    """The first field left to ask; the leader's NIP only once the five are in (never for an atasan left empty)."""
    fields = FIELDS if all(getattr(pegawai, f) for f in REQUIRED) else REQUIRED
    return next((f for f in fields if not getattr(pegawai, f) and f not in skipped), None)


def waits(state: UserState) -> bool:
    """The profile waits for one of the five (not only for the leader's NIP, which a next step may leave)."""
    return state.profil is not None and state.profil.field not in OPTIONAL


@knowledge.cached
def _not_values() -> frozenset[str]:
    return frozenset(knowledge.data("conversation")["profil_not_values"])


def _field_buttons() -> list[Button]:
    return [Button(f"Ubah {LABELS[f].lower()}", f"profil:field:{f}") for f in FIELDS]
