import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, type DefaultTheme } from 'vitepress'
import { ApiIndex, guideLine, guidesByType, autoLinkMode, resolveCodeSpan, type GuideRef } from './api-links'
import { docsDir, pages, repoRoot } from './site-pages'

// The site is built from docs/. The sidebar is generated from the file system on every build, so a page added to
// docs/concepts, docs/value, docs/reference (or generated into docs/api) appears without editing this file.
// See docs/contributing.md, "Docs site".

function group(text: string, folder: string, collapsed?: boolean): DefaultTheme.SidebarItem | null {
  const items = pages(folder).map((page) => ({ text: page.sidebarTitle, link: page.link }))
  return items.length === 0 ? null : { text, collapsed, items }
}

function guideSidebar(): DefaultTheme.SidebarItem[] {
  const guide = pages('').filter((page) => !page.isIndex)
  return [
    { text: 'Guide', items: guide.map((page) => ({ text: page.sidebarTitle, link: page.link })) },
    group('Concepts', 'concepts'),
    group('Value', 'value'),
    group('Reference', 'reference'),
    { text: 'API reference', link: '/api/' },
  ].filter((item): item is DefaultTheme.SidebarItem => item !== null)
}

/** The API pages have their own sidebar, written by eng/ApiDocs: a group per namespace listing its types. */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = path.join(docsDir, 'api', 'sidebar.json')
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : []
}

/** Links a nav entry to the folder's index page, or to its first page when it has no index. */
function navItem(text: string, folder: string): DefaultTheme.NavItem | null {
  const first = pages(folder)[0]
  return first ? { text, link: first.link, activeMatch: `^/${folder}/` } : null
}

// --- Code snippets -------------------------------------------------------------------------------------------------
// `<<< @/../tests/RelationshipKit.Docs.Tests/Snippets/BondSnippets.cs#classify{cs}` includes the lines between
// `#region classify` and its `#endregion` (C# does not repeat the name after #endregion, which VitePress's own region
// matcher requires). A missing file or region fails the build, as a dead link does, instead of showing the whole file.

const regionStart = /^(?:\/\/\s*|<!--\s*)?#\s?region\b/i
const regionEnd = /^(?:\/\/\s*|<!--\s*)?#\s?end\s?region\b/i

function extractRegion(source: string, name: string): string | null {
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const start = new RegExp(`^(?://\\s*|<!--\\s*)?#\\s?region\\s+${escaped}\\s*(?:-->)?$`, 'i')
  const first = lines.findIndex((line) => start.test(line.trim()))
  if (first < 0) return null
  const body: string[] = []
  let depth = 1
  for (const line of lines.slice(first + 1)) {
    const trimmed = line.trim()
    if (regionEnd.test(trimmed)) {
      depth--
      if (depth === 0) return dedent(body)
      continue
    }
    if (regionStart.test(trimmed)) {
      depth++
      continue
    }
    body.push(line)
  }
  return null
}

function dedent(lines: string[]): string {
  while (lines.length > 0 && lines[0].trim() === '') lines.shift()
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop()
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length)
  const indent = indents.length === 0 ? 0 : Math.min(...indents)
  return lines.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)).trimEnd()).join('\n')
}

// --- Output wider than the column ----------------------------------------------------------------------------------
// Code lines hold at most 80 characters (docs/contributing.md; SnippetLayoutTests). Terminal output included from a
// CLI snapshot can be wider (a report table of 119 characters): such a `txt`/`text` block is shown in a smaller font,
// scaled so that its longest line fits the column, and a wide `csv` block wraps. Code blocks are never scaled.

const columnCharacters = 80

function fitOutput(info: string, content: string, html: string): string {
  const language = /^[\w-]*/.exec(info.trim())![0]
  const longest = Math.max(0, ...content.split('\n').map((line) => [...line].length))
  if (longest <= columnCharacters) return html
  if (language === 'txt' || language === 'text') {
    const scale = (columnCharacters / longest).toFixed(4)
    return html.replace('<div class="language-', `<div style="--rk-output-scale: ${scale}" class="rk-wide-output language-`)
  }
  if (language === 'csv') return html.replace('<div class="language-', '<div class="rk-wrap-output language-')
  return html
}

type MarkdownIt = Parameters<NonNullable<NonNullable<Parameters<typeof defineConfig>[0]['markdown']>['config']>>[0]

/** Marks inline code `v-pre`, so that `{{` in backticks is shown as written instead of being compiled by Vue. */
function literalInlineCode(md: MarkdownIt): void {
  const codeInline = md.renderer.rules.code_inline!
  md.renderer.rules.code_inline = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('v-pre', '')
    return codeInline(tokens, idx, options, env, self)
  }
}

function strictSnippets(md: MarkdownIt): void {
  const fence = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as (typeof tokens)[number] & { src?: [string, string] }
    if (token.src) {
      const [file, region] = token.src
      const page = env.relativePath ?? env.path ?? 'a page'
      const shown = path.relative(repoRoot, file)
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        throw new Error(`${page}: code snippet file not found: ${shown}`)
      }
      if (region) {
        const code = extractRegion(fs.readFileSync(file, 'utf8'), region)
        if (code === null) {
          throw new Error(`${page}: no "#region ${region}" ... "#endregion" in ${shown}`)
        }
        token.content = code + '\n'
        token.src = undefined
        env.includes?.push(file)
      }
    }
    // A whole-file include (no region) is read by VitePress itself; measure the file.
    const shown = token.src ? fs.readFileSync(token.src[0], 'utf8') : token.content
    return fitOutput(token.info, shown, fence(tokens, idx, options, env, self))
  }

  // `<!--@include: path-->` that VitePress could not resolve stays in the page as a comment: fail instead.
  md.core.ruler.push('relationshipkit-unresolved-include', (state) => {
    for (const token of state.tokens) {
      const html = token.type === 'html_block' ? [token.content] : (token.children ?? []).filter((c) => c.type === 'html_inline').map((c) => c.content)
      const unresolved = html.find((content) => /<!--\s*@include:/.test(content))
      if (unresolved) {
        throw new Error(`${state.env.relativePath ?? 'a page'}: include not found: ${unresolved.trim()}`)
      }
    }
  })
}

// --- Tables -------------------------------------------------------------------------------------------------------
// A table must fit the content column (docs/contributing.md, "Tables"). Tables of four or more columns get the class
// `stack`: below 640 px each row becomes a card whose cells carry their column's name (data-label, shown by
// custom.css). Tables of six or more columns get `dense` as well: smaller type and padding at every width.

const stackColumns = 4
const denseColumns = 6

function responsiveTables(md: MarkdownIt): void {
  // VitePress renders `<table tabindex="0">` and drops the token's attributes: render them.
  md.renderer.rules.table_open = (tokens, idx, _options, _env, self) => `<table tabindex="0"${self.renderAttrs(tokens[idx])}>\n`
  md.core.ruler.push('relationshipkit-tables', (state) => {
    const tokens = state.tokens
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'table_open') continue
      const labels: string[] = []
      let j = i + 1
      for (; j < tokens.length && tokens[j].type !== 'thead_close'; j++) {
        if (tokens[j].type === 'th_open') labels.push(plainText(tokens[j + 1]))
      }
      if (labels.length >= stackColumns) tokens[i].attrJoin('class', 'stack')
      if (labels.length >= denseColumns) tokens[i].attrJoin('class', 'dense')
      let column = 0
      for (; j < tokens.length && tokens[j].type !== 'table_close'; j++) {
        if (tokens[j].type === 'tr_open') column = 0
        if (tokens[j].type === 'td_open') {
          if (labels.length >= stackColumns && labels[column]) tokens[j].attrSet('data-label', labels[column])
          column++
        }
      }
    }
  })
}

function plainText(inline: { children: { type: string; content: string }[] | null; content: string } | undefined): string {
  if (!inline) return ''
  return (inline.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join('').trim()
}

// --- Links between the guides and the API reference (see api-links.ts) -------------------------------------------

const api = ApiIndex.load()
let guides: Map<string, GuideRef[]> | null = null

function apiLinks(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'relationshipkit-api-links', (state) => {
    const page: string = state.env.relativePath ?? 'a page'
    const mode = api === null || page.startsWith('api/') ? 'off' : autoLinkMode(state.env.frontmatter ?? {})
    const tokens = state.tokens
    for (let i = 0; i < tokens.length; i++) {
      const inline = tokens[i]
      if (inline.type !== 'inline' || !inline.children) continue
      const inHeading = i > 0 && tokens[i - 1].type === 'heading_open'
      const children: typeof inline.children = []
      let linkDepth = 0
      for (let j = 0; j < inline.children.length; j++) {
        const child = inline.children[j]
        if (child.type === 'link_open') {
          linkDepth++
          const href = child.attrGet('href') ?? ''
          if (href.startsWith('api:')) {
            let name = decodeURIComponent(href.slice(4))
            if (name === '') {
              // [`Money`](api:) takes the name from the link text.
              const text: string[] = []
              for (let k = j + 1; k < inline.children.length && inline.children[k].type !== 'link_close'; k++) text.push(inline.children[k].content)
              name = text.join('')
            }
            const target = api === null ? 'docs/api/ has not been generated (run bash eng/build-docs.sh)' : api.resolve(name)
            if (typeof target === 'string') throw new Error(`${page}: API link "${href}": ${target}`)
            child.attrSet('href', target.link)
          }
        } else if (child.type === 'link_close') {
          linkDepth--
        } else if (child.type === 'code_inline' && mode !== 'off' && linkDepth === 0 && !inHeading) {
          const target = resolveCodeSpan(api!, child.content)
          if (typeof target === 'string' && mode === 'strict') throw new Error(`${page}: \`${child.content}\`: ${target}`)
          if (target !== null && typeof target !== 'string') {
            const open = new state.Token('link_open', 'a', 1)
            open.attrSet('href', target.link)
            children.push(open, child, new state.Token('link_close', 'a', -1))
            continue
          }
        }
        children.push(child)
      }
      inline.children = children
    }
  })

  // eng/ApiDocs leaves `<!-- api-guides T:Id -->` on each type page: the guides that explain the type go there.
  const htmlBlock = md.renderer.rules.html_block!
  md.renderer.rules.html_block = (tokens, idx, options, env, self) => {
    const marker = /^<!-- api-guides (\S+) -->\s*$/.exec(tokens[idx].content)
    if (marker && api !== null) {
      const type = api.model.types.find((t) => t.docId === marker[1])
      guides ??= guidesByType(api)
      return type ? guideLine(type, guides, api) + '\n' : ''
    }
    return htmlBlock(tokens, idx, options, env, self)
  }
}

// --- Datasets -------------------------------------------------------------------------------------------------------
// The data the guides and the tutorial read, offered for download on /reference/datasets (with source and licence).
// They are copied from the tests' data on every build, so the site offers exactly the files the tests use;
// docs/public/data/ is not committed.

const datasetSource = path.join(repoRoot, 'tests', 'RelationshipKit.Value.Tests', 'TestData')
const datasets = ['CDNOW_sample.txt', 'cdnow_customers_summary.csv', 'cdnow_customers_summary_with_transactions.csv', 'donations.csv']

function copyDatasets(): void {
  const target = path.join(docsDir, 'public', 'data')
  fs.mkdirSync(target, { recursive: true })
  for (const name of datasets) {
    const source = path.join(datasetSource, name)
    if (!fs.existsSync(source)) throw new Error(`dataset not found: ${path.relative(repoRoot, source)} (listed in docs/.vitepress/config.mts)`)
    fs.copyFileSync(source, path.join(target, name))
  }
}

copyDatasets()

// --- Generated API reference ---------------------------------------------------------------------------------------

if (process.argv.includes('build') && !fs.existsSync(path.join(docsDir, 'api', 'index.md'))) {
  throw new Error(
    'docs/api/ has not been generated. Run `bash eng/build-docs.sh` from the repository root ' +
      '(or `dotnet build RelationshipKit.sln -c Release && dotnet run --project eng/ApiDocs -c Release --no-build`).',
  )
}

// Mermaid code blocks (the lifecycle diagrams, produced by MermaidGraph and checked by LifecyclePageTests) become a
// MermaidDiagram component (.vitepress/theme/MermaidDiagram.vue), which imports Mermaid only on the pages that draw
// one. (vitepress-plugin-mermaid imported it statically, which preloaded about 2 MB of modules on every page.)
function mermaidBlocks(md: MarkdownIt) {
  const fence = md.renderer.rules.fence!
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index]
    if (token.info.trim() !== 'mermaid') return fence(tokens, index, options, env, self)
    const graph = encodeURIComponent(token.content)
    return `<ClientOnly><MermaidDiagram id="mermaid-${index}" graph="${graph}" /></ClientOnly>\n`
  }
}

export default defineConfig({
  title: 'RelationshipKit',
  description:
    'Customer relationships for .NET: bonds, benefits, relationship types and customer lifetime value, from manager formulas to BTYD models.',
  lang: 'en-GB',
  cleanUrls: true,
  srcExclude: ['**/README.md'],
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  markdown: {
    config(md) {
      mermaidBlocks(md)
      literalInlineCode(md)
      strictSnippets(md)
      apiLinks(md)
      responsiveTables(md)
    },
  },
  themeConfig: {
    logo: '/favicon.svg',
    nav: [
      { text: 'Guide', link: '/getting-started', activeMatch: '^/(getting-started|tutorial|cli|testing-stores|faq|limitations|design|contributing|benchmarks)' },
      navItem('Concepts', 'concepts'),
      navItem('Value', 'value'),
      navItem('API', 'api'),
      { text: 'Changelog', link: '/changelog' },
    ].filter((item): item is DefaultTheme.NavItem => item !== null),
    sidebar: { '/api/': apiSidebar(), '/': guideSidebar() },
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    socialLinks: [{ icon: 'github', link: 'https://github.com/relationshipkit/relationshipkit' }],
    footer: { message: 'Released under the MIT License.' },
  },
})
