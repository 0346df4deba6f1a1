/* fuzz-assessment.c: case → evaluation with the built-in knowledge base → JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An input that reads as a case file is used as such; any other input
 * is turned into a valid case field by field (fuzz-support.c), so that
 * most executions reach the evaluator whatever the bytes. Then:
 *  - the case survives serialize → parse → equal → same bytes;
 *  - the assessment keeps the contract of CASE-FORMAT §2 and its JSON
 *    parses back and agrees with it (fuzz_evaluate_and_check);
 *  - safety: adding one more symptom, sign, history code or finding
 *    never lowers the triage (the property test-safety checks around
 *    the clinical cases, here around any case).
 */
#include "config.h"

#include "fuzz-common.h"
#include "fuzz-support.h"
#include "spinecds-case-file.h"
#include "spinecds-codes.h"
#include "spinecds-evaluator.h"

#define NAME "fuzz.spinecase"

static SpineCdsKnowledgeBase *kb;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  fuzz_setup_logging ();
  g_unsetenv ("SPINECDS_KNOWLEDGE_BASE");
  kb = spinecds_knowledge_base_new_default (&error);
  if (kb == NULL)
    g_error ("The built-in knowledge base does not load: %s", error->message);
  return 0;
}

/* The last two bytes pick a code the case may not have yet. */
static void
check_adding_a_code_never_lowers_triage (SpineCdsCase  *kase,
                                         SpineCdsTriage triage,
                                         const uint8_t *data,
                                         size_t         size)
{
  g_autoptr(SpineCdsCase) more = spinecds_case_copy (kase);
  g_autoptr(SpineCdsAssessment) assessment = NULL;
  SpineCdsCodeKind        kind = size > 1 ? data[size - 2] % SPINECDS_N_CODE_KINDS : SPINECDS_CODE_KIND_SYMPTOM;
  guint                   n;
  const SpineCdsCodeInfo *codes = spinecds_codes_list (kind, &n);
  const char             *code = codes[(size > 0 ? data[size - 1] : 0) % n].code;

  if (kind == SPINECDS_CODE_KIND_FINDING)
    {
      g_autoptr(SpineCdsFinding) finding = NULL;

      if (spinecds_case_lookup_finding (more, code) != NULL)
        return;
      finding = spinecds_finding_new (code);
      spinecds_case_add_finding (more, finding);
    }
  else
    spinecds_case_set_code (more, kind, code, TRUE);

  assessment = spinecds_evaluate (kb, more);
  if (spinecds_assessment_get_triage (assessment) < triage)
    {
      g_autofree char *before = spinecds_case_file_serialize (kase, NULL);

      g_printerr ("adding %s %s lowered the triage from %s to %s; the case before:\n%s",
                  spinecds_code_kind_to_string (kind), code, spinecds_triage_to_string (triage),
                  spinecds_triage_to_string (spinecds_assessment_get_triage (assessment)), before);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SpineCdsCase) kase = NULL;
  g_autoptr(SpineCdsAssessment) assessment = NULL;

  kase = spinecds_case_file_parse ((const char *) data, size, NAME, NULL);
  if (kase == NULL)
    kase = fuzz_case_build (data, size);

  fuzz_check_case_round_trip (kase, NAME);
  assessment = fuzz_evaluate_and_check (kb, kase);
  check_adding_a_code_never_lowers_triage (kase, spinecds_assessment_get_triage (assessment), data, size);
  return 0;
}
