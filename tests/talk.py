"""What a test reads from the engine's replies as a user would: the text said, the buttons shown, a button tapped."""


def said(replies) -> str:
    return "\n".join(r.text for r in replies)


def labels(replies) -> list[str]:
    return [b.label for r in replies for b in r.buttons]


def typed(engine, user, *messages):
    """Each message typed in turn, as a user would; the replies to the last."""
    replies = []
    for message in messages:
        replies = engine.handle(user, message)
    return replies


def mpph_divided(engine, user, leader: str, method: str, *roles: str):
    """At /mpph: `leader` typed (the command with the leader's IKI, or the IKI at its question), the method of
    division picked by its button, then each line of roles typed; the replies to the last."""
    engine.handle(user, leader)
    engine.press(user, f"mpph:method:{method}")
    return typed(engine, user, *roles)


def press(engine, user, replies, label):
    """Tap the button shown whose label contains `label`, as a user would."""
    button = next(b for r in replies for b in r.buttons if label.lower() in b.label.lower())
    return engine.press(user, button.data)


def prima_at_step_m(engine, user: str, activities: str | None = None):
    """PRIMA to step 4 without searching, as a member with no direct cascade: step 2's activities typed, or skipped
    when none are given. The replies of step 4."""
    engine.handle(user, "/prima")
    engine.press(user, "prima:skip")
    if activities is None:
        engine.press(user, "prima:skip")
    else:
        engine.handle(user, activities)
    engine.press(user, "prima:role:anggota")
    replies = engine.press(user, "prima:direct:0")
    assert engine.state(user).prima.step == "M"
    return replies


def typed_ahead_in_prima(engine, user: str = "u") -> None:
    """PRIMA to step 4 as a member with no direct cascade, then two IKI typed with their targets and jenis in one
    message and a third added ahead («ok also add: …, 50»): the data awal of the first is asked."""
    typed(engine, user, "/prima", "Lewati", "Lewati", "Anggota tim", "Tidak langsung",
          "Persentase rekomendasi kebijakan yg ditindaklanjuti pimpinan, 60, TUSI 40; Persentase "
          "rekomendasi yg dipantau pemanfaatannya, 80, TUSI 25",
          "ok also add: Persentase policy brief yg ditulis dlm 2 bahasa, 50")


def list_saved(engine, user: str, lines: str) -> None:
    """A pasted list of IKI that all pass, saved with «simpan semua» and its field questions left: the draft holds
    every line."""
    engine.handle(user, lines)
    engine.handle(user, "simpan semua")
    engine.handle(user, "Selesai dulu")
    assert len(engine.state(user).skp.iki) == len(lines.splitlines())


def at_role():
    """A new user in PRIMA, steps 1 and 2 skipped: step 3 asks the role."""
    from bot.conversation import Engine

    engine = Engine()
    engine.handle("u", "/prima")
    engine.press("u", "prima:skip")
    engine.press("u", "prima:skip")
    return engine
