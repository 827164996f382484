"""A role of the MPPH changed: by its number under the matrix («ubah 2 …», «hapus 3»), by its member's name
(«Dodi ubah jd: …»), or given its target by name while the roles are written («target dewi 72, bayu 75»)."""

import re

from bot import knowledge
from bot.conversation.answers import measure_class, read_answer, typed_target
from bot.conversation.mpph_matrix import CANCEL, show_matrix
from bot.conversation.mpph_one_row import one_row_each
from bot.conversation.mpph_reading import names_indicator
from bot.conversation.mpph_roles import (
    default_target,
    line_roles,
    numbered_role,
    porsi_field,
    role_line,
    role_usable,
    split_target,
)
from bot.conversation.replies import Button, Reply
from bot.conversation.starred import read_starred
from bot.conversation.state import MpphState, UserState
from bot.lang.dates import read_quarter
from bot.lang.numbers import format_number, parse_target
from bot.lang.text import phrase_set, tokens
from bot.lang.values import numbers_in
from bot.rules.draft_reading import read
from bot.skp.mpph import LeaderIndicator, Role
from bot.skp.regions import numbered_parts


def targets_by_name(leader: LeaderIndicator, text: str) -> str:
    """«target dewi 72, bayu 75, sari 60», «ok lanjut. target: fitri 95% insiden dilaporkan …, nadia skor survei min
    3,5»: a sentence opening with a word for targets, each clause of it opening with a word of the name of one role
    written before and giving its first number: those targets set and said; "" unless every clause names one role
    that way (d18-dev07: read as one more role). Sentences before it hold no number («ok lanjut.»)."""
    leads = knowledge.data("conversation")["draft_targets"]["leads"]
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    at = next((i for i, s in enumerate(sentences) if tokens(s)[:1] and tokens(s)[0] in leads), None)
    if "\n" in text or at is None or any(numbers_in(s) for s in sentences[:at]) or not leader.peran:
        return ""
    body = " ".join(sentences[at:])
    body = body[len(body.split()[0]):]
    said = []
    for clause in (c.strip(" :") for c in re.split(r",(?!\d)|;|\bdan\b|\bsama\b", body) if c.strip(" :")):
        found = numbers_in(clause)
        lead = tokens(clause[: found[0].start]) if found else []
        names = _leading_names(lead, leader)
        roles = [r for r in leader.peran if names and set(names) <= set(tokens(r.pegawai))]
        if len(roles) != 1:
            return ""
        number = found[0]
        bare = len(names) == len(lead) and number.unit is None  # «dewi 72»: the indicator's own measure
        percent = number.unit == "%" or (bare and measure_class(leader.indikator) == "percent" and number.value <= 100)
        roles[0].target = f"{format_number(number.value)}%" if percent else number.text
        said.append(f"{roles[0].pegawai}: target {roles[0].target}")
    return "Target anggota dicatat: " + "; ".join(said) + ".\nTulis peran berikutnya, atau ketik «selesai»."


def _leading_names(words: list[str], leader: LeaderIndicator) -> list[str]:
    """The words opening a clause that are words of the members' names («fitri» of «Ners Fitri»), up to the first
    that is not (what the target measures: «nadia skor survei budaya min 3,5»)."""
    named = {w for role in leader.peran for w in tokens(role.pegawai)}
    taken = []
    for word in words:
        if not word.isalpha() or word not in named:
            break
        taken.append(word)
    return taken


def _edited_role(flow: MpphState) -> tuple[LeaderIndicator, Role] | None:
    """The role being changed; None, and the change let go, when it is gone."""
    found = numbered_role(flow, flow.editing)
    if found is None:
        flow.step, flow.editing = "done", None
    return found


def edit_question(state: UserState) -> list[Reply]:
    """Role N as it stands, and how to change or drop it; the matrix again when the role is gone."""
    flow = state.mpph
    if (found := _edited_role(flow)) is None:
        return show_matrix(state)
    _, role = found
    return [Reply(f"Peran {flow.editing} sekarang: {role_line(role)}\nTulis baris barunya (Nama; bagian; target; "
                  "dan IKI-nya bila ingin menulisnya sendiri), atau bagiannya saja (nama dan target tetap), atau "
                  "«hapus» untuk membuang peran ini.",
                  [Button("Hapus peran ini", f"mpph:drop:{flow.editing}"), Button("Jangan ubah", "mpph:back"), CANCEL])]


def take_edit(state: UserState, text: str) -> list[Reply]:
    flow = state.mpph
    if (found := _edited_role(flow)) is None:
        return show_matrix(state)
    leader, role = found
    if (starred := read_starred(text)) is not None and not starred.adds:  # «*eh 15 ding» under «Ubah peran N»
        number = typed_target(starred.body)  # a value alone is its target, never a part named «*eh 15 ding»
        text = f"target {number.text}" if number is not None and not re.search(
            r"[^\W\d_]", starred.body[:number.start] + starred.body[number.end:]) else starred.body
    if text.strip().lower() in ("hapus", "buang"):
        return drop_role(state, flow.editing)
    if ";" in text or text.lower().startswith(role.pegawai.lower()):
        line, share = porsi_field(text.strip())
        new = line_roles(line, leader)
        if len(new) != 1 or not role_usable(new[0], leader):
            return [Reply(f"Baris «{text}» belum terbaca. Tulis: Nama; bagian; target.")] + edit_question(state)
        replacement = _kept_told(role, new[0], share)
    elif (named := _named_value(text)) is not None:  # «ubah 5 target 1 draf», «ubah 5 TW III»: that value only
        replacement = role.model_copy(update=named)
    else:
        part, target = split_target(text)
        if not re.search(r"[^\W\d_]", part):  # «5» alone: no region, aspect or stage is named by a bare number
            return [Reply(f"«{text.strip()}» belum terbaca sebagai bagian peran {flow.editing}. Tulis bagiannya, misalnya "
                          "«Sumatera» atau «aspek pengadaan», atau targetnya dengan katanya, misalnya «target 85%».")] \
                + edit_question(state)
        replacement = role.model_copy(update={"bagian": part, "target": target or role.target, "iki": None})
    if replacement.target is None:
        replacement.target = role.target if role.target is not None else default_target(leader)
    if replacement.target is not None and parse_target(replacement.target) is None:
        return [Reply(f"Target «{replacement.target}» belum terbaca.")] + edit_question(state)
    index = leader.peran.index(role)
    leader.peran[index] = replacement
    if leader.sisa_wilayah == "tidak_ada":
        leader.sisa_wilayah = None  # the regions changed: the scope is asked again if something is left over
    number = flow.editing
    flow.step, flow.editing, flow.edited = "done", None, number
    joined = one_row_each(flow, leader, replacement)
    return [Reply(f"Peran {number} diubah: {role_line(replacement)}" + (f"\n{joined}" if joined else ""))] \
        + show_matrix(state)


def _kept_told(role: Role, new: Role, share: str | None) -> Role:
    """A retyped line keeps what it does not restate: the share when the target stays the same, the remark when the
    person stays the same (play41 #6: «Ubah peran 1» retyped without its 40% lost it)."""
    kept = {}
    if share:
        kept["porsi"] = share
    elif role.porsi and str(new.target) == str(role.target):
        kept["porsi"] = role.porsi
    if not new.keterangan and new.pegawai == role.pegawai and role.keterangan:
        kept["keterangan"] = role.keterangan
    return new.model_copy(update=kept) if kept else new


@knowledge.cached
def _replace_words() -> re.Pattern:
    words = sorted(knowledge.data("conversation")["line_acts"]["replace"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b\s*:?\s*", re.IGNORECASE)


def named_role(flow: MpphState, text: str) -> tuple[int, str] | None:
    """«Dodi ubah jd: Persentase NSPK …», «iki citra ganti jadi Persentase …»: the matrix's number of the one role
    whose member the words before a change word name, and the new words; None otherwise."""
    found = _replace_words().search(text)
    if "\n" in text.strip() or not found or not found.start() or not text[found.end():].strip():
        return None
    skip = set(knowledge.data("mpph")["role_named_skip"])
    named = [w for w in tokens(text[:found.start()]) if w not in skip]
    roles = [(leader, role) for leader in flow.indicators for role in leader.peran]
    hits = [n for n, (_, role) in enumerate(roles, start=1)
            if named and not role.sendiri and set(named) <= set(tokens(role.pegawai))]
    return (hits[0], text[found.end():].strip()) if len(hits) == 1 else None


def role_changed_by_name(flow: MpphState, text: str) -> list[Reply] | None:
    """A role named by its member given new words: an indicator's words are the member's IKI (kept whole, commas and
    all), anything else the part held."""
    named = named_role(flow, text)
    if named is None:
        return None
    number, new = named
    leader, role = numbered_role(flow, number)
    if said := _new_target(leader, role, new):  # «Citra ganti jadi 85, regional 3 baselinenya rendah»
        return [Reply(f"Peran {number} diubah: {said}")]
    changed = role.model_copy(update={"iki": read(new).text} if names_indicator(new) else {"bagian": new, "iki": None})
    leader.peran[leader.peran.index(role)] = changed
    return [Reply(f"Peran {number} diubah: {role_line(changed)}")]


def _new_target(leader: LeaderIndicator, role: Role, new: str) -> str:
    """New words for a role that are only a target, a remark after a comma («85, regional 3 baselinenya rendah»):
    the role's target set (a Persentase's bare value in %) and said with the remark; "" for anything else."""
    head, _, why = new.partition(",")
    number = typed_target(head)
    if number is None or _names_part(head) or numbers_in(_numbered_part().sub(" ", why)):
        return ""  # «regional 3» names a part, no value
    percent = number.unit is None and measure_class(leader.indikator) == "percent" and number.value <= 100
    role.target = f"{format_number(number.value)}%" if percent else head[number.start:number.end].strip()
    return f"{role_line(role)}" + (f" (catatan: {why.strip()})" if why.strip() else "") + "."


@knowledge.cached
def _numbered_part() -> re.Pattern:
    labels = "|".join(map(re.escape, numbered_parts()))
    return re.compile(rf"\b(?:{labels})\s+\d+\b", re.IGNORECASE)


def _names_part(text: str) -> bool:
    """«regional 3», «wilayah 2»: a numbered part named, its number no target."""
    return _numbered_part().search(text) is not None


def target_named_in_roles(leader: LeaderIndicator, text: str) -> str:
    """«yang Citra ganti jadi 85, …» while roles are written: the one role written so far whose member the words
    before a change word name, given that target; "" otherwise."""
    found = _replace_words().search(text)
    if "\n" in text.strip() or not found or not found.start():
        return ""
    skip = set(knowledge.data("mpph")["role_named_skip"])
    named = [w for w in tokens(text[:found.start()]) if w not in skip]
    roles = [r for r in leader.peran if named and not r.sendiri and set(named) <= set(tokens(r.pegawai))]
    said = _new_target(leader, roles[0], text[found.end():].strip()) if len(roles) == 1 else ""
    return f"Target diubah: {said}\nTulis peran berikutnya, atau ketik «selesai»." if said else ""


def _named_value(text: str) -> dict | None:
    """A role's edit that only gives its target, named («target 1 draf», «targetnya jadi 2»), or only its quarter
    («TW III»): the fields it changes; None for a new part (tester16 #7: «target 1 draf» became the part, and the
    member's IKI «Persentase target 1 draf yang diselesaikan …»)."""
    if parse_target(text) is None and (quarter := read_quarter(text)) is not None:
        return {"triwulan": quarter}
    number = typed_target(text) if "target" in read_answer(text).named else None
    if number is None or not phrase_set("conversation", "fields", "target").match_at(tokens(text), 0):
        return None  # «Jawa Barat target 80» gives a part too
    # a unit typed with it is the part's unit from now on («target 60 RS» where it read %: tester58 F3)
    return {"target": text[number.start:number.end].strip()} | ({"satuan": number.unit} if number.unit else {})


def edited_again(flow: MpphState, text: str) -> str | None:
    """«*eh targetnya tetap 1 ding», «*2 aja» right after a role was changed: its value put right, never an IKI to
    check (tester57 F12); the change as take_edit reads it («targetnya tetap 1»), None for anything else. The
    words that only hedge it (self_correction.yaml interjections, taken_back, tags) are left out: «ding» is no unit."""
    if flow is None or flow.step != "done" or flow.edited is None or numbered_role(flow, flow.edited) is None:
        return None
    starred = text.lstrip().startswith("*")
    data = knowledge.data("self_correction")
    hedges = {w for key in ("interjections", "taken_back", "tags") for w in data[key] if " " not in w}
    body = " ".join(w for w in text.strip().lstrip("*").split() if w.lower().strip(",.!") not in hedges)
    if "\n" in text.strip() or not body:
        return None
    if _named_value(body) is not None:
        return body
    number = typed_target(body) if starred else None  # «*2 aja»: only a value, starred as a correction
    return f"target {body[number.start:number.end].strip()}" if number is not None else None


def drop_role(state: UserState, number: int) -> list[Reply]:
    flow = state.mpph
    leader, role = numbered_role(flow, number)
    leader.peran.remove(role)
    flow.step, flow.editing, flow.edited = "done", None, None
    return [Reply(f"Peran {number} dibuang: {role_line(role)}")] + show_matrix(state)


def member_change(roles: list[Role], text: str) -> tuple[Role, str] | None:
    """«yang Dewi ganti jadi persentase sampel ditolak …»: the one role among roles whose member the words before a
    change word name, and the new words; None otherwise."""
    found = _replace_words().search(text)
    if "\n" in text.strip() or not found or not found.start() or not text[found.end():].strip():
        return None
    skip = set(knowledge.data("mpph")["role_named_skip"])
    named = [w for w in tokens(text[:found.start()]) if w not in skip]
    hits = [role for role in roles if named and not role.sendiri and set(named) <= set(tokens(role.pegawai))]
    return (hits[0], text[found.end():].strip()) if len(hits) == 1 else None


def kept_change(leader: LeaderIndicator, text: str) -> str:
    """A member's change typed before the roles step («yang Dewi ganti jadi …»), applied once the roles kept with it
    are read: a target alone sets the target, an indicator's words the member's IKI, anything else the part; what
    changed, or "" when no role written names that member."""
    found = member_change(leader.peran, text)
    if found is None:
        return ""
    role, new = found
    if not names_indicator(new) and (said := _new_target(leader, role, new)):  # (an IKI's words may hold a number)
        return f"Diubah dari pesan Anda tadi: {said}"
    changed = role.model_copy(update={"iki": read(new).text} if names_indicator(new) else {"bagian": new, "iki": None})
    leader.peran[leader.peran.index(role)] = changed
    return f"Diubah dari pesan Anda tadi: {role_line(changed)}"
