/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spinecds"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "spinecds-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SpineCdsApplication) app = NULL;

  setlocale (LC_ALL, "");
  spinecds_application_bind_textdomain ();

  g_set_application_name (_("SpineCDS"));

  app = spinecds_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
