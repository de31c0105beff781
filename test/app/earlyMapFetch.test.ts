// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { blobbed, EARLY_DEFAULT_MAP_URL, mapParameter, startEarlyMapFetch } from '../../src/earlyMapFetch';
import { DEFAULT_MAP_URL, prefetchMap } from '../../src/hooks/useMapLoader';

/** A window at `href` whose fetch is a spy answering `body`. */
function fakeWindow(href: string): { win: Window; fetch: ReturnType<typeof vi.fn> } {
  const url = new URL(href);
  const fetch = vi.fn(async () => new Response('map'));
  const win = {
    location: { search: url.search, origin: url.origin },
    document: { baseURI: url.href },
    fetch,
  } as unknown as Window;
  return { win, fetch };
}

afterEach(() => {
  delete window.__topicMapEarlyFetch;
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

describe('the early map request (before the bundle runs)', () => {
  test('fetches a same-origin ?map= once, as written, and leaves it for the app', async () => {
    const { win, fetch } = fakeWindow('https://maps.example.org/app/?view=1,2,3&map=big.map.bin');
    startEarlyMapFetch(win);
    startEarlyMapFetch(win);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('big.map.bin');
    expect(win.__topicMapEarlyFetch?.url).toBe('big.map.bin');
    expect(await (await (await win.__topicMapEarlyFetch!.response).blob()).text()).toBe('map');
  });

  test('reads an ok body into a Blob at once, before the app asks for it; a failed answer is left as it is', async () => {
    const ok = new Response('TOPICMAP bytes', { status: 200, statusText: 'OK' });
    const read = await blobbed(ok);
    // Drained already: the transfer does not wait for the bundle to read it.
    expect(ok.bodyUsed).toBe(true);
    expect([read.ok, read.status, read.statusText]).toEqual([true, 200, 'OK']);
    expect(await (await read.blob()).text()).toBe('TOPICMAP bytes');
    const missing = new Response('not found', { status: 404, statusText: 'Not Found' });
    expect(await blobbed(missing)).toBe(missing);
    expect(missing.bodyUsed).toBe(false);
  });

  test('fetches the default map when the link names none', () => {
    const { win, fetch } = fakeWindow('https://maps.example.org/');
    startEarlyMapFetch(win);
    expect(fetch).toHaveBeenCalledWith(EARLY_DEFAULT_MAP_URL);
    expect(EARLY_DEFAULT_MAP_URL).toBe(DEFAULT_MAP_URL);
  });

  test('never asks another origin, a data: link or a bad address, and then stands aside', () => {
    for (const map of [
      'https://evil.example/m.json',
      '//evil.example/m.json',
      'http://maps.example.org/m.json',
      'data:application/json,{}',
      'javascript:alert(1)',
      'http://[bad',
    ]) {
      const { win, fetch } = fakeWindow(`https://maps.example.org/?map=${encodeURIComponent(map)}`);
      startEarlyMapFetch(win);
      expect(fetch, map).not.toHaveBeenCalled();
      expect(win.__topicMapEarlyFetch, map).toBeNull();
    }
  });

  test('makes no request when the app got there first', () => {
    const { win, fetch } = fakeWindow('https://maps.example.org/?map=a.map.bin');
    win.__topicMapEarlyFetch = null;
    startEarlyMapFetch(win);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('reads ?map= as the app does: the first one, decoded, + as a space', () => {
    expect(mapParameter('?map=a%20b.map.json&map=other')).toBe('a b.map.json');
    expect(mapParameter('map=x+y.bin')).toBe('x y.bin');
    expect(mapParameter('?mapx=1&select=p:1')).toBeNull();
    expect(mapParameter('?map=')).toBeNull();
    expect(mapParameter('?map=%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('prefetchMap', () => {
  test('takes the early request for the same URL instead of fetching again', () => {
    history.replaceState(null, '', '/?map=small.map.json');
    const fetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    startEarlyMapFetch(window);
    expect(fetch).toHaveBeenCalledTimes(1);
    prefetchMap();
    expect(fetch).toHaveBeenCalledTimes(1);
    // Taken: a later early script (it lost the race) makes none either.
    expect(window.__topicMapEarlyFetch).toBeNull();
    startEarlyMapFetch(window);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('fetches on its own when there was no early request, and the early script then makes none', () => {
    history.replaceState(null, '', '/?map=small.map.json');
    const fetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    prefetchMap();
    expect(fetch).toHaveBeenCalledWith('small.map.json');
    startEarlyMapFetch(window);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
