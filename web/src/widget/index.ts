/**
 * Entry point of the embeddable bundle (mdf-chat.js). The script's own origin is the default
 * API: it is read now, while the script runs, because document.currentScript is null afterwards.
 */
import { MdfChat } from './mdf-chat';

const script = document.currentScript;
MdfChat.defaultApiBase =
  script instanceof HTMLScriptElement && script.src ? new URL(script.src).origin : undefined;

// A page that includes the script twice keeps the first definition.
if (!customElements.get('mdf-chat')) customElements.define('mdf-chat', MdfChat);

export { MdfChat };
