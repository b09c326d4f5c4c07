import { describe, expect, it } from 'vitest';
import { rankVoices, type VoiceInfo } from './voice-ranking.ts';

function voice(name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo {
  return { name, lang, voiceURI: name, default: false, localService: true, ...extra };
}

/** What headless Chromium lists through speech-dispatcher and eSpeak NG: 13,362 voices, Afrikaans the default. */
function espeakVoices(): VoiceInfo[] {
  const languages = [
    ['Afrikaans', 'af'],
    ['English (America)', 'en-US'],
    ['English (America, New York City)', 'en-US-NYC'],
    ['English (Caribbean)', 'en-029'],
    ['English (Great Britain)', 'en-GB'],
    ['English (Received Pronunciation)', 'en-GB-X-RP'],
    ['English (Scotland)', 'en-GB-SCOTLAND'],
    ['German', 'de'],
  ] as const;
  return languages.flatMap(([name, lang]) => [
    voice(`${name} espeak-ng`, lang, { default: lang === 'af' }),
    ...['Adam', 'Demonic', 'Klatt', 'Whisper', 'Zac'].map((variant) => voice(`${name}+${variant} espeak-ng`, lang)),
  ]);
}

const names = (voices: VoiceInfo[]) => voices.map((choice) => choice.name);

describe('the browser voices offered', () => {
  it('are the plain voices of the deck’s language, never eSpeak’s variants, the viewer’s region first', () => {
    const offered = rankVoices(espeakVoices(), { lang: 'en', preferred: ['en-US', 'en'], max: 12 });
    expect(names(offered)).toEqual([
      'English (America) espeak-ng',
      'English (America, New York City) espeak-ng',
      'English (Great Britain) espeak-ng',
      'English (Caribbean) espeak-ng',
      'English (Received Pronunciation) espeak-ng',
      'English (Scotland) espeak-ng',
    ]);
  });

  it('put a British viewer’s region first, and the deck’s own region before the viewer’s', () => {
    const british = rankVoices(espeakVoices(), { lang: 'en', preferred: ['en-GB'], max: 2 });
    expect(names(british)).toEqual(['English (Great Britain) espeak-ng', 'English (Received Pronunciation) espeak-ng']);
    const deckSaysAmerican = rankVoices(espeakVoices(), { lang: 'en-US', preferred: ['en-GB'], max: 1 });
    expect(names(deckSaysAmerican)).toEqual(['English (America) espeak-ng']);
  });

  it('put the system’s default voice first when it speaks the deck’s language, and local voices before remote ones', () => {
    const voices = [
      voice('Google UK English Female', 'en-GB', { localService: false }),
      voice('Daniel', 'en-GB'),
      voice('Samantha', 'en-US', { default: true }),
      voice('Thomas', 'fr-FR'),
    ];
    expect(names(rankVoices(voices, { lang: 'en', preferred: ['fr-FR'], max: 12 }))).toEqual([
      'Samantha',
      'Daniel',
      'Google UK English Female',
    ]);
  });

  it('list each voice once, read languages written with an underscore, and stop at the cap', () => {
    const voices = [
      voice('Daniel', 'en_GB'),
      voice('Daniel', 'en-GB', { voiceURI: 'com.apple.daniel.2' }),
      voice('Karen', 'en-AU'),
      voice('Moira', 'en-IE'),
    ];
    const offered = rankVoices(voices, { lang: 'en', preferred: [], max: 2 });
    expect(offered.map((choice) => [choice.name, choice.lang])).toEqual([
      ['Daniel', 'en_GB'],
      ['Karen', 'en-AU'],
    ]);
  });

  it('offer eSpeak’s variants only when a language has no plain voice, and nothing for another language', () => {
    const onlyVariants = [voice('English+Klatt', 'en'), voice('English+Zac', 'en')];
    expect(names(rankVoices(onlyVariants, { lang: 'en', preferred: [], max: 12 }))).toEqual([
      'English+Klatt',
      'English+Zac',
    ]);
    expect(rankVoices(espeakVoices(), { lang: 'it', preferred: [], max: 12 })).toEqual([]);
  });

  it('put voices named natural, neural, enhanced or premium first, before the default and the viewer’s region', () => {
    const voices = [
      voice('Samantha', 'en-US', { default: true }),
      voice('Google US English', 'en-US', { localService: false }),
      voice('Microsoft Aria Online (Natural) - English (United States)', 'en-US', { localService: false }),
      voice('Ava (Premium)', 'en-US'),
      voice('Daniel (Enhanced)', 'en-GB'),
      voice('Microsoft Denise Online (Natural) - French (France)', 'fr-FR', { localService: false }),
      voice('en-US-JennyNeural', 'en-US', { localService: false }),
      voice('Supernatural English', 'en-US'),
    ];
    expect(names(rankVoices(voices, { lang: 'en', preferred: ['en-US'], max: 12 }))).toEqual([
      'Ava (Premium)',
      'en-US-JennyNeural',
      'Microsoft Aria Online (Natural) - English (United States)',
      'Daniel (Enhanced)',
      'Samantha',
      'Supernatural English',
      'Google US English',
    ]);
  });
});
