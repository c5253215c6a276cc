#!/usr/bin/env python3
"""Checks the drafts in data-drafts/ before a review or a merge.

For every data-drafts/<lang>/<id>.toml: it parses; it holds exactly [text.<lang>]; review is
"draft" or "reviewed"; it is NFC; every number (ASCII digits only) appears in the entry's English
text; a body exists only in Malagasy guides, cases and country pages (and the Sri Lanka and Myanmar
pages in their languages) and keeps the English paragraphs, lines and
bullets. Prints what is missing per language. Exit status 1 on any error.
Usage: python3 data-drafts/check.py   (Python 3.11 or later)
"""
import tomllib, glob, os, re, sys, unicodedata
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
entries = {}
for f in glob.glob(f'{root}/data/*/*.toml'):
    if f.endswith('synonyms.toml'): continue
    d = tomllib.load(open(f, 'rb')); entries[d['id']] = d
bad = 0
def err(*a):
    global bad; bad += 1; print(*a)
present = {}
for f in sorted(glob.glob(f'{root}/data-drafts/*/*.toml')):
    lang = f.split('/')[-2]; id_ = os.path.basename(f)[:-5]
    raw = open(f, encoding='utf-8').read()
    if unicodedata.normalize('NFC', raw) != raw: err(f, 'not NFC')
    try: d = tomllib.loads(raw)
    except Exception as e: err(f, e); continue
    if id_ not in entries: err(f, 'unknown id'); continue
    if list(d) != ['text'] or list(d['text']) != [lang]: err(f, 'tables', list(d), list(d.get('text', {})))
    t = d['text'][lang]
    if t.get('review') not in ('draft', 'reviewed'): err(f, 'review')
    want = {'review', 'title', 'summary'}
    kind = entries[id_]['kind']
    if lang == 'mg' and kind in ('guide', 'case', 'country'): want.add('body')
    if kind == 'country' and (lang, id_) in (('si', 'country-sri-lanka'), ('ta', 'country-sri-lanka'), ('my', 'country-myanmar')): want.add('body')
    if set(t) != want and not (set(t) == want - {'body'}): err(f, 'keys', set(t))
    if 'body' in t and 'body' not in want: err(f, 'unexpected body')
    en = entries[id_]['text']['en']
    ennums = set(re.findall(r'\d+', ' '.join(en.values())))
    for k, v in t.items():
        if not isinstance(v, str) or not v.strip(): err(f, k, 'empty')
        for n in re.findall(r'\d+', v):
            if n not in ennums: err(f, k, 'number not in English:', n)
        if re.search(r'[^\x00-\x7f]', ''.join(re.findall(r'\d', v))): err(f, k, 'non-ASCII digit')
    if 'body' in t:
        eb, tb = en['body'].strip().split('\n\n'), t['body'].strip().split('\n\n')
        if len(eb) != len(tb): err(f, 'paragraphs', len(eb), len(tb))
        else:
            for i,(a,b) in enumerate(zip(eb,tb)):
                ca=sum(l.startswith('- ') for l in a.split('\n')); cb=sum(l.startswith('- ') for l in b.split('\n'))
                if ca!=cb or len(a.split('\n'))!=len(b.split('\n')): err(f,'para',i,'lines/bullets',len(a.split('\n')),len(b.split('\n')),ca,cb)
    present.setdefault(lang, set()).add(id_)
for lang in ('si','ta','my','mg'):
    miss = set(entries) - present.get(lang, set())
    print(lang, len(present.get(lang, ())), 'present; missing:', sorted(miss) if len(miss) < 40 else len(miss))
print('errors:', bad)
sys.exit(1 if bad else 0)
