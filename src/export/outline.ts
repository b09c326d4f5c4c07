/** A bookmark: a title, the 0-based page it opens, and the bookmarks under it. */
export interface OutlineEntry {
  readonly title: string;
  readonly pageIndex: number;
  readonly children: readonly OutlineEntry[];
}

export interface OutlineSlide {
  readonly label: string;
  /** The deck section id. */
  readonly section: string;
  /** 0-based index of the slide's first page in the PDF. */
  readonly firstPage: number;
}

/**
 * The PDFs' bookmarks: the deck's sections, each opening at its first slide, with one bookmark
 * per slide under it. A section that comes back later in the deck gets a second entry there.
 */
export function planOutline(
  slides: readonly OutlineSlide[],
  sectionHeading: (sectionId: string) => string,
): OutlineEntry[] {
  const groups: { section: string; slides: OutlineSlide[] }[] = [];
  for (const slide of slides) {
    const last = groups.at(-1);
    if (last && last.section === slide.section) last.slides.push(slide);
    else groups.push({ section: slide.section, slides: [slide] });
  }
  return groups.map((group) => ({
    title: sectionHeading(group.section),
    pageIndex: group.slides[0]?.firstPage ?? 0,
    children: group.slides.map((slide) => ({ title: slide.label, pageIndex: slide.firstPage, children: [] })),
  }));
}
