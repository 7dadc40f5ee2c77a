/** The published time readers see (utils/published-time.ts): visible minute vs the meta. */
import { describe, expect, it } from 'vitest';
import { publishedTime } from '../../utils/published-time';

describe('publishedTime', () => {
  it('a meta an half hour later than the visible time: the visible time, the meta as updated', () => {
    // the shape of 2019–2024 desktop pages: meta 11:49:24, page "2023年07月25日 11:22"
    const t = { meta: '2023-07-25T11:49:24+08:00', visible: '2023年07月25日 11:22' };
    expect(publishedTime(t)).toEqual({ published: '2023-07-25T03:22:00.000Z', updated: '2023-07-25T03:49:24.000Z' });
  });

  it('create_at in the visible minute gives the seconds', () => {
    const t = { meta: '2023-07-25T11:49:24+08:00', visible: '2023年07月25日 11:22', createdAt: '2023-07-25 11:22:07' };
    expect(publishedTime(t)).toEqual({ published: '2023-07-25T03:22:07.000Z', updated: '2023-07-25T03:49:24.000Z' });
  });

  it('create_at outside the visible minute is not used', () => {
    const t = { meta: '2023-07-25T11:49:24+08:00', visible: '2023年07月25日 11:22', createdAt: '2023-07-25 11:49:24' };
    expect(publishedTime(t).published).toBe('2023-07-25T03:22:00.000Z');
  });

  it('meta and page agree (within a minute): the meta with its seconds, no updated', () => {
    expect(publishedTime({ meta: '2019-09-09T20:52:38+08:00', visible: '2019年09月09日 20:52' })).toEqual({ published: '2019-09-09T12:52:38.000Z' });
    expect(publishedTime({ meta: '2019-09-09T20:53:00+08:00', visible: '2019年09月09日 20:52' })).toEqual({ published: '2019-09-09T12:53:00.000Z' });
  });

  it('one minute and a second apart is a disagreement', () => {
    expect(publishedTime({ meta: '2019-09-09T20:53:01+08:00', visible: '2019年09月09日 20:52' })).toEqual({
      published: '2019-09-09T12:52:00.000Z',
      updated: '2019-09-09T12:53:01.000Z',
    });
  });

  it('a meta earlier than the page is no update: the visible time alone', () => {
    expect(publishedTime({ meta: '2019-09-09T18:00:00+08:00', visible: '2019年09月09日 20:52' })).toEqual({ published: '2019-09-09T12:52:00.000Z' });
  });

  it('a visible day without a time leaves the meta alone', () => {
    expect(publishedTime({ meta: '2005-08-26 05:39:00', visible: '2005.08.26' })).toEqual({ published: '2005-08-25T21:39:00.000Z' });
  });

  it('only one of them', () => {
    expect(publishedTime({ meta: '2022-07-25T22:31:46+08:00' })).toEqual({ published: '2022-07-25T14:31:46.000Z' });
    expect(publishedTime({ visible: '2022年07月25日 22:31' })).toEqual({ published: '2022-07-25T14:31:00.000Z' });
    expect(publishedTime({})).toEqual({});
    expect(publishedTime({ meta: 'garbage', visible: '明天' })).toEqual({});
  });
});
