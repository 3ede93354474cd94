"""Independent check of the generated sample against the rules the build warns about."""
import datetime
from common import D, AS_OF, add_months, MEETING_LIST, MEETING_BY_ID, WG_BY_ID, REGIONS
import rfc3797
from travel import SLOTS

ATLARGE_EXEMPT = {'coe-member', 'board-director'}


def run(persons, draws, travel_files, statements):
    P = []
    by_id = {p.id: p for p in persons}
    day1 = datetime.timedelta(days=1)
    for p in persons:
        for x in p.participation:
            end = x.get('to') or AS_OF
            if add_months(x['from'], 3) > end:
                P.append('%s: participation %s shorter than 3 months' % (p.id, x))
            if x['from'] < p.joined or (p.left and end > p.left):
                P.append('%s: participation outside membership %s' % (p.id, x))
            w = WG_BY_ID[x['workgroup']]
            if x['from'] < w.start or (w.end and end > w.end):
                P.append('%s: participation outside workgroup lifetime %s' % (p.id, x))
        if not p.public and p.roles:
            P.append('%s: aggregate-only member with roles' % p.id)
        for r in p.roles:
            to = r.get('to')
            if to and to < r['from']:
                P.append('%s: role ends before it starts %s' % (p.id, r))
            if r['from'] < p.joined or (p.left and (to is None or to > p.left)):
                P.append('%s: role outside membership %s' % (p.id, r))
            if r['role'] == 'alac-member':
                tot = 0
                for x in p.participation:
                    s, e = x['from'], min(x.get('to') or AS_OF, r['from'])
                    if e > s:
                        tot += (e - s).days
                if tot < 366:
                    P.append('%s: alac-member %s with only %d days participation before' % (p.id, r['from'], tot))
            if r['role'] in ('policy-rapporteur', 'outreach-rapporteur'):
                n = sum(1 for m in MEETING_LIST if not m.virtual and r['from'] <= m.start <= (to or AS_OF))
                lim = 6 if r['role'] == 'policy-rapporteur' else 3
                if n > lim:
                    P.append('%s: %s spans %d meetings' % (p.id, r['role'], n))
                kind = 'policy' if r['role'] == 'policy-rapporteur' else 'outreach'
                if WG_BY_ID[r['body']].kind != kind:
                    P.append('%s: rapporteur body of wrong kind %s' % (p.id, r))
            if r['role'] == 'coe-member':
                days = sum((min(a['to'], r['from']) - a['from']).days + 1 for a in p.roles
                           if a['role'] == 'alac-member' and a['from'] < r['from'])
                if days < 1461:
                    P.append('%s: coe-member without enough ALAC service' % p.id)
            if r.get('selected_by') == 'draw' and not r.get('draw'):
                P.append('%s: draw role without draw id' % p.id)
        # stints
        al = sorted((r for r in p.roles if r['role'] == 'alac-member'), key=lambda r: r['from'])
        stints = []
        for r in al:
            if stints and r['from'] <= stints[-1][1] + day1:
                stints[-1][1] = max(stints[-1][1], r['to'])
            else:
                stints.append([r['from'], r['to']])
        for s, e in stints:
            if e >= add_months(s, 48):
                P.append('%s: ALAC stint %s..%s longer than 48 months' % (p.id, s, e))
            if e >= add_months(s, 48) - datetime.timedelta(days=3):
                for r in p.roles:
                    if r['role'] in ATLARGE_EXEMPT:
                        continue
                    if e < r['from'] <= add_months(e, 25):
                        P.append('%s: %s starts in cooling-off after stint ending %s' % (p.id, r['role'], e))
    # biography claims
    import bios
    for pid, claims in bios.CLAIMS.items():
        p = by_id[pid]
        if not p.public:
            P.append('%s: biography for an aggregate-only member' % pid)
        for c in claims:
            now = c.endswith('@now')
            c = c.replace('@now', '')
            role, _, sel = c.partition(':')
            rs = [r for r in p.roles if r['role'] == role and (not sel or r.get('selected_by') == sel)]
            if now:
                rs = [r for r in rs if r['from'] <= AS_OF <= (r.get('to') or AS_OF)]
            if not rs:
                P.append('%s: biography claims %s' % (pid, c + ('@now' if now else '')))
    # composition at sampled dates
    day = D(2009, 11, 1)
    while day <= AS_OF:
        def holders(role, region=None):
            return [p for p in persons for r in p.roles if r['role'] == role and r['from'] <= day <= (r.get('to') or AS_OF)
                    and (region is None or p.region == region)]
        if len(holders('alac-member')) != 15:
            P.append('%s: ALAC has %d members' % (day, len(holders('alac-member'))))
        if len(holders('alac-chair')) != 1:
            P.append('%s: ALAC chairs %d' % (day, len(holders('alac-chair'))))
        for reg in REGIONS:
            if len(holders('alac-member', reg)) != 3:
                P.append('%s: %s has %d ALAC members' % (day, reg, len(holders('alac-member', reg))))
            for role in ('ralo-chair', 'ralo-vice-chair', 'ralo-secretary'):
                if len(holders(role, reg)) != 1:
                    P.append('%s: %s %s count %d' % (day, reg, role, len(holders(role, reg))))
        if len(holders('coe-member')) > 6:
            P.append('%s: CoE has more than 6' % day)
        for p in persons:
            ex = [r for r in p.roles if r['role'] not in ('alac-chair',) and r['from'] <= day <= (r.get('to') or AS_OF)]
            if len(ex) > 1:
                P.append('%s: %s holds %s at once' % (day, p.id, [r['role'] for r in ex]))
        day += datetime.timedelta(days=17)
    # draws
    for dr in draws:
        for s in dr['sources']:
            if not s['published'] > dr['announced']:
                P.append('%s: source published before announcement' % dr['id'])
        key = rfc3797.key_string([s['values'] for s in dr['sources']])
        if key != dr['_key']:
            P.append('%s: key mismatch' % dr['id'])
        if len(dr['pools']) == 1 and dr['pools'][0][0] == '':
            n, seats, pool = dr['pools'][0]
            res, _ = rfc3797.draw(pool, seats, key)
            res = {'': res}
        else:
            res, _ = rfc3797.draw_pools(dr['pools'], key)
        if res != dr['_result']:
            P.append('%s: result mismatch' % dr['id'])
        for n, seats, pool in dr['pools']:
            if len(set(pool)) != len(pool) or seats > len(pool):
                P.append('%s: bad pool' % dr['id'])
            for pid in pool:
                p = by_id[pid]
                if not p.public or p.joined > dr['announced'] or (p.left and p.left < dr['announced']):
                    P.append('%s: pool member %s not eligible' % (dr['id'], pid))
        for pid in sum(res.values(), []):
            if dr['purpose'] == 'voter-panel':
                continue
            if not any(r.get('draw') == dr['id'] for r in by_id[pid].roles):
                P.append('%s: %s selected but has no matching role' % (dr['id'], pid))
    # travel
    total = {}
    for m, recs, apps in travel_files:
        per = {}
        ids = set()
        for r in recs:
            p = by_id[r['member']]
            if p.joined > m.start or (p.left and p.left < m.end):
                P.append('%s: %s travels while not a member' % (m.id, p.id))
            if r['member'] in ids:
                P.append('%s: %s twice' % (m.id, p.id))
            ids.add(r['member'])
            if r['status'] == 'funded':
                per[r['programme']] = per.get(r['programme'], 0) + 1
                total[p.id] = total.get(p.id, 0) + 1
            if r['applied'] > r['decided']:
                P.append('%s: decided before applied' % m.id)
        for prog, n in per.items():
            if prog in SLOTS and n > SLOTS[prog]:
                P.append('%s: %s funded %d > slots' % (m.id, prog, n))
        for a in apps:
            named = sum(1 for r in recs if r['programme'] == a['programme'])
            if a['received'] < named:
                P.append('%s: applications below named records' % m.id)
    for pid, n in total.items():
        if n > 17:
            P.append('%s: %d funded trips' % (pid, n))
    # advice
    order = ['comment_open', 'comment_close', 'vote_open', 'vote_close', 'submitted']
    ids = {s['id'] for s in statements}
    for s in statements:
        ds = [s['dates'][k] for k in order if k in s['dates']]
        if ds != sorted(ds):
            P.append('%s: dates out of order' % s['id'])
        ref = ds[-1] if ds else AS_OF
        for pid in s['penholders']:
            p = by_id[pid]
            if not p.public or p.joined > ref or (p.left and p.left < ref):
                P.append('%s: penholder %s not eligible' % (s['id'], pid))
        v = s.get('vote')
        if v and v['for'] + v['against'] + v['abstain'] > v['group_size']:
            P.append('%s: vote total too high' % s['id'])
        for r in s.get('related', []):
            if r not in ids:
                P.append('%s: unknown related %s' % (s['id'], r))
        if s.get('meeting') and s['meeting'] not in MEETING_BY_ID:
            P.append('%s: unknown meeting' % s['id'])
        for lang in ('en', 'zh', 'ar'):
            if lang not in s['bodies']:
                P.append('%s: missing %s body' % (s['id'], lang))
    return P
