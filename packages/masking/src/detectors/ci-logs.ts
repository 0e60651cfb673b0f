/**
 * Build and pipeline logs (GitHub Actions, GitLab, Jenkins, Azure Pipelines) name the account
 * that started or changed a run: "Triggered by lien-phan", "Re-run triggered by @ana-roe",
 * "Started by user Ann Roe", "Approved by j.roe". A login is a person's account, their names
 * often run together; a bot's ("dependabot[bot]", "github-actions"), a scheduler's ("Started by
 * timer") and a pipeline's ("Started by upstream project") stay.
 */
import type { Detector, ScanContext } from './detector';

const ACTION =
  /\b(?:[Tt]riggered|[Ss]tarted|[Rr]equested|[Pp]ushed|[Qq]ueued|[Ii]nitiated|[Aa]pproved|[Mm]erged|[Dd]eployed|[Cc]ancell?ed|[Rr]e-?run|[Aa]borted|[Aa]uthored|[Cc]ommitted) by (?:user )?/g;
/**
 * A login: letters, digits and single hyphens, dots or underscores between them, up to 39; one
 * written without '@' holds a digit or a joint ("lien-phan", "jroe42"), as no word of prose does
 * ("triggered by exercise").
 */
const LOGIN = /^(@?)([A-Za-z0-9](?:[A-Za-z0-9]|[-._](?=[A-Za-z0-9])){1,38})(?![\w@[-])/;
const LOGIN_SHAPE = /[-._\d]/;
/** A build's log: a runner's markers, or the words of a pipeline. */
const CI_CONTEXT = /##\[|\b(?:workflow|pipeline|[Jj]ob|[Bb]uild|CI|runner|[Cc]ommit|[Dd]eploy(?:ment)?)\b/;
/** A display name a server prints after "user": one to three capitalized words. */
const DISPLAY_NAME = /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2})(?![\p{L}\p{M}])/u;
/** Accounts and causes that are no person's. */
const NOT_A_PERSON = new Set(
  `dependabot renovate github-actions actions github gitlab jenkins buildkite azure-pipelines ci cd bot system
  scheduler schedule scheduled timer cron automation admin administrator root deploy release upstream an a the
  scm remote push merge api service anonymous unknown`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

function markAfter(ctx: ScanContext, at: number, byUser: boolean): void {
  const rest = ctx.text.slice(at, at + 80);
  const display = byUser ? DISPLAY_NAME.exec(rest) : null;
  const login = display ? null : LOGIN.exec(rest);
  const m = display ?? login;
  const value = display ? display[1] : login?.[2];
  if (!m || value === undefined || !/[A-Za-z]/.test(value) || NOT_A_PERSON.has(value.toLowerCase())) return;
  if (login && login[1] !== '@' && !LOGIN_SHAPE.test(value)) return;
  if (/(?:bot|-ci|-build)$/i.test(value)) return;
  const start = at + m[0].length - value.length;
  ctx.out.push({ start, end: start + value.length, type: 'name', ruleId: 'ci_logs' });
}

export const ciLogs: Detector = {
  id: 'ci_logs',
  types: ['name'],
  run(ctx) {
    if (!ctx.includes(' by ') || ctx.skip?.has('name') || !ctx.test(CI_CONTEXT)) return;
    ACTION.lastIndex = 0;
    for (let m = ACTION.exec(ctx.text); m !== null; m = ACTION.exec(ctx.text))
      markAfter(ctx, m.index + m[0].length, m[0].endsWith('user '));
  },
};
