import { expect, test } from 'vitest';
import { timestamp, toSubRip, toWebVtt } from './captions.ts';

const cues = [
  { text: 'Drago <the machine> & Rocky', startMs: 0, endMs: 3908.4 },
  { text: 'An hour --> later,\nstill going.', startMs: 3_723_004, endMs: 3_725_000 },
];

test('WebVTT has its header, numbered cues with dotted times, and text that cannot be read as markup', () => {
  expect(toWebVtt(cues)).toBe(
    [
      'WEBVTT',
      '',
      '1',
      '00:00:00.000 --> 00:00:03.908',
      'Drago &lt;the machine&gt; &amp; Rocky',
      '',
      '2',
      '01:02:03.004 --> 01:02:05.000',
      'An hour --&gt; later, still going.',
      '',
    ].join('\n'),
  );
});

test('SubRip numbers its cues and puts a comma before the milliseconds', () => {
  expect(toSubRip(cues)).toBe(
    [
      '1',
      '00:00:00,000 --> 00:00:03,908',
      'Drago <the machine> & Rocky',
      '',
      '2',
      '01:02:03,004 --> 01:02:05,000',
      'An hour --> later, still going.',
      '',
    ].join('\n'),
  );
});

test('times round to the millisecond and never go below zero', () => {
  expect(timestamp(59_999.6, '.')).toBe('00:01:00.000');
  expect(timestamp(-3, ',')).toBe('00:00:00,000');
});
