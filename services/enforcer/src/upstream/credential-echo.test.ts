import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_MARKER,
  credentialValues,
  environmentCredentials,
  FRAGMENT,
  spellingsOf,
  withoutCredentials,
} from './credential-echo';

describe('credential values of an upstream call', () => {
  it('takes the token of an Authorization and the whole value of a credential header', () => {
    const values = credentialValues(
      {
        Authorization: 'Bearer tok-0123456789',
        'X-Api-Key': 'key-abcdef012',
        'x-ehr-gate': 'gate-credential',
      },
      'x-ehr-gate',
    );
    expect(values).toEqual(['tok-0123456789', 'key-abcdef012', 'gate-credential']);
  });

  it('leaves mirrored Mcp-* headers, other headers and values under 8 characters alone', () => {
    expect(
      credentialValues({
        'mcp-param-api-key': 'argument-value-1',
        'mcp-name': 'lookup_token',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        authorization: 'Bearer short',
      }),
    ).toBeNull();
  });
});

describe("credential values of a stdio server's environment", () => {
  it('takes variables named like a key, token, secret, password or credential, of 8 characters or more', () => {
    expect(
      environmentCredentials({
        PATH: '/usr/local/bin:/usr/bin',
        EHR_API_KEY: 'key-0123456789',
        GITHUB_TOKEN: 'ghp_synthetic01',
        DB_PASSWORD: 'pw-synthetic-01',
        Service_Credential: 'cred-synthetic',
        SHORT_SECRET: 'short',
        EHR_REGION: 'region-synthetic-1',
      }),
    ).toEqual(['key-0123456789', 'ghp_synthetic01', 'pw-synthetic-01', 'cred-synthetic']);
    expect(environmentCredentials({ PATH: '/usr/bin', HOME: '/home/synthetic' })).toBeNull();
  });
});

describe('withoutCredentials', () => {
  const values = ['tok-0123456789'];

  it('replaces every occurrence with the marker', () => {
    const text = '{"a":"Bearer tok-0123456789","b":"tok-0123456789tok-0123456789"}';
    expect(String(withoutCredentials(Buffer.from(text), values))).toBe(
      `{"a":"Bearer ${CREDENTIAL_MARKER}","b":"${CREDENTIAL_MARKER}${CREDENTIAL_MARKER}"}`,
    );
  });

  it('returns the same buffer when nothing occurs or there is no credential', () => {
    const bytes = Buffer.from('{"result":{}}');
    expect(withoutCredentials(bytes, values)).toBe(bytes);
    expect(withoutCredentials(bytes, null)).toBe(bytes);
  });
});

describe('withoutCredentials against an upstream that encodes what it echoes', () => {
  const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXBhcnQ';
  const secret = 'p@ss/w+rd="quoted"\\x';
  const values = [token, secret];
  const scrubbed = (text: string) => String(withoutCredentials(Buffer.from(text), values));

  it.each([0, 1, 2, 3, 4, 5])(
    'attack: the token inside base64 text that starts %i bytes before it is replaced',
    (before) => {
      const echoed = `${'h'.repeat(before)}authorization: Bearer ${token}\r\nhost: ehr`;
      for (const encoding of ['base64', 'base64url'] as const) {
        const text = scrubbed(`{"blob":"${Buffer.from(echoed).toString(encoding)}"}`);
        expect(text).toContain(CREDENTIAL_MARKER);
        // Whatever decodes from the rest of the blob holds no part of the token worth having.
        const blob = text.slice(9, -2).split(CREDENTIAL_MARKER);
        for (const piece of blob)
          expect(Buffer.from(piece, encoding).toString('latin1')).not.toContain(token.slice(0, 8));
        expect(blob.join('').length).toBeLessThan(Buffer.from(echoed).toString(encoding).length - 60);
      }
    },
  );

  it('attack: a value echoed as a JSON string, with slashes escaped, or percent-encoded is replaced', () => {
    for (const echoed of [
      JSON.stringify({ 'x-api-key': secret }),
      JSON.stringify({ 'x-api-key': secret }).replaceAll('/', '\\/'),
      `https://echo.example/?key=${encodeURIComponent(secret)}`,
      `https://echo.example/?key=${encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())}`,
    ]) {
      const text = scrubbed(echoed);
      expect({ echoed, text: text.includes(CREDENTIAL_MARKER) }).toEqual({ echoed, text: true });
      expect(text).not.toContain('w+rd');
      expect(text).not.toContain('w%2Brd');
      expect(text).not.toContain('w%2brd');
    }
  });

  it('spells each value once per distinct spelling, and a short value only as sent', () => {
    expect(spellingsOf(token).map(String)).toContain(token);
    const jwtSpellings = spellingsOf(token).map(String);
    expect(new Set(jwtSpellings).size).toBe(jwtSpellings.length);
    expect(spellingsOf('12345678').every((s) => s.length >= 8)).toBe(true);
    expect(spellingsOf(token)).toBe(spellingsOf(token));
  });
});

describe('withoutCredentials against an upstream that hex-encodes or cuts what it echoes', () => {
  const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzeW50aGV0aWMtMDEifQ.c2lnbmF0dXJlLXN5bnRoZXRpYw';
  const values = [token];
  const scrubbed = (text: string) => String(withoutCredentials(Buffer.from(text), values));
  const hexOf = (text: string) => Buffer.from(text).toString('hex');

  it.each([
    ['lower', (text: string) => hexOf(text)],
    ['upper', (text: string) => hexOf(text).toUpperCase()],
  ])('attack: the token echoed as %s-case hex, at an even or odd byte, is replaced', (_case, encode) => {
    for (const before of ['', 'x']) {
      const dump = encode(`${before}Bearer ${token}\r\n`);
      const text = scrubbed(`{"dump":"${dump}"}`);
      expect(text).toContain(CREDENTIAL_MARKER);
      for (const piece of text.slice(9, -2).split(CREDENTIAL_MARKER))
        expect(
          Buffer.from(piece.length % 2 ? piece.slice(1) : piece, 'hex').toString('latin1'),
        ).not.toContain(token.slice(20, 32));
    }
  });

  it('attack: a token cut in two messages (two notifications, two SSE events) has both halves replaced', () => {
    const cut = Math.floor(token.length / 2);
    const first = scrubbed(`{"method":"notifications/message","params":{"data":"${token.slice(0, cut)}"}}`);
    const second = scrubbed(`{"method":"notifications/message","params":{"data":"${token.slice(cut)}"}}`);
    expect(first).toBe(`{"method":"notifications/message","params":{"data":"${CREDENTIAL_MARKER}"}}`);
    expect(second).toBe(`{"method":"notifications/message","params":{"data":"${CREDENTIAL_MARKER}"}}`);
  });

  it('attack: a token cut in pieces of FRAGMENT characters or more, in any spelling, leaves none of them', () => {
    const pieces: string[] = [];
    for (let at = 0; at < token.length; at += FRAGMENT + 3) pieces.push(token.slice(at, at + FRAGMENT + 3));
    for (const piece of pieces.filter((p) => p.length >= FRAGMENT)) {
      for (const echoed of [
        piece,
        hexOf(piece),
        hexOf(piece).toUpperCase(),
        encodeURIComponent(`/${piece}`),
      ]) {
        const text = scrubbed(`before ${echoed} after`);
        expect({ echoed, text }).toEqual({
          echoed,
          text: `before ${echoed.startsWith('%2F') ? '%2F' : ''}${CREDENTIAL_MARKER} after`,
        });
      }
    }
  });

  it('attack: a base64 blob of the token wrapped over lines (MIME, 76 characters) keeps no line of it', () => {
    const blob = Buffer.from(`authorization: Bearer ${token}`).toString('base64');
    const wrapped = blob.match(/.{1,76}/g)?.join('\r\n') ?? '';
    const [head, ...rest] = scrubbed(wrapped).split(/\[upstream credential\]|\r\n/);
    // The header name before the token stays (its base64, 28 characters); nothing of the token does.
    expect(head?.length).toBeLessThan(Buffer.from('authorization: Bearer ').toString('base64').length + 2);
    for (const piece of rest) expect(piece.length).toBeLessThan(FRAGMENT);
  });

  it('leaves text that shares fewer than FRAGMENT characters with the token alone', () => {
    const text = `{"note":"${token.slice(0, FRAGMENT - 1)} and ${hexOf(token.slice(30, 35))}"}`;
    expect(withoutCredentials(Buffer.from(text), values).toString()).toBe(text);
  });

  it('stays linear: a message made of near-copies of the token costs about as much per byte as plain text', () => {
    const near = `${token.slice(0, FRAGMENT - 1)}#`.repeat(20_000);
    const plain = 'synthetic order line, quantity 1, status shipped\n'.repeat(5_000);
    // CPU time of this process (ns per byte), each text's search warmed up first: a shared
    // machine's wall clock, or code the first call runs unoptimized, would measure neither.
    const cost = (text: string) => {
      const bytes = Buffer.from(text);
      const start = process.cpuUsage();
      for (let i = 0; i < 5; i++) withoutCredentials(bytes, values);
      const used = process.cpuUsage(start);
      return ((used.user + used.system) * 1_000) / 5 / bytes.length;
    };
    cost(plain);
    cost(near);
    expect(cost(near)).toBeLessThan(cost(plain) * 20 + 50);
  });
});

describe('withoutCredentials against an upstream that writes the echo with JSON unicode escapes', () => {
  const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzeW50aGV0aWMtMDEifQ.c2lnbmF0dXJlLXN5bnRoZXRpYw';
  const escaped = (text: string, every: number) =>
    [...text]
      .map((ch, i) => (i % every === 0 ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch))
      .join('');

  it.each([1, 5, 11])(
    'attack: the token with every %i-th character written as \\u00XX reads as the marker once parsed',
    (every) => {
      const message = `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"auth: ${escaped(token, every)}","caf\\u00e9":"\\u00e9t\\u00e9"}]}}`;
      const parsed = JSON.parse(String(withoutCredentials(Buffer.from(message), [token])));
      const text = JSON.stringify(parsed);
      expect(text).not.toContain(token.slice(20, 32));
      expect(parsed.result.content[0].text).toBe(`auth: ${CREDENTIAL_MARKER}`);
      // The rest of the message reads as it did.
      expect(parsed.result.content[0].café).toBe('été');
      expect(parsed.id).toBe(1);
    },
  );

  it('leaves a message with unicode escapes and no credential as it was (the same buffer)', () => {
    const bytes = Buffer.from('{"jsonrpc":"2.0","id":1,"result":{"text":"caf\\u00e9 \\u003cb\\u003e"}}');
    expect(withoutCredentials(bytes, [token])).toBe(bytes);
  });
});

describe('withoutCredentials against an upstream mixing the case of hex or percent-encoding some characters', () => {
  const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzeW50aGV0aWMtMDEifQ.c2lnbmF0dXJlLXN5bnRoZXRpYw';
  const scrubbed = (text: string) => String(withoutCredentials(Buffer.from(text), [token]));

  it('attack: hex whose letters alternate case is replaced', () => {
    const hex = [...Buffer.from(token).toString('hex')].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
    const text = scrubbed(`{"dump":"${hex}"}`);
    expect(text).toBe(`{"dump":"${CREDENTIAL_MARKER}"}`);
  });

  it.each([1, 5, 11])(
    'attack: the token with every %i-th character percent-encoded (an unreserved one too) is replaced',
    (every) => {
      const encoded = [...token]
        .map((ch, i) => (i % every === 0 ? `%${ch.charCodeAt(0).toString(16).toUpperCase()}` : ch))
        .join('');
      const text = scrubbed(`{"link":"https://echo.example/?t=${encoded}&x=%20y"}`);
      expect(text).toContain(CREDENTIAL_MARKER);
      expect(decodeURIComponent(text)).not.toContain(token.slice(20, 32));
      // What is not the token reads as it did.
      expect(text).toContain('https://echo.example/?t=');
      expect(text).toContain('&x=%20y');
    },
  );
});

describe('withoutCredentials finds every window of a spelling, wherever it stands in a message', () => {
  const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzeW50aGV0aWMtMDEifQ.c2lnbmF0dXJlLXN5bnRoZXRpYw';
  const fold = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte | 0x20)).toString('latin1');
  const windows = new Set<string>();
  for (const spelling of spellingsOf(token)) {
    for (let at = 0; at + FRAGMENT <= spelling.length; at++)
      windows.add(fold(spelling.subarray(at, at + FRAGMENT)));
  }

  /** The definition, one window at a time: every FRAGMENT bytes of the message that are a spelling's, case folded. */
  function expected(message: Buffer): string {
    const ranges: [number, number][] = [];
    for (let at = 0; at + FRAGMENT <= message.length; at++) {
      if (!windows.has(fold(message.subarray(at, at + FRAGMENT)))) continue;
      const last = ranges.at(-1);
      if (last !== undefined && last[1] > at) last[1] = at + FRAGMENT;
      else ranges.push([at, at + FRAGMENT]);
    }
    let text = '';
    let from = 0;
    for (const [start, end] of ranges) {
      text += message.toString('latin1', from, start) + CREDENTIAL_MARKER;
      from = end;
    }
    return text + message.toString('latin1', from);
  }

  /** A seeded generator (mulberry32): the same messages on every run. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
  }

  it('replaces exactly the windows of the definition in messages of pieces of every spelling and text', () => {
    const next = random(20_261_127);
    const pick = (n: number) => Math.floor(next() * n);
    const spellings = spellingsOf(token).map((spelling) => spelling.toString('latin1'));
    const filler = ['x', 'xxxxxxxxxxxxxxxx', ' ', '"', ',', '#', 'ab', 'e', '0', '.', '-', 'Bearer ', '\n'];
    for (let n = 0; n < 3_000; n++) {
      let text = '';
      for (let parts = pick(6); parts >= 0; parts--) {
        if (next() < 0.5) {
          const spelling = spellings[pick(spellings.length)] as string;
          const start = pick(spelling.length);
          const piece = spelling.slice(start, start + 1 + pick(2 * FRAGMENT));
          text += next() < 0.3 ? [...piece].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('') : piece;
        } else {
          text += filler[pick(filler.length)];
        }
      }
      const message = Buffer.from(text, 'latin1');
      expect({ text, scrubbed: withoutCredentials(message, [token]).toString('latin1') }).toEqual({
        text,
        scrubbed: expected(message),
      });
    }
  });
});
