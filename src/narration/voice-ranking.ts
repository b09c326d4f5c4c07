/**
 * Which of the browser's speech voices to offer, best first. Systems with eSpeak NG list thousands
 * ("English (America)+Demonic espeak-ng" and a hundred other variants of each voice), so the list
 * keeps the plain voices of the deck's language: those whose names say they are natural or enhanced
 * first ("Microsoft Aria Online (Natural)", "Ava (Premium)"), then the system's default and the
 * viewer's own regions. Pure: the browser passes its SpeechSynthesisVoice objects, tests pass plain ones.
 */

/** The parts of a SpeechSynthesisVoice the ranking reads. */
export interface VoiceInfo {
  readonly name: string;
  readonly lang: string;
  readonly voiceURI: string;
  readonly default: boolean;
  readonly localService: boolean;
}

export interface VoiceRanking {
  /** The deck's language (the page's `lang`), e.g. 'en' or 'en-GB'. */
  readonly lang: string;
  /** The viewer's languages, most wanted first (navigator.languages). */
  readonly preferred: readonly string[];
  /** Most voices to return. */
  readonly max: number;
}

/** Most browser voices offered in the voice list: enough for every region, few enough to scan. */
export const MAX_VOICE_CHOICES = 12;

/** The voices worth offering for the deck's language, best first, at most `max`. */
export function rankVoices<T extends VoiceInfo>(voices: readonly T[], ranking: VoiceRanking): T[] {
  const primary = primaryLanguage(ranking.lang);
  const speaking = unique(voices.filter((voice) => primaryLanguage(voice.lang) === primary));
  const plain = speaking.filter((voice) => !isVariant(voice));
  const offered = plain.length > 0 ? plain : speaking;
  // Regions asked for, the deck's own first; a bare 'en' says nothing about a region.
  const regions = [ranking.lang, ...ranking.preferred]
    .map(normalTag)
    .filter((tag) => tag.includes('-') && primaryLanguage(tag) === primary);
  const regionRank = (voice: T) => {
    const tag = normalTag(voice.lang);
    for (const [index, wanted] of regions.entries()) {
      if (tag === wanted) return 2 * index;
      if (tag.startsWith(`${wanted}-`)) return 2 * index + 1;
    }
    return 2 * regions.length;
  };
  return offered
    .map((voice) => ({
      voice,
      natural: soundsNatural(voice),
      region: regionRank(voice),
      common: isCommonTag(voice.lang),
    }))
    .sort(
      (a, b) =>
        Number(b.natural) - Number(a.natural) ||
        Number(b.voice.default) - Number(a.voice.default) ||
        a.region - b.region ||
        Number(b.common) - Number(a.common) ||
        Number(b.voice.localService) - Number(a.voice.localService) ||
        a.voice.name.localeCompare(b.voice.name),
    )
    .slice(0, ranking.max)
    .map(({ voice }) => voice);
}

/** Systems name their best voices so: Edge's "(Natural)", Apple's "(Enhanced)" and "(Premium)", Azure's "JennyNeural". */
const NATURAL_WORD = /\b(?:natural|neural|enhanced|premium)\b/i;
const NATURAL_SUFFIX = /[a-z](?:Natural|Neural)\b/;

function soundsNatural(voice: VoiceInfo): boolean {
  return NATURAL_WORD.test(voice.name) || NATURAL_SUFFIX.test(voice.name);
}

/** eSpeak NG names its variants "<voice>+<variant>" ("English (America)+Klatt"). */
function isVariant(voice: VoiceInfo): boolean {
  return voice.name.includes('+');
}

/** A language alone or with a two-letter region ('en', 'en-GB'), not 'en-GB-x-rp' or 'en-029'. */
function isCommonTag(lang: string): boolean {
  return /^[a-z]{2,3}(-[a-z]{2})?$/.test(normalTag(lang));
}

function normalTag(lang: string): string {
  return lang.replace(/_/g, '-').toLowerCase();
}

function primaryLanguage(lang: string): string {
  return normalTag(lang).split('-')[0] ?? '';
}

/** Some systems list a voice more than once (per speech module): one of each name and language. */
function unique<T extends VoiceInfo>(voices: readonly T[]): T[] {
  const names = new Set<string>();
  const uris = new Set<string>();
  return voices.filter((voice) => {
    const name = `${voice.name.toLowerCase()} ${normalTag(voice.lang)}`;
    if (names.has(name) || uris.has(voice.voiceURI)) return false;
    names.add(name);
    uris.add(voice.voiceURI);
    return true;
  });
}
