"""Hand-written roster of the sample community. All people and organizations are fictional.

Individuals: id | name | transliteration (lang:text) | country | joined | left | tier | flags
  tier V = veteran (leader track), M = mid-career, N = newcomer; flags: agg = aggregate-only,
  lapsed = stopped participating, quiet = rarely participates.
Organizations: id | name | translated name (lang:text) | country | joined | left | representative
"""

INDIVIDUALS = {
'afralo': """
amina-diallo|Amina Diallo||SN|2006-03-14||V|
kwame-mensah|Kwame Mensah||GH|2007-05-02||V|
youssef-benali|Youssef Benali|ar:يوسف بن علي|MA|2005-11-20||V|
ngozi-okafor|Ngozi Okafor||NG|2008-02-11||V|
jean-paul-mukendi|Jean-Paul Mukendi||CD|2007-09-30||V|
fatou-ndiaye|Fatou Ndiaye||SN|2008-06-18||V|
salma-hassan|Salma Hassan|ar:سلمى حسن|EG|2006-10-05||V|
tendai-moyo|Tendai Moyo||ZW|2008-01-22||V|
wanjiru-kamau|Wanjiru Kamau||KE|2008-03-03|2024-09-30|V|
aissatou-traore|Aïssatou Traoré||ML|2010-04-07||M|
kofi-asante|Kofi Asante||GH|2011-08-15||M|lapsed
moussa-coulibaly|Moussa Coulibaly||CI|2012-02-20|2019-05-31|M|
nadia-mansour|Nadia Mansour|ar:نادية منصور|TN|2013-09-09||M|
olumide-adeyemi|Olumide Adeyemi||NG|2015-06-01||M|
grace-uwase|Grace Uwase||RW|2017-11-13||M|
ibrahim-abdelrahman|Ibrahim Abdelrahman|ar:إبراهيم عبد الرحمن|SD|2019-04-02||N|
chiamaka-eze|Chiamaka Eze||NG|2021-03-15||N|agg
thabo-nkosi|Thabo Nkosi||ZA|2022-01-10||N|
mariam-said|Mariam Said|ar:مريم سعيد|KM|2023-02-06||N|
abdoulaye-sow|Abdoulaye Sow||MR|2024-05-20||N|
""",
'apralo': """
zhang-wei|Zhang Wei|zh:张伟|CN|2006-07-01||V|
hiroshi-tanaka|Hiroshi Tanaka||JP|2005-09-12||V|
priya-raman|Priya Raman||IN|2007-02-26||V|
rajesh-kulkarni|Rajesh Kulkarni||IN|2008-01-03|2022-08-31|V|
sarah-mitchell|Sarah Mitchell||AU|2006-05-15||V|
ahmed-karim|Ahmed Karim|ar:أحمد كريم|PK|2007-12-09||V|
maria-santos|Maria Santos||PH|2007-08-20||V|
rana-haddad|Rana Haddad|ar:رنا حداد|LB|2008-04-14|2016-10-31|V|
kim-min-jun|Kim Min-jun||KR|2010-06-07||M|
li-mei|Li Mei|zh:李梅|CN|2012-03-19||M|
chen-yu-ting|Chen Yu-ting|zh:陳雨婷|TW|2011-01-17||M|
sunil-perera|Sunil Perera||LK|2013-04-22||M|lapsed
anjali-shrestha|Anjali Shrestha||NP|2014-08-11||M|
tevita-fifita|Tevita Fifita||TO|2015-10-05||M|
omar-al-farsi|Omar Al-Farsi|ar:عمر الفارسي|OM|2016-02-29||M|
nguyen-thi-lan|Nguyễn Thị Lan||VN|2018-09-03||N|
wang-fang|Wang Fang|zh:王芳|CN|2020-05-11||N|agg
dewi-anggraini|Dewi Anggraini||ID|2021-07-19||N|
farhan-chowdhury|Farhan Chowdhury||BD|2022-11-14||N|
mele-tuilagi|Mele Tuilagi||WS|2024-02-12||N|
""",
'euralo': """
pierre-lefevre|Pierre Lefèvre||FR|2005-04-18||V|
olga-ivanova|Olga Ivanova|ru:Ольга Иванова|RU|2007-01-29||V|
klaus-becker|Klaus Becker||DE|2006-09-04||V|
elena-rossi|Elena Rossi||IT|2008-03-10||V|
carmen-ortega|Carmen Ortega||ES|2007-10-22||V|
jan-de-vries|Jan de Vries||NL|2006-12-11||V|
anna-kowalska|Anna Kowalska||PL|2008-05-25||V|
dmitri-sokolov|Dmitri Sokolov|ru:Дмитрий Соколов|RU|2008-07-07||V|
lars-eriksson|Lars Eriksson||SE|2007-10-19|2020-12-31|V|
mariam-hakobyan|Mariam Hakobyan||AM|2010-02-15||M|
oleksandr-kovalenko|Oleksandr Kovalenko||UA|2011-11-07||M|
sophie-martin|Sophie Martin||BE|2012-05-14||M|
joao-ferreira|João Ferreira||PT|2013-03-04||M|
nikos-papadopoulos|Nikos Papadopoulos||GR|2014-09-29||M|lapsed
ivana-horvat|Ivana Horvat||HR|2016-01-25||M|
thomas-brandt|Thomas Brandt||CH|2017-06-12||M|
aylin-demir|Aylin Demir||TR|2019-03-18||N|
natalia-petrova|Natalia Petrova|ru:Наталья Петрова|RU|2021-10-04||N|agg
siobhan-kelly|Siobhán Kelly||IE|2022-06-20||N|
mikko-virtanen|Mikko Virtanen||FI|2024-01-15||N|
""",
'lacralo': """
carlos-gutierrez|Carlos Gutiérrez||AR|2006-02-13||V|
ana-paula-souza|Ana Paula Souza||BR|2007-06-25||V|
jose-luis-herrera|José Luis Herrera||MX|2005-10-03||V|
maria-fernanda-lopez|María Fernanda López||CO|2008-01-14||V|
ricardo-mendes|Ricardo Mendes||BR|2007-11-19||V|
patricia-vargas|Patricia Vargas||PE|2008-05-04||V|
andres-rojas|Andrés Rojas||CL|2008-04-27||V|
gabriela-silva|Gabriela Silva||UY|2006-12-04||V|
kevin-baptiste|Kevin Baptiste||TT|2008-07-06|2023-03-31|V|
marcelo-acosta|Marcelo Acosta||PY|2010-09-13||M|
yolanda-pierre|Yolanda Pierre||HT|2011-03-28||M|
lucia-fernandez|Lucía Fernández||CR|2012-10-08||M|
diego-morales|Diego Morales||EC|2013-05-20||M|lapsed
camila-torres|Camila Torres||BO|2014-02-03||M|
rafael-pena|Rafael Peña||DO|2015-08-24||M|
juliana-costa|Juliana Costa||BR|2017-04-10||M|
santiago-ramirez|Santiago Ramírez||VE|2019-11-25||N|
valentina-castro|Valentina Castro||AR|2021-05-03||N|agg
marlon-williams|Marlon Williams||JM|2022-08-29||N|
beatriz-alves|Beatriz Alves||BR|2024-03-11||N|
""",
'naralo': """
john-harrington|John Harrington||US|2005-06-06||V|
linda-chen|Linda Chen|zh:陈琳达|US|2006-11-13||V|
marc-tremblay|Marc Tremblay||CA|2007-03-19||V|
susan-oconnor|Susan O'Connor||US|2008-05-12||V|
david-goldberg|David Goldberg||US|2006-08-28||V|
isabelle-gagnon|Isabelle Gagnon||CA|2008-02-06||V|
robert-kim|Robert Kim||US|2008-02-02||V|
jennifer-walsh|Jennifer Walsh||US|2007-09-10|2018-06-30|V|
michael-thompson|Michael Thompson||CA|2010-01-25||M|
aisha-johnson|Aisha Johnson||US|2011-06-13||M|
carlos-mendoza|Carlos Mendoza||US|2012-09-17||M|lapsed
emily-nakamura|Emily Nakamura||US|2013-02-18||M|
pierre-luc-bouchard|Pierre-Luc Bouchard||CA|2014-04-07||M|
rachel-greenberg|Rachel Greenberg||US|2015-11-30||M|
daniel-okonkwo|Daniel Okonkwo||US|2016-05-23||M|
mei-ling-wong|Mei-Ling Wong|zh:黄美玲|CA|2018-02-26||N|
tyler-brooks|Tyler Brooks||US|2020-03-09||N|agg
hannah-lee|Hannah Lee||US|2021-09-27||N|agg
samuel-begay|Samuel Begay||US|2022-04-18||N|
chloe-roy|Chloé Roy||CA|2024-07-08||N|
""",
}

ORGANIZATIONS = {
'afralo': """
isoc-benin|Internet Society Bénin Chapter||BJ|2007-04-10||Rodrigue Houngbédji
usagers-tic-cameroun|Association des usagers des TIC du Cameroun||CM|2008-09-15||Estelle Ngo Mbock
nairobi-digital-users|Nairobi Digital Users Association||KE|2010-02-01||Peter Otieno
amui-maroc|Association marocaine des usagers d'Internet|ar:الجمعية المغربية لمستعملي الإنترنت|MA|2009-06-22||Karim El Idrissi
egypt-internet-users|Egyptian Internet Users Society|ar:الجمعية المصرية لمستخدمي الإنترنت|EG|2011-05-05||Hany Fawzy
uganda-consumers-ict|Uganda Consumers' ICT Network||UG|2012-10-30|2020-12-31|Sarah Namubiru
atdn-tunisie|Association tunisienne des droits numériques|ar:الجمعية التونسية للحقوق الرقمية|TN|2014-03-12||Sonia Gharbi
ghana-open-internet|Ghana Open Internet Coalition||GH|2016-07-19||Ama Boateng
mauritius-ict-users|Mauritius ICT Users Association||MU|2018-01-25||Vikash Doorgakant
rjn-rdc|Réseau des jeunes pour le numérique (RDC)||CD|2022-09-05||Grâce Kabongo
""",
'apralo': """
pakistan-internet-users|Pakistan Internet Users Forum||PK|2009-03-16||Bilal Qureshi
beijing-internet-users|Beijing Internet Users Forum|zh:北京互联网用户论坛|CN|2011-04-11||Liu Yang
australian-digital-consumers|Australian Digital Consumers Network||AU|2007-07-30||James O'Connor
japan-internet-users|Japan Internet Users Association||JP|2008-10-20||Yuki Sato
nepal-internet-users|Nepal Internet Users Society||NP|2012-06-25||Bikash Adhikari
pacific-ict-users|Pacific Islands ICT Users Association||FJ|2010-11-08||Litia Naivalu
lebanon-digital-rights|Lebanese Association for Digital Rights|ar:الجمعية اللبنانية للحقوق الرقمية|LB|2014-05-19||Karim Nassar
india-internet-users|India Internet Users Collective||IN|2015-09-14||Meera Iyer
vanuatu-online-users|Vanuatu Online Users Group||VU|2019-02-18||Rachel Tari
philippine-open-internet|Philippine Open Internet Alliance||PH|2013-01-28|2021-06-30|Jose Reyes
""",
'euralo': """
isoc-france|Internet Society France Chapter||FR|2007-02-05||Claire Dubois
verbund-internetnutzer|Deutscher Verbund der Internetnutzer||DE|2008-04-21||Stefan Wagner
utenti-internet-italia|Associazione Utenti Internet Italia||IT|2009-09-07||Marco Bianchi
usuarios-internet-madrid|Asociación de Usuarios de Internet de Madrid||ES|2010-03-22||Lucía Navarro
rair-russia|Regional Association of Internet Users|ru:Региональная ассоциация интернет-пользователей|RU|2011-06-27||Sergei Volkov
swiss-digital-users|Swiss Digital Users Forum||CH|2012-11-19||Beatrice Keller
armenian-internet-users|Armenian Internet Users Association||AM|2013-08-12||Hayk Manukyan
polish-digital-citizens|Polish Digital Citizens Society||PL|2015-02-09|2022-03-31|Piotr Nowak
irish-internet-users|Irish Internet Users Forum||IE|2016-10-03||Aoife Byrne
nordic-digital-consumers|Nordic Digital Consumers||SE|2019-05-13||Ingrid Lindqvist
""",
'lacralo': """
usuarios-internet-argentina|Asociación de Usuarios de Internet de Argentina||AR|2007-03-26||Martín Sosa
ibui-brasil|Instituto Brasileiro de Usuários de Internet||BR|2008-06-02||Renata Oliveira
red-mexicana-usuarios|Red Mexicana de Usuarios Digitales||MX|2009-08-31||Alejandro Cruz
conectividad-andina|Fundación Conectividad Andina||CO|2010-05-17||Paula Restrepo
usuarios-internet-chile|Asociación Chilena de Usuarios de Internet||CL|2011-02-14|2018-09-30|Felipe Muñoz
caribbean-internet-users|Caribbean Internet Users Network||TT|2012-07-23||Denise Charles
ahun-haiti|Association haïtienne des usagers du numérique||HT|2014-11-24||Jean-Robert Désir
internauta-uruguay|Internauta Uruguay||UY|2016-04-18||Sofía Pereira
red-paraguaya-usuarios|Red Paraguaya de Usuarios de Internet||PY|2018-08-06||Hugo Benítez
colectivo-digital-guatemala|Colectivo Digital Guatemala||GT|2021-02-22||Lilian Xicará
""",
'naralo': """
ny-internet-users|New York Internet Users Society||US|2007-01-08||Michael Rosen
consumers-digital-rights|Consumers for Digital Rights||US|2008-03-31||Karen Li
internautes-quebec|Association des internautes du Québec||CA|2009-05-04||Louis Bergeron
seattle-community-network|Seattle Community Network Users||US|2010-08-16||Tom Nguyen
digital-accessibility-alliance|Canadian Digital Accessibility Alliance||CA|2012-04-02||Priya Sandhu
rural-broadband-users|Rural Broadband Users Coalition||US|2013-10-14||Bill Harper
open-internet-texas|Open Internet Users of Texas||US|2015-06-29|2021-12-31|Maria Delgado
native-nations-digital|Native Nations Digital Network||US|2017-09-25||Joseph Tsosie
ontario-internet-users|Ontario Internet Users Forum||CA|2019-01-21||Sandra Clarke
deaf-digital-access|Deaf Digital Access Association||US|2021-03-01||Alex Rivera
""",
}


def parse():
    out = []
    for region, text in INDIVIDUALS.items():
        for line in text.strip().splitlines():
            f = line.split('|')
            out.append(dict(id=f[0], name=f[1], translit=f[2], country=f[3], joined=f[4], left=f[5],
                            tier=f[6], flags=f[7].split(',') if f[7] else [], kind='individual',
                            region=region))
    for region, text in ORGANIZATIONS.items():
        for line in text.strip().splitlines():
            f = line.split('|')
            out.append(dict(id=f[0], name=f[1], translit=f[2], country=f[3], joined=f[4], left=f[5],
                            tier='O', flags=[], kind='organization', region=region, representative=f[6]))
    return out
