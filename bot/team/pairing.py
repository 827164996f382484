"""Pairing a member with their leader without names or NIP: a one-time code (and its deep link) the member
forwards to the leader, or a Ketua Tim's invite per MPPH member that carries what the member's PRIMA starts with.
Codes are long and random, kept as hashes, redeemed once within their days, and guessing them is rate-limited."""

import re
from datetime import datetime

from pydantic import BaseModel, Field

from bot import knowledge
from bot.lang.dates import long_date
from bot.lang.text import PhraseSet, tokens
from bot.logs import pseudonym
from bot.models import IkiDraft
from bot.rules.lexicon import lexicon
from bot.skp.mpph import MpphDraft, MpphResult
from bot.storage import Store
from bot.storage.team import Forgotten, Pair, Redemption
from bot.team.access import MEMBER_LOCK_WAIT_S
from bot.team.guidance import guidance
from bot.team.results import Addressed

_CODE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")

HAPUS_NOTE = ("Catatan keputusan atasan atas SKP Anda tetap disimpan di riwayat audit, tetapi tanpa identitas Anda: "
              "nama samarannya tidak bisa lagi dihubungkan dengan Anda. Atasan Anda diberi tahu bahwa pasangan "
              "berakhir.")


class InvitePart(BaseModel):
    """One of the leader's indicators and the member's part in it, with the IKI the MPPH drafted for them."""

    indicator_id: str
    indikator: str  # the leader's indicator
    target: str | float | None = None
    bagian: str = ""
    iki: IkiDraft


class InviteStart(BaseModel):
    """What a Ketua Tim's invite carries: the member's PRIMA starts with these already chosen."""

    nama: str
    parts: list[InvitePart] = Field(default_factory=list)


def looks_like_code(text: str) -> bool:
    """Whether a /start parameter can be a pairing code (anything else is not looked up: no guess is spent)."""
    return bool(_CODE.match(text.strip()))


@knowledge.cached
def _leader_change() -> tuple[PhraseSet, PhraseSet, frozenset[str], int]:
    said = guidance().pairing.leader_change
    return PhraseSet(said.leaders), PhraseSet(said.changes), frozenset(said.personal), said.window


def says_leader_changed(text: str) -> bool:
    """«atasan saya ganti», «katim baru bu Fitri»: a statement (not a question, not an IKI) that the sender's
    leader changed."""
    if "?" in text:
        return False  # «kalau atasan pindah gimana?» asks, and is answered as a question
    leaders, changes, personal, window = _leader_change()
    words = tokens(text.lower())
    if not words or lexicon().measures.match_at(words, 0):
        return False
    ends = [i + len(found) for i in range(len(words)) if (found := leaders.match_at(words, i))]
    starts = [i for i in range(len(words)) if changes.match_at(words, i)]
    near = window if personal & set(words) else 0  # «atasan saya sudah diganti»; «katim baru» side by side
    return any(0 <= start - end <= near for end in ends for start in starts) or any(  # «ganti atasan»
        changes.match_at(words, i) and leaders.match_at(words, i + 1) for i in range(len(words) - 1))


@knowledge.cached
def _member_records() -> tuple[PhraseSet, PhraseSet]:
    said = guidance().pairing.member_records
    return PhraseSet(said.verbs), PhraseSet(said.records)


def asks_to_edit_records(text: str) -> bool:
    """«hapus catatan Andi tgl 3 maret», «ubah realisasi Budi»: an edit verb opening the message, a record word right
    after it."""
    words = tokens(text.lower())
    verbs, records = _member_records()
    verb = verbs.match_at(words, 0) if words else None
    return bool(verb) and bool(records.match_at(words, len(verb)))


def asks_to_send_feedback(text: str) -> bool:
    """«tolong kasih arahan ke andi: IKI 2 dikejar di TW II ya»: a giving verb, a feedback word within reach after it,
    then a word of whom it goes to (team.yaml pairing feedback_asked), none of `unless` (how to give one, or one
    given already)."""
    said = guidance().pairing.feedback_asked
    words = tokens(text.lower())
    verbs, feedback, to = PhraseSet(said.verbs), PhraseSet(said.words), frozenset(said.to)
    if PhraseSet(said.unless).find(words):
        return False
    for i in range(len(words)):
        verb = verbs.match_at(words, i)
        if not verb:
            continue
        for j in range(i + len(verb), min(len(words), i + len(verb) + said.reach)):
            found = feedback.match_at(words, j)
            if found and j + len(found) < len(words) and words[j + len(found)] in to:
                return True
    return False


def deep_link(bot_username: str, code: str) -> str:
    return f"https://t.me/{bot_username.lstrip('@')}?start={code}"


def new_member_code(store: Store, member: str, now: datetime) -> str:
    """/atasan: a fresh code for the member to forward to their leader (an earlier unused one stops working)."""
    from secrets import token_urlsafe

    code = token_urlsafe(guidance().pairing.code_bytes)
    store.create_code(code, member, now.timestamp(), guidance().pairing.valid_s)
    return code


def new_invites(store: Store, leader: str, invites: list[InviteStart], now: datetime) -> dict[str, str]:
    """A Ketua Tim's invites after /mpph: one code per named member (replacing an unused one for that name)."""
    from secrets import token_urlsafe

    codes = {}
    for invite in invites:
        code = token_urlsafe(guidance().pairing.code_bytes)
        store.create_code(code, leader, now.timestamp(), guidance().pairing.valid_s, invite_label=invite.nama,
                          payload=invite.model_dump_json())
        codes[invite.nama] = code
    return codes


def invites_from_mpph(draft: MpphDraft, result: MpphResult) -> list[InviteStart]:
    """Each team member's invite: the leader's indicators they take part in, their part, and their drafted IKI
    (result.member_iki lists them in the order check_mpph met the roles)."""
    invites = []
    for person in draft.tim:
        drafted = list(result.member_iki.get(person.nama, []))
        parts = []
        for leader in draft.indikator:
            for role in leader.peran:
                if role.pegawai == person.nama and drafted:
                    parts.append(InvitePart(indicator_id=leader.id, indikator=leader.indikator, target=leader.target,
                                            bagian=role.bagian, iki=drafted.pop(0)))
        if parts:
            invites.append(InviteStart(nama=person.nama, parts=parts))
    return invites


def already_paired(invites: list[InviteStart], members: dict[str, str]) -> dict[str, InviteStart]:
    """The invites whose member is already paired with the leader (by /atasan before the split), by member id.
    members: the leader's members and their names as set in /profil. A name typed in the matrix («Sari») matches
    a member whose name holds all its words («Sari Wulandari»); a name that fits more than one member, or a member
    fitted by more than one name, is left to the code the leader forwards."""
    def words(name: str) -> set[str]:
        return {w for w in tokens(name.lower()) if w.isalpha()}

    fits = {member: [invite for invite in invites if words(invite.nama) and words(invite.nama) <= words(name)]
            for member, name in members.items() if words(name)}
    taken = [invite.nama for found in fits.values() for invite in found]
    return {member: found[0] for member, found in fits.items() if len(found) == 1 and taken.count(found[0].nama) == 1}


def split_letter(member: str, leader: str, invite: InviteStart, code: str, link: str | None) -> Addressed:
    """A member paired before the split is told their part at their next message, with the code that starts their
    PRIMA from it (the same code the leader may forward)."""
    from hashlib import sha256

    parts = "; ".join(f"«{part.iki.indikator}»" for part in invite.parts)
    how = f"buka {link}" if link else f"kirim /start {code}"
    return Addressed(member, f"bagian:{sha256(code.encode()).hexdigest()[:16]}:anggota",
                     f"{leader or 'Ketua Tim Anda'} sudah membagi IKI tim lewat MPPH. Bagian Anda: {parts}. Untuk "
                     f"memulai PRIMA dari bagian itu, {how} (berlaku {guidance().pairing.valid_days} hari).")


def invite_start(redemption: Redemption) -> InviteStart | None:
    """What a redeemed invite asks the member's PRIMA to start with (None for a member's own code)."""
    if redemption.code is None or not redemption.code.invite or not redemption.code.payload:
        return None
    return InviteStart.model_validate_json(redemption.code.payload)


def check(store: Store, code: str, user: str, now: datetime) -> Redemption:
    return store.check_code(code, user, now.timestamp(), guidance().pairing.guess_limit)


def redeem(store: Store, code: str, user: str, now: datetime) -> Redemption:
    """Redeem after the user confirmed. The pairing changes under the member's lock, so it never interleaves with
    a decision on the member's SKP (which reads the pairing under that lock)."""
    checked = check(store, code, user, now)
    if checked.status != "ok":
        return checked
    with store.user_lock(checked.member, wait=MEMBER_LOCK_WAIT_S):
        return store.redeem_code(code, user, now.timestamp(), guidance().pairing.guess_limit)


def has_open_code(store: Store, member: str, now: datetime) -> bool:
    return store.has_open_code(member, now.timestamp())


def code_text(code: str, link: str | None, replaced: bool = False) -> str:
    """What /atasan tells the member; replaced: an unused code of theirs stopped working (tester21a #10: the leader
    who got the first code was told only «Kode tidak dikenali»)."""
    days = guidance().pairing.valid_days
    how = f"Teruskan tautan ini kepada atasan Anda: {link}\nAtau minta atasan mengirim /start {code} ke bot ini." if link \
        else f"Minta atasan Anda mengirim /start {code} ke bot ini."
    earlier = ("\nKode sebelumnya yang belum dipakai kini tidak berlaku lagi: bila sudah Anda teruskan, teruskan kode "
               "ini sebagai gantinya.") if replaced else ""
    return (f"Kode untuk atasan Anda: {code}\n{how}{earlier}\nKode berlaku {days} hari dan hanya sekali pakai. Setelah "
            "atasan mengonfirmasi, ia dapat meninjau dan menetapkan SKP Anda; Anda bisa menggantinya kapan saja dengan "
            "/atasan lagi.")


def refusal_text(redemption: Redemption) -> str | None:
    """Why a code does not pair (None when it does or may)."""
    status = redemption.status
    if status == "limited":
        return (f"Terlalu banyak percobaan kode. Coba lagi dalam {max(1, redemption.wait_s // 60)} menit, dengan kode "
                "yang diteruskan kepada Anda.")
    if status == "unknown":
        return ("Kode tidak dikenali. Periksa lagi kode atau tautan yang diteruskan kepada Anda (salin utuh). Bila "
                "pengirimnya meminta kode lagi dengan /atasan, kode yang lama tidak berlaku: minta kode terbarunya.")
    if status == "expired":
        return (f"Kode ini sudah kedaluwarsa (berlaku {guidance().pairing.valid_days} hari). Minta pengirimnya membuat "
                "kode baru dengan /atasan.")
    if status == "used":
        return "Kode ini sudah dipakai. Setiap kode hanya berlaku sekali; minta pengirimnya membuat kode baru."
    if status == "own":
        return "Ini kode Anda sendiri. Teruskan kode itu kepada atasan Anda; Anda tidak bisa menjadi atasan diri sendiri."
    if status == "cycle":
        return ("Pasangan ini tidak bisa dibuat: orang ini sudah menjadi atasan Anda (langsung atau berjenjang), dan "
                "atasan tidak bisa sekaligus menjadi anggota timnya sendiri.")
    if status == "already":
        return "Anda sudah terhubung dengan orang ini; tidak ada yang berubah."
    return None


def confirm_text(redemption: Redemption, leader: str = "") -> str:
    """The question asked before a code is redeemed (it is redeemed only after "ya"); leader: the inviting Ketua
    Tim's /profil name, when known."""
    if redemption.code.invite:
        who = f"Ketua Tim {leader}" if leader else "Ketua Tim"
        return (f"Ini undangan {who} untuk {redemption.code.label}. Bila Anda menerimanya, {who} menjadi atasan "
                "yang meninjau SKP Anda, dan PRIMA Anda dimulai dari indikator dan bagian yang sudah ia bagi. Terima?")
    return ("Kode ini dari seorang pegawai yang meminta Anda menjadi atasannya. Bila Anda menerima, Anda dapat melihat, "
            "meninjau, dan menetapkan SKP-nya, memberi umpan balik, dan mencatat dialog kinerja. Terima?")


def paired_letters(redemption: Redemption, now: datetime, in_force: int | None = None) -> list[Addressed]:
    """After a redemption: the other side is told, and a replaced reviewer learns they lost access. in_force: the
    member's SKP version already set (a change of leader mid-year), so they are not told to submit it again."""
    pair = redemption.pair
    day = long_date(now.date())
    letters = []
    if redemption.code.invite:
        letters.append(Addressed(pair.reviewer, f"pasangan:{pair.id}:atasan",
                                 f"{redemption.code.label} menerima undangan Anda pada {day}; ia kini anggota tim Anda "
                                 "(lihat /tim)."))
    elif in_force:
        letters.append(Addressed(pair.member, f"pasangan:{pair.id}:anggota",
                                 f"Atasan baru Anda sudah mengonfirmasi pada {day}. SKP Anda yang berlaku (versi "
                                 f"{in_force}) kini ia lihat; perubahan berikutnya diajukan kepadanya dengan /ajukan."))
    else:
        letters.append(Addressed(pair.member, f"pasangan:{pair.id}:anggota",
                                 f"Atasan Anda sudah mengonfirmasi pada {day}. Ajukan SKP Anda dengan /ajukan."))
    if redemption.ended is not None:
        letters.append(ended_letter(redemption.ended, "mengganti atasannya"))
    return letters


def ended_letter(ended: Pair, why: str) -> Addressed:
    """A reviewer told that a pairing ended (the member changed leader, left, or deleted their data)."""
    return Addressed(ended.reviewer, f"akhir:{ended.id}:atasan",
                     f"Seorang anggota tim Anda {why}; Anda tidak lagi dapat melihat atau meninjau SKP-nya.")


def forgotten_letters(forgotten: Forgotten, user: str) -> list[Addressed]:
    """After a user's /hapus: their reviewer and their members are told the pairing ended."""
    letters = []
    if forgotten.reviewer:
        letters.append(Addressed(forgotten.reviewer, f"hapus:{pseudonym(user)}:atasan",
                                 "Seorang anggota tim Anda menghapus datanya dari Asisten IKI; pasangan berakhir. "
                                 "Keputusan Anda atas SKP-nya tetap tercatat di riwayat tanpa identitasnya."))
    letters += [Addressed(member, f"hapus:{pseudonym(user)}:{member}",
                          "Atasan Anda menghapus datanya dari Asisten IKI; pasangan berakhir. SKP Anda tetap tersimpan; "
                          "hubungkan atasan baru dengan /atasan.") for member in forgotten.members]
    return letters
