import { describe, expect, it } from 'vitest';
import { detectText } from '../detect';
import { expectDetected, expectKept } from '../test-helpers';
import { contact } from './catalog';
import { emailNames } from './email-names';

/** What the e-mail detector and the names before addresses find in `text`, by type. */
function found(text: string): string[] {
  return detectText(text, { detectors: [contact.email, emailNames] }).map(
    (s) => `${s.type}:${text.slice(s.start, s.end)}`,
  );
}

describe('a name written right before its own e-mail address', () => {
  it.each([
    ['Worker: Nyxlaq Quillari, Nyxlaq.Quillari69@gmail.com', 'Nyxlaq Quillari'],
    [' - tsehay van quillan (bf) 838 202 1947 / tsehay.vanquillan@mail.example.com', 'tsehay van quillan'],
    ['From: Embari Quillsen <e.quillsen@clinic.example.org>', 'Quillsen'],
    ['reach Dagong A. Quillkka - dagong_quillkka@hotmail.com', 'Dagong A. Quillkka'],
  ])('is a name, whatever list knows its words: %s', (text, name) => {
    expect(found(text)).toContain(`name:${name}`);
  });

  it('takes no word the address does not spell, no mailbox word and no short word', () => {
    expect(found('Billing Office billing@clinic.example.org')).toEqual(['email:billing@clinic.example.org']);
    expect(found('Send the form to Quillby: records@clinic.example.org')).toEqual([
      'email:records@clinic.example.org',
    ]);
    expect(found('Email: al@clinic.example.org')).toEqual(['email:al@clinic.example.org']);
    expect(found('contact Ana at ana@x.example.org')).toEqual(['email:ana@x.example.org']);
    expect(found('From: support  <support@clinic.example.org>')).toEqual([
      'email:support@clinic.example.org',
    ]);
    expect(found('From: Frontdesk <frontdesk@clinic.example.org>')).toEqual([
      'email:frontdesk@clinic.example.org',
    ]);
  });
});

describe('payment handles built like an address with no dot in the provider', () => {
  it.each([
    ['Payment: UPI meera.raghavan@okicici  Rs 250', 'meera.raghavan@okicici'],
    ['Paid via GPay to 9812345670@paytm on delivery', '9812345670@paytm'],
    ['VPA: kdesai@ybl', 'kdesai@ybl'],
    ['refund sent to arjun_pillai@oksbi yesterday', 'arjun_pillai@oksbi'],
  ])('masks %s', (text, handle) => expectDetected(text, handle, 'name'));

  it.each([
    ['npm install react@latest before the build', 'react@latest'],
    ['pinned lodash@4.17.21 in the lockfile', 'lodash@4.17.21'],
    ['ssh://deploy@buildhost/repo', 'deploy@buildhost'],
  ])('keeps %s', (text, kept) => expectKept(text, kept));

  it('is linear on a long run of handle characters', () => {
    const t0 = performance.now();
    detectText(`${'a.'.repeat(10000)}@x`);
    detectText('a@'.repeat(10000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
