import type { Example } from '../example';
import { SeededRandom } from '../../modelgen/seeded-random';
import { pick } from './topic-compose-kit';
import { topicId } from './topic-labels';

// Long chat prompts are an instruction plus pasted material: "Write a blog post that answers these questions:"
// followed by a subject's words. Training titles of one topic stand in for the material, under a request for a
// text (writing) or under a request to answer them (the titles' topic), so that the instruction decides and the
// amount of pasted subject matter does not.

const WRITE_FRAMES = [
  'Write a blog post that answers these reader questions:\n{list}',
  'Turn these questions into an FAQ page for our website, friendly tone:\n{list}',
  'Write a newsletter article built around these questions from our readers. Catchy intro, one section each.\n{list}',
  'Write a funny poem about these questions:\n{list}',
  'Write a short story where the main character keeps asking herself: "{one}"',
  'Write song lyrics where the chorus is the question "{one}"',
  'Write an email to my team summarizing these open questions and asking for volunteers to look into them:\n{list}',
  'Draft a LinkedIn post that starts with the question "{one}" and tells a personal story.',
  'Write the script of a 2 minute YouTube intro for a video answering "{one}"',
  'Write a persuasive essay that takes a side on this question: {one}',
  'Rewrite these questions so they sound more professional, for a survey:\n{list}',
  'Write a dialogue between two friends arguing about this: {one}',
  'You are a content writer. Write an SEO article of 800 words targeting the query "{one}", with H2 headings.',
  'Write a limerick inspired by this question: {one}',
  'Write a report section that introduces these research questions in a formal tone:\n{list}',
];

const ANSWER_FRAMES = [
  'Answer these questions:\n{list}',
  'Can you help with these?\n{list}',
  'I have a few questions.\n{list}\nThanks!',
  'Please answer briefly:\n{list}',
  '{one} Also, {two}',
  'Two questions: {one} And {two}',
  'Give me a detailed, step by step answer: {one}',
  'Provide a thorough explanation with examples:\n{list}',
  'Explain in detail, as an expert would:\n{list}',
];

const BULLETS = ['- ', '* ', '', '1. '];

/** Requests for a text built on pasted titles of one topic (writing), and the same titles asked to be answered (their topic). */
export function composePasted(seed: number, titles: readonly Example[], writeCount: number, answerCount: number): Example[] {
  const rng = new SeededRandom(seed);
  const byLabel = new Map<number, string[]>();
  for (const t of titles) byLabel.set(t.labels[0], [...(byLabel.get(t.labels[0]) ?? []), t.text]);
  const labels = [...byLabel.keys()];
  const make = (frame: string): { text: string; label: number } => {
    const label = pick(rng, labels);
    const pool = byLabel.get(label) ?? [];
    const chosen = Array.from({ length: 2 + rng.int(3) }, () => pick(rng, pool));
    const bullet = pick(rng, BULLETS);
    const list = chosen.map((text, i) => (bullet === '1. ' ? `${i + 1}. ${text}` : `${bullet}${text}`)).join('\n');
    return { text: frame.replace('{list}', list).replace('{one}', chosen[0]).replace('{two}', chosen[1]), label };
  };
  const written = Array.from({ length: writeCount }, (): Example => ({ text: make(pick(rng, WRITE_FRAMES)).text, labels: [topicId('writing')], source: '' }));
  const answered = Array.from({ length: answerCount }, (): Example => {
    const { text, label } = make(pick(rng, ANSWER_FRAMES));
    return { text, labels: [label], source: '' };
  });
  return [...written, ...answered];
}
