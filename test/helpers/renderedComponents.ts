/*
 * Which components rendered in the commit React has just made, read from React's fiber tree the way
 * React DevTools reads it: a component rendered when its fiber carries the PerformedWork flag, and a
 * subtree whose children were not cloned in this commit was not visited at all. Call it from a
 * Profiler's `onRender`, which React calls once per commit after the new tree became current.
 * Works with React 18 and 19, development and profiling builds.
 */

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  stateNode: unknown;
}

// Function, class, forwardRef and simple memo components. A `memo()` wrapper (14) is left out: the
// component it wraps has a fiber of its own, so counting both would count one component twice.
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
const PERFORMED_WORK = 1;

function nameOf(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } } | null;
  return type?.displayName || type?.name || type?.render?.name || 'Anonymous';
}

function currentRootFiber(container: Element): Fiber {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
  const hostRoot = key ? (container as unknown as Record<string, Fiber>)[key] : undefined;
  if (!hostRoot) throw new Error('renderedComponents: the element is not the container of a React root.');
  return (hostRoot.stateNode as { current: Fiber }).current;
}

/** The names of the components that rendered in the last commit of the React root in `container`. */
export function componentsRenderedInLastCommit(container: Element): string[] {
  const names: string[] = [];
  const stack: Fiber[] = [currentRootFiber(container)];
  while (stack.length > 0) {
    const fiber = stack.pop()!;
    if (COMPONENT_TAGS.has(fiber.tag) && fiber.flags & PERFORMED_WORK) names.push(nameOf(fiber));
    if (fiber.sibling) stack.push(fiber.sibling);
    // Children the commit did not clone are the previous tree's: nothing below them rendered.
    if (fiber.child && (fiber.alternate === null || fiber.child !== fiber.alternate.child)) stack.push(fiber.child);
  }
  return names;
}
