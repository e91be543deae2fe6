// Veranstaltung: fields and the `meetings` list, then one mutation per command.
import './meeting/fields.js';
import './meeting/mutations.js';
