// Script-tag bundle: defines every Mord element and exposes one global, MordEmbed.
import { defineMordElements } from '../elements';
import { mount } from '../mount';

defineMordElements();
(globalThis as unknown as { MordEmbed: unknown }).MordEmbed = { mount, define: defineMordElements };
