// Runs Flite (WASI) once per text, for fliteEngine in flite.ts, in a process of its own. Reads a job
// from stdin: { wasm, dir, args, texts, memoryBytes }; writes dir/u<N>.wav, and Flite's printed
// timings to dir/u<N>.txt.
import { openSync, readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const PAGE_BYTES = 65_536;
const MEMORY_SECTION = 5;

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let next = at;
  for (;;) {
    const byte = bytes[next++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return { value, next };
  }
}

function leb(value) {
  const out = [];
  let rest = value;
  do {
    const byte = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? byte | 0x80 : byte);
  } while (rest > 0);
  return out;
}

/**
 * The module with its memory starting at minBytes. node:wasi (Node 20) keeps a pointer to an
 * instance's memory from when it starts, and does not renew it when the module grows its memory,
 * so what Flite writes after growing can land in freed memory: a crash or lost output. A module
 * that starts with all it needs never grows (nodejs/node#52402 is this, met with Flite).
 */
function withInitialMemory(module, minBytes) {
  let at = 8;
  while (at < module.length) {
    const size = readLeb(module, at + 1);
    const end = size.next + size.value;
    if (module[at] === MEMORY_SECTION) {
      const count = readLeb(module, size.next);
      const flags = module[count.next];
      const min = readLeb(module, count.next + 1);
      const max = flags & 1 ? readLeb(module, min.next) : null;
      const pages = Math.max(min.value, Math.ceil(minBytes / PAGE_BYTES));
      if (count.value !== 1 || (max && max.value < pages)) return module;
      const payload = [...leb(1), flags, ...leb(pages), ...(max ? leb(max.value) : [])];
      const section = Uint8Array.from([MEMORY_SECTION, ...leb(payload.length), ...payload]);
      const patched = new Uint8Array(at + section.length + module.length - end);
      patched.set(module.subarray(0, at));
      patched.set(section, at);
      patched.set(module.subarray(end), at + section.length);
      return patched;
    }
    at = end;
  }
  return module;
}

const job = JSON.parse(readFileSync(0, 'utf8'));
const module = await WebAssembly.compile(withInitialMemory(readFileSync(job.wasm), job.memoryBytes));
// node:wasi can also crash when it collects a finished instance, so each is kept until this
// short-lived process exits, when nothing is collected.
const finished = [];
for (const [index, text] of job.texts.entries()) {
  const wasi = new WASI({
    version: 'preview1',
    args: ['flite', ...job.args, '-psdur', '-t', text, '-o', `/out/u${index}.wav`],
    preopens: { '/out': job.dir },
    stdout: openSync(`${job.dir}/u${index}.txt`, 'w'),
    returnOnExit: true,
  });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  const memory = instance.exports.memory;
  const startBytes = memory.buffer.byteLength;
  const status = wasi.start(instance);
  finished.push(wasi);
  if (status !== 0) {
    process.stderr.write(`Flite exited with status ${status} on text ${index + 1}\n`);
    process.exit(status);
  }
  if (memory.buffer.byteLength !== startBytes) {
    process.stderr.write(
      `Flite needed more than ${startBytes >> 20} MiB on text ${index + 1}, so what it wrote cannot be trusted\n`,
    );
    process.exit(70);
  }
}
