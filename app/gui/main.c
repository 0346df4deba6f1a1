/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds"

#include "config.h"

#include "spinecds-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpineCdsApplication) app = NULL;

  spinecds_application_prepare_process ();
  app = spinecds_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
