import json,re,sys
rows=[l.rstrip("\n").split("\t") for l in open("sentences/sentences.tsv") if not l.startswith("#")]
def normlvl(s):
    if not s: return ""
    return re.sub(r"[^A-Z0-9]","",s.upper())
res=[]
for id,kind,exp,text in rows:
    for mode in ("auto","lang"):
        j=json.load(open(f"out/extract/{id}.{mode}.json"))
        got={}
        for st,key in (("P","findings"),("N","negated"),("U","uncertain")):
            for x in j[key]:
                got.setdefault(x["code"],[]).append((st,x.get("level"),x.get("grade")))
        probs=[]
        for e in exp.split():
            code,rhs=e.split("=")
            want,_,lvl=rhs.partition("@")
            states={s for s,_,_ in got.get(code,[])}
            if want=="P": ok= states=={"P"} or ("P" in states and not states&{"N"})
            elif want=="N": ok= states=={"N"}
            elif want=="U": ok= "U" in states and "N" not in states
            elif want=="N?": ok= not states&{"P","U"}
            elif want=="!": ok= not states&{"P","U"}
            if not ok: probs.append(f"{code}: want {want} got {sorted(states) or 'none'}")
            elif lvl and want in("P","U"):
                lv=[l for s,l,_ in got[code] if s==want]
                if not any(normlvl(l)==normlvl(lvl) for l in lv):
                    probs.append(f"{code}: level want {lvl} got {lv}")
        res.append((id,mode,j["language"],probs,got))
for id,mode,lang,probs,got in res:
    flag="OK " if not probs else "XX "
    print(flag,id,mode,lang,"; ".join(probs),"| got:",{k:[(s,l) for s,l,g in v] for k,v in got.items()})
