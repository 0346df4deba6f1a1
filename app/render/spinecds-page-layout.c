/* spinecds-page-layout.c: blocks of text laid out and cut into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks become fragments: one per line of running text (so a page
 * break can fall between any two lines, never inside one), one per
 * call-out, table row or notes box (never split). Fragments that must
 * stay together (a heading and the first lines of what follows, the
 * first two and last two lines of a paragraph, a table's header and
 * first row) are chained with keep_with_next, and a chain moves to the
 * next page as a whole when it does not fit.
 */
#define G_LOG_DOMAIN "spinecds-render"

#include "config.h"

#include <glib/gi18n.h>

#include "spinecds-page-layout.h"

#define FONT_FAMILY "Noto Sans, DejaVu Sans, sans-serif"
#define MARGIN_X 54.0
#define COMPACT_MARGIN_X 38.0 /* 13.5 mm: a desk document, as clinic forms are set */
#define MARGIN_TOP 34.0
#define MARGIN_BOTTOM 30.0
#define HEADER_FONT_SIZE 8.0
#define FOOTER_FONT_SIZE 7.0
#define CELL_PAD_X 5.0
#define CELL_PAD_Y 3.5
#define CALLOUT_PAD 9.0
#define CALLOUT_BAR 4.0

typedef enum
{
  BLOCK_TEXT,
  BLOCK_BULLET,
  BLOCK_CALLOUT,
  BLOCK_ROW,
  BLOCK_NOTES,
  BLOCK_SPACE,
} BlockKind;

typedef struct
{
  guint          n_columns;
  double        *widths; /* shares, normalised to 1 */
  struct _Block *header;
} Table;

typedef struct _Block
{
  BlockKind         kind;
  SpineCdsTextStyle style;
  SpineCdsTone      tone;
  char             *markup;
  char             *label;
  char             *detail;
  char            **cells;
  Table            *table; /* BLOCK_ROW, borrowed from self->tables */
  gboolean          header;
  double            height; /* BLOCK_NOTES, BLOCK_SPACE */
  gboolean          keep_with_next;
  double            indent; /* BLOCK_BULLET: shared by a run of bullets */

  /* Set by paginate() */
  PangoLayout      *layout;
  PangoLayout      *label_layout;
  PangoLayout      *detail_layout;
  GPtrArray        *cell_layouts;
  double            box_height;
} Block;

typedef enum
{
  FRAGMENT_LINE,
  FRAGMENT_BOX,
} FragmentKind;

typedef struct
{
  FragmentKind kind;
  Block       *block;
  PangoLayout *layout; /* FRAGMENT_LINE */
  int          line;
  double       x;        /* of the layout's origin, from the content's left edge */
  double       line_top; /* within the layout */
  double       baseline; /* within the layout */
  double       height;
  double       space_before; /* dropped at the top of a page */
  gboolean     keep_with_next;
  gboolean     first_line;   /* draws the bullet's label */
  gboolean     heading_rule; /* draws the rule under a heading */
  double       y;            /* set when placed */
} Fragment;

struct _SpineCdsPageLayout
{
  GObject          parent_instance;

  SpineCdsCatalog *catalog;
  gboolean         rtl;
  double           font_size;
  gboolean         compact; /* tighter lines and gaps: a document read, not a leaflet */
  double           margin_x;
  char            *header_start;
  char            *header_end;
  char            *header_detail; /* a second line at the start side, or NULL */
  char            *footer_start;
  char            *footer_note;

  GPtrArray       *blocks; /* of Block* */
  GPtrArray       *tables; /* of Table* */
  Table           *table;  /* the open table */

  PangoContext    *context;
  double           width;
  double           height;
  double           content_top;
  double           content_bottom;
  GArray          *fragments; /* of Fragment */
  GPtrArray       *pages;     /* of GArray of Fragment */
};

G_DEFINE_FINAL_TYPE (SpineCdsPageLayout, spinecds_page_layout, G_TYPE_OBJECT)

static void
block_clear_layouts (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->label_layout);
  g_clear_object (&block->detail_layout);
  g_clear_pointer (&block->cell_layouts, g_ptr_array_unref);
}

static void
block_free (Block *block)
{
  block_clear_layouts (block);
  g_free (block->markup);
  g_free (block->label);
  g_free (block->detail);
  g_strfreev (block->cells);
  g_free (block);
}

static void
table_free (Table *table)
{
  g_free (table->widths);
  g_free (table);
}

static void
spinecds_page_layout_finalize (GObject *object)
{
  SpineCdsPageLayout *self = SPINECDS_PAGE_LAYOUT (object);

  g_clear_pointer (&self->catalog, spinecds_catalog_unref);
  g_free (self->header_start);
  g_free (self->header_end);
  g_free (self->header_detail);
  g_free (self->footer_start);
  g_free (self->footer_note);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->fragments, g_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (spinecds_page_layout_parent_class)->finalize (object);
}

static void
spinecds_page_layout_class_init (SpineCdsPageLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spinecds_page_layout_finalize;
}

static void
spinecds_page_layout_init (SpineCdsPageLayout *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
}

SpineCdsPageLayout *
spinecds_page_layout_new (double           font_size,
                          SpineCdsCatalog *catalog)
{
  SpineCdsPageLayout *self;

  g_return_val_if_fail (font_size > 0, NULL);

  self = g_object_new (SPINECDS_TYPE_PAGE_LAYOUT, NULL);
  self->font_size = font_size;
  self->margin_x = MARGIN_X;
  if (catalog != NULL)
    {
      self->catalog = spinecds_catalog_ref (catalog);
      self->rtl = spinecds_catalog_is_rtl (catalog);
    }
  return self;
}

/* Takes effect at the next pagination. */
void
spinecds_page_layout_set_font_size (SpineCdsPageLayout *self,
                                    double              font_size)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (font_size > 0);

  self->font_size = font_size;
}

void
spinecds_page_layout_set_compact (SpineCdsPageLayout *self,
                                  gboolean            compact)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));

  self->compact = compact;
  self->margin_x = compact ? COMPACT_MARGIN_X : MARGIN_X;
}

void
spinecds_page_layout_set_header (SpineCdsPageLayout *self,
                                 const char         *start,
                                 const char         *end)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));

  g_free (self->header_start);
  g_free (self->header_end);
  self->header_start = g_strdup (start);
  self->header_end = g_strdup (end);
}

void
spinecds_page_layout_set_header_detail (SpineCdsPageLayout *self,
                                        const char         *detail)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));

  g_free (self->header_detail);
  self->header_detail = detail != NULL && *detail != '\0' ? g_strdup (detail) : NULL;
}

void
spinecds_page_layout_set_footer (SpineCdsPageLayout *self,
                                 const char         *start,
                                 const char         *note)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));

  g_free (self->footer_start);
  g_free (self->footer_note);
  self->footer_start = g_strdup (start);
  self->footer_note = g_strdup (note);
}

static Block *
add_block (SpineCdsPageLayout *self,
           BlockKind           kind,
           SpineCdsTextStyle   style,
           const char         *markup)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->style = style;
  block->markup = g_strdup (markup);
  if (kind != BLOCK_ROW)
    self->table = NULL;
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
spinecds_page_layout_add_text (SpineCdsPageLayout *self,
                               SpineCdsTextStyle   style,
                               const char         *markup)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (markup != NULL);

  add_block (self, BLOCK_TEXT, style, markup);
}

void
spinecds_page_layout_add_heading (SpineCdsPageLayout *self,
                                  const char         *markup)
{
  spinecds_page_layout_add_text (self, SPINECDS_TEXT_HEADING, markup);
}

void
spinecds_page_layout_add_subheading (SpineCdsPageLayout *self,
                                     const char         *markup)
{
  spinecds_page_layout_add_text (self, SPINECDS_TEXT_SUBHEADING, markup);
}

void
spinecds_page_layout_add_bullet (SpineCdsPageLayout *self,
                                 const char         *label,
                                 const char         *markup,
                                 const char         *detail)
{
  Block *block;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (label != NULL && markup != NULL);

  block = add_block (self, BLOCK_BULLET, SPINECDS_TEXT_BODY, markup);
  block->label = g_strdup (label);
  block->detail = g_strdup (detail);
}

void
spinecds_page_layout_add_callout (SpineCdsPageLayout *self,
                                  SpineCdsTone        tone,
                                  const char         *markup)
{
  Block *block;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (markup != NULL);

  block = add_block (self, BLOCK_CALLOUT, SPINECDS_TEXT_BODY, markup);
  block->tone = tone;
}

void
spinecds_page_layout_begin_table (SpineCdsPageLayout *self,
                                  guint               n_columns,
                                  const double       *widths)
{
  Table *table;
  double total = 0;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (n_columns > 0 && widths != NULL);

  table = g_new0 (Table, 1);
  table->n_columns = n_columns;
  table->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    total += widths[i];
  g_return_if_fail (total > 0);
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = widths[i] / total;
  g_ptr_array_add (self->tables, table);
  self->table = table;
}

void
spinecds_page_layout_add_row (SpineCdsPageLayout *self,
                              gboolean            header,
                              const char * const *cells)
{
  Table *table;
  Block *block;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (self->table != NULL);
  g_return_if_fail (cells != NULL);

  table = self->table;
  block = add_block (self, BLOCK_ROW, header ? SPINECDS_TEXT_SUBHEADING : SPINECDS_TEXT_BODY, NULL);
  block->table = table;
  block->header = header;
  block->cells = g_new0 (char *, table->n_columns + 1);
  for (guint i = 0; i < table->n_columns; i++)
    block->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  if (header && table->header == NULL)
    table->header = block;
}

void
spinecds_page_layout_add_notes_box (SpineCdsPageLayout *self,
                                    const char         *label,
                                    double              height)
{
  Block *block;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));

  block = add_block (self, BLOCK_NOTES, SPINECDS_TEXT_SMALL, NULL);
  block->markup = g_markup_escape_text (label != NULL ? label : "", -1);
  block->height = height;
}

void
spinecds_page_layout_keep_with_next (SpineCdsPageLayout *self)
{
  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (self->blocks->len > 0);

  ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = TRUE;
}

void
spinecds_page_layout_add_space (SpineCdsPageLayout *self,
                                double              height)
{
  Block *block;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));

  block = add_block (self, BLOCK_SPACE, SPINECDS_TEXT_BODY, NULL);
  block->height = height;
}

/* Layout */

static double
style_size (SpineCdsPageLayout *self,
            SpineCdsTextStyle   style)
{
  switch (style)
    {
    case SPINECDS_TEXT_BODY:
      return self->font_size;
    case SPINECDS_TEXT_SMALL:
      return self->font_size * 0.86;
    case SPINECDS_TEXT_FINE:
      return self->font_size * 0.72;
    case SPINECDS_TEXT_TITLE:
      return self->font_size * 1.75;
    case SPINECDS_TEXT_SUBTITLE:
      return self->font_size * 1.05;
    case SPINECDS_TEXT_HEADING:
      return self->font_size * (self->compact ? 1.18 : 1.3);
    case SPINECDS_TEXT_SUBHEADING:
      return self->font_size * 1.02;
    default:
      g_assert_not_reached ();
    }
}

static double
style_space_before (SpineCdsPageLayout *self,
                    SpineCdsTextStyle   style)
{
  switch (style)
    {
    case SPINECDS_TEXT_BODY:
      return self->font_size * 0.45;
    case SPINECDS_TEXT_SMALL:
      return self->font_size * 0.2;
    case SPINECDS_TEXT_FINE:
      return self->font_size * 0.08;
    case SPINECDS_TEXT_TITLE:
      return 0;
    case SPINECDS_TEXT_SUBTITLE:
      return self->font_size * 0.2;
    case SPINECDS_TEXT_HEADING:
      return self->font_size * 1.25;
    case SPINECDS_TEXT_SUBHEADING:
      return self->font_size * (self->compact ? 0.6 : 0.9);
    default:
      g_assert_not_reached ();
    }
}

static double
callout_pad (SpineCdsPageLayout *self)
{
  return self->compact ? CALLOUT_PAD * 0.7 : CALLOUT_PAD;
}

static double
cell_pad_y (SpineCdsPageLayout *self)
{
  return self->compact ? CELL_PAD_Y / 2 : CELL_PAD_Y;
}

/* Extra space between the lines of a paragraph, as a share of its size. */
static double
line_spacing (SpineCdsPageLayout *self,
              SpineCdsTextStyle   style)
{
  switch (style)
    {
    case SPINECDS_TEXT_TITLE:
      return 0.04;
    case SPINECDS_TEXT_FINE:
      return self->compact ? 0.0 : 0.1;
    default:
      return self->compact ? 0.0 : 0.28;
    }
}

static void
set_style_color (cairo_t          *cr,
                 SpineCdsTextStyle style)
{
  switch (style)
    {
    case SPINECDS_TEXT_TITLE:
    case SPINECDS_TEXT_HEADING:
      cairo_set_source_rgb (cr, 0.09, 0.25, 0.40);
      break;
    case SPINECDS_TEXT_SMALL:
    case SPINECDS_TEXT_FINE:
    case SPINECDS_TEXT_SUBTITLE:
      cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
      break;
    case SPINECDS_TEXT_BODY:
    case SPINECDS_TEXT_SUBHEADING:
    default:
      cairo_set_source_rgb (cr, 0.10, 0.10, 0.11);
      break;
    }
}

static void
tone_rgb (SpineCdsTone tone,
          double      *rgb)
{
  static const double tones[][3] = {
    [SPINECDS_TONE_NEUTRAL] = { 0.45, 0.47, 0.50 },
    [SPINECDS_TONE_INFO] = { 0.13, 0.39, 0.65 },
    [SPINECDS_TONE_OK] = { 0.18, 0.49, 0.20 },
    [SPINECDS_TONE_CAUTION] = { 0.74, 0.50, 0.00 },
    [SPINECDS_TONE_WARNING] = { 0.85, 0.33, 0.08 },
    [SPINECDS_TONE_DANGER] = { 0.78, 0.16, 0.16 },
  };

  g_assert ((guint) tone < G_N_ELEMENTS (tones));
  rgb[0] = tones[tone][0];
  rgb[1] = tones[tone][1];
  rgb[2] = tones[tone][2];
}

/* Characters after which a word with no space is given a place to
 * break. Pango wraps one long word in quadratic time (a 100,000-letter
 * word in a note took 13 s to render, 300,000 letters 106 s; now under
 * a second, bench-render); the words and links of a real document are
 * shorter (the longest reference link has 44). */
#define LONGEST_UNBROKEN_WORD 100

/* @markup with a zero-width space after every LONGEST_UNBROKEN_WORD
 * characters of text without a space, counting neither tags nor
 * entities, which it never splits. */
static char *
break_long_words (const char *markup)
{
  GString *out = g_string_sized_new (strlen (markup));
  gboolean in_tag = FALSE, in_entity = FALSE;
  guint    run = 0;

  for (const char *p = markup; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, c);
      if (in_tag)
        in_tag = c != '>';
      else if (c == '<')
        in_tag = TRUE;
      else if (in_entity)
        in_entity = c != ';';
      else if (g_unichar_isspace (c))
        run = 0;
      else
        {
          in_entity = c == '&';
          if (++run >= LONGEST_UNBROKEN_WORD && !in_entity)
            {
              g_string_append_unichar (out, 0x200B);
              run = 0;
            }
        }
    }
  return g_string_free (out, FALSE);
}

static PangoLayout *
make_layout (SpineCdsPageLayout *self,
             const char         *markup,
             SpineCdsTextStyle   style,
             double              width,
             gboolean            bold)
{
  g_autofree char *breakable = NULL;
  PangoLayout     *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  double size = style_size (self, style);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  if (bold || style == SPINECDS_TEXT_TITLE || style == SPINECDS_TEXT_HEADING
      || style == SPINECDS_TEXT_SUBHEADING)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (size * line_spacing (self, style) * PANGO_SCALE));
  /* In a right-to-left document the context's base direction is RTL,
   * so "right" is the start of an RTL paragraph; a Latin paragraph
   * (a citation, say) flips to the left by auto-dir. */
  pango_layout_set_alignment (layout, self->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  breakable = break_long_words (markup);
  pango_layout_set_markup (layout, breakable, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
add_fragment (SpineCdsPageLayout *self,
              const Fragment     *fragment)
{
  g_array_append_vals (self->fragments, fragment, 1);
}

/* One fragment per line of @layout; widows and orphans are avoided by
 * keeping the first two and the last two lines together. */
static void
add_line_fragments (SpineCdsPageLayout *self,
                    Block              *block,
                    PangoLayout        *layout,
                    double              x,
                    double              space_before,
                    gboolean            first_of_block,
                    gboolean            last_of_block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int              n_lines = pango_layout_get_line_count (layout);
  int              line = 0;

  do
    {
      Fragment fragment = { 0 };
      int      y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      fragment.kind = FRAGMENT_LINE;
      fragment.block = block;
      fragment.layout = layout;
      fragment.line = line;
      fragment.x = x;
      fragment.line_top = (double) y0 / PANGO_SCALE;
      fragment.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      fragment.height = (double) (y1 - y0) / PANGO_SCALE;
      fragment.space_before = line == 0 ? space_before : 0;
      fragment.first_line = first_of_block && line == 0;
      /* No widows or orphans; a short paragraph, or a recommendation with
       * its reasons, is never cut. */
      fragment.keep_with_next = (line == 0 && n_lines > 1) || line >= n_lines - 2
                                || n_lines <= (block->kind == BLOCK_BULLET ? 6 : 3);
      if (line == n_lines - 1)
        fragment.keep_with_next = !last_of_block || block->keep_with_next;
      if (block->style == SPINECDS_TEXT_HEADING || block->style == SPINECDS_TEXT_SUBHEADING
          || block->style == SPINECDS_TEXT_TITLE)
        fragment.keep_with_next = TRUE;
      if (block->style == SPINECDS_TEXT_HEADING && line == n_lines - 1)
        {
          fragment.heading_rule = TRUE;
          fragment.height += 4;
        }
      add_fragment (self, &fragment);
      line++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static double
content_width (SpineCdsPageLayout *self)
{
  return self->width - 2 * self->margin_x;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* Bullets in a row share one indent, wide enough for the widest label
 * ("[12]"), so their texts line up. */
static void
measure_bullet_labels (SpineCdsPageLayout *self)
{
  guint start = 0;

  while (start < self->blocks->len)
    {
      double widest = 0;
      guint  end = start;

      for (; end < self->blocks->len; end++)
        {
          Block *block = g_ptr_array_index (self->blocks, end);

          if (block->kind != BLOCK_BULLET)
            break;
          g_clear_object (&block->label_layout);
          block->label_layout = make_layout (self, block->label, SPINECDS_TEXT_BODY, 1, TRUE);
          pango_layout_set_width (block->label_layout, -1);
          pango_layout_set_auto_dir (block->label_layout, FALSE);
          widest = MAX (widest, layout_width (block->label_layout));
        }
      for (guint i = start; i < end; i++)
        {
          Block *block = g_ptr_array_index (self->blocks, i);

          block->indent = MAX (self->font_size * 1.5, widest + self->font_size * 0.6);
        }
      start = end + 1;
    }
}

static void
layout_block (SpineCdsPageLayout *self,
              Block              *block,
              gboolean            after_heading)
{
  double   width = content_width (self);
  double   space = style_space_before (self, block->style) * (self->compact ? 0.6 : 1.0);
  Fragment fragment = { 0 };

  if (block->kind != BLOCK_BULLET)
    block_clear_layouts (block);
  else
    {
      g_clear_object (&block->layout);
      g_clear_object (&block->detail_layout);
    }
  if (after_heading)
    space = self->font_size * 0.35;

  switch (block->kind)
    {
    case BLOCK_TEXT:
      block->layout = make_layout (self, block->markup, block->style, width, FALSE);
      add_line_fragments (self, block, block->layout, 0, space, TRUE, TRUE);
      break;

    case BLOCK_BULLET:
      {
        double indent = block->indent;
        double text_x = self->rtl ? 0 : indent;

        block->layout = make_layout (self, block->markup, SPINECDS_TEXT_BODY, width - indent, FALSE);
        add_line_fragments (self, block, block->layout, text_x, space * 0.8, TRUE, block->detail == NULL);
        if (block->detail != NULL)
          {
            block->detail_layout = make_layout (self, block->detail, SPINECDS_TEXT_SMALL, width - indent, FALSE);
            add_line_fragments (self, block, block->detail_layout, text_x, 1.5, FALSE, TRUE);
          }
      }
      break;

    case BLOCK_CALLOUT:
      block->layout = make_layout (self, block->markup, SPINECDS_TEXT_BODY,
                                   width - 2 * callout_pad (self) - CALLOUT_BAR, FALSE);
      block->box_height = layout_height (block->layout) + 2 * callout_pad (self);
      fragment.kind = FRAGMENT_BOX;
      fragment.block = block;
      fragment.height = block->box_height;
      fragment.space_before = self->font_size * 0.8;
      fragment.keep_with_next = block->keep_with_next;
      add_fragment (self, &fragment);
      break;

    case BLOCK_ROW:
      {
        double row_height = 0;

        block->cell_layouts = g_ptr_array_new_with_free_func (g_object_unref);
        for (guint i = 0; i < block->table->n_columns; i++)
          {
            double       cell_width = width * block->table->widths[i] - 2 * CELL_PAD_X;
            PangoLayout *cell = make_layout (self, block->cells[i],
                                             block->header ? SPINECDS_TEXT_SMALL : SPINECDS_TEXT_BODY,
                                             cell_width, block->header);

            row_height = MAX (row_height, layout_height (cell));
            g_ptr_array_add (block->cell_layouts, cell);
          }
        block->box_height = row_height + 2 * cell_pad_y (self);
        fragment.kind = FRAGMENT_BOX;
        fragment.block = block;
        fragment.height = block->box_height;
        fragment.space_before = block->header ? self->font_size * 0.6 : 0;
        /* A header row never ends a page. */
        fragment.keep_with_next = block->header || block->keep_with_next;
        add_fragment (self, &fragment);
      }
      break;

    case BLOCK_NOTES:
      block->layout = make_layout (self, block->markup, SPINECDS_TEXT_SMALL, width - 2 * callout_pad (self), TRUE);
      /* The requested height is a minimum: the box grows into the rest
       * of its page (up to twice that), so a handout's last page ends
       * with room to write rather than a blank. */
      block->box_height = MAX (block->height, layout_height (block->layout) + 3 * self->font_size);
      fragment.kind = FRAGMENT_BOX;
      fragment.block = block;
      fragment.height = block->box_height;
      fragment.space_before = self->font_size * 0.8;
      add_fragment (self, &fragment);
      break;

    case BLOCK_SPACE:
      fragment.kind = FRAGMENT_BOX;
      fragment.block = block;
      fragment.height = 0;
      fragment.space_before = block->height;
      add_fragment (self, &fragment);
      break;

    default:
      g_assert_not_reached ();
    }
}

static PangoLayout *
make_margin_layout (SpineCdsPageLayout *self,
                    const char         *text,
                    double              size,
                    gboolean            bold,
                    gboolean            at_end)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  gboolean right = at_end != self->rtl;

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (content_width (self) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
footer_height (SpineCdsPageLayout *self)
{
  g_autoptr(PangoLayout) line = make_margin_layout (self, "Page 1", FOOTER_FONT_SIZE + 0.5, FALSE, FALSE);
  g_autoptr(PangoLayout) note = make_margin_layout (self, self->footer_note, FOOTER_FONT_SIZE, FALSE, FALSE);

  return layout_height (line) + 2 + layout_height (note);
}

static double
header_height (SpineCdsPageLayout *self)
{
  g_autoptr(PangoLayout) line = make_margin_layout (self, "SpineCDS", HEADER_FONT_SIZE + 1, TRUE, FALSE);
  g_autoptr(PangoLayout) detail = NULL;

  if (self->header_detail == NULL)
    return layout_height (line);
  detail = make_margin_layout (self, self->header_detail, HEADER_FONT_SIZE, FALSE, FALSE);
  return layout_height (line) + layout_height (detail);
}

static GArray *
new_page (SpineCdsPageLayout *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Fragment));

  g_ptr_array_add (self->pages, page);
  return page;
}

static void
place (GArray   *page,
       Fragment *fragment,
       double   *y)
{
  Fragment placed = *fragment;

  placed.y = *y;
  g_array_append_vals (page, &placed, 1);
  *y += fragment->height;
}

/* Breaks the page before @start and returns the new page. A table
 * that goes on gets its header row again. */
static GArray *
break_page (SpineCdsPageLayout *self,
            Fragment           *start,
            double             *y)
{
  GArray *page = new_page (self);

  *y = self->content_top;
  if (start->kind == FRAGMENT_BOX && start->block->kind == BLOCK_ROW && !start->block->header
      && start->block->table->header != NULL)
    {
      Block   *header = start->block->table->header;
      Fragment repeat = { 0 };

      repeat.kind = FRAGMENT_BOX;
      repeat.block = header;
      repeat.height = header->box_height;
      place (page, &repeat, y);
    }
  return page;
}

static void
paginate_fragments (SpineCdsPageLayout *self)
{
  double  bottom = self->content_bottom;
  double  y = self->content_top;
  GArray *page = new_page (self);
  guint   i = 0;

  while (i < self->fragments->len)
    {
      Fragment *first = &g_array_index (self->fragments, Fragment, i);
      double    chain = 0;
      guint     end = i;

      /* The chain of fragments that must share a page. */
      for (;;)
        {
          Fragment *fragment = &g_array_index (self->fragments, Fragment, end);

          chain += fragment->height + (end == i ? 0 : fragment->space_before);
          if (!fragment->keep_with_next || end + 1 == self->fragments->len)
            break;
          end++;
        }

      if (page->len > 0 && y + first->space_before + chain > bottom
          && chain <= bottom - self->content_top)
        page = break_page (self, first, &y);

      for (guint j = i; j <= end; j++)
        {
          Fragment *fragment = &g_array_index (self->fragments, Fragment, j);

          if (page->len > 0 && y + fragment->space_before + fragment->height > bottom)
            page = break_page (self, fragment, &y);
          if (page->len > 0)
            y += fragment->space_before;
          if (fragment->kind == FRAGMENT_BOX && fragment->block->kind == BLOCK_NOTES)
            fragment->height = MAX (fragment->block->box_height,
                                    MIN (bottom - y, 2 * fragment->block->box_height));
          place (page, fragment, &y);
        }
      i = end + 1;
    }
}

guint
spinecds_page_layout_paginate (SpineCdsPageLayout *self,
                               PangoContext       *context,
                               double              width,
                               double              height)
{
  gboolean after_heading = FALSE;

  g_return_val_if_fail (SPINECDS_IS_PAGE_LAYOUT (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (width > 4 * MARGIN_X && height > 300, 0);

  g_set_object (&self->context, context);
  pango_context_set_base_dir (context, self->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  self->width = width;
  self->height = height;
  /* The gaps that part the running header and footer from the text. */
  self->content_top = MARGIN_TOP + header_height (self) + (self->compact ? 10 : 16);
  self->content_bottom = height - MARGIN_BOTTOM - footer_height (self) - (self->compact ? 9 : 14);

  g_clear_pointer (&self->fragments, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  self->fragments = g_array_new (FALSE, FALSE, sizeof (Fragment));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  measure_bullet_labels (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      layout_block (self, block, after_heading);
      after_heading = block->kind == BLOCK_TEXT
                      && (block->style == SPINECDS_TEXT_HEADING || block->style == SPINECDS_TEXT_SUBHEADING);
    }

  paginate_fragments (self);
  g_debug ("%u blocks, %u fragments, %u pages", self->blocks->len, self->fragments->len, self->pages->len);
  return self->pages->len;
}

guint
spinecds_page_layout_get_n_pages (SpineCdsPageLayout *self)
{
  g_return_val_if_fail (SPINECDS_IS_PAGE_LAYOUT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

/* Drawing */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI_2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI_2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI_2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI_2);
  cairo_close_path (cr);
}

static void
draw_layout_line (cairo_t     *cr,
                  PangoLayout *layout,
                  int          line,
                  double       x,
                  double       y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle   logical;
  int              baseline;

  for (int i = 0; i < line; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  baseline = pango_layout_iter_get_baseline (iter);
  cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE, y + (double) baseline / PANGO_SCALE);
  pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
  pango_layout_iter_free (iter);
}

static void
draw_line_fragment (SpineCdsPageLayout *self,
                    cairo_t            *cr,
                    const Fragment     *fragment)
{
  Block *block = fragment->block;
  double x = self->margin_x + fragment->x;
  double top = fragment->y - fragment->line_top;

  set_style_color (cr, fragment->layout == block->detail_layout ? SPINECDS_TEXT_SMALL : block->style);
  draw_layout_line (cr, fragment->layout, fragment->line, x, top);

  if (fragment->first_line && block->label_layout != NULL)
    {
      double gap = block->indent - self->font_size * 0.6 - layout_width (block->label_layout);
      /* Labels end where the text starts, less a gap. */
      double label_x = self->rtl ? self->margin_x + content_width (self) - block->indent + self->font_size * 0.6
                                 : self->margin_x + gap;

      cairo_set_source_rgb (cr, 0.09, 0.25, 0.40);
      /* Align the label's baseline with the first line's. */
      cairo_move_to (cr, label_x, fragment->y + fragment->baseline - fragment->line_top);
      {
        PangoLayoutIter *iter = pango_layout_get_iter (block->label_layout);
        PangoRectangle   logical;

        pango_layout_iter_get_line_extents (iter, NULL, &logical);
        cairo_rel_move_to (cr, (double) logical.x / PANGO_SCALE, 0);
        pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        pango_layout_iter_free (iter);
      }
    }

  if (fragment->heading_rule)
    {
      cairo_set_source_rgb (cr, 0.72, 0.78, 0.84);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, self->margin_x, fragment->y + fragment->height - 2.5);
      cairo_line_to (cr, self->margin_x + content_width (self), fragment->y + fragment->height - 2.5);
      cairo_stroke (cr);
    }
}

static void
draw_row (SpineCdsPageLayout *self,
          cairo_t            *cr,
          Block              *block,
          double              y)
{
  double width = content_width (self);
  double x = 0;

  if (block->header)
    {
      cairo_set_source_rgb (cr, 0.90, 0.93, 0.96);
      cairo_rectangle (cr, self->margin_x, y, width, block->box_height);
      cairo_fill (cr);
    }

  for (guint i = 0; i < block->table->n_columns; i++)
    {
      double       cell_width = width * block->table->widths[i];
      double       cell_x = self->rtl ? self->margin_x + width - x - cell_width : self->margin_x + x;
      PangoLayout *cell = g_ptr_array_index (block->cell_layouts, i);

      set_style_color (cr, block->header ? SPINECDS_TEXT_HEADING : SPINECDS_TEXT_BODY);
      cairo_move_to (cr, cell_x + CELL_PAD_X, y + cell_pad_y (self));
      pango_cairo_show_layout (cr, cell);
      x += cell_width;
    }

  cairo_set_source_rgb (cr, 0.78, 0.81, 0.85);
  cairo_set_line_width (cr, block->header ? 0.9 : 0.5);
  cairo_move_to (cr, self->margin_x, y + block->box_height);
  cairo_line_to (cr, self->margin_x + width, y + block->box_height);
  cairo_stroke (cr);
}

static void
draw_box_fragment (SpineCdsPageLayout *self,
                   cairo_t            *cr,
                   const Fragment     *fragment)
{
  Block *block = fragment->block;
  double width = content_width (self);
  double rgb[3];

  switch (block->kind)
    {
    case BLOCK_CALLOUT:
      tone_rgb (block->tone, rgb);
      cairo_set_source_rgb (cr, 1 - (1 - rgb[0]) * 0.10, 1 - (1 - rgb[1]) * 0.10, 1 - (1 - rgb[2]) * 0.10);
      rounded_rectangle (cr, self->margin_x, fragment->y, width, block->box_height, 3);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_rectangle (cr, self->rtl ? self->margin_x + width - CALLOUT_BAR : self->margin_x, fragment->y,
                       CALLOUT_BAR, block->box_height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.10, 0.10, 0.11);
      cairo_move_to (cr, self->margin_x + callout_pad (self) + (self->rtl ? 0 : CALLOUT_BAR), fragment->y + callout_pad (self));
      pango_cairo_show_layout (cr, block->layout);
      break;

    case BLOCK_ROW:
      draw_row (self, cr, block, fragment->y);
      break;

    case BLOCK_NOTES:
      {
        double text_height = layout_height (block->layout);
        double line_gap = self->font_size * 2.0;

        cairo_set_source_rgb (cr, 0.55, 0.58, 0.62);
        cairo_set_line_width (cr, 0.8);
        rounded_rectangle (cr, self->margin_x + 0.4, fragment->y + 0.4, width - 0.8, fragment->height - 0.8, 3);
        cairo_stroke (cr);
        set_style_color (cr, SPINECDS_TEXT_SMALL);
        cairo_move_to (cr, self->margin_x + callout_pad (self), fragment->y + callout_pad (self) * 0.7);
        pango_cairo_show_layout (cr, block->layout);
        cairo_set_source_rgb (cr, 0.82, 0.84, 0.87);
        cairo_set_line_width (cr, 0.5);
        for (double y = fragment->y + callout_pad (self) + text_height + line_gap;
             y < fragment->y + fragment->height - line_gap * 0.4; y += line_gap)
          {
            cairo_move_to (cr, self->margin_x + callout_pad (self), y);
            cairo_line_to (cr, self->margin_x + width - callout_pad (self), y);
          }
        cairo_stroke (cr);
      }
      break;

    case BLOCK_SPACE:
      break;

    case BLOCK_TEXT:
    case BLOCK_BULLET:
    default:
      g_assert_not_reached ();
    }
}

static void
draw_margins (SpineCdsPageLayout *self,
              cairo_t            *cr,
              guint               page)
{
  double width = content_width (self);
  g_autoptr(PangoLayout) header_start = make_margin_layout (self, self->header_start, HEADER_FONT_SIZE + 1, TRUE, FALSE);
  g_autoptr(PangoLayout) header_end = make_margin_layout (self, self->header_end, HEADER_FONT_SIZE, FALSE, TRUE);
  g_autoptr(PangoLayout) footer_start = make_margin_layout (self, self->footer_start, FOOTER_FONT_SIZE + 0.5, FALSE, FALSE);
  g_autoptr(PangoLayout) footer_end = NULL;
  g_autoptr(PangoLayout) footer_note = make_margin_layout (self, self->footer_note, FOOTER_FONT_SIZE, FALSE, FALSE);
  g_autofree char *page_label = NULL;
  double           header_bottom = MARGIN_TOP + header_height (self);
  double           footer_top = self->height - MARGIN_BOTTOM - footer_height (self);
  int              header_end_height;

  /* Translators: the page number in the footer of printed documents */
  page_label = spinecds_catalog_printf (self->catalog, N_ ("Page %u of %u"),
                                        page + 1, self->pages->len);
  footer_end = make_margin_layout (self, page_label, FOOTER_FONT_SIZE + 0.5, TRUE, TRUE);

  cairo_set_source_rgb (cr, 0.09, 0.25, 0.40);
  cairo_move_to (cr, self->margin_x, MARGIN_TOP);
  pango_cairo_show_layout (cr, header_start);
  /* The end side shares the first line; a detail (whose document it
   * is) has a line of its own, so that neither overlaps the other. */
  pango_layout_get_size (header_end, NULL, &header_end_height);
  cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
  cairo_move_to (cr, self->margin_x, MARGIN_TOP + layout_height (header_start) - (double) header_end_height / PANGO_SCALE);
  pango_cairo_show_layout (cr, header_end);
  if (self->header_detail != NULL)
    {
      g_autoptr(PangoLayout) detail = make_margin_layout (self, self->header_detail, HEADER_FONT_SIZE, FALSE, FALSE);

      cairo_move_to (cr, self->margin_x, MARGIN_TOP + layout_height (header_start));
      pango_cairo_show_layout (cr, detail);
    }

  cairo_set_source_rgb (cr, 0.09, 0.25, 0.40);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, self->margin_x, header_bottom + 5);
  cairo_line_to (cr, self->margin_x + width, header_bottom + 5);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.72, 0.75, 0.79);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, self->margin_x, footer_top - 6);
  cairo_line_to (cr, self->margin_x + width, footer_top - 6);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.33, 0.35, 0.38);
  cairo_move_to (cr, self->margin_x, footer_top);
  pango_cairo_show_layout (cr, footer_start);
  cairo_move_to (cr, self->margin_x, footer_top);
  pango_cairo_show_layout (cr, footer_end);
  cairo_move_to (cr, self->margin_x, footer_top + layout_height (footer_start) + 2);
  pango_cairo_show_layout (cr, footer_note);
}

void
spinecds_page_layout_draw_page (SpineCdsPageLayout *self,
                                cairo_t            *cr,
                                guint               page)
{
  GArray *fragments;

  g_return_if_fail (SPINECDS_IS_PAGE_LAYOUT (self));
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);
  draw_margins (self, cr, page);

  fragments = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < fragments->len; i++)
    {
      const Fragment *fragment = &g_array_index (fragments, Fragment, i);

      if (fragment->kind == FRAGMENT_LINE)
        draw_line_fragment (self, cr, fragment);
      else
        draw_box_fragment (self, cr, fragment);
    }
  cairo_restore (cr);
}

static void
append_plain (GString    *out,
              const char *markup)
{
  g_autofree char *text = NULL;

  if (markup == NULL || *markup == '\0')
    return;
  if (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    g_string_append (out, text);
  else
    g_string_append (out, markup);
}

char *
spinecds_page_layout_dup_text (SpineCdsPageLayout *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SPINECDS_IS_PAGE_LAYOUT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case BLOCK_ROW:
          for (guint j = 0; block->cells[j] != NULL; j++)
            {
              if (j > 0)
                g_string_append (out, "\t");
              append_plain (out, block->cells[j]);
            }
          break;
        case BLOCK_BULLET:
          append_plain (out, block->markup);
          if (block->detail != NULL)
            {
              g_string_append_c (out, '\n');
              append_plain (out, block->detail);
            }
          break;
        case BLOCK_SPACE:
          continue;
        case BLOCK_TEXT:
        case BLOCK_CALLOUT:
        case BLOCK_NOTES:
        default:
          append_plain (out, block->markup);
          break;
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
