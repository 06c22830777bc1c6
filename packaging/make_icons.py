"""Draw GiftDesk's icon once, large, and write every size and format the platforms want.

    uv run python packaging/make_icons.py

resources/icons/giftdesk-<N>.png (16…512, the .desktop entry's hicolor sizes and the window
icon), giftdesk.ico (Windows, several sizes in one file) and giftdesk.icns (macOS).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MASTER = 1024


def draw(size: int = MASTER) -> Image.Image:
    """A gift card with a ribbon and a bow, and a QR corner: the counter's everyday object."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 1024
    card = (64 * s, 224 * s, 960 * s, 800 * s)
    d.rounded_rectangle((card[0] + 16 * s, card[1] + 24 * s, card[2] + 16 * s, card[3] + 24 * s),
                        radius=72 * s, fill=(0, 0, 0, 70))  # shadow
    d.rounded_rectangle(card, radius=72 * s, fill=(27, 110, 53, 255))
    d.rectangle((card[0], 430 * s, card[2], 510 * s), fill=(255, 193, 7, 255))  # ribbon
    d.rectangle((300 * s, card[1], 380 * s, card[3]), fill=(255, 193, 7, 255))
    for box in ((170 * s, 300 * s, 340 * s, 470 * s), (340 * s, 300 * s, 510 * s, 470 * s)):
        d.ellipse(box, outline=(255, 193, 7, 255), width=int(44 * s) or 1)  # bow
    qr = (640 * s, 560 * s, 880 * s, 760 * s)
    d.rounded_rectangle(qr, radius=20 * s, fill=(255, 255, 255, 255))
    cell = (qr[2] - qr[0] - 40 * s) / 5
    pattern = ("11011", "10101", "01110", "10011", "11101")
    for row, bits in enumerate(pattern):
        for col, bit in enumerate(bits):
            if bit == "1":
                x = qr[0] + 20 * s + col * cell
                y = qr[1] + 10 * s + row * cell * 0.72
                d.rectangle((x, y, x + cell * 0.9, y + cell * 0.65), fill=(30, 30, 30, 255))
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    master = draw()
    for px in SIZES:
        master.resize((px, px), Image.Resampling.LANCZOS).save(ICONS / f"giftdesk-{px}.png")
    master.save(ICONS / "giftdesk.ico", sizes=[(px, px) for px in SIZES if px <= 256])
    master.save(ICONS / "giftdesk.icns")
    print(f"wrote icons to {ICONS}")


if __name__ == "__main__":
    main()
