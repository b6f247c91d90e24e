import { createRoot, type Root } from 'react-dom/client';
import { mordStyleSheet } from './styles';

/** Opens the element's shadow root with the shared stylesheet and a React root inside it. */
export function rootInShadow(host: HTMLElement): Root {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [mordStyleSheet()];
  const container = document.createElement('div');
  shadow.replaceChildren(container);
  return createRoot(container);
}
