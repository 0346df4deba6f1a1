/* spinecds-page-layout.h: blocks of text laid out and cut into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A writer adds blocks (headings, paragraphs, bullets, call-outs, table
 * rows, a notes box) in reading order; paginate() lays them out with
 * Pango for one page size and cuts them into pages only between lines,
 * keeping each heading with what follows; draw_page() paints one page
 * with its running header and footer. Nothing here knows about
 * clinical content, and nothing needs GTK.
 */
#pragma once

#include <pango/pangocairo.h>

#include "spinecds-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  SPINECDS_TEXT_BODY,
  SPINECDS_TEXT_SMALL, /* secondary text, greyed */
  SPINECDS_TEXT_FINE,  /* fine print, greyed and tight: lists to look things up in */
  SPINECDS_TEXT_TITLE,
  SPINECDS_TEXT_SUBTITLE,
  SPINECDS_TEXT_HEADING,
  SPINECDS_TEXT_SUBHEADING,
} SpineCdsTextStyle;

/* Colours of call-outs and accents. */
typedef enum
{
  SPINECDS_TONE_NEUTRAL,
  SPINECDS_TONE_INFO,
  SPINECDS_TONE_OK,
  SPINECDS_TONE_CAUTION,
  SPINECDS_TONE_WARNING,
  SPINECDS_TONE_DANGER,
} SpineCdsTone;

#define SPINECDS_TYPE_PAGE_LAYOUT (spinecds_page_layout_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsPageLayout, spinecds_page_layout, SPINECDS, PAGE_LAYOUT, GObject)

/* @font_size: body size in points. @catalog (nullable) gives the page
 * labels their language and, when right-to-left, mirrors the page. */
SpineCdsPageLayout *spinecds_page_layout_new (double           font_size,
                                              SpineCdsCatalog *catalog);

/* Tighter lines and gaps, for a document a clinician reads at a
 * desk rather than a leaflet read at home. Set before adding blocks. */
void                spinecds_page_layout_set_font_size (SpineCdsPageLayout *self,
                                                        double              font_size);
void                spinecds_page_layout_set_compact (SpineCdsPageLayout *self,
                                                      gboolean            compact);
/* Running header (start and end side) and footer (start side, and a
 * small full-width line under it). Plain text, not markup. */
void                spinecds_page_layout_set_header (SpineCdsPageLayout *self,
                                                     const char         *start,
                                                     const char         *end);
/* A second line under the header's start side (whose document it is);
 * NULL or "" for none. Plain text. */
void                spinecds_page_layout_set_header_detail (SpineCdsPageLayout *self,
                                                            const char         *detail);
void                spinecds_page_layout_set_footer (SpineCdsPageLayout *self,
                                                     const char         *start,
                                                     const char         *note);

/* Texts are Pango markup; escape user data with g_markup_escape_text(). */
void                spinecds_page_layout_add_text (SpineCdsPageLayout *self,
                                                   SpineCdsTextStyle   style,
                                                   const char         *markup);
/* A heading stays on the page of the block that follows it. */
void                spinecds_page_layout_add_heading (SpineCdsPageLayout *self,
                                                      const char         *markup);
void                spinecds_page_layout_add_subheading (SpineCdsPageLayout *self,
                                                         const char         *markup);
/* @label: "•", "3." …; @detail (nullable): smaller text under the item. */
void                spinecds_page_layout_add_bullet (SpineCdsPageLayout *self,
                                                     const char         *label,
                                                     const char         *markup,
                                                     const char         *detail);
/* A shaded box with a bar in @tone, never split across pages. */
void                spinecds_page_layout_add_callout (SpineCdsPageLayout *self,
                                                      SpineCdsTone        tone,
                                                      const char         *markup);
/* Starts a table; @widths are the columns' shares of the width. */
void                spinecds_page_layout_begin_table (SpineCdsPageLayout *self,
                                                      guint               n_columns,
                                                      const double       *widths);
/* @cells: n_columns markup strings. A header row is repeated at the
 * top of a page when the table continues there. */
/* clang-format off */
void                spinecds_page_layout_add_row (SpineCdsPageLayout *self,
                                                  gboolean            header,
                                                  const char * const *cells);
/* clang-format on */
/* A framed, ruled space to write in by hand. */
void                spinecds_page_layout_add_notes_box (SpineCdsPageLayout *self,
                                                        const char         *label,
                                                        double              height);
/* The last block added stays on the page of the next one. */
void                spinecds_page_layout_keep_with_next (SpineCdsPageLayout *self);
void                spinecds_page_layout_add_space (SpineCdsPageLayout *self,
                                                    double              height);

/* Lays out for a page of @width × @height points (the margins are the
 * layout's own) and returns the number of pages. */
guint               spinecds_page_layout_paginate (SpineCdsPageLayout *self,
                                                   PangoContext       *context,
                                                   double              width,
                                                   double              height);
guint               spinecds_page_layout_get_n_pages (SpineCdsPageLayout *self);
/* @page is 0-based; @cr is in points with the page's top-left at 0,0. */
void                spinecds_page_layout_draw_page (SpineCdsPageLayout *self,
                                                    cairo_t            *cr,
                                                    guint               page);
/* The body text, one block per line, without markup (for tests and
 * readability checks). */
char               *spinecds_page_layout_dup_text (SpineCdsPageLayout *self);

G_END_DECLS
