/**
 * What a script page does for the agent beyond the call itself, loaded after the page is interactive
 * (src/components/ScriptCompanion.astro): 즐겨찾기, 메모 복사, the lines changed since the last visit,
 * and this visit in 최근 본 스크립트.
 */
import './call-memo';
import './changed-lines';
import './favourite-toggle';
import * as dom from './contract/dom-names';
import { recordVisit } from './script-history';

const toggle = document.querySelector<HTMLElement>(dom.favouriteToggleElement);
const { id, title, category } = toggle?.dataset ?? {};
if (id && title) recordVisit({ id, title, category: category ?? '' });
