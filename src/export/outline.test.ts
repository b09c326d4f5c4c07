import { expect, test } from 'vitest';
import { planOutline } from './outline.ts';

const heading = (id: string) => `Section ${id}`;

test('groups slides under their section, each section opening at its first slide', () => {
  const outline = planOutline(
    [
      { label: 'Title', section: 'a', firstPage: 0 },
      { label: 'Second', section: 'a', firstPage: 1 },
      { label: 'Versus', section: 'b', firstPage: 2 },
      { label: 'Steps', section: 'b', firstPage: 6 },
    ],
    heading,
  );
  expect(outline).toEqual([
    {
      title: 'Section a',
      pageIndex: 0,
      children: [
        { title: 'Title', pageIndex: 0, children: [] },
        { title: 'Second', pageIndex: 1, children: [] },
      ],
    },
    {
      title: 'Section b',
      pageIndex: 2,
      children: [
        { title: 'Versus', pageIndex: 2, children: [] },
        { title: 'Steps', pageIndex: 6, children: [] },
      ],
    },
  ]);
});

test('a section that comes back later gets a second entry there, keeping the deck’s order', () => {
  const outline = planOutline(
    [
      { label: 'One', section: 'a', firstPage: 0 },
      { label: 'Two', section: 'b', firstPage: 1 },
      { label: 'Three', section: 'a', firstPage: 2 },
    ],
    heading,
  );
  expect(outline.map((entry) => entry.title)).toEqual(['Section a', 'Section b', 'Section a']);
});

test('no slides, no bookmarks', () => {
  expect(planOutline([], heading)).toEqual([]);
});
