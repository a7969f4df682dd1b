/** Vocabulary for the synthetic conversations: common English, tech and everyday topics, no external data. */

export const TOPICS = [
  'python script', 'sql query', 'react component', 'docker container', 'kubernetes cluster', 'marketing email',
  'cover letter', 'birthday party', 'trip to lisbon', 'sourdough bread', 'tax return', 'job interview',
  'database migration', 'unit test', 'api endpoint', 'css layout', 'regular expression', 'excel formula',
  'machine learning model', 'git merge conflict', 'vegetarian recipe', 'workout plan', 'wedding speech',
  'product launch', 'customer complaint', 'rental agreement', 'essay on climate change', 'history of rome',
  'quarterly report', 'landing page', 'typescript type error', 'memory leak', 'slow query', 'login page',
  'password reset flow', 'mobile app', 'budget spreadsheet', 'garden layout', 'bike repair', 'poem about autumn',
];

export const USER_OPENERS = [
  'can you help me with my', 'how do i fix my', 'why does my', 'please explain the', 'write a short',
  'what is the best way to improve my', 'i need ideas for a', 'could you review this', 'summarize the',
  'give me an example of a', 'is it normal that my', 'translate this note about my', 'make this shorter:',
  'what are the pros and cons of a', 'help me plan a', 'show me how to test a', 'rewrite my',
];

export const USER_FOLLOW_UPS = [
  'thanks, that worked', 'that is wrong, try again', 'can you expand on that list', 'where did you get that from',
  'continue', 'please finish the code', 'i do not understand', 'you already said that', 'can you give an example',
  'make it more formal', 'perfect, thank you so much', 'this is useless', 'shorter please', 'why is that',
  'ok and what about the second point', 'great answer', 'that still does not work', 'answer the question please',
];

export const USER_TONES = [
  'i am really frustrated with this', 'this is so exciting', 'i am a bit nervous about it', 'honestly this is annoying',
  'i am grateful for any help', 'i feel lost', 'this made my day', 'i am worried it will break again',
  'no rush', 'my boss wants it today', 'i tried everything already', 'it is for a school project',
];

export const ASSISTANT_OPENERS = [
  'Sure! Here is a step by step explanation.', 'Great question.', 'I apologize for the confusion in my previous answer.',
  'Here is a revised version.', 'Of course, let us go through it together.', 'There are a few common causes for this.',
  'I am sorry, but I cannot help with that request.', 'Happy to help!', 'You are right, that was my mistake.',
  'Here is a short summary.', 'Below is an example you can adapt.',
];

export const SUBJECTS = [
  'the function', 'your configuration', 'the first step', 'this approach', 'the main issue', 'the query planner',
  'the team', 'the recipe', 'the final paragraph', 'each request', 'the cache', 'the user', 'the browser',
  'the server', 'a simple loop', 'the budget', 'the schedule', 'the error message', 'the test suite', 'the layout',
];

export const VERBS = [
  'returns', 'checks', 'improves', 'reduces', 'explains', 'handles', 'creates', 'updates', 'removes', 'stores',
  'validates', 'describes', 'compares', 'avoids', 'requires', 'supports', 'measures', 'splits', 'merges', 'formats',
];

export const OBJECTS = [
  'the input values', 'a clear structure', 'the response time', 'every edge case', 'the missing index',
  'a friendly tone', 'the total cost', 'the list of ingredients', 'the environment variables', 'the null check',
  'the main argument', 'a shorter sentence', 'the retry logic', 'the date format', 'the access token',
  'the column names', 'the color palette', 'the weekly plan', 'the project goals', 'the expected output',
];

export const CONNECTIVES = [
  'so that', 'because', 'while', 'before', 'after', 'which means', 'and then', 'unless', 'although', 'whenever',
];

export const CLOSERS = [
  'Let me know if you want more details.', 'I hope this helps!', 'Feel free to ask follow-up questions.',
  'Would you like me to continue?', 'Tell me if anything is unclear.', 'Good luck with your project!',
];

export const CODE_LINES = [
  'const result = items.filter((item) => item.active);', 'def parse(value): return int(value.strip())',
  'SELECT id, name FROM users WHERE created_at > NOW() - INTERVAL 7 DAY;', 'docker run -p 8080:80 app:latest',
  'for (let i = 0; i < rows.length; i++) total += rows[i].amount;', 'git rebase -i HEAD~3',
  'export function add(a: number, b: number): number { return a + b; }', 'pip install --upgrade requests',
];
