import fs from 'node:fs'
import path from 'node:path'
import { docsDir, frontmatter, pageTitle, proseLines } from './site-pages'

// Links between the guides and the generated API reference, both ways (see docs/contributing.md, "Linking the API"):
//
// - Guide to API. `[`BgNbdModel`](api:)` links to the type's page, `[the fit](api:BgNbdModel.Fit)` to a member,
//   `api:Money.Plus(Money)` to one overload, `api:RelationshipKit.Value` to a namespace. A name that the API does not
//   have fails the build, so renaming a type breaks the docs build instead of the reader's link. Besides, every code
//   span in prose that names a type (`RfmTable`) or a member (`BgNbdModel.ProbabilityAlive`) becomes a link; a code
//   span `Type.Member` whose type exists but whose member does not also fails the build.
// - API to guide. Each type page gets the guides that mention the type most (or, for a type no guide names, the
//   guides of its namespace) in place of the `<!-- api-guides T:... -->` line that eng/ApiDocs writes.
//
// Everything resolves against docs/api/links.json, which eng/ApiDocs writes with the pages.

interface ApiMember {
  name: string
  heading: string
  anchor: string
}

interface ApiType {
  docId: string
  name: string
  display: string
  namespace: string
  arity: number
  package: string
  link: string
  members: ApiMember[]
}

interface ApiModel {
  namespaces: { name: string; link: string }[]
  types: ApiType[]
}

export interface ApiTarget {
  link: string
  /** The type the name resolved to (also for a member), or null for a namespace. */
  type: ApiType | null
}

export class ApiIndex {
  private readonly byName = new Map<string, ApiType[]>()
  private readonly byFullName = new Map<string, ApiType[]>()
  private readonly namespaces = new Map<string, string>()

  constructor(readonly model: ApiModel) {
    for (const type of model.types) {
      const add = (map: Map<string, ApiType[]>, key: string) => map.set(key, [...(map.get(key) ?? []), type])
      add(this.byName, type.name)
      add(this.byFullName, type.namespace ? `${type.namespace}.${type.name}` : type.name)
    }
    for (const ns of model.namespaces) this.namespaces.set(ns.name, ns.link)
  }

  static load(): ApiIndex | null {
    const file = path.join(docsDir, 'api', 'links.json')
    return fs.existsSync(file) ? new ApiIndex(JSON.parse(fs.readFileSync(file, 'utf8'))) : null
  }

  /**
   * Resolves `Type`, `Namespace.Type`, `Type<T>`, `Type.Member`, `Type.Member(Params)`, `Type(Params)` (a constructor)
   * or a namespace. Returns the target, or an error message that says what is wrong.
   */
  resolve(name: string): ApiTarget | string {
    const text = name.trim().replace(/\s+/g, ' ')
    if (this.namespaces.has(text)) return { link: this.namespaces.get(text)!, type: null }
    const open = text.indexOf('(')
    const path = open < 0 ? text : text.slice(0, open)
    const params = open < 0 ? null : text.slice(open)
    if (params !== null && !params.endsWith(')')) return `"${name}" has an unclosed parameter list`

    const asType = this.type(path)
    if (typeof asType !== 'string' && asType !== null) {
      if (params === null) return { link: asType.link, type: asType }
      return this.member(asType, '#ctor', params, name)
    }
    if (typeof asType === 'string') return asType

    const dot = lastTopLevelDot(path)
    if (dot < 0) return `no type or namespace "${path}" in the API reference`
    const owner = this.type(path.slice(0, dot))
    if (owner === null) return `no type "${path.slice(0, dot)}" in the API reference`
    if (typeof owner === 'string') return owner
    return this.member(owner, path.slice(dot + 1), params, name)
  }

  /** Finds a type by simple or namespace-qualified name, with or without type parameters; null when there is none. */
  type(name: string): ApiType | string | null {
    const angle = name.indexOf('<')
    const bare = angle < 0 ? name : name.slice(0, angle)
    const arity = angle < 0 ? null : name.slice(angle).split(',').length
    const candidates = (this.byFullName.get(bare) ?? this.byName.get(bare) ?? []).filter((t) => arity === null || t.arity === arity)
    if (candidates.length === 0) return null
    if (candidates.length === 1) return candidates[0]
    const plain = candidates.filter((t) => t.arity === 0)
    if (plain.length === 1 && arity === null) return plain[0]
    return `"${name}" is ambiguous: write one of ${candidates.map((t) => `${t.namespace}.${t.display}`).join(', ')}`
  }

  private member(type: ApiType, memberName: string, params: string | null, original: string): ApiTarget | string {
    const named = type.members.filter((m) => m.name === memberName)
    if (named.length === 0) {
      const what = memberName === '#ctor' ? 'constructor' : `member "${memberName}"`
      return `${type.display} has no ${what} (in "${original}"); its members are ${[...new Set(type.members.map((m) => m.name === '#ctor' ? type.name : m.name))].join(', ')}`
    }
    let chosen = named[0]
    if (params !== null) {
      const wanted = normaliseParams(params)
      const exact = named.find((m) => normaliseParams(m.heading.slice(m.heading.indexOf('('))) === wanted)
      if (exact) chosen = exact
      else if (looksLikeTypeList(params)) {
        return `${type.display} has no overload ${memberName === '#ctor' ? type.name : memberName}${params} (in "${original}"); there are ${named.map((m) => m.heading).join(', ')}`
      }
    }
    return { link: `${type.link}#${chosen.anchor}`, type }
  }
}

function lastTopLevelDot(text: string): number {
  let depth = 0
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]
    if (c === '>') depth++
    else if (c === '<') depth--
    else if (c === '.' && depth === 0) return i
  }
  return -1
}

function normaliseParams(params: string): string {
  return params.replace(/\s+/g, '').replace(/\?/g, '')
}

/** A parameter list of type names (`(Money, int)`), not of arguments (`(table, options)`): only then must it match an overload. */
function looksLikeTypeList(params: string): boolean {
  const inner = params.slice(1, -1).trim()
  return inner !== '' && inner.split(',').every((p) => /^\s*(?:[A-Z][\w.]*|bool|byte|char|decimal|double|float|int|long|object|short|string|uint|ulong|ushort)(?:<.*>)?(?:\[\])?\??\s*$/.test(p))
}

/** A code span that may name a type or member: `Money`, `FitResult<BgNbdModel>`, `BgNbdModel.Fit`, `BgNbdModel.Fit(table)`. */
const codeName = /^[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)*(?:<[A-Za-z0-9, <>]*>)?(?:\.[A-Z][A-Za-z0-9]*)?(?:\([^()]*\))?$/

/**
 * Resolves a code span for automatic linking: a link, null when it names nothing in the API (a .NET type, a column
 * name), or an error when it names a member that the type does not have.
 */
export function resolveCodeSpan(api: ApiIndex, code: string): ApiTarget | string | null {
  if (!codeName.test(code)) return null
  const result = api.resolve(code)
  if (typeof result !== 'string') return result
  // Only a span whose type exists but whose member does not is an error; anything else is just not an API name.
  // The parentheses of a code span hold arguments (`InRole(BondDimensionRole.Factor)`), not an overload: when they
  // match none, the span links to the member's first overload.
  const open = code.indexOf('(')
  const call = open < 0 ? code : code.slice(0, open)
  // A generic method's type arguments (`FitDocument.FromJson<TModel>(json)`) are not part of the member's name.
  const member = /^(.*\.[A-Z][A-Za-z0-9]*)<[A-Za-z0-9, <>]*>$/.exec(call)
  const path = member !== null && api.type(call) === null ? member[1] : call
  if (open >= 0 || path !== call) {
    const byName = api.resolve(path)
    if (typeof byName !== 'string') return byName
  }
  const dot = lastTopLevelDot(path)
  if (dot < 0) return null
  const owner = api.type(path.slice(0, dot))
  if (owner === null || typeof owner === 'string' || api.type(path) !== null) return null
  return result
}

// --- Which guides explain which types ------------------------------------------------------------------------------

export interface GuideRef {
  title: string
  link: string
  weight: number
}

/**
 * Reads a page's `apiLinks` front matter: `false` turns automatic links off, `loose` links what resolves and never
 * fails (for pages about history, such as the changelog, which name members that no longer exist).
 */
export function autoLinkMode(meta: Record<string, unknown>): 'strict' | 'loose' | 'off' {
  const value = String(meta.apiLinks ?? 'strict')
  return value === 'false' ? 'off' : value === 'loose' ? 'loose' : 'strict'
}

/**
 * Reads every page outside docs/api and counts the API types each one names in code spans and `api:` links
 * (a name in a heading counts five times). Returns, per type id, the pages that name it, most first.
 */
export function guidesByType(api: ApiIndex): Map<string, GuideRef[]> {
  const counts = new Map<string, Map<string, GuideRef>>()
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const relative = path.relative(docsDir, full).split(path.sep).join('/')
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !['api', 'node_modules', 'public', 'scripts'].includes(relative)) walk(full)
        continue
      }
      if (!entry.name.endsWith('.md') || entry.name === 'README.md') continue
      const text = fs.readFileSync(full, 'utf8')
      const meta = frontmatter(text)
      if (autoLinkMode(meta) !== 'strict' || meta.layout === 'home') continue
      const link = '/' + relative.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')
      const title = pageTitle(text, entry.name.slice(0, -3))
      for (const { name, heading } of namesIn(text)) {
        const target = api.resolve(name)
        if (typeof target === 'string' || target.type === null) continue
        const pages = counts.get(target.type.docId) ?? new Map<string, GuideRef>()
        const ref = pages.get(link) ?? { title, link, weight: 0 }
        ref.weight += heading ? 5 : 1
        pages.set(link, ref)
        counts.set(target.type.docId, pages)
      }
    }
  }
  walk(docsDir)
  const result = new Map<string, GuideRef[]>()
  for (const [docId, pages] of counts) {
    result.set(docId, [...pages.values()].sort((a, b) => b.weight - a.weight || a.title.localeCompare(b.title, 'en')))
  }
  return result
}

function* namesIn(markdown: string): Generator<{ name: string; heading: boolean }> {
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s/.test(line)
    for (const match of line.matchAll(/\]\(api:([^)]*(?:\([^)]*\))?)\)|(?<!`)`([^`]+)`(?!`)/g)) {
      const name = match[1] ?? match[2]
      if (match[1] !== undefined || codeName.test(name)) yield { name, heading }
    }
  }
}

/** Renders the "Guide" line of a type page. */
export function guideLine(type: ApiType, guides: Map<string, GuideRef[]>, api: ApiIndex): string {
  const own = guides.get(type.docId) ?? []
  const anchor = (ref: GuideRef) => `<a href="${ref.link}">${escapeHtml(ref.title)}</a>`
  if (own.length > 0) {
    const [first, ...rest] = own
    const also = rest.slice(0, 5)
    return `<p class="api-guides"><strong>Guide:</strong> ${anchor(first)}` +
      (also.length > 0 ? `. Also on ${also.map(anchor).join(', ')}.` : '.') + '</p>'
  }
  // No guide names this type: point to the guides of its namespace.
  const weights = new Map<string, GuideRef>()
  for (const other of api.model.types.filter((t) => t.namespace === type.namespace)) {
    for (const ref of guides.get(other.docId) ?? []) {
      const sum = weights.get(ref.link) ?? { ...ref, weight: 0 }
      sum.weight += ref.weight
      weights.set(ref.link, sum)
    }
  }
  const ranked = [...weights.values()].sort((a, b) => b.weight - a.weight).slice(0, 2)
  return ranked.length === 0 ? '' :
    `<p class="api-guides"><strong>Guide:</strong> no guide names this type yet; its namespace is explained on ${ranked.map(anchor).join(' and ')}.</p>`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}
