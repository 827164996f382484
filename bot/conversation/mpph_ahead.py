"""What a leader types in /mpph before its step asks for it (a method, role lines, who holds the rest), kept in
MpphState.ahead and rest_ahead for that step, and said back so the leader sees it was understood."""

import re

from bot import knowledge
from bot.conversation.catalog_code import bare_code
from bot.conversation.mpph_reading import holder_after, is_done_word, leader_line, method_in, names_indicator, says
from bot.conversation.mpph_roles import heads_list, line_roles, role_line, role_usable
from bot.conversation.state import MpphState
from bot.lang.numbers import parse_target
from bot.lang.text import short, tokens
from bot.skp.mpph import METHOD_LABELS, LeaderIndicator, Role
from bot.skp.regions import provinces_in
from bot.team.member_rows import looks_like_name

_SENTENCE = re.compile(r"(?<=[^\d\s])[.!]\s+|\n+")  # «…70%. anggota: …», never inside «5.1.1» or «dr. Budi»'s name


def indicator_opening(flow: MpphState, text: str) -> str | None:
    """«IKK 5.1.1 target 70%. anggota: Andi (regional 1-4), Budi (regional 5-9). sy sendiri pegang …»: the
    indicator with its target that opens the message, every sentence after it (a method, role lines) kept for its
    step in flow.ahead; None unless the message is all that."""
    pieces = [piece.strip() for piece in _SENTENCE.split(text.strip()) if piece.strip()]
    if len(pieces) > 2 and is_done_word(pieces[-1]):  # «…\nselesai»: the whole split given, shown at once anyway
        pieces.pop()
    if len(pieces) == 1:  # «Persentase … 80%, bagi per wilayah: Andi Sumatera, Budi Jawa»: split at the method
        # (a decimal comma, «92,5%», is no cut: its «5%» is no fifth method, d19-dev02)
        cuts = [at for at in (m.start() for m in re.finditer(r",(?!\d)", text))
                if method_in(text[at + 1:].partition(":")[0])]
        pieces = [text[:cuts[0]].strip(), text[cuts[0] + 1:].strip()] if cuts else pieces
    if len(pieces) < 2:
        return None
    name, target = leader_line(pieces[0])
    if parse_target(target) is None or not (names_indicator(name) or bare_code(name)):
        return None
    anyone = LeaderIndicator(id="", indikator="", target="")  # (role targets are checked at their step)
    if not all(method_in(piece) is not None or line_roles(piece, anyone) for piece in pieces[1:]):
        return None
    flow.ahead += pieces[1:]
    return pieces[0]


def method_of_roles(flow: MpphState) -> str | None:
    """The method the parts of the roles typed ahead name, when no method was named: «Andi (regional 1-4)» is a
    wilayah split (mpph.yaml method_words, or a region's name); None unless one method only."""
    anyone = LeaderIndicator(id="", indikator="", target="")
    parts = [role.bagian for text in flow.ahead for line in text.splitlines() if line.strip()
             for role in line_roles(line.strip(" •\t"), anyone) if not role.sendiri]
    words = {word for part in parts for word in tokens(part)}
    found = {key for key, named_by in knowledge.data("mpph")["method_words"].items() if set(named_by) & words}
    if any(provinces_in(part)[1] for part in parts):
        found.add("wilayah")
    return found.pop() if len(found) == 1 else None


def roles_ahead(flow: MpphState) -> list[Role]:
    """The roles typed ahead in flow.ahead («stafnya: Andi mikro, Budi kimia, …»), read without a target check."""
    anyone = LeaderIndicator(id="", indikator="", target="")
    return [role for text in flow.ahead for line in text.splitlines() if line.strip()
            for role in line_roles(line.strip(" •\t"), anyone)]


def unfinished_ahead(flow: MpphState) -> list[str]:
    """The messages kept ahead whose roles the method now known cannot take as written («stafnya: Andi mikro, …»
    under pendekatan layanan, where a part's target is never the leader's): shown at the roles step, not dropped."""
    return [text for text in flow.ahead
            if (roles := [role for line in text.splitlines() if line.strip()
                          for role in line_roles(line.strip(" •\t"), flow.current)])
            and not all(role_usable(role, flow.current) for role in roles)]


def unfinished_said(flow: MpphState, texts: list[str]) -> str:
    """The roles typed ahead that still lack what their step needs, each with it: what to write next."""
    roles = [role for text in texts for line in text.splitlines() if line.strip()
             for role in line_roles(line.strip(" •\t"), flow.current)]
    missing = [f"  • {role_line(role)}: " + ("target belum ada" if role.bagian else "bagian belum ada")
               for role in roles]
    example = next((role for role in roles if role.bagian), None)
    write = f"«{example.pegawai}; {example.bagian}; {flow.current.target or '90%'}»" if example else "«Nama; bagian; target»"
    return (f"Peran yang Anda tulis tadi belum bisa dicatat untuk {METHOD_LABELS[flow.current.metode]}:\n"
            + "\n".join(missing) + f"\nTulis lagi dengan yang kurang, satu baris per peran, misalnya {write}.")


def keep_ahead(flow: MpphState, text: str) -> bool:
    """Keeps a method or role lines typed before their step (flow.ahead); False for anything else."""
    lines = [line.strip(" •\t") for line in text.splitlines() if line.strip() and not heads_list(line)]
    leader = flow.current or LeaderIndicator(id="", indikator="", target="")  # before the indicator is named
    if method_in(text) is None and not (lines and all(line_roles(line, leader) for line in lines)):
        return False  # (a role's target is checked when its step opens: the leader's target is not known yet)
    flow.ahead.append(text)
    return True


def parts_written(flow: MpphState, text: str) -> bool:
    """«Rina; Jawa Barat\nDoni; Banten»: every line a member with the part they hold, so a «;» there is no
    «indikator; target» typed again (play40 F5: member rows at the target question restarted step 1)."""
    leader = flow.current or LeaderIndicator(id="", indikator="", target="")
    lines = [line.strip(" •\t") for line in text.splitlines() if line.strip() and not heads_list(line)]
    roles = [line_roles(line, leader) for line in lines]
    return bool(lines) and all(found and all(role.bagian for role in found) for found in roles)


def roles_beside(text: str) -> str:
    """«per wilayah: Andi regional 1, Budi regional 2», «bagi per aspek\nDoni; SDM; 80», «dibagi per wilayah aja.
    Rizal: Sumatera, …»: the role lines typed after the method that opens the message, or ""."""
    head, colon, rest = text.partition(":")
    lines = [line for line in text.strip().splitlines() if line.strip()]
    first, stop, after = text.partition(". ")  # «dibagi per wilayah aja. Rizal: Sumatera, …»: a sentence, then roles
    if "\n" not in first and stop and after.strip() and method_in(first) is not None:
        return after.strip()
    if "\n" not in head and colon and rest.strip() and method_in(head) is not None:
        return rest.strip()
    if len(lines) > 1 and method_in(lines[0]) is not None:
        return "\n".join(lines[1:])
    return ""


def roles_naming_method(text: str) -> str:
    """«anggota: Dewi (PFM Ahli Pertama) regional barat, Yoga … regional timur»: role lines whose own parts name the
    method (no head names it), kept whole for the roles step; "" when they hold no role with a part."""
    anyone = LeaderIndicator(id="", indikator="", target="")
    roles = [role for line in text.splitlines() if line.strip() for role in line_roles(line.strip(" •\t"), anyone)]
    named = all(role.bagian and (role.sendiri or looks_like_name(role.pegawai)) for role in roles)  # never «cara: wilayah»
    return text.strip() if roles and named else ""


def held_said(text: str) -> str:
    """What a message kept for later steps was read as («Cara membagi pembagian wilayah dan 3 peran (Andi, Budi,
    Citra)»), so the leader sees it was understood; the message itself when it names neither."""
    method = method_in(text)
    anyone = LeaderIndicator(id="", indikator="", target="")
    lines = (roles_beside(text) if method else text).splitlines()
    roles = [role for line in lines if line.strip() for role in line_roles(line.strip(" •\t"), anyone)]
    said = " dan ".join(([f"cara membagi ({METHOD_LABELS[method]})"] if method else [])
                        + ([f"{len(roles)} peran ({', '.join(role.pegawai for role in roles)})"] if roles else []))
    return said[:1].upper() + said[1:] if said else f"«{short(text, 60)}»"


def keep_rest_ahead(flow: MpphState, text: str) -> bool:
    """Keeps who holds the regions nobody in the team holds, said before the roles («regional 4 sama 5 dipegang tim
    lain», «sisanya dipegang Tim Kesiapsiagaan») for the scope question (flow.rest_ahead); False for anything else."""
    if "?" in text or "\n" in text.strip() or not (says("sisa_lain", text) or says("sisa_ada", text)) \
            or not holder_after().search(text) or method_in(text) is not None:
        return False
    flow.rest_ahead = text.strip()
    return True
