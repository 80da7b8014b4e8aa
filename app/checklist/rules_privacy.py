"""Personal data rules for duty 6 (UU PDP): NIK, KK, NPWP, mobile numbers, bank accounts and
cards, emails, plates and home addresses. Identifiers are validated, not just matched: prices,
dates, times, counts and product codes are masked out before any number is looked at."""

from __future__ import annotations

import datetime as dt
import re

from stdnum import luhn
from stdnum.id import nik as stdnum_nik
from stdnum.id import npwp as stdnum_npwp

from app.checklist import lexicons
from app.checklist.collector import Collector
from app.checklist.cues import hits
from app.checklist.inputs import CheckInput, TextItem
from app.checklist.model import Fix
from app.checklist.normalize import normalize
from app.checklist.rulebook import finding

PROV = r"(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])"
NIK = re.compile(rf"(?<![\dA-Za-z.,]){PROV}(?:[ .-]?\d){{14}}(?![\dA-Za-z]|[.,]\d)")
DIGITS16 = re.compile(r"(?<![\d.,])\d(?:[ .-]?\d){15}(?![\d]|[.,]\d)")
NPWP15 = re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)")
PHONE = re.compile(r"(?<![\d+])(?:\+62|62|0)[ .-]?\(?8[1-9]\d?\)?(?:[ .-]?\d){6,10}(?!\d)")
LONG_NUMBER = re.compile(r"(?<![\d])\d(?:[ -]?\d){7,18}(?!\d)")
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
PLATE = re.compile(r"(?<![A-Za-z0-9])(?:A[ABDEG]?|B[ABDEGHKLMNP]?|D[ABCDEGHKLMNPRT]?|E[ABD]?|F|G|H|"
                   r"K[BHTU]?|L|M|N|P[AB]?|R|S|T|W|Z)\s\d{1,4}\s[A-Z]{1,3}(?![A-Za-z0-9])")
ADDRESS = re.compile(r"(?i)\b(?:jl\.?|jln\.?|jalan|gg\.?|gang|komplek|kompleks|perum\.?|perumahan)\s+"
                     r"[^\n,]{2,40}?(?:,?\s*(?:no\.?|nomor)\s*\d+[a-z]?)?[^\n]{0,30}?"
                     r"\brt\.?\s*\d{1,3}\s*/?\s*(?:rw\.?\s*)?\d{0,3}")
# a business that gives its own address: "Katering Mbok Sum, Jl. Wahidin No. 21 ... nomor WA usahanya"
SHOP_OWN = re.compile(r"(?i)\b(?:usahanya|usaha kami|nomor bisnis|wa bisnis|wa admin|toko kami|warung kami|katering|"
                       r"catering)\b")
# a street and a house number with no RT/RW: "Jl. Cemara Asri No. 22"
STREET = re.compile(r"(?i)\b(?:jl\.?|jln\.?|jalan|gg\.?|gang|komplek|kompleks|perum\.?|perumahan)\s+[^\n,]{2,40}?"
                    r"\b(?:no\.?|nomor)\s*\d+[a-z]?\b")
MONTHS = (r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november"
          r"|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)")
BIRTH = re.compile(rf"(?i)\b(?:lahir|lair|tgl\.? lahir|tanggal lahir|ttl)\b[^\n]{{0,30}}?\b\d{{1,2}}"
                   rf"(?:\s+{MONTHS}\s+|[/.-]\d{{1,2}}[/.-])\d{{2,4}}")
# Masked before numbers are read: money, dates, times, counts with units, product codes, years.
MASKS = [
    re.compile(r"(?i)\b(?:rp|idr)\.?\s?\d{1,3}(?:[.,]\d{3})*(?:,\d{1,2})?(?:\s?(?:rb|ribu|k|jt|juta|m|miliar|milyar|t|triliun)\b)?"),
    re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:rb|ribu|jt|juta|miliar|milyar|triliun|pengunjung|peserta|orang"
               r"|unit|pcs|kg|gram|gr|km|m|cm|ml|liter|lembar|porsi|kursi|%|persen|tahun|hari|jam|menit)\b"),
    re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"),
    re.compile(r"\b\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?\b"),
    re.compile(r"(?<!wa\.)\b[A-Za-z]{2,}[-/]?\d+[A-Za-z0-9-]*\b"),  # codes; not wa.me/62812...
    re.compile(r"\b\d{1,3}(?:\.\d{3}){1,4}\b"),
]


def _masked(text: str) -> str:
    for pattern in MASKS:
        text = pattern.sub(lambda m: "#" * len(m.group()), text)
    return text


def _before(text: str, start: int, width: int = 30) -> str:
    return normalize(text[max(0, start - width):start]).text


def _mask_fix(item: TextItem, span: tuple[int, int]) -> Fix:
    raw = item.text[span[0]:span[1]]
    digits = [i for i, c in enumerate(raw) if c.isdigit()]
    keep = set(digits[:2] + digits[-2:])
    masked = "".join("•" if (c.isdigit() and i not in keep) else c for i, c in enumerate(raw))
    return Fix("mask", {"id": "Samarkan nomor", "en": "Mask the number"}, item.field, span, masked)


def valid_nik(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    if len(digits) != 16 or digits[12:] == "0000":
        return False
    day = int(digits[6:8])
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return False
    try:
        return stdnum_nik.is_valid(digits)
    except Exception:  # stdnum's region database may raise on odd input
        return False


def _valid_kk(digits: str) -> bool:
    if len(digits) != 16 or digits[12:] == "0000":
        return False
    try:
        dt.date(2000 + int(digits[10:12]) % 100, int(digits[8:10]), int(digits[6:8]))
    except ValueError:
        return False
    return True


def privacy(inp: CheckInput, out: Collector) -> None:
    lex = lexicons.pii()
    for item in inp.texts:
        if item.role == "alt_text":
            continue
        masked = _masked(item.text)
        taken: list[tuple[int, int]] = []
        _identity_numbers(item, masked, lex, out, taken)
        _phones(inp, item, masked, lex, out, taken)
        _accounts(item, masked, lex, out, taken)
        _identifying(item, lex, out)
        _special(item, lex, out)


def _identifying(item: TextItem, lex, out: Collector) -> None:
    """Emails, plates, home addresses and birth dates: info alone; together, or beside words
    that point at a private person, they identify someone (UU PDP Art. 4(3)(f)): warn."""
    text = item.text
    found: list[tuple[str, tuple[int, int], str]] = []
    found += [("email", m.span(), m.group()) for m in EMAIL.finditer(text)]
    for m in PLATE.finditer(text):
        context = _before(text, m.start(), 40) + " " + normalize(text[m.end():m.end() + 30]).text
        if lex["vehicle_keywords"].search(context):
            found.append(("plate", m.span(), m.group()))
    found += [("address", m.span(), m.group()) for m in ADDRESS.finditer(text)]
    found += [("birth", m.span(), m.group()) for m in BIRTH.finditer(text)]
    if found and not selling(item):  # beside a plate or an email, a street and number tell where the person lives
        found += [("street", m.span(), m.group()) for m in STREET.finditer(text)
                  if not any(a < m.end() and m.start() < b for _, (a, b), _ in found)]
    home = lex["home_words"].search(item.norm.text)
    if home and (_RENTAL.search(text) or selling(item) or SHOP_OWN.search(text)):
        home = None  # "KOS PUTRI ... Rp1,2 jt/bulan ... hubungi ibu kos": a room offered for rent, a business
    if home and re.search(r"\b(?:[Jj]l\.?|[Jj]alan|[Gg]g\.?|[Gg]ang|[Bb]lok|[Pp]erum\w*|[Dd]usun|[Dd]esa|"
                          r"[Kk]omplek\w*)\s+[A-Z0-9]|\b(?:RT|rt|No\.?|no\.?)\s*\d", text):
        span = item.norm.span(home.start(), home.end())
        found.append(("home", span, text[span[0]:span[1] + 40]))
    own = _OWN_ADDRESS.search(text)
    if own and hits(item).has("routine"):
        own = None  # "pulang sendiri dari TK ... ke rumah kami di Perumahan ...": a child's way home laid open
    if not found and own:  # "alamatku sekarang di Perum Griya Asri Blok C7": the writer's own, at info
        out.add(finding("P6", item.field, own.span(1), own.group(1), "info"))
    if not found:
        return
    private = bool(lex["private_cues"].search(item.norm.text) or home)
    severity = "warn" if private or len({kind for kind, _, _ in found}) >= 2 else "info"
    for _kind, span, match in found:
        out.add(finding("P6", item.field, span, match, severity))


_RENTAL = re.compile(r"(?i)\b(?:disewakan|dikontrakkan|dikontrakan|terima kos|kamar kosong|kamar tersedia|"
                     r"tersedia kamar|sisa \d+ kamar|info kos|info kost|open kos)\b"
                     r"|(?:rp\s?[\d.,]+\s?(?:rb|ribu|jt|juta)?|\d+\s?(?:rb|jt|juta))"
                     r"\s*/\s*(?:bulan|bln|tahun|thn)\b")


# the writer's own home, given to guests: "di rumah kami, Jl. Merpati 3 No. 5", "alamatku sekarang di Perum ..."
_OWN_ADDRESS = re.compile(r"(?i)\b(?:alamatku|alamat saya|alamat kami|alamat aku|rumahku|rumah kami|rumah saya|"
                          r"kediaman kami|rumah baru kami|rumah baruku)\b[^\n.]{0,20}?"
                          r"((?:jl\.?|jln\.?|jalan|gg\.?|gang|perum\.?|perumahan|"
                          r"komplek|kompleks|blok|dusun|desa)\s+[^\n,]{2,40})")


def _special(item: TextItem, lex, out: Collector) -> None:
    """Health, criminal record, debts or children's data next to a person's name."""
    special = lex["special"].search(item.norm.text)
    if special and special.group().strip() in ("gaji", "slip gaji") and _JOB_AD.search(item.norm.text):
        special = None  # the pay a job ad offers, not a named person's salary
    h = hits(item)
    if special and (h.named() or len(h.pairs) >= 2):  # a name, or a list of names: "Samsul Bahri, Rini Anggraini"
        span = item.norm.span(special.start(), special.end())
        out.add(finding("P11", item.field, span, item.text[span[0]:span[1]]))


_JOB_AD = re.compile(r"\b(?:lowongan|loker|dicari|dibutuhkan|butuh|cari|mencari|rekrutmen|hiring|kami membuka)\b")


def _identity_numbers(item, masked, lex, out, taken) -> None:
    text = item.text
    for m in NPWP15.finditer(text):
        if stdnum_npwp.is_valid(m.group()):
            out.add(finding("P3", item.field, m.span(), m.group(), fix=_mask_fix(item, m.span())))
            taken.append(m.span())
    for m in DIGITS16.finditer(masked):
        span, raw = m.span(), text[m.start():m.end()]
        digits = re.sub(r"\D", "", raw)
        label = _before(text, m.start(), 30)
        if lex["kk_labels"].search(label) and _valid_kk(digits):
            out.add(finding("P2", item.field, span, raw, fix=_mask_fix(item, span)))
        elif lex["npwp_labels"].search(label) and (valid_nik(digits) or digits.startswith("0")):
            out.add(finding("P3", item.field, span, raw, fix=_mask_fix(item, span)))
        elif NIK.fullmatch(raw) and valid_nik(digits):
            out.add(finding("P1", item.field, span, raw, fix=_mask_fix(item, span)))
        else:
            continue
        taken.append(span)


def _phones(inp, item, masked, lex, out, taken) -> None:
    shop_post = None  # one look at the whole text, not one per number (a text of 6,000 numbers)
    for m in PHONE.finditer(masked):
        raw = item.text[m.start():m.end()]
        digits = re.sub(r"\D", "", raw)
        digits = "0" + digits[2:] if digits.startswith("62") else digits
        if not 10 <= len(digits) <= 13 or _overlaps(m.span(), taken):
            continue
        taken.append(m.span())
        if _fake_cs(item, m.span()):  # the scammer's number: warn, and never offer to mask it
            out.add(finding("U8", item.field, m.span(), raw))
            continue
        business = inp.all_business or digits in inp.business_numbers or _called_business(item, m.span()) \
            or _asked_to_call(item, m.span()) or _advertised(item, m.span()) or missing_notice(hits(item))
        if not business:
            shop_post = selling(item) if shop_post is None else shop_post
            business = shop_post
        out.add(finding("P4B" if business else "P4", item.field, m.span(), raw,
                        fix=None if business else _mask_fix(item, m.span())))


CONTEXT = 90  # characters around a number in which its label is looked for


def missing_notice(h) -> bool:
    """A missing-person notice with a number or a police post to call: its name and number are
    there to be used ("Telah hilang ayah kami ... hubungi Polsek ... atau 0813-...")."""
    return h.has("missing_person") and h.has("contact_call")


def _fake_cs(item: TextItem, span: tuple[int, int]) -> bool:
    """A bank, marketplace or wallet, words for its official customer service, and a mobile
    number, near each other: "CS resmi BCA 0812-...". Official services use short or landline
    numbers and their apps, never a personal mobile."""
    h = hits(item)
    if _MY_NUMBER.search(item.text[max(0, span[0] - 30):span[0]]):
        return False  # "kartunya sudah saya serahkan ke bank ... hubungi saya 0813-... (Rani)"
    close = [x for x in h["brand"] if abs(x.span[0] - span[0]) <= CONTEXT]
    if close and any(0 <= span[0] - x.span[1] <= CONTEXT for x in h["cs_strong"]):
        return True  # "call center Shopee di wa.me/62...", "Halo BCA 0821-..."
    return bool(close) and any(abs(x.span[0] - span[0]) <= CONTEXT for x in h["cs"]) \
        and not _own_shop(item, span) and not any(abs(x.span[0] - span[0]) <= CONTEXT for x in h["shop"])


_MY_NUMBER = re.compile(r"(?i)\b(?:hubungi|kontak|wa|chat|telp|telepon|japri)\s+(?:saya|aku|gue|gw|ane)\b")
_PRICE = re.compile(r"(?i)\brp\.?\s?\d|\b\d+(?:[.,]\d+)?\s?(?:rb|ribu|rebu|ewu|k|jt|juta)\b|\b(?:goceng|ceban|gocap)\b")
_TRADE = re.compile(r"(?i)\b(?:buka|open|pesan|dipesan|dipesen|pesanan|pasanan|order|porsi|sebungkus|semangkok|"
                    r"sakilo|sak\s?gelas|per\s?kg|/kg|/sesi|/porsi|/pcs|/polybag|ongkir|jasa|sewa|laundry|les|menu|diskon|promo|"
                    r"jual|dijual|harga|nego)\b")


def selling(item: TextItem) -> bool:
    """A price and a word of trade in the same text: a shop's own post ("Semangkok mung Rp12.000,
    buka jam 6"), whose number is the shop's, whatever it calls it."""
    return bool(_PRICE.search(item.text) and _TRADE.search(item.text))


def _own_shop(item: TextItem, span: tuple[int, int]) -> bool:
    text = normalize(item.text[max(0, span[0] - CONTEXT):span[0]]).text
    return bool(re.search(r"\b(?:kami|toko|usaha|warung|kedai|katering|admin toko)\b", text))


def _called_business(item: TextItem, span: tuple[int, int]) -> bool:
    """The text itself calls the number a shop's, office's or organiser's: "order via WA admin
    0812...", "nomor bisnis kami", "narahubung panitia"."""
    return any(x.span[1] <= span[0] + 1 and span[0] - x.span[1] <= CONTEXT // 2 or
               0 <= x.span[0] - span[1] <= 25 for x in hits(item)["business"])


def _asked_to_call(item: TextItem, span: tuple[int, int]) -> bool:
    """The reader is asked to call or message the number ("yang melihat mohon hubungi 0858...",
    "pengaduan hanya melalui WA 0811..."): the poster's own contact, shared to be used. Not when
    the post exposes someone ("nomor si pelaku", "teror aja nomornya", a debt to collect)."""
    h = hits(item)
    return any(0 <= span[0] - x.span[1] <= 25 for x in h["contact_call"]) and not h["exposure"]


_CONTACT_LABEL = re.compile(r"(?i)\b(?:wa|whatsapp|info|informasi|telp|tlp|telepon|cp|dm|sms|call|hubungi)\b"
                            r"[\s.:/()-]*(?:atau\s+\w+[\s.:/-]*)?$")


def _advertised(item: TextItem, span: tuple[int, int]) -> bool:
    """A shop's, a course's or a clinic's post that ends on its contact: the number right after
    "WA", "Info" or "DM atau WA", in a text with a word of business anywhere ("Bengkel Las Pak
    Ahmad ... Survey gratis WA 0896..."). Not when the post exposes someone."""
    h = hits(item)
    if not _CONTACT_LABEL.search(item.text[max(0, span[0] - 24):span[0]]) or not h["business"] or h["exposure"]:
        return False
    # a customer's parcel or a winner ("Paket untuk Ibu Wulandari, Jl. Melon 88, HP 0878...")
    return not _SOMEONE_ELSES.search(normalize(item.text[max(0, span[0] - CONTEXT):span[0]]).text)


_SOMEONE_ELSES = re.compile(r"\b(?:untuk|atas nama|an|kepada|kpd|buat|pemenang|penerima|pembeli|pelanggan|customer|"
                            r"pemesan|alamat kirim|dikirim ke)\b")


# an account in the name of a mosque, foundation, committee or firm, just after the number
_ORG_ACCOUNT = re.compile(r"(?i)[\s,.:()-]{0,4}(?:a\.?\s?n\.?|atas nama)\s+(?:rekening\s+)?"
                          r"(?:masjid|mushola|musholla|musala|"
                          r"dkm|yayasan|panitia|paguyuban|takmir|pengurus|gereja|pura|vihara|klenteng|pt|cv|koperasi|"
                          r"karang taruna|sekolah|pondok|ponpes|komunitas|lazis|lazismu|baznas|toko|ud|bumdes|kas|"
                          r"upz|sd|smp|sma|smk|mts|ma|mi|tk|paud|universitas|kampus|rt|rw|pkk|posyandu|gkj|gki|hkbp|"
                          r"gkii|gmim|gpib|gmit|gpm|gbkp|gkps|gpdi|gbi|jemaat|paroki|stasi|"
                          r"remaja masjid|risma|irma|hima|bem|osis|laz|lazis|lembaga|amil|rumah zakat|dompet dhuafa)\b")


# an organisation's account named before its number: "melalui rekening gereja BCA 0291-554-778"
_ORG_BEFORE = re.compile(r"(?i)\b(?:(?:rekening|rek)\s+(?:resmi\s+)?|(?:a\.?\s?n\.?|atas nama)\s+)"
                         r"(?:gereja|masjid|musala|mushola|sekolah|yayasan|dkm|panitia|pondok|koperasi|kantor|toko|perusahaan|jemaat|paroki|pura|"
                         r"vihara|klenteng|desa|bumdes)\b")
# the writer's own account, given for a transfer to them: "rekeningku Bank Sejahtera", "ini rekening saya sendiri"
_MY_ACCOUNT = re.compile(r"(?i)\b(?:rekening|rek|no\.?\s*rek|norek|nomor rekening)"
                         r"(?:ku|\s+(?:saya|aku|gue|gw|ane|kami))\b")


def _accounts(item, masked, lex, out, taken) -> None:
    text = item.text
    for m in LONG_NUMBER.finditer(masked):
        if _overlaps(m.span(), taken):
            continue
        raw = text[m.start():m.end()]
        digits = re.sub(r"\D", "", raw)
        card = 13 <= len(digits) <= 19 and luhn.is_valid(digits) and not digits.startswith("0")
        near_bank = lex["bank_keywords"].search(_before(text, m.start(), 30))
        if card and (near_bank or re.search(r"(?i)kartu|card|visa|master", text)):
            out.add(finding("P5", item.field, m.span(), raw, "block", _mask_fix(item, m.span())))
        elif near_bank and 8 <= len(digits) <= 18:
            own = _called_business(item, m.span()) or _own_shop(item, m.span()) or _ORG_BEFORE.search(
                _before(text, m.start(), 40)) or \
                bool(_ORG_ACCOUNT.match(text, m.end())) or \
                bool(_MY_ACCOUNT.search(_before(text, m.start(), 60)))  # "Rek BSI 7123456789 a.n. DKM Al-Ikhlas"
            out.add(finding("P5", item.field, m.span(), raw, "info" if own else None,
                            None if own else _mask_fix(item, m.span())))
        else:
            continue
        taken.append(m.span())


def _overlaps(span, taken) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)
