import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving-index';

describe('rovingTarget', () => {
  it.each([
    ['→ in left-to-right moves on', 'ArrowRight', 1, 'ltr', 2],
    ['← in left-to-right moves back', 'ArrowLeft', 1, 'ltr', 0],
    ['← in right-to-left moves on', 'ArrowLeft', 1, 'rtl', 2],
    ['→ in right-to-left moves back', 'ArrowRight', 1, 'rtl', 0],
    ['↓ moves on either way', 'ArrowDown', 4, 'rtl', 0],
    ['↑ from the first wraps to the last', 'ArrowUp', 0, 'ltr', 4],
    ['Home goes to the first', 'Home', 3, 'ltr', 0],
    ['End goes to the last', 'End', 1, 'rtl', 4],
    ['other keys are not the group’s', 'Enter', 1, 'ltr', null],
  ] as const)('%s', (_name, key, current, direction, expected) => {
    expect(rovingTarget(key, current, 5, direction)).toBe(expected);
  });
});
