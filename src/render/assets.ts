import type { TrustedMarkup } from './html.ts';

/** How the renderer reaches files under assets/: the build wires it to the file system. */
export interface AssetResolver {
  /** The checked markup of an SVG under assets/, ready to inline. */
  inlineSvg(path: string): TrustedMarkup;
  /** The URL the page uses for a file under assets/. */
  assetUrl(path: string): string;
}
