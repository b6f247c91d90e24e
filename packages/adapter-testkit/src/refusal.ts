/** What `work` threw (awaited), or null when it did not throw: for asserting a refusal's code. */
export async function refusal(work: () => unknown): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  return null;
}
