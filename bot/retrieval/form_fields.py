"""A question under fields pasted from the e-Kinerja form («Indikator: … | Target: …», one per line or split by «|»):
the indicator is the IKI the question quotes, when what is asked names no other field."""

import re

from bot import knowledge
from bot.lang.text import tokens

# the fields of one IKI as a form labels them (knowledge/columns.yaml skp_export)
_FIELDS = ("rhk", "indikator", "target", "satuan", "jenis", "bobot")
_PIECES = re.compile(r"\n|\s\|\s")


@knowledge.cached
def _labels() -> dict[str, str]:
    """A label's words → its field."""
    export = knowledge.data("columns")["skp_export"]
    return {" ".join(tokens(name)): field for field in _FIELDS for name in export[field]}


def form_quoted(question: str) -> str:
    """«Rencana Hasil Kerja: …\\nIndikator: Persentase alat … laik pakai\\nTarget: 90 %\\nini udh output kan?» → «IKI
    'Persentase alat … laik pakai'. ini udh output kan?»: the pasted form tells which IKI «ini» is; its other fields are
    context. Unchanged when no Indikator field is pasted, nothing is asked beside the fields, or what is asked names
    another field («bobot beyond emang 10% kan?» asks the Bobot pasted, not the IKI)."""
    labels = _labels()
    fields, own = {}, []
    for piece in _PIECES.split(question):
        label, colon, value = piece.partition(":")
        field = labels.get(" ".join(tokens(label))) if colon else None
        if field and tokens(value):
            fields[field] = value.strip()
        elif piece.strip():
            own.append(piece.strip())
    asked = " ".join(own)
    if "indikator" not in fields or not tokens(asked) or any(q in fields["indikator"] for q in "'\"«»"):
        return question
    said = f' {" ".join(w.removesuffix("nya") for w in tokens(asked))} '
    if any(f" {label} " in said for label, field in labels.items() if field != "indikator"):
        return question
    return f"IKI '{fields['indikator']}'. {asked}"
