"""Context rules built from cues (cues.toml) that meet within a sentence or a text. Each rule has
its own id, message (rules.toml) and test:

- hoax: insider or guaranteed validity (H10), miracle cures (H11), disaster "predictions" with a
  date (H12), guaranteed jobs and money, and aid or prizes for a photo of the family card or a
  fee (H13), fake official announcements (H14), hidden-truth and cover-up claims, footage said
  to be genuine and a press said to keep quiet (H15), food, drink or water said to be laced
  with something harmful (H16), an everyday thing said to cause grave harm with a second sign
  such as a ban abroad or someone close who fell ill (H17), crime "modus" rumours (H18), a bank
  or cooperative said to have collapsed with a call to withdraw (H19), a public figure's
  death, arrest, divorce or ruin told with no source (H20), and
  chain-letter closers, curses and calls to spread in any word form or in Javanese and
  Sundanese (H1);
- hate: a group joined to a stereotype with a generalising cue (S5), calls to exclude a group
  (S6), misogynist and ableist put-downs (S7), historical violence used as a threat (S8);
- privacy: a child identified by name and school or routine (P12), a home address joined to a
  named person or @handle (P13), health or grades of a named person (P11), a named victim (P14);
- security lives elsewhere: scams (U7, U9-U11, U17) in rules_scams.py, the fake customer-service
  number (U8) with the phone rule in rules_privacy.py, where the number is read, and physical
  safety (U12-U16) in rules_safety.py;
- empathy: mocking victims (E8), graphic detail of victims (E9), coercive donation pleas (E10),
  body shaming (E11), mocking an accent, poverty or job (E14), and suicide in its clipped slang
  forms (E2).
"""

from __future__ import annotations

import re

from app.checklist.collector import Collector
from app.checklist.cues import Hit, Hits, hits
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.rulebook import finding
from app.checklist.rules_links import official_url
from app.checklist.rules_privacy import ADDRESS, SHOP_OWN, missing_notice, selling
from app.checklist.rules_text import quoted

WINDOW = 120  # characters: "near" for cues that need not share a sentence
NEAR = 40  # characters: for a bare capitalised pair, which may be a place as well as a person
# Village-style addresses: "Dusun Jetis RT 05/RW 02", "Kampung Babakan RT 04/RW 02", "Dk. Ngrambe".
VILLAGE = re.compile(r"(?i)\b(?:dusun|dsn\.?|dk\.|dukuh|desa|ds\.|kampung|kp\.|kelurahan|kel\.)\s+\w+"
                     r"[^\n]{0,40}?\brt\.?\s*\d{1,3}\s*/\s*(?:rw\.?\s*)?\d{1,3}|\brt\.?\s*\d{1,3}\s*/\s*rw\.?\s*\d{1,3}")
# School and student numbers, passports: identity numbers with their label.
ID_NUMBER = re.compile(r"(?i)\b(?:nisn|nis|nim|no\.?\s*paspor|paspor|no\.?\s*sim|nomor sim|bpjs|no\.?\s*bpjs)"
                       r"\s*:?\s*[A-Z]?\d{6,16}\b")


def cue_rules(inp: CheckInput, out: Collector) -> None:
    official_link = any(official_url(link.url) for link in inp.links)
    for item in inp.texts:
        if item.role == "alt_text":
            continue
        h = hits(item)
        _hoax(item, h, out, official_link, bool(inp.links))
        _hate(item, h, out)
        _privacy(item, h, out)
        _empathy(inp, item, h, out)


def add_hit(out: Collector, rule: str, item: TextItem, hit, severity: str | None = None) -> None:
    span = hit.span if hit else None
    out.add(finding(rule, item.field, span, item.text[span[0]:span[1]] if span else "", severity))


def _hoax(item: TextItem, h: Hits, out: Collector, official_link: bool = False, linked: bool = False) -> None:
    for cue, rule in (("insider", "H10"), ("miracle", "H11"), ("prediction", "H12"),
                      ("guarantee", "H13"), ("official_claim", "H14"), ("conspiracy", "H15"), ("chain_closer", "H1"),
                      ("spread_call", "H1")):
        if rule == "H12" and h.has("drill"):
            continue  # "simulasi evakuasi gempa ... Rabu pukul 09.00" is a drill, not a prophecy
        if rule == "H14" and official_link:
            continue  # an announcement that links its office's own site is what H14 asks for
        for hit in h[cue][:1]:
            if rule == "H15" and _WITHHELD.search(item.text[max(0, hit.span[0] - 20):hit.span[0]]):
                continue  # "identitas korban dirahasiakan": the law protecting a victim
            add_hit(out, rule, item, hit)
    # "hasil uji BPOM menemukan ... mengandung boraks": the finding, not a scare; "tips memilih ikan segar"
    if not h.has("lab_result") and not h.has("food_tips"):
        _first_unnegated(out, "H16", item, h["adulteration"])  # "dicampur plastik", "telur palsu"
    # "... bikin mandul" and "di Jerman udah dilarang", "tetangga aku langsung stroke", "Prof. X menyatakan
    # sinyal 5G memicu tumor"; a doctor's word that smoking causes cancer is a lesson
    if h.has("scare_support") or h.has("never_had") or h.has("depopulation") or (
            h.has("expert_says") and not h.has("known_harm")):
        _first_unnegated(out, "H17", item, h["scare"])
    said_genuine = (h.first("genuine") if h.has("event") else None) or h.first("genuine_strong")
    for hit in (h.first("hushed"), said_genuine):  # "video ini bukan editan! tsunami tadi pagi"
        if hit and not out.fired("H15"):
            add_hit(out, "H15", item, hit)
    for hit in h["money_hoax"][:1]:  # "koin Rp1.000 dicari kolektor Rp100 juta", "bagi-bagi ... yang komen Amin"
        add_hit(out, "H13", item, hit)
    for hit in [] if official_link else h["chosen"][:1]:  # "Nomor Anda terpilih sebagai pemenang"; the
        add_hit(out, "H13", item, hit)  # office's own site, where people check their status, is no bait
    if not h.has("chosen") and h.has("aid_word") and h.has("reach_admin"):
        trick = h.first("send_id") or h.first("fee_ask")  # "modal usaha 5 juta ... kirim foto KK ke WA admin"
        if trick:
            add_hit(out, "H13", item, trick)
    for hit in h["crime_rumour"][:1]:  # "parfumnya dicampur obat bius ... lalu dirampok"
        add_hit(out, "H18", item, hit)
    if not official_link:  # "Pencoblosan diundur", "Semua pemilik KIS dapat uang ... mulai besok"
        sourced = linked or bool(_SOURCED.search(item.text))
        _first_unnegated(out, "H14", item, h["election_claim"] + h["aid_cut"] + ([] if sourced else h["policy_claim"]))
        if h.has("easy_claim"):
            _first_unnegated(out, "H13", item, h["free_money"])
    if h.has("bank_collapse"):  # "bank ... teu boga duit" and "buru candak tabungan"; "tidak perlu menarik" is calm
        _first_unnegated(out, "H19", item, h["withdraw_call"])
    study = h.first("vague_study")  # "Menurut riset terbaru, ... 15 tahun lebih pendek", "terbukti klinis ... 7 hari"
    if study and _FIGURE.search(item.text) and not linked and not _SOURCED.search(item.text) \
            and not _PUBLISHED.search(item.text) and not h.has("debunk") and not out.fired("H11"):
        add_hit(out, "H23", item, study)
    if not official_link and not h.has("figure_source"):  # "penyanyi dangdut X meninggal tadi subuh"
        _first_unnegated(out, "H20", item, h["figure_rumour"])
    if not official_link and h.has("quote_card", "outrage") and not h.has("quote_source"):
        add_hit(out, "H22", item, h.first("quote_card"))  # 'Kapolri: "Mulai hari ini ..." Setuju ga?'
    if not official_link and h.has("breaking_disaster", "disaster_scale") and not h.has("disaster_source") \
            and not h.has("drill"):  # "Banjir bandang menerjang ... sore ini, ratusan mobil hanyut"
        _first_unnegated(out, "H21", item, h["breaking_disaster"])
    for hit in h["curse"][:1]:  # "yang mengabaikan akan ditimpa musibah"
        add_hit(out, "H1", item, hit)


def _first_unnegated(out: Collector, rule: str, item: TextItem, found) -> None:
    """The rule on the first hit with no negation just before it ("tanpa boraks", "tidak
    menyebabkan")."""
    for hit in found:
        if not NEGATED_BEFORE.search(item.text[max(0, hit.span[0] - 40):hit.span[0]]):
            add_hit(out, rule, item, hit)
            return


# a source line or a link beside a decision: the reader can check it
_SOURCED = re.compile(r"(?i)\b(?:sumber|source|dikutip|dilansir|melansir|siaran pers|rilis resmi|laman resmi|"
                      r"situs resmi|"
                      r"akun resmi|www\.|\.go\.id)")
# a precise figure: "30 persen", "8 dari 10", "40 poin", "tiga kali lipat", "15 tahun lebih"
_FIGURE = re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s*(?:%|persen|poin|kali lipat|x lipat)|\b\d+\s+dari\s+\d+\b|"
                     r"\b(?:dua|tiga|empat|lima|"
                     r"sepuluh)\s+kali\s+lipat|\b\d+\s+(?:tahun|hari|jam|menit)\s+(?:lebih|saja|aja|doang)\b")
# a study named: a journal, a university, a year of publication
_PUBLISHED = re.compile(r"(?i)\b(?:jurnal|journal|universitas|university|dipublikasikan|diterbitkan|terbit di|doi|"
                        r"lancet|"
                        r"nejm|bmj|nature|cochrane)\b")
_WITHHELD = re.compile(r"(?i)\b(?:identitas|nama|wajah)\W*$")
# "tanpa", "tidak mengandung", "gak pake" just before, or up to three words before ("tidak
# menemukan beras plastik", "tidak ada peredaran permen mengandung narkoba"): a shop's promise or
# a denial, not a scare
NEGATED_BEFORE = re.compile(r"(?i)\b(?:tanpa|bebas|tidak|tak|gak|ga|nggak|ndak|bukan|no|non|anti|zero)\b"
                             r"(?:\W+\w+){0,3}\W*$")


def _hate(item: TextItem, h: Hits, out: Collector) -> None:
    found = h.in_sentence("stereotype", "generalising")
    if found and any(_overlaps(found[0].span, d.span) for d in h["dish"]):
        found = None  # "sup darah babi khas Tionghoa-Medan": a dish of a region, not a group's trait
    if found:
        add_hit(out, "S5", item, found[0])
    elif h.has("group", "stereo_word", "generalising_strong"):
        add_hit(out, "S5", item, h.first("stereo_word"))
    if h.has("exclusion_soft") and h.has("group") and not h.has("exclusion"):
        add_hit(out, "S6", item, h.first("exclusion_soft"))
    for cue, rule in (("exclusion", "S6"), ("misogyny", "S7"), ("ableism", "S7")):
        for hit in h[cue][:1]:
            add_hit(out, rule, item, hit)
    threat = h.first("threat_history")
    grouped = any(not item.text[g.span[1]:g.span[1] + 6].lower().startswith(" bunga") for g in h["group"])
    if threat and (grouped or h.has("them") or h.has("exclusion") or h.has("stereotype")):
        add_hit(out, "S8", item, threat)


def _privacy(item: TextItem, h: Hits, out: Collector) -> None:
    named = h.named()
    child = h.first("child")
    if child and h.has("school") and named and not h.has("consent") and not h.has("condolence"):
        near_child = [n for n in named if abs(n[0] - child.span[0]) <= WINDOW]
        if near_child:
            add_hit(out, "P12", item, child)
    home = h.first("home")
    if home and (h.named(weak=True) or h.has("child")) and not h.has("condolence") \
            and not SHOP_OWN.search(item.text):  # "Katering Mbok Sum, Jl. Wahidin No. 21 ... nomor WA usahanya"
        add_hit(out, "P13", item, home)
    missing = missing_notice(h)  # "Telah hilang ayah kami, Bapak Sukardi (72) ... hubungi Polsek"
    for cue in ("health", "grades") if not h.has("consent") and not missing else ():  # "atas persetujuan keluarga"
        hit = h.first(cue)
        if hit and _not_a_person(item, h, hit):
            continue
        if hit and (any(abs(n[0] - hit.span[0]) <= WINDOW for n in named)  # not the cue's own pair ("Nilai Ekonomi")
                    or any(abs(n[0] - hit.span[0]) <= NEAR and not n[0] <= hit.span[0] < n[1] for n in h.pairs)):
            add_hit(out, "P11", item, hit)
            break
    address = ADDRESS.search(item.text) or VILLAGE.search(item.text)
    public = h.has("condolence") or selling(item)  # the rumah duka of an obituary, a shop's own address
    if address and not home and not h.has("shop") and not h.has("business") and not public \
            and any(abs(n[0] - address.start()) <= WINDOW for n in h.named(weak=True)):
        out.add(finding("P13", item.field, address.span(), address.group()))
    number = ID_NUMBER.search(item.text)
    document = h.first("id_document") or (Hit("id_number", number.span(), (0, 0)) if number else None)
    if document:
        add_hit(out, "P15", item, document)
    dump = h.first("data_dump") if h.has("data_trade") and not h.has("awareness") else None
    # "list member ... nama, email, nomor WA. DM harga"
    for hit in [x for x in (dump, h.first("private_chat")) if x][:1]:
        add_hit(out, "P16", item, hit)
    victim = h.first("victim")
    if victim and not h.has("condolence") and not selling(item) and not missing:  # "banjir diskon" at Mbak Tin's
        people = [n for n in h.people if abs(n[0] - victim.span[0]) <= WINDOW]
        if people:
            span = people[0]
            out.add(finding("P14", item.field, span, item.text[span[0]:span[1]]))


def _not_a_person(item: TextItem, h: Hits, hit) -> bool:
    """A lost cat's "hamil tua" and a striker's "skor": health or grades of an animal or a match."""
    if h.has("lost_found") and _ANIMAL.search(item.text):
        return True
    return h.has("fiction_sport") and item.text[hit.span[0]:hit.span[1]].lower() in ("skor", "score")


_ANIMAL = re.compile(r"(?i)\b(?:kucing|kucingku|kucingnya|anjing|anjingku|kelinci|burung|hamster|kura-kura|musang|"
                     r"sugar glider|"
                     r"ayam|kambing|sapi|meong|anabul)\b")


# somebody else's face, photo or slip: "mukanya", "fotonya", "anak magang", "mas pelayannya"
_THIRD_POSSESSED = re.compile(r"(?i)\b(?:muka|wajah|foto|video|seragam|kado|rumah|gerobak|kelakuan)nya\b|"
                              r"\b(?:dia|doi|anak magang|"
                              r"kasir|pelayan|driver|kurir|satpam|ojol|karyawan|pegawai|guru|dosen|siswa|murid|"
                              r"mas|mbak|bapak|ibu|kakek|nenek|bocah|tetangga)(?:nya)?\b")
_FITNESS = re.compile(r"(?i)\b(?:kalori|protein|bulking|defisit|diet|gym|otot|lemak)\b")
# a deed denied ("tidak diumumkan", "tidak akan ditempel"), not the givers who did not ("yang tidak ikut")
_NOT_DONE = re.compile(r"(?i)\b(?:tidak|tak|nggak|gak|ga|bukan)\s+(?:akan\s+)?di\w+")
_PRICE = re.compile(r"(?i)\brp\.?\s?\d|\b\d+\s?(?:rb|ribu|k|jt|juta)\b")
NOT_IN = re.compile(r"(?i)\b(?:tidak|tak|gak|ga|nggak|jangan|ndak|ora|teu|bukan|jauh dari|dijauhkan)\b")
_ADVISED_AGAINST = re.compile(r"(?i)\b(?:jangan|jgn|jang|ojo|ulah|hindari|never|dilarang|tidak boleh|gak boleh|"
                              r"ga boleh|"
                              r"jangan pernah|bukan|tidak|tak|gak|ga|nggak|stop|meminta|minta|diminta|disuruh|"
                              r"menyuruh|nyuruh)\b(?:\W+\w+){0,4}\W*$")


def advised_against(text: str, start: int, width: int = 40) -> bool:
    """A "jangan", "hindari", "tidak" or "disuruh" in the `width` characters before `start`: the
    post warns against what follows ("jangan pernah matikan ...", "JANGAN kembalikan ke nomor")."""
    return bool(_ADVISED_AGAINST.search(text[max(0, start - width):start]))


def _empathy(inp: CheckInput, item: TextItem, h: Hits, out: Collector) -> None:
    victim = next((v for v in h["victim"] if not any(_inside(v.span, n.span) for n in h["not_victim"])), None)
    if victim and h.has("mockery") and not h.has("condolence"):
        add_hit(out, "E8", item, h.first("mockery"))
    if victim and h.has("graphic"):
        pair = h.near("victim", "graphic", WINDOW)
        start = min(pair[0].span[0], pair[1].span[0]) if pair else 0
        if pair and not any(_inside(pair[1].span, m.span) for m in h["medical_blood"]) \
                and not advised_against(item.text, start):  # "gula darah", "jangan share"
            add_hit(out, "E9", item, pair[1])
    gore = next((x for x in h["uncensored"]
                 if not advised_against(item.text, x.span[0], 60)), None)
    if gore and not out.fired("E9") and not h.has("awareness"):  # "Video full operator ... kegiling mesin, no sensor"
        add_hit(out, "E9", item, gore)
    coerced = [x for x in h["coercion_strong"]  # "nama penyumbang tidak diumumkan" is the opposite
               if not _NOT_DONE.search(item.text[x.span[0]:x.span[1]])]
    if h.has("donation") and coerced:
        add_hit(out, "E10", item, coerced[0])
    shame = next((x for x in h["body_shaming"] if not _own(item.text, x.span)), None) or _body_in_sentence(h)
    if shame and not h.has("warm") and not h.has("praise_compare"):  # "lu gembul, tapi larinye kenceng juga!"
        add_hit(out, "E11", item, shame)
    laughing = h.has("mockery")
    someone = h.named(weak=True) or h.has("you")
    humiliation = h.first("shared") if (laughing or h.has("misfortune")) and someone else None
    if humiliation:
        add_hit(out, "E12", item, humiliation)
    elif laughing and h.has("misfortune") and (h.named() or h.handles) and not victim:
        add_hit(out, "E8", item, h.first("misfortune"))
    posted = h.first("shame_post")
    if posted and not out.fired("E12") and (someone or _THIRD_POSSESSED.search(item.text)):
        add_hit(out, "E12", item, posted)  # "mukanya saya upload di sini biar semua tahu"
    for hit in h["mock_condolence"][:1]:  # "Turut berduka cita ya 🤣🤣🤣": the condolence is the jeer
        add_hit(out, "E8", item, hit)
    if h.has("grief", "mock_grief") and not h.has("condolence"):
        add_hit(out, "E8", item, h.first("mock_grief"))
    for hit in h["bullying"][:1]:
        add_hit(out, "E13", item, hit)
    # "logatnya kayak toa", "ngaca sik, Le", "cadel 🤣", "pengemis ... jijik bgt"
    for hit in (h["mock_trait"] + h["mock_trait_more"] + h["disgust_poor"])[:1]:
        add_hit(out, "E14", item, hit)
    if victim and not h.has("condolence") and not out.fired("E8"):
        for hit in h["victim_blame"][:1]:  # "anak hanyut di got? ortunya ke mana aja?"
            add_hit(out, "E8", item, hit)
    if not out.fired("E12") and (laughing or h.has("shared")) and h.has("shown") and someone:
        add_hit(out, "E12", item, h.first("shown"))  # "spill chat mantan ... 🤣", "skor UTBK si Fikri, gw screenshot"
    wishes = [x for x in h["ill_wish"]  # "semoga tidak celaka", "semoga cederanya ga parah"
              if not NOT_IN.search(item.text[x.span[0]:x.span[1] + 12])]
    _first_unnegated(out, "E15", item, wishes)  # "gue doain cedera parah"
    exposed = any(f.field == item.field and f.category == "privacy" and f.severity in ("warn", "block")
                  for f in out.findings)
    if exposed and h.has("shame_intent"):  # "Nih mutasi rekening si Anton ... ketauan boongnya"
        add_hit(out, "E18", item, h.first("shame_intent"))
    for hit in h["disaster_content"][:1]:  # "OOTD hari ini di lokasi banjir bandang ... estetik banget buat konten"
        add_hit(out, "E16", item, hit)
    if h.has("disaster_market") and _PRICE.search(item.text):  # "mumpung lagi rame, masker N95 ... Rp50rb"
        add_hit(out, "E4", item, h.first("disaster_market"))
    jeer = h.first("jeer_dead")
    if jeer and (victim or h.has("grief")) and not h.has("condolence"):  # "botak abis kemo, Tuhan emang adil"
        add_hit(out, "E8", item, jeer)
    pair = h.near("suffering", "for_views", WINDOW)
    if pair:  # "rekam ... nangis di pemakaman ... 2 juta views"; condolence words do not excuse it
        add_hit(out, "E16", item, pair[0])
    for hit in h["guilt_trip"][:1]:  # "jangan harap mama masih anggap kamu anak"
        add_hit(out, "E17", item, hit)
    in_game = h.has("game_talk")  # "teriak 'mati lu mati lu' pas main Valorant"
    taught = h.has("education")  # 'contoh komentar cyberbullying: "mending lu mati aja"'
    suicide = next((x for x in h["suicide_slang"]
                    if not (in_game and item.text[x.span[0]:x.span[1]].lower().startswith(("mati", "mampus")))
                    # "langsung matikan saja" hangs up a call
                    and not item.text[x.span[0]:x.span[1]].lower().startswith(("matikan", "matiin", "dimatikan"))
                    and not (taught and quoted(item.text, x.span[0]))), None)
    helpline = any(hits(t).has("helpline") for t in inp.texts)
    said = item.text[suicide.span[0]:suicide.span[1]].lower() if suicide else ""
    if said.startswith("cutting") and _FITNESS.search(item.text):
        suicide = None  # "Cutting itu bukan nyiksa diri. Defisit 300-500 kalori": a diet, not self-harm
    if suicide and not helpline and not _delighted(h, suicide):
        add_hit(out, "E2", item, suicide)


def _body_in_sentence(h: Hits):
    """A body word, someone addressed or named, and a comparison or a jeer, in one sentence;
    not the writer's own ("rambutku yang kayak sapu ijuk jadi rapi", praise for a barber)."""
    for body in ("body", "body_part"):
        for jeer in ("comparison", "mockery"):
            found = h.in_sentence(body, "you", jeer) or (h.named(weak=True) and h.in_sentence(body, jeer))
            if found and not _own(h.item.text, found[0].span):
                return found[0]
    return None


def _delighted(h: Hits, suicide) -> bool:
    """"pengen mati di sini aja saking indahnya": a figure of delight beside it in the sentence,
    but not the "bagus" inside "pilih tali yang bagus" itself."""
    pair = h.in_sentence("suicide_slang", "delight")
    return bool(pair) and not (pair[1].span[0] < suicide.span[1] and suicide.span[0] < pair[1].span[1])


def _own(text: str, span: tuple[int, int]) -> bool:
    """The span begins with the writer's own body: "rambutku", "perut saya" (not "kuku", nor
    Javanese "rupane", his face)."""
    word = re.match(r"\w+", text[span[0]:span[1]])
    if not word:
        return False
    first = word.group().lower()
    return (first.endswith("ku") and first != "kuku") or bool(_MINE.match(text[span[0] + word.end():]))


_MINE = re.compile(r"(?i)\s+(?:aku|saya|gue|gw|ane|awak|kula|abdi|sendiri|sorangan|dhewe|dewe)\b")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]
