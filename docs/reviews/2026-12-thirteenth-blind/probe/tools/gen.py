import json, copy, os, sys
OUT = os.path.join(os.path.dirname(__file__), '..', 'cases')
def base(**kw):
    c = {"format":"spinecds-case","version":2,
         "patient":{"age_years":45,"sex":"female","name":"","identifier":"","birth_date":None,"language":""},
         "visit_date":"2026-12-10","region":"lumbar","symptom_duration_weeks":3,
         "conservative_care":{"weeks":0,"response":"not_tried"},"intervention_candidate":False,
         "symptoms":[],"signs":[],"history":[],
         "imaging":{"mri_done":False,"findings":[],"report_text":""},
         "labs":{"crp_mg_l":None,"temperature_c":None},"mjoa":None,"surgery":None,"mscc":None,
         "decision":None,"notes":""}
    for k,v in kw.items():
        if k=='age': c['patient']['age_years']=v
        elif k=='mri': c['imaging']['mri_done']=True; c['imaging']['findings']=v
        elif k=='report': c['imaging']['report_text']=v
        elif k=='crp': c['labs']['crp_mg_l']=v
        elif k=='temp': c['labs']['temperature_c']=v
        elif k=='dur': c['symptom_duration_weeks']=v
        elif k=='cc': c['conservative_care']=v
        else: c[k]=v
    return c
F=lambda code,grade=None,level=None: {k:v for k,v in (("code",code),("grade",grade),("level",level)) if v is not None}
cases={}
def add(name, base_c, **changes):
    c=copy.deepcopy(base_c)
    for k,v in changes.items():
        if k=='age': c['patient']['age_years']=v
        elif k=='mri': c['imaging']['mri_done']=True; c['imaging']['findings']=v
        elif k=='nomri': c['imaging']['mri_done']=False; c['imaging']['findings']=[]
        elif k=='report': c['imaging']['report_text']=v
        elif k=='crp': c['labs']['crp_mg_l']=v
        elif k=='temp': c['labs']['temperature_c']=v
        elif k=='dur': c['symptom_duration_weeks']=v
        elif k=='cc': c['conservative_care']=v
        elif k=='addsym': c['symptoms']=c['symptoms']+v
        elif k=='addsign': c['signs']=c['signs']+v
        elif k=='addhist': c['history']=c['history']+v
        elif k=='addmri': c['imaging']['findings']=c['imaging']['findings']+v
        elif k=='delsym': c['symptoms']=[s for s in c['symptoms'] if s not in v]
        else: c[k]=v
    cases[name]=c

# A: bilateral sciatica (lumbar)
A=base(symptoms=["radicular_pain","bilateral_radicular_symptoms"], dur=3)
add('A00-bilat-base-3wk-nomri',A)
add('A01-bilat-dur-null',A,dur=None)
add('A02-bilat-dur-11.9',A,dur=11.9)
add('A03-bilat-dur-12',A,dur=12)
add('A04-bilat-dur-52',A,dur=52)
add('A05-bilat-mri-cec',A,mri=[F('cauda_equina_compression','severe','L4-L5')])
add('A06-bilat-mri-cec-dur52',A,dur=52,mri=[F('cauda_equina_compression','severe','L4-L5')])
add('A07-bilat-mri-cec-durnull',A,dur=None,mri=[F('cauda_equina_compression','mild','L4-L5')])
add('A08-bilat-mri-empty',A,mri=[])
add('A09-bilat-mri-empty-report-extrusion',A,mri=[],report="Large central disc extrusion L4-L5 compressing the cauda equina.")
add('A10-bilat-mri-bulge',A,mri=[F('disc_bulge','mild','L4-L5')])
add('A11-bilat-mri-extrusion',A,mri=[F('disc_extrusion','moderate','L4-L5')])
add('A12-bilat-mri-stenosis-severe',A,mri=[F('canal_stenosis','severe','L4-L5')])
add('A13-bilat-mri-stenosis-moderate',A,mri=[F('canal_stenosis','moderate','L4-L5')])
add('A14-bilat-mri-protrusion-severe',A,mri=[F('disc_protrusion','severe','L5-S1')])
add('A15-bilat-mri-protrusion-mild',A,mri=[F('disc_protrusion','mild','L5-S1')])
add('A16-bilat-mri-protrusion-nograde',A,mri=[F('disc_protrusion',None,'L5-S1')])
add('A17-bilat-mri-stenosis-nograde',A,mri=[F('canal_stenosis',None,'L4-L5')])
add('A18-bilat-cervical',A,region='cervical')
add('A19-bilat-thoracic',A,region='thoracic')
add('A20-bilat-region-null',A,region=None)
add('A21-bilat-age-null',A,age=None)
add('A22-bilat-plus-retention',A,addsym=['urinary_retention'])
add('A23-bilat-plus-saddle',A,addsym=['saddle_numbness'])
add('A24-bilat-malignancy',A,addhist=['known_malignancy'])
add('A25-bilat-postop-2wk',A,surgery={"weeks_ago":2,"procedure":"L4-L5 microdiscectomy"})
add('A26-bilat-child-12',A,age=12)
add('A27-bilat-age-85',A,age=85)
add('A28-bilat-no-radicular',A,delsym=['radicular_pain'])
add('A29-bilat-mri-bulge-dur52',A,dur=52,mri=[F('disc_bulge','mild','L4-L5')])
add('A30-bilat-dur52-stenosis-severe',A,dur=52,age=70,mri=[F('canal_stenosis','severe','L4-L5')])
add('A31-bilat-mri-bulge-motor',A,mri=[F('disc_bulge','mild','L4-L5')],addsign=['motor_deficit'])
add('A32-bilat-mri-nrc',A,mri=[F('nerve_root_compression','moderate','L5-S1')])
add('A33-bilat-dur0',A,dur=0)

# B: CEC on MRI without CES symptoms
B=base(age=50,symptoms=["radicular_pain"],dur=6,mri=[F('cauda_equina_compression','severe','L4-L5')])
B['patient']['sex']='male'
add('B00-cec-mri-base',B)
add('B01-cec-mild',B,mri=[F('cauda_equina_compression','mild','L4-L5')])
add('B02-cec-nograde',B,mri=[F('cauda_equina_compression')])
add('B03-cec-plus-retention',B,addsym=['urinary_retention'])
add('B04-cec-plus-saddle-sign',B,addsign=['saddle_anesthesia'])
add('B05-cec-plus-severe-motor',B,addsign=['severe_motor_deficit'])
add('B06-cec-plus-progressive',B,addsign=['progressive_deficit'])
add('B07-cec-dur104',B,dur=104)
add('B08-cec-axial-only',B,symptoms=['axial_pain'])
add('B09-cec-fever',B,addhist=['fever'],temp=38.5)
add('B10-cec-malignancy',B,addhist=['known_malignancy'])
add('B11-cec-postop-1wk',B,surgery={"weeks_ago":1,"procedure":"L4-L5 decompression"})
add('B12-cec-durnull',B,dur=None)
add('B13-cec-thoracic-region',B,region='thoracic')
add('B14-cec-age-null',B,age=None)
add('B15-cec-incontinence',B,addsym=['urinary_incontinence'])
add('B16-cec-no-symptoms',B,symptoms=[])
add('B17-cec-ESI-candidate',B,cc={"weeks":8,"response":"unchanged"},intervention_candidate=True,dur=10)

# C: thoracic weakness
C=base(age=55,region='thoracic',symptoms=['axial_pain'],signs=['motor_deficit'],dur=2)
add('C00-thor-weak-base',C)
add('C01-thor-severe-motor',C,addsign=['severe_motor_deficit'])
add('C02-thor-progressive',C,addsign=['progressive_deficit'])
add('C03-thor-sensory-level',C,addsign=['sensory_level'])
add('C04-thor-umn',C,addsign=['umn_signs'])
add('C05-thor-malignancy',C,addhist=['known_malignancy'])
add('C06-thor-mri-empty',C,mri=[])
add('C07-thor-mri-cordcomp',C,mri=[F('cord_compression','moderate','T8')])
add('C08-thor-dur-null',C,dur=None)
add('C09-thor-dur-104',C,dur=104)
add('C10-thor-gait',C,addsym=['gait_disturbance'])
add('C11-thor-child-10',C,age=10)
add('C12-thor-no-weakness',C,signs=[])
add('C13-thor-fever',C,addhist=['fever'])
add('C14-thor-region-null',C,region=None)
add('C15-thor-mri-disc-only',C,mri=[F('disc_protrusion','mild','T7-T8')])
add('C16-thor-sensory-only',C,signs=['sensory_deficit'])

# D: epidural collection
D=base(age=50,symptoms=['axial_pain'],dur=2,mri=[F('epidural_collection',None,'L3-L4')])
add('D00-epi-labs-null',D)
add('D01-epi-temp-normal-crp-null',D,temp=36.8)
add('D02-epi-crp-normal-temp-null',D,crp=3)
add('D03-epi-both-normal',D,temp=36.8,crp=3)
add('D04-epi-crp-15',D,temp=36.8,crp=15)
add('D05-epi-crp-10',D,temp=36.8,crp=10)
add('D06-epi-temp-38.0',D,temp=38.0,crp=3)
add('D07-epi-temp-37.9',D,temp=37.9,crp=3)
add('D08-epi-fever-hist-normal-labs',D,temp=36.8,crp=3,addhist=['fever'])
add('D09-epi-ivdu-normal-labs',D,temp=36.8,crp=3,addhist=['iv_drug_use'])
add('D10-epi-immunosup-normal-labs',D,temp=36.8,crp=3,addhist=['immunosuppression'])
add('D11-epi-postop-3wk-normal-labs',D,temp=36.8,crp=3,surgery={"weeks_ago":3,"procedure":"L3-L4 laminectomy"})
add('D12-epi-cordcomp',D,temp=36.8,crp=3,region='thoracic',mri=[F('epidural_collection',None,'T6'),F('cord_compression','moderate','T6')])
add('D13-epi-motor',D,temp=36.8,crp=3,addsign=['motor_deficit'])
add('D14-epi-discitis',D,temp=36.8,crp=3,addmri=[F('discitis_osteomyelitis',None,'L3-L4')])
add('D15-epi-age-null',D,temp=36.8,crp=3,age=None)
add('D16-epi-wound-drainage',D,temp=36.8,crp=3,addsym=['wound_drainage'],surgery={"weeks_ago":3,"procedure":"L3-L4 laminectomy"})
add('D17-epi-night-pain-normal',D,temp=36.8,crp=3,addsym=['night_pain'])
add('D18-epi-cervical-normal',D,temp=36.8,crp=3,region='cervical',mri=[F('epidural_collection',None,'C5')])
add('D19-epi-cec',D,temp=36.8,crp=3,addmri=[F('cauda_equina_compression','moderate','L3-L4')])
add('D20-epi-dialysis-normal',D,temp=36.8,crp=3,addhist=['indwelling_line_or_dialysis'])
add('D21-epi-both-normal-dur52',D,temp=36.8,crp=3,dur=52)

# E: fragility fracture
E=base(age=80,region='thoracic',symptoms=['axial_pain'],dur=1)
add('E00-frag-80-new-pain',E)
add('E01-frag-79-new-pain',E,age=79)
add('E02-frag-80-motor',E,signs=['motor_deficit'])
add('E03-frag-80-mri-empty',E,mri=[])
add('E04-frag-80-malignancy',E,addhist=['known_malignancy'])
add('E05-frag-80-dur-30',E,dur=30)
add('E06-frag-age-null',E,age=None)
add('E07-frag-70-osteoporosis',E,age=70,history=['osteoporosis'])
add('E08-frag-70-steroids',E,age=70,history=['chronic_steroid_use'])
add('E09-frag-70-osteo-sensory',E,age=70,history=['osteoporosis'],signs=['sensory_deficit'])
add('E10-frag-85-fever',E,age=85,addhist=['fever'],temp=38.4)
add('E11-frag-85-hetrauma',E,age=85,addhist=['high_energy_trauma'])
add('E12-frag-85-ankylosing',E,age=85,addhist=['ankylosing_disorder'])
add('E13-frag-80-cervical',E,region='cervical')
add('E14-frag-80-dur-null',E,dur=None)
add('E15-frag-80-lowtrauma',E,addhist=['low_energy_trauma'])
add('E16-frag-80-mri-fracture',E,mri=[F('fracture','moderate','T12')])
add('E17-frag-80-lumbar-radicular',E,region='lumbar',symptoms=['axial_pain','radicular_pain'])
add('E18-frag-80-reflex',E,signs=['reflex_change'])

# F: epidural steroid injection
Fb=base(age=45,symptoms=['radicular_pain'],dur=10,cc={"weeks":8,"response":"unchanged"},intervention_candidate=True,
        mri=[F('disc_protrusion','moderate','L5-S1'),F('nerve_root_compression','moderate','L5-S1')])
add('F00-esi-base',Fb)
add('F01-esi-no-mri',Fb,nomri=True)
add('F02-esi-mri-bulge-only',Fb,mri=[F('disc_bulge','mild','L4-L5')])
add('F03-esi-canal-stenosis',Fb,addmri=[F('canal_stenosis','moderate','L4-L5')])
add('F04-esi-canal-stenosis-mild',Fb,addmri=[F('canal_stenosis','mild','L4-L5')])
add('F05-esi-cec',Fb,addmri=[F('cauda_equina_compression','moderate','L5-S1')])
add('F06-esi-postop-20wk',Fb,surgery={"weeks_ago":20,"procedure":"L5-S1 microdiscectomy"})
add('F07-esi-not-candidate',Fb,intervention_candidate=False)
add('F08-esi-cervical',Fb,region='cervical',mri=[F('disc_protrusion','moderate','C5-C6'),F('nerve_root_compression','moderate','C6')])
add('F09-esi-foraminal',Fb,mri=[F('foraminal_stenosis','severe','L4-L5')])
add('F10-esi-mri-empty',Fb,mri=[])
add('F11-esi-improving',Fb,cc={"weeks":8,"response":"improving"})
add('F12-esi-acute-2wk',Fb,dur=2,cc={"weeks":1,"response":"unchanged"})
add('F13-esi-extrusion',Fb,mri=[F('disc_extrusion','moderate','L5-S1')])
add('F14-esi-axial-only',Fb,symptoms=['axial_pain'])
add('F15-esi-postop-change-finding',Fb,addmri=[F('postoperative_change',None,'L5-S1')])
add('F16-esi-malignancy',Fb,addhist=['known_malignancy'])
add('F17-esi-mri-facet-only',Fb,mri=[F('facet_arthropathy','moderate','L4-L5')])

# G: duration-only emergency, misc
G=base(age=50,symptoms=['radicular_pain','urinary_incontinence'],dur=None)
add('G00-incont-dur-null',G)
add('G01-incont-dur-104',G,dur=104)
add('G02-incont-dur-2',G,dur=2)
add('G03-retention-dur-null',G,symptoms=['radicular_pain','urinary_retention'])
add('G04-retention-dur-104',G,symptoms=['radicular_pain','urinary_retention'],dur=104)
add('G05-saddle-dur-104',G,symptoms=['radicular_pain','saddle_numbness'],dur=104)

# H: over-caution checks
add('H00-chronic-stenosis-unilateral',base(age=72,symptoms=['radicular_pain','axial_pain'],dur=80,cc={"weeks":40,"response":"unchanged"},mri=[F('canal_stenosis','moderate','L4-L5'),F('spondylolisthesis','mild','L4-L5')]))
add('H01-old-healed-fracture',base(age=55,region='thoracic',symptoms=['axial_pain'],dur=60,mri=[F('fracture','mild','T11'),F('disc_degeneration','mild','T10-T11')],report="Old healed mild anterior wedge deformity T11, no oedema."))
add('H02-old-postop-change',base(age=60,symptoms=['axial_pain'],dur=30,surgery={"weeks_ago":300,"procedure":"L4-L5 fusion"},mri=[F('postoperative_change',None,'L4-L5'),F('disc_degeneration','moderate','L3-L4')]))
add('H03-modic-degeneration',base(age=40,symptoms=['axial_pain'],dur=20,mri=[F('modic_change','mild','L5-S1'),F('disc_degeneration','moderate','L5-S1')]))
add('H04-age80-chronic-pain-mri',base(age=82,symptoms=['axial_pain'],dur=40,mri=[F('disc_degeneration','moderate','L3-L4'),F('facet_arthropathy','moderate','L4-L5')]))
add('H05-cervical-bulge-routine',base(age=45,region='cervical',symptoms=['axial_pain'],dur=8,mri=[F('disc_bulge','mild','C5-C6')]))

# K: handout checks
K_inf=copy.deepcopy(cases['D00-epi-labs-null'])
add('K00-handout-infection-full',base(age=40,symptoms=['axial_pain','night_pain'],history=['iv_drug_use','fever'],crp=95,temp=38.6))
add('K01-handout-infection-notexcluded',base(age=60,symptoms=['axial_pain'],history=['diabetes'],dur=2))
dec={"status":"accepted","note":"","clinician":"Dr Test","decided_at":"2026-12-01T10:00:00+01:00","triage":"routine","knowledge_base":{"id":"spine-mri","version":"1.6.47","checksum":"4eb421477940841f4f0e5c6a34b2916db0a38abecedd85647f8fffc0295b02e7"}}
add('K02-stale-decision',A,decision=dec)
add('K03-unfinished-emergency',base(age=None,region=None,symptoms=['urinary_retention','saddle_numbness'],dur=1))
add('K04-routine-summary-long',base(age=47,region='cervical',symptoms=['axial_pain','paresthesia'],dur=3,mri=[F('lordosis_reversal','mild','C3-C6'),F('disc_bulge','mild','C4-C5'),F('disc_degeneration','mild','C5-C6'),F('facet_arthropathy','mild','C5-C6'),F('modic_change','mild','C5-C6'),F('annular_fissure','mild','C4-C5')],report="x"*3000))
dec2=dict(dec); dec2['triage']='urgent'
add('K05-current-decision',A,decision=dec2)

for n,c in cases.items():
    with open(os.path.join(OUT,n+'.spinecase'),'w') as f: json.dump(c,f,indent=2,ensure_ascii=False); f.write('\n')
print(len(cases))

# ---- batch 2
cases.clear()
Lsev=base(age=50,symptoms=['radicular_pain'],signs=['severe_motor_deficit'],dur=None)
add('I00-severe-motor-dur-null',Lsev)
add('I01-severe-motor-dur-104',Lsev,dur=104)
add('I02-severe-motor-dur-2',Lsev,dur=2)
add('I03-progressive-dur-null',Lsev,signs=['progressive_deficit','motor_deficit'])
add('I04-paraplegia-dur-104',Lsev,signs=['paraplegia'],dur=104,region='thoracic')
add('I05-severe-motor-dur-104-mri-nrc',Lsev,dur=104,mri=[F('nerve_root_compression','severe','L4-L5')])
add('I06-cerv-severe-motor-dur-null',Lsev,region='cervical')
add('I07-umn-cervical-dur-null',base(age=60,region='cervical',symptoms=['hand_clumsiness'],signs=['umn_signs'],dur=None))
mscc=base(age=60,region='thoracic',symptoms=['axial_pain'],signs=['motor_deficit'],history=['known_malignancy'],dur=1,mri=[F('epidural_tumor',None,'T8'),F('cord_compression','severe','T8')])
mscc['mscc']={"separate_areas":1,"deficit_hours":None,"paraplegic_hours":0,"predicted_survival_months":12,"radiosensitive_histology":False}
add('I08-mscc-deficit-hours-null',mscc)
# E extra
add('E19-ankylosing-lowtrauma-80',E,addhist=['ankylosing_disorder','low_energy_trauma'])
add('E20-cervical-80-lowtrauma',E,region='cervical',addhist=['low_energy_trauma'])
add('E21-frag-80-dur-6',E,dur=6)
add('E22-frag-80-dur-12',E,dur=12)
add('E23-frag-80-dur-13',E,dur=13)
add('E24-frag-80-mri-degen',E,mri=[F('disc_degeneration','moderate','T7-T8')])
add('E25-frag-65-ankylosing-cervical-lowtrauma',E,age=65,region='cervical',history=['ankylosing_disorder','low_energy_trauma'])
add('E26-frag-80-trauma-rule-pos-cerv',E,region='cervical',addhist=['trauma_rule_positive'])
add('E27-frag-80-fever-no-labs',E,addhist=['fever'])
add('E28-frag-80-mri-fracture-cancer',E,addhist=['known_malignancy'],mri=[F('fracture','moderate','T12')])
# D extra
add('D22-epi-thor-weak',D,region='thoracic',temp=36.8,crp=3,signs=['motor_deficit'],mri=[F('epidural_collection',None,'T8')])
add('D23-epi-severe-motor',D,temp=36.8,crp=3,signs=['severe_motor_deficit'])
add('D24-epi-postop-1wk-labs-null',D,surgery={"weeks_ago":1,"procedure":"L3-L4 laminectomy"})
add('D25-epi-bilat',D,temp=36.8,crp=3,addsym=['bilateral_radicular_symptoms'])
add('D26-epi-diabetes-normal',D,temp=36.8,crp=3,addhist=['diabetes'])
add('D27-epi-malignancy-normal',D,temp=36.8,crp=3,addhist=['known_malignancy'])
add('D28-epi-crp-null-temp-38.2',D,temp=38.2)
add('D29-epi-sensory-deficit',D,temp=36.8,crp=3,signs=['sensory_deficit'])
# infection risk w/o collection
Inf=base(age=60,symptoms=['axial_pain'],dur=2)
add('J00-diabetes-labs-null',Inf,history=['diabetes'])
add('J01-diabetes-crp-20',Inf,history=['diabetes'],crp=20,temp=36.8)
add('J02-ivdu-labs-null',Inf,history=['iv_drug_use'])
add('J03-dialysis-labs-null',Inf,history=['indwelling_line_or_dialysis'])
add('J04-postop-2wk-labs-null',Inf,surgery={"weeks_ago":2,"procedure":"L4-L5 decompression"})
add('J05-wound-erythema-labs-null',Inf,surgery={"weeks_ago":2,"procedure":"L4-L5 decompression"},signs=['wound_erythema'])
# A extra
add('A34-bilat-foraminal-severe',A,mri=[F('foraminal_stenosis','severe','L4-L5')])
add('A35-bilat-sensory-deficit',A,signs=['sensory_deficit'])
add('A36-bilat-reduced-anal-tone',A,signs=['reduced_anal_tone'])
add('A37-bilat-mri-cec-child',A,age=12,mri=[F('cauda_equina_compression','severe','L4-L5')])
add('A38-bilat-dur12-candidate',A,dur=12,cc={"weeks":10,"response":"unchanged"},intervention_candidate=True)
add('A39-bilat-fever',A,addhist=['fever'],temp=38.4)
add('A40-bilat-mri-extrusion-dur52',A,dur=52,mri=[F('disc_extrusion','severe','L4-L5')])
add('A41-bilat-mri-report-only-no-flag',A,report="MRI lumbar: large central disc extrusion L4-L5 with severe canal stenosis.")
# B extra
add('B18-cec-mscc-obj',B,addhist=['known_malignancy'],addmri=[F('epidural_tumor',None,'L4')])
add('B19-cec-severe-stenosis-chronic-70',B,age=70,dur=104,mri=[F('cauda_equina_compression','moderate','L4-L5'),F('canal_stenosis','severe','L4-L5')],symptoms=['radicular_pain','axial_pain'])
# F extra
add('F18-esi-stenosis-only-code',Fb,mri=[F('canal_stenosis','severe','L4-L5')])
add('F19-esi-spondylolisthesis-nrc',Fb,mri=[F('spondylolisthesis','mild','L4-L5'),F('nerve_root_compression','moderate','L5')])
add('F20-esi-dur30',Fb,dur=30,cc={"weeks":28,"response":"unchanged"})
add('F21-esi-surgery-0wk',Fb,surgery={"weeks_ago":0,"procedure":"L5-S1 microdiscectomy"})
add('F22-esi-worsening',Fb,cc={"weeks":8,"response":"worsening"})
add('F23-esi-thoracic',Fb,region='thoracic',mri=[F('disc_protrusion','moderate','T10-T11'),F('nerve_root_compression','moderate','T10')])
add('F24-esi-child-15',Fb,age=15)
# H extra
add('H06-chronic-stenosis-bilat-candidate',base(age=68,symptoms=['radicular_pain','bilateral_radicular_symptoms'],dur=60,cc={"weeks":30,"response":"unchanged"},intervention_candidate=True,mri=[F('canal_stenosis','moderate','L4-L5')]))
add('H07-old-epidural-cyst-chronic',base(age=60,symptoms=['axial_pain'],dur=40,crp=2,temp=36.5,mri=[F('epidural_collection',None,'L4-L5'),F('facet_arthropathy','moderate','L4-L5')],report="Small synovial cyst L4-L5 right, unchanged from 2024."))
add('H08-chronic-stenosis-no-cc',base(age=72,symptoms=['radicular_pain','axial_pain'],dur=80,cc={"weeks":0,"response":"not_tried"},mri=[F('canal_stenosis','moderate','L4-L5')]))
add('H09-age55-chronic-unchanged-mri',base(age=55,symptoms=['axial_pain'],dur=30,cc={"weeks":20,"response":"unchanged"},mri=[F('disc_degeneration','moderate','L4-L5')]))

for n,c in cases.items():
    with open(os.path.join(OUT,n+'.spinecase'),'w') as f: json.dump(c,f,indent=2,ensure_ascii=False); f.write('\n')
print(len(cases))
