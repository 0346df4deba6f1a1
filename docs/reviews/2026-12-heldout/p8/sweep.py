#!/usr/bin/env python3
"""Exploratory sweep (not a pre-registered probe): lower-tier timeframes anywhere (recs, summary, handout) and summary page counts, over all probe cases."""
import json,re,glob,os,subprocess
R=r"4\s*(to|–|-)\s*6\s*weeks|[Rr]eassess in|[Rr]eview in \d"; X=r"within (a|one|1|7) (week|days)|within days|within a few days|at most (a|one) week"; U=r"same day|today"
for j in sorted(glob.glob('out/*.json')):
    n=os.path.basename(j)[:-5]; d=json.load(open(j)); t=d['triage']
    lower={'emergency':[R,X,U],'urgent':[R,X],'expedited':[R],'routine':[]}[t]
    docs={}
    for kind in ('summary','handout'):
        for p in (f'out/{n}.{kind}.txt',f'out/explore/{n}.{kind}.txt'):
            if os.path.exists(p): docs[kind]=open(p).read()
    docs['recs']="\n".join(r['text'] for r in d['recommendations'])
    for k,txt in docs.items():
        for rx in lower:
            for m in re.finditer(rx,txt):
                s=re.sub(r'\s+',' ',txt[max(0,m.start()-120):m.end()+60])
                print(n,'['+t+']',k+':',repr(s))
    for p in (f'out/{n}.summary.pdf',f'out/explore/{n}.summary.pdf'):
        if os.path.exists(p):
            pg=re.search(r'Pages:\s+(\d+)',subprocess.run(['pdfinfo',p],capture_output=True,text=True).stdout).group(1)
            print("PAGES",n,t,pg)
