import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../model/build-deck.ts';
import { deckOf, validSlides } from '../model/test-fixtures.ts';
import { STUDIO_API } from '../narration/take.ts';
import { scriptHash } from './narration/cache.ts';
import { isLoopbackAddress, isLoopbackHost, isLoopbackOrigin, studioEndpoint } from './studio-endpoint.ts';

const deck = buildDeck(deckOf(validSlides()));
const MAX_BYTES = 64 * 1024;
/** The first bytes of a WebM (EBML) file, then padding: enough for the sniffing the endpoint does. */
const WEBM = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, ...new Array(60).fill(0x42)]);
const WAV = (() => {
  const bytes = new Uint8Array(64);
  bytes.set(new TextEncoder().encode('RIFF'), 0);
  bytes.set(new TextEncoder().encode('WAVE'), 8);
  return bytes;
})();

let dir = '';
let server: Server;
let port = 0;

beforeAll(async () => {
  const middleware = studioEndpoint({ project: () => ({ deck, narrationDir: dir }), maxBytes: MAX_BYTES });
  server = createServer((req: IncomingMessage, res: ServerResponse) =>
    middleware(req, res, () => {
      res.writeHead(418);
      res.end('not the studio');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'studio-endpoint-'));
});

interface Sent {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array;
}

/** A request on a real socket, with exactly the headers given (and Host unless overridden). */
function send({ method = 'POST', path, headers = {}, body }: Sent): Promise<{ status: number; json: unknown }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { host: `localhost:${port}`, ...(body ? { 'content-length': String(body.length) } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          done({ status: res.statusCode ?? 0, json: res.statusCode === 418 ? text : JSON.parse(text) });
        });
      },
    );
    // A refusal may close the socket before the whole body is sent.
    req.on('error', fail);
    req.end(body ? Buffer.from(body) : undefined);
  });
}

const take = (overrides: Partial<Sent> & { headers?: Record<string, string> } = {}): Sent => ({
  path: `${STUDIO_API}/takes/four`,
  body: WEBM,
  ...overrides,
  headers: { 'content-type': 'audio/webm;codecs=opus', 'x-part-marks': '0,1500,3200', ...overrides.headers },
});

function reason(json: unknown): string {
  return (json as { error: string }).error;
}

function files(): string[] {
  return readdirSync(dir).sort();
}

describe('the studio endpoint', () => {
  it('saves a take and its part marks, stamped with the script it was made for', async () => {
    const answer = await send(take());
    expect(answer.status).toBe(200);
    expect(files()).toEqual(['four.marks.json', 'four.webm']);
    expect(readFileSync(join(dir, 'four.webm'))).toEqual(Buffer.from(WEBM));
    const marks = JSON.parse(readFileSync(join(dir, 'four.marks.json'), 'utf8'));
    const four = deck.slides.find((placed) => placed.slide.id === 'four');
    expect(marks).toEqual({
      format: 1,
      slide: 'four',
      audio: 'four.webm',
      scriptHash: scriptHash(four?.script ?? []),
      parts: [0, 1500, 3200],
    });
  });

  it("replaces the slide's take in another format, so a slide keeps one recording", async () => {
    writeFileSync(join(dir, 'four.wav'), WAV);
    expect((await send(take())).status).toBe(200);
    expect(files()).toEqual(['four.marks.json', 'four.webm']);
  });

  it('lists every slide with its script, cues and state', async () => {
    writeFileSync(join(dir, 'title.wav'), WAV);
    const answer = await send({ method: 'GET', path: `${STUDIO_API}/slides` });
    expect(answer.status).toBe(200);
    const slides = (answer.json as { slides: { id: string; parts: string[]; state: { kind: string } }[] }).slides;
    expect(slides.map((slide) => slide.id)).toEqual(['title', 'two', 'three', 'four', 'five']);
    expect(slides[3]?.parts).toEqual(['Two reasons.', 'The first.', 'The second.']);
    expect(slides[0]?.state.kind).toBe('recorded');
    expect(slides[1]?.state.kind).toBe('unvoiced');
  });

  it('leaves other paths to the rest of the server', async () => {
    expect((await send({ method: 'GET', path: '/index.html' })).status).toBe(418);
  });

  const refusals: [string, Sent, number, RegExp][] = [
    ['a slide id the deck does not have', take({ path: `${STUDIO_API}/takes/nope` }), 404, /no slide "nope"/],
    ['a path it does not serve', take({ path: `${STUDIO_API}/other` }), 404, /no studio endpoint/],
    ['another method', take({ method: 'PUT' }), 405, /takes POST, not PUT/],
    ['GET on a take', { method: 'GET', path: `${STUDIO_API}/takes/four` }, 405, /takes POST, not GET/],
    ['a type that is not audio', take({ headers: { 'content-type': 'text/html' } }), 415, /must be sent as audio/],
    ['no type at all', take({ headers: { 'content-type': '' } }), 415, /must be sent as audio/],
    [
      'audio whose bytes are another format',
      take({ headers: { 'content-type': 'audio/wav' } }),
      415,
      /sent as wav but its bytes are webm/,
    ],
    [
      'bytes of no audio format',
      take({ body: new TextEncoder().encode('<script>alert(1)</script>') }),
      415,
      /no audio format/,
    ],
    ['an empty take', take({ body: new Uint8Array(0) }), 400, /is empty/],
    ['part marks that fall back', take({ headers: { 'x-part-marks': '0,3200,1500' } }), 400, /not rising/],
    ['more part marks than parts', take({ headers: { 'x-part-marks': '0,1,2,3' } }), 400, /has 3/],
    ['part marks that are not numbers', take({ headers: { 'x-part-marks': '0,soon' } }), 400, /not rising/],
    ['a take over the size limit', take({ body: new Uint8Array(MAX_BYTES + 1).fill(0x1a) }), 413, /at most/],
    [
      'a Host that is not loopback (DNS rebinding)',
      take({ headers: { host: `evil.example:${port}` } }),
      403,
      /only to localhost/,
    ],
    ['an Origin of another site', take({ headers: { origin: 'http://evil.example' } }), 403, /only from its own pages/],
    ['an Origin that is not a URL', take({ headers: { origin: 'null' } }), 403, /only from its own pages/],
  ];
  it.each(refusals)(
    'refuses %s with its status, a one-line reason, and writes nothing',
    async (_, sent, status, words) => {
      writeFileSync(join(dir, 'four.wav'), WAV);
      const answer = await send(sent);
      expect(answer.status).toBe(status);
      expect(reason(answer.json)).toMatch(words);
      expect(reason(answer.json)).toMatch(/Fix: /);
      expect(reason(answer.json)).not.toContain('\n');
      // The kept take is untouched, and no temporary file is left behind.
      expect(files()).toEqual(['four.wav']);
      expect(readFileSync(join(dir, 'four.wav'))).toEqual(Buffer.from(WAV));
    },
  );

  it('refuses a request from another machine, whatever its headers say', async () => {
    const middleware = studioEndpoint({ project: () => ({ deck, narrationDir: dir }) });
    let status = 0;
    let body = '';
    const response = {
      writeHead: (code: number) => {
        status = code;
      },
      end: (text: string) => {
        body = text;
      },
    } as unknown as ServerResponse;
    const req = Object.assign((async function* () {})(), {
      url: `${STUDIO_API}/takes/four`,
      method: 'POST',
      headers: { host: 'localhost:5173', 'content-type': 'audio/webm' },
      socket: { remoteAddress: '192.168.1.20' },
      resume: () => {},
    }) as unknown as IncomingMessage;
    middleware(req, response, () => {});
    await new Promise((done) => setTimeout(done, 20));
    expect(status).toBe(403);
    expect(JSON.parse(body).error).toMatch(/only this machine, not 192\.168\.1\.20/);
    expect(existsSync(join(dir, 'four.webm'))).toBe(false);
  });
});

describe('what counts as this machine', () => {
  it('takes loopback addresses, names and origins, and nothing else', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.3.2.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '', undefined].some(isLoopbackAddress)).toBe(false);
    expect(['localhost:5173', '127.0.0.1', '[::1]:4270', 'LOCALHOST'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.evil.example', 'evil.example:5173', '127.0.0.1.nip.io'].some(isLoopbackHost)).toBe(false);
    expect(isLoopbackOrigin('http://127.0.0.1:4270')).toBe(true);
    expect(isLoopbackOrigin(undefined)).toBe(true);
    expect(isLoopbackOrigin('https://localhost.evil.example')).toBe(false);
  });
});
