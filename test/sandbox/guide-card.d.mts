// Types of guide-card.mjs for TypeScript tests.
import type { ElementHandle, Frame, JSHandle, Page } from 'puppeteer';

type Scope = Page | Frame;
type Box = { x: number; y: number; width: number; height: number };

export function guideRoot(scope: Scope): Promise<JSHandle<ShadowRoot> | null>;
/** Arguments may be element handles: `fn` receives their elements. */
export function inCard<T>(scope: Scope, fn: (root: ShadowRoot, ...args: any[]) => T, fallback: T, ...args: unknown[]): Promise<T>;
export function cardPart(scope: Scope, part: 'title' | 'body' | 'report'): Promise<string>;
export function cardHas(scope: Scope, selector: string): Promise<boolean>;
export function waitForCardState(
  scope: Scope,
  what: string,
  test: (root: ShadowRoot, ...args: any[]) => boolean,
  options?: { timeout?: number },
  ...args: unknown[]
): Promise<void>;
export function waitForNoCard(scope: Scope, timeout?: number): Promise<void>;
export function waitForCard(scope: Scope, title: string, options?: { timeout?: number; trim?: boolean }): Promise<void>;
export function cardElement(scope: Scope, selector: string, timeout?: number): Promise<ElementHandle<HTMLElement>>;
export function clickCard(scope: Scope, selector: string): Promise<void>;
export function runCardAction(scope: Scope, id: string): Promise<string>;
export function waitForCardReport(scope: Scope, timeout?: number): Promise<void>;
export function spotlightBox(scope: Scope): Promise<Box | null>;
export function waitForSpotlight(scope: Scope, timeout?: number): Promise<void>;
