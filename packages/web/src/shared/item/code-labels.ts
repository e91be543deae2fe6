import {
  type LocalizedMessage,
  meetingKindLabels,
  partnerRoleLabels,
  priorityLabels,
  sectorLabels,
  suggestionChannelLabels,
} from '@fahrplan/domain';

/** The domain's label tables by the field whose keys they name (a meeting's `kind`, …). */
const CODE_LABELS: Readonly<Record<string, Readonly<Record<string, LocalizedMessage>>>> = {
  priority: priorityLabels,
  channel: suggestionChannelLabels,
  sector: sectorLabels,
  kind: meetingKindLabels,
  role: partnerRoleLabels,
};

/** The label of a field's key, or undefined when the field has no labels or the key is new. */
export const codeLabel = (field: string, code: string): LocalizedMessage | undefined =>
  CODE_LABELS[field]?.[code];
