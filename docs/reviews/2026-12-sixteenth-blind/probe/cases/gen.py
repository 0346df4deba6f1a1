import json, copy
def base(region="lumbar", lang="en"):
    return {"format":"spinecds-case","version":2,
     "patient":{"age_years":52,"sex":"female","name":"Probe Patient","identifier":"P-0001","birth_date":None,"language":lang},
     "visit_date":"2026-12-10","region":region,"symptom_duration_weeks":3,
     "conservative_care":{"weeks":0,"response":"not_tried"},"intervention_candidate":False,
     "symptoms":["axial_pain"],"signs":[],"history":[],
     "imaging":{"mri_done":True,"findings":[],"report_text":""},
     "labs":{"crp_mg_l":None,"temperature_c":None},"mjoa":None,"surgery":None,"mscc":None,"notes":"","decision":None}
def F(code,grade=None,level=None):
    d={"code":code}
    if grade: d["grade"]=grade
    if level: d["level"]=level
    return d
C={}
def add(cid, region, lang, report, findings, **kw):
    c=base(region,lang); c["imaging"]["report_text"]=report; c["imaging"]["findings"]=findings
    for k,v in kw.items(): c[k]=v
    C[cid]=c
bulge=[F("disc_bulge","mild","L4-L5")]
# ---- O: omitted serious finding
add("O01-en-metastasis-omitted","lumbar","en","MRI lumbar spine. Mild disc bulge at L4-L5. There is a lesion of the L2 vertebral body with low T1 signal, consistent with a metastasis. No epidural extension. No cauda equina compression.",bulge)
add("O02-de-cordcomp-omitted","cervical","de","MRT der HWS: Leichte Bandscheibenprotrusion HWK 5/6. Hochgradige Spinalkanalstenose HWK 4/5 mit Myelonkompression und T2-hyperintensem Myelonsignal.",[F("disc_protrusion","mild","C5-C6")])
add("O03-es-abscess-omitted","lumbar","es","RM de columna lumbar: Protrusión discal leve L4-L5. Colección epidural posterior L3-L4 con realce periférico, compatible con absceso epidural.",[F("disc_protrusion","mild","L4-L5")])
add("O04-fr-discitis-omitted","lumbar","fr","IRM lombaire : Discopathie dégénérative L5-S1. Spondylodiscite L3-L4 avec abcès du psoas droit.",[F("disc_degeneration","mild","L5-S1")])
add("O05-en-fracture-omitted","thoracic","en","MRI thoracic spine: Acute compression fracture of T12 with bone marrow oedema and 30% height loss. Retropulsion of the posterior wall narrowing the canal.",[F("disc_degeneration","mild","T7-T8")])
add("O06-de-fracture-omitted","lumbar","de","MRT der LWS: Osteochondrose L5/S1. Frische Deckplattenimpressionsfraktur LWK 1 mit Knochenmarködem.",[F("disc_degeneration","mild","L5-S1")])
add("O07-es-fracture-omitted","lumbar","es","RM lumbar: Espondilolistesis L4-L5 grado I. Fractura aguda por aplastamiento del cuerpo vertebral L1 con edema óseo.",[F("spondylolisthesis","mild","L4-L5")])
add("O08-fr-cauda-omitted","lumbar","fr","IRM lombaire : Volumineuse hernie discale L4-L5 exclue et migrée, responsable d'une sténose canalaire sévère avec compression de la queue de cheval.",[F("disc_extrusion","severe","L4-L5")])
add("O09-en-instability-omitted","lumbar","en","MRI lumbar spine with flexion-extension radiographs reviewed: grade 2 anterolisthesis of L4 on L5 with abnormal translation on flexion-extension, indicating segmental instability.",[F("spondylolisthesis","moderate","L4-L5")])
add("O10-de-epiduraltumor-omitted","thoracic","de","MRT der BWS: Epiduraler Weichteiltumor in Höhe BWK 6 mit Kompression des Myelons.",[F("disc_degeneration","mild","T6-T7")])
add("O11-es-metastases-omitted","thoracic","es","RM de columna dorsal: Metástasis vertebrales en T4, T9 y L2. Sin compresión medular.",[])
add("O12-fr-metastasis-cord-omitted","cervical","fr","IRM cervicale : Métastase du corps vertébral C6 avec épidurite compressive et compression médullaire.",[F("disc_osteophyte_complex","mild","C5-C6")])
add("O13-en-cordsignal-omitted","cervical","en","MRI cervical spine: Moderate canal stenosis C4-C5. T2 hyperintense cord signal at C4-C5 in keeping with compressive myelopathy.",[F("canal_stenosis","moderate","C4-C5")])
add("O14-en-partial-cauda-omitted","lumbar","en","MRI lumbar spine: Metastasis in the L2 vertebral body with epidural tumour extension causing severe compression of the cauda equina.",[F("vertebral_metastasis",None,"L2")],history=["known_malignancy"])
add("O15-en-discitis-omitted","lumbar","en","MRI lumbar spine: Discitis-osteomyelitis at L2-L3 with endplate destruction.",[F("disc_degeneration","mild","L2-L3")])
add("O16-de-instability-omitted","cervical","de","MRT der HWS: Atlantoaxiale Instabilität mit erweitertem atlantodentalem Abstand in Flexion.",[])
# ---- I: all entered
add("I01-en-metastasis-entered","lumbar","en",C["O01-en-metastasis-omitted"]["imaging"]["report_text"],bulge+[F("vertebral_metastasis",None,"L2")])
add("I02-es-abscess-entered","lumbar","es",C["O03-es-abscess-omitted"]["imaging"]["report_text"],[F("disc_protrusion","mild","L4-L5"),F("epidural_collection",None,"L3-L4")])
add("I03-fr-cauda-entered","lumbar","fr",C["O08-fr-cauda-omitted"]["imaging"]["report_text"],[F("disc_extrusion","severe","L4-L5"),F("canal_stenosis","severe","L4-L5"),F("cauda_equina_compression",None,"L4-L5")])
add("I04-de-fracture-entered","lumbar","de",C["O06-de-fracture-omitted"]["imaging"]["report_text"],[F("disc_degeneration","mild","L5-S1"),F("fracture",None,"L1")])
add("I05-fr-metastasis-cord-entered","cervical","fr",C["O12-fr-metastasis-cord-omitted"]["imaging"]["report_text"],[F("disc_osteophyte_complex","mild","C5-C6"),F("vertebral_metastasis",None,"C6"),F("epidural_tumor",None,"C6"),F("cord_compression","severe","C6")])
# ---- N: negated only
add("N01-en-negated","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. No fracture. No abscess or epidural collection. No evidence of discitis. No suspicious marrow lesion to suggest metastasis. No cauda equina compression. No instability.",bulge)
add("N02-de-negated","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Kein Hinweis auf eine Fraktur. Keine Spondylodiszitis, kein Abszess. Kein Anhalt für Metastasen. Keine Kompression der Cauda equina. Keine Instabilität.",bulge)
add("N03-es-negated","lumbar","es","RM de columna lumbar: Abombamiento discal leve L4-L5. Sin evidencia de fractura. No se observan colecciones ni abscesos. Sin signos de espondilodiscitis. No hay lesiones sugestivas de metástasis. Sin compresión de la cola de caballo.",bulge)
add("N04-fr-negated","lumbar","fr","IRM lombaire : Discret bombement discal L4-L5. Pas de fracture. Absence de collection ou d'abcès. Pas de signe de spondylodiscite. Pas de lésion suspecte de métastase. Pas de compression de la queue de cheval. Pas d'instabilité.",bulge)
add("N05-en-postneg","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. Fracture and metastatic disease are excluded. Abscess ruled out. Cauda equina compression: none.",bulge)
add("N06-de-postneg","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Fraktur ausgeschlossen. Metastasen: keine. Weder Abszess noch Spondylodiszitis.",bulge)
add("N07-es-postneg","lumbar","es","RM lumbar: Abombamiento discal leve L4-L5. Se descarta fractura. Ni absceso ni espondilodiscitis. Metástasis: no.",bulge)
add("N08-fr-postneg","lumbar","fr","IRM lombaire : Discret bombement discal L4-L5. Ni fracture ni tassement. Absence de métastase et d'épidurite. Compression de la queue de cheval : non.",bulge)
add("N09-en-scope","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. No fracture. There is an epidural abscess at L3-L4.",bulge)
add("N10-de-scope","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Keine Fraktur, jedoch ausgedehnte Metastase in LWK 3.",bulge)
add("N11-es-scope","lumbar","es","RM lumbar: Sin fractura, pero con compresión de la cola de caballo a nivel L4-L5 por hernia discal extruida.",bulge)
add("N12-fr-scope","lumbar","fr","IRM lombaire : Pas de fracture mais spondylodiscite L4-L5 avec abcès épidural.",bulge)
add("N13-en-nochange-known-met","lumbar","en","MRI lumbar spine: No change in the known L2 vertebral metastasis compared to the prior study. Mild disc bulge at L4-L5.",bulge)
add("N14-en-negative-however","lumbar","en","MRI lumbar spine: Negative for fracture; however, the cauda equina is compressed by a large disc extrusion at L4-L5.",bulge)
# ---- H: hedged
add("H01-en-hedged-discitis","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. Findings at L3-L4 may represent early discitis; infection cannot be excluded. Correlate with inflammatory markers.",bulge)
add("H02-de-hedged-met","thoracic","de","MRT der BWS: V.a. Metastase in BWK 8. DD atypisches Hämangiom.",[])
add("H03-es-hedged-abscess","lumbar","es","RM lumbar: Hallazgos sugestivos de espondilodiscitis L4-L5; no se puede descartar absceso epidural.",bulge)
add("H04-fr-hedged-fracture","lumbar","fr","IRM lombaire : Fracture de L1 non exclue. Suspicion de métastase vertébrale L3.",bulge)
add("H05-en-cannot-exclude-cord","cervical","en","MRI cervical spine: Disc osteophyte complex at C5-C6. Cord compression at C5-C6 cannot be excluded.",[F("disc_osteophyte_complex","moderate","C5-C6")])
add("H06-de-nicht-ausgeschlossen","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Eine Fraktur von LWK 1 kann nicht ausgeschlossen werden.",bulge)
add("H07-fr-ne-peut-eliminer","lumbar","fr","IRM lombaire : Discret bombement discal L4-L5. On ne peut éliminer une spondylodiscite débutante L3-L4.",bulge)
add("H08-es-no-se-descarta","lumbar","es","RM lumbar: Abombamiento discal leve L4-L5. No se descarta fractura de L1.",bulge)
# ---- F: old fracture
add("F01-en-old-fracture","thoracic","en","MRI thoracic spine: Old healed compression fracture of T12 with mild wedge deformity, unchanged since 2019. No marrow oedema. No acute fracture.",[F("disc_degeneration","mild","T7-T8")])
add("F02-de-old-fracture","thoracic","de","MRT der BWS: Alte, konsolidierte Deckplattenimpressionsfraktur BWK 12 ohne Knochenmarködem.",[F("disc_degeneration","mild","T7-T8")])
add("F03-es-old-fracture","lumbar","es","RM lumbar: Fractura antigua consolidada de L1, sin edema óseo.",bulge)
add("F04-fr-old-fracture","lumbar","fr","IRM lombaire : Tassement ancien consolidé de L1, sans œdème de la moelle osseuse.",bulge)
add("F05-en-old-plus-acute","lumbar","en","MRI lumbar spine: Old healed fracture of L1. New acute compression fracture of L3 with marrow oedema.",bulge)
add("F06-en-old-fracture-entered","thoracic","en",C["F01-en-old-fracture"]["imaging"]["report_text"],[F("disc_degeneration","mild","T7-T8"),F("fracture","mild","T12")])
# ---- U: unsupported language
add("U01-it-serious","lumbar","en","RM colonna lombare: Frattura da compressione acuta di L1 con edema osseo. Metastasi vertebrale in L3. Compressione della cauda equina.",bulge)
add("U02-pt-abscess","lumbar","en","Ressonância magnética da coluna lombar: abscesso epidural em L4-L5 e espondilodiscite.",bulge)
add("U03-it-negated","lumbar","en","RM colonna lombare: Lieve protrusione discale L4-L5. Nessuna frattura. Non segni di compressione della cauda equina.",bulge)
add("U04-mixed-en-it","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. No fracture. Conclusione: metastasi vertebrale L2 con compressione della cauda equina.",bulge)
add("U05-nl-fracture","lumbar","en","MRI lumbale wervelkolom: verse wervelfractuur L1 en epiduraal abces op niveau L4-L5.",bulge)
add("U06-ar-report","lumbar","ar","التصوير بالرنين المغناطيسي للعمود الفقري القطني: كسر حاد في الفقرة القطنية الأولى وخراج فوق الجافية.",bulge)
# ---- X: over-firing checks
add("X01-en-benign-mimics","lumbar","en","MRI lumbar spine: Schmorl node at the L2 superior endplate. Typical vertebral haemangioma at L3. Type 2 Modic changes at L5-S1. Perineural (Tarlov) cyst at S2.",[F("modic_change","mild","L5-S1")])
add("X02-de-benign-mimics","lumbar","de","MRT der LWS: Typisches Hämangiom LWK 3. Schmorl-Knötchen Deckplatte LWK 2. Modic-Typ-2-Veränderungen LWK 5/SWK 1.",[F("modic_change","mild","L5-S1")])
add("X03-en-indication","lumbar","en","Clinical question: rule out metastasis or abscess. Findings: Mild disc bulge at L4-L5. Normal marrow signal. Conclusion: degenerative change only.",bulge)
add("X04-de-fragestellung","lumbar","de","Fragestellung: Metastasen? Spondylodiszitis? Befund: Leichte Bandscheibenvorwölbung LWK 4/5. Beurteilung: Degenerative Veränderungen, kein Nachweis von Metastasen oder Entzündung.",bulge)
add("X05-fr-indication","lumbar","fr","Indication : recherche de spondylodiscite. Résultat : discret bombement discal L4-L5. Conclusion : pas d'argument pour une spondylodiscite.",bulge)
add("X06-en-postop-seroma","lumbar","en","MRI lumbar spine: Postoperative changes after L4-L5 laminectomy. Small non-enhancing fluid collection in the surgical bed consistent with seroma; no abscess.",[F("postoperative_change",None,"L4-L5")],surgery={"weeks_ago":10,"procedure":"L4-L5 laminectomy"})
add("X07-en-thecal-sac","lumbar","en","MRI lumbar spine: Broad-based disc bulge at L4-L5 mildly indenting the thecal sac. No nerve root compression.",bulge)
add("X08-en-myeloma","lumbar","en","MRI lumbar spine: Diffuse heterogeneous marrow infiltration throughout the lumbar vertebrae, in keeping with the known multiple myeloma.",bulge)
add("X09-es-indicacion","lumbar","es","Indicación: descartar metástasis. Hallazgos: abombamiento discal leve L4-L5. Conclusión: sin lesiones óseas sospechosas.",bulge)
for k,v in C.items():
    json.dump(v,open(k+".spinecase","w"),ensure_ascii=False,indent=2)
    open(k+".report.txt","w").write(v["imaging"]["report_text"]+"\n")
print(len(C))
# ---- S: second round (negation scope over comma lists, hedged-negated, acute-on-old)
S={}
def adds(cid, region, lang, report, findings, **kw):
    add(cid, region, lang, report, findings, **kw); S[cid]=C[cid]
adds("S01-en-comma-scope-abscess","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. No disc herniation, epidural abscess at L3-L4 with peripheral enhancement.",bulge)
adds("S02-de-comma-scope-met","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Keine Fraktur, Metastase LWK 3.",bulge)
adds("S03-es-comma-scope-met","lumbar","es","RM lumbar: Abombamiento discal leve L4-L5. Sin fractura, metástasis en L3.",bulge)
adds("S04-fr-comma-scope-abscess","lumbar","fr","IRM lombaire : Discret bombement discal L4-L5. Pas de hernie discale, abcès épidural L3-L4.",bulge)
adds("S05-en-comma-scope-lesion","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. No acute fracture, destructive lesion of L3 consistent with metastasis.",bulge)
adds("S06-en-negative-positive","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. Negative for abscess, positive for discitis at L3-L4.",bulge)
adds("S07-en-unlikely-cannot-exclude","lumbar","en","MRI lumbar spine: Mild disc bulge at L4-L5. Small T1-hypointense focus in L3: metastasis is unlikely but cannot be excluded.",bulge,history=["known_malignancy"])
adds("S08-de-unwahrscheinlich-nicht-ausgeschl","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Kleiner T1-hypointenser Herd in LWK 3: eine Metastase ist unwahrscheinlich, aber nicht sicher auszuschließen.",bulge)
adds("S09-fr-peu-probable-non-exclue","lumbar","fr","IRM lombaire : Discret bombement discal L4-L5. Petite lésion en hyposignal T1 de L3 : métastase peu probable mais non exclue.",bulge)
adds("S10-es-poco-probable-no-descartarse","lumbar","es","RM lumbar: Abombamiento discal leve L4-L5. Pequeña lesión hipointensa en T1 en L3: metástasis poco probable, aunque no puede descartarse.",bulge)
adds("S11-en-comma-scope-cauda","lumbar","en","MRI lumbar spine: No spinal stenosis, cauda equina compressed at L2 by an epidural mass.",[])
adds("S12-de-old-fracture-fresh-oedema","lumbar","de","MRT der LWS: Leichte Bandscheibenvorwölbung LWK 4/5. Ältere Fraktur LWK 1 mit frischem Knochenmarködem und zunehmender Höhenminderung.",bulge)
for k,v in S.items():
    json.dump(v,open(k+".spinecase","w"),ensure_ascii=False,indent=2)
    open(k+".report.txt","w").write(v["imaging"]["report_text"]+"\n")
