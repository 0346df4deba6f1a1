/* spinecds-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "spinecds-knowledge-base.h"
#include "spinecds-catalog.h"
#include "spinecds-window.h"

G_BEGIN_DECLS

#define SPINECDS_TYPE_APPLICATION (spinecds_application_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsApplication, spinecds_application, SPINECDS, APPLICATION, AdwApplication)

/* Binds the gettext domain to SPINECDS_LOCALEDIR when set (the build
 * tree's po/, for tests), else to the installed locale directory. */
void                   spinecds_application_bind_textdomain (void);
/* What the process sets before GTK starts: the locale, the renderer
 * (cairo when there is no GPU), the text domain and the name. */
void                   spinecds_application_prepare_process (void);
SpineCdsApplication   *spinecds_application_new (void);
/* A window on a new case, given what it needs from the application
 * (knowledge base, catalog, settings, recent cases). */
SpineCdsWindow        *spinecds_application_new_window (SpineCdsApplication *self);
/* NULL when the knowledge base failed to load; see get_knowledge_base_error(). */
SpineCdsKnowledgeBase *spinecds_application_get_knowledge_base (SpineCdsApplication *self);
const GError          *spinecds_application_get_knowledge_base_error (SpineCdsApplication *self);
/* May be NULL (no settings schema installed). */
GSettings             *spinecds_application_get_settings (SpineCdsApplication *self);
/* The catalog of the interface language, for fact descriptions and documents. */
SpineCdsCatalog       *spinecds_application_get_catalog (SpineCdsApplication *self);

/* SpineCDS's own recent cases (never the desktop's shared list). */
GMenuModel            *spinecds_application_get_recent_menu (SpineCdsApplication *self);

G_END_DECLS
