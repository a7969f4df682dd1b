/** Short and plain: a setting name, a mistyped number or choice (`0,5`, `emotionTreshold`, `/v1/classify`), not prose. */
const PLAIN = /^[A-Za-z0-9_.,*$:/+-]{1,40}$/;

/**
 * The one rule for putting something a user or a request sent into a message (an error reply, a log line): it is
 * quoted only when short and plain, since then it names a key or a value typed in a settings field; anything else
 * (spaces, other characters, longer) is described by its length, so that no message repeats what someone wrote.
 */
export function quoted(text: string): string {
  if (text === '') return '""';
  return PLAIN.test(text) ? JSON.stringify(text) : `a value of ${[...text].length} characters (not quoted: messages quote only short plain names and values)`;
}
