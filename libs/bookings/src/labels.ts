// Moved to the one home of Dutch labels and formats, `@app/core`; re-exported until every lib imports them there.
export { ACTIVITY_TYPE_LABELS as TYPE_LABELS, LEVEL_LABELS, dutchDate, dutchList } from '@app/core';
