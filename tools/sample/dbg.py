import random, roster
from common import D
rnd = random.Random(3797)
ps = roster.build_people()
roster.make_participation(ps, rnd)
for p in ps:
    if p.region=='euralo' and p.kind=='individual':
        print(p.id, p.tier, p.joined, [(x['workgroup'], str(x['from']), str(x.get('to'))) for x in p.participation])
