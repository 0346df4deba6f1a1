/* spinecds-window-private.h: what the window's lifecycle and actions share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "spinecds-assessment-view.h"
#include "spinecds-triage-bar.h"
#include "spinecds-case-form.h"
#include "spinecds-references-page.h"
#include "spinecds-window.h"

G_BEGIN_DECLS

struct _SpineCdsWindow
{
  AdwApplicationWindow    parent_instance;

  SpineCdsCase           *kase;
  SpineCdsCase           *saved; /* the case as last loaded or saved */
  GFile                  *file;
  SpineCdsAssessment     *assessment;
  /* Construct-only, from the application: */
  SpineCdsKnowledgeBase  *kb;       /* NULL when it did not load … */
  GError                 *kb_error; /* … and then why */
  SpineCdsCatalog        *catalog;  /* the interface language's */
  GSettings              *settings; /* NULL without an installed schema */
  GMenuModel             *recent_menu;

  char                   *draft_id;
  guint                   draft_timeout_id;
  GCancellable           *draft_cancellable;
  GCancellable           *io_cancellable; /* opening and saving */
  GQueue                  pending_saves;  /* of GTask: saves asked for while one runs */

  GtkFileChooserNative   *chooser;

  guint                   modified : 1;
  guint                   draft_written : 1;
  /* Weak: where F6 left each pane, to come back to it. */
  GtkWidget              *form_focus;
  GtkWidget              *plan_focus;

  guint                   close_after_save : 1;
  guint                   closing : 1;
  guint                   loading : 1;
  guint                   saving : 1;

  /* Template children */
  AdwToastOverlay        *toast_overlay;
  AdwLeaflet             *leaflet;
  AdwWindowTitle         *window_title;
  SpineCdsCaseForm       *form;
  GtkStack               *assessment_stack;
  AdwStatusPage          *kb_error_page;
  SpineCdsAssessmentView *assessment_view;
  SpineCdsTriageBar      *triage_bar;
  GMenu                  *primary_menu;
  GMenu                  *recent_submenu;
  GtkMenuButton          *primary_menu_button;
  SpineCdsReferencesPage *references_page;
};

void _spinecds_window_class_actions_init (GtkWidgetClass *widget_class);
void _spinecds_window_update_actions (SpineCdsWindow *self);
/* Drag and drop of case files onto the window. */
void _spinecds_window_actions_init (SpineCdsWindow *self);
/* Opens @file here when the window holds nothing worth keeping, else in a new window. */
void _spinecds_window_open (SpineCdsWindow *self,
                            GFile          *file);
/* Asks where to save the case (Save As), then saves it there. */
void _spinecds_window_save_as (SpineCdsWindow *self);
void _spinecds_window_show_error (SpineCdsWindow *self,
                                  const char     *heading,
                                  const char     *message);
/* Saves to @file in the background; closes the window afterwards when
 * the user asked to save before closing (close_after_save). */
void _spinecds_window_save (SpineCdsWindow *self,
                            GFile          *file);

G_END_DECLS
