"""Draws the toolbar icons (a SIM card with a tick) without any image library, so they can be
regenerated on any machine: python3 scripts/make-icons.py [folder, public/icon by default]"""
import struct, zlib, math, os, sys

BLUE = (11, 92, 173)
WHITE = (255, 255, 255)
GREEN = (22, 128, 60)

def inside_rounded(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1

def in_sim(x, y):
    # A card with its top-right corner cut, as SIM cards have.
    if not inside_rounded(x, y, 0.26, 0.14, 0.74, 0.86, 0.05):
        return False
    return (x - 0.60) + (0.14 - y) <= 0.0 or y > 0.14 + (x - 0.60)

def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))

def in_tick(x, y):
    w = 0.065
    return (dist_to_segment(x, y, 0.36, 0.52, 0.47, 0.65) < w or dist_to_segment(x, y, 0.47, 0.65, 0.66, 0.38) < w)

def pixel(x, y):
    if not inside_rounded(x, y, 0.02, 0.02, 0.98, 0.98, 0.2):
        return (0, 0, 0, 0)
    if in_sim(x, y):
        return (*GREEN, 255) if in_tick(x, y) else (*WHITE, 255)
    return (*BLUE, 255)

def render(size, pad=0):
    ss = 4  # supersampling for smooth edges
    art = size - 2 * pad
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    p = pixel((i - pad + (si + 0.5) / ss) / art, (j - pad + (sj + 0.5) / ss) / art)
                    a = p[3]
                    acc[0] += p[0] * a; acc[1] += p[1] * a; acc[2] += p[2] * a; acc[3] += a
            a = acc[3]
            row += bytes([acc[0] // a, acc[1] // a, acc[2] // a, a // (ss * ss)] if a else [0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(tag, data):
        c = tag + data
        return struct.pack('>I', len(data)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', 'public', 'icon')
os.makedirs(out, exist_ok=True)
# The Chrome Web Store shows the 128 px icon as a tile: 96 px of artwork inside 16 px of transparent
# padding, as its guidance asks (tests/unit/icons.test.ts). The toolbar sizes fill their square, or the
# card and tick would be too small to make out at 16 px.
PADDING = {128: 16}
for size in (16, 32, 48, 128):
    with open(os.path.join(out, f'{size}.png'), 'wb') as f:
        f.write(render(size, PADDING.get(size, 0)))
# The reminder's notification shows its icon in a square of its own, where the store's padding only
# shrank the card to three quarters of it: the same 128 px, edge to edge (utils/worker-reminders.ts).
with open(os.path.join(out, 'notification.png'), 'wb') as f:
    f.write(render(128))
