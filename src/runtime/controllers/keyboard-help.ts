import { defaultShortcutGroups, type Shortcut, type ShortcutGroup } from '../keys.ts';
import type { RevealApi } from '../reveal-types.ts';

const QUESTION_MARK_KEY_CODE = 191;

export interface KeyboardHelpHooks {
  /** The dialog opened over the deck (narration pauses, as for the overview). */
  onOpen?: () => void;
}

/** The keyboard help: a modal dialog listing every shortcut, opened with `?` or its button. */
export class KeyboardHelp {
  private readonly deck: RevealApi;
  private readonly hooks: KeyboardHelpHooks;
  private readonly groups: ShortcutGroup[] = defaultShortcutGroups();
  private dialog: HTMLDialogElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(deck: RevealApi, hooks: KeyboardHelpHooks = {}) {
    this.deck = deck;
    this.hooks = hooks;
    this.onButtonClick = this.onButtonClick.bind(this);
    this.onDialogClick = this.onDialogClick.bind(this);
    this.onHelpKey = this.onHelpKey.bind(this);
  }

  /** Lets another controller list its keys (e.g. narration) in a group of its own. */
  addShortcuts(title: string, shortcuts: readonly Shortcut[]): void {
    const group = this.groups.find((candidate) => candidate.title === title);
    if (group) group.shortcuts.push(...shortcuts);
    else this.groups.push({ title, shortcuts: [...shortcuts] });
  }

  isOpen(): boolean {
    return this.dialog?.open === true;
  }

  bind(): void {
    const root = this.deck.getRevealElement();
    if (!root) return;
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'deck-help-button';
    this.button.textContent = '?';
    this.button.setAttribute('aria-label', 'Keyboard shortcuts');
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.addEventListener('click', this.onButtonClick);
    root.appendChild(this.button);

    this.dialog = document.createElement('dialog');
    this.dialog.className = 'deck-help';
    this.dialog.setAttribute('aria-labelledby', 'deck-help-title');
    this.dialog.addEventListener('click', this.onDialogClick);
    document.body.appendChild(this.dialog);

    this.deck.addKeyBinding(
      { keyCode: QUESTION_MARK_KEY_CODE, key: '?', description: 'Keyboard shortcuts' },
      this.onHelpKey,
    );
  }

  unbind(): void {
    this.deck.removeKeyBinding(QUESTION_MARK_KEY_CODE);
    this.button?.removeEventListener('click', this.onButtonClick);
    this.dialog?.removeEventListener('click', this.onDialogClick);
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
    this.hooks.onOpen?.();
  }

  close(): void {
    this.dialog?.close();
  }

  private onHelpKey(): void {
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

  private renderContent(): HTMLElement[] {
    const heading = element('h2', 'Keyboard shortcuts');
    heading.id = 'deck-help-title';
    const groups = this.groups.map((group) => {
      const section = element('section');
      const list = element('dl');
      for (const shortcut of group.shortcuts) {
        const keys = element('dt');
        shortcut.keys.forEach((key, index) => {
          if (index > 0) keys.append(' ');
          keys.append(element('kbd', key));
        });
        list.append(keys, element('dd', shortcut.action));
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
