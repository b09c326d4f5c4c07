/**
 * Splits a script part into caption cues: its sentences, with long sentences cut at clause
 * punctuation so a cue fits in two caption lines. Pure: the build (to time the cues) and the
 * browser (to show them) split the same text the same way.
 */

/** Longest cue, in characters: about two lines of caption text. */
export const MAX_CUE_CHARS = 110;

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'vol',
  'pp',
  'e.g',
  'i.e',
  'cf',
]);

/** A sentence ends at . ! ? or … (with any closing quotes or brackets), before a space. */
const SENTENCE_END = /[.!?…]+["”’')\]]*(?=\s)/g;
/** Clause punctuation a long sentence may be cut after. */
const CLAUSE_END = /[,;:]["”’')\]]*(?=\s)|\s[—–](?=\s)/g;

/** The caption cues of a script part, in order; joined with spaces they give the part back. */
export function splitCues(part: string, maxChars = MAX_CUE_CHARS): string[] {
  return splitSentences(part).flatMap((sentence) => splitLong(sentence, maxChars));
}

/** The sentences of a text, whitespace collapsed. */
export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const sentences: string[] = [];
  let start = 0;
  for (const match of clean.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (isAbbreviation(clean.slice(start, match.index)) || !startsSentence(clean.slice(end + 1))) continue;
    sentences.push(clean.slice(start, end));
    start = end + 1;
  }
  if (start < clean.length) sentences.push(clean.slice(start));
  return sentences;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  // A single capital is an initial ("J. R. Smith").
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** A new sentence starts with a capital, a digit or an opening quote or bracket. */
function startsSentence(after: string): boolean {
  return /^["“‘'([]?[\p{Lu}\p{N}]/u.test(after);
}

/** Cuts a sentence longer than maxChars at clause punctuation, then at spaces, into balanced pieces. */
function splitLong(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const clauses = cutAfter(sentence, CLAUSE_END).flatMap((clause) =>
    clause.length <= maxChars ? [clause] : wrapWords(clause, maxChars),
  );
  return packBalanced(clauses, maxChars);
}

function cutAfter(text: string, pattern: RegExp): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    pieces.push(text.slice(start, end).trim());
    start = end;
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter(Boolean);
}

/** Splits a clause with no punctuation to cut at into runs of words of about equal length. */
function wrapWords(clause: string, maxChars: number): string[] {
  const words = clause.split(' ');
  const pieces = Math.ceil(clause.length / maxChars);
  const target = clause.length / pieces;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && next.length > Math.min(maxChars, target + word.length / 2)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Joins consecutive pieces into as few cues as fit, as even in length as can be, so no sentence
 * ends in a stub of two words.
 */
function packBalanced(pieces: string[], maxChars: number): string[] {
  const total = pieces.join(' ').length;
  const target = total / Math.ceil(total / maxChars);
  // An extra cue costs more than any unevenness, so the fewest cues always win.
  const cuePenalty = maxChars * maxChars;
  const best: { cost: number; cues: string[] }[] = [{ cost: 0, cues: [] }];
  for (let end = 1; end <= pieces.length; end++) {
    let choice = { cost: Number.POSITIVE_INFINITY, cues: [] as string[] };
    for (let start = 0; start < end; start++) {
      const cue = pieces.slice(start, end).join(' ');
      const before = best[start];
      if (!before || (cue.length > maxChars && end - start > 1)) continue;
      const cost = before.cost + cuePenalty + (cue.length - target) ** 2;
      if (cost < choice.cost) choice = { cost, cues: [...before.cues, cue] };
    }
    best.push(choice);
  }
  return best[pieces.length]?.cues ?? pieces;
}
