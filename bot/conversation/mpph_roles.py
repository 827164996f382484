"""The roles of an MPPH: read from the lines a leader types, their targets filled where none was written,
numbered as the matrix numbers them and written back as one line."""

import re

from bot import knowledge, render
from bot.conversation.mpph_leader_row import name_and_remark
from bot.conversation.mpph_reading import is_self, mpph_phrases, names_indicator
from bot.conversation.state import MpphState, UserState
from bot.lang.dates import quarter_mark, quarter_pattern, read_quarter
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import tokens
from bot.rules.draft_reading import read
from bot.skp.mpph import LeaderIndicator, Role
from bot.skp.regions import numbering_spelled, provinces_in
from bot.team.member_rows import looks_like_name, read_row, read_rows, trailing_target, unseparated_row

# A role line: "Nama; bagian; target[; IKI]", "Nama: bagian, target", "Nama - bagian - target", "Nama, bagian".
# A comma between two digits is a decimal comma («3,6», «85,5%»), never a separator (tester59 F7).
_COMMA = r"(?:(?<!\d),|,(?!\d))"
_LAST_PART = re.compile(r"\s*(?:" + _COMMA + r"|;|\s[-–—]\s)\s*(?=(?:[^,;]|(?<=\d),(?=\d))*$)")


_TRAILING_PERCENT = re.compile(r"^(?P<part>.+?)\s+(?:target\s*)?(?P<target>(?:≥|≤|min\w*|maks\w*)?\s*\d[\d.,]*\s*(?:%|persen))$",
                               re.IGNORECASE)


_TRAILING_TARGET = re.compile(r"^(?P<part>.+?)\s*,?\s+target\s+(?P<target>\S.*)$", re.IGNORECASE)


_HOLDS = re.compile(r"\s+(?:pegang|memegang|megang)\s+", re.IGNORECASE)  # "Hendra pegang Sumatera"


_NUMBERED = re.compile(r"^\d{1,2}\s*[.)]\s+(?=\D)")  # «1. Rina Marpaung - regional 1»: the list's number, no name


def heads_list(line: str) -> bool:
    """«anggota sy:» alone on its line: the head of the member lines under it, no role of its own."""
    label, colon, rest = line.strip().partition(":")
    return bool(colon) and not rest.strip() and len(tokens(label)) <= 3 \
        and mpph_phrases()["daftar_nama"].match_at(tokens(label), 0) is not None


def read_roles(text: str, leader: LeaderIndicator) -> tuple[list[Role], list[str]]:
    """Roles from typed lines; a line without a name and a part (or, where no default applies, a readable target)
    is returned as a problem, word for word (a head line, «anggota sy:», is none)."""
    roles, problems = [], []
    for line in filter(lambda line: line and not heads_list(line), (line.strip(" •\t") for line in text.splitlines())):
        read_here = line_roles(line, leader)
        if read_here and all(role_usable(role, leader) for role in read_here):
            roles += read_here
        else:
            problems.append(f"«{line}»")
    return roles, problems


def line_roles(line: str, leader: LeaderIndicator) -> list[Role]:
    """The roles one typed line holds, each member's name without a remark typed after it (tester58 F4)."""
    return [_without_remark(role) for role in _line_roles(line, leader)]


def _without_remark(role: Role) -> Role:
    if role.sendiri:
        return role
    name, remark = name_and_remark(role.pegawai)
    return role.model_copy(update={"pegawai": name, "keterangan": remark}) if remark else role


def _line_roles(line: str, leader: LeaderIndicator) -> list[Role]:
    line = _NUMBERED.sub("", line)
    label, colon, rest = line.partition(":")
    if colon and rest.strip() and tokens(label)[:1] and tokens(label)[0] in knowledge.data("mpph")["method_head"]:
        return _line_roles(rest.strip(), leader)  # «dibagi per shift/tim: Rina tim A, …»: the head names no one
    said, stop, remark = line.rpartition(". ")
    if stop and said.strip() and not _line_roles_of(remark, leader) and (roles := _line_roles_of(said, leader)):
        return roles  # «Rina tim A, …, Tono tim D. masing2 pasien timnya»: a closing remark is no member's part
    return _line_roles_of(line, leader)


def _line_roles_of(line: str, leader: LeaderIndicator) -> list[Role]:
    label, colon, rest = line.partition(":")
    if colon and mpph_phrases()["daftar_nama"].match_at(tokens(label), 0) and len(tokens(label)) <= 3:
        if rows := read_rows(rest):
            return [_role(row.name, row.part, row.target) for row in rows]  # «anggota: Andi (regional 1-4), …»
        pairs = _names_with_parts(rest) if leader.metode != "kuantitatif" else []  # (there «Tono Wijaya» is a name)
        if pairs:  # «stafnya: Andi mikro, Budi kimia, …» (d9-labkes01): a name, then the part it holds
            return [_role(name, part) for name, part in pairs]
        if leader.metode != "kuantitatif":  # names alone say nothing of a region or an aspect
            return []
        return [Role(pegawai=name) for name in re.split(r"\s*(?:,|\bdan\b)\s*", rest.strip()) if name]
    if _HOLDS.search(line):  # "anggota sy cuma 2: Hendra pegang Sumatera, Lestari pegang Jawa"
        if colon and not _HOLDS.search(label):
            line = rest
        chunks = re.split(r",\s*(?=[^,]+?\s(?:pegang|memegang|megang)\s)", line.strip(), flags=re.IGNORECASE)
        pairs = [_self_first(_HOLDS.split(chunk, maxsplit=1)) for chunk in chunks]
        return [_role(name, *_held_target(part)) for name, part in pairs] if all(len(p) == 2 for p in pairs) else []
    if colon and (named := _named_parts(line)):  # «Andi: regional 1, Budi: regional 2», «Doni: Jawa Barat, Banten»
        return [_role(name, *split_target(part)) for name, part in named]
    if ";" in line:
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2:
            return []
        if len(parts) == 2 and _bare_target(parts[1]):  # «dimas; 2500»: the member's share, no part named
            return [_role(parts[0], "beban" if leader.metode == "kuantitatif" else "", parts[1])]
        if len(parts) == 2:  # «Kevin; kimia klinik, 95%»: «;» then «,» before the target (tester24 #6)
            return [_role(parts[0], *split_target(parts[1]))]
        return [_role(parts[0], parts[1], parts[2] if len(parts) > 2 else None, parts[3] if len(parts) > 3 else None)]
    if leader.metode == "kuantitatif" and (names := _names_only(line)):
        # «Budi Santoso», «Budi Santoso, Sari Wulandari»: names alone share what is left equally (README; tester24 #5)
        return [Role(pegawai=name) for name in names]
    if rows := read_rows(line):  # «Andi (regional 1-4), Budi (regional 5-9)», «Andi regional 1, Budi regional 2»
        return [_role(row.name, row.part, row.target) for row in rows]
    if row := read_row(line) or unseparated_row(line):  # «pensiun - Doni», «Doni (Jawa, Banten) 80%», «Andi regional 1»
        return [_role(row.name, row.part, row.target)]
    if leader.metode == "kuantitatif":  # "Sari 30", "Ani 30 Budi 30 Citra 20 Deni 20"
        pairs = re.findall(r"([^\W\d][\w.'’]*(?:\s+[^\W\d][\w.'’]*)*)\s*[:=]?\s*(\d[\d.,]*)", line)
        if pairs and re.sub(r"[\s:=]", "", line) == "".join(re.sub(r"[\s:=]", "", n + t) for n, t in pairs):
            return [_role(name, "beban", target) for name, target in pairs]
    return []


def _self_first(pair: list[str]) -> list[str]:
    """«regional 6 sama 7 saya pegang sendiri»: the part said before the leader who holds it, nothing after «pegang»
    but words around a part (mpph.yaml bagian_ekor) → [«saya», «regional 6 sama 7»]; any other pair as read."""
    if len(pair) != 2:
        return pair
    said, rest = pair
    after = set(tokens(rest)) <= set(knowledge.data("mpph")["bagian_ekor"])
    words = said.split()
    for cut in range(len(words) - 1, 0, -1):  # the shortest self name closing the sentence («saya», «sy sendiri»)
        if after and is_self(" ".join(words[cut:])):
            return [" ".join(words[cut:]), " ".join(words[:cut])]
    return pair


def _names_only(line: str) -> list[str]:
    """The names a line lists and nothing else («Budi Santoso, Sari Wulandari dan Doni»), else none."""
    names = [n for n in re.split(r"\s*(?:,|;|&|\bdan\b|\bsama\b)\s*", line.strip()) if n]
    return names if names and all(looks_like_name(n) for n in names) else []


def _bare_target(field: str) -> bool:
    """A field that is only a target, a number first («2500», «2.000 spesimen», «80%»), never a part («regional 1»)."""
    return bool(re.match(r"\d", field)) and parse_target(field) is not None


def _held_target(said: str) -> tuple[str, str | None]:
    """The part a «X pegang …» sentence names and its target, a bare number closing it too: «sisanya 50» → («sisanya»,
    «50»), never a part named «sisanya 50»."""
    part, target = split_target(_held_part(said))
    return (part, target) if target is not None else trailing_target(part)


def _held_part(part: str) -> str:
    """The part named in a sentence, without the words around it: «bagian konsolidasi nasional ya» → «konsolidasi
    nasional»."""
    data = knowledge.data("mpph")
    words = part.split()
    while len(words) > 1 and words[-1].lower().strip(".,!") in data["bagian_ekor"]:
        words.pop()
    while len(words) > 1 and words[0].lower() in data["bagian_awal"]:
        words.pop(0)
    return " ".join(words)


def holds_part(state: UserState, text: str) -> bool:
    """Whether a line names who holds which part («sy sendiri pegang bagian konsolidasi nasional ya», «Hendra pegang
    Sumatera»), read whole as roles: a role line, never a question for the guidance."""
    if "?" in text or not _HOLDS.search(text):
        return False
    roles, problems = read_roles(text, state.mpph.current)
    return bool(roles) and not problems


_NAME = re.compile(r"[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*){0,2}")


def _named_parts(line: str) -> list[tuple[str, str]]:
    """«Andi: regional 1, Budi: regional 2» → [(Andi, regional 1), (Budi, regional 2)]; a piece without a colon
    belongs to the part before it («Doni: Jawa Barat, Banten»). Empty unless every name is one to three words."""
    pairs: list[list[str]] = []
    for piece in (p.strip() for p in re.split(_COMMA, line)):
        name, colon, part = piece.partition(":")
        if colon:
            pairs.append([name.strip(), part.strip()])
        elif pairs:
            pairs[-1][1] += f", {piece}"
        else:
            return []
    if all(_NAME.fullmatch(name) and part for name, part in pairs):
        return [(name, part) for name, part in pairs]
    return []


def _names_with_parts(rest: str) -> list[tuple[str, str]]:
    """«Andi mikro, Budi kimia, Citra biomol, sama Dewi penerimaan sampel» after a list head: each chunk a capitalised
    name then the part it holds; [] unless two chunks or more all read so."""
    chunks = [c.strip() for c in re.split(r"\s*(?:,|;|\bdan\b|\bsama\b)\s*", rest.strip()) if c.strip()]
    pairs = [tuple(chunk.split(None, 1)) for chunk in chunks]
    if len(pairs) < 2 or any(len(pair) != 2 or not pair[0][:1].isupper() or not pair[0].isalpha() for pair in pairs):
        return []
    return [(name, part) for name, part in pairs]


def _role(name: str, part: str, target: str | None = None, iki: str | None = None) -> Role:
    target = (target or "").strip() or None
    quarter = read_quarter(target) if target and parse_target(target) is None else None
    if quarter is not None:  # «Rina; draf pedoman tersusun; TW II»: a milestone's target is when it is done
        target = None
    iki = (iki or "").strip()
    # the member's IKI typed by the leader, tidied as any IKI («yg» → «yang»), as the leader's own indicator is
    return Role(pegawai=name.strip(), bagian=numbering_spelled(part.strip()), target=target, triwulan=quarter,
                iki=read(iki).text if iki else None, sendiri=is_self(name))


def split_target(rest: str) -> tuple[str, str | None]:
    """"Jawa, Bali, Sulawesi" → (all of it, None); "Provinsi Jawa Barat, 80%" → ("Provinsi Jawa Barat", "80%");
    "aspek SDM 60%" → ("aspek SDM", "60%"); "Jawa target 80" → ("Jawa", "80")."""
    rest = rest.strip()
    pieces = _LAST_PART.split(rest, maxsplit=1) if _LAST_PART.search(rest) else [rest]
    last = _LAST_PART.split(rest)[-1]
    if len(pieces) > 1 and re.search(r"\d", last) and parse_target(last) is not None and not provinces_in(last)[0]:
        return rest[:rest.rfind(last)].rstrip(" ,;-–—"), last
    if len(pieces) > 1 and quarter_pattern().fullmatch(last.strip().strip(" .")):
        return rest[:rest.rfind(last)].rstrip(" ,;-–—"), last  # «tahap 1 rapat persiapan, TW I»: when it is done
    for pattern in (_TRAILING_TARGET, _TRAILING_PERCENT):
        found = pattern.match(rest)
        if found and parse_target(found["target"]) is not None:
            return found["part"].strip(" ,;-–—"), found["target"]
    return rest, None


def role_usable(role: Role, leader: LeaderIndicator) -> bool:
    if not role.pegawai or (not role.bagian and leader.metode != "kuantitatif") or names_indicator(role.pegawai):
        return False  # («Persentase kab/kota …; 90%» is an indicator, never a member called «Persentase …»)
    if role.target is not None:
        return parse_target(role.target) is not None
    return default_target(leader) is not None or leader.metode == "kuantitatif" \
        or (leader.metode == "milestone" and role.triwulan is not None)


def default_target(leader: LeaderIndicator) -> str | float | None:
    """A part with no target written: a percentage split by region or aspect keeps the leader's percentage (the
    deck: the same indicator in each region); anything else must be written."""
    target = parse_target(leader.target)
    return leader.target if target and target.is_percent and leader.metode in ("wilayah", "aspek") else None


def fill_targets(leader: LeaderIndicator) -> str:
    """Targets not written: the leader's percentage (wilayah, aspek), or what is left of a quantity shared equally
    by the names given without a number. Returns what was filled, for the reply."""
    default = default_target(leader)
    open_roles = [r for r in leader.peran if r.target is None]
    if not open_roles:
        return ""
    if default is not None:
        for role in open_roles:
            role.target = default
        return f"Target yang tidak ditulis sama dengan target indikator: {render.target_text(leader)}."
    whole = parse_target(leader.target)
    if leader.metode != "kuantitatif" or whole is None:
        return ""
    given = sum(parse_target(r.target).value for r in leader.peran if r.target is not None)
    left = whole.value - given
    whole_units = float(left).is_integer()
    share, extra = (divmod(int(left), len(open_roles)) if whole_units else (left / len(open_roles), 0))
    for i, role in enumerate(open_roles):
        role.target = format_number(share + (1 if i < extra else 0))
        role.bagian = role.bagian or "beban"
    shares = ", ".join(f"{r.pegawai} {r.target}" for r in open_roles)
    return (f"Sisa target {format_number(left)} dibagi rata: {shares}. Ubah bila bebannya tidak sama "
            "(pilih «Ubah peran N»).")


def numbered_role(flow: MpphState, number: int | None) -> tuple[LeaderIndicator, Role] | None:
    """Role `number` as the matrix numbers them (1-based, indicator by indicator)."""
    roles = [(leader, role) for leader in flow.indicators for role in leader.peran]
    return roles[number - 1] if number and 1 <= number <= len(roles) else None


def role_line(role: Role) -> str:
    """The role as a line the leader can retype: the remark after the name and the share («porsi beban 40%») kept in
    it, so nothing told is lost by retyping it (play41 #5, #6)."""
    due = quarter_mark(role.triwulan) if role.triwulan else None
    share = f"{PORSI_LABEL} {role.porsi}" if role.porsi else None
    return "; ".join(str(v) for v in (role.named, role.bagian, role.target, share, due, role.iki) if v not in (None, ""))


PORSI_LABEL = "porsi beban"
_PORSI_FIELD = re.compile(r";\s*porsi(?:\s+beban)?(?:\s+kerja)?\s*:?\s*(\d+(?:[.,]\d+)?\s*%)\s*(?=;|$)", re.IGNORECASE)


def porsi_field(line: str) -> tuple[str, str | None]:
    """A «; porsi beban 40%» field of a retyped role line taken out: (the line without it, the share) or (line, None)."""
    found = _PORSI_FIELD.search(line)
    if not found:
        return line, None
    return line[:found.start()] + line[found.end():], found.group(1).replace(" ", "")
