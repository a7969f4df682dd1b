import { SeededRandom } from '../../modelgen/seeded-random';
import { capitalize, distinct, fill, pick } from './topic-compose-kit';
import type { TopicLabel } from './topic-labels';

// More requests to write text, in the forms chat users ask for them, composed from fragments written by the
// project: short forms (jokes, slogans, captions, titles), role-play and game set-ups with long instructions,
// rewrites in a style, "describe X as if", fan fiction, speeches and letters full of personal details. The
// subjects are heavy with other topics' words (a vegan bakery, the stock market, Hogwarts, a lost suitcase), so
// asking for a text decides `writing`. Requests to write code that produces such texts, or plays such games, stay coding.

/** Subjects from every topic, with the words that would pull a request to that topic. */
const DOMAIN_SUBJECTS = [
  'a cheese shop', 'sourdough bread', 'a pizza delivery guy', 'my grandmother\'s lasagna', 'a sushi chef', 'a food truck festival', 'spicy ramen',
  'the stock market', 'cryptocurrency', 'my tax return', 'a bank robbery', 'a failing startup', 'quarterly earnings', 'an accountant', 'inflation',
  'a Python bug', 'a programmer on a deadline', 'JavaScript', 'a server crash at 3am', 'an AI assistant', 'a rogue robot', 'a hacker', 'Git merge conflicts',
  'my new iPhone', 'a smart fridge', 'the wifi going down', 'a printer that never works', 'a self-driving car',
  'a marathon', 'the gym on January 1st', 'a yoga class', 'a dentist', 'a hospital night shift', 'a nurse', 'a flu season', 'a vet clinic',
  'a football derby', 'the World Cup final', 'a chess tournament', 'a poker night', 'a video game boss fight', 'Elden Ring', 'Minecraft', 'a rock band on tour', 'a Netflix binge', 'Taylor Swift concert tickets',
  'a lost suitcase at the airport', 'a road trip across Australia', 'a delayed train', 'a hotel with no hot water', 'Paris in the rain', 'a cruise ship',
  'a divorce', 'a first date', 'my mother-in-law', 'twins who switch places', 'a long distance relationship', 'my toddler\'s tantrums', 'a family reunion',
  'an election', 'a mayor who lies', 'a protest march', 'a parliament debate', 'a courtroom', 'a parking ticket', 'a lawyer who never loses', 'a contract with a typo',
  'the fall of Rome', 'a medieval monk', 'Greek gods', 'a philosopher who cannot decide', 'Napoleon', 'the printing press',
  'black holes', 'a chemistry lab explosion', 'photosynthesis', 'evolution', 'a volcano', 'the periodic table', 'climate change', 'a Mars rover',
  'my vegetable garden', 'a leaking roof', 'my cat knocking things over', 'a dog at the groomer', 'an old motorcycle', 'knitting a sweater', 'a houseplant that refuses to die',
  'Black Friday shopping', 'an online order that never arrived', 'a self-checkout machine', 'IKEA furniture',
  'a math exam', 'the first day of school', 'a strict teacher', 'homework', 'graduation', 'a spelling bee', 'learning French', 'grammar mistakes',
  'Monday mornings', 'the weather', 'a rainy Sunday', 'the moon',
];

const POEM_FORMS = ['poem', 'funny poem', 'haiku', 'limerick', 'sonnet', 'ode', 'rap', 'rap verse', 'song', 'country song', 'power ballad', 'sea shanty', 'jingle', 'nursery rhyme', 'short story', 'story', 'bedtime story', 'horror story', 'love story', 'fable', 'fairy tale', 'comedy sketch', 'screenplay scene', 'monologue', 'dialogue', 'epic poem', 'diss track', 'lullaby', 'tragedy in three acts', 'mock-heroic poem', 'soap opera scene', 'noir short story', 'sci-fi story', 'murder mystery'];
const POEM_STYLES = ['', '', '', ' in the style of Shakespeare', ' in the style of Dr. Seuss', ' like a Bob Dylan song', ' as if Edgar Allan Poe wrote it', ' in the voice of a sports commentator', ' for my coworkers', ' for a birthday card', ' that rhymes', ' with a twist at the end', ' in 4 lines', ' for kids', ', dramatic and over the top', ', sad but hopeful', ' in the style of a Greek tragedy', ' in Gen Z slang', ' like a pirate would tell it'];
const POEM_FRAMES = ['write a {form} about {dsubject}{pstyle}', 'Write a {form} about {dsubject}{pstyle}.', 'Can you write me a {form} about {dsubject}{pstyle}?', 'compose a {form} about {dsubject}{pstyle}', 'I need a {form} about {dsubject}{pstyle} for tonight.', 'Make up a {form} about {dsubject}{pstyle}.', 'give me a {form} about {dsubject}{pstyle} please'];

const SHORT_FORMS = ['jokes', 'puns', 'dad jokes', 'one-liners', 'slogans', 'taglines', 'Instagram captions', 'pickup lines', 'title ideas', 'headline ideas', 'tweets', 'riddles', 'toasts', 'limericks', 'haikus', 'knock knock jokes', 'motivational quotes', 'funny fortune cookie messages', 'band names', 'chapter titles', 'catchphrases', 'roast lines'];
const SHORT_FRAMES = ['Give me {k} {short} about {dsubject}.', 'write {k} {short} about {dsubject}', 'Come up with {k} {short} for {dsubject}.', 'I need {k} {short} about {dsubject}, the funnier the better.', 'Can you write {k} clever {short} about {dsubject}?', 'List {k} {short} about {dsubject}.'];
const COUNTS = ['3', '5', '5', '10', '10', '12', '15', '20'];

/** Role-play and game set-ups: a role, rules about how to answer, and how to start. */
const ROLES = ['a retired space pirate', 'a fortune teller at a carnival', 'my strict German grandmother', 'the captain of a sinking ship', 'a detective in 1920s Chicago', 'a cynical dragon', 'a shopkeeper in a fantasy village', 'the ghost of a Victorian butler', 'an alien ambassador', 'a wizard mentor', 'a bored castle guard', 'a goblin merchant', 'an overly dramatic theater director', 'a medieval king', 'a barista in a cozy cafe', 'a rival chef', 'a mysterious stranger on a train', 'a post-apocalyptic scavenger', 'a vampire who runs a bakery', 'the AI of a haunted spaceship'];
const ROLE_OPENINGS = ['You are {role}.', "Let's role-play. You are {role}.", 'I want you to act as {role}.', 'Roleplay as {role}.', 'Pretend to be {role}.', 'From now on you are {role}.'];
const ROLE_RULES = ['Stay in character no matter what.', 'Never break character or mention that you are an AI.', 'Keep your replies under 60 words.', 'Describe your actions in *asterisks*.', 'Speak in an old-fashioned way.', 'Ask me a question at the end of every reply.', 'I will play a young adventurer.', 'I am a customer who just walked in.', 'Use vivid descriptions of the setting.', 'Keep track of my gold and health.', 'Give me three choices after every scene.', 'Do not decide my actions for me.', 'Make it funny but a bit dark.', 'The story takes place in a rainy city in 2087.', 'Wait for my reply before continuing.'];
const ROLE_STARTS = ['Begin.', 'Start the scene.', 'You start.', 'Greet me.', 'Start by describing where we are.', 'My first line: "Hello? Is anyone here?"'];
const GAMES = ["Let's play a text adventure. You describe the world and I type what I do. Setting: {setting}.", 'Be the game master for a solo RPG set in {setting}. Track my inventory and roll dice for my attacks.', "Let's play an interactive story. You narrate, I make the choices. It takes place in {setting}.", 'Run a murder mystery game for me set in {setting}. Give me clues one at a time and let me question the suspects.', "I want to play a choose your own adventure set in {setting}. Give me options at the end of each part."];
const SETTINGS = ['a cyberpunk Tokyo', 'a haunted castle', 'a pirate ship in the Caribbean', 'a space station orbiting Jupiter', 'a small town in the 1950s', 'a wizard school', 'the Wild West', 'a zombie-infested shopping mall', 'ancient Egypt', 'a submarine at the bottom of the ocean', 'a kingdom of talking animals', 'a frozen research base in Antarctica'];

/** Texts to rewrite in a style: ordinary sentences from every topic. */
const PLAIN_TEXTS = [
  'The quarterly report shows revenue up 8 percent and costs down 2 percent.',
  'Please remember to wash your own mugs in the office kitchen.',
  'The train to Brighton is delayed by 20 minutes due to a signal failure.',
  'Take one tablet twice a day after meals and drink plenty of water.',
  'Our server will be down for maintenance on Sunday from 2 to 4 am.',
  'Preheat the oven to 180 degrees and bake the cake for 35 minutes.',
  'The home team won 2 to 1 after a late goal in the 89th minute.',
  'Your package has been shipped and will arrive in 3 to 5 business days.',
  'The city council approved the new budget for road repairs.',
  'I went to the supermarket, bought milk and eggs, and came home.',
  'To reset your password, click the link in the email we sent you.',
  'Water the plants every two days and keep them out of direct sunlight.',
];
const REWRITE_STYLES = ['a pirate', 'Shakespeare', 'a noir detective', 'a medieval herald', 'Yoda', 'a nature documentary narrator', 'a breaking news anchor', 'a fairy tale', 'a haiku', 'a rap verse', 'an epic poem', 'a dramatic movie trailer', 'a sarcastic teenager', 'a Victorian love letter', 'a horror story', 'a sports commentator', 'a cowboy', 'a limerick'];
const REWRITE_FRAMES = ['Rewrite this as {rstyle}: {plain}', 'rewrite this like {rstyle} would say it: {plain}', 'Turn this into {rstyle}:\n\n{plain}', 'Make this sound like {rstyle}: "{plain}"', 'Can you retell this in the style of {rstyle}? {plain}'];

/** Describe or explain something in a creative form. */
const DESCRIBE_FRAMES = ['Describe {dsubject} as if you were a poet in love.', 'Describe {dsubject} from the point of view of a cat.', 'Explain {dsubject} as a bedtime story.', 'Write about {dsubject} as if it were an action movie trailer.', 'Describe {dsubject} using only metaphors.', 'Tell the story of {dsubject} as a Greek myth.', 'Explain {dsubject} as a rap battle between two characters.', 'Write a diary entry about {dsubject}, in the first person.'];

/** Fan fiction: franchise names must not make it entertainment. */
const FRANCHISES = ['Harry Potter', 'Star Wars', 'The Lord of the Rings', 'Pokemon', 'Marvel', 'Zelda', 'Sherlock Holmes', 'Doctor Who', 'Game of Thrones', 'The Simpsons', 'Star Trek', 'Naruto', 'Mario', 'Stranger Things', 'Friends', 'The Witcher', 'Batman', 'Jane Austen'];
const FANFIC_FRAMES = ['Write a {franchise} fan fiction where {twist}.', 'write a fanfic set in the {franchise} universe where {twist}', 'Write a crossover story between {franchise} and {franchise2} where {twist}.', 'I want a short {franchise} story in which {twist}.'];
const TWISTS = ['the villain wins', 'two enemies have to share an apartment', 'everyone loses their memory', 'the main character opens a bakery', 'the story is told by a minor character', 'magic stops working for one day', 'they all end up in modern London', 'a wedding goes wrong', 'the hero retires', 'it is set 50 years later'];

/** Occasion texts full of personal details. */
const OCCASIONS = ['a best man speech', 'a maid of honor speech', 'a wedding toast', 'a eulogy', 'a retirement speech', 'a birthday speech', 'a farewell speech for a coworker', 'a graduation speech', 'an anniversary toast', 'a baby shower card message', 'a thank you speech'];
const PEOPLE = ['my brother Tom', 'my best friend Aisha', 'my dad', 'my grandmother Ines', 'my coworker Raj', 'my sister Lena', 'our coach', 'my boss Carla', 'my uncle Pete', 'my college roommate'];
const DETAILS = ['loves fishing and terrible puns', 'was a nurse for 30 years', 'once got lost in IKEA for three hours', 'runs marathons', 'is obsessed with his Tesla', 'bakes bread every Sunday', 'taught me to play chess', 'is a huge Liverpool fan', 'writes code for a bank', 'moved here from Brazil 20 years ago', 'cannot cook at all', 'always sings karaoke off key'];
const OCCASION_FRAMES = ['Write {occasion} for {person}, who {detail} and {detail}. Keep it about 3 minutes.', 'I need {occasion} for {person}. Details: {person2} {detail}, and {detail}. Funny but touching.', 'Help me write {occasion} for {person}. Some things about them: {detail}; {detail}.'];

/** Letters and emails to recipients whose subject pulls another topic. */
const LETTERS = ['a complaint letter to my airline about my lost luggage', 'an email to my landlord about mold in the bathroom', 'a letter to my insurance company disputing a denied claim', 'an email to my kid\'s school about bullying', 'a letter to the council about potholes on our street', 'an email to my doctor asking for my test results', 'a letter to my bank about a charge I did not make', 'an email to a hotel asking for a refund after a noisy stay', 'a cover letter for a nursing job', 'a cover letter for a data scientist position at a fintech', 'an email to my professor asking to retake the exam', 'a message to my gym to cancel my membership', 'a letter to my senator about housing costs', 'a review of a pizza place for Google Maps', 'a thank you email to my surgeon', 'an email to my team about the new Git workflow', 'an apology email to customers after our app went down', 'a reference letter for my former intern who is applying to law school', 'a polite email to a client asking them to pay the overdue invoice', 'a LinkedIn post about passing my AWS certification'];
const LETTER_FRAMES = ['Write {letter}.', 'write {letter}', 'Can you write {letter}? Polite but firm.', 'Draft {letter}, keep it short.', 'Help me write {letter}. I am really angry but want to sound calm.', 'Please write {letter} in a formal tone.'];

/** Requests for code that produces such texts: the coding side of the line. */
const CODE_FOR_TEXT = ['Write a Python script that generates random haiku from a list of words.', 'Write a JavaScript function that picks a random joke from an array and shows it on a button click.', 'Write a Python program that counts rhymes in a poem.', 'Write code that generates silly band names by combining two random words, in Python.', 'Make a Discord bot command that tells a random pun.', 'Write a Python function that checks if a poem is a limerick by counting lines and syllables.', 'Build a React component that shows a random motivational quote every day.', 'Write a script that turns a story text file into an audiobook with text to speech.', 'Write a Python script that scrapes song lyrics and counts the most common words.', 'Write a markov chain text generator in Python that writes fake Shakespeare.'];
/** Programs whose job sounds like a game or a document: "write a program" must stay coding. */
const PROGRAM_JOBS = ['plays connect four against the user', 'generates a weekly report from a spreadsheet', 'writes personalized cover letters from a template', 'creates a quiz from a list of questions', 'formats a press release as an HTML page', 'turns meeting notes into a summary email', 'plays hangman in the terminal', 'runs a small text adventure game', 'keeps score in a card game', 'makes a crossword from a word list', 'deals a poker hand and says who wins', 'generates random fantasy character names', 'checks an essay for words that repeat too often', 'builds a PDF invoice from an order'];
/** A few common languages, capitalised, for the program requests below. */
const PROGRAM_LANGUAGES = ['Python', 'JavaScript', 'Java', 'C#', 'Rust', 'Go', 'C++', 'TypeScript', 'Bash'];
const PROGRAMS = ['program', 'script', 'function', 'class', 'web app', 'command line tool', 'bot'];
const PROGRAM_FRAMES = ['Write a {plang} {program} that {job}.', 'write a {program} in {plang} that {job}', 'Can you code a {program} that {job}? Use {plang}.', 'I need a {plang} {program} that {job}. Please include comments.', 'Make a {program} that {job}.'];

export function composeWritingChat(seed: number): Array<[TopicLabel, string]> {
  const rng = new SeededRandom(seed);
  const slots = { form: POEM_FORMS, dsubject: DOMAIN_SUBJECTS, pstyle: POEM_STYLES, short: SHORT_FORMS, k: COUNTS, setting: SETTINGS, rstyle: REWRITE_STYLES, plain: PLAIN_TEXTS, franchise: FRANCHISES, franchise2: FRANCHISES, twist: TWISTS, job: PROGRAM_JOBS, plang: PROGRAM_LANGUAGES, program: PROGRAMS, occasion: OCCASIONS, person: PEOPLE, person2: ['he', 'she'], detail: DETAILS, letter: LETTERS };
  const article = (text: string): string => text.replace(/\b(a|an|A|An) (\w)/g, (_, a: string, letter: string) => `${a[0]}${/^[aeiou]/i.test(letter) ? 'n' : ''} ${letter}`);
  const rolePlay = (): string => {
    const rules = [pick(rng, ROLE_RULES), pick(rng, ROLE_RULES), pick(rng, ROLE_RULES)].filter((r, i, all) => all.indexOf(r) === i).slice(0, 1 + rng.int(3));
    return fill(rng, [pick(rng, ROLE_OPENINGS), ...rules, pick(rng, ROLE_STARTS)].join(' '), { role: ROLES });
  };
  const writing = [
    ...distinct(700, () => capitalize(article(fill(rng, pick(rng, POEM_FRAMES), slots)))),
    ...distinct(300, () => fill(rng, pick(rng, SHORT_FRAMES), slots)),
    ...distinct(200, rolePlay),
    ...distinct(100, () => fill(rng, pick(rng, GAMES), slots)),
    ...distinct(150, () => fill(rng, pick(rng, REWRITE_FRAMES), slots)),
    ...distinct(150, () => capitalize(fill(rng, pick(rng, DESCRIBE_FRAMES), slots))),
    ...distinct(120, () => fill(rng, pick(rng, FANFIC_FRAMES), slots)),
    ...distinct(150, () => fill(rng, pick(rng, OCCASION_FRAMES), slots)),
    ...distinct(150, () => fill(rng, pick(rng, LETTER_FRAMES), slots)),
  ];
  const coding = [...CODE_FOR_TEXT, ...distinct(250, () => fill(rng, pick(rng, PROGRAM_FRAMES), slots))];
  return [...writing.map((text): [TopicLabel, string] => ['writing', text]), ...coding.map((text): [TopicLabel, string] => ['coding', text])];
}
