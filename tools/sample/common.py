"""Shared reference data for the sample generator: languages, regions, meetings, workgroups."""
import datetime

D = datetime.date
AS_OF = D(2025, 6, 30)
LANGS = ['en', 'fr', 'es', 'pt', 'zh', 'ar', 'ru']
REGIONS = ['afralo', 'apralo', 'euralo', 'lacralo', 'naralo']


def d(s):
    return datetime.date.fromisoformat(s)


def add_months(day, n):
    y, m = divmod(day.month - 1 + n, 12)
    y += day.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return D(y, m, min(day.day, last))


def months_between(a, b):
    """Fractional months from a to b (b exclusive end + 1 day semantics not applied)."""
    return (b - a).days / 30.436875


REGION_NAMES = {
    'afralo': {'en': 'African Regional At-Large Organization',
               'fr': 'Organisation régionale At-Large africaine',
               'es': 'Organización Regional At-Large de África',
               'pt': 'Organização Regional At-Large da África',
               'zh': '非洲区域一般会员组织',
               'ar': 'المنظمة الإقليمية الأفريقية لعموم المستخدمين',
               'ru': 'Африканская региональная организация At-Large'},
    'apralo': {'en': 'Asian, Australasian and Pacific Islands Regional At-Large Organization',
               'fr': 'Organisation régionale At-Large d\u2019Asie, d\u2019Australasie et des îles du Pacifique',
               'es': 'Organización Regional At-Large de Asia, Australasia y las Islas del Pacífico',
               'pt': 'Organização Regional At-Large da Ásia, Australásia e Ilhas do Pacífico',
               'zh': '亚洲、澳大拉西亚及太平洋岛屿区域一般会员组织',
               'ar': 'المنظمة الإقليمية لعموم المستخدمين في آسيا وأستراليا وجزر المحيط الهادئ',
               'ru': 'Региональная организация At-Large Азии, Австралазии и тихоокеанских островов'},
    'euralo': {'en': 'European Regional At-Large Organization',
               'fr': 'Organisation régionale At-Large européenne',
               'es': 'Organización Regional At-Large de Europa',
               'pt': 'Organização Regional At-Large da Europa',
               'zh': '欧洲区域一般会员组织',
               'ar': 'المنظمة الإقليمية الأوروبية لعموم المستخدمين',
               'ru': 'Европейская региональная организация At-Large'},
    'lacralo': {'en': 'Latin American and Caribbean Islands Regional At-Large Organization',
                'fr': 'Organisation régionale At-Large d\u2019Amérique latine et des îles des Caraïbes',
                'es': 'Organización Regional At-Large de América Latina e Islas del Caribe',
                'pt': 'Organização Regional At-Large da América Latina e Ilhas do Caribe',
                'zh': '拉丁美洲及加勒比岛屿区域一般会员组织',
                'ar': 'المنظمة الإقليمية لعموم المستخدمين في أمريكا اللاتينية وجزر الكاريبي',
                'ru': 'Региональная организация At-Large Латинской Америки и островов Карибского бассейна'},
    'naralo': {'en': 'North American Regional At-Large Organization',
               'fr': 'Organisation régionale At-Large nord-américaine',
               'es': 'Organización Regional At-Large de América del Norte',
               'pt': 'Organização Regional At-Large da América do Norte',
               'zh': '北美区域一般会员组织',
               'ar': 'المنظمة الإقليمية لعموم المستخدمين في أمريكا الشمالية',
               'ru': 'Североамериканская региональная организация At-Large'},
}

# city: en, fr, es, pt, zh, ar, ru
CITIES = {
    'Sydney': ('Sydney', 'Sídney', 'Sydney', '悉尼', 'سيدني', 'Сидней'),
    'Seoul': ('Séoul', 'Seúl', 'Seul', '首尔', 'سيول', 'Сеул'),
    'Nairobi': ('Nairobi', 'Nairobi', 'Nairóbi', '内罗毕', 'نيروبي', 'Найроби'),
    'Brussels': ('Bruxelles', 'Bruselas', 'Bruxelas', '布鲁塞尔', 'بروكسل', 'Брюссель'),
    'Cartagena': ('Carthagène des Indes', 'Cartagena de Indias', 'Cartagena das Índias', '卡塔赫纳', 'قرطاجنة', 'Картахена'),
    'San Francisco': ('San Francisco', 'San Francisco', 'São Francisco', '旧金山', 'سان فرانسيسكو', 'Сан-Франциско'),
    'Singapore': ('Singapour', 'Singapur', 'Singapura', '新加坡', 'سنغافورة', 'Сингапур'),
    'Dakar': ('Dakar', 'Dakar', 'Dacar', '达喀尔', 'داكار', 'Дакар'),
    'San José': ('San José', 'San José', 'San José', '圣何塞', 'سان خوسيه', 'Сан-Хосе'),
    'Prague': ('Prague', 'Praga', 'Praga', '布拉格', 'براغ', 'Прага'),
    'Toronto': ('Toronto', 'Toronto', 'Toronto', '多伦多', 'تورنتو', 'Торонто'),
    'Beijing': ('Pékin', 'Pekín', 'Pequim', '北京', 'بكين', 'Пекин'),
    'Durban': ('Durban', 'Durban', 'Durban', '德班', 'ديربان', 'Дурбан'),
    'Buenos Aires': ('Buenos Aires', 'Buenos Aires', 'Buenos Aires', '布宜诺斯艾利斯', 'بوينس آيرس', 'Буэнос-Айрес'),
    'London': ('Londres', 'Londres', 'Londres', '伦敦', 'لندن', 'Лондон'),
    'Los Angeles': ('Los Angeles', 'Los Ángeles', 'Los Angeles', '洛杉矶', 'لوس أنجلوس', 'Лос-Анджелес'),
    'Dublin': ('Dublin', 'Dublín', 'Dublin', '都柏林', 'دبلن', 'Дублин'),
    'Marrakech': ('Marrakech', 'Marrakech', 'Marraquexe', '马拉喀什', 'مراكش', 'Марракеш'),
    'Helsinki': ('Helsinki', 'Helsinki', 'Helsinque', '赫尔辛基', 'هلسنكي', 'Хельсинки'),
    'Hyderabad': ('Hyderabad', 'Hyderabad', 'Hyderabad', '海得拉巴', 'حيدر آباد', 'Хайдарабад'),
    'Copenhagen': ('Copenhague', 'Copenhague', 'Copenhague', '哥本哈根', 'كوبنهاغن', 'Копенгаген'),
    'Johannesburg': ('Johannesburg', 'Johannesburgo', 'Joanesburgo', '约翰内斯堡', 'جوهانسبرغ', 'Йоханнесбург'),
    'Abu Dhabi': ('Abou Dabi', 'Abu Dabi', 'Abu Dhabi', '阿布扎比', 'أبوظبي', 'Абу-Даби'),
    'San Juan': ('San Juan', 'San Juan', 'San Juan', '圣胡安', 'سان خوان', 'Сан-Хуан'),
    'Panama City': ('Panama', 'Ciudad de Panamá', 'Cidade do Panamá', '巴拿马城', 'مدينة بنما', 'Панама'),
    'Barcelona': ('Barcelone', 'Barcelona', 'Barcelona', '巴塞罗那', 'برشلونة', 'Барселона'),
    'Kobe': ('Kobe', 'Kobe', 'Kobe', '神户', 'كوبي', 'Кобе'),
    'Montréal': ('Montréal', 'Montreal', 'Montreal', '蒙特利尔', 'مونتريال', 'Монреаль'),
    'Cancún': ('Cancún', 'Cancún', 'Cancún', '坎昆', 'كانكون', 'Канкун'),
    'Kuala Lumpur': ('Kuala Lumpur', 'Kuala Lumpur', 'Kuala Lumpur', '吉隆坡', 'كوالالمبور', 'Куала-Лумпур'),
    'Hamburg': ('Hambourg', 'Hamburgo', 'Hamburgo', '汉堡', 'هامبورغ', 'Гамбург'),
    'The Hague': ('La Haye', 'La Haya', 'Haia', '海牙', 'لاهاي', 'Гаага'),
    'Seattle': ('Seattle', 'Seattle', 'Seattle', '西雅图', 'سياتل', 'Сиэтл'),
    'Washington, D.C.': ('Washington', 'Washington D. C.', 'Washington, D.C.', '华盛顿特区', 'واشنطن العاصمة', 'Вашингтон'),
    'Kigali': ('Kigali', 'Kigali', 'Kigali', '基加利', 'كيغالي', 'Кигали'),
    'Istanbul': ('Istanbul', 'Estambul', 'Istambul', '伊斯坦布尔', 'إسطنبول', 'Стамбул'),
}

# number, city, country, start, end  (virtual meetings flagged separately)
MEETINGS = [
    (35, 'Sydney', 'AU', '2009-06-21', '2009-06-26'),
    (36, 'Seoul', 'KR', '2009-10-25', '2009-10-30'),
    (37, 'Nairobi', 'KE', '2010-03-07', '2010-03-12'),
    (38, 'Brussels', 'BE', '2010-06-20', '2010-06-25'),
    (39, 'Cartagena', 'CO', '2010-12-05', '2010-12-10'),
    (40, 'San Francisco', 'US', '2011-03-13', '2011-03-18'),
    (41, 'Singapore', 'SG', '2011-06-19', '2011-06-24'),
    (42, 'Dakar', 'SN', '2011-10-23', '2011-10-28'),
    (43, 'San José', 'CR', '2012-03-11', '2012-03-16'),
    (44, 'Prague', 'CZ', '2012-06-24', '2012-06-29'),
    (45, 'Toronto', 'CA', '2012-10-14', '2012-10-19'),
    (46, 'Beijing', 'CN', '2013-04-07', '2013-04-11'),
    (47, 'Durban', 'ZA', '2013-07-14', '2013-07-18'),
    (48, 'Buenos Aires', 'AR', '2013-11-17', '2013-11-21'),
    (49, 'Singapore', 'SG', '2014-03-23', '2014-03-27'),
    (50, 'London', 'GB', '2014-06-22', '2014-06-26'),
    (51, 'Los Angeles', 'US', '2014-10-12', '2014-10-16'),
    (52, 'Singapore', 'SG', '2015-02-08', '2015-02-12'),
    (53, 'Buenos Aires', 'AR', '2015-06-21', '2015-06-25'),
    (54, 'Dublin', 'IE', '2015-10-18', '2015-10-22'),
    (55, 'Marrakech', 'MA', '2016-03-05', '2016-03-10'),
    (56, 'Helsinki', 'FI', '2016-06-27', '2016-06-30'),
    (57, 'Hyderabad', 'IN', '2016-11-03', '2016-11-09'),
    (58, 'Copenhagen', 'DK', '2017-03-11', '2017-03-16'),
    (59, 'Johannesburg', 'ZA', '2017-06-26', '2017-06-29'),
    (60, 'Abu Dhabi', 'AE', '2017-10-28', '2017-11-03'),
    (61, 'San Juan', 'PR', '2018-03-10', '2018-03-15'),
    (62, 'Panama City', 'PA', '2018-06-25', '2018-06-28'),
    (63, 'Barcelona', 'ES', '2018-10-20', '2018-10-26'),
    (64, 'Kobe', 'JP', '2019-03-09', '2019-03-14'),
    (65, 'Marrakech', 'MA', '2019-06-24', '2019-06-27'),
    (66, 'Montréal', 'CA', '2019-11-02', '2019-11-07'),
    (67, 'Cancún', 'MX', '2020-03-07', '2020-03-12'),
    (68, 'Kuala Lumpur', 'MY', '2020-06-22', '2020-06-25'),
    (69, 'Hamburg', 'DE', '2020-10-17', '2020-10-22'),
    (70, 'Cancún', 'MX', '2021-03-22', '2021-03-25'),
    (71, 'The Hague', 'NL', '2021-06-14', '2021-06-17'),
    (72, 'Seattle', 'US', '2021-10-25', '2021-10-28'),
    (73, 'San Juan', 'PR', '2022-03-07', '2022-03-10'),
    (74, 'The Hague', 'NL', '2022-06-13', '2022-06-16'),
    (75, 'Kuala Lumpur', 'MY', '2022-09-17', '2022-09-22'),
    (76, 'Cancún', 'MX', '2023-03-11', '2023-03-16'),
    (77, 'Washington, D.C.', 'US', '2023-06-12', '2023-06-15'),
    (78, 'Hamburg', 'DE', '2023-10-21', '2023-10-26'),
    (79, 'San Juan', 'PR', '2024-03-02', '2024-03-07'),
    (80, 'Kigali', 'RW', '2024-06-10', '2024-06-13'),
    (81, 'Istanbul', 'TR', '2024-11-09', '2024-11-14'),
]


class Meeting:
    def __init__(self, number, city, country, start, end):
        self.number = number
        self.id = 'ICANN%d' % number
        self.city = city
        self.country = country
        self.start = d(start)
        self.end = d(end)
        self.virtual = 67 <= number <= 73
        if number < 55:
            self.kind = 'other'
        elif self.start.month <= 4:
            self.kind = 'community-forum'
        elif self.start.month <= 7:
            self.kind = 'policy-forum'
        else:
            self.kind = 'agm'

    def city_names(self):
        fr, es, pt, zh, ar, ru = CITIES[self.city]
        return {'en': self.city, 'fr': fr, 'es': es, 'pt': pt, 'zh': zh, 'ar': ar, 'ru': ru}


MEETING_LIST = [Meeting(*m) for m in MEETINGS]
MEETING_BY_ID = {m.id: m for m in MEETING_LIST}
TRAVEL_MEETINGS = [m for m in MEETING_LIST if m.number >= 47 and not m.virtual]

# Where each meeting country sits, for airfare estimates.
COUNTRY_REGION = {
    'AU': 'apralo', 'KR': 'apralo', 'KE': 'afralo', 'BE': 'euralo', 'CO': 'lacralo', 'US': 'naralo',
    'SG': 'apralo', 'SN': 'afralo', 'CR': 'lacralo', 'CZ': 'euralo', 'CA': 'naralo', 'CN': 'apralo',
    'ZA': 'afralo', 'AR': 'lacralo', 'GB': 'euralo', 'IE': 'euralo', 'MA': 'afralo', 'FI': 'euralo',
    'IN': 'apralo', 'DK': 'euralo', 'AE': 'apralo', 'PR': 'naralo', 'PA': 'lacralo', 'ES': 'euralo',
    'JP': 'apralo', 'MX': 'lacralo', 'MY': 'apralo', 'DE': 'euralo', 'NL': 'euralo', 'RW': 'afralo',
    'TR': 'euralo',
}

# id, name {en, fr, es, zh, ar}, kind, chartered_by, from, to
WORKGROUPS = [
    ('new-gtld-wg', {'en': 'At-Large New gTLD Working Group', 'fr': 'Groupe de travail At-Large sur les nouveaux gTLD',
                     'es': 'Grupo de Trabajo At-Large sobre Nuevos gTLD', 'zh': '一般会员新通用顶级域工作组',
                     'ar': 'فريق عمل عموم المستخدمين المعني بنطاقات gTLD الجديدة'},
     'policy', 'alac', '2008-06-01', '2018-12-31'),
    ('idn-wg', {'en': 'IDN Policy Working Group', 'fr': 'Groupe de travail sur la politique des IDN',
                'es': 'Grupo de Trabajo sobre Políticas de IDN', 'zh': '国际化域名政策工作组',
                'ar': 'فريق عمل سياسات أسماء النطاقات المدوّلة'},
     'policy', 'alac', '2008-03-01', None),
    ('registration-issues-wg', {'en': 'Registration Issues Working Group', 'fr': 'Groupe de travail sur les questions d\u2019enregistrement',
                                'es': 'Grupo de Trabajo sobre Cuestiones de Registro', 'zh': '注册问题工作组',
                                'ar': 'فريق عمل قضايا التسجيل'},
     'policy', 'alac', '2010-01-01', '2018-12-31'),
    ('ccwg-accountability', {'en': 'At-Large CCWG-Accountability Working Group', 'fr': 'Groupe de travail At-Large sur le CCWG-Responsabilité',
                             'es': 'Grupo de Trabajo At-Large sobre el CCWG-Responsabilidad', 'zh': '一般会员 CCWG 问责制工作组',
                             'ar': 'فريق عمل عموم المستخدمين المعني بمجموعة عمل المساءلة'},
     'policy', 'alac', '2014-11-01', '2018-06-30'),
    ('ogwg', {'en': 'Operations, Finance and Budget Working Group', 'fr': 'Groupe de travail Opérations, finances et budget',
              'es': 'Grupo de Trabajo de Operaciones, Finanzas y Presupuesto', 'zh': '运营、财务和预算工作组',
              'ar': 'فريق عمل العمليات والمالية والميزانية'},
     'policy', 'alac', '2012-01-01', None),
    ('sub-pro', {'en': 'Subsequent Procedures Working Group', 'fr': 'Groupe de travail sur les procédures ultérieures',
                 'es': 'Grupo de Trabajo sobre Procedimientos Posteriores', 'zh': '后续程序工作组',
                 'ar': 'فريق عمل الإجراءات اللاحقة'},
     'policy', 'alac', '2016-02-01', '2023-06-30'),
    ('at-large-review-implementation', {'en': 'At-Large Review Implementation Working Party', 'fr': 'Groupe de mise en œuvre de l\u2019examen d\u2019At-Large',
                                        'es': 'Grupo de Implementación de la Revisión de At-Large', 'zh': '一般会员审查实施工作小组',
                                        'ar': 'فريق تنفيذ مراجعة عموم المستخدمين'},
     'policy', 'alac', '2017-07-01', '2021-06-30'),
    ('cpwg', {'en': 'Consolidated Policy Working Group', 'fr': 'Groupe de travail consolidé sur les politiques',
              'es': 'Grupo de Trabajo Consolidado de Políticas', 'zh': '综合政策工作组',
              'ar': 'فريق عمل السياسات الموحد'},
     'policy', 'alac', '2019-01-01', None),
    ('capacity-building', {'en': 'Capacity Building Working Group', 'fr': 'Groupe de travail sur le renforcement des capacités',
                           'es': 'Grupo de Trabajo de Desarrollo de Capacidades', 'zh': '能力建设工作组',
                           'ar': 'فريق عمل بناء القدرات'},
     'outreach', 'alac', '2013-03-01', None),
    ('technology-taskforce', {'en': 'Technology Taskforce', 'fr': 'Groupe de travail sur les technologies',
                              'es': 'Grupo de Trabajo sobre Tecnología', 'zh': '技术专责小组',
                              'ar': 'فرقة العمل المعنية بالتكنولوجيا'},
     'outreach', 'alac', '2013-06-01', '2023-12-31'),
    ('social-media', {'en': 'Social Media Working Group', 'fr': 'Groupe de travail sur les réseaux sociaux',
                      'es': 'Grupo de Trabajo de Redes Sociales', 'zh': '社交媒体工作组',
                      'ar': 'فريق عمل وسائل التواصل الاجتماعي'},
     'outreach', 'alac', '2015-03-01', None),
    ('outreach-engagement', {'en': 'Outreach and Engagement Subcommittee', 'fr': 'Sous-comité de sensibilisation et d\u2019engagement',
                             'es': 'Subcomité de Alcance y Participación', 'zh': '外联与参与小组委员会',
                             'ar': 'اللجنة الفرعية للتواصل والمشاركة'},
     'outreach', 'alac', '2016-01-01', None),
    ('apralo-policy-forum', {'en': 'APRALO Policy Forum', 'fr': 'Forum politique de l\u2019APRALO',
                             'es': 'Foro de Políticas de APRALO', 'zh': 'APRALO 政策论坛',
                             'ar': 'منتدى السياسات في APRALO'},
     'policy', 'apralo', '2016-04-01', None),
    ('lacralo-governance', {'en': 'LACRALO Governance Working Group', 'fr': 'Groupe de travail sur la gouvernance de LACRALO',
                            'es': 'Grupo de Trabajo de Gobernanza de LACRALO', 'zh': 'LACRALO 治理工作组',
                            'ar': 'فريق عمل الحوكمة في LACRALO'},
     'policy', 'lacralo', '2014-05-01', '2019-10-31'),
    ('afralo-outreach', {'en': 'AFRALO Outreach and Capacity Group', 'fr': 'Groupe de sensibilisation et de renforcement des capacités de l\u2019AFRALO',
                         'es': 'Grupo de Alcance y Capacidades de AFRALO', 'zh': 'AFRALO 外联与能力小组',
                         'ar': 'مجموعة التواصل وبناء القدرات في AFRALO'},
     'outreach', 'afralo', '2012-09-01', None),
]


class WG:
    def __init__(self, id, name, kind, chartered_by, frm, to):
        self.id, self.name, self.kind, self.chartered_by = id, name, kind, chartered_by
        self.start = d(frm)
        self.end = d(to) if to else None


WG_LIST = [WG(*w) for w in WORKGROUPS]
WG_BY_ID = {w.id: w for w in WG_LIST}
