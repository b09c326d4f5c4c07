/**
 * What every layout supplies, in one module per layout (src/layouts/<name>.ts), collected in
 * registry.ts. A layout's slide type, fragment steps, checks, visible text and rendering live
 * together, so a new layout is one file (plus its CSS) and forgetting a part does not compile.
 */
import type { FieldsOf } from '../model/shape.ts';
import type { PlacedSlide, SlideBase } from '../model/types.ts';
import type { AssetResolver } from '../render/assets.ts';
import type { ElementNode } from '../render/html.ts';

/** Records one problem with a slide: what is wrong, and how to fix it. */
export type Report = (problem: string, fix: string) => void;

export interface CheckContext {
  /** Tells whether a path under the deck's assets exists; asset checks are skipped without it. */
  readonly assetExists?: (path: string) => boolean;
}

/** A section of the deck as the renderer shows it. */
export interface RenderedSection {
  readonly id: string;
  readonly heading: string;
}

export interface RenderContext {
  readonly assets: AssetResolver;
  /** The deck's sections in order: a section slide says which part of how many it opens. */
  readonly sections: readonly RenderedSection[];
}

/** A layout's own fields: what its slides have besides every slide's id, section, notes and layout. */
export type LayoutFields<S extends SlideBase> = Omit<S, keyof SlideBase | 'layout'>;

export interface LayoutSpec<S extends SlideBase> {
  /**
   * The schema of its own fields, checked before anything else reads the slide: a missing field,
   * a wrong type, a value it does not take, a misspelt name, each named with its fix.
   */
  readonly fields: FieldsOf<LayoutFields<S>>;
  /** Fragment steps the slide reveals after arriving (0 for none); a split script has one part more. */
  readonly steps: (slide: S) => number;
  /** What the types cannot catch, each problem reported with its fix; runs once `fields` holds. */
  readonly check: (slide: S, report: Report, context: CheckContext) => void;
  /** The slide's name: its accessible name, its PDF bookmark and its handout label. */
  readonly label: (slide: S) => string;
  /** The words it shows as its heading, for a reader looking for the slide; null when it shows none. */
  readonly heading: (slide: S) => string | null;
  /** Every piece of text it shows (and its alt text), field by field. */
  readonly visibleText: (slide: S) => readonly string[];
  /** Its `<section>`, as an element tree: the only markup a layout makes. */
  readonly render: (placed: PlacedSlide<S>, context: RenderContext) => ElementNode;
}
