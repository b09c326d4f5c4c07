import type { Text } from '../model/index.ts';
import { type Child, h } from './html.ts';

/** Slide text as escaped nodes: emphasis becomes <em>/<strong>, everything else stays text. */
export function renderText(text: Text): Child {
  if (typeof text === 'string') return text;
  return text.map((inline) => {
    if (typeof inline === 'string') return inline;
    return 'em' in inline ? h('em', {}, inline.em) : h('strong', {}, inline.strong);
  });
}
