"""«knp dikembalikan ya?», «kenapa IKI 2 dikembalikan?» asked by a member whose leader returned IKI: the leader's own
note on each, never a guidance passage (tester16b #8). Words: knowledge/team.yaml `returned_asked`."""

from bot import knowledge
from bot.conversation.replies import Reply
from bot.conversation.state import UserState
from bot.lang.refs import iki_refs
from bot.lang.text import tokens
from bot.team.review import returned_comment


def why_returned(state: UserState, question: str) -> list[Reply]:
    """The leader's note on each returned IKI (the one named, else all of them); [] when the message asks no such
    thing (a return word and a why word) or nothing was returned."""
    words = knowledge.data("team")["returned_asked"]
    said = set(tokens(question))
    if not said & set(words["returned"]) or not said & set(words["why"]):
        return []
    skp, review = state.skp, state.team.review
    returned = [(i, note) for i in range(len(skp.iki)) if (note := returned_comment(review, i)) is not None]
    named = iki_refs().search(question)
    picked = [(i, note) for i, note in returned if named and i + 1 == int(named.group(1))] or returned
    if not picked:
        return []
    lines = [f"IKI {i + 1} «{skp.iki[i].indikator}» dikembalikan atasan dengan catatan: «{note or '-'}»"
             for i, note in picked]
    return [Reply("\n".join(lines) + f"\nPerbaiki sesuai catatan dengan /ubah {picked[0][0] + 1}, lalu ajukan ulang "
                  "dengan /ajukan. Bila catatannya kurang jelas, tanyakan langsung kepada atasan.")]
