import type OpenAI from 'openai';
import { lazyPackage } from '../../lazy-package.js';

/**
 * The openai package, loaded when a model is first configured or checked rather than at start-up
 * (Newsdesk without a model never loads it). Its error classes come from here too, so `instanceof`
 * compares against the classes the client throws.
 */
export const openaiLibrary: () => typeof OpenAI = lazyPackage<typeof OpenAI>('openai');
