import './guideline/fields.js';
import './guideline/mutations.js';
import { listConnection } from './list.js';
import { GuidelineType } from './refs.js';

listConnection(
  'guidelines',
  GuidelineType,
  'Guideline',
  'Strategic guidelines (Strategische Leitlinien), by title.',
);
