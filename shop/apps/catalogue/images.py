"""Packshot images drawn with Pillow for the demo catalogue: nothing is downloaded."""

from functools import cache
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

SIZE = 800
FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf"]


def _font(size):
    for path in FONT_PATHS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


@cache  # drawn once per process: the demo (and each test that loads it) saves the same bytes again
def packshot(name, subtitle, colour, shape="jar"):
    """A PNG packshot: a jar, pouch or dropper bottle in ``colour`` with a label, on a soft tinted ground."""
    base = _hex(colour)
    image = Image.new("RGB", (SIZE, SIZE), _mix(base, (255, 255, 255), 0.86))
    draw = ImageDraw.Draw(image)
    draw.ellipse((170, 650, 630, 720), fill=_mix(base, (255, 255, 255), 0.7))  # shadow
    if shape == "pouch":
        draw.rounded_rectangle((200, 150, 600, 690), radius=40, fill=base)
        draw.rectangle((200, 150, 600, 190), fill=_mix(base, (0, 0, 0), 0.2))
        label = (235, 300, 565, 560)
    elif shape == "dropper":
        draw.rounded_rectangle((350, 90, 450, 230), radius=30, fill=(40, 40, 40))
        draw.rectangle((320, 220, 480, 270), fill=(60, 60, 60))
        draw.rounded_rectangle((250, 260, 550, 690), radius=60, fill=base)
        label = (270, 380, 530, 600)
    elif shape == "box":
        draw.polygon([(180, 220), (560, 220), (640, 160), (260, 160)], fill=_mix(base, (255, 255, 255), 0.25))
        draw.polygon([(560, 220), (640, 160), (640, 630), (560, 690)], fill=_mix(base, (0, 0, 0), 0.25))
        draw.rectangle((180, 220, 560, 690), fill=base)
        label = (205, 330, 535, 580)
    else:
        draw.rounded_rectangle((250, 130, 550, 220), radius=18, fill=_mix(base, (0, 0, 0), 0.3))
        draw.rounded_rectangle((220, 200, 580, 690), radius=50, fill=base)
        label = (240, 330, 560, 580)
    draw.rounded_rectangle(label, radius=16, fill=(250, 247, 242))
    left, top, right, bottom = label
    centre = (left + right) // 2
    draw.text((centre, top + 38), "FLORAVA", font=_font(26), fill=_mix(base, (0, 0, 0), 0.35), anchor="mm")
    lines = _wrap(name, _font(38), right - left - 30)
    y = top + 95
    for line in lines[:3]:
        draw.text((centre, y), line, font=_font(38), fill=(29, 36, 32), anchor="mm")
        y += 46
    draw.text((centre, bottom - 34), subtitle, font=_font(24), fill=(91, 101, 95), anchor="mm")
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _wrap(text, font, width):
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
