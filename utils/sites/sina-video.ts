/**
 * Sina's video players inside an article body, as data: where each keeps its poster picture,
 * the video's page and the video's title. utils/fragment-video.ts turns a player into that
 * picture (linked, captioned) before the player markup goes as junk (ARTICLE_JUNK in
 * ./sina-junk.ts). A value is `[selector, attribute]`, or `[selector, null]` for the text.
 */
export type Pick = readonly [selector: string, attribute: string | null];

export interface VideoPlayerRule {
  /** The player block. */
  block: string;
  /** Poster candidates, first non-empty http(s) or protocol-relative value wins. */
  poster: readonly Pick[];
  /** The video's own page (link candidates). */
  link: readonly Pick[];
  /** The video's title (caption candidates). */
  title: readonly Pick[];
}

export const VIDEO_PLAYERS: readonly VideoPlayerRule[] = [
  {
    block: 'div.video-2017', // 2017+ player (pages/gne-news-2019-10-23-*, tests/fixtures/core/desktop-video-only)
    poster: [
      ['.play-video-area img', 'src'], // <a node-type="playArea"><img src="//n.sinaimg.cn/…/00f3-….jpg">
    ],
    link: [
      ['.video-info a[href]', 'href'], // "http://video.sina.com.cn/p/news/2019-10-23/detail-….d.html"
    ],
    title: [
      ['.video-info a', null], // "视频-陈同佳出狱 鞠躬说“对不起”"
      ['.video-info', null],
    ],
  },
  {
    block: '.artical-player-wrap', // older player with a playlist (pages/gne-tech-old-artibodyTitle-*)
    poster: [
      ['video[poster]', 'poster'], // empty there (poster=""), used when set
      ['.J_Play_Item img', 'src'], // playlist item picture "…/303737494_400_300.jpg"
    ],
    link: [
      ['.J_Play_Item[url-data]', 'url-data'], // empty there: no link then
    ],
    title: [
      ['.J_Play_Item[title-data]', 'title-data'], // "苹果发布新iPhone 11：配6种颜色"
      ['#J_Video_Source', null], // the same title as text
    ],
  },
];
