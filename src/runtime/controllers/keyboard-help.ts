/**
 * The keyboard help: a modal dialog listing every key of the key table, opened and closed with `?`
 * or its button. It covers the slide, so narration pauses while it is open.
 */
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { keyGroups, rowFor, tooltip } from '../keys.ts';

export class KeyboardHelp implements Controller {
  private readonly runtime: DeckRuntime;
  private dialog: HTMLDialogElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
    this.onButtonClick = this.onButtonClick.bind(this);
    this.onDialogClick = this.onDialogClick.bind(this);
    this.onDialogKeyDown = this.onDialogKeyDown.bind(this);
  }

  isOpen(): boolean {
    return this.dialog?.open === true;
  }

  bind(): void {
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'deck-help-button';
    this.button.textContent = '?';
    this.button.setAttribute('aria-label', 'Keyboard shortcuts');
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.title = tooltip('Keyboard shortcuts', 'help');
    this.button.addEventListener('click', this.onButtonClick);
    this.runtime.toolbar.prepend(this.button);

    this.dialog = document.createElement('dialog');
    this.dialog.className = 'deck-help';
    this.dialog.setAttribute('aria-labelledby', 'deck-help-title');
    this.dialog.addEventListener('click', this.onDialogClick);
    this.dialog.addEventListener('keydown', this.onDialogKeyDown);
    document.body.appendChild(this.dialog);
  }

  unbind(): void {
    this.button?.removeEventListener('click', this.onButtonClick);
    this.dialog?.removeEventListener('click', this.onDialogClick);
    this.dialog?.removeEventListener('keydown', this.onDialogKeyDown);
  }

  destroy(): void {
    this.unbind();
    this.dialog?.close();
    this.button?.remove();
    this.dialog?.remove();
    this.button = null;
    this.dialog = null;
  }

  open(): void {
    if (!this.dialog || this.dialog.open) return;
    this.dialog.replaceChildren(...this.renderContent());
    this.dialog.showModal();
    this.runtime.narration?.narration.cover('help');
  }

  close(): void {
    this.dialog?.close();
  }

  toggle(): void {
    if (this.isOpen()) this.close();
    else this.open();
  }

  private onButtonClick(): void {
    this.open();
  }

  /** A click on the backdrop (the dialog box itself, outside its content) closes it. */
  private onDialogClick(event: MouseEvent): void {
    if (event.target === this.dialog) this.close();
  }

  /** The deck's keys are held back while the dialog is open, but its own key closes it. */
  private onDialogKeyDown(event: KeyboardEvent): void {
    if (!rowFor('help').keys.includes(event.key)) return;
    event.preventDefault();
    // Closed now, the dialog no longer holds the deck's keys back: this one must not reopen it.
    event.stopPropagation();
    this.close();
  }

  private renderContent(): HTMLElement[] {
    const heading = element('h2', 'Keyboard shortcuts');
    heading.id = 'deck-help-title';
    const groups = keyGroups({ narration: this.runtime.narration !== null }).map((group) => {
      const section = element('section');
      const list = element('dl');
      for (const row of group.rows) {
        const keys = element('dt');
        row.keys.forEach((key, index) => {
          if (index > 0) keys.append(' ');
          keys.append(element('kbd', key));
        });
        list.append(keys, element('dd', row.action));
      }
      section.append(element('h3', group.title), list);
      return section;
    });
    // Close sits in the header, so the dialog's first focus does not scroll the title away.
    const form = element('form');
    form.method = 'dialog';
    const close = element('button', 'Close');
    close.className = 'deck-help-close';
    form.append(close);
    const header = element('header');
    header.className = 'deck-help-header';
    header.append(heading, form);
    const body = element('div');
    body.className = 'deck-help-groups';
    body.append(...groups);
    return [header, body];
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
