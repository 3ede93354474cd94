"""Public randomness sources used by the sample draws. The values are illustrative for the
sample data set; they were fixed before the results were computed (see rfc3797.py)."""
from common import D

SOURCES = {
    'policy-rapporteurs-2019': [
        {'name': 'UK National Lottery Lotto, main numbers, draw of 19 January 2019',
         'published': D(2019, 1, 19), 'values': [4, 17, 23, 31, 42, 56], 'range': {'max': 59, 'count': 6}},
        {'name': 'EuroMillions, main numbers, draw of 18 January 2019',
         'published': D(2019, 1, 18), 'values': [9, 14, 26, 38, 45], 'range': {'max': 50, 'count': 5}},
    ],
    'outreach-rapporteurs-2019': [
        {'name': 'French Loto, five numbers, draw of 21 January 2019',
         'published': D(2019, 1, 21), 'values': [3, 12, 27, 35, 48], 'range': {'max': 49, 'count': 5}},
        {'name': 'French Loto, lucky number, draw of 21 January 2019',
         'published': D(2019, 1, 21), 'values': [7], 'range': {'max': 10, 'count': 1}},
    ],
    'board-seat-2020': [
        {'name': 'Powerball, white balls, draw of 3 June 2020',
         'published': D(2020, 6, 3), 'values': [1, 19, 22, 47, 64], 'range': {'max': 69, 'count': 5}},
        {'name': 'Powerball, red ball, draw of 3 June 2020',
         'published': D(2020, 6, 3), 'values': [12], 'range': {'max': 26, 'count': 1}},
    ],
    'policy-rapporteurs-2023': [
        {'name': 'Mega-Sena (Brazil), draw of 21 January 2023',
         'published': D(2023, 1, 21), 'values': [8, 15, 29, 36, 44, 57], 'range': {'max': 60, 'count': 6}},
        {'name': 'UK National Lottery Lotto, main numbers, draw of 21 January 2023',
         'published': D(2023, 1, 21), 'values': [2, 11, 25, 33, 40, 58], 'range': {'max': 59, 'count': 6}},
    ],
    'coe-2023': [
        {'name': 'EuroMillions, main numbers, draw of 8 September 2023',
         'published': D(2023, 9, 8), 'values': [6, 13, 21, 39, 50], 'range': {'max': 50, 'count': 5}},
        {'name': 'EuroMillions, lucky stars, draw of 8 September 2023',
         'published': D(2023, 9, 8), 'values': [3, 11], 'range': {'max': 12, 'count': 2}},
    ],
    'outreach-rapporteurs-2024': [
        {'name': 'UK National Lottery Lotto, main numbers, draw of 20 January 2024',
         'published': D(2024, 1, 20), 'values': [5, 18, 24, 37, 43, 51], 'range': {'max': 59, 'count': 6}},
        {'name': 'Euro foreign exchange reference rate EUR/SEK published by the ECB, 19 January 2024',
         'published': D(2024, 1, 19), 'values': ['11.3080']},
    ],
    'policy-rapporteurs-2024': [
        {'name': 'EuroMillions, main numbers, draw of 26 January 2024',
         'published': D(2024, 1, 26), 'values': [10, 16, 28, 32, 49], 'range': {'max': 50, 'count': 5}},
        {'name': 'EuroMillions, lucky stars, draw of 26 January 2024',
         'published': D(2024, 1, 26), 'values': [2, 9], 'range': {'max': 12, 'count': 2}},
    ],
    'voter-panel-2024': [
        {'name': 'French Loto, five numbers, draw of 7 August 2024',
         'published': D(2024, 8, 7), 'values': [11, 20, 30, 41, 46], 'range': {'max': 49, 'count': 5}},
        {'name': 'UK National Lottery Lotto, main numbers, draw of 10 August 2024',
         'published': D(2024, 8, 10), 'values': [7, 14, 22, 35, 47, 53], 'range': {'max': 59, 'count': 6}},
    ],
}
