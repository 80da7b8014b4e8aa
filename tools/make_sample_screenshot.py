"""Draw fakta-vs-hoaks' sample screenshot: a chat message forwarded many times, the way a hoax
arrives in a family group. Our own drawing (CC0-1.0), made with Pillow and the bundled Inter,
so the sample looks like what users will put in the field without copying anyone's real chat.

    .venv/bin/python tools/make_sample_screenshot.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "fakta-vs-hoaks" / "samples" / "tangkapan-pesan.jpg"
FONTS = ROOT / "resources" / "fonts" / "inter"

MESSAGE = ("PENTING!!! Uang Rp75.000 edisi kemerdekaan HANYA untuk koleksi, tidak bisa dipakai "
           "belanja. Pedagang boleh menolak. Info dari orang dalam bank, akurat 100%. "
           "Sebarkan ke semua grup sebelum dihapus!!")


def font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"Inter-{weight}.otf"), size)


def wrap(draw: ImageDraw.ImageDraw, text: str, face, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=face) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line]


def main() -> None:
    w, h = 900, 880
    im = Image.new("RGB", (w, h), "#ECE5DD")
    d = ImageDraw.Draw(im)
    # wallpaper dots, as chat apps draw
    for y in range(140, h, 44):
        for x in range(22 if (y // 44) % 2 else 0, w, 44):
            d.ellipse((x, y, x + 5, y + 5), fill="#DDD3C8")
    # the header: back arrow, group avatar, name and members
    d.rectangle((0, 0, w, 120), fill="#1F6E5C")
    d.line((34, 60, 58, 36), fill="#FFFFFF", width=5)
    d.line((34, 60, 58, 84), fill="#FFFFFF", width=5)
    d.ellipse((80, 24, 152, 96), fill="#A8CFC4")
    d.text((180, 30), "Keluarga Besar", font=font("SemiBold", 36), fill="#FFFFFF")
    d.text((180, 74), "Ani, Budi, Citra, Dedi, +24", font=font("Regular", 24), fill="#D5ECE6")
    # the forwarded message
    body = font("Regular", 34)
    lines = wrap(d, MESSAGE, body, 640)
    top, left = 190, 40
    bubble_h = 70 + len(lines) * 46 + 70
    d.rounded_rectangle((left, top, left + 720, top + bubble_h), radius=22, fill="#FFFFFF")
    d.polygon([(left, top + 6), (left - 18, top), (left + 24, top + 30)], fill="#FFFFFF")
    d.text((left + 36, top + 22), "»  Diteruskan berkali-kali", font=font("Medium", 26), fill="#8A8F94")
    for i, line in enumerate(lines):
        d.text((left + 36, top + 70 + i * 46), line, font=body, fill="#1B1B1B")
    d.text((left + 720 - 110, top + bubble_h - 48), "08.17", font=font("Regular", 24), fill="#8A8F94")
    # a reply under it
    reply_top = top + bubble_h + 40
    d.rounded_rectangle((260, reply_top, 860, reply_top + 130), radius=22, fill="#D9FDD3")
    d.text((296, reply_top + 26), "Waduh, beneran ini?", font=font("Regular", 34), fill="#1B1B1B")
    d.text((760, reply_top + 84), "08.19", font=font("Regular", 24), fill="#6F8F6A")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    im.save(OUT, "JPEG", quality=88)
    print(OUT)


if __name__ == "__main__":
    main()
