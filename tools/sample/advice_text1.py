"""Advice statements 2009-2013. Each: key, date, type, status, topics, extra, texts.
texts[lang] = (title, summary, [points])."""

S = []


def A(key, date, type_, status, topics, texts, **extra):
    S.append(dict(key=key, date=date, type=type_, status=status, topics=topics, texts=texts, **extra))


A('dag2', '2009-07-20', 'public-comment', 'submitted', ['new-gtlds', 'end-user-rights'], pc='new-gtld-draft-applicant-guidebook-v2-2009-05-31', texts={
 'en': ('ALAC Statement on the New gTLD Draft Applicant Guidebook, Version 2',
        'The ALAC supports the introduction of new generic top-level domains, but the second draft of the guidebook still gives too little weight to the protection of end users and to applicants from developing economies.',
        ['Create a support mechanism, including reduced fees, for community-based applicants and applicants from developing economies.',
         'Replace the proposed "morality and public order" objection with a narrower procedure grounded in international law.']),
 'zh': ('ALAC 关于新通用顶级域《申请人指南》第二版草案的声明',
        'ALAC 支持引入新的通用顶级域，但第二版指南草案对最终用户的保护以及对发展中经济体申请人的关注仍然不足。',
        ['为基于社群的申请人和来自发展中经济体的申请人建立支持机制，包括降低申请费用。',
         '以基于国际法、范围更窄的程序取代拟议的“道德与公共秩序”异议程序。']),
 'ar': ('بيان ALAC بشأن مسودة دليل المتقدمين لنطاقات gTLD الجديدة، الإصدار الثاني',
        'تؤيد اللجنة الاستشارية العامة طرح نطاقات عليا عامة جديدة، غير أن المسودة الثانية للدليل لا تزال لا تولي اهتمامًا كافيًا لحماية المستخدمين النهائيين وللمتقدمين من الاقتصادات النامية.',
        ['إنشاء آلية دعم، تشمل تخفيض الرسوم، للمتقدمين المجتمعيين والمتقدمين من الاقتصادات النامية.',
         'الاستعاضة عن اعتراض "الأخلاق والنظام العام" المقترح بإجراء أضيق نطاقًا يستند إلى القانون الدولي.']),
 'fr': ('Déclaration de l\u2019ALAC sur la version 2 du projet de guide de candidature des nouveaux gTLD',
        'L\u2019ALAC soutient l\u2019introduction de nouveaux domaines génériques de premier niveau, mais le deuxième projet de guide accorde encore trop peu de poids à la protection des utilisateurs finaux et aux candidats des économies en développement.',
        ['Créer un mécanisme de soutien, y compris des frais réduits, pour les candidats communautaires et ceux des économies en développement.',
         'Remplacer l\u2019objection proposée pour « moralité et ordre public » par une procédure plus étroite fondée sur le droit international.']),
})

A('idn-fast-track', '2009-09-28', 'public-comment', 'submitted', ['idn'], pc='idn-cctld-fast-track-implementation-2009-05-30', texts={
 'en': ('ALAC Statement on the IDN ccTLD Fast Track Implementation Plan',
        'Internationalized country-code domains are long awaited by users who do not write in Latin script. The ALAC urges ICANN to launch the Fast Track without further delay and without fees that would exclude smaller territories.',
        ['Make any fee for Fast Track requests voluntary or cost-recovery only.',
         'Publish the string evaluation criteria, including the treatment of confusingly similar strings, before the first requests are received.']),
 'zh': ('ALAC 关于国际化域名国家和地区代码顶级域快速通道实施计划的声明',
        '不使用拉丁字母书写的用户期待国际化国家和地区代码域名已久。ALAC 敦促 ICANN 尽快启动快速通道，并避免收取会把较小地区排除在外的费用。',
        ['快速通道申请的任何费用都应为自愿性质或仅限于成本回收。',
         '在收到首批申请之前，公布字符串评估标准，包括对易混淆相似字符串的处理方式。']),
 'ar': ('بيان ALAC بشأن خطة تنفيذ المسار السريع لنطاقات رموز البلدان المدوّلة',
        'ينتظر المستخدمون الذين لا يكتبون بالحروف اللاتينية أسماء نطاقات رموز البلدان المدوّلة منذ زمن طويل. وتحث اللجنة الاستشارية العامة ICANN على إطلاق المسار السريع دون مزيد من التأخير ودون رسوم قد تُقصي الأقاليم الأصغر.',
        ['أن تكون أي رسوم على طلبات المسار السريع طوعية أو مقتصرة على استرداد التكاليف.',
         'نشر معايير تقييم السلاسل، بما في ذلك معالجة السلاسل المتشابهة المسببة للالتباس، قبل تلقي الطلبات الأولى.']),
})

A('aoc-reviews', '2009-11-16', 'correspondence', 'submitted', ['accountability', 'end-user-rights'], texts={
 'en': ('Letter to the ICANN Board on End-User Seats in the Affirmation of Commitments Review Teams',
        'The Affirmation of Commitments creates community review teams for accountability, competition and WHOIS. The ALAC asks that each team include members chosen by At-Large, since end users are the public whose interest the reviews are meant to protect.',
        ['Reserve at least one seat per review team for a member selected by the ALAC.',
         'Publish the selection criteria and the names of all applicants for review team seats.']),
 'zh': ('就《义务确认书》审查小组中的最终用户席位致 ICANN 董事会的信函',
        '《义务确认书》设立了关于问责制、竞争和 WHOIS 的社群审查小组。ALAC 请求每个小组都包括由一般会员社群选出的成员，因为审查所要保护的公共利益正是最终用户的利益。',
        ['每个审查小组至少为 ALAC 选出的成员保留一个席位。',
         '公布遴选标准以及所有审查小组席位申请人的姓名。']),
 'ar': ('رسالة إلى مجلس إدارة ICANN بشأن مقاعد المستخدمين النهائيين في فرق مراجعة التأكيد على الالتزامات',
        'ينشئ التأكيد على الالتزامات فرق مراجعة مجتمعية للمساءلة والمنافسة وWHOIS. وتطلب اللجنة الاستشارية العامة أن يضم كل فريق أعضاء يختارهم مجتمع عموم المستخدمين، لأن المستخدمين النهائيين هم الجمهور الذي وُضعت المراجعات لحماية مصلحته.',
        ['تخصيص مقعد واحد على الأقل في كل فريق مراجعة لعضو تختاره اللجنة الاستشارية العامة.',
         'نشر معايير الاختيار وأسماء جميع المتقدمين لشغل مقاعد فرق المراجعة.']),
})

A('dag3', '2009-11-23', 'public-comment', 'submitted', ['new-gtlds', 'consumer-trust'], related=['dag2'], pc='new-gtld-draft-applicant-guidebook-v3-2009-10-04', texts={
 'en': ('ALAC Statement on the New gTLD Draft Applicant Guidebook, Version 3',
        'Version 3 takes up several At-Large comments, but the trademark protection mechanisms are now stronger than the protections offered to registrants and users. The ALAC asks for balance.',
        ['Give registrants a fast, low-cost appeal against wrongful takedowns under the Uniform Rapid Suspension system.',
         'Require every new registry to publish an abuse point of contact and to answer abuse reports within a fixed time.']),
 'zh': ('ALAC 关于新通用顶级域《申请人指南》第三版草案的声明',
        '第三版采纳了一般会员的若干意见，但目前的商标保护机制已明显强于对注册人和用户的保护。ALAC 要求两者取得平衡。',
        ['在统一快速暂停系统下，为注册人提供快速、低成本的申诉途径，以应对错误的暂停。',
         '要求每个新注册管理机构公布滥用问题联系人，并在规定时间内答复滥用举报。']),
 'ar': ('بيان ALAC بشأن مسودة دليل المتقدمين لنطاقات gTLD الجديدة، الإصدار الثالث',
        'يأخذ الإصدار الثالث بعدد من تعليقات عموم المستخدمين، لكن آليات حماية العلامات التجارية أصبحت الآن أقوى من الحماية الممنوحة للمسجلين والمستخدمين. وتطالب اللجنة الاستشارية العامة بتحقيق التوازن.',
        ['منح المسجلين وسيلة طعن سريعة ومنخفضة التكلفة ضد الإيقاف الخاطئ في إطار نظام التعليق السريع الموحد.',
         'إلزام كل سجل جديد بنشر جهة اتصال للإبلاغ عن إساءة الاستخدام والرد على البلاغات خلال مدة محددة.']),
})

A('fy11-budget', '2010-05-17', 'public-comment', 'submitted', ['budget'], pc='draft-fy11-operating-plan-budget-2010-05-17', texts={
 'en': ('ALAC Statement on the Draft FY11 Operating Plan and Budget',
        'The draft budget does not show how much is spent on each community or on each strategic objective, which makes informed comment impossible. The ALAC asks for a budget that end users can read.',
        ['Break down expenses by community and by objective, with the previous year for comparison.',
         'Fund the regional At-Large General Assemblies as a recurring line rather than as one-off requests.']),
 'zh': ('ALAC 关于 2011 财年运营计划和预算草案的声明',
        '预算草案没有列明在各社群和各战略目标上的支出，因而无法据此提出有依据的意见。ALAC 要求编制一份最终用户也能读懂的预算。',
        ['按社群和目标分列支出，并附上一年度数据以便比较。',
         '将各区域一般会员大会列为经常性预算项目，而不是作为临时申请处理。']),
 'ar': ('بيان ALAC بشأن مسودة خطة التشغيل والميزانية للسنة المالية 2011',
        'لا تبيّن مسودة الميزانية حجم الإنفاق على كل مجتمع أو على كل هدف استراتيجي، مما يجعل التعليق المستنير مستحيلًا. وتطالب اللجنة الاستشارية العامة بميزانية يستطيع المستخدمون النهائيون قراءتها.',
        ['تفصيل النفقات حسب المجتمع وحسب الهدف، مع أرقام السنة السابقة للمقارنة.',
         'تمويل الجمعيات العامة الإقليمية لعموم المستخدمين كبند متكرر لا كطلبات لمرة واحدة.']),
})

A('raa-amendments', '2010-07-19', 'public-comment', 'submitted', ['whois-rdds', 'consumer-trust'], pc='raa-amendments-2010-06-07', texts={
 'en': ('ALAC Statement on the Proposed Amendments to the Registrar Accreditation Agreement',
        'Registrants often do not know what rights they have when a registrar fails. The ALAC supports the amendments and asks that a plain-language charter of registrant rights be attached to the agreement.',
        ['Publish a charter of registrant rights and responsibilities, written in plain language and translated.',
         'Require registrars to verify the contact data of registrants who are the subject of an abuse complaint.']),
 'zh': ('ALAC 关于《注册服务机构认证协议》拟议修订的声明',
        '当注册服务机构出现问题时，注册人往往不清楚自己享有哪些权利。ALAC 支持这些修订，并要求在协议中附上一份以通俗语言撰写的注册人权利章程。',
        ['发布以通俗语言撰写并经翻译的注册人权利和责任章程。',
         '要求注册服务机构核实被投诉滥用的注册人的联系数据。']),
 'ar': ('بيان ALAC بشأن التعديلات المقترحة على اتفاقية اعتماد أمناء السجلات',
        'كثيرًا ما لا يعرف المسجلون حقوقهم عندما يخفق أمين السجل. وتؤيد اللجنة الاستشارية العامة التعديلات، وتطلب إرفاق ميثاق لحقوق المسجلين بلغة واضحة بالاتفاقية.',
        ['نشر ميثاق لحقوق المسجلين ومسؤولياتهم بلغة مبسطة ومترجم.',
         'إلزام أمناء السجلات بالتحقق من بيانات الاتصال الخاصة بالمسجلين الذين تتعلق بهم شكاوى إساءة الاستخدام.']),
 'es': ('Declaración del ALAC sobre las modificaciones propuestas al Acuerdo de Acreditación de Registradores',
        'Los registratarios a menudo no saben qué derechos tienen cuando un registrador falla. El ALAC apoya las modificaciones y pide que se adjunte al acuerdo una carta de derechos del registratario redactada en lenguaje claro.',
        ['Publicar una carta de derechos y responsabilidades de los registratarios, en lenguaje claro y traducida.',
         'Exigir a los registradores que verifiquen los datos de contacto de los registratarios objeto de una denuncia de abuso.']),
})

A('vertical-integration', '2010-08-02', 'gnso-input', 'submitted', ['new-gtlds', 'consumer-trust'], texts={
 'en': ('ALAC Input to the GNSO Vertical Integration Working Group',
        'Whether registries and registrars may belong to the same company matters to users because it affects prices and the handling of their data. The ALAC does not oppose integration in principle but asks for safeguards.',
        ['Allow cross-ownership only with strict separation of registry data and an independent compliance audit.',
         'Grant exceptions for small community and developing-region registries that cannot find a registrar willing to sell their names.']),
 'zh': ('ALAC 对 GNSO 垂直整合工作组的意见',
        '注册管理机构与注册服务机构能否属于同一家公司，关系到用户的切身利益，因为这会影响价格以及用户数据的处理方式。ALAC 原则上不反对整合，但要求设立保障措施。',
        ['只有在严格分离注册管理数据并接受独立合规审计的情况下，才允许交叉持股。',
         '对找不到愿意销售其域名的注册服务机构的小型社群注册管理机构和发展中地区注册管理机构给予例外。']),
 'ar': ('مساهمة ALAC في فريق عمل GNSO المعني بالتكامل الرأسي',
        'إن السماح بانتماء السجلات وأمناء السجلات إلى الشركة نفسها يهم المستخدمين لأنه يؤثر في الأسعار وفي طريقة التعامل مع بياناتهم. ولا تعارض اللجنة الاستشارية العامة التكامل من حيث المبدأ، لكنها تطلب ضمانات.',
        ['عدم السماح بالملكية المتبادلة إلا مع فصل صارم لبيانات السجل وتدقيق مستقل للامتثال.',
         'منح استثناءات للسجلات المجتمعية الصغيرة وسجلات المناطق النامية التي لا تجد أمين سجل مستعدًا لبيع أسمائها.']),
})

A('applicant-support-advice', '2010-12-09', 'board-advice', 'submitted', ['new-gtlds', 'capacity-building'], meeting='ICANN39', texts={
 'en': ('ALAC Advice to the ICANN Board on Support for New gTLD Applicants',
        'Without support, the first round of new gTLDs will be dominated by applicants from a handful of wealthy countries. The ALAC advises the Board to adopt the recommendations of the Joint Applicant Support working group before the round opens.',
        ['Reduce the evaluation fee for qualifying applicants and let them pay in instalments.',
         'Set aside a fund, fed by auction proceeds, for technical and legal assistance to supported applicants.',
         'Report publicly on how many supported applications were received and approved.']),
 'zh': ('ALAC 就新通用顶级域申请人支持问题向 ICANN 董事会提出的建议',
        '如果没有支持措施，首轮新通用顶级域将被来自少数富裕国家的申请人主导。ALAC 建议董事会在本轮开放之前采纳联合申请人支持工作组的建议。',
        ['降低符合条件的申请人的评估费用，并允许分期付款。',
         '设立一项由拍卖收益注资的基金，为受支持的申请人提供技术和法律援助。',
         '公开报告收到和批准的受支持申请数量。']),
 'ar': ('مشورة ALAC إلى مجلس إدارة ICANN بشأن دعم المتقدمين لنطاقات gTLD الجديدة',
        'من دون دعم، ستهيمن على الجولة الأولى من نطاقات gTLD الجديدة طلبات من حفنة من البلدان الغنية. وتنصح اللجنة الاستشارية العامة المجلس باعتماد توصيات الفريق المشترك لدعم المتقدمين قبل فتح الجولة.',
        ['تخفيض رسوم التقييم للمتقدمين المؤهلين والسماح لهم بالدفع على أقساط.',
         'تخصيص صندوق يُموَّل من عائدات المزادات لتقديم المساعدة التقنية والقانونية للمتقدمين المدعومين.',
         'الإبلاغ علنًا عن عدد الطلبات المدعومة التي وردت والتي تمت الموافقة عليها.']),
 'es': ('Asesoramiento del ALAC a la Junta Directiva de la ICANN sobre el apoyo a los solicitantes de nuevos gTLD',
        'Sin apoyo, la primera ronda de nuevos gTLD estará dominada por solicitantes de unos pocos países ricos. El ALAC aconseja a la Junta adoptar las recomendaciones del grupo de trabajo conjunto sobre apoyo a solicitantes antes de abrir la ronda.',
        ['Reducir la tarifa de evaluación para los solicitantes que reúnan los requisitos y permitirles pagar a plazos.',
         'Crear un fondo, alimentado con ingresos de subastas, para asistencia técnica y jurídica a los solicitantes apoyados.',
         'Informar públicamente cuántas solicitudes apoyadas se recibieron y aprobaron.']),
})

A('atrt-final', '2011-01-14', 'public-comment', 'submitted', ['accountability'], pc='atrt-final-recommendations-2010-12-31', texts={
 'en': ('ALAC Statement on the Final Recommendations of the Accountability and Transparency Review Team',
        'The ALAC endorses the review team\u2019s recommendations and stresses that their value depends on implementation that the community can follow step by step.',
        ['Publish an implementation plan with owners, dates and measures of success for each recommendation.',
         'Explain in writing every Board decision that departs from advice given by an advisory committee.']),
 'zh': ('ALAC 关于问责制和透明度审查小组最终建议的声明',
        'ALAC 赞同审查小组的建议，并强调其价值取决于社群能够逐步跟踪的实施过程。',
        ['为每项建议公布实施计划，明确负责人、时间表和成效衡量标准。',
         '对于偏离咨询委员会建议的每一项董事会决定，都应作出书面解释。']),
 'ar': ('بيان ALAC بشأن التوصيات النهائية لفريق مراجعة المساءلة والشفافية',
        'تؤيد اللجنة الاستشارية العامة توصيات فريق المراجعة، وتؤكد أن قيمتها رهن بتنفيذ يستطيع المجتمع متابعته خطوة بخطوة.',
        ['نشر خطة تنفيذ تحدد لكل توصية الجهة المسؤولة والمواعيد ومقاييس النجاح.',
         'تقديم تفسير مكتوب لكل قرار يتخذه المجلس ويخالف مشورة لجنة استشارية.']),
})

A('user-rights-paper', '2011-05-30', 'white-paper', 'ratified', ['end-user-rights', 'privacy'], texts={
 'en': ('At-Large White Paper: Rights and Responsibilities of Internet Users in the Domain Name System',
        'This paper sets out, for the first time in one place, what individual users can expect from the domain name system and what is expected of them. It is meant as a reference for future At-Large advice.',
        ['Users should be able to reach any registered name reliably and without interference by intermediaries.',
         'Registrants should be told clearly what personal data is published and why.',
         'Every policy process should include a statement of its likely effect on individual users.']),
 'zh': ('一般会员白皮书：域名系统中互联网用户的权利与责任',
        '本文件首次集中阐述个人用户可以对域名系统抱有哪些期待，以及用户自身应承担哪些责任，旨在作为今后一般会员建议的参考。',
        ['用户应能可靠地访问任何已注册的域名，不受中间方干扰。',
         '应清楚告知注册人哪些个人数据会被公开以及公开的原因。',
         '每一项政策制定程序都应说明其对个人用户可能产生的影响。']),
 'ar': ('ورقة بيضاء لعموم المستخدمين: حقوق مستخدمي الإنترنت ومسؤولياتهم في نظام أسماء النطاقات',
        'تعرض هذه الورقة، لأول مرة في مكان واحد، ما يمكن للمستخدمين الأفراد أن يتوقعوه من نظام أسماء النطاقات وما هو متوقع منهم. وهي مرجع للمشورة التي سيقدمها مجتمع عموم المستخدمين مستقبلًا.',
        ['ينبغي أن يتمكن المستخدمون من الوصول إلى أي اسم مسجل بصورة موثوقة ودون تدخل من الوسطاء.',
         'ينبغي إبلاغ المسجلين بوضوح بالبيانات الشخصية التي تُنشر وسبب نشرها.',
         'ينبغي أن تتضمن كل عملية لوضع السياسات بيانًا بأثرها المحتمل على المستخدمين الأفراد.']),
 'fr': ('Livre blanc d\u2019At-Large : droits et responsabilités des utilisateurs de l\u2019Internet dans le système des noms de domaine',
        'Ce document expose, pour la première fois en un seul endroit, ce que les utilisateurs individuels peuvent attendre du système des noms de domaine et ce que l\u2019on attend d\u2019eux. Il servira de référence aux futurs avis d\u2019At-Large.',
        ['Les utilisateurs doivent pouvoir joindre de manière fiable tout nom enregistré, sans ingérence d\u2019intermédiaires.',
         'Les titulaires doivent être clairement informés des données personnelles publiées et des raisons de cette publication.',
         'Tout processus d\u2019élaboration de politiques doit comporter une évaluation de ses effets probables sur les utilisateurs individuels.']),
})

A('fy12-budget', '2011-06-17', 'public-comment', 'submitted', ['budget'], related=['fy11-budget'], pc='draft-fy12-operating-plan-budget-2011-05-17', texts={
 'en': ('ALAC Statement on the Draft FY12 Operating Plan and Budget',
        'The FY12 draft improves on last year\u2019s presentation, but the At-Large requests submitted in January are still not answered line by line.',
        ['Answer each community budget request with an explicit decision and reason.',
         'Keep funding for regional outreach at least at the FY11 level.']),
 'zh': ('ALAC 关于 2012 财年运营计划和预算草案的声明',
        '2012 财年草案在呈现方式上较去年有所改进，但一般会员在一月份提交的申请仍未得到逐项答复。',
        ['对每一项社群预算申请作出明确决定并说明理由。',
         '区域外联经费至少保持在 2011 财年的水平。']),
 'ar': ('بيان ALAC بشأن مسودة خطة التشغيل والميزانية للسنة المالية 2012',
        'تتحسن مسودة السنة المالية 2012 من حيث العرض مقارنة بالعام الماضي، لكن طلبات عموم المستخدمين المقدمة في يناير لم تُجَب بعد بندًا بندًا.',
        ['الرد على كل طلب ميزانية مجتمعي بقرار صريح مع بيان الأسباب.',
         'الإبقاء على تمويل التواصل الإقليمي عند مستوى السنة المالية 2011 على الأقل.']),
})

A('dakar-advice', '2011-10-28', 'board-advice', 'submitted', ['new-gtlds', 'end-user-rights'], meeting='ICANN42', related=['applicant-support-advice'], texts={
 'en': ('ALAC Advice to the ICANN Board on Readiness for the First New gTLD Round',
        'Three months before the application window opens, the applicant support programme and the outreach campaign are not ready. The ALAC advises the Board not to open the window until both are in place.',
        ['Confirm the applicant support programme, its budget and its criteria before the window opens.',
         'Run the awareness campaign in all six UN languages and in every region, not only in the largest markets.']),
 'zh': ('ALAC 就首轮新通用顶级域准备情况向 ICANN 董事会提出的建议',
        '距离申请窗口开放还有三个月，但申请人支持计划和宣传活动都尚未就绪。ALAC 建议董事会在两者落实之前不要开放申请窗口。',
        ['在窗口开放之前确定申请人支持计划及其预算和标准。',
         '以联合国全部六种语言在每个地区开展宣传活动，而不仅限于最大的市场。']),
 'ar': ('مشورة ALAC إلى مجلس إدارة ICANN بشأن الاستعداد للجولة الأولى من نطاقات gTLD الجديدة',
        'قبل ثلاثة أشهر من فتح باب تقديم الطلبات، لم يكتمل بعد برنامج دعم المتقدمين ولا حملة التوعية. وتنصح اللجنة الاستشارية العامة المجلس بعدم فتح باب التقديم قبل اكتمالهما.',
        ['تأكيد برنامج دعم المتقدمين وميزانيته ومعاييره قبل فتح باب التقديم.',
         'تنفيذ حملة التوعية بلغات الأمم المتحدة الست جميعها وفي كل منطقة، وليس في الأسواق الكبرى وحدها.']),
 'fr': ('Avis de l\u2019ALAC au Conseil d\u2019administration de l\u2019ICANN sur la préparation du premier cycle de nouveaux gTLD',
        'À trois mois de l\u2019ouverture de la période de candidature, le programme de soutien aux candidats et la campagne de sensibilisation ne sont pas prêts. L\u2019ALAC conseille au Conseil de ne pas ouvrir la période avant que les deux soient en place.',
        ['Confirmer le programme de soutien aux candidats, son budget et ses critères avant l\u2019ouverture.',
         'Mener la campagne de sensibilisation dans les six langues de l\u2019ONU et dans chaque région, pas seulement sur les plus grands marchés.']),
})

A('rap-uniformity', '2012-03-23', 'gnso-input', 'submitted', ['dns-abuse', 'consumer-trust'], texts={
 'en': ('ALAC Input on the GNSO Issue Report on Uniformity of Contracts to Address Registration Abuse',
        'Abuse handling differs widely between registries because their contracts differ. The ALAC supports a policy development process that would set a common minimum for all gTLD contracts.',
        ['Define a minimum set of abuse-handling obligations that applies to every gTLD registry.',
         'Collect and publish statistics on abuse reports and their outcomes.']),
 'zh': ('ALAC 对 GNSO 关于以统一合同应对注册滥用问题报告的意见',
        '由于合同各不相同，各注册管理机构对滥用行为的处理方式差异很大。ALAC 支持启动政策制定程序，为所有通用顶级域合同设定共同的最低标准。',
        ['确定适用于每个通用顶级域注册管理机构的最低滥用处理义务。',
         '收集并公布滥用举报及其处理结果的统计数据。']),
 'ar': ('مساهمة ALAC بشأن تقرير قضايا GNSO حول توحيد العقود لمعالجة إساءة التسجيل',
        'تتباين طريقة معالجة إساءة الاستخدام تباينًا كبيرًا بين السجلات لاختلاف عقودها. وتؤيد اللجنة الاستشارية العامة إطلاق عملية لوضع السياسات تحدد حدًا أدنى مشتركًا لجميع عقود نطاقات gTLD.',
        ['تحديد مجموعة دنيا من الالتزامات المتعلقة بمعالجة إساءة الاستخدام تنطبق على كل سجل gTLD.',
         'جمع إحصاءات عن بلاغات إساءة الاستخدام ونتائجها ونشرها.']),
})

A('whois-rt-final', '2012-06-04', 'public-comment', 'submitted', ['whois-rdds', 'privacy'], pc='whois-rt-final-report-2012-05-11', texts={
 'en': ('ALAC Statement on the Final Report of the WHOIS Policy Review Team',
        'The review team found that WHOIS data is often inaccurate and that ICANN\u2019s compliance efforts were not effective. The ALAC agrees and asks that accuracy and privacy be addressed together.',
        ['Make WHOIS accuracy a strategic priority with a measurable annual target.',
         'Develop accreditation rules for privacy and proxy services so that individuals can protect their data lawfully.']),
 'zh': ('ALAC 关于 WHOIS 政策审查小组最终报告的声明',
        '审查小组发现 WHOIS 数据经常不准确，且 ICANN 的合规工作成效不佳。ALAC 同意这一结论，并要求同时解决准确性和隐私问题。',
        ['将 WHOIS 准确性列为战略优先事项，并设定可衡量的年度目标。',
         '为隐私和代理服务制定认证规则，使个人能够依法保护自己的数据。']),
 'ar': ('بيان ALAC بشأن التقرير النهائي لفريق مراجعة سياسة WHOIS',
        'وجد فريق المراجعة أن بيانات WHOIS كثيرًا ما تكون غير دقيقة وأن جهود الامتثال في ICANN لم تكن فعالة. وتتفق اللجنة الاستشارية العامة مع ذلك، وتطلب معالجة الدقة والخصوصية معًا.',
        ['جعل دقة بيانات WHOIS أولوية استراتيجية ذات هدف سنوي قابل للقياس.',
         'وضع قواعد اعتماد لخدمات الخصوصية والوكالة حتى يتمكن الأفراد من حماية بياناتهم بصورة مشروعة.']),
})

A('prague-consumer-trust', '2012-06-28', 'board-advice', 'submitted', ['consumer-trust', 'new-gtlds'], meeting='ICANN44', texts={
 'en': ('ALAC Advice to the ICANN Board on Consumer Trust Metrics',
        'The Affirmation of Commitments requires a review of how new gTLDs affect consumer trust, but no baseline is being collected. The ALAC advises the Board to start measuring before the new names are delegated.',
        ['Commission a baseline survey of consumer trust in the domain name system before the first delegations.',
         'Involve At-Large in defining the metrics, so that they reflect the experience of individual users.']),
 'zh': ('ALAC 就消费者信任衡量指标向 ICANN 董事会提出的建议',
        '《义务确认书》要求审查新通用顶级域对消费者信任的影响，但目前并未收集任何基准数据。ALAC 建议董事会在新域名授权之前就开始衡量。',
        ['在首批授权之前，委托开展一项关于消费者对域名系统信任度的基准调查。',
         '让一般会员社群参与制定衡量指标，使其反映个人用户的实际体验。']),
 'ar': ('مشورة ALAC إلى مجلس إدارة ICANN بشأن مقاييس ثقة المستهلك',
        'يقتضي التأكيد على الالتزامات مراجعة أثر نطاقات gTLD الجديدة في ثقة المستهلك، غير أنه لا يجري جمع أي بيانات مرجعية. وتنصح اللجنة الاستشارية العامة المجلس بالبدء في القياس قبل تفويض الأسماء الجديدة.',
        ['التكليف بإجراء مسح مرجعي لثقة المستهلك في نظام أسماء النطاقات قبل عمليات التفويض الأولى.',
         'إشراك مجتمع عموم المستخدمين في تحديد المقاييس بحيث تعكس تجربة المستخدمين الأفراد.']),
})

A('tmch-strawman', '2013-01-15', 'public-comment', 'submitted', ['new-gtlds', 'end-user-rights'], related=['dag3'], pc='tmch-strawman-2012-11-30', texts={
 'en': ('ALAC Statement on the Trademark Clearinghouse "Strawman Solution"',
        'The strawman proposal would extend trademark claims notices and allow previously abused strings to be added to the Clearinghouse. The ALAC considers that this goes beyond what the community agreed and would chill legitimate registrations.',
        ['Keep the claims period as agreed in the guidebook.',
         'Reject the addition of previously abused strings unless a policy process approves it.']),
 'zh': ('ALAC 关于商标信息交换中心“稻草人方案”的声明',
        '该方案将延长商标索赔通知期限，并允许将曾被滥用的字符串加入信息交换中心。ALAC 认为这超出了社群已达成的共识，并会抑制正当的注册。',
        ['保持《申请人指南》中已商定的索赔期限。',
         '除非经过政策制定程序批准，否则拒绝加入曾被滥用的字符串。']),
 'ar': ('بيان ALAC بشأن "الحل المبدئي" لمركز مقاصة العلامات التجارية',
        'من شأن الاقتراح المبدئي أن يمدد إشعارات مطالبات العلامات التجارية وأن يسمح بإضافة سلاسل سبقت إساءة استخدامها إلى مركز المقاصة. وترى اللجنة الاستشارية العامة أن ذلك يتجاوز ما اتفق عليه المجتمع وسيُثبّط التسجيلات المشروعة.',
        ['الإبقاء على فترة المطالبات كما اتُّفق عليها في الدليل.',
         'رفض إضافة السلاسل التي سبقت إساءة استخدامها ما لم توافق عليها عملية لوضع السياسات.']),
})

A('closed-generics', '2013-04-11', 'board-advice', 'submitted', ['new-gtlds', 'end-user-rights'], meeting='ICANN46', texts={
 'en': ('ALAC Advice to the ICANN Board on Closed Generic Top-Level Domains',
        'Several applicants propose to run common words such as "book" or "search" as private domains reserved for one company. The ALAC advises the Board that exclusive use of a generic word is contrary to the public interest unless the registry can show a benefit to users.',
        ['Do not delegate closed generic strings without a public-interest justification reviewed by the community.',
         'Start a policy process on closed generics for future rounds.']),
 'zh': ('ALAC 就封闭式通用顶级域向 ICANN 董事会提出的建议',
        '一些申请人计划将 “book”、“search” 等常用词作为专供一家公司使用的私有域名运营。ALAC 向董事会指出，除非注册管理机构能够证明对用户有益，否则独占使用通用词语有违公共利益。',
        ['未经社群审查的公共利益论证，不授权封闭式通用字符串。',
         '为今后的申请轮次启动关于封闭式通用顶级域的政策制定程序。']),
 'ar': ('مشورة ALAC إلى مجلس إدارة ICANN بشأن النطاقات العليا العامة المغلقة',
        'يعتزم عدد من المتقدمين تشغيل كلمات شائعة مثل "book" أو "search" كنطاقات خاصة محجوزة لشركة واحدة. وتنصح اللجنة الاستشارية العامة المجلس بأن الاستخدام الحصري لكلمة عامة يتعارض مع المصلحة العامة ما لم يثبت السجل وجود منفعة للمستخدمين.',
        ['عدم تفويض السلاسل العامة المغلقة دون مسوّغ يتعلق بالمصلحة العامة يراجعه المجتمع.',
         'إطلاق عملية لوضع السياسات بشأن النطاقات العامة المغلقة للجولات المقبلة.']),
 'es': ('Asesoramiento del ALAC a la Junta Directiva de la ICANN sobre los dominios genéricos cerrados',
        'Varios solicitantes proponen operar palabras comunes como "book" o "search" como dominios privados reservados a una sola empresa. El ALAC aconseja a la Junta que el uso exclusivo de una palabra genérica es contrario al interés público, salvo que el registro demuestre un beneficio para los usuarios.',
        ['No delegar cadenas genéricas cerradas sin una justificación de interés público revisada por la comunidad.',
         'Iniciar un proceso de desarrollo de políticas sobre los genéricos cerrados para futuras rondas.']),
})

A('ewg-directory', '2013-09-06', 'public-comment', 'submitted', ['whois-rdds', 'privacy'], related=['whois-rt-final'], pc='ewg-rds-initial-report-2013-06-24', texts={
 'en': ('ALAC Statement on the Initial Report of the Expert Working Group on gTLD Directory Services',
        'The expert group proposes to replace public WHOIS with gated access to registration data. The ALAC welcomes the move toward purpose-based access but asks for stronger guarantees for individual registrants.',
        ['Let natural persons keep their contact data out of public view by default.',
         'Log every access to non-public data and let registrants see who accessed theirs.']),
 'zh': ('ALAC 关于通用顶级域目录服务专家工作组初步报告的声明',
        '专家组提议以受控访问注册数据的方式取代公开的 WHOIS。ALAC 欢迎向基于目的的访问转变，但要求为个人注册人提供更有力的保障。',
        ['默认情况下，自然人的联系数据不公开显示。',
         '记录每一次对非公开数据的访问，并允许注册人查看谁访问了自己的数据。']),
 'ar': ('بيان ALAC بشأن التقرير الأولي لفريق الخبراء العامل المعني بخدمات دليل نطاقات gTLD',
        'يقترح فريق الخبراء الاستعاضة عن WHOIS العام بوصول مقيّد إلى بيانات التسجيل. وترحب اللجنة الاستشارية العامة بالتحول نحو وصول قائم على الغرض، لكنها تطلب ضمانات أقوى للمسجلين الأفراد.',
        ['إخفاء بيانات الاتصال الخاصة بالأشخاص الطبيعيين عن العموم بشكل افتراضي.',
         'تسجيل كل وصول إلى البيانات غير العامة وتمكين المسجلين من معرفة من اطّلع على بياناتهم.']),
})

A('idn-variants', '2013-09-20', 'public-comment', 'submitted', ['idn', 'universal-acceptance'], related=['idn-fast-track'], pc='lgr-procedure-2013-07-26', texts={
 'en': ('ALAC Statement on the Procedure to Develop Label Generation Rules for the Root Zone',
        'For users of scripts such as Arabic or Chinese, two visually identical names can be encoded differently. The ALAC supports the proposed procedure and asks that user communities of each script be represented in the generation panels.',
        ['Fund travel and translation so that script communities from developing regions can take part in the panels.',
         'Treat user confusion, not only technical stability, as a criterion for variant decisions.']),
 'zh': ('ALAC 关于根区标签生成规则制定程序的声明',
        '对于使用阿拉伯文或中文等文字的用户而言，两个外观完全相同的域名可能采用不同的编码。ALAC 支持拟议的程序，并要求每种文字的用户社群都能在生成小组中有代表。',
        ['资助差旅和翻译，使来自发展中地区的文字社群能够参与生成小组。',
         '在作出变体决定时，不仅要考虑技术稳定性，还要将用户混淆作为一项标准。']),
 'ar': ('بيان ALAC بشأن إجراء وضع قواعد توليد التسميات لمنطقة الجذر',
        'قد يُرمَّز اسمان متطابقان في الشكل ترميزًا مختلفًا لدى مستخدمي أنظمة كتابة مثل العربية أو الصينية. وتؤيد اللجنة الاستشارية العامة الإجراء المقترح، وتطلب أن تكون مجتمعات مستخدمي كل نظام كتابة ممثلة في لجان التوليد.',
        ['تمويل السفر والترجمة لتمكين مجتمعات أنظمة الكتابة من المناطق النامية من المشاركة في اللجان.',
         'اعتبار التباس المستخدمين، لا الاستقرار التقني وحده، معيارًا في قرارات المتغيرات.']),
})

A('capacity-letter', '2013-11-20', 'correspondence', 'submitted', ['capacity-building', 'end-user-rights'], meeting='ICANN48', texts={
 'en': ('Letter to the ICANN President on a Capacity-Building Programme for At-Large Structures',
        'Many At-Large Structures join enthusiastically and fall silent within a year because newcomers cannot follow ICANN\u2019s vocabulary and processes. The ALAC asks for a standing capacity-building programme.',
        ['Offer a monthly webinar series on current policy topics, recorded and interpreted.',
         'Provide a short onboarding course for new At-Large Structures in every RALO language.']),
 'zh': ('就为一般会员组织设立能力建设计划致 ICANN 总裁的信函',
        '许多一般会员组织加入时满怀热情，但由于新成员难以理解 ICANN 的术语和程序，不到一年便沉寂下来。ALAC 请求设立一项常设能力建设计划。',
        ['每月举办一次关于当前政策议题的网络研讨会，提供录像和口译。',
         '以各区域一般会员组织的工作语言为新加入的一般会员组织提供简短的入门课程。']),
 'ar': ('رسالة إلى رئيس ICANN بشأن برنامج لبناء قدرات هياكل عموم المستخدمين',
        'تنضم كثير من هياكل عموم المستخدمين بحماس ثم تصمت في غضون عام، لأن الأعضاء الجدد لا يستطيعون متابعة مصطلحات ICANN وإجراءاتها. وتطلب اللجنة الاستشارية العامة إنشاء برنامج دائم لبناء القدرات.',
        ['تقديم سلسلة ندوات شهرية عبر الإنترنت حول موضوعات السياسات الراهنة، مسجلة ومع ترجمة فورية.',
         'توفير دورة تعريفية قصيرة لهياكل عموم المستخدمين الجديدة بكل لغة من لغات المنظمات الإقليمية.']),
})
