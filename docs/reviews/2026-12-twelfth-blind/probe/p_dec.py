from gen import *
import json
kb=json.load(open("cases/b01_bilat_base.json"))["knowledge_base"]
print(kb)
def Dc(status,note,triage,lang=None,**kw):
    c=base(symptoms=["radicular_pain","bilateral_radicular_symptoms"],**kw)
    c["decision"]={"status":status,"note":note,"clinician":"Dr Probe","decided_at":"2026-12-01T10:00:00+00:00","triage":triage,
                   "knowledge_base":{"id":"spine-mri","version":"1.6.45","checksum":"c2fec333561b11daca886ba24070aa4f42f3871ca6e7143ff5fa0f0a4262838d"}}
    return c
run("d01_accepted",Dc("accepted","","urgent"),summary=True)
run("d02_modified",Dc("modified","MRI booked tomorrow morning; patient reliable.","urgent"),summary=True)
run("d03_declined",Dc("declined","Patient declined same-day assessment; safety-net given.","urgent"),summary=True)
run("d04_declined_stale",Dc("declined","Declined.","routine"),summary=True)
run("d05_declined_de",Dc("declined","Patient lehnt ab.","urgent",patient={"language":"de"}),lang="de")
run("d06_declined_ar",Dc("declined","declined","urgent",patient={"language":"ar"}),lang="ar")
run("d07_modified_fr",Dc("modified","modifié","urgent",patient={"language":"fr"}),lang="fr")
run("d08_declined_es",Dc("declined","rechaza","urgent",patient={"language":"es"}),lang="es")
c=Dc("modified","","urgent"); run("d09_modified_empty_note",c)
