import random, roster, travel, collections
from generate import SEED
rnd = random.Random(SEED)
ps = roster.build_people(); roster.make_participation(ps, rnd)
s = roster.Scheduler(ps, rnd); s.run()
files, funded = travel.make_travel(ps, rnd)
for p in ps:
    if not p.public: continue
    rs = collections.Counter(r['role'] for r in p.roles)
    first = min([r['from'].year for r in p.roles], default='')
    last = max([(r.get('to') or r['from']).year for r in p.roles], default='')
    act = p.active_on(roster.D(2025,6,30))
    print(p.region, p.id, p.kind, p.country, p.joined.year, p.left or '', 'A' if act else '-', funded[p.id], dict(rs), first, last)
