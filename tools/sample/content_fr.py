PAGES = {}

PAGES['index'] = ('Bienvenue dans la communauté At-Large', """\
At-Large rassemble les utilisateurs individuels de l'Internet au sein de l'ICANN. Par l'intermédiaire du Comité consultatif At-Large (ALAC) et de cinq organisations régionales, des utilisateurs du monde entier commentent les politiques qui façonnent le système des noms de domaine.

Ce site publie ce que fait la communauté et qui le fait : les [membres](/fr/members/) et leurs fonctions, chaque [déplacement financé](/fr/travel/) vers une réunion de l'ICANN, l'archive complète des [avis](/fr/advice/), les [tirages au sort](/fr/draws/) utilisés pour pourvoir certains postes et les [indicateurs de participation](/fr/metrics/) de chaque région.
""")

PAGES['about'] = ('À propos d\u2019At-Large', """\
La communauté At-Large donne une voix au sein de l'ICANN aux milliards de personnes qui utilisent l'Internet sans être des entreprises du secteur des noms de domaine, des gouvernements ou des opérateurs techniques. Elle s'organise en trois niveaux.

## L'ALAC

Le Comité consultatif At-Large compte quinze membres : deux élus par chacune des cinq organisations régionales et un par région choisi par le Comité de nomination de l'ICANN. Il adopte des avis à l'intention du Conseil d'administration de l'ICANN, commente les consultations publiques et contribue aux travaux d'élaboration des politiques des organisations de soutien. Il désigne également un membre du Conseil d'administration de l'ICANN.

## Les cinq RALO

Les organisations régionales At-Large sont l'AFRALO (Afrique), l'APRALO (Asie, Australasie et îles du Pacifique), l'EURALO (Europe), la LACRALO (Amérique latine et îles des Caraïbes) et la NARALO (Amérique du Nord). Chacune a un président, un vice-président et un secrétaire, et réunit les associations d'utilisateurs finaux et les membres individuels de sa région.

## Membres et groupes de travail

Les membres participent à des groupes de travail, où se fait l'essentiel du travail : rédaction des déclarations, suivi des processus d'élaboration des politiques, organisation de la sensibilisation. Une participation régulière ouvre le droit de vote, comme l'explique la page [comment participer](/fr/participate/).

## Ce que publie ce site, et pourquoi

L'examen indépendant d'At-Large de 2017 demandait que les avis soient publiés et correctement archivés, que le financement des déplacements et ses bénéficiaires soient publiés de façon cohérente, que le tirage au sort soit utilisé là où il rend les sélections plus équitables, et que des indicateurs communs soient suivis par région. Ce site fait les quatre : voir l'[archive des avis](/fr/advice/), le [registre des déplacements](/fr/travel/), les [tirages](/fr/draws/) et les [indicateurs](/fr/metrics/). Les coordonnées privées ne sont jamais publiées, et les membres qui l'ont demandé sont comptés dans les totaux sans jamais être nommés.

Le site officiel d'At-Large se trouve à l'adresse [atlarge.icann.org](https://atlarge.icann.org/) ; celui de l'ICANN à l'adresse [www.icann.org](https://www.icann.org/).
""")

PAGES['travel-policy'] = ('Le financement des déplacements', """\
L'ICANN finance un nombre limité de déplacements de participants d'At-Large vers chacune de ses réunions publiques. Cette page explique qui peut en bénéficier, comment les places sont réparties et en quoi consiste le plafond à vie.

## La répartition des places

Pour chaque réunion en présentiel, les places sont les suivantes :

- 15 pour les membres de l'ALAC élus par les RALO et les cinq présidents de RALO ;
- 5 pour les membres de l'ALAC choisis par le Comité de nomination ;
- 4 pour les agents de liaison de l'ALAC auprès d'autres organes de l'ICANN ;
- 5 pour les rapporteurs politiques et 5 pour les rapporteurs de sensibilisation, désignés par tirage au sort public ;
- 2 pour les membres du Conseil des sages ;
- 3 pour les mentors des boursiers et des nouveaux venus ;
- 6 pour le Programme communautaire de sensibilisation régionale (CROPP).

Les programmes Fellowship et NextGen de l'ICANN choisissent eux-mêmes leurs participants ; les membres retenus figurent dans le registre afin que tous les déplacements financés soient visibles au même endroit. Une place non utilisée n'est pas reportée à la réunion suivante.

## Ce qui est pris en charge

Un déplacement financé comprend normalement un billet d'avion en classe économique, l'hôtel pour les nuits de la réunion et une indemnité journalière. Le registre indique, pour chaque déplacement, ce qui a été pris en charge et ce qu'il a coûté.

## Le plafond à vie

Personne ne peut bénéficier de plus de 18 déplacements financés au total, tous programmes confondus. L'examen avait constaté que les mêmes quelques responsables voyageaient de réunion en réunion ; le plafond ouvre les places à de nouveaux participants. Chaque fiche de membre indique le nombre de déplacements utilisés et le nombre restant.

## Publication

Chaque décision est publiée : financé, refusé, retiré ou annulé, avec le programme et la date. Pour les programmes sur candidature, le nombre de candidats est publié, sans leurs noms. Consultez le [registre des déplacements](/fr/travel/) pour chaque réunion et chaque programme.
""")

PAGES['draws-explained'] = ('Comment fonctionnent les tirages au sort', """\
Certains postes d'At-Large sont pourvus par tirage au sort public : les rapporteurs politiques et de sensibilisation, le Conseil des sages lorsque les volontaires sont plus nombreux que les sièges, et parfois d'autres sélections. La méthode est celle de la RFC 3797, conçue pour que chacun puisse vérifier le résultat et que personne, pas même les organisateurs, ne puisse l'influencer.

## Avant le tirage

Les organisateurs publient trois éléments : la liste des volontaires éligibles, dans un ordre fixe ; le nombre de sièges ; et les sources d'aléa qui seront utilisées, par exemple les numéros d'une loterie nationale à une date future donnée. Tout cela est annoncé avant qu'aucune des valeurs aléatoires ne soit connue.

## Le calcul

1. Une fois les sources publiées, leurs valeurs sont écrites dans une chaîne clé unique. Pour chaque source, les valeurs entières sont triées et écrites l'une après l'autre, chacune suivie d'un point ; une barre oblique termine chaque source. Par exemple : `9319./2.5.8.10.12./`.
2. Pour le tirage numéro 0, 1, 2, etc., ce numéro est écrit sur deux octets, placés avant et après la chaîne clé, et le tout est haché avec MD5.
3. L'empreinte est lue comme un grand nombre et divisée par le nombre de personnes restant dans la liste. Le reste désigne la personne tirée : un reste de 0 désigne la première personne restante, 1 la deuxième, et ainsi de suite.
4. La personne tirée est retirée de la liste, et le tirage suivant commence.

Pour un panel composé de plusieurs listes, par exemple une par région, les listes sont tirées dans l'ordre indiqué avec une numérotation continue des tirages.

## Vérifier un tirage

Chaque [page de tirage](/fr/draws/) présente la liste, les sources, la chaîne clé et chaque étape : numéro du tirage, valeur MD5, taille de la liste, reste et personne tirée. Vous pouvez refaire le calcul dans votre navigateur sur cette page, ou avec la commande `plenary draw verify` suivie de l'identifiant du tirage. Si le résultat enregistré diffère du recalcul, le site le signale.
""")

PAGES['participate'] = ('Comment participer', """\
Toute personne qui utilise l'Internet peut participer à At-Large, à titre individuel ou par l'intermédiaire d'une association d'utilisateurs finaux membre de son organisation régionale.

## Adhérer

Contactez la RALO de votre région et demandez à devenir membre individuel, ou membre organisation si vous représentez une association d'utilisateurs finaux. Vous serez ajouté à l'[annuaire des membres](/fr/members/) ; vos coordonnées restent privées.

## Devenir actif

Rejoignez un groupe de travail et participez à ses appels et à sa liste de diffusion. Un membre qui participe sans interruption pendant au moins 3 mois est compté comme actif.

## Le droit de vote

Les membres actifs votent aux élections de leur RALO. Le droit de vote dure tant que vous êtes actif et pendant 18 mois après votre dernière période de participation qualifiante.

## Se présenter à l'ALAC

Pour briguer un siège à l'ALAC, il faut au moins 12 mois de participation active. Les mandats à l'ALAC durent deux ans ; un membre peut exercer au plus deux mandats consécutifs, puis n'occupe aucun poste At-Large pendant 24 mois. Les rapporteurs politiques servent au plus six réunions consécutives, et les rapporteurs de sensibilisation un mandat de trois réunions.

## Par où commencer

Lisez les [avis](/fr/advice/) récents pour voir sur quoi travaille la communauté, et consultez les [indicateurs](/fr/metrics/) de votre région.
""")
