"""Builds advice statements (data/advice/*.yaml) and their bodies (content/advice/<id>/<lang>.md)."""
import datetime
from common import D, d, AS_OF, WG_BY_ID
import advice_text3  # noqa: F401  (fills advice_text1.S in order)
import advice_text_ru  # noqa: F401  (adds Russian texts to some statements)
from advice_text1 import S
from yamlout import dump, Flow

INTRO = {
 'public-comment': {
   'en': 'The At-Large Advisory Committee (ALAC) welcomes the opportunity to comment on this proceeding on behalf of the individual Internet users of all five regions.',
   'fr': 'Le Comité consultatif At-Large (ALAC) se félicite de pouvoir commenter cette procédure au nom des utilisateurs individuels de l\u2019Internet des cinq régions.',
   'es': 'El Comité Asesor At-Large (ALAC) agradece la oportunidad de comentar este procedimiento en nombre de los usuarios individuales de Internet de las cinco regiones.',
   'zh': '一般会员咨询委员会（ALAC）欢迎有机会代表全部五个地区的个人互联网用户就本程序发表意见。',
   'ar': 'ترحب اللجنة الاستشارية العامة (ALAC) بفرصة التعليق على هذا الإجراء نيابةً عن المستخدمين الأفراد للإنترنت في المناطق الخمس جميعها.'},
 'gnso-input': {
   'en': 'The ALAC submits the following input in response to the working group\u2019s request for early input from ICANN\u2019s supporting organizations and advisory committees.',
   'fr': 'L\u2019ALAC soumet la contribution suivante en réponse à la demande du groupe de travail, qui sollicitait tôt l\u2019avis des organisations de soutien et des comités consultatifs de l\u2019ICANN.',
   'es': 'El ALAC presenta los siguientes aportes en respuesta a la solicitud del grupo de trabajo de recibir pronto las opiniones de las organizaciones de apoyo y los comités asesores de la ICANN.',
   'zh': '应工作组向 ICANN 各支持组织和咨询委员会征求早期意见的请求，ALAC 提交以下意见。',
   'ar': 'تقدم اللجنة الاستشارية العامة (ALAC) المساهمة التالية استجابةً لطلب فريق العمل الحصول مبكرًا على آراء المنظمات الداعمة واللجان الاستشارية في ICANN.'},
 'board-advice': {
   'en': 'The ICANN Bylaws give the ALAC the role of advising on ICANN\u2019s activities insofar as they relate to the interests of individual Internet users. In that role, the ALAC provides the following advice to the ICANN Board.',
   'fr': 'Les statuts de l\u2019ICANN confient à l\u2019ALAC le rôle de conseiller l\u2019ICANN sur ses activités dans la mesure où elles touchent aux intérêts des utilisateurs individuels de l\u2019Internet. À ce titre, l\u2019ALAC adresse l\u2019avis suivant au Conseil d\u2019administration de l\u2019ICANN.',
   'es': 'Los Estatutos de la ICANN asignan al ALAC la función de asesorar sobre las actividades de la ICANN en la medida en que afecten a los intereses de los usuarios individuales de Internet. En ejercicio de esa función, el ALAC presenta el siguiente asesoramiento a la Junta Directiva de la ICANN.',
   'zh': '根据 ICANN 章程，ALAC 负责就 ICANN 涉及个人互联网用户利益的活动提供建议。据此，ALAC 向 ICANN 董事会提出以下建议。',
   'ar': 'تُسند لوائح ICANN الداخلية إلى اللجنة الاستشارية العامة (ALAC) دور تقديم المشورة بشأن أنشطة ICANN بقدر ما تتصل بمصالح المستخدمين الأفراد للإنترنت. وبهذه الصفة، تقدم اللجنة المشورة التالية إلى مجلس إدارة ICANN.'},
 'correspondence': {
   'en': 'The ALAC writes to share the views of the At-Large community on the matter below.',
   'fr': 'L\u2019ALAC vous écrit pour faire part du point de vue de la communauté At-Large sur la question ci-dessous.',
   'es': 'El ALAC escribe para compartir la opinión de la comunidad At-Large sobre el asunto que se expone a continuación.',
   'zh': 'ALAC 特致函阐述一般会员社群对以下事项的看法。',
   'ar': 'تكتب اللجنة الاستشارية العامة (ALAC) لعرض آراء مجتمع عموم المستخدمين بشأن المسألة المبينة أدناه.'},
 'white-paper': {
   'en': 'This paper was developed in an open At-Large working group over several months and endorsed by the ALAC. It sets out an analysis and proposals for discussion across the ICANN community.',
   'fr': 'Ce document a été élaboré pendant plusieurs mois au sein d\u2019un groupe de travail ouvert d\u2019At-Large, puis approuvé par l\u2019ALAC. Il présente une analyse et des propositions destinées à nourrir le débat dans la communauté de l\u2019ICANN.',
   'es': 'Este documento se elaboró durante varios meses en un grupo de trabajo abierto de At-Large y fue respaldado por el ALAC. Presenta un análisis y propuestas para el debate en toda la comunidad de la ICANN.',
   'zh': '本文件由一般会员社群的开放工作组历时数月编写，并经 ALAC 认可，提出了供整个 ICANN 社群讨论的分析和建议。',
   'ar': 'أُعدّت هذه الورقة على مدى عدة أشهر في فريق عمل مفتوح تابع لعموم المستخدمين، وأقرّتها اللجنة الاستشارية العامة (ALAC). وهي تعرض تحليلًا ومقترحات للنقاش في مجتمع ICANN بأسره.'},
 'declaration': {
   'en': 'The following declaration was adopted by the participants and endorsed by the ALAC.',
   'fr': 'La déclaration suivante a été adoptée par les participants et approuvée par l\u2019ALAC.',
   'es': 'La siguiente declaración fue adoptada por los participantes y respaldada por el ALAC.',
   'zh': '以下宣言由与会者通过，并经 ALAC 认可。',
   'ar': 'اعتمد المشاركون الإعلان التالي، وأقرّته اللجنة الاستشارية العامة (ALAC).'},
 'other': {
   'en': 'This document records a decision of the ALAC for the community\u2019s reference.',
   'fr': 'Ce document consigne une décision de l\u2019ALAC pour l\u2019information de la communauté.',
   'es': 'Este documento deja constancia de una decisión del ALAC para conocimiento de la comunidad.',
   'zh': '本文件记录 ALAC 的一项决定，供社群参考。',
   'ar': 'يوثّق هذا المستند قرارًا للجنة الاستشارية العامة (ALAC) كي يرجع إليه المجتمع.'},
}

HEAD_REC = {'en': 'Recommendations', 'fr': 'Recommandations', 'es': 'Recomendaciones', 'zh': '建议', 'ar': 'التوصيات'}
HEAD_KEY = {'en': 'Key points', 'fr': 'Points essentiels', 'es': 'Puntos clave', 'zh': '要点', 'ar': 'النقاط الرئيسية'}

CLOSE = {
 'public-comment': {
   'en': 'The ALAC thanks the staff and volunteers who prepared the report and remains available to discuss these comments.',
   'fr': 'L\u2019ALAC remercie le personnel et les bénévoles qui ont préparé le rapport et reste disponible pour discuter de ces commentaires.',
   'es': 'El ALAC agradece al personal y a los voluntarios que prepararon el informe y queda a disposición para conversar sobre estos comentarios.',
   'zh': 'ALAC 感谢编写报告的工作人员和志愿者，并愿意就上述意见进一步交流。',
   'ar': 'تشكر اللجنة الاستشارية العامة الموظفين والمتطوعين الذين أعدّوا التقرير، وتبقى مستعدة لمناقشة هذه التعليقات.'},
 'gnso-input': {
   'en': 'The ALAC looks forward to continued engagement with the working group and will comment again when its report is published.',
   'fr': 'L\u2019ALAC se réjouit de poursuivre ses échanges avec le groupe de travail et formulera de nouveaux commentaires à la publication de son rapport.',
   'es': 'El ALAC espera seguir colaborando con el grupo de trabajo y volverá a formular comentarios cuando se publique su informe.',
   'zh': 'ALAC 期待继续与工作组合作，并将在其报告发布后再次提出意见。',
   'ar': 'تتطلع اللجنة الاستشارية العامة إلى مواصلة التعاون مع فريق العمل، وستعلّق مجددًا عند نشر تقريره.'},
 'board-advice': {
   'en': 'The ALAC requests a written response from the Board, as provided for in the Bylaws, and offers to discuss this advice at the next public meeting.',
   'fr': 'L\u2019ALAC demande au Conseil une réponse écrite, comme le prévoient les statuts, et se tient prêt à discuter de cet avis lors de la prochaine réunion publique.',
   'es': 'El ALAC solicita a la Junta una respuesta por escrito, según lo previsto en los Estatutos, y se ofrece a conversar sobre este asesoramiento en la próxima reunión pública.',
   'zh': 'ALAC 请董事会按照章程的规定作出书面答复，并愿意在下一次公开会议上讨论本建议。',
   'ar': 'تطلب اللجنة الاستشارية العامة ردًا مكتوبًا من المجلس وفقًا لما تنص عليه اللوائح الداخلية، وتعرض مناقشة هذه المشورة في الاجتماع العام المقبل.'},
 'correspondence': {
   'en': 'We would welcome the opportunity to discuss these points with you.',
   'fr': 'Nous serions heureux de pouvoir discuter de ces points avec vous.',
   'es': 'Agradeceríamos la oportunidad de conversar con ustedes sobre estos puntos.',
   'zh': '我们期待有机会与您讨论上述各点。',
   'ar': 'يسعدنا أن تتاح لنا فرصة مناقشة هذه النقاط معكم.'},
 'white-paper': {
   'en': 'Comments on this paper are welcome through the At-Large working groups and the RALO mailing lists.',
   'fr': 'Les commentaires sur ce document sont les bienvenus par l\u2019intermédiaire des groupes de travail d\u2019At-Large et des listes de diffusion des RALO.',
   'es': 'Se reciben comentarios sobre este documento a través de los grupos de trabajo de At-Large y las listas de correo de las RALO.',
   'zh': '欢迎通过一般会员工作组和各区域一般会员组织的邮件列表对本文件提出意见。',
   'ar': 'نرحب بالتعليقات على هذه الورقة عبر أفرقة عمل عموم المستخدمين والقوائم البريدية للمنظمات الإقليمية.'},
 'declaration': {
   'en': 'Adopted by consensus of the participants.', 'fr': 'Adoptée par consensus des participants.',
   'es': 'Adoptada por consenso de los participantes.', 'zh': '经与会者协商一致通过。',
   'ar': 'اعتُمد بتوافق آراء المشاركين.'},
 'other': {
   'en': 'This record will be updated if the decision is revised.', 'fr': 'Ce document sera mis à jour si la décision est révisée.',
   'es': 'Este documento se actualizará si se revisa la decisión.', 'zh': '如该决定有所修订，本文件将相应更新。',
   'ar': 'سيُحدَّث هذا المستند إذا رُوجع القرار.'},
}


# Russian, for the statements advice_text_ru translates.
for _t, _s in {'public-comment': 'Консультативный комитет At-Large (ALAC) приветствует возможность высказаться в рамках этой процедуры от имени индивидуальных пользователей интернета всех пяти регионов.', 'gnso-input': 'ALAC представляет следующий вклад в ответ на просьбу рабочей группы о предварительных мнениях вспомогательных организаций и консультативных комитетов ICANN.', 'board-advice': 'Устав ICANN поручает ALAC давать рекомендации о деятельности ICANN в той мере, в какой она затрагивает интересы индивидуальных пользователей интернета. В этом качестве ALAC направляет Правлению ICANN следующую рекомендацию.', 'correspondence': 'ALAC пишет, чтобы изложить мнение сообщества At-Large по указанному ниже вопросу.', 'white-paper': 'Этот документ несколько месяцев готовился в открытой рабочей группе At-Large и одобрен ALAC. В нём изложены анализ и предложения для обсуждения во всём сообществе ICANN.', 'declaration': 'Следующая декларация принята участниками и одобрена ALAC.', 'other': 'Этот документ фиксирует решение ALAC для сведения сообщества.'}.items():
    INTRO[_t]['ru'] = _s
for _t, _s in {'public-comment': 'ALAC благодарит сотрудников и добровольцев, подготовивших отчёт, и готов обсудить эти замечания.', 'gnso-input': 'ALAC надеется на дальнейшее взаимодействие с рабочей группой и вновь выскажется после публикации её отчёта.', 'board-advice': 'ALAC просит Правление дать письменный ответ, как предусмотрено Уставом, и готов обсудить эту рекомендацию на следующем открытом совещании.', 'correspondence': 'Мы были бы рады возможности обсудить с вами эти вопросы.', 'white-paper': 'Замечания по этому документу принимаются через рабочие группы At-Large и списки рассылки RALO.', 'declaration': 'Принята участниками консенсусом.', 'other': 'Этот документ будет обновлён, если решение будет пересмотрено.'}.items():
    CLOSE[_t]['ru'] = _s
HEAD_REC['ru'] = 'Рекомендации'
HEAD_KEY['ru'] = 'Основные положения'

LANG_ORDER = ['en', 'fr', 'es', 'zh', 'ar', 'ru']
DAY = datetime.timedelta(days=1)


def body(s, lang):
    title, summary, points = s['texts'][lang]
    head = HEAD_KEY if s['type'] in ('correspondence', 'declaration', 'other') else HEAD_REC
    parts = [INTRO[s['type']][lang], summary, '## ' + head[lang], '\n'.join('- ' + p for p in points),
             CLOSE[s['type']][lang]]
    return '\n\n'.join(parts) + '\n'


def _dates(s, rnd):
    day = d(s['date'])
    st = s['status']
    out = {}
    if st == 'drafting':
        return {'comment_open': day + 21 * DAY}  # scheduled start of the comment period
    if st == 'comment':
        return {'comment_open': day, 'comment_close': day + 14 * DAY}
    if st == 'vote':
        co = day - rnd.randint(18, 24) * DAY
        cc = day - rnd.randint(2, 4) * DAY
        return {'comment_open': co, 'comment_close': cc, 'vote_open': day, 'vote_close': day + 6 * DAY}
    if st == 'withdrawn':
        return {'comment_open': day - rnd.randint(12, 20) * DAY, 'comment_close': day}
    voted = not (s['type'] == 'correspondence' and rnd.random() < 0.4)
    if st == 'ratified':
        vc = day
        end = vc
    else:
        end = day
        vc = day - rnd.randint(0, 2) * DAY
    if voted:
        vo = vc - rnd.randint(5, 7) * DAY
        cc = vo - rnd.randint(1, 5) * DAY
    else:
        cc = end - rnd.randint(2, 6) * DAY
    co = cc - rnd.randint(10, 21) * DAY
    out['comment_open'] = co
    out['comment_close'] = cc
    if voted:
        out['vote_open'] = vo
        out['vote_close'] = vc
    if st == 'submitted':
        out['submitted'] = end
    return out


def _penholders(s, persons, ref, rnd):
    def ok(p):
        return (p.public and p.kind == 'individual' and p.joined <= ref and (p.left is None or p.left >= ref))

    def policy_active(p):
        return any(x['from'] <= ref <= (x.get('to') or AS_OF) and WG_BY_ID[x['workgroup']].kind == 'policy'
                   for x in p.participation)

    def alac(p):
        return any(r['role'] in ('alac-member', 'policy-rapporteur', 'liaison') and r['from'] <= ref <= (r.get('to') or AS_OF)
                   for r in p.roles)
    lead = sorted([p for p in persons if ok(p) and alac(p)], key=lambda p: p.id)
    other = sorted([p for p in persons if ok(p) and policy_active(p) and not alac(p)], key=lambda p: p.id)
    n = rnd.choice([1, 2, 2, 3])
    chosen = rnd.sample(lead, min(len(lead), max(1, n - 1)))
    if n > len(chosen) and other:
        chosen += rnd.sample(other, min(len(other), n - len(chosen)))
    return [p.id for p in chosen]


def build(persons, rnd):
    items = sorted(S, key=lambda s: (s['date'], s['key']))
    seq = {}
    key2id = {}
    out = []
    for s in items:
        mmyy = s['date'][5:7] + s['date'][2:4]
        seq[mmyy] = seq.get(mmyy, 0) + 1
        rev = '01' if s['key'] in ('dag3', 'ccwg-third-draft', 'subpro-board-advice') else '00'
        sid = 'AL-ALAC-ST-%s-%02d-%s-EN' % (mmyy, seq[mmyy], rev)
        key2id[s['key']] = sid
        s = dict(s)
        s['id'] = sid
        out.append(s)
    for n, s in enumerate(out):
        s['dates'] = _dates(s, rnd)
        ds = list(s['dates'].values())
        ref = min(max(ds), AS_OF) if ds else AS_OF
        s['penholders'] = _penholders(s, persons, ref, rnd)
        if 'vote_close' in s['dates'] and s['status'] in ('submitted', 'ratified'):
            against = rnd.choice([0, 0, 0, 0, 1, 1, 2])
            abstain = rnd.choice([0, 0, 1, 1, 2])
            absent = rnd.choice([0, 0, 1, 1, 2, 3])
            s['vote'] = {'for': 15 - against - abstain - absent, 'against': against, 'abstain': abstain,
                         'group_size': 15}
        s['related'] = [key2id[k] for k in s.get('related', [])]
        s['bodies'] = {lang: body(s, lang) for lang in LANG_ORDER if lang in s['texts']}
        s['workspace_no'] = 10240 + n * 53
    return out


def write_all(statements, write):
    for s in statements:
        t = s['texts']
        langs = [l for l in LANG_ORDER if l in t]
        doc = {'id': s['id'],
               'title': {l: t[l][0] for l in langs},
               'type': s['type'], 'status': s['status'],
               'dates': Flow(s['dates']) if s['dates'] else {},
               'penholders': Flow(s['penholders'])}
        if 'vote' in s:
            doc['vote'] = Flow(s['vote'])
        if s.get('pc'):
            doc['public_comment'] = 'https://www.icann.org/public-comments/%s-en' % s['pc']
        if s['date'] >= '2012-01-01':
            doc['workspace'] = 'https://atlarge.icann.org/advice_statements/%d' % s['workspace_no']
        doc['topics'] = Flow(s['topics'])
        if s.get('meeting'):
            doc['meeting'] = s['meeting']
        doc['related'] = Flow(s['related'])
        doc['summary'] = {l: t[l][1] for l in langs}
        write('data/advice/%s.yaml' % s['id'],
              dump(doc, 'Plenary sample data (fictional community). Generated by tools/sample/generate.py.'))
        for l, b in s['bodies'].items():
            write('content/advice/%s/%s.md' % (s['id'], l), b)
