// Running a function in every frame of a page, each frame on its own clock and in its own world.
//
// Lightning's framed classic pages come from another site, so each is an out-of-process frame with
// a DevTools target of its own. Puppeteer's frame.evaluate now and then never answers for such a
// frame when several share a renderer process, so they are reached through their targets instead.

/**
 * @template T
 * @param {import('puppeteer').Page} page whose frames below the main one are all cross-site
 * @param {(...args: any[]) => T | Promise<T>} fn self-contained; its arguments must be JSON
 * @param {...unknown} args
 * @returns {Promise<T[]>} the main frame's result first
 */
export async function inEveryFrame(page, fn, ...args) {
  const childUrls = page.frames().filter((frame) => frame !== page.mainFrame()).map((frame) => frame.url());
  const targets = page.browser().targets().filter((target) => target.type() === 'other' && childUrls.includes(target.url()));
  if (targets.length !== childUrls.length) {
    throw new Error(`Expected a target of its own for each of the ${childUrls.length} frames, found ${targets.length}.`);
  }
  const expression = `(${fn})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
  const inFrame = async (/** @type {import('puppeteer').Target} */ target) => {
    const session = await target.createCDPSession();
    try {
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`In ${target.url()}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    } finally {
      await session.detach();
    }
  };
  return Promise.all([page.evaluate(fn, ...args), ...targets.map(inFrame)]);
}
