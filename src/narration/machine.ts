/**
 * Narration as a state machine: what the deck's narration is doing, and what each event (a press,
 * a voice's report, a person's move, something covering the slide) makes it do next. Pure: the
 * runtime's narration controller reads the deck, reports events, and performs the effects
 * returned here (src/runtime/controllers/narration.ts).
 */

/** Which voice says a slide: the deck's audio file, the browser's speech, or captions on a timer. */
export type VoiceKind = 'audio' | 'speech' | 'timed';

/** Where narration is: a slide (0-based, as reveal.js counts) and the script part being said. */
export interface Place {
  readonly slide: number;
  readonly part: number;
}

/** What the controller reads off the deck, and the viewer's choices, when it reports an event. */
export interface DeckContext {
  /** The slide on screen, 0-based. */
  readonly slide: number;
  readonly lastSlide: number;
  /** Fragment steps showing on the slide on screen, and how many it has. */
  readonly stepsShown: number;
  readonly steps: number;
  /** The voice the viewer chose: the deck's own audio, or one of the browser's voices. */
  readonly voice: 'audio' | 'speech';
  /** Whether the browser has a voice to read a slide whose audio fails. */
  readonly speechAvailable: boolean;
}

/** A line in the band above the captions. */
export type Notice =
  | {
      readonly kind: 'read-another-way';
      readonly slide: number;
      readonly reason: string;
      readonly by: 'speech' | 'timed';
    }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'finished' };

/** What play does after a pause. */
export type Resume =
  /** The paused voice goes on where it stopped. */
  | { readonly kind: 'voice'; readonly place: Place; readonly voice: VoiceKind }
  /** The slide had been said: the next one starts. */
  | { readonly kind: 'next-slide'; readonly slide: number }
  /** A person moved, or chose another voice: narration starts from the slide on screen. */
  | { readonly kind: 'afresh' };

export type NarrationState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'playing'; readonly place: Place; readonly voice: VoiceKind; readonly notice: Notice | null }
  /** The slide has been said; the next is due after a short gap. */
  | { readonly kind: 'between'; readonly slide: number; readonly notice: Notice | null }
  | { readonly kind: 'paused'; readonly resume: Resume; readonly notice: Notice | null }
  /** The browser refused to start sound without a person's press. */
  | { readonly kind: 'blocked' }
  | { readonly kind: 'ended'; readonly notice: Notice | null };

export type NarrationEvent =
  /** Play narration / Pause narration, or R. */
  | { readonly type: 'press'; readonly context: DeckContext }
  /** The stop button, or X. */
  | { readonly type: 'stop' }
  /** Something covers the slide: the overview, the help dialog, or a blacked-out screen. */
  | { readonly type: 'cover'; readonly by: 'overview' | 'help' | 'blackout' }
  /** A person moved the deck, to another slide or another step of this one. */
  | { readonly type: 'move'; readonly to: 'slide' | 'step'; readonly context: DeckContext }
  /** The viewer chose another voice. */
  | { readonly type: 'voice-chosen'; readonly context: DeckContext }
  /** A voice began a caption cue (part `part`, sentence `cue`). */
  | { readonly type: 'cue'; readonly voice: VoiceKind; readonly part: number; readonly cue: number }
  /** A voice said the slide to its end. */
  | { readonly type: 'said'; readonly voice: VoiceKind; readonly context: DeckContext }
  /** A voice cannot say the slide (`reason` as a person reads it: "its audio did not load"). */
  | { readonly type: 'failed'; readonly voice: VoiceKind; readonly reason: string; readonly context: DeckContext }
  /** The browser refused to start a voice's sound. */
  | { readonly type: 'refused'; readonly voice: VoiceKind }
  /** The pause between two slides is over. */
  | { readonly type: 'gap-over'; readonly context: DeckContext }
  /** "Narration finished" has been shown long enough. */
  | { readonly type: 'notice-expired' };

export type NarrationEffect =
  /** Narration plays over the slide it says: close the overview if it is open. */
  | { readonly type: 'close-overview' }
  /** Narration itself moves the deck to a slide. */
  | { readonly type: 'go-to'; readonly slide: number }
  /** The slide starts from its top: hide its steps until their parts are said. */
  | { readonly type: 'hide-steps' }
  /** Stop what is being said or waited for, clear the caption, and start `voice` on the slide on screen. */
  | { readonly type: 'say'; readonly voice: VoiceKind; readonly place: Place }
  | { readonly type: 'pause-voice'; readonly voice: VoiceKind }
  | { readonly type: 'resume-voice'; readonly voice: VoiceKind }
  /** Stop every voice and any wait. */
  | { readonly type: 'silence' }
  /** Show a cue as the caption, and reveal its part's fragment step. */
  | { readonly type: 'caption'; readonly part: number; readonly cue: number }
  /** Paused and moved: the caption shows the sentence play will start from. */
  | { readonly type: 'resume-point'; readonly part: number }
  | { readonly type: 'wait-gap' }
  | { readonly type: 'cancel-gap' }
  /** Clear "Narration finished" after a while. */
  | { readonly type: 'expire-notice' };

export interface Transition {
  readonly state: NarrationState;
  readonly effects: readonly NarrationEffect[];
}

/** What the narration control shows, and `data-narration` on the page says. */
export type NarrationPhase = 'idle' | 'playing' | 'paused' | 'blocked' | 'ended';

export const IDLE: NarrationState = { kind: 'idle' };

export function next(state: NarrationState, event: NarrationEvent): Transition {
  switch (event.type) {
    case 'press':
      return onPress(state, event.context);
    case 'stop':
      return state.kind === 'idle' ? stay(state) : { state: IDLE, effects: [{ type: 'silence' }] };
    case 'cover':
      return hold(state);
    case 'move':
      return event.to === 'slide' ? onSlideMove(state, event.context) : onStepMove(state, event.context);
    case 'voice-chosen':
      return onVoiceChosen(state, event.context);
    case 'cue':
      if (state.kind !== 'playing' || state.voice !== event.voice) return stay(state);
      return {
        state: { ...state, place: { slide: state.place.slide, part: event.part } },
        effects: [{ type: 'caption', part: event.part, cue: event.cue }],
      };
    case 'said':
      return onSaid(state, event.voice, event.context);
    case 'failed':
      return onFailed(state, event.voice, event.reason, event.context);
    case 'refused':
      if (state.kind !== 'playing' || state.voice !== event.voice) return stay(state);
      return { state: { kind: 'blocked' }, effects: [{ type: 'silence' }] };
    case 'gap-over':
      return state.kind === 'between' ? nextSlide(state.slide, event.context, []) : stay(state);
    case 'notice-expired':
      return state.kind === 'ended' ? stay({ kind: 'ended', notice: null }) : stay(state);
    default:
      return assertNever(event);
  }
}

export function phaseOf(state: NarrationState): NarrationPhase {
  switch (state.kind) {
    case 'playing':
    case 'between':
      return 'playing';
    default:
      return state.kind;
  }
}

export function noticeOf(state: NarrationState): Notice | null {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'blocked':
      return { kind: 'blocked' };
    default:
      return state.notice;
  }
}

/**
 * A notice as the band shows it. `playHint` names what to press, as the controls and keys say it
 * ("Play narration (or R)").
 */
export function noticeText(notice: Notice | null, playHint: string): string {
  if (!notice) return '';
  switch (notice.kind) {
    case 'read-another-way': {
      const how = notice.by === 'speech' ? 'the browser’s voice reads it' : 'it is shown as timed captions';
      return `Slide ${notice.slide + 1}: ${notice.reason}, so ${how}.`;
    }
    case 'blocked':
      return `The browser did not allow sound to start. Press ${playHint} to start it.`;
    case 'finished':
      return 'Narration finished: that was the last slide.';
    default:
      return assertNever(notice);
  }
}

/** The part a press starts from: the step on screen, or the top if every step is showing. */
export function startPart(context: DeckContext): number {
  const shown = context.stepsShown;
  return shown > 0 && shown >= context.steps ? 0 : shown;
}

function stay(state: NarrationState): Transition {
  return { state, effects: [] };
}

function onPress(state: NarrationState, context: DeckContext): Transition {
  switch (state.kind) {
    case 'idle':
    case 'ended':
    case 'blocked':
      return afresh(context, [{ type: 'close-overview' }]);
    case 'playing':
    case 'between':
      return hold(state);
    case 'paused':
      return resume(state, context);
    default:
      return assertNever(state);
  }
}

/** Pause: the voice holds where it is, or the wait for the next slide is put off. */
function hold(state: NarrationState): Transition {
  if (state.kind === 'playing') {
    return {
      state: {
        kind: 'paused',
        resume: { kind: 'voice', place: state.place, voice: state.voice },
        notice: state.notice,
      },
      effects: [{ type: 'pause-voice', voice: state.voice }],
    };
  }
  if (state.kind === 'between') {
    return {
      state: { kind: 'paused', resume: { kind: 'next-slide', slide: state.slide }, notice: state.notice },
      effects: [{ type: 'cancel-gap' }],
    };
  }
  return stay(state);
}

function resume(state: Extract<NarrationState, { kind: 'paused' }>, context: DeckContext): Transition {
  const close: NarrationEffect = { type: 'close-overview' };
  const { resume: from } = state;
  switch (from.kind) {
    case 'voice':
      return {
        // A notice about this slide (read another way) stays while it is said.
        state: { kind: 'playing', place: from.place, voice: from.voice, notice: state.notice },
        effects: [close, { type: 'resume-voice', voice: from.voice }],
      };
    case 'next-slide':
      return nextSlide(from.slide, context, [close]);
    case 'afresh':
      return afresh(context, [close]);
    default:
      return assertNever(from);
  }
}

/** Starts the slide on screen from its start part, with the viewer's voice. */
function afresh(context: DeckContext, before: readonly NarrationEffect[]): Transition {
  const place = { slide: context.slide, part: startPart(context) };
  const hide: NarrationEffect[] = place.part === 0 ? [{ type: 'hide-steps' }] : [];
  return {
    state: { kind: 'playing', place, voice: context.voice, notice: null },
    effects: [...before, ...hide, { type: 'say', voice: context.voice, place }],
  };
}

function nextSlide(slide: number, context: DeckContext, before: readonly NarrationEffect[]): Transition {
  const place = { slide: slide + 1, part: 0 };
  return {
    state: { kind: 'playing', place, voice: context.voice, notice: null },
    effects: [
      ...before,
      { type: 'go-to', slide: place.slide },
      { type: 'hide-steps' },
      { type: 'say', voice: context.voice, place },
    ],
  };
}

function onSlideMove(state: NarrationState, context: DeckContext): Transition {
  switch (state.kind) {
    case 'playing':
    case 'between':
      // A person moved: narration goes on from the slide they reached.
      return afresh(context, []);
    case 'paused':
      // The slide's own notice is about the slide left behind.
      return {
        state: { kind: 'paused', resume: { kind: 'afresh' }, notice: null },
        effects: [{ type: 'silence' }, { type: 'resume-point', part: startPart(context) }],
      };
    case 'ended':
      return stay({ kind: 'ended', notice: null });
    case 'idle':
    case 'blocked':
      return stay(state);
    default:
      return assertNever(state);
  }
}

function onStepMove(state: NarrationState, context: DeckContext): Transition {
  switch (state.kind) {
    case 'playing':
    case 'between': {
      const place = { slide: context.slide, part: context.stepsShown };
      return {
        state: { kind: 'playing', place, voice: context.voice, notice: state.notice },
        effects: [{ type: 'say', voice: context.voice, place }],
      };
    }
    case 'paused':
      return {
        state: { kind: 'paused', resume: { kind: 'afresh' }, notice: state.notice },
        effects: [{ type: 'silence' }, { type: 'resume-point', part: startPart(context) }],
      };
    default:
      return stay(state);
  }
}

function onVoiceChosen(state: NarrationState, context: DeckContext): Transition {
  if (state.kind === 'playing') {
    // A new voice takes over from the start of the part on screen.
    const place = { slide: state.place.slide, part: context.stepsShown };
    return {
      state: { kind: 'playing', place, voice: context.voice, notice: null },
      effects: [{ type: 'say', voice: context.voice, place }],
    };
  }
  if (state.kind === 'paused') {
    return {
      state: { kind: 'paused', resume: { kind: 'afresh' }, notice: state.notice },
      effects: [{ type: 'silence' }],
    };
  }
  return stay(state);
}

function onSaid(state: NarrationState, voice: VoiceKind, context: DeckContext): Transition {
  if (state.kind !== 'playing' || state.voice !== voice) return stay(state);
  // By index against the last slide's, not reveal.js's isLastSlide(), which is true on every slide
  // of its scroll view (?view=scroll).
  if (state.place.slide >= context.lastSlide) {
    return { state: { kind: 'ended', notice: { kind: 'finished' } }, effects: [{ type: 'expire-notice' }] };
  }
  return {
    state: { kind: 'between', slide: state.place.slide, notice: state.notice },
    effects: [{ type: 'wait-gap' }],
  };
}

/** The one fallback: a slide the deck's audio cannot say is read by the browser's voice, else timed captions. */
function onFailed(state: NarrationState, voice: VoiceKind, reason: string, context: DeckContext): Transition {
  if (state.kind !== 'playing' || state.voice !== voice || voice === 'timed') return stay(state);
  const by = voice === 'audio' && context.speechAvailable ? 'speech' : 'timed';
  return {
    state: {
      kind: 'playing',
      place: state.place,
      voice: by,
      notice: { kind: 'read-another-way', slide: state.place.slide, reason, by },
    },
    effects: [{ type: 'say', voice: by, place: state.place }],
  };
}

function assertNever(value: never): never {
  throw new Error(`Narration: unexpected ${JSON.stringify(value)}`);
}
