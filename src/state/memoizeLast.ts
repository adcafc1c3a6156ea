/** Remembers the last result of `compute`, recomputing only when one of its arguments changed identity. */
export function memoizeLast<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, index) => Object.is(arg, args[index]))) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}
