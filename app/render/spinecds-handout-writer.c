/* spinecds-handout-writer.c: the blocks of the patient handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain language a patient can act on: short sentences and everyday
 * words (a test keeps the English at Flesch-Kincaid grade 8 or below).
 * The advice follows GUIDELINE-LOGIC §2 (conservative care) and the
 * warning signs are the red flags of §1 in a patient's words. When the
 * triage is above routine the handout says plainly that this needs
 * prompt medical care, not home care, and leaves out the reassurance.
 */
#define G_LOG_DOMAIN "spinecds-render"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "spinecds-handout-writer.h"
#include "spinecds-writer-private.h"

typedef struct
{
  SpineCdsWriterBase base;
  gboolean           neck;  /* the symptoms are in the neck */
  gboolean           spine; /* no region entered: neither neck nor back */
} Writer;

static const char *G_GNUC_FORMAT (2)
tr (Writer     *w,
    const char *msgid)
{
  return spinecds_catalog_pgettext (w->base.catalog, NULL, msgid);
}

static void
text (Writer     *w,
      const char *msgid)
{
  g_autofree char *markup = g_markup_escape_text (tr (w, msgid), -1);

  spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_BODY, markup);
}

static void
bullet (Writer     *w,
        const char *msgid)
{
  g_autofree char *markup = g_markup_escape_text (tr (w, msgid), -1);

  spinecds_page_layout_add_bullet (w->base.layout, "•", markup, NULL);
}

static void
heading (Writer     *w,
         const char *msgid)
{
  g_autofree char *markup = g_markup_escape_text (tr (w, msgid), -1);

  spinecds_page_layout_add_heading (w->base.layout, markup);
}

/* What the scan shows, in plain words. Findings the table does not
 * know get a general sentence. */
typedef struct
{
  const char *code;
  const char *neck; /* cervical */
  const char *back; /* thoracic, lumbar */
} PlainFinding;

static const PlainFinding plain_findings[] = {
  { "lordosis_straightening",
    N_ ("The normal curve of your neck is a bit straighter than usual."),
    N_ ("The normal curve of your back is a bit straighter than usual.") },
  { "lordosis_reversal",
    N_ ("Your neck has lost some of its usual gentle curve: it is straight, or bends a little the other way."),
    N_ ("Your back has lost some of its usual gentle curve: it is straight, or bends a little the other way.") },
  { "disc_degeneration",
    N_ ("Some of the soft pads between the bones of your neck show wear."),
    N_ ("Some of the soft pads between the bones of your back show wear.") },
  { "disc_bulge",
    N_ ("One of the soft pads between the bones of your neck bulges out a bit."),
    N_ ("One of the soft pads between the bones of your back bulges out a bit.") },
  { "disc_protrusion",
    N_ ("One of the soft pads between the bones of your neck pushes out."),
    N_ ("One of the soft pads between the bones of your back pushes out.") },
  { "disc_extrusion",
    N_ ("One of the soft pads between the bones of your neck pushes out."),
    N_ ("One of the soft pads between the bones of your back pushes out.") },
  { "facet_arthropathy",
    N_ ("Some of the small joints of your neck show wear."),
    N_ ("Some of the small joints of your back show wear.") },
  { "foraminal_stenosis",
    N_ ("A nerve in your neck has less room than usual."),
    N_ ("A nerve in your back has less room than usual.") },
  { "nerve_root_compression",
    N_ ("A nerve in your neck is pressed on."),
    N_ ("A nerve in your back is pressed on.") },
  { "cord_compression",
    N_ ("The spinal cord in your neck is pressed on."),
    N_ ("The spinal cord in your back is pressed on.") },
  { "fracture",
    N_ ("One of the bones of your neck is broken (a fracture)."),
    N_ ("One of the bones of your back is broken (a fracture).") },
};

static gboolean
is_wear_finding (const char *code)
{
  static const char * const common[] = {
    "lordosis_straightening", "lordosis_reversal", "disc_degeneration", "disc_bulge",
    "facet_arthropathy", "modic_change", "annular_fissure", "disc_osteophyte_complex"
  };

  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    if (g_str_equal (code, common[i]))
      return TRUE;
  return FALSE;
}

/* Findings no handout may call "no sign of a serious problem", even
 * in a routine plan: a cord compression without myelopathy is followed,
 * not operated, but the patient must hear of it (GUIDELINE-LOGIC §5). */
static gboolean
has_serious_finding (Writer *w)
{
  static const char * const serious[] = {
    "cord_compression", "cord_signal_change", "cauda_equina_compression", "fracture", "instability",
    "epidural_collection", "discitis_osteomyelitis", "vertebral_metastasis", "epidural_tumor"
  };

  for (guint i = 0; i < G_N_ELEMENTS (serious); i++)
    if (spinecds_case_has_code (w->base.kase, SPINECDS_CODE_KIND_FINDING, serious[i]))
      return TRUE;
  return FALSE;
}

/* A routine plan that still refers or images has found something to act
 * on: "no sign of a serious problem" would contradict it, as it would
 * a serious finding. */
static gboolean
reassuring (Writer  *w,
            gboolean routine)
{
  static const char * const acting[] = {
    "surgical_referral", "paediatric_referral", "mri_without_contrast", "mri_with_and_without_contrast",
    "ct_without_contrast", "radiography"
  };

  if (!routine || has_serious_finding (w))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (acting); i++)
    if (spinecds_assessment_has_action (w->base.assessment, acting[i]))
      return FALSE;
  return TRUE;
}

/* Where a finding is: its level says so ("C5-C6" is the neck, whatever
 * region the symptoms are in: an old neck scan is not the low back);
 * without a level, the region of the symptoms. */
static gboolean
finding_in_neck (Writer          *w,
                 SpineCdsFinding *finding)
{
  guint regions = spinecds_finding_get_regions (finding);

  if (regions == 0)
    return w->neck;
  return (regions & (1u << SPINECDS_REGION_CERVICAL)) != 0;
}

/* Every finding with a level lies in another region than the symptoms
 * (an old back scan for neck pain). */
static gboolean
scan_elsewhere (Writer *w)
{
  SpineCdsRegion region = spinecds_case_get_region (w->base.kase);
  guint          regions = spinecds_case_get_finding_regions (w->base.kase);

  return region != SPINECDS_REGION_UNKNOWN && regions != 0 && (regions & (1u << region)) == 0;
}

/* The spinal cord in the neck is pressed on or changed, whatever the
 * symptoms' region: its warning signs are in the arms and hands too,
 * and nobody should manipulate that neck. */
static gboolean
neck_cord_at_risk (Writer *w)
{
  GListModel *findings = spinecds_case_get_findings (w->base.kase);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (findings, i);
      const char *code = spinecds_finding_get_code (finding);

      if ((g_str_equal (code, "cord_compression") || g_str_equal (code, "cord_signal_change"))
          && finding_in_neck (w, finding))
        return TRUE;
    }
  return FALSE;
}

/* The plan has every input it needs (no age or region missing). */
static gboolean
complete (Writer *w)
{
  return !spinecds_assessment_is_incomplete (w->base.assessment);
}

/* What the plan sets in motion, in the patient's words: where the
 * patient goes and what is done there (GUIDELINE-LOGIC §8.3). */
typedef struct
{
  const char *action;
  const char *text;
  const char *emergency_text; /* or NULL: the same */
  const char *again_text;     /* after an MRI already done, or NULL: the same */
  gboolean    imaging;        /* a scan or an X-ray */
} NextStep;

static const NextStep next_steps[] = {
  { "mscc_team_contact", N_ ("Your doctor is calling the cancer team about your spine today."),
    N_ ("Your doctor is calling the cancer team about your spine now."), NULL, FALSE },
  { "surgical_referral", N_ ("You are being sent to a spine surgeon, a doctor who treats the spine."), NULL, NULL, FALSE },
  { "paediatric_referral", N_ ("You are being sent to a team that looks after children's backs."), NULL, NULL, FALSE },
  { "ct_without_contrast", N_ ("You will have a CT scan."), NULL, NULL, TRUE },
  { "mri_without_contrast", N_ ("You will have an MRI scan."), NULL, N_ ("You will have another MRI scan."), TRUE },
  { "mri_with_and_without_contrast", N_ ("You will have an MRI scan, with a dye put into a vein."), NULL,
    N_ ("You will have another MRI scan, with a dye put into a vein."), TRUE },
  { "whole_spine_imaging", N_ ("The scan will cover your whole spine."), NULL,
    N_ ("If your scan did not cover your whole spine, you will have another MRI scan that does."), TRUE },
  { "radiography", N_ ("You will have an X-ray."), NULL, NULL, TRUE },
  { "blood_cultures_before_antibiotics", N_ ("You will have blood tests."), NULL, NULL, FALSE },
};

/* The patient comes after an injury, whatever its force. */
static gboolean
injured (Writer *w)
{
  static const char * const trauma[] = { "low_energy_trauma", "high_energy_trauma", "trauma_rule_positive" };

  for (guint i = 0; i < G_N_ELEMENTS (trauma); i++)
    if (spinecds_case_has_code (w->base.kase, SPINECDS_CODE_KIND_HISTORY, trauma[i]))
      return TRUE;
  return FALSE;
}

/* The plan asks for a scan or an X-ray. */
static gboolean
plans_imaging (Writer *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (next_steps); i++)
    if (next_steps[i].imaging && spinecds_assessment_has_action (w->base.assessment, next_steps[i].action))
      return TRUE;
  return FALSE;
}

/* The clinician recorded a plan of their own instead of this one. */
static gboolean
plan_changed (Writer *w)
{
  gboolean          stale;
  SpineCdsDecision *decision = spinecds_assessment_get_decision (w->base.assessment, &stale);

  /* A stale decision was about another plan: the sheet is this one's
   * (twelfth round), and the clinician must decide again. */
  return decision != NULL && !stale && decision->status != SPINECDS_DECISION_ACCEPTED;
}

static void
write_findings (Writer  *w,
                gboolean routine)
{
  GListModel *findings = spinecds_case_get_findings (w->base.kase);
  guint       n = g_list_model_get_n_items (findings);
  g_autoptr(GPtrArray) said = g_ptr_array_new ();
  gboolean all_common = n > 0;

  heading (w, N_ ("What your scan shows"));
  /* An unfinished plan states nothing about a scan: "no scan yet" may be
   * a box not ticked yet, and "no clear cause" may be findings not
   * entered from a report (sixth clinical round). */
  if (!complete (w))
    {
      /* An emergency does not wait for a finished plan (twelfth round:
       * "when your plan is finished" read as a reason to wait). */
      if (spinecds_assessment_get_triage (w->base.assessment) != SPINECDS_TRIAGE_EMERGENCY)
        text (w, N_ ("Your doctor will go through any scan results with you when your plan is finished."));
      else if (spinecds_case_get_mri_done (w->base.kase))
        text (w, N_ ("The hospital team will go through your scan results with you."));
      else
        text (w, N_ ("The hospital team will tell you which scan you need."));
      return;
    }
  if (!spinecds_case_get_mri_done (w->base.kase))
    {
      /* "Not yet" would promise a scan a routine plan does not ask for
       * (routine means a finished plan: §8.11). */
      /* After an injury, whether a scan is needed is the doctor's check
       * (a decision rule), not a "no". */
      if (routine && !plans_imaging (w) && injured (w))
        text (w, N_ ("After your injury, your doctor checks whether you need a scan."));
      else if (routine && !plans_imaging (w) && plan_changed (w))
        text (w, N_ ("Your doctor will tell you whether you need a scan."));
      else if (routine && !plans_imaging (w))
        text (w, N_ ("You do not need a scan now."));
      else
        text (w, w->neck ? N_ ("You have not had a scan of your neck yet.")
                         : N_ ("You have not had a scan of your back yet."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpineCdsFinding) finding = g_list_model_get_item (findings, i);
      const char *code = spinecds_finding_get_code (finding);
      gboolean    neck = finding_in_neck (w, finding);

      all_common = all_common && is_wear_finding (code);
      for (guint j = 0; j < G_N_ELEMENTS (plain_findings); j++)
        {
          const char *sentence = neck ? plain_findings[j].neck : plain_findings[j].back;

          if (g_str_equal (code, plain_findings[j].code) && !g_ptr_array_find (said, sentence, NULL))
            {
              g_ptr_array_add (said, (gpointer) sentence);
              bullet (w, sentence);
            }
        }
    }
  /* "Other" changes only beside changes already named. */
  if (said->len < n)
    bullet (w, said->len > 0 ? N_ ("Your scan shows other changes. Your doctor will tell you what they mean.")
                             : N_ ("Your scan shows changes. Your doctor will tell you what they mean."));
  if (n == 0)
    text (w, N_ ("Your scan did not show a clear cause for your pain."));
  else if (scan_elsewhere (w))
    text (w, N_ ("This scan is of another part of your spine than your pain, so it does not explain the pain "
                 "you came with."));

  if (reassuring (w, routine))
    {
      if (all_common)
        text (w, N_ ("Changes like these are very common. Many people who have no pain at all have them. "
                     "They come with age, like gray hair. They do not mean that your spine is weak or "
                     "damaged. They do not tell us how your pain will go."));
      else
        text (w, N_ ("Many changes seen on scans are common in people who have no pain at all. Your doctor "
                     "checked your scan and found no sign of a serious problem."));
      text (w, N_ ("Most people feel much better within a few weeks."));
    }
  else
    text (w, N_ ("Your doctor will explain what the scan shows and what happens next."));
}

#define FLAGS(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* What the plan's most pressing red flag fears, in the patient's words:
 * a handout that sends the patient on says why, not only how soon. */
static const struct
{
  const char * const *red_flags; /* NULL-terminated */
  const char         *text;
  const char         *paralysed_text; /* or NULL: the same; when the legs no longer move */
  const char         *history;        /* or NULL: the history code the text needs */
} red_flag_meanings[] = {
  /* The emergencies first, then what is seen the same day, then the rest. */
  { FLAGS ("suspected_cauda_equina"),
    N_ ("The nerves at the bottom of your spine, which work your bladder, bowels and legs, may be squeezed. "
        "This must be checked within hours to prevent lasting harm.") },
  { FLAGS ("suspected_mscc", "mscc_on_imaging"),
    N_ ("A growth in the bones of your spine may be pressing on your spinal cord. Quick treatment gives the best "
        "chance of keeping your walking and your bladder working."),
    N_ ("A growth in the bones of your spine may be pressing on your spinal cord. Quick treatment can ease the "
        "pain and protect what your spinal cord still does.") },
  { FLAGS ("significant_spinal_trauma", "ankylosed_spine_trauma"),
    N_ ("Your spine may have been hurt in the injury. Move as little as you can until it has been checked.") },
  { FLAGS ("infection_with_deficit"), N_ ("You may have an infection in your spine. It needs tests and treatment quickly.") },
  { FLAGS ("cord_or_cauda_compression", "acute_cord_compression", "progressive_or_severe_deficit", "compressing_epidural_collection"),
    N_ ("Your spinal cord or the nerves from your spine may be squeezed. This must be checked within hours to "
        "prevent lasting harm.") },
  { FLAGS ("early_postoperative_compression"),
    N_ ("So soon after your operation, your scan shows something pressing in your spine. The team that operated "
        "needs to see you today.") },
  { FLAGS ("possible_cauda_equina"),
    N_ ("Pain in both legs can be an early sign that the nerves at the bottom of your spine, which work your "
        "bladder, bowels and legs, are being squeezed. This needs to be checked today.") },
  { FLAGS ("suspected_spinal_infection", "postoperative_infection"),
    N_ ("You may have an infection in your spine. It needs tests and treatment quickly.") },
  { FLAGS ("epidural_collection_on_imaging"),
    N_ ("Your scan shows some fluid next to the nerves in your spine. It may be blood or an infection, so it needs "
        "checking quickly.") },
  /* Only a blood test can say yet (twelfth round: "you may have an
   * infection" to a patient whose test is to rule one out). */
  { FLAGS ("infection_not_excluded"),
    N_ ("A blood test today checks that there is no infection in your spine.") },
  { FLAGS ("progressing_radicular_deficit", "postoperative_deficit"),
    N_ ("A nerve to your arm or leg is not working as it should. It needs to be checked soon.") },
  { FLAGS ("degenerative_myelopathy", "suspected_myelopathy", "possible_myelopathy"),
    N_ ("The spinal cord may be pressed on, which can affect your hands and your walking. A specialist needs "
        "to see you soon.") },
  { FLAGS ("cauda_equina_compression_on_imaging"),
    N_ ("Your scan shows that the nerves at the bottom of your spine, which work your bladder, bowels and legs, "
        "are pressed on. A spine specialist needs to see you within days.") },
  { FLAGS ("possible_fragility_fracture"), N_ ("One of the bones of your spine may have broken.") },
  /* A patient who knows of their cancer hears why the spine is tested
   * (tenth clinical round); one whose tumour the scan has just shown
   * hears of it from the doctor, not from this sheet. */
  { FLAGS ("cancer_with_spinal_pain"), N_ ("Because of your cancer, your doctor wants more tests of your spine."),
    NULL, "known_malignancy" },
  { FLAGS ("cancer_with_spinal_pain", "suspected_malignancy", "paediatric_red_flag_symptoms", "young_red_flag_symptoms"),
    N_ ("Your doctor wants tests to find the cause of the pain.") },
};

static gboolean
paralysed (Writer *w)
{
  return spinecds_case_has_code (w->base.kase, SPINECDS_CODE_KIND_SIGN, "paraplegia")
         || spinecds_case_get_mscc_paraplegic_hours (w->base.kase) > 0;
}

/* The first meaning, in the table's order (most specific first), of a
 * red flag the plan raised. */
static const char *
red_flag_meaning (Writer *w)
{
  for (guint m = 0; m < G_N_ELEMENTS (red_flag_meanings); m++)
    for (const char * const *id = red_flag_meanings[m].red_flags; *id != NULL; id++)
      if (spinecds_assessment_has_red_flag (w->base.assessment, *id)
          && (red_flag_meanings[m].history == NULL
              || spinecds_case_has_code (w->base.kase, SPINECDS_CODE_KIND_HISTORY, red_flag_meanings[m].history)))
        {
          /* No promise to protect the walking of someone who cannot walk. */
          if (red_flag_meanings[m].paralysed_text != NULL && paralysed (w))
            return red_flag_meanings[m].paralysed_text;
          return red_flag_meanings[m].text;
        }
  return NULL;
}

static void
write_prompt_care (Writer        *w,
                   SpineCdsTriage triage)
{
  const char      *headline, *when, *why;
  gboolean         decided = complete (w);
  gboolean         serious;
  g_autofree char *markup = NULL;

  switch (triage)
    {
    case SPINECDS_TRIAGE_EMERGENCY:
      headline = N_ ("This is an emergency.");
      when = N_ ("You need care in hospital now. Do not go home first and do not wait.");
      break;
    case SPINECDS_TRIAGE_URGENT:
      headline = N_ ("This needs medical care today.");
      when = N_ ("You need to see a doctor today. Do not wait to see if it gets better.");
      break;
    case SPINECDS_TRIAGE_ROUTINE:
      if (!decided)
        {
          /* No home plan from a case without its age or region (§8.11). */
          headline = N_ ("Your plan is not finished yet.");
          when = N_ ("Your doctor still has details to enter. Ask what happens next before you leave.");
          break;
        }
      /* Else only a child's routine plan sends the patient on (§8.1). */
      headline = N_ ("This needs a specialist's care.");
      /* A child's back pain may be a stress fracture of a sporting
       * spine: sport that hurts waits for the specialist (tenth round). */
      when = N_ ("Your doctor will set up a visit with a specialist. Until then, do the things you "
                 "normally do, as far as the pain allows, but stop any sport that makes it hurt.");
      break;
    case SPINECDS_TRIAGE_EXPEDITED:
    default:
      headline = N_ ("This needs prompt medical care.");
      when = N_ ("You need more tests or a visit to a specialist within a few days. Your doctor will set "
                 "this up. Do not just wait for it to pass.");
      break;
    }

  /* An unfinished plan is not yet a verdict on home care; nor is a
   * child's routine referral one (a minor sports injury is no alarm). */
  why = decided ? red_flag_meaning (w) : NULL;
  serious = decided && triage != SPINECDS_TRIAGE_ROUTINE;
  markup = g_markup_printf_escaped ("<b>%s</b>\n%s%s%s%s%s",
                                    tr (w, headline),
                                    why != NULL ? tr (w, why) : "",
                                    why != NULL ? " " : "",
                                    serious ? tr (w, N_ ("It is not something to treat at home.")) : "",
                                    serious ? " " : "",
                                    tr (w, when));
  spinecds_page_layout_add_callout (w->base.layout,
                                    triage <= SPINECDS_TRIAGE_EXPEDITED ? SPINECDS_TONE_WARNING
                                                                        : SPINECDS_TONE_DANGER,
                                    markup);
}

/* One time in a plan: "now" under an emergency (GUIDELINE-LOGIC §8.2);
 * a second MRI is "another" one, the patient has just had one. */
static const char *
step_text (Writer         *w,
           const NextStep *step)
{
  gboolean emergency = spinecds_assessment_get_triage (w->base.assessment) == SPINECDS_TRIAGE_EMERGENCY;

  /* A tumour the scan has just shown is the doctor's news to give, not
   * this sheet's: "the cancer team" only to a patient who knows of their
   * cancer (tenth clinical round). */
  if (g_str_equal (step->action, "mscc_team_contact")
      && !spinecds_case_has_code (w->base.kase, SPINECDS_CODE_KIND_HISTORY, "known_malignancy"))
    return emergency ? N_ ("Your doctor is calling a specialist team about your spine now.")
                     : N_ ("Your doctor is calling a specialist team about your spine today.");
  if (step->emergency_text != NULL && emergency)
    return step->emergency_text;
  if (step->again_text != NULL && spinecds_case_get_mri_done (w->base.kase))
    return step->again_text;
  return step->text;
}

/* After an MRI, a whole-spine scan is needed only if that MRI was not
 * one: its own line says so, and no "another MRI" promises a scan the
 * patient may have had already (tenth clinical round). */
static gboolean
said_by_whole_spine_step (Writer         *w,
                          const NextStep *step)
{
  return g_str_equal (step->action, "mri_without_contrast") && spinecds_case_get_mri_done (w->base.kase)
         && spinecds_assessment_has_action (w->base.assessment, "whole_spine_imaging");
}

static void
write_next_steps (Writer *w)
{
  gboolean titled = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (next_steps); i++)
    {
      if (!spinecds_assessment_has_action (w->base.assessment, next_steps[i].action)
          || said_by_whole_spine_step (w, &next_steps[i]))
        continue;
      if (!titled)
        heading (w, N_ ("What happens next"));
      titled = TRUE;
      bullet (w, step_text (w, &next_steps[i]));
    }
  /* The steps are the plan's; the clinician may have changed them (a
   * probe of the tenth round's fixes: "you will have an X-ray" under a
   * plan the doctor had set aside). */
  if (titled && plan_changed (w))
    bullet (w, N_ ("Your doctor may have changed some of these steps. Ask if you are not sure."));
}

static gboolean
child (Writer *w)
{
  int age = spinecds_case_get_age_years (w->base.kase);

  return age >= 0 && age < 16;
}

/* The plan fears an injured, perhaps unstable spine. */
static gboolean
spinal_injury (Writer *w)
{
  return spinecds_assessment_has_red_flag (w->base.assessment, "significant_spinal_trauma")
         || spinecds_assessment_has_red_flag (w->base.assessment, "ankylosed_spine_trauma");
}

static void
write_what_to_do (Writer  *w,
                  gboolean routine)
{
  if (!routine)
    {
      heading (w, N_ ("What to do now"));
      bullet (w, N_ ("Follow the plan your doctor gives you today."));
      bullet (w, N_ ("Take only the medicines your doctor gives you for now."));
      /* A spine that may be broken is moved by an ambulance crew only; a
       * child neither drives nor goes alone (GUIDELINE-LOGIC §8.1);
       * whoever else goes to hospital now does not drive there. */
      /* A stiff, bent spine is never forced flat: it is kept as it is. */
      if (spinecds_assessment_has_red_flag (w->base.assessment, "ankylosed_spine_trauma"))
        bullet (w, N_ ("Keep as still as you can, in the shape your back and neck usually have; do not let anyone "
                       "straighten them. Go to hospital by ambulance, not by car."));
      else if (spinal_injury (w))
        bullet (w, N_ ("Keep as still as you can. Go to hospital by ambulance, lying down, not by car."));
      if (child (w))
        bullet (w, N_ ("Come with a parent or carer."));
      else if (!spinal_injury (w))
        bullet (w, spinecds_assessment_get_triage (w->base.assessment) == SPINECDS_TRIAGE_EMERGENCY
                     ? N_ ("Do not drive yourself. Your doctor will tell you how to get to hospital safely; if in "
                           "doubt, call an ambulance.")
                     : N_ ("Do not drive if your arms or legs feel weak or numb."));
      bullet (w, spinecds_case_get_mri_done (w->base.kase) ? N_ ("Bring this sheet and your scan report with you.")
                                                           : N_ ("Bring this sheet with you."));
      /* A routine follow-up window would contradict "now" or "within
       * days": the team the patient is sent on to sets the next visit. */
      bullet (w, !complete (w) && spinecds_assessment_get_triage (w->base.assessment) == SPINECDS_TRIAGE_EMERGENCY
                   ? N_ ("The hospital team will tell you what happens next.")
                 : !complete (w) ? N_ ("Your doctor will finish your plan and tell you what happens next.")
                 : spinecds_assessment_sends_patient_on (w->base.assessment)
                   ? N_ ("The team that sees you next will tell you when to come back.")
                   : N_ ("Your doctor will see you again when your test results are back."));
      return;
    }

  heading (w, N_ ("What you can do"));
  bullet (w, N_ ("Keep moving. Walks and your normal daily tasks help you get better. Long bed rest does not."));
  bullet (w, w->neck ? N_ ("Do the neck exercises your physical therapist shows you. Do a little every day.")
                     : N_ ("Do the back exercises your physical therapist shows you. Do a little every day."));
  if (w->neck)
    bullet (w, N_ ("Sit up straight. Put your screen at eye level. Get up and move every 30 minutes."));
  else
    bullet (w, N_ ("When you lift, bend your knees and hold the load close to you. Get up and move every 30 minutes."));
  /* Pregnancy is named where the plan names it (tenth round: men and a
   * 90-year-old were told "not if you are pregnant"). */
  bullet (w, spinecds_assessment_has_recommendation (w->base.assessment, "nsaid-pregnancy-possible")
               ? N_ ("A pain pill like ibuprofen can help, but not if you are pregnant. Ask your doctor or "
                     "pharmacist if it is safe for you. Take the lowest dose that works, for as few days as you can.")
               : N_ ("A pain pill like ibuprofen can help. Ask your doctor or pharmacist if it is safe for you. "
                     "Take the lowest dose that works, for as few days as you can."));
  bullet (w, N_ ("Heat, such as a warm shower, can ease stiff muscles."));
  if (neck_cord_at_risk (w))
    bullet (w, N_ ("Do not let anyone crack or manipulate your neck."));
  /* Not every patient works: a retired one is not sent back to work. */
  bullet (w, N_ ("If you work, stay at work or go back soon if you can. It helps you heal."));
}

/* A warning sign, and the inputs that say the patient has it already:
 * a sign the doctor is acting on today is no warning to watch for
 * (GUIDELINE-LOGIC §8.3); under a routine plan one the patient has is
 * watched for getting worse, never told as if it were new (an
 * ambulance for the night pain that brought the patient). */
typedef struct
{
  const char *text;
  const char *neck_text;         /* or NULL: the same */
  const char *present_text;      /* the patient has it: what to watch; or NULL: text */
  const char *present_neck_text; /* or NULL: present_text */
  const char *symptoms[5];
  const char *signs[5];
  const char *history[2];   /* NULL-terminated */
  const char *red_flags[6]; /* or none: for every plan; else only a plan that raised one */
} WarningSign;

static const WarningSign warning_signs[] = {
  {
    .text = N_ ("You cannot pass urine, or you wet yourself and cannot stop it."),
    .symptoms = { "urinary_retention", "urinary_incontinence" },
  },
  {
    .text = N_ ("You cannot control your bowels."),
    .symptoms = { "bowel_dysfunction" },
  },
  /* Below a sensory level, or with paralysed legs, the saddle is numb
   * already. */
  {
    .text = N_ ("You feel numb between your legs or around your bottom."),
    .symptoms = { "saddle_numbness" },
    .signs = { "saddle_anesthesia", "sensory_level", "paraplegia" },
  },
  {
    .text = N_ ("Your legs get weak, or you trip more than before."),
    .neck_text = N_ ("Your arms or legs get weak, or you drop things or trip more than before."),
    /* Clumsy hands or an unsteady gait may come without weakness. */
    .present_text = N_ ("Your legs get weaker or clumsier, or you trip more than before."),
    .present_neck_text = N_ ("Your arms or legs get weaker or clumsier, or you drop things or trip more than before."),
    .symptoms = { "gait_disturbance", "hand_clumsiness" },
    .signs = { "motor_deficit", "severe_motor_deficit", "paraplegia" },
  },
  {
    .text = N_ ("Pins and needles or numbness spread, or you feel it in both arms or both legs."),
    .present_text = N_ ("Pins and needles or numbness spread further than they are now."),
    .symptoms = { "bilateral_radicular_symptoms" },
    .signs = { "sensory_level" },
  },
  {
    .text = N_ ("You have a fever, or feel hot and shaky, and your back or neck hurts."),
    .history = { "fever" },
  },
  /* An infection that spreads to the blood: the patient with the fever
   * already, sent home while tests run, needs this more than anyone
   * (twelfth round: the fever line was left out and nothing replaced it). */
  {
    .text = N_ ("You feel very unwell, shiver or shake, become confused, or find it hard to breathe."),
    .red_flags = { "suspected_spinal_infection", "infection_with_deficit", "postoperative_infection",
                   "infection_not_excluded", "epidural_collection_on_imaging" },
  },
  {
    .text = N_ ("The pain gets much worse fast, or is bad at night and rest does not help."),
    .present_text = N_ ("The pain gets much worse fast."),
    .symptoms = { "night_pain", "progressive_pain" },
  },
};

static gboolean
has_any (Writer             *w,
         SpineCdsCodeKind    kind,
         const char * const *codes,
         guint               n)
{
  for (guint i = 0; i < n && codes[i] != NULL; i++)
    if (spinecds_case_has_code (w->base.kase, kind, codes[i]))
      return TRUE;
  return FALSE;
}

/* A measured temperature of 38.0 °C or more is a fever the patient has
 * now, as much as a reported one (GUIDELINE-LOGIC §1). */
static gboolean
has_measured_fever (Writer            *w,
                    const WarningSign *sign)
{
  return g_strv_contains (sign->history, "fever") && spinecds_case_get_temperature_c (w->base.kase) >= 38.0;
}

/* A sign for some plans only: one of its red flags was raised. */
static gboolean
applies_to_plan (Writer            *w,
                 const WarningSign *sign)
{
  if (sign->red_flags[0] == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (sign->red_flags) && sign->red_flags[i] != NULL; i++)
    if (spinecds_assessment_has_red_flag (w->base.assessment, sign->red_flags[i]))
      return TRUE;
  return FALSE;
}

static gboolean
patient_has (Writer            *w,
             const WarningSign *sign)
{
  return has_measured_fever (w, sign)
         || has_any (w, SPINECDS_CODE_KIND_SYMPTOM, sign->symptoms, G_N_ELEMENTS (sign->symptoms))
         || has_any (w, SPINECDS_CODE_KIND_SIGN, sign->signs, G_N_ELEMENTS (sign->signs))
         || has_any (w, SPINECDS_CODE_KIND_HISTORY, sign->history, G_N_ELEMENTS (sign->history));
}

/* The words of @sign for this patient: of the arms too when the neck
 * or its cord is the concern, and as "gets worse" when @has it now. */
static const char *
sign_text (Writer            *w,
           const WarningSign *sign,
           gboolean           has)
{
  gboolean neck = w->neck || neck_cord_at_risk (w);

  if (has && sign->present_text != NULL)
    return neck && sign->present_neck_text != NULL ? sign->present_neck_text : sign->present_text;
  return neck && sign->neck_text != NULL ? sign->neck_text : sign->text;
}

/* A plan that acts today is already acting on what the patient has
 * (GUIDELINE-LOGIC §8.3). Any other plan sends the patient home to wait,
 * and a sign they have is watched for getting worse: "your legs get
 * weak" stays for a weakness found on examination, and a myelopathy
 * seen within days keeps its warning about the legs and falls when the
 * hands are already clumsy (tenth clinical round). A sign with no
 * "gets worse" wording (a bladder that fails) can only be left out. */
static gboolean
watched_for_worsening (Writer            *w,
                       const WarningSign *sign,
                       gboolean           routine)
{
  if (routine)
    return TRUE;
  return sign->present_text != NULL
         && spinecds_assessment_get_triage (w->base.assessment) < SPINECDS_TRIAGE_URGENT;
}

static void
write_warning_signs (Writer  *w,
                     gboolean routine)
{
  g_autofree char *markup = NULL;
  gboolean         left_out = FALSE;

  /* The signs and what to do about them belong on one page: a patient
   * who turns the page must not find a list without its call to act. */
  heading (w, N_ ("Get help at once if"));
  for (guint i = 0; i < G_N_ELEMENTS (warning_signs); i++)
    {
      const WarningSign *sign = &warning_signs[i];

      gboolean           has = patient_has (w, sign);

      if (!applies_to_plan (w, sign))
        continue;
      if (has && !watched_for_worsening (w, sign, routine))
        left_out = TRUE;
      else
        {
          bullet (w, sign_text (w, sign, has));
          spinecds_page_layout_keep_with_next (w->base.layout);
        }
    }
  if (left_out)
    {
      bullet (w, N_ ("Something you have now gets worse."));
      spinecds_page_layout_keep_with_next (w->base.layout);
    }

  markup = g_markup_printf_escaped ("<b>%s</b>",
                                    tr (w, routine ? N_ ("If any of these happen, go to the emergency room or call "
                                                         "for an ambulance now. Do not wait for your next visit.")
                                                   : N_ ("If any of these happen, go to the emergency room or call "
                                                         "for an ambulance now. Do not wait.")));
  spinecds_page_layout_add_callout (w->base.layout, SPINECDS_TONE_DANGER, markup);
}

/* The clinician changed or set aside the plan this sheet is written
 * from: the patient must know the sheet is not the last word, or it
 * says "you do not need a scan" beside the scan the doctor ordered
 * (tenth clinical round). The clinician's note is not printed: it is
 * written for colleagues, in the clinician's language. */
static void
write_decision (Writer *w)
{
  g_autofree char  *markup = NULL;
  gboolean          stale;
  SpineCdsDecision *decision = spinecds_assessment_get_decision (w->base.assessment, &stale);

  if (!plan_changed (w))
    return;
  /* A plan set aside is not "changed": the patient and the doctor chose
   * another (eleventh round: best supportive care instead of surgery). */
  markup = g_markup_printf_escaped (
    "<b>%s</b>",
    tr (w, decision->status == SPINECDS_DECISION_DECLINED
             ? N_ ("You and your doctor have chosen a different plan from the one on this sheet. Where this "
                   "sheet and your doctor's advice differ, follow your doctor's advice.")
             : N_ ("Your doctor has changed this plan after talking with you. Where this sheet and your "
                   "doctor's advice differ, follow your doctor's advice.")));
  spinecds_page_layout_add_callout (w->base.layout, SPINECDS_TONE_WARNING, markup);
}

/* The dates are the assessment's, counted from the visit, so the
 * handout, the summary and the note agree. */
static void
write_follow_up (Writer *w)
{
  const char      *from, *to;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *markup = NULL;

  if (!spinecds_assessment_get_follow_up (w->base.assessment, &from, &to))
    return;
  first_text = spinecds_catalog_format_iso_date (w->base.catalog, from);
  last_text = spinecds_catalog_format_iso_date (w->base.catalog, to);
  heading (w, N_ ("When to come back"));
  /* Translators: %1$s and %2$s are dates, 4 and 6 weeks from the visit */
  sentence = spinecds_catalog_printf (w->base.catalog, N_ ("See your doctor again between %1$s and %2$s."), first_text, last_text);
  markup = g_markup_printf_escaped ("<b>%s</b>", sentence);
  spinecds_page_layout_add_text (w->base.layout, SPINECDS_TEXT_BODY, markup);
  text (w, N_ ("Come back sooner if you are not getting better, or if the pain gets worse."));
}

/* Whether the scan is of the neck: where its findings are when they
 * all lie in the neck or all below it, else where the symptoms are. */
static gboolean
scan_of_neck (Writer *w)
{
  guint regions = spinecds_case_get_finding_regions (w->base.kase);

  if (regions == 1u << SPINECDS_REGION_CERVICAL)
    return TRUE;
  if (regions != 0 && !(regions & (1u << SPINECDS_REGION_CERVICAL)))
    return FALSE;
  return w->neck;
}

static const char *
title (Writer *w)
{
  /* No region entered: no pain to name ("your back pain" may be
   * urinary retention alone). */
  if (w->spine)
    return N_ ("Your spine: what happens next");
  if (!spinecds_case_get_mri_done (w->base.kase))
    return w->neck ? N_ ("Your neck pain: what it means and what to do")
                   : N_ ("Your back pain: what it means and what to do");
  return scan_of_neck (w) ? N_ ("Your neck scan: what it means and what to do")
                          : N_ ("Your back scan: what it means and what to do");
}

/* The sheet is dated by the visit when one is entered: its return
 * window counts from the visit, and a sheet printed days later must not
 * read as if the window began on the day it was printed. */
static char *
subtitle_markup (Writer    *w,
                 GDateTime *printed)
{
  g_autofree char *name = spinecds_case_dup_patient_label (w->base.kase);
  const char      *visit = spinecds_case_get_text (w->base.kase, SPINECDS_CASE_TEXT_VISIT_DATE);
  GDate            visit_day;
  g_autofree char *day = NULL;

  if (spinecds_case_get_date (w->base.kase, SPINECDS_CASE_TEXT_VISIT_DATE, &visit_day))
    {
      day = spinecds_catalog_format_iso_date (w->base.catalog, visit);
      if (*name != '\0')
        /* Translators: under the handout's title; %1$s is the patient's name and hospital number, %2$s the visit's date */
        return g_markup_printf_escaped (tr (w, N_ ("For %1$s, from the visit on %2$s. Keep this sheet.")), name, day);
      /* Translators: under the handout's title; %s is the visit's date */
      return g_markup_printf_escaped (tr (w, N_ ("From your visit on %s. Keep this sheet.")), day);
    }
  day = spinecds_catalog_format_date (w->base.catalog, printed);
  if (*name != '\0')
    /* Translators: under the handout's title; %1$s is the patient's name and hospital number, %2$s today's date */
    return g_markup_printf_escaped (tr (w, N_ ("For %1$s. Given to you on %2$s. Keep this sheet.")), name, day);
  /* Translators: under the handout's title; %s is today's date */
  return g_markup_printf_escaped (tr (w, N_ ("Given to you on %s. Keep this sheet.")), day);
}

void
spinecds_handout_writer_write (SpineCdsPageLayout *layout,
                               SpineCdsCase       *kase,
                               SpineCdsAssessment *assessment,
                               SpineCdsCatalog    *catalog,
                               GDateTime          *date)
{
  Writer           w = { { layout, kase, assessment, catalog }, FALSE, FALSE };
  SpineCdsTriage   triage;
  gboolean         routine;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (layout));
  g_return_if_fail (SPINECDS_IS_CASE (kase));
  g_return_if_fail (SPINECDS_IS_ASSESSMENT (assessment));
  g_return_if_fail (date != NULL);

  triage = spinecds_assessment_get_triage (assessment);
  w.neck = spinecds_case_get_region (kase) == SPINECDS_REGION_CERVICAL;
  w.spine = spinecds_case_get_region (kase) == SPINECDS_REGION_UNKNOWN;
  /* A child is sent on even when nothing is urgent, and a case without
   * its age or region has no plan yet: no adult home plan, no follow-up
   * window, no reassurance (GUIDELINE-LOGIC §8.1, §8.11). */
  routine = triage == SPINECDS_TRIAGE_ROUTINE && !child (&w) && complete (&w);

  spinecds_page_layout_add_text (layout, SPINECDS_TEXT_TITLE, tr (&w, title (&w)));
  subtitle = subtitle_markup (&w, date);
  spinecds_page_layout_add_text (layout, SPINECDS_TEXT_SUBTITLE, subtitle);
  /* The sheet speaks to the child; the warning signs are the adults' to act on. */
  if (child (&w))
    text (&w, N_ ("For parents and carers: this sheet speaks to your child. Read it together, and act "
                  "on the warning signs for them."));

  write_decision (&w);
  if (!routine)
    write_prompt_care (&w, triage);

  write_findings (&w, routine);
  write_next_steps (&w);
  write_what_to_do (&w, routine);
  write_warning_signs (&w, routine);
  if (routine)
    write_follow_up (&w);
  spinecds_page_layout_add_notes_box (layout, tr (&w, N_ ("Notes from your doctor")), 72);
}
