/**
 * References to a person's biometric record written after what they capture: "voiceprint
 * vp_6bd0c1e2f3a4", "face-match vector fmv-0a1b2c3d", "iris code IRIS:0A1B2C3D4E5F",
 * "fingerprint template FT-88213", "Signature capture hash SS-7236-VHL" (an eConsent's captured
 * handwritten signature). The value is one token of letters, digits, '_', '-', ':'
 * or '.', at least six characters and three digits long; a word without digits ("voiceprint
 * matched") is none.
 */

import { digitCount } from '../char-codes';
import type { Detector, ScanContext, ScanOptions } from './detector';
import { scan } from './detector';

const SOURCES =
  '(?:signature[ -]capture|voice ?prints?|voice|face|facial|face-?match|faceprint|iris|retina|retinal|finger ?prints?|thumbprint|palm ?prints?|palm vein|finger vein|hand geometry|gait|keystroke)';
// A whole word: "ref" is not the start of "reference" ("fingerprint template reference KY-8835-UMH").
const ARTEFACTS =
  '(?:(?:vectors?|embeddings?|templates?|codes?|hash(?:es)?|signatures?|prints?|profiles?|ids?|refs?|references?|records?|samples?)(?![a-z]))';

/**
 * What a record says of the capture before its value: "voice ID enrolled …", "voiceprint match …",
 * "fingerprint template re-enrolled …", "fingerprint consent …".
 */
const STATUSES =
  '(?:(?:re-?)?(?:enrolled|enrollment|enrolment|registered|registration|captured|stored|verified|recorded|scanned)|on file|verification|authenticated|match(?:ed)?|hit|confirmed|consent(?:ed)?|updated)';

/**
 * A source and perhaps its artefact ("face-match vector", "iris code", "voiceprint"), or a scan of
 * it with the artefact in brackets ("palm vein scan (template …)"), then the value.
 */
const BIOMETRIC_RE = new RegExp(
  `\\b(?:${SOURCES}(?:[ -]${ARTEFACTS}){1,2}|voice ?prints?|faceprint|finger ?prints?|thumbprint|palm ?prints?|${SOURCES}[ -]scans?[ \\t]*[([][ \\t]*${ARTEFACTS})(?:\\s*(?:id|no\\.?|#))?(?:\\s+${STATUSES})?\\s*[:#=]?\\s*([A-Za-z0-9][\\w:.-]{4,}[A-Za-z0-9])(?![\\w-])`,
  'dgi',
);
const BIOMETRIC_GATE =
  /voice|face|facial|iris|retina|finger|thumb|palm|gait|keystroke|hand geometry|signature[ -]capture|biometric|print/i;

/**
 * A capture's reference in brackets a few words after it: "the reader didn't take my print
 * (RZ-6689-JNL)", "thumbprint on file (TP-40213)", "face scan failed (FS-88120-QX)".
 */
const BRACKETED_RE =
  /\b(?:(?:my|his|her|their|your|pt['’]?s|patient['’]?s)[ \t]+(?:finger|thumb|palm)?[ \t]?prints?|finger ?prints?|thumb ?prints?|palm ?prints?|face ?scans?|iris scans?|retina(?:l)? scans?|voice ?prints?)\b(?![ \t]+(?:jobs?|queue|outs?|preview|layout|settings|server|dialog|button|screen|copy|copies|run)\b)[^\n()]{0,30}\([ \t]*([A-Za-z0-9][\w:.-]{4,}[A-Za-z0-9])[ \t]*\)/dgi;
/** A biometric token or template named as such: "biometric token f0e520d239cc829cf4dee387". */
const NAMED_RE =
  /\bbiometric[ \t]+(?:token|template|hash|id|ref|reference|record|key)[ \t]*[:#=]?[ \t]*([A-Za-z0-9][\w:.-]{5,}[A-Za-z0-9])(?![\w-])/dgi;

const OPTIONS: ScanOptions = { group: 1, accept: (v) => digitCount(v) >= 3 };

/**
 * A source and what was done with it, then the value, with no artefact named between ("palm-vein
 * enrolment 0298dbe1dd7fceccfabfbd13", "finger vein registered FV-20391"): a token of letters and
 * figures, never a date or a time ("face verified 2024-05-01").
 */
const ENROLLED_RE = new RegExp(
  `(?<![\\p{L}])${SOURCES.replace('palm vein', 'palm[ -]?vein').replace('finger vein', 'finger[ -]?vein')}[ \\t]+${STATUSES}[ \\t]*[:#=]?[ \\t]*([A-Za-z0-9][\\w.-]{4,}[A-Za-z0-9])(?![\\w-])`,
  'dgiu',
);
const ENROLLED: ScanOptions = {
  group: 1,
  accept: (v) => digitCount(v) >= 3 && /[A-Za-z]/.test(v) && !/^\d{4}-\d\d-\d\d/.test(v),
};

/**
 * A command's template flag on a line that names a biometric source ("enroll_palm.py --template
 * PV-4981-WBEK", "face_match --embedding=…"): the enrolled person's template.
 */
const FLAG_RE =
  /^(?=[^\n]*(?:palm|face|iris|finger|thumb|voice|retina|biometric))[^\n]*?--(?:template|embedding|vector|print|hash)(?:[ \t]+|=)["']?([A-Za-z0-9][\w:.-]{6,}[A-Za-z0-9])(?![\w-])/dgim;
/**
 * A stored template's file under a biometrics folder ("biometrics/palm/PV-5723-BSYL.tpl"):
 * the file's name without its extension.
 */
const STORED_RE =
  /\bbiometrics?\/(?:[a-z_-]{2,20}\/){0,2}([A-Za-z0-9][\w:.-]{5,}?[A-Za-z0-9])(?:\.(?:tpl|bin|dat|iso|fmr|wsq|ist|json))?(?=$|[\s"'?#/,;)])/dgi;
const VALUE_WITH_DIGIT: ScanOptions = { group: 1, accept: (v) => digitCount(v) >= 1 };
/**
 * A key or an attribute that names a biometric template, in JSON or markup carried as text
 * ("face_tmpl":"…", data-template="…" on a line about Face ID, "palmPrintHash: …").
 */
const KEYED_RE =
  /(?<![\w-])["']?[\w-]{0,16}?(?:face|palm|finger|iris|voice|retina|thumb)[\w-]{0,16}?(?:tmpl|template|print|hash|vector|embedding)[\w-]{0,16}["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9+/][\w+/:.=-]{6,}[A-Za-z0-9=])(?![\w-])/dgi;
const ATTRIBUTE_RE =
  /^(?=[^\n]*(?:palm|face|iris|finger|thumb|voice|retina|biometric))[^\n]*?\bdata-(?:template|embedding|vector|print|hash)=["']([A-Za-z0-9][\w+/:.=-]{6,}[A-Za-z0-9=])["']/dgim;

/**
 * A template, an embedding or a vector named later on the line that names the capture ("Facial
 * image captured at e-gate: photo_0192.png; template BN-0837-PDJ", "iris scan done, vector
 * 9f3ab27c41d0"): the captured person's; a key of a namespace or a path ("x/template=…") is another's.
 */
const CAPTURE_THEN_TEMPLATE_RE =
  /\b(?:facial|face|iris|retina(?:l)?|finger ?prints?|thumb ?prints?|palm(?:[ -]?vein)?|voice(?: ?prints?)?|biometrics?)\b[^\n]{0,80}?(?<![\w/.-])(?:templates?|embeddings?|vectors?)(?:[ \t]+(?:id|ref|reference|no\.?|#))?[ \t]*[:#=]?[ \t]*([A-Za-z0-9][\w:.-]{4,}[A-Za-z0-9])(?![\w-])/dgi;

/** A captured template's reference: as an enrolment's, and never a version ("template v3.2.14"). */
const CAPTURED: ScanOptions = {
  group: 1,
  accept: (v, m, text) => !/^v?\d+(?:\.\d+)+$/i.test(v) && (ENROLLED.accept?.(v, m, text) ?? false),
};

export const biometricRefs: Detector = {
  id: 'biometric_ref',
  types: ['biometric'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('biometric') || ctx.digits < 3 || !ctx.test(BIOMETRIC_GATE)) return;
    scan(ctx, BIOMETRIC_RE, 'biometric', 'biometric_ref', OPTIONS);
    scan(ctx, ENROLLED_RE, 'biometric', 'biometric_ref', ENROLLED);
    if (ctx.test(/template|embedding|vector/i))
      scan(ctx, CAPTURE_THEN_TEMPLATE_RE, 'biometric', 'biometric_ref', CAPTURED);
    if (ctx.includes('(')) scan(ctx, BRACKETED_RE, 'biometric', 'biometric_ref', OPTIONS);
    if (ctx.test(/biometric/i)) scan(ctx, NAMED_RE, 'biometric', 'biometric_ref', OPTIONS);
    if (ctx.includes('--')) scan(ctx, FLAG_RE, 'biometric', 'biometric_ref', VALUE_WITH_DIGIT);
    if (ctx.includes('=') || ctx.includes(':')) {
      scan(ctx, KEYED_RE, 'biometric', 'biometric_ref', VALUE_WITH_DIGIT);
      if (ctx.includes('data-')) scan(ctx, ATTRIBUTE_RE, 'biometric', 'biometric_ref', VALUE_WITH_DIGIT);
    }
    if (ctx.includes('/') && ctx.test(/biometric/i))
      scan(ctx, STORED_RE, 'biometric', 'biometric_ref', VALUE_WITH_DIGIT);
  },
};
