import './reporting-cycle/fields.js';
import './reporting-cycle/mutations.js';
