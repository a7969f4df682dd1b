import { extractConversationTexts } from '../shared/text/extract-conversation-texts';
import { chat } from './helpers/events';

describe('reading the user and assistant text of an event', () => {
  it('reads llm-* events with string input and output', () => {
    expect(extractConversationTexts('llm-task', { $llm_input: 'hi there', $llm_output: 'hello!' })).toEqual({ userText: 'hi there', agentText: 'hello!' });
  });

  it('takes the last user turn of a ChatML list, not the last message', () => {
    const input = chat(['system', 'be nice'], ['user', 'first question'], ['assistant', 'first answer'], ['user', 'second question'], ['assistant', 'partial']);
    expect(extractConversationTexts('llm-task', { $llm_input: input }).userText).toBe('second question');
  });

  it('falls back to the last message when no turn has the user role', () => {
    expect(extractConversationTexts('llm-task', { $llm_input: chat(['system', 'a'], ['human', 'b']) }).userText).toBe('b');
  });

  it('reads $llm_output given as a message or a list of messages', () => {
    expect(extractConversationTexts('llm-task', { $llm_output: { role: 'assistant', content: 'one' } }).agentText).toBe('one');
    expect(extractConversationTexts('llm-task', { $llm_output: [{ role: 'assistant', content: 'one' }, { role: 'assistant', content: 'two' }] }).agentText).toBe('one\ntwo');
  });

  it('reads $ai_generation input messages and the first output choice', () => {
    const properties = { $ai_input: chat(['user', 'old'], ['assistant', 'x'], ['user', 'new']), $ai_output_choices: [{ role: 'assistant', content: 'first' }, { role: 'assistant', content: 'second' }] };
    expect(extractConversationTexts('$ai_generation', properties)).toEqual({ userText: 'new', agentText: 'first' });
  });

  it('keeps only the text parts of content part lists', () => {
    const input = chat(['user', [{ type: 'text', text: 'look at' }, { type: 'image_url', image_url: { url: 'https://x' } }, { type: 'text', text: 'this' }]]);
    expect(extractConversationTexts('$ai_generation', { $ai_input: input }).userText).toBe('look at\nthis');
  });

  it('reads plain-string $ai_input and $ai_output_choices', () => {
    expect(extractConversationTexts('$ai_generation', { $ai_input: 'q', $ai_output_choices: 'a' })).toEqual({ userText: 'q', agentText: 'a' });
  });

  it('gives no text under privacy mode (null input and output)', () => {
    expect(extractConversationTexts('$ai_generation', { $ai_input: null, $ai_output_choices: null })).toEqual({ userText: undefined, agentText: undefined });
  });

  it.each([
    ['a number', 42],
    ['an object without content', { foo: 'bar' }],
    ['nested lists', [[['deep']]]],
    ['blank text', '   '],
    ['an empty list', []],
  ])('gives no text for %s', (_, value) => {
    expect(extractConversationTexts('llm-task', { $llm_input: value, $llm_output: value })).toEqual({ userText: undefined, agentText: undefined });
  });
});
