import type { DeckSource } from '../src/model/index.ts';
import * as bestInSeries from './best-in-series.ts';
import type { DeckSlide } from './deck-slide.ts';
import * as opening from './opening.ts';
import { ESSAY_TITLE } from './outline.ts';
import { PRONUNCIATION } from './pronunciation.ts';
import { SECTIONS } from './sections.ts';
import * as twoMontages from './two-montages.ts';
import * as underdogsChampion from './underdogs-champion.ts';
import * as verdict from './verdict.ts';

/** Every slide, in the essay's order. */
export const slides: readonly DeckSlide[] = [
  opening.title,
  opening.franchise,
  opening.theSteps,
  opening.montageFormula,
  opening.climbsHigher,

  twoMontages.opener,
  twoMontages.november1985,
  twoMontages.whatTheyStandFor,
  twoMontages.timeline,
  twoMontages.intercut,
  twoMontages.machineAndMan,

  underdogsChampion.opener,
  underdogsChampion.secondSong,
  underdogsChampion.winningTheMontage,
  underdogsChampion.noPain,
  underdogsChampion.summit,
  underdogsChampion.backToBasics,

  bestInSeries.opener,
  bestInSeries.eightiesExcess,
  bestInSeries.twoWaysOfLife,
  bestInSeries.length,
  bestInSeries.mustBreakYou,
  bestInSeries.believingAgain,

  verdict.opener,
  verdict.lineage,
  verdict.closing,
];

/** The deck: the essay's argument, section by section, in the essay's own sections. */
export const deck: DeckSource = {
  meta: {
    title: ESSAY_TITLE,
    subtitle: 'A narrated deck of the essay',
    author: 'The Rocky IV montage deck',
    subject: 'Why the training montage in Rocky IV (1985) is the best of the genre',
    lang: 'en',
  },
  // The essay deck's figures and narration live at the project's root.
  assets: '../assets',
  sections: SECTIONS,
  pronunciation: PRONUNCIATION,
  slides,
};
