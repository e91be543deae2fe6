import './indicator/fields.js';
import './indicator/mutations.js';

// Indicators are listed by the Lagebild's `indicators` query (filters by action field, process,
// rating and measure, worst first), not by a paged list of their own.
