"""A member named by what was said of them instead of their name («staf sy yg PPPK ambil yg review usulan obat» after
«apt. Maya Sari (staf sy yg PPPK); …»): the member whose remark it repeats, or a question which member it is, never
a line only refused (tester58 F23)."""

from bot import knowledge
from bot.conversation.mpph_reading import mpph_phrases
from bot.conversation.mpph_roles import line_roles, role_usable
from bot.conversation.state import MpphState
from bot.lang.text import tokens
from bot.skp.mpph import LeaderIndicator, Role, own_iki_split


def _roles(flow: MpphState) -> list[Role]:
    leaders = flow.indicators + ([flow.current] if flow.current is not None else [])
    return [role for leader in leaders for role in leader.peran if not role.sendiri]


def _at(words: list[str], phrase: list[str]) -> int | None:
    """Where the words of a remark stand together in a line, or None."""
    return next((i for i in range(len(words) - len(phrase) + 1) if words[i:i + len(phrase)] == phrase), None)


def described(flow: MpphState, text: str) -> tuple[list[str], str]:
    """The members whose remark the line repeats word for word, and that remark as typed there ("" when none)."""
    words, found = tokens(text), {}
    for role in _roles(flow):
        remark = tokens(role.keterangan or "")
        if remark and _at(words, remark) is not None:
            found.setdefault(role.pegawai, role.keterangan)
    return list(found), next(iter(found.values()), "")


def named_by_remark(flow: MpphState, leader: LeaderIndicator, roles: list[Role]) -> tuple[list[Role], list[str]]:
    """Roles read with a remark for a name («staf sy yg PPPK; review usulan; 95%; …», «yg honorer juga pegang …»)
    given that member's name; a role whose «name» names no one («staf saya satu lagi pegang aspek monev») taken
    out of the leader's roles and asked which member. The roles kept, and the questions."""
    kept, asked = [], []
    for role in roles:
        names, remark = described(flow, role.pegawai) if not role.sendiri else ([], "")
        if role.sendiri:
            pass
        elif len(names) == 1 and role.pegawai != names[0] and _only_filler(role.pegawai, remark):
            asked.append(f"«{role.pegawai}» saya baca sebagai {names[0]} (keterangan «{remark}»).")
            role.pegawai = names[0]
        elif _only_filler(role.pegawai, ""):
            leader.peran.remove(role)
            asked.append(_which(flow, f"{role.pegawai}; {role.bagian}", []))
            continue
        kept.append(role)
    return kept, asked


def _only_filler(name: str, remark: str) -> bool:
    """«yg honorer juga» for the remark «honorer»: nothing but the remark and words that name no one (mpph.yaml);
    with no remark, a «name» of such words only."""
    data = knowledge.data("mpph")
    filler = {w for key in ("role_named_skip", "kata_ambil", "kata_sisipan", "daftar_nama") for w in data[key]
              if " " not in w}
    words, said = tokens(name), tokens(remark)
    at = _at(words, said) if said else 0
    return bool(words) and at is not None and all(w in filler for w in words[:at] + words[at + len(said):])


def _which(flow: MpphState, line: str, names: list[str]) -> str:
    members = names or list(dict.fromkeys(role.pegawai for role in _roles(flow)))
    return (f"«{line}»: anggota yang mana? " + (f"Pilihannya: {', '.join(members)}. " if members else "")
            + "Tulis barisnya dengan nama anggota: Nama; bagian; target.")


def unread_line(flow: MpphState, leader: LeaderIndicator, line: str) -> tuple[list[Role], str]:
    """A line that held no role read again with the member its remark names: the roles it then holds, or what to
    ask; ([], "") when it names nobody by a remark nor opens with a word for a team member («staf sy …»)."""
    names, remark = described(flow, line)
    if len(names) == 1:
        words = line.split()
        at = _at(tokens(line), tokens(remark))
        rest = " ".join(words[at + len(tokens(remark)):]) if at is not None and len(words) == len(tokens(line)) else ""
        part = _part(rest)
        retyped = f"{names[0]}; {part}" if part else ""
        roles = line_roles(retyped, leader) if retyped else []
        if roles and all(role_usable(role, leader) for role in roles):
            return roles, f"«{remark}» saya baca sebagai {names[0]}."
        example = "; ".join(filter(None, [names[0], part or "bagian", "target"]))
        if own_iki_split(leader):
            example += "; IKI-nya"
        return [], (f"«{line}»: «{remark}» saya baca sebagai {names[0]}, tetapi target bagiannya belum ada, jadi belum "
                    f"dicatat. Tulis: {example}.")
    words = tokens(line)
    if names or mpph_phrases()["daftar_nama"].match_at(words, 0):
        return [], _which(flow, line, names)
    return [], ""


def _part(rest: str) -> str:
    """The part after the words that only say someone takes it («ambil yg review usulan obat» → «review usulan
    obat»): mpph.yaml kata_ambil, kata_pegang and role_named_skip read past at its start."""
    data = knowledge.data("mpph")
    skip = {w for w in (*data["kata_ambil"], *data["kata_pegang"], *data["role_named_skip"]) if " " not in w}
    words = rest.split()
    while words and words[0].lower().strip(",.:") in skip:
        words = words[1:]
    return " ".join(words).strip(" ,.")
