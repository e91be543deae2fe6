// Vorschlag: fields and the `suggestions` list, then one mutation per public command.
import './suggestion/fields.js';
import './suggestion/mutations.js';
