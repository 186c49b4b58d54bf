import type { Page } from 'playwright-core';

export const BUDGET_PHONE: { latencyMs: number; downKbps: number; upKbps: number; cpuSlowdown: number };
export function emulateBudgetPhone(page: Page): Promise<void>;
