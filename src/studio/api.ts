/** The studio's requests to the dev server's endpoints (src/build/studio-endpoint.ts). */
import { PART_MARKS_HEADER, STUDIO_API, type StudioSlide } from '../narration/take.ts';

export type { StudioSlide, StudioSlideState } from '../narration/take.ts';

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
