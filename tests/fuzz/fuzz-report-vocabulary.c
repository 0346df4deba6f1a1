/* fuzz-report-vocabulary.c: any bytes as a report vocabulary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vocabulary is a file a clinician edits (docs/report-vocabulary.md).
 * For every input the loader returns a vocabulary or an error naming
 * the file, never both, never a crash; a vocabulary that loads reads a
 * sample report into mentions with known codes and spans inside it.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fuzz-support.h"
#include "spinecds-codes.h"
#include "spinecds-report-reader.h"

static const char sample[] =
  "FINDINGS: No cord compression at C5-C6. Mild disc bulge L4/5; possible annular fissure.\n"
  "Befund: Keine Myelonkompression in Höhe HWK 5/6. Hallazgos: sin estenosis. Pas de fracture.\n";

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_setup_logging ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsReportVocabulary) vocab =
               spinecds_report_vocabulary_new_from_bytes (bytes, "fuzz.json", NULL, &error);
  g_autoptr(GPtrArray) mentions = NULL;

  FUZZ_CHECK ((vocab == NULL) != (error == NULL));
  if (vocab == NULL)
    {
      FUZZ_CHECK (g_str_has_prefix (error->message, "fuzz.json"));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  mentions = spinecds_report_read_with (vocab, sample, sizeof sample - 1);
  for (guint i = 0; i < mentions->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      FUZZ_CHECK (spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, mention->code));
      FUZZ_CHECK (mention->start <= mention->end && mention->end <= sizeof sample - 1);
    }
  return 0;
}
