/**
 * A tiny element tree serialised to HTML. Text and attribute values are always escaped;
 * the only way to emit markup is a TrustedMarkup made from a checked asset file.
 */

export type AttrValue = string | number | boolean | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;
export type Child = Node | string | null | undefined | false | readonly Child[];

export interface ElementNode {
  readonly kind: 'element';
  readonly tag: string;
  readonly attrs: Attrs;
  readonly children: readonly Child[];
}

/** Markup that came from a checked asset file, never from slide text. */
export interface TrustedMarkup {
  readonly kind: 'trusted';
  readonly markup: string;
}

export type Node = ElementNode | TrustedMarkup;

const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source']);
const TAG_NAME = /^[a-z][a-z0-9-]*$/i;
const ATTR_NAME = /^[a-z_:][a-z0-9_:.-]*$/i;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): ElementNode {
  if (!TAG_NAME.test(tag)) throw new Error(`Invalid tag name "${tag}"`);
  for (const name of Object.keys(attrs)) {
    if (!ATTR_NAME.test(name)) throw new Error(`Invalid attribute name "${name}" on <${tag}>`);
    if (/^on/i.test(name))
      throw new Error(`Event handler attribute "${name}" on <${tag}>: bind handlers in the runtime`);
  }
  return { kind: 'element', tag, attrs, children };
}

/** Wraps markup read from a checked asset file so it can be embedded as is. */
export function trusted(markup: string): TrustedMarkup {
  return { kind: 'trusted', markup };
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

export function toHtml(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeText(child);
  if (Array.isArray(child)) return child.map(toHtml).join('');
  const node = child as Node;
  if (node.kind === 'trusted') return node.markup;
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`))
    .join('');
  if (VOID_TAGS.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}
