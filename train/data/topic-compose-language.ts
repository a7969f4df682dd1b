import { SeededRandom } from '../../modelgen/seeded-random';
import { distinct, fill, pick } from './topic-compose-kit';

// Translation and grammar requests composed from fragments written by the project. The sentences to translate
// come from every topic, so that asking for a translation decides `language`.

const LANGUAGES = ['Spanish', 'French', 'German', 'Italian', 'Portuguese', 'Japanese', 'Chinese', 'Mandarin', 'Korean', 'Russian', 'Arabic', 'Hindi', 'Dutch', 'Polish', 'Turkish', 'Greek', 'Swedish', 'Vietnamese', 'English', 'Ukrainian', 'Hebrew', 'Latin', 'Indonesian'];

const SENTENCES = ['Where is the nearest train station?', 'My computer will not turn on.', 'I would like to book a table for four people.', 'The meeting is postponed until next week.', 'I have a headache and a sore throat.', 'Please send me the invoice by Friday.', 'Happy birthday, I hope all your dreams come true.', 'The function returns null when the list is empty.', 'How much does this jacket cost?', 'I love you more than words can say.', 'The contract must be signed by both parties.', 'Thank you for your help yesterday.', 'Our flight was delayed by three hours.', 'Can you recommend a good restaurant nearby?', 'The results of the experiment were surprising.', 'I am allergic to peanuts.', 'Turn left at the second traffic light.', 'We are looking forward to working with you.', 'The cat is sleeping on the sofa.', 'I need to cancel my subscription.', 'Good morning, how did you sleep?', 'Welcome to our online store.', 'Sorry, I do not understand.', 'The price includes breakfast and taxes.'];

const PHRASES = ['thank you very much', 'good luck', 'I miss you', 'cheers', 'nice to meet you', 'excuse me', 'see you tomorrow', 'how are you', 'I am sorry', 'congratulations', 'bon appetit', 'I am lost', 'where is the bathroom', 'happy new year'];

const FOREIGN = ['Je ne sais pas', 'Wie geht es dir?', 'Donde esta la biblioteca?', 'Ich habe Hunger', 'Non ho capito', 'Obrigado pela ajuda', 'Ça va bien, merci', 'Hasta luego', 'Carpe diem', 'Schadenfreude', 'Arigatou gozaimasu', 'Me gustaria un cafe', 'Je voudrais un billet', 'Wo ist der Bahnhof?'];

const WORD_PAIRS = [['affect', 'effect'], ['its', "it's"], ['fewer', 'less'], ['who', 'whom'], ['lay', 'lie'], ['then', 'than'], ['ser', 'estar'], ['por', 'para'], ['since', 'for'], ['make', 'do'], ['further', 'farther'], ['wa', 'ga'], ['passé composé', 'imparfait'], ['present perfect', 'simple past'], ['imply', 'infer']];

const GRAMMAR = ['the subjunctive mood', 'the present perfect tense', 'German cases', 'phrasal verbs', 'the Spanish preterite and imperfect', 'Japanese particles', 'conditional sentences', 'relative clauses', 'the passive voice', 'French gender of nouns', 'irregular verbs', 'Chinese tones', 'the Oxford comma', 'dangling modifiers', 'split infinitives', 'reported speech', 'articles in English', 'Russian verb aspect'];

const FRAMES = [
  'Translate to {lang}: {sentence}',
  'translate this into {lang} please: {sentence}',
  'How do I say "{sentence}" in {lang}?',
  'Can you translate "{sentence}" into {lang}?',
  'What is "{phrase}" in {lang}?',
  'how do you say {phrase} in {lang}',
  'What does "{foreign}" mean?',
  'Translate "{foreign}" to English.',
  'translate: {foreign}',
  'Is this correct {lang}? "{foreign}"',
  'Explain {grammar} with examples.',
  'When do I use {grammar}?',
  'I keep making mistakes with {grammar}. Can you help?',
  'What is the difference between "{a}" and "{b}"?',
  'When should I use "{a}" instead of "{b}"?',
  'Is it correct to say "{sentence}"?',
  'What is the plural of "{phrase}"?',
  'What is the best way to learn {lang} as an adult?',
  'How long does it take to become fluent in {lang}?',
  'Give me 10 common {lang} phrases for a trip.',
  'What is the etymology of the word "{a}"?',
  'How do I pronounce "{foreign}"?',
];

export function composeLanguage(seed: number): string[] {
  const rng = new SeededRandom(seed);
  return distinct(450, () => {
    const [a, b] = pick(rng, WORD_PAIRS);
    return fill(rng, pick(rng, FRAMES), { lang: LANGUAGES, sentence: SENTENCES, phrase: PHRASES, foreign: FOREIGN, grammar: GRAMMAR, a: [a], b: [b] });
  });
}
