/**
 * The essay's argument as data, in the deck's own words: its sections in order and, under each,
 * the claims its paragraphs make, in the order the essay makes them. Slides declare the claims
 * they cover (see deck-slide.ts); slides/checks.ts checks every claim is covered, in this order.
 */
import type { SectionId } from './sections.ts';

/** The essay the deck is made from, credited by this title on the closing slide. */
export const ESSAY_TITLE = 'Rocky IV Has The Greatest Training Montage Of All Time';

export interface OutlineClaim {
  /** Stable kebab-case id that slides name in their `claims`. */
  readonly id: string;
  /** What the essay argues at this point, paraphrased. */
  readonly claim: string;
}

export interface OutlineSection {
  readonly section: SectionId;
  /** The heading exactly as the essay prints it; null where the essay has none (opening, verdict). */
  readonly essayHeading: string | null;
  readonly claims: readonly OutlineClaim[];
}

export const OUTLINE = [
  {
    section: 'opening',
    essayHeading: null,
    claims: [
      {
        id: 'franchise-arc',
        claim:
          'Rocky IV was a box-office peak of a franchise that carried Rocky from the streets of Philadelphia to a Soviet mountaintop; the first film, and Rocky II, kept him a grounded underdog who went from publicity stunt to serious contender.',
      },
      {
        id: 'original-montage',
        claim:
          'We knew Rocky before he fought, and his run up the museum steps to Bill Conti’s “Gonna Fly Now” founded the modern sports training montage.',
      },
      {
        id: 'montage-formula',
        claim:
          'The Rocky and Creed films are built around the montage: it builds momentum and tells us the hero is ready, in body and mind.',
      },
      {
        id: 'climbs-higher',
        claim:
          'Rocky IV’s montage climbs higher than the steps: it takes the champion abroad to face the unbeatable Ivan Drago, and the Iron Curtain with him.',
      },
    ],
  },
  {
    section: 'two-montages',
    essayHeading: 'Two montages in one',
    claims: [
      {
        id: 'cold-war-frame',
        claim:
          'The film caught its Cold War moment: Drago stands for the Soviet state, Rocky for the American dream and the little man under the boot.',
      },
      {
        id: 'two-parts',
        claim:
          'The montage is really two; the first, about three minutes forty, intercuts the two men while Soviet minders shadow Rocky and the villagers warm to him.',
      },
      {
        id: 'best-edits',
        claim:
          'Pair by pair, the cutting sets Drago’s machines against Rocky’s chores, and the best edit matches a knockdown with a felled tree.',
      },
      {
        id: 'finding-himself',
        claim: 'As Drago becomes more machine than man, Rocky finds himself again while mourning Apollo.',
      },
    ],
  },
  {
    section: 'underdogs-champion',
    essayHeading: "The underdog's champion",
    claims: [
      {
        id: 'second-song',
        claim:
          'Vince DiCola’s “Training Montage” gives way to “Hearts on Fire”: Rocky is not done with his workout, or his grief.',
      },
      {
        id: 'winning-the-montage',
        claim:
          'The cutting slows and favours Rocky, as if he were winning the montage itself: crunches with Paulie against a machine alone, Adrian arriving, Duke’s “No pain.”',
      },
      {
        id: 'summit',
        claim:
          'Rocky outruns his minders, climbs the mountain and shouts Drago’s name from the top: one of the franchise’s great moments.',
      },
      {
        id: 'back-to-basics',
        claim: 'Rocks, a wheelbarrow and a wagon: the common man again, with a superhero’s strength.',
      },
    ],
  },
  {
    section: 'best-in-series',
    essayHeading: 'Why the Rocky IV montage is the best in the series',
    claims: [
      {
        id: 'eighties-excess',
        claim:
          'The film is pure eighties excess, a cartoon Rocky for the Reagan years, and the montage goes all the way.',
      },
      {
        id: 'two-ways-of-life',
        claim: 'Setting the two training styles side by side shows two whole ways of life.',
      },
      {
        id: 'longest-montage',
        claim: 'At almost eight minutes it is the franchise’s longest montage, and it earns the length.',
      },
      {
        id: 'formidable-opponent',
        claim:
          'Drago is Rocky’s most formidable opponent: Rocky must mourn Apollo and prepare for a fight that still haunts him in Rocky V.',
      },
      {
        id: 'believing-again',
        claim:
          'Above all we watch Rocky believe again that he can do the impossible; on the mountaintop we know Drago is going down.',
      },
    ],
  },
  {
    section: 'verdict',
    essayHeading: null,
    claims: [
      {
        id: 'contenders',
        claim: 'Rocky and Rocky III are contenders for the best montage, but Rocky IV will be very hard to beat.',
      },
    ],
  },
] as const satisfies readonly OutlineSection[];

/** Every claim's id: a slide's `claims` is checked against this union at compile time. */
export type ClaimId = (typeof OUTLINE)[number]['claims'][number]['id'];

/** The claims in the essay's order, each with its section. */
export const CLAIMS: readonly (OutlineClaim & { readonly id: ClaimId; readonly section: SectionId })[] =
  OUTLINE.flatMap((part) => part.claims.map((claim) => ({ ...claim, section: part.section })));
