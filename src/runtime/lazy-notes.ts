import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';

const S_KEY_CODE = 83;

/** A message posted as a JSON string (reveal.js and its speaker window post them so), or null. */
function parseMessage(data: unknown, mark: string): Record<string, unknown> | null {
  if (typeof data !== 'string' || !data.includes(mark)) return null;
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A reveal-notes message of the given type, as the speaker window posts them. */
function isNotesMessage(data: unknown, type: string): boolean {
  const message = parseMessage(data, 'reveal-notes');
  return message?.namespace === 'reveal-notes' && message.type === type;
}

/** A call of reveal.js's postMessage API asking the deck to take a state. */
function isSetStateCall(data: unknown): boolean {
  return parseMessage(data, 'setState')?.method === 'setState';
}

/**
 * reveal.js's notes plugin, fetched only when the speaker view is wanted: it carries a Markdown
 * parser and its popup's page, about a third of the deck's script, which an audience never needs.
 * It loads on S, on `?notes`, or when a speaker window left open from an earlier load calls back;
 * from then on the real plugin does the work (and reconnects that window on its next heartbeat).
 */
export function LazyNotes(): RevealPlugin {
  let deck: RevealApi | null = null;
  let loading: Promise<NotesPlugin> | null = null;
  // From opening a speaker window until it says it is connected. Its current-slide preview loads
  // at #/h/v, without the fragment step, and posts that state back as if the presenter had clicked
  // it, which would hide the fragments already shown; such calls are dropped until then.
  let speakerHandshake = false;

  const load = (): Promise<NotesPlugin> => {
    loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      window.removeEventListener('message', onWindowMessage);
      const notes = Notes();
      if (deck) notes.init?.(deck);
      return notes;
    });
    return loading;
  };

  function onWindowMessage(event: MessageEvent): void {
    if (event.origin === window.location.origin && isNotesMessage(event.data, 'heartbeat')) void load();
  }

  function onWindowMessageFirst(event: MessageEvent): void {
    if (!speakerHandshake || event.origin !== window.location.origin) return;
    const source = event.source;
    const fromSpeakerWindow = source !== null && source !== window && 'opener' in source && source.opener === window;
    if (!fromSpeakerWindow) return;
    if (isNotesMessage(event.data, 'connected')) speakerHandshake = false;
    else if (isSetStateCall(event.data)) event.stopImmediatePropagation();
  }

  function onSpeakerKey(): void {
    speakerHandshake = true;
    // The popup opens within the key press's user activation (5 s), long enough for a local import.
    load()
      .then((notes) => notes.open())
      .catch((error: unknown) => console.error('The speaker view could not load:', error));
  }

  return {
    id: 'lazy-notes',
    init(reveal) {
      deck = reveal;
      // The speaker view's own preview frames never open another speaker view.
      if (reveal.isSpeakerNotes()) return;
      // With ?notes the plugin opens the speaker view as soon as it starts, as reveal.js does.
      // Captured, so it runs before reveal.js's own message listener.
      window.addEventListener('message', onWindowMessageFirst, true);
      if (/[?&]notes\b/i.test(window.location.search)) {
        speakerHandshake = true;
        void load();
        return;
      }
      window.addEventListener('message', onWindowMessage);
      reveal.addKeyBinding({ keyCode: S_KEY_CODE, key: 'S', description: 'Speaker notes view' }, onSpeakerKey);
    },
    destroy() {
      window.removeEventListener('message', onWindowMessage);
      window.removeEventListener('message', onWindowMessageFirst, true);
    },
  };
}
