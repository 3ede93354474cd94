"""RFC 3797 (Publicly Verifiable Nominations Committee Random Selection), as specified
in Plenary's SPEC section 9. Standard library only."""
import hashlib
from decimal import Decimal


def _canon_decimal(text):
    """'010.0730' -> '10.073'; '12.000' -> '12'."""
    text = str(text).strip()
    if '.' in text:
        ip, fp = text.split('.', 1)
    else:
        ip, fp = text, ''
    ip = ip.lstrip('0') or '0'
    fp = fp.rstrip('0')
    return ip + ('.' + fp if fp else '')


def key_string(sources):
    """sources: list of value lists; ints are sorted, decimal strings kept in given order."""
    out = []
    for values in sources:
        if all(isinstance(v, int) for v in values):
            for v in sorted(values):
                out.append('%d.' % v)
        else:
            out.append('.'.join(_canon_decimal(v) for v in values))
        out.append('/')
    return ''.join(out)


def pick_digest(i, key):
    b = i.to_bytes(2, 'big')
    return hashlib.md5(b + key.encode('ascii') + b).digest()


def draw(pool, seats, key, start_index=0):
    """Returns (result, steps). steps: (index, md5hex, left, remainder, picked)."""
    left = list(pool)
    result, steps = [], []
    for n in range(seats):
        i = start_index + n
        d = pick_digest(i, key)
        k = int.from_bytes(d, 'big') % len(left)
        item = left.pop(k)
        steps.append((i, d.hex().upper(), len(left) + 1, k, item))
        result.append(item)
    return result, steps


def draw_pools(pools, key):
    """pools: list of (name, seats, pool). One running index across pools."""
    res, steps, i = {}, [], 0
    for name, seats, pool in pools:
        r, s = draw(pool, seats, key, i)
        res[name] = r
        steps.extend(s)
        i += seats
    return res, steps


def selftest():
    names = ("John Mary Bashful Dopey Sleepy Grouchy Doc Sneazy Handsome Cassandra Pollyanna "
             "Pendragon Pandora Faith Hope Charity Lee Longsuffering Chastity Smith Pride Sloth "
             "Envy Anger Kasczynski").split()
    key = key_string([[9319], [2, 5, 12, 8, 10], [9, 18, 26, 34, 41, 45]])
    assert key == '9319./2.5.8.10.12./9.18.26.34.41.45./', key
    res, steps = draw(names, 11, key)
    assert steps[0][1] == '990DD0A5692A029A98B5E01AA28F3459', steps[0]
    want = 'Lee Doc Mary Charity Kasczynski Envy Sneazy Anger Chastity Pandora Sloth'.split()
    assert res == want, res
    assert key_string([['10.0730']]) == '10.073/'
    return True


if __name__ == '__main__':
    print('selftest ok' if selftest() else 'fail')
