/** The roadmap's action field filter in the address: the field's global id. */
export const ACTION_FIELD_PARAM = 'handlungsfeld';
