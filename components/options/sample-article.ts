/**
 * The article the options page previews with: the seed post's values
 * (../shared/seed/seed-post.md), so the preview shows the archive's real shape.
 */
import type { Article } from '@/utils/model';

export const SAMPLE_ARTICLE: Article = {
  title: '景俊海韩俊率队与国家有关部委举行工作会谈',
  url: 'https://finance.sina.com.cn/china/gncj/2022-07-25/doc-imizirav5391234.shtml',
  docId: 'imizirav5391234',
  published: '2022-07-25T14:31:46.000Z',
  source: '吉林省人民政府网',
  editor: '王蒙',
  originalTitle: '景俊海韩俊率队与国家有关部委举行工作会谈',
  categories: ['新浪财经－国內'],
  tags: ['吉林', '卫生健康'],
  leadImage: 'https://n.sinaimg.cn/finance/crawl/677/w550h127/20220725/036e-eb35d114f623e700d84d11c4bc3a6cce.png',
  html: '<p>　　7月25日，省委书记景俊海，省委副书记、省长韩俊率队在北京与国家卫生健康委、国家能源局举行工作会谈。</p>',
  template: 'sina-desktop',
  siteName: '新浪财经',
  lang: 'zh-CN',
};
