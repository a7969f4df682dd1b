import { SeededRandom } from '../../modelgen/seeded-random';
import { distinct, fill, pick } from './topic-compose-kit';
import type { TopicLabel } from './topic-labels';

// Requests for work documents and for prompts, as chat users ask for them, composed from fragments written by the
// project: report sections and project documents about projects from every field (a hospital, a bank, a farm
// study), content-writer personas, debates, and prompts for other AI tools. The text asked for is the product,
// so they are `writing`; requests for code that sends a prompt to a model stay coding.

const PARTS = ['scope of work', 'project charter', 'standard operating procedure', 'incident report', 'set of meeting minutes', 'project status report', 'background section', 'problem statement', 'scope and limitations section', 'conclusion chapter', 'introduction chapter', 'policy document', 'job description', 'request for proposal', 'introduction to the user guide', 'training handout', 'grant application narrative', 'letter for the annual report', 'case study', 'risk section'];
const PROJECTS = ['the new cafeteria at our hospital', 'a road resurfacing contract', 'a solar panel installation at a primary school', 'our warehouse safety program', 'a clinical trial of a new asthma inhaler', 'a study of bee populations in city parks', 'moving our office to a new building', 'a community garden', 'a cybersecurity audit of a small bank', 'a loyalty program for a grocery chain', 'the renovation of a public library', 'a vaccination drive in rural villages', 'moving our payroll to a new vendor', 'a water treatment plant upgrade', 'a youth football league', 'a thesis on the effect of music on concentration', 'a pilot of electric buses in our city', 'a food bank volunteer program', 'a new onboarding process for nurses', 'replacing the elevators in an apartment block'];
const PART_FRAMES = ['Write a {part} for {project}.', 'Draft the {part} for {project}, formal tone, with headings.', 'I need a {part} for {project}. Keep it to one page.', 'You are a technical writer. Write a {part} for {project}.', 'Prepare a {part} for {project} that I can send to the board.', 'write {part} for {project}', 'Can you help me write the {part} for {project}? Use clear, simple language.'];

const PIECES = ['blog post', 'LinkedIn article', 'landing page text', 'newsletter', 'product page text', 'SEO article', 'Twitter thread', 'customer story', 'welcome email series', 'FAQ page'];
const COMPANIES = ['a dental clinic', 'a cybersecurity firm', 'an online tutoring platform', 'a vegan meal kit service', 'a law firm for immigration cases', 'a solar energy installer', 'a travel agency for students', 'a mortgage broker', 'a pet insurance company', 'a cloud hosting company', 'a physiotherapy practice', 'a furniture shop', 'a language school', 'an accounting firm'];
const PIECE_SUBJECTS = ['why regular checkups matter', 'how to spot a phishing email', 'studying for exams without burning out', 'eating well on a busy schedule', 'what changes in the new visa rules', 'whether solar panels pay off', 'cheap ways to see Europe by train', 'fixed or variable rate mortgages', 'what to do when your dog gets sick abroad', 'moving a website to the cloud', 'exercises for lower back pain', 'choosing a sofa for a small flat', 'learning a language as an adult', 'getting your taxes ready early'];
const CONSTRAINTS = ['', '', ' Use H2 headings.', ' Make it engaging and not too formal.', ' Around 1000 words.', ' End with a call to action.', ' Use varied vocabulary and do not sound like a robot.', ' Keep it under 300 words.'];
const PIECE_FRAMES = ['You are a content writer for {company}. Write a {piece} about {psubject}.{constraint}', 'Act as a copywriter for {company} and write a {piece} on {psubject}.{constraint}', 'I run {company}. Write a {piece} for us about {psubject}.{constraint}', 'Write a {piece} for {company} about {psubject}.{constraint}'];

const ISSUES = ['whether nuclear power should replace coal', 'a four day work week', 'banning phones in schools', 'raising the minimum wage', 'self-driving cars on public roads', 'homework for primary school kids', 'a tax on sugary drinks', 'working from home', 'zoos', 'space exploration spending', 'social media age limits', 'free public transport'];
const DEBATE_FRAMES = ['Conduct a debate on {issue}. One side argues for, the other against.', 'Write a debate between two experts about {issue}, three rounds each.', 'Stage a mock debate on {issue} with an opening statement and a rebuttal for each side.', 'Write both opening speeches for a school debate on {issue}.', 'Write a dialogue where two friends argue about {issue}.'];

const SCENES = ['a cozy bakery at dawn', 'a futuristic stock exchange floor', 'a surgeon in a neon operating room', 'a dragon guarding a server rack', 'a rainy street in Tokyo at night', 'a medieval courtroom', 'a family picnic on Mars', 'an astronaut eating ramen', 'a lighthouse in a storm', 'a robot teacher in a classroom'];
const BOTS = ['answers questions about our return policy', 'helps kids practice spelling', 'acts as a tough job interviewer', 'explains contracts in plain English', 'suggests recipes from what is in my fridge', 'explains blood test results gently', 'tutors high school physics', 'plans budget trips', 'gives feedback on my essays', 'role-plays a difficult customer'];
const RAW_PROMPTS = ['tell me about taxes', 'write code for a website', 'explain black holes', 'give me a workout plan', 'make a diet for me', 'summarize this article', 'help me with my business', 'write a story about a dog'];
const OUTPUTS = ['cold sales emails', 'blog outlines', 'social media captions', 'meeting summaries', 'cover letters', 'YouTube video scripts', 'product descriptions', 'lesson plans'];
const PROMPT_FRAMES = ['Write a prompt for an image generator that makes {scene}.', 'Give me a detailed Midjourney prompt for {scene}.', 'Write a system prompt for a chatbot that {bot}.', 'Create the instructions for a custom GPT that {bot}. Include its tone and what it must never do.', 'Improve this prompt so the AI gives better answers: "{raw}"', 'Rewrite my prompt to be clearer and more specific: {raw}', 'Create a reusable prompt template for getting {outputs} from ChatGPT.', 'What is a better way to phrase this prompt: "{raw}"? Give me three versions.', 'Write a step by step prompt that makes an AI write {outputs} in my style.'];

/** Requests for code around prompts: the coding side of the line. */
const CODE_FRAMES = ['Write a Python function that sends the prompt "{raw}" to the OpenAI API and returns the answer.', 'How do I pass a system prompt that {bot} to a model with LangChain in Python?', 'Write a script that fills a prompt template with rows from a CSV file and calls an LLM for each row.', 'Write a Node.js endpoint that takes a user message, adds a system prompt that {bot}, and streams the model reply.', 'My Python code builds the prompt with f-strings and the JSON breaks. How do I escape the braces?'];

/** Work documents, content-writer requests, debates and prompts (writing), and code around prompts (coding). */
export function composeDocuments(seed: number): Array<[TopicLabel, string]> {
  const rng = new SeededRandom(seed);
  const slots = { part: PARTS, project: PROJECTS, piece: PIECES, company: COMPANIES, psubject: PIECE_SUBJECTS, constraint: CONSTRAINTS, issue: ISSUES, scene: SCENES, bot: BOTS, raw: RAW_PROMPTS, outputs: OUTPUTS };
  const article = (text: string): string => text.replace(/\b(a|A) ([aeiou])/g, (_, a: string, letter: string) => `${a}n ${letter}`);
  const writing = [
    ...distinct(300, () => article(fill(rng, pick(rng, PART_FRAMES), slots))),
    ...distinct(200, () => article(fill(rng, pick(rng, PIECE_FRAMES), slots))),
    ...distinct(80, () => fill(rng, pick(rng, DEBATE_FRAMES), slots)),
    ...distinct(200, () => fill(rng, pick(rng, PROMPT_FRAMES), slots)),
  ];
  const coding = distinct(40, () => fill(rng, pick(rng, CODE_FRAMES), slots));
  return [...writing.map((text): [TopicLabel, string] => ['writing', text]), ...coding.map((text): [TopicLabel, string] => ['coding', text])];
}
