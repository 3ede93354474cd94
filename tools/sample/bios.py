"""Biographies, affiliations, sort names and links for some members (hand-written).
CLAIMS lists the roles a biography mentions; check.py verifies the member held them."""

SORT_NAMES = {
    'jan-de-vries': 'Vries, Jan de', 'nguyen-thi-lan': 'Nguyen Thi Lan', 'zhang-wei': 'Zhang Wei',
    'li-mei': 'Li Mei', 'wang-fang': 'Wang Fang', 'chen-yu-ting': 'Chen Yu-ting', 'kim-min-jun': 'Kim Min-jun',
    'pierre-lefevre': 'Lefevre, Pierre', 'jose-luis-herrera': 'Herrera, José Luis',
    'maria-fernanda-lopez': 'López, María Fernanda', 'omar-al-farsi': 'Farsi, Omar al-',
    'ana-paula-souza': 'Souza, Ana Paula', 'pierre-luc-bouchard': 'Bouchard, Pierre-Luc',
}

AFFIL = {}
BIOS = {}
CLAIMS = {}
LINKS = {}


def B(pid, affil, claims, en, other_lang, other, links=None):
    if affil:
        AFFIL[pid] = affil
    CLAIMS[pid] = claims
    BIOS[pid] = {'en': en, other_lang: other}
    if links:
        LINKS[pid] = links


# ---------------------------------------------------------------- AFRALO
B('amina-diallo', 'Digital inclusion programme manager', ['alac-member', 'nomcom-delegate'],
  'Amina Diallo manages digital inclusion programmes for women\u2019s cooperatives in the Dakar region. She served on the ALAC and was an At-Large delegate to the Nominating Committee.\n\nHer main interest is how domain names and email can work in *Wolof* and other local languages.',
  'fr', 'Amina Diallo dirige des programmes d\u2019inclusion numérique destinés aux coopératives de femmes de la région de Dakar. Elle a siégé à l\u2019ALAC et a été déléguée d\u2019At-Large au Comité de nomination.\n\nElle s\u2019intéresse surtout à la manière dont les noms de domaine et le courrier électronique peuvent fonctionner en *wolof* et dans d\u2019autres langues locales.',
  [('Blog', 'https://amina-diallo.example.net/')])
B('youssef-benali', 'Secondary school teacher', ['alac-member', 'ralo-chair'],
  'Youssef Benali teaches computer science at a secondary school in Rabat and has been part of At-Large since 2005. He has chaired AFRALO and served on the ALAC.\n\nHe follows Arabic-script domain names and universal acceptance closely.',
  'ar', 'يُدرّس يوسف بن علي علوم الحاسوب في مدرسة ثانوية بالرباط، وهو عضو في مجتمع عموم المستخدمين منذ عام 2005. ترأس منظمة AFRALO وشغل عضوية اللجنة الاستشارية العامة.\n\nيتابع عن كثب أسماء النطاقات بالحرف العربي والقبول الشامل.')
B('ngozi-okafor', 'Consumer rights lawyer', ['ralo-chair', 'alac-member'],
  'Ngozi Okafor is a consumer rights lawyer in Lagos. She has chaired AFRALO and served on the ALAC, and she regularly drafts At-Large comments on registrant protection.',
  'fr', 'Ngozi Okafor est avocate spécialisée dans les droits des consommateurs à Lagos. Elle a présidé l\u2019AFRALO et siégé à l\u2019ALAC, et elle rédige régulièrement les commentaires d\u2019At-Large sur la protection des titulaires de noms de domaine.')
B('fatou-ndiaye', 'Network engineer at a regional ISP', ['alac-member', 'alac-chair', 'coe-member@now'],
  'Fatou Ndiaye is a network engineer who has worked for Internet service providers in Senegal and Mali. A former chair of the ALAC, she now sits on the Council of Elders and mentors newcomers from francophone Africa.',
  'fr', 'Fatou Ndiaye est ingénieure réseau ; elle a travaillé pour des fournisseurs d\u2019accès à Internet au Sénégal et au Mali. Ancienne présidente de l\u2019ALAC, elle siège aujourd\u2019hui au Conseil des sages et accompagne les nouveaux venus d\u2019Afrique francophone.',
  [('Personal page', 'https://fatou-ndiaye.example.org/')])
B('salma-hassan', 'Lecturer in information law', ['alac-member', 'liaison'],
  'Salma Hassan lectures in information law in Cairo. She served on the ALAC and as an ALAC liaison, and writes on data protection in the Arab region.',
  'ar', 'تُحاضر سلمى حسن في قانون المعلومات بالقاهرة. شغلت عضوية اللجنة الاستشارية العامة وعملت منسقة اتصال تابعة لها، وتكتب عن حماية البيانات في المنطقة العربية.')
B('aissatou-traore', 'Non-profit programme manager', ['alac-member', 'alac-chair'],
  'Aïssatou Traoré coordinates digital literacy projects for a non-profit in Bamako. She has served on the ALAC, including as its chair, and cares most about outreach to rural users.',
  'fr', 'Aïssatou Traoré coordonne des projets d\u2019alphabétisation numérique pour une association à Bamako. Elle a siégé à l\u2019ALAC, notamment à sa présidence, et se consacre surtout à la sensibilisation des utilisateurs ruraux.')
B('nadia-mansour', 'Software developer', ['alac-member'],
  'Nadia Mansour is a software developer in Tunis who tests applications for universal acceptance. She joined the ALAC after several years in At-Large working groups.',
  'ar', 'نادية منصور مطورة برمجيات في تونس، تختبر التطبيقات من حيث القبول الشامل. انضمت إلى اللجنة الاستشارية العامة بعد سنوات من العمل في أفرقة عمل عموم المستخدمين.')
B('grace-uwase', 'Digital literacy trainer', ['liaison'],
  'Grace Uwase trains teachers in Kigali to use online tools safely. She has served as an ALAC liaison and helped organize At-Large outreach during ICANN80.',
  'fr', 'Grace Uwase forme des enseignants de Kigali à l\u2019utilisation sûre des outils en ligne. Elle a été agent de liaison de l\u2019ALAC et a contribué à organiser la sensibilisation d\u2019At-Large lors de l\u2019ICANN80.')
B('isoc-benin', None, [],
  'The Benin Chapter of the Internet Society brings together about two hundred users, students and engineers. It runs workshops on online safety and on the `.bj` country-code domain in Cotonou and Parakou.',
  'fr', 'Le chapitre béninois de l\u2019Internet Society réunit environ deux cents utilisateurs, étudiants et ingénieurs. Il organise à Cotonou et à Parakou des ateliers sur la sécurité en ligne et sur le domaine de premier niveau national `.bj`.',
  [('Website', 'https://isoc-benin.example.org/')])

# ---------------------------------------------------------------- APRALO
B('zhang-wei', 'Independent ICT policy consultant', ['alac-member', 'ralo-chair'],
  'Zhang Wei is an independent ICT policy consultant in Beijing. He has chaired APRALO and served on the ALAC, and works on internationalized domain names in Chinese script.',
  'zh', '张伟是北京的独立信息通信技术政策顾问。他曾担任 APRALO 主席和 ALAC 成员，致力于中文国际化域名相关工作。',
  [('Blog', 'https://zhangwei.example.net/')])
B('hiroshi-tanaka', 'Retired telecommunications engineer', ['alac-member', 'coe-member@now'],
  'Hiroshi Tanaka spent thirty years as a telecommunications engineer in Osaka. He served on the ALAC and now sits on the Council of Elders.',
  'zh', '田中宏在大阪担任电信工程师长达三十年。他曾任 ALAC 成员，现为元老理事会成员。')
B('priya-raman', 'Lecturer in information law', ['alac-member'],
  'Priya Raman teaches technology law in Chennai. She served on the ALAC and follows registration data and privacy issues closely.',
  'fr', 'Priya Raman enseigne le droit des technologies à Chennai. Elle a siégé à l\u2019ALAC et suit de près les questions de données d\u2019enregistrement et de vie privée.')
B('maria-santos', 'Community network organizer', ['ralo-chair', 'alac-member'],
  'Maria Santos organizes community Wi-Fi networks in the Visayas. She has chaired APRALO and served on the ALAC.',
  'es', 'Maria Santos organiza redes wifi comunitarias en las Bisayas. Ha presidido APRALO y ha sido miembro del ALAC.')
B('li-mei', 'Graduate student in information science', ['liaison'],
  'Li Mei researches multilingual search at a university in Shanghai. She has served as an ALAC liaison for several years.',
  'zh', '李梅在上海一所大学研究多语言搜索，多年来一直担任 ALAC 联络人。')
B('chen-yu-ting', 'Software developer', ['alac-member'],
  'Chen Yu-ting is a software developer in Taipei who maintains open-source libraries for handling internationalized email addresses. She has served on the ALAC.',
  'zh', '陳雨婷是台北的軟體開發者，維護處理國際化電子郵件地址的開源程式庫。她曾擔任 ALAC 成員。')
B('ahmed-karim', 'Technology journalist', ['alac-member', 'ralo-chair'],
  'Ahmed Karim is a technology journalist in Lahore. He has chaired APRALO and served on the ALAC, and writes about online fraud and consumer protection.',
  'ar', 'أحمد كريم صحفي متخصص في التكنولوجيا في لاهور. ترأس منظمة APRALO وشغل عضوية اللجنة الاستشارية العامة، ويكتب عن الاحتيال عبر الإنترنت وحماية المستهلك.')
B('omar-al-farsi', 'Network engineer at a regional ISP', ['alac-member:nomcom'],
  'Omar Al-Farsi is a network engineer in Muscat. He joined At-Large in 2016 and was selected for the ALAC by the Nominating Committee.',
  'ar', 'عمر الفارسي مهندس شبكات في مسقط. انضم إلى مجتمع عموم المستخدمين عام 2016، واختارته لجنة الترشيح لعضوية اللجنة الاستشارية العامة.')
B('beijing-internet-users', None, [],
  'The Beijing Internet Users Forum is a volunteer association that collects user complaints about online services and publishes an annual report on them.',
  'zh', '北京互联网用户论坛是一个志愿者协会，负责收集用户对网络服务的投诉，并每年发布相关报告。')

# ---------------------------------------------------------------- EURALO
B('pierre-lefevre', 'Retired telecommunications engineer', ['alac-member', 'liaison'],
  'Pierre Lefèvre is a retired telecommunications engineer from Lyon and one of the longest-serving members of EURALO. He has served on the ALAC and as an ALAC liaison.',
  'fr', 'Pierre Lefèvre, ingénieur des télécommunications à la retraite, vit à Lyon ; il est l\u2019un des plus anciens membres de l\u2019EURALO. Il a siégé à l\u2019ALAC et a été agent de liaison de l\u2019ALAC.',
  [('Blog', 'https://lefevre.example.net/')])
B('olga-ivanova', 'Lecturer in information law', ['alac-member', 'alac-chair', 'board-director'],
  'Olga Ivanova teaches information law in Moscow. She has chaired the ALAC and served on the ICANN Board in the At-Large seat.',
  'ru', 'Ольга Иванова преподаёт информационное право в Москве. Она была председателем ALAC и членом Правления ICANN на месте, избираемом At-Large.')
B('klaus-becker', 'Independent ICT policy consultant', ['alac-member', 'coe-member@now'],
  'Klaus Becker is an ICT policy consultant in Berlin. After several terms on the ALAC he joined the Council of Elders.',
  'fr', 'Klaus Becker est consultant en politiques des TIC à Berlin. Après plusieurs mandats à l\u2019ALAC, il a rejoint le Conseil des sages.')
B('elena-rossi', 'Public librarian', ['ralo-chair'],
  'Elena Rossi is a public librarian in Bologna who runs free courses on online safety. She has chaired EURALO.',
  'fr', 'Elena Rossi est bibliothécaire à Bologne, où elle anime des cours gratuits sur la sécurité en ligne. Elle a présidé l\u2019EURALO.')
B('carmen-ortega', 'Consumer rights lawyer', ['alac-member', 'coe-member@now'],
  'Carmen Ortega is a consumer rights lawyer in Seville. She served on the ALAC for several terms and now sits on the Council of Elders.',
  'es', 'Carmen Ortega es abogada especializada en derechos del consumidor en Sevilla. Fue miembro del ALAC durante varios mandatos y hoy forma parte del Consejo de Sabios.')
B('dmitri-sokolov', 'Network engineer at a regional ISP', ['liaison', 'alac-member', 'board-director'],
  'Dmitri Sokolov is a network engineer in Novosibirsk. He has been an ALAC liaison, a member of the ALAC and a member of the ICANN Board in the At-Large seat.',
  'ru', 'Дмитрий Соколов — сетевой инженер из Новосибирска. Он был представителем ALAC по связям, членом ALAC и членом Правления ICANN на месте, избираемом At-Large.')
B('mariam-hakobyan', 'Non-profit programme manager', ['ralo-chair'],
  'Mariam Hakobyan manages digital rights projects for a non-profit in Yerevan. She has chaired EURALO.',
  'ru', 'Мариам Акопян руководит проектами в области цифровых прав в некоммерческой организации в Ереване. Она была председателем EURALO.')
B('joao-ferreira', 'Secondary school teacher', [],
  'João Ferreira teaches history in Porto and uses the history of the Internet in his classes. He joined At-Large in 2013 and works mainly on outreach.',
  'pt', 'João Ferreira é professor de história no Porto e usa a história da Internet nas suas aulas. Aderiu ao At-Large em 2013 e trabalha sobretudo na divulgação.')
B('isoc-france', None, [],
  'The French Chapter of the Internet Society is one of the oldest At-Large member associations. It organizes an annual forum on Internet governance in Paris.',
  'fr', 'Le chapitre français de l\u2019Internet Society est l\u2019une des plus anciennes associations membres d\u2019At-Large. Il organise chaque année à Paris un forum sur la gouvernance de l\u2019Internet.',
  [('Website', 'https://isoc-france.example.org/')])

# ---------------------------------------------------------------- LACRALO
B('carlos-gutierrez', 'Independent ICT policy consultant', ['alac-member', 'liaison'],
  'Carlos Gutiérrez is an ICT policy consultant in Córdoba, Argentina. He served on the ALAC and as an ALAC liaison.',
  'es', 'Carlos Gutiérrez es consultor en políticas TIC en Córdoba, Argentina. Fue miembro del ALAC y enlace del ALAC.')
B('ana-paula-souza', 'Lecturer in information law', ['alac-member'],
  'Ana Paula Souza teaches Internet law in São Paulo. She has served several terms on the ALAC and follows new gTLD policy closely.',
  'pt', 'Ana Paula Souza leciona direito da Internet em São Paulo. Cumpriu vários mandatos no ALAC e acompanha de perto a política de novos gTLD.',
  [('Personal page', 'https://anapaula.example.net/')])
B('jose-luis-herrera', 'Technology journalist', ['alac-member', 'liaison'],
  'José Luis Herrera is a technology journalist in Guadalajara and a founding member of LACRALO. He has served on the ALAC and as an ALAC liaison.',
  'es', 'José Luis Herrera es periodista de tecnología en Guadalajara y miembro fundador de LACRALO. Ha sido miembro del ALAC y enlace del ALAC.')
B('maria-fernanda-lopez', 'Consumer rights lawyer', ['alac-member', 'alac-chair'],
  'María Fernanda López is a consumer rights lawyer in Bogotá. She served on the ALAC for several terms, including as its chair.',
  'es', 'María Fernanda López es abogada de derechos del consumidor en Bogotá. Fue miembro del ALAC durante varios mandatos, entre ellos como presidenta.')
B('patricia-vargas', 'Digital literacy trainer', ['ralo-chair', 'liaison'],
  'Patricia Vargas trains community leaders in Lima and Cusco in digital skills. She has chaired LACRALO and served as an ALAC liaison.',
  'es', 'Patricia Vargas capacita en habilidades digitales a líderes comunitarios de Lima y Cusco. Ha presidido LACRALO y ha sido enlace del ALAC.')
B('gabriela-silva', 'Independent ICT policy consultant', ['alac-member', 'board-director'],
  'Gabriela Silva is an ICT policy consultant in Montevideo. She served on the ALAC and on the ICANN Board in the At-Large seat.',
  'es', 'Gabriela Silva es consultora en políticas TIC en Montevideo. Fue miembro del ALAC y de la Junta Directiva de la ICANN en el puesto de At-Large.')
B('yolanda-pierre', 'Secondary school teacher', ['alac-member'],
  'Yolanda Pierre teaches French and computing in Port-au-Prince. She has served on the ALAC and works on access for Creole speakers.',
  'fr', 'Yolanda Pierre enseigne le français et l\u2019informatique à Port-au-Prince. Elle a siégé à l\u2019ALAC et travaille sur l\u2019accès des créolophones.')
B('juliana-costa', 'Graduate student in information science', ['liaison'],
  'Juliana Costa is a doctoral student in information science in Recife. She follows universal acceptance and has served as an ALAC liaison.',
  'pt', 'Juliana Costa é doutoranda em ciência da informação no Recife. Acompanha o tema da aceitação universal e atuou como representante de ligação do ALAC.')
B('ibui-brasil', None, [],
  'The Brazilian Institute of Internet Users defends the rights of users before regulators and courts, and publishes guides on online consumer rights in Portuguese.',
  'pt', 'O Instituto Brasileiro de Usuários de Internet defende os direitos dos usuários perante reguladores e tribunais, e publica guias em português sobre os direitos do consumidor na Internet.')

# ---------------------------------------------------------------- NARALO
B('john-harrington', 'Retired telecommunications engineer', ['alac-member', 'alac-chair', 'coe-member@now'],
  'John Harrington is a retired telecommunications engineer from Ohio. He served on the ALAC, including as its chair, and now sits on the Council of Elders.',
  'fr', 'John Harrington est un ingénieur des télécommunications à la retraite originaire de l\u2019Ohio. Il a siégé à l\u2019ALAC, notamment à sa présidence, et siège aujourd\u2019hui au Conseil des sages.')
B('marc-tremblay', 'Lecturer in information law', ['alac-member', 'alac-chair'],
  'Marc Tremblay teaches information law in Montréal. He served on the ALAC and chaired it.',
  'fr', 'Marc Tremblay enseigne le droit de l\u2019information à Montréal. Il a siégé à l\u2019ALAC et l\u2019a présidé.')
B('isabelle-gagnon', 'Accessibility advocate', ['ralo-chair', 'alac-member'],
  'Isabelle Gagnon advocates for accessible websites and services in Québec City. She has chaired NARALO and served on the ALAC.',
  'fr', 'Isabelle Gagnon milite à Québec pour des sites et des services accessibles. Elle a présidé la NARALO et siégé à l\u2019ALAC.',
  [('Blog', 'https://isabelle-gagnon.example.net/')])
B('linda-chen', 'Software developer', ['ralo-chair', 'alac-member'],
  'Linda Chen is a software developer in San Jose. She has chaired NARALO and served on the ALAC.',
  'zh', '陈琳达是圣何塞的软件开发人员，曾任 NARALO 主席和 ALAC 成员。')
B('susan-oconnor', 'Consumer rights lawyer', ['ralo-chair', 'alac-member'],
  'Susan O\u2019Connor is a consumer rights lawyer in Boston. She has chaired NARALO and served on the ALAC.',
  'es', 'Susan O\u2019Connor es abogada de derechos del consumidor en Boston. Ha presidido NARALO y ha sido miembro del ALAC.')
B('emily-nakamura', 'Graduate student in information science', ['liaison'],
  'Emily Nakamura studies information science in Seattle and has served as an ALAC liaison.',
  'es', 'Emily Nakamura estudia ciencias de la información en Seattle y ha sido enlace del ALAC.')
B('rachel-greenberg', 'Non-profit programme manager', [],
  'Rachel Greenberg works for a non-profit that helps older adults in Chicago get online. She joined At-Large in 2015.',
  'fr', 'Rachel Greenberg travaille pour une association qui aide les personnes âgées de Chicago à se connecter à Internet. Elle a rejoint At-Large en 2015.')
B('internautes-quebec', None, [],
  'The Association des internautes du Québec represents French-speaking Internet users in Québec and publishes plain-language explanations of ICANN policy.',
  'fr', 'L\u2019Association des internautes du Québec représente les internautes francophones du Québec et publie des explications en langage clair sur les politiques de l\u2019ICANN.')
B('deaf-digital-access', None, [],
  'The Deaf Digital Access Association works for captioned and signed content online and advises At-Large on the accessibility of remote participation.',
  'es', 'La Deaf Digital Access Association trabaja por contenidos en línea subtitulados y en lengua de señas, y asesora a At-Large sobre la accesibilidad de la participación remota.')

for _pid, _u in [('kwame-mensah', 'https://kwame.example.org/'), ('tendai-moyo', 'https://tendai-moyo.example.net/'),
                 ('kim-min-jun', 'https://minjun.example.org/'), ('anna-kowalska', 'https://kowalska.example.net/'),
                 ('jan-de-vries', 'https://devries.example.org/'), ('andres-rojas', 'https://arojas.example.net/'),
                 ('michael-thompson', 'https://mthompson.example.org/'), ('daniel-okonkwo', 'https://okonkwo.example.net/'),
                 ('tevita-fifita', 'https://tevita.example.org/'), ('siobhan-kelly', 'https://siobhan.example.net/')]:
    LINKS.setdefault(_pid, [('Personal page', _u)])
