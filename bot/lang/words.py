"""Indonesian words: Sastrawi stems and its list of root words, and how many letters two words are apart. Search,
the rules' reading of drafts and the reading of plain messages share them."""

from functools import lru_cache


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    # Codes and numbers (ikk, 5, 33) stay as written; Sastrawi only sees Indonesian words. It drops letters outside
    # a-z ("àààà" becomes ""): such a word stays as written, never an empty search word.
    return word if not word.isalpha() or len(word) <= 3 else _stemmer().stem(word) or word


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (about 30,000)."""
    from importlib.resources import files

    text = files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def dictionary_words() -> frozenset[str]:
    """Sastrawi's root words, for a reader that looks words up by their shape (bot.year.respell)."""
    return _dictionary()


def is_indonesian_word(word: str, min_root: int = 1) -> bool:
    """A word of the language (root or derived), as far as Sastrawi's dictionary tells. min_root: the shortest root a
    derived word may come from: Sastrawi reads the typo "pengadan" as peng-kad-an, from the root "kad"."""
    word = word.lower()
    return word in _dictionary() or (word.isalpha() and stem(word) in _dictionary() and stem(word) != word
                                     and len(stem(word)) >= min_root)



def edit_distance(a: str, b: str, most: int) -> int:
    """Letters changed, added, dropped or two neighbours swapped (optimal string alignment) between two words; any
    count past most is told as most + 1, so a scan of a vocabulary stops early."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > most:
        return most + 1
    if most == 1:  # the linker asks this of every term of a profile: no table needed
        return 1 if _one_apart(a, b) else 2
    before, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if before is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > most:
            return most + 1
        before, row = row, current
    return row[-1]


def _one_apart(a: str, b: str) -> bool:
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def spoken_active(word: str) -> str | None:
    """The root of an active verb said with chat's bare nasal prefix («ngebahasnya» → «bahas», «nyusun» → «susun»,
    «ngirim» → «kirim», «ngajuin» → «aju»); None for a word of its own («nyata») or no such verb («nggak»)."""
    word = word.lower()
    body = word[:-3] if word.endswith("nya") else word[:-2] if word.endswith("in") else word
    if not (word.isalpha() and len(body) > 4 and body.startswith(("ng", "ny"))) \
            or word in _dictionary() or body in _dictionary() or body.startswith("ngg"):
        return None
    # nge- stands before a root as it is; ny- for a root's s or c; ng- before a vowel or for a root's k
    roots = [body[3:]] if body.startswith("nge") else []
    roots += ["s" + body[2:], "c" + body[2:]] if body.startswith("ny") else [body[2:], "k" + body[2:]]
    return next((r for r in roots if len(r) >= 4 and r in _dictionary()
                 or r == body[3:] and len(r) >= 3 and r in _dictionary()), None)


def spoken_bare_nasal(word: str) -> str | None:
    """The root of an active verb said with chat's bare m- or n- for a root's p or t («milihnya» → «pilih», «nulis» →
    «tulis», «nanya» → «tanya»); None for a word of its own («minta», «nilai») or no such verb."""
    word = word.lower()
    body = word[:-3] if word.endswith("nya") else word
    if not (word.isalpha() and len(body) > 4 and body[0] in "mn") or word in _dictionary() or body in _dictionary():
        return None
    root = {"m": "p", "n": "t"}[body[0]] + body[1:]
    return root if root in _dictionary() else None


def bare_verb(word: str) -> str | None:
    """The root of a verb said bare, with -kan or -i and no meN- or di- («perbaiki» → «baik», «siapkan» → «siap»,
    «lengkapi» → «lengkap»): an order's form, which chat uses for work done too; None for a word of its own («bukan»,
    «pakai») or a noun («bisikan»)."""
    word = word.lower()
    if not word.isalpha() or word in _dictionary():
        return None
    root = stem(word)
    if len(root) < 3 or root not in _dictionary():
        return None
    return root if any(word in (root + suffix, "per" + root + suffix) for suffix in ("kan", "i")) else None


def read_root(word: str) -> str:
    """The root a word is read by when a claim and an answer are held against each other: a chat verb's root as
    Sastrawi stems its written form («nyepakatin» → «pakat» as «menyepakati», «ngukur» → «ukur» as «mengukur»),
    else its stem."""
    active = spoken_active(word)
    return spoken_root(word) or (active if active and stem("me" + word.lower()) == active else None) or stem(word)


def nominal(verb: str) -> str | None:
    """The peN-…-an noun of a meN- verb: «merawat» → «perawatan», «menulis» → «penulisan», «mengawasi» →
    «pengawasan», «menyiapkan» → «penyiapan»; a borrowed «-si» root is its own noun («memverifikasi» →
    «verifikasi»). None for a word that is no meN- verb of a known root."""
    verb = verb.lower()
    root = stem(verb)
    if not (verb.startswith("me") and len(verb) > 5 and root != verb and root in _dictionary()):
        return None
    body = verb[:-3] if verb.endswith("kan") else verb
    borrowed = next((body[cut:] for cut in (4, 3, 2) if body[cut:] in _dictionary()), "")
    if borrowed.endswith(("si", "sis")):
        return borrowed  # «mendistribusikan» → «distribusi», «menganalisis» → «analisis»
    body = body[:-1] if body.endswith("i") and not root.endswith("i") else body
    return "pe" + body[2:] + "an"


_MEN = (("k", "meng", 1), ("t", "men", 1), ("s", "meny", 1), ("p", "mem", 1), ("g", "meng", 0), ("h", "meng", 0),
        ("d", "men", 0), ("c", "men", 0), ("j", "men", 0), ("z", "men", 0), ("b", "mem", 0), ("f", "mem", 0),
        ("v", "mem", 0))  # a root's first letter: the meN- prefix it takes, and whether that letter goes


def active_of(passive: str) -> str | None:
    """The meN- verb of a di- passive: «ditolak» → «menolak», «dikembalikan» → «mengembalikan», «diperiksa» →
    «memeriksa». None when it is no di- passive of a known root."""
    word = passive.lower()
    root = stem(word)
    if not (word.startswith("di") and root != word and root in _dictionary() and word[2:].startswith(root)):
        return None
    suffix = word[2 + len(root):]
    if suffix not in ("", "kan", "i"):
        return None
    if root[0] in "aiueo":
        return "meng" + root + suffix
    prefix, drop = next(((p, d) for first, p, d in _MEN if root[0] == first), ("me", 0))
    return prefix + root[drop:] + suffix


def passive_of(verb: str) -> str | None:
    """The di- passive of a meN- verb: «menghitung» → «dihitung», «memberikan» → «diberikan», «menetapkan» →
    «ditetapkan», «memperbaiki» → «diperbaiki». None when it is no meN- verb of a known root of four letters or more
    (Sastrawi reads «mengode» as meng-ode: a short root is unsure)."""
    verb = verb.lower()
    root = stem(verb)
    if not (verb.startswith("me") and root != verb and len(root) >= 4 and root in _dictionary()):
        return None
    if verb.endswith("kan") and not root.endswith("kan"):
        suffix = "kan"
    elif verb.endswith("i") and not root.endswith("i"):
        suffix = "i"
    else:
        suffix = ""
    return "di" + ("per" if verb.startswith("memper") else "") + root + suffix


def spoken_root(word: str) -> str | None:
    """The root of a verb said with chat's -in for -kan/-i («nyepakatin» → as «menyepakati», «nurunin» → «turun»,
    «diterbitin» → «terbit», «ngubahin» → «ubah»), stemmed as its written form is; None for a word that is no such
    verb (a root word of its own: «ingin», «yakin», «kemarin»)."""
    word = word.lower()
    if not (word.isalpha() and len(word) > 5 and word.endswith("in")) or word in _dictionary():
        return None
    body = word[:-2]
    for written in (body, "me" + body + "i", "me" + body + "kan"):
        root = stem(written)
        # the root ends as the body does, its first letter aside («nurun» → «turun»): «menerbiti» is no «biti»
        if root in _dictionary() and len(root) >= 4 and body.endswith(root[1:]) and (written == body or root != written):
            return root
    return None
