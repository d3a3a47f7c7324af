/**
 * The idle warm-up: prepareSearch asks for the script cards, then the vocabulary a batch of shards at a time, each after the pause the box gives it;
 * untilQuiet (box-activity.ts, the box's pause) holds it while the agent is at the box or a search runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bitsetBatch, prefetchBitsets, prepareSearch, searchKorean, warmBatch } from '../../../src/search/client';
import { emptyLexicon } from '../../../src/korean/lexicon';
import { testEngine } from '../../helpers/search-engine';

/** One page per initial consonant: 14 shards. */
const words = ['가방', '나무', '다리', '라면', '마을', '바다', '사과', '아이', '자리', '차량', '카드', '타이어', '파손', '하루'];

describe('prepareSearch', () => {
  it('asks for one batch of shards after each pause, none while a pause holds, and indexes them all', async () => {
    const engine = testEngine(words.map((word, index) => ({ id: `p${index}`, title: `${word} 안내` })));
    const asked: string[] = [];
    const byKey = engine.data.shardByKey;
    engine.data.shardByKey = (key) => {
      asked.push(key);
      return byKey(key);
    };
    const keys = engine.data.shardKeys;
    expect(keys.length).toBe(words.length);
    const batches = Math.ceil(keys.length / warmBatch);
    expect(batches).toBeGreaterThan(2);
    const releases: (() => void)[] = [];
    const pause = () => new Promise<void>((resolve) => releases.push(resolve));
    const done = prepareSearch(engine, pause);
    // First a pause before the script cards (the first look's titles), then one before each batch …
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    expect(engine.data.loadedCards()).toBeUndefined();
    releases[0]!();
    for (let batch = 0; batch < batches; batch++) {
      await vi.waitFor(() => expect(releases).toHaveLength(batch + 2));
      expect(engine.data.loadedCards()?.titles).toHaveLength(words.length);
      expect(asked).toEqual(keys.slice(0, batch * warmBatch));
      releases[batch + 1]!();
    }
    // … and the last pause, before the warm-up's one search, with every shard asked for.
    await vi.waitFor(() => expect(releases).toHaveLength(batches + 2));
    expect(asked).toEqual(keys);
    releases[batches + 1]!();
    await done;
  });
});

describe('prepareSearch, last', () => {
  it('runs one search of the first glossary term, loading its hits, after a pause', async () => {
    const lexicon = { ...emptyLexicon, terms: ['차량'] };
    const engine = testEngine(words.map((word, index) => ({ id: `p${index}`, title: `${word} 안내` })), lexicon);
    const loaded: number[] = [];
    const fragment = engine.data.fragment;
    engine.data.fragment = (script) => {
      loaded.push(script);
      return fragment(script);
    };
    let pauses = 0;
    await prepareSearch(engine, async () => void pauses++);
    expect(pauses).toBe(Math.ceil(engine.data.shardKeys.length / warmBatch) + 2);
    expect(loaded).toEqual([words.indexOf('차량')]);
  });

  it('searches nothing when the site has no glossary', async () => {
    const engine = testEngine(words.map((word, index) => ({ id: `p${index}`, title: `${word} 안내` })));
    const fragment = vi.spyOn(engine.data, 'fragment');
    await prepareSearch(engine);
    expect(fragment).not.toHaveBeenCalled();
  });
});

describe('prefetchBitsets', () => {
  it('asks for the bitsets of every common prefix once, a batch after each pause', async () => {
    // 40 scripts: every word common (a tenth of the site is 4 scripts), so there are bitset files.
    const word = (index: number) => words[index % words.length]!;
    const engine = testEngine(Array.from({ length: 40 }, (_, index) => ({ id: `p${index}`, title: `${word(index)} 안내`, text: `${word(index * 3 + 1)} ${word(index * 5 + 2)} ${word(index * 7 + 3)}${index % 2 ? '들' : ''} 확인` })));
    const asked: string[] = [];
    const bitsets = engine.data.bitsets;
    engine.data.bitsets = (file) => {
      asked.push(file);
      return bitsets(file);
    };
    const shards = await Promise.all(engine.data.shardKeys.map(engine.data.shardByKey));
    const files = new Set(shards.flatMap((shard) => shard.common.map(([, file]) => file)));
    expect(files.size).toBeGreaterThan(bitsetBatch);
    let pauses = 0;
    await prefetchBitsets(engine, async () => void pauses++);
    expect(new Set(asked)).toEqual(files);
    expect(asked).toHaveLength(files.size);
    expect(pauses).toBe(Math.ceil(files.size / bitsetBatch));
  });
});

describe('untilQuiet', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.resetModules();
  });

  /** A fresh module: its activity state is per page. */
  const freshEngine = async () => {
    vi.resetModules();
    vi.useFakeTimers();
    return import('../../../src/elements/box-activity');
  };
  const settledAfter = async (promise: Promise<void>, ms: number) => {
    let settled = false;
    void promise.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(ms);
    return settled;
  };

  it('resolves at once on a page where nobody has touched the box', async () => {
    const { untilQuiet } = await freshEngine();
    expect(await settledAfter(untilQuiet(), 0)).toBe(true);
  });

  it('waits until the box has been quiet for quietMs after a focus or keystroke', async () => {
    const { untilQuiet, noteActivity, quietMs } = await freshEngine();
    noteActivity();
    const quiet = untilQuiet();
    expect(await settledAfter(quiet, quietMs - 100)).toBe(false);
    noteActivity(); // another keystroke: the wait starts again
    expect(await settledAfter(quiet, quietMs - 100)).toBe(false);
    expect(await settledAfter(quiet, 200)).toBe(true);
  });

  it('waits for a running search, then quietMs after it ends', async () => {
    const { untilQuiet, track, quietMs } = await freshEngine();
    let finish!: () => void;
    void track(new Promise<void>((resolve) => (finish = resolve)));
    const quiet = untilQuiet();
    expect(await settledAfter(quiet, quietMs * 3)).toBe(false);
    finish();
    expect(await settledAfter(quiet, quietMs - 100)).toBe(false);
    expect(await settledAfter(quiet, 200)).toBe(true);
  });
});
