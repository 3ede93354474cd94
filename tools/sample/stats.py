import random, roster, travel, collections
from generate import SEED
from common import D
rnd = random.Random(SEED)
ps = roster.build_people(); roster.make_participation(ps, rnd)
s = roster.Scheduler(ps, rnd); s.run()
files, funded = travel.make_travel(ps, rnd)
print('active', collections.Counter((p.kind, p.active_on(D(2025,6,30))) for p in ps))
print('active total', sum(p.active_on(D(2025,6,30)) for p in ps))
v = sorted(funded.values(), reverse=True)
print('trips>=12', sum(x>=12 for x in v), 'trips>=15', sum(x>=15 for x in v), v[:20])
print(s.log)
