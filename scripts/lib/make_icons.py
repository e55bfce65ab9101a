#!/usr/bin/env python3
"""Draws certplan's app icons (PNG, standard library only): a blue rounded square with a white check
mark and a progress arc. Run once; the PNGs are committed in shell/icons/."""
import math, struct, sys, zlib

def png(path, size, maskable=False):
    bg = (11, 92, 173)
    rows = []
    r = 0 if maskable else size * 0.2        # corner radius (maskable icons fill the square)
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # inside the rounded square?
            dx = max(r - cx, 0, cx - (size - r)); dy = max(r - cy, 0, cy - (size - r))
            inside = dx * dx + dy * dy <= r * r if r else True
            if not inside:
                row += bytes([0, 0, 0, 0]); continue
            u, v = cx / size, cy / size
            s = 0.8 if maskable else 1.0      # keep the drawing in the maskable safe zone
            u, v = (u - 0.5) / s + 0.5, (v - 0.5) / s + 0.5
            white = False
            # progress ring
            d = math.hypot(u - 0.5, v - 0.5)
            ang = (math.atan2(v - 0.5, u - 0.5) + math.pi / 2) % (2 * math.pi)
            if 0.30 < d < 0.38 and ang < 2 * math.pi * 0.75: white = True
            # check mark: two thick segments
            def seg(ax, ay, bx, by, w):
                px, py = u - ax, v - ay; qx, qy = bx - ax, by - ay
                t = max(0, min(1, (px * qx + py * qy) / (qx * qx + qy * qy)))
                return math.hypot(px - t * qx, py - t * qy) < w
            if seg(0.37, 0.52, 0.47, 0.62, 0.045) or seg(0.47, 0.62, 0.66, 0.40, 0.045): white = True
            c = (255, 255, 255) if white else bg
            row += bytes([c[0], c[1], c[2], 255])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    out += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(out)

if __name__ == "__main__":
    d = sys.argv[1] if len(sys.argv) > 1 else "shell/icons"
    png(f"{d}/icon-192.png", 192); png(f"{d}/icon-512.png", 512); png(f"{d}/icon-maskable-512.png", 512, True)
    png(f"{d}/favicon-32.png", 32)
