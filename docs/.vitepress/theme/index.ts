import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import MermaidDiagram from './MermaidDiagram.vue'
import './custom.css'

// The default theme with the site's layout fixes (custom.css): see docs/contributing.md, "How code and results are laid out" and "Tables".
// MermaidDiagram draws the ```mermaid code blocks (see mermaidBlocks in config.mts).
export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('MermaidDiagram', MermaidDiagram)
  },
} satisfies Theme
