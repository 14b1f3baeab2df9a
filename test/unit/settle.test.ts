// @vitest-environment happy-dom
// Waiting for a component's render: untilRendered answers in the microtask checkpoint of the
// render it waits for (no task, so no frame, between the steps of a fill), and within its bound.
import { describe, expect, it } from 'vitest';
import { nextRender, untilRendered } from '../../lib/dom/settle';

/** A component: a custom element whose shadow root it redraws in a microtask, as Lightning's do. */
function component(): { host: HTMLElement; root: ShadowRoot; trigger: HTMLButtonElement } {
  const host = document.createElement('x-combobox');
  const root = host.attachShadow({ mode: 'open' });
  const trigger = document.createElement('button');
  root.append(trigger);
  document.body.append(host);
  return { host, root, trigger };
}

describe('untilRendered', () => {
  it("answers once the component's own shadow root shows the change, before the next task runs", async () => {
    const { root, trigger } = component();
    const order: string[] = [];
    setTimeout(() => order.push('next task'), 0);
    queueMicrotask(() => {
      const list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      root.append(list);
    });
    const list = await untilRendered(() => root.querySelector('[role=listbox]'), 1000, { near: [trigger] });
    order.push('answered');
    expect(list).not.toBeNull();
    await nextRender();
    expect(order).toEqual(['answered', 'next task']);
  });

  it('looks again after each task where the change is in a root it does not watch', async () => {
    const { root } = component();
    setTimeout(() => root.append(document.createElement('textarea')), 5);
    expect(await untilRendered(() => root.querySelector('textarea'), 1000)).not.toBeNull();
  });

  it('gives up with null after its bound, and takes a look that throws as "not yet"', async () => {
    const { trigger } = component();
    const started = Date.now();
    const found = await untilRendered(() => {
      throw new Error('not drawn');
    }, 50, { near: [trigger] });
    expect(found).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
