/** Sina dates (the formats their pages write): Beijing wall clock → ISO UTC. */
import { describe, expect, it } from 'vitest';
import { parsePublishedMeta, parseSinaDate } from '../../utils/dates';

describe('parseSinaDate (Beijing time, UTC+8 all year)', () => {
  it.each([
    ['2022年07月25日 14:31', '2022-07-25T06:31:00.000Z'],
    ['2022年7月5日 09:05', '2022-07-05T01:05:00.000Z'],
    ['2022年07月25日14:31', '2022-07-25T06:31:00.000Z'], // no space (gne-tech-old #pub_date)
    ['2022年07月25日 14:31:46', '2022-07-25T06:31:46.000Z'],
    ['2022-07-25 14:31', '2022-07-25T06:31:00.000Z'],
    ['2022-07-25 14:31:46', '2022-07-25T06:31:46.000Z'],
    ['\n\t\t    2016年05月25日10:10 \n \n新浪财经\n', '2016-05-25T02:10:00.000Z'], // .time-source text
    ['2005.08.2605:39', '2005-08-25T21:39:00.000Z'], // mobile time.weibo_time text
    ['2022年07月25日\u00a014:31', '2022-07-25T06:31:00.000Z'],
    ['2022年07月25日', '2022-07-24T16:00:00.000Z'], // a date alone is Beijing midnight
    ['2022年07月26日 00:05', '2022-07-25T16:05:00.000Z'], // just after midnight Beijing: UTC day before
    ['2022年01月01日 07:59', '2021-12-31T23:59:00.000Z'], // and the year before
    ['2024年02月29日 12:00', '2024-02-29T04:00:00.000Z'], // leap day
  ])('%j → %s', (text, iso) => expect(parseSinaDate(text)).toBe(iso));

  it.each([
    [''],
    [undefined],
    [null],
    ['明天'],
    ['2022年13月01日 10:00'],
    ['2022年02月30日 10:00'],
    ['2023年02月29日 10:00'],
    ['2022年07月25日 24:00'],
    ['2022年07月25日 14:60'],
    ['2022年07月25日 14:31:61'],
    ['2022年00月10日'],
  ])('%j → undefined', (text) => expect(parseSinaDate(text)).toBeUndefined());
});

describe('parsePublishedMeta', () => {
  it.each([
    ['2022-07-25T22:31:46+08:00', '2022-07-25T14:31:46.000Z'],
    ['2018-12-28T19:56:29+08:00', '2018-12-28T11:56:29.000Z'],
    ['2022-07-25T22:31:46+0800', '2022-07-25T14:31:46.000Z'],
    ['2022-07-25T14:31:46Z', '2022-07-25T14:31:46.000Z'],
    ['  2022-07-25T22:31+08:00 ', '2022-07-25T14:31:00.000Z'],
    ['2005-08-26 05:39:00', '2005-08-25T21:39:00.000Z'], // finance.sina.cn: no zone → Beijing
  ])('%j → %s', (text, iso) => expect(parsePublishedMeta(text)).toBe(iso));

  it.each([[''], [undefined], ['not a date'], ['2022-13-25T22:31:46+08:00'], ['2022-02-30T10:00:00+08:00']])(
    '%j → undefined',
    (text) => expect(parsePublishedMeta(text)).toBeUndefined(),
  );
});
