/** The talk playing at `seconds`: the last one that started at or before it. */
export function talkAt<T extends { start: number | null }>(talks: readonly T[], seconds: number): T | null {
  let current: T | null = null;
  for (const talk of talks) {
    if (talk.start !== null && talk.start <= seconds && (current?.start ?? -1) <= talk.start) current = talk;
  }
  return current;
}
