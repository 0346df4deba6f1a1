#!/usr/bin/env python3
"""Writes the probe cases and expectations.md (fictitious patients only)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

def case(cid, *, age=48, sex="female", region="lumbar", weeks=3, symptoms=("axial_pain",),
         signs=(), history=(), findings=(), report="", temp=None, crp=None, name=None):
    return {
        "format": "spinecds-case", "version": 2,
        "patient": {"age_years": age, "sex": sex, "name": name or f"Probe {cid}",
                    "identifier": f"PROBE-{cid}", "birth_date": None, "language": ""},
        "visit_date": "2026-12-10",
        "region": region, "symptom_duration_weeks": weeks,
        "conservative_care": {"weeks": 0, "response": "not_tried"},
        "intervention_candidate": False,
        "symptoms": list(symptoms), "signs": list(signs), "history": list(history),
        "imaging": {"mri_done": True,
                    "findings": [dict(zip(("code", "grade", "level"), f)) if isinstance(f, tuple) else {"code": f}
                                 for f in findings],
                    "report_text": report},
        "labs": {"crp_mg_l": crp, "temperature_c": temp},
        "mjoa": None, "surgery": None, "mscc": None, "notes": "", "decision": None,
    }

def F(code, grade=None, level=None):
    d = {"code": code}
    if grade: d["grade"] = grade
    if level: d["level"] = level
    return d

# (id, case-kwargs, expectation dict)
#  exp: min triage, incomplete (True/False), flags/keys the output should name
P = []
def add(cid, lang, what, exp_triage, exp_incomplete, key, **kw):
    fnd = kw.pop("findings", ())
    c = case(cid, findings=(), **kw)
    c["imaging"]["findings"] = [F(*f) if isinstance(f, tuple) else F(f) for f in fnd]
    P.append((cid, lang, what, exp_triage, exp_incomplete, key, c))

# ---------------- English ----------------
add("en01-meta-omitted", "en", "vertebral metastasis named, only protrusion entered, age 58, no known cancer",
    ">= expedited", True, "vertebral_metastasis named-not-entered; whole-spine MRI; suspected malignancy",
    age=58, findings=[("disc_protrusion", "mild", "L4-L5")],
    report="MRI LUMBAR SPINE\nFindings: Mild L4-L5 disc protrusion without root compression. "
           "There is a 2 cm T1-hypointense lesion in the L2 vertebral body, suspicious for metastasis.\n"
           "Impression: 1. Suspected L2 vertebral metastasis. 2. Mild L4-L5 protrusion.")
add("en02-meta-entered-twin", "en", "twin of en01 with the metastasis entered (control for coherence)",
    ">= expedited (same as en01)", False, "no report block; vertebral metastasis pathway",
    age=58, findings=[("disc_protrusion", "mild", "L4-L5"), ("vertebral_metastasis", None, "L2")],
    report="MRI LUMBAR SPINE\nFindings: Mild L4-L5 disc protrusion without root compression. "
           "There is a 2 cm T1-hypointense lesion in the L2 vertebral body, suspicious for metastasis.\n"
           "Impression: 1. Suspected L2 vertebral metastasis. 2. Mild L4-L5 protrusion.")
add("en03-epidural-tumour-omitted", "en", "known breast cancer, thoracic back pain, epidural tumour compressing cord in report only",
    ">= urgent (§8.6 MSCC on imaging without deficit)", True, "epidural_tumor, cord_compression named-not-entered; MSCC coordinator; whole-spine MRI",
    age=61, region="thoracic", history=["known_malignancy"], findings=[("disc_degeneration", "mild", "T6-T7")],
    report="Findings: Degenerative disc changes T6-7. Enhancing epidural soft-tissue mass at T8 extending from the "
           "posterior elements, compressing the spinal cord.\nImpression: Epidural tumour at T8 with cord compression.")
add("en04-cord-omitted", "en", "cervical, cord compression + T2 cord signal change in report only, no neuro signs",
    ">= expedited (clinical); not a routine plan", True, "cord_compression, cord_signal_change named-not-entered",
    age=55, region="cervical", findings=[("lordosis_reversal", "mild", "C4-C6")],
    report="Mild reversal of the cervical lordosis. Severe canal stenosis at C5-C6 with cord compression and "
           "intramedullary T2 hyperintensity.")
add("en05-cauda-omitted", "en", "lumbar, large extrusion compressing cauda equina in report only; radicular pain, no CES symptoms entered",
    ">= expedited (clinical: urgent same-day check for CES)", True, "cauda_equina_compression named-not-entered",
    age=39, sex="male", symptoms=["radicular_pain"], findings=[("disc_bulge", "mild", "L3-L4")],
    report="Findings:\nL3-4: mild disc bulge.\nL4-5: large central disc extrusion causing severe compression of the cauda equina.\n"
           "Impression: Large L4-5 extrusion with cauda equina compression.")
add("en06-abscess-omitted-nofever", "en", "lumbar pain, no fever entered, report: rim-enhancing epidural abscess",
    ">= urgent", True, "epidural_collection named-not-entered; MRI with contrast; blood cultures",
    age=52, sex="male", findings=[("facet_arthropathy", "moderate", "L4-L5")],
    report="Moderate L4-5 facet arthropathy. There is a rim-enhancing posterior epidural collection from L3 to L5, "
           "consistent with an epidural abscess.")
add("en07-discitis-omitted", "en", "lumbar, diabetes only, report: L2-3 discitis-osteomyelitis",
    ">= urgent", True, "discitis_osteomyelitis named-not-entered",
    age=66, sex="male", history=["diabetes"], findings=[("modic_change", "moderate", "L2-L3")],
    report="IMPRESSION: Findings at L2-3 are compatible with discitis-osteomyelitis, with endplate erosion and "
           "paravertebral oedema. No epidural collection.")
add("en08-fracture-omitted-elderly", "en", "78-year-old, thoracolumbar pain, no trauma entered, report: acute T12 compression fracture",
    ">= expedited", True, "fracture named-not-entered",
    age=78, region="thoracic", findings=[("disc_degeneration", "moderate", "T11-T12")],
    report="Acute compression fracture of T12 with bone marrow oedema and 30% height loss. No retropulsion. "
           "Degenerative disc disease T11-12.")
add("en09-instability-omitted", "en", "cervical, report: dynamic instability C4-5 in flexion",
    "not a normal routine plan (incomplete); referral", True, "instability named-not-entered",
    age=44, region="cervical", findings=[("disc_osteophyte_complex", "mild", "C5-C6")],
    report="Anterolisthesis of C4 on C5 measuring 3 mm in neutral, increasing to 6 mm in flexion, consistent with "
           "segmental instability. Small disc-osteophyte complex C5-6.")
add("en10-hedge-cord-comma", "en", "hedge with comma: cord compression unlikely, but cannot be excluded",
    "not a routine plan", True, "cord_compression uncertain (doubtful), not negated",
    age=50, region="cervical", findings=[("disc_protrusion", "moderate", "C6-C7")],
    report="Findings: Moderate C6-7 disc protrusion.\nImpression: Cord compression is unlikely, but cannot be excluded "
           "given motion artefact at C6-7.")
add("en11-hedge-meta-nocomma", "en", "hedge without comma: metastasis unlikely but cannot be excluded",
    "not a routine plan (>= expedited if counted)", True, "vertebral_metastasis uncertain",
    age=63, findings=[("disc_degeneration", "moderate", "L5-S1")],
    report="Atypical haemangioma in L3. Vertebral metastasis is unlikely but cannot be excluded; follow-up MRI suggested. "
           "Disc degeneration L5-S1.")
add("en12-hedge-but-bulge", "en", "\"fracture is unlikely, but there is a disc bulge\": fracture negated; bulge entered",
    "routine", False, "fracture negated; no block",
    age=45, findings=[("disc_bulge", "mild", "L4-L5")],
    report="Fracture is unlikely, but there is a disc bulge at L4-5 without nerve root compression.")
add("en13-partly-cord-signal", "en", "myelopathy entered (cord compression, UMN, gait); report adds cord signal change not entered",
    ">= expedited", True, "cord_signal_change named-not-entered; DCM",
    age=62, sex="male", region="cervical", symptoms=["hand_clumsiness", "gait_disturbance"], signs=["umn_signs"],
    findings=[("cord_compression", "moderate", "C5-C6"), ("canal_stenosis", "severe", "C5-C6")],
    report="Severe canal stenosis at C5-6 with cord compression. Abnormal T2 hyperintense signal within the cord at C5-6.")
add("en14-partly-epidural", "en", "known cancer, vertebral metastasis entered; report adds epidural tumour with cord compression",
    ">= urgent (§8.6)", True, "epidural_tumor + cord_compression named-not-entered",
    age=67, sex="male", region="thoracic", history=["known_malignancy"], findings=[("vertebral_metastasis", None, "T9")],
    report="Metastatic deposit in T9 with epidural extension of tumour, compressing the spinal cord (ESCC grade 2).")
add("en15-all-entered-benign", "en", "control: report repeats only entered benign findings",
    "routine", False, "no block",
    findings=[("disc_bulge", "mild", "L4-L5"), ("facet_arthropathy", "mild", "L5-S1")],
    report="Findings: Mild disc bulge at L4-5. Mild facet arthropathy at L5-S1. No canal stenosis.\nImpression: Mild degenerative change.")
add("en16-benign-extras", "en", "control: report names extra benign/degenerative findings not entered",
    "routine", False, "no block (benign extras only)",
    findings=[("disc_protrusion", "mild", "L5-S1")],
    report="L5-S1: small disc protrusion with an annular fissure. Disc degeneration L3-4 to L5-S1. Modic type 2 changes L4-5. "
           "Mild bilateral foraminal stenosis at L4-5. Mild facet arthropathy.")
add("en17-negated-only", "en", "control: report only negates serious findings",
    "routine", False, "no block",
    region="cervical", findings=[("lordosis_straightening", "mild", "C3-C6")],
    report="Straightening of the cervical lordosis. No fracture. No cord compression. No abnormal cord signal. "
           "No epidural collection. Normal marrow signal, no suspicious lesion.")
add("en18-none-entered-benign", "en", "no findings entered, report names a bulge",
    "routine triage but incomplete", True, "imaging.findings missing",
    findings=[], report="Mild disc bulge at L4-5. Otherwise normal.")
add("en19-none-entered-normal", "en", "no findings entered, report normal (negations only)",
    "routine", False, "no block (nothing named)",
    findings=[], report="Normal MRI of the lumbar spine. No disc herniation, no stenosis, no fracture.")
add("en20-empty-report", "en", "control: entered findings, empty report",
    "routine", False, "no block",
    findings=[("disc_bulge", "mild", "L4-L5")], report="")
add("en21-fever-abscess", "en", "fever 38.6, CRP 80, report: epidural abscess not entered, no deficit",
    ">= urgent", True, "fever/infection red flag + epidural_collection named-not-entered",
    age=57, sex="male", history=["fever", "iv_drug_use"], temp=38.6, crp=80, findings=[("disc_degeneration", "mild", "L4-L5")],
    report="Findings: Epidural abscess posterior to L4 and L5 with mild thecal sac compression. Degenerative disc L4-5.")
add("en22-trauma-fracture", "en", "low-energy fall, age 71, osteoporosis; report names L1 burst fracture with retropulsion",
    ">= expedited (arguably higher for burst/retropulsion)", True, "fracture named-not-entered; fragility fracture",
    age=71, history=["low_energy_trauma", "osteoporosis"], findings=[("disc_degeneration", "mild", "L2-L3")],
    report="Acute L1 burst fracture with 4 mm retropulsion into the canal. No cord or conus compression.")
add("en23-negation-scope", "en", "\"No cord compression, but there is an epidural abscess\": abscess present",
    ">= urgent", True, "epidural_collection named (present)",
    age=49, region="thoracic", findings=[("disc_degeneration", "mild", "T8-T9")],
    report="No cord compression, but there is a small epidural abscess at T9-T10.")
add("en24-ruled-out", "en", "hedge variant \"cannot be ruled out\"",
    "not a routine plan", True, "discitis_osteomyelitis uncertain",
    age=60, findings=[("modic_change", "moderate", "L4-L5")],
    report="Modic type 1 change at L4-5. Early discitis is unlikely, but cannot be ruled out. Correlate with CRP.")
add("en25-possible-hematoma", "en", "\"possible small epidural haematoma\" (uncertain), on anticoagulation (notes only)",
    ">= urgent if counted; not routine", True, "epidural_collection uncertain",
    age=74, findings=[("canal_stenosis", "moderate", "L3-L4")],
    report="Moderate canal stenosis L3-4. Possible small dorsal epidural haematoma at L2.")
add("en26-level-mismatch", "en", "fracture entered at L1; report names a second fracture at T12 (same code)",
    ">= expedited", False, "(code-level matching expected; a second level not blocking would be minor)",
    age=80, history=["low_energy_trauma", "osteoporosis"], findings=[("fracture", "moderate", "L1")],
    report="Acute compression fractures of L1 and T12.")
add("en27-serious-all-entered", "en", "control: abscess + discitis entered and repeated in report, fever",
    ">= urgent", False, "no report block",
    age=59, sex="male", history=["fever"], temp=38.9, crp=120,
    findings=[("discitis_osteomyelitis", None, "L3-L4"), ("epidural_collection", None, "L3-L4")],
    report="Discitis-osteomyelitis L3-4 with a small anterior epidural abscess.")
add("en28-telegraphic", "en", "telegraphic: 'C-spine: C5/6 prolapse. cord compressed. cord oedema.' none entered",
    ">= expedited; not routine", True, "imaging.findings missing; cord_compression, cord_signal_change",
    age=57, region="cervical", findings=[], report="C-spine MRI: C5/6 prolapse. Cord compressed. Cord oedema C5-6.")
add("en29-italian", "it", "Italian report naming a compression fracture beside entered protrusion",
    "plan must say the report could not be read; ideally incomplete", True, "unreadable report stated; no false 'report agrees'",
    age=70, findings=[("disc_protrusion", "mild", "L4-L5")],
    report="Referto: Protrusione discale L4-L5. Frattura da compressione recente di L1 con edema osseo. "
           "Conclusioni: frattura vertebrale recente.")

# ---------------- German ----------------
add("de01-abscess-omitted", "de", "Befund/Beurteilung: epiduraler Abszess, nur Osteochondrose eingegeben",
    ">= urgent", True, "epidural_collection named-not-entered",
    age=55, sex="male", findings=[("disc_degeneration", "moderate", "L3-L4")],
    report="Befund: Osteochondrose LWK 3/4. Randständig KM-aufnehmende epidurale Flüssigkeitsansammlung dorsal LWK 3 bis 5.\n"
           "Beurteilung: Epiduraler Abszess LWK 3-5.")
add("de02-discitis-omitted", "de", "Spondylodiszitis L4/5 nicht eingegeben, Fieber",
    ">= urgent", True, "discitis_osteomyelitis named-not-entered",
    age=68, history=["fever"], temp=38.3, findings=[("modic_change", "moderate", "L4-L5")],
    report="Beurteilung: Spondylodiszitis L4/5 mit Deckplattenarrosion. Kein epiduraler Abszess.")
add("de03-fracture-elderly", "de", "82 Jahre, frische Deckplattenimpressionsfraktur LWK 1 nicht eingegeben",
    ">= expedited", True, "fracture named-not-entered",
    age=82, history=["osteoporosis"], findings=[("disc_degeneration", "mild", "L4-L5")],
    report="Frische Deckplattenimpressionsfraktur LWK 1 mit Knochenmarködem. Keine Hinterkantenbeteiligung.")
add("de04-cord-omitted", "de", "Myelonkompression HWK 5/6 mit Myelopathiesignal, nur Streckhaltung eingegeben",
    ">= expedited (clinical); not routine", True, "cord_compression + cord_signal_change named-not-entered",
    age=58, region="cervical", findings=[("lordosis_straightening", "mild", "C3-C6")],
    report="Befund: Streckhaltung der HWS. Absolute Spinalkanalstenose HWK 5/6 mit Myelonkompression und "
           "T2-hyperintensem Myelopathiesignal.\nBeurteilung: Zervikale Myelopathie HWK 5/6.")
add("de05-hedge-meta-comma", "de", "Hedge mit Komma: Metastase unwahrscheinlich, aber nicht auszuschließen",
    "not routine", True, "vertebral_metastasis uncertain",
    age=64, findings=[("disc_degeneration", "moderate", "L5-S1")],
    report="Atypisches Hämangiom LWK 2. Eine ossäre Metastase ist unwahrscheinlich, aber nicht auszuschließen. "
           "Osteochondrose L5/S1.")
add("de06-hedge-fracture-nocomma", "de", "Hedge ohne Komma: Fraktur unwahrscheinlich aber nicht auszuschließen",
    "not routine", True, "fracture uncertain",
    age=70, history=["low_energy_trauma"], findings=[("disc_bulge", "mild", "L3-L4")],
    report="Beurteilung: Eine Fraktur ist unwahrscheinlich aber nicht auszuschließen. Bandscheibenvorwölbung L3/4.")
add("de07-negated-only", "de", "Kontrolle: nur Verneinungen",
    "routine", False, "no block",
    findings=[("disc_bulge", "mild", "L4-L5")],
    report="Befund: Bandscheibenvorwölbung L4/5. Kein Nachweis einer Fraktur. Keine Myelonkompression. "
           "Kein epiduraler Abszess. Keine Spondylodiszitis.\nBeurteilung: Degenerative Veränderungen.")
add("de08-all-entered", "de", "Kontrolle: alle Befunde eingegeben (gutartig)",
    "routine", False, "no block",
    findings=[("disc_protrusion", "mild", "L4-L5"), ("disc_degeneration", "moderate", "L5-S1")],
    report="Bandscheibenprotrusion L4/5. Osteochondrose L5/S1.")
add("de09-cauda-omitted", "de", "Kaudakompression durch Massenprolaps nicht eingegeben, Harnverhalt",
    "emergency", True, "cauda_equina_compression named-not-entered + CES red flag",
    age=42, sex="male", symptoms=["radicular_pain", "urinary_retention"], findings=[("disc_bulge", "mild", "L3-L4")],
    report="Massenprolaps LWK 4/5 mit hochgradiger Kompression der Cauda equina.")
add("de10-instability-omitted", "de", "Segmentinstabilität L4/5 nicht eingegeben",
    "not routine (incomplete)", True, "instability named-not-entered",
    age=51, findings=[("spondylolisthesis", "mild", "L4-L5")],
    report="Pseudospondylolisthesis L4/5 Grad I. In den Funktionsaufnahmen Segmentinstabilität L4/5.")
add("de11-partly-epidural", "de", "bekanntes Karzinom, Wirbelmetastase eingegeben; epidurale Tumormasse + Myelonkompression nicht",
    ">= urgent", True, "epidural_tumor + cord_compression named-not-entered",
    age=66, region="thoracic", history=["known_malignancy"], findings=[("vertebral_metastasis", None, "T6")],
    report="Wirbelkörpermetastase BWK 6 mit epiduralem Tumoranteil und Myelonkompression.")
add("de12-hedge-but-bulge", "de", "'Fraktur unwahrscheinlich, aber Bandscheibenvorwölbung' — Fraktur verneint",
    "routine", False, "fracture negated; no block",
    findings=[("disc_bulge", "mild", "L4-L5")],
    report="Eine Fraktur ist unwahrscheinlich, aber es zeigt sich eine Bandscheibenvorwölbung L4/5.")
add("de13-hematoma-omitted", "de", "epidurales Hämatom nach Trauma (hochenergetisch) nicht eingegeben",
    "emergency (high-energy trauma)", True, "epidural_collection named-not-entered",
    age=35, sex="male", region="thoracic", history=["high_energy_trauma"], findings=[],
    report="Befund: Epidurales Hämatom BWK 10 bis 12 ohne Myelonkompression. Keine Fraktur.")

# ---------------- Spanish ----------------
add("es01-abscess-omitted", "es", "Hallazgos/Conclusión: absceso epidural no introducido",
    ">= urgent", True, "epidural_collection named-not-entered",
    age=53, findings=[("facet_arthropathy", "mild", "L4-L5")],
    report="Hallazgos: Artropatía facetaria leve L4-L5. Colección epidural posterior con realce periférico L3-L5.\n"
           "Conclusión: Absceso epidural L3-L5.")
add("es02-fracture-elderly", "es", "fractura aguda por compresión L1, 79 años",
    ">= expedited", True, "fracture named-not-entered",
    age=79, findings=[("disc_degeneration", "moderate", "L4-L5")],
    report="Fractura aguda por compresión del cuerpo vertebral L1 con edema óseo. Discopatía degenerativa L4-L5.")
add("es03-meta-known-cancer", "es", "cáncer conocido, metástasis vertebral T9 no introducida",
    ">= expedited (known cancer + spinal pain)", True, "vertebral_metastasis named-not-entered; whole-spine MRI",
    age=62, region="thoracic", history=["known_malignancy"], findings=[("disc_degeneration", "mild", "T7-T8")],
    report="Hallazgos: Lesión lítica en el cuerpo vertebral T9 compatible con metástasis vertebral.\nConclusión: Metástasis en T9.")
add("es04-cord-omitted", "es", "compresión medular con hiperintensidad medular C5-C6",
    ">= expedited (clinical); not routine", True, "cord_compression + cord_signal_change",
    age=60, region="cervical", findings=[("disc_osteophyte_complex", "moderate", "C5-C6")],
    report="Complejo disco-osteofitario C5-C6 con compresión medular e hiperintensidad de señal medular en T2.")
add("es05-hedge-discitis-comma", "es", "hedge: espondilodiscitis poco probable, pero no se descarta",
    "not routine", True, "discitis_osteomyelitis uncertain",
    age=58, findings=[("modic_change", "moderate", "L3-L4")],
    report="Cambios Modic tipo 1 en L3-L4. Espondilodiscitis poco probable, pero no se descarta.")
add("es06-hedge-fracture-aunque", "es", "hedge: fractura improbable, aunque no se puede descartar",
    "not routine", True, "fracture uncertain",
    age=72, findings=[("disc_bulge", "mild", "L2-L3")],
    report="Conclusión: Una fractura es improbable, aunque no se puede descartar. Abombamiento discal L2-L3.")
add("es07-hedge-meta-nocomma", "es", "hedge sin coma: metástasis poco probable pero no se descarta",
    "not routine", True, "vertebral_metastasis uncertain",
    age=66, findings=[("disc_degeneration", "mild", "L5-S1")],
    report="Lesión focal en L2. Metástasis vertebral poco probable pero no se descarta.")
add("es08-negated-only", "es", "control: solo negaciones",
    "routine", False, "no block",
    findings=[("disc_protrusion", "mild", "L5-S1")],
    report="Hallazgos: Protrusión discal L5-S1. No se observan fracturas. Sin compresión medular. "
           "Sin colecciones epidurales.\nConclusión: Cambios degenerativos leves.")
add("es09-all-entered", "es", "control: todo introducido",
    "routine", False, "no block",
    findings=[("disc_protrusion", "mild", "L5-S1"), ("foraminal_stenosis", "mild", "L5-S1")],
    report="Protrusión discal L5-S1 con estenosis foraminal leve.")
add("es10-cauda-omitted", "es", "compresión de la cola de caballo no introducida, dolor radicular bilateral",
    ">= expedited; emergency if bilateral+deficit", True, "cauda_equina_compression named-not-entered",
    age=45, sex="male", symptoms=["radicular_pain", "bilateral_radicular_symptoms"], findings=[("disc_bulge", "mild", "L3-L4")],
    report="Gran extrusión discal L4-L5 con compresión de la cola de caballo.")
add("es11-hematoma-omitted", "es", "hematoma epidural no introducido, anciana",
    ">= urgent", True, "epidural_collection named-not-entered",
    age=81, region="thoracic", findings=[("disc_degeneration", "mild", "T9-T10")],
    report="Hematoma epidural dorsal T8-T10 sin compresión medular significativa.")
add("es12-partly-instability", "es", "fractura introducida; inestabilidad en el informe no introducida",
    ">= expedited", True, "instability named-not-entered",
    age=47, sex="male", history=["low_energy_trauma"], findings=[("fracture", "moderate", "L1")],
    report="Fractura de L1 con signos de inestabilidad (lesión del complejo ligamentario posterior).")

# ---------------- French ----------------
add("fr01-abscess-omitted", "fr", "Résultats/Conclusion: abcès épidural non saisi",
    ">= urgent", True, "epidural_collection named-not-entered",
    age=56, sex="male", findings=[("disc_degeneration", "mild", "L4-L5")],
    report="Résultats : Discopathie dégénérative L4-L5. Collection épidurale postérieure rehaussée en périphérie de L3 à L5.\n"
           "Conclusion : Abcès épidural L3-L5.")
add("fr02-discitis-omitted", "fr", "spondylodiscite L2-L3 non saisie, immunodéprimé, CRP 60",
    ">= urgent", True, "discitis_osteomyelitis named-not-entered (+ infection flag from CRP/immunosuppression)",
    age=61, history=["immunosuppression"], crp=60, findings=[("modic_change", "moderate", "L2-L3")],
    report="Conclusion : Spondylodiscite L2-L3 avec atteinte des plateaux vertébraux.")
add("fr03-fracture-elderly", "fr", "fracture-tassement récente T12, 84 ans",
    ">= expedited", True, "fracture named-not-entered",
    age=84, region="thoracic", findings=[("disc_degeneration", "moderate", "T11-T12")],
    report="Fracture-tassement récente de T12 avec œdème médullaire osseux. Pas de recul du mur postérieur.")
add("fr04-cord-omitted", "fr", "compression médullaire avec hypersignal médullaire, non saisie",
    ">= expedited (clinical); not routine", True, "cord_compression + cord_signal_change",
    age=59, region="cervical", findings=[("disc_protrusion", "moderate", "C6-C7")],
    report="Résultats : Protrusion discale C6-C7. Compression médullaire C6-C7 avec hypersignal médullaire T2.\n"
           "Conclusion : Myélopathie cervicarthrosique C6-C7.")
add("fr05-hedge-meta-comma", "fr", "hedge: métastase peu probable, mais non exclue",
    "not routine", True, "vertebral_metastasis uncertain",
    age=65, findings=[("disc_degeneration", "moderate", "L4-L5")],
    report="Lésion focale du corps vertébral L3. Une métastase vertébrale est peu probable, mais non exclue.")
add("fr06-hedge-fracture-nocomma", "fr", "hedge sans virgule: fracture peu probable mais non exclue",
    "not routine", True, "fracture uncertain",
    age=76, history=["low_energy_trauma"], findings=[("disc_bulge", "mild", "L3-L4")],
    report="Conclusion : Fracture peu probable mais non exclue. Bombement discal L3-L4.")
add("fr07-negated-only", "fr", "contrôle: négations seulement",
    "routine", False, "no block",
    findings=[("disc_bulge", "mild", "L4-L5")],
    report="Résultats : Bombement discal L4-L5. Pas de fracture. Pas de compression médullaire. "
           "Absence de collection épidurale.\nConclusion : Discopathie dégénérative débutante.")
add("fr08-all-entered", "fr", "contrôle: tout saisi (arthrose)",
    "routine", False, "no block",
    findings=[("facet_arthropathy", "moderate", "L4-L5"), ("disc_bulge", "mild", "L4-L5")],
    report="Arthrose articulaire postérieure L4-L5. Bombement discal L4-L5.")
add("fr09-cauda-omitted", "fr", "compression de la queue de cheval non saisie, anesthésie en selle",
    "emergency", True, "cauda_equina_compression named-not-entered + CES",
    age=48, sex="female", symptoms=["radicular_pain", "saddle_numbness"], signs=["saddle_anesthesia"],
    findings=[("disc_bulge", "mild", "L3-L4")],
    report="Volumineuse hernie discale exclue L4-L5 responsable d'une compression de la queue de cheval.")
add("fr10-hematoma-omitted", "fr", "hématome épidural non saisi",
    ">= urgent", True, "epidural_collection named-not-entered",
    age=69, findings=[("canal_stenosis", "moderate", "L3-L4")],
    report="Hématome épidural postérieur L2-L3. Canal lombaire étroit modéré L3-L4.")
add("fr11-epidural-tumour-known-cancer", "fr", "cancer connu, épidurite tumorale non saisie, déficit moteur",
    "emergency (known cancer + deficit)", True, "epidural_tumor named-not-entered; dexamethasone; MSCC",
    age=70, sex="male", region="thoracic", history=["known_malignancy"], signs=["motor_deficit"],
    findings=[("vertebral_metastasis", None, "T10")],
    report="Métastase de T10 avec épidurite tumorale comprimant la moelle.")
add("fr12-benign-extras", "fr", "contrôle: extras bénins non saisis",
    "routine", False, "no block",
    findings=[("disc_protrusion", "mild", "L5-S1")],
    report="Protrusion discale L5-S1. Discopathie dégénérative étagée. Arthrose articulaire postérieure. "
           "Modic de type 2 en L4-L5. Sténose foraminale légère L4-L5.")
add("fr13-instability-omitted", "fr", "instabilité non saisie",
    "not routine (incomplete)", True, "instability named-not-entered",
    age=50, findings=[("spondylolisthesis", "mild", "L4-L5")],
    report="Spondylolisthésis L4-L5 de grade 1 avec instabilité segmentaire sur les clichés dynamiques.")

os.makedirs(CASES, exist_ok=True)
for cid, lang, what, t, inc, key, c in P:
    with open(os.path.join(CASES, cid + ".spinecase"), "w", encoding="utf-8") as fh:
        json.dump(c, fh, ensure_ascii=False, indent=2); fh.write("\n")
    with open(os.path.join(CASES, cid + ".report.txt"), "w", encoding="utf-8") as fh:
        fh.write(c["imaging"]["report_text"] + "\n")

with open(os.path.join(HERE, "expectations.json"), "w") as fh:
    json.dump([{"id": p[0], "lang": p[1], "what": p[2], "triage": p[3], "incomplete": p[4], "key": p[5]} for p in P], fh, indent=1)
print(len(P), "cases")

# ---------------- Added AFTER the first run (post-hoc isolation; not in expectations.md table) ----------------
X = []
def addx(cid, **kw):
    fnd = kw.pop("findings", ())
    c = case(cid, findings=(), **kw)
    c["imaging"]["findings"] = [F(*f) if isinstance(f, tuple) else F(f) for f in fnd]
    X.append((cid, c))
addx("x01-en-hedge-level", age=50, region="cervical", findings=[("disc_protrusion", "moderate", "C6-C7")],
     report="Impression: Cord compression is unlikely, but cannot be excluded at C6-7.")
addx("x02-de-hedge-level", age=74, history=["low_energy_trauma"], findings=[("disc_bulge", "mild", "L3-L4")],
     report="Beurteilung: Fraktur unwahrscheinlich, aber nicht auszuschließen bei Bewegungsartefakten in Höhe LWK 1.")
addx("x03-es-hedge-level", age=66, findings=[("disc_degeneration", "mild", "L5-S1")],
     report="Conclusión: Metástasis improbable, aunque no se puede descartar en L2.")
addx("x04-fr-hedge-level", age=76, history=["low_energy_trauma"], findings=[("disc_bulge", "mild", "L3-L4")],
     report="Conclusion : Fracture peu probable, mais non exclue en L1.")
addx("x05-en-although", age=52, findings=[("facet_arthropathy", "mild", "L4-L5")],
     report="Small fluid signal in the L4-5 facet joints. Epidural abscess is unlikely, although it cannot be excluded.")
addx("x06-en-however", age=63, findings=[("disc_degeneration", "moderate", "L5-S1")],
     report="Atypical haemangioma L3. Metastasis is unlikely; however, it cannot be excluded.")
addx("x07-es-si-bien", age=53, findings=[("facet_arthropathy", "mild", "L4-L5")],
     report="Absceso epidural poco probable, si bien no se descarta.")
addx("x08-en-cord-entered-twin", age=55, region="cervical",
     findings=[("lordosis_reversal", "mild", "C4-C6"), ("canal_stenosis", "severe", "C5-C6"),
               ("cord_compression", "severe", "C5-C6"), ("cord_signal_change", None, "C5-C6")],
     report="Mild reversal of the cervical lordosis. Severe canal stenosis at C5-C6 with cord compression and "
            "intramedullary T2 hyperintensity.")
addx("x09-en-instability-entered-twin", age=44, region="cervical",
     findings=[("disc_osteophyte_complex", "mild", "C5-C6"), ("spondylolisthesis", "mild", "C4-C5"), ("instability", None, "C4-C5")],
     report="Anterolisthesis of C4 on C5 measuring 3 mm in neutral, increasing to 6 mm in flexion, consistent with "
            "segmental instability. Small disc-osteophyte complex C5-6.")
addx("x10-en-cauda-entered-twin", age=39, sex="male", symptoms=["radicular_pain"],
     findings=[("disc_bulge", "mild", "L3-L4"), ("disc_extrusion", "severe", "L4-L5"), ("cauda_equina_compression", "severe", "L4-L5")],
     report="Findings:\nL3-4: mild disc bulge.\nL4-5: large central disc extrusion causing severe compression of the cauda equina.\n"
            "Impression: Large L4-5 extrusion with cauda equina compression.")
for cid, c in X:
    with open(os.path.join(CASES, cid + ".spinecase"), "w", encoding="utf-8") as fh:
        json.dump(c, fh, ensure_ascii=False, indent=2); fh.write("\n")
print(len(X), "post-hoc cases")

# second post-hoc batch (after seeing fr09)
X2 = []
def addx2(cid, **kw):
    fnd = kw.pop("findings", ())
    c = case(cid, findings=(), **kw)
    c["imaging"]["findings"] = [F(*f) if isinstance(f, tuple) else F(f) for f in fnd]
    X2.append((cid, c))
addx2("x11-en-ces-report-only", age=48, symptoms=["radicular_pain", "saddle_numbness"], signs=["saddle_anesthesia"],
      findings=[("disc_bulge", "mild", "L3-L4")],
      report="Impression: Large L4-5 disc extrusion with severe compression of the cauda equina.")
addx2("x12-en-ces-entered-twin", age=48, symptoms=["radicular_pain", "saddle_numbness"], signs=["saddle_anesthesia"],
      findings=[("disc_bulge", "mild", "L3-L4"), ("disc_extrusion", "severe", "L4-L5"), ("cauda_equina_compression", "severe", "L4-L5")],
      report="Impression: Large L4-5 disc extrusion with severe compression of the cauda equina.")
addx2("x13-en-dcm-report-only", age=63, sex="male", region="cervical", symptoms=["hand_clumsiness", "gait_disturbance"],
      signs=["umn_signs"], findings=[("disc_protrusion", "moderate", "C5-C6")],
      report="C5-6 disc protrusion with cord compression and T2 signal change in the cord.")
addx2("x14-en-urinary-cord-report-only", age=60, sex="male", region="cervical", symptoms=["urinary_retention", "gait_disturbance"],
      findings=[("disc_protrusion", "moderate", "C5-C6")],
      report="Large C5-6 disc extrusion with severe cord compression.")
for cid, c in X2:
    with open(os.path.join(CASES, cid + ".spinecase"), "w", encoding="utf-8") as fh:
        json.dump(c, fh, ensure_ascii=False, indent=2); fh.write("\n")
print(len(X2), "post-hoc batch 2")
