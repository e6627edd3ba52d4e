import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Lists the pages of a docs/ folder with their titles, for the generated sidebar (config.mts) and the generated
// page lists (for example docs/concepts/pages.data.ts). Nothing here needs editing when a page is added.

export const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = path.resolve(docsDir, '..')

export interface PageInfo {
  title: string
  /** The front matter `sidebarTitle` (a short name for the sidebar), or the title. */
  sidebarTitle: string
  link: string
  /** The front matter `description`, if any. */
  description: string
  order: number
  isIndex: boolean
}

/** Reads the simple `key: value` lines of a page's front matter (enough for `title`, `order`, `sidebar`, `sidebarTitle`). */
export function frontmatter(text: string): Record<string, string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)
  const result: Record<string, string> = {}
  if (!match) return result
  for (const line of match[1].split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*):\s*(.*?)\s*$/.exec(line)
    if (pair) result[pair[1]] = pair[2].replace(/^(['"])(.*)\1$/, '$2')
  }
  return result
}

/** Yields the lines of a page's Markdown body (front matter removed) that are outside code fences. */
export function* proseLines(text: string): Generator<string> {
  let fence: string | null = null
  for (const line of text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)
    if (marker) {
      if (fence === null) fence = marker[1][0]
      else if (marker[1][0] === fence) fence = null
      continue
    }
    if (fence === null) yield line
  }
}

/** Gets a page's title: its first `# ` heading outside code fences (without `{#anchor}` or Markdown marks). */
export function pageTitle(text: string, fallback: string): string {
  for (const line of proseLines(text)) {
    const heading = /^#\s+(.+?)\s*(?:\{#[^}]*\})?\s*#*\s*$/.exec(line)
    if (heading) return heading[1].replace(/[`*_]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim()
  }
  return frontmatter(text).title ?? fallback
}

/**
 * Lists the pages of one folder of docs/ (not recursive): `index.md` first, then by front matter `order`
 * (default 50), then by title. A page with `sidebar: false` in its front matter is left out.
 */
export function pages(folder: string): PageInfo[] {
  const dir = path.join(docsDir, folder)
  if (!fs.existsSync(dir)) return []
  const prefix = folder === '' ? '/' : `/${folder}/`
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8')
      const meta = frontmatter(text)
      const stem = name.slice(0, -3)
      const isIndex = stem === 'index'
      const order = Number.parseFloat(meta.order ?? '')
      const title = pageTitle(text, stem)
      return {
        title,
        sidebarTitle: meta.sidebarTitle ?? title,
        link: isIndex ? prefix : prefix + stem,
        description: meta.description ?? '',
        order: Number.isFinite(order) ? order : 50,
        isIndex,
        hidden: meta.sidebar === 'false',
      }
    })
    .filter((page) => !page.hidden)
    .map(({ hidden: _, ...page }) => page)
    .sort((a, b) =>
      a.isIndex !== b.isIndex ? (a.isIndex ? -1 : 1) : a.order - b.order || a.title.localeCompare(b.title, 'en'),
    )
}
