/**
 * The names the built pages and their custom elements share: the element names, ids, classes and data
 * attributes that src/components/*.astro emit and src/elements/*.ts read. One place, imported by both —
 * the components at build time, the elements in the browser (`import * as dom from …`).
 *
 * Flat string constants on purpose: a bundle keeps only the names it uses (objects of names would ship
 * whole with the script page's first view). Stylesheets still spell the classes they style; names an
 * element makes for itself (the walk's option buttons, the search results) stay in that element.
 */
import { branchKey } from '../../model/branch-key';

// Custom elements: a component renders the tag, src/elements defines it.
export const branchWalkElement = 'branch-walk';
export const slotPanelElement = 'slot-panel';
export const copyLineElement = 'copy-line';
export const callMemoElement = 'call-memo';
export const favouriteToggleElement = 'favourite-toggle';
export const changedLinesElement = 'changed-lines';
export const myScriptsElement = 'my-scripts';
export const siteSearchElement = 'site-search';
export const termDefinitionsElement = 'term-definitions';

// A script as the page renders it (ScriptSteps, BranchList, ScriptBlocks, ScriptLine, TermText).
/** The list of steps; each step is an `li` with id stepId(n). */
export const stepsClass = 'steps';
export const stepClass = 'step';
/** A step's heading (id stepTitleId(n)) with its circled number and its text. */
export const stepTitleClass = 'step-title';
export const stepNumberClass = 'step-number';
export const stepTextClass = 'step-text';
/** The blocks of a step or branch, in reading order. */
export const blocksClass = 'blocks';
/** A decision's branches; each branch is a `section` whose id is its branch key. */
export const branchesClass = 'branches';
export const branchClass = 'branch';
/** A branch's heading (id branchLabelId(key)) with its label and hint. */
export const branchLabelClass = 'branch-label';
export const branchNameClass = 'branch-name';
export const branchHintClass = 'branch-hint';
/** A line to say, and its text beside its <copy-line>. */
export const lineClass = 'line';
export const lineTextClass = 'line-text';
/** A slot in a line, and the particle marked after it. */
export const slotClass = 'slot';
export const particleClass = 'josa';
/** A glossary term's button in a line (opens its popover). */
export const termClass = 'term';

// data-* attributes of a script's markup, by their dataset key (`line` is `data-line`, `element.dataset.line`).
/** On a line or an (예시) line: its template, `{{slot}}`s unfilled (what copy fills). */
export const lineTemplateData = 'line';
/** On a branch: its key (`s2-b1-0`). */
export const branchKeyData = 'branch';
/** On a slot: the slot's name. */
export const slotNameData = 'slot';
/** On the particle after a slot: its pair (`은/는`). */
export const particlePairData = 'josa';

// Selectors over that markup, for the elements that read it. `own…` (with :scope) is the step or branch at hand, not nested ones.
export const stepSelector = `li.${stepClass}`;
export const stepsInOrderSelector = `.${stepsClass} > li.${stepClass}`;
export const ownStepNumberSelector = `:scope > .${stepTitleClass} .${stepNumberClass}`;
export const ownStepTextSelector = `:scope > .${stepTitleClass} .${stepTextClass}`;
export const decisionSelector = `.${branchesClass}`;
export const branchSelector = `section.${branchClass}`;
export const ownBranchesSelector = `:scope > .${branchesClass} > section.${branchClass}`;
export const ownBlocksSelector = `:scope > .${blocksClass}`;
export const ownBranchNameSelector = `:scope > .${branchLabelClass} .${branchNameClass}`;
export const ownBranchHintSelector = `:scope > .${branchLabelClass} .${branchHintClass}`;
/** Any block with a template to fill and copy (a line or an (예시) line), and a line to say. */
export const templatedSelector = `[data-${lineTemplateData}]`;
export const sayLineSelector = `p.${lineClass}[data-${lineTemplateData}]`;
export const slotSelector = `.${slotClass}[data-${slotNameData}]`;
export const particleSelector = `.${particleClass}[data-${particlePairData}]`;
export const termSelector = `button.${termClass}`;

// The live-call tools (ScriptTools, ScriptCompanion).
export const walkTrailClass = 'walk-trail';
/** The 상담 정보 panel's count of filled slots. */
export const slotCountClass = 'slot-count';
/** The page's live region for announcements (copy feedback, …). */
export const announceId = 'kb-announce';
/** The companion tools' row: reaching for it loads their code. */
export const companionClass = 'companion';
/** The notice of lines changed since the last visit, its count and its time. */
export const changedBannerClass = 'changed-banner';
export const changedCountClass = 'changed-count';
export const changedSinceClass = 'changed-since';

// Buttons the components render and the elements wire up, by their data-action.
export const resetWalkAction = 'reset';
export const copyPathAction = 'copy-path';
export const clearSlotsAction = 'clear';
export const dismissChangesAction = 'dismiss';
export const clearFavouritesAction = 'clear-favourites';
export const clearRecentAction = 'clear-recent';

// The search box (SiteSearch.astro ↔ src/elements/site-search.ts); its input is named contract/search-url's `q`.
export const searchInputClass = 'search-input';
export const searchPanelClass = 'search-panel';
export const searchStatusClass = 'search-status';
export const searchChipsClass = 'search-chips';
export const searchResultsClass = 'search-results';
/** data-query on the results list: the query its hits are for, set as they are drawn (the URL follows after the paint). */
export const resultsQueryData = 'query';

// 즐겨찾기 and 최근 본 스크립트 (MyScripts.astro ↔ src/elements/my-scripts.ts).
/** data-context: where the lists are, `home` or `search` (under the header's box). */
export const myScriptsContextData = 'context';
/** data-list on each list: `favourites` or `recent`. */
export const myListData = 'list';
export const myListsClass = 'my-lists';
export const mySectionClass = 'my-section';
export const myEmptyClass = 'my-empty';
export const myChangedClass = 'my-changed';

// Practice (PracticeMode.astro, PracticeProgress.astro, pages/learn ↔ practice-*.ts). data-* names are given after `data-`.
export const practiceProgressElement = 'practice-progress';
export const practiceReviewElement = 'practice-review';
/** The script page's practice entry; it names the URL parameter (data-param, data-value) and the script (data-faq, data-title). */
export const practiceModeClass = 'practice-mode';
/** Where the entry puts the deck. */
export const practiceStageData = 'practice-stage';
/** On <practice-progress>: the script and its card keys (space-separated). */
export const practiceFaqData = 'faq';
export const practiceKeysData = 'keys';
/** On 학습's <practice-review>: the reset button, its status, the 다시 볼 list and its empty note. */
export const reviewResetData = 'reset-all';
export const reviewStatusData = 'status';
export const reviewListData = 'again-list';
export const reviewEmptyData = 'again-empty';

/** A selector for elements with a class. */
export const byClass = (name: string): string => `.${name}`;

/** A selector for elements with a data attribute (given by its dataset key), or with that value. */
export const byData = (key: string, value?: string): string => (value === undefined ? `[data-${key}]` : `[data-${key}="${value}"]`);

/** A data attribute to spread onto an element in a component: `<p {...dataAttribute(dom.lineTemplateData, text)}>`. */
export const dataAttribute = (key: string, value: string | number): Record<string, string | number> => ({ [`data-${key}`]: value });

/** Ids of a step and of its heading (`s2`, `s2-title`): a step's id is its branch key with nothing chosen. */
export const stepId = (stepNumber: number): string => branchKey(stepNumber, []);
export const stepTitleId = (stepNumber: number): string => `${stepId(stepNumber)}-title`;
/** Id of a branch's heading (`s2-b1-0-label`); search results point at it and the walk focuses it. */
export const branchLabelId = (key: string): string => `${key}-label`;
