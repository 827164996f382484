"""What a test reads from the engine's replies as a user would: the text said, the buttons shown, a button tapped."""


def said(replies) -> str:
    return "\n".join(r.text for r in replies)


def labels(replies) -> list[str]:
    return [b.label for r in replies for b in r.buttons]


def press(engine, user, replies, label):
    """Tap the button shown whose label contains `label`, as a user would."""
    button = next(b for r in replies for b in r.buttons if label.lower() in b.label.lower())
    return engine.press(user, button.data)


def prima_at_step_m(engine, user: str) -> None:
    """PRIMA to step 4 without searching, as a member with no direct cascade."""
    engine.handle(user, "/prima")
    for step in ("prima:skip", "prima:skip", "prima:role:anggota", "prima:direct:0"):
        engine.press(user, step)
    assert engine.state(user).prima.step == "M"
