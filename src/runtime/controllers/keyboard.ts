/**
 * The deck's own keys, bound from the key table (src/runtime/keys.ts) through reveal.js, which
 * holds them back while a text box (the jump box) has focus, and all but ? while blacked out.
 */
import type { Controller, DeckRuntime } from '../deck-runtime.ts';
import { type KeyBinding, keyBindings } from '../keys.ts';

export class Keyboard implements Controller {
  private readonly runtime: DeckRuntime;
  private bound: readonly KeyBinding[] = [];

  constructor(runtime: DeckRuntime) {
    this.runtime = runtime;
  }

  bind(): void {
    this.bound = keyBindings({ narration: this.runtime.narration !== null });
    for (const binding of this.bound) {
      this.runtime.deck.addKeyBinding(
        { keyCode: binding.keyCode, key: binding.key, description: binding.command },
        () => this.runtime.run(binding.command),
      );
    }
  }

  unbind(): void {
    for (const binding of this.bound) this.runtime.deck.removeKeyBinding(binding.keyCode);
    this.bound = [];
  }

  destroy(): void {
    this.unbind();
  }
}
