/** One section of a deck: the deck module lists its sections, in order, and each slide names its own. */
export interface SectionInfo {
  /** Stable id that slides name in `section`. */
  readonly id: string;
  /** The heading printed above the section's slides, on its handout pages and as its PDF bookmark. */
  readonly heading: string;
}
