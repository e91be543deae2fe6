import { type Reference, referencesAt } from '../shared/index.js';
import type { GuidelineCommand } from './commands.js';

/** The action fields a draft or revision names must exist. */
export const referencesOf = (command: GuidelineCommand): readonly Reference[] => {
  if (command.type !== 'DraftGuideline' && command.type !== 'ReviseGuideline') return [];
  return referencesAt('ActionField', 'actionFieldIds', command.data.actionFieldIds);
};
