"""Loads the rewrite families from knowledge/rewrite/patterns.yaml."""

from dataclasses import dataclass

from bot import knowledge
from bot.lang.text import PhraseSet, is_acronym, phrase_set, tokens
from bot.lang.words import nominal, stem
from bot.models import Category
from bot.rules.lexicon import lexicon


@dataclass(frozen=True)
class Template:
    indikator: str
    satuan: str
    alasan: str
    heads: PhraseSet | None = None  # only for an object that opens with one of these (a domain hint's own nouns)
    not_for_entities: bool = False  # "… yang diselesaikan" does not fit who is counted (puskesmas, pasien)
    not_heads: PhraseSet | None = None  # not for an object that opens with one of these ("paket tender paket")
    prefer: PhraseSet | None = None  # shown first when the draft's process says one of these (penghapusan BMN)
    for_process: PhraseSet | None = None  # only when the draft's process says one of these (akreditasi)
    unless: str = ""  # a placeholder that must be empty for this template ("destination": no system named)
    audience: str = ""  # "staff": not for an object naming patients or the public; "public": only for one
    not_for_process: PhraseSet | None = None  # not when the draft's process says one of these (monitoring news)
    items_only: bool = False  # only for an object that is a work item (Patterns.work_item): «… yang diselesaikan»
    subject: str = ""  # only for a counted subject of this kind: adopter | cared | thing (Patterns.subject_kind)
    guessed: bool = False  # what it measures is guessed from the work's kind (patterns.yaml `guessed`): asked, not taken


@dataclass(frozen=True)
class Family:
    name: str
    triggers: PhraseSet  # process words, consumed into {process}
    object_heads: PhraseSet  # words that open the object and choose this family (data, karya ilmiah)
    generic: bool  # a kind of work so general that the object's kind decides (menyusun, mengirim)
    templates: list[Template]
    domain: bool = False  # a domain hint: its object heads decide over any process word (lab, BMN)
    recipients: PhraseSet | None = None  # care: the people it is given to ("pasien rawat inap"), for {recipient}
    # families whose process this one takes over: given to its recipients (care), or done to its object heads
    # («evaluasi dokumen permohonan» is a request handled, not a monitoring with recommendations)
    takes_over: frozenset[str] = frozenset()
    before_recipients: frozenset[str] = frozenset()  # "ke" in "asuhan keperawatan ke pasien": left out
    answered_for: PhraseSet | None = None  # recipients who cannot answer a survey themselves (balita)
    answered_by: str = ""  # who answers for them ({respondent}: «orang tua/pengasuh balita»)
    names_work: bool = False  # its process words alone name work ("input SILK": input is always of data)
    alone: bool = False  # its templates say how its work is judged: the general ones add nothing (a domain's too)
    system_at: frozenset[str] = frozenset()  # «di» in «input data di ASIK»: a system after it is the destination
    at_place: bool = False  # its object is the place the work is done in («jaga di IGD», «fogging di puskesmas»)
    scoped_by_place: bool = False  # the place after its object bounds what is watched («… di ruang rawat inap»)
    links_kept: frozenset[str] = frozenset()  # «ke» opening the object, kept: «transfer pasien ke ICU»
    places_of: frozenset[str] = frozenset()  # «rumah» in «rumah warga»: the recipients after it are no care's
    usual_recipients: dict[tuple[str, ...], str] | None = None  # «anc» → «ibu hamil»: who care named alone is for
    goals: dict[tuple[str, ...], str] | None = None  # «latihan jalan» → «mampu berjalan mandiri»: what therapy reaches
    # phrases opening with one of its object heads that name another thing: «alat angkut» (a ship inspected for health
    # risks at a port), never equipment kept ready
    other_things: PhraseSet = PhraseSet(())


@dataclass(frozen=True)
class Conditions:
    """Disease names, and the noun that makes one an object: its samples, its examination's result, its cases."""
    names: PhraseSet
    examinations: PhraseSet
    examined: str
    result: str
    otherwise: str


@dataclass(frozen=True)
class Guided:
    """Guidance given on someone's own work («pembinaan pengelolaan limbah medis»): its result is that work done to
    standard, said with the work's passive verb («limbah medis … yang dikelola sesuai standar»)."""
    processes: PhraseSet  # the guidance words (pembinaan, pendampingan, bimtek …)
    work: dict[tuple[str, ...], str]  # the guided work's noun → its passive verb (pengelolaan → dikelola)
    work_set: PhraseSet
    family: str  # the family drafting it


@dataclass(frozen=True)
class Partners:
    """Who the work is done with («dengan KPKNL»): the links that open one, the work done with someone by its
    nature, the agencies that are one wherever they follow a link, and each link in formal words."""
    links: frozenset[str]
    work: PhraseSet
    counterparts: PhraseSet
    as_written: dict[str, str]


@dataclass(frozen=True)
class Systems:
    """What names a system data goes into (patterns.yaml `systems`): its words and tools, or an acronym that names
    no workplace nor care point."""
    words: PhraseSet
    not_systems: PhraseSet
    at_words: frozenset[str]  # «di», «lewat» before a named system: where the work is done

    def named_at(self, keys: list[str], i: int) -> bool:
        """Whether «di SAKTI», «lewat aplikasi SRIKANDI» opens at i: a preposition, then a system word or tool."""
        return i + 1 < len(keys) and keys[i] in self.at_words and bool(self.words.match_at(keys, i + 1))

    def at(self, keys: list[str], raw: list[str], i: int) -> int:
        """How many words at i name a system («SIMRS», «aplikasi ASIK» → 2); 0 when none does."""
        found = self.words.match_at(keys, i)
        if found:
            return len(found) + (1 if i + len(found) < len(raw) and is_acronym(raw[i + len(found)]) else 0)
        if i < len(raw) and is_acronym(raw[i].strip(",.;:()")) and not self.not_systems.match_at(keys, i):
            return 1
        return 0


@dataclass(frozen=True)
class Patterns:
    rewrite_when: frozenset[Category]
    skip_before_process: frozenset[str]
    object_ends_at: PhraseSet
    object_ends_after_work: frozenset[str]
    speeds_up: PhraseSet  # «percepatan X»: X measured by its time
    during: PhraseSet  # «selama»: a time clause after people cared for
    during_family: str  # the family whose object heads name the procedure they are cared for during («HD»)
    reduces: PhraseSet  # «mengurangi X»: X measured, lower is better
    reduced_measures: list[tuple[str, str]]  # the measures put before X (measure word, satuan)
    reduced_why: str  # the suggestion's alasan, {object} filled in
    attended: PhraseSet  # «mengikuti», «ikut»: taking part as a participant (patterns.yaml attended)
    attended_events: PhraseSet  # what is attended: a training, a workshop
    attended_templates: list[Template]  # the participant's own output, {event} and {object} filled in
    trained: PhraseSet  # «… yang dilatih»: people counted as trained
    trained_templates: list[Template]  # what the training achieved in them, {who} and {object} filled in
    drop_words: frozenset[str]
    connectors: frozenset[str]
    helper_verbs: frozenset[str]
    nominals: dict[str, str]  # process verb → its noun ("memantau" → "pemantauan"; "" leaves it out)
    work_words: PhraseSet
    families: dict[str, Family]
    roles: PhraseSet  # people and roles ("ketua tim", "PIC"): never an object
    in_charge: PhraseSet  # roles in charge of the work named after them ("PIC akreditasi"): left out
    for_whom: frozenset[str]  # «untuk» before a role («… utk pimpinan»): who it is for, never the object
    conditions: Conditions
    public: PhraseSet  # patients and the public, for a template's audience
    given_to: frozenset[str]  # "kepada" in "sosialisasi kepada masyarakat": who the work is given to follows
    guided: Guided
    dangling: frozenset[str]  # words an object never ends with («dan», «di», «untuk»): left hanging by a cut
    passives: dict[str, str]  # a process noun → its passive, for general patterns («analisis» → «dianalisis»)
    limits: PhraseSet  # «maks», «target», «dalam»: a limit or a target opens, not work
    stated_result: dict[str, str]  # measure, satuan and alasan for a result stated as it stands
    measured_as_written: dict[str, str]  # the same for a result lacking only its measure word
    shares: frozenset[str]  # nouns naming a share («kepatuhan …»): measured as written with no condition
    work_items: PhraseSet  # things produced or processed («dokumen», «permohonan», «tiket»): finished like work
    not_processes: frozenset[str]  # peN-/per-…-an nouns that name a thing («persediaan», «peralatan»)
    not_judged_verbs: frozenset[str]  # verbs whose object is not what they handle («mencegah VAP»): no passive
    people_verbs: frozenset[str]  # verbs whose passive fits people («dibimbing»), unlike «dikelola»
    not_objects: frozenset[str]  # words after a verb that are not its object («sempat», «dulu»)
    partners: Partners  # «dengan KPKNL»: said after the work word, never inside the object
    systems: Systems  # «di ASIK» after input: where the data goes

    def role_at(self, words: list[str], i: int) -> int:
        """How many words of people and roles start at i ("PIC", "ketua tim pengujian" → 2)."""
        j = i
        while j < len(words) and (found := self.roles.match_at(words, j)):
            j += len(found)
        return j - i

    def in_charge_at(self, words: list[str], i: int) -> int:
        """How many words at i say who is in charge of the work after them ("PIC" in "PIC akreditasi …"), when work
        follows them."""
        found = self.in_charge.match_at(words, i)
        return len(found) if found and self.names_work(words, i + len(found)) else 0

    def usual_recipient(self, family: Family, words: list[str]) -> str:
        """Who care named without its recipients is given to, by the longest care word in words («ANC» → «ibu
        hamil», «imunisasi dasar» → «bayi»); "" when none is named."""
        if not family.usual_recipients:
            return ""
        found = [k for k in family.usual_recipients for j in range(len(words)) if tuple(words[j:j + len(k)]) == k]
        return family.usual_recipients[max(found, key=len)] if found else ""

    def goal(self, family: Family, words: list[str]) -> str:
        """The functional goal the care words reach, by the longest named («latihan jalan» → «mampu berjalan
        mandiri»); "" when the care names none."""
        if not family.goals:
            return ""
        found = [k for k in family.goals for j in range(len(words)) if tuple(words[j:j + len(k)]) == k]
        return family.goals[max(found, key=len)] if found else ""

    def respondent(self, family: Family, recipient: str) -> str:
        """Who answers for the recipients a satisfaction survey: themselves, or who answers for them (a toddler's
        parent or caregiver)."""
        if recipient and family.answered_for and family.answered_for.match_at(tokens(recipient), 0):
            return f"{family.answered_by} {recipient}"
        return recipient

    def fits(self, template: Template, obj: str, process: str = "") -> bool:
        """Whether the template's wording fits who the object names (patients and the public, or staff), or the
        process itself («kelas ibu hamil»)."""
        if not template.audience:
            return True
        words, named = tokens(obj), tokens(process)
        public = any(self.public.match_at(words, j) for j in range(len(words))
                     if j == 0 or words[j - 1] in self.given_to) \
            or any(self.public.match_at(named, j) for j in range(len(named)))
        return public == (template.audience == "public")

    def family_of(self, words: list[str], i: int) -> tuple[Family, tuple[str, ...]] | None:
        """The family whose trigger starts at position i (longest trigger wins)."""
        best = None
        for family in self.families.values():
            trigger = family.triggers.match_at(words, i)
            if trigger and (best is None or len(trigger) > len(best[1])):
                best = (family, trigger)
        return best

    def object_family(self, words: list[str], i: int) -> Family | None:
        return next((f for f in self.families.values()
                      if f.object_heads.match_at(words, i) and not f.other_things.match_at(words, i)), None)

    def guided_work(self, process: list[str], words: list[str]) -> tuple[tuple[str, ...], str] | None:
        """The guided work's noun at the start of words and its passive verb, when the process is guidance:
        ("pengelolaan",), "dikelola" for process «pembinaan», words «pengelolaan limbah medis …»."""
        found = self.guided.work_set.match_at(words, 0)
        if not (process and found and self.guided.processes.match_at(process, 0)):
            return None
        return found, self.guided.work[found]

    def care_for(self, family: Family, words: list[str]) -> Family | None:
        """The care family when the object (words) names who receives the work and `family` is one it takes over:
        "pemeriksaan pasien TB" is care for patients, not an inspection. A listed work item the people are named after
        («pengaduan masyarakat», «sampel pasien») is what the work handles: no care."""
        if self.work_items.match_at(words, 0):
            return None
        return next((f for f in self.families.values() if f.recipients and family.name in f.takes_over
                     and any(f.recipients.match_at(words, j) and not (j and words[j - 1] in f.places_of)
                             for j in range(len(words)))), None)

    def work_item(self, words: list[str]) -> bool:
        """Whether the object (words) opens with a work item, something produced or processed that is finished and
        judged like work: a listed item («dokumen», «tiket»), a report or a document product, or a process noun
        («pengabdian», «penyusunan»: the peN-/per-…-an noun of a verb; «implementasi»: a borrowed one). «stok obat», «infeksi VAP», «kebersihan
        gedung», «kendaraan dinas» are not."""
        from bot.rules.lexicon import lexicon

        lex = lexicon()
        words = words[len(lex.measures.match_at(words, 0) or ()):]  # «persentase rekomendasi …»: what it measures
        if not words:
            return False
        if self.work_items.match_at(words, 0) or lex.process_nouns.match_at(words, 0) \
                or lex.report_nouns.match_at(words, 0) or lex.document_products.match_at(words, 0):
            return True
        return self.process_word(words[0])

    def process_word(self, word: str) -> bool:
        """A noun naming a process: the peN-/per-…-an noun of a verb («pengabdian», «pengkajian») or a borrowed
        «-asi» one («implementasi», «harmonisasi»), not a thing so formed («persediaan», «imunisasi»)."""
        if word in self.not_processes:
            return False
        return word.endswith("asi") or (word.startswith("pe") and word.endswith("an") and stem(word) != word)

    def subject_kind(self, subject: str) -> str:
        """Who «Persentase X yang …» counts: a thing a service is done to (alat, sampel), a person cared for (pasien,
        ibu hamil), else an adopter that applies a standard (puskesmas, tim)."""
        words, lex = tokens(subject), lexicon()
        if not lex.service_recipients.match_at(words, 0):
            return "adopter"
        return "cared" if self.public.match_at(words, 0) or lex.entities.match_at(words, 0) else "thing"

    def names_work(self, words: list[str], i: int) -> bool:
        return bool(self.family_of(words, i) or self.object_family(words, i))

    def process_noun(self, process: str) -> str:
        """The process as a noun for a template: "memantau" → "pemantauan", "merawat" → "perawatan" (the listed noun,
        else the prefix's rule); a noun stays as written."""
        words = process.split()
        nouns = (self.nominals[w.lower()] if w.lower() in self.nominals else nominal(w) or w for w in words)
        return " ".join(w for w in nouns if w)


def _template(entry: dict) -> Template:
    def phrases(key: str) -> PhraseSet | None:
        return PhraseSet(entry[key]) if entry.get(key) else None

    return Template(entry["indikator"], entry["satuan"], entry["alasan"], phrases("heads"),
                    entry.get("not_for_entities", False), phrases("not_heads"), phrases("prefer"),
                    phrases("for_process"), entry.get("unless", ""), entry.get("audience", ""),
                    phrases("not_for_process"), entry.get("items_only", False), entry.get("subject", ""),
                    entry.get("guessed", False))


def _bounds_and_time_limits() -> list[str]:
    """«maks», «minimal», «di bawah» (numbers.yaml bounds, both ways) and «dalam», «sebelum» (lexicon time_limit)."""
    bounds = knowledge.data("numbers")["bounds"]
    return [w for words in bounds.values() for w in words] \
        + knowledge.data("rules/lexicon")["measure_kinds"]["time_limit"]["openers"]


@knowledge.cached
def patterns() -> Patterns:
    data = knowledge.data("rewrite/patterns")
    guided = data["guided"]
    families = {
        f["name"]: Family(
            name=f["name"],
            triggers=PhraseSet(f["triggers"]),
            object_heads=PhraseSet(f.get("object_heads", [])),
            other_things=PhraseSet(f.get("other_things", [])),
            generic=f.get("generic", False),
            templates=[_template(t) for t in f["templates"]],
            domain=f.get("domain", False),
            recipients=PhraseSet(f["recipients"]) if f.get("recipients") else None,
            takes_over=frozenset(f.get("takes_over", [])),
            before_recipients=frozenset(f.get("before_recipients", [])),
            answered_for=PhraseSet(f["answered_for"]["recipients"]) if f.get("answered_for") else None,
            answered_by=f["answered_for"]["by"] if f.get("answered_for") else "",
            names_work=f.get("names_work", False),
            alone=f.get("alone", False),
            system_at=frozenset(f.get("system_at", [])),
            at_place=f.get("at_place", False),
            scoped_by_place=f.get("scoped_by_place", False),
            links_kept=frozenset(f.get("links_kept", [])),
            places_of=frozenset(f.get("places_of", [])),
            usual_recipients={tuple(tokens(k)): v for k, v in f.get("usual_recipients", {}).items()} or None,
            goals={tuple(tokens(k)): v for k, v in f.get("goals", {}).items()} or None,
        )
        for f in data["families"]
    }
    # Every trigger and object head names work too, as do the thesaurus's programme words (bot.lang.thesaurus).
    from bot.lang.thesaurus import thesaurus

    work = list(data["work_words"]) + [" ".join(p) for p in thesaurus().canonical]
    for family in data["families"]:
        work += family["triggers"] + family.get("object_heads", [])
    return Patterns(
        rewrite_when=frozenset(Category(c) for c in data["rewrite_when"]),
        skip_before_process=frozenset(data["skip_before_process"]),
        object_ends_at=phrase_set("rewrite/patterns", "object_ends_at"),
        object_ends_after_work=frozenset(data["object_ends_after_work"]),
        speeds_up=phrase_set("rewrite/patterns", "speeds_up"),
        during=phrase_set("rewrite/patterns", "during_procedure", "words"),
        during_family=data["during_procedure"]["family"],
        reduces=phrase_set("rewrite/patterns", "reduces", "words"),
        reduced_measures=[(m["measure"], m["satuan"]) for m in data["reduces"]["measures"]],
        reduced_why=data["reduces"]["alasan"],
        attended=phrase_set("rewrite/patterns", "attended", "verbs"),
        attended_events=phrase_set("rewrite/patterns", "attended", "events"),
        attended_templates=[_template(t) for t in data["attended"]["templates"]],
        trained=phrase_set("rewrite/patterns", "trained", "verbs"),
        trained_templates=[_template(t) for t in data["trained"]["templates"]],
        drop_words=frozenset(data["drop_words"]),
        connectors=frozenset(data["connectors"]),
        helper_verbs=frozenset(data["helper_verbs"]),
        nominals={k: v or "" for k, v in data["nominals"].items()},
        work_words=PhraseSet(w for w in work if tokens(w)),
        families=families,
        roles=PhraseSet(data["roles"]["words"] + data["roles"]["in_charge"]),
        in_charge=phrase_set("rewrite/patterns", "roles", "in_charge"),
        for_whom=frozenset(data["roles"]["for_whom"]),
        conditions=Conditions(phrase_set("rewrite/patterns", "conditions", "names"),
                              phrase_set("rewrite/patterns", "conditions", "examinations"),
                              data["conditions"]["examined"], data["conditions"]["result"],
                              data["conditions"]["otherwise"]),
        public=phrase_set("rewrite/patterns", "public", "words"),
        given_to=frozenset(data["public"]["given_to"]),
        guided=Guided(phrase_set("rewrite/patterns", "guided", "processes"),
                      {tuple(tokens(k)): v for k, v in guided["work"].items()},
                      phrase_set("rewrite/patterns", "guided", "work"), guided["family"]),
        dangling=frozenset(data["dangling"]),
        passives=data["passives"],
        limits=PhraseSet(data["limit_openers"]["words"] + _bounds_and_time_limits()),
        stated_result=data["stated_result"],
        measured_as_written=data["measured_as_written"],
        shares=frozenset(data["shares_as_written"]),
        work_items=phrase_set("rewrite/patterns", "work_items", "heads"),
        not_processes=frozenset(data["work_items"]["not_processes"]),
        not_judged_verbs=frozenset(data["not_judged_verbs"]["words"]),
        people_verbs=frozenset(data["not_judged_verbs"]["for_people"]),
        not_objects=frozenset(data["not_judged_verbs"]["not_objects"]),
        partners=Partners(frozenset(data["partners"]["links"]), phrase_set("rewrite/patterns", "partners", "work"),
                          phrase_set("rewrite/patterns", "partners", "counterparts"), data["partners"]["as_written"]),
        systems=_systems(data["systems"]),
    )


def _systems(said: dict) -> Systems:
    """The system words with the tools of catatan_harian.yaml work_objects; the places no acronym system is: the
    workplaces of rewrite/work.yaml with `not_systems`."""
    tools = [name for group in knowledge.data("catatan_harian")["work_objects"] for name in group["names"]]
    places = knowledge.data("rewrite/work")["workplaces"]
    return Systems(PhraseSet(said["words"] + tools), PhraseSet(said["not_systems"] + places), frozenset(said["at"]))
