import type { Plugin } from 'vite';

export const URDU_FONT_FILE: string;
export function urduCharacters(): string;
export function subsetUrduFont(): Promise<void>;
export function urduFontPlugin(): Plugin;
