/* spinecds-document.h: the clinician summary or the patient handout of one case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layout engine for every output: the PDF surface of the CLI and the
 * tests, and GtkPrintOperation's paginate/draw-page in the app, so what
 * prints is what the tests read. Needs Pango and Cairo, not GTK.
 *
 * Typical use with any cairo target:
 *
 *   doc = spinecds_document_new (SPINECDS_DOCUMENT_HANDOUT, kase, assessment, catalog, &options);
 *   n = spinecds_document_paginate (doc, cr, width_pt, height_pt);
 *   for (page = 0; page < n; page++)
 *     spinecds_document_draw_page (doc, cr, page);
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "spinecds-assessment.h"
#include "spinecds-case.h"
#include "spinecds-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  SPINECDS_DOCUMENT_SUMMARY, /* for the clinician */
  SPINECDS_DOCUMENT_HANDOUT, /* for the patient, in plain language */
} SpineCdsDocumentKind;

typedef enum
{
  SPINECDS_PAPER_A4,
  SPINECDS_PAPER_LETTER,
} SpineCdsPaper;

typedef struct
{
  const char *clinician;   /* nullable */
  const char *institution; /* nullable */
  GDateTime  *date;        /* nullable: now */
} SpineCdsDocumentOptions;

#define SPINECDS_DOCUMENT_ERROR (spinecds_document_error_quark ())

typedef enum
{
  SPINECDS_DOCUMENT_ERROR_WRITE,
} SpineCdsDocumentError;

#define SPINECDS_TYPE_DOCUMENT (spinecds_document_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsDocument, spinecds_document, SPINECDS, DOCUMENT, GObject)

GQuark               spinecds_document_error_quark (void);

/* @catalog: the document's language (NULL: English), independent of
 * the UI's. @options may be NULL. The document keeps what it needs:
 * later changes to @kase do not show. */
SpineCdsDocument    *spinecds_document_new (SpineCdsDocumentKind           kind,
                                            SpineCdsCase                  *kase,
                                            SpineCdsAssessment            *assessment,
                                            SpineCdsCatalog               *catalog,
                                            const SpineCdsDocumentOptions *options);
SpineCdsDocumentKind spinecds_document_get_kind (SpineCdsDocument *self);
/* Translated title ("Clinician summary", "Your spine MRI…"). */
const char          *spinecds_document_get_title (SpineCdsDocument *self);

/* Lays the document out for pages of @width × @height points, with
 * the font options of @cr's target, and returns the number of pages.
 * @cr must be in points (GtkPrintOperation: GTK_UNIT_POINTS). */
guint                spinecds_document_paginate (SpineCdsDocument *self,
                                                 cairo_t          *cr,
                                                 double            width,
                                                 double            height);
guint                spinecds_document_get_n_pages (SpineCdsDocument *self);
/* @page is 0-based; paginate() first. */
void                 spinecds_document_draw_page (SpineCdsDocument *self,
                                                  cairo_t          *cr,
                                                  guint             page);
/* Paginates for @paper and writes every page to a PDF file. */
gboolean             spinecds_document_write_pdf (SpineCdsDocument *self,
                                                  const char       *path,
                                                  SpineCdsPaper     paper,
                                                  GError          **error);
/* The body text without markup, one block a line. */
char                *spinecds_document_dup_text (SpineCdsDocument *self);

/* Size of @paper in points. */
void                 spinecds_paper_get_size (SpineCdsPaper paper,
                                              double       *width,
                                              double       *height);
/* "a4", "letter" (case-insensitive). */
gboolean             spinecds_paper_from_string (const char    *name,
                                                 SpineCdsPaper *paper);

G_END_DECLS
