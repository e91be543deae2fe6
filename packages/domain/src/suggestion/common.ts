import type { DomainError } from '../shared/index.js';
import type { SuggestionEvent } from './events.js';

export type Decision = readonly SuggestionEvent[] | DomainError;
