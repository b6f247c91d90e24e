import { readFile } from 'node:fs/promises';
import { type AssociationConfig, DEFAULT_ASSOCIATION_CONFIG, parseAssociationConfig } from '@mord/core';

/**
 * The association's configuration from a JSON file, checked: a missing optional file gives the defaults;
 * a file that is not JSON, or not a valid configuration, stops the server with every problem listed (each
 * with its path), so a typo never starts a server that enforces the wrong lists.
 * @example await loadAssociationConfig('/srv/mord/data/association.json')
 */
export async function loadAssociationConfig(
  path: string,
  options: { required?: boolean } = {},
): Promise<AssociationConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.required)
      return DEFAULT_ASSOCIATION_CONFIG;
    throw new Error(`The association configuration ${path} cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The association configuration ${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseAssociationConfig(json);
  if (!parsed.success) {
    throw new Error(
      `The association configuration ${path} is not valid:\n${parsed.errors.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
  return parsed.config;
}
