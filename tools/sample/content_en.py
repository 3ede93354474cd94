PAGES = {}

PAGES['index'] = ('Welcome to the At-Large community', """\
At-Large is the home of individual Internet users in ICANN. Through the At-Large Advisory Committee (ALAC) and five Regional At-Large Organizations, users from every part of the world comment on the policies that shape the domain name system.

This site publishes what the community does and who does it: the [members](/en/members/) and their roles, every [funded trip](/en/travel/) to an ICANN meeting, the full archive of [advice](/en/advice/), the [random draws](/en/draws/) used to fill some positions, and [participation metrics](/en/metrics/) for each region.
""")

PAGES['about'] = ('About At-Large', """\
The At-Large community gives a voice in ICANN to the billions of people who use the Internet without being domain name businesses, governments or technical operators. It is organized in three layers.

## The ALAC

The At-Large Advisory Committee has fifteen members: two elected by each of the five regional organizations and one per region selected by ICANN's Nominating Committee. It adopts advice to the ICANN Board, comments on public consultations and contributes to the policy work of the supporting organizations. It also selects one member of the ICANN Board.

## The five RALOs

The Regional At-Large Organizations are AFRALO (Africa), APRALO (Asia, Australasia and the Pacific Islands), EURALO (Europe), LACRALO (Latin America and the Caribbean Islands) and NARALO (North America). Each has a chair, a vice-chair and a secretary, and brings together end-user associations and individual members of its region.

## Members and working groups

Members take part in working groups, where most of the work happens: drafting statements, following policy processes, organizing outreach. Regular participation earns voting rights, as explained on the page on [how to participate](/en/participate/).

## What this site publishes, and why

The 2017 independent review of At-Large asked for advice to be published and properly archived, for travel funding and its beneficiaries to be published consistently, for random selection to be used where it makes selections fairer, and for shared metrics per region. This site does all four: see the [advice archive](/en/advice/), the [travel register](/en/travel/), the [draws](/en/draws/) and the [metrics](/en/metrics/). Private contact details are never published, and members who asked for it are counted in totals but never named.

The official At-Large website is at [atlarge.icann.org](https://atlarge.icann.org/); ICANN itself is at [www.icann.org](https://www.icann.org/).
""")

PAGES['travel-policy'] = ('How travel funding works', """\
ICANN funds a limited number of trips to each of its public meetings for At-Large participants. This page explains who can be funded, how the slots are shared, and the lifetime cap.

## The slot model

For each in-person meeting, the slots are:

- 15 for the ALAC members elected by the RALOs and the five RALO chairs;
- 5 for the ALAC members selected by the Nominating Committee;
- 4 for the ALAC liaisons to other ICANN bodies;
- 5 for policy rapporteurs and 5 for outreach rapporteurs, chosen by public random draw;
- 2 for members of the Council of Elders;
- 3 for mentors of fellows and newcomers;
- 6 for the Community Regional Outreach Program (CROPP).

ICANN's Fellowship and NextGen programmes select their own participants; members who are selected appear in the register so that all funded travel is visible in one place. A slot that is not used is not carried over to the next meeting.

## What is covered

A funded trip normally covers an economy airfare, the hotel for the nights of the meeting and a daily allowance. The register shows, for every trip, what was covered and what it cost.

## The lifetime cap

Nobody can receive more than 18 funded trips in total, whatever the programme. The review found that the same few leaders travelled meeting after meeting; the cap opens the slots to new participants. Every member page shows the number of trips used and the number left.

## Publication

Every application decision is published: funded, declined, withdrawn or cancelled, with the programme and the date. For the programmes people apply to, the number of applicants is published, without their names. See the [travel register](/en/travel/) for every meeting and programme.
""")

PAGES['draws-explained'] = ('How random draws work', """\
Some At-Large positions are filled by public random draw: policy and outreach rapporteurs, the Council of Elders when more people volunteer than there are seats, and occasionally other selections. The method is the one defined in RFC 3797, designed so that anyone can check the result and nobody, not even the organizers, can influence it.

## Before the draw

The organizers publish three things: the pool of eligible volunteers, in a fixed order; the number of seats; and the sources of randomness that will be used, such as the numbers of a national lottery on a given future date. All of this is announced before any of the random values are known.

## The computation

1. When the sources are published, their values are written into a single key string. For each source, integer values are sorted and written one after another, each followed by a full stop; a slash ends each source. For example: `9319./2.5.8.10.12./`.
2. For pick number 0, 1, 2 and so on, the pick number is written as two bytes, placed before and after the key string, and the result is hashed with MD5.
3. The hash is read as a large number and divided by the number of people still in the pool. The remainder says who is picked: a remainder of 0 picks the first person still in the pool, 1 the second, and so on.
4. The person picked is removed from the pool, and the next pick begins.

For a panel with several pools, for example one per region, the pools are drawn in their listed order with a single running pick number.

## Checking a draw

Every [draw page](/en/draws/) shows the pool, the sources, the key string and each step: pick number, MD5 value, pool size, remainder and person picked. You can recompute it in your browser on that page, or with the command `plenary draw verify` followed by the draw's identifier. If the recorded result differs from the recomputation, the site says so.
""")

PAGES['participate'] = ('How to participate', """\
Anyone who uses the Internet can take part in At-Large, either individually or through an end-user association that is a member of its regional organization.

## Joining

Contact the RALO of your region and ask to join as an individual member, or as an organization if you represent an end-user association. You will be added to the [member directory](/en/members/); your contact details are kept private.

## Becoming active

Join a working group and take part in its calls and mailing list. A member who takes part continuously for at least 3 months is counted as active.

## Voting rights

Active members vote in their RALO's elections. Voting rights last while you are active and for 18 months after your last qualifying period of participation.

## Standing for the ALAC

To stand for a seat on the ALAC, you need at least 12 months of active participation. ALAC terms last two years; a member may serve at most two consecutive terms, and then holds no At-Large position for 24 months. Policy rapporteurs serve at most six consecutive meetings, and outreach rapporteurs one term of three meetings.

## Where to start

Read recent [advice statements](/en/advice/) to see what the community is working on, and look at the [metrics](/en/metrics/) of your region.
""")
