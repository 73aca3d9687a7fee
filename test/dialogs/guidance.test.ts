import { describe, expect, it } from 'vitest';
import { guidance, guidanceOf } from '../../src/dialogs/guidance.ts';

describe('the reply trace a message carries', () => {
  it('is read back typed from channelData', () => {
    const trace = guidance('answer', { passageIds: ['cp14', 'cp14'], disclaimer: true });
    expect(guidanceOf({ channelData: { guidance: trace, triage: {} } })).toEqual({
      route: 'answer',
      passageIds: ['cp14'],
      disclaimer: true,
      paraphrased: false,
    });
  });

  it('is undefined for a message without one', () => {
    expect(guidanceOf({})).toBeUndefined();
    expect(guidanceOf({ channelData: { triage: {} } })).toBeUndefined();
  });

  it('refuses a trace of another shape, naming the field', () => {
    expect(() => guidanceOf({ channelData: { guidance: { ...guidance('prompt'), route: 'chat' } } })).toThrow(
      'route',
    );
  });
});
