import { SeededRandom } from '../../modelgen/seeded-random';
import { capitalize, distinct, fill, pick } from './topic-compose-kit';
import { CONTEXTS } from './topic-compose-contexts';

// Requests to write or edit text, composed from fragments written by the project. The subjects come from every
// topic (code, money, health, travel ...) so that asking for a story, poem, email or rewrite decides `writing`.

const CREATIVE = ['short story', 'story', 'poem', 'haiku', 'sonnet', 'limerick', 'song', 'rap verse', 'fairy tale', 'fable', 'bedtime story', 'screenplay scene', 'dialogue', 'monologue', 'flash fiction piece', 'ballad', 'children\'s story', 'horror story', 'love poem', 'free verse poem', 'short play', 'fan fiction', 'mystery story', 'opening chapter', 'prologue', 'myth', 'epic poem', 'comic strip script', 'lullaby', 'ode'];

const SUBJECTS = ['a robot who learns to paint', 'the last day of summer', "my grandmother's garden", 'a detective on a Mars colony', 'a programmer who falls in love with her code', 'a stock market crash', 'a chef who loses his sense of taste', 'climbing Mount Everest', 'a cat who runs for mayor', 'quantum physics', 'a lonely lighthouse', 'the first snow of winter', 'a dragon who is afraid of fire', 'a time traveler stuck in 1850', 'two rival bakers', 'a city without electricity', 'a soldier coming home', 'an AI that wants to be human', 'my dog Max', 'the ocean at night', 'a haunted library', 'a football match in the rain', 'a heist gone wrong', 'a girl who can talk to plants', 'moving to a new country', 'a broken heart', 'friendship', 'a wizard who failed his exams', 'the smell of coffee in the morning', 'a spaceship crew running out of oxygen', 'a hospital night shift', 'a small town election', 'a lost wallet', 'the history of Rome', 'a pirate queen', 'a teenager starting a band', 'the moon landing', 'an old bicycle', 'a family road trip', 'a vampire who works in a bank', 'a bug in the code that comes alive', 'climate change', 'a garden gnome coming to life', 'a chess prodigy', 'a ghost in a cafe', 'the first day at a new job', 'a mountain village', 'a knight and a dragon who become friends', 'a talking refrigerator', 'the sound of rain', 'grief', 'hope', 'a wedding in the desert', 'a math teacher with a secret', 'a world where music is illegal', 'a superhero who is bad at their job', 'a train journey across Siberia', 'an astronaut missing home', 'a kingdom under the sea', 'a student cramming for exams', 'my best friend', 'a dinner party that goes wrong', 'taxes', 'a marathon runner', 'a mermaid', 'New York at midnight', 'a squirrel planning a heist', 'an elderly couple dancing', 'the end of the world', 'a detective cat', 'a magic school', 'a doctor in a war zone'];

const STYLES = ['', '', '', ' in the style of Edgar Allan Poe', ' in the style of Dr. Seuss', ' for kids', ' with a twist ending', ' that rhymes', ' in the first person', ' in a funny tone', ' under 200 words', ' in exactly 100 words', ' in the style of Shakespeare', ' with a happy ending', ' that is dark and moody', ' with lots of dialogue', ' in present tense', ' for a 7 year old', ' in three stanzas', ' like Hemingway would write it', ' in the voice of a noir detective', ', make it emotional', ', about 500 words', ' with a strong female lead'];

const CREATIVE_FRAMES = ['Write a {creative} about {subject}{style}.', 'write a {creative} about {subject}{style}', 'Can you write me a {creative} about {subject}{style}?', 'Compose a {creative} about {subject}{style}.', 'Tell me a {creative} about {subject}{style}.', 'I need a {creative} about {subject}{style}.', 'Create a {creative} about {subject}{style}.', 'Give me a {creative} about {subject}{style}.', 'Make up a {creative} about {subject}{style}.', 'Please write a {creative} about {subject}{style}.', 'Write me a {creative}{style} about {subject}.', 'Could you write a {creative} that is about {subject}{style}?'];

const DOCUMENTS = ['email', 'cover letter', 'resignation letter', 'thank you note', 'wedding speech', 'toast', 'eulogy', 'product description', 'short bio', 'LinkedIn post', 'tweet', 'blog post', 'essay', 'article', 'press release', 'newsletter', 'review', 'apology letter', 'complaint letter', 'birthday message', 'invitation', 'speech', 'motivational letter', 'letter of recommendation', 'personal statement', 'Instagram caption', 'slogan', 'ad copy', 'speech for graduation', 'condolence message', 'out of office reply', 'announcement', 'Christmas card message', 'wedding vows', 'letter'];

const PURPOSES = ['to my boss asking for a day off', 'to my landlord about the broken heating', 'for a job as a nurse', 'to a customer whose order was late', 'for my sister\'s wedding', 'about our new coffee machine', 'for my friend who is moving away', 'to my team about the new schedule', 'for a marketing manager position', 'about why remote work is good', 'for our bakery\'s grand opening', 'to my teacher explaining why my homework is late', 'about my trip to Italy', 'for my grandfather\'s funeral', 'for a software engineer role', 'about the benefits of meditation', 'to decline a job offer politely', 'to a client about a price increase', 'for our charity run', 'about electric cars', 'to my neighbor about their loud music', 'for my dad\'s 60th birthday', 'announcing our new app', 'for a startup pitch', 'to thank my mentor', 'about a new budget policy', 'for a hotel I stayed at', 'about a book I just read', 'to my ex', 'for our wedding', 'to investors about the quarterly results', 'to follow up after a job interview', 'to my professor asking for an extension'];

const DOC_FRAMES = ['Write an {doc} {purpose}.', 'write a {doc} {purpose}', 'Can you write a {doc} {purpose}?', 'Help me write a {doc} {purpose}.', 'Draft a {doc} {purpose}.', 'I need to write a {doc} {purpose}. Can you help?', 'Write a short {doc} {purpose}, friendly but professional.', 'Please draft a polite {doc} {purpose}.', 'Compose a {doc} {purpose}.', 'Write a formal {doc} {purpose}.'];

const PASSAGES = [
  'me and my team has been working hard on the project and we think it will be done next week hopefully if nothing goes wrong',
  'The results of the survey shows that most customers is happy with the service but some of them complained about the waiting times',
  'our new app lets you track your spending and save money its really easy to use and its free',
  'I am writing to inform you that the meeting has been moved to friday because several people cannot attend on thursday',
  'The patient was given the medication and after two hours he felt better and the fever went down',
  'Python is a programming language that is very popular because it is easy to learn and it has many libraries',
  'the hotel was nice but the room was small and the breakfast wasnt very good, staff was friendly though',
  'Climate change is a big problem and we need to do something about it now before it is too late for everyone',
  'In conclusion, the data suggests that students who sleep more perform better in exams, although more research is needed.',
  'hi all, reminder that the office will be closed monday for the holiday, please plan accordingly thanks',
  'The company grew its revenue by 20 percent last year, mainly thanks to online sales and a new product line.',
  'She walked into the room and everyone was looking at her and she felt nervous and she didnt know what to say',
  'Our mission is to make healthy food affordable for every family in the city.',
  'The new policy will take effect from January and all employees must complete the training before then.',
  'I have five years of experience in sales and I am good at talking to people and I want to grow in your company',
  'The Roman Empire fell for many reasons including economic troubles, military defeats and political instability.',
  'To install the software, download the file, run it and follow the instructions on the screen.',
  'we regret to inform you that your application was not successful this time',
];

const ACADEMIC = ['literature review', 'research introduction', 'abstract', 'discussion section', 'methods section', 'section on limitations', 'executive summary', 'case study', 'white paper', 'position paper', 'monthly status update', 'project report', 'grant proposal summary', 'book report', 'newsletter article', 'SEO blog post with headings', 'LinkedIn article', 'opinion piece', 'magazine feature', 'speech for a conference'];
const ACADEMIC_TOPICS = ['AI in patient care', 'urban beekeeping', 'remote work and productivity', 'microplastics in the ocean', 'social media and teenage mental health', 'renewable energy in rural areas', 'the history of jazz', 'blockchain in supply chains', 'urban cycling infrastructure', 'early childhood literacy', 'data privacy in mobile apps', 'the French Revolution', 'sleep and memory', 'electric vehicle adoption', 'inflation and household savings', 'machine learning in radiology', 'volunteering and wellbeing', 'the ethics of gene editing', 'our volunteer program this year', 'a new home improvement marketplace'];
const ACADEMIC_FRAMES = ['Write a {academic} about {atopic}.', 'Help me draft a {academic} on {atopic}.', 'write a detailed {academic} about {atopic} with references', 'Can you write the {academic} for my paper on {atopic}?', 'Draft a {academic} on {atopic}, formal tone.', 'I need a {academic} about {atopic} for tomorrow.'];

const EDITS = ['Rewrite this to sound more professional', 'Proofread this', 'Fix the grammar and spelling', 'Make this more concise', 'Paraphrase this', 'Improve the flow of this paragraph', 'Make this sound friendlier', 'Summarize this in one sentence', 'Rewrite this for a 10 year old', 'Make this more persuasive', 'Turn this into a tweet', 'Edit this for clarity', 'Rephrase this so it does not sound rude', 'Shorten this to 50 words', 'Make it sound more exciting', 'Correct the mistakes in this text', 'Rewrite this in a formal tone', 'Polish this paragraph', 'Can you reword this', 'Expand this into a full paragraph'];

const CHARACTERS = ['a pirate captain', 'a medieval innkeeper', 'Sherlock Holmes', 'a wise old wizard', 'a grumpy cat', 'a space station AI', 'a dungeon master', 'a Victorian ghost', 'a knight of the round table', 'a noir detective', 'a dragon guarding its treasure', 'a time traveler from the year 3000', 'a fairy godmother', 'a villain in a fantasy novel', 'a character from my story named Elara', 'a zombie who just wants friends', 'a Greek god', 'a cowboy in the wild west', 'a mermaid princess', 'an alien visiting Earth for the first time'];

const ROLEPLAY_FRAMES = ["You are {character}. Stay in character and tell me about your day.", "Let's role-play. You are {character} and I am a traveler who just arrived. Start the scene.", 'Pretend you are {character} and write a letter to me.', 'Role play as {character}. I will be the hero. Begin.', 'Act as {character} and describe your home in vivid detail.', 'Write a scene where {character} meets a child for the first time.', 'Write a dialogue between {character} and a confused tourist.', 'Imagine you are {character}. Tell me a story from your past.'];

const OPENINGS = ['The door had always been locked, but tonight it was open.', 'Nobody in the village had seen the stranger arrive.', 'The message appeared on every screen at exactly midnight.', 'It was the third time the clock had stopped that week.', 'When I woke up, the city was completely silent.', 'The letter was addressed to me, but it was dated 1952.', 'My grandmother told me never to open the blue box.'];

export function composeWriting(seed: number): string[] {
  const rng = new SeededRandom(seed);
  const slots = { creative: CREATIVE, subject: SUBJECTS, style: STYLES, doc: DOCUMENTS, purpose: PURPOSES, character: CHARACTERS, academic: ACADEMIC, atopic: ACADEMIC_TOPICS };
  const fixArticle = (text: string): string => text.replace(/\b(a|an) (\w)/gi, (_, article: string, letter: string) => `${/^[aeiou]/i.test(letter) ? (article[0] === 'A' ? 'An' : 'an') : article[0] === 'A' ? 'A' : 'a'} ${letter}`);
  const lower = (text: string): string => `${rng.next() < 0.25 ? `${pick(rng, CONTEXTS)} ` : ''}${rng.next() < 0.25 ? text.toLowerCase() : text}`;
  return [
    ...distinct(900, () => lower(fixArticle(fill(rng, pick(rng, CREATIVE_FRAMES), slots)))),
    ...distinct(900, () => lower(fixArticle(fill(rng, pick(rng, DOC_FRAMES), slots)))),
    ...distinct(250, () => lower(fixArticle(fill(rng, pick(rng, ACADEMIC_FRAMES), slots)))),
    ...distinct(300, () => `${pick(rng, EDITS)}${rng.next() < 0.5 ? ':' : ' please:'}${rng.next() < 0.5 ? ' ' : '\n\n'}${pick(rng, PASSAGES)}`),
    ...distinct(160, () => fill(rng, pick(rng, ROLEPLAY_FRAMES), slots)),
    ...distinct(40, () => `${capitalize(pick(rng, ['continue this story', 'write what happens next', 'finish this story', 'use this as the first line of a story']))}: ${pick(rng, OPENINGS)}`),
  ];
}
