/**
 * Whether a string is one of a constant list's values, narrowing it to the list's type: for values read from storage,
 * a URL, an import or a `<select>`, which are plain strings until checked. The one widening cast of such checks lives here.
 */
export const isOneOf = <T extends string>(list: readonly T[], x: string): x is T => (list as readonly string[]).includes(x);
