"""Titles and notes of the sample draws (data/draws/)."""

RAPP_REPLACE = {
    'en': 'If a selected member withdraws before the first meeting, the draw is continued with the next pick index over the remaining pool; the replacement is published with its index.',
}

DRAWS = {
    'policy-rapporteurs-2019': {
        'title': {'en': 'Policy rapporteurs for ICANN64 to ICANN66', 'fr': 'Rapporteurs politiques pour l\u2019ICANN64 à l\u2019ICANN66',
                  'es': 'Relatores de políticas para ICANN64 a ICANN66', 'zh': 'ICANN64 至 ICANN66 政策报告员',
                  'ar': 'مقررو السياسات لاجتماعات ICANN64 إلى ICANN66'},
        'replacement_policy': 'If a selected member withdraws before the first meeting, the draw continues with the next pick index over the remaining pool; the replacement is published with its index.',
        'note': 'First use of random selection for rapporteurs, following recommendation 6 of the 2017 At-Large review.',
    },
    'outreach-rapporteurs-2019': {
        'title': {'en': 'Outreach rapporteurs for ICANN64 to ICANN66', 'fr': 'Rapporteurs de sensibilisation pour l\u2019ICANN64 à l\u2019ICANN66',
                  'es': 'Relatores de divulgación para ICANN64 a ICANN66', 'zh': 'ICANN64 至 ICANN66 外联报告员',
                  'ar': 'مقررو التواصل لاجتماعات ICANN64 إلى ICANN66'},
        'replacement_policy': 'If a selected member withdraws before the first meeting, the draw continues with the next pick index over the remaining pool.',
    },
    'board-seat-2020': {
        'title': {'en': 'Selection of the At-Large Board seat, 2020', 'fr': 'Sélection du siège At-Large au Conseil d\u2019administration, 2020',
                  'es': 'Selección del puesto de At-Large en la Junta Directiva, 2020', 'zh': '2020 年一般会员董事会席位遴选',
                  'ar': 'اختيار مقعد عموم المستخدمين في مجلس الإدارة، 2020'},
        'note': 'The ALAC chose to decide between the three candidates on its final slate by public random draw instead of a vote, as an experiment suggested by the 2017 review. The slate order is the order in which the candidates were published.',
    },
    'coe-2023': {
        'title': {'en': 'Council of Elders, 2023 to 2025', 'fr': 'Conseil des sages, 2023 à 2025',
                  'es': 'Consejo de Sabios, 2023 a 2025', 'zh': '2023 至 2025 年元老理事会',
                  'ar': 'مجلس الحكماء، 2023 إلى 2025'},
        'replacement_policy': 'A vacancy during the term is filled by continuing the draw with the next pick index over the members of the pool not selected.',
        'note': 'More eligible former ALAC members volunteered than the six seats of the Council, so the seats were drawn.',
    },
    'policy-rapporteurs-2023': {
        'title': {'en': 'Policy rapporteurs for ICANN76 to ICANN78', 'fr': 'Rapporteurs politiques pour l\u2019ICANN76 à l\u2019ICANN78',
                  'es': 'Relatores de políticas para ICANN76 a ICANN78', 'zh': 'ICANN76 至 ICANN78 政策报告员',
                  'ar': 'مقررو السياسات لاجتماعات ICANN76 إلى ICANN78'},
        'replacement_policy': 'If a selected member withdraws before the first meeting, the draw continues with the next pick index over the remaining pool.',
    },
    'outreach-rapporteurs-2024': {
        'title': {'en': 'Outreach rapporteurs for ICANN79 to ICANN81', 'fr': 'Rapporteurs de sensibilisation pour l\u2019ICANN79 à l\u2019ICANN81',
                  'es': 'Relatores de divulgación para ICANN79 a ICANN81', 'zh': 'ICANN79 至 ICANN81 外联报告员',
                  'ar': 'مقررو التواصل لاجتماعات ICANN79 إلى ICANN81'},
        'replacement_policy': 'If a selected member withdraws before the first meeting, the draw continues with the next pick index over the remaining pool.',
        'note': 'The second source is a decimal value: it enters the key string as written, with trailing zeros of the fraction removed (11.3080 becomes 11.308).',
    },
    'policy-rapporteurs-2024': {
        'title': {'en': 'Policy rapporteurs for ICANN79 to ICANN81', 'fr': 'Rapporteurs politiques pour l\u2019ICANN79 à l\u2019ICANN81',
                  'es': 'Relatores de políticas para ICANN79 a ICANN81', 'zh': 'ICANN79 至 ICANN81 政策报告员',
                  'ar': 'مقررو السياسات لاجتماعات ICANN79 إلى ICANN81'},
        'replacement_policy': 'If a selected member withdraws before the first meeting, the draw continues with the next pick index over the remaining pool.',
    },
    'voter-panel-2024': {
        'title': {'en': 'Regional voter panel for the 2024 At-Large survey', 'fr': 'Panel régional de votants pour l\u2019enquête At-Large 2024',
                  'es': 'Panel regional de votantes para la encuesta de At-Large de 2024', 'zh': '2024 年一般会员调查区域投票小组',
                  'ar': 'لجنة المصوّتين الإقليمية لاستطلاع عموم المستخدمين لعام 2024'},
        'note': 'Stratified draw: four voting members per region. The pools are drawn in the listed order with a single running pick index: the first pool uses indexes 0 to 3, the second 4 to 7, and so on. All pools share the same key string.',
    },
}
