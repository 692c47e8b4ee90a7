import { Foundation1763800000000 } from './1763800000000-Foundation';

/** Every migration, in order. A new migration is added at the end of this list. */
export const MIGRATIONS = [Foundation1763800000000];
