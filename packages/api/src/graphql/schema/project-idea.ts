import { listConnection } from './list.js';
import { ProjectIdeaType } from './refs.js';
import './project-idea/fields.js';
import './project-idea/mutations.js';
import './project-idea/links.js';
import './project-idea/milestones.js';

listConnection(
  'projectIdeas',
  ProjectIdeaType,
  'ProjectIdea',
  'Project ideas (Projektideen), by title; filter by status (idea, in_preparation, running, completed, discontinued), action field and text.',
);
