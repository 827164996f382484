"""What a test reads from the engine's replies as a user would: the text said, the buttons shown, a button tapped."""


def said(replies) -> str:
    return "\n".join(r.text for r in replies)


def labels(replies) -> list[str]:
    return [b.label for r in replies for b in r.buttons]


def press(engine, user, replies, label):
    """Tap the button shown whose label contains `label`, as a user would."""
    button = next(b for r in replies for b in r.buttons if label.lower() in b.label.lower())
    return engine.press(user, button.data)
