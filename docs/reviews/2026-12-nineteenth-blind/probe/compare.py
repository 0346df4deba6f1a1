import json,re,glob
def normlvl(s):
    return re.sub(r"[^A-Z0-9]","",(s or "").upper())
rows=[]
for f in sorted(glob.glob("sentences/*.tsv")):
    for l in open(f):
        if l.startswith("#") or not l.strip(): continue
        p=l.rstrip("\n").split("\t")
        if len(p)<4: print("BAD LINE",f,l); continue
        rows.append(p[:4])
ok=0; tot=0; lvlmiss=0
for id,kind,exp,text in rows:
    for mode in ("auto","lang"):
        j=json.load(open(f"out/extract/{id}.{mode}.json"))
        got={}
        for st,key in (("P","findings"),("N","negated"),("U","uncertain")):
            for x in j[key]:
                got.setdefault(x["code"],[]).append((st,x.get("level")))
        probs=[]; minor=[]
        for e in exp.split():
            code,rhs=e.split("=")
            want,_,lvl=rhs.partition("@")
            states={s for s,_ in got.get(code,[])}
            if want=="P": good="P" in states and "N" not in states
            elif want=="N": good=states=={"N"}
            elif want=="U": good="U" in states and "N" not in states
            else: good=not states&{"P","U"}
            if not good: probs.append(f"{code}: want {want} got {sorted(states) or 'none'}")
            elif lvl and want in("P","U"):
                lv=[l for s,l in got[code] if s==want]
                if not any(normlvl(l)==normlvl(lvl) for l in lv): minor.append(f"{code}: level want {lvl} got {lv}")
        tot+=1
        if not probs: ok+=1
        if mode=="lang" or probs:
            flag="OK " if not probs and not minor else ("lv " if not probs else "XX ")
            if probs or minor or mode=="lang":
                print(flag,id,kind,mode,j["language"],"; ".join(probs+minor),"|",text[:110])
print(f"readings as expected (state): {ok}/{tot}")
