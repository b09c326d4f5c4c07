/**
 * Each browser-tested narration behaviour, as the transitions that make it (the browser test it
 * stands for is named in each describe block).
 */
import { describe, expect, it } from 'vitest';
import {
  type DeckContext,
  IDLE,
  type NarrationEffect,
  type NarrationEvent,
  type NarrationState,
  next,
  noticeOf,
  noticeText,
  phaseOf,
  startPart,
} from './machine.ts';

const LAST = 25;

function at(slide: number, more: Partial<DeckContext> = {}): DeckContext {
  return { slide, lastSlide: LAST, stepsShown: 0, steps: 0, voice: 'audio', speechAvailable: false, ...more };
}

/** Runs events from a state: the state reached and every effect on the way. */
function run(state: NarrationState, ...events: NarrationEvent[]) {
  const effects: NarrationEffect[] = [];
  let current = state;
  for (const event of events) {
    const transition = next(current, event);
    current = transition.state;
    effects.push(...transition.effects);
  }
  return { state: current, effects };
}

const press = (context = at(0)): NarrationEvent => ({ type: 'press', context });
const playingOn = (slide: number, context = at(slide)) => run(IDLE, press(context)).state;

describe('Play narration says the whole deck from one click, slide by slide, and stops after the last', () => {
  it('a press starts the deck’s audio on the slide on screen at once, inside the press, from its top', () => {
    const { state, effects } = run(IDLE, press(at(0)));
    expect(phaseOf(state)).toBe('playing');
    expect(effects).toEqual([
      { type: 'close-overview' },
      { type: 'hide-steps' },
      { type: 'say', voice: 'audio', place: { slide: 0, part: 0 } },
    ]);
  });

  it('each cue is shown as the caption and brings its part’s step', () => {
    const { state, effects } = run(playingOn(3), { type: 'cue', voice: 'audio', part: 1, cue: 2 });
    expect(effects).toEqual([{ type: 'caption', part: 1, cue: 2 }]);
    expect(state).toMatchObject({ kind: 'playing', place: { slide: 3, part: 1 } });
  });

  it('a slide said waits a gap, then narration moves the deck on and says the next from its top', () => {
    const said = run(playingOn(3), { type: 'said', voice: 'audio', context: at(3) });
    expect(said.state).toEqual({ kind: 'between', slide: 3, notice: null });
    expect(said.effects).toEqual([{ type: 'wait-gap' }]);
    expect(phaseOf(said.state)).toBe('playing');

    const { state, effects } = run(said.state, { type: 'gap-over', context: at(3) });
    expect(effects).toEqual([
      { type: 'go-to', slide: 4 },
      { type: 'hide-steps' },
      { type: 'say', voice: 'audio', place: { slide: 4, part: 0 } },
    ]);
    expect(state).toMatchObject({ kind: 'playing', place: { slide: 4, part: 0 } });
  });

  it('after the last slide it ends with “Narration finished”, which clears itself later', () => {
    const { state, effects } = run(playingOn(LAST), { type: 'said', voice: 'audio', context: at(LAST) });
    expect(phaseOf(state)).toBe('ended');
    expect(noticeText(noticeOf(state), '')).toBe('Narration finished: that was the last slide.');
    expect(effects).toEqual([{ type: 'expire-notice' }]);
    expect(noticeOf(run(state, { type: 'notice-expired' }).state)).toBeNull();
  });

  it('a slide with every step showing is said again from its top; one part-way through, from the step on screen', () => {
    expect(startPart(at(0, { stepsShown: 3, steps: 3 }))).toBe(0);
    expect(startPart(at(0, { stepsShown: 1, steps: 3 }))).toBe(1);
    const { effects } = run(IDLE, press(at(2, { stepsShown: 1, steps: 3 })));
    expect(effects).toEqual([
      { type: 'close-overview' },
      { type: 'say', voice: 'audio', place: { slide: 2, part: 1 } },
    ]);
  });
});

describe('pause holds the voice, slide and captions still; play resumes where it stopped', () => {
  it('pause holds the voice where it is, and play resumes that voice, not the slide from its top', () => {
    const paused = run(playingOn(5), { type: 'cue', voice: 'audio', part: 1, cue: 0 }, press(at(5)));
    expect(paused.state).toEqual({
      kind: 'paused',
      resume: { kind: 'voice', place: { slide: 5, part: 1 }, voice: 'audio' },
      notice: null,
    });
    expect(paused.effects.at(-1)).toEqual({ type: 'pause-voice', voice: 'audio' });

    const { state, effects } = run(paused.state, press(at(5)));
    expect(effects).toEqual([{ type: 'close-overview' }, { type: 'resume-voice', voice: 'audio' }]);
    expect(state).toMatchObject({ kind: 'playing', place: { slide: 5, part: 1 } });
  });

  it('paused between slides, play goes on to the next slide at once', () => {
    const between = run(playingOn(5), { type: 'said', voice: 'audio', context: at(5) }).state;
    const paused = run(between, press(at(5)));
    expect(paused.effects).toEqual([{ type: 'cancel-gap' }]);
    expect(run(paused.state, press(at(5))).effects).toContainEqual({ type: 'go-to', slide: 6 });
  });

  it('a voice’s late reports while paused change nothing', () => {
    const paused = run(playingOn(5), press(at(5))).state;
    for (const event of [
      { type: 'cue', voice: 'audio', part: 0, cue: 1 },
      { type: 'said', voice: 'audio', context: at(5) },
      { type: 'gap-over', context: at(5) },
    ] satisfies NarrationEvent[]) {
      expect(next(paused, event)).toEqual({ state: paused, effects: [] });
    }
  });
});

describe('R plays and pauses, Escape’s overview pauses, X stops, all from the keyboard', () => {
  it('opening the overview pauses; play closes it and resumes', () => {
    const covered = run(playingOn(0), { type: 'cover', by: 'overview' });
    expect(phaseOf(covered.state)).toBe('paused');
    expect(run(covered.state, press()).effects[0]).toEqual({ type: 'close-overview' });
  });

  it('X stops from playing, paused or between slides, silencing every voice', () => {
    for (const state of [
      playingOn(0),
      run(playingOn(0), press()).state,
      run(playingOn(0), { type: 'said', voice: 'audio', context: at(0) }).state,
    ]) {
      expect(next(state, { type: 'stop' })).toEqual({ state: IDLE, effects: [{ type: 'silence' }] });
    }
    expect(next(IDLE, { type: 'stop' }).effects).toEqual([]);
  });
});

describe('moving by hand while narrating goes on from the slide or step reached', () => {
  it('to another slide: that slide from its top, with the viewer’s voice', () => {
    const { state, effects } = run(playingOn(0), { type: 'move', to: 'slide', context: at(1) });
    expect(effects).toEqual([{ type: 'hide-steps' }, { type: 'say', voice: 'audio', place: { slide: 1, part: 0 } }]);
    expect(state).toMatchObject({ kind: 'playing', place: { slide: 1, part: 0 } });
  });

  it('a step by hand: that step’s part', () => {
    const { effects } = run(playingOn(9), { type: 'move', to: 'step', context: at(9, { stepsShown: 1, steps: 3 }) });
    expect(effects).toEqual([{ type: 'say', voice: 'audio', place: { slide: 9, part: 1 } }]);
  });

  it('a move while between slides cancels the wait by saying the slide reached', () => {
    const between = run(playingOn(3), { type: 'said', voice: 'audio', context: at(3) }).state;
    const { state } = run(between, { type: 'move', to: 'slide', context: at(7) });
    expect(state).toMatchObject({ kind: 'playing', place: { slide: 7 } });
  });
});

describe('paused, then moved by hand: the caption shows the new slide’s words, and play goes on from there', () => {
  const readAnotherWay = () =>
    run(playingOn(5), { type: 'failed', voice: 'audio', reason: 'its audio did not load', context: at(5) }).state;

  it('a slide move while paused silences the held voice, shows where play will start, and drops the old slide’s notice', () => {
    const paused = run(readAnotherWay(), press(at(5))).state;
    expect(noticeOf(paused)).not.toBeNull();
    const { state, effects } = run(paused, { type: 'move', to: 'slide', context: at(6) });
    expect(effects).toEqual([{ type: 'silence' }, { type: 'resume-point', part: 0 }]);
    expect(state).toEqual({ kind: 'paused', resume: { kind: 'afresh' }, notice: null });
  });

  it('play then starts the slide reached, not the voice that was held', () => {
    const moved = run(playingOn(5), press(at(5)), { type: 'move', to: 'slide', context: at(6) }).state;
    expect(run(moved, press(at(6))).effects).toEqual([
      { type: 'close-overview' },
      { type: 'hide-steps' },
      { type: 'say', voice: 'audio', place: { slide: 6, part: 0 } },
    ]);
  });

  it('a step move while paused keeps the slide’s notice and shows the step’s first sentence', () => {
    const paused = run(readAnotherWay(), press(at(5))).state;
    const { state, effects } = run(paused, { type: 'move', to: 'step', context: at(5, { stepsShown: 2, steps: 3 }) });
    expect(effects).toEqual([{ type: 'silence' }, { type: 'resume-point', part: 2 }]);
    expect(noticeOf(state)).toEqual(noticeOf(paused));
  });
});

describe('the help dialog pauses narration; R in the overview closes it and narrates the slide picked', () => {
  it('the help pauses; closing it leaves narration paused', () => {
    const { state } = run(playingOn(9), { type: 'cover', by: 'help' });
    expect(phaseOf(state)).toBe('paused');
  });

  it('a slide picked in the overview is narrated when R closes it', () => {
    const { effects } = run(
      playingOn(9),
      { type: 'cover', by: 'help' },
      { type: 'cover', by: 'overview' },
      { type: 'move', to: 'slide', context: at(10) },
      press(at(10)),
    );
    expect(effects.slice(-3)).toEqual([
      { type: 'close-overview' },
      { type: 'hide-steps' },
      { type: 'say', voice: 'audio', place: { slide: 10, part: 0 } },
    ]);
  });
});

describe('a slide whose audio does not load (or never answers) is read another way, with a notice, and narration goes on', () => {
  it('by the browser’s voice when it has one, from the part being said', () => {
    const { state, effects } = run(
      playingOn(5),
      { type: 'cue', voice: 'audio', part: 1, cue: 0 },
      { type: 'failed', voice: 'audio', reason: 'its audio did not load', context: at(5, { speechAvailable: true }) },
    );
    expect(effects.at(-1)).toEqual({ type: 'say', voice: 'speech', place: { slide: 5, part: 1 } });
    expect(noticeText(noticeOf(state), '')).toBe('Slide 6: its audio did not load, so the browser’s voice reads it.');
  });

  it('as timed captions when the browser has no voice', () => {
    const { state, effects } = run(playingOn(5), {
      type: 'failed',
      voice: 'audio',
      reason: 'it has no audio',
      context: at(5),
    });
    expect(effects).toEqual([{ type: 'say', voice: 'timed', place: { slide: 5, part: 0 } }]);
    expect(noticeText(noticeOf(state), '')).toBe('Slide 6: it has no audio, so it is shown as timed captions.');
  });

  it('a browser voice that stops falls back to timed captions', () => {
    const speaking = playingOn(2, at(2, { voice: 'speech' }));
    const { state } = run(speaking, {
      type: 'failed',
      voice: 'speech',
      reason: 'the browser’s voice stopped (synthesis-failed)',
      context: at(2, { voice: 'speech', speechAvailable: true }),
    });
    expect(state).toMatchObject({ kind: 'playing', voice: 'timed' });
  });

  it('the fallback voice says the slide to its end, and the deck moves on with the viewer’s voice', () => {
    const { effects } = run(
      playingOn(5),
      { type: 'failed', voice: 'audio', reason: 'its audio did not load', context: at(5) },
      { type: 'said', voice: 'timed', context: at(5) },
      { type: 'gap-over', context: at(5) },
    );
    expect(effects.at(-1)).toEqual({ type: 'say', voice: 'audio', place: { slide: 6, part: 0 } });
  });

  it('reports from a voice that is no longer the one speaking are ignored', () => {
    const fallenBack = run(playingOn(5), { type: 'failed', voice: 'audio', reason: 'x', context: at(5) }).state;
    expect(next(fallenBack, { type: 'said', voice: 'audio', context: at(5) }).state).toBe(fallenBack);
    expect(next(fallenBack, { type: 'cue', voice: 'audio', part: 0, cue: 0 }).effects).toEqual([]);
    expect(next(fallenBack, { type: 'refused', voice: 'audio' }).state).toBe(fallenBack);
  });
});

describe('the notice about a slide read another way stays through pause and play while that slide is said', () => {
  it('keeps the notice paused and playing, and drops it on the next slide', () => {
    const fallenBack = run(playingOn(5), { type: 'failed', voice: 'timed', reason: 'x', context: at(5) });
    expect(fallenBack.effects).toEqual([]);
    const readAnotherWay = run(playingOn(5), {
      type: 'failed',
      voice: 'audio',
      reason: 'its audio did not load',
      context: at(5),
    }).state;
    const notice = noticeOf(readAnotherWay);
    const paused = run(readAnotherWay, press(at(5))).state;
    expect(noticeOf(paused)).toEqual(notice);
    const resumed = run(paused, press(at(5))).state;
    expect(noticeOf(resumed)).toEqual(notice);
    const nextOne = run(
      resumed,
      { type: 'said', voice: 'timed', context: at(5) },
      { type: 'gap-over', context: at(5) },
    );
    expect(noticeOf(nextOne.state)).toBeNull();
  });
});

describe('when the browser refuses to start sound, the control says so and waits for a press', () => {
  it('a refusal silences narration with a notice that names the control and key', () => {
    const { state, effects } = run(playingOn(0), { type: 'refused', voice: 'audio' });
    expect(phaseOf(state)).toBe('blocked');
    expect(effects).toEqual([{ type: 'silence' }]);
    expect(noticeText(noticeOf(state), 'Play narration (or R)')).toBe(
      'The browser did not allow sound to start. Press Play narration (or R) to start it.',
    );
  });

  it('the next press starts afresh and the notice goes', () => {
    const blocked = run(playingOn(0), { type: 'refused', voice: 'audio' }).state;
    const { state, effects } = run(blocked, { type: 'move', to: 'slide', context: at(1) }, press(at(1)));
    expect(noticeOf(state)).toBeNull();
    expect(effects.at(-1)).toEqual({ type: 'say', voice: 'audio', place: { slide: 1, part: 0 } });
  });
});

describe('the browser’s voice can read the deck instead: same captions, fragments and advance', () => {
  it('a press with a browser voice chosen starts the browser’s speech', () => {
    const { effects } = run(IDLE, press(at(16, { voice: 'speech' })));
    expect(effects.at(-1)).toEqual({ type: 'say', voice: 'speech', place: { slide: 16, part: 0 } });
  });

  it('a voice chosen while narrating takes over from the part on screen; while paused, play starts afresh with it', () => {
    const chosen = run(playingOn(16), { type: 'voice-chosen', context: at(16, { voice: 'speech', stepsShown: 1 }) });
    expect(chosen.effects).toEqual([{ type: 'say', voice: 'speech', place: { slide: 16, part: 1 } }]);

    const paused = run(playingOn(16), press(at(16)), { type: 'voice-chosen', context: at(16, { voice: 'speech' }) });
    expect(paused.state).toMatchObject({ kind: 'paused', resume: { kind: 'afresh' } });
    expect(run(paused.state, press(at(16, { voice: 'speech' }))).effects.at(-1)).toMatchObject({ voice: 'speech' });
  });

  it('a browser voice pauses and resumes like the deck’s audio (it says the sentence again)', () => {
    const paused = run(playingOn(16, at(16, { voice: 'speech' })), press(at(16, { voice: 'speech' })));
    expect(paused.effects).toEqual([{ type: 'pause-voice', voice: 'speech' }]);
    expect(run(paused.state, press()).effects).toContainEqual({ type: 'resume-voice', voice: 'speech' });
  });
});

describe('in reveal.js’s scroll view narration still goes on from slide to slide', () => {
  it('the end is the last slide by index, whatever reveal.js says about the last slide', () => {
    expect(run(playingOn(0), { type: 'said', voice: 'audio', context: at(0) }).state.kind).toBe('between');
  });
});

describe('“Narration finished” goes away when the viewer moves on', () => {
  it('a move after the end clears the notice and starts nothing', () => {
    const ended = run(playingOn(LAST), { type: 'said', voice: 'audio', context: at(LAST) }).state;
    const { state, effects } = run(ended, { type: 'move', to: 'slide', context: at(LAST - 1) });
    expect(state).toEqual({ kind: 'ended', notice: null });
    expect(effects).toEqual([]);
  });
});

describe('blacking out the screen pauses narration; B brings the deck back, still paused', () => {
  it('a blackout pauses; nothing but play resumes', () => {
    const { state } = run(playingOn(9), { type: 'cover', by: 'blackout' });
    expect(phaseOf(state)).toBe('paused');
    expect(next(state, { type: 'cover', by: 'blackout' }).state).toBe(state);
    expect(phaseOf(next(IDLE, { type: 'cover', by: 'blackout' }).state)).toBe('idle');
  });
});
