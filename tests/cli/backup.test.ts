// @vitest-environment node
/** Where repair backups go (cli/backup.ts): outside the repaired folder, relative paths kept. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backup, backupStamp, isInside } from '../../cli/backup';

describe('Backup', () => {
  const stamp = backupStamp(new Date('2026-11-29T08:45:00.123Z'));

  it('stamps are sortable and file-name safe', () => {
    expect(stamp).toBe('20261129T084500Z');
  });

  it('default: a sibling <dir>.sina-clean-backup-<stamp>/ mirroring sub-folders', () => {
    const b = new Backup(stamp);
    expect(b.target({ path: '/blog/source/_posts/2022/a.md', root: '/blog/source/_posts' })).toBe(
      `/blog/source/_posts.sina-clean-backup-${stamp}/2022/a.md`,
    );
    expect(b.target({ path: '/blog/x/b.md' })).toBe(`/blog/x.sina-clean-backup-${stamp}/b.md`);
  });

  it('--backup-dir: under it, by the repaired folder name', () => {
    const b = new Backup(stamp, '/backups');
    expect(b.target({ path: '/blog/_posts/a.md', root: '/blog/_posts' })).toBe('/backups/_posts/a.md');
  });

  it('refuses backups that would land inside a folder being repaired', () => {
    expect(() => new Backup(stamp, '/blog/_posts/bak').check([{ path: '/blog/_posts/a.md', root: '/blog/_posts' }], ['/blog/_posts'])).toThrow(/inside/);
    expect(() => new Backup(stamp).check([{ path: '/a.md', root: '/' }], ['/'])).toThrow(/inside/);
    expect(() => new Backup(stamp).check([{ path: '/blog/_posts/a.md', root: '/blog/_posts' }], ['/blog/_posts'])).not.toThrow();
  });

  it('isInside', () => {
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside(path.join('/a', '..', 'x'), '/a')).toBe(false);
  });
});
