/* spinecds-knowledge-base.h: the guideline rules, loaded and validated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema is documented in docs/knowledge-base.md. A knowledge base
 * either loads completely and validly or not at all: callers that get
 * NULL must refuse to advise and show the error.
 */
#pragma once

#include <gio/gio.h>

#include "spinecds-types.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *citation;
  char *short_citation; /* for the printed summary: author, topic, source; may be NULL */
  int   year;
  char *url; /* may be NULL */
} SpineCdsReference;

/* A place where the knowledge base departs from the seed document. */
typedef struct
{
  char  *id;
  char  *text;
  char **references;
  char **rules; /* ids of the rules whose advice touches the claim, or NULL */
} SpineCdsCorrection;

#define SPINECDS_TYPE_KNOWLEDGE_BASE (spinecds_knowledge_base_get_type ())

G_DECLARE_FINAL_TYPE (SpineCdsKnowledgeBase, spinecds_knowledge_base, SPINECDS, KNOWLEDGE_BASE, GObject)

/* @source_name names the source in messages ("spine-mri.json: rules[3].when: …"). */
SpineCdsKnowledgeBase   *spinecds_knowledge_base_new_from_bytes (GBytes     *bytes,
                                                                 const char *source_name,
                                                                 GError    **error);
SpineCdsKnowledgeBase   *spinecds_knowledge_base_new_from_file (GFile   *file,
                                                                GError **error);
/* The knowledge base compiled into the binary; SPINECDS_KNOWLEDGE_BASE
 * (a file path) overrides it, so a broken one can be tested. */
SpineCdsKnowledgeBase   *spinecds_knowledge_base_new_default (GError **error);

const char              *spinecds_knowledge_base_get_id (SpineCdsKnowledgeBase *self);
const char              *spinecds_knowledge_base_get_version (SpineCdsKnowledgeBase *self);
const char              *spinecds_knowledge_base_get_reviewed (SpineCdsKnowledgeBase *self);
const char              *spinecds_knowledge_base_get_title (SpineCdsKnowledgeBase *self);
/* SHA-256 of the exact bytes loaded, lower-case hex. */
const char              *spinecds_knowledge_base_get_checksum (SpineCdsKnowledgeBase *self);
guint                    spinecds_knowledge_base_get_n_rules (SpineCdsKnowledgeBase *self);
const SpineCdsReference *spinecds_knowledge_base_lookup_reference (SpineCdsKnowledgeBase *self,
                                                                   const char            *id);
/* Borrowed array of SpineCdsReference*, in the knowledge base's order. */
GPtrArray               *spinecds_knowledge_base_get_references (SpineCdsKnowledgeBase *self);
/* Borrowed array of SpineCdsCorrection*. */
GPtrArray               *spinecds_knowledge_base_get_corrections (SpineCdsKnowledgeBase *self);
/* Every translatable text, for the string extractor (borrowed, in order). */
GPtrArray               *spinecds_knowledge_base_collect_strings (SpineCdsKnowledgeBase *self);
/* Label of a red flag id, or NULL. */
const char              *spinecds_knowledge_base_get_red_flag_label (SpineCdsKnowledgeBase *self,
                                                                     const char            *red_flag);

G_END_DECLS
