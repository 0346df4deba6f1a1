/* fuzz-case-loader.c: any bytes through the .spinecase reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Invariants, for every input:
 *  - the reader returns a case or an error, never both, never neither;
 *  - an error is in SPINECDS_CASE_FILE_ERROR, is valid UTF-8, starts
 *    with the file's name and stays short (a hostile file must not
 *    produce megabytes of message);
 *  - a case survives the canonical round trip: serialize, parse back,
 *    equal, and serializing again gives the same bytes;
 *  - a copy of a case equals it.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fuzz-support.h"
#include "spinecds-case-file.h"

#define NAME "fuzz.spinecase"
#define MAX_MESSAGE_BYTES (64 * 1024)

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
  g_autoptr(GError) error = NULL;
  g_autoptr(SpineCdsCase) kase = NULL;

  kase = spinecds_case_file_parse ((const char *) data, size, NAME, &error);

  FUZZ_CHECK ((kase == NULL) != (error == NULL));
  if (kase == NULL)
    {
      FUZZ_CHECK (error->domain == SPINECDS_CASE_FILE_ERROR);
      FUZZ_CHECK (error->code == SPINECDS_CASE_FILE_ERROR_INVALID
                  || error->code == SPINECDS_CASE_FILE_ERROR_NEWER);
      FUZZ_CHECK (g_str_has_prefix (error->message, NAME ": "));
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (strlen (error->message) < MAX_MESSAGE_BYTES);
      return 0;
    }

  fuzz_check_case_round_trip (kase, NAME);
  return 0;
}
