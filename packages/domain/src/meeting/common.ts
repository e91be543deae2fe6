import type { DomainError } from '../shared/index.js';
import type { MeetingEvent } from './events.js';

export type Decision = readonly MeetingEvent[] | DomainError;
