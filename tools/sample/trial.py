import random, roster, collections
from common import D
rnd = random.Random(3797)
ps = roster.build_people()
roster.make_participation(ps, rnd)
s = roster.Scheduler(ps, rnd)
s.run()
print(s.log)
for dr in s.draws: print(dr['id'], dr['_key'], dr['_result'], [len(p[2]) for p in dr['pools']])
c = collections.Counter()
for p in ps:
    st = [(str(a), str(b), round((b-a).days/30.44,1)) for a,b in p.alac_stints()]
    n = len(p.roles)
    if n: print(p.region, p.id, p.tier, n, 'alac', st, [r['role'] for r in p.roles if r['role'] not in ('alac-member',)])
print(sum(p.active_on(D(2025,6,30)) for p in ps))
import travel
files, funded = travel.make_travel(ps, rnd)
tot = collections.Counter(); 
for m, recs, apps in files:
    for r in recs: tot[r['status']] += 1
print(tot)
print(sorted(((v,k) for k,v in funded.items() if v), reverse=True)[:25])
print(collections.Counter(min(v,20)//3*3 for v in funded.values()))
