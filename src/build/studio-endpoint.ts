/**
 * The studio's endpoints on the dev server (never in the built deck): the slides' recording state,
 * and saving a take. Saving accepts only a slide id of the deck, an audio type whose bytes agree,
 * at most MAX_TAKE_BYTES, from loopback (the socket and the Host and Origin headers, against DNS
 * rebinding), on the one method and path it expects; anything else is refused with a status and a
 * one-line JSON reason, and nothing is written.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { writeFilesAtomic } from '../export/atomic-write.ts';
import type { Deck } from '../model/index.ts';
import { recordingSlideId } from '../narration/index.ts';
import {
  containerFits,
  MAX_TAKE_BYTES,
  marksFile,
  PART_MARKS_HEADER,
  parsePartMarks,
  RECORDING_EXTENSION_LIST,
  STUDIO_API,
  sniffContainer,
  TAKE_MARKS_FORMAT,
  type TakeMarks,
  takeExtension,
} from '../narration/take.ts';
import { scriptHash } from './narration/cache.ts';
import { studioSlides } from './studio-state.ts';

/** The deck as it is now, and its narration folder, where takes are saved. */
export interface StudioProject {
  readonly deck: Deck;
  readonly narrationDir: string;
}

export interface StudioEndpointOptions {
  /** Loaded once per request (so a script edited meanwhile counts). */
  readonly project: () => StudioProject;
  /** @defaultValue MAX_TAKE_BYTES */
  readonly maxBytes?: number;
}

type Next = (error?: unknown) => void;
export type StudioMiddleware = (request: IncomingMessage, response: ServerResponse, next: Next) => void;

/** A refusal: its HTTP status and the one line that says why and what to do. */
export class StudioRequestError extends Error {
  override readonly name = 'StudioRequestError';
  constructor(
    readonly status: 400 | 403 | 404 | 405 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a socket's remote address is this machine. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Whether a Host header (`name[:port]`) names this machine by a loopback name. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return LOOPBACK_HOSTS.has(name.toLowerCase());
}

/** Whether an Origin header is a page of this machine (absent: not a browser's cross-site request). */
export function isLoopbackOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.host);
  } catch {
    return false;
  }
}

/** Refuses a request that does not come from this machine, or that a page of another site made. */
export function checkLoopback(request: IncomingMessage): void {
  if (!isLoopbackAddress(request.socket.remoteAddress)) {
    throw new StudioRequestError(
      403,
      `The studio answers only this machine, not ${request.socket.remoteAddress ?? 'an unknown address'}. Fix: open the studio on the machine that runs npm run record.`,
    );
  }
  if (!isLoopbackHost(request.headers.host)) {
    throw new StudioRequestError(
      403,
      `The studio answers only to localhost, 127.0.0.1 or [::1], not the host "${request.headers.host ?? ''}". Fix: open the URL npm run record prints.`,
    );
  }
  const origin = request.headers.origin;
  if (!isLoopbackOrigin(origin)) {
    throw new StudioRequestError(
      403,
      `The studio takes requests only from its own pages, not from ${origin}. Fix: record from the URL npm run record prints.`,
    );
  }
}

export function studioEndpoint(options: StudioEndpointOptions): StudioMiddleware {
  const maxBytes = options.maxBytes ?? MAX_TAKE_BYTES;
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== STUDIO_API && !url.pathname.startsWith(`${STUDIO_API}/`)) {
      next();
      return;
    }
    handle(request, url, options, maxBytes)
      .then((answer) => send(response, 200, answer))
      .catch((error: unknown) => {
        // Stop reading a refused body: nothing of it is kept.
        request.resume();
        if (error instanceof StudioRequestError) send(response, error.status, { error: error.message });
        else next(error);
      });
  };
}

async function handle(
  request: IncomingMessage,
  url: URL,
  options: StudioEndpointOptions,
  maxBytes: number,
): Promise<unknown> {
  checkLoopback(request);
  const path = url.pathname.slice(STUDIO_API.length);
  if (path === '/slides') {
    allow(request, 'GET');
    const { deck, narrationDir } = options.project();
    return { slides: studioSlides(deck, narrationDir) };
  }
  const take = /^\/takes\/([^/]+)$/.exec(path);
  if (!take) {
    throw new StudioRequestError(
      404,
      `There is no studio endpoint ${url.pathname}. Fix: GET ${STUDIO_API}/slides or POST ${STUDIO_API}/takes/<slide id>.`,
    );
  }
  allow(request, 'POST');
  const id = decodeURIComponent(take[1] ?? '');
  const { deck, narrationDir: dir } = options.project();
  const placed = deck.slides.find((candidate) => candidate.slide.id === id);
  if (!placed) {
    throw new StudioRequestError(
      404,
      `There is no slide "${id}" in the deck. Fix: send the take to ${STUDIO_API}/takes/<slide id> with a slide id of the deck.`,
    );
  }
  const extension = takeExtension(request.headers['content-type']);
  if (!extension) {
    throw new StudioRequestError(
      415,
      `A take must be sent as audio (audio/webm, audio/ogg, audio/mp4, audio/mpeg or audio/wav), not "${request.headers['content-type'] ?? 'no type'}". Fix: send the recorder's Blob with its own type.`,
    );
  }
  const marks = parsePartMarks(header(request, PART_MARKS_HEADER), placed.script.length);
  if (!marks) {
    throw new StudioRequestError(
      400,
      `The part marks "${header(request, PART_MARKS_HEADER) ?? ''}" are not rising whole milliseconds from 0, at most one per part (slide "${id}" has ${placed.script.length}). Fix: send ${PART_MARKS_HEADER}: 0,<ms>,... with one mark per part begun.`,
    );
  }
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readBody(request, maxBytes);
  if (bytes.length === 0) {
    throw new StudioRequestError(400, `The take for slide "${id}" is empty. Fix: record again; nothing was saved.`);
  }
  const container = sniffContainer(bytes);
  if (!containerFits(extension, container)) {
    throw new StudioRequestError(
      415,
      `The take for slide "${id}" was sent as ${extension} but its bytes are ${container ?? 'no audio format known here'}. Fix: send a recording in one of ${RECORDING_EXTENSION_LIST}, with its own type.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const audio = `${id}.${extension}`;
  const stamp: TakeMarks = {
    format: TAKE_MARKS_FORMAT,
    slide: id,
    audio,
    scriptHash: scriptHash(placed.script),
    parts: marks,
  };
  // Audio and marks land together, or neither does: a failed take never replaces a kept one.
  await writeFilesAtomic([
    { path: resolve(dir, audio), bytes },
    { path: resolve(dir, marksFile(id)), bytes: new TextEncoder().encode(`${JSON.stringify(stamp, null, 2)}\n`) },
  ]);
  // The slide's take in another format is replaced by this one: one recording per slide.
  for (const name of readdirSync(dir)) {
    if (name !== audio && recordingSlideId(name) === id) rmSync(resolve(dir, name));
  }
  return { saved: audio, bytes: bytes.length, marks: marksFile(id) };
}

function allow(request: IncomingMessage, method: 'GET' | 'POST'): void {
  if (request.method !== method) {
    throw new StudioRequestError(
      405,
      `${request.url} takes ${method}, not ${request.method}. Fix: send a ${method} request.`,
    );
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function tooLarge(maxBytes: number): StudioRequestError {
  return new StudioRequestError(
    413,
    `A take may be at most ${Math.round(maxBytes / 1024 / 1024)} MB. Fix: record the slide in a shorter take, or at a lower bitrate.`,
  );
}

/** The body, refused as soon as it passes the limit, whatever Content-Length said. */
async function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
  });
  response.end(json);
}
