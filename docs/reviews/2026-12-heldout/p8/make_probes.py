#!/usr/bin/env python3
"""Writes probes.json. Written before any probe case was evaluated."""
import json
ROUTINE_TF = r"4\s*(to|–|-)\s*6\s*weeks|[Rr]eassess in|[Rr]eview in \d"
EXPEDITED_TF = r"within (a|one|1|7) (week|days)|within days|within a few days|at most a week"
URGENT_TF = r"same day"
ROUTINE_ADVICE = r"(?i)physiotherap|NSAID|ibuprofen|reassur|staying active|desk set-up"
FOLLOWUP = r"See your doctor again|When to come back|Come back sooner|4 to 6 weeks|between [A-Z][a-z]+ \d{1,2}, \d{4} and"
UNDIAG = r"(?i)undiagnosed|possible (cancer|malignancy)|suspected (cancer|malignancy)|cancer that has not (yet )?been diagnosed"
WS = r"(?i)whole[- ]spine|entire spine|whole of the spine"
MOD = r"MRI|\bCT\b|magnetic resonance|computed tomography"
NOTCITED_ROUTINE = r"Patchell|Sørensen|Heimdal|Hurlbert|Berbari|Fehlings|Chi JH|Chapman WW"
P = []
def p(case, item, prop, *checks):
    P.append({"case": f"cases/{case}.spinecase", "item": f"§8.{item}", "property": prop, "check": list(checks)})

# 8.1
p("p8-1-1-child12-routine", 1, "Age 12, routine lumbar pain: paediatric_referral with a reason naming age; no adult routine plan (no conservative_care action, no NSAID/physio/reassure text, no ibuprofen/exercises in handout).",
  {"kind": "action_present", "code": "paediatric_referral"},
  {"kind": "action_absent", "code": "conservative_care"},
  {"kind": "rec_text_absent", "regex": ROUTINE_ADVICE},
  {"kind": "rec_action_because_present", "action": "paediatric_referral", "regex": r"(?i)age|16|child|paediatric"},
  {"kind": "handout_absent", "regex": r"(?i)ibuprofen|physical therapist|exercises"})
p("p8-1-2-age15-edge", 1, "Age 15 (last year under 16): paediatric_referral, no adult routine plan.",
  {"kind": "action_present", "code": "paediatric_referral"},
  {"kind": "action_absent", "code": "conservative_care"},
  {"kind": "rec_text_absent", "regex": ROUTINE_ADVICE})
p("p8-1-3-age16-adult", 1, "Age 16 (opposite): adult plan applies; no paediatric_referral; routine with conservative_care.",
  {"kind": "action_absent", "code": "paediatric_referral"},
  {"kind": "action_present", "code": "conservative_care"},
  {"kind": "triage_eq", "value": "routine"})
p("p8-1-4-child10-cauda-equina", 1, "Age 10 with cauda equina features: red flags still raise triage to emergency; paediatric_referral; no adult routine plan.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "action_present", "code": "paediatric_referral"},
  {"kind": "rec_text_absent", "regex": ROUTINE_ADVICE})
# 8.2
p("p8-2-1-emergency-cauda-equina", 2, "Emergency: no recommendation (or timeframe) states a routine, expedited or same-day timeframe.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "rec_text_absent", "regex": f"{ROUTINE_TF}|{EXPEDITED_TF}|{URGENT_TF}", "include_timeframe": True})
p("p8-2-2-urgent-fever-plus-known-cancer", 2, "Fever + spinal pain (urgent) with known malignancy (expedited rule also fires): final urgent; no 'within a week'/'4-6 weeks' text anywhere.",
  {"kind": "triage_eq", "value": "urgent"},
  {"kind": "rec_text_absent", "regex": f"{ROUTINE_TF}|{EXPEDITED_TF}", "include_timeframe": True})
p("p8-2-3-expedited-myelopathy", 2, "Expedited DCM: no routine 'reassess in 4-6 weeks' text.",
  {"kind": "triage_eq", "value": "expedited"},
  {"kind": "rec_text_absent", "regex": ROUTINE_TF, "include_timeframe": True})
p("p8-2-4-routine-opposite", 2, "Routine (opposite): the routine timeframe is stated and reassess_4_6_weeks present.",
  {"kind": "triage_eq", "value": "routine"},
  {"kind": "action_present", "code": "reassess_4_6_weeks"},
  {"kind": "rec_text_present", "regex": ROUTINE_TF})
# 8.3
p("p8-3-1-handout-emergency-ces", 3, "Emergency handout: says go now/where; no follow-up window; does not list present symptoms (urine retention, saddle numbness, weak legs, both legs) as warning signs.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "handout_absent", "regex": FOLLOWUP},
  {"kind": "handout_absent", "regex": r"cannot pass urine|numb between your legs|legs get weak|both legs"},
  {"kind": "handout_present", "regex": r"(?i)emergency|ambulance|hospital"})
p("p8-3-2-handout-urgent-fever", 3, "Urgent handout (fever + back pain): no follow-up window; fever not listed as a warning sign to watch for; says today/now/where to go.",
  {"kind": "triage_eq", "value": "urgent"},
  {"kind": "handout_absent", "regex": FOLLOWUP},
  {"kind": "handout_absent", "regex": r"(?i)you have a fever"},
  {"kind": "handout_present", "regex": r"(?i)today|same day|\bnow\b|hospital|emergency"})
p("p8-3-3-handout-emergency-weakness", 3, "Emergency handout (progressive severe weakness): no follow-up window; weakness not listed as a warning sign to watch for.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "handout_absent", "regex": FOLLOWUP},
  {"kind": "handout_absent", "regex": r"legs get weak"},
  {"kind": "handout_present", "regex": r"(?i)emergency|ambulance|hospital"})
p("p8-3-4-handout-routine-opposite", 3, "Routine handout (opposite): gives the follow-up window and lists warning signs.",
  {"kind": "triage_eq", "value": "routine"},
  {"kind": "handout_present", "regex": r"See your doctor again|When to come back"},
  {"kind": "handout_present", "regex": r"legs get weak|numb between your legs"})
# 8.4
p("p8-4-1-cervical-retention-no-imaging", 4, "Cervical + urinary retention, no imaging: emergency; texts name both cord compression and cauda equina; imaging covers lumbosacral/lumbar or whole spine.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "rec_text_present", "regex": r"(?i)cord"},
  {"kind": "rec_text_present", "regex": r"(?i)cauda equina"},
  {"kind": "rec_text_present", "regex": r"(?i)lumbosacral|lumbar|whole[- ]spine"})
p("p8-4-2-thoracic-saddle-bowel", 4, "Thoracic + saddle anaesthesia + bowel dysfunction: emergency; both causes named; lumbosacral coverage.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "rec_text_present", "regex": r"(?i)cord"},
  {"kind": "rec_text_present", "regex": r"(?i)cauda equina"},
  {"kind": "rec_text_present", "regex": r"(?i)lumbosacral|lumbar|whole[- ]spine"})
p("p8-4-3-cervical-incontinence-explained-by-cord", 4, "Cervical incontinence with MRI cord compression + myelopathy (explains it): emergency; names cord; does not headline 'suspected cauda equina syndrome'.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "rec_text_present", "regex": r"(?i)cord"},
  {"kind": "rec_text_absent", "regex": r"(?i)suspected cauda equina syndrome|cauda equina syndrome is suspected"})
p("p8-4-4-lumbar-umn-signs", 4, "Lumbar presentation with UMN signs: points above the conus (cord); no cauda-equina text justified by UMN signs.",
  {"kind": "rec_because_where", "select": r"(?i)cauda equina", "forbid": r"(?i)upper.motor|\bumn\b|hyperreflex|babinski|hoffmann"},
  {"kind": "rec_text_present", "regex": r"(?i)\bcord\b|conus|above"})
# 8.5
p("p8-5-1-known-malignancy-weightloss", 5, "Known malignancy + weight loss + night pain: no 'possible undiagnosed cancer' text; metastasis pathway speaks (whole-spine imaging, metastasis text); expedited.",
  {"kind": "triage_eq", "value": "expedited"},
  {"kind": "rec_text_absent", "regex": UNDIAG},
  {"kind": "rec_text_present", "regex": r"(?i)metasta"},
  {"kind": "action_present", "code": "whole_spine_imaging"})
p("p8-5-2-suspected-age51", 5, "Age 51 + weight loss, no known cancer: suspected malignancy, expedited, cancer text present.",
  {"kind": "triage_eq", "value": "expedited"},
  {"kind": "rec_text_present", "regex": r"(?i)cancer|malignan"})
p("p8-5-3-age50-edge-not-suspected", 5, "Age 50 exactly (rule needs > 50): no suspected-cancer text; routine.",
  {"kind": "triage_eq", "value": "routine"},
  {"kind": "rec_text_absent", "regex": UNDIAG})
p("p8-5-4-myelopathy-failure-to-improve", 5, "Age 70 DCM with cord compression, unchanged after 8 weeks: expedited; no text calls the failure to improve unexplained.",
  {"kind": "triage_eq", "value": "expedited"},
  {"kind": "rec_text_absent", "regex": r"(?i)unexplained|no other (explanation|cause)|not explained"})
# 8.6
p("p8-6-1-epidural-cord-no-neuro", 6, "Epidural tumour compressing cord, no neuro symptoms/signs: urgent; MSCC team same day; no dexamethasone; no expedited/routine timeframe.",
  {"kind": "triage_eq", "value": "urgent"},
  {"kind": "action_present", "code": "mscc_team_contact"},
  {"kind": "action_absent", "code": "dexamethasone"},
  {"kind": "rec_text_present", "regex": r"(?i)same day|today"},
  {"kind": "rec_text_absent", "regex": f"{ROUTINE_TF}|{EXPEDITED_TF}", "include_timeframe": True})
p("p8-6-2-epidural-cord-with-paresthesia", 6, "Same imaging with a neurological symptom (paraesthesia): stays emergency; dexamethasone; MSCC team.",
  {"kind": "triage_eq", "value": "emergency"},
  {"kind": "action_present", "code": "dexamethasone"},
  {"kind": "action_present", "code": "mscc_team_contact"})
p("p8-6-3-epidural-cauda-no-neuro", 6, "Epidural tumour compressing cauda equina, no neuro: urgent; MSCC team contact.",
  {"kind": "triage_eq", "value": "urgent"},
  {"kind": "action_present", "code": "mscc_team_contact"},
  {"kind": "action_absent", "code": "dexamethasone"})
p("p8-6-4-metastasis-no-compression", 6, "Opposite: vertebral metastasis without epidural compression, no neuro: expedited (not urgent), no dexamethasone.",
  {"kind": "triage_eq", "value": "expedited"},
  {"kind": "action_absent", "code": "dexamethasone"})
# 8.7
p("p8-7-1-mscc-deficit", 7, "MSCC with deficit: whole_spine_imaging comes with an MRI modality code; the whole-spine text names MRI.",
  {"kind": "action_present", "code": "whole_spine_imaging"},
  {"kind": "action_present_any", "codes": ["mri_without_contrast", "mri_with_and_without_contrast"]},
  {"kind": "rec_where", "action": "whole_spine_imaging", "require": MOD})
p("p8-7-2-ankylosed-trauma", 7, "Ankylosed spine + minor trauma: whole-spine CT (ct_without_contrast with whole_spine_imaging); text names CT.",
  {"kind": "action_present", "code": "whole_spine_imaging"},
  {"kind": "action_present", "code": "ct_without_contrast"},
  {"kind": "rec_where", "action": "whole_spine_imaging", "require": r"\bCT\b|computed tomography"})
p("p8-7-3-known-malignancy-new-pain", 7, "Known malignancy + new pain, no neuro: whole-spine MRI; modality code and text name MRI.",
  {"kind": "action_present", "code": "whole_spine_imaging"},
  {"kind": "action_present_any", "codes": ["mri_without_contrast", "mri_with_and_without_contrast"]},
  {"kind": "rec_where", "action": "whole_spine_imaging", "require": r"MRI|magnetic resonance"})
p("p8-7-4-routine-no-whole-spine", 7, "Opposite: routine acute lumbar pain: no whole_spine_imaging and no whole-spine text.",
  {"kind": "action_absent", "code": "whole_spine_imaging"},
  {"kind": "rec_text_absent", "regex": WS})
# 8.8
for c, d in [("p8-8-1-seed-case", "seed case"), ("p8-8-2-radiculopathy-7-weeks", "radiculopathy after 7 weeks"),
             ("p8-8-3-cervical-straightening-axial-8wk", "cervical straightening, axial pain 8 weeks"),
             ("p8-8-4-mscc-emergency", "MSCC emergency")]:
    p(c, 8, f"{d}: no recommendation has the seed (droracle) as its only reference; every reference resolves.",
      {"kind": "no_seed_only_refs", "seed": r"(?i)droracle|seed"})
# 8.9
p("p8-9-1-paraplegic-48h", 9, "Paraplegic exactly 48 h: criterion met (eligible true) but verdict says borderline.",
  {"kind": "json_eq", "path": "mscc_surgery.eligible", "value": True},
  {"kind": "text_present", "regex": r"(?i)borderline"})
p("p8-9-2-survival-3-months", 9, "Predicted survival exactly 3 months: eligible true, verdict says borderline.",
  {"kind": "json_eq", "path": "mscc_surgery.eligible", "value": True},
  {"kind": "text_present", "regex": r"(?i)borderline"})
p("p8-9-3-age-65", 9, "Age exactly 65: surgery_favoured false, verdict says borderline.",
  {"kind": "json_eq", "path": "mscc_surgery.surgery_favoured", "value": False},
  {"kind": "text_present", "regex": r"(?i)borderline"})
p("p8-9-4-clear-opposite", 9, "Opposite: age 64, survival 12 months, not paraplegic: favoured, no 'borderline'.",
  {"kind": "json_eq", "path": "mscc_surgery.surgery_favoured", "value": True},
  {"kind": "text_absent", "regex": r"(?i)borderline"})
# 8.10
p("p8-10-1-seed-summary-one-page", 10, "Routine seed case: summary fits one A4 page; lists only cited references; no uncited MSCC/trauma refs.",
  {"kind": "summary_pages_le", "n": 1},
  {"kind": "summary_refs_all_cited"},
  {"kind": "summary_absent", "regex": NOTCITED_ROUTINE})
p("p8-10-2-lumbar-routine-no-mri", 10, "Routine lumbar, no MRI: one page; no cervical-curve refs or 89% correction (plan does not touch them); only cited refs.",
  {"kind": "summary_pages_le", "n": 1},
  {"kind": "summary_refs_all_cited"},
  {"kind": "summary_absent", "regex": r"Guo GM|Helliwell|Kumagai|89\s?%|" + NOTCITED_ROUTINE})
p("p8-10-3-mscc-summary-refs", 10, "MSCC emergency: summary shows the steroid-dose correction (touched) but not the cervical-curve/89% material; only cited refs.",
  {"kind": "summary_refs_all_cited"},
  {"kind": "summary_present", "regex": r"16 ?mg"},
  {"kind": "summary_present", "regex": r"(?i)96 ?mg|two (separate |different )?(studies|trials)|Heimdal"},
  {"kind": "summary_absent", "regex": r"Guo GM|Helliwell|Kumagai|89\s?%|Chapman WW"})
p("p8-10-4-lumbar-radicular-routine", 10, "Routine lumbar radicular pain with MRI: one page; no cervical-curve/MSCC refs; only cited refs.",
  {"kind": "summary_pages_le", "n": 1},
  {"kind": "summary_refs_all_cited"},
  {"kind": "summary_absent", "regex": r"Guo GM|Helliwell|Kumagai|" + NOTCITED_ROUTINE})
# 8.11
p("p8-11-1-v2-new-case-no-age-no-region", 11, "v2 new case (age and region null): valid; 'missing' lists both; no routine plan / no 'MRI already answers'.",
  {"kind": "validate_ok"},
  {"kind": "json_contains", "path": "missing", "values": ["patient.age_years", "region"]},
  {"kind": "action_absent", "code": "conservative_care"},
  {"kind": "rec_text_absent", "regex": r"(?i)already (done )?answers|no further imaging"})
p("p8-11-2-v2-no-age-red-flags", 11, "v2 case, no age/region but CES red flags entered: valid; emergency at once.",
  {"kind": "validate_ok"},
  {"kind": "triage_eq", "value": "emergency"})
p("p8-11-3-v1-null-age", 11, "Null age (contract allows null): valid; missing names patient.age_years; no routine plan.",
  {"kind": "validate_ok"},
  {"kind": "json_contains", "path": "missing", "values": ["patient.age_years"]},
  {"kind": "action_absent", "code": "conservative_care"})
p("p8-11-4-unreadable-report", 11, "Unreadable report text: extract finds nothing and says so; the case evaluation never says the MRI already answers the question.",
  {"kind": "extract_report", "max_findings": 0, "regex": r"(?i)no finding|nothing|could not|none"},
  {"kind": "text_absent", "regex": r"(?i)already (done )?answers"})
json.dump(P, open("probes.json", "w"), indent=2, ensure_ascii=False)
print(len(P))
