import { SeededRandom } from '../../modelgen/seeded-random';
import { capitalize, distinct, fill, pick } from './topic-compose-kit';
import { CONTEXTS } from './topic-compose-contexts';

// Chat-style math requests composed from fragments written by the project: word problems whose nouns come
// from every walk of life (trains, coins, tournaments, recipes, shops), equations, proofs and calculus, so the
// asking for a number or a proof decides the topic rather than the objects in the story.

const N = Array.from({ length: 60 }, (_, i) => String(i + 2));
const BIG = ['100', '120', '150', '240', '300', '360', '500', '720', '1000', '1200', '2024', '5000'];
const PCT = ['5', '10', '12', '15', '20', '25', '30', '40', '60', '75'];
const THINGS = ['apples', 'marbles', 'books', 'tickets', 'cookies', 'chairs', 'coins', 'cards', 'players', 'students', 'cars', 'boxes', 'stamps', 'eggs', 'pens', 'flowers', 'shirts', 'robots', 'songs', 'photos'];
const PEOPLE = ['Alice', 'Bob', 'Maria', 'Tom', 'a farmer', 'a baker', 'a teacher', 'Sam', 'Priya', 'my son', 'a shop', 'a factory', 'Chen', 'Lena'];
const SHAPES = ['rectangle', 'square', 'circle', 'triangle', 'trapezoid', 'cylinder', 'cone', 'sphere', 'cube', 'hexagon'];

const WORD_PROBLEMS = [
  '{person} has {n} {things} and gives away {n} of them, then buys {n} more. How many {things} does {person} have now?',
  'A train leaves at 8:00 traveling {n}0 km/h. Another train leaves the same station at 9:00 traveling {n}0 km/h on the same track. When does the second train catch up?',
  'Two workers can paint a house in {n} and {n} days. How long does it take if they work together?',
  'A bag has {n} red and {n} blue balls. If I draw {n} balls without replacement, what is the probability that all of them are red?',
  'If I roll two dice, what is the probability that the sum is {n}?',
  'What is the probability of getting exactly {n} heads in {n} coin flips?',
  'A tournament has {n} teams and every team plays every other team once. How many games are played?',
  'In how many ways can {n} {things} be arranged in a row if two of them must be next to each other?',
  'How many ways can a committee of {n} be chosen from {n} people?',
  'A price of {big} dollars goes up by {pct}% and then down by {pct}%. What is the final price?',
  '{person} invests {big} at {pct}% interest compounded yearly. How much is it worth after {n} years?',
  'The ratio of boys to girls in a class is {n}:{n}. If there are {n} students, how many are girls?',
  'A {shape} has a side of {n} cm. What are its area and perimeter?',
  'Find the volume of a {shape} with radius {n} and height {n}.',
  'A ladder {n} m long leans against a wall with its foot {n} m from the wall. How high does it reach?',
  'The sum of two numbers is {big} and their difference is {n}. What are the numbers?',
  '{person} is {n} years older than her brother. In {n} years she will be twice his age. How old are they now?',
  'A tank fills in {n} hours and drains in {n} hours. If both pipes are open, how long until it is full?',
  'A car uses {n} liters per 100 km. How much fuel does it need for {big} km?',
  'If {n} machines make {n} {things} in {n} minutes, how long do {big} machines take to make {big} {things}?',
  'I have {n} coins made of 5 and 10 cent pieces worth {big} cents in total. How many of each do I have?',
  'A recipe needs {n} eggs for {n} people. How many eggs do I need for {n} people?',
  'What is the expected value of a game where I win {n} dollars with probability 1/{n} and lose 1 dollar otherwise?',
  'A number increased by {pct}% is {big}. What was the number?',
  'How many positive integers below {big} are divisible by {n} or {n}?',
  'A clock shows 3:{n}. What is the angle between the hour hand and the minute hand?',
  'Out of {big} people surveyed, {pct}% like tea and {pct}% like coffee. At least how many like both?',
  'It is {n}:00 and I have to wait {n}.{n} hours. What time will it be when the wait is over?',
  'I read {n} pages every {n} minutes. How long will it take me to finish a {big} page book?',
  'Make 24 from the digits {n}, {n}, {n} and {n} using each once with +, -, * and /. Is it possible?',
  'Two players take turns flipping a coin and the first to flip heads wins. What is the probability that the first player wins?',
  'In a knockout tournament with {big} players, two players are picked at random. What is the probability that they meet in the final?',
  '{person} draws cards from a deck until an ace appears. What is the expected number of cards drawn?',
  'An open box is made from a {n}0 by {n}0 cm sheet of cardboard by cutting equal squares from the corners. What cut gives the largest volume?',
  'A factory ships goods from {n} plants to {n} stores at minimum cost. How do I set this up as a linear program and solve it?',
  'Find the angle between the lines y = {n}x + 1 and y = -x + {n}.',
  'What is the smallest positive integer that leaves remainder 1 when divided by 2, 3, 4, 5 and 6?',
  'How many squares of all sizes are there on an {n} by {n} grid?',
  'How many handshakes happen if {n} people each shake hands with everyone else once?',
  'I have {n} generators with {n}0 kW, {n}0 kW and {n}0 kW. With at most {n} power transfers, can I make them all equal?',
  'A {things} seller makes a profit of {pct}% on each item and sells {big} items. If the cost is {n} dollars each, what is the total profit?',
  'A password has {n} characters from 26 letters and 10 digits. How many passwords are possible, and how many have no repeated characters?',
  'Three points are chosen uniformly at random on a circle. What is the probability that the triangle contains the center?',
  'A snail climbs {n} m up a well each day and slips back {n} m each night. The well is {n}0 m deep. How many days until it gets out?',
  'What is the minimum number of weighings needed to find the one heavier coin among {n} coins with a balance scale?',
  'A cafe sells small and large smoothies. Yesterday {n} small and {n} large ones used {n} liters of juice; today {n} small and {n} large used {n} liters. How much juice goes into each size?',
  'The length of a rectangle is {n} cm more than its width and its area is {big} square cm. Find its dimensions.',
  'A bakery sells muffins for {n} dollars and cakes for {n} dollars. On Saturday it sold {big} items for {big} dollars. How many cakes did it sell?',
  'A basketball player makes {pct}% of her free throws. What is the probability she makes at least {n} of her next {n} shots?',
  'A recipe for {n} people uses {n}00 g of flour. I am cooking for {n} guests and have {big} g. Do I have enough, and how much is left over?',
  'Our road trip is {big} km. We drive at {n}0 km/h and stop {n} times for 20 minutes. How long does the trip take?',
  'A gym membership costs {n}0 dollars a month or {big} dollars a year. After how many months is the yearly plan cheaper?',
  'I take a pill every {n} hours starting at 7am. At what times do I take the doses in one day?',
  'In a card game each player gets {n} cards from a 52 card deck. What is the probability of getting at least one ace?',
  'A phone plan charges {n} dollars plus {n} cents per minute. Another charges {n}0 dollars flat. When is the first plan cheaper?',
  'Each of {n} friends sends a card to every other friend. How many cards are sent in total?',
  'A pool is {n} m long, {n} m wide and {n} m deep. How many liters of water does it hold, and how long does a {n}0 liter per minute pump take to fill it?',
  'A shop gives {pct}% off and then another {pct}% off the reduced price. What is the total discount in percent?',
  'A lottery draws {n} numbers out of {n}0. What are my chances of matching all of them with one ticket?',
  'I save {n}0 dollars in week one and {n} dollars more each week than the week before. How much have I saved after {n} weeks?',
  'A soccer league has {n} teams. Each pair plays twice, home and away. How many matches are played in a season?',
  'A movie theater has rows of seats where each row has {n} more seats than the one in front. The first row has {n} seats and there are {n} rows. How many seats are there?',
  'There are {n} red, {n} green and {n} yellow candies in a jar. I grab {n} at random. What is the chance they are all different colors?',
  'A cyclist rides up a hill at {n} km/h and down at {n}0 km/h. What is the average speed for the round trip?',
  'If a virus infects {n} new people per infected person every week, starting from 1, how many are infected after {n} weeks?',
  'My garden is a right triangle with legs {n} m and {n} m. How much fencing do I need to go around it?',
  'What is the probability that a random 5 card poker hand is a full house?',
  'A logic puzzle: three boxes are labeled apples, oranges and mixed, and every label is wrong. How many fruits must I pick to fix all the labels?',
  'Brain teaser: a bat and a ball cost {n}.10 dollars together and the bat costs {n} dollar more than the ball. How much is the ball?',
  'I roll {n} dice. What is the probability that the highest number shown is exactly {n}?',
  'How many different outfits can I make from {n} shirts, {n} pants and {n} pairs of shoes if I never wear the red shirt with the green pants?',
  'A hotel has {big} rooms and {pct}% are booked on weekdays and all of them on weekends. What is the average occupancy over a week?',
  'A runner does {n} laps of a {big} m track in {n} minutes. What is her average speed in km/h?',
];

const EXPRESSIONS = ['x^2 - {n}x + {n}', '3x^3 - 2x + {n}', 'sin(x) cos(x)', 'e^(-x^2)', 'ln(x^2 + 1)', 'x e^x', '1/(1 + x^2)', 'sqrt(x^2 + {n})', 'x^{n} - 1', 'tan(2x)', '(x + 1)/(x - 1)', 'x^2 ln x', '\\frac{x^2}{x + {n}}', '\\sqrt{1 - x^2}', 'e^{2x} \\sin x'];

const SYMBOLIC = [
  'Solve for x: {n}x + {n} = {n}x - {n}',
  'solve x^2 - {n}x + {n} = 0',
  'Find the derivative of f(x) = {expr}.',
  'Integrate {expr} dx.',
  'Compute the integral of {expr} from 0 to {n}.',
  'Find the limit of {expr} as x approaches infinity.',
  'Find the Taylor series of {expr} around 0 up to the x^4 term.',
  'Where is f(x) = {expr} increasing and decreasing?',
  'Solve the system x + y = {n}, {n}x - y = {n}.',
  'Compute the determinant of the matrix [[{n}, {n}], [{n}, {n}]].',
  'Find the eigenvalues of [[{n}, 1], [1, {n}]].',
  'What is {n}! divided by ({n}! times {n}!)?',
  'Simplify ({expr}) / (x + 1).',
  'Find all real roots of x^3 - {n}x^2 + {n}x - {n}.',
  'Solve the differential equation dy/dx = {n}y with y(0) = {n}.',
  'Find the sum of the first {big} terms of the arithmetic sequence {n}, {n}, ...',
  'What is the remainder when {n}^{big} is divided by {n}?',
  'Convert {big} from base 10 to base {n}.',
  'Let $f(x) = {expr}$. Compute $f\'(x)$ and find the critical points.',
  'Evaluate $\\int_0^{n} {expr} \\, dx$.',
  'Find the area between y = x^2 and y = {n}x.',
  'What is the gcd of {big} and {big}?',
  'Is {big} a prime number? How can I check quickly?',
];

/** Competition-style problems (LaTeX, as users paste them); slots are %n% and %big%, since LaTeX needs the braces. */
const COMPETITION = [
  'Let $a, b, c$ be positive real numbers with $a + b + c = %n%$. Prove that $\\frac{a}{b} + \\frac{b}{c} + \\frac{c}{a} \\geq 3$.',
  'Find all positive integers $n$ such that $n^2 + %n%$ divides $n^3 + %big%$.',
  'Determine the number of ordered pairs $(x, y)$ of integers satisfying $x^2 + y^2 = %big%$.',
  'In triangle $ABC$, $AB = %n%$, $BC = %n%$ and $CA = %n%$. Let $D$ be the foot of the altitude from $A$. Find $BD$.',
  'A sequence is defined by $a_1 = %n%$ and $a_{n+1} = a_n^2 - a_n + 1$. Find the last two digits of $a_{%big%}$.',
  'What is the remainder when $\\sum_{k=1}^{%big%} k^%n%$ is divided by $1000$?',
  'How many subsets of $\\{1, 2, \\ldots, %n%\\}$ contain no two consecutive integers?',
  'Let $P(x)$ be a polynomial with integer coefficients such that $P(%n%) = %n%$ and $P(%n%) = %big%$. Find the smallest possible value of $|P(0)|$.',
  'Find the minimum value of $x^2 + \\frac{%big%}{x}$ for $x > 0$.',
  'Let $ABCD$ be a square of side %n%. Point $P$ lies inside it with $PA = %n%$ and $PB = %n%$. Find $PC$.',
  'Compute $\\displaystyle \\lim_{n \\to \\infty} \\left(1 + \\frac{%n%}%n%\\right)^%n%$.',
  'Find all functions $f:\\mathbb{R} \\to \\mathbb{R}$ with $f(x + f(y)) = f(x) + y$ for all real $x, y$.',
  'The real numbers $x$ and $y$ satisfy $x + y = %n%$ and $xy = %n%$. Compute $x^3 + y^3$.',
  'A point is chosen uniformly at random inside a square of side %n%. What is the probability that it is closer to the center than to any side?',
  'How many positive divisors does $%big%^%n%$ have?',
  'Let $z$ be a complex number with $z^%n% = 1$ and $z \\neq 1$. Evaluate $\\sum_{k=0}^{%n%} z^k$.',
  'Evaluate $\\int_0^{\\pi} x \\sin^%n% x \\, dx$.',
  'A fair coin is tossed %n% times. What is the probability that no two consecutive tosses are both heads? Express it as a fraction $m/n$ and find $m + n$.',
  'Find the number of lattice points on the hyperbola $x^2 - y^2 = %big%$.',
  'Prove that for every positive integer $n$, $\\binom{2n}%n%$ is divisible by $n + 1$.',
];

const PROOFS = [
  'there are infinitely many primes',
  'the square root of 2 is irrational',
  'the sum of the first n odd numbers is n^2',
  'every bounded monotone sequence converges',
  'a group of prime order is cyclic',
  'n^2 + n is always even',
  'the harmonic series diverges',
  'every continuous function on a closed interval is bounded',
  'the product of two consecutive integers is divisible by 2',
  'a tree with n vertices has n - 1 edges',
  'the set of rational numbers is countable',
  'the real numbers are uncountable',
  'the determinant of a product is the product of the determinants',
  '1 + 2 + ... + n = n(n+1)/2 by induction',
  'every prime greater than 3 is of the form 6k + 1 or 6k - 1',
  'the angles of a triangle add up to 180 degrees',
  'e is irrational',
  'a differentiable function is continuous',
  'the intersection of two subgroups is a subgroup',
  'there is no largest even number',
];

const PROOF_FRAMES = ['Prove that {proof}.', 'prove {proof}', 'Can you show that {proof}?', 'How do I prove that {proof}?', 'Give a rigorous proof that {proof}.', 'I need a proof that {proof}, step by step.'];

const CONCEPTS = ['eigenvalues and eigenvectors', "Bayes' theorem", 'the central limit theorem', 'a group in abstract algebra', 'a topological space', 'the chain rule', 'Lagrange multipliers', 'p-values', 'standard deviation', 'complex numbers', 'modular arithmetic', 'the Fourier transform', 'linear independence', 'a vector space', 'conditional probability', 'permutations vs combinations', 'logarithms', 'integration by parts', 'the fundamental theorem of calculus', 'a Markov chain', 'the Pythagorean theorem', 'prime factorization', 'limits', 'matrix multiplication', 'the binomial theorem', 'a normal distribution', 'regression to the mean', 'the pigeonhole principle', 'induction', 'vectors and dot products'];

const CONCEPT_FRAMES = ['Explain {concept} with an example.', 'What is {concept}? I have a math exam tomorrow.', 'Can you explain {concept} in simple terms?', 'I do not get {concept}. Can you walk me through it?', 'What is the intuition behind {concept}?'];

/** Bare arithmetic and quick numeric questions, as typed into a chat box ("what is 123 * 456", "15% tip on 84"). */
const ARITHMETIC = [
  'what is {x} * {y}', 'what is {x} times {y}?', '{x} x {y} =', 'calculate {x} + {y} + {z}', 'what is {x} divided by {y}', '{x} / {y} = ?', 'whats {x} minus {y}',
  'what is {pct}% of {x}', 'what is a {pct} percent tip on {x} dollars', 'how much is {pct}% off {x}?', '{x} plus {pct} percent tax', 'what percent of {x} is {y}?',
  'which is bigger, {d1} or {d2}?', 'is {d1} larger than {d2}?', 'round {d1}{y} to two decimal places', 'what is {d1} + {d2}?',
  'what is {y} squared', 'what is 2 to the power of {y}', 'square root of {x}', 'cube root of {x}', 'what is {y} factorial', 'what is {x} mod {y}',
  'convert {y}/{x} to a decimal', 'what is {y}/{z} + {z}/{x} as a fraction', 'simplify {y}/{x}', 'what is {x} in roman numerals', 'write {x} in binary',
  'is {x} a prime number', 'what are the factors of {x}', 'lcm of {y} and {z}', 'average of {x}, {y} and {z}', 'median of {z}, {x}, {y}, {z}',
  'how many seconds are in {y} hours', 'how many days until christmas if today is october {z}', 'what time is it {y} hours after {z}:30',
  'i have {y} eggs and use {z}, how many are left', 'if i eat {z} cookies a day how long do {x} cookies last', 'my bill is {x}, split {z} ways, how much each?',
];

/** Openings shared with coding requests ("Show me how to ..."), so they weigh neither. */
const OPENINGS = ['', '', '', 'Show me how to solve this: ', 'Help me solve this problem: ', 'Can you show me how to work this out? ', 'Quick question: ', 'Solve this please: ', 'How do I figure this out? ', 'My kid asked me this and I am stuck: '];

const ASKS = ['', ' Show your work.', ' Explain step by step.', ' Please show all steps.', ' I got a different answer than the book.', ' This is for my homework.', " Let's think step by step."];

export function composeMath(seed: number): string[] {
  const rng = new SeededRandom(seed);
  const slots = { n: N, big: BIG, pct: PCT, things: THINGS, person: PEOPLE, shape: SHAPES, expr: EXPRESSIONS, proof: PROOFS, concept: CONCEPTS };
  const ask = (text: string): string => `${rng.next() < 0.25 ? `${pick(rng, CONTEXTS)} ` : ''}${pick(rng, OPENINGS)}${text}${pick(rng, ASKS)}`;
  return [
    ...distinct(800, () => ask(fill(rng, pick(rng, WORD_PROBLEMS), slots))),
    ...distinct(350, () => ask(fill(rng, pick(rng, SYMBOLIC), slots))),
    ...distinct(110, () => fill(rng, pick(rng, PROOF_FRAMES), slots)),
    ...distinct(300, () => fill(rng, pick(rng, COMPETITION), slots, /%(\w+)%/g)),
    ...distinct(130, () => fill(rng, pick(rng, CONCEPT_FRAMES), slots)),
  ];
}

/** Bare arithmetic questions, in the short and lowercase forms they are typed in. */
export function composeArithmetic(seed: number): string[] {
  const rng = new SeededRandom(seed);
  const slots = { x: ['12', '48', '84', '123', '250', '365', '456', '999', '1024', '2024', '37', '64', '81', '144', '1500', '7.5'], y: ['3', '4', '6', '7', '8', '9', '12', '15', '17', '25'], z: ['2', '3', '4', '5', '6'], pct: PCT, d1: ['9.11', '3.5', '0.7', '2.45', '10.01', '1.99'], d2: ['9.9', '3.45', '0.69', '2.5', '10.1', '2'] };
  return distinct(500, () => {
    const text = fill(rng, pick(rng, ARITHMETIC), slots);
    return rng.next() < 0.3 ? capitalize(text) : text;
  });
}
