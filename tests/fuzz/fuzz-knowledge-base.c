/* fuzz-knowledge-base.c: any bytes through the knowledge-base loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A knowledge base loads completely and validly or not at all. For
 * every input:
 *  - the loader returns a knowledge base or an error, never both or
 *    neither; an error is in SPINECDS_KNOWLEDGE_BASE_ERROR, valid UTF-8
 *    and starts with the source name;
 *  - a knowledge base that loads has its header, references that
 *    resolve, texts to translate, and evaluates an empty case, a case
 *    with everything set and a case from the input's own bytes without
 *    breaking the assessment contract (fuzz_evaluate_and_check).
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fuzz-support.h"

#define NAME "fuzz-kb.json"

static SpineCdsCase *empty_case;
static SpineCdsCase *full_case;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_setup_logging ();
  empty_case = spinecds_case_new ();
  full_case = fuzz_case_new_full ();
  return 0;
}

static void
check_loaded (SpineCdsKnowledgeBase *kb,
              const uint8_t         *data,
              size_t                 size)
{
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(SpineCdsCase) built = NULL;
  GPtrArray    *references;
  SpineCdsCase *cases[3];

  FUZZ_CHECK (spinecds_knowledge_base_get_id (kb) != NULL);
  FUZZ_CHECK (spinecds_knowledge_base_get_version (kb) != NULL);
  FUZZ_CHECK (spinecds_knowledge_base_get_reviewed (kb) != NULL);
  FUZZ_CHECK (spinecds_knowledge_base_get_title (kb) != NULL);
  FUZZ_CHECK (strlen (spinecds_knowledge_base_get_checksum (kb)) == 64);
  FUZZ_CHECK (spinecds_knowledge_base_get_n_rules (kb) > 0);

  references = spinecds_knowledge_base_get_references (kb);
  for (guint i = 0; i < references->len; i++)
    {
      const SpineCdsReference *reference = g_ptr_array_index (references, i);

      FUZZ_CHECK (spinecds_knowledge_base_lookup_reference (kb, reference->id) == reference);
    }

  strings = spinecds_knowledge_base_collect_strings (kb);
  for (guint i = 0; i < strings->len; i++)
    FUZZ_CHECK (g_ptr_array_index (strings, i) != NULL);

  built = fuzz_case_build (data, size);
  cases[0] = empty_case;
  cases[1] = full_case;
  cases[2] = built;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SpineCdsAssessment) assessment = fuzz_evaluate_and_check (kb, cases[i]);

      FUZZ_CHECK (spinecds_assessment_get_knowledge_base (assessment) == kb);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsKnowledgeBase) kb = NULL;

  kb = spinecds_knowledge_base_new_from_bytes (bytes, NAME, &error);

  FUZZ_CHECK ((kb == NULL) != (error == NULL));
  if (kb == NULL)
    {
      FUZZ_CHECK (error->domain == SPINECDS_KNOWLEDGE_BASE_ERROR);
      FUZZ_CHECK (g_str_has_prefix (error->message, NAME ": "));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  check_loaded (kb, data, size);
  return 0;
}
