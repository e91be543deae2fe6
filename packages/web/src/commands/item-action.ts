import type { Versioned } from './use-item-command.js';

/** The item a command changes: its id, the version shown, and how to load it again. */
export interface ItemTarget extends Versioned {
  readonly id: string;
}

/** The item an action's form changes, named in its dialog's title. */
export interface ActionTarget extends ItemTarget {
  readonly title: string;
}

/** What every action's form gets: its item, and what to do when done or cancelled. */
export interface ActionFormProps<Target extends ActionTarget = ActionTarget> {
  readonly target: Target;
  /** Called with the item's new version after the change went through. */
  readonly onDone: (version: number) => void;
  readonly onCancel: () => void;
}
