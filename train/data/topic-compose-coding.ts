import { SeededRandom } from '../../modelgen/seeded-random';
import { loadHandwritten } from './handwritten';
import { capitalize, distinct, fill, pick } from './topic-compose-kit';
import { CONTEXTS, DOMAIN_CODING_TASKS } from './topic-compose-contexts';

// Chat-style programming requests, composed from fragments written by the project: requests to write code
// (with everyday subjects, so "email", "price" or "game" inside a coding request does not pull it elsewhere),
// code and error messages pasted into a question, concepts, config files.

const LANGUAGES = ['Python', 'python', 'JavaScript', 'javascript', 'TypeScript', 'Java', 'C#', 'C++', 'C', 'Go', 'Rust', 'Kotlin', 'Swift', 'PHP', 'Ruby', 'R', 'Bash', 'PowerShell', 'MATLAB', 'Scala', 'Haskell', 'Lua', 'Dart', 'Julia', 'Elixir', 'VBA', 'Perl', 'node.js', 'React', 'Django', 'Flask', 'Rails', 'Spring Boot', 'pandas', 'numpy', 'PyTorch', 'SQL', 'Unity C#', 'Godot', 'Arduino'];

/** Frameworks, tools and platforms a request to build something names instead of a language. */
const TOOLS = ['WordPress', 'Streamlit', 'Tailwind', 'Next.js', 'Vue 3', 'Angular', 'Svelte', 'Drupal', 'Odoo', 'SAP ABAP', 'Power BI DAX', 'Excel formulas', 'Google Sheets Apps Script', 'nginx', 'Apache', 'Docker', 'Kubernetes', 'AWS Lambda', 'Terraform', 'Android', 'iOS', 'SwiftUI', 'Jetpack Compose', 'PyQt', 'Tkinter', 'Electron', 'a Chrome extension', 'a Discord bot', 'a Telegram bot', 'Roblox Luau', 'Unity', 'Unreal Engine', 'Blender Python', 'AutoCAD AutoLISP', 'Selenium', 'Playwright', 'FastAPI', 'GraphQL', 'Redis', 'MongoDB', 'Elasticsearch', 'Kafka', 'Apache Spark', 'Airflow', 'dbt', 'Snowflake', 'BigQuery', 'Firebase', 'Supabase', 'the Stripe API', 'the OpenAI API', 'LangChain', 'Hugging Face transformers', 'scikit-learn', 'TensorFlow', 'Keras', 'OpenCV', 'matplotlib', 'seaborn', 'plotly', 'D3.js', 'three.js', 'jQuery', 'Bootstrap', 'gRPC', 'websockets', 'Raspberry Pi GPIO', 'ESP32', 'Shopify Liquid', 'Laravel', 'Symfony', 'ASP.NET Core', 'Entity Framework', 'Prisma', 'Redux', 'React Native', 'Flutter', 'Godot GDScript', 'Pygame', 'CUDA', 'OpenGL shaders', 'Verilog', 'Solidity', 'PostgreSQL', 'SQLite', 'MySQL', 'ClickHouse', 'Databricks', 'Jupyter', 'Git', 'GitHub Actions', 'Jenkins', 'Ansible', 'VS Code extensions', 'Node-RED', 'Home Assistant YAML', 'LaTeX macros', 'Regex', 'PowerShell DSC', 'systemd units', 'cron'];

const TOOL_FRAMES = [
  'How do I {task} with {tool}?',
  'Create a {tool} {artifact} to {task}.',
  'Using {tool}, I want to {task}. How?',
  'In {tool}, how can I {task}?',
  'Build me something with {tool} that can {task}.',
  'I am stuck with {tool}: I need to {task} but it does not work.',
  'You are an expert {tool} developer. Show me how to {task}.',
  'Make a {tool} app that can {task}.',
  'What is the best way to {task} in {tool}? Show the code.',
  '{tool} question: how to {task}?',
];

/** Software one asks to have built for a device or an app: the device words must not make it `technology`. */
const TARGETS = ['an iPhone app', 'a Chrome extension', 'an Outlook add-in', 'a Windows service', 'an Excel macro', 'a Gmail script', 'a Slack bot', 'a Spotify playlist script', 'a browser bookmarklet', 'a macOS menu bar app', 'an Android widget', 'a Linux kernel module', 'a WordPress plugin', 'a VS Code extension', 'a Firefox add-on', 'a Shopify app', 'an Alexa skill', 'a smartwatch app', 'a Home Assistant automation', 'an iMessage extension', 'a Windows batch file', 'a Google Sheets custom function', 'a Word macro', 'a Photoshop script', 'a Minecraft mod', 'a Steam game', 'a printer driver', 'a bluetooth app for an ESP32', 'a keyboard firmware', 'a Zoom app', 'a Teams bot', 'a Raspberry Pi program', 'an Arduino sketch', 'a systemd service', 'a shell alias', 'a Telegram bot', 'a Twitch chat bot', 'a Reddit bot', 'a web page', 'a landing page'];

const TARGET_FRAMES = ['Write me {target} to {task}.', 'write {target} to {task}', 'Can you make {target} to {task}?', 'I want to build {target} to {task}. Where do I start? Show code.', 'Create {target} to {task}.', 'How would I program {target} to {task}?', 'make me {target} to {task}', 'Code {target} that lets me {task}.'];

/** Competitive-programming statements: a story with other topics' nouns, then input, output and constraints. */
const STORIES = ['You are hosting a chess tournament with 2N players', 'A teacher has N pencils to share between two classes', 'There are N cities connected by roads', 'A baker has N loaves of bread with different weights', 'N students stand in a line for a photo', 'A farmer has N fields in a row', 'Chef is cooking N dishes for a party', 'A museum has N paintings on a wall', 'There are N songs in a playlist', 'A library has N shelves of books', 'Two players take turns removing stones from a pile of N stones', 'A train visits N stations', 'A shop sells N items with given prices', 'A robot moves on an N by M grid', 'There are N cards with letters on them', 'A hospital has N patients waiting'];
const ASKED = ['Find the minimum number of operations needed', 'Output YES if it is possible, otherwise NO', 'Print the maximum total value', 'Count the number of valid arrangements modulo 10^9+7', 'Find the length of the longest such sequence', 'Print the smallest possible difference', 'Determine who wins if both play optimally'];

/** Data pasted into a coding question: numbers must not make it `math`. */
const COLUMNS = ['date', 'price', 'quantity', 'region', 'customer_id', 'score', 'label', 'temperature', 'sales', 'user', 'duration_ms', 'status', 'amount', 'city', 'product', 'rating', 'timestamp', 'value', 'category', 'age'];
const DATA_QUESTIONS = ['Write pandas code to get the average {col} per {col}.', 'How do I plot {col} over {col} with matplotlib?', 'Write a SQL query that returns the total {col} for each {col}.', 'How can I load this into a dataframe and drop rows where {col} is missing?', 'Write Python code that finds outliers in {col}.', 'Parse this in JavaScript and sort it by {col}.', 'Give me code to group this by {col} and count rows.', 'How do I convert {col} to a datetime and resample by week in pandas?', 'Write an R script that fits a linear model of {col} on {col}.', 'Make a bar chart of {col} by {col} using seaborn.'];

const ARTIFACTS = ['function', 'script', 'program', 'class', 'module', 'code snippet', 'command line tool', 'small app', 'method', 'API endpoint', 'unit test', 'library'];

/** Infinitive tasks: "Write a Python script to {task}", "How do I {task} in Go?". */
const TASKS = [
  'read a CSV file and print the average of each column',
  'check whether a string is a palindrome',
  'download all images from a web page',
  'merge two sorted lists into one sorted list',
  'parse a JSON config file and validate the required fields',
  'send an email with an attachment',
  'convert Celsius to Fahrenheit',
  'count how often each word appears in a text file',
  'implement binary search on a sorted array',
  'resize every image in a folder',
  'connect to a PostgreSQL database and insert rows',
  'scrape product prices from an online shop',
  'generate a random password with letters, digits and symbols',
  'implement a stack using two queues',
  'find duplicate files in a directory by their hash',
  'call a REST API and retry when it fails',
  'validate an IBAN or credit card number',
  'rename all files in a folder to lowercase',
  'sort a list of dictionaries by a key',
  'remove duplicates from an array while keeping the order',
  'flatten a nested list',
  'compute the nth Fibonacci number efficiently',
  'reverse the words in a sentence',
  'build a simple to-do list with add and delete',
  'make a tic tac toe game for two players',
  'upload a file to S3',
  'read an Excel sheet and write it back as CSV',
  'calculate the distance between two GPS coordinates',
  'parse dates in different formats',
  'implement a linked list with insert and delete',
  'create a login page with username and password',
  'paginate results from a database query',
  'run several HTTP requests in parallel',
  'cache the results of an expensive function',
  'log errors to a file with timestamps',
  'read user input and keep asking until it is a valid number',
  'plot a line chart of monthly sales',
  'train a linear regression model and print the accuracy',
  'detect faces in a photo',
  'build a chatbot that answers questions from a PDF',
  'convert a Markdown file to HTML',
  'schedule a job to run every night at 2am',
  'watch a folder and react when a file changes',
  'encrypt and decrypt a string with AES',
  'hash passwords before storing them',
  'implement Dijkstra shortest path on a graph',
  'check if two strings are anagrams',
  'count the vowels in a string',
  'generate a PDF invoice from order data',
  'send a message to a Slack channel',
  'make a Discord bot that replies to commands',
  'build a REST API for a list of books',
  'stream a large file without loading it into memory',
  'compare two JSON objects and print the differences',
  'implement a rate limiter',
  'write a recursive function to compute factorials',
  'build a snake game',
  'draw a bar chart from a dictionary',
  'extract all email addresses from a text',
  'convert a number to Roman numerals',
  'find the most common element in a list',
  'implement a priority queue',
  'serialize an object to JSON and back',
  'read environment variables with default values',
  'unzip an archive and list its files',
  'split a large CSV into smaller files',
  'calculate a moving average over a time series',
  'implement quicksort',
  'validate a form before it is submitted',
  'fetch the weather for a city from an API',
  'track expenses and show the monthly total',
  'simulate rolling two dice 10000 times',
  'compute the GCD of two numbers',
  'transpose a matrix',
  'create a countdown timer',
  'parse command line arguments',
  'resize a window and keep the aspect ratio',
  'play a sound when a button is clicked',
];

const WRITE_FRAMES = [
  'Write a {lang} {artifact} to {task}.',
  'write a {lang} {artifact} to {task}',
  'Can you write a {lang} {artifact} that can {task}?',
  'How do I {task} in {lang}?',
  'how to {task} in {lang}',
  'I need {lang} code to {task}.',
  'give me {lang} code to {task}',
  'Show me how to {task} using {lang}.',
  '{lang}: {task}',
  'Help me {task} with {lang}, please.',
  'What is the cleanest way to {task} in {lang}?',
  'I am learning {lang}. How would I {task}?',
  'Create a {artifact} in {lang} to {task}. Explain each step.',
  'Write code to {task}.',
  'Can you help me write a {artifact} to {task}? I am using {lang}.',
  'Please implement a {lang} {artifact} to {task}, with error handling and comments.',
  'I want to {task}. Write it in {lang} and keep it simple.',
  'Generate {lang} code that will {task} and add tests for it.',
];

const PASTE_INTROS = [
  'Here is my code:',
  'I have this code:',
  'Can you look at this?',
  'This is what I have so far:',
  'My code:',
  'hi, here is my code',
  'I wrote this but it does not work:',
  '',
  'I found this code online:',
  'My teacher gave us this:',
];

const PASTE_QUESTIONS = [
  'Why does this throw an error?',
  'What does this code do?',
  'Can you explain this line by line?',
  'How can I make this faster?',
  'Please add comments to it.',
  'Find the bug please.',
  'Refactor this to be more readable.',
  'Write unit tests for this.',
  'It works but it is really slow on large inputs. Any ideas?',
  'Convert this to {lang}.',
  'Is this the right way to do it?',
  'Why is the output wrong?',
  'how do i fix this',
  'What is the time complexity of this?',
  'Can you make it handle errors properly?',
  'Rewrite it in {lang} please.',
  'It compiles but crashes at runtime. Why?',
  'review this code',
];

const ERROR_QUESTIONS = ['How do I fix this error?', 'what does this mean', 'I get this when I run my app:', 'Getting this error, any idea?', 'Why am I getting this?', 'help, my build fails with:', 'What is causing this and how do I solve it?'];

const CONCEPTS = ['closures', 'decorators', 'generics', 'async/await', 'pointers', 'dependency injection', 'recursion', 'big O notation', 'the event loop', 'garbage collection', 'interfaces vs abstract classes', 'promises', 'list comprehensions', 'the difference between a process and a thread', 'REST vs GraphQL', 'SQL joins', 'database indexes', 'git rebase vs merge', 'unit tests vs integration tests', 'memoization', 'dynamic programming', 'virtual functions', 'lambdas', 'immutability', 'ownership and borrowing', 'monads', 'design patterns like the factory pattern', 'microservices', 'race conditions', 'hash tables', 'Docker containers vs virtual machines', 'CI/CD pipelines', 'type hints', 'the MVC pattern', 'websockets'];

const CONCEPT_FRAMES = ['Explain {concept} in {lang} with an example.', 'What are {concept}? Show some {lang} code.', 'Can you explain {concept} like I am a beginner programmer?', 'I still do not understand {concept}. Help?', 'When should I use {concept} in {lang}?'];

const CONFIG_REQUESTS = [
  'Write a Dockerfile for a {lang} web app.',
  'Write a docker-compose file with a web service and a Postgres database.',
  'Write an nginx config that serves a React build and proxies /api to port 5000.',
  'Write a GitHub Actions workflow that runs the tests on every push.',
  'Write a Kubernetes deployment yaml for my {lang} service.',
  'Write Terraform to create an S3 bucket and an IAM role.',
  'Write a cron expression that runs every Monday at 8am.',
  'Write a regex that matches valid email addresses.',
  'Write a SQL query that returns the top 5 customers by total order value.',
  'Write a SQL query to find duplicate rows in a table.',
  'Write a bash one-liner to count lines in all .py files.',
  'Write a makefile for a small C project.',
  'Write a webpack config for a TypeScript project.',
  'Write a .gitignore for a {lang} project.',
  'Create a Jenkins pipeline that builds and deploys my app.',
  'Write an Ansible playbook that installs nginx.',
];

export function composeCoding(seed: number): string[] {
  const rng = new SeededRandom(seed);
  const fragments = loadHandwritten('topic-code.jsonl');
  const snippets = fragments.filter((f) => f.label === 'code').map((f) => f.text);
  const errors = fragments.filter((f) => f.label === 'error').map((f) => f.text);
  const slots = { lang: LANGUAGES, artifact: ARTIFACTS, task: [...TASKS, ...DOMAIN_CODING_TASKS, ...DOMAIN_CODING_TASKS], concept: CONCEPTS, tool: TOOLS };
  const withContext = (text: string): string => (rng.next() < 0.3 ? `${pick(rng, CONTEXTS)} ${text}` : text);
  const write = distinct(1100, () => withContext(capitalizeSometimes(rng, fill(rng, pick(rng, WRITE_FRAMES), slots))));
  const targets = distinct(400, () => withContext(capitalizeSometimes(rng, fill(rng, pick(rng, TARGET_FRAMES), { ...slots, target: TARGETS }))));
  const contests = distinct(150, () => `${rng.next() < 0.5 ? 'Problem ' : ''}${pick(rng, STORIES)}. ${pick(rng, ASKED)}. Input: the first line contains T, the number of test cases. Each test case contains an integer N (1 <= N <= 10^5) followed by N integers. Output: for each test case print the answer on a new line.${rng.next() < 0.5 ? ` Solve it in ${pick(rng, ['C++', 'Python', 'Java', 'Rust', 'Go'])}.` : ''}`);
  const tools = distinct(700, () => withContext(capitalizeSometimes(rng, fill(rng, pick(rng, TOOL_FRAMES), slots))));
  const pasted = distinct(500, () => {
    const intro = pick(rng, PASTE_INTROS);
    const question = fill(rng, pick(rng, PASTE_QUESTIONS), slots);
    const code = pick(rng, snippets);
    const fenced = rng.next() < 0.4 ? `\`\`\`\n${code}\n\`\`\`` : code;
    return rng.next() < 0.5 ? `${intro}\n\n${fenced}\n\n${question}`.trim() : `${question}\n\n${fenced}`;
  });
  const tables = distinct(250, () => {
    const cols = [pick(rng, COLUMNS), pick(rng, COLUMNS), pick(rng, COLUMNS)];
    const separator = rng.next() < 0.5 ? ',' : '\t';
    const cell = (): string => (rng.next() < 0.7 ? String(rng.int(5000) / (rng.next() < 0.5 ? 1 : 100)) : pick(rng, ['north', 'A', 'yes', 'ok', 'paris', 'x1', `2023-04-0${1 + rng.int(9)}`]));
    const rows = Array.from({ length: 3 + rng.int(6) }, () => cols.map(cell).join(separator));
    const table = [cols.join(separator), ...rows].join('\n');
    const question = fill(rng, pick(rng, DATA_QUESTIONS), { col: cols });
    return rng.next() < 0.5 ? `I have this data:\n${table}\n${question}` : `${question}\n\n${table}`;
  });
  const errorPrompts = distinct(150, () => {
    const text = pick(rng, errors);
    return rng.next() < 0.5 ? `${pick(rng, ERROR_QUESTIONS)}\n\n${text}` : `${text}\n\n${pick(rng, ERROR_QUESTIONS)}`;
  });
  const concepts = distinct(200, () => fill(rng, pick(rng, CONCEPT_FRAMES), slots));
  const configs = distinct(80, () => fill(rng, pick(rng, CONFIG_REQUESTS), slots));
  return [...write, ...targets, ...contests, ...tools, ...pasted, ...tables, ...errorPrompts, ...concepts, ...configs, ...snippets];
}

/** Chat prompts are often all lower case. */
function capitalizeSometimes(rng: SeededRandom, text: string): string {
  return rng.next() < 0.3 ? text.toLowerCase() : capitalize(text);
}
