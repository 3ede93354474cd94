"""Content pages (content/<lang>/*.md)."""
import content_en
import content_fr
import content_es
import content_zh
import content_ar
import content_pt_ru

BY_LANG = {'en': content_en.PAGES, 'fr': content_fr.PAGES, 'es': content_es.PAGES,
           'zh': content_zh.PAGES, 'ar': content_ar.PAGES, 'pt': content_pt_ru.PT, 'ru': content_pt_ru.RU}


def _front(title):
    t = title.replace('\\', '\\\\').replace('"', '\\"')
    return '---\ntitle: "%s"\n---\n\n' % t


def write_all(write):
    for lang, pages in BY_LANG.items():
        for name, (title, text) in pages.items():
            write('content/%s/%s.md' % (lang, name), _front(title) + text)
