import json, copy, subprocess, sys, os
CLI="/work/main/_build2/app/cli/spinecds-cli"
D=os.path.join(os.path.dirname(os.path.abspath(__file__)),"cases")
def base(**kw):
    c={"format":"spinecds-case","version":2,
       "patient":{"age_years":45,"sex":"male","name":"Test Patient","identifier":"T1","birth_date":None,"language":""},
       "visit_date":"2026-12-01","region":"lumbar","symptom_duration_weeks":2,
       "conservative_care":{"weeks":0,"response":"not_tried"},"intervention_candidate":False,
       "symptoms":[],"signs":[],"history":[],
       "imaging":{"mri_done":False,"findings":[],"report_text":""},
       "labs":{"crp_mg_l":None,"temperature_c":None},"mjoa":None,"surgery":None,"mscc":None,"notes":"","decision":None}
    for k,v in kw.items():
        if k=="patient": c["patient"].update(v)
        else: c[k]=v
    return c
def run(name,c,lang=None,handout=True,summary=False):
    p=os.path.join(D,name+".spinecase")
    json.dump(c,open(p,"w"),indent=2,ensure_ascii=False)
    out=[]
    v=subprocess.run([CLI,"validate",p],capture_output=True,text=True)
    if v.returncode!=0: print("INVALID",name,v.stdout,v.stderr); return
    args=[CLI,"evaluate"]+(["--lang",lang] if lang else [])
    t=subprocess.run(args+[p],capture_output=True,text=True).stdout
    open(p[:-10]+".txt","w").write(t)
    j=subprocess.run(args+["--format","json",p],capture_output=True,text=True).stdout
    open(p[:-10]+".json","w").write(j)
    n=subprocess.run(args+["--format","note",p],capture_output=True,text=True).stdout
    open(p[:-10]+".note.txt","w").write(n)
    if handout:
        pdf=p[:-10]+".handout.pdf"
        subprocess.run([CLI,"render","--document","handout","--date","2026-12-01","-o",pdf,p]+(["--lang",lang] if lang else []),capture_output=True)
        h=subprocess.run(["pdftotext","-layout",pdf,"-"],capture_output=True,text=True).stdout
        open(p[:-10]+".handout.txt","w").write(h)
    if summary:
        pdf=p[:-10]+".summary.pdf"
        subprocess.run([CLI,"render","--document","summary","--date","2026-12-01","-o",pdf,p]+(["--lang",lang] if lang else []),capture_output=True)
        h=subprocess.run(["pdftotext","-layout",pdf,"-"],capture_output=True,text=True).stdout
        open(p[:-10]+".summary.txt","w").write(h)
    js=json.loads(j)
    print(f"{name:40s} {js['triage']:10s} fu={js.get('follow_up')} rf={js['red_flags']} act={js['actions']} miss={js.get('missing')}")
    return js
