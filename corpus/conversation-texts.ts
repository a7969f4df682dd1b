/**
 * What the people, models and tools of the scenarios say. Each text holds one emotion trigger word of the
 * fixture models (`fixture.triggers` in plugins/emotion/spec.ts), so the label a side gets tells which text was read:
 * only `user` (happy: joy) and `assistant` (thanks: gratitude) may ever be classified.
 */
export const SAID = {
  user: 'I am happy to plan a trip to Lisbon, what should I see first?',
  userAside: 'Here is a photo of the hotel.',
  assistant: 'Lisbon it is, thanks for asking: start with the Alfama district.',
  refusal: 'I cannot help with that, thanks for understanding.',
  system: 'You are a travel agent who is never furious.',
  earlierUser: 'My last trip was sad and rainy.',
  earlierAssistant: 'I regret that the weather spoiled it.',
  toolOutput: '{"forecast":"sunny","advice":"nothing to be scared of"}',
  toolArguments: '{"city":"Lisbon","note":"curious traveller"}',
  searchQuery: 'curious things to see in Lisbon',
  reasoning: 'The user is not confused; answer with one district.',
  otherChoice: 'wow, Porto is an option too.',
  document: 'Lisbon hotels guide: a grief free stay.',
} as const;

/** A one-pixel PNG, as apps send images inline. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
