/** The deck's narration voice: the default voice settings, saying this deck's pronunciation table. */

import { PRONUNCIATIONS } from '../slides/pronunciation.ts';
import { NARRATION_VOICE_SETTINGS, narrationVoice } from '../src/build/narration/voice-settings.ts';

export const NARRATION_VOICE = narrationVoice(NARRATION_VOICE_SETTINGS, PRONUNCIATIONS);
