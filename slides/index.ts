import type { DeckSource } from '../src/model/index.ts';
import * as bestInSeries from './best-in-series.ts';
import * as opening from './opening.ts';
import * as twoMontages from './two-montages.ts';
import * as underdogsChampion from './underdogs-champion.ts';
import * as verdict from './verdict.ts';

/** The deck, in the essay's order. */
export const deck: DeckSource = {
  meta: {
    title: 'Rocky IV Has The Greatest Training Montage Of All Time',
    subtitle: 'A narrated deck of the essay',
    author: 'The Rocky IV montage deck',
    subject: 'Why the training montage in Rocky IV (1985) is the best of the genre',
    lang: 'en',
  },
  slides: [
    opening.title,
    opening.original,
    twoMontages.opener,
    twoMontages.intercut,
    underdogsChampion.opener,
    underdogsChampion.noPain,
    underdogsChampion.summit,
    bestInSeries.opener,
    bestInSeries.reasons,
    bestInSeries.lineage,
    verdict.closing,
  ],
};
