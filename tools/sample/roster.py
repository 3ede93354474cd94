"""Builds members with participation and roles, honouring the At-Large rules (SPEC section 3)."""
import random
from common import D, d, add_months, months_between, AS_OF, REGIONS, WG_BY_ID, MEETING_LIST
import people
import rfc3797

EXCLUSIVE = {'alac-member', 'ralo-chair', 'ralo-vice-chair', 'ralo-secretary', 'liaison',
             'policy-rapporteur', 'outreach-rapporteur', 'coe-member', 'board-director',
             'nomcom-delegate'}
NOT_ATLARGE = {'coe-member', 'board-director'}
FAR = D(2099, 12, 31)


class Person:
    def __init__(self, rec):
        self.__dict__.update(rec)
        self.joined = d(rec['joined'])
        self.left = d(rec['left']) if rec['left'] else None
        self.roles = []
        self.participation = []
        self.public = 'agg' not in self.flags

    def end(self):
        return self.left or FAR

    # ---- participation helpers
    def part_months_before(self, day):
        tot = 0.0
        for p in self.participation:
            s, e = p['from'], min(p.get('to') or AS_OF, day)
            if e > s:
                tot += months_between(s, e)
        return tot

    def active_on(self, day):
        return any(p['from'] <= day and (p.get('to') is None or p['to'] >= day) for p in self.participation)

    # ---- role helpers
    def busy(self, frm, to):
        to = to or FAR
        for r in self.roles:
            if r['role'] in EXCLUSIVE and r['from'] <= to and (r.get('to') or FAR) >= frm:
                return True
        return False

    def alac_stints(self):
        rs = sorted((r for r in self.roles if r['role'] == 'alac-member'), key=lambda r: r['from'])
        stints = []
        for r in rs:
            if stints and (r['from'] - stints[-1][1]).days <= 1:
                stints[-1][1] = r['to']
            else:
                stints.append([r['from'], r['to']])
        return stints

    def alac_months_before(self, day):
        return sum(months_between(r['from'], min(r['to'], day)) for r in self.roles
                   if r['role'] == 'alac-member' and r['from'] < day)

    def cooling(self, frm):
        """True if frm falls in a cooling-off window after a maximal ALAC stint."""
        for s, e in self.alac_stints():
            if months_between(s, e) >= 46 and e < frm <= add_months(e, 27):
                return True
        return False

    def leadership(self, before):
        return sum(1 for r in self.roles if r['from'] < before and r['role'] in EXCLUSIVE)


def build_people():
    return [Person(r) for r in people.parse()]


# ---------------------------------------------------------------- participation
POLICY_EARLY = ['new-gtld-wg', 'idn-wg', 'registration-issues-wg']
OUTREACH = ['capacity-building', 'social-media', 'outreach-engagement', 'technology-taskforce']
REGIONAL = {'afralo': 'afralo-outreach', 'apralo': 'apralo-policy-forum', 'lacralo': 'lacralo-governance'}


def _clip(wg, s, e):
    w = WG_BY_ID[wg]
    s2 = max(s, w.start)
    e2 = e if w.end is None else (min(e, w.end) if e else w.end)
    return s2, e2


def _add(p, wg, s, e, note=None, minmonths=4):
    s, e = _clip(wg, s, e)
    if e is not None and e > AS_OF:
        e = None
    end = e or AS_OF
    if months_between(s, end) < minmonths:
        return False
    if p.left and (e is None or e > p.left):
        e = p.left
        if months_between(s, e) < minmonths:
            return False
    rec = {'workgroup': wg, 'from': s}
    if e:
        rec['to'] = e
    if note:
        rec['note'] = note
    p.participation.append(rec)
    return True


def make_participation(persons, rnd):
    for p in persons:
        start = add_months(p.joined, rnd.choice([1, 1, 2, 3]))
        start = start.replace(day=1) if start.day > 28 else start
        # when does this person's activity end?
        if p.left:
            stop = add_months(p.left, -rnd.choice([0, 0, 2, 5]))
        elif 'lapsed' in p.flags:
            stop = D(rnd.choice([2021, 2022, 2023]), rnd.choice([3, 6, 9, 12]), 28)
        elif p.kind == 'individual' and p.tier == 'M' and rnd.random() < 0.2:
            stop = D(rnd.choice([2019, 2021, 2023, 2024]), rnd.choice([1, 4, 8, 11]), 30)
        elif p.kind == 'organization' and rnd.random() < 0.4:
            stop = D(rnd.choice([2016, 2018, 2020, 2022, 2023, 2024]), rnd.choice([2, 5, 8, 11]), 28)
        elif p.kind == 'individual' and p.tier == 'V' and rnd.random() < 0.25:
            stop = D(rnd.choice([2020, 2022, 2023, 2024]), rnd.choice([2, 6, 10]), 28)
        elif p.tier == 'N' and rnd.random() < 0.35:
            stop = D(2024, rnd.choice([4, 7, 10]), 15)
        else:
            stop = None
        if stop and stop <= add_months(start, 6):
            stop = add_months(start, 8)
        if p.kind == 'organization':
            wg = REGIONAL.get(p.region) if rnd.random() < 0.5 else None
            wg = wg or rnd.choice(['capacity-building', 'idn-wg', 'outreach-engagement', 'social-media'])
            if not _add(p, wg, start, stop):
                _add(p, 'idn-wg', start, stop)
            continue
        # core policy track (veterans and most mid-career members)
        if p.tier in ('V', 'M') or rnd.random() < 0.5:
            early = rnd.choice(['new-gtld-wg', 'idn-wg']) if p.tier == 'V' else rnd.choice(POLICY_EARLY + ['ogwg'])
            cut = D(2018, 12, 31)
            if start <= cut:
                e1 = min(stop, cut) if stop else cut
                if early in ('idn-wg', 'ogwg') and (stop is None or stop > cut):
                    # these groups continue; move on to the CPWG in 2019 anyway
                    pass
                ok = _add(p, early, start, e1)
                if not ok and early != 'idn-wg':
                    _add(p, 'idn-wg', start, e1)
                if stop is None or stop > D(2019, 1, 1):
                    _add(p, 'cpwg', D(2019, 1, 1), stop)
            else:
                _add(p, 'cpwg', start, stop)
        else:
            wg = rnd.choice(OUTREACH)
            if not _add(p, wg, start, stop):
                _add(p, 'capacity-building', max(start, D(2013, 3, 1)), stop)
        # secondary, time-boxed activity
        extra = rnd.random()
        if extra < 0.25 and p.joined < D(2014, 6, 1):
            _add(p, 'ccwg-accountability', D(2014, 11, 1) if rnd.random() < 0.6 else D(2015, 3, 1),
                 D(2016, 6, 30) if rnd.random() < 0.5 else D(2018, 6, 30), note=None)
        elif extra < 0.45 and p.joined < D(2019, 1, 1):
            s = D(rnd.choice([2016, 2017, 2018]), rnd.choice([2, 5, 9]), 1)
            _add(p, 'sub-pro', max(s, start), D(rnd.choice([2019, 2020, 2021]), 12, 31))
        elif extra < 0.65:
            wg = rnd.choice(OUTREACH + ([REGIONAL[p.region]] if p.region in REGIONAL else []))
            s = max(start, WG_BY_ID[wg].start)
            s = add_months(s, rnd.choice([0, 6, 12, 24]))
            e = add_months(s, rnd.choice([8, 14, 20, 30])) if rnd.random() < 0.6 else stop
            if e is None or e > s:
                _add(p, wg, s, e)
        elif extra < 0.75 and (p.joined < D(2020, 1, 1)):
            s = max(start, D(2017, 7, 1))
            _add(p, 'at-large-review-implementation', s, D(2021, 6, 30))
        p.participation.sort(key=lambda x: (x['from'], x['workgroup']))


# ---------------------------------------------------------------- roles
def term_starts(offset):
    """Two-year terms; offset 1 starts with a one-year transitional term in 2009."""
    out = []
    if offset == 0:
        for y in range(2009, 2025, 2):
            out.append((D(y, 11, 1), D(y + 2, 10, 31)))
    else:
        out.append((D(2009, 11, 1), D(2010, 10, 31)))
        for y in range(2010, 2025, 2):
            out.append((D(y, 11, 1), D(y + 2, 10, 31)))
    return out


def annual_terms(first=2009, last=2024):
    return [(D(y, 11, 1), D(y + 1, 10, 31)) for y in range(first, last + 1)]


NOMCOM_OFFSET = {'afralo': 0, 'apralo': 1, 'euralo': 0, 'lacralo': 1, 'naralo': 0}
LIAISON_BODIES = ['GNSO', 'ccNSO', 'SSAC', 'GAC', 'ASO']


class Scheduler:
    def __init__(self, persons, rnd):
        self.persons = persons
        self.rnd = rnd
        self.by_id = {p.id: p for p in persons}
        self.draws = []          # draw records (dicts) for data/draws
        self.log = []

    # -- eligibility
    def eligible(self, p, role, frm, to, region=None, min_member_months=6, need_active=True):
        if p.kind != 'individual' or not p.public:
            return False
        if region and p.region != region:
            return False
        if p.joined > add_months(frm, -min_member_months):
            return False
        if p.left and (to is None or p.left < to):
            return False
        if need_active and not p.active_on(frm):
            return False
        if p.busy(frm, to):
            return False
        if role not in NOT_ATLARGE and p.cooling(frm):
            return False
        if role == 'alac-member':
            if p.part_months_before(frm) < 13:
                return False
            # would this term make an over-long stint?
            for s, e in p.alac_stints():
                if (frm - e).days <= 1 and months_between(s, to) > 48.01:
                    return False
        if role == 'coe-member' and p.alac_months_before(frm) < 59:
            return False
        if role in ('policy-rapporteur', 'outreach-rapporteur'):
            if p.part_months_before(frm) < 12:
                return False
            if any(r['role'] == role for r in p.roles):
                return False
            if any(r['role'].endswith('-rapporteur') and r['to'] >= add_months(frm, -12) for r in p.roles):
                return False
        return True

    def weight(self, p, frm, insider=True):
        w = 1.0
        if insider:
            w += 2.0 * min(p.leadership(frm), 5)
            if p.tier == 'V':
                w *= 2
        return w

    def choose(self, cands, frm, insider=True):
        if not cands:
            return None
        ws = [self.weight(p, frm, insider) for p in cands]
        return self.rnd.choices(cands, weights=ws, k=1)[0]

    def give(self, p, role, frm, to, body=None, selected_by=None, draw=None):
        r = {'role': role, 'from': frm}
        if to:
            r['to'] = to
        if body:
            r['body'] = body
        if selected_by:
            r['selected_by'] = selected_by
        if draw:
            r['draw'] = draw
        p.roles.append(r)
        return r

    # -- positions
    def run(self):
        events = []
        for reg in REGIONS:
            for seat, off, how in (('E1', 0, 'election'), ('E2', 1, 'election'),
                                   ('N', NOMCOM_OFFSET[reg], 'nomcom')):
                for t in term_starts(off):
                    events.append((t[0], 1, ('alac', reg, seat, how), t))
            for i, role in enumerate(('ralo-chair', 'ralo-vice-chair', 'ralo-secretary')):
                for t in term_starts(0):
                    events.append((t[0], 2 + i, ('ralo', reg, role), t))
            for t in annual_terms(2010):
                events.append((t[0], 7, ('nomcom-delegate', reg), t))
        for b in LIAISON_BODIES:
            for t in annual_terms():
                events.append((t[0], 6, ('liaison', b), t))
        for t in annual_terms():
            events.append((t[0], 5, ('alac-chair',), t))
        # special events (selection dates precede the terms)
        events.append((D(2011, 6, 1), 0, ('board', 'election'), (D(2011, 11, 1), D(2014, 10, 31))))
        events.append((D(2014, 6, 1), 0, ('board', 'reelect'), (D(2014, 11, 1), D(2017, 10, 31))))
        events.append((D(2017, 6, 1), 0, ('board', 'election'), (D(2017, 11, 1), D(2020, 10, 31))))
        events.append((D(2020, 6, 1), 0, ('board', 'draw'), (D(2020, 11, 1), D(2023, 10, 31))))
        events.append((D(2023, 6, 1), 0, ('board', 'election'), (D(2023, 11, 1), D(2026, 10, 31))))
        events.append((D(2019, 9, 2), 0, ('coe', 'acclamation'), (D(2019, 11, 1), D(2023, 10, 31))))
        events.append((D(2023, 9, 4), 0, ('coe', 'draw'), (D(2023, 11, 1), D(2025, 10, 31))))
        events.append((D(2019, 1, 14), 0, ('rapp', 'policy-rapporteur', 'draw', 'policy-rapporteurs-2019'), (D(2019, 3, 1), D(2020, 2, 29))))
        events.append((D(2019, 1, 14), 0, ('rapp', 'outreach-rapporteur', 'draw', 'outreach-rapporteurs-2019'), (D(2019, 3, 1), D(2020, 2, 29))))
        events.append((D(2022, 4, 20), 0, ('rapp', 'policy-rapporteur', 'appointment', None), (D(2022, 6, 1), D(2023, 2, 28))))
        events.append((D(2022, 4, 20), 0, ('rapp', 'outreach-rapporteur', 'appointment', None), (D(2022, 6, 1), D(2023, 2, 28))))
        events.append((D(2023, 1, 16), 0, ('rapp', 'policy-rapporteur', 'draw', 'policy-rapporteurs-2023'), (D(2023, 3, 1), D(2024, 2, 29))))
        events.append((D(2024, 1, 15), 0, ('rapp', 'outreach-rapporteur', 'draw', 'outreach-rapporteurs-2024'), (D(2024, 3, 1), D(2025, 2, 28))))
        events.append((D(2024, 1, 22), 0, ('rapp', 'policy-rapporteur', 'draw', 'policy-rapporteurs-2024'), (D(2024, 3, 1), D(2025, 2, 28))))
        events.append((D(2024, 8, 5), 0, ('panel',), None))
        events.sort(key=lambda e: (e[0], e[1], str(e[2])))
        self.holder = {}
        for day, _, what, term in events:
            getattr(self, 'ev_' + what[0].replace('-', '_'))(what, term)

    def _fill(self, key, role, frm, to, region, maxrun, p_reelect, how, insider=True, body=None,
              min_member_months=6):
        cur = self.holder.get(key)
        pick = None
        if cur and cur[1] < maxrun and self.eligible(cur[0], role, frm, to, region,
                                                     min_member_months) \
                and self.rnd.random() < p_reelect:
            pick, run = cur[0], cur[1] + 1
            sel = how
        else:
            cands = [p for p in self.persons if self.eligible(p, role, frm, to, region, min_member_months)
                     and not (cur and cur[0] is p)]
            pick = self.choose(cands, frm, insider)
            if pick is None:
                cands = [p for p in self.persons
                         if self.eligible(p, role, frm, to, region, 3, need_active=False)
                         and not (cur and cur[0] is p)]
                pick = self.choose(cands, frm, insider)
            if pick is None:
                raise SystemExit('no candidate for %s %s %s' % (key, frm, role))
            run = 1
            sel = how
        if sel == 'election' and self.rnd.random() < 0.3:
            sel = 'acclamation'
        self.give(pick, role, frm, to, body=body, selected_by=sel)
        self.holder[key] = (pick, run)
        return pick

    def ev_alac(self, what, term):
        _, reg, seat, how = what
        self._fill(('alac', reg, seat), 'alac-member', term[0], term[1], reg, 2, 0.7, how,
                   insider=(how != 'nomcom'), min_member_months=18)

    def ev_ralo(self, what, term):
        _, reg, role = what
        self._fill(('ralo', reg, role), role, term[0], term[1], reg, 2, 0.6, 'election')

    def ev_nomcom_delegate(self, what, term):
        _, reg = what
        self._fill(('nomdel', reg), 'nomcom-delegate', term[0], term[1], reg, 2, 0.5, 'appointment',
                   insider=False)

    def ev_liaison(self, what, term):
        _, body = what
        self._fill(('liaison', body), 'liaison', term[0], term[1], None, 3, 0.75, 'appointment',
                   body=body)

    def ev_alac_chair(self, what, term):
        frm, to = term
        def sitting(p):
            return any(r['role'] == 'alac-member' and r['from'] <= frm and r['to'] >= to
                       and r.get('selected_by') != 'nomcom' for r in p.roles)
        cur = self.holder.get('chair')
        if cur and cur[1] < 3 and sitting(cur[0]) and self.rnd.random() < 0.75:
            p, run = cur[0], cur[1] + 1
        else:
            cands = [p for p in self.persons if sitting(p) and not (cur and cur[0] is p)]
            p, run = self.choose(cands, frm), 1
        self.give(p, 'alac-chair', frm, to, selected_by='election')
        self.holder['chair'] = (p, run)

    def ev_board(self, what, term):
        how = what[1]
        frm, to = term
        if how == 'reelect':
            p = self.holder['board'][0]
            self.give(p, 'board-director', frm, to, selected_by='election')
            return
        cands = [p for p in self.persons if self.eligible(p, 'board-director', frm, to, None, 60)
                 and p.leadership(frm) >= 2]
        cands.sort(key=lambda p: (-p.leadership(frm), p.id))
        if how == 'draw':
            pool = sorted(cands[:3], key=sort_key)
            self.draw('board-seat-2020', 'board-seat', D(2020, 6, 1), [('', 1, [p.id for p in pool])])
            p = self.by_id[self.draws[-1]['_result'][''][0]]
            self.give(p, 'board-director', frm, to, selected_by='draw', draw='board-seat-2020')
        else:
            p = self.choose(cands[:4], frm)
            self.give(p, 'board-director', frm, to, selected_by='election')
        self.holder['board'] = (p, 1)

    def ev_coe(self, what, term):
        frm, to = term
        cands = [p for p in self.persons if self.eligible(p, 'coe-member', frm, to, None, 60)]
        cands.sort(key=sort_key)
        if what[1] == 'acclamation':
            chosen = sorted(cands, key=lambda p: -p.alac_months_before(frm))[:5]
            for p in chosen:
                self.give(p, 'coe-member', frm, to, selected_by='acclamation')
        else:
            self.log.append('CoE pool size %d' % len(cands))
            pool = cands[:10]
            self.draw('coe-2023', 'coe', D(2023, 9, 4), [('', 6, [p.id for p in pool])])
            for pid in self.draws[-1]['_result']['']:
                self.give(self.by_id[pid], 'coe-member', frm, to, selected_by='draw', draw='coe-2023')

    def ev_rapp(self, what, term):
        _, role, how, draw_id = what
        frm, to = term
        cands = [p for p in self.persons if self.eligible(p, role, frm, to, None, 12)]
        self.rnd.shuffle(cands)
        if role == 'policy-rapporteur':
            bodies = [w for w in ('cpwg', 'sub-pro', 'ogwg', 'idn-wg', 'at-large-review-implementation')
                      if WG_BY_ID[w].end is None or WG_BY_ID[w].end >= to]
        else:
            bodies = [w for w in ('outreach-engagement', 'capacity-building', 'social-media',
                                  'technology-taskforce') if WG_BY_ID[w].end is None or WG_BY_ID[w].end >= to]
        if how == 'appointment':
            for i, p in enumerate(cands[:3]):
                self.give(p, role, frm, to, body=bodies[i % len(bodies)], selected_by='appointment')
            return
        pool = sorted(cands[:self.rnd.choice([9, 10, 11, 12])], key=sort_key)
        purpose = role
        self.draw(draw_id, purpose, what_date(draw_id), [('', 5, [p.id for p in pool])])
        for i, pid in enumerate(self.draws[-1]['_result']['']):
            self.give(self.by_id[pid], role, frm, to, body=bodies[i % len(bodies)],
                      selected_by='draw', draw=draw_id)

    def ev_panel(self, what, term):
        day = D(2024, 8, 5)
        pools = []
        for reg in REGIONS:
            cands = [p for p in self.persons if p.region == reg and p.kind == 'individual' and p.public
                     and p.active_on(day) and p.joined <= add_months(day, -6) and not p.left]
            cands.sort(key=sort_key)
            self.rnd.shuffle(cands)
            pools.append((reg, 4, [p.id for p in sorted(cands[:8], key=sort_key)]))
        self.draw('voter-panel-2024', 'voter-panel', day, pools)

    def draw(self, draw_id, purpose, announced, pools):
        from drawdefs import SOURCES
        srcs = SOURCES[draw_id]
        key = rfc3797.key_string([s['values'] for s in srcs])
        if len(pools) == 1 and pools[0][0] == '':
            res, steps = rfc3797.draw(pools[0][2], pools[0][1], key)
            result = {'': res}
        else:
            result, steps = rfc3797.draw_pools(pools, key)
        self.draws.append({'id': draw_id, 'purpose': purpose, 'announced': announced,
                           'pools': pools, 'sources': srcs, '_key': key, '_result': result})


def what_date(draw_id):
    return {'policy-rapporteurs-2019': D(2019, 1, 14), 'outreach-rapporteurs-2019': D(2019, 1, 14),
            'policy-rapporteurs-2023': D(2023, 1, 16), 'outreach-rapporteurs-2024': D(2024, 1, 15),
            'policy-rapporteurs-2024': D(2024, 1, 22)}[draw_id]


def sort_key(p):
    import unicodedata
    name = p.name.split()[-1] + ' ' + p.name
    if p.region == 'apralo' and p.translit.startswith('zh:'):
        name = p.name  # family name first
    return unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
