"""Travel-support programmes (SPEC section 2, data/programmes.yaml). Hand-written text."""

PROGRAMMES = [
{
 'id': 'alac-ralo-leaders', 'slots': 15, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'ALAC and RALO leaders', 'fr': 'Responsables de l\u2019ALAC et des RALO', 'es': 'Líderes del ALAC y de las RALO',
          'zh': 'ALAC 与 RALO 领导成员', 'ar': 'قادة ALAC والمنظمات الإقليمية'},
 'description': {
   'en': 'Funded travel for the ten elected ALAC members and the five RALO chairs, so that the people who speak for end users can attend ICANN public meetings in person.',
   'fr': 'Prise en charge des déplacements des dix membres élus de l\u2019ALAC et des cinq présidents de RALO, afin que ceux qui parlent au nom des utilisateurs finaux puissent assister en personne aux réunions publiques de l\u2019ICANN.',
   'es': 'Viajes financiados para los diez miembros electos del ALAC y los cinco presidentes de las RALO, para que quienes hablan en nombre de los usuarios finales puedan asistir en persona a las reuniones públicas de la ICANN.'},
 'eligibility': {
   'en': 'Holders of an elected ALAC seat or of a RALO chair at the start of the meeting. NomCom appointees to the ALAC travel under their own programme.',
   'fr': 'Titulaires d\u2019un siège élu à l\u2019ALAC ou de la présidence d\u2019une RALO au début de la réunion. Les membres de l\u2019ALAC nommés par le NomCom voyagent au titre de leur propre programme.',
   'es': 'Titulares de un puesto electo en el ALAC o de la presidencia de una RALO al inicio de la reunión. Los miembros del ALAC designados por el NomCom viajan con su propio programa.'},
 'how_to_apply': {
   'en': "1. Confirm your attendance to At-Large staff when the travel call opens, about four months before the meeting.\n2. Submit your passport details and preferred route in the travel form.\n3. Request a visa invitation letter at the same time if you need one.\n\nSlots are released once the meeting's slot allocation is published; an unused slot is not carried over.",
   'fr': "1. Confirmez votre participation auprès du personnel d\u2019At-Large à l\u2019ouverture de l\u2019appel, environ quatre mois avant la réunion.\n2. Indiquez les données de votre passeport et l\u2019itinéraire souhaité dans le formulaire de voyage.\n3. Demandez en même temps une lettre d\u2019invitation pour le visa si nécessaire.\n\nLes places sont attribuées dès la publication de la répartition pour la réunion ; une place non utilisée n\u2019est pas reportée.",
   'es': "1. Confirme su asistencia al personal de At-Large cuando se abra la convocatoria, unos cuatro meses antes de la reunión.\n2. Envíe los datos de su pasaporte y la ruta preferida en el formulario de viaje.\n3. Solicite al mismo tiempo una carta de invitación para el visado si la necesita.\n\nLas plazas se asignan al publicarse el reparto de la reunión; una plaza no utilizada no se traslada."},
},
{
 'id': 'nomcom-appointees', 'slots': 5, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'NomCom appointees to the ALAC', 'fr': 'Membres de l\u2019ALAC nommés par le NomCom', 'es': 'Miembros del ALAC designados por el NomCom',
          'zh': '提名委员会任命的 ALAC 成员', 'ar': 'أعضاء ALAC المعيّنون من لجنة الترشيح'},
 'description': {
   'en': 'Travel support for the five ALAC members selected by the Nominating Committee, one from each region.',
   'fr': 'Soutien aux déplacements des cinq membres de l\u2019ALAC choisis par le Comité de nomination, un par région.',
   'es': 'Apoyo para viajes de los cinco miembros del ALAC seleccionados por el Comité de Nominaciones, uno por región.'},
 'eligibility': {
   'en': 'ALAC members whose seat was filled by the Nominating Committee, for every public meeting during their term.',
   'fr': 'Membres de l\u2019ALAC dont le siège a été pourvu par le Comité de nomination, pour chaque réunion publique de leur mandat.',
   'es': 'Miembros del ALAC cuyo puesto fue cubierto por el Comité de Nominaciones, para cada reunión pública durante su mandato.'},
 'how_to_apply': {
   'en': "1. Answer the travel call sent by At-Large staff.\n2. Complete the travel form with your passport details and route.\n\nNo selection is involved: the slot belongs to the seat.",
   'fr': "1. Répondez à l\u2019appel envoyé par le personnel d\u2019At-Large.\n2. Remplissez le formulaire de voyage avec les données de votre passeport et votre itinéraire.\n\nIl n\u2019y a pas de sélection : la place est attachée au siège.",
   'es': "1. Responda a la convocatoria enviada por el personal de At-Large.\n2. Complete el formulario de viaje con los datos de su pasaporte y su ruta.\n\nNo hay selección: la plaza corresponde al puesto."},
},
{
 'id': 'liaisons', 'slots': 4, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'ALAC liaisons', 'fr': 'Agents de liaison de l\u2019ALAC', 'es': 'Enlaces del ALAC',
          'zh': 'ALAC 联络人', 'ar': 'منسقو الاتصال التابعون لـ ALAC'},
 'description': {
   'en': 'Travel support for the liaisons the ALAC appoints to the GNSO, the ccNSO, the SSAC, the GAC and the ASO.',
   'fr': 'Soutien aux déplacements des agents de liaison nommés par l\u2019ALAC auprès de la GNSO, de la ccNSO, du SSAC, du GAC et de l\u2019ASO.',
   'es': 'Apoyo para viajes de los enlaces que el ALAC designa ante la GNSO, la ccNSO, el SSAC, el GAC y la ASO.'},
 'eligibility': {
   'en': 'Serving ALAC liaisons. There are five liaisons and four slots; when all five apply, the ALAC chair decides which body needs in-person presence most.',
   'fr': 'Agents de liaison en fonction. Il y a cinq agents et quatre places ; si les cinq demandent, la présidence de l\u2019ALAC décide quel organe a le plus besoin d\u2019une présence sur place.',
   'es': 'Enlaces en funciones. Hay cinco enlaces y cuatro plazas; si los cinco lo solicitan, la presidencia del ALAC decide qué órgano necesita más la presencia en persona.'},
 'how_to_apply': {
   'en': "1. Tell the ALAC chair and staff, when the travel call opens, that you intend to travel.\n2. Explain in two lines which sessions of your body you will attend.\n3. Complete the travel form.",
   'fr': "1. Informez la présidence de l\u2019ALAC et le personnel de votre intention de voyager à l\u2019ouverture de l\u2019appel.\n2. Indiquez en deux lignes les séances de votre organe auxquelles vous assisterez.\n3. Remplissez le formulaire de voyage.",
   'es': "1. Comunique a la presidencia del ALAC y al personal, al abrirse la convocatoria, que desea viajar.\n2. Explique en dos líneas a qué sesiones de su órgano asistirá.\n3. Complete el formulario de viaje."},
},
{
 'id': 'policy-rapporteurs', 'slots': 5, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'Policy rapporteurs', 'fr': 'Rapporteurs politiques', 'es': 'Relatores de políticas',
          'zh': '政策报告员', 'ar': 'مقررو السياسات'},
 'description': {
   'en': 'Five members selected by public random draw follow the policy sessions of a meeting and report back to the Consolidated Policy Working Group and their region.',
   'fr': 'Cinq membres tirés au sort publiquement suivent les séances politiques d\u2019une réunion et en rendent compte au groupe de travail consolidé sur les politiques et à leur région.',
   'es': 'Cinco miembros elegidos por sorteo público siguen las sesiones de políticas de una reunión e informan al Grupo de Trabajo Consolidado de Políticas y a su región.'},
 'eligibility': {
   'en': 'Individual members with at least twelve months of working-group participation who hold no other funded At-Large position. A rapporteur serves for at most six consecutive meetings, then waits 24 months.',
   'fr': 'Membres individuels ayant au moins douze mois de participation à un groupe de travail et n\u2019occupant aucun autre poste At-Large financé. Un rapporteur sert au plus six réunions consécutives, puis attend 24 mois.',
   'es': 'Miembros individuales con al menos doce meses de participación en un grupo de trabajo que no ocupen otro cargo financiado de At-Large. Un relator sirve como máximo seis reuniones consecutivas y luego espera 24 meses.'},
 'how_to_apply': {
   'en': "1. Volunteer through your RALO when the call for rapporteurs is announced.\n2. Check that your name appears in the published pool, in the order used for the draw.\n3. Follow the draw: the sources and the result are published on the draws page, and anyone can recompute it.",
   'fr': "1. Portez-vous volontaire auprès de votre RALO lors de l\u2019appel à rapporteurs.\n2. Vérifiez que votre nom figure dans la liste publiée, dans l\u2019ordre utilisé pour le tirage.\n3. Suivez le tirage : les sources et le résultat sont publiés sur la page des tirages, et chacun peut le recalculer.",
   'es': "1. Ofrézcase como voluntario a través de su RALO cuando se anuncie la convocatoria de relatores.\n2. Compruebe que su nombre figura en la lista publicada, en el orden usado para el sorteo.\n3. Siga el sorteo: las fuentes y el resultado se publican en la página de sorteos y cualquiera puede recalcularlo."},
},
{
 'id': 'outreach-rapporteurs', 'slots': 5, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'Outreach rapporteurs', 'fr': 'Rapporteurs de sensibilisation', 'es': 'Relatores de divulgación',
          'zh': '外联报告员', 'ar': 'مقررو التواصل'},
 'description': {
   'en': 'Five members selected by public random draw run the At-Large outreach activities at a meeting and share what they learned with their region.',
   'fr': 'Cinq membres tirés au sort publiquement animent les activités de sensibilisation d\u2019At-Large pendant une réunion et partagent ce qu\u2019ils ont appris avec leur région.',
   'es': 'Cinco miembros elegidos por sorteo público llevan a cabo las actividades de divulgación de At-Large en una reunión y comparten lo aprendido con su región.'},
 'eligibility': {
   'en': 'Individual members active in an outreach working group who hold no other funded At-Large position. One term of three meetings.',
   'fr': 'Membres individuels actifs dans un groupe de travail de sensibilisation et n\u2019occupant aucun autre poste At-Large financé. Un mandat de trois réunions.',
   'es': 'Miembros individuales activos en un grupo de trabajo de divulgación que no ocupen otro cargo financiado de At-Large. Un mandato de tres reuniones.'},
 'how_to_apply': {
   'en': "1. Volunteer through your RALO when the call is announced.\n2. Check the published pool and the announced randomness sources.\n3. The draw result is published with every step of the computation.",
   'fr': "1. Portez-vous volontaire auprès de votre RALO lors de l\u2019appel.\n2. Vérifiez la liste publiée et les sources d\u2019aléa annoncées.\n3. Le résultat du tirage est publié avec chaque étape du calcul.",
   'es': "1. Ofrézcase como voluntario a través de su RALO cuando se anuncie la convocatoria.\n2. Compruebe la lista publicada y las fuentes de aleatoriedad anunciadas.\n3. El resultado del sorteo se publica con cada paso del cálculo."},
},
{
 'id': 'council-of-elders', 'slots': 2, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'Council of Elders', 'fr': 'Conseil des sages', 'es': 'Consejo de Sabios',
          'zh': '元老理事会', 'ar': 'مجلس الحكماء'},
 'description': {
   'en': 'Two slots per meeting for members of the Council of Elders, former ALAC members who advise and mentor the current leadership.',
   'fr': 'Deux places par réunion pour les membres du Conseil des sages, anciens membres de l\u2019ALAC qui conseillent et accompagnent les responsables en fonction.',
   'es': 'Dos plazas por reunión para miembros del Consejo de Sabios, antiguos miembros del ALAC que asesoran y acompañan a los líderes actuales.'},
 'eligibility': {
   'en': 'Members of the Council of Elders. When more than two apply, those with fewer funded trips go first.',
   'fr': 'Membres du Conseil des sages. Lorsque plus de deux demandent, priorité à ceux qui ont le moins de voyages financés.',
   'es': 'Miembros del Consejo de Sabios. Si lo solicitan más de dos, tienen prioridad quienes tengan menos viajes financiados.'},
 'how_to_apply': {
   'en': "1. Tell At-Large staff that you are available when the travel call opens.\n2. Complete the travel form.",
   'fr': "1. Signalez votre disponibilité au personnel d\u2019At-Large à l\u2019ouverture de l\u2019appel.\n2. Remplissez le formulaire de voyage.",
   'es': "1. Indique su disponibilidad al personal de At-Large cuando se abra la convocatoria.\n2. Complete el formulario de viaje."},
},
{
 'id': 'cropp', 'slots': 6, 'covers': 'Economy airfare, up to four hotel nights, daily allowance',
 'name': {'en': 'Community Regional Outreach Program (CROPP)', 'fr': 'Programme communautaire de sensibilisation régionale (CROPP)',
          'es': 'Programa Comunitario de Divulgación Regional (CROPP)', 'zh': '社群区域外联计划（CROPP）',
          'ar': 'برنامج التواصل الإقليمي المجتمعي (CROPP)'},
 'description': {
   'en': 'Short outreach trips for RALO members who present At-Large work to local end-user groups around an ICANN meeting.',
   'fr': 'Courts déplacements de sensibilisation pour les membres des RALO qui présentent le travail d\u2019At-Large à des groupes locaux d\u2019utilisateurs autour d\u2019une réunion de l\u2019ICANN.',
   'es': 'Viajes cortos de divulgación para miembros de las RALO que presentan el trabajo de At-Large a grupos locales de usuarios en torno a una reunión de la ICANN.'},
 'eligibility': {
   'en': 'Active RALO members with an outreach plan approved by their RALO leadership. Each RALO submits its candidates; at most six are funded per meeting.',
   'fr': 'Membres actifs d\u2019une RALO disposant d\u2019un plan de sensibilisation approuvé par la direction de leur RALO. Chaque RALO présente ses candidats ; six au plus sont financés par réunion.',
   'es': 'Miembros activos de una RALO con un plan de divulgación aprobado por la dirección de su RALO. Cada RALO presenta sus candidatos; se financian como máximo seis por reunión.'},
 'how_to_apply': {
   'en': "1. Draft a one-page outreach plan: audience, event, expected result.\n2. Have it approved by your RALO chair at least ten weeks before the meeting.\n3. Submit it with the CROPP request form.\n4. Send a short trip report within 30 days of your return; it is published.",
   'fr': "1. Rédigez un plan de sensibilisation d\u2019une page : public, événement, résultat attendu.\n2. Faites-le approuver par la présidence de votre RALO au moins dix semaines avant la réunion.\n3. Envoyez-le avec le formulaire de demande CROPP.\n4. Remettez un bref rapport de mission dans les 30 jours suivant votre retour ; il est publié.",
   'es': "1. Redacte un plan de divulgación de una página: público, evento, resultado esperado.\n2. Obtenga la aprobación de la presidencia de su RALO al menos diez semanas antes de la reunión.\n3. Envíelo con el formulario de solicitud del CROPP.\n4. Presente un breve informe de viaje en los 30 días siguientes a su regreso; se publica."},
},
{
 'id': 'fellowship', 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'url': 'https://www.icann.org/fellowshipprogram',
 'name': {'en': 'ICANN Fellowship Program', 'fr': 'Programme de bourses de l\u2019ICANN', 'es': 'Programa de Becas de la ICANN',
          'zh': 'ICANN 研究员项目', 'ar': 'برنامج الزمالة التابع لـ ICANN'},
 'description': {
   'en': 'ICANN\u2019s own programme for newcomers from under-served regions. At-Large members who are selected appear here so that all public funding of members is visible in one place.',
   'fr': 'Programme de l\u2019ICANN destiné aux nouveaux venus des régions mal desservies. Les membres d\u2019At-Large retenus figurent ici afin que tout le financement public des membres soit visible au même endroit.',
   'es': 'Programa propio de la ICANN para recién llegados de regiones desatendidas. Los miembros de At-Large seleccionados figuran aquí para que toda la financiación pública de los miembros sea visible en un solo lugar.'},
 'eligibility': {
   'en': 'Set by ICANN: newcomers and alumni from under-served regions, selected by an independent committee. The number of fellows varies by meeting.',
   'fr': 'Fixée par l\u2019ICANN : nouveaux venus et anciens boursiers des régions mal desservies, choisis par un comité indépendant. Le nombre de boursiers varie selon la réunion.',
   'es': 'La fija la ICANN: recién llegados y exbecarios de regiones desatendidas, elegidos por un comité independiente. El número de becarios varía según la reunión.'},
 'how_to_apply': {
   'en': "1. Apply on the ICANN Fellowship page when the round for the meeting opens.\n2. Ask an At-Large mentor to review your statement of interest.\n\nAt-Large does not choose the fellows; only the number of applicants per meeting is published here.",
   'fr': "1. Postulez sur la page des bourses de l\u2019ICANN à l\u2019ouverture de la session pour la réunion.\n2. Demandez à un mentor d\u2019At-Large de relire votre déclaration d\u2019intérêt.\n\nAt-Large ne choisit pas les boursiers ; seul le nombre de candidatures par réunion est publié ici.",
   'es': "1. Postule en la página de becas de la ICANN cuando se abra la convocatoria de la reunión.\n2. Pida a un mentor de At-Large que revise su declaración de interés.\n\nAt-Large no elige a los becarios; aquí solo se publica el número de solicitudes por reunión."},
},
{
 'id': 'nextgen', 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'NextGen@ICANN', 'fr': 'NextGen@ICANN', 'es': 'NextGen@ICANN', 'zh': 'NextGen@ICANN 新一代项目',
          'ar': 'برنامج الجيل القادم NextGen@ICANN'},
 'description': {
   'en': 'ICANN\u2019s programme for university students from the region of each meeting. Members selected are listed here.',
   'fr': 'Programme de l\u2019ICANN pour les étudiants universitaires de la région de chaque réunion. Les membres retenus figurent ici.',
   'es': 'Programa de la ICANN para estudiantes universitarios de la región de cada reunión. Aquí figuran los miembros seleccionados.'},
 'eligibility': {
   'en': 'Set by ICANN: students aged 18 to 30 enrolled at a university in the region where the meeting takes place.',
   'fr': 'Fixée par l\u2019ICANN : étudiants de 18 à 30 ans inscrits dans une université de la région où se tient la réunion.',
   'es': 'La fija la ICANN: estudiantes de 18 a 30 años matriculados en una universidad de la región donde se celebra la reunión.'},
 'how_to_apply': {
   'en': "1. Prepare a short research presentation related to the Internet\u2019s unique identifiers.\n2. Apply through ICANN when the NextGen round for the meeting opens.",
   'fr': "1. Préparez une courte présentation de recherche liée aux identificateurs uniques de l\u2019Internet.\n2. Postulez auprès de l\u2019ICANN à l\u2019ouverture de la session NextGen de la réunion.",
   'es': "1. Prepare una breve presentación de investigación relacionada con los identificadores únicos de Internet.\n2. Postule a través de la ICANN cuando se abra la convocatoria NextGen de la reunión."},
},
{
 'id': 'mentors', 'slots': 3, 'covers': 'Economy airfare, hotel for the meeting nights, daily allowance',
 'name': {'en': 'At-Large mentors', 'fr': 'Mentors d\u2019At-Large', 'es': 'Mentores de At-Large',
          'zh': '一般会员导师', 'ar': 'مرشدو عموم المستخدمين'},
 'description': {
   'en': 'Experienced members who coach fellows and first-time participants during the meeting week.',
   'fr': 'Membres expérimentés qui accompagnent les boursiers et les nouveaux participants pendant la semaine de la réunion.',
   'es': 'Miembros con experiencia que acompañan a becarios y participantes primerizos durante la semana de la reunión.'},
 'eligibility': {
   'en': 'Members with at least five years of participation who hold no funded leadership position at the meeting. Three slots per meeting.',
   'fr': 'Membres ayant au moins cinq ans de participation et n\u2019occupant aucun poste de direction financé lors de la réunion. Trois places par réunion.',
   'es': 'Miembros con al menos cinco años de participación que no ocupen un cargo de liderazgo financiado en la reunión. Tres plazas por reunión.'},
 'how_to_apply': {
   'en': "1. Answer the call for mentors with a short note on the sessions you would cover.\n2. The Capacity Building Working Group ranks the applications; the ranking criteria are published with the call.",
   'fr': "1. Répondez à l\u2019appel à mentors par une courte note sur les séances que vous couvririez.\n2. Le groupe de travail sur le renforcement des capacités classe les candidatures ; les critères sont publiés avec l\u2019appel.",
   'es': "1. Responda a la convocatoria de mentores con una breve nota sobre las sesiones que cubriría.\n2. El Grupo de Trabajo de Desarrollo de Capacidades clasifica las solicitudes; los criterios se publican con la convocatoria."},
},
]
