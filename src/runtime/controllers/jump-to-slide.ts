/**
 * The jump box (G), in place of reveal.js's: type a slide's number, its id or words from its title,
 * see which slide that is, and press Enter to go there. Nothing moves while typing (so narration
 * goes on saying the slide on screen), Esc leaves everything as it was, and any text is safe.
 */
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { deckData } from '../narration/slide-script.ts';
import { type SlideEntry, type SlideSearch, searchSlides } from '../slide-search.ts';

const HINT_ID = 'deck-jump-hint';

export class JumpToSlide implements Controller {
  private readonly runtime: DeckRuntime;
  private box: HTMLElement | null = null;
  private input: HTMLInputElement | null = null;
  private hint: HTMLElement | null = null;
  private slides: SlideEntry[] = [];
  private search: SlideSearch = { kind: 'empty' };
  /** Which of several matching slides Enter goes to (the arrow keys choose). */
  private choice = 0;
  /** Where focus was before the box opened, to give it back. */
  private returnFocus: HTMLElement | null = null;
  private closing = false;

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
    this.onInputInput = this.onInputInput.bind(this);
    this.onInputKeyDown = this.onInputKeyDown.bind(this);
    this.onInputBlur = this.onInputBlur.bind(this);
  }

  bind(): void {
    this.box = document.createElement('div');
    this.box.className = 'jump-to-slide';
    this.input = document.createElement('input');
    this.input.type = 'text';
    this.input.className = 'jump-to-slide-input';
    this.input.placeholder = 'Jump to slide';
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.setAttribute('aria-label', 'Jump to slide: its number, id or title words');
    this.input.setAttribute('aria-describedby', HINT_ID);
    this.hint = document.createElement('p');
    this.hint.className = 'jump-to-slide-hint';
    this.hint.id = HINT_ID;
    this.hint.setAttribute('aria-live', 'polite');
    this.box.append(this.input, this.hint);
    this.input.addEventListener('input', this.onInputInput);
    this.input.addEventListener('keydown', this.onInputKeyDown);
    this.input.addEventListener('blur', this.onInputBlur);
  }

  unbind(): void {
    this.input?.removeEventListener('input', this.onInputInput);
    this.input?.removeEventListener('keydown', this.onInputKeyDown);
    this.input?.removeEventListener('blur', this.onInputBlur);
  }

  destroy(): void {
    this.unbind();
    this.box?.remove();
    this.box = null;
  }

  isOpen(): boolean {
    return this.box?.isConnected === true;
  }

  open(): void {
    const { box, input } = this;
    if (!box || !input) return;
    if (!this.isOpen()) {
      this.slides = this.runtime.deck.getSlides().map(slideEntry);
      this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      input.value = '';
      this.update();
      this.runtime.deck.getRevealElement()?.append(box);
    }
    input.focus();
  }

  close(): void {
    const box = this.box;
    if (!box?.isConnected || this.closing) return;
    // Focus leaves the box first: its blur would close it a second time, mid-removal.
    this.closing = true;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected && back !== document.body) back.focus();
    else this.input?.blur();
    box.remove();
    this.closing = false;
  }

  private onInputInput(): void {
    this.update();
  }

  private onInputKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.confirm();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && this.search.kind === 'found') {
      event.preventDefault();
      const count = this.search.slides.length;
      this.choice = (this.choice + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      this.showHint();
    }
  }

  /** Clicking away closes the box, as Esc does. */
  private onInputBlur(): void {
    if (this.isOpen()) this.close();
  }

  /** Goes to the slide found; with none, the box stays open saying why. */
  private confirm(): void {
    const target = this.search.kind === 'found' ? this.search.slides[this.choice] : undefined;
    if (target === undefined) {
      this.showHint();
      return;
    }
    this.close();
    this.runtime.deck.slide(target);
  }

  private update(): void {
    this.search = searchSlides(this.input?.value ?? '', this.slides);
    this.choice = 0;
    this.showHint();
  }

  private showHint(): void {
    if (this.hint) this.hint.textContent = hintText(this.search, this.choice, this.slides);
  }
}

/** What the box says about what was typed. */
function hintText(search: SlideSearch, choice: number, slides: readonly SlideEntry[]): string {
  const range = `a number from 1 to ${slides.length}, a slide’s id, or words from its title`;
  switch (search.kind) {
    case 'empty':
      return `Type ${range}.`;
    case 'none':
      return `No slide matches “${search.query}”. Type ${range}.`;
    case 'found': {
      const index = search.slides[choice] ?? 0;
      const where = `Enter goes to slide ${index + 1}: ${slides[index]?.title ?? ''}`;
      const count = search.slides.length;
      return count > 1 ? `${where} (${choice + 1} of ${count}; the up and down arrows choose).` : `${where}.`;
    }
    default:
      return assertNever(search);
  }
}

/** A slide as the jump box searches it: its title is its heading (a quote's words if it has none). */
/** A slide's title from the deck data; its words as the audience sees them, for a search by content. */
function slideEntry(section: HTMLElement): SlideEntry {
  const title = deckData().slides.find((slide) => slide.id === section.id)?.title ?? section.id;
  const visible = [...section.children].filter((child) => !child.matches('aside.notes'));
  return {
    id: section.id,
    title,
    text: tidy(visible.map((child) => child.textContent ?? '').join(' ')),
  };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function assertNever(value: never): never {
  throw new Error(`Jump to slide: unexpected ${JSON.stringify(value)}`);
}
