#!/usr/bin/env python3
"""Writes templates/static/favicon.ico (16 and 32 px PNG images in an ICO container) from the same shapes as
templates/static/favicon.svg: a hemicycle of five seats and a speaker's seat on the header's navy.
Standard library only; run from the repository root: python3 tools/favicon/make_favicon.py"""
import struct, zlib

NAVY, AMBER, WHITE = (13, 40, 71), (245, 166, 35), (255, 255, 255)
SEATS = [(6, 22), (9.5, 13), (16, 9), (22.5, 13), (26, 22)]

def shape(x, y):
    """Colour at (x, y) in the 32-unit design, or None outside the rounded square."""
    r = 6
    cx, cy = min(max(x, r), 32 - r), min(max(y, r), 32 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    if (x - 16) ** 2 + (y - 22) ** 2 <= 3.4 ** 2:
        return WHITE
    if any((x - sx) ** 2 + (y - sy) ** 2 <= 2.6 ** 2 for sx, sy in SEATS):
        return AMBER
    return NAVY

def png(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc, n = [0, 0, 0], 0
            for sy in range(samples):
                for sx in range(samples):
                    c = shape((px + (sx + .5) / samples) * 32 / size, (py + (sy + .5) / samples) * 32 / size)
                    if c:
                        n += 1
                        acc = [a + b for a, b in zip(acc, c)]
            total = samples * samples
            row += bytes([round(a / n) if n else 0 for a in acc] + [round(255 * n / total)])
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")

images = [png(16), png(32)]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, data in zip((16, 32), images):
    entries += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("templates/static/favicon.ico", "wb") as f:
    f.write(header + entries + b"".join(images))
