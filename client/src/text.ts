// The client's strings in VS Code's display language (shared/client-messages.ts).
import * as vscode from 'vscode';
import { clientText, type ClientArgs, type ClientMessageId } from '../../shared/client-messages';

export const t = <K extends ClientMessageId>(id: K, args: ClientArgs<K>): string => clientText(vscode.env.language, id, args);
