import { extractConversationTexts, readConversation } from '../shared/text/extract-conversation-texts';
import { chat } from './helpers/events';

// The corpus (test/corpus) holds what real producers send; these are the rules on small hand-made events.

describe('reading the user and assistant text of an event', () => {
  it('reads llm-* events with string input and output', () => {
    expect(extractConversationTexts('llm-task', { $llm_input: 'hi there', $llm_output: 'hello!' })).toEqual({ userText: 'hi there', agentText: 'hello!' });
  });

  it('takes the user turn this event answers: the last message that is not system or developer', () => {
    const input = chat(['system', 'be nice'], ['user', 'first question'], ['assistant', 'first answer'], ['user', 'second question'], ['developer', 'be brief']);
    expect(extractConversationTexts('llm-task', { $llm_input: input }).userText).toBe('second question');
  });

  it.each([
    ['an assistant message', chat(['user', 'question'], ['assistant', 'partial answer'])],
    ['a tool message', chat(['user', 'question'], ['assistant', ''], ['tool', '{"temp": 20}'])],
    ['a user message holding only tool results', chat(['user', 'question'], ['user', [{ type: 'tool_result', tool_use_id: 't1', content: 'done' }]])],
    ['a Responses function_call_output item', [{ role: 'user', content: 'question' }, { type: 'function_call_output', call_id: 'c1', output: 'done' }]],
    ['the same item written as JSON text', [{ role: 'user', content: 'question' }, { role: 'user', content: '{"type":"function_call_output","call_id":"c1","output":"done"}' }]],
    ['a message of a role no producer uses', chat(['user', 'question'], ['critic', 'looks fine'])],
    ['system messages only', chat(['system', 'be nice'])],
  ])('gives no user text when the last message is %s', (_, input) => {
    expect(extractConversationTexts('$ai_generation', { $ai_input: input }).userText).toBeUndefined();
  });

  it("reads LangChain's role names (human) like the user role", () => {
    expect(extractConversationTexts('llm-task', { $llm_input: chat(['system', 'a'], ['human', 'b']) }).userText).toBe('b');
  });

  it('reads $llm_output given as a message or a list of messages: the first assistant message with text', () => {
    expect(extractConversationTexts('llm-task', { $llm_output: { role: 'assistant', content: 'one' } }).agentText).toBe('one');
    expect(extractConversationTexts('llm-task', { $llm_output: [{ role: 'assistant', content: '' }, { role: 'assistant', content: 'two' }, { role: 'assistant', content: 'three' }] }).agentText).toBe('two');
  });

  it('reads $ai_generation input messages and the first output choice', () => {
    const properties = { $ai_input: chat(['user', 'old'], ['assistant', 'x'], ['user', 'new']), $ai_output_choices: [{ role: 'assistant', content: 'first' }, { role: 'assistant', content: 'second' }] };
    expect(extractConversationTexts('$ai_generation', properties)).toEqual({ userText: 'new', agentText: 'first' });
  });

  it('keeps only the text parts of content part lists, also when the list arrives as JSON text', () => {
    const parts = [{ type: 'text', text: 'look at' }, { type: 'image_url', image_url: { url: 'https://x' } }, { type: 'input_text', text: 'this' }];
    expect(extractConversationTexts('$ai_generation', { $ai_input: chat(['user', parts]) }).userText).toBe('look at\nthis');
    expect(extractConversationTexts('$ai_generation', { $ai_input: chat(['user', JSON.stringify(parts)]) }).userText).toBe('look at\nthis');
  });

  it('keeps JSON a user typed as their text', () => {
    expect(extractConversationTexts('$ai_generation', { $ai_input: chat(['user', '{"mood": "happy"}']) }).userText).toBe('{"mood": "happy"}');
    expect(extractConversationTexts('$ai_generation', { $ai_input: chat(['user', '[1, 2, 3]']) }).userText).toBe('[1, 2, 3]');
  });

  it('reads plain-string $ai_input and $ai_output_choices', () => {
    expect(extractConversationTexts('$ai_generation', { $ai_input: 'q', $ai_output_choices: 'a' })).toEqual({ userText: 'q', agentText: 'a' });
  });

  it('gives no text under privacy mode (null input and output) or for redaction placeholders', () => {
    expect(extractConversationTexts('$ai_generation', { $ai_input: null, $ai_output_choices: null })).toEqual({});
    expect(extractConversationTexts('$ai_generation', { $ai_input: 'redacted-by-litellm', $ai_output_choices: { choices: [{ message: { role: 'assistant', content: 'redacted-by-litellm' } }] } })).toEqual({});
  });

  it.each([
    ['a number', 42],
    ['an object without content', { foo: 'bar' }],
    ['nested lists', [[['deep']]]],
    ['blank text', '   '],
    ['an empty list', []],
  ])('gives no text for %s', (_, value) => {
    expect(extractConversationTexts('llm-task', { $llm_input: value, $llm_output: value })).toEqual({});
  });

  it('notes shapes no reader knows without their text, and still reads what it knows', () => {
    const reading = readConversation('$ai_generation', { $ai_input: chat(['user', [{ type: 'hologram', text: 'secret words' }, { type: 'text', text: 'hello' }]]) });
    expect(reading).toMatchObject({ userText: 'hello', unknownShapes: ['content part: an object with type "hologram"'] });
  });
});

describe('events a user may add to eventNames', () => {
  it('$ai_embedding: one embedded text is the user text; a batch of documents is not read', () => {
    expect(extractConversationTexts('$ai_embedding', { $ai_input: 'cheap flights to Lisbon' })).toEqual({ userText: 'cheap flights to Lisbon' });
    expect(extractConversationTexts('$ai_embedding', { $ai_input: ['cheap flights to Lisbon'] })).toEqual({ userText: 'cheap flights to Lisbon' });
    expect(extractConversationTexts('$ai_embedding', { $ai_input: ['doc one', 'doc two'] })).toEqual({});
  });

  it("$ai_trace: message states, or one text (the run's own input and output)", () => {
    expect(extractConversationTexts('$ai_trace', { $ai_input_state: { question: 'where to?' }, $ai_output_state: 'Lisbon.' })).toEqual({ userText: 'where to?', agentText: 'Lisbon.' });
    const state = { messages: [{ role: 'user', content: 'where to?' }, { role: 'assistant', content: 'Lisbon.' }] };
    expect(extractConversationTexts('$ai_trace', { $ai_input_state: { messages: state.messages.slice(0, 1) }, $ai_output_state: state })).toEqual({ userText: 'where to?', agentText: 'Lisbon.' });
  });

  it('$ai_trace: several fields, or a state that does not end on the assistant, give no text', () => {
    expect(extractConversationTexts('$ai_trace', { $ai_input_state: { context: 'docs', question: 'where to?' }, $ai_output_state: { messages: [{ role: 'assistant', content: 'old' }, { role: 'user', content: 'new' }] } })).toEqual({});
  });

  it("$ai_span: message states only, never a tool's or retriever's text", () => {
    expect(extractConversationTexts('$ai_span', { $ai_input_state: '{"city": "Lisbon"}', $ai_output_state: 'sunny' })).toEqual({});
    expect(extractConversationTexts('$ai_span', { $ai_input_state: [{ role: 'user', content: 'where to?' }], $ai_output_state: { messages: [{ role: 'assistant', content: 'Lisbon.' }] } })).toEqual({ userText: 'where to?', agentText: 'Lisbon.' });
  });
});
