import type { PlacedSlide, VersusSide, VersusSlide } from '../../model/index.ts';
import { sectionLabel, slideFrame } from '../frame.ts';
import { h } from '../html.ts';
import { renderText } from '../text.ts';

/** A table, so each row reads as a comparison to a screen reader as well as to the eye. */
export function renderVersus(placed: PlacedSlide<VersusSlide>) {
  const { slide } = placed;
  const rowClass = slide.reveal === 'rows' ? 'fragment fade-up' : undefined;
  const cellClass = slide.reveal === 'cells' ? 'fragment fade-in' : undefined;
  const hasTopics = slide.rows.some((row) => row.topic);
  return slideFrame(
    placed,
    slide.title,
    sectionLabel(placed),
    h('h2', {}, renderText(slide.title)),
    h(
      'table',
      { class: 'versus' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          hasTopics && h('td', { class: 'versus-topic' }),
          sideHeader(slide.left, 'versus-left'),
          sideHeader(slide.right, 'versus-right'),
        ),
      ),
      h(
        'tbody',
        {},
        slide.rows.map((row) =>
          h(
            'tr',
            { class: rowClass },
            hasTopics && h('th', { scope: 'row', class: 'versus-topic' }, row.topic ?? ''),
            h('td', { class: ['versus-left', cellClass].filter(Boolean).join(' ') }, renderText(row.left)),
            h('td', { class: ['versus-right', cellClass].filter(Boolean).join(' ') }, renderText(row.right)),
          ),
        ),
      ),
    ),
  );
}

function sideHeader(side: VersusSide, className: string) {
  return h(
    'th',
    { scope: 'col', class: className },
    h('span', { class: 'versus-label' }, side.label),
    side.sublabel && h('span', { class: 'versus-sublabel' }, side.sublabel),
  );
}
