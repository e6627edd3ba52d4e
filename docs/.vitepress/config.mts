import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, type DefaultTheme } from 'vitepress'
import { withMermaid } from 'vitepress-plugin-mermaid'
import { docsDir, pages, repoRoot } from './site-pages'

// The site is built from docs/. The sidebar is generated from the file system on every build, so a page added to
// docs/concepts, docs/value, docs/reference (or generated into docs/api) appears without editing this file.
// See docs/contributing.md, "Docs site".

function group(text: string, folder: string, collapsed?: boolean): DefaultTheme.SidebarItem | null {
  const items = pages(folder).map((page) => ({ text: page.title, link: page.link }))
  return items.length === 0 ? null : { text, collapsed, items }
}

function sidebar(): DefaultTheme.SidebarItem[] {
  const guide = pages('').filter((page) => !page.isIndex)
  return [
    { text: 'Guide', items: guide.map((page) => ({ text: page.title, link: page.link })) },
    group('Concepts', 'concepts'),
    group('Value', 'value'),
    group('Reference', 'reference'),
    group('API', 'api', true),
  ].filter((item): item is DefaultTheme.SidebarItem => item !== null)
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
    return fence(tokens, idx, options, env, self)
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

// --- Generated API reference ---------------------------------------------------------------------------------------

if (process.argv.includes('build') && !fs.existsSync(path.join(docsDir, 'api', 'index.md'))) {
  throw new Error(
    'docs/api/ has not been generated. Run `bash eng/build-docs.sh` from the repository root ' +
      '(or `dotnet build RelationshipKit.sln -c Release && dotnet run --project eng/ApiDocs -c Release --no-build`).',
  )
}

// Mermaid code blocks (the lifecycle diagrams, produced by MermaidGraph and checked by LifecyclePageTests) render as
// diagrams in the browser through vitepress-plugin-mermaid.
export default withMermaid(defineConfig({
  title: 'RelationshipKit',
  description:
    'Customer relationships for .NET: bonds, benefits, relationship types and customer lifetime value, from manager formulas to BTYD models.',
  lang: 'en-GB',
  cleanUrls: true,
  srcExclude: ['**/README.md'],
  markdown: {
    config(md) {
      literalInlineCode(md)
      strictSnippets(md)
    },
  },
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/getting-started', activeMatch: '^/(getting-started|cli|design|contributing|benchmarks)' },
      navItem('Concepts', 'concepts'),
      navItem('Value', 'value'),
      navItem('API', 'api'),
      { text: 'Changelog', link: '/changelog' },
    ].filter((item): item is DefaultTheme.NavItem => item !== null),
    sidebar: sidebar(),
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    socialLinks: [{ icon: 'github', link: 'https://github.com/relationshipkit/relationshipkit' }],
    footer: { message: 'Released under the MIT License.' },
  },
}))
