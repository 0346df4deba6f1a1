#!/usr/bin/env python3
"""Expectations for held-out set B, written from GUIDELINE-LOGIC.md before any evaluate run."""
import json
NONROUT = ["reassess_4_6_weeks"]            # §8.2: no routine reassess window under a higher triage
ADULT = ["paediatric_referral"]              # §8.1 only for < 16
CHILD_EXCL = ["conservative_care"]           # §8.1: no adult routine plan for < 16
E = []
def e(case, guideline, triage, inc, exc, rf):
    E.append({"case": case + ".spinecase", "guideline": guideline, "triage": triage,
              "actions_include": inc, "actions_exclude": exc, "red_flags_expected": rf})

ROUT_EXC = ["dexamethasone", "mscc_team_contact", "spinal_immobilisation", "blood_cultures_before_antibiotics",
            "mri_with_and_without_contrast", "whole_spine_imaging", "ct_without_contrast", "radiography"]
e("hb-01-lumbar-bulge-modic-haemangioma", "§1 routine (no rule fires); §2 explain bulge/Modic/degeneration are common; §3 MRI already exists -> no further imaging; §5 not for incidental findings", "routine",
  ["conservative_care", "reassess_4_6_weeks", "no_further_imaging"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none")
e("hb-02-cervical-straightening", "§1 routine; §2 lordosis straightening common in asymptomatic people; §3 no further imaging; §5 no referral for incidental findings", "routine",
  ["conservative_care", "reassess_4_6_weeks", "no_further_imaging"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none")
e("hb-03-tarlov-cyst-diabetes", "§1 routine: diabetes alone does not qualify for infection (CRP 6, afebrile); age 53 but no weight loss/night pain/failure to improve (improving) so §8.5 suspected malignancy does not fire; §3 no further imaging", "routine",
  ["conservative_care", "reassess_4_6_weeks", "no_further_imaging"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none")
e("hb-04-sciatica-3wk-pregnant", "§1 routine; §3 no red flags and < 6 weeks: no imaging; §5 no referral before 6 weeks. (Pregnancy only in notes: NSAID advice would be clinically inappropriate but the format cannot encode it)", "routine",
  ["conservative_care", "reassess_4_6_weeks"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none")
e("hb-05-sciatica-6wk-candidate", "§1 routine; §3 persistent radicular symptoms after >= 6 weeks of conservative care in an intervention candidate: MRI without contrast (ACR LBP v3); §5 elective referral only if imaging concordant", "routine",
  ["mri_without_contrast"], ["dexamethasone", "mscc_team_contact", "spinal_immobilisation", "blood_cultures_before_antibiotics", "mri_with_and_without_contrast", "whole_spine_imaging", "no_further_imaging"] + ADULT, "none")
e("hb-06-sciatica-10wk-concordant-mri", "§1 routine; §5 elective referral: radiculopathy with concordant imaging persisting >= 6 weeks in an intervention candidate; MRI already available so no new MRI", "routine",
  ["surgical_referral"], ["dexamethasone", "mscc_team_contact", "spinal_immobilisation", "blood_cultures_before_antibiotics", "mri_with_and_without_contrast", "mri_without_contrast", "whole_spine_imaging"] + ADULT, "none")
e("hb-07-sciatica-10wk-not-candidate", "§1 routine; §3 MRI already exists -> no further imaging; §5 not an intervention candidate -> no elective referral", "routine",
  ["conservative_care", "reassess_4_6_weeks", "no_further_imaging"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none")
e("hb-08-axial-lbp-8wk-candidate-no-mri", "§1 routine (age 40 so failure to improve is not a malignancy flag); §3 axial pain alone after 6 weeks is not an imaging indication; §5 not for axial pain alone", "routine",
  ["conservative_care", "reassess_4_6_weeks"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none")
e("hb-09-cord-compression-no-myelopathy", "§1 routine: cord compression without myelopathic symptoms/signs is not DCM; §5 no prophylactic surgery (counsel and follow); §3 no further imaging", "routine",
  ["conservative_care", "reassess_4_6_weeks", "no_further_imaging"], ROUT_EXC + ADULT + ["surgical_referral", "mri_without_contrast"], "none (radiological cord compression, no myelopathy)")
e("hb-10-child-12-no-red-flags", "§8.1: under 16 -> paediatric_referral, no adult routine plan; no red flag so triage stays routine", "routine",
  ["paediatric_referral"], CHILD_EXCL + ["dexamethasone", "surgical_referral", "mscc_team_contact"], "none; scope: patient under 16")
e("hb-11-child-10-night-pain", "§8.1 paediatric_referral; §1/§8.5 suspected-malignancy rule requires age > 50, so night pain alone at 10 does not raise the triage by the guideline (clinically I would want prompt paediatric review - see report)", "routine",
  ["paediatric_referral"], CHILD_EXCL + ["dexamethasone", "mscc_team_contact"], "night pain may be shown; scope: under 16")
# expedited
e("hb-12-breast-ca-remission-thoracic", "§1 expedited: known malignancy with new spinal pain, no neurological signs; §3 whole-spine MRI within 1 week (NICE NG234); §4 no dexamethasone without neuro signs; §8.5 no 'possible undiagnosed cancer' text", "expedited",
  ["whole_spine_imaging"], NONROUT + ADULT + ["dexamethasone", "no_further_imaging", "ct_without_contrast"], "known malignancy with new spinal pain")
e("hb-13-weight-loss-night-pain-63", "§1 expedited: suspected malignancy (age > 50 + unexplained weight loss + night pain); §3 MRI", "expedited",
  [], NONROUT + ADULT + ["dexamethasone", "no_further_imaging"], "age > 50 with weight loss and night pain (suspected malignancy)")
e("hb-14-dcm-moderate-mjoa13", "§1 expedited: DCM (UMN signs, clumsiness, gait, cord compression + signal change), not acutely progressing; mJOA 13 <= 14 moderate -> §5 surgery recommended (expedited referral); §4 no steroids for degenerative compression", "expedited",
  ["surgical_referral"], NONROUT + ADULT + ["dexamethasone"], "myelopathy / cord compression with UMN signs")
e("hb-15-neck-pain-hand-clumsiness-mild-dcm", "§1 expedited: DCM (hand clumsiness + UMN signs + cord compression) not acutely progressing; mJOA 16 = mild -> §5 surgery or supervised rehabilitation (so referral not asserted); §4 no steroids", "expedited",
  [], NONROUT + ADULT + ["dexamethasone"], "myelopathy (mild)")
e("hb-16-steroids-fragility-thoracic", "§1 expedited: low-energy trauma with chronic steroid use and age >= 65 (possible fragility fracture); §3 radiography first", "expedited",
  ["radiography"], NONROUT + ADULT + ["dexamethasone"], "possible fragility fracture")
e("hb-17-osteoporosis-fall-81", "§1 expedited: low-energy trauma with osteoporosis, age >= 65; §3 radiography first", "expedited",
  ["radiography"], NONROUT + ADULT + ["dexamethasone"], "possible fragility fracture")
e("hb-18-postop-lumbar-new-deficit", "§1 expedited: new radicular deficit after prior spine surgery (not progressing, no infection signs); §3 lumbar post-op: MRI without and with contrast", "expedited",
  ["mri_with_and_without_contrast"], NONROUT + ADULT + ["dexamethasone"], "new radicular deficit after spine surgery")
e("hb-19-failure-to-improve-72", "§1/§8.5 expedited: suspected malignancy, age > 50 with failure to improve after 7 weeks of conservative care", "expedited",
  [], NONROUT + ADULT + ["dexamethasone"], "age > 50 with failure to improve")
e("hb-20-unknown-fields-fall-77", "§1 expedited: low-energy trauma at age >= 65 (possible fragility fracture); §3 radiography first; unknown duration/sex/labs must not lower anything", "expedited",
  ["radiography"], NONROUT + ADULT + ["dexamethasone"], "possible fragility fracture")
e("hb-21-unknown-fields-weight-loss-58", "§1 expedited: suspected malignancy (age 58 > 50 + weight loss + night pain); unknown fields must not lower it", "expedited",
  [], NONROUT + ADULT + ["dexamethasone"], "suspected malignancy")
# urgent
INF_EXC = NONROUT + ADULT + ["dexamethasone", "no_further_imaging"]
e("hb-22-ivdu-crp-lumbar", "§1 urgent: IV drug use + spinal pain + CRP 45 > 10; §3 MRI without and with contrast, blood cultures before antibiotics; §4 no steroids for infection", "urgent",
  ["mri_with_and_without_contrast", "blood_cultures_before_antibiotics"], INF_EXC, "suspected spinal infection (IVDU + raised CRP)")
e("hb-23-immunosuppressed-fever-thoracic", "§1 urgent: fever 38.3 with spinal pain (and immunosuppression + CRP 80); §3 MRI w/wo contrast, blood cultures; §4 no steroids. Age 57 + night pain also fires suspected malignancy (expedited) but urgent wins", "urgent",
  ["mri_with_and_without_contrast", "blood_cultures_before_antibiotics"], INF_EXC, "suspected spinal infection")
e("hb-24-dialysis-crp", "§1 urgent: dialysis + spinal pain + CRP 30; diabetes not what qualifies; §3 MRI w/wo contrast, blood cultures", "urgent",
  ["mri_with_and_without_contrast", "blood_cultures_before_antibiotics"], INF_EXC, "suspected spinal infection")
e("hb-25-postop-wound-lumbar", "§1 urgent: early post-operative infection signs (wound erythema + drainage 2 weeks after fusion); §5 urgent to operating team; §3 MRI w/wo contrast; blood cultures", "urgent",
  ["mri_with_and_without_contrast", "blood_cultures_before_antibiotics"], INF_EXC, "post-operative infection signs")
e("hb-26-radicular-motor-worsening", "§1 urgent: radicular motor deficit that is progressing (motor_deficit + conservative care response 'worsening' over weeks; progressive_deficit sign not set because it is defined as hours-days); §5 urgent surgical referral. Encoding is my interpretation", "urgent",
  ["surgical_referral"], NONROUT + ADULT + ["dexamethasone"], "progressing radicular motor deficit")
e("hb-27-fever-neck-young", "§1 urgent: fever 38.4 with spinal pain (no risk factor needed); §3 MRI w/wo contrast (ACR cervical v4), blood cultures", "urgent",
  ["mri_with_and_without_contrast", "blood_cultures_before_antibiotics"], INF_EXC, "fever with spinal pain")
e("hb-28-mscc-imaging-no-neuro", "§8.6 urgent: metastatic epidural compression on imaging without neurological symptoms/signs -> MSCC coordinator same day, whole-spine MRI; §4 dexamethasone only with neuro symptoms/signs", "urgent",
  ["mscc_team_contact", "whole_spine_imaging"], NONROUT + ADULT + ["dexamethasone"], "metastatic cord compression on imaging, no neuro deficit")
e("hb-29-diabetes-fever-history", "§1 urgent: history of fever with spinal pain (diabetes itself does not qualify, fever does); §3 MRI w/wo contrast, blood cultures", "urgent",
  ["mri_with_and_without_contrast", "blood_cultures_before_antibiotics"], INF_EXC, "fever with spinal pain")
e("hb-30-child-9-fever", "§1 urgent: fever 38.5 with spinal pain; §8.1 under 16: paediatric_referral, no adult routine plan", "urgent",
  ["paediatric_referral"], NONROUT + CHILD_EXCL + ["dexamethasone"], "fever with spinal pain; under 16")
e("hb-31-ivdu-unknown-labs", "§1 urgent rule is IVDU + spinal pain + (CRP > 10 or fever); CRP and temperature unknown -> spec §1.1 'an unknown value counts as the worst case for triage, nothing is ever lowered because a value is missing' -> urgent", "urgent",
  [], NONROUT + ADULT + ["dexamethasone"], "possible spinal infection (IVDU, labs unknown)")
# emergency
e("hb-32-ces-sciatica-6wk", "§1 emergency: suspected cauda equina (new urinary retention, saddle numbness/anaesthesia); §5 emergency referral; §4 no steroids", "emergency",
  ["surgical_referral"], NONROUT + ADULT + ["dexamethasone", "conservative_care"], "cauda equina syndrome")
e("hb-33-mscc-lung-ca-deficit", "§1 emergency: known malignancy + new neurological signs (MSCC); §4 dexamethasone 16 mg; §3 whole-spine MRI within 24 h; MSCC team", "emergency",
  ["dexamethasone", "mscc_team_contact", "whole_spine_imaging"], NONROUT + ADULT + ["conservative_care"], "suspected MSCC")
e("hb-34-epidural-abscess-deficit", "§1 emergency: suspected infection (fever, IVDU, CRP 150) with neurological deficit; §5 emergency referral; §3 MRI w/wo contrast; §4 no steroids", "emergency",
  ["mri_with_and_without_contrast", "surgical_referral"], NONROUT + ADULT + ["dexamethasone", "conservative_care"], "spinal infection with deficit")
e("hb-35-as-minor-fall-neck", "§1 emergency: any trauma in an ankylosed spine; §3 whole-spine CT (radiographs miss these fractures), immobilise", "emergency",
  ["whole_spine_imaging", "ct_without_contrast", "spinal_immobilisation"], NONROUT + ADULT + ["dexamethasone", "radiography", "conservative_care"], "trauma in ankylosed spine")
e("hb-36-high-energy-rtc", "§1 emergency: high-energy trauma + positive C-spine rule; §3 CT without contrast first; immobilise; §4 no steroids for trauma", "emergency",
  ["ct_without_contrast", "spinal_immobilisation"], NONROUT + ADULT + ["dexamethasone", "conservative_care"], "high-energy trauma, C-spine rule positive")
e("hb-37-acute-progressive-myelopathy", "§1 emergency: cord compression with UMN signs that are progressing; §5 emergency referral; §4 no steroids for degenerative compression", "emergency",
  ["surgical_referral"], NONROUT + ADULT + ["dexamethasone", "conservative_care"], "progressive myelopathy / cord compression")
e("hb-38-teen-14-ces", "§1 emergency: bilateral radicular symptoms with deficit + urinary incontinence (CES); §8.1 paediatric_referral, no adult plan", "emergency",
  ["paediatric_referral"], NONROUT + CHILD_EXCL + ["dexamethasone"], "cauda equina syndrome; under 16")
e("hb-39-thoracic-urinary-retention", "§1/§8.4 emergency: urinary retention in a thoracic presentation; name both cord compression and cauda equina; imaging must cover lumbosacral spine", "emergency",
  [], NONROUT + ADULT + ["dexamethasone", "conservative_care"], "bladder dysfunction: cord compression or cauda equina")
e("hb-40-unknown-fields-saddle-numbness", "§1 emergency: saddle numbness + bowel dysfunction (suspected CES); unknown fields must not lower it", "emergency",
  [], NONROUT + ADULT + ["dexamethasone", "conservative_care"], "cauda equina syndrome")
assert len(E) == 40
json.dump(E, open("expectations.json", "w"), indent=2, ensure_ascii=False)
import collections; print(collections.Counter(x["triage"] for x in E))
