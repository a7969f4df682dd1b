import type { Example } from '../example';
import { SeededRandom } from '../../modelgen/seeded-random';
import { composeCoding } from './topic-compose-coding';
import { composeDocuments } from './topic-compose-documents';
import { pick } from './topic-compose-kit';
import { composeLanguage } from './topic-compose-language';
import { composeArithmetic, composeMath } from './topic-compose-math';
import { composePasted } from './topic-compose-pasted';
import { composeScenes } from './topic-compose-scenes';
import { composeTechnology } from './topic-compose-technology';
import { composeWriting } from './topic-compose-writing';
import { composeWritingChat } from './topic-compose-writing-chat';
import { TOPIC_LABELS, topicId, type TopicLabel } from './topic-labels';

export const COMPOSED_SOURCE = 'composed';
/** Composed prompts where the kind of request must beat the subject's words, oversampled on their own. */
export const COMPOSED_KIND_SOURCE = 'composed-kind';
/** Requests for a text over pasted training titles, and requests to answer them. */
const PASTED_WRITE = 1200;
const PASTED_ANSWER = 600;

/** Chat framing put around a question title, so that greetings, thanks and context sentences weigh no topic. */
const BEFORE = ['', '', 'Hi, ', 'hey quick question: ', 'Can you help me? ', 'I have a question. ', 'Hello! ', 'Please explain: ', 'I was wondering, ', 'Help! ', 'So I have been trying to figure this out for days. ', 'Good morning. My question is: ', 'Sorry if this is a dumb question, but ', 'I searched online and could not find a clear answer. '];
const AFTER = ['', '', ' Thanks!', ' thanks in advance', ' Please explain in detail.', ' Can you give me a step by step answer?', ' Keep it short.', ' What do you think?', ' Any advice would be appreciated.', ' Explain like I am five.', ' I need this for tomorrow.', ' Give me a few options.'];

/** Expert roles chat prompts open with ("Act as a lawyer. ..."), by topic; the role and the question agree. */
const ROLES: Partial<Record<TopicLabel, string[]>> = {
  coding: ['a senior software engineer', 'an expert Python developer', 'a DevOps engineer'],
  technology: ['an IT support specialist', 'a tech expert', 'a network administrator'],
  math: ['a math professor', 'a statistician', 'a math tutor'],
  science: ['a physicist', 'a chemistry professor', 'a biologist', 'an electrical engineer'],
  health: ['a doctor', 'a nutritionist', 'a personal trainer', 'a medical advisor'],
  food: ['a professional chef', 'a baker', 'a sommelier'],
  business_finance: ['a financial advisor', 'a business consultant', 'an HR manager', 'an economist'],
  education: ['a teacher', 'an academic advisor', 'a professor'],
  travel: ['a travel agent', 'a tour guide', 'an expat advisor'],
  entertainment: ['a film critic', 'a gaming expert', 'a music teacher', 'a sports commentator'],
  relationships: ['a family therapist', 'a parenting coach', 'a relationship counselor'],
  politics: ['a political scientist', 'a policy analyst'],
  legal: ['a lawyer', 'a legal advisor'],
  humanities: ['a historian', 'a philosopher', 'a theologian'],
  language: ['a linguist', 'a language teacher'],
  writing: ['an editor', 'a writing coach', 'a novelist'],
  home_hobbies: ['a handyman', 'a gardener', 'a car mechanic', 'a veterinarian', 'a photographer'],
  shopping: ['a shopping assistant', 'a product reviewer'],
};
const ROLE_FRAMES = ['Act as {role}. ', 'You are {role}. ', 'Pretend you are {role} and answer: ', 'I want you to act as {role}. ', 'As {role}, '];

/** Every composed text, with its topic. */
function families(seed: number): Array<[TopicLabel, string]> {
  const family = (topic: TopicLabel, texts: string[]): Array<[TopicLabel, string]> => texts.map((text) => [topic, text]);
  return [
    ...family('coding', composeCoding(seed + 1)),
    ...family('math', composeMath(seed + 2)),
    ...family('writing', composeWriting(seed + 3)),
    ...family('language', composeLanguage(seed + 4)),
    ...family('technology', composeTechnology(seed + 5)),
  ];
}

/** Composed texts where the kind of request must beat the subject's words: scenes with numbers, writing in its chat forms, work documents and prompts. */
function kindFamilies(seed: number): Array<[TopicLabel, string]> {
  const scenes = composeScenes(seed + 6);
  const math = [...scenes.math, ...composeArithmetic(seed + 9)].map((text): [TopicLabel, string] => ['math', text]);
  return [...math, ...scenes.domain, ...composeWritingChat(seed + 7), ...composeDocuments(seed + 10)];
}

/** Composed chat prompts (all train) plus `framedShare` of the training titles again inside chat framing. */
export function composeTopicExamples(seed: number, titles: readonly Example[], framedShare: number): { examples: Example[]; notes: string[] } {
  const rng = new SeededRandom(seed + 51);
  const plain = families(seed);
  const kind = kindFamilies(seed);
  const texts = [...plain, ...kind];
  const example = (source: string) => ([topic, text]: [TopicLabel, string]): Example => ({ text, labels: [topicId(topic)], source });
  const composed = [...plain.map(example(COMPOSED_SOURCE)), ...kind.map(example(COMPOSED_KIND_SOURCE))];
  const pasted = composePasted(seed + 8, titles, PASTED_WRITE, PASTED_ANSWER).map((e): Example => ({ ...e, source: COMPOSED_KIND_SOURCE }));
  const framed = titles
    .filter(() => rng.next() < framedShare)
    .map((title): Example => {
      const roles = ROLES[TOPIC_LABELS[title.labels[0]]];
      const before = roles && rng.next() < 0.3 ? pick(rng, ROLE_FRAMES).replace('{role}', pick(rng, roles)) : pick(rng, BEFORE);
      return { text: `${before}${title.text}${pick(rng, AFTER)}`.trim(), labels: title.labels, source: COMPOSED_SOURCE };
    });
  const perTopic = new Map<TopicLabel, number>();
  for (const [topic] of texts) perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
  const counts = [...perTopic].map(([topic, count]) => `${topic} ${count}`);
  return {
    examples: [...composed, ...distinctExamples(pasted), ...distinctExamples(framed)],
    notes: [
      `Composed chat prompts (train only; source "composed", and "${COMPOSED_KIND_SOURCE}" for the scenes, bare arithmetic, the chat forms of writing, work documents and prompts), built at training time by train/data/topic-compose-*.ts from templates and fragments written by the project (request frames, tasks, subjects, styles, the code snippets and error messages of train/handwritten/topic-code.jsonl): ${counts.join(', ')}: requests to write code, code and errors pasted into a question, word problems, equations and proofs, everyday scenes with numbers asked either for a computation (math) or about their subject (its topic), stories, poems, songs, jokes, slogans, role-play and game set-ups, fan fiction, speeches, emails and rewrites, work documents (report sections, scopes of work, content-writer articles, debates) and prompts for other AI tools, translations and grammar questions, help with using devices and apps, with subjects from every topic so that the kind of request decides the label.`,
      `Pasted material (source "${COMPOSED_KIND_SOURCE}"): ${PASTED_WRITE} requests for a text (blog post, FAQ, poem, email, essay) over 2-4 training titles of one topic, and ${PASTED_ANSWER} requests to answer such titles (their topic), so that the instruction of a long prompt decides and not the amount of pasted subject matter.`,
      `Chat framing: ${Math.round(framedShare * 100)}% of the training titles again, inside a greeting, a context sentence or an expert role that fits the topic ("Act as a lawyer."), and a closing ("Thanks!"), so that framing words weigh no topic.`,
    ],
  };
}

/** The first example of each text. */
function distinctExamples(examples: Example[]): Example[] {
  const seen = new Set<string>();
  return examples.filter((e) => !seen.has(e.text) && seen.add(e.text) !== undefined);
}
