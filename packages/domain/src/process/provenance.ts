import { assertNever, type ProvenanceOf } from '../shared/index.js';
import type { ProcessEvent } from './events.js';

/** A process is the frame items belong to, not a step in their provenance: it adds no edges. */
export const provenanceOf: ProvenanceOf<ProcessEvent> = (event) => {
  switch (event.type) {
    case 'ProcessDefined':
    case 'ProcessRevised':
    case 'ProcessStarted':
    case 'ProcessConcluded':
    case 'ProcessPhasePlanned':
    case 'ProcessPhaseStarted':
    case 'ProcessPhaseClosed':
      return [];
    default:
      return assertNever(event);
  }
};
