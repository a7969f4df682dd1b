import { SeededRandom } from '../../modelgen/seeded-random';
import { capitalize, distinct, fill, pick } from './topic-compose-kit';

// Chat-style requests for help using devices, apps and online services (not building them), composed from
// fragments written by the project: the other side of the coding / technology line.

const DEVICES = ['iPhone', 'Android phone', 'Samsung phone', 'MacBook', 'Windows laptop', 'Windows 11 PC', 'Chromebook', 'iPad', 'smart TV', 'router', 'printer', 'PS5', 'Xbox', 'Apple Watch', 'AirPods', 'Kindle', 'Linux laptop', 'Ubuntu desktop', 'gaming PC', 'external hard drive', 'Raspberry Pi', 'mesh wifi', 'Echo Dot', 'Nintendo Switch', 'work laptop'];
const APPS = ['Outlook', 'Gmail', 'Chrome', 'Firefox', 'Word', 'Excel', 'PowerPoint', 'Teams', 'Zoom', 'WhatsApp', 'Spotify', 'Netflix', 'OneDrive', 'Google Drive', 'Dropbox', 'iCloud', 'Photoshop', 'Slack', 'Discord', 'Instagram', 'Facebook', 'Windows Update', 'the App Store', 'Safari', 'Steam', 'VLC', 'Notion', 'Google Maps', 'my antivirus', 'my password manager'];
const PROBLEMS = ['keeps freezing', 'will not turn on', 'is really slow', 'keeps crashing on startup', 'will not connect to wifi', 'drains the battery', 'shows a black screen', 'says storage is full', 'will not update', 'has no sound', 'keeps logging me out', 'is stuck on the loading screen', 'overheats', 'will not sync', 'says my password is wrong', 'shows a strange pop-up', 'lost all my settings', 'runs out of memory'];
const HOWTOS = ['back up my photos', 'turn on dark mode', 'share my screen', 'free up space', 'set up two-factor authentication', 'change the default browser', 'transfer files to a new computer', 'block spam calls', 'recover a deleted file', 'reset to factory settings', 'connect to a VPN', 'use it as a hotspot', 'mirror the screen to the TV', 'set parental controls', 'find my saved passwords', 'speed up startup', 'record the screen', 'change the DNS server', 'install an older version', 'stop notifications at night', 'print double sided', 'sync my calendar', 'uninstall it completely', 'move it to an SSD'];

const FRAMES = ['My {device} {problem}. What can I do?', 'my {device} {problem}, any idea why?', '{app} {problem} on my {device}. How do I fix it?', 'How do I {howto} on my {device}?', 'how to {howto} in {app}', 'Is there a way to {howto} with {app}?', 'Since the last update {app} {problem}. Help!', 'What is the easiest way to {howto} on a {device}?', 'I am not very good with computers. How do I {howto} on my {device}?', 'Should I buy a new {device} or can I fix mine? It {problem}.'];

export function composeTechnology(seed: number): string[] {
  const rng = new SeededRandom(seed);
  return distinct(600, () => capitalize(fill(rng, pick(rng, FRAMES), { device: DEVICES, app: APPS, problem: PROBLEMS, howto: HOWTOS })));
}
