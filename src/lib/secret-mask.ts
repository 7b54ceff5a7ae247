/** What every Secret value is shown as: the same for every value, so nothing leaks its length. */
export const SECRET_MASK = '••••••••';
/** A live value that is not the applied one: the diff still shows which keys changed. */
export const CHANGED_SECRET_MASK = `${SECRET_MASK} (changed)`;
