/**
 * Web addresses written without a scheme on well-known social, video, messaging and
 * fundraising sites, with a path that names someone: "tiktok.com/@jane.doe",
 * "instagram.com/janedoe_", "facebook.com/jane.doe.77", "gofundme.com/f/help-jane". A site's
 * name alone ("on instagram.com") or with no path stays.
 */
import type { Detector, ScanContext } from './detector';
import { scan } from './detector';
import { hasDomainSlash } from './gates';

const SITES =
  '(?:instagram|tiktok|facebook|fb|twitter|x|linkedin|youtube|threads|snapchat|pinterest|reddit|tumblr|gofundme|patreon|medium|substack|twitch|vimeo|soundcloud|spotify|bsky|mastodon|truthsocial|venmo|cash|ko-fi|buymeacoffee|linktr|onlyfans|weibo|vk)';
const TLDS = '(?:com|net|org|app|ee|me|be|social|tv|co|io)';

/** A site's address and a path of at least two characters, punctuation closing a sentence left out. */
const SOCIAL_URL_RE = new RegExp(
  `(?<![\\w@./-])(?:www\\.|m\\.)?(?:${SITES}\\.${TLDS}|youtu\\.be|t\\.me|wa\\.me|paypal\\.me)/[\\w@%~+.-]*[\\w@%~+-](?:/[\\w@%~+.=?&-]*[\\w@%~+=-])*`,
  'gi',
);
const SOCIAL_GATE =
  /instagram|tiktok|facebook|fb\.|twitter|x\.com|linkedin|youtu|threads|snapchat|pinterest|reddit|tumblr|gofundme|patreon|medium|substack|twitch|vimeo|soundcloud|spotify|bsky|mastodon|truthsocial|venmo|cash\.|ko-fi|buymeacoffee|linktr|onlyfans|weibo|vk\.|t\.me|wa\.me|paypal\.me/i;

export const socialUrls: Detector = {
  id: 'social_url',
  types: ['url'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('url') || !ctx.includes('/')) return;
    // Every address has a dot, its domain's letters and a slash: a cheaper look than the sites' names.
    if (!ctx.passes(hasDomainSlash) || !ctx.test(SOCIAL_GATE)) return;
    scan(ctx, SOCIAL_URL_RE, 'url', 'social_url');
  },
};
