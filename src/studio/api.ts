/** The studio's requests to the dev server's endpoints (src/build/studio-endpoint.ts). */
import { PART_MARKS_HEADER, STUDIO_API } from '../narration/take.ts';

/** A slide as the endpoint lists it (src/build/studio-state.ts `StudioSlide`). */
export interface StudioSlide {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly section: string;
  readonly steps: number;
  readonly parts: readonly string[];
  readonly cues: readonly (readonly string[])[];
  readonly state: StudioSlideState;
}

export type StudioSlideState =
  | {
      readonly kind: 'recorded' | 'stale';
      readonly file: string;
      readonly url: string;
      readonly durationMs: number | null;
      readonly meanDb: number | null;
      readonly marks: readonly number[];
    }
  | { readonly kind: 'synthetic' }
  | { readonly kind: 'unvoiced' };

export interface SavedTake {
  readonly saved: string;
  readonly bytes: number;
}

export class StudioApiError extends Error {
  override readonly name = 'StudioApiError';
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new StudioApiError(body.error ?? `The dev server answered ${response.status}.`);
  return body as T;
}

export async function fetchSlides(): Promise<StudioSlide[]> {
  const { slides } = await answer<{ slides: StudioSlide[] }>(
    await fetch(`${STUDIO_API}/slides`, { cache: 'no-store' }),
  );
  return slides;
}

export async function saveTake(slideId: string, audio: Blob, marks: readonly number[]): Promise<SavedTake> {
  const response = await fetch(`${STUDIO_API}/takes/${encodeURIComponent(slideId)}`, {
    method: 'POST',
    headers: { 'content-type': audio.type || 'audio/webm', [PART_MARKS_HEADER]: marks.map(Math.round).join(',') },
    body: audio,
  });
  return answer<SavedTake>(response);
}
