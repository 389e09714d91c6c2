// The message catalogue: the core's messages and every rule's, by id (derived from the registries), and
// `renderMessage`, the one function that turns a message of the core into text in the user's language.
import type { MessageRef } from './findings';
import { coreMessages, fillTemplate, languageOf, type Message } from './messages';
import { configMessages } from './config';
import { crossRules } from './cross-year';
import { inlayMessages } from './inlay';
import { notices } from './notices';
import { rules } from './rules';

/** Every message of the core, by id. */
export const messages: Readonly<Record<string, Message>> = Object.assign(
  {},
  coreMessages.table,
  inlayMessages.table,
  configMessages.table,
  ...rules.map((r) => r.messages),
  ...crossRules.map((r) => r.messages),
  ...notices.map((r) => r.messages),
);

const lookup = (id: string): Message | undefined => messages[id];

/** A message in the locale's language (Chinese for any `zh*` locale and by default, else English);
 * `more`: the messages of a layer above the core, for a message of that layer. */
export function renderMessage(ref: MessageRef, locale?: string, more?: Readonly<Record<string, Message>>): string {
  const entry = messages[ref.id] ?? more?.[ref.id];
  const find = more ? (id: string) => messages[id] ?? more[id] : lookup;
  return entry ? fillTemplate(entry[languageOf(locale)], ref.args, languageOf(locale), find) : ref.id;
}
