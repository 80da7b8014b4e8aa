"""The cues of resources/lexicons/cues.toml, found once per text.

`hits(item)` gives, for each cue name, where it occurs in the item's original text. The context
rules (rules_cues.py), the framing that lowers a finding (framing.py) and the number rules
(rules_privacy.py) all ask the same hits, so a text is scanned once however many rules read it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from app import resources
from app.checklist.inputs import TextItem
from app.checklist.morph import tokens
from app.checklist.patterns import Matcher

HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,30}")
# A person named: an honorific or a word that points at a person before a capitalised name.
PERSON = re.compile(r"\b(?:[Pp]ak|[Bb]u|[Bb]apak|[Ii]bu|[Mm]as|[Mm]bak|[Bb]ang|[Kk]ak|[Dd]ek|[Aa]dik|[Aa]dek|"
                    r"[Aa]nakku|[Aa]dikku|[Aa]dekku|[Aa]nak\s+saya|[Ss]audara|[Ss]audari|[Ss]dr\.?|[Nn]amanya|[Bb]ernama|[Ss]i|[Aa]nanda|[Nn]eng|[Tt]eh|"
                    r"[Aa]a|[Cc]ak|[Kk]ang|[Oo]m|[Tt]ante|[Nn]ak|[Pp]utri|[Pp]utra|[Aa]nak|[Aa]naknya|[Kk]orban|"
                    r"[Mm]urid|[Ss]iswa|[Ss]iswi|[Tt]etangga|[Ii]nisial|[Aa]lmarhum|[Aa]lmarhumah|[Aa]lm\.|"
                    r"[Cc]ucu|[Kk]eponakan|[Ss]uami|[Ii]stri|[Ss]i\s+kecil|[Mm]bah|[Nn]y\.?|[Tt]n\.?|[Aa]n\.|[Nn]n\.?|"
                    r"[Ss]dri\.?|[Cc]eu|[Mm]ang|[Uu]da|[Uu]ni|[Bb]li|[Mm]bok|[Pp]akde|[Bb]ude|[Kk]oh|[Cc]ik|"
                    r"[Aa]tas\s+nama|a\.n\.|[Nn]ama\s+ayah|[Nn]ama\s+ibu|[Mm]as|[Dd]ik|[Gg]uru|[Ww]ali\s+kelas)\s+[A-Z][a-z]{2,}"
                    r"|\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,3}\s+(?:bin|binti)\s+[A-Z][a-z]{2,}"
                    # a name with an age or a class in brackets: "Rudi Hartono (48)", "Raka Aditya (7B"
                    r"|\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,3}\s*\((?:\d{1,2}(?:\s*(?:th|thn|tahun))?\)"
                    r"|kelas\s*\w{1,4}|(?:[1-9]|1[0-2]|[XVI]{1,4})-?[A-Z]\b)")
# Two or three capitalised words: a name, or a place or an event ("Museum Tsunami Aceh"); weak.
PAIR = re.compile(r"\b[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?")


@dataclass(frozen=True)
class Hit:
    cue: str
    span: tuple[int, int]  # in the item's original text
    tokens: tuple[int, int]


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(resources.read_text("lexicons", "cues.toml"))


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    data = _data()
    sets = {name: list(words) for name, words in data["sets"].items()}
    entries = [(cue, pattern) for cue, patterns in data["cue"].items() for pattern in patterns]
    return Matcher(entries, sets)


class Hits:
    """The cues of one text item, by name."""

    def __init__(self, item: TextItem):
        self.item = item
        norm = item.norm
        toks = tokens(norm.text)
        self.by_cue: dict[str, list[Hit]] = {}
        for cue, a, b in matcher().find(toks):
            span = norm.span(toks[a].start, toks[b - 1].end)
            self.by_cue.setdefault(cue, []).append(Hit(cue, span, (a, b)))
        # a hit voided by another cue over the same words: "jangan berikan ke orang lain selain
        # petugas kami" is the scam's own line, not a warning against it ([void] in cues.toml)
        for cue, voiders in _data().get("void", {}).items():
            names = [voiders] if isinstance(voiders, str) else voiders
            void = [v for name in names for v in self.by_cue.get(name, [])]
            if self.by_cue.get(cue) and void:
                self.by_cue[cue] = [x for x in self.by_cue[cue] if not any(_gap(x.span, v.span) == 0 for v in void)]
        # the honorific and the name after it: "a.n. Yayasan Peduli" is an account of a foundation
        self.people = [m.span() for m in PERSON.finditer(item.text)
                       if not {m.group().split()[0], m.group().split()[-1]} & _NOT_NAMES]
        self.pairs = [m.span() for m in PAIR.finditer(item.text) if not _common_pair(m.group())]
        self.handles = [m.span() for m in HANDLE.finditer(item.text)]

    def __getitem__(self, cue: str) -> list[Hit]:
        return self.by_cue.get(cue, [])

    def has(self, *cues: str) -> bool:
        return all(self.by_cue.get(c) for c in cues)

    def first(self, cue: str) -> Hit | None:
        found = self.by_cue.get(cue)
        return found[0] if found else None

    def named(self, weak: bool = False) -> list[tuple[int, int]]:
        """Where a person is named or tagged; `weak` adds bare capitalised pairs ("Agus Salim"),
        which may also be places or events."""
        return sorted(self.people + self.handles + (self.pairs if weak else []))

    def near(self, a: str, b: str, chars: int) -> tuple[Hit, Hit] | None:
        """The first pair of hits of cues a and b that lie within `chars` of each other."""
        for x in self[a]:
            for y in self[b]:
                if x.span != y.span and _gap(x.span, y.span) <= chars:
                    return x, y
        return None

    def in_sentence(self, *cues: str) -> list[Hit] | None:
        """Hits of every cue inside one sentence, or None."""
        for start, end in _sentences(self.item.text):
            found = []
            for cue in cues:
                hit = next((h for h in self[cue] if start <= h.span[0] < end), None)
                if hit is None:
                    break
                found.append(hit)
            else:
                return found
        return None


def hits(item: TextItem) -> Hits:
    cached = getattr(item, "_cue_hits", None)
    if cached is None:
        cached = Hits(item)
        item._cue_hits = cached
    return cached


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text)] or [(0, len(text))]


# Two capitalised words that are not a person: the start of a sentence before a name of a
# thing, days, months, places and institutions a post names all the time.
_NOT_NAMES = frozenset("""
Selamat Hari Raya Tahun Baru Idul Fitri Adha Natal Imlek Nyepi Waisak Jakarta Bandung Surabaya Medan
Yogyakarta Jogja Solo Semarang Malang Bali Denpasar Makassar Palembang Jawa Barat Timur Tengah Utara
Selatan Sumatera Kalimantan Sulawesi Papua Indonesia Republik Bank Negeri Sekolah Dasar Menengah Atas
Pertama Kota Kabupaten Desa Kecamatan Provinsi Dinas Kementerian Badan Pusat Rumah Sakit Umum Daerah
Kantor Polisi Polres Polda Pasar Jalan Gang Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari
Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Info Berita Promo
Diskon Gratis Open Order Ready Stock Cek Fakta Hoaks Waspada Awas Halo Hai Assalamualaikum Terima
Kasih Mohon Maaf Tolong Semoga Ayo Yuk Kami Kita Anda Kamu Dia Saya Aku Ini Itu Dan Atau Untuk
Dari Dengan Pada Yang Di Ke Universitas Institut Festival Pekan Lomba Juara Kopi Keripik Batik
Sambal Tempe Tahu Nasi Mie Bakso Sate Soto Rendang Gudeg Pempek Tenun Kain Madu Gula Aren Teh
Masjid Gereja Pura Vihara Klenteng Pantai Gunung Danau Pulau Taman Museum Candi Keraton Alun
Customer Service Call Center Official Store Shop Admin Grup Group WhatsApp Instagram Facebook
TikTok Twitter Google Shopee Tokopedia Lazada Dana Gopay Ovo Mandiri Allah Tuhan Yesus Kristus Nabi
Muhammad Ramadan Ramadhan Lebaran Merdeka Kemerdekaan Pahlawan Nasional Kesehatan Pendidikan
Kabupaten Kab Kecamatan Kec Kelurahan Dusun Museum Hotel Restoran Warung Kedai Toko Pondok Pesantren
Yayasan Panitia Lembaga Komunitas Koperasi Paguyuban Karang Taruna Majelis Pengurus Organisasi UMKM
Penilaian Akhir Semester Ujian Pengumuman Duka Jadwal Libur
Candi Pantai Bukit Sungai Stasiun Terminal Bandara Pelabuhan Lapangan Stadion Gedung Balai Hari Info
Gempa Banjir Tsunami Festival Perayaan Selamat Damai Rahajeng Nyepi Waisak Imlek Natal Santri
""".split())


def _common_pair(name: str) -> bool:
    words = [w for w in re.split(r"\s+", name) if w]
    return any(w.strip(".") in _NOT_NAMES for w in words)
