import './lagebild/queries.js';
