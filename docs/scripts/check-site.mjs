#!/usr/bin/env node
// Loads every page of the built site (docs/.vitepress/dist) in headless Chromium and fails on:
//   - a console error or an uncaught exception (a missing favicon or script included),
//   - a request for a page, image, script or file of the site that fails or answers 400 or more,
//   - an internal link to a page or file that does not exist, or to an anchor that is not on the target page,
//   - an image that does not load,
//   - horizontal overflow of the content column at 1400 px and at 390 px (an element wider than the column, or a
//     code block or table that scrolls sideways).
// Each page is loaded once and measured at both widths by resizing the window; a few pages load at once; the files
// under /assets/ (content-hashed) are cached by the browser; the links are checked afterwards against the ids every
// page had once rendered. Before the site, a self-test checks a small fixture site with one problem of each kind
// planted in it and fails unless exactly those are found.
// Usage (from docs/, after `npm run docs:build`): node scripts/check-site.mjs [--help]
// See docs/contributing.md, "Docs site". Exit codes: 0 no problem (or skipped), 1 problems found, 2 bad usage.

import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// A page spends part of its load waiting for files rather than computing, so one page more than there are cores
// keeps the cores busy.
const defaultJobs = Math.min(4, Math.max(2, os.availableParallelism() + 1))

const usage = `Usage: node scripts/check-site.mjs [options]

  --dist <dir>         the built site (default: docs/.vitepress/dist)
  --chromium <file>    the browser (default: $CHROMIUM, else chromium or chromium-browser on PATH)
  --widths <list>      viewport widths in px (default: 1400,390)
  --jobs <n>           pages loaded at once (default: one more than the cores, 2 to 4; here ${defaultJobs})
  --only <text>        check only pages whose path contains <text> (links to other pages are then not checked)
  --trx <file>         also write the result as a TRX file (one test per kind of check) for CI's totals
  --skip <reason>      do not start a browser: report every check as skipped with <reason> (and write --trx)
  --self-test          only check the fixture site with planted problems (the full run does this first too)
  --no-self-test       do not check the fixture site first
  --help               show this text`

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Chromium on this kind of machine needs these: without the background-networking ones it tries to reach Google's
// services, which a closed network refuses, and logs errors. A fresh profile is made per run.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The kinds of check, each reported as one test in the TRX file. */
const checks = {
  console: 'no console error or uncaught exception on any page',
  requests: 'every request for a file of the site succeeds',
  links: 'every internal link leads to an existing page or file',
  anchors: 'every internal link to an anchor finds it on the target page',
  images: 'every image loads',
  overflow: 'nothing overflows the content column',
  selftest: 'the check finds every problem planted in a small fixture site, and nothing else',
}

function parseArgs(argv) {
  const options = { dist: path.join(docsDir, '.vitepress', 'dist'), widths: [1400, 390], jobs: defaultJobs, only: null, trx: null, skip: null, chromium: null, selfTest: 'first' }
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) fail(`${name} needs a value`)
      return argv[++i]
    }
    switch (name) {
      case '--dist': options.dist = path.resolve(value()); break
      case '--chromium': options.chromium = value(); break
      case '--widths':
        options.widths = value().split(',').map((w) => Number.parseInt(w, 10))
        if (options.widths.some((w) => !(w >= 200 && w <= 4000))) fail('--widths must be numbers between 200 and 4000')
        break
      case '--jobs':
        options.jobs = Number.parseInt(value(), 10)
        if (!(options.jobs >= 1 && options.jobs <= 16)) fail('--jobs must be between 1 and 16')
        break
      case '--only': options.only = value(); break
      case '--trx': options.trx = path.resolve(value()); break
      case '--skip': options.skip = value(); break
      case '--self-test': options.selfTest = 'only'; break
      case '--no-self-test': options.selfTest = 'no'; break
      case '--help': case '-h': console.log(usage); process.exit(0)
      default: fail(`unknown argument "${name}"`)
    }
  }
  return options
}

function fail(message) {
  console.error(`site check: ${message}; run with --help for usage.`)
  process.exit(2)
}

function findOnPath(names) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const file = path.join(dir, name)
      if (fs.existsSync(file)) return file
    }
  }
  return null
}

// --- The built site ------------------------------------------------------------------------------------------------

/** Lists the pages of the built site as URL paths: `index.html` is `/`, `value/bgnbd.html` is `/value/bgnbd`. */
function sitePages(dist) {
  const result = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(full)
      } else if (entry.name.endsWith('.html') && full !== path.join(dist, '404.html')) {
        result.push(urlPathOf(path.relative(dist, full)))
      }
    }
  }
  walk(dist)
  return result.sort()
}

function urlPathOf(relativeHtml) {
  const posix = relativeHtml.split(path.sep).join('/').replace(/\.html$/, '')
  return '/' + (posix === 'index' ? '' : posix.endsWith('/index') ? posix.slice(0, -'index'.length) : posix)
}

/** Maps a URL path to a file of the built site the way the published site does (clean URLs). */
function resolveFile(dist, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = path.normalize(decoded).replace(/^([/\\])+/, '')
  if (relative.startsWith('..')) return null
  const base = path.join(dist, relative)
  const candidates = decoded.endsWith('/') ? [path.join(base, 'index.html')] : [base, base + '.html', path.join(base, 'index.html')]
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null
}

/** The page key of a URL path: `/value/bgnbd.html` and `/value/bgnbd` are the same page. */
function pageKey(urlPath) {
  const noHtml = urlPath.replace(/\.html$/, '')
  return noHtml.endsWith('/index') ? noHtml.slice(0, -'index'.length) : noHtml
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
}

function serve(dist) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const file = resolveFile(dist, url.pathname)
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      response.end(fs.existsSync(path.join(dist, '404.html')) ? fs.readFileSync(path.join(dist, '404.html')) : 'not found')
      return
    }
    // The files under /assets/ have a content hash in their name, so the browser may keep them (as the published site
    // lets it): the theme's scripts, styles and fonts are then fetched and compiled once per run, not once per page.
    // Every page is still fetched afresh, and a file is only ever kept after a request for it succeeded.
    const headers = { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' }
    if (url.pathname.startsWith('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable'
    else headers['cache-control'] = 'no-store'
    response.writeHead(200, headers)
    fs.createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

// --- In the page ---------------------------------------------------------------------------------------------------

/**
 * Runs in the browser. Reports elements of the content column that stick out of it or scroll sideways. The column is
 * the doc page's `.vp-doc` (or the home page's content); below 640 px the theme lets code blocks reach into the page
 * padding on purpose, so there the padding box of the page counts. Only the outermost offender is reported.
 */
async function measureOverflow(resized) {
  // After a resize, two frames: resize and media-query listeners run before the first, resize observers after it.
  if (resized) await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  const doc = document.querySelector('.VPDoc .vp-doc')
  const column = doc ?? document.querySelector('.VPHome') ?? document.querySelector('.VPContent')
  const problems = []
  const describe = (el) => {
    let name = el.tagName.toLowerCase()
    if (el.id) name += '#' + el.id
    else if (el.classList.length > 0) name += '.' + [...el.classList].slice(0, 2).join('.')
    let heading = null
    for (let node = el; node && node !== column && heading === null; node = node.parentElement) {
      for (let previous = node.previousElementSibling; previous; previous = previous.previousElementSibling) {
        if (/^H[1-6]$/.test(previous.tagName)) {
          heading = previous.textContent.replace(/[\u200b]/g, '').trim()
          break
        }
      }
    }
    const text = el.textContent.replace(/\s+/g, ' ').trim().slice(0, 60)
    return `${name}${heading ? ` under "${heading}"` : ''}: "${text}"`
  }
  const viewport = document.documentElement.clientWidth
  if (document.documentElement.scrollWidth > viewport + 1) {
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide in a ${viewport} px window)`)
  }
  if (!column) return problems
  const bounds = column.getBoundingClientRect()
  const padded = (doc ? document.querySelector('.VPDoc') : column).getBoundingClientRect()
  const flagged = []
  for (const el of column.querySelectorAll('*')) {
    if (flagged.some((outer) => outer.contains(el))) continue
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue
    if (el.matches('a.header-anchor')) continue // the heading's "#" sits in the margin on purpose and shows on hover
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) continue
    const bleed = viewport < 640 && el.closest('div[class*="language-"]')
    const left = bleed ? padded.left : bounds.left
    const right = bleed ? padded.right : bounds.right
    const sticksOut = Math.max(rect.right - right, left - rect.left)
    const scrolls = /^(auto|scroll|hidden|clip)$/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1
    if (sticksOut > 1) {
      problems.push(`${describe(el)} sticks out of the content column by ${Math.round(sticksOut)} px`)
      flagged.push(el)
    } else if (scrolls) {
      problems.push(`${describe(el)} is ${el.scrollWidth} px wide in a ${el.clientWidth} px box (scrolls sideways)`)
      flagged.push(el)
    }
  }
  return problems
}

/** Runs in the browser. Waits for the fonts and images, then lists ids, links and images that did not load. */
async function inspectPage() {
  await document.fonts.ready
  const images = [...document.images]
  await Promise.all(images.map((img) => (img.complete ? null : new Promise((done) => {
    img.addEventListener('load', done, { once: true })
    img.addEventListener('error', done, { once: true })
  }))))
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id)
  const names = [...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name'))
  const links = [...document.querySelectorAll('a[href]')]
    .filter((a) => !a.closest('.VPLocalSearchBox'))
    .map((a) => ({ href: a.href, raw: a.getAttribute('href'), text: a.textContent.replace(/\s+/g, ' ').trim().slice(0, 60) }))
  const broken = images.filter((img) => !(img.complete && img.naturalWidth > 0)).map((img) => img.getAttribute('src'))
  return { ids: [...ids, ...names], links, brokenImages: broken }
}

// --- The run -------------------------------------------------------------------------------------------------------

async function checkSite(options) {
  const { chromium } = await import('playwright-core')
  const executablePath = options.chromium ?? process.env.CHROMIUM ?? findOnPath(['chromium', 'chromium-browser'])
  if (!executablePath || !fs.existsSync(executablePath)) {
    throw new Error('no Chromium found: install it (Debian: apt-get install chromium), or pass --chromium or set CHROMIUM')
  }
  if (!fs.existsSync(path.join(options.dist, 'index.html'))) {
    throw new Error(`${options.dist} has no index.html: build the site first (npm run docs:build)`)
  }

  const all = sitePages(options.dist)
  const pages = options.only ? all.filter((p) => p.includes(options.only)) : all
  const problems = Object.fromEntries(Object.keys(checks).map((kind) => [kind, []]))
  const pageIds = new Map()
  const pageLinks = []

  const server = await serve(options.dist)
  const origin = `http://127.0.0.1:${server.address().port}`
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'site-check-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumFlags,
    viewport: { width: options.widths[0], height: 900 },
    // The theme's only rule for reduced motion sets transition and animation times to zero: the layout is the same,
    // reached at once instead of after a transition (measured mid-transition it could even be wrong), and the
    // browser paints no animation frames.
    reducedMotion: 'reduce',
  })
  try {
    const queue = [...pages]
    const worker = async () => {
      const tab = await context.newPage()
      let current = ''
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.console.push(`${current}: console error: ${message.text()}`)
      })
      tab.on('pageerror', (error) => problems.console.push(`${current}: uncaught exception: ${error.message}`))
      // A link prefetch that the next navigation cancels (net::ERR_ABORTED) is not a failure.
      tab.on('requestfailed', (request) => {
        if (request.url().startsWith(origin) && request.failure()?.errorText !== 'net::ERR_ABORTED') problems.requests.push(`${current}: request failed: ${request.url().slice(origin.length)} (${request.failure()?.errorText})`)
      })
      tab.on('response', (response) => {
        if (response.url().startsWith(origin) && response.status() >= 400) {
          problems.requests.push(`${current}: ${response.status()} for ${response.url().slice(origin.length)}`)
        }
      })
      // Each page is loaded once and measured at every width by resizing the window. The widths are taken starting
      // from the one the window already has, so that no window is resized just before the next page replaces it:
      // with 1400 and 390 px, one page is loaded at 1400 px and then narrowed, the next loaded at 390 px and widened.
      let width = options.widths[0]
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        current = page
        await tab.goto(origin + page, { waitUntil: 'load' })
        const found = await tab.evaluate(inspectPage)
        pageIds.set(pageKey(page), new Set(found.ids))
        for (const src of found.brokenImages) problems.images.push(`${page}: image did not load: ${src}`)
        for (const link of found.links) pageLinks.push({ page, ...link })
        const start = options.widths.indexOf(width)
        const order = [...options.widths.slice(start), ...options.widths.slice(0, start)]
        for (const [i, w] of order.entries()) {
          if (i > 0) {
            width = w
            await tab.setViewportSize({ width, height: 900 })
          }
          for (const problem of await tab.evaluate(measureOverflow, i > 0)) problems.overflow.push(`${page} at ${w} px: ${problem}`)
        }
      }
      await tab.close()
    }
    await Promise.all(Array.from({ length: Math.min(options.jobs, pages.length) }, worker))
  } finally {
    await context.close()
    server.close()
    fs.rmSync(profile, { recursive: true, force: true })
  }

  // Links are checked after every page was loaded, against the ids each page really has once rendered.
  // The site's links (about 150,000) lead to a few hundred files: each path is resolved once.
  const files = new Map()
  const fileOf = (urlPath) => {
    if (!files.has(urlPath)) files.set(urlPath, resolveFile(options.dist, urlPath))
    return files.get(urlPath)
  }
  let linkCount = 0
  let anchorCount = 0
  for (const link of pageLinks) {
    const url = new URL(link.href)
    if (url.origin !== origin) continue
    const what = `${link.page}: link "${link.text}" (${link.raw})`
    const key = pageKey(url.pathname)
    const file = fileOf(url.pathname)
    linkCount++
    if (file === null || (file.endsWith('.html') && path.basename(file) === '404.html')) {
      problems.links.push(`${what} leads nowhere`)
      continue
    }
    if (!url.hash || url.hash === '#' || !file.endsWith('.html')) continue
    const ids = pageIds.get(key)
    if (ids === undefined) continue // a page outside --only
    anchorCount++
    const anchor = decodeURIComponent(url.hash.slice(1))
    if (!ids.has(anchor)) problems.anchors.push(`${what}: no #${anchor} on ${key}`)
  }

  return { pages, linkCount, anchorCount, problems }
}

// --- The self-test -------------------------------------------------------------------------------------------------

/**
 * A small site with one problem of each kind planted in it, next to pages that must pass (a link to an anchor that a
 * script adds after load, a file, an image, content that fits at 1400 px but not at 390 px). The pages are loaded in
 * name order by one tab, so `/wide` is loaded at 390 px and widened and `/wide-too` loaded at 1400 px and narrowed.
 */
const fixturePages = {
  'index.html': `<h1>Fixture</h1>
    <p><a href="/good">a page</a>, <a href="/good#there">a heading</a>, <a href="/good.html#late">a late id</a>,
    <a href="/data/file.csv">a file</a>, <a href="/wide">wide</a> <img src="/pic.svg" width="20" height="20" alt=""></p>`,
  'good.html': `<h1>Good</h1><h2 id="there">There</h2><p>Fits.</p>
    <script>document.querySelector('.vp-doc').insertAdjacentHTML('beforeend', '<p id="late">added after load</p>')</script>`,
  'broken.html': `<h1>Broken</h1>
    <p><a href="/missing">nowhere</a>, <a href="/good#nope">no such heading</a>, <img src="/missing.png" alt=""></p>
    <script>console.error('planted by the self-test')</script>`,
  'wide.html': '<h1>Wide</h1><div id="phone-too-narrow" style="width: 600px">600 px</div>',
  'wide-too.html': '<h1>Wide too</h1><div id="phone-too-narrow" style="width: 600px">600 px</div>',
  'wider.html': `<h1>Wider</h1><div id="too-wide" style="width: 1000px">1000 px</div>
    <pre id="long-line" style="overflow-x: auto; white-space: pre">${'x'.repeat(300)}</pre>`,
}

/** What the check must report on the fixture site (each at least once), and what it may report besides. */
const fixtureExpected = [
  /^overflow: \/wide at 390 px: div#phone-too-narrow under "Wide": "600 px" sticks out of the content column by \d+ px$/,
  /^overflow: \/wide-too at 390 px: div#phone-too-narrow under "Wide too": "600 px" sticks out of the content column by \d+ px$/,
  /^overflow: \/wider at 1400 px: div#too-wide under "Wider": "1000 px" sticks out of the content column by \d+ px$/,
  /^overflow: \/wider at 390 px: div#too-wide under "Wider": "1000 px" sticks out of the content column by \d+ px$/,
  /^overflow: \/wider at 1400 px: pre#long-line under "Wider": "x+" is \d+ px wide in a \d+ px box \(scrolls sideways\)$/,
  /^overflow: \/wider at 390 px: pre#long-line under "Wider": "x+" is \d+ px wide in a \d+ px box \(scrolls sideways\)$/,
  /^links: \/broken: link "nowhere" \(\/missing\) leads nowhere$/,
  /^anchors: \/broken: link "no such heading" \(\/good#nope\): no #nope on \/good$/,
  /^images: \/broken: image did not load: \/missing\.png$/,
  /^requests: \/broken: 404 for \/missing\.png$/,
  /^console: \/broken: console error: planted by the self-test$/,
]
const fixtureAllowed = [
  /^overflow: \/(wide|wide-too) at 390 px: the page scrolls sideways/,
  /^overflow: \/wider at (1400|390) px: the page scrolls sideways/,
  /^console: \/broken: console error: Failed to load resource: the server responded with a status of 404/,
]

function writeFixture(dir) {
  const style = 'body { margin: 0; font-family: sans-serif } .VPDoc { padding: 0 24px } .vp-doc { max-width: 688px; margin: 0 auto }'
  for (const [name, body] of Object.entries(fixturePages)) {
    fs.writeFileSync(path.join(dir, name), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"><style>${style}</style></head>
<body><div class="VPDoc"><div class="vp-doc">${body}</div></div></body></html>
`)
  }
  fs.mkdirSync(path.join(dir, 'data'))
  fs.writeFileSync(path.join(dir, 'data', 'file.csv'), 'a,b\n1,2\n')
  fs.writeFileSync(path.join(dir, 'pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20"/></svg>')
}

/** Checks the fixture site with the browser the real run uses; returns what the check missed or got wrong (empty: passed). */
async function selfTest(options) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-check-fixture-'))
  try {
    writeFixture(dir)
    const { pages, problems } = await checkSite({ ...options, dist: dir, only: null, jobs: 1, widths: [1400, 390] })
    const found = Object.entries(problems).flatMap(([kind, list]) => [...new Set(list)].map((problem) => `${kind}: ${problem}`))
    const failures = []
    if (pages.length !== Object.keys(fixturePages).length) failures.push(`the check loaded ${pages.length} of the ${Object.keys(fixturePages).length} fixture pages`)
    for (const expected of fixtureExpected) {
      if (!found.some((problem) => expected.test(problem))) failures.push(`the check missed a planted problem: ${expected}`)
    }
    for (const problem of found) {
      if (![...fixtureExpected, ...fixtureAllowed].some((pattern) => pattern.test(problem))) failures.push(`the check reported a problem that was not planted: ${problem}`)
    }
    return failures
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

// --- Reporting -----------------------------------------------------------------------------------------------------

function escapeXml(text) {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]).replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd]/gu, '')
}

/** Writes a minimal TRX file (the format of `dotnet test --logger trx`) with one test per kind of check. */
function writeTrx(file, outcomes, seconds) {
  const id = (i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
  const list = '8c84fa94-04c1-424b-9868-57a2d4851a1d'
  const entries = Object.entries(outcomes)
  const count = (outcome) => entries.filter(([, r]) => r.outcome === outcome).length
  const results = entries.map(([kind, r], i) => {
    const output = r.messages.length === 0 ? '' :
      `<Output><ErrorInfo><Message>${escapeXml(r.messages.join('\n'))}</Message></ErrorInfo></Output>`
    return `    <UnitTestResult executionId="${id(i + 100)}" testId="${id(i)}" testName="SiteCheck.${kind}" computerName="${escapeXml(os.hostname())}" duration="00:00:00" startTime="${new Date().toISOString()}" endTime="${new Date().toISOString()}" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="${r.outcome}" testListId="${list}">${output}</UnitTestResult>`
  })
  const definitions = entries.map(([kind], i) =>
    `    <UnitTest name="SiteCheck.${kind}" storage="docs/scripts/check-site.mjs" id="${id(i)}"><Execution id="${id(i + 100)}" /><TestMethod codeBase="docs/scripts/check-site.mjs" className="SiteCheck" name="${kind}" adapterTypeName="executor://site-check" /></UnitTest>`)
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="${id(999)}" name="docs site check" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="${new Date().toISOString()}" />
  <Results>
${results.join('\n')}
  </Results>
  <TestDefinitions>
${definitions.join('\n')}
  </TestDefinitions>
  <TestLists><TestList name="Results Not in a List" id="${list}" /></TestLists>
  <ResultSummary outcome="${count('Failed') > 0 ? 'Failed' : 'Completed'}">
    <Counters total="${entries.length}" executed="${entries.length - count('NotExecuted')}" passed="${count('Passed')}" failed="${count('Failed')}" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="${count('NotExecuted')}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
    <Output><StdOut>${escapeXml(`site check: ${seconds.toFixed(1)} s`)}</StdOut></Output>
  </ResultSummary>
</TestRun>
`
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, xml)
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const started = Date.now()
  const seconds = () => (Date.now() - started) / 1000
  if (options.skip !== null) {
    console.log(`site check: skipped: ${options.skip}`)
    if (options.trx) {
      writeTrx(options.trx, Object.fromEntries(Object.keys(checks).map((k) => [k, { outcome: 'NotExecuted', messages: [`skipped: ${options.skip}`] }])), 0)
    }
    return 0
  }

  let result
  let selfTestFailures = []
  try {
    if (options.selfTest !== 'no') {
      selfTestFailures = await selfTest(options)
      console.log(`site check: self-test on the fixture site: ${selfTestFailures.length === 0 ? 'every planted problem found' : 'FAILED'} (${seconds().toFixed(1)} s)`)
    }
    result = options.selfTest === 'only'
      ? { pages: [], linkCount: 0, anchorCount: 0, problems: Object.fromEntries(Object.keys(checks).map((kind) => [kind, []])) }
      : await checkSite(options)
    result.problems.selftest = selfTestFailures
  } catch (error) {
    console.error(`site check: error: ${error.message}`)
    if (options.trx) {
      writeTrx(options.trx, Object.fromEntries(Object.keys(checks).map((k) => [k, { outcome: 'Failed', messages: [`the check could not run: ${error.message}`] }])), seconds())
    }
    return 1
  }

  const { pages, linkCount, anchorCount, problems } = result
  let total = 0
  for (const [kind, list] of Object.entries(problems)) {
    const unique = [...new Set(list)]
    problems[kind] = unique
    total += unique.length
    for (const problem of unique) console.log(`site check: ${kind}: ${problem}`)
  }
  console.log(
    `site check: ${pages.length} pages at ${options.widths.join(' and ')} px, ${linkCount} internal links ` +
      `(${anchorCount} with an anchor): ${total === 0 ? 'no problems' : `${total} problems`} (${seconds().toFixed(1)} s)`,
  )
  if (options.trx) {
    const kinds = options.selfTest === 'only' ? ['selftest'] : Object.keys(checks)
    writeTrx(options.trx, Object.fromEntries(kinds.map((k) => [k, { outcome: problems[k].length === 0 ? 'Passed' : 'Failed', messages: problems[k] }])), seconds())
  }
  return total === 0 ? 0 : 1
}

process.exitCode = await main()
