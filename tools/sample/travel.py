"""Travel-support records for every in-person meeting ICANN47-ICANN81."""
from common import D, TRAVEL_MEETINGS, COUNTRY_REGION, add_months
import datetime

SLOTS = {'alac-ralo-leaders': 15, 'nomcom-appointees': 5, 'liaisons': 4, 'policy-rapporteurs': 5,
         'outreach-rapporteurs': 5, 'council-of-elders': 2, 'cropp': 6, 'mentors': 3}
ORDER = ['alac-ralo-leaders', 'nomcom-appointees', 'liaisons', 'policy-rapporteurs',
         'outreach-rapporteurs', 'council-of-elders', 'mentors', 'cropp', 'fellowship', 'nextgen']
CAP_FUNDED = 17  # the sample keeps everyone strictly under the lifetime cap of 18

HOTEL = {'Durban': 150, 'Buenos Aires': 170, 'Singapore': 280, 'London': 320, 'Los Angeles': 260,
         'Dublin': 260, 'Marrakech': 170, 'Helsinki': 230, 'Hyderabad': 140, 'Copenhagen': 300,
         'Johannesburg': 160, 'Abu Dhabi': 250, 'San Juan': 230, 'Panama City': 170,
         'Barcelona': 230, 'Kobe': 200, 'Montréal': 210, 'The Hague': 240, 'Kuala Lumpur': 150,
         'Cancún': 220, 'Washington, D.C.': 330, 'Hamburg': 250, 'Kigali': 180, 'Istanbul': 190}
NEAR = {('naralo', 'lacralo'), ('euralo', 'afralo'), ('euralo', 'apralo')}

WITHDRAW_NOTES = ['Visa not issued in time.', 'Withdrew for personal reasons.',
                  'Schedule conflict with national duties.', 'Withdrew after the meeting agenda changed.']
CANCEL_NOTES = ['Cancelled after booking because of illness; non-refundable fare only.',
                'Flight cancelled by the airline; traveller could not be rebooked in time.']


def role_at(p, day):
    return [r for r in p.roles if r['from'] <= day <= (r.get('to') or D(2099, 1, 1))]


def member_at(p, m):
    return p.joined <= m.start and (p.left is None or p.left >= m.end)


def distance(p, m):
    a, b = p.region, COUNTRY_REGION[m.country]
    if p.country == m.country:
        return 'local'
    if a == b:
        return 'near'
    if (a, b) in NEAR or (b, a) in NEAR:
        return 'mid'
    return 'far'


def make_travel(persons, rnd):
    funded = {p.id: 0 for p in persons}
    files = []
    for m in TRAVEL_MEETINGS:
        recs, seen = [], set()
        apps = {}

        def rec(p, prog, status, note=None, leader=False):
            seen.add(p.id)
            applied = m.start - datetime.timedelta(days=rnd.randint(88, 125))
            decided = applied + datetime.timedelta(days=rnd.randint(12, 30))
            r = {'member': p.id, 'programme': prog, 'status': status, 'applied': applied,
                 'decided': decided}
            if status in ('funded', 'cancelled'):
                dist = distance(p, m)
                nights = (m.end - m.start).days + 2
                if dist == 'local':
                    air, fare = 'none', 0.0
                else:
                    base = {'near': (480, 1050), 'mid': (950, 1700), 'far': (1600, 3100)}[dist]
                    fare = rnd.uniform(*base)
                    air = 'economy'
                    if dist == 'far' and leader and rnd.random() < 0.25:
                        air, fare = 'premium', fare * 1.55
                    if any(x['role'] == 'alac-chair' for x in role_at(p, m.start)) and dist == 'far':
                        air, fare = 'business', fare * 2.6
                hotel = HOTEL[m.city] * nights * rnd.uniform(0.95, 1.05)
                per_diem = 65 * (nights + 1)
                if status == 'funded':
                    r['covers'] = {'airfare': air, 'hotel_nights': nights, 'per_diem_days': nights + 1}
                    amount = round(fare + hotel + per_diem, 2)
                    cur = 'USD'
                    if prog == 'cropp' and COUNTRY_REGION[m.country] == 'euralo' and p.region == 'euralo':
                        cur, amount = 'EUR', round(amount * 0.91, 2)
                    r['cost'] = {'amount': amount, 'currency': cur}
                    funded[p.id] += 1
                else:
                    r['cost'] = {'amount': round(fare * 0.6, 2), 'currency': 'USD'}
            if note:
                r['note'] = note
            recs.append(r)

        def allocate(prog, cands, leader=True, apply_p=0.8, slots=None):
            slots = SLOTS.get(prog) if slots is None else slots
            used = 0
            for p in cands:
                if p.id in seen or not member_at(p, m):
                    continue
                p_apply = apply_p
                if leader and apply_p < 1.0:
                    p_apply = 0.82 if p.tier == 'V' else 0.5
                if rnd.random() > p_apply:
                    continue
                x = rnd.random()
                if funded[p.id] >= CAP_FUNDED:
                    rec(p, prog, 'declined', 'Declined: the applicant has used 17 of the 18 lifetime '
                        'funded trips; the slot went to a first-time traveller.')
                elif slots is not None and used >= slots:
                    rec(p, prog, 'declined', 'All slots for this programme were allocated.')
                elif x < 0.04:
                    rec(p, prog, 'withdrawn', rnd.choice(WITHDRAW_NOTES))
                elif x < 0.055:
                    rec(p, prog, 'cancelled', rnd.choice(CANCEL_NOTES), leader)
                else:
                    rec(p, prog, 'funded', None, leader)
                    used += 1

        def holders(pred):
            out = [p for p in persons if any(pred(r) for r in role_at(p, m.start))]
            return sorted(out, key=lambda p: p.id)

        allocate('alac-ralo-leaders', holders(lambda r: (r['role'] == 'alac-member' and r.get('selected_by') != 'nomcom')
                                              or r['role'] == 'ralo-chair'))
        allocate('nomcom-appointees', holders(lambda r: r['role'] == 'alac-member' and r.get('selected_by') == 'nomcom'))
        allocate('liaisons', holders(lambda r: r['role'] == 'liaison'), apply_p=0.7)
        allocate('policy-rapporteurs', holders(lambda r: r['role'] == 'policy-rapporteur'), leader=False)
        allocate('outreach-rapporteurs', holders(lambda r: r['role'] == 'outreach-rapporteur'), leader=False)
        coe = holders(lambda r: r['role'] == 'coe-member')
        coe.sort(key=lambda p: (funded[p.id], p.id))
        allocate('council-of-elders', coe[:3], leader=False, apply_p=1.0)

        active = [p for p in persons if member_at(p, m) and p.active_on(m.start) and p.id not in seen
                  and p.kind == 'individual' and not role_at(p, m.start)]
        active.sort(key=lambda p: p.id)
        if m.number >= 55:
            vets = [p for p in active if p.joined <= D(2012, 1, 1) and p.public]
            rnd.shuffle(vets)
            n = rnd.randint(1, 3)
            allocate('mentors', vets[:n + 1], leader=False, apply_p=0.9)
            apps['mentors'] = n + 1 + rnd.randint(3, 9)
        if m.number >= 49:
            local = [p for p in active if p.id not in seen and p.region == COUNTRY_REGION[m.country]]
            other = [p for p in active if p.id not in seen and p.region != COUNTRY_REGION[m.country]]
            rnd.shuffle(local)
            rnd.shuffle(other)
            pool = local[:rnd.randint(1, 4)] + other[:rnd.randint(0, 2)]
            pool = sorted(pool, key=lambda p: p.id)
            allocate('cropp', pool, leader=False, apply_p=1.0)
            apps['cropp'] = len(pool) + rnd.randint(4, 14)
        new = [p for p in active if p.id not in seen and p.joined >= add_months(m.start, -42)
               and p.joined <= add_months(m.start, -2)]
        rnd.shuffle(new)
        k = rnd.choice([0, 1, 1, 2])
        allocate('fellowship', sorted(new[:k], key=lambda p: p.id), leader=False, apply_p=1.0)
        apps['fellowship'] = rnd.randint(620, 1750)
        if m.number >= 49:
            rest = [p for p in new[k:] if p.id not in seen]
            j = rnd.choice([0, 0, 1])
            allocate('nextgen', rest[:j], leader=False, apply_p=1.0)
            apps['nextgen'] = rnd.randint(85, 260)
        recs.sort(key=lambda r: (ORDER.index(r['programme']), r['member']))
        applications = [{'programme': k2, 'received': v} for k2, v in
                        sorted(apps.items(), key=lambda kv: ORDER.index(kv[0]))]
        files.append((m, recs, applications))
    return files, funded
