// Articles this tab has just posted: the paste form hands its answer here so the article view
// shows it at once, without a second request (and with the exact text the offsets point into).
import type { ArticleWithText } from '../api/types.js';

const posted = new Map<string, ArticleWithText>();

export const rememberArticle = (a: ArticleWithText) => void posted.set(a.doc.article.id, a);
export const recalledArticle = (id: string) => posted.get(id) ?? null;
