/* spinecds-report-reader.c: finding codes from the text of an MRI report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How it works, in four linear passes over the text:
 *
 * 1. A tokenizer cuts the bytes into words, vertebral levels ("C5-6",
 *    "L5/S1", "T7"), commas, semicolons, colons and sentence ends.
 *    Anything that is not ASCII is either a known separator (dashes,
 *    quotes, non-breaking spaces) or part of a word that simply never
 *    matches, so invalid UTF-8 is harmless.
 * 2. Words are normalised (case, plurals, British spellings) to ids, and
 *    a trie of phrases over those ids finds findings and cues, leftmost
 *    longest, never across punctuation. Determiners, sides and levels
 *    may sit inside a phrase ("narrowing of the left C5-C6 neural
 *    foramen").
 * 3. Section headings ("HISTORY:", "FINDINGS:") and level headings
 *    ("C5-C6:") are noted on the tokens that follow them.
 * 4. For each finding, NegEx: the nearest negation or uncertainty cue
 *    whose scope reaches it decides its status; scopes end at the
 *    sentence, at ";" or ":", at a termination term ("but", "however",
 *    "which") and after a fixed number of words. A cue after a list
 *    reaches back over its commas when a conjunction closes it ("A, B
 *    and C are not seen"); a template field's value after a colon
 *    counts ("Fracture: none"). Attributes ("cord signal", "the canal")
 *    are mentions only when given a value ("normal", "patent",
 *    "increased"). Phrases that read like findings but name something
 *    else ("cortical bulging", "psoas abscess") are matched to be
 *    ignored. Grade and level are looked up nearby in the same clause;
 *    size grades herniations and collections only.
 *
 * Every look-around is bounded by a constant number of tokens, and the
 * trie walk by the longest phrase, so the whole read is O(n) however
 * hostile the input.
 */
#define G_LOG_DOMAIN "spinecds-report"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "spinecds-codes.h"
#include "spinecds-finding.h"
#include "spinecds-json.h"
#include "spinecds-report-reader.h"

/* ------------------------------------------------------------------ */
/* Vocabulary                                                          */
/* ------------------------------------------------------------------ */

typedef enum
{
  FINDING,           /* a finding (two codes for elliptic phrases) */
  FINDING_NEGATED,   /* a finding the phrase itself states absent */
  NEGATION_BEFORE,   /* negates what follows: "no", "without" */
  NEGATION_AFTER,    /* negates what precedes: "is not seen" */
  NEGATION_EITHER,   /* "ruled out" */
  UNCERTAIN_BEFORE,  /* "possible", "suspicious for" */
  UNCERTAIN_AFTER,   /* "cannot be excluded" */
  UNCERTAIN_EITHER,  /* "versus" */
  PSEUDO_NEGATION,   /* looks like a negation, is none: "no change in" */
  TERMINATION,       /* ends a scope: "but", "however", "which" */
  NOT_A_FINDING,     /* reads like a finding, names something else: "cortical
                      * bulging", "psoas abscess", "thoracic kyphosis" */
  ATTRIBUTE,         /* names what a finding would alter, not the
                      * alteration: "cord signal", "the canal". Only a
                      * value says which: "is normal" negates the code,
                      * "is increased" affirms it, anything else says
                      * nothing. */
} PhraseKind;

enum
{
  /* A curve word that means lordosis reversal only in the neck: a
   * mention needs a cervical level ("kyphosis at C4-C5"). */
  PHRASE_CERVICAL = 1 << 0,
};

typedef struct
{
  PhraseKind  kind;
  const char *pattern;
  const char *codes[2];
  guint       flags;
} Phrase;

/* Patterns are lower-case words; "(a|b c|)" offers alternatives, the
 * empty one making the group optional. Each expansion is normalised
 * exactly like report text, so plurals and British spellings need no
 * entries of their own. */
#define F(pattern, code)          { FINDING, pattern, { code, NULL }, 0 }
#define F2(pattern, code1, code2) { FINDING, pattern, { code1, code2 }, 0 }
#define F_CERVICAL(pattern, code) { FINDING, pattern, { code, NULL }, PHRASE_CERVICAL }
#define ABSENT(pattern, code)     { FINDING_NEGATED, pattern, { code, NULL }, 0 }
#define ATTR(pattern, code)       { ATTRIBUTE, pattern, { code, NULL }, 0 }
#define NOT(pattern)              { NOT_A_FINDING, pattern, { NULL, NULL }, 0 }
#define CUE(kind, pattern)        { kind, pattern, { NULL, NULL }, 0 }

#define NORMAL_  "(|normal|usual|physiological|physiologic|expected|natural)"
#define REGION_  "(|cervical|lumbar|thoracic|lumbosacral|cervicothoracic|thoracolumbar)"
#define CURVE    "(lordosis|lordotic curvature|lordotic curve|lordotic alignment|lordotic configuration|curvature|curve)"
#define DISC_    "(|intervertebral|discal)"
#define FORAMEN  "(foramen|foraminal|foraminal zone)"
#define CANAL_   "(|central|spinal|central spinal|bony|vertebral)"
#define SAC      "(thecal sac|thecal|dural sac|dural)"
#define ROOT_ADJ "(|exiting|traversing|descending|existing|intraforaminal|extraforaminal|proximal|intrathecal|foraminal)"
#define ROOT     "(nerve root|root|nerve|spinal nerve|nerve root sleeve|root sleeve|rootlet)"
#define CORD     "(cord|spinal cord|cervical cord|thoracic cord|cervical spinal cord|thoracic spinal cord|" \
                 "conus|conus medullaris|ventral cord|dorsal cord|anterior cord|posterior cord|" \
                 "ventral spinal cord|anterior spinal cord|hemicord)"
#define CAUDA    "(cauda equina|cauda equina nerve root|cauda equina root|cauda equina nerve|" \
                 "root of cauda equina|nerve root of cauda equina)"
#define ENDPLATE "(endplate|end plate|vertebral endplate|vertebral end plate)"
#define OSSEOUS  "(osseous|bony|bone|vertebral|vertebral body|spinal|skeletal|marrow|focal osseous|focal bony|" \
                 "focal marrow|aggressive osseous|aggressive|destructive|lytic|osteolytic|sclerotic|blastic|" \
                 "osteoblastic|mixed lytic and sclerotic|expansile)"

static const Phrase phrases[] = {
  /* lordosis_straightening */
  F ("(straightening|straightened)", "lordosis_straightening"),
  F ("(loss|reduction|decrease|diminution|flattening|attenuation|straightening|lessening) of "
     NORMAL_ " " REGION_ " " CURVE, "lordosis_straightening"),
  F ("(reduced|decreased|diminished|flattened|lost|attenuated|straight) " REGION_ " "
     "(lordosis|lordotic curvature|lordotic curve)", "lordosis_straightening"),
  F ("(lordosis|lordotic curvature|lordotic curve|curvature) (is|are|) "
     "(lost|reduced|decreased|diminished|flattened|straightened|attenuated)", "lordosis_straightening"),
  F ("(hypolordosis|hypolordotic)", "lordosis_straightening"),
  F ("straight (alignment|cervical spine|lumbar spine|cervical alignment|spine)", "lordosis_straightening"),

  /* lordosis_reversal */
  F ("(reversal|reversing|inversion) of " NORMAL_ " " REGION_ " "
     "(lordosis|lordotic curvature|lordotic curve|curvature|curve|alignment)", "lordosis_reversal"),
  F ("reversal", "lordosis_reversal"),
  F ("(reversed|inverted) " REGION_ " (lordosis|lordotic curvature|lordotic curve|curvature|curve|alignment)",
     "lordosis_reversal"),
  F ("(lordosis|lordotic curvature|lordotic curve|curvature|curve) (is|are|) (reversed|inverted)",
     "lordosis_reversal"),
  /* A kyphosis is lordosis reversal in the neck only: the thoracic
   * kyphosis is normal, and a kyphotic angle at a thoracolumbar fracture
   * is the fracture's. Without "cervical", a cervical level decides. */
#define KYPHOSIS "(kyphosis|kyphotic|kyphotic alignment|kyphotic angulation|kyphotic curvature|kyphotic curve|" \
                 "kyphotic configuration|kyphotic reversal|kyphotic deformity|kyphotic deformation)"
  F ("(|focal|segmental|mild|reversed|new|progressive) (|upper|mid|lower) cervical (|spine) " KYPHOSIS,
     "lordosis_reversal"),
  F (KYPHOSIS " (of|in|involving|within) " NORMAL_ " (|upper|mid|lower) cervical "
     "(spine|curve|curvature|lordosis|alignment|segment|region)", "lordosis_reversal"),
  F_CERVICAL ("(|focal|segmental|reversed|new|progressive) " KYPHOSIS, "lordosis_reversal"),
  NOT ("(thoracic|thoracolumbar|lumbar|sacral|normal thoracic|physiological thoracic|physiologic thoracic|"
       "usual thoracic|exaggerated thoracic|increased thoracic) (kyphosis|kyphotic curve|kyphotic curvature)"),
  NOT ("(normal|physiological|physiologic|usual|expected|natural|preserved|maintained) "
       "(kyphosis|kyphotic curve|kyphotic curvature)"),

  /* disc_degeneration */
  F ("(disc|discal) (desiccation|degeneration|dehydration|degenerative change|degenerative disease)",
     "disc_degeneration"),
  F ("(desiccation|degeneration|dehydration) of " DISC_ " disc", "disc_degeneration"),
  F ("desiccation", "disc_degeneration"),
  F ("(desiccated|degenerated|degenerate|dehydrated|degenerative) " DISC_ " disc", "disc_degeneration"),
  F ("degenerative disc (disease|change)", "disc_degeneration"),
  F ("ddd", "disc_degeneration"),
  F ("(loss|reduction|decrease|diminution) of " DISC_ " disc (height|space|space height|signal|signal intensity|hydration)",
     "disc_degeneration"),
  F ("(reduced|decreased|diminished|lost) " DISC_ " disc (height|space|space height|signal|signal intensity|hydration)",
     "disc_degeneration"),
  F (DISC_ " disc (height|space|space height) (loss|reduction|narrowing|decrease)", "disc_degeneration"),
  F ("(narrowing|narrowed|narrow) " DISC_ " disc space", "disc_degeneration"),
  F ("narrowing of " DISC_ " disc space", "disc_degeneration"),
  F ("disc (height|space) (is|are) (reduced|decreased|lost|narrowed|diminished)", "disc_degeneration"),
  F ("(spondylosis|spondylotic change|spondylotic disease)", "disc_degeneration"),
  F ("(black|dark) disc", "disc_degeneration"),
  F ("(vacuum disc|vacuum phenomenon|intradiscal vacuum|vacuum disc phenomenon)", "disc_degeneration"),

  /* disc_bulge */
  F ("(|disc|discal|annular|annulus|degenerative|degenerative disc) (bulge|bulging)", "disc_bulge"),
  F ("bulging (|of) (disc|annulus|disc margin|disc contour)", "disc_bulge"),
  /* A bare "bulge" is a disc's, unless something else bulges. */
#define NOT_DISC "(cortex|cortical margin|cortical|vertebral body|vertebral body cortex|vertebral body margin|" \
                 "posterior wall|vertebral margin|vertebral wall|ligamentum flavum|flavum|ligament|" \
                 "posterior longitudinal ligament|thecal sac|dura|dural sac|bone|fragment|tumor|mass|soft tissue)"
  NOT ("(|posterior|anterior) (cortical|cortex|osseous|bony|bone|vertebral|vertebral body|posterior vertebral|"
       "vertebral body cortex|wall|ligamentous|ligamentum flavum|flaval|flavum|thecal sac|dural|tumoral|tumor|"
       "soft tissue) (bulge|bulging)"),
  NOT ("(|posterior|anterior) (bulge|bulging) (of|in|involving) (|posterior|anterior) " NOT_DISC),
  NOT ("bulging " NOT_DISC),

  /* disc_protrusion: an unqualified herniation counts as a protrusion */
  F ("(|disc|discal|degenerative disc) (protrusion|herniation|prolapse)", "disc_protrusion"),
  F ("(focal|broad based|central|paracentral|foraminal|extraforaminal|subarticular|far lateral|posterior|"
     "posterocentral|posterolateral|small|large|shallow|contained) (disc|) (protrusion|herniation|prolapse)",
     "disc_protrusion"),
  F ("(protruding|protruded|herniated|prolapsed) " DISC_ " (disc|disc material|nucleus pulposus|nucleus)",
     "disc_protrusion"),
  F ("herniation of " DISC_ " (disc|nucleus pulposus|disc material)", "disc_protrusion"),
  F ("hnp", "disc_protrusion"),

  /* disc_extrusion */
  F ("(|disc|discal) (extrusion|sequestration)", "disc_extrusion"),
  F ("(extruded|sequestered) (|disc|disc material|disc fragment|fragment|disc herniation|herniation|"
     "nucleus pulposus|herniated disc)", "disc_extrusion"),
  F ("(migrated|migrating|free|loose|displaced) (disc|) fragment", "disc_extrusion"),
  F ("(caudally|cranially|inferiorly|superiorly) (migrated|migrating|extending) (disc|) "
     "(fragment|extrusion|material|herniation)", "disc_extrusion"),
  F ("(disc|) herniation with (extrusion|sequestration|migration)", "disc_extrusion"),
  F ("(extrusion|sequestration) of (|disc) (material|fragment|nucleus pulposus)", "disc_extrusion"),

  /* annular_fissure */
  F ("(annular|annulus) (fissure|fissuring|tear|rent)", "annular_fissure"),
  F ("(fissure|fissuring|tear|rent) (of|in|within) (annulus|annulus fibrosus|posterior annulus|annular fiber)",
     "annular_fissure"),
  F ("(high intensity|high signal intensity|high signal) zone", "annular_fissure"),
  F ("hiz", "annular_fissure"),

  /* facet_arthropathy */
  F ("(facet|facet joint|facetal|zygapophyseal|zygapophysial|zygapophyseal joint|zygapophysial joint|"
     "apophyseal joint) (arthropathy|arthrosis|hypertrophy|osteoarthritis|osteoarthrosis|arthritis|"
     "degeneration|degenerative change|degenerative disease|disease|osteophytosis|osteophyte|effusion|"
     "sclerosis|overgrowth|spurring|hypertrophic change|arthritic change|arthropathic change)",
     "facet_arthropathy"),
  F ("(hypertrophic|hypertrophied|degenerative|degenerated|arthritic|arthropathic|enlarged|osteoarthritic) "
     "(facet|facet joint|zygapophyseal joint)", "facet_arthropathy"),
  F ("(hypertrophy|arthropathy|arthrosis|degeneration|osteoarthritis|osteoarthrosis|degenerative change) of "
     "(facet|facet joint|zygapophyseal joint)", "facet_arthropathy"),
  F ("facet (and|joint and) (ligamentum flavum|ligamentous|flaval|ligament) hypertrophy", "facet_arthropathy"),
  F ("(spondylarthrosis|facet arthropathies)", "facet_arthropathy"),
  /* In a spine report a bare arthropathy is a facet joint's, unless
   * another joint or kind is named. */
  F ("(arthropathy|arthrosis)", "facet_arthropathy"),
#define OTHER_JOINT "(sacroiliac|si|hip|knee|shoulder|glenohumeral|acromioclavicular|sternoclavicular|" \
                    "atlantodental|atlanto dental|atlanto odontoid|costovertebral|costotransverse|" \
                    "temporomandibular|symphyseal|pubic|symphysis pubis|pubic symphysis)"
  NOT (OTHER_JOINT " (|joint) (arthropathy|arthrosis)"),
  NOT ("(inflammatory|neuropathic|charcot|crystal|psoriatic|enteropathic|seronegative|rheumatoid|erosive|"
       "hemophilic|destructive) (arthropathy|arthrosis)"),
  NOT ("(arthropathy|arthrosis) (of|in|at|involving) " OTHER_JOINT " (|joint)"),
  ATTR ("(facet|facet joint|zygapophyseal joint|apophyseal joint)", "facet_arthropathy"),

  /* disc_osteophyte_complex */
  F ("(disc osteophyte|disc osteophytic|disco osteophytic|disco osteophyte|discosteophyte|discosteophytic|"
     "osteophyte disc|disc and osteophyte|disc bulge osteophyte|disc bulge and osteophyte|disc margin osteophyte) "
     "(complex|bar|ridge|ridging|)", "disc_osteophyte_complex"),
  F ("(osteophytic|osteophyte) (ridging|ridge|bar|spurring|spur)", "disc_osteophyte_complex"),
  F ("doc", "disc_osteophyte_complex"),
  F ("(arthropathy|arthrosis|hypertrophy|degeneration|osteoarthritis) of (|the) uncovertebral (joint|process)",
     "disc_osteophyte_complex"),
  F2 ("uncovertebral (|joint) and facet (|joint) (arthropathy|arthrosis|hypertrophy|degeneration|"
      "degenerative change|osteoarthritis)", "disc_osteophyte_complex", "facet_arthropathy"),
  F2 ("facet (|joint) and uncovertebral (|joint) (arthropathy|arthrosis|hypertrophy|degeneration|"
      "degenerative change|osteoarthritis)", "facet_arthropathy", "disc_osteophyte_complex"),
  F ("posterior (osteophyte|osteophytosis|spurring|spur|ridging|osteophytic ridging|osteophytic ridge|"
     "osteophytic bar|osteophyte complex|osteophytic lipping)", "disc_osteophyte_complex"),
  F ("uncovertebral (|joint) (osteophyte|osteophytosis|ridging|spurring|spur|hypertrophy|arthropathy|arthrosis|"
     "degeneration|degenerative change|disease|overgrowth|osteoarthritis)", "disc_osteophyte_complex"),
  F ("(hypertrophic|hypertrophied|degenerative|arthritic) uncovertebral (joint|)", "disc_osteophyte_complex"),
  F ("uncinate (|process) (hypertrophy|spurring|osteophyte|osteophytosis)", "disc_osteophyte_complex"),

  /* modic_change */
  F ("modic (|type) (|i|ii|iii|1|2|3|one|two|three|i ii|ii iii|1 2|2 3|i and ii|1 and 2|2 and 3|ii and iii|"
     "mixed) (|change|endplate change|endplate signal change|signal change|degeneration|endplate degeneration|"
     "marrow change|lesion|signal|endplate)", "modic_change"),
  F ("type (1|2|3|i|ii|iii) (endplate|end plate|modic|degenerative endplate|degenerative) "
     "(change|signal change|marrow change|edema|degeneration)", "modic_change"),
  F (ENDPLATE " (edema|marrow edema|bone marrow edema|change|signal change|signal abnormality|degeneration|"
     "degenerative change|reactive change|sclerosis|marrow change|inflammatory change|fatty change|"
     "fatty degeneration|fatty infiltration|fatty marrow change|marrow signal change)", "modic_change"),
  F ("(degenerative|reactive|inflammatory|fatty|edematous|sclerotic) " ENDPLATE " "
     "(change|signal change|marrow change|edema|sclerosis|signal)", "modic_change"),
  F ("(edema|bone marrow edema|marrow edema|fatty marrow|fatty change|sclerosis|signal change) "
     "(of|in|within|along|involving|at) (|adjacent|opposing|subchondral) " ENDPLATE, "modic_change"),

  /* spondylolisthesis */
  F ("(spondylolisthesis|anterolisthesis|retrolisthesis|listhesis|pseudospondylolisthesis|lateral listhesis|"
     "lateralisthesis|olisthesis)", "spondylolisthesis"),
  F ("(anterior|posterior|forward|backward|degenerative|grade i|grade 1|grade ii|grade 2) (slip|slippage)",
     "spondylolisthesis"),

  /* foraminal_stenosis */
  F ("(|neural|neuro|exit|exiting) " FORAMEN " (stenosis|narrowing|encroachment|compromise|impingement|"
     "narrowed|stenotic|effacement|obliteration|restriction|encroached|compromised)", "foraminal_stenosis"),
  F ("neuroforaminal (stenosis|narrowing|encroachment|compromise)", "foraminal_stenosis"),
  F ("(narrowing|stenosis|encroachment|compromise|effacement|obliteration|impingement) (of|upon|on) "
     "(|neural|neuro|exit|exiting|intervertebral) (foramen|foraminal)", "foraminal_stenosis"),
  F ("(narrowed|stenotic|stenosed|compromised|encroached) (|neural|neuro|exit|intervertebral) (foramen|foraminal)",
     "foraminal_stenosis"),
  F ("(narrows|narrowing|encroaches on|encroaches upon|encroaching on|encroaching upon|encroaches|encroaching|"
     "compromises|compromising|effaces|effacing) (|neural|exit) foramen", "foraminal_stenosis"),
  /* Starts with the attribute below, or the attribute would shadow it. */
  F ("(|neural|neuro|exit|intervertebral) foramen (is|are) (|mildly|moderately|severely|markedly|slightly) "
     "(narrowed|stenotic|compromised)", "foraminal_stenosis"),
  F ("nfn", "foraminal_stenosis"), /* dictation shorthand */
  ATTR ("(|neural|neuro|exit|intervertebral) foramen", "foraminal_stenosis"),

  /* canal_stenosis */
  F (CANAL_ " canal (stenosis|narrowing|compromise|encroachment|effacement|narrowed|compromised|impingement)",
     "canal_stenosis"),
  F ("(central|spinal|lumbar|cervical|thoracic|lumbar spinal|cervical spinal|thoracic spinal|central spinal|"
     "multilevel|acquired|congenital|degenerative) stenosis", "canal_stenosis"),
  F ("stenosis", "canal_stenosis"),
  F ("(narrowing|stenosis|compromise|encroachment|effacement) of " CANAL_ " canal", "canal_stenosis"),
  F ("(narrowed|stenotic|compromised|narrow) " CANAL_ " canal", "canal_stenosis"),
  F ("(narrows|narrowing|encroaches on|encroaching on|encroaches upon|encroaching upon|compromises|compromising) "
     CANAL_ " canal", "canal_stenosis"),
  F (CANAL_ " canal (is|are) (|mildly|moderately|severely|markedly|slightly|critically) "
     "(narrowed|stenotic|compromised|narrow)", "canal_stenosis"),
  /* The thecal sac narrowed or compressed is a narrowed canal. Most
   * discs that reach it indent or efface its ventral surface without
   * narrowing it ("indents the thecal sac; no canal stenosis"), and a
   * radiologist who means stenosis says so: indentation, effacement,
   * impingement and mass effect on the sac are not stenosis. */
  F (SAC " (narrowing|compression|compromise|flattening|stenosis)", "canal_stenosis"),
  F ("(narrowing|compression|compromise|flattening|stenosis) (of|on|upon) (|ventral|anterior|dorsal|posterior|"
     "ventral aspect of|anterior aspect of|ventral surface of|anterior surface of) " SAC, "canal_stenosis"),
  F ("(compresses|compressing|narrows|narrowing|flattens|flattening) (|ventral|anterior|dorsal|posterior) " SAC,
     "canal_stenosis"),
  F ("(thecal sac|dural sac) (is|are) (|mildly|moderately|severely|markedly|slightly|critically) "
     "(narrowed|compressed|flattened)", "canal_stenosis"),
  ABSENT ("(thecal sac|dural sac|canal|spinal canal|central canal|central spinal canal|bony canal|vertebral canal) "
          "(is|are) not (narrowed|effaced|compressed|stenotic)", "canal_stenosis"),
  /* CSF effaced all round the cord or the roots is the first grade of
   * canal stenosis (Kang 2011: obliteration of the subarachnoid
   * space). Effacement of the ventral (or dorsal) CSF alone is the
   * step before it, what any disc that touches the cord does, and is
   * often followed by "no canal stenosis": it is not stenosis. */
#define CSF "(csf|csf space|subarachnoid space|cerebrospinal fluid|csf signal|csf cleft|subarachnoid csf)"
#define CSF_SIDE "(ventral|anterior|dorsal|posterior|partial|ventral and dorsal|anterior and posterior|" \
                 "ventral subarachnoid|anterior subarachnoid)"
  F ("(effacement|obliteration|loss) of (|circumferential|complete|surrounding|perimedullary|all) " CSF,
     "canal_stenosis"),
  F (CSF " (effacement|obliteration)", "canal_stenosis"),
  F ("(effaces|effacing|obliterates|obliterating) (|circumferential|surrounding|perimedullary|all) " CSF,
     "canal_stenosis"),
  F (CSF " (is|are) (|completely|partially|mildly|moderately|severely|markedly) (effaced|obliterated)",
     "canal_stenosis"),
  NOT ("(partial|incomplete|partially|mild partial) (effacement|obliteration) of " CSF),
  NOT (CSF_SIDE " " CSF " (effacement|obliteration)"),
  NOT (CSF_SIDE " " CSF " (is|are) (|completely|partially|mildly|moderately|severely|markedly) (effaced|obliterated)"),
  NOT ("(effacement|obliteration|loss|effaces|effacing|obliterates|obliterating) of " CSF " "
       "(ventral|anterior|dorsal|posterior|ventrally|anteriorly|dorsally|posteriorly) (|to)"),
  NOT ("(effaces|effacing|obliterates|obliterating) " CSF " "
       "(ventral|anterior|dorsal|posterior|ventrally|anteriorly|dorsally|posteriorly) (|to)"),
  F ("(lateral recess|subarticular|subarticular zone|subarticular recess) "
     "(stenosis|narrowing|encroachment|compromise|effacement)", "canal_stenosis"),
  F ("(narrowing|stenosis|encroachment|effacement) of (lateral recess|subarticular recess|subarticular zone)",
     "canal_stenosis"),
  F ("(narrowed|stenotic) (lateral recess|subarticular recess)", "canal_stenosis"),
  ATTR ("(|central|spinal|central spinal|bony|vertebral) canal", "canal_stenosis"),

  /* Elliptic coordinations name two findings with one head noun. */
  F2 ("(central|canal|central canal|spinal canal|spinal|central spinal canal|thecal sac) "
      "(and|or|nor|as well as|and neural|or neural|nor neural) "
      "(foraminal|neural foraminal|neuroforaminal|foramen) (stenosis|narrowing|encroachment|compromise)",
      "canal_stenosis", "foraminal_stenosis"),
  F2 ("(foraminal|neural foraminal|neuroforaminal) (and|or|nor|as well as) "
      "(central|canal|central canal|spinal canal|spinal|central spinal canal) "
      "(stenosis|narrowing|encroachment|compromise)", "foraminal_stenosis", "canal_stenosis"),
  F2 ("(narrowing|stenosis|encroachment|compromise) of " CANAL_ " canal (and|or) (|neural|exit) foramen",
      "canal_stenosis", "foraminal_stenosis"),
  F2 ("(canal|spinal canal|central canal) (and|or) (|neural) foramen (are|is) (narrowed|stenotic|compromised)",
      "canal_stenosis", "foraminal_stenosis"),

  /* nerve_root_compression */
  /* Contact (abutting, touching) is the step before displacement and
   * compression (Pfirrmann 2004) and is not compression. */
  F (ROOT_ADJ " " ROOT " (compression|impingement|displacement|entrapment|encroachment|"
     "deviation|deflection|compromise|distortion|effacement)", "nerve_root_compression"),
  F ("(nerve root|root) (is|are) (|mildly|moderately|severely|markedly|slightly) (compressed|impinged|displaced|"
     "deviated|deflected|entrapped|effaced|compromised|impinged upon)", "nerve_root_compression"),
  ABSENT ("(nerve root|root) (is|are) not (compressed|impinged|displaced|contacted|deviated|entrapped)",
          "nerve_root_compression"),
  F ("(compression|impingement|displacement|entrapment|deviation|deflection|compromise|"
     "distortion|effacement|encroachment|mass effect) (of|on|upon|with|to) " ROOT_ADJ " " ROOT,
     "nerve_root_compression"),
  F ("(compresses|compressing|impinges on|impinges upon|impinging on|impinging upon|impinges|impinging|"
     "displaces|displacing|deflects|deflecting|deviates|deviating|"
     "effaces|effacing|encroaches on|encroaching on|encroaches upon|encroaching upon|entraps|entrapping|"
     "indents|indenting) " ROOT_ADJ " " ROOT, "nerve_root_compression"),
  F ("(compressed|impinged|displaced|deviated|entrapped|deflected) " ROOT_ADJ " (nerve root|root|nerve)",
     "nerve_root_compression"),

  /* cord_compression */
  F (CORD " (compression|flattening|deformity|deformation|effacement|impingement|indentation|compromise|"
     "distortion|remodeling)", "cord_compression"),
  F ("(compression|flattening|deformity|deformation|effacement|impingement|indentation|compromise|distortion|"
     "remodeling|mass effect) (of|on|upon|to) " CORD, "cord_compression"),
  F ("(compresses|compressing|flattens|flattening|deforms|deforming|effaces|effacing|indents|indenting|"
     "impinges on|impinges upon|impinging on|impinging upon|remodels|remodeling|distorts|distorting) " CORD,
     "cord_compression"),
  F ("(compressed|flattened|deformed|distorted|indented) " CORD, "cord_compression"),
  F (CORD " (is|are|appears) (|mildly|moderately|severely|markedly|slightly) "
     "(compressed|flattened|deformed|distorted|indented|effaced)", "cord_compression"),
  ABSENT (CORD " (is|are) not (compressed|flattened|deformed|distorted|indented|effaced)", "cord_compression"),
  F2 ("compressive myelopathy", "cord_compression", "cord_signal_change"),

  /* cord_signal_change: "normal cord signal" names no change, so no
   * phrase here starts with a bare "signal" or "cord signal". */
  F ("(myelomalacia|myelomalacic|myelomalacic change)", "cord_signal_change"),
  F (CORD " (signal change|signal abnormality|signal alteration|signal intensity change|"
     "signal intensity abnormality|hyperintensity|t2 hyperintensity|edema|swelling|abnormal signal|"
     "t2 signal change|t2 signal abnormality|increased signal|high signal|t2 high signal|hyperintense signal|"
     "t2 hyperintense signal|signal hyperintensity|increased t2 signal|stir hyperintensity)", "cord_signal_change"),
  F ("(abnormal|increased|high|altered|t2 hyperintense|hyperintense|t2 high|"
     "increased t2|abnormal t2|abnormal intramedullary|increased intramedullary|high t2|focal|"
     "stir hyperintense|t2 bright|abnormal high|increased stir|bright|high stir|increased stir) "
     "(signal|signal intensity|signal change|signal abnormality|hyperintensity|signal alteration|t2 signal|"
     "edema|high signal) (within|in|of|involving|throughout) " CORD, "cord_signal_change"),
  F ("(edema|hyperintensity|signal change|signal abnormality|signal alteration|t2 signal change|"
     "t2 signal abnormality|t2 hyperintensity|myelomalacic change) (within|in|of|involving|throughout) " CORD,
     "cord_signal_change"),
  F ("intramedullary (signal change|signal abnormality|signal alteration|hyperintensity|t2 hyperintensity|"
     "edema|high signal|t2 signal change|abnormal signal|increased signal|"
     "t2 hyperintense signal|hyperintense signal|lesion)", "cord_signal_change"),
  F ("intramedullary (high|increased|abnormal|altered|bright|hyperintense) (|t2|stir|t2 weighted|t2 and stir) "
     "(signal|signal intensity|signal change|signal abnormality)", "cord_signal_change"),
  F ("(abnormal|increased|altered|high|bright|hyperintense) (|t2|stir|t2 weighted|t2 and stir) "
     "(cord|intramedullary) (signal|signal intensity)", "cord_signal_change"),
  /* The signal itself is no change: its value says which. */
  ATTR ("(|t2|stir) (signal|signal intensity) (within|in|of|throughout) " CORD, "cord_signal_change"),
  ATTR (CORD " (|t2|stir) (signal|signal intensity)", "cord_signal_change"),
  ATTR ("intramedullary (|t2|stir) (signal|signal intensity)", "cord_signal_change"),
  ABSENT (CORD " (is|are|appears|appear|remains|remain) (normal|unremarkable) in (|caliber and|size and|"
          "morphology and|position and|contour and|configuration and|volume and|appearance and) "
          "(signal|signal intensity|t2 signal)", "cord_signal_change"),
  ABSENT (CORD " (is|are|appears|appear) of normal (|caliber and|size and|morphology and) (signal|signal intensity)",
          "cord_signal_change"),
  ABSENT (CORD " (demonstrates|shows|has|returns|maintains) normal (|t2) (signal|signal intensity)",
          "cord_signal_change"),
  F ("myelopathic (signal|signal change|change)", "cord_signal_change"),
  F (CORD " (is|appears) (edematous|swollen)", "cord_signal_change"),

  /* cauda_equina_compression */
  F ("(compression|crowding|clumping|bunching|impingement|effacement|compromise|displacement|entrapment|"
     "mass effect) (of|on|upon) " CAUDA, "cauda_equina_compression"),
  F (CAUDA " (compression|crowding|clumping|bunching|impingement|compromise|effacement|entrapment)",
     "cauda_equina_compression"),
  F ("(compresses|compressing|crowds|crowding|impinges on|impinging on|impinges upon|impinging upon|"
     "effaces|effacing) " CAUDA, "cauda_equina_compression"),
  F ("(compressed|crowded|clumped) " CAUDA, "cauda_equina_compression"),
  F (CAUDA " (is|are|appears|appear) (compressed|crowded|clumped)", "cauda_equina_compression"),
  ABSENT (CAUDA " (is|are) not (compressed|crowded|clumped)", "cauda_equina_compression"),
  F ("(crowding|clumping|bunching) of (nerve root|root|intrathecal nerve root|intrathecal root|lumbar nerve root)",
     "cauda_equina_compression"),
  F ("(crowded|clumped|bunched) (|intrathecal) (nerve root|root)", "cauda_equina_compression"),
  F ("(intrathecal|) nerve root (crowding|clumping|bunching)", "cauda_equina_compression"),

  /* fracture */
  F ("(|vertebral|vertebral body|compression|burst|wedge|wedge compression|insufficiency|pathological|"
     "pathologic|osteoporotic|fragility|chance|transverse process|spinous process|odontoid|dens|pedicle|pars|"
     "lamina|laminar|endplate|end plate|superior endplate|inferior endplate|acute|subacute|healed|old|stress|"
     "traumatic|avulsion|hangman|jefferson|clay shoveler|teardrop|flexion teardrop|compression type) "
     "(fracture|fx)", "fracture"),
  F ("fractured (|vertebra|vertebral body|pedicle|lamina|dens)", "fracture"),
  F ("(vertebral|vertebral body|vertebra) (collapse|height loss|compression deformity|wedging|wedge deformity)",
     "fracture"),
  F ("(collapse|height loss|loss of height|wedging|wedge deformity|compression deformity) of "
     "(vertebral body|vertebra)", "fracture"),
  F ("loss of (vertebral body height|vertebral height)", "fracture"),
  F ("(collapsed|wedged) (vertebra|vertebral body)", "fracture"),
  F ("(wedge|compression|burst|wedge compression) deformity", "fracture"),
  F ("(|anterior) wedging", "fracture"),

  /* instability */
  F ("(instability|unstable|hypermobility|hypermobile)", "instability"),
  F ("(abnormal|excessive|increased|pathological|pathologic) (motion|movement|mobility|translation|"
     "angulation|segmental motion|intersegmental motion)", "instability"),
  F2 ("(dynamic|mobile) (listhesis|spondylolisthesis|anterolisthesis|retrolisthesis)",
      "spondylolisthesis", "instability"),

  /* epidural_collection */
  F ("(epidural|extradural|intraspinal|spinal epidural) (collection|abscess|hematoma|hemorrhage|phlegmon|"
     "empyema|fluid collection|fluid|blood|pus)", "epidural_collection"),
  F ("(collection|abscess|hematoma|phlegmon|empyema|fluid collection|hemorrhage|pus) "
     "(in|within|involving|of|extending into) (|ventral|dorsal|anterior|posterior) "
     "(epidural space|epidural|extradural space)", "epidural_collection"),
  /* After spine surgery a collection is looked for in the operative bed,
   * which is epidural; "postoperative" only says when it came. */
  F ("(postoperative|post operative|postsurgical|post surgical|postop|post op) "
     "(collection|fluid collection|hematoma|abscess|hemorrhage)", "epidural_collection"),
  /* A bare abscess in a spine report is the epidural one, unless
   * another place is named. */
  F ("abscess", "epidural_collection"),
#define NOT_EPIDURAL "(psoas|iliopsoas|iliacus|paraspinal|paraspinous|paravertebral|prevertebral|retropharyngeal|" \
                     "parapharyngeal|subcutaneous|soft tissue|intramuscular|muscle|gluteal|pelvic|perinephric|" \
                     "renal|hepatic|liver|lung|pulmonary|dental|intraosseous|bone|brodie|brain|cerebral|" \
                     "intradiscal|disc|discal|wound|superficial|retroperitoneal|mediastinal|breast|perianal|" \
                     "pilonidal|paraspinal muscle|psoas muscle|erector spinae|multifidus|posterior element|" \
                     "facet|facet joint|joint|septic joint|vertebral body|intravertebral|tubo ovarian)"
  NOT (NOT_EPIDURAL " (|muscle) abscess"),
  /* A collection of unknown place: no code, but a noun that a negation
   * may be about ("no fluid collection in the surgical bed"). */
  NOT ("(collection|fluid collection)"),
  NOT ("abscess (in|within|of|involving|at|along|adjacent to) " NOT_EPIDURAL " (|muscle)"),

  /* discitis_osteomyelitis; a bare "spondylitis" would be ankylosing */
  F ("(discitis|spondylodiscitis|osteomyelitis|osteodiscitis|spondylodiscitis osteomyelitis)",
     "discitis_osteomyelitis"),
  F ("(infective|infectious|septic|pyogenic|tuberculous|bacterial|fungal) "
     "(discitis|spondylodiscitis|spondylitis|osteomyelitis)", "discitis_osteomyelitis"),
  F ("(spinal tuberculosis|pott disease|pott s disease|disc space infection|infected disc|"
     "vertebral infection|spinal infection)", "discitis_osteomyelitis"),
  F ("infection of (disc|disc space|intervertebral disc|vertebra|vertebral body)", "discitis_osteomyelitis"),

  /* vertebral_metastasis */
  /* No bare "metastatic" ("metastatic breast cancer") or "secondary"
   * ("secondary to"). */
  F ("(metastasis|metastatic disease|metastatic deposit|metastatic lesion|metastatic involvement|"
     "metastatic infiltration|metastatic focus|metastatic foci|metastatic tumor|mets|secondaries|"
     "secondary deposit|secondary tumor|secondary lesion)", "vertebral_metastasis"),
  F (OSSEOUS " (lesion|deposit|metastasis|metastatic disease|metastatic deposit|metastatic lesion)",
     "vertebral_metastasis"),
  F ("(marrow|bone marrow) (infiltration|replacement|replacing lesion|replacing process|replacing disease|"
     "infiltrative process|infiltrative lesion)", "vertebral_metastasis"),
  F ("(marrow replacing|marrow replacement) (lesion|process|disease)", "vertebral_metastasis"),
  F ("replacement of (|normal|fatty|normal fatty) (marrow|bone marrow|marrow signal)", "vertebral_metastasis"),

  /* epidural_tumor */
  F ("(epidural|extradural|intraspinal extradural) (tumor|mass|soft tissue|soft tissue mass|soft tissue component|"
     "soft tissue extension|extension|component|metastasis|deposit|spread|disease|involvement|tumor extension|"
     "tumor spread|metastatic disease|lesion|neoplasm|soft tissue tumor|tumor component)", "epidural_tumor"),
  F ("(soft tissue|tumor|tumoral|extraosseous|paraspinal|paravertebral|soft tissue tumor) "
     "(extension|component|mass|spread|growth) (into|to|within|in|involving|extending into) "
     "(|ventral|dorsal|anterior|posterior) (epidural space|epidural|spinal canal|canal|extradural space)",
     "epidural_tumor"),
  F ("(epidural|intraspinal) extension of (tumor|disease|metastasis|soft tissue|mass)", "epidural_tumor"),

  /* postoperative_change */
  F ("(postoperative|post operative|postsurgical|post surgical|post laminectomy|postlaminectomy|postop|post op) "
     "(|change|appearance|state|status|finding|scarring|scar|fibrosis|granulation tissue|seroma)",
     "postoperative_change"),
  F ("(laminectomy|hemilaminectomy|laminotomy|hemilaminotomy|laminoplasty|discectomy|microdiscectomy|"
     "corpectomy|foraminotomy|facetectomy|vertebroplasty|kyphoplasty|arthrodesis|acdf|plif|tlif|alif|xlif|"
     "olif)", "postoperative_change"),
  F ("(spinal|surgical|interbody|posterior|anterior|posterolateral|instrumented|prior|previous|circumferential|"
     "anterior cervical) fusion", "postoperative_change"),
  F ("fusion (hardware|construct|mass|device|cage|plate|rod|screw|material|instrumentation)",
     "postoperative_change"),
  F ("(|fixation|surgical|spinal|orthopedic|metallic|postoperative|post operative|fusion|stabilization) hardware",
     "postoperative_change"),
  F ("(pedicle|transpedicular|lateral mass|cortical|interbody) screw", "postoperative_change"),
  F ("(interbody|intervertebral) (cage|spacer|graft|device)", "postoperative_change"),
  F ("(disc|total disc|cervical disc|lumbar disc) (replacement|arthroplasty|prosthesis)", "postoperative_change"),
  F ("(anterior|posterior|anterior cervical) (plate|plating|fixation|instrumentation|stabilization|rod)",
     "postoperative_change"),
  F ("(instrumentation|spinal instrumentation|spinal fixation|internal fixation|rod and screw|screw and rod)",
     "postoperative_change"),
  F ("(surgical|operative) (bed|site|defect|change|decompression)", "postoperative_change"),
  F ("status post", "postoperative_change"),
  F ("(prior|previous|recent) (surgery|spinal surgery|spine surgery|decompression|operation)",
     "postoperative_change"),
  F ("decompressive (laminectomy|surgery)", "postoperative_change"),

  /* Negation cues (Chapman 2001 and the words radiologists add). */
  CUE (NEGATION_BEFORE, "(no|not|without|never|nor|neither|nil|absence of|free of|lack of|negative for|"
       "denies|denied|excludes|resolution of|no longer|fails to reveal|failed to reveal|"
       "fails to demonstrate|failed to demonstrate|no evidence of|no evidence for|no sign of|no finding of|"
       "no finding to suggest|no mri evidence of|no radiological evidence of|no radiographic evidence of|"
       "no imaging evidence of|no convincing evidence of|without evidence of|without any)"),
  CUE (NEGATION_AFTER, "(|is|are|was|were) (not seen|not identified|not demonstrated|not visualized|not evident|"
       "not present|not detected|not appreciated|not noted|not apparent|not shown|not observed|not found)"),
  CUE (NEGATION_AFTER, "(absent|is absent|are absent|excluded|is excluded|are excluded|has been excluded|"
       "have been excluded|was excluded|is ruled out|are ruled out|has been ruled out|has resolved|"
       "have resolved|resolved|unlikely|is unlikely|are unlikely|considered unlikely|is considered unlikely|"
       "is felt unlikely|felt to be unlikely|is thought unlikely|thought to be unlikely|none|no longer seen|no longer visible|no longer present|"
       "no longer identified|no longer evident|no longer demonstrated)"),
  CUE (NEGATION_EITHER, "(ruled out|rules out)"),

  /* Uncertainty cues. */
  CUE (UNCERTAIN_BEFORE, "(possible|possibly|probable|probably|suggestive of|suggesting|suggests|"
       "suspicious for|suspicious of|suspicious|suspicion of|suspect|questionable|question of|questionably|"
       "query|may represent|may reflect|may be|may|might|could represent|could reflect|could be|likely|"
       "most likely|more likely|presumably|presumed|equivocal|equivocal for|cannot exclude|can not exclude|"
       "cannot rule out|can not rule out|can t exclude|can t rule out|could not exclude|rule out|to rule out|"
       "concern for|concerning for|worrisome for|differential diagnosis includes|differential includes|"
       "differential diagnosis|differential|consider|uncertain|indeterminate|borderline)"),
  CUE (UNCERTAIN_AFTER, "(cannot be excluded|can not be excluded|can t be excluded|cannot be ruled out|"
       "can not be ruled out|can t be ruled out|could not be excluded|could not be ruled out|not excluded|"
       "not ruled out|not entirely excluded|not completely excluded|not be excluded|is not excluded|"
       "is questioned|is possible|is likely|is probable|is equivocal|is uncertain|is questionable|"
       "is not entirely excluded|are not excluded|is considered)"),
  CUE (UNCERTAIN_EITHER, "(versus|vs|suspected|is suspected|or less likely)"),

  /* Pseudo-negations: contain a negation word, negate nothing. */
  CUE (PSEUDO_NEGATION, "(no|without) (|significant|appreciable|substantial|definite|significant interval|"
       "interval|definite interval) (change|increase|progression|worsening|enlargement)"),
  CUE (PSEUDO_NEGATION, "(no change in|no increase in|not only|not necessarily|not significantly changed|"
       "not changed|not significantly increased|not certain whether|not certain if|gram negative|"
       "no further)"),

  /* Terminations: a negation or uncertainty stops here. */
  CUE (TERMINATION, "(but|however|although|though|except|except for|aside from|apart from|other than|"
       "with the exception of|which|whereas|yet|nevertheless|nonetheless|still|there is|there are|there was|"
       "there were|there has been|there appears|there appear|while|albeit|instead|also)"),
};

/* Headings. Text under a context heading describes why and how the
 * study was done, not what it showed. */
static const struct
{
  const char            *pattern;
  SpineCdsReportSection  section;
} headings[] = {
  { "(history|clinical history|clinical information|clinical details|clinical detail|clinical indication|"
    "clinical data|clinical question|clinical note|clinical|indication|reason for exam|reason for examination|"
    "reason for study|reason for referral|reason for request|reason|referral|presenting complaint|"
    "relevant history|history and indication|clinical history and indication|patient history)",
    SPINECDS_REPORT_SECTION_CONTEXT },
  { "(technique|protocol|sequence|procedure|examination technique|mri technique|exam|examination|study|"
    "comparison|prior study|prior|previous study|previous imaging|prior imaging)",
    SPINECDS_REPORT_SECTION_CONTEXT },
  { "(finding|impression|conclusion|opinion|comment|report|summary|result|diagnosis|interpretation|"
    "assessment|addendum|discussion|final impression|summary of finding|recommendation|mri finding)",
    SPINECDS_REPORT_SECTION_BODY },
};

/* Spellings folded into one, after plurals are removed. */
static const char * const spellings[][2] = {
  { "disk", "disc" }, { "diskitis", "discitis" }, { "spondylodiskitis", "spondylodiscitis" },
  { "diskectomy", "discectomy" }, { "microdiskectomy", "microdiscectomy" }, { "diskal", "discal" },
  { "tumour", "tumor" }, { "tumoural", "tumoral" }, { "anular", "annular" }, { "anulus", "annulus" },
  { "dessication", "desiccation" }, { "desication", "desiccation" }, { "dessicated", "desiccated" },
  { "desicated", "desiccated" }, { "impingment", "impingement" },
  { "spondylolysthesis", "spondylolisthesis" }, { "anterolysthesis", "anterolisthesis" },
  { "retrolysthesis", "retrolisthesis" }, { "orthopaedic", "orthopedic" }, { "foramina", "foramen" },
  { "vertebrae", "vertebra" }, { "remodelling", "remodeling" }, { "fibre", "fiber" },
  { "potts", "pott" }, { "zygapophysial", "zygapophyseal" }, { "visualised", "visualized" },
  { "calibre", "caliber" },
  { "foraminae", "foramen" }, { "process", "process" },
  /* Kept apart from a different word their singular would make. */
  { "rules", "rules" }, { "mets", "mets" }, { "secondaries", "secondaries" },
};

/* Word classes that steer the look-around. */
enum
{
  WORD_SKIPPABLE        = 1 << 0, /* may sit inside a phrase: "the", "left" */
  WORD_LEVEL_CONNECTOR  = 1 << 1, /* joins levels: "and", "to", "at" */
  WORD_RANGE            = 1 << 2, /* "C3 to C6" is one range */
  WORD_GRADE_CONNECTOR  = 1 << 3, /* "mild to moderate" */
  WORD_GRADE_FILLER     = 1 << 4, /* "stenosis is severe" */
  WORD_SEQUENCE_NEXT    = 1 << 5, /* "T2 signal": T2 is a sequence, not a vertebra */
  WORD_SEQUENCE_BEFORE  = 1 << 6, /* "on T2" */
  WORD_ABBREVIATION     = 1 << 7, /* "vs." does not end a sentence */
  WORD_NORMAL_VALUE     = 1 << 8, /* "cord signal is normal", "canal: patent" */
  WORD_ABNORMAL_VALUE   = 1 << 9, /* "cord signal is increased" */
  WORD_VALUE_LINK       = 1 << 10, /* may sit between an attribute and its value */
  WORD_COORDINATOR      = 1 << 11, /* closes a list: "A, B and C are not seen" */
  WORD_LOCATIVE         = 1 << 12, /* "collection in the laminectomy bed" */
  WORD_SEQUENCE_SUBJECT = 1 << 13, /* "T2 cord signal": what the sequence shows */
  WORD_ROOT_NOUN        = 1 << 14, /* "the S1 nerve root": a root, not a level */
};

static const struct
{
  guint16     flag;
  const char *words;
} word_classes[] = {
  { WORD_SKIPPABLE, "the a an left right bilateral bilaterally sided both bilat lt rt" },
  { WORD_LEVEL_CONNECTOR, "and or to through thru from at level the including of both on" },
  /* "C3 to C6"; "anterolisthesis of L4 on L5" spans L4-L5 */
  { WORD_RANGE, "to through thru on" },
  { WORD_GRADE_CONNECTOR, "to and or" },
  { WORD_GRADE_FILLER, "is are was were be being appear appears appeared seem seems which left right "
                       "bilateral bilaterally sided on at level the both side" },
  { WORD_SEQUENCE_NEXT, "weighted weighting w wi hyperintense hyperintensity hypointense hypointensity "
                        "isointense signal image imaging sequence bright dark high low stir flair fat "
                        "intensity sagittal axial coronal tse fse map mapping star shine post pre contrast" },
  { WORD_SEQUENCE_BEFORE, "on sagittal axial coronal weighted stir" },
  { WORD_SEQUENCE_SUBJECT, "cord intramedullary marrow conus medullary bone" },
  { WORD_ROOT_NOUN, "nerve root roots" },
  { WORD_ABBREVIATION, "vs approx eg ie cf dr fig ca resp" },
  { WORD_NORMAL_VALUE, "normal unremarkable preserved maintained patent capacious adequate satisfactory intact "
                       "negative nil" },
  { WORD_ABNORMAL_VALUE, "abnormal increased increase altered high hyperintense hyperintensity bright "
                         "heterogeneous narrow narrowed narrowing stenotic stenosis compromised compromise "
                         "hypertrophic hypertrophied hypertrophy degenerate degenerated degeneration arthritic "
                         "arthropathic arthropathy arthrosis" },
  { WORD_VALUE_LINK, "is are was were appear appears appeared remain remains seem seems be otherwise widely "
                     "entirely completely essentially overall generally within and caliber calibre size "
                     "morphology dimension configuration contour position volume of also both at all level "
                     "throughout the left right bilateral bilaterally congenitally developmentally mild mildly "
                     "moderate moderately severe severely slight slightly marked markedly minimal" },
  { WORD_COORDINATOR, "and or nor" },
  { WORD_LOCATIVE, "in within into inside along around beside" },
};

/* Size is the grade of a herniation (small, moderate, large; Fardon
 * 2014) and of a collection, not of a bulge, a stenosis or a tumour. */
static const struct
{
  SpineCdsGrade  grade;
  const char    *words;
} size_words[] = {
  { SPINECDS_GRADE_MILD, "small tiny minute" },
  { SPINECDS_GRADE_MODERATE, "medium" },
  { SPINECDS_GRADE_SEVERE, "large big huge massive sizeable sizable giant" },
};

static const char * const size_graded_codes[] = { "disc_protrusion", "disc_extrusion", "epidural_collection" };

static const struct
{
  SpineCdsGrade  grade;
  const char    *words;
} grade_words[] = {
  { SPINECDS_GRADE_MILD, "mild mildly minimal minimally slight slightly minor subtle" },
  { SPINECDS_GRADE_MODERATE, "moderate moderately" },
  { SPINECDS_GRADE_SEVERE, "severe severely marked markedly critical critically advanced profound" },
};

/* ------------------------------------------------------------------ */
/* Normalisation and the phrase trie                                   */
/* ------------------------------------------------------------------ */

#define MAX_WORD_LENGTH 40
/* An edge key packs a node and a word into 32 bits (see edge_key). */
#define WORD_BITS 12
#define MAX_WORDS (1u << WORD_BITS)
#define MAX_NODES (1u << (32 - WORD_BITS))
#define PHRASE_ROOT 0
#define HEADING_ROOT 1

typedef struct
{
  guint16 flags;
  guint8  grade;
  guint8  size_grade; /* "small", "large": a grade for the codes graded by size */
} WordInfo;

typedef struct
{
  const Phrase *phrase;   /* a phrase ends here, or NULL */
  gint8         section;  /* a heading ends here (SpineCdsReportSection), or -1 */
} TrieNode;

/* Levels named in words. The occiput is "C0", as in "C0-C1". */
static const struct
{
  const char *words;
  gint8       first;  /* vertebra ordinals, see vertebra_ordinal */
  gint8       last;
} named_levels[] = {
  { "craniocervical junction", 0, 1 },
  { "craniovertebral junction", 0, 1 },
  { "cranio cervical junction", 0, 1 },
  { "atlantooccipital", 0, 1 },
  { "atlanto occipital", 0, 1 },
  { "atlantoaxial", 1, 2 },
  { "atlanto axial", 1, 2 },
  { "cervicothoracic junction", 7, 8 },
  { "thoracolumbar junction", 19, 20 },
  { "lumbosacral junction", 24, 25 },
};

typedef struct
{
  guint32     named_level_words[G_N_ELEMENTS (named_levels)][4];
  guint32     cervical_word;
  GHashTable *spellings;  /* variant -> canonical */
  GHashTable *word_ids;   /* normalised word -> id, ids from 1 */
  GArray     *words;      /* WordInfo by id; id 0 is "unknown word" */
  GHashTable *edges;      /* edge_key -> child node + 1 */
  GArray     *nodes;      /* TrieNode */
} Vocabulary;

static inline gpointer
edge_key (guint node,
          guint word)
{
  return GUINT_TO_POINTER ((node << WORD_BITS) | word);
}

static gboolean
has_suffix (const char *word,
            gsize       len,
            const char *suffix)
{
  gsize n = strlen (suffix);

  return len >= n && memcmp (word + len - n, suffix, n) == 0;
}

/* Singular of a lower-case word of @len bytes; returns the new length. */
static gsize
strip_plural (char  *out,
              gsize  len)
{
  if (len >= 5 && has_suffix (out, len, "ies"))
    {
      strcpy (out + len - 3, "y");
      return len - 2;
    }
  if (len >= 6 && has_suffix (out, len, "ses") && strchr ("aeo", out[len - 4]) != NULL)
    {
      /* stenoses, metastases, diagnoses */
      out[len - 2] = 'i';
      return len;
    }
  if (len >= 5 && has_suffix (out, len, "sses"))
    {
      out[len - 2] = '\0';
      return len - 2;
    }
  if (len >= 4 && out[len - 1] == 's' && !has_suffix (out, len, "ss") &&
      !has_suffix (out, len, "us") && !has_suffix (out, len, "is"))
    {
      out[len - 1] = '\0';
      return len - 1;
    }
  return len;
}

/* haematoma, oedema, visualised: the American spelling. */
static void
americanize (char  *out,
             gsize  len)
{
  if (g_str_has_prefix (out, "haem"))
    memmove (out + 1, out + 2, len - 1); /* drop the "a", keep the NUL */
  else if (g_str_has_prefix (out, "oed"))
    memmove (out, out + 1, len);
  len = strlen (out);

  if (has_suffix (out, len, "ised"))
    out[len - 2] = 'z';
  else if (has_suffix (out, len, "isation"))
    out[len - 5] = 'z';
}

/* Lower case, singular, American, so that "Metastases", "oedema" and
 * "Disk bulges" meet the table words. Report text and table patterns
 * go through the same function, so the rules only need to be
 * consistent, not linguistically perfect. FALSE for words no phrase can
 * contain (non-ASCII, very long). */
static gboolean
normalize_word (GHashTable *spelling_table,
                const char *word,
                gsize       len,
                char        out[MAX_WORD_LENGTH + 1])
{
  const char *canonical;

  if (len == 0 || len > MAX_WORD_LENGTH)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if ((guchar) word[i] >= 0x80)
        return FALSE;
      out[i] = g_ascii_tolower (word[i]);
    }
  out[len] = '\0';

  /* Listed words skip the suffix rules ("rules out" is not "rule out"). */
  canonical = g_hash_table_lookup (spelling_table, out);
  if (canonical == NULL)
    {
      americanize (out, strip_plural (out, len));
      canonical = g_hash_table_lookup (spelling_table, out);
    }
  if (canonical != NULL)
    g_strlcpy (out, canonical, MAX_WORD_LENGTH + 1);

  return TRUE;
}

static guint
vocabulary_intern (Vocabulary *vocab,
                   const char *word)
{
  char normal[MAX_WORD_LENGTH + 1];
  gpointer id;
  WordInfo info = { 0, SPINECDS_GRADE_NONE, SPINECDS_GRADE_NONE };

  if (!normalize_word (vocab->spellings, word, strlen (word), normal))
    g_error ("report vocabulary: unusable word “%s”", word);

  id = g_hash_table_lookup (vocab->word_ids, normal);
  if (id != NULL)
    return GPOINTER_TO_UINT (id);

  g_array_append_val (vocab->words, info);
  g_assert (vocab->words->len < MAX_WORDS);
  g_hash_table_insert (vocab->word_ids, g_strdup (normal), GUINT_TO_POINTER (vocab->words->len - 1));
  return vocab->words->len - 1;
}

static guint
vocabulary_new_node (Vocabulary *vocab)
{
  TrieNode node = { NULL, -1 };

  g_array_append_val (vocab->nodes, node);
  g_assert (vocab->nodes->len < MAX_NODES);
  return vocab->nodes->len - 1;
}

static guint
vocabulary_child (const Vocabulary *vocab,
                  guint             node,
                  guint             word)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (vocab->edges, edge_key (node, word)));
}

static void
vocabulary_insert (Vocabulary   *vocab,
                   guint         root,
                   const GArray *ids,
                   const Phrase *phrase,
                   int           section)
{
  guint node = root;
  TrieNode *end;

  g_assert (ids->len > 0);

  for (guint i = 0; i < ids->len; i++)
    {
      guint word = g_array_index (ids, guint, i);
      guint child = vocabulary_child (vocab, node, word);

      if (child == 0)
        {
          child = vocabulary_new_node (vocab) + 1;
          g_hash_table_insert (vocab->edges, edge_key (node, word), GUINT_TO_POINTER (child));
        }
      node = child - 1;
    }

  end = &g_array_index (vocab->nodes, TrieNode, node);
  /* The first entry wins; a later identical phrase that means something
   * else is a mistake in the tables. */
  if (end->phrase != NULL && phrase != NULL && end->phrase->kind != phrase->kind)
    g_error ("report vocabulary: “%s” is listed twice with different meanings", phrase->pattern);
  if (end->phrase == NULL)
    end->phrase = phrase;
  if (section >= 0)
    end->section = section;
}

/* Expands the "(a|b c|)" groups of @pattern depth first, appending
 * word ids to @ids and inserting each complete expansion. */
static void
vocabulary_expand (Vocabulary   *vocab,
                   guint         root,
                   const char   *pattern,
                   GArray       *ids,
                   const Phrase *phrase,
                   int           section)
{
  guint mark = ids->len;

  while (*pattern == ' ')
    pattern++;

  if (*pattern == '\0')
    {
      vocabulary_insert (vocab, root, ids, phrase, section);
      return;
    }

  if (*pattern == '(')
    {
      const char *close = strchr (pattern, ')');
      g_autofree char *group = NULL;
      g_auto(GStrv) alternatives = NULL;

      g_assert (close != NULL);
      group = g_strndup (pattern + 1, close - pattern - 1);
      g_assert (strchr (group, '(') == NULL);
      alternatives = g_strsplit (group, "|", -1);

      for (guint a = 0; alternatives[a] != NULL; a++)
        {
          g_auto(GStrv) words = g_strsplit (alternatives[a], " ", -1);

          for (guint w = 0; words[w] != NULL; w++)
            if (*words[w] != '\0')
              {
                guint id = vocabulary_intern (vocab, words[w]);
                g_array_append_val (ids, id);
              }
          vocabulary_expand (vocab, root, close + 1, ids, phrase, section);
          g_array_set_size (ids, mark);
        }
      return;
    }

  {
    gsize len = strcspn (pattern, " ");
    g_autofree char *word = g_strndup (pattern, len);
    guint id = vocabulary_intern (vocab, word);

    g_array_append_val (ids, id);
    vocabulary_expand (vocab, root, pattern + len, ids, phrase, section);
    g_array_set_size (ids, mark);
  }
}

static void
vocabulary_add_words (Vocabulary    *vocab,
                      const char    *words,
                      guint16        flag,
                      SpineCdsGrade  grade,
                      SpineCdsGrade  size_grade)
{
  g_auto(GStrv) list = g_strsplit (words, " ", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      guint id = vocabulary_intern (vocab, list[i]);
      WordInfo *info = &g_array_index (vocab->words, WordInfo, id);

      info->flags |= flag;
      if (grade != SPINECDS_GRADE_NONE)
        info->grade = grade;
      if (size_grade != SPINECDS_GRADE_NONE)
        info->size_grade = size_grade;
    }
}

/* Word ids of a few space-separated words, 0-terminated. */
static void
vocabulary_intern_words (Vocabulary *vocab,
                         const char *words,
                         guint32     ids[],
                         guint       n_ids)
{
  g_auto(GStrv) list = g_strsplit (words, " ", -1);
  guint n = 0;

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_assert (n + 1 < n_ids);
      ids[n++] = vocabulary_intern (vocab, list[i]);
    }
  ids[n] = 0;
}

static Vocabulary *
vocabulary_new (void)
{
  Vocabulary *vocab = g_new0 (Vocabulary, 1);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint));
  WordInfo unknown = { 0, SPINECDS_GRADE_NONE, SPINECDS_GRADE_NONE };

  vocab->spellings = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    g_hash_table_insert (vocab->spellings, (gpointer) spellings[i][0], (gpointer) spellings[i][1]);

  vocab->word_ids = g_hash_table_new (g_str_hash, g_str_equal);
  vocab->words = g_array_new (FALSE, FALSE, sizeof (WordInfo));
  g_array_append_val (vocab->words, unknown);
  vocab->edges = g_hash_table_new (g_direct_hash, g_direct_equal);
  vocab->nodes = g_array_new (FALSE, FALSE, sizeof (TrieNode));
  vocabulary_new_node (vocab); /* PHRASE_ROOT */
  vocabulary_new_node (vocab); /* HEADING_ROOT */

  for (guint i = 0; i < G_N_ELEMENTS (word_classes); i++)
    vocabulary_add_words (vocab, word_classes[i].words, word_classes[i].flag, SPINECDS_GRADE_NONE,
                          SPINECDS_GRADE_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (grade_words); i++)
    vocabulary_add_words (vocab, grade_words[i].words, 0, grade_words[i].grade, SPINECDS_GRADE_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (size_words); i++)
    vocabulary_add_words (vocab, size_words[i].words, 0, SPINECDS_GRADE_NONE, size_words[i].grade);
  for (guint i = 0; i < G_N_ELEMENTS (named_levels); i++)
    vocabulary_intern_words (vocab, named_levels[i].words, vocab->named_level_words[i],
                             G_N_ELEMENTS (vocab->named_level_words[i]));
  vocab->cervical_word = vocabulary_intern (vocab, "cervical");
  /* Sequences, once told apart from vertebrae, are words like any other. */
  vocabulary_intern (vocab, "t1");
  vocabulary_intern (vocab, "t2");

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      for (guint c = 0; c < G_N_ELEMENTS (phrases[i].codes); c++)
        if (phrases[i].codes[c] != NULL)
          g_assert (spinecds_codes_is_valid (SPINECDS_CODE_KIND_FINDING, phrases[i].codes[c]));
      vocabulary_expand (vocab, PHRASE_ROOT, phrases[i].pattern, ids, &phrases[i], -1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    vocabulary_expand (vocab, HEADING_ROOT, headings[i].pattern, ids, NULL, headings[i].section);

  g_debug ("report vocabulary: %u words, %u trie nodes", vocab->words->len, vocab->nodes->len);
  return vocab;
}

/* Built once and kept for the life of the process. */
static const Vocabulary *
vocabulary_get (void)
{
  static Vocabulary *vocab;

  if (g_once_init_enter (&vocab))
    g_once_init_leave (&vocab, vocabulary_new ());

  return vocab;
}

/* Bytes of a non-ASCII separator at @p: no-break space, the General
 * Punctuation block (dashes, quotes, bullets, ellipsis), minus sign. */
static gsize
separator_length (const guchar *p,
                  gsize         left)
{
  if (left >= 2 && p[0] == 0xC2 && (p[1] == 0xA0 || p[1] == 0xAB || p[1] == 0xB7 || p[1] == 0xBB))
    return 2;
  if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0xBF)
    return 3;
  if (left >= 3 && p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92)
    return 3;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Vertebral levels                                                    */
/* ------------------------------------------------------------------ */

/* Vertebrae as ordinals down the spine, C1 = 1 … S5 = 29, so that
 * "C4-C5 and C5-C6" can be seen to touch; the occiput is C0 = 0. */
static int
vertebra_ordinal (char  region,
                  guint number)
{
  switch (g_ascii_toupper (region))
    {
    case 'C': return number <= 7 ? (int) number : -1;
    case 'T':
    case 'D': return number >= 1 && number <= 12 ? 7 + (int) number : -1;
    case 'L': return number >= 1 && number <= 5 ? 19 + (int) number : -1;
    case 'S': return number >= 1 && number <= 5 ? 24 + (int) number : -1;
    default:  return -1;
    }
}

static void
append_vertebra (GString *out,
                 int      ordinal)
{
  if (ordinal <= 7)
    g_string_append_printf (out, "C%d", ordinal);
  else if (ordinal <= 19)
    g_string_append_printf (out, "T%d", ordinal - 7);
  else if (ordinal <= 24)
    g_string_append_printf (out, "L%d", ordinal - 19);
  else
    g_string_append_printf (out, "S%d", ordinal - 24);
}

static gboolean
is_region_letter (char c)
{
  return strchr ("CTDLSctdls", c) != NULL && c != '\0';
}

/* Reads "C5", "5" (region given) or "L5" at @p; returns the bytes used
 * or 0. The vertebra must not run on into more letters or digits. */
static gsize
parse_vertebra (const char *p,
                gsize       left,
                char        default_region,
                int        *ordinal)
{
  gsize i = 0;
  char region = default_region;
  guint number = 0;
  guint digits = 0;

  if (i < left && is_region_letter (p[i]))
    region = p[i++];
  while (i < left && g_ascii_isdigit (p[i]) && digits < 3)
    number = number * 10 + (p[i++] - '0'), digits++;

  if (digits == 0 || digits > 2 || region == '\0')
    return 0;
  /* "C0" is the occiput; "T0", "C00" are nothing. */
  if (number == 0 && (digits != 1 || g_ascii_toupper (region) != 'C'))
    return 0;
  if (i < left && (g_ascii_isalnum (p[i]) ||
                   ((guchar) p[i] >= 0x80 && separator_length ((const guchar *) p + i, left - i) == 0)))
    return 0;

  *ordinal = vertebra_ordinal (region, number);
  return *ordinal >= 0 ? i : 0;
}

/* A dash between levels: ASCII hyphen or slash, en or em dash, minus. */
static gsize
level_dash_length (const char *p,
                   gsize       left)
{
  const guchar *u = (const guchar *) p;

  if (left >= 1 && (p[0] == '-' || p[0] == '/'))
    return 1;
  if (left >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
    return 3;
  if (left >= 3 && u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
    return 3;
  return 0;
}

/* Parses a level starting at @p: "C5", "C5-C6", "C5-6", "L5/S1",
 * "T12 - L1", "L5S1". Returns the bytes used, or 0. */
static gsize
parse_level (const char *p,
             gsize       left,
             int        *first,
             int        *last)
{
  gsize used, i, dash, more;
  int second;

  if (left == 0 || !is_region_letter (p[0]))
    return 0;

  /* "L5S1" is written without a dash. */
  used = 1;
  while (used < left && used < 3 && g_ascii_isdigit (p[used]))
    used++;
  if (used > 1 && used < left && is_region_letter (p[used]))
    {
      int a, b;
      gsize n = parse_vertebra (p, used, '\0', &a);

      if (n == used && (more = parse_vertebra (p + used, left - used, '\0', &b)) > 0 && b > a)
        {
          *first = a;
          *last = b;
          return used + more;
        }
    }

  used = parse_vertebra (p, left, '\0', first);
  if (used == 0)
    return 0;
  *last = *first;

  i = used;
  while (i < left && i < used + 2 && p[i] == ' ')
    i++;
  dash = level_dash_length (p + i, left - i);
  if (dash == 0)
    return used;
  i += dash;
  while (i < left && p[i] == ' ')
    i++;
  more = parse_vertebra (p + i, left - i, g_ascii_toupper (p[0]), &second);
  if (more == 0 || second <= *first)
    return used;

  *last = second;
  return i + more;
}

/* Up to eight ranges, in the order of the text. */
#define MAX_RANGES 8

typedef struct
{
  gint8 first[MAX_RANGES];
  gint8 last[MAX_RANGES];
  guint n;
} Levels;

static void
levels_add (Levels *levels,
            int     first,
            int     last)
{
  for (guint i = 0; i < levels->n; i++)
    if (levels->first[i] == first && levels->last[i] == last)
      return;

  if (levels->n < MAX_RANGES)
    {
      levels->first[levels->n] = first;
      levels->last[levels->n] = last;
      levels->n++;
    }
}

/* Sorted, touching ranges merged ("C4-C5, C5-C6" is "C4-C6"), joined by
 * ", ". If that exceeds the 32 bytes a case allows, the first range. */
static char *
levels_format (const Levels *levels)
{
  gint8 first[MAX_RANGES], last[MAX_RANGES];
  guint n = 0;
  g_autoptr(GString) out = NULL;

  if (levels->n == 0)
    return NULL;

  for (guint i = 0; i < levels->n; i++)
    {
      guint j = n;

      while (j > 0 && first[j - 1] > levels->first[i])
        {
          first[j] = first[j - 1];
          last[j] = last[j - 1];
          j--;
        }
      first[j] = levels->first[i];
      last[j] = levels->last[i];
      n++;
    }

  out = g_string_new (NULL);
  for (guint i = 0; i < n;)
    {
      int a = first[i], b = last[i];
      guint j = i + 1;

      /* Discs share a vertebra; two single vertebrae may be neighbours. */
      while (j < n && (first[j] <= b || (a == b && first[j] == last[j] && first[j] == b + 1)))
        {
          b = MAX (b, last[j]);
          j++;
        }

      if (out->len > 0)
        g_string_append (out, ", ");
      append_vertebra (out, a);
      if (b != a)
        {
          g_string_append_c (out, '-');
          append_vertebra (out, b);
        }
      i = j;
    }

  if (out->len > 32)
    {
      g_string_truncate (out, 0);
      append_vertebra (out, levels->first[0]);
      if (levels->last[0] != levels->first[0])
        {
          g_string_append_c (out, '-');
          append_vertebra (out, levels->last[0]);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reads back what levels_format wrote, to merge summaries. */
static void
levels_parse (Levels     *levels,
              const char *text)
{
  gsize left = strlen (text);

  while (left > 0)
    {
      int first, last;
      gsize used = parse_level (text, left, &first, &last);

      if (used == 0)
        {
          text++, left--;
          continue;
        }
      levels_add (levels, first, last);
      text += used, left -= used;
    }
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

typedef enum
{
  TOKEN_WORD,
  TOKEN_LEVEL,
  TOKEN_COMMA,
  TOKEN_SEMICOLON,
  TOKEN_COLON,
  TOKEN_STOP,
} TokenKind;

enum
{
  TOKEN_LINE_START   = 1 << 0, /* first token of a line */
  TOKEN_BLANK_BEFORE = 1 << 1, /* a blank line precedes it */
  TOKEN_BREAK_BEFORE = 1 << 2, /* a line break ends the sentence before it */
  TOKEN_HEADING      = 1 << 3, /* part of a section heading */
  TOKEN_SEQUENCE     = 1 << 4, /* "T2" naming an MRI sequence */
};

typedef struct
{
  gsize   start;
  gsize   end;
  guint32 word;      /* vocabulary id of a WORD; 0 when unknown */
  guint32 sentence;
  gint32  match;     /* index of the phrase match covering it, or -1 */
  guint8  kind;      /* TokenKind */
  guint8  flags;
  guint8  section;   /* SpineCdsReportSection */
  gint8   first;     /* LEVEL: vertebra ordinals */
  gint8   last;
  gint8   heading_first; /* the "C5-C6:" heading over this token, or -1 */
  gint8   heading_last;
} Token;

typedef struct
{
  const Phrase *phrase;
  guint         first; /* token indexes, inclusive */
  guint         last;
} Match;

typedef struct
{
  const Vocabulary *vocab;
  const char       *text;
  gsize             length;
  GArray           *tokens;  /* Token */
  GArray           *matches; /* Match */
} Reader;

/* Lines shorter than this are list items or headings; longer lines
 * ending mid-sentence were wrapped by the reporting system. */
#define WRAPPED_LINE_LENGTH 50

static gboolean
is_word_byte (const Reader *r,
              gsize         i)
{
  guchar c = (guchar) r->text[i];

  if (c < 0x80)
    return g_ascii_isalnum (c);
  return separator_length ((const guchar *) r->text + i, r->length - i) == 0;
}

static const WordInfo *
word_info (const Reader *r,
           const Token  *token)
{
  guint32 id = token->kind == TOKEN_WORD ? token->word : 0;

  return &g_array_index (r->vocab->words, WordInfo, id);
}

static gboolean
token_has (const Reader *r,
           const Token  *token,
           guint16       flag)
{
  return (word_info (r, token)->flags & flag) != 0;
}

/* The grade of a word for a finding: with @size, "small" counts. */
static SpineCdsGrade
token_grade_for (const Reader *r,
                 const Token  *token,
                 gboolean      size)
{
  const WordInfo *info = word_info (r, token);

  return info->grade != SPINECDS_GRADE_NONE || !size ? info->grade : info->size_grade;
}

static guint32
lookup_word (const Reader *r,
             gsize         start,
             gsize         end)
{
  char normal[MAX_WORD_LENGTH + 1];

  if (!normalize_word (r->vocab->spellings, r->text + start, end - start, normal))
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (r->vocab->word_ids, normal));
}

static gboolean
is_capitals (const Reader *r,
             const Token  *token)
{
  gboolean letters = FALSE;

  for (gsize i = token->start; i < token->end; i++)
    {
      if (g_ascii_islower (r->text[i]))
        return FALSE;
      letters |= g_ascii_isupper (r->text[i]);
    }
  return letters;
}

typedef struct
{
  guint newlines;        /* line breaks since the last token */
  gsize line_begin;      /* offset of the current line */
  gsize previous_line;   /* length of the line before it */
} TokenizerState;

static void
push_token (Reader         *r,
            TokenizerState *state,
            Token          *token)
{
  const Token *previous = r->tokens->len > 0 ? &g_array_index (r->tokens, Token, r->tokens->len - 1) : NULL;

  token->match = -1;
  token->heading_first = token->heading_last = -1;

  if (previous == NULL || state->newlines > 0)
    token->flags |= TOKEN_LINE_START;

  if (state->newlines >= 2)
    token->flags |= TOKEN_BLANK_BEFORE | TOKEN_BREAK_BEFORE;
  else if (state->newlines == 1)
    {
      /* A long line that stops mid-clause and goes on in lower case (or
       * in capitals, in a report written all in capitals) was wrapped,
       * not ended. */
      gboolean wrapped = state->previous_line >= WRAPPED_LINE_LENGTH &&
                         previous != NULL &&
                         (previous->kind == TOKEN_WORD || previous->kind == TOKEN_LEVEL ||
                          previous->kind == TOKEN_COMMA) &&
                         token->kind == TOKEN_WORD &&
                         (g_ascii_islower (r->text[token->start]) ||
                          (previous->kind == TOKEN_WORD && is_capitals (r, previous) &&
                           is_capitals (r, token)));
      if (!wrapped)
        token->flags |= TOKEN_BREAK_BEFORE;
    }

  state->newlines = 0;
  g_array_append_val (r->tokens, *token);
}

/* A full stop ends a sentence when followed by a space, a line break, a
 * closing mark or the end, unless it closes an abbreviation ("e.g.",
 * "vs."); "2.5 mm" and "e.g" keep going. */
static gboolean
is_full_stop (Reader *r,
              gsize   i)
{
  const Token *previous;
  guchar next;

  if (i + 1 < r->length)
    {
      next = (guchar) r->text[i + 1];
      if (!g_ascii_isspace (next) && next != '"' && next != ')' && next != '\'' && next != ']' &&
          separator_length ((const guchar *) r->text + i + 1, r->length - i - 1) == 0)
        return FALSE;
    }

  if (r->tokens->len == 0)
    return TRUE;

  previous = &g_array_index (r->tokens, Token, r->tokens->len - 1);
  if (previous->kind == TOKEN_WORD && previous->end == i)
    {
      if (previous->end - previous->start == 1 && g_ascii_islower (r->text[previous->start]))
        return FALSE;
      if (token_has (r, previous, WORD_ABBREVIATION))
        return FALSE;
    }
  return TRUE;
}

/* "lumbosacral junction", "atlanto-axial": the words just pushed become
 * one level token. */
static void
join_named_level (Reader *r)
{
  guint n_tokens = r->tokens->len;

  for (guint i = 0; i < G_N_ELEMENTS (named_levels); i++)
    {
      const guint32 *ids = r->vocab->named_level_words[i];
      guint n = 0;
      gboolean same = TRUE;
      Token *first;

      while (ids[n] != 0)
        n++;
      if (n == 0 || n > n_tokens)
        continue;
      for (guint j = 0; j < n && same; j++)
        {
          const Token *token = &g_array_index (r->tokens, Token, n_tokens - n + j);

          same = token->kind == TOKEN_WORD && token->word == ids[j];
        }
      if (!same)
        continue;

      first = &g_array_index (r->tokens, Token, n_tokens - n);
      first->kind = TOKEN_LEVEL;
      first->word = 0;
      first->first = named_levels[i].first;
      first->last = named_levels[i].last;
      first->end = g_array_index (r->tokens, Token, n_tokens - 1).end;
      g_array_set_size (r->tokens, n_tokens - n + 1);
      return;
    }
}

static gsize
scan_word (Reader         *r,
           TokenizerState *state,
           gsize           i)
{
  Token token = { 0, };
  gsize end = i;
  int first, last;
  gsize used;

  while (end < r->length && is_word_byte (r, end))
    end++;

  used = parse_level (r->text + i, r->length - i, &first, &last);
  if (used >= end - i)
    {
      token.kind = TOKEN_LEVEL;
      token.first = first;
      token.last = last;
      end = i + used;
    }
  else
    {
      token.kind = TOKEN_WORD;
      token.word = lookup_word (r, i, end);
    }

  token.start = i;
  token.end = end;
  push_token (r, state, &token);
  if (token.kind == TOKEN_WORD && token.word != 0)
    join_named_level (r);
  return end;
}

static void
tokenize (Reader *r)
{
  TokenizerState state = { 0, 0, 0 };
  gsize i = 0;

  while (i < r->length)
    {
      guchar c = (guchar) r->text[i];
      Token token = { 0, };
      gsize skip;

      if (c == '\n')
        {
          state.newlines = MIN (state.newlines + 1, 2);
          state.previous_line = i - state.line_begin;
          state.line_begin = ++i;
          continue;
        }

      if (is_word_byte (r, i))
        {
          i = scan_word (r, &state, i);
          continue;
        }

      if (c >= 0x80 && (skip = separator_length ((const guchar *) r->text + i, r->length - i)) > 0)
        {
          i += skip;
          continue;
        }

      token.start = i;
      token.end = i + 1;
      switch (c)
        {
        case ',': token.kind = TOKEN_COMMA; break;
        case ';': token.kind = TOKEN_SEMICOLON; break;
        case ':': token.kind = TOKEN_COLON; break;
        case '?':
        case '!': token.kind = TOKEN_STOP; break;
        case '.':
          if (!is_full_stop (r, i))
            {
              i++;
              continue;
            }
          token.kind = TOKEN_STOP;
          break;
        default:
          i++;
          continue;
        }
      push_token (r, &state, &token);
      i++;
    }
}

static Token *
token_at (const Reader *r,
          guint         i)
{
  return &g_array_index (r->tokens, Token, i);
}

/* "T1", "T2" or "T1/T2": a vertebra, or an MRI sequence. */
static gboolean
is_sequence_candidate (const Token *token)
{
  return token->kind == TOKEN_LEVEL && token->first >= 8 && token->last <= 9;
}

static void
demote_to_sequence (Reader *r,
                    Token  *token)
{
  token->kind = TOKEN_WORD;
  token->word = lookup_word (r, token->start, token->end);
  token->flags |= TOKEN_SEQUENCE;
}

static gboolean
is_sequence (const Token *token)
{
  return (token->flags & TOKEN_SEQUENCE) != 0;
}

/* The words around "T2" tell the thoracic vertebra from the sequence:
 * "T2 hyperintensity", "on T2", and its neighbours in "T1 and T2". */
static void
resolve_sequences (Reader *r)
{
  guint n = r->tokens->len;

  for (guint i = 0; i < n; i++)
    {
      Token *token = token_at (r, i);

      if (!is_sequence_candidate (token))
        continue;
      /* "hyperintense on T2", but not "listhesis of C7 on T1"; "T2 cord
       * signal" names the sequence too, "cord compression at T2" does not. */
      if ((i + 1 < n && token_has (r, token_at (r, i + 1), WORD_SEQUENCE_NEXT)) ||
          (i + 2 < n && token_has (r, token_at (r, i + 1), WORD_SEQUENCE_SUBJECT) &&
           token_has (r, token_at (r, i + 2), WORD_SEQUENCE_NEXT)) ||
          (i > 0 && token_has (r, token_at (r, i - 1), WORD_SEQUENCE_BEFORE) &&
           (i < 2 || token_at (r, i - 2)->kind != TOKEN_LEVEL)))
        demote_to_sequence (r, token);
    }

  for (guint i = n; i-- > 0;)
    {
      Token *token = token_at (r, i);

      if (!is_sequence_candidate (token))
        continue;
      if ((i + 1 < n && is_sequence (token_at (r, i + 1))) ||
          (i + 2 < n && token_has (r, token_at (r, i + 1), WORD_GRADE_CONNECTOR) &&
           is_sequence (token_at (r, i + 2))) ||
          (i > 0 && is_sequence (token_at (r, i - 1))) ||
          (i > 1 && token_has (r, token_at (r, i - 1), WORD_GRADE_CONNECTOR) &&
           is_sequence (token_at (r, i - 2))))
        demote_to_sequence (r, token);
    }
}

static void
number_sentences (Reader *r)
{
  guint32 sentence = 0;

  for (guint i = 0; i < r->tokens->len; i++)
    {
      Token *token = token_at (r, i);

      if (i > 0 && (token_at (r, i - 1)->kind == TOKEN_STOP || (token->flags & TOKEN_BREAK_BEFORE)))
        sentence++;
      token->sentence = sentence;
    }
}

/* ------------------------------------------------------------------ */
/* Headings                                                            */
/* ------------------------------------------------------------------ */

/* Length in tokens of a section heading at @i ("CLINICAL HISTORY:",
 * or "IMPRESSION" alone on its line), or 0. */
static guint
match_heading (Reader *r,
               guint   i,
               int    *section)
{
  const Token *start = token_at (r, i);
  guint node = HEADING_ROOT;
  guint best = 0;

  for (guint j = i; j < r->tokens->len && j < i + 6; j++)
    {
      const Token *token = token_at (r, j);
      guint child;
      const TrieNode *trie;

      if (token->kind != TOKEN_WORD || token->word == 0 || (j > i && (token->flags & TOKEN_LINE_START)))
        break;
      child = vocabulary_child (r->vocab, node, token->word);
      if (child == 0)
        break;
      node = child - 1;
      trie = &g_array_index (r->vocab->nodes, TrieNode, node);
      if (trie->section >= 0)
        {
          gboolean colon = j + 1 < r->tokens->len && token_at (r, j + 1)->kind == TOKEN_COLON;
          gboolean alone = (start->flags & TOKEN_LINE_START) &&
                           (j + 1 == r->tokens->len || (token_at (r, j + 1)->flags & TOKEN_LINE_START));
          if (colon || alone)
            {
              best = j - i + 1;
              *section = trie->section;
            }
        }
    }

  return best;
}

static void
mark_sections (Reader *r)
{
  SpineCdsReportSection section = SPINECDS_REPORT_SECTION_BODY;
  int heading_first = -1, heading_last = -1;
  guint section_tokens = 0;

  for (guint i = 0; i < r->tokens->len; i++)
    {
      Token *token = token_at (r, i);
      gboolean at_start = i == 0 || (token->flags & TOKEN_LINE_START) ||
                          token_at (r, i - 1)->kind == TOKEN_STOP;
      int found;
      guint n;

      if (token->flags & TOKEN_BLANK_BEFORE)
        {
          heading_first = heading_last = -1;
          /* A paragraph of history ends its section: reports often go
           * on to the findings without a heading, and dropping them
           * would be worse than reading a stray line of context. */
          if (section_tokens > 0)
            section = SPINECDS_REPORT_SECTION_BODY;
        }

      if (at_start && (n = match_heading (r, i, &found)) > 0)
        {
          section = found;
          section_tokens = 0;
          heading_first = heading_last = -1;
          for (guint j = i; j < i + n; j++)
            {
              token_at (r, j)->flags |= TOKEN_HEADING;
              token_at (r, j)->section = section;
            }
          i += n - 1;
          continue;
        }

      /* "C5-C6: Disc bulge. Mild foraminal narrowing." */
      if (at_start && token->kind == TOKEN_LEVEL && i + 1 < r->tokens->len &&
          token_at (r, i + 1)->kind == TOKEN_COLON)
        {
          heading_first = token->first;
          heading_last = token->last;
        }

      if (token->kind == TOKEN_WORD || token->kind == TOKEN_LEVEL)
        section_tokens++;
      token->section = section;
      token->heading_first = heading_first;
      token->heading_last = heading_last;
    }
}

/* ------------------------------------------------------------------ */
/* Phrase matching                                                     */
/* ------------------------------------------------------------------ */

/* Words a phrase may step over, at most this many per phrase. */
#define MAX_SKIPS 4

static gboolean
is_skippable (const Reader *r,
              const Token  *token)
{
  return token->kind == TOKEN_LEVEL || token_has (r, token, WORD_SKIPPABLE);
}

/* The longest phrase starting at token @i, within its sentence. */
static gboolean
match_at (Reader *r,
          guint   i,
          Match  *match)
{
  const Token *start = token_at (r, i);
  guint node = PHRASE_ROOT;
  guint skips = 0;
  guint walked = i; /* the last token that moved down the trie */
  gboolean comma = FALSE;
  gboolean found = FALSE;

  for (guint j = i; j < r->tokens->len; j++)
    {
      const Token *token = token_at (r, j);
      guint child = 0;

      if (token->sentence != start->sentence || (token->flags & TOKEN_HEADING))
        break;
      if (token->kind == TOKEN_WORD && token->word != 0)
        child = vocabulary_child (r->vocab, node, token->word);

      if (child != 0)
        {
          const TrieNode *trie = &g_array_index (r->vocab->nodes, TrieNode, child - 1);

          node = child - 1;
          walked = j;
          if (trie->phrase != NULL)
            {
              match->phrase = trie->phrase;
              match->first = i;
              match->last = j;
              found = TRUE;
            }
          continue;
        }

      /* The comma that closes a parenthesis after a verb: "contacting,
       * but not compressing, the S1 nerve root". Once, right after the
       * first word, and only before a determiner, side or level. */
      if (token->kind == TOKEN_COMMA && !comma && walked == i && j == i + 1 && j + 1 < r->tokens->len &&
          is_skippable (r, token_at (r, j + 1)))
        {
          comma = TRUE;
          continue;
        }

      if (j > i && skips < MAX_SKIPS && is_skippable (r, token))
        {
          skips++;
          continue;
        }
      break;
    }

  return found;
}

static void
match_phrases (Reader *r)
{
  for (guint i = 0; i < r->tokens->len;)
    {
      Match match;

      if (token_at (r, i)->kind != TOKEN_WORD || !match_at (r, i, &match))
        {
          i++;
          continue;
        }

      for (guint j = match.first; j <= match.last; j++)
        token_at (r, j)->match = r->matches->len;
      g_array_append_val (r->matches, match);
      i = match.last + 1;
    }
}

static const Match *
match_of (const Reader *r,
          const Token  *token)
{
  return token->match >= 0 ? &g_array_index (r->matches, Match, token->match) : NULL;
}

static gboolean
is_finding (const Match *match)
{
  return match != NULL && (match->phrase->kind == FINDING || match->phrase->kind == FINDING_NEGATED);
}

static gboolean
ends_clause (const Token *token)
{
  return token->kind == TOKEN_SEMICOLON || token->kind == TOKEN_COLON || token->kind == TOKEN_STOP;
}

/* ------------------------------------------------------------------ */
/* NegEx: the status of a finding                                      */
/* ------------------------------------------------------------------ */

/* NegEx looks five words around a trigger; radiology lists ("no disc
 * herniation, canal stenosis or foraminal narrowing") are long, so
 * findings inside a scope do not count against it. */
#define BEFORE_WINDOW 6
#define AFTER_WINDOW 5
/* Hard bound on any look-around, in tokens, for linear time. */
#define SCAN_LIMIT 40

typedef struct
{
  gboolean              found;
  SpineCdsMentionStatus status;
  guint                 distance;
} Cue;

static void
cue_consider (Cue        *best,
              PhraseKind  kind,
              guint       distance)
{
  SpineCdsMentionStatus status;

  switch (kind)
    {
    case NEGATION_BEFORE:
    case NEGATION_AFTER:
    case NEGATION_EITHER:
      status = SPINECDS_MENTION_NEGATED;
      break;
    default:
      status = SPINECDS_MENTION_UNCERTAIN;
      break;
    }

  /* The nearest cue wins; at equal distance, the negation. */
  if (!best->found || distance < best->distance ||
      (distance == best->distance && status == SPINECDS_MENTION_NEGATED))
    {
      best->found = TRUE;
      best->status = status;
      best->distance = distance;
    }
}

/* A cue before the finding: "no", "possible", "versus". */
static void
cue_before (const Reader *r,
            const Match  *finding,
            Cue          *best)
{
  guint32 sentence = token_at (r, finding->first)->sentence;
  guint other = 0, steps = 0;
  gboolean graded = FALSE, uncertain = FALSE;
  gboolean locative = FALSE, linked = FALSE, passed = FALSE;

  for (guint k = finding->first; k-- > 0 && steps++ < SCAN_LIMIT;)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token))
        return;
      if (token->kind == TOKEN_COMMA)
        {
          /* "No stenosis, mild disc bulge": a graded finding after a
           * comma starts a new, affirmed item; so does a hedged one
           * ("no fracture, possible lesion"). */
          if (graded || uncertain)
            return;
          linked = TRUE;
          continue;
        }

      if (match != NULL)
        {
          switch (match->phrase->kind)
            {
            case FINDING:
            case FINDING_NEGATED:
              /* "No collection in the laminectomy bed": a finding that
               * only says where an earlier one is not is no item of
               * the negated list. */
              if (!passed && locative && !linked)
                return;
              passed = TRUE;
              k = match->first;
              continue;
            case NEGATION_BEFORE:
            case NEGATION_EITHER:
              /* A negation over a hedge negates: "no suspicious lesion". */
              best->found = FALSE;
              cue_consider (best, match->phrase->kind, finding->first - match->last);
              return;
            case UNCERTAIN_BEFORE:
            case UNCERTAIN_EITHER:
              cue_consider (best, match->phrase->kind, finding->first - match->last);
              uncertain = TRUE;
              continue;
            case NOT_A_FINDING:
            case ATTRIBUTE:
              /* Words like any other ("no disc protrusion into the
               * canal"), but a place all the same. */
              if (!passed && locative && !linked)
                return;
              passed = TRUE;
              k = match->first;
              if (++other > BEFORE_WINDOW)
                return;
              continue;
            default:
              /* Terminations, pseudo-negations and the post-cues of an
               * earlier finding close the scope. */
              return;
            }
        }

      if (token_grade_for (r, token, TRUE) != SPINECDS_GRADE_NONE)
        graded = TRUE;
      if (token_has (r, token, WORD_COORDINATOR))
        linked = TRUE;
      else if (token_has (r, token, WORD_LOCATIVE))
        locative = TRUE;
      if (++other > BEFORE_WINDOW)
        return;
    }
}

static SpineCdsGrade finding_grade (const Reader *r,
                                    const Match  *finding);

static gboolean
shares_code (const Match *a,
             const Match *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (a->phrase->codes); i++)
    for (guint j = 0; a->phrase->codes[i] != NULL && j < G_N_ELEMENTS (b->phrase->codes); j++)
      if (b->phrase->codes[j] != NULL && g_str_equal (a->phrase->codes[i], b->phrase->codes[j]))
        return TRUE;
  return FALSE;
}

/* The first finding after token @k in its clause, or NULL. */
static const Match *
next_finding_in_clause (const Reader *r,
                        guint         k)
{
  guint32 sentence = token_at (r, k)->sentence;
  guint steps = 0;

  for (guint j = k + 1; j < r->tokens->len && steps++ < SCAN_LIMIT; j++)
    {
      const Token *token = token_at (r, j);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence || ends_clause (token))
        return NULL;
      if (match != NULL && match->phrase->kind == TERMINATION)
        return NULL;
      if (is_finding (match))
        return match;
      if (match != NULL)
        j = match->last;
    }
  return NULL;
}

/* A template field, "Canal stenosis: none", "Fracture: no", "Modic
 * change: negative": the value after the colon at @colon. */
static void
cue_field_value (const Reader *r,
                 const Match  *finding,
                 guint         colon,
                 Cue          *best)
{
  guint k = colon + 1;
  const Token *token;
  const Match *match;

  if (k >= r->tokens->len)
    return;
  token = token_at (r, k);
  match = match_of (r, token);
  if (token->sentence != token_at (r, colon)->sentence)
    return;

  if (match != NULL && match->first == k)
    {
      const Match *next;

      switch (match->phrase->kind)
        {
        case NEGATION_BEFORE:
          /* "Disc bulge: no stenosis" says nothing of the bulge. */
          next = next_finding_in_clause (r, match->last);
          if (next != NULL && !shares_code (next, finding))
            return;
          G_GNUC_FALLTHROUGH;
        case NEGATION_AFTER:
        case NEGATION_EITHER:
        case UNCERTAIN_BEFORE:
        case UNCERTAIN_AFTER:
        case UNCERTAIN_EITHER:
          cue_consider (best, match->phrase->kind, k - finding->last);
          return;
        default:
          return;
        }
    }

  if (match == NULL && token_has (r, token, WORD_NORMAL_VALUE))
    cue_consider (best, NEGATION_AFTER, k - finding->last);
}

/* A cue after the finding, in the same clause: "is not seen", "cannot
 * be excluded". A comma ends it ("disc bulge, fracture excluded")
 * unless it separates the items of a list that a conjunction closes:
 * "Modic change, extrusion and stenosis are not seen" negates all
 * three. The window counts words from the last item of the list. */
static void
cue_after (const Reader *r,
           const Match  *finding,
           Cue          *best)
{
  guint32 sentence = token_at (r, finding->first)->sentence;
  guint other = 0, steps = 0;
  gboolean listed = FALSE;     /* a comma was crossed into a list */
  gboolean closed = FALSE;     /* "and", "or" seen after the last comma */
  gboolean adjacent = TRUE;    /* nothing but levels since the finding */
  int graded = -1;             /* the finding's own grade, when needed */

  for (guint k = finding->last + 1; k < r->tokens->len && steps++ < SCAN_LIMIT; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence)
        return;
      if (token->kind == TOKEN_COLON)
        {
          if (adjacent)
            cue_field_value (r, finding, k, best);
          return;
        }
      if (ends_clause (token))
        return;

      if (token->kind == TOKEN_COMMA)
        {
          guint next = k + 1;
          gboolean coordinated = FALSE;

          /* Only into another finding ("Modic change, a disc extrusion
           * and ..."); a graded finding is an item of its own
           * ("moderate stenosis, cord compression and cord signal
           * change are not seen"). */
          while (next < r->tokens->len && next <= k + 3 && token_at (r, next)->kind == TOKEN_WORD &&
                 token_at (r, next)->match < 0 &&
                 (token_has (r, token_at (r, next), WORD_COORDINATOR) ||
                  token_has (r, token_at (r, next), WORD_SKIPPABLE)))
            coordinated |= token_has (r, token_at (r, next++), WORD_COORDINATOR);
          if (next >= r->tokens->len || !is_finding (match_of (r, token_at (r, next))) ||
              match_of (r, token_at (r, next))->first != next)
            return;
          if (graded < 0)
            graded = finding_grade (r, finding);
          if (graded != SPINECDS_GRADE_NONE)
            return;
          listed = TRUE;
          closed = coordinated;
          adjacent = FALSE;
          other = 0;
          continue;
        }

      if (match != NULL)
        {
          switch (match->phrase->kind)
            {
            case FINDING:
            case FINDING_NEGATED:
              /* The last item of a list that a conjunction closes is
               * next to the list's field value: "A, B or C: not seen". */
              k = match->last;
              adjacent = closed;
              if (listed)
                other = 0;
              continue;
            case NEGATION_AFTER:
            case NEGATION_EITHER:
            case UNCERTAIN_AFTER:
            case UNCERTAIN_EITHER:
              if (listed && !closed)
                return;
              cue_consider (best, match->phrase->kind, match->first - finding->last);
              return;
            case NEGATION_BEFORE:
              /* "Fracture — no." */
              if (adjacent && (match->last + 1 >= r->tokens->len ||
                               token_at (r, match->last + 1)->sentence != sentence ||
                               ends_clause (token_at (r, match->last + 1))))
                cue_consider (best, NEGATION_AFTER, match->first - finding->last);
              return;
            case NOT_A_FINDING:
            case ATTRIBUTE:
              k = match->last;
              adjacent = FALSE;
              if (++other > AFTER_WINDOW)
                return;
              continue;
            default:
              return;
            }
        }

      if (token->kind != TOKEN_LEVEL && !token_has (r, token, WORD_LEVEL_CONNECTOR))
        adjacent = FALSE;
      if (token_has (r, token, WORD_COORDINATOR))
        closed = TRUE;
      if (++other > AFTER_WINDOW)
        return;
    }
}

static SpineCdsMentionStatus
finding_status (const Reader *r,
                const Match  *finding)
{
  Cue best = { FALSE, SPINECDS_MENTION_POSITIVE, 0 };

  if (finding->phrase->kind == FINDING_NEGATED)
    return SPINECDS_MENTION_NEGATED;

  cue_before (r, finding, &best);
  cue_after (r, finding, &best);
  return best.found ? best.status : SPINECDS_MENTION_POSITIVE;
}

/* ------------------------------------------------------------------ */
/* Grade                                                               */
/* ------------------------------------------------------------------ */

#define GRADE_WINDOW 5

/* Widens the grade at @k over "mild to moderate", "moderate-severe"
 * ("-" is not a token) in direction @step; returns the highest. */
static SpineCdsGrade
grade_range (const Reader *r,
             guint         k,
             int           step,
             gboolean      size,
             guint        *end)
{
  SpineCdsGrade grade = token_grade_for (r, token_at (r, k), size);
  int n = r->tokens->len;
  int i = k;

  for (;;)
    {
      int next = i + step, after = i + 2 * step;

      if (next >= 0 && next < n && token_grade_for (r, token_at (r, next), size) != SPINECDS_GRADE_NONE)
        i = next;
      else if (after >= 0 && after < n && token_has (r, token_at (r, next), WORD_GRADE_CONNECTOR) &&
               token_grade_for (r, token_at (r, after), size) != SPINECDS_GRADE_NONE)
        i = after;
      else
        break;
      grade = MAX (grade, token_grade_for (r, token_at (r, i), size));
    }

  if (end != NULL)
    *end = i;
  return grade;
}

/* "moderate to severe left foraminal stenosis": words before the
 * phrase, not across punctuation or another phrase. */
static SpineCdsGrade
grade_before (const Reader *r,
              const Match  *finding,
              gboolean      size)
{
  guint steps = 0;

  for (guint k = finding->first; k-- > 0 && steps++ < GRADE_WINDOW;)
    {
      const Token *token = token_at (r, k);

      if ((token->kind != TOKEN_WORD && token->kind != TOKEN_LEVEL) || token->match >= 0 ||
          token->sentence != token_at (r, finding->first)->sentence)
        return SPINECDS_GRADE_NONE;
      if (token_grade_for (r, token, size) != SPINECDS_GRADE_NONE)
        return grade_range (r, k, -1, size, NULL);
    }
  return SPINECDS_GRADE_NONE;
}

/* "foraminal stenosis is severe", "stenosis, moderate on the left" —
 * unless the grade belongs to a phrase just after it ("disc bulge,
 * severe foraminal stenosis"). */
static SpineCdsGrade
grade_after (const Reader *r,
             const Match  *finding,
             gboolean      size)
{
  guint steps = 0;

  for (guint k = finding->last + 1; k < r->tokens->len && steps++ < GRADE_WINDOW; k++)
    {
      const Token *token = token_at (r, k);
      SpineCdsGrade grade;
      guint end;

      if (token->sentence != token_at (r, finding->first)->sentence || token->match >= 0)
        return SPINECDS_GRADE_NONE;
      /* "stenosis, moderate"; "Canal stenosis: moderate" */
      if ((token->kind == TOKEN_COMMA || token->kind == TOKEN_COLON) && k == finding->last + 1)
        continue;
      if (token_grade_for (r, token, size) == SPINECDS_GRADE_NONE)
        {
          if (token->kind == TOKEN_LEVEL || token_has (r, token, WORD_GRADE_FILLER))
            continue;
          return SPINECDS_GRADE_NONE;
        }

      grade = grade_range (r, k, +1, size, &end);
      for (guint j = end + 1; j < r->tokens->len && j <= end + 4; j++)
        {
          const Token *later = token_at (r, j);

          if (later->kind != TOKEN_WORD && later->kind != TOKEN_LEVEL)
            break;
          if (is_finding (match_of (r, later)))
            return SPINECDS_GRADE_NONE;
          if (later->match >= 0)
            break;
        }
      return grade;
    }
  return SPINECDS_GRADE_NONE;
}

static gboolean
is_size_graded (const Match *finding)
{
  for (guint c = 0; c < G_N_ELEMENTS (finding->phrase->codes); c++)
    for (guint i = 0; finding->phrase->codes[c] != NULL && i < G_N_ELEMENTS (size_graded_codes); i++)
      if (g_str_equal (finding->phrase->codes[c], size_graded_codes[i]))
        return TRUE;
  return FALSE;
}

static SpineCdsGrade
finding_grade (const Reader *r,
               const Match  *finding)
{
  SpineCdsGrade grade = SPINECDS_GRADE_NONE;
  gboolean size = is_size_graded (finding);

  /* Inside: "the foramina are severely narrowed". */
  for (guint k = finding->first; k <= finding->last; k++)
    grade = MAX (grade, token_grade_for (r, token_at (r, k), size));
  if (grade == SPINECDS_GRADE_NONE)
    grade = grade_before (r, finding, size);
  if (grade == SPINECDS_GRADE_NONE)
    grade = grade_after (r, finding, size);
  return grade;
}

/* ------------------------------------------------------------------ */
/* Level                                                               */
/* ------------------------------------------------------------------ */

#define LEVEL_NEAR 10
#define LEVEL_FAR 20

static gboolean
is_level_link (const Reader *r,
               const Token  *token)
{
  return token->kind == TOKEN_LEVEL || token->kind == TOKEN_COMMA ||
         (token->match < 0 && token_has (r, token, WORD_LEVEL_CONNECTOR));
}

/* The levels of the group around the level token at @k: "C4-C5 and
 * C5-C6", "C3 to C6", "L3-4, L4-5 and L5-S1". */
static void
collect_level_group (const Reader *r,
                     guint         k,
                     Levels       *levels)
{
  guint first = k, last = k;
  gboolean range = FALSE;
  guint32 sentence = token_at (r, k)->sentence;

  while (first > 0 && k - first < LEVEL_FAR && token_at (r, first - 1)->sentence == sentence &&
         is_level_link (r, token_at (r, first - 1)))
    first--;
  while (last + 1 < r->tokens->len && last - k < LEVEL_FAR && token_at (r, last + 1)->sentence == sentence &&
         is_level_link (r, token_at (r, last + 1)))
    last++;

  for (guint i = first; i <= last; i++)
    {
      const Token *token = token_at (r, i);

      if (token->kind == TOKEN_LEVEL)
        {
          if (range && levels->n > 0 && token->last > levels->last[levels->n - 1])
            levels->last[levels->n - 1] = token->last;
          else
            levels_add (levels, token->first, token->last);
          range = FALSE;
        }
      else if (token_has (r, token, WORD_RANGE) && levels->n > 0)
        range = TRUE;
    }
}

/* The first level after the phrase, within @limit tokens of its
 * clause; with @stop_at_findings, only up to the next finding. */
/* "protrusion at L5-S1 contacting the S1 nerve root": the S1 there names
 * the root, which is the level only of the root's own compression. */
static gboolean
names_another_root (const Reader *r,
                    const Match  *finding,
                    guint         k)
{
  return k + 1 < r->tokens->len && token_has (r, token_at (r, k + 1), WORD_ROOT_NOUN) &&
         g_strcmp0 (finding->phrase->codes[0], "nerve_root_compression") != 0;
}

static gboolean
level_after (const Reader *r,
             const Match  *finding,
             guint         limit,
             gboolean      stop_at_findings,
             Levels       *levels)
{
  guint32 sentence = token_at (r, finding->first)->sentence;

  for (guint k = finding->last + 1; k < r->tokens->len && k <= finding->last + limit; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      /* "Foraminal stenosis: moderate at C5-C6" */
      if (token->kind == TOKEN_COLON && k == finding->last + 1)
        continue;
      if (token->sentence != sentence || ends_clause (token))
        return FALSE;
      if (match != NULL && match->phrase->kind == TERMINATION)
        return FALSE;
      if (stop_at_findings && is_finding (match) && match->first == k)
        return FALSE;
      if (token->kind == TOKEN_LEVEL && !names_another_root (r, finding, k))
        {
          collect_level_group (r, k, levels);
          return TRUE;
        }
    }
  return FALSE;
}

/* The nearest level before the phrase in its sentence: "At C5-C6, …". */
static gboolean
level_before (const Reader *r,
              const Match  *finding,
              Levels       *levels)
{
  guint32 sentence = token_at (r, finding->first)->sentence;
  guint steps = 0;

  for (guint k = finding->first; k-- > 0 && steps++ < LEVEL_FAR;)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != sentence || ends_clause (token))
        return FALSE;
      if (token->kind == TOKEN_LEVEL)
        {
          collect_level_group (r, k, levels);
          return TRUE;
        }
    }
  return FALSE;
}

/* "… which causes moderate canal stenosis and mild compression of the
 * cauda equina": the second of two coordinated findings is where the
 * first is, when the first has a level before it. */
static gboolean
level_of_coordinate (const Reader *r,
                     const Match  *finding,
                     Levels       *levels)
{
  gboolean coordinated = FALSE;
  guint steps = 0;

  for (guint k = finding->first; k-- > 0 && steps++ < 3;)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != token_at (r, finding->first)->sentence || token->kind != TOKEN_WORD)
        return FALSE;
      if (is_finding (match))
        return coordinated && level_before (r, match, levels);
      if (match != NULL)
        return FALSE;
      if (token_has (r, token, WORD_COORDINATOR))
        coordinated = TRUE;
      else if (token_grade_for (r, token, TRUE) == SPINECDS_GRADE_NONE && !token_has (r, token, WORD_SKIPPABLE))
        return FALSE;
    }
  return FALSE;
}

static void
finding_levels (const Reader *r,
                const Match  *finding,
                Levels       *levels)
{
  const Token *start = token_at (r, finding->first);

  /* Inside: "narrowing of the left C5-C6 neural foramen". */
  for (guint k = finding->first; k <= finding->last; k++)
    if (token_at (r, k)->kind == TOKEN_LEVEL)
      levels_add (levels, token_at (r, k)->first, token_at (r, k)->last);

  if (levels->n == 0 &&
      !level_after (r, finding, LEVEL_NEAR, TRUE, levels) &&
      !level_before (r, finding, levels) &&
      !level_after (r, finding, LEVEL_FAR, FALSE, levels) &&
      !level_of_coordinate (r, finding, levels) &&
      start->heading_first >= 0)
    levels_add (levels, start->heading_first, start->heading_last);
}

/* ------------------------------------------------------------------ */
/* Mentions                                                            */
/* ------------------------------------------------------------------ */

G_DEFINE_BOXED_TYPE (SpineCdsMention, spinecds_mention, spinecds_mention_copy, spinecds_mention_free)

SpineCdsMention *
spinecds_mention_copy (const SpineCdsMention *self)
{
  SpineCdsMention *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (SpineCdsMention, 1);
  *copy = *self;
  copy->level = g_strdup (self->level);
  copy->text = g_strdup (self->text);
  return copy;
}

void
spinecds_mention_free (SpineCdsMention *self)
{
  if (self == NULL)
    return;

  g_free (self->level);
  g_free (self->text);
  g_free (self);
}

const char *
spinecds_mention_status_to_string (SpineCdsMentionStatus status)
{
  switch (status)
    {
    case SPINECDS_MENTION_POSITIVE: return "positive";
    case SPINECDS_MENTION_NEGATED: return "negated";
    case SPINECDS_MENTION_UNCERTAIN: return "uncertain";
    default: g_return_val_if_reached (NULL);
    }
}

/* The span as written, with control bytes blanked and invalid UTF-8
 * replaced, so it can go into JSON and widgets as it is. */
static char *
span_text (const Reader *r,
           gsize         start,
           gsize         end)
{
  g_autofree char *copy = g_strndup (r->text + start, end - start);

  for (char *p = copy; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      *p = ' ';
  return g_utf8_make_valid (copy, -1);
}

/* The value that an attribute ("cord signal", "the canal") is given,
 * before it ("normal cord signal") or after it ("cord signal: normal",
 * "the canal and foramina are widely patent"). FALSE when it is given
 * none that is known: the attribute is then no mention at all. */
static gboolean
attribute_value (const Reader          *r,
                 const Match           *attribute,
                 SpineCdsMentionStatus *status)
{
  guint32 sentence = token_at (r, attribute->first)->sentence;
  guint steps = 0;

  for (guint k = attribute->first; k-- > 0 && steps++ < 3;)
    {
      const Token *token = token_at (r, k);

      if (token->sentence != sentence || token->match >= 0 ||
          (token->kind != TOKEN_WORD && token->kind != TOKEN_LEVEL))
        break;
      if (token_has (r, token, WORD_NORMAL_VALUE))
        {
          *status = SPINECDS_MENTION_NEGATED;
          return TRUE;
        }
      /* "normal T2 cord signal", "normal left foramen" */
      if (token->kind != TOKEN_LEVEL && !token_has (r, token, WORD_SKIPPABLE) && !is_sequence (token))
        break;
    }

  steps = 0;
  for (guint k = attribute->last + 1; k < r->tokens->len && steps++ < 10; k++)
    {
      const Token *token = token_at (r, k);
      const Match *match = match_of (r, token);

      if (token->sentence != sentence)
        return FALSE;
      if (token->kind == TOKEN_COLON && k == attribute->last + 1)
        continue;
      if (token->kind != TOKEN_WORD && token->kind != TOKEN_LEVEL)
        return FALSE;
      if (match != NULL)
        {
          /* "the canal and the foramina are patent" */
          if (match->phrase->kind != ATTRIBUTE)
            return FALSE;
          k = match->last;
          continue;
        }
      if (token_has (r, token, WORD_NORMAL_VALUE))
        {
          *status = SPINECDS_MENTION_NEGATED;
          return TRUE;
        }
      if (token_has (r, token, WORD_ABNORMAL_VALUE))
        {
          *status = SPINECDS_MENTION_POSITIVE;
          return TRUE;
        }
      if (token->kind != TOKEN_LEVEL && !token_has (r, token, WORD_VALUE_LINK))
        return FALSE;
    }
  return FALSE;
}

/* A word of the sentence of @match says "cervical" ("neck"). */
static gboolean
sentence_is_cervical (const Reader *r,
                      const Match  *match)
{
  guint32 sentence = token_at (r, match->first)->sentence;
  guint steps = 0;

  for (guint k = match->first; k-- > 0 && steps++ < SCAN_LIMIT && token_at (r, k)->sentence == sentence;)
    if (token_at (r, k)->kind == TOKEN_WORD && token_at (r, k)->word == r->vocab->cervical_word)
      return TRUE;
  steps = 0;
  for (guint k = match->last + 1;
       k < r->tokens->len && steps++ < SCAN_LIMIT && token_at (r, k)->sentence == sentence; k++)
    if (token_at (r, k)->kind == TOKEN_WORD && token_at (r, k)->word == r->vocab->cervical_word)
      return TRUE;
  return FALSE;
}

static void
add_mentions (const Reader *r,
              const Match  *finding,
              GPtrArray    *mentions)
{
  SpineCdsMentionStatus status;
  SpineCdsGrade grade;
  Levels levels = { .n = 0 };
  g_autofree char *level = NULL;
  const Token *first = token_at (r, finding->first);
  const Token *last = token_at (r, finding->last);

  if (finding->phrase->kind == ATTRIBUTE)
    {
      if (!attribute_value (r, finding, &status))
        return;
      /* An affirming value may still sit under a cue. */
      if (status == SPINECDS_MENTION_POSITIVE)
        status = finding_status (r, finding);
    }
  else
    status = finding_status (r, finding);

  finding_levels (r, finding, &levels);
  /* "Focal kyphosis at C4-C5", "cervical kyphosis": not at T12. */
  if ((finding->phrase->flags & PHRASE_CERVICAL) &&
      !(levels.n > 0 ? levels.first[0] <= 7 : sentence_is_cervical (r, finding)))
    return;

  grade = finding_grade (r, finding);
  level = levels_format (&levels);

  for (guint c = 0; c < G_N_ELEMENTS (finding->phrase->codes); c++)
    {
      const char *code = finding->phrase->codes[c];
      SpineCdsMention *mention;

      if (code == NULL)
        continue;

      mention = g_new0 (SpineCdsMention, 1);
      mention->code = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, code)->code;
      mention->grade = grade;
      mention->level = g_strdup (level);
      mention->start = first->start;
      mention->end = last->end;
      mention->text = span_text (r, first->start, last->end);
      mention->status = status;
      mention->section = first->section;
      g_ptr_array_add (mentions, mention);
    }
}

GPtrArray *
spinecds_report_read (const char *text,
                      gssize      length)
{
  Reader r = { NULL, };
  GPtrArray *mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);

  g_return_val_if_fail (text != NULL || length == 0, mentions);

  r.vocab = vocabulary_get ();
  r.text = text != NULL ? text : "";
  r.length = length < 0 ? strlen (r.text) : (gsize) length;
  r.tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), r.length / 5 + 16);
  r.matches = g_array_new (FALSE, FALSE, sizeof (Match));

  tokenize (&r);
  resolve_sequences (&r);
  number_sentences (&r);
  mark_sections (&r);
  match_phrases (&r);

  for (guint i = 0; i < r.matches->len; i++)
    {
      const Match *match = &g_array_index (r.matches, Match, i);

      if (is_finding (match) || match->phrase->kind == ATTRIBUTE)
        add_mentions (&r, match, mentions);
    }

  g_array_unref (r.tokens);
  g_array_unref (r.matches);
  return mentions;
}

/* ------------------------------------------------------------------ */
/* Summary                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  const SpineCdsMention *best;  /* highest grade, then earliest */
  SpineCdsGrade          grade;
  Levels                 levels;
} CodeSummary;

/* Positive beats uncertain beats negated. */
static int
status_rank (SpineCdsMentionStatus status)
{
  switch (status)
    {
    case SPINECDS_MENTION_POSITIVE: return 3;
    case SPINECDS_MENTION_UNCERTAIN: return 2;
    default: return 1;
    }
}

static guint
finding_index (const char *code)
{
  guint n_codes;
  const SpineCdsCodeInfo *codes = spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_codes);

  for (guint i = 0; i < n_codes; i++)
    if (g_str_equal (codes[i].code, code))
      return i;
  g_assert_not_reached ();
}

static void
code_summary_add (CodeSummary           *entry,
                  const SpineCdsMention *mention)
{
  if (entry->best == NULL || status_rank (mention->status) > status_rank (entry->best->status))
    {
      entry->best = mention;
      entry->grade = mention->grade;
      entry->levels.n = 0;
    }
  else if (mention->status == entry->best->status)
    {
      if (mention->grade > entry->best->grade)
        entry->best = mention;
      entry->grade = MAX (entry->grade, mention->grade);
    }
  else
    return;

  if (mention->level != NULL)
    levels_parse (&entry->levels, mention->level);
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const SpineCdsMention *x = *(SpineCdsMention * const *) a;
  const SpineCdsMention *y = *(SpineCdsMention * const *) b;

  return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

SpineCdsReportSummary *
spinecds_report_summarize (GPtrArray *mentions)
{
  g_autoptr(SpineCdsReportSummary) self = g_new0 (SpineCdsReportSummary, 1);
  guint n_codes;
  g_autofree CodeSummary *entries = NULL;

  g_return_val_if_fail (mentions != NULL, NULL);

  spinecds_codes_list (SPINECDS_CODE_KIND_FINDING, &n_codes);
  entries = g_new0 (CodeSummary, n_codes);

  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  self->negated = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);
  self->uncertain = g_ptr_array_new_with_free_func ((GDestroyNotify) spinecds_mention_free);

  for (guint i = 0; i < mentions->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (mentions, i);

      if (mention->section == SPINECDS_REPORT_SECTION_BODY)
        code_summary_add (&entries[finding_index (mention->code)], mention);
    }

  for (guint i = 0; i < n_codes; i++)
    {
      SpineCdsMention *entry;
      GPtrArray *list;

      if (entries[i].best == NULL)
        continue;

      entry = spinecds_mention_copy (entries[i].best);
      entry->grade = entries[i].grade;
      g_free (entry->level);
      entry->level = levels_format (&entries[i].levels);

      list = entry->status == SPINECDS_MENTION_POSITIVE ? self->findings :
             entry->status == SPINECDS_MENTION_NEGATED ? self->negated : self->uncertain;
      g_ptr_array_add (list, entry);
    }

  g_ptr_array_sort (self->findings, compare_start);
  g_ptr_array_sort (self->negated, compare_start);
  g_ptr_array_sort (self->uncertain, compare_start);
  return g_steal_pointer (&self);
}

SpineCdsReportSummary *
spinecds_report_summary_new (const char *text,
                             gssize      length)
{
  g_autoptr(GPtrArray) mentions = spinecds_report_read (text, length);

  return spinecds_report_summarize (mentions);
}

void
spinecds_report_summary_free (SpineCdsReportSummary *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->negated, g_ptr_array_unref);
  g_clear_pointer (&self->uncertain, g_ptr_array_unref);
  g_free (self);
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

/* The nicks of spinecds-types.h, which CASE-FORMAT fixes. */
static const char *
grade_nick (SpineCdsGrade grade)
{
  switch (grade)
    {
    case SPINECDS_GRADE_MILD: return "mild";
    case SPINECDS_GRADE_MODERATE: return "moderate";
    case SPINECDS_GRADE_SEVERE: return "severe";
    default: return NULL;
    }
}

static void
append_key (GString    *out,
            guint       indent,
            const char *key)
{
  spinecds_json_append_indent (out, indent);
  spinecds_json_append_string (out, key);
  g_string_append (out, ": ");
}

static void
append_nullable (GString    *out,
                 const char *value)
{
  if (value != NULL)
    spinecds_json_append_string (out, value);
  else
    g_string_append (out, "null");
}

static void
append_mention_json (GString               *out,
                     const SpineCdsMention *mention)
{
  spinecds_json_append_indent (out, 2);
  g_string_append (out, "{\n");
  append_key (out, 3, "code");
  spinecds_json_append_string (out, mention->code);
  g_string_append (out, ",\n");
  append_key (out, 3, "grade");
  append_nullable (out, grade_nick (mention->grade));
  g_string_append (out, ",\n");
  append_key (out, 3, "level");
  append_nullable (out, mention->level);
  g_string_append (out, ",\n");
  append_key (out, 3, "text");
  spinecds_json_append_string (out, mention->text);
  g_string_append (out, ",\n");
  append_key (out, 3, "start");
  spinecds_json_append_number (out, mention->start);
  g_string_append (out, ",\n");
  append_key (out, 3, "end");
  spinecds_json_append_number (out, mention->end);
  g_string_append_c (out, '\n');
  spinecds_json_append_indent (out, 2);
  g_string_append_c (out, '}');
}

static void
append_list_json (GString         *out,
                  const char      *key,
                  const GPtrArray *list,
                  gboolean         last)
{
  append_key (out, 1, key);
  if (list->len == 0)
    g_string_append (out, "[]");
  else
    {
      g_string_append (out, "[\n");
      for (guint i = 0; i < list->len; i++)
        {
          append_mention_json (out, g_ptr_array_index (list, i));
          g_string_append (out, i + 1 < list->len ? ",\n" : "\n");
        }
      spinecds_json_append_indent (out, 1);
      g_string_append_c (out, ']');
    }
  g_string_append (out, last ? "\n" : ",\n");
}

char *
spinecds_report_summary_to_json (const SpineCdsReportSummary *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new ("{\n");
  append_list_json (out, "findings", self->findings, FALSE);
  append_list_json (out, "negated", self->negated, FALSE);
  append_list_json (out, "uncertain", self->uncertain, TRUE);
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

static void
append_list_text (GString         *out,
                  const char      *title,
                  const GPtrArray *list)
{
  g_string_append_printf (out, "%s\n", title);
  if (list->len == 0)
    /* Translators: an empty list of report findings */
    g_string_append_printf (out, "  %s\n", _("none"));

  for (guint i = 0; i < list->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (list, i);
      const SpineCdsCodeInfo *info = spinecds_codes_lookup (SPINECDS_CODE_KIND_FINDING, mention->code);
      const char *grade = grade_nick (mention->grade);

      g_string_append_printf (out, "  %s (%s)", _(info->label), mention->code);
      if (grade != NULL)
        g_string_append_printf (out, ", %s", grade);
      if (mention->level != NULL)
        g_string_append_printf (out, ", %s", mention->level);
      /* Translators: the phrase of the report and its byte offsets */
      g_string_append_printf (out, _(": “%s”, bytes %lu–%lu\n"),
                              mention->text, (gulong) mention->start, (gulong) mention->end);
    }
}

char *
spinecds_report_summary_to_text (const SpineCdsReportSummary *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);
  /* Translators: headings of the findings read from a radiology report */
  append_list_text (out, _("Findings:"), self->findings);
  append_list_text (out, _("Negated:"), self->negated);
  append_list_text (out, _("Uncertain:"), self->uncertain);
  return g_string_free (out, FALSE);
}

GPtrArray *
spinecds_report_summary_dup_findings (const SpineCdsReportSummary *self)
{
  GPtrArray *findings;

  g_return_val_if_fail (self != NULL, NULL);

  findings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->findings->len; i++)
    {
      const SpineCdsMention *mention = g_ptr_array_index (self->findings, i);
      SpineCdsFinding *finding = spinecds_finding_new (mention->code);

      spinecds_finding_set_grade (finding, mention->grade);
      spinecds_finding_set_level (finding, mention->level);
      g_ptr_array_add (findings, finding);
    }
  return findings;
}
