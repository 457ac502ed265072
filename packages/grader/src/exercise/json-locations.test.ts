import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, locateJson } from './json-locations.ts';

function errorOf(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('expected invalid JSON');
}

describe('json locations', () => {
  it('finds where each value starts', () => {
    const where = locateJson('{\n  "a": [1, 2],\n  "b": { "c": true }\n}');
    expect(where.get('a/1')).toEqual({ line: 2, column: 12 });
    expect(where.get('b/c')).toEqual({ line: 3, column: 15 });
  });

  it.each([
    { text: '{\n  "a": 1,,\n}', place: { line: 2, column: 10 } },
    { text: '[1, 2', place: { line: 1, column: 6 } },
    { text: '[1, 2 3]', place: { line: 1, column: 7 } },
  ])('places the JSON.parse error in $text', ({ text, place }) => {
    expect(jsonErrorPlace(text, errorOf(text))).toEqual(place);
  });

  it('gives null when the message names no place', () => {
    const text = '{ "a": tru }'; // V8: Unexpected token ' ', "{ "a": tru }" is not valid JSON
    expect(jsonErrorPlace(text, errorOf(text))).toBeNull();
  });
});
