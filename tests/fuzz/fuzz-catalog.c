/* fuzz-catalog.c: any bytes as a document catalog (.mo)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document's language comes from a .mo file that may be damaged or
 * hostile. For every input the parser gives a catalog or an error, and
 * a catalog that loads formats every document format without reading
 * an argument it was not given (ASan and UBSan watch), whatever its
 * translations say.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fuzz-support.h"
#include "spinecds-catalog.h"

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
  g_autoptr(SpineCdsCatalog) catalog = spinecds_catalog_new_from_data (data, size, "fuzz.mo", "de", &error);
  char *text;

  FUZZ_CHECK ((catalog == NULL) != (error == NULL));
  if (catalog == NULL)
    return 0;

  /* The formats of the documents, with their real arguments. */
  text = spinecds_catalog_printf (catalog, "Page %u of %u", 1u, 2u);
  FUZZ_CHECK (text != NULL);
  g_free (text);
  text = spinecds_catalog_printf (catalog, "%s weeks", "4");
  g_free (text);
  text = spinecds_catalog_printf (catalog, "%d years, %s", 40, "female");
  g_free (text);
  text = spinecds_catalog_printf (catalog, "See your doctor again between %1$s and %2$s.", "3 May", "17 May");
  g_free (text);
  text = spinecds_catalog_printf (catalog, "%2$s %1$d, %3$d", 5, "March", 2026);
  g_free (text);
  FUZZ_CHECK (spinecds_catalog_pgettext (catalog, NULL, "Summary") != NULL);
  FUZZ_CHECK (spinecds_catalog_pgettext (catalog, "context", "Summary") != NULL);
  return 0;
}
